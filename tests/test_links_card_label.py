"""A card or a link preview labels its link with the site's address ("🔗 shop.example", a bookmark card's publisher
line): that is the address again, not the article naming the site in words, so a card for a business off the
article's subject is judged as any furniture link (`links._named_beyond_its_label`). Cards, sites and sentences are
invented for these tests."""

import pytest

from test_links_wordless import _findings


@pytest.mark.parametrize("fmt, body", [
    ("md", "> **[Harbourside | gutter clearing in Oban](https://guttersweepers.example/oban)**  \n"
           "> Same-week gutter clearing and downpipe repairs.  \n> 🔗 guttersweepers.example"),
    # a chat app's unfurled preview: the host first, no mark
    ("md", "> carpetsteamers.example  \n> **[Rug and sofa cleaning – Steamwell](https://www.carpetsteamers.example/sofas)**  \n"
           "> Sofa and rug cleaning at home, booked online."),
    # a preview in another language (Basque), the host with its path (reported before too: its language)
    ("md", "> [Teilatu konponketak Bilbon – Etxeberri Teilagileak](https://etxeberri-teilagileak.example/bilbo)  \n"
           "> Teilatuen konponketa eta garbiketa, aurrekontua doan.  \n> etxeberri-teilagileak.example/bilbo"),
    # an HTML preview in one paragraph, its host in a <small>
    ("html", '<blockquote class="link-preview"><p><a href="https://drivewaypaving.example/resin">Resin driveways laid in'
             ' a day</a><br>Block paving and resin driveways across Fife.<br><small>drivewaypaving.example</small></p>'
             '</blockquote>'),
])
def test_a_cards_host_line_is_no_naming_of_the_site(fmt, body):
    found = _findings(body, fmt)
    assert len(found) == 1 and ("furniture" in found[0] or "language" in found[0]), found


@pytest.mark.parametrize("body", [
    # the article names the business in words elsewhere (its sponsor)
    "Guttersweep kindly sponsored this guide.\n\n> **[Gutter clearing in Oban](https://guttersweep.example/oban)**  \n"
    "> Same-week gutter clearing and downpipe repairs.  \n> 🔗 guttersweep.example",
    # a card on the article's own subject
    "> **[Iron-rich meals for tired teenagers](https://family-kitchen.example/iron-meals)**  \n"
    "> Recipes with beans, red meat and leafy greens to keep iron levels up.  \n> 🔗 family-kitchen.example",
])
def test_a_card_the_article_names_or_is_about_is_not_reported(body):
    assert _findings(body, "md") == []
