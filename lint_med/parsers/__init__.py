"""Built-in input formats: HTML, Markdown and plain text.

Each parser module is imported only when a file of its format is linted, so
linting Markdown never loads beautifulsoup4.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Callable

from ..document import Block, Directive, Document, Link
from ..hookspecs import hookimpl


@dataclass(frozen=True)
class InputFormat:
    """An input format: how to recognise a file and parse it into a Document."""

    name: str
    extensions: tuple[str, ...]
    parse: Callable[[str, str, dict], Document]
    sniff: Callable[[str], bool] | None = None
    priority: int = 0  # higher sniffs first


def _lazy(module: str) -> Callable[[str, str, dict], Document]:
    def parse(source: str, path: str, options: dict) -> Document:
        return importlib.import_module(f"{__name__}.{module}").parse(source, path, options)

    return parse


def _sniff_html(source: str) -> bool:
    head = source[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(html|head|body|article|div|p)[\s>]", head))


def _sniff_markdown(source: str) -> bool:
    return bool(re.search(r"^(#{1,6} |---\s*$|\+\+\+\s*$|\* |- |\d+\. )|\[[^\]]+\]\([^)]+\)",
                          source[:5000], re.M))


@hookimpl
def lint_med_register_parsers(register):
    register(InputFormat("html", (".html", ".htm", ".xhtml"), _lazy("html"), _sniff_html, priority=2))
    register(InputFormat("markdown", (".md", ".markdown", ".mdown", ".mkd"), _lazy("markdown"),
                         _sniff_markdown, priority=1))
    register(InputFormat("text", (".txt", ".text"), _lazy("text"), lambda source: True))


# --- helpers shared by the parsers -------------------------------------------

_DIRECTIVE = re.compile(
    r"<!--\s*lint-med:\s*(?P<action>[a-z-]+)(?P<codes>[^>]*?)\s*-->"
    r"|(?:^|(?<=\r))[ \t]*lint-med:[ \t]*(?P<text_action>[a-z-]+)(?P<text_codes>[^\r\n]*)(?=\r|\n|\Z)",
    re.M,
)


def find_directives(source: str, plain_text: bool) -> list[Directive]:
    """Find ``lint-med:`` suppression directives (HTML comments, or own lines in text)."""
    directives = []
    if "lint-med:" not in source:  # the common case: skip the line-by-line scan of a big page
        return directives
    for match in _DIRECTIVE.finditer(source):
        if match.group("action"):
            action, codes = match.group("action"), match.group("codes")
        elif plain_text:
            action, codes = match.group("text_action"), match.group("text_codes")
        else:
            continue
        names = tuple(c for c in re.split(r"[\s,]+", codes.strip()) if c)
        directives.append(Directive(action, names, match.start(), match.end()))
    return directives


# HTML elements that start a new block of text, and the kind of block some of them make.
BLOCK_KINDS = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "p": "paragraph", "li": "list_item", "dd": "list_item", "dt": "list_item", "blockquote": "quote",
    "td": "table_cell", "th": "table_cell", "figcaption": "caption", "caption": "caption",
}
BLOCK_TAGS = frozenset(BLOCK_KINDS) | frozenset((
    "div", "section", "article", "main", "header", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot",
    "tr", "figure", "pre", "address", "details", "summary", "hr", "center", "body", "html",
))
# Whether CSS hides an element: its own module (inline styles, a page's <style> rules, colours).
from .styles import hidden_by_attributes  # noqa: E402  (re-exported for the parsers)


# Not after "](" (Markdown link syntax in a text file); in parentheses it is a URL of plain text.
_BARE_URL = re.compile(r"(?<![\w@/\"'=])(?<!\]\()(?:https?://|www\.)[^\s<>\"'()]+[^\s<>\"'().,;:!?]", re.I)


def bare_links(blocks: list[Block], linked_spans: set[tuple[int, int]] = frozenset()) -> list[Link]:
    """URLs written out in prose (not inside a link already)."""
    links = []
    for block in blocks:
        if "http" not in block.text and "www." not in block.text:
            continue
        for match in _BARE_URL.finditer(block.text):
            start, end = block.source_span(match.start(), match.end())
            if any(s <= start < e for s, e in linked_spans):
                continue
            url = match.group()
            links.append(Link(url if "://" in url else "http://" + url, "", start, end,
                              bare=True, block=block))
    return links


# Front-matter / JSON-LD / meta-tag keys, mapped to the model's metadata names.
_META_KEYS = {
    "author": ("author", "authors", "byline", "creator", "article:author", "dc.creator", "citation_author"),
    "reviewer": ("reviewer", "reviewed_by", "reviewedby", "medically_reviewed_by", "medical_reviewer"),
    "published": ("date", "published", "date_published", "datepublished", "publish_date", "pubdate",
                  "article:published_time", "citation_publication_date", "dc.date"),
    "updated": ("updated", "modified", "lastmod", "last_modified", "date_modified", "datemodified",
                "last_reviewed", "lastreviewed", "article:modified_time", "reviewed"),
    "lang": ("lang", "language", "inlanguage", "locale"),
    "title": ("title", "headline", "og:title"),
    "description": ("description", "og:description", "summary"),
}
_META_LOOKUP = {alias: key for key, aliases in _META_KEYS.items() for alias in aliases}


def normalize_meta(raw: dict, meta: dict) -> dict:
    """Copy recognised keys of ``raw`` into ``meta`` (first value wins), as strings."""
    for key, value in raw.items():
        name = _META_LOOKUP.get(str(key).strip().lower().replace("-", "_"))
        if name is None:
            name = _META_LOOKUP.get(str(key).strip().lower())
        if name and name not in meta:
            text = _meta_text(value)
            if text:
                meta[name] = text
    return meta


def _meta_text(value) -> str:
    if isinstance(value, dict):
        return _meta_text(value.get("name") or value.get("@value") or "")
    if isinstance(value, (list, tuple)):
        return ", ".join(t for t in (_meta_text(v) for v in value) if t)
    return str(value).strip() if value is not None else ""
