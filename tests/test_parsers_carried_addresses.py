"""Addresses a page carries in its markup without a link the reader follows (`parsers.carried_addresses`,
`structured_addresses`): any attribute's address (whole, in a list, in its words, inside another address) and any
string of structured data that is an address, judged by LM101 as a link with no words of its own; and content the
browser never shows (<datalist>, <rp>, a script that holds markup, an SVG foreignObject of no size), whose links are
hidden links. Sites, sentences and markup are invented for these tests."""

import json

import pytest

from lint_med.parsers import carried_addresses, html, markdown, markup_script, structured_addresses
from lint_med_core.links import hidden_link, unqualified_commercial_link, unrelated_link

ARTICLE = ("<h1>Iron and tiredness</h1><p>Feeling tired all the time can come from low iron, which a blood test shows.</p>"
           "<p>A doctor may offer iron tablets for three months; some people get an upset stomach from them.</p>"
           "<p>Beans, red meat and dark leafy greens are good sources of iron in food.</p>")
ARTICLE_MD = "\n\n".join(["# Iron and tiredness", "Feeling tired all the time can come from low iron, which a blood "
                          "test shows.", "A doctor may offer iron tablets for three months; some people get an upset "
                          "stomach from them.", "{}", "Beans, red meat and dark leafy greens are good sources of iron in "
                          "food.\n"])
SHOP = "https://gutterguard-cleaning.example/quote"
QR = "https://qr.dotgrid.example/make?size=120&payload=" + "https%3A%2F%2Fgutterguard-cleaning.example%2Fquote"


def _doc(body: str, fmt: str = "html", head: str = ""):
    if fmt == "html":
        return html.parse(f"<html><head>{head}</head><body><article>{ARTICLE}{body}</article></body></html>",
                          "article.html", {})
    return markdown.parse(ARTICLE_MD.format(body), "article.md", {})


def _run(rule, doc) -> list[str]:
    doc.vocabulary = {}
    return [hit.message for hit in rule.run(doc, {**rule.defaults(), "pack": {}})]


# -- the definition, on its own


@pytest.mark.parametrize("attributes, expected", [
    ([("ping", SHOP)], [("ping", SHOP)]),
    ([("ping", SHOP + " https://stormproof-roofing.example/")], [("ping", SHOP), ("ping", "https://stormproof-roofing.example/")]),
    ([("cite", SHOP)], [("cite", SHOP)]),
    ([("data-go", SHOP)], [("data-go", SHOP)]),
    ([("title", "Explained for you by gutterguard-cleaning.example/terms")], [("title", "http://gutterguard-cleaning.example/terms")]),
    ([("aria-description", "Our partner gutterguard-cleaning.example can help")], [("aria-description", "http://gutterguard-cleaning.example")]),
    ([("src", QR)], [("src", SHOP)]),  # the image is a resource; the address its query holds is not
    ([("src", "https://qr.dotgrid.example/png/https%3A%2F%2Fgutterguard-cleaning.example%2Fquote.png")], [("src", SHOP)]),
    ([("srcset", QR + " 1x")], [("srcset", SHOP)]),
])
def test_carried_addresses_of_any_attribute(attributes, expected):
    assert carried_addresses("span" if attributes[0][0] != "src" else "img", attributes) == expected


@pytest.mark.parametrize("tag, attributes", [
    ("img", [("src", "https://cdn.stillframe.example/photos/4411")]),  # a picture, whatever its extension
    ("img", [("data-lazy-src", "https://cdn.stillframe.example/photos/4411")]),
    ("img", [("srcset", "https://cdn.stillframe.example/a.jpg 1x, https://cdn.stillframe.example/b.jpg 2x")]),
    ("img", [("src", "https://img.proxy.example/fit/http://cdn.stillframe.example/photo.jpg")]),  # a proxied picture
    ("div", [("itemtype", "https://schema.org/Article")]),
    ("svg", [("xmlns", "http://www.w3.org/2000/svg")]),
    ("use", [("href", "https://cdn.stillframe.example/icons#star")]),
    ("a", [("href", SHOP), ("title", SHOP)]),  # a link's own address is the link's
    ("span", [("title", "ctx_ver=Z39.88-2004&rft.date=2010&rft.pub=Press")]),  # a citation's keys
    ("span", [("title", "Dr. Okafor, U.S. Army")]),
    ("span", [("title", "Seen on WebMD.com")]),  # a site named in words, with capitals: prose
    ("div", [("style", "background:url(https://cdn.stillframe.example/bg)")]),
    ("button", [("onclick", f"location='{SHOP}'")]),  # a script: `followed_address`'s
])
def test_not_carried(tag, attributes):
    assert carried_addresses(tag, attributes) == []


