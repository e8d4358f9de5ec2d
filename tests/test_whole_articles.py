"""The whole articles of fixtures/articles meet the core-pack issue's bar.

Their markers pin every finding (tests/test_fixtures.py); this states the bar itself:
a careful article has no error and at most two warnings, a spammy one is caught in
several categories.
"""

from pathlib import Path

import pytest

from lint_med import lint_text
from lint_med.testing import parse_markers

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
CAREFUL = sorted(ARTICLES.glob("clean-*"))
SPAMMY = sorted(ARTICLES.glob("spam-*"))


def findings(path):
    blanked, _, _ = parse_markers(path.read_text(encoding="utf-8"))
    return lint_text(blanked, path=str(path))


def test_there_are_two_careful_and_two_spammy_articles_at_least():
    assert len(CAREFUL) >= 2 and len(SPAMMY) >= 2


@pytest.mark.parametrize("path", CAREFUL, ids=[p.name for p in CAREFUL])
def test_careful_article_has_no_error_and_at_most_two_warnings(path):
    found = findings(path)
    assert [f for f in found if f.severity == "error"] == []
    assert len([f for f in found if f.severity == "warning"]) <= 2, [(f.code, f.line) for f in found]


@pytest.mark.parametrize("path", SPAMMY, ids=[p.name for p in SPAMMY])
def test_spammy_article_is_caught_in_several_categories(path):
    categories = {f.category for f in findings(path)}
    assert len(categories) >= 5, categories
