"""LM701 absolute-claim: promises flagged, hedged/negated/reported/cited text left alone."""

import pytest

from lint_med import lint_text
from lint_med.config import parse_table


def lint(text, path="a.txt", **options):
    config = parse_table({"select": ["LM701"], "rules": {"LM701": options} if options else {}}, None)
    return [(f.line, f.message) for f in lint_text(text, path=path, config=config)]


@pytest.mark.parametrize("sentence, phrase", [
    ("Low-dose naltrexone offers a safe, effective way to support recovery.", "a safe, effective way"),
    ("The supplement is safe and effective.", "is safe and effective"),
    ("Following the plan usually leads to noticeable health benefits.", "usually leads to noticeable health benefits"),
    ("This tea cures diabetes.", "cures diabetes"),
    ("Relief is guaranteed within a week.", "Relief is guaranteed"),
    ("The patch has no side effects.", "has no side effects"),
    ("Our formula is clinically proven.", "clinically proven"),
    ("The cream is 100% safe.", "100% safe"),
    ("It is a miracle cure for back pain.", "miracle cure"),
    ("The diet works for everyone.", "works for everyone"),
    ("These drops are completely safe for babies.", "completely safe"),
    ("Magnesium is proven to stop migraines.", "is proven to stop"),
])
def test_absolute_claims_are_flagged(sentence, phrase):
    assert lint(f"Title here\n\n{sentence}\n") == [(3, f"Absolute claim '{phrase}' stated as fact")]


@pytest.mark.parametrize("sentence", [
    "Low-dose naltrexone may offer a safe, effective way to support recovery.",
    "Low-dose naltrexone is relatively safe and generally well tolerated.",
    "It won't work for everyone.",
    "The patch is not proven to work.",
    "No treatment is guaranteed to cure back pain.",
    "LDN does not cure multiple sclerosis.",
    "No medicine is completely safe.",
    "Be wary of products that claim to be a miracle cure.",
    "Is the cream 100% safe?",
    "The vaccine is safe and effective for most adults.",
    "Ads promised it was \"clinically proven\" but offered no trial.",
    "The FDA found it safe and effective for two rare epilepsies in randomised trials [2].",
    "If you have no side effects after a week, the dose can go up.",
    "The manuscript was perfectly safe in his hands.",
])
def test_hedged_negated_reported_or_cited_claims_are_left_alone(sentence):
    assert lint(f"# Title\n\n{sentence}\n\n## References\n\n1. A. 2020.\n2. B. 2021.\n", path="a.md") == []


def test_the_hedge_window_is_the_claims_own_clause():
    # "While everyone responds differently," is a separate clause: the promise stands.
    text = "Title here\n\nWhile some people respond differently, the programme usually leads to noticeable health benefits.\n"
    assert [line for line, _ in lint(text)] == [3]


def test_user_phrases_and_hedges():
    text = "Title here\n\nThis balm melts pain away overnight.\n"
    assert lint(text) == []
    assert [line for line, _ in lint(text, extra_phrases=["melts pain away"])] == [3]
    hedged = "Title here\n\nReportedly this balm has no side effects.\n"
    assert [line for line, _ in lint(hedged)] == [3]
    assert lint(hedged, extra_hedges=["reportedly"]) == []