def test_structured_addresses_take_any_key_but_vocabularies_and_resources():
    data = {"@context": "https://schema.org", "@type": "LocalBusiness", "name": "Gutterguard",
            "url": SHOP, "sameAs": ["https://stormproof-roofing.example/"], "logo": "https://cdn.stillframe.example/logo",
            "image": {"@type": "ImageObject", "url": "https://cdn.stillframe.example/shopfront"},
            "makesOffer": {"@type": "Offer", "itemOffered": {"@type": "Service", "mainEntityOfPage": "//kerbside-bins.example/"}},
            "additionalType": "https://www.wikidata.org/wiki/Q1"}
    assert structured_addresses(data) == [SHOP, "https://stormproof-roofing.example/", "http://kerbside-bins.example/"]


@pytest.mark.parametrize("kind, markup", [("text/x-template", True), ("text/html", True), ("text/x-handlebars", True),
                                          ("", False), ("text/javascript", False), ("module", False),
                                          ("application/ld+json", False), ("importmap", False)])
def test_markup_script(kind, markup):
    assert markup_script(kind) is markup


# -- what the parsers collect, and what LM101 says


@pytest.mark.parametrize("body", [
    '<script type="application/ld+json">' + json.dumps({"@type": "Organization", "name": "Gutterguard", "url": SHOP}) + "</script>",
    '<script type="application/ld+json">' + json.dumps({"@graph": [{"@type": "Product", "offers": {"@type": "Offer", "url": SHOP}}]}) + "</script>",
    f'<base href="{SHOP}"><p>More: <a href="gutters">gutter cleaning prices</a></p>',
    f'<p>Iron tablets <a href="#" ping="{SHOP}">work</a> best on an empty stomach.</p>',
    '<p>Take iron with <abbr title="Explained by gutterguard-cleaning.example/terms">vitamin C</abbr>.</p>',
    '<p>Take iron with <span data-hint="Our partner gutterguard-cleaning.example explains it">vitamin C</span>.</p>',
    f'<figure><img src="{QR.replace("&", "&amp;")}" alt="Scan me" width="120" height="120"></figure>',
    f'<p>Iron <q data-source="{SHOP}">helps</q> most people.</p>',
    f'<div itemscope itemtype="https://schema.org/Organization"><link itemprop="url" href="{SHOP}"></div>',
])
@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_address_carried_in_markup_is_judged_as_a_wordless_link(body, fmt):
    doc = _doc(body, fmt)
    carried = [link for link in doc.links if link.carrier or link.element == "link"]
    assert carried and all(link.hidden and not link.text for link in carried)
    found = _run(unrelated_link, doc)
    assert len(found) >= 1 and all("gutterguard-cleaning.example" in message for message in found)


def test_markdown_image_whose_address_holds_another():
    doc = _doc(f"![Scan me]({QR})\n\n*Scan to book.*", "markdown")
    assert [(link.url, link.carrier) for link in doc.links] == [(SHOP, "src")]
    assert "inside an image's address" in _run(unrelated_link, doc)[0]


def test_the_message_says_where_the_address_sits():
    doc = _doc('<script type="application/ld+json">{"sameAs": "https://stormproof-roofing.example/"}</script>')
    assert "structured data (JSON-LD)" in _run(unrelated_link, doc)[0]
    doc = _doc('<p>Iron <span data-hint="See stormproof-roofing.example">helps</span> most people.</p>')
    assert "data-hint attribute of <span>" in _run(unrelated_link, doc)[0]


