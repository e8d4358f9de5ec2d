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
