"""Start-up: lint-med against proselint on one small Markdown file (the pre-commit case).

Installs proselint (pinned) and this checkout (a regular, non-editable install, as a new
user gets it) into a throwaway virtual environment in the user cache directory, kept
between runs so only lint-med is reinstalled; then runs, in turn::

    lint-med check --no-cache small.md                          (data cache on: the default)
    LINT_MED_DATA_CACHE=off lint-med check --no-cache small.md  (everything built in memory)
    proselint check small.md

``--runs`` times each (after one warm-up run each, which also fills the data cache and
writes bytecode), and prints each one's median wall time and the ratios to proselint:
the median of the per-round ratios (robust to the machine's speed drifting) and the
ratio of the medians. ``--no-cache`` turns off lint-med's per-file result cache: the file
a pre-commit hook lints has changed, so its result is never cached.

Usage::

    python benchmarks/startup.py [--runs 9] [--venv DIR] [--fresh] [--lint-med PATH]

``--lint-med PATH`` times an installed ``lint-med`` executable instead of installing
the checkout (e.g. ``.venv/bin/lint-med``, an editable install). Needs the package
registry (pip) on the first run. Prints JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench import SMALL_ARTICLE  # noqa: E402  (the small file bench.py times too)

PROSELINT = "proselint==0.16.0"


def default_venv() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base, "lint-med-bench", f"startup-py{sys.version_info.major}{sys.version_info.minor}")


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


def prepare_venv(venv: Path, fresh: bool, install_checkout: bool) -> None:
    """Create the venv with proselint once; (re)install this checkout into it."""
    if fresh and venv.exists():
        shutil.rmtree(venv)
    pip = [str(_bin(venv, "python")), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    if not _bin(venv, "proselint").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([*pip, PROSELINT], check=True)
    if install_checkout:
        # from a copy: building in the checkout would leave build/ and egg-info there
        with tempfile.TemporaryDirectory() as scratch:
            source = Path(scratch, "lint-med")
            shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
                ".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", ".lint-med-cache",
                ".pytest_cache"))
            subprocess.run([*pip, "--force-reinstall", "--no-deps", str(source)], check=True)
            subprocess.run([*pip, str(source)], check=True)  # its dependencies, the first time


def time_in_turn(commands: dict[str, tuple[list[str], dict]], runs: int, cwd: Path) -> dict[str, list[float]]:
    """Wall seconds of each command, run in turn (A B C A B C ...) after one warm-up each."""
    for command, env in commands.values():
        subprocess.run(command, cwd=cwd, env=env, capture_output=True)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, env) in commands.items():
            started = time.perf_counter()
            done = subprocess.run(command, cwd=cwd, env=env, capture_output=True)
            times[name].append(time.perf_counter() - started)
            if done.returncode not in (0, 1):
                raise SystemExit(f"{name} failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each command (default 9)")
    parser.add_argument("--venv", type=Path, default=default_venv(), help="where the throwaway venv lives")
    parser.add_argument("--fresh", action="store_true", help="recreate the venv")
    parser.add_argument("--lint-med", metavar="PATH", help="time this lint-med executable instead")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    prepare_venv(args.venv, args.fresh, install_checkout=args.lint_med is None)
    lint_med = args.lint_med or str(_bin(args.venv, "lint-med"))
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "LINT_MED_DATA_CACHE", "LINT_MED_LOAD_PLUGINS")}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        (work / "small.md").write_text(SMALL_ARTICLE, encoding="utf-8")
        data_cache = {**env, "LINT_MED_DATA_CACHE": str(work / "data-cache")}
        commands = {
            "lint-med": ([lint_med, "check", "--no-cache", "small.md"], data_cache),
            "lint-med, no data cache": ([lint_med, "check", "--no-cache", "small.md"],
                                        {**env, "LINT_MED_DATA_CACHE": "off"}),
            "proselint": ([str(_bin(args.venv, "proselint")), "check", "small.md"], env),
        }
        times = time_in_turn(commands, args.runs, work)
    baseline = times["proselint"]
    result = {
        "runs": args.runs,
        "lint_med": lint_med,
        "median_ms": {name: round(1000 * statistics.median(t), 1) for name, t in times.items()},
        "ratio_to_proselint": {name: {
            "median_of_ratios": round(statistics.median(a / b for a, b in zip(t, baseline)), 3),
            "ratio_of_medians": round(statistics.median(t) / statistics.median(baseline), 3),
        } for name, t in times.items() if name != "proselint"},
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"One small Markdown file, {args.runs} runs each in turn, wall time (median):")
    for name, median in result["median_ms"].items():
        line = f"  {name:<26} {median:7.1f} ms"
        if name in result["ratio_to_proselint"]:
            ratios = result["ratio_to_proselint"][name]
            line += (f"   x{ratios['median_of_ratios']:.2f} proselint (median of ratios; "
                     f"ratio of medians x{ratios['ratio_of_medians']:.2f})")
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
