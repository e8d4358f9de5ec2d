"""A long fuzzing run of the property tests (tests/test_properties.py).

Runs every property test with ``--examples`` generated inputs each (the test suite runs
15), reporting failures as found rather than shrunk, and prints the number of examples,
the time and the failures. Usage::

    python benchmarks/fuzz.py [--examples 2000] [-k EXPRESSION] [--shrink]

For example, ``--examples 2000`` runs 2,000 inputs through each of the six generated
tests: 12,000 in all.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="inputs per property test")
    parser.add_argument("-k", default="not odd_inputs", help="pytest -k expression (default: the generated tests)")
    parser.add_argument("--shrink", action="store_true", help="shrink failing inputs (slow on long inputs)")
    args = parser.parse_args(argv)
    env = {**os.environ, "LINT_MED_FUZZ_EXAMPLES": str(args.examples)}
    if not args.shrink:
        env["LINT_MED_FUZZ_NO_SHRINK"] = "1"
    command = [sys.executable, "-m", "pytest", str(ROOT / "tests" / "test_properties.py"), "-k", args.k,
               "-p", "no:cacheprovider", "--hypothesis-show-statistics", "-q", "-rfEX"]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    print(done.stdout[-20000:], done.stderr[-2000:], sep="\n")
    counts = re.findall(r"(\d+) passing, (\d+) failing", done.stdout)
    passing, failing = sum(int(p) for p, _ in counts), sum(int(f) for _, f in counts)
    tests = len(re.findall(r"^tests/test_properties.py::\S+:$", done.stdout, re.M))
    print(f"fuzz: {tests} property tests, {passing:,} passing and {failing:,} failing examples, "
          f"{seconds:.0f} s, pytest exit status {done.returncode}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
