"""The seed article: duplication, disclaimer, regulatory and readability findings, exactly.

The seed (../shared/seed/ldn-seo-article.txt, third-party text, never copied here)
repeats two sentences word for word (lines 5 and 7; 17 and 25), has no medical
disclaimer, states LDN's regulatory status correctly (lines 25 and 35) and reads far
above grade 8.
"""

import re

from lint_med import lint_text

OURS = ("LM8", "LM9")


def seed_findings(source):
    return [f for f in lint_text(source, path="seed.txt") if f.code.startswith(OURS)]


def test_seed_findings_are_exactly_where_the_problems_are(seed_source):
    found = sorted((f.code, f.line) for f in seed_findings(seed_source))
    assert found == [
        ("LM801", 7), ("LM801", 25),  # repeats of lines 5 and 17
        ("LM901", 1),  # no disclaimer anywhere
        ("LM921", 5),  # the article's grade, at its first prose block
        ("LM922", 1), ("LM922", 31), ("LM922", 37),  # the three hardest sections
    ]


def test_seed_repeats_name_the_first_occurrence(seed_source):
    messages = {f.line: f.message for f in seed_findings(seed_source) if f.code == "LM801"}
    assert "line 5" in messages[7] and "line 17" in messages[25]


def test_seed_states_ldn_status_so_the_regulatory_rule_is_silent(seed_source):
    assert not [f for f in seed_findings(seed_source) if f.code.startswith("LM91")]


def test_without_its_status_statements_the_seed_would_be_reported(seed_source):
    """The silence comes from the status statements, not from missing the drug (run
    without the drug packs' vocabularies, which would hand naltrexone to the LDN pack)."""
    from lint_med.parsers.text import parse
    from lint_med_core.regulatory import missing_regulatory_status

    options = {**missing_regulatory_status.defaults(), "pack": {}}
    doc = parse(seed_source, "seed.txt", {})
    assert list(missing_regulatory_status.run(doc, options)) == []
    stripped = re.sub(r"(?i)FDA-approved|off-label|compounding|investigational new drug|FDA|not commercially available",
                      "widely used",
                      seed_source)
    hits = list(missing_regulatory_status.run(parse(stripped, "seed.txt", {}), options))
    assert [hit.at.text[slice(*hit.span)].lower() for hit in hits] == ["naltrexone"]


def test_seed_reads_well_above_grade_8(seed_source):
    article = next(f for f in seed_findings(seed_source) if f.code == "LM921")
    grade = float(re.search(r"about grade ([\d.]+)", article.message).group(1))
    assert 12 <= grade <= 17
    assert "the target is grade 8" in article.message
