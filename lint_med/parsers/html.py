"""HTML: the article body of a page, with exact source positions.

beautifulsoup4 (with lxml) builds the tree; each text node is then found in
the source in document order, so every character of the article maps back to
its line and column in the file.
"""

from __future__ import annotations

import json
import re
import warnings

from bs4 import BeautifulSoup, Comment, NavigableString, Tag, XMLParsedAsHTMLWarning

from ..document import Block, Document, Link, TextBuilder, align
from . import BLOCK_KINDS, BLOCK_TAGS, bare_links, find_directives, hidden_by_attributes, normalize_meta

# Where CMSs put the article, most specific first.
CONTENT_SELECTORS = (
    "[itemprop=articleBody]", "article", "main", "[role=main]",
    ".entry-content", ".post-content", ".article-content", ".article-body", ".article__body",
    ".post-body", ".story-body", "#article-body", "#main-content", "#content", ".content",
)
# Never article text, whatever they hold.
_HARD_SKIP_TAGS = frozenset((
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "canvas", "object",
    "embed", "iframe", "select", "textarea", "input", "button",
))
# Page furniture; skipped unless it holds most of the page's paragraphs (an
# ASP.NET page wraps everything in one <form>; a theme calls its article column "l-sidebar-fixed").
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


def parse(source: str, path: str, options: dict) -> Document:
    with warnings.catch_warnings():
        # An XHTML page is parsed as HTML on purpose (browsers serve text/html so); bs4's advice is not for users.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(source, "lxml")
    index = _TagIndex(soup)
    meta = _meta(soup, index)
    weights = _paragraph_weights(index)
    scope = _article_scope(soup, options.get("content_selector"), weights, index)
    walker = _Walker(source, weights)
    if scope is not None:
        walker.cursor = _source_start(source, index, scope)
        walker.scope_weight = weights.get(id(scope), 0)
        walker.walk(scope, "paragraph", 0, False)
        walker.flush("paragraph", 0)
    doc = Document(path=path, format="html", source=source, blocks=walker.blocks, meta=meta,
                   directives=find_directives(source, plain_text=False), has_structured_meta=True)
    doc.title = meta.get("title") or next(
        (b.text for b in walker.blocks if b.kind == "heading" and b.level == 1), "")
    linked = {(link.start, link.end) for link in walker.links}
    doc.links = sorted(walker.links + bare_links(walker.blocks, linked), key=lambda link: link.start)
    return doc


_NOT_PROSE = frozenset(("a", "script", "style", "title", "option", "button", "label"))
_FURNITURE_TAGS = frozenset(("nav", "footer", "aside", "header", "menu", "dialog"))


def _in_furniture(tag: Tag) -> bool:
    """Inside a navigation, footer, aside or comments element (a cheap test on tag names and ids)."""
    for node in (tag, *tag.parents):
        if node.name in _FURNITURE_TAGS:
            return True
    return False


def _paragraph_weights(index: "_TagIndex") -> dict[int, int]:
    """For each element (by id), how many characters of prose it holds.

    Prose is text runs of 30+ characters outside links (menus and link lists
    are short runs): the article body is where the prose is, the idea behind
    Readability.js. This ranks candidate containers without site-specific rules.
    """
    direct: dict[int, int] = {}
    parents: dict[int, Tag] = {}
    # Only plain text: comments, CDATA and doctype, script and style text are NavigableString subclasses.
    for string in index.prose:
        size = len(string.strip())
        parent = string.parent
        if size < 30 or parent is None or parent.name in _NOT_PROSE or _in_furniture(parent):
            continue
        direct[id(parent)] = direct.get(id(parent), 0) + size
        parents[id(parent)] = parent
    weights: dict[int, int] = {}
    for key, size in direct.items():
        node = parents[key]
        while node is not None:
            weights[id(node)] = weights.get(id(node), 0) + size
            node = node.parent
    return weights


