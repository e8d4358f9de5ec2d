"""How fast lint-med is, measured against the floor of a bare HTML parse.

For a directory of articles (default: the 130 Readability test pages in
../shared/corpus/readability-test-pages), report:

- lint-med, in-process, whole pipeline (read, decode, parse, every rule of every
  installed pack): articles per second and milliseconds per article;
- the same pipeline with no pack loaded (reading + parsing + engine only), and with
  the core pack only;
- the floor: reading the same files and parsing them with beautifulsoup4 + lxml;
- the ratios to the floor of the engine alone, of the core pack and of every pack,
  and what the rules add to the floor (rules' time is each pipeline minus the engine alone);
- the wall time of ``lint-med check`` on one small Markdown file in a fresh
  process (the pre-commit case), and the time to import lint-med.

Each file's timing is the best of ``--repeat`` runs (the least disturbed by other
work on the machine), the three pipelines timed in turn on each file. Usage::

    python benchmarks/bench.py [DIR] [--repeat 3] [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "readability-test-pages"
ARTICLE_SUFFIXES = (".html", ".htm", ".md", ".markdown", ".txt")
SMALL_ARTICLE = """---
title: Iron deficiency and tiredness
author: A. Writer
---

# Iron deficiency and tiredness

Iron deficiency is a common cause of tiredness. A blood test can show it [1].

- Eat iron-rich foods.
- Ask your doctor before taking supplements.

