"""Links whose address is not an <a>'s href, or is inside it (session 16, links41b): a frame newer than <iframe>
(<portal>, <fencedframe>, <webview>, <amp-iframe>), an AMP action that navigates (on="tap:AMP.navigateTo(url=...)"),
the page a data: URL holds, the message an sms:/mailto: link pre-fills, an <a xlink:href> outside SVG (no link: an
address it carries), a form field shown filled in, a contact card's URL pasted as text, a raw shortcode. Each is a
link (or a carried address) judged by LM101 as any other. Sites, sentences and markup are invented for these tests;
some forms are in no injected set (an <amp-iframe>, a <span> with an AMP action, data:text/plain, smsto:, an
iCalendar entry, a vCard group, a Welsh comment form, an Icelandic message, shortcodes of other plugins)."""

import base64
from urllib.parse import quote

import pytest

from lint_med.parsers import card_addresses, html, markdown, markup_links, message_addresses, text
from lint_med_core.links import unrelated_link

from test_parsers_carried_addresses import ARTICLE, ARTICLE_MD  # (the same invented article around each form)

ARTICLE_TEXT = ARTICLE_MD.replace("# ", "")
SHOP = "https://gutterguard-cleaning.example/quote"
HOST = "gutterguard-cleaning.example"


def _doc(body: str, fmt: str = "html"):
    if fmt == "html":
        return html.parse(f"<html><body><article>{ARTICLE}{body}</article></body></html>", "article.html", {})
    if fmt == "markdown":
        return markdown.parse(ARTICLE_MD.format(body), "article.md", {})
    return text.parse(ARTICLE_TEXT.format(body), "article.txt", {})


def _hosts(doc) -> list[str]:
    return [link.domain for link in doc.links]


def _flagged(doc) -> list[str]:
    doc.vocabulary = {}
    return [hit.message for hit in unrelated_link.run(doc, {**unrelated_link.defaults(), "pack": {}})]


def _b64(page: str) -> str:
    return base64.b64encode(page.encode()).decode()


FRAMES = [
    f'<div class="preview"><portal src="{SHOP}" title="Gutter cleaning quotes"></portal></div>',
    f'<figure><fencedframe src="{SHOP}" width="300" height="250"></fencedframe></figure>',
    f'<section><webview src="{SHOP}" partition="persist:x1"></webview></section>',
    f'<div><amp-iframe src="{SHOP}" width="300" height="250" layout="fixed" sandbox="allow-scripts"></amp-iframe></div>',
    f'<p>Gutters cleared <amp-img src="https://cdn.stillframe.example/g.jpg" width="30" height="20" alt="gutters" '
    f"on=\"tap:AMP.navigateTo(url='{SHOP}')\" role=\"link\" tabindex=\"0\"></amp-img> this week.</p>",
    f"<p>Iron tablets help <span on=\"tap:AMP.navigateTo(url='{SHOP}', target=_blank)\" role=\"button\" tabindex=\"0\">"
    "cheap gutter cleaning</span> most people within weeks.</p>",
]
DATA = [
    f'<p>See <a href="data:text/html;base64,{_b64(chr(60) + f"meta http-equiv=refresh content=0;url={SHOP}>")}">the chart</a>.</p>',
    '<p>See <a href="data:text/html;charset=utf-8,' + quote(f"<script>location.href='{SHOP}'</script>", safe="")
    + '">the leaflet</a>.</p>',
    f'<p>See <a href="data:text/html,{quote(f"<a href={SHOP}>continue</a>", safe="")}">the source</a>.</p>',
    f'<p>See <a href="data:text/plain;base64,{_b64("Book now at " + SHOP)}">the note</a>.</p>',
]
MESSAGES = [
    f'<p><a href="sms:?&body={quote("Saw this: " + SHOP, safe="")}">text this to a friend</a></p>',
    f'<p><a href="sms:+15550100;?body={quote("Book here " + SHOP, safe="")}">send to my phone</a></p>',
    f'<p><a href="mailto:?subject=Gutters&body={quote("20% off at www." + HOST + "/quote", safe="")}">email this</a></p>',
    f'<p><a href="smsto:+15550100?body={quote("Bókaðu hér: " + HOST, safe="")}">senda SMS</a></p>',  # Icelandic
    f'<p><a href="mms:?body={quote(SHOP, safe="")}">share</a></p>',
]


@pytest.mark.parametrize("body", FRAMES + DATA + MESSAGES)
@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_address_outside_or_inside_an_href_is_a_link_lm101_judges(body, fmt):
    doc = _doc(body, fmt)
    assert HOST in _hosts(doc)
    assert any(HOST in message for message in _flagged(doc))


