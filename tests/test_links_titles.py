"""A link's title -- the tooltip a reader sees on hover -- is where an address sits, in HTML and in Markdown alike
(`[W](A "title")`, a reference definition's title): an outside address written there is one the link carries
(carrier "title"), judged by LM101 as every address the markup carries; not one of the link's own site. And the
resource hints a page leaves in its body (dns-prefetch, preconnect, prefetch, prerender) send no reader anywhere:
no link at all. Sentences, sites and markup are invented for these tests: none is a labelled quote or an injected
template."""

import pytest

from lint_med.parsers import markdown
from test_links_wordless import _findings


def _title_links(text: str) -> list[str]:
    doc = markdown.parse(f"# Iron and tiredness\n\nLow iron is a common cause of tiredness.\n\n{text}\n", "a.md", {})
    return [link.url for link in doc.links if link.carrier == "title"]


@pytest.mark.parametrize("fmt, body", [
    # Markdown's three ways of writing a title: double quotes, single quotes, parentheses
    ("md", 'Iron tablets work best [on an empty stomach](#note-4 "Courtesy of https://gutter-sweepers.example/quote").'),
    ("md", "A blood test [can show it](#tbl-2 'via https://carpet-steamers.example/book-now') within days."),
    ("md", "Ask your doctor [about the dose](#dose (Sponsored: https://driveway-paving.example/prices)) first."),
    # a reference definition's title, its address in angle brackets; and a link in a table's cell
    ("md", "Leafy greens help [too][greens].\n\n[greens]: <#greens> \"https://hedge-trimmers.example/rates\""),
    ("md", "| Food | Iron |\n|---|---|\n| [Beans](#beans \"Recommended: https://skip-hire-express.example/\") | 2 mg |"),
    # a tooltip in another language (Welsh) on an HTML link to a place on the page
    ("html", '<p>Iron tablets <a href="#nodyn-2" title="Gweler https://gutter-sweepers.example/dyfynbris">can upset'
             ' the stomach</a> in some people.</p>'),
])
def test_an_address_in_a_links_title_is_judged_as_a_carried_address(fmt, body):
    found = _findings(body, fmt)
    assert len(found) == 1 and "title attribute" in found[0], found


@pytest.mark.parametrize("body", [
    # the title repeats the link's own address (the tooltip a CMS writes)
    'See [the charity\'s guide](https://iron-charity.example/guide "https://iron-charity.example/guide").',
    # words only, no address
    'See [the note](#n1 "Iron levels explained for parents").',
    # an authority's address (a footnote's tooltip citing its source)
    'As trials show [1](#fn1 "https://pubmed.ncbi.nlm.nih.gov/12345678/").',
])
def test_no_outside_address_in_the_title(body):
    assert not any("title attribute" in message for message in _findings(body, "md"))


def test_the_title_is_read_in_markdown_as_in_html():
    assert _title_links('See [x](#n "via https://gutter-sweepers.example/q") now.') == \
        ["https://gutter-sweepers.example/q"]
    assert _title_links("See [x][r].\n\n[r]: #n 'https://carpet-steamers.example'") == ["https://carpet-steamers.example"]
    assert _title_links('See [x](https://carpet-steamers.example/a "https://carpet-steamers.example/b").') == []


@pytest.mark.parametrize("fmt, body", [
    ("html", '<link rel="dns-prefetch" href="https://gutter-sweepers.example">'),
    ("html", '<link rel="preconnect" href="https://carpet-steamers.example" crossorigin>'),
    ("md", 'Iron tablets <link rel="prefetch" href="https://driveway-paving.example/prices"> help.'),
    ("md", '<link rel="prerender" href="https://loft-insulators.example/grants">'),
])
def test_a_resource_hint_in_the_body_is_no_link(fmt, body):
    assert _findings(body, fmt) == []
