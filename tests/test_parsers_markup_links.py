"""A link written in another markup's link syntax, in a page that does not render it (`parsers.markup_links`): the
address and its words are one link, whose anchor is the words, in every format; and a URL set off by a pair of
dashes inside a sentence is still inside it (LM101's `_mid_sentence`). Sites, sentences and markup are invented for
these tests."""

import html as html_module

import pytest

from lint_med.parsers import markup_links, text
from lint_med_core.links import unrelated_link
from test_parsers_read_as_shown import _doc as article, _run as run  # (the same invented article around each form)

URL = "https://roofmoss-removal.example/quote"
WORDS = "cheap roof moss removal"


def _doc(body: str, fmt: str):
    """The invented article with the body as a paragraph (in HTML, its markup shown as text)."""
    return article(f"<p>{html_module.escape(body)}</p>" if fmt == "html" else body, fmt)


# invented spellings of the syntaxes (upper-case BBCode with a quoted address and nested tags, a MediaWiki link with
# a query, a Creole link, Org, Jira, Slack, reStructuredText with an anonymous target, AsciiDoc, Textile)
FORMS = [
    f"[URL='{URL}'][I][COLOR=red]{WORDS}[/COLOR][/I][/URL]",
    f"[{URL}?ref=7 {WORDS}]",
    f"[[{URL}|{WORDS}]]",
    f"[[{URL}][{WORDS}]]",
    f"[{WORDS}|{URL}]",
    f"<{URL}|{WORDS}>",
    f"`{WORDS} <{URL}>`__",
    f"link:{URL}[{WORDS}]",
    f'"{WORDS}":{URL}',
]


@pytest.mark.parametrize("form", FORMS)
def test_a_markup_link_is_a_link_with_its_words(form):
    doc = text.parse(f"Iron tablets {form} help.\n", "a.txt", {})
    assert [(link.url.split("?")[0], link.text) for link in doc.links] == [(URL, WORDS)]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("form", FORMS)
def test_a_markup_link_in_a_sentence_is_judged(fmt, form):
    if fmt == "markdown" and form.startswith("`"):
        pytest.skip("in Markdown, backquotes are Markdown's own code span (its text is read without them)")
    messages = run(unrelated_link, _doc(f"Iron tablets are best taken — {form} — with a glass of orange juice.", fmt))
    assert len(messages) == 1 and "roofmoss-removal.example" in messages[0], messages


@pytest.mark.parametrize("written", [
    "[1] https://iron-society.example/guide[3]",  # a note's number is no words
    "[see the table] and https://iron-society.example/guide",  # brackets apart from the address
    "a [b|c] d //e",  # no address
    "Jo [[at]] iron-society.example",
])
def test_not_a_markup_link(written):
    assert markup_links(text.parse(written + "\n", "a.txt", {}).blocks) == []


def test_a_shortcode_closing_tag_is_no_words():
    # (no AsciiDoc words "/embed": the shortcode's address alone, test_parsers_links_outside_anchors.py)
    links = markup_links(text.parse("[embed]https://iron-society.example/guide[/embed]\n", "a.txt", {}).blocks)
    assert [(link.url, link.text) for link in links] == [("https://iron-society.example/guide", "")]


def test_a_url_between_dashes_reads_on():
    doc = _doc("Iron tablets are best taken — https://roofmoss-removal.example/cheap-moss-removal — with juice.", "text")
    assert any("middle of a sentence" in message for message in run(unrelated_link, doc))
