"""The seed article: statistics, citations and claims findings, exactly.

The seed (../shared/seed/ldn-seo-article.txt, third-party text, never copied here) has
bare citation numbers with no reference list (lines 5, 35, 39: one finding), absolute claims (12, 27),
vague attributions (41, 47), a consumer site as evidence (41), an unsourced and
uninformative range (41). Its doses, trial size, durations, hedged safety sentence (line
21) and "millions of people" (49, a magnitude with no figure) must not be flagged.
"""

from lint_med import lint_text

OURS = ("LM5", "LM6", "LM7")


def seed_findings(source):
    return [f for f in lint_text(source, path="seed.txt") if f.code.startswith(OURS)]


def test_seed_findings_are_exactly_where_the_problems_are(seed_source):
    found = sorted((f.code, f.line) for f in seed_findings(seed_source))
    assert found == [
        ("LM501", 41),  # "0% to 50% of users" (not "millions of people worldwide", 49: no figure)
        ("LM502", 41),  # the range starts at 0%
        ("LM601", 5),  # no reference list: one finding at "during 3 weeks 74." naming the five markers
        ("LM602", 41), ("LM602", 47),  # "Studies show", "Research has demonstrated"
        ("LM603", 41),  # "According to healthline"
        ("LM701", 12), ("LM701", 27),  # "a safe, effective way", "usually leads to noticeable health benefits"
    ]


def test_seed_findings_point_at_the_words(seed_source):
    lines = seed_source.splitlines()
    excerpts = {}
    for f in seed_findings(seed_source):
        line = lines[f.line - 1]
        excerpt = line[f.column - 1:f.end_column - 1] if f.end_line == f.line else line[f.column - 1:]
        excerpts.setdefault((f.code, f.line), []).append(excerpt)
    assert excerpts[("LM601", 5)] == ["74"]
    (lm601,) = [f.message for f in seed_findings(seed_source) if f.code == "LM601"]
    assert lm601.endswith("('74', '6', '(11)\u00a0(12)', '79', '80')")  # "abuse 6", "self-reports 79.", "some time 80,"
    assert excerpts[("LM602", 41)] == ["Studies show"]
    assert excerpts[("LM602", 47)] == ["Research has demonstrated"]
    assert excerpts[("LM603", 41)] == ["According to healthline"]
    assert excerpts[("LM501", 41)] == ["0% to 50% of users"]
    assert excerpts[("LM502", 41)] == ["0% to 50%"]
    assert excerpts[("LM701", 12)] == ["a safe, effective way"]
    assert excerpts[("LM701", 27)] == ["usually leads to noticeable health benefits"]


def test_seed_numbers_that_are_not_citations_or_statistics_are_left_alone(seed_source):
    lines = seed_source.splitlines()
    flagged = {(f.line, lines[f.line - 1][f.column - 1:f.end_column - 1]) for f in seed_findings(seed_source)}
    for line, text in flagged:
        assert text not in ("1", "12", "3", "10", "15", "50", "6 weeks"), (line, text)
    assert not any(line == 21 for line, _ in flagged)  # "relatively safe and generally well tolerated"
