"""How lint-med's time and memory grow with the size of one file.

Generates articles of health-news-like prose (sentences assembled by this script
from short parts, with the statistics, vague attributions, claims and links that
make rules fire) and lints each in a fresh ``lint-med check`` process, printing
wall time, CPU time and peak resident memory (the child's own ``ru_utime + ru_stime``
and ``ru_maxrss``, from ``os.wait4``; CPU time is the steadier figure on a busy machine):

- one single-paragraph article (one line) of 0.1, 1 and 10 MB;
- one 10 MB article of short paragraphs.

Time is linear in the size of a file and memory bounded when the 1 MB row takes about
ten times the 0.1 MB row. Each run is bounded (``--timeout`` seconds, ``--memory`` MB
of address space), so a regression shows as a killed row rather than a stalled
machine. The 10 MB files exceed the default ``max-file-size``, so they are linted
with it raised; ``--sizes`` and ``--format`` choose other cases. Usage::

    python benchmarks/bigfile.py [--sizes 0.1,1,10] [--format text] [--timeout 300] [--memory 4000]
                                 [--python-path BASELINE_CHECKOUT]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SUBJECTS = ["Low-dose naltrexone", "Vitamin D", "The new statin", "Regular walking", "A daily aspirin",
            "Metformin", "Intermittent fasting", "The nasal spray", "Cognitive behavioural therapy",
            "A Mediterranean diet", "The migraine drug", "Magnesium"]
VERBS = ["reduced pain in", "helped", "did not help", "lowered blood pressure in", "improved sleep for",
         "cut the risk of a second stroke in", "was linked to fewer falls among", "had no effect on"]
GROUPS = ["{n}% of patients", "{n} of the {m} adults in the trial", "most people with fibromyalgia",
          "older women", "children with asthma", "{n} million Americans", "one in {n} smokers"]
TAILS = ["after {n} weeks", "in a small study", "according to the authors", "within a year",
         "compared with a placebo", "in the first month", "at a dose of {n} mg a day"]
EXTRAS = ["Studies show it is safe and effective.", "Experts say the results are promising.",
          "It cures the condition in most cases.", "Read more at https://example.com/offer?id={n}.",
          "The findings were published in 2021 [{n}].", "Side effects were mild.",
          "Dr. Smith, who led the work at St. Mary's, said e.g. sleep matters.",
          "Ask your doctor before you stop any medicine."]


def sentences(seed: int = 2026):
    """An endless stream of varied sentences."""
    rng = random.Random(seed)
    while True:
        n, m = rng.randint(2, 95), rng.randint(100, 900)
        yield (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(GROUPS)} "
               f"{rng.choice(TAILS)}.").format(n=n, m=m)
        if rng.random() < 0.3:
            yield rng.choice(EXTRAS).format(n=n)


def article(size: int, paragraph_sentences: int | None) -> str:
    """A text article of about ``size`` characters; one paragraph unless ``paragraph_sentences``."""
    parts = ["Health news of the week\n\n"]
    length = len(parts[0])
    for count, sentence in enumerate(sentences(), 1):
        if length >= size:
            break
        separator = "\n\n" if paragraph_sentences and count % paragraph_sentences == 0 else " "
        parts.append(sentence + separator)
        length += len(sentence) + len(separator)
    return "".join(parts).rstrip() + "\n"


def run(path: Path, output_format: str, timeout: float, memory_mb: int, python_path: str = "") -> dict:
    """Lint one file in a child process; its wall time, peak memory and exit status."""
    config = path.with_name("lint-med.toml")
    config.write_text("max-file-size = 100_000_000\n")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))

    env = dict(os.environ)
    if python_path:  # lint another checkout of lint-med (e.g. a baseline) with the same files
        env["PYTHONPATH"] = os.pathsep.join([python_path, os.path.join(python_path, "rules"),
                                             env.get("PYTHONPATH", "")])
    command = [sys.executable, "-m", "lint_med", "check", "--config", str(config), "--output-format",
               output_format, str(path)]
    start = time.perf_counter()
    with tempfile.TemporaryFile() as stderr:
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, preexec_fn=limit, env=env,
                                 cwd=path.parent)  # not the checkout: `-m` would import lint_med from there
        timer = threading.Timer(timeout, child.kill)
        timer.start()
        # wait4 gives this child's own resource usage; ru_maxrss is in kB on Linux.
        _, wait_status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        timed_out = not timer.is_alive()
        timer.cancel()
        child.returncode = os.waitstatus_to_exitcode(wait_status)
        stderr.seek(0)
        last = stderr.read().decode(errors="replace").strip().splitlines()[-1:]
    status = "timeout" if timed_out else child.returncode
    return {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
            "status": status,
            "stderr": last[0] if last else ""}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,1,10", help="single-paragraph sizes in MB (comma-separated)")
    parser.add_argument("--paragraphs-size", type=float, default=10, help="size in MB of the file of "
                        "paragraphs (0: none)")
    parser.add_argument("--format", default="text", help="output format (text, json, sarif, ...)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a run is killed")
    parser.add_argument("--memory", type=int, default=4000, help="address-space limit per run, in MB")
    parser.add_argument("--python-path", default="", help="a checkout of lint-med to run instead of the installed "
                        "one (e.g. a baseline made with `git archive`)")
    args = parser.parse_args(argv)
    cases = [(float(s), None) for s in args.sizes.split(",") if s]
    if args.paragraphs_size:
        cases.append((args.paragraphs_size, 6))
    print(f"{'file':<28} {'bytes':>11} {'seconds':>8} {'CPU s':>7} {'peak MB':>8}  exit")
    with tempfile.TemporaryDirectory() as tmp:
        for megabytes, paragraph_sentences in cases:
            text = article(int(megabytes * 1_000_000), paragraph_sentences)
            label = f"{megabytes:g} MB " + ("one paragraph" if paragraph_sentences is None else "paragraphs")
            path = Path(tmp) / f"{label.replace(' ', '-')}.txt"
            path.write_text(text, encoding="utf-8")
            result = run(path, args.format, args.timeout, args.memory, args.python_path)
            note = f"  {result['stderr']}" if result["stderr"] else ""
            print(f"{label:<28} {len(text.encode()):>11,} {result['seconds']:>8.1f} {result['cpu']:>7.1f} "
                  f"{result['peak_mb']:>8.0f}  "
                  f"{result['status']}{note}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
