"""Many files: the result cache's re-run and ``--jobs 2`` against ``--jobs 1``.

The files: the 130 Readability test pages (``source.html``) and the 120 health-news
texts of ../shared/corpus, and every file under fixtures/ (about 380 in all), or the
files under the directories given. Each measurement runs ``lint-med check --isolated
-o json`` on all of them in a fresh process, the variants in turn, ``--rounds`` times,
and prints medians and the median of the per-round ratios (robust to other work on a
shared machine slowing one round):

- cache: a first run into an empty cache directory, then a re-run over the unchanged
  files (the CI or pre-commit re-run); the two outputs must be identical;
- jobs: ``--no-cache --jobs 1`` against ``--no-cache --jobs 2``, with an estimate from
  CPU times of the speed-up on two idle CPUs (see measure_jobs).

Usage::

    python benchmarks/batch.py [DIR ...] [--rounds 3] [--only cache|jobs] [--json]
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

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SUFFIXES = (".html", ".htm", ".md", ".markdown", ".txt")


def default_files() -> list[str]:
    files = sorted(CORPUS.glob("readability-test-pages/*/source.html")) + sorted(CORPUS.glob("health-news/*.txt"))
    files += sorted(p for p in (ROOT / "fixtures").rglob("*") if p.is_file() and p.suffix in SUFFIXES)
    return [str(p) for p in files]


def files_under(directories: list[str]) -> list[str]:
    return [str(p) for d in directories for p in sorted(Path(d).rglob("*"))
            if p.is_file() and p.suffix.lower() in SUFFIXES and p.name != "expected.html"]


# lint-med check, reporting the CPU seconds of its main process and of its workers on the
# last line of stderr (Unix; elsewhere no CPU figures).
_CHECK = """
import json, os, sys
from lint_med.cli import main
code = main(sys.argv[1:])
try:
    import resource
    own, workers = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    cpu = [own.ru_utime + own.ru_stime, workers.ru_utime + workers.ru_stime]
except ImportError:
    cpu = [0.0, 0.0]
sys.stdout.flush()
sys.stderr.write("\\n" + json.dumps(cpu) + "\\n")
sys.stderr.flush()
os._exit(code)
"""


def run(files: list[str], *options: str) -> tuple[float, str, list[float]]:
    """Wall seconds of one ``lint-med check`` over the files, its output, and its CPU
    seconds: [main process, worker processes]."""
    command = [sys.executable, "-c", _CHECK, "check", "--isolated", "-o", "json", *options, *files]
    env = {k: v for k, v in os.environ.items() if k not in ("LINT_MED_NO_CACHE", "PYTHONDONTWRITEBYTECODE")}
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"lint-med failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed, done.stdout, json.loads(done.stderr.strip().splitlines()[-1])


def _summary(first: list[float], second: list[float]) -> dict:
    return {"median_s": [round(statistics.median(first), 3), round(statistics.median(second), 3)],
            "median_ratio": round(statistics.median(a / b for a, b in zip(first, second)), 2)}


def measure_cache(files: list[str], rounds: int) -> dict:
    cold, warm = [], []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as cache:
            first, output, _ = run(files, "--cache-dir", cache)
            again, output_again, _ = run(files, "--cache-dir", cache)
        if output != output_again:
            raise SystemExit("the re-run's output differs from the first run's")
        cold.append(first)
        warm.append(again)
    return _summary(cold, warm)


def measure_jobs(files: list[str], rounds: int) -> dict:
    """Wall times in turn, and what CPU time says of two idle CPUs: the main process's
    time plus half the workers' (an even split) against one process's time. On a machine
    busy with other work (or sharing CPU time between sessions, as Linux's autogroup
    does), the wall ratio understates what a second CPU gives."""
    run(files[:20], "--no-cache")  # warm-up: bytecode, data cache
    one, two, cpu_one, cpu_two = [], [], [], []
    for _ in range(rounds):
        elapsed, output_one, cpu = run(files, "--no-cache", "--jobs", "1")
        one.append(elapsed)
        cpu_one.append(sum(cpu))
        elapsed, output_two, cpu = run(files, "--no-cache", "--jobs", "2")
        two.append(elapsed)
        cpu_two.append(cpu)
        if output_one != output_two:
            raise SystemExit("--jobs 2 printed something else than --jobs 1")
    main_cpu = statistics.median(c[0] for c in cpu_two)
    workers_cpu = statistics.median(c[1] for c in cpu_two)
    single = statistics.median(cpu_one)
    return {**_summary(one, two), "cpu_s": {"jobs_1": round(single, 2), "jobs_2_main": round(main_cpu, 2),
                                           "jobs_2_workers": round(workers_cpu, 2)},
            "cpu_estimate_ratio": round(single / (main_cpu + workers_cpu / 2), 2) if single else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directories", nargs="*", help="lint the article files under these instead")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", choices=("cache", "jobs"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    files = files_under(args.directories) if args.directories else default_files()
    if not files:
        print("no files to lint (is ../shared/corpus present?)", file=sys.stderr)
        return 2
    result: dict = {"files": len(files), "rounds": args.rounds, "cpus": os.cpu_count()}
    if args.only in (None, "cache"):
        result["cache"] = measure_cache(files, args.rounds)
    if args.only in (None, "jobs"):
        result["jobs"] = measure_jobs(files, args.rounds)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['files']} files, {args.rounds} rounds, {result['cpus']} CPUs; wall time, medians")
    if "cache" in result:
        (cold, warm), ratio = result["cache"]["median_s"], result["cache"]["median_ratio"]
        print(f"  result cache: first run {cold:.2f} s, unchanged re-run {warm:.2f} s: {ratio:.1f}x faster")
    if "jobs" in result:
        jobs = result["jobs"]
        (one, two), cpu = jobs["median_s"], jobs["cpu_s"]
        print(f"  --jobs 1 {one:.2f} s, --jobs 2 {two:.2f} s: {jobs['median_ratio']:.2f}x faster (wall)")
        print(f"  CPU: --jobs 1 {cpu['jobs_1']:.2f} s; --jobs 2 main process {cpu['jobs_2_main']:.2f} s + workers "
              f"{cpu['jobs_2_workers']:.2f} s: {jobs['cpu_estimate_ratio']}x on two idle CPUs (estimate)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
