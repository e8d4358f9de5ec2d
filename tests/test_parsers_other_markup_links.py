"""Links written in markup the document model did not read as links: LaTeX's \\href and \\url (`parsers.markup_links`),
a gemtext page's link lines (`parsers.gemtext_links`), a diagram's links (`parsers.diagram_links`: Mermaid's click,
PlantUML's [[A W]], Graphviz's URL attribute) and a link inside a MathML annotation, which MathML never draws. Each is a
link as an <a href> is, in every format that can hold it. Sites, words and markup are invented for these tests."""

import html as html_module

import pytest

from lint_med.parsers import html, markdown, text
from lint_med_core.links import hidden_link, unrelated_link
from test_parsers_read_as_shown import _doc as article, _run as run  # (the same invented article around each form)

URL = "https://pondliner-fitting.example/quote?size=4"
WORDS = "cheap pond liner fitting"


def _links(doc):
    return [(link.url, link.text) for link in doc.links]


def _paragraph(body: str, fmt: str):
    """The invented article with the body as a paragraph (in HTML, written as the page shows it)."""
    return article(f"<p>{body}</p>" if fmt == "html" else body, fmt)


# -- LaTeX


@pytest.mark.parametrize("written, url, words", [
    (rf"\href{{{URL}}}{{{WORDS}}}", URL, WORDS),
    (rf"\href{{{URL}}}{{\text{{\textbf{{cheap}} pond liner fitting}}}}", URL, WORDS),  # commands dropped, braces deep
    (r"\href{https://pondliner-fitting.example/a\_b\#top}{Liners}", "https://pondliner-fitting.example/a_b#top", "Liners"),
    (r"\url{https://pondliner-fitting.example/quote}", "https://pondliner-fitting.example/quote", ""),
])
def test_a_latex_link_is_a_link_with_its_words(written, url, words):
    doc = text.parse(f"Iron tablets {written} help.\n", "a.txt", {})
    assert _links(doc) == [(url, words)]


@pytest.mark.parametrize("fmt, formula", [
    ("text", r"$\href{A}{\text{W}}$"),
    ("markdown", r"$\href{A}{\text{W}}$"),
    ("markdown", r"$$\href{A}{W}$$"),
    ("html", r'<span class="math inline">\(\href{A}{\text{W}}\)</span>'),
])
def test_a_latex_link_in_a_sentence_is_judged(fmt, formula):
    # (a formula that is the link alone reads as the link: its delimiters are not the sentence's words)
    written = formula.replace("A", URL).replace("W", WORDS)
    messages = run(unrelated_link, _paragraph(f"Iron tablets are best taken with {written} a glass of orange juice.",
                                              fmt))
    assert len(messages) == 1 and "pondliner-fitting.example" in messages[0], messages


def test_a_link_inside_a_longer_formula_keeps_the_formula_apart():
    doc = text.parse(rf"The dose is $x = \href{{{URL}}}{{y}} + 1$ a day." + "\n", "a.txt", {})
    link = doc.links[0]
    assert (link.url, link.text) == (URL, "y") and doc.source[link.start:link.end].startswith(r"\href")


# -- gemtext


GEMTEXT = ("## Elsewhere\n=> gemini://slow-notes.example/ A gentle morning routine\n"
           f"=> {URL} Pond Liners Fitted In A Day\n")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_gemtext_link_line_is_a_link_with_its_words(fmt):
    doc = (text if fmt == "text" else markdown).parse("Iron tablets help.\n\n" + GEMTEXT, "a." + fmt[:2], {})
    assert _links(doc) == [("gemini://slow-notes.example/", "A gentle morning routine"),
                           (URL, "Pond Liners Fitted In A Day")]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_gemtext_link_line_is_judged(fmt):
    lines = f"=> {URL} {WORDS}\n=> https://kite-repairs.example/lines Kite line repairs"
    messages = run(unrelated_link, article(lines, fmt))
    assert any("pondliner-fitting.example" in message for message in messages), messages


def test_an_arrow_in_prose_is_no_gemtext_link():
    doc = text.parse(f"Low iron => {URL} tired all day.\n", "a.txt", {})
    assert [link.text for link in doc.links] == [""]  # (the address written out, with no words)


def test_a_gemtext_line_written_with_an_entity_is_no_link_line():
    # (the blocks are searched for "=>" before the source, for speed: a page that writes the arrow only as "=&gt;"
    # is still no gemtext page; its address is the address written out, with no words)
    doc = html.parse(f"<html><body><p>Iron tablets help.</p>\n=&gt; {URL} {WORDS}\n</body></html>", "a.html", {})
    assert [link.text for link in doc.links] == [""]
    doc = html.parse(f"<html><body><p>Iron tablets help.</p>\n=> {URL} {WORDS}\n</body></html>", "a.html", {})
    assert [link.text for link in doc.links] == [WORDS]