[1]: https://www.nhs.uk/conditions/iron-deficiency-anaemia/
"""


def find_articles(directory: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in directory.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                   and p.name != "expected.html")  # the corpus's expected.html is an answer key, not an article
    return files[:limit] if limit else files


def _set_packs(packs: str | None) -> None:
    if packs is None:
        os.environ.pop("LINT_MED_LOAD_PLUGINS", None)
    else:
        os.environ["LINT_MED_LOAD_PLUGINS"] = packs


_PACKS = {"engine": "", "core": "core", "full": None}  # what LINT_MED_LOAD_PLUGINS loads for each


def warm_linters(names, path: Path) -> dict:
    """name -> (packs, Linter) for each of ``names`` ("engine", "core", "full"), each run once on
    ``path`` so that loading plugins and compiling regexes fall outside the timing."""
    from lint_med.engine import Linter, Overrides

    linters = {name: (_PACKS[name], Linter(Overrides(isolated=True))) for name in names}
    for packs, linter in linters.values():
        _set_packs(packs)
        linter.lint_path(str(path))
    return linters


def best_times(path: Path, repeat: int, linters: dict, clock=time.perf_counter) -> tuple[dict, int]:
    """The best of ``repeat`` runs on one file of the floor (a bare beautifulsoup4 + lxml parse)
    and of each linter, timed in turn, and how many findings the last linter reported.

    Each file's best run is kept, so a burst of other work on the machine spoils one run, not
    the comparison. The garbage of one timed call is collected before the next starts, so each
    pays for its own: lint-med pauses the cycle collector while it lints a file, and without
    this its leftovers would be collected inside the floor's next timing.
    """
    import gc

    from bs4 import BeautifulSoup

    from lint_med.engine import decode

    best = dict.fromkeys(("floor", *linters), float("inf"))
    found = 0
    for _ in range(repeat):
        gc.collect()
        start = clock()
        BeautifulSoup(decode(path.read_bytes()), "lxml")
        best["floor"] = min(best["floor"], clock() - start)
        for name, (packs, linter) in linters.items():
            _set_packs(packs)
            gc.collect()
            start = clock()
            result = linter.lint_path(str(path))
            best[name] = min(best[name], clock() - start)
            found = len(result.findings)
    return best, found


def time_per_file(files: list[Path], repeat: int) -> dict:
    """Summed over files, the best of ``repeat`` runs of: the floor, lint-med without packs, with
    the core pack, with every pack (see best_times)."""
    saved = os.environ.get("LINT_MED_LOAD_PLUGINS")
    totals = {"floor": 0.0, "engine": 0.0, "core": 0.0, "full": 0.0}
    findings = 0
    try:
        linters = warm_linters(("engine", "core", "full"), files[0])
        for path in files:
            best, found = best_times(path, repeat, linters)
            findings += found
            for name in totals:
                totals[name] += best[name]
    finally:
        _set_packs(saved)
    return {**totals, "findings": findings}


def wall_times(command: list[str], runs: int, env: dict | None = None) -> float:
    """Median wall time of a command in a fresh process (after one warm-up run)."""
    subprocess.run(command, capture_output=True, env=env)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def start_up(runs: int) -> dict:
    env = dict(os.environ)
    # Real installs have compiled bytecode; measure with it (the first run writes it).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "note.md"
        article.write_text(SMALL_ARTICLE, encoding="utf-8")
        python = sys.executable
        check = [python, "-m", "lint_med", "check", "--isolated", str(article)]
        return {
            "interpreter_s": wall_times([python, "-c", "pass"], runs, env),
            "import_s": wall_times([python, "-c", "import lint_med.cli, lint_med.engine"], runs, env),
            "check_one_small_file_s": wall_times(check, runs, env),
            "check_one_small_file_no_packs_s": wall_times(check, runs, {**env, "LINT_MED_LOAD_PLUGINS": ""}),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best is kept (default 3)")
    parser.add_argument("--limit", type=int, help="use only the first N articles")
    parser.add_argument("--runs", type=int, default=5, help="fresh-process runs for start-up timings (default 5)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"no such directory: {args.directory}", file=sys.stderr)
        return 2
    files = find_articles(args.directory, args.limit)
    if not files:
        print(f"no articles under {args.directory}", file=sys.stderr)
        return 2
    size = sum(p.stat().st_size for p in files)
    timed = time_per_file(files, args.repeat)
    floor, engine, core, full, findings = (timed[k] for k in ("floor", "engine", "core", "full", "findings"))
    figures = {
        "articles": len(files), "megabytes": round(size / 1e6, 2), "findings": findings,
        "floor_ms_per_article": 1000 * floor / len(files),
        "floor_articles_per_s": len(files) / floor,
        "engine_only_ms_per_article": 1000 * engine / len(files),
        "core_pack_ms_per_article": 1000 * core / len(files),
        "lint_med_ms_per_article": 1000 * full / len(files),
        "lint_med_articles_per_s": len(files) / full,
        "engine_only_to_floor": engine / floor,
        "core_pack_to_floor": core / floor,
        "every_pack_to_floor": full / floor,
        "core_rules_over_floor": (core - engine) / floor,
        "rules_over_floor": (full - engine) / floor,
        **start_up(args.runs),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"{figures['articles']} articles ({figures['megabytes']} MB) from {args.directory}, "
          f"best of {args.repeat} per file; {findings} findings")
    print(f"floor (read + bs4/lxml parse):     {figures['floor_ms_per_article']:7.1f} ms/article "
          f"{figures['floor_articles_per_s']:7.1f} articles/s")
    print(f"lint-med engine only (no packs):   {figures['engine_only_ms_per_article']:7.1f} ms/article")
    print(f"lint-med, core pack only:          {figures['core_pack_ms_per_article']:7.1f} ms/article")
    print(f"lint-med, every installed pack:    {figures['lint_med_ms_per_article']:7.1f} ms/article "
          f"{figures['lint_med_articles_per_s']:7.1f} articles/s")
    print(f"ratio engine only / floor:         {figures['engine_only_to_floor']:7.2f}")
    print(f"ratio core pack / floor:           {figures['core_pack_to_floor']:7.2f}")
    print(f"ratio every pack / floor:          {figures['every_pack_to_floor']:7.2f}  (target: 1.5 or less)")
    print(f"core pack rules' time / floor:     {figures['core_rules_over_floor']:7.2f}")
    print(f"every pack's rules' time / floor:  {figures['rules_over_floor']:7.2f}")
    print(f"python -c pass:                    {1000 * figures['interpreter_s']:7.0f} ms")
    print(f"import lint_med (incl. python):    {1000 * figures['import_s']:7.0f} ms")
    print(f"lint-med check one small .md:      {1000 * figures['check_one_small_file_s']:7.0f} ms wall "
          f"({1000 * figures['check_one_small_file_no_packs_s']:.0f} ms with no pack loaded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
