"""An HTML card: a link around blocks (a Ghost or Notion bookmark card's <div>s, a teaser's heading and paragraph
inside one <a>). The parser keeps the blocks apart, separates the link's words at each block and attaches the link
to the block its words start in; LM101 reads the link's words past that block as the card's other lines
(`links._furniture_off_subject`). Cards and sites are invented for these tests."""

import pytest

from lint_med.parsers import html
from test_links_wordless import _findings

GHOST = ('<figure class="bookmark"><a href="https://{site}/{path}"><div class="content"><div class="title">{title}</div>'
         '<div class="description">{desc}</div><div class="meta"><span class="publisher">{site}</span></div></div>'
         '</a></figure>')


def test_a_link_around_blocks_separates_its_words_and_keeps_its_first_block():
    doc = html.parse("<html><body><article><p>Low iron is common.</p><a href='https://a.example/'><div>Title here</div>"
                     "<div>Its description.</div></a><p>After the card.</p></article></body></html>", "a.html", {})
    link = next(link for link in doc.links if link.url == "https://a.example/")
    assert link.text == "Title here Its description."
    assert link.block is not None and link.block.text == "Title here"


@pytest.mark.parametrize("body", [
    GHOST.format(site="kestrelroofers.example", path="slate", title="Slate roof repairs in Truro",
                 desc="Same-week chimney and slate repairs, free quotes."),
    # Notion's nesting: the title and description in one more <div>, the host in its own
    '<div class="notion-bookmark"><a href="https://marinaworks.example/engines"><div class="info"><div class="text">'
    '<div class="title">Boat engine servicing on the Solent</div><div class="description">Winter storage and outboard '
    'repairs, booked online.</div></div><div class="href">marinaworks.example</div></div></a></div>',
    # a teaser card in Portuguese: a heading and a paragraph inside one <a>
    '<a class="card" href="https://oficina-bicicletas.example/lisboa"><h3>Reparação de bicicletas em Lisboa</h3>'
    '<p>Revisões e peças para bicicletas elétricas, marcação online.</p></a>',
    # Icelandic, in a list item
    '<ul><li><a href="https://hjolaverkstaedi.example/vidgerdir"><div>Hjólaviðgerðir í Reykjavík</div><div>Fljót þjónusta og '
    'sanngjarnt verð.</div></a></li></ul>',
])
def test_an_html_card_off_the_subject_is_reported(body):
    found = _findings(body)
    assert len(found) == 1, found


@pytest.mark.parametrize("body", [
    # a card on the article's own subject
    GHOST.format(site="family-kitchen.example", path="iron", title="Iron-rich meals for tired teenagers",
                 desc="Recipes with beans, red meat and leafy greens to keep iron levels up."),
    # the article names the business in words elsewhere (its sponsor)
    "<p>Kestrelroofers kindly sponsored this guide.</p>" +
    GHOST.format(site="kestrelroofers.example", path="slate", title="Slate roof repairs in Truro",
                 desc="Same-week chimney and slate repairs, free quotes."),
])
def test_an_html_card_the_article_names_or_is_about_is_not_reported(body):
    assert _findings(body) == []