class _TagIndex:
    """Every element by name, and the elements each content selector matches, in one pass.

    soupsieve walks the whole tree once per selector; fifteen walks cost more than
    the rest of the parse, so the simple selectors of CONTENT_SELECTORS are matched here.
    """

    def __init__(self, soup: BeautifulSoup) -> None:
        self.by_name: dict[str, list[Tag]] = {}
        self.matches: dict[str, list[Tag]] = {selector: [] for selector in CONTENT_SELECTORS}
        names, classes, attributes = {}, {}, {}
        for selector in CONTENT_SELECTORS:
            kind, value = _simple_selector(selector)
            {"name": names, "class": classes}.get(kind, attributes)[value] = selector
        self.prose: list[NavigableString] = []  # text runs long enough to be prose (see _paragraph_weights)
        matches = self.matches
        for node in soup.descendants:
            if not isinstance(node, Tag):
                if type(node) is NavigableString and len(node) >= 30:
                    self.prose.append(node)
                continue
            self.by_name.setdefault(node.name, []).append(node)
            if node.name in names:
                matches[names[node.name]].append(node)
            attrs = node.attrs
            if not attrs:
                continue
            tokens = attrs.get("class")
            if tokens:
                for token in tokens if isinstance(tokens, list) else str(tokens).split():
                    if token in classes:
                        matches[classes[token]].append(node)
            for (attribute, value), selector in attributes.items():
                found = attrs.get(attribute)
                if found and value in str(found).split():
                    matches[selector].append(node)

    def select(self, selector: str) -> list[Tag]:
        return self.matches[selector]


def _simple_selector(selector: str) -> tuple[str, object]:
    if selector.startswith("."):
        return "class", selector[1:]
    if selector.startswith("#"):
        return "attr", ("id", selector[1:])
    if selector.startswith("["):
        name, _, value = selector.strip("[]").partition("=")
        return "attr", (name, value.strip("\"'"))
    return "name", selector


def _article_scope(soup: BeautifulSoup, selector: str | None, weights: dict[int, int],
                   index: _TagIndex | None = None) -> Tag | None:
    if selector:
        return _largest(soup.select(selector))
    index = index or _TagIndex(soup)
    body = soup.body or soup
    total = weights.get(id(body), 0)
    for candidate in CONTENT_SELECTORS:
        tags = [tag for tag in index.select(candidate)
                if candidate == "[itemprop=articleBody]" or not _skipped(tag)]
        if total:
            found = max(tags, key=lambda tag: weights.get(id(tag), 0), default=None)
            # A container holding under half the paragraphs is a teaser, a widget or one of many
            # article cards on a listing page, not the article.
            if found is not None and weights.get(id(found), 0) >= 0.5 * total:
                return found
        else:
            found = _largest(tags)
            if found is not None and len(found.get_text(" ", strip=True)) >= 200:
                return found
    if not total:
        return body
    # No known container: the innermost element still holding most of the paragraphs.
    node = body
    while True:
        heaviest = max((child for child in node.children if isinstance(child, Tag)),
                       key=lambda child: weights.get(id(child), 0), default=None)
        if heaviest is None or weights.get(id(heaviest), 0) < 0.6 * total:
            return node
        node = heaviest


def _source_start(source: str, index: _TagIndex, scope: Tag) -> int:
    """Where the scope's start tag stands in the source (0 when it cannot be told).

    The tree carries no source positions, so count: the scope is the n-th
    element of its name in the tree, and the n-th ``<name`` outside comments
    and scripts in the source, when both counts agree. Without this, the
    article's first words would be matched in the page's <title> or menu.
    """
    name = getattr(scope, "name", None)
    if not name or name == "[document]":
        return 0
    same = index.by_name.get(name, [])
    body = re.search(r"<body[\s>]", source, re.I)
    fallback = body.start() if body else 0  # better than 0: never match the <head>'s <title>
    if len(same) == 1 and name in ("html", "body"):
        found = re.search(rf"<{name}[\s>]", source, re.I)
        return found.start() if found else 0
    # Comments and scripts are matched (and passed over) so that a "<div" inside them is not counted.
    opening = re.compile(rf"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<({re.escape(name)})(?=[\s>/])",
                         re.S | re.I)
    positions = [match.start() for match in opening.finditer(source) if match.group(2)]
    position = next((i for i, tag in enumerate(same) if tag is scope), None)
    if position is None or len(same) != len(positions):
        return fallback
    return positions[position]


def _largest(tags: list[Tag]) -> Tag | None:
    return max(tags, key=lambda tag: len(tag.get_text(" ", strip=True)), default=None)


def _skipped(tag: Tag) -> bool:
    if tag.name in _HARD_SKIP_TAGS or tag.name in _SKIP_TAGS:
        return True
    if tag.name == "header" and not tag.find(("h1", "h2")):
        return True
    attrs = tag.attrs
    if attrs.get("role") in _SKIP_ROLES:
        return True
    classes = attrs.get("class") or ()
    tokens = [*(classes if isinstance(classes, list) else str(classes).split()), *str(attrs.get("id") or "").split()]
    return any(_SKIP_CLASS.match(token) for token in tokens)