@pytest.mark.parametrize("url, expected", [
    ("data:text/html;base64," + _b64(f'<meta http-equiv="refresh" content="0;url={SHOP}">'), [("data", SHOP)]),
    ("data:text/plain," + quote("nothing to see here", safe=""), []),
    ("data:image/svg+xml;base64," + _b64(f'<svg><a href="{SHOP}"/></svg>'), []),  # a picture: drawn, not opened
    ("mailto:editor@paper.example?subject=Letter%20to%20the%20editor", []),
    ("sms:+15550100", []),
    ("https://example.org/?body=" + quote(SHOP, safe=""), []),  # a page's own query: `carried_addresses`' to read
])
def test_message_addresses(url, expected):
    assert message_addresses(url) == expected


def test_xlink_href_outside_svg_is_carried_not_followed():
    for body in (f'<p>Ask <a xlink:href="{SHOP}">gutter cleaning quotes</a> today.</p>',
                 f'<p>Ask <a href="#" xlink:href="{SHOP}">gutter cleaning quotes</a> today.</p>'):
        for fmt in ("html", "markdown"):
            doc = _doc(body, fmt)
            carried = [link for link in doc.links if link.domain == HOST]
            assert [link.carrier for link in carried] == ["xlink:href"], (fmt, body)
            assert any(HOST in message for message in _flagged(doc))
    # inside SVG it is the link itself, with its words
    doc = _doc(f'<p>Ask <svg width="90" height="20"><a xlink:href="{SHOP}"><text>gutter quotes</text></a></svg>.</p>', "markdown")
    assert [(link.carrier, link.text) for link in doc.links if link.domain == HOST] == [("", "gutter quotes")]


@pytest.mark.parametrize("body", [
    f'<div id="respond" class="comment-respond"><form id="commentform" action="/wp-comments-post.php">'
    f'<label>Website</label> <input name="url" type="url" value="{SHOP}"></form></div>',
    f'<div class="comments"><form><label>Gwefan</label> <input name="gwefan" value="{SHOP}">'  # Welsh
    f'<textarea>Diolch am yr erthygl.</textarea></form></div>',
    f'<form class="reply"><input type="text" name="website" value="www.{HOST}/quote"></form>',
])
@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_form_field_shown_filled_in_carries_its_address(body, fmt):
    doc = _doc(body, fmt)
    assert HOST in _hosts(doc)
    assert any(HOST in message for message in _flagged(doc))


def test_hidden_form_field_is_not_read():
    doc = _doc(f'<div class="comment-respond"><form><input type="hidden" name="redirect_to" value="{SHOP}"></form></div>')
    assert HOST not in _hosts(doc)


@pytest.mark.parametrize("card", [
    f"BEGIN:VCARD\nVERSION:3.0\nORG:Gutterguard\nURL:{SHOP}\nEND:VCARD",
    f"BEGIN:VCARD\nVERSION:4.0\nFN:Gutterguard\nitem1.URL;TYPE=work:{HOST}\nEND:VCARD",  # a group, no scheme
    f"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Free gutter check\nURL;VALUE=URI:{SHOP}\nEND:VEVENT\nEND:VCALENDAR",
])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_contact_card_url_pasted_as_text(card, fmt):
    body = {"text": card, "markdown": f"```\n{card}\n```", "html": f"<pre>{card}</pre>"}[fmt]
    doc = _doc(body, fmt)
    assert [link.carrier for link in doc.links if link.domain == HOST] == ["card"]
    assert any(HOST in message for message in _flagged(doc))


@pytest.mark.parametrize("written", [
    "the URL: https://www.nhs.uk/conditions/iron-deficiency-anaemia/",  # prose: a space after the colon
    "curl:https://api.example/",  # a longer word
    "url:https://api.example/",  # not as a card writes it
])
def test_not_a_card_url(written):
    assert card_addresses(written) == []


@pytest.mark.parametrize("code, words", [
    (f'[button link="{SHOP}" color="orange"]Gutter quotes[/button]', "Gutter quotes"),
    (f'[su_button url="{SHOP}" target="blank"]Gutter quotes[/su_button]', "Gutter quotes"),
    (f"[embed]{SHOP}[/embed]", ""),
    (f'[vc_btn title="Gutter quotes" link="url:{quote(SHOP, safe="")}||target:_blank"]', "Gutter quotes"),
    (f'[cta_box href="{SHOP}" label="Gutter quotes"]', "Gutter quotes"),  # no injected set's
    (f'[et_pb_button button_url="{SHOP}" button_text="x"]Gutter quotes[/et_pb_button]', "Gutter quotes"),
])
def test_raw_shortcode_is_a_link(code, words):
    doc = text.parse(f"Iron tablets {code} help.\n", "a.txt", {})
    assert [(link.url, link.text) for link in markup_links(doc.blocks)] == [(SHOP, words)]


