"""LM203: a business credited under a feature of the page (tide times, a TV guide, a family notice, a
lottery draw, in any language) with its phone number is an advertisement: the credit ("in association
with", "patrocinado por") is a sign of a pitch, and the feature above it is weighed as the pitch's own
words. A credit after a paragraph of the article credits the article's work. Our own sentences."""

import pytest

from lint_med import lint_text
from test_core_offtopic_contact import ARTICLE as CONTACT_ARTICLE

# the flu-vaccine story LM202's contact tests plant their blocks in, with one more paragraph of its own
ARTICLE = CONTACT_ARTICLE + ("\nParents who preferred the spray said their children were less anxious before the "
                             "visit, and nurses said each dose took less time to give.\n")


def _found(block: str, path: str = "a.txt") -> bool:
    text = ARTICLE.format(block=block)
    first = text[:text.index(block)].count("\n") + 1
    last = first + block.count("\n")
    return any(f.code in ("LM202", "LM203") and first <= f.line <= last for f in lint_text(text, path=path))


@pytest.mark.parametrize("block", [
    # the credit under a listing of the business's own subject, whatever it is
    "Tides this week\nHigh water 06:20 (4.2 m)\nLow water 12:35 (0.3 m)\n"
    "Tides in association with Wrenbottle Tree Studio, bonsai trees on 555-0147.",
    "Crossword answers\n1 across: Harbour\n2 down: Lantern\n"
    "Puzzle page kindly sponsored by Brackwell Carpet Cleaning, Leeds. Tel 0113 496 0999.",
    "FAMILY NOTICES\nOyelaran Tetley passed away on the first Monday after a long and happy life. Funeral at St "
    "Mary's.\nNotices supported by Oxlingham Ice Studio, 555-0163.",
    "Football results\nRovers 2 United 1\nAthletic 0 Town 0\nResults courtesy of Draycott Sports Bar (0161 496 0777).",
    # in another language
    "Jours de marché\nMardi: place de l'Église\nSamedi: halles\nEn partenariat avec Boulangerie Pellerin, 01 45 55 01 23.",
])
def test_a_credited_business_under_a_feature_is_reported(block):
    assert _found(block)


def test_a_credited_business_in_markdown_is_reported():
    assert _found("**Tonight's viewing**\n\n- 19:00 Quiz Night Live\n- 21:00 Snooker Highlights\n\n"
                  "*Listings sponsored by Quillaby Stained Glass, Kendal. Call 555-0147.*", path="a.md")


@pytest.mark.parametrize("block", [
    # a credit of the study's work, after a paragraph of the article (no feature above it)
    "The trial ran in association with Harrowgate Infirmary, 0113 496 0518.",
    # a bare "with" is a sentence's, not a credit
    "Flu clinics\nSaturday mornings at the health centre\nInterviews were arranged with Kestrel Research Partners "
    "(0161 496 0021).",
])
def test_a_credit_of_the_articles_work_is_not_reported(block):
    assert not _found(block)