class _Walker:
    """Walk the article scope, building blocks and links with source offsets."""

    def __init__(self, source: str, weights: dict[int, int] | None = None) -> None:
        self.source = source
        self.weights = weights or {}
        self.scope_weight = 0
        self.cursor = 0
        self.builder = TextBuilder()
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.open_links: list[dict] = []
        self.pending_links: list[Link] = []

    def walk(self, node: Tag, kind: str, level: int, hidden: bool) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:
                    self.text(str(child), hidden)
                continue
            if not isinstance(child, Tag):
                continue
            if _skipped(child) and not self.holds_article(child):
                self.pass_over(child)
                continue
            name = child.name
            child_hidden = hidden or hidden_by_attributes(child.attrs)
            if name == "br":
                self.builder.space()
            elif name == "a" and child.get("href"):
                self.link(child, kind, level, child_hidden)
            elif name in BLOCK_TAGS:
                self.flush(kind, level)
                child_kind = BLOCK_KINDS.get(name, kind)
                # An <hr> inside a heading inherits the kind "heading" but not a level of its own.
                child_level = int(name[1]) if BLOCK_KINDS.get(name) == "heading" else level
                self.walk(child, child_kind, child_level, child_hidden)
                self.flush(child_kind, child_level)
            else:
                self.walk(child, kind, level, child_hidden)

    def holds_article(self, tag: Tag) -> bool:
        """A container skipped by its name or class that still holds most of the article."""
        if tag.name in _HARD_SKIP_TAGS or not self.scope_weight:
            return False
        return self.weights.get(id(tag), 0) >= 0.9 * self.scope_weight

    def pass_over(self, tag: Tag) -> None:
        """Move the cursor past a skipped element, so its words are not matched for later text."""
        last = None
        for string in tag.find_all(string=True):
            if type(string) is NavigableString and string.strip():
                last = str(string)
        if last is not None:
            found = self.source.find(last, self.cursor)
            # The first occurrence after the cursor is never past the real one: never overshoots.
            if found != -1 and _outside_tag_at(self.source, found):
                self.cursor = found + len(last)

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
        self.open_links.pop()  # by position: an empty record equals another empty one
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
        link = Link(href, " ".join(record["text"].split()), start, end,
                    rel=tuple(r.lower() for r in rel), hidden=hidden, html=True)
        self.links.append(link)
        self.pending_links.append(link)

    def flush(self, kind: str, level: int) -> None:
        if not self.builder:
            self.builder = TextBuilder()
            return
        text, offsets = self.builder.build()
        self.builder = TextBuilder()
        block = Block(text=text, offsets=offsets, kind=kind, level=level if kind == "heading" else 0)
        self.blocks.append(block)
        # The links met since the last block belong to this one (a hidden link may lie past its text).
        for link in self.pending_links:
            link.block = block
        self.pending_links = []


def _outside_tag_at(source: str, offset: int) -> bool:
    return source.rfind("<", 0, offset) <= source.rfind(">", 0, offset)


def _meta(soup: BeautifulSoup, index: _TagIndex) -> dict:
    meta: dict = {}
    for data in _json_ld(index):
        normalize_meta({k: data.get(k) for k in ("author", "reviewedBy", "datePublished", "dateModified",
                                                 "lastReviewed", "headline", "inLanguage") if data.get(k)},
                       meta)
    raw = {}
    for tag in index.by_name.get("meta", ()):
        key = tag.get("name") or tag.get("property") or tag.get("itemprop")
        if key and tag.get("content"):
            raw.setdefault(str(key), tag.get("content"))
    normalize_meta(raw, meta)
    html = next(iter(index.by_name.get("html", ())), None)
    if html is not None and html.get("lang"):
        meta.setdefault("lang", str(html.get("lang")))
    title = next(iter(index.by_name.get("title", ())), None)
    if title is not None and title.string and "title" not in meta:
        meta["title"] = title.string.strip()
    time = next((tag for tag in index.by_name.get("time", ()) if tag.get("datetime")), None)
    if time is not None:
        meta.setdefault("published", str(time.get("datetime")))
    return meta


def _json_ld(index: _TagIndex) -> list[dict]:
    found = []
    for script in index.by_name.get("script", ()):
        if str(script.get("type") or "").strip().lower() != "application/ld+json":
            continue
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
