"""Time each rule separately over a directory of HTML pages (default: the shared corpus).

    python benchmarks/rule_times.py [DIRECTORY] [--repeat 3] [--wall]

Each page is parsed once per pass; then every registered rule runs on it in turn and
its time is added up. Rules that share a per-document cache (the core pack's
topic model, evidence index) charge it to the first of them that runs.

Each figure is the least of ``--repeat`` passes over the corpus (a fresh parse each
pass; the later passes run with the word and pattern caches warm, as a long run over
many files does). Times are the process's CPU time, which other work on a shared
machine disturbs far less than the wall clock (``--wall`` for wall-clock time).
To compare two versions, run this script in both checkouts alternately and compare
the medians.
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

from lint_med.engine import Linter, Overrides, read_source

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "readability-test-pages"


def one_pass(files: list[Path], registry, config, rules, clock) -> collections.Counter:
    """Seconds per rule code, and for "parse" and "sentence split", over one pass on `files`."""
    times: collections.Counter = collections.Counter()
    for path in files:
        source = read_source(str(path), 10**9)
        start = clock()
        doc = registry.parser_for(str(path), source).parse(source, str(path), {})
        times["parse"] += clock() - start
        doc.vocabulary = registry.vocabulary
        start = clock()
        list(doc.sentences)
        times["sentence split"] += clock() - start
        for rule in rules:
            options = {**config.options_for(rule), "pack": config.pack_options(rule.pack)}
            start = clock()
            list(rule.run(doc, options))
            times[rule.code] += clock() - start
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", default=str(CORPUS))
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus; the least time is kept")
    parser.add_argument("--wall", action="store_true", help="wall-clock time instead of CPU time")
    args = parser.parse_args()
    files = sorted(Path(args.directory).rglob("source.html")) or sorted(Path(args.directory).rglob("*.html"))
    linter = Linter(Overrides(isolated=True))
    config = linter.config_for(args.directory)
    registry = linter.registry(config)
    rules = [r for r in registry.rules.values() if r.check]
    clock = time.perf_counter if args.wall else time.process_time
    passes = [one_pass(files, registry, config, rules, clock) for _ in range(max(1, args.repeat))]
    best = {key: min(p[key] for p in passes) for key in passes[0]}
    parse, split = best.pop("parse"), best.pop("sentence split")
    print(f"{len(files)} pages, least of {len(passes)} passes, {'wall' if args.wall else 'CPU'} time; "
          f"lint-med parse {parse * 1000:.0f} ms, sentence split {split * 1000:.0f} ms")
    for code, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(f"{code:8} {seconds * 1000:8.1f} ms")
    print(f"{'rules':8} {sum(best.values()) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
