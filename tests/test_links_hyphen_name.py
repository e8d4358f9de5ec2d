"""A site whose name has a hyphen ("gutter-sweepers.example") is named in words as any other ("Gutter Sweepers",
"gutter sweepers"): the name is looked for as squashed text holds it, letters and digits only
(`links._squashed_name`). Sites and sentences are invented for these tests."""

import pytest

from test_links_wordless import _findings

CARD = ("> **[Gutter clearing in Oban](https://{site}/oban)**  \n> Same-week gutter clearing and downpipe repairs.  \n"
        "> 🔗 {site}")


@pytest.mark.parametrize("fmt, body", [
    # the article names its sponsor in words elsewhere; the card to its hyphenated site is no placed link
    ("md", "Gutter Sweepers kindly sponsored this guide.\n\n" + CARD.format(site="gutter-sweepers.example")),
    # named in lower case, with a digit in the name
    ("md", "Thanks to the team at roof 24 care for the photos.\n\n" + CARD.format(site="roof-24-care.example")),
    # an HTML byline naming a hyphenated site (Afrikaans)
    ("html", "<p>Met dank aan Dak Herstel Kaapstad vir die foto's.</p><p><small>Geborg deur "
             "<a href='https://dak-herstel-kaapstad.example/dienste'>dakherstel en geute in Kaapstad</a></small></p>"),
])
def test_a_hyphenated_site_named_in_words_is_named(fmt, body):
    assert _findings(body, fmt) == []


def test_a_hyphenated_site_named_nowhere_is_still_reported():
    found = _findings(CARD.format(site="gutter-sweepers.example"), "md")
    assert len(found) == 1 and "furniture" in found[0], found
