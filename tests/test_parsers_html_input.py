"""Odd HTML that real pages serve: the parser reads it without failing and without warnings."""

import warnings

import pytest

from lint_med.parsers import html as html_parser


def parse(source: str):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a library warning would reach the user's stderr
        return html_parser.parse(source, "page.html", {})


def test_nested_links():
    # libxml2 keeps an <a> inside another <a> when a <span> or heading stands between them.
    doc = parse('<body><p><a href="/x"><span><a href="/y">inner</a> outer</span></a> after</p>'
                '<h2><a href="/z"><b><a href="/w">t</a></b>u</a></h2></body>')
    assert [b.text for b in doc.blocks] == ["inner outer after", "tu"]
    inner = next(link for link in doc.links if link.url == "/y")
    assert doc.source[inner.start:inner.end] == "inner"


def test_rule_inside_a_heading():
    doc = parse("<body><h2>Title<hr>rest</h2><p>Text.</p></body>")
    assert [(b.kind, b.level) for b in doc.blocks][-1] == ("paragraph", 0)
    assert all(b.level == 2 for b in doc.blocks if b.kind == "heading")


@pytest.mark.parametrize("reference", ["&#r;", "&#x;", "&#;", "&#99999999999;", "&#xD800;", "&#0;", "&;"])
def test_odd_character_references(reference):
    doc = parse(f"<body><p>Before {reference} after.</p></body>")
    block = doc.blocks[0]
    assert block.text.startswith("Before") and block.text.endswith("after.")
    for char, offset in zip(block.text, block.offsets):
        assert char.isspace() or doc.source[offset] in (char, "&")


def test_xhtml_with_an_xml_declaration_is_quiet():
    doc = parse('<?xml version="1.0" encoding="utf-8"?>\n<body><p>Hello there.</p></body>')
    assert [b.text for b in doc.blocks] == ["Hello there."]
    doc = parse('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head>'
                '<body><p>Hello there.</p></body></html>')
    assert [b.text for b in doc.blocks] == ["Hello there."]


@pytest.mark.parametrize("depth", [300, 3000, 10_000])
def test_deep_nesting_keeps_the_whole_page(depth):
    # libxml2 stops building its tree at depth 256 (2048 with huge_tree) and drops the rest of the page.
    page = ("<html><body>" + "<div>" * depth + "<p>Deep text.</p>" + "</div>" * depth
            + '<p xml:lang="en">After <a href="/x">the link</a>.</p><!-- a -- comment --></body></html>')
    doc = parse(page)
    assert [b.text for b in doc.blocks] == ["Deep text.", "After the link."]
    link = doc.links[0]
    assert doc.source[link.start:link.end] == "the link"
    assert doc.source[doc.blocks[0].offsets[0]:doc.blocks[0].offsets[-1] + 1] == "Deep text."


def test_a_page_with_no_element():
    for page in ("", "  ", "<!-- only a comment -->"):
        assert parse(page).blocks == []


def test_control_characters_mixed_line_endings_and_a_huge_attribute():
    page = ('<html><body>\r\n<p title="' + "x" * 2_000_000 + '">First\x01 line\x0b.</p>\r'
            "<p>Second\x00 line.</p>\n<p>Third line.</p></body></html>")
    doc = parse(page)
    assert [b.text[:5] for b in doc.blocks] == ["First", "Secon", "Third"]  # libxml2 may replace the controls
    third = doc.blocks[-1]
    assert doc.source[third.offsets[0]:third.offsets[-1] + 1] == "Third line."
    assert all(0 <= offset < len(doc.source) for block in doc.blocks for offset in block.offsets)
