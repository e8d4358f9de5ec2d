"""Precision and recall of each rule over the fixtures (expected markers vs findings).

    python scripts/fixture_scores.py [FIXTURE_DIR ...]

A true positive is a finding whose (code, line) a marker expects; a false
positive is a finding no marker expects; a false negative is a marker with no
finding. Per-rule fixtures (named after a code) only run their own rule, so
the figures count each rule where it runs.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from lint_med.testing import check_fixture

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv] or [ROOT / "fixtures"]
    paths = sorted(p for d in dirs for p in d.rglob("*") if p.suffix in (".md", ".html", ".txt"))
    tp, fp, fn = Counter(), Counter(), Counter()
    for path in paths:
        result = check_fixture(path)
        for finding in result.findings:
            tp[finding.code] += 1
        for code, _line, _message in result.unexpected:
            tp[code] -= 1
            fp[code] += 1
        for code, _line in result.missing:
            fn[code] += 1
    codes = sorted(set(tp) | set(fp) | set(fn))
    print(f"{len(paths)} fixtures\n")
    print("| rule | TP | FP | FN | precision | recall |")
    print("|---|---:|---:|---:|---:|---:|")
    for code in codes:
        precision = tp[code] / (tp[code] + fp[code]) if tp[code] + fp[code] else float("nan")
        recall = tp[code] / (tp[code] + fn[code]) if tp[code] + fn[code] else float("nan")
        print(f"| {code} | {tp[code]} | {fp[code]} | {fn[code]} | {precision:.2f} | {recall:.2f} |")
    total_tp, total_fp, total_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"| all | {total_tp} | {total_fp} | {total_fn} | "
          f"{total_tp / max(1, total_tp + total_fp):.2f} | {total_tp / max(1, total_tp + total_fn):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
