"""HTML: the article body of a page, with exact source positions.

beautifulsoup4 (with lxml) builds the tree; each text node is then found in
the source in document order, so every character of the article maps back to
its line and column in the file.
"""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from ..document import Block, Document, Link, TextBuilder, align
from . import bare_links, find_directives, normalize_meta

# Where CMSs put the article, most specific first.
CONTENT_SELECTORS = (
    "[itemprop=articleBody]", "article", "main", "[role=main]",
    ".entry-content", ".post-content", ".article-content", ".article-body", ".article__body",
    ".post-body", ".story-body", "#article-body", "#main-content", "#content", ".content",
)
# Never part of the article text.
_SKIP_TAGS = frozenset((
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "select",
    "input", "textarea", "iframe", "svg", "canvas", "head", "title", "meta", "link", "object", "embed",
    "dialog", "menu",
))
_SKIP_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "search", "dialog"))
# A class or id token naming page furniture: "comments", "post-share", "related-posts".
_SKIP_CLASS = re.compile(
    r"^(?:(?!has|with|no|is)[a-z0-9]+[-_])?(comments?|comment-respond|respond|share|sharing|sharedaddy|"
    r"social|related|relatedposts|sidebar|widget|newsletter|subscribe|cookies?|consent|breadcrumbs?|"
    r"advert|advertisement|ads|promo|popup|modal|skip-link|screen-reader-text|sr-only|visually-hidden|"
    r"site-header|site-footer|navbar|nav|menu|pagination|post-navigation|tag-links|author-box)"
    r"(?:[-_][a-z0-9]+)*$", re.I)
_BLOCK_KINDS = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "p": "paragraph", "li": "list_item", "dd": "list_item", "dt": "list_item", "blockquote": "quote",
    "td": "table_cell", "th": "table_cell", "figcaption": "caption", "caption": "caption",
}
_BLOCK_TAGS = frozenset(_BLOCK_KINDS) | frozenset((
    "div", "section", "article", "main", "header", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot",
    "tr", "figure", "pre", "address", "details", "summary", "hr", "center", "body", "html",
))
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|"
    r"(?:left|top|text-indent)\s*:\s*-\d{3,}|(?:height|width)\s*:\s*0(?:px)?\s*(?:;|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)",
    re.I)


def parse(source: str, path: str, options: dict) -> Document:
    soup = BeautifulSoup(source, "lxml")
    meta = _meta(soup)
    scope = _article_scope(soup, options.get("content_selector"))
    walker = _Walker(source)
    if scope is not None:
        walker.walk(scope, "paragraph", 0, False)
        walker.flush("paragraph", 0)
    doc = Document(path=path, format="html", source=source, blocks=walker.blocks, meta=meta,
                   directives=find_directives(source, plain_text=False), has_structured_meta=True)
    doc.title = meta.get("title") or next(
        (b.text for b in walker.blocks if b.kind == "heading" and b.level == 1), "")
    linked = {(link.start, link.end) for link in walker.links}
    doc.links = sorted(walker.links + bare_links(walker.blocks, linked), key=lambda link: link.start)
    return doc


def _article_scope(soup: BeautifulSoup, selector: str | None) -> Tag | None:
    if selector:
        return _largest(soup.select(selector))
    for candidate in CONTENT_SELECTORS:
        found = _largest([tag for tag in soup.select(candidate) if not _skipped(tag)])
        if found is not None and len(found.get_text(" ", strip=True)) >= 200:
            return found
    return soup.body or soup


def _largest(tags: list[Tag]) -> Tag | None:
    return max(tags, key=lambda tag: len(tag.get_text(" ", strip=True)), default=None)


def _skipped(tag: Tag) -> bool:
    if tag.name in _SKIP_TAGS:
        return True
    if tag.name == "header" and not tag.find(("h1", "h2")):
        return True
    attrs = tag.attrs
    if attrs.get("role") in _SKIP_ROLES:
        return True
    classes = attrs.get("class") or ()
    tokens = [*(classes if isinstance(classes, list) else str(classes).split()), *str(attrs.get("id") or "").split()]
    return any(_SKIP_CLASS.match(token) for token in tokens)


