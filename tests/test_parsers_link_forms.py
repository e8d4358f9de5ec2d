"""Every way a browser lets a reader reach an address is a link of the document, with the words a reader
is given for it (the parsers; tests/test_parsers_html_embedded.py has what a browser shows of SVG):

- an <a> around an image: the image's alt text (else its title) is the anchor; a banner (an image linked
  to another site, alone in its block) reads as those words;
- an image map's <area href>: its alt (or title) is the anchor; hidden when its image shows nothing;
- an SVG <a href> or <a xlink:href> around a label; hidden in an SVG of no size;
- a link run by a script (onclick, "javascript:"): the address written in the script, or the base64 of one;
- an address in an image's alt or title text (no link): a hidden link, the words its anchor.
Raw HTML in Markdown reads the same; Markdown's [![alt](image)](url) is a link whose anchor is the alt.
"""

import base64

import pytest

from lint_med.parsers import html as html_parser
from lint_med.parsers import markdown as markdown_parser
from lint_med.parsers import script_address

PROSE = "Dogs in the home are linked with fewer allergies in children, a long study of families reports."
SHOP = "https://gutter-sweep.example/quote"


def parse(fmt: str, body: str):
    if fmt == "html":
        return html_parser.parse(f"<html><body><article><h1>Pets and allergies</h1><p>{PROSE}</p>{body}"
                                 f"<p>{PROSE}</p></article></body></html>", "page.html", {})
    return markdown_parser.parse(f"# Pets and allergies\n\n{PROSE}\n\n{body}\n\n{PROSE}\n", "page.md", {})


def links(doc) -> list[tuple[str, str, bool]]:
    return [(link.url, link.text, link.hidden) for link in doc.links]


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_a_banner_image_in_a_link_is_a_link_whose_anchor_is_its_alt(fmt):
    doc = parse(fmt, f'<figure><a href="{SHOP}"><img src="/b.png" alt="gutter cleaning from $40"></a></figure>')
    assert links(doc) == [(SHOP, "gutter cleaning from $40", False)]
    assert "gutter cleaning from $40" in [b.text for b in doc.blocks]  # the banner reads as its words
    link = doc.links[0]
    assert doc.source[link.start:link.end] == "gutter cleaning from $40"


def test_markdown_image_link_has_the_alt_as_anchor():
    doc = parse("markdown", f"[![gutter cleaning from $40](/b.png)]({SHOP})")
    assert links(doc) == [(SHOP, "gutter cleaning from $40", False)]
    assert "gutter cleaning from $40" in [b.text for b in doc.blocks]


def test_a_photo_linked_to_a_larger_copy_adds_no_text():
    doc = parse("html", '<figure><a href="https://cdn.example/photo.jpg"><img src="/p.jpg" alt="A dog on a sofa">'
                        "</a><figcaption>A dog on a sofa</figcaption></figure>")
    assert links(doc) == [("https://cdn.example/photo.jpg", "A dog on a sofa", False)]
    assert [b.text for b in doc.blocks].count("A dog on a sofa") == 1  # the caption only


@pytest.mark.parametrize("fmt", ["html", "markdown"])
@pytest.mark.parametrize("size, hidden", [('width="1" height="1"', True), ('width="468" height="60"', False)])
def test_image_map_areas_are_links(fmt, size, hidden):
    doc = parse(fmt, f'<div><img src="/m.gif" {size} usemap="#deals" alt=""><map name="deals">'
                     f'<area shape="rect" coords="0,0,1,1" href="{SHOP}" alt="same day gutter repair"></map></div>')
    assert links(doc) == [(SHOP, "same day gutter repair", hidden)]


@pytest.mark.parametrize("fmt", ["html", "markdown"])
@pytest.mark.parametrize("attribute", ["href", "xlink:href"])
@pytest.mark.parametrize("size, hidden", [('width="0" height="0"', True), ('width="120" height="24"', False)])
def test_svg_links_are_links(fmt, attribute, size, hidden):
    doc = parse(fmt, f'<div><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                     f'{size}><a {attribute}="{SHOP}"><text x="0" y="10">gutter guards fitted</text></a></svg></div>')
    assert links(doc) == [(SHOP, "gutter guards fitted", hidden)]


ENCODED = base64.b64encode(SHOP.encode()).decode()


@pytest.mark.parametrize("fmt", ["html", "markdown"])
@pytest.mark.parametrize("element", [
    f"""<a href="#" onclick="window.location.href='{SHOP}';return false;">gutter repair</a>""",
    f"""<a href="javascript:window.open('{SHOP}')">gutter repair</a>""",
    f"""<span onclick="location='{SHOP}'">gutter repair</span>""",
    f"""<a href="#" onclick="location=atob('{ENCODED}')">gutter repair</a>""",
    f"""<a href="#" data-to="{ENCODED}" onclick="location=atob(this.dataset.to)">gutter repair</a>""",
])
def test_a_link_run_by_a_script_goes_to_the_address_in_the_script(fmt, element):
    doc = parse(fmt, f"<p>Ask about {element} today.</p>" if fmt == "html" else f"Ask about {element} today.")
    assert links(doc) == [(SHOP, "gutter repair", False)]


def test_a_button_whose_script_goes_to_an_address_is_a_link():
    doc = parse("html", f"""<p>Ask <button onclick="top.location.href='{SHOP}'">gutter repair</button>.</p>""")
    assert links(doc) == [(SHOP, "gutter repair", False)]


def test_a_script_that_goes_nowhere_or_a_real_href_is_left_alone():
    assert script_address({"href": "#", "onclick": "toggleMenu('main')"}) is None
    assert script_address({"href": "https://a.example/", "onclick": f"track('{SHOP}')"}) is None
    assert script_address({"href": "#", "onclick": "location=atob('bm90IGFuIGFkZHJlc3M=')"}) is None


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_an_address_in_an_image_alt_or_title_is_a_hidden_link(fmt):
    words = "gutter cleaning at www.gutter-sweep.example/quote"
    body = f'<figure><img src="/g.jpg" alt="{words}"></figure>' if fmt == "html" else f"![{words}](/g.jpg)"
    assert links(parse(fmt, body)) == [("http://www.gutter-sweep.example/quote", words, True)]
    body = f'<figure><img src="/g.jpg" alt="A gutter" title="{words}"></figure>' if fmt == "html" \
        else f'![A gutter](/g.jpg "{words}")'
    assert links(parse(fmt, body)) == [("http://www.gutter-sweep.example/quote", words, True)]


def test_an_image_alt_without_an_address_is_no_link():
    assert links(parse("html", '<figure><img src="/g.jpg" alt="A gutter full of leaves"></figure>')) == []
    assert links(parse("markdown", "![A gutter full of leaves](/g.jpg)")) == []
