"""What the HTML parser reads of SVG, MathML, <noscript> and <noframes>: what a browser shows.

- SVG: a chart's labels (<text>) are shown, so each is read, as a block of its own (like a table
  cell: short, not a sentence of the paragraph around the chart); <title>, <desc> and styles are not.
- MathML: tokens are drawn apart, so two words do not run together ("dose rate", not "doserate");
  annotations (TeX source) are never drawn.
- <noscript> and <noframes>: browsers do not show them (scripts and frames are on), so their text
  is not read; their links are kept, as hidden links, because spam hides there.
"""

import pytest

from lint_med.engine import Linter, Overrides
from lint_med.parsers import html as html_parser

PROSE = "<p>The article starts with a paragraph long enough to be taken for the article's prose.</p>"


def parse(body: str):
    return html_parser.parse(f"<html><body><article><h1>Title</h1>{PROSE}{body}</article></body></html>",
                             "page.html", {})


def texts(doc) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks[2:]]  # after the title and the first paragraph


def assert_exact(doc) -> None:
    """Every character of every block and link stands at its place in the source."""
    for block in doc.blocks:
        for char, offset in zip(block.text, block.offsets):
            assert char.isspace() or doc.source[offset] in (char, "&"), (block.text, offset)
    for link in doc.links:
        if link.text:
            assert " ".join(doc.source[link.start:link.end].split()) == link.text


def lint_codes(body: str) -> list[str]:
    source = f"<html><body><article><h1>Sleep and memory</h1>{PROSE}{body}</article></body></html>"
    return [f.code for f in Linter(Overrides(isolated=True)).lint_source(source, "page.html").findings]


# -- SVG -------------------------------------------------------------------------------------------------------

def test_svg_chart_labels_are_read_as_blocks_of_their_own():
    doc = parse('<p>Before the chart.</p><svg viewBox="0 0 200 100"><title>Blood level</title><desc>A line '
                'chart</desc><style>text{font:9px}</style><text x="5" y="10">Peak at 2 hours</text><g>'
                '<text x="5" y="30"><tspan>Half-life</tspan><tspan x="5" dy="1.2em">12 h</tspan></text></g>'
                '</svg><p>After the chart.</p>')
    assert texts(doc) == [("paragraph", "Before the chart."), ("table_cell", "Peak at 2 hours"),
                          ("table_cell", "Half-life 12 h"), ("paragraph", "After the chart.")]
    assert_exact(doc)


def test_an_icon_without_text_leaves_its_paragraph_whole():
    doc = parse('<p>Share <svg aria-label="x"><title>Facebook</title><path d="M0 0h9"/></svg> this page.</p>')
    assert texts(doc) == [("paragraph", "Share this page.")]


def test_a_label_repeated_from_the_title_is_placed_on_the_label():
    doc = parse('<svg><title>Risk</title><text>Risk</text></svg>')
    (label,) = doc.blocks[2:]
    assert doc.source[label.offsets[0] - len("<text>"):label.offsets[0]] == "<text>"


# -- MathML ------------------------------------------------------------------------------------------------------

def test_mathml_tokens_do_not_run_words_together():
    doc = parse("<p>The <math><mi>dose</mi><mi>rate</mi><mo>&#xD7;</mo><mi>t</mi></math> grows, and "
                "<math><mi>x</mi><mo>+</mo><mn>1</mn></math> too.</p>")
    assert texts(doc) == [("paragraph", "The dose rate×t grows, and x+1 too.")]
    assert_exact(doc)


def test_mathml_annotations_are_not_read():
    doc = parse('<p>Here <math><semantics><mrow><mi>k</mi><mo>=</mo><mn>2</mn></mrow>'
                '<annotation encoding="application/x-tex">k = 2 \\quad</annotation></semantics></math> holds.</p>')
    assert texts(doc) == [("paragraph", "Here k=2 holds.")]
    assert_exact(doc)


# -- noscript ----------------------------------------------------------------------------------------------------

NOSCRIPT_SPAM = ('<p>Sleep helps memory.<noscript><div>Turn on scripts. <a href="https://pillvault.example/">'
                 'order sleeping pills online</a></div></noscript> Naps help too.</p>')


def test_noscript_text_is_not_read_but_its_links_are_kept_as_hidden():
    doc = parse(NOSCRIPT_SPAM)
    assert [b.text for b in doc.blocks[2:]] == ["Sleep helps memory. Naps help too."]  # hidden, it splits nothing
    (link,) = [link for link in doc.links if "pillvault" in link.url]
    assert link.hidden and link.text == "order sleeping pills online"
    assert_exact(doc)


def test_links_rules_see_a_link_hidden_in_noscript_and_not_a_widget_notice():
    assert "LM102" in lint_codes(NOSCRIPT_SPAM)
    widget = ('<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">'
              'comments powered by Disqus.</a></noscript>')
    assert "LM102" not in lint_codes(widget)


def test_an_article_wholly_inside_noscript_is_read():
    # A page built by scripts, whose only article is its no-script copy: that copy is what it serves.
    doc = html_parser.parse(f'<html><body><div id="app"></div><noscript><article><h1>Title</h1>{PROSE}'
                            '</article></noscript></body></html>', "page.html", {})
    assert [b.text for b in doc.blocks] == ["Title", doc.blocks[1].text] and "article starts" in doc.blocks[1].text


# -- noframes ----------------------------------------------------------------------------------------------------

def test_noframes_markup_is_not_read_as_text_and_its_links_are_hidden():
    doc = parse('<noframes><p>No frames here: <a href="https://pillvault.example/">cheap pills</a>.</p></noframes>'
                '<p>The article goes on after it.</p>')
    assert texts(doc) == [("paragraph", "The article goes on after it.")]
    (link,) = doc.links
    assert link.hidden and link.text == "cheap pills"
    assert_exact(doc)


def test_a_frameset_page_has_no_article_text():
    source = ('<html><head><title>Clinic</title></head><frameset cols="20%,80%"><frame src="menu.html">'
              '<frame src="main.html"><noframes><body><p>Your browser cannot show frames; read the '
              '<a href="main.html">article</a> instead.</p></body></noframes></frameset></html>')
    doc = html_parser.parse(source, "page.html", {})
    assert not any("<" in block.text for block in doc.blocks)
    assert [(link.url, link.hidden) for link in doc.links] == [("main.html", True)]
    assert_exact(doc)


@pytest.mark.parametrize("element", ["svg", "math", "noscript", "noframes"])
def test_unclosed_elements_do_not_break_the_page(element):
    doc = html_parser.parse(f"<html><body>{PROSE}<{element}><p>After.</p></body></html>", "page.html", {})
    assert doc.blocks and doc.blocks[0].text.startswith("The article starts")