@pytest.mark.parametrize("written", [
    '[caption id="attachment_12" align="alignleft" width="300"]A pan of lentils[/caption]',
    "[img]https://cdn.stillframe.example/lentils.jpg[/img]",  # a picture
    "[gallery ids=\"12,14\"] and [3] and [/embed]",
])
def test_not_a_shortcode_link(written):
    assert markup_links(text.parse(written + " https://\n", "a.txt", {}).blocks) == []


def test_bbcode_url_is_read_once():
    doc = text.parse(f"Iron tablets [url]{SHOP}[/url] help.\n", "a.txt", {})
    assert len(markup_links(doc.blocks)) == 1


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_raw_shortcode_in_a_running_sentence_is_flagged(fmt):
    code = f'[aff_link href="{SHOP}"]gutter cleaning from £40[/aff_link]'
    body = f"<p>Most people feel better {code} within a few weeks of starting tablets.</p>" if fmt == "html" else \
        f"Most people feel better {code} within a few weeks of starting tablets."
    assert any(HOST in message for message in _flagged(_doc(body, fmt)))


@pytest.mark.parametrize("style", ["margin:0;height:0;overflow:hidden", "display:none"])
def test_hidden_xmp_carries_the_addresses_of_the_markup_it_shows(style):
    doc = _doc(f'<p>Iron helps <xmp style="{style}"><a href="{SHOP}">gutter cleaning quotes</a></xmp> most people.</p>')
    assert [(link.carrier, link.element) for link in doc.links if link.domain == HOST] == [("code", "xmp")]
    assert any(HOST in message for message in _flagged(doc))


def test_shown_xmp_is_text_whose_markup_is_read_once():
    doc = _doc(f'<p>Iron helps <xmp><a href="{SHOP}">gutter cleaning quotes</a></xmp> most people.</p>')
    assert [link.carrier for link in doc.links if link.domain == HOST] == ["code"]


@pytest.mark.parametrize("page", [f"<script>location.replace('{SHOP}')</script>", f'<meta http-equiv="refresh" content="0;url={SHOP}">'])
@pytest.mark.parametrize("encode", [lambda page: "charset=utf-8," + quote(page, safe=""), lambda page: "base64," + _b64(page)])
def test_markdown_link_to_a_data_url_is_read_from_the_text(page, encode):
    # (renderers leave a Markdown link to a data: URL as text; its written-out address does not name the site)
    doc = _doc(f"Most people feel better, see [the leaflet](data:text/html;{encode(page)}) within weeks.", "markdown")
    assert [link.carrier for link in doc.links if link.domain == HOST] == ["data"]
    assert any(HOST in message for message in _flagged(doc))


def test_own_site_is_where_the_links_a_reader_follows_go():
    # (the page's own site, by its links: four links followed to one site, then the page's own address carried nine
    # times in fields of a copy-link box; the carried ones do not count, so the site stays the one the links go to)
    from lint_med_core import _topic

    links = "".join(f'<li><a href="https://tidewater-news.example/story/{n}">Story {n}</a></li>' for n in range(4))
    fields = "".join(f'<input type="text" value="https://hearthline-portal.example/s/{n}">' for n in range(9))
    doc = html.parse(f'<html><body><article>{ARTICLE}<ul>{links}</ul><div class="share">{fields}</div>'
                     "</article></body></html>", "article.html", {})
    assert sum(link.carrier == "value" for link in doc.links) == 9
    doc.vocabulary = {}
    assert _topic.topic_model(doc).site_domains == set()  # 4 links followed: too few to tell (not 9 carried of 13)
    links += "".join(f'<li><a href="https://tidewater-news.example/more/{n}">More {n}</a></li>' for n in range(4))
    doc = html.parse(f'<html><body><article>{ARTICLE}<ul>{links}</ul><div class="share">{fields}</div>'
                     "</article></body></html>", "article.html", {})
    doc.vocabulary = {}
    assert _topic.topic_model(doc).site_domains == {"tidewater-news.example"}  # 8 of 8 followed, not 8 of 17
