"""find_directives' fast path: the HTML parser tells it whether any comment holds "lint-med:" (it meets every
comment while it indexes the tree), so a page without a directive is not searched. Its directives must be
those of the plain definition, every match of the directive pattern in the source, wherever the comment
stands: before <html>, after </html>, in the head, deep in a page libxml2 cannot build a tree for."""

import pytest

from lint_med.parsers import find_directives
from lint_med.parsers import html as html_parser

DIRECTIVE = "<!-- lint-med: disable-file LM101 -->"
ARTICLE = "<p>The article's paragraph, long enough to be taken for its prose, and then some more words.</p>"
DEEP = "<div>" * 3000


@pytest.mark.parametrize("page", [
    f"{DIRECTIVE}<!DOCTYPE html><html><body>{ARTICLE}</body></html>",
    f"<html><head>{DIRECTIVE}</head><body>{ARTICLE}</body></html>",
    f"<html><body>{ARTICLE}<p>x{DIRECTIVE}</p></body></html>",
    f"<html><body>{ARTICLE}</body></html>{DIRECTIVE}",
    f"{DIRECTIVE}<html><body>{DEEP}{ARTICLE}</body></html>",  # built from parser events
    f"<html><body>{DEEP}{ARTICLE}</body></html>{DIRECTIVE}",
    f"<html><body>{ARTICLE}<!-- an editor's note --></body></html>",
    f"<html><body>{ARTICLE}<p>Write lint-med: disable in a comment.</p></body></html>",  # no comment: none
])
def test_the_html_parser_finds_the_directives_of_the_plain_definition(page):
    expected = [(d.action, d.codes, d.start, d.end) for d in find_directives(page, plain_text=False)]
    found = [(d.action, d.codes, d.start, d.end) for d in html_parser.parse(page, "page.html", {}).directives]
    assert found == expected
    assert bool(found) == (DIRECTIVE in page)
