"""The seed article, through every shipped rule: each problem found at its line, nothing else.

The per-pack seed tests pin each rule's findings and the words they point at;
this one pins the whole report, so a new rule that fires on the seed must be
judged (and added here) deliberately.
"""

from collections import Counter

import lint_med

EXPECTED = {
    1: ["DRG203", "LM901", "LM922"],  # no withdrawal warning; no disclaimer; the lead section's grade
    3: ["LM401"],  # "Bagikan" (Indonesian "Share")
    5: ["LM601", "LM921"],  # bare markers 74, 6, (11) (12), 79, 80 with no list: one finding; the grade (~14)
    7: ["LM801"],  # repeats line 5's sentence
    10: ["LM201", "LM301"],  # ketamine-therapy heading
    12: ["DRG206", "DRG206", "LM701"],  # LDN as addiction recovery (twice); "a safe, effective way"
    19: ["LM301"],  # "...in Bipolar Patients" over text that never mentions them
    23: ["LM301"],  # storage-and-disposal question answered with FDA status
    25: ["LM801"],  # repeats line 17's sentence
    27: ["LM403", "LM701"],  # "cases naltrexone side effects of"; "usually leads to noticeable health benefits"
    29: ["LM402"],  # keyword heading
    31: ["LM201", "LM301", "LM922"],  # bipolar-and-anxiety heading over liver text
    37: ["LM402", "LM922"],  # keyword heading again
    39: ["LM403", "LM404", "LM404"],  # query insert; spun phrases
    41: ["LM101", "LM501", "LM502", "LM602", "LM603"],  # cocaine URL; "0% to 50%"; "Studies show"; healthline
    47: ["LM602"],  # "Research has demonstrated"
    49: ["LM202"],  # generic anxiety paragraph ("millions of people worldwide" has no figure)
    51: ["LM401"],  # "Bagikan", "Tinggalkan Balasan" and the comment-form notice: adjacent, one finding
}


def _findings(seed_source):
    return lint_med.lint_text(seed_source, path="seed.txt")


def test_seed_findings_are_exactly_the_known_problems(seed_source):
    found = Counter((f.line, f.code) for f in _findings(seed_source))
    expected = Counter((line, code) for line, codes in EXPECTED.items() for code in codes)
    assert found - expected == Counter(), "unexpected findings"
    assert expected - found == Counter(), "missing findings"


def test_seed_has_every_category_but_regulatory(seed_source):
    categories = {f.category for f in _findings(seed_source)}
    wanted = {"links", "off-topic", "disclaimer", "statistics", "citations", "duplication", "claims",
              "boilerplate", "structure", "readability", "drug-facts"}
    assert wanted <= categories
    assert "regulatory" not in categories  # the seed states LDN's FDA status correctly


def test_seed_json_output_carries_categories(seed_source, tmp_path):
    import json
    import subprocess
    import sys

    path = tmp_path / "seed.txt"
    path.write_text(seed_source, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "lint_med", "check", "--isolated", "--output-format", "json",
                           str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1  # warnings and errors (DRG206 is an error)
    report = json.loads(done.stdout)
    assert len(report["findings"]) == sum(len(codes) for codes in EXPECTED.values())
    assert {f["category"] for f in report["findings"]} >= {"links", "drug-facts", "readability"}