# -- diagrams

MERMAID = ("flowchart LR\n  A[See your GP] --> B[Still tired?]\n  B --> C[Reedbank Pond Liners]\n"
           f'  click C href "{URL}" "Open the site" _blank')


def test_a_mermaid_fence_links_its_shape_with_its_label():
    doc = markdown.parse(f"Iron tablets help.\n\n```mermaid\n{MERMAID}\n```\n\nThen rest.\n", "a.md", {})
    [link] = doc.links
    assert (link.url, link.text, link.bare, link.hidden) == (URL, "Reedbank Pond Liners", False, False)
    assert doc.source[link.start:link.end] == "Reedbank Pond Liners"
    assert link.block.text == "Reedbank Pond Liners" and link.block.kind == "table_cell"


def test_a_mermaid_element_in_html_links_its_shape_with_its_label():
    body = "".join(f"<p>{line}</p>" for line in ("Iron tablets help.", "Rest helps too.", "So does food."))
    source = (f'<html><body><article>{body}<pre class="mermaid">{html_module.escape(MERMAID)}</pre>'
              f"{body}</article></body></html>")
    doc = html.parse(source, "a.html", {})
    assert [(link.url, link.text, link.block.kind) for link in doc.links] == [(URL, "Reedbank Pond Liners", "table_cell")]
    assert not any("flowchart" in block.text for block in doc.blocks)  # (drawn: its code is not read as text)


@pytest.mark.parametrize("code, words", [
    (f'flowchart TD\n  shop(["Reedbank liners"])\n  click shop "{URL}"', "Reedbank liners"),
    (f'classDiagram\n  class Liner\n  link Liner "{URL}" "Liners we fit"', "Liners we fit"),  # (no label: the tooltip)
])
def test_mermaid_shapes_and_statements(code, words):
    doc = markdown.parse(f"Iron tablets help.\n\n```mermaid\n{code}\n```\n", "a.md", {})
    assert _links(doc) == [(URL, words)]


@pytest.mark.parametrize("fence", [
    f"```plantuml\n@startuml\nclass Liner [[{URL}{{Liners}} Reedbank Liners]]\n@enduml\n```",
    f'```dot\ndigraph G {{\n  liner [label="Reedbank Liners" URL="{URL}"];\n  a -> liner;\n}}\n```',
])
def test_plantuml_and_graphviz_fences_link_their_shapes(fence):
    doc = markdown.parse(f"Iron tablets help.\n\n{fence}\n", "a.md", {})
    assert _links(doc) == [(URL, "Reedbank Liners")]


@pytest.mark.parametrize("written", [
    f'To book, click here "{URL}" today.',  # prose: no diagram
    f'```\nclick C "{URL}"\n```',  # a code block of no diagram language
    "```mermaid\nflowchart LR\n  A[Rest] --> B[Eat well]\n```",  # a diagram that links nothing
])
def test_not_a_diagram_link(written):
    doc = markdown.parse(f"Iron tablets help.\n\n{written}\n", "a.md", {})
    assert [link.text for link in doc.links if link.text] == []


# -- MathML annotations

ANNOTATED = ('<math><semantics><mi>x</mi><annotation-xml encoding="text/html"><a href="{url}">{words}</a>'
             "</annotation-xml></semantics></math>")


@pytest.mark.parametrize("fmt, block", [("html", False), ("markdown", False), ("markdown", True)])
def test_a_link_in_a_mathml_annotation_is_a_hidden_link(fmt, block):
    math = ANNOTATED.format(url=URL, words=WORDS)
    body = math if block else f"Iron is written {math} in the formula."
    doc = article(body if block or fmt == "markdown" else f"<p>{body}</p>", fmt)
    links = [link for link in doc.links if link.url == URL]
    assert [(link.text, link.hidden) for link in links] == [(WORDS, True)]
    assert not any(WORDS in b.text for b in doc.blocks)  # (never drawn: its words are not read)
    assert any("pondliner-fitting.example" in message for message in run(hidden_link, doc))


def test_a_mathml_annotation_without_a_link_is_not_read():
    doc = article("<p>Iron <math><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">x^2 cheap tablets"
                  "</annotation></semantics></math> is shown.</p>", "html")
    assert doc.links == [] and not any("cheap" in block.text for block in doc.blocks)


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_diagram_link_is_judged_as_a_link_standing_alone(fmt):
    code = MERMAID.replace("Reedbank Pond Liners", WORDS)
    body = f"```mermaid\n{code}\n```" if fmt == "markdown" else f'<pre class="mermaid">{html_module.escape(code)}</pre>'
    messages = run(unrelated_link, article(body, fmt))
    assert len(messages) == 1 and "pondliner-fitting.example" in messages[0], messages