def _hidden(tag: Tag) -> bool:
    style = tag.attrs.get("style")
    return "hidden" in tag.attrs or bool(style and _HIDDEN_STYLE.search(str(style)))


class _Walker:
    """Walk the article scope, building blocks and links with source offsets."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.cursor = 0
        self.builder = TextBuilder()
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.open_links: list[dict] = []

    def walk(self, node: Tag, kind: str, level: int, hidden: bool) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:
                    self.text(str(child), hidden)
                continue
            if not isinstance(child, Tag) or _skipped(child):
                continue
            name = child.name
            child_hidden = hidden or _hidden(child)
            if name == "br":
                self.builder.space()
            elif name == "a" and child.get("href"):
                self.link(child, kind, level, child_hidden)
            elif name in _BLOCK_TAGS:
                self.flush(kind, level)
                child_kind = _BLOCK_KINDS.get(name, kind)
                child_level = int(name[1]) if child_kind == "heading" and name[0] == "h" else level
                self.walk(child, child_kind, child_level, child_hidden)
                self.flush(child_kind, child_level)
            else:
                self.walk(child, kind, level, child_hidden)

    def text(self, text: str, hidden: bool) -> None:
        if not text.strip():
            if not hidden:
                self.builder.space()
            return
        offsets, self.cursor = align(self.source, text, self.cursor, skip_tags=True)
        for record in self.open_links:
            record.setdefault("start", offsets[0])
            record["end"] = offsets[-1] + 1
            record["text"] += text
        if not hidden:
            self.builder.add(text, offsets)

    def link(self, tag: Tag, kind: str, level: int, hidden: bool) -> None:
        record = {"text": ""}
        self.open_links.append(record)
        self.walk(tag, kind, level, hidden)
        self.open_links.remove(record)
        href = str(tag.get("href")).strip()
        if "start" in record:
            start, end = record["start"], record["end"]
        else:  # an empty anchor: point at its href in the source
            start = self.source.find(href, self.cursor)
            start = self.cursor if start == -1 else start
            end = start + len(href)
            self.cursor = max(self.cursor, end)
        rel = tag.get("rel") or ()
        rel = tuple(rel.split() if isinstance(rel, str) else rel)
        self.links.append(Link(href, " ".join(record["text"].split()), start, end,
                               rel=tuple(r.lower() for r in rel), hidden=hidden))

    def flush(self, kind: str, level: int) -> None:
        if not self.builder:
            self.builder = TextBuilder()
            return
        text, offsets = self.builder.build()
        self.builder = TextBuilder()
        block = Block(text=text, offsets=offsets, kind=kind, level=level if kind == "heading" else 0)
        self.blocks.append(block)
        for link in self.links:
            if link.block is None and offsets[0] <= link.start <= offsets[-1]:
                link.block = block


def _meta(soup: BeautifulSoup) -> dict:
    meta: dict = {}
    for data in _json_ld(soup):
        normalize_meta({k: data.get(k) for k in ("author", "reviewedBy", "datePublished", "dateModified",
                                                 "lastReviewed", "headline", "inLanguage") if data.get(k)},
                       meta)
    raw = {}
    for tag in soup.find_all("meta"):
        key = tag.get("name") or tag.get("property") or tag.get("itemprop")
        if key and tag.get("content"):
            raw.setdefault(str(key), tag.get("content"))
    normalize_meta(raw, meta)
    html = soup.find("html")
    if html is not None and html.get("lang"):
        meta.setdefault("lang", str(html.get("lang")))
    if soup.title and soup.title.string and "title" not in meta:
        meta["title"] = soup.title.string.strip()
    time = soup.find("time", attrs={"datetime": True})
    if time is not None:
        meta.setdefault("published", str(time.get("datetime")))
    return meta


def _json_ld(soup: BeautifulSoup) -> list[dict]:
    found = []
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                found.append(item)
                stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
    return found
