"""Every element of the document model maps back to the exact line and column of the source."""

import pytest

from lint_med.engine import decode
from lint_med.parsers import html as html_parser
from lint_med.parsers import markdown as markdown_parser
from lint_med.parsers import text as text_parser


def where(doc, span):
    """(line, column, end line, end column) of a source span, 1-based, end exclusive like findings."""
    start, end = span
    line, column = doc.line_col(start)
    end_line, end_column = doc.line_col(max(end, start + 1) - 1)
    return line, column, end_line, end_column + 1


def block(doc, prefix):
    return next(b for b in doc.blocks if b.text.startswith(prefix))


def link(doc, url):
    return next(item for item in doc.links if item.url == url)


def source_of(doc, span):
    return doc.source[span[0]:span[1]]


MARKDOWN = """---
title: Café au lait
author: Zoë Ávila
---

# Héllo *wörld* 😀

First **bold** sentence with a [link text](https://example.com/a) here. Second
sentence on line two, 中文字 see https://www.nih.gov/x.

- item one &amp; more
-\titem\ttwo

> quoted 😀 text
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", [False, True])
def test_markdown_positions(newline, bom):
    raw = MARKDOWN.replace("\n", newline).encode()
    doc = markdown_parser.parse(decode((b"\xef\xbb\xbf" if bom else b"") + raw), "a.md", {})
    assert doc.meta == {"title": "Café au lait", "author": "Zoë Ávila"}
    heading = doc.blocks[0]
    assert (heading.kind, heading.level, heading.text) == ("heading", 1, "Héllo wörld 😀")
    assert where(doc, heading.source_span()) == (6, 3, 6, 18)
    paragraph = block(doc, "First bold")
    assert where(doc, paragraph.source_span()) == (8, 1, 9, 53)
    first, second = paragraph.sentences
    assert first.text == "First bold sentence with a link text here."
    assert where(doc, first.source_span()) == (8, 1, 8, 72)
    assert second.text.startswith("Second sentence on line two, 中文字")
    assert where(doc, second.source_span()) == (8, 73, 9, 53)
    anchor = link(doc, "https://example.com/a")
    assert (anchor.text, anchor.bare) == ("link text", False)
    assert where(doc, anchor.source_span()) == (8, 33, 8, 42)
    assert anchor.block is paragraph
    bare = link(doc, "https://www.nih.gov/x")
    assert bare.bare and source_of(doc, bare.source_span()) == "https://www.nih.gov/x"
    assert where(doc, bare.source_span()) == (9, 31, 9, 52)
    item = block(doc, "item one")
    assert (item.kind, item.text) == ("list_item", "item one & more")
    assert where(doc, item.source_span()) == (11, 3, 11, 22)
    tabbed = block(doc, "item two")
    assert where(doc, tabbed.source_span()) == (12, 3, 12, 11)
    quote = block(doc, "quoted")
    assert quote.kind == "quote" and where(doc, quote.source_span()) == (14, 3, 14, 16)
    # a span inside a block: the word after the emoji
    assert where(doc, quote.source_span(9, 13)) == (14, 12, 14, 16)


TEXT = """Héllo wörld 😀

First sentence with tab\there. Second
sentence on line two, 中文字 see https://www.nih.gov/x.
• bullet item &amp; one
- dash item
lint-med: disable-next-line TST001
Another para.
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_text_positions(newline):
    doc = text_parser.parse(decode(b"\xef\xbb\xbf" + TEXT.replace("\n", newline).encode()), "a.txt", {})
    heading = doc.blocks[0]
    assert (heading.kind, heading.text, doc.title) == ("heading", "Héllo wörld 😀", "Héllo wörld 😀")
    assert where(doc, heading.source_span()) == (1, 1, 1, 14)
    paragraph = block(doc, "First sentence")
    assert [s.text for s in paragraph.sentences][0] == "First sentence with tab here."
    assert where(doc, paragraph.sentences[0].source_span()) == (3, 1, 3, 30)
    assert where(doc, paragraph.sentences[1].source_span()) == (3, 31, 4, 53)
    bullet = block(doc, "bullet")
    assert bullet.kind == "list_item" and where(doc, bullet.source_span()) == (5, 3, 5, 24)
    assert where(doc, block(doc, "dash").source_span()) == (6, 3, 6, 12)
    assert where(doc, link(doc, "https://www.nih.gov/x").source_span()) == (4, 31, 4, 52)
    # the directive line is not article text, and it is found as a directive
    assert not any("lint-med" in b.text for b in doc.blocks)
    assert [(d.action, d.codes) for d in doc.directives] == [("disable-next-line", ("TST001",))]
    assert where(doc, block(doc, "Another").source_span()) == (8, 1, 8, 14)


