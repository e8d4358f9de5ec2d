"""The seed article: link, off-topic and heading findings at exactly the expected lines.

Decisions pinned here (see the rules' documentation):
- LM201 at 10 (ketamine therapy) and 31 (bipolar disorder and anxiety): headings naming
  another subject over text that never takes it up. Not at 19: "Safety and Efficacy of
  Low Dose Naltrexone in Bipolar Patients" names the article's drug, so it is on topic.
- LM301 at 10, 19, 23 and 31: the text under each never takes up what the heading names
  (ketamine therapy; bipolar patients; storage and disposal; bipolar disorder and anxiety).
  At 10 and 31 both LM201 and LM301 hold: the heading is off topic *and* the text under
  it is about something else again, which call for different fixes.
- LM202 at 49 only: the closing generic paragraph on anxiety disorders.
- LM101 at 41 only: the mid-sentence URL to a Slovenian site about cocaine.
"""

import lint_med

CODES = ("LM101", "LM102", "LM103", "LM104", "LM201", "LM202", "LM301")
EXPECTED = {
    ("LM101", 41),
    ("LM201", 10), ("LM201", 31),
    ("LM202", 49),
    ("LM301", 10), ("LM301", 19), ("LM301", 23), ("LM301", 31),
}


def findings(source):
    return [f for f in lint_med.lint_text(source, path="seed.txt") if f.code in CODES]


def test_seed_findings_are_exactly_the_expected_ones(seed_source):
    found = findings(seed_source)
    assert sorted((f.code, f.line) for f in found) == sorted(EXPECTED)


def test_seed_messages_name_what_is_wrong(seed_source):
    by_place = {(f.code, f.line): f.message for f in findings(seed_source)}
    assert "cocaine" in by_place[("LM101", 41)] and "middle of a sentence" in by_place[("LM101", 41)]
    assert "ketamine" in by_place[("LM201", 10)]
    assert "bipolar disorder" in by_place[("LM201", 31)] and "anxiety" in by_place[("LM201", 31)]
    assert "anxiety" in by_place[("LM202", 49)]
    assert "\"storage\", \"disposal\"" in by_place[("LM301", 23)]


def test_seed_link_is_not_flagged_once_its_subject_is_the_topic(seed_source):
    # The cocaine link is unrelated because of the article's topic, not because of a word list alone.
    from lint_med.config import Config, parse_table

    plain = parse_table({"select": ["LM101"]}, None, Config())
    assert [f.line for f in lint_med.lint_text(seed_source, path="seed.txt", config=plain)] == [41]
    config = parse_table({"select": ["LM101"], "rules": {"LM101": {"topic": ["cocaine"]}}}, None, Config())
    assert lint_med.lint_text(seed_source, path="seed.txt", config=config) == []
