"""Markup shown as text carries every address its elements would (`parsers.pasted_addresses`): an element's link, its
own address (an Atom <link href>), the addresses its attributes carry (an OPML outline's htmlUrl), and an element whose
whole text is an address (an RSS <link>, a sitemap's <loc>); each a carried link ("code") that LM101 judges as a link
with no words of its own. Sites, sentences and markup are invented for these tests."""

import html as html_module

import pytest

from lint_med.parsers import pasted_addresses
from lint_med_core.links import unrelated_link
from test_parsers_read_as_shown import _doc as article, _run as run  # (the same invented article around each form)

SITE = "tilegrout-cleaning.example"


def _doc(code: str, fmt: str):
    """The invented article with the code shown as text: in a <pre>, a fenced block, plain text."""
    return article({"html": f"<pre>{html_module.escape(code)}</pre>", "markdown": f"```xml\n{code}\n```",
                    "text": code}[fmt], fmt)


# invented forms: a sitemap entry, an OPML outline, an Atom link with no relation, a podcast feed's namespaced
# element, an RSS item whose enclosure is on the same site
FORMS = [
    f"<url>\n  <loc>https://{SITE}/offer</loc>\n  <changefreq>weekly</changefreq>\n</url>",
    f'<outline text="Grout news" type="rss" xmlUrl="https://{SITE}/feed.xml" htmlUrl="https://{SITE}/offer"/>',
    f'<entry>\n  <title>Grout cleaning deals</title>\n  <link href="https://{SITE}/offer"/>\n</entry>',
    f"<channel>\n  <itunes:new-feed-url>https://{SITE}/offer</itunes:new-feed-url>\n</channel>",
    f'<item>\n  <link>https://{SITE}/offer</link>\n  <enclosure url="https://{SITE}/ep-4.mp3" type="audio/mpeg"/>\n</item>',
]


@pytest.mark.parametrize("code", FORMS)
def test_pasted_addresses_of_any_element(code):
    assert f"https://{SITE}/offer" in [url for _, _, url in pasted_addresses(code)]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("code", FORMS)
def test_markup_shown_as_text_carries_its_addresses(fmt, code):
    messages = run(unrelated_link, _doc(code, fmt))  # (the outline carries two addresses of the site: its feed's and its page's)
    assert 1 <= len(messages) <= code.count(SITE) and all("markup shown as text" in m and "tile" in m for m in messages), \
        messages


@pytest.mark.parametrize("code, expected", [
    ('<link rel="stylesheet" href="https://fonts.example/css2?family=Serif">', []),  # a resource
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"></svg>', []),  # a namespace
    ('<enclosure url="https://audio.example/ep-4.mp3" type="audio/mpeg"/>', []),  # a file played
    ("<img src='https://cdn.example/iron.png' alt='Iron'>", []),  # a picture
    ("<loc>/iron/tablets</loc> <title>https://not.example/a title</title>", []),  # relative; words
    ("a < b and c // d", []),  # no markup
])
def test_what_markup_does_not_carry(code, expected):
    assert [url for _, _, url in pasted_addresses(code)] == expected
