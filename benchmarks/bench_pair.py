"""bench.py's ratio for several checkouts at once, interleaved file by file, for a shared, noisy machine.

Run one after the other, bench.py in two checkouts can differ by more than the change
being measured: the machine's load changes between the runs. Here each checkout gets a
worker process (its own code on PYTHONPATH); for each article, every worker in turn
times the floor (read + bs4/lxml parse), lint-med with no pack and lint-med with every
pack, the best of ``--repeat`` runs each, so a burst of other work falls on all of them.
The order of the workers alternates from one article to the next. Times are CPU time
of the worker (``--wall`` for the wall clock), which other processes disturb less::

    python benchmarks/bench_pair.py CHECKOUT [CHECKOUT ...] [--repeat 2] [--runs 1] [--limit N] [--wall]

A checkout is a directory holding ``lint_med/`` and ``rules/`` (a worktree, or ``git
archive`` of a commit unpacked); each is run by the interpreter running this script.
With ``--runs N`` the whole interleaved pass is made N times (fresh workers each time) and each
checkout's ratios are printed per run, then as their range over the runs: a change is shown
when its range lies clear of the other checkout's. Each ratio's floor is its own worker's, and
workers' floors (the same code) differ by a few percent from process to process; the time of
every pack per article, printed beside it, compares the checkouts without that noise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from bench import DEFAULT_CORPUS, find_articles

# The worker, run in each checkout (its lint_med first on the path): reads "path repeat" lines and
# answers with that article's best times (bench.best_times, this checkout's bench.py) as JSON.
WORKER = r"""
import json, sys, time
from pathlib import Path
sys.path.append(sys.argv[2])
from bench import best_times, warm_linters
clock = time.perf_counter if sys.argv[1] == "wall" else time.process_time
linters = None
for line in sys.stdin:
    path, repeat = line.rsplit(" ", 1)
    if linters is None:
        linters = warm_linters(("engine", "full"), Path(path))
    print(json.dumps(best_times(Path(path), int(repeat), linters, clock)[0]), flush=True)
"""


def one_run(checkouts: list[Path], files: list[Path], repeat: int, wall: bool) -> list[dict]:
    """Each checkout's times summed over ``files`` ({"floor", "engine", "full"}), from fresh workers
    (so that every run starts as cold as the first), the articles interleaved."""
    workers = []
    for checkout in checkouts:
        root = checkout.resolve()
        env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{root / 'rules'}"}
        workers.append(subprocess.Popen([sys.executable, "-c", WORKER, "wall" if wall else "cpu",
                                         str(Path(__file__).resolve().parent)], cwd=root,
                                        env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True))
    totals = [dict.fromkeys(("floor", "engine", "full"), 0.0) for _ in workers]
    try:
        for number, path in enumerate(files):
            order = range(len(workers)) if number % 2 == 0 else reversed(range(len(workers)))
            for index in order:
                workers[index].stdin.write(f"{path} {repeat}\n")
                workers[index].stdin.flush()
                for name, seconds in json.loads(workers[index].stdout.readline()).items():
                    totals[index][name] += seconds
    finally:
        for worker in workers:
            worker.stdin.close()
            worker.wait()
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=2, help="timing runs per article; the best is kept")
    parser.add_argument("--limit", type=int, help="use only the first N articles")
    parser.add_argument("--runs", type=int, default=1, help="interleaved passes over the articles")
    parser.add_argument("--wall", action="store_true", help="wall-clock time instead of CPU time")
    args = parser.parse_args(argv)
    files = find_articles(args.corpus, args.limit)
    if not files:
        print(f"no articles under {args.corpus}", file=sys.stderr)
        return 2
    runs = []  # per run, per checkout: {"floor", "engine", "full"} seconds summed over the articles
    for _ in range(args.runs):
        runs.append(one_run(args.checkouts, files, args.repeat, args.wall))
        print(f"{f'run {len(runs)}: ' if args.runs > 1 else ''}{len(files)} articles, best of {args.repeat} per article, "
              f"{'wall' if args.wall else 'CPU'} time")
        for checkout, total in zip(args.checkouts, runs[-1]):
            print(f"{str(checkout):40} every pack / floor {total['full'] / total['floor']:5.2f}   "
                  f"engine only / floor {total['engine'] / total['floor']:5.2f}   "
                  f"floor {1000 * total['floor'] / len(files):5.1f}, every pack "
                  f"{1000 * total['full'] / len(files):5.1f} ms/article", flush=True)
    if len(runs) > 1:
        print(f"over {len(runs)} runs (least - most):")
        for index, checkout in enumerate(args.checkouts):
            full = [run[index]["full"] / run[index]["floor"] for run in runs]
            engine = [run[index]["engine"] / run[index]["floor"] for run in runs]
            print(f"{str(checkout):40} every pack / floor {min(full):5.2f} - {max(full):4.2f}   "
                  f"engine only / floor {min(engine):5.2f} - {max(engine):4.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
