"""Audit every regular expression lint-med uses for super-linear time on long adversarial lines.

Collects each pattern the project compiles: module-level patterns of lint-med and of every
installed pack, and every pattern compiled while linting the fixtures and the seed
article (so patterns built from data files and written inline in functions count too).
Each pattern then scans adversarial strings of ``--size`` and twice that many characters
(long runs of letters, digits, spaces, punctuation, URL and markup pieces, and of the
pattern's own literal characters), with ``finditer`` as the rules use it, in a forked
process. A pattern is reported when one string keeps it busy more than ``--timeout``
seconds, takes more than ``--slow`` seconds on the doubled string, or more than three
times as long on the doubled string as on the string (time growing faster than the
length). Patterns of the libraries lint-med calls are left out. Usage::

    python benchmarks/regex_audit.py [--size 20000] [--timeout 5] [--slow 0.2]
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import pkgutil
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = ["a", "A", "1", " ", "a ", "a.", "1.", "1,", ".", "-", "a-", "\n", "\t", "<", "<a", "&", "&a", "http://a",
        "www.a", "/", "(", "[", "\"", "'", "*", "#", "|", "%", "mg ", "1 ", "in ", "is ", "Dr. ", "e.g. ", "a  "]


def collect() -> dict[tuple[str, int], str]:
    """Every pattern: (pattern, flags) -> where it was found."""
    found: dict[tuple[str, int], str] = {}
    original = re._compile

    def recording(pattern, flags):
        compiled = original(pattern, flags)
        caller = sys._getframe(2)
        where = Path(caller.f_code.co_filename)
        if isinstance(pattern, str) and where.is_relative_to(ROOT) and "site-packages" not in where.parts:
            found.setdefault((pattern, compiled.flags), f"{where.relative_to(ROOT)}:{caller.f_lineno}")
        return compiled

    re._compile = recording
    try:
        import lint_med
        from lint_med.engine import Linter, Overrides

        for package in ("lint_med", "lint_med_core", "lint_med_drugs"):
            module = importlib.import_module(package)
            for info in pkgutil.walk_packages(module.__path__, package + "."):
                if info.name.endswith("__main__"):
                    continue
                _scan_module(importlib.import_module(info.name), found)
        linter = Linter(Overrides(isolated=True))
        inputs = sorted(p for p in (ROOT / "fixtures").rglob("*") if p.is_file())
        seed = ROOT.parent / "shared" / "seed" / "ldn-seo-article.txt"
        for path in inputs + ([seed] if seed.is_file() else []):
            linter.lint_path(str(path))
        del lint_med
    finally:
        re._compile = original
    return found


def _scan_module(module, found) -> None:
    def visit(value, depth=0):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            found.setdefault((value.pattern, value.flags), module.__name__.replace(".", "/") + ".py")
        elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                visit(item, depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for item in value.values():
                visit(item, depth + 1)

    for value in vars(module).values():
        visit(value)


def adversarial(pattern: str, size: int) -> list[str]:
    literals = sorted(set(re.sub(r"\\.|[\[\](){}?*+|^$.]", "", pattern)))[:12]
    runs = RUNS + literals + ["".join(literals[:4])]
    return [(run * (size // len(run) + 1))[:size] + tail for run in runs if run for tail in ("", "!", "\x00")]


def _time(compiled, text: str) -> float:
    start = time.perf_counter()
    for _ in compiled.finditer(text):
        pass
    return time.perf_counter() - start


def _scan(pattern: str, flags: int, size: int, queue) -> None:
    """Time the pattern on each adversarial string at two lengths; send (run, seconds, seconds)."""
    compiled = re.compile(pattern, flags)
    for text in adversarial(pattern, size):
        queue.put(("start", text[:12], 0.0, 0.0))
        first = _time(compiled, text)
        second = _time(compiled, (text * 2)[:2 * size] + text[-1])
        if second < 0.05:  # too short to compare: take the least disturbed of three
            first = min(first, _time(compiled, text), _time(compiled, text))
            second = min(second, *(_time(compiled, (text * 2)[:2 * size] + text[-1]) for _ in range(2)))
        queue.put(("done", text[:12], first, second))
    queue.put(("end", "", 0.0, 0.0))


def audit(found, size: int, timeout: float, slow: float) -> list[tuple]:
    """Patterns that are slow, grow faster than the text, or do not finish on one string in time."""
    context = multiprocessing.get_context("fork")
    reported = []
    for (pattern, flags), where in sorted(found.items(), key=lambda item: item[1]):
        queue = context.Queue()
        process = context.Process(target=_scan, args=(pattern, flags, size, queue), daemon=True)
        process.start()
        worst, why = (0.0, 0.0, ""), ""
        while True:
            try:
                kind, run, first, second = queue.get(timeout=timeout)
            except Exception:  # queue.Empty: one string took longer than the timeout
                why = f"did not finish {timeout:g} s on {size:,} or {2 * size:,} characters of run {run!r}"
                break
            if kind == "end":
                break
            if kind == "done" and (second > slow or (second > 0.05 and second > 3 * first)) and second > worst[1]:
                worst = (first, second, run)
        process.kill()
        process.join()
        if not why and worst[1]:
            why = (f"{worst[0]:.3f} s on {size:,} characters, {worst[1]:.3f} s on {2 * size:,} "
                   f"(run {worst[2]!r})")
        if why:
            reported.append((where, pattern, why))
    return reported


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--timeout", type=float, default=10, help="seconds for one string at both lengths")
    parser.add_argument("--slow", type=float, default=0.5, help="seconds on the doubled string that count as slow")
    args = parser.parse_args(argv)
    found = collect()
    start = time.perf_counter()
    reported = audit(found, args.size, args.timeout, args.slow)
    print(f"{len(found)} patterns audited in {time.perf_counter() - start:.0f} s; {len(reported)} slow:")
    for where, pattern, why in reported:
        print(f"- {where}: {pattern[:200]!r}\n    {why}")
    return 1 if reported else 0


if __name__ == "__main__":
    sys.exit(main())