HTML = """<!DOCTYPE html>
<html lang="en"><head><title>Café &amp; Tea 😀 | Site</title>
<meta name="author" content="Dr Zoë"></head>
<body>
<nav><a href="/home">Home</a> Café &amp; Tea 😀</nav>
<article>
<h1 class="x">Caf&eacute; &amp; Tea 😀</h1>
<p>First sentence is here with <a href="https://ex.com/a" title="anchor">anchor
 text</a> and more.
\tSecond sentence has 中文 and &#8220;quotes&#8221; https://www.nih.gov/y. Third one.</p>
<ul><li>Item <em>one</em></li><li>Item&nbsp;two</li></ul>
<p>This paragraph pads the article so that it is clearly the main content of the page, as long as a real one.</p>
</article>
<footer>Copyright</footer>
</body></html>
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_html_positions(newline):
    doc = html_parser.parse(HTML.replace("\n", newline), "a.html", {})
    heading = doc.blocks[0]
    # the same words stand in <title> and <nav> before the article: the heading is found in <h1>
    assert (heading.kind, heading.level, heading.text) == ("heading", 1, "Café & Tea 😀")
    assert where(doc, heading.source_span()) == (7, 15, 7, 38)
    paragraph = block(doc, "First sentence")
    first, second, third = paragraph.sentences
    assert where(doc, first.source_span()) == (8, 4, 9, 20)
    assert second.text == "Second sentence has 中文 and \u201cquotes\u201d https://www.nih.gov/y."
    assert where(doc, second.source_span()) == (10, 2, 10, 72)
    assert where(doc, third.source_span()) == (10, 73, 10, 83)
    anchor = link(doc, "https://ex.com/a")
    assert anchor.text == "anchor text" and anchor.block is paragraph
    assert where(doc, anchor.source_span()) == (8, 74, 9, 6)
    bare = link(doc, "https://www.nih.gov/y")
    assert bare.bare and where(doc, bare.source_span()) == (10, 50, 10, 71)
    assert where(doc, block(doc, "Item one").source_span()) == (11, 9, 11, 21)
    assert where(doc, block(doc, "Item two").source_span()) == (11, 35, 11, 48)
    # an entity maps to the whole entity's first character
    quote_at = second.source_span(second.text.index("\u201c"), second.text.index("\u201c") + 1)
    assert doc.source[quote_at[0]:quote_at[0] + 7] == "&#8220;"
    assert doc.meta["author"] == "Dr Zoë" and doc.meta["lang"] == "en"


def test_html_every_block_character_points_at_itself():
    doc = html_parser.parse(HTML, "a.html", {})
    for item in doc.blocks:
        for char, offset in zip(item.text, item.offsets):
            if not char.isspace():
                assert doc.source[offset] in (char, "&"), (item.text, char, offset)


@pytest.mark.parametrize("source", ["<p>Salt &amp; pepper cure it.</p>", "<p>A &amp;&amp; B &amp;c</p>"])
def test_html_text_after_an_ampersand_entity_points_at_itself(source):
    # An "&" of the text stands for the whole "&amp;": the space after it was once placed on the "a" of "amp".
    doc = html_parser.parse(source, "a.html", {})
    (item,) = doc.blocks
    assert [source[offset] for offset in item.offsets] == list(item.text)


def test_html_text_of_entity_after_entity_is_aligned_without_a_scan_per_character(monkeypatch):
    # 50,000 "&amp;" in a row took 30 s: each "&" built a 400-character window of decoded entities.
    from lint_med import document

    windows, window_chars = [], document.window_chars
    monkeypatch.setattr(document, "window_chars", lambda *args: windows.append(args[1]) or window_chars(*args))
    source = "<p>" + "&amp;" * 2000 + "&lt;x&gt;&#233;</p>"
    (item,) = html_parser.parse(source, "a.html", {}).blocks
    assert item.text == "&" * 2000 + "<x>é"
    assert item.offsets[:2] == [3, 8] and item.offsets[-1] == source.index("&#233;")
    assert len(windows) <= 2


def test_html_a_greater_than_sign_after_many_tags_points_at_its_entity():
    # A text ">" (written "&gt;") is first found at the end of a tag, then of the next tag...: after
    # 50 tags the search stopped at a tag's ">" and moved the cursor there, so the rest of the page
    # pointed too far (a heading's finding on another line, in a page with syntax-highlighted code).
    code = '<pre><span class="n">x</span> <span class="o">&gt;</span> ' + '<span class="n">now</span> ' * 60 + "</pre>"
    source = code + "<h2>now</h2>"
    first, heading = html_parser.parse(source, "a.html", {}).blocks
    assert first.text.startswith("x > now") and first.offsets[2] == source.index("&gt;")
    assert heading.offsets[0] == source.index("<h2>") + 4


def test_html_text_before_body_points_at_itself():
    # libxml2 moves text and elements standing before <body> into the body; the <title>
    # holds the same words, and must not be where they are found.
    source = ("<html><head><title>Naltrexone cures pain</title><!-- x --></head>\n"
              "Naltrexone cures pain.<a href='https://ex.org/a'></a><p>Ask first.</p><body><p>More.</p>")
    doc = html_parser.parse(source, "a.html", {})
    assert [b.text for b in doc.blocks] == ["Naltrexone cures pain.", "Ask first.", "More."]
    for item in doc.blocks:
        assert [source[offset] for offset in item.offsets] == list(item.text)
    assert doc.blocks[0].offsets[0] == source.index("Naltrexone cures pain.")
    (anchor,) = doc.links
    assert source[anchor.start:anchor.end] == "https://ex.org/a"


def test_html_bom_is_not_text():
    doc = html_parser.parse(decode(b"\xef\xbb\xbf" + HTML.encode()), "a.html", {})
    assert where(doc, doc.blocks[0].source_span()) == (7, 15, 7, 38)


def test_findings_carry_positions_end_to_end(monkeypatch, tmp_path):
    """The engine turns a rule's span into the finding's line/column range."""
    from pathlib import Path

    from lint_med.config import parse_table
    from lint_med.engine import Linter, Overrides

    monkeypatch.setenv("LINT_MED_LOAD_PLUGINS", "")
    plugin = Path(__file__).parent / "plugins" / "word_rules.py"
    linter = Linter(Overrides(isolated=True))
    config = linter.prepare(parse_table({"plugins": [str(plugin)], "select": ["TST001"]}, None))
    cases = {
        "a.md": ("# Title\n\nA *true* miracle\ncure.\n", (3, 10, 3, 17)),
        "a.txt": ("Title\n\n\u00e9\u00e9 😀 miracle cure.\n", (3, 6, 3, 13)),
        "a.html": ("<html><body><article><p>\u4e2d &amp; <b>miracle</b> cure</p></article></body></html>",
                   (1, 36, 1, 43)),
    }
    for name, (source, expected) in cases.items():
        findings = linter.lint_source(source, name, config).findings
        assert [(f.line, f.column, f.end_line, f.end_column) for f in findings] == [expected], name


def test_markdown_link_forms_and_table_cells():
    source = ("# T\n\nSee <https://auto.example/x> and [ref text][r] and [**bold** `code`](https://b.example).\n"
              "Also [x &amp; y](https://c.example).\n\n[r]: https://ref.example\n\n"
              "| a | b |\n|---|---|\n| cell [l](https://t.example) | two |\n")
    doc = markdown_parser.parse(source, "a.md", {})
    spans = {item.url: (item.text, where(doc, item.source_span())) for item in doc.links}
    assert spans == {
        "https://auto.example/x": ("https://auto.example/x", (3, 6, 3, 28)),
        "https://ref.example": ("ref text", (3, 35, 3, 43)),
        "https://b.example": ("bold code", (3, 55, 3, 67)),
        "https://c.example": ("x & y", (4, 7, 4, 16)),
        "https://t.example": ("l", (10, 9, 10, 10)),
    }
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert [(c.text, where(doc, c.source_span())) for c in cells] == [
        ("a", (8, 3, 8, 4)), ("b", (8, 7, 8, 8)), ("cell l", (10, 3, 10, 10)), ("two", (10, 33, 10, 36))]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_markdown_raw_html_links_and_blocks(newline):
    source = newline.join([
        "# T",
        "",
        'Buy <a href="https://shop.example/x?tag=a-20" rel="Sponsored">cheap &amp; good</a> now.'
        '<span style="display:none"><a href="https://casino.example/">casino</a></span> End.',
        "",
        '<div class="note">',
        "<p>This is <b>not</b> medical advice.</p>",
        '<h2>Sub</h2><a href="https://empty.example/"></a>',
        "</div>",
        "",
        'Para with <a href="https://open.example/">an anchor left open',
        "",
    ])
    doc = markdown_parser.parse(source, "a.md", {})
    assert [(b.kind, b.level, b.text, where(doc, b.source_span())) for b in doc.blocks] == [
        ("heading", 1, "T", (1, 3, 1, 4)),
        ("paragraph", 0, "Buy cheap & good now. End.", (3, 1, 3, 171)),
        ("paragraph", 0, "This is not medical advice.", (6, 4, 6, 38)),
        ("heading", 2, "Sub", (7, 5, 7, 8)),
        ("paragraph", 0, "Para with an anchor left open", (10, 1, 10, 62)),
    ]
    found = {item.url: (item.text, item.rel, item.hidden, item.html, source_of(doc, item.source_span()))
             for item in doc.links}
    assert found == {
        "https://shop.example/x?tag=a-20": ("cheap & good", ("sponsored",), False, True, "cheap &amp; good"),
        "https://casino.example/": ("casino", (), True, True, "casino"),
        "https://empty.example/": ("", (), False, True, "https://empty.example/"),  # its href, as in HTML
        "https://open.example/": ("an anchor left open", (), False, True, "an anchor left open"),
    }
    assert link(doc, "https://casino.example/").block is block(doc, "Buy")
    assert link(doc, "https://empty.example/").block is block(doc, "Sub")