@pytest.mark.parametrize("body", [
    # the article's own site, an authority, a resource, a vocabulary, a provider of embeds
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
    '"url": "https://irondesk-news.example/iron", "publisher": {"@type": "Organization", "url": "https://irondesk-news.example/",'
    ' "logo": {"@type": "ImageObject", "url": "https://cdn.stillframe.example/logo"}},'
    ' "citation": "https://pubmed.ncbi.nlm.nih.gov/12345/", "video": {"embedUrl": "https://www.youtube.com/embed/x1"},'
    ' "mainEntity": "http://www.wikidata.org/entity/Q1", "sameAs": "https://en.wikipedia.org/wiki/Iron"}</script>',
    '<p>Iron <a href="https://www.nhs.uk/conditions/iron-deficiency-anaemia/" ping="https://irondesk-news.example/click">'
    "tablets</a> help.</p>",
    '<img src="https://cdn.stillframe.example/photos/4411" data-src="https://cdn.stillframe.example/photos/4411?w=800" alt="Pills">',
    '<div data-share-url="https://irondesk-news.example/iron" data-permalink="https://irondesk-news.example/iron"></div>',
    '<p><abbr title="World Health Organization (who.int)">WHO</abbr> advice on iron.</p>',
])
def test_clean_markup_stays_quiet(body):
    head = '<link rel="canonical" href="https://irondesk-news.example/iron">'
    assert _run(unrelated_link, _doc(body, head=head)) == []


def test_carried_addresses_are_no_link_for_rel_or_hidden_link_rules():
    doc = _doc('<script type="application/ld+json">{"offers": {"url": "https://www.amazon.com/dp/B000?tag=irondesk-20"}}'
               "</script>")
    assert doc.links and _run(unqualified_commercial_link, doc) == [] and _run(hidden_link, doc) == []


# -- content the browser never shows


@pytest.mark.parametrize("body", [
    f'<datalist id="d1"><a href="{SHOP}">gutter cleaning quotes</a></datalist>',
    f'<p>Iron<ruby>*<rp><a href="{SHOP}">gutter cleaning quotes</a></rp><rt>x</rt></ruby> helps.</p>',
    f'<script type="text/x-template" id="t1"><a href="{SHOP}">gutter cleaning quotes</a></script>',
    f'<svg width="0" height="0"><foreignObject width="100%" height="100%"><div><a href="{SHOP}">gutter cleaning quotes</a>'
    "</div></foreignObject></svg>",
])
def test_links_in_content_never_shown_are_hidden_links(body):
    doc = _doc(body)
    assert [(link.url, link.text, link.hidden) for link in doc.links] == [(SHOP, "gutter cleaning quotes", True)]
    assert len(_run(hidden_link, doc)) == 1
    assert "gutter cleaning quotes" not in " ".join(block.text for block in doc.blocks)


@pytest.mark.parametrize("body", [
    f'Iron <datalist id="d1"><a href="{SHOP}">gutter cleaning quotes</a></datalist> helps.',
    f'Iron <script type="text/x-template"><a href="{SHOP}">gutter cleaning quotes</a></script> helps.',
])
def test_links_in_content_never_shown_in_markdown(body):
    doc = _doc(body, "markdown")
    assert [(link.url, link.text, link.hidden) for link in doc.links] == [(SHOP, "gutter cleaning quotes", True)]


def test_a_script_of_data_or_a_drawn_foreign_object_is_not_hidden_markup():
    doc = _doc('<script type="text/x-config">{"html": "<a href=\\"https://stormproof-roofing.example/\\">x</a>"}</script>'
               f'<svg width="300" height="100"><foreignObject width="300" height="100"><p>Iron and <a href="{SHOP}">gutters'
               "</a> compared.</p></foreignObject></svg>")
    assert [(link.url, link.hidden) for link in doc.links] == [(SHOP, False)]
