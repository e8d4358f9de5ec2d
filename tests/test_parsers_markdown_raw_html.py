"""Raw HTML in Markdown is read as the HTML parser reads a page: <noscript>, <noframes>, SVG and MathML
as a browser shows them (tests/test_parsers_html_embedded.py), hidden links kept. Each case is written
once and read in both formats; the results must be the same."""

import pytest

from lint_med.engine import Linter, Overrides
from lint_med.parsers import html as html_parser
from lint_med.parsers import markdown as markdown_parser

PROSE = "The article starts with a paragraph long enough to be taken for the article's prose."


def parse(fmt: str, body: str):
    """The page in `fmt` whose article is a title, a paragraph and `body` (HTML, a raw block in Markdown)."""
    if fmt == "html":
        return html_parser.parse(f"<html><body><article><h1>Sleep and memory</h1><p>{PROSE}</p>{body}"
                                 "</article></body></html>", "page.html", {})
    return markdown_parser.parse(f"# Sleep and memory\n\n{PROSE}\n\n{body}\n", "page.md", {})


def texts(doc) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks[2:]]


def exact(doc) -> bool:
    """Every character of every block and link stands at its place in the source."""
    return all(char.isspace() or doc.source[offset] in (char, "&")
               for block in doc.blocks for char, offset in zip(block.text, block.offsets)) and \
        all(" ".join(doc.source[link.start:link.end].split()) == link.text for link in doc.links if link.text)


BOTH = pytest.mark.parametrize("fmt", ["html", "markdown"])


@BOTH
def test_noscript_text_is_not_read_and_its_link_is_kept_hidden(fmt):
    doc = parse(fmt, '<div><p>Sleep helps memory.<noscript><span>Turn on scripts.</span> <a href="https://pillvault.example/">'
                     'order sleeping pills online</a></noscript> Naps help too.</p></div>')
    assert texts(doc) == [("paragraph", "Sleep helps memory. Naps help too.")]
    assert [(link.url, link.text, link.hidden) for link in doc.links] == [
        ("https://pillvault.example/", "order sleeping pills online", True)]
    assert exact(doc)


@BOTH
def test_noframes_markup_is_hidden_and_its_link_kept(fmt):
    doc = parse(fmt, '<noframes><p>No frames here: <a href="https://pillvault.example/">cheap pills</a>.</p></noframes>')
    assert texts(doc) == []
    assert [(link.text, link.hidden) for link in doc.links] == [("cheap pills", True)]


@BOTH
def test_svg_chart_labels_are_blocks_and_its_title_is_not_read(fmt):
    doc = parse(fmt, '<svg viewBox="0 0 200 100">\n<title>Blood level</title>\n<text x="5" y="10">Peak at 2 hours'
                     '</text>\n<text x="5" y="30">12 h</text>\n</svg>')
    assert texts(doc) == [("table_cell", "Peak at 2 hours"), ("table_cell", "12 h")]
    assert exact(doc)


@BOTH
def test_mathml_tokens_do_not_run_words_together(fmt):
    doc = parse(fmt, "<p>The <math><mi>dose</mi><mi>rate</mi></math> grows.</p>")
    assert texts(doc) == [("paragraph", "The dose rate grows.")]


def test_tags_inside_a_markdown_paragraph_hide_noscript_and_an_svg_title_and_keep_the_link_hidden():
    # HTML that CommonMark reads as tags inside a paragraph (no block of its own)
    doc = parse("markdown", 'Sleep helps memory.<noscript><a href="https://pillvault.example/">order sleeping '
                            'pills online</a></noscript> Naps help <svg><title>Share</title></svg>too.')
    assert texts(doc) == [("paragraph", "Sleep helps memory. Naps help too.")]
    assert [(link.text, link.hidden) for link in doc.links] == [("order sleeping pills online", True)]


@BOTH
def test_the_links_rules_see_the_link_hidden_in_noscript(fmt):
    body = ('<div><p>Sleep helps memory.<noscript><a href="https://pillvault.example/">order sleeping pills '
            'online</a></noscript> Naps help too.</p></div>')
    source = parse(fmt, body).source
    findings = Linter(Overrides(isolated=True)).lint_source(source, f"page.{'md' if fmt == 'markdown' else 'html'}")
    assert "LM102" in [f.code for f in findings.findings]


@pytest.mark.parametrize("raw, loads_lxml", [("<!-- lint-med: disable-next-line LM911 -->", False),
                                             ('<div><a href="https://x.example/">x</a></div>', True)])
def test_the_html_parser_is_loaded_only_for_raw_html_with_something_to_read(raw, loads_lxml):
    import subprocess
    import sys

    script = ("import sys; from lint_med.parsers import markdown; "
              f"markdown.parse('# Iron\\n\\n{raw}\\n\\nIron helps.\\n', 'a.md', {{}}); print('lxml' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == str(loads_lxml), done.stderr
