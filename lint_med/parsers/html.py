"""HTML: the article body of a page, with exact source positions.

lxml builds the tree in C with libxml2's HTML parser (the parser beautifulsoup4
uses with "lxml", so pages read the same); each text node is then found in the
source in document order, so every character of the article maps back to its
line and column in the file.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from functools import cache, lru_cache, partial
from html import escape as _escape
from importlib.resources import files
from typing import Iterator

from lxml import etree

from ..document import (Block, CharactersHeld, Document, Link, Markup, TextBuilder, align, find_text, outside_tag,
                        url_host)
from . import (ADDRESS_ATTRIBUTES, ADDRESS_NOT_SHOWN, ADDRESS_WORDS_IN_ATTRIBUTES, BLOCK_KINDS, BLOCK_TAGS, FRAMES,
               NEVER_SHOWN, SVG_NOT_SHOWN, addresses_in, carried_addresses, diagram_links, element_addresses,
               find_directives,
               followed_address, inner_sign, markup_script, message_addresses, no_size, normalize_meta, overrides, pasted_addresses,
               styled_addresses, text_links, structured_addresses)
from .styles import CANVAS, StyleSheet, background, colour, declarations, hides, invisible_on, marquee_style, tiny_font

Element = etree._Element

def parse(source: str, path: str, options: dict) -> Document:
    root = parse_tree(source)
    walker = _Walker(source)
    meta: dict = {}
    directive_comment = None  # not known without a tree: find_directives scans the page
    if root is not None:
        index = _TagIndex(root)
        directive_comment = index.directive_comment
        meta = _meta(index)
        weights = _paragraph_weights(index)
        selector = options.get("content_selector")
        scope = _article_scope(root, selector, weights, index)
        furniture = _furniture_in(scope, weights) if scope is not None and not selector else set()
        if furniture and _weight(furniture, weights) >= 0.5 * weights.get(scope, 0):
            # Mostly teaser cards: a stream of other stories was taken for the article. Choose again
            # as if the cards were not there.
            weights = _without(weights, furniture)
            scope = _article_scope(root, None, weights, index)
            furniture = _furniture_in(scope, weights)
        if scope is not None:
            walker.weights, walker.opaque, walker.furniture = weights, index.opaque, furniture
            walker.styles = _style_sheet(index)
            walker.canvas = _canvas(index)
            walker.cursor = _source_start(source, index, scope)
            walker.scope_weight = weights.get(scope, 0)
            walker.own_hosts = _own_hosts(index)
            walker.anchors = index.by_name.get("a", [])
            walker.carrying = index.carrying
            walker.walk(scope, "paragraph", 0, False)
            walker.flush("paragraph", 0)
    doc = Document(path=path, format="html", source=source, blocks=walker.blocks, meta=meta,
                   directives=find_directives(source, plain_text=False, in_comments=directive_comment),
                   has_structured_meta=True, markup=_markup(index) if root is not None else None)
    doc.title = meta.get("title") or next(
        (b.text for b in walker.blocks if b.kind == "heading" and b.level == 1), "")
    linked = {(link.start, link.end) for link in walker.links}
    doc.links = sorted(walker.links + text_links(walker.blocks, linked, source),
                       key=lambda link: link.start)
    return doc


def read_fragment(source: str, html: str, start: int, end: int) -> tuple[list[Block], list[Link]]:
    """The blocks and links of ``html``, a fragment of HTML that stands in ``source[start:end]`` (raw
    HTML in Markdown), read as a page's article is read: hidden elements, <noscript>, <noframes>, SVG
    and MathML as a browser shows them (see _Walker.walk). Nothing in it is page furniture: its author
    wrote it into the article. Links after its last text belong to its last block."""
    root = parse_tree("<body>" + html)  # in the body, where libxml2 would put a <noframes> first in the head
    body = next(root.iter("body"), None) if root is not None else None
    if body is None:
        return [], []
    walker = _Walker(source)
    index = _TagIndex(root)
    walker.cursor, walker.end, walker.opaque, walker.whole = start, end, index.opaque, True
    walker.carrying = index.carrying
    # the fragment's own <style> rules, read as a page's are (a rule slipped in beside the links it hides)
    walker.styles = _style_sheet(index)
    walker.walk(body, "paragraph", 0, False)
    walker.flush("paragraph", 0)
    if walker.blocks:
        for link in walker.pending_links:
            link.block = walker.blocks[-1]
    return walker.blocks, walker.links


def parse_tree(source: str) -> Element | None:
    """The page's element tree (None for a page with no element at all).

    libxml2 stops building a tree at a nesting depth of 2048 (256 without
    ``huge_tree``) and drops the rest of the page; such a page is built again
    from the parser's events, which have no depth limit (see _EventTree).
    """
    parser = etree.HTMLParser(recover=True, huge_tree=True)
    parser.feed(source)
    root = parser.close()
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.feed_error_log):
        target = _EventTree()
        parser = etree.HTMLParser(recover=True, huge_tree=True, target=target)
        parser.feed(source)
        root = parser.close()
    return root


class _EventTree:
    """Build the tree from parser events, for pages nested deeper than libxml2 builds trees.

    Attributes whose names lxml's element API refuses (``xml:lang`` on an HTML
    page) are left out; tag names it refuses become ``span``.
    """

    def __init__(self) -> None:
        self.root: Element | None = None
        self.stack: list[Element] = []
        self.last: Element | None = None  # the node whose tail the next text extends
        self.outside: list[tuple[bool, Element]] = []  # comments outside the root element: (before it, comment)

    def _add(self, node: Element) -> None:
        if self.stack:
            self.stack[-1].append(node)
        elif self.root is None:
            self.root = node
        self.last = node

    def start(self, tag: str, attrib: dict) -> None:
        try:
            element = etree.Element(tag)
        except ValueError:
            element = etree.Element("span")
        for name, value in attrib.items():
            try:
                element.set(name, value)
            except ValueError:
                continue
        self._add(element)
        self.stack.append(element)
        self.last = None

    def end(self, tag: str) -> None:
        self.last = self.stack.pop()

    def data(self, text: str) -> None:
        if self.last is not None:
            self.last.tail = (self.last.tail or "") + text
        elif self.stack:
            self.stack[-1].text = (self.stack[-1].text or "") + text

    def comment(self, text: str) -> None:
        node = etree.Comment(text.replace("--", "- -").rstrip("-"))
        if self.stack:
            self._add(node)
        else:  # before or after the root element: its sibling, as in libxml2's tree (a directive may stand there)
            self.outside.append((self.root is None, node))

    def close(self) -> Element | None:
        if self.root is not None:
            for before, node in reversed(self.outside):
                if before:
                    self.root.addprevious(node)
                else:
                    self.root.addnext(node)
        return self.root


def _content(element: Element) -> Iterator[str | Element]:
    """An element's text and children in document order: its text, then each child and the child's tail."""
    if element.text is not None:
        yield element.text
    for child in element:
        yield child
        if child.tail is not None:
            yield child.tail


def _only_text(element: Element) -> str | None:
    """The text of an element that holds nothing but text (like bs4's ``.string``)."""
    return element.text if len(element) == 0 else None


# Where CMSs put the article, most specific first.
CONTENT_SELECTORS = (
    "[itemprop=articleBody]", "article", "main", "[role=main]",
    ".entry-content", ".post-content", ".article-content", ".article-body", ".article__body",
    ".post-body", ".story-body", "#article-body", "#main-content", "#content", ".content",
)
# Never article text, whatever they hold.
_HARD_SKIP_TAGS = frozenset((
    "script", "style", "template", "head", "title", "meta", "link", "canvas", "object",
    "embed", "select", "textarea", "input", "button", *FRAMES,
))
# Page furniture; skipped unless it holds most of the page's paragraphs (an
# ASP.NET page wraps everything in one <form>; a theme calls its article column "l-sidebar-fixed").
_SKIP_TAGS = frozenset((
    "script", "style", "template", "nav", "footer", "aside", "form", "button", "select",
    "input", "textarea", "iframe", "canvas", "head", "title", "meta", "link", "object", "embed",
    "dialog", "menu",
))
_SKIPPED_TAGS = _HARD_SKIP_TAGS | _SKIP_TAGS
# The skipped elements that may send the browser to another page (themselves or their buttons and options).
_ADDRESS_HOLDERS = frozenset((*FRAMES, "embed", "object", "form", "button", "input", "select", "meta", "link"))
_SKIP_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "search", "dialog"))
# A class or id token naming page furniture: "comments", "post-share", "related-posts".
_SKIP_CLASS = re.compile(
    r"^(?:(?!has|with|no|is)[a-z0-9]+[-_])?(comments?|comment-respond|respond|share|sharing|sharedaddy|"
    r"social|related|relatedposts|sidebar|widget|newsletter|subscribe|cookies?|consent|breadcrumbs?|"
    r"advert|advertisement|ads|promo|popup|modal|skip-link|screen-reader-text|sr-only|visually-hidden|"
    r"off-?screen|outbrain|taboola|teasers?|recommended|recommendations|trending|gallery|"
    r"site-header|site-footer|navbar|nav|menu|pagination|post-navigation|tag-links|author-box)"
    r"(?:[-_][a-z0-9]+)*$", re.I)


# The <style> elements whose rules are read for hiding (styles.py): a rule slipped into a page is a
# short <style>; a theme's whole stylesheet (tens of kilobytes) hides menus and tabs it shows in ways
# a simple matcher cannot follow, and reading it would cost more than the rest of the parse.
_STYLE_READ_CHARS = 5000


def _style_sheet(index: _TagIndex) -> StyleSheet | None:
    """The rules of the page's (or fragment's) short <style> elements, or None when they hold none."""
    sheet = StyleSheet([tag.text for tag in index.by_name.get("style", ())
                        if tag.text and len(tag.text) <= _STYLE_READ_CHARS])
    return sheet if sheet else None


def _canvas(index: _TagIndex) -> str | None:
    """The browser's white canvas behind a page that can set no other: it links or imports no
    stylesheet and every <style> of it was read (so a background on <html> or <body> would have been seen while
    walking up to the root). None when the page's CSS is not all known."""
    if any("stylesheet" in (tag.get("rel") or "").lower() for tag in index.by_name.get("link", ())):
        return None
    if any(tag.text and (len(tag.text) > _STYLE_READ_CHARS or "@import" in tag.text)
           for tag in index.by_name.get("style", ())):
        return None
    return CANVAS


# Text inside these is code, a template, a ruby annotation or markup kept as text (libxml2 keeps
# <noframes> so; see _Walker.noframes), never article prose.
_OPAQUE_TAGS = ("script", "style", "template", "rt", "rp", "noframes", "annotation", "annotation-xml")
_NOT_PROSE = frozenset(("a", "script", "style", "title", "option", "button", "label"))
_FURNITURE_TAGS = frozenset(("nav", "footer", "aside", "header", "menu", "dialog"))


# MathML's tokens, and SVG's <tspan> (when placed on a line of its own): drawn apart from what comes before.
_DRAWN_APART = frozenset(("mi", "mn", "mo", "ms", "mtext", "tspan"))
# Elements the walk reads in their own way (see _Walker.walk).
# Elements that show their content as text, markup and all (HTML's obsolete <xmp>, <plaintext>, <listing>): code
# shown, read as text when shown (`parsers.pasted_links`), its addresses carried when hidden (as a <textarea>'s).
_MARKUP_AS_TEXT = frozenset(("xmp", "plaintext", "listing"))
_EMBEDDED = _DRAWN_APART | _MARKUP_AS_TEXT | {"svg", "noscript", "noframes", "datalist", "rp", "annotation",
                                                "annotation-xml"}
# Elements whose attributes alone may hide their text (<font color>, <marquee height="1">): see Reader.hidden.
_STYLED_BY_ATTRIBUTES = frozenset(("font", "marquee"))



def _in_furniture(tag: Element) -> bool:
    """Inside a navigation, footer, aside or comments element (a cheap test on tag names)."""
    if tag.tag in _FURNITURE_TAGS:
        return True
    return any(node.tag in _FURNITURE_TAGS for node in tag.iterancestors())


def _in_furniture_known(tag: Element, known: dict[Element, bool]) -> bool:
    """_in_furniture(tag), with the answer for each element on the way up kept in ``known``: a
    page's prose runs share their ancestors, which the plain test walks up through again for each."""
    path = []
    node, found = tag, False
    while node is not None:
        answer = known.get(node)
        if answer is not None:
            found = answer
            break
        if node.tag in _FURNITURE_TAGS:
            found = True
            break
        path.append(node)
        node = node.getparent()
    for element in path:
        known[element] = found
    return found


def _paragraph_weights(index: "_TagIndex") -> dict[Element, int]:
    """For each element, how many characters of prose it holds.

    Prose is text runs of 30+ characters outside links (menus and link lists
    are short runs): the article body is where the prose is, the idea behind
    Readability.js. This ranks candidate containers without site-specific rules.
    """
    direct: dict[Element, int] = {}
    known: dict[Element, bool] = {}  # see _in_furniture_known
    for size, parent in index.prose:  # (each run's stripped size, 30 or more)
        if parent is None or parent.tag in _NOT_PROSE or _in_furniture_known(parent, known):
            continue
        direct[parent] = direct.get(parent, 0) + size
    weights: dict[Element, int] = {}
    for node, size in direct.items():
        while node is not None:
            weights[node] = weights.get(node, 0) + size
            node = node.getparent()
    return weights


class _TagIndex:
    """Every element by name, and the elements each content selector matches, in one pass.

    It also keeps every element's Python proxy alive while the page is parsed:
    lxml makes a new proxy (a new identity) for a node whose proxy was freed,
    and the weights are keyed by element.
    """

    def __init__(self, root: Element) -> None:
        self.root = root
        self.by_name: dict[str, list[Element]] = {}
        self.matches: dict[str, list[Element]] = {selector: [] for selector in CONTENT_SELECTORS}
        names, classes, attributes = {}, {}, {}  # attributes: name -> {wanted token: selector}
        for selector in CONTENT_SELECTORS:
            kind, value = _simple_selector(selector)
            if kind == "attr":
                attributes.setdefault(value[0], {})[value[1]] = selector
            else:
                {"name": names, "class": classes}[kind][value] = selector
        # Text runs long enough to be prose (see _paragraph_weights): the size of each, stripped, 30 characters or
        # more, with the element holding it. (Most runs of 30 characters are the spaces that indent the source: the
        # stripped size is tested here, which spares them the look-up of their parent.)
        self.prose: list[tuple[int, Element | None]] = []
        matches, by_name, prose = self.matches, self.by_name, self.prose
        # each distinct class value with the selectors it matches; for the page's Markup (see _markup)
        # also its elements with an itemprop and its rel values
        class_selectors: dict[str, tuple[str, ...]] = {}
        itemprops: list[Element] = []
        rels: list[str] = []
        carrying: set[Element] = set()
        asked = attributes.keys() | {"itemprop", "rel"}  # the attributes read besides class
        # whether a comment holds a lint-med directive (find_directives): the comments before and after
        # the root element, and those met in the pass below
        directive_comment = any("lint-med:" in (node.text or "") for node in
                                itertools.chain(root.itersiblings(preceding=True), root.itersiblings()))
        for node in root.iter():
            name = node.tag
            tail = node.tail
            if tail is not None and len(tail) >= 30:
                size = len(tail.strip())
                if size >= 30:
                    prose.append((size, node.getparent()))
            if not isinstance(name, str):  # a comment or processing instruction: only its tail is text
                directive_comment = directive_comment or "lint-med:" in (node.text or "")
                continue
            text = node.text
            if text is not None and len(text) >= 30:
                size = len(text.strip())
                if size >= 30:
                    prose.append((size, node))
            if name in by_name:
                by_name[name].append(node)
            else:
                by_name[name] = [node]
            if name in names:
                matches[names[name]].append(node)
            # One call for all the element's attributes (most have one or two) costs less than a look-up
            # of each attribute wanted; not node.attrib, which makes a proxy object per element.
            for attribute, value in node.items():
                if attribute == "class":
                    if value:
                        selected = class_selectors.get(value)
                        if selected is None:  # the first element with this class value: pages repeat them
                            tokens = value.split()
                            selected = class_selectors[value] = () if classes.keys().isdisjoint(tokens) else \
                                tuple(classes[token] for token in tokens if token in classes)
                        for selector in selected:
                            matches[selector].append(node)
                    continue
                if attribute in asked:  # a selector's attribute, itemprop or rel (few of the others)
                    wanted = attributes.get(attribute)
                    if wanted is not None and value:
                        found = value.split()
                        for token, selector in wanted.items():
                            if token in found:
                                matches[selector].append(node)
                    if attribute == "itemprop":
                        itemprops.append(node)
                    elif attribute == "rel" and value:
                        rels.append(value)
                # an attribute that may carry an address (`carried_addresses`): with a dot (every address and
                # site name has one), not a link's own href (nor a class: above), a picture's only with an address
                # inside its own (most pages' pictures have none: their elements are not asked)
                if "." in value and attribute not in _NOT_CARRYING \
                        and not (attribute == "href" and (name == "a" or name == "area")) \
                        and (attribute not in _DRAWN or inner_sign(value)):
                    carrying.add(node)
        self.directive_comment = directive_comment
        self.carrying = carrying
        self.class_values, self.itemprops, self.rels = set(class_selectors), itemprops, rels
        # Elements whose text is not prose: everything inside a script, style, template or ruby annotation.
        self.opaque: set[Element] = {inner for name in _OPAQUE_TAGS for tag in self.by_name.get(name, ())
                                     for inner in tag.iter()}
        if self.opaque:
            self.prose = [(size, parent) for size, parent in self.prose if parent not in self.opaque]

    def select(self, selector: str) -> list[Element]:
        return self.matches[selector]

    @property
    def body(self) -> Element | None:
        return next(iter(self.by_name.get("body", ())), None)


def _simple_selector(selector: str) -> tuple[str, object]:
    if selector.startswith("."):
        return "class", selector[1:]
    if selector.startswith("#"):
        return "attr", ("id", selector[1:])
    if selector.startswith("["):
        name, _, value = selector.strip("[]").partition("=")
        return "attr", (name, value.strip("\"'"))
    return "name", selector


def _article_scope(root: Element, selector: str | None, weights: dict[Element, int],
                   index: _TagIndex | None = None) -> Element | None:
    index = index or _TagIndex(root)
    if selector:
        from cssselect import SelectorError
        from lxml.cssselect import CSSSelector

        try:
            matching = CSSSelector(selector, translator="html")
        except SelectorError as exc:
            raise ValueError(f"content-selector {selector!r} is not a CSS selector lint-med reads ({exc})") from None
        return _largest(matching(root), index.opaque)
    body = index.body
    body = root if body is None else body
    total = weights.get(body, 0)
    for candidate in CONTENT_SELECTORS:
        tags = [tag for tag in index.select(candidate)
                if candidate == "[itemprop=articleBody]" or not _skipped(tag)]
        if total:
            found = max(tags, key=lambda tag: weights.get(tag, 0), default=None)
            # A container holding under half the paragraphs is a teaser, a widget or one of many
            # article cards on a listing page, not the article.
            if found is not None and weights.get(found, 0) >= 0.5 * total:
                return found
        else:
            found = _largest(tags, index.opaque)
            if found is not None and _text_length(found, index.opaque) >= 200:
                return found
    if not total:
        return body
    # No known container: the innermost element still holding most of the paragraphs.
    node = body
    while True:
        heaviest = max((child for child in node if isinstance(child.tag, str)),
                       key=lambda child: weights.get(child, 0), default=None)
        if heaviest is None or weights.get(heaviest, 0) < 0.6 * total:
            return node
        node = heaviest


# A comment after its "<" (plainly "!--.*?-->" with re.S: up to the first "-->"), and the rest
# of an element up to its end tag, whose name is group 1 (plainly ".*?</\1\s*>": the first
# such end tag). Written out so that the regex engine runs over the text between one "-" or
# "<" and the next in a C loop: a lazy ".*?" tries the rest of the pattern at every
# character, and a page's scripts are hundreds of kilobytes. A test compares the two forms.
_COMMENT_REST = r"!--[^-]*(?:-(?!->)[^-]*)*-->"
_UNTIL_END_TAG_1 = r"[^<]*(?:<(?!/\1\s*>)[^<]*)*</\1\s*>"


def _source_start(source: str, index: _TagIndex, scope: Element) -> int:
    """Where the scope's start tag stands in the source (0 when it cannot be told).

    libxml2 gives each element its line but no column, so count: the scope is the
    n-th element of its name in the tree, and the n-th ``<name`` outside comments
    and scripts in the source, when both counts agree. Without this, the
    article's first words would be matched in the page's <title> or menu.
    """
    name = scope.tag
    if scope is index.root and index.body is None:  # a page without a body: read it all
        return 0
    body = _body_start(source)  # better than 0: never match the <head>'s <title>
    if name == "body" and len(index.by_name["body"]) == 1:
        return body
    if len(index.by_name.get(name, [])) == 1 and name == "html":
        found = re.search(r"<html[\s>]", source, re.I)
        return found.start() if found else 0
    same = index.by_name.get(name, [])
    # Comments and scripts are matched (and passed over) so that a "<div" inside them is not counted.
    # One leading "<" outside the alternatives lets the regex engine skip to each "<" in C.
    opening = re.compile(rf"<(?:{_COMMENT_REST}|(script|style)\b{_UNTIL_END_TAG_1}|({re.escape(name)})(?=[\s>/]))",
                         re.S | re.I)
    positions = [match.start() for match in opening.finditer(source) if match.group(2)]
    position = next((i for i, tag in enumerate(same) if tag is scope), None)
    if position is None or len(same) != len(positions):
        return body
    return positions[position]


# What may stand before the body's content: space, a byte order mark, comments, a doctype, end
# tags (libxml2 drops those it has no element for), <html>, <head> and what libxml2 keeps in the
# head (with the text of those whose text is not markup).
_HEAD_MATERIAL = re.compile(
    rf"[\s\ufeff]+|<{_COMMENT_REST}|<[!?][^>]*>|</[^>]*>|<(?:html|head|meta|link|base)(?=[\s>/])[^>]*>"
    rf"|<(title|script|style|noscript|template)(?=[\s>/]){_UNTIL_END_TAG_1}", re.S | re.I)


def _body_start(source: str) -> int:
    """Where the body's content starts in the source: its <body> tag, or what stands before it.

    libxml2 moves text and elements that stand before <body> (other than the head's
    elements) into the body, so the body's first text may come before its tag.
    """
    position = 0
    while True:
        found = _HEAD_MATERIAL.match(source, position)
        if found is None or found.end() == position:
            return position
        position = found.end()


def _strings(tag: Element, opaque: set[Element]) -> Iterator[str]:
    """The prose text runs inside an element (not its tail), in document order."""
    for text in tag.xpath(".//text()"):
        owner = text.getparent()
        if text.is_tail:
            owner = owner.getparent()
        if owner not in opaque:
            yield str(text)


# The last text node inside an element that is more than XML's spaces (space, tab, line breaks),
# found in C: a Python blank (only spaces, of any kind) is always one of XML's.
_LAST_UNBLANK = etree.XPath("(.//text()[normalize-space()])[last()]")


def _last_string(tag: Element, opaque: set[Element]) -> str | None:
    """The last of `_strings(tag, opaque)` that is not blank, or None.

    Plainly: the last non-blank string of _strings. The last text node XPath finds not blank is it
    when Python finds it not blank and it is prose: every text node after it is blank."""
    found = _LAST_UNBLANK(tag)
    if not found:
        return None
    text = found[0]
    owner = text.getparent().getparent() if text.is_tail else text.getparent()
    if text.strip() and owner not in opaque:
        return str(text)
    last = None
    for string in _strings(tag, opaque):
        if string.strip():
            last = string
    return last


def _text_length(tag: Element, opaque: set[Element]) -> int:
    """The length of the element's text, stripped runs joined by spaces."""
    return len(" ".join(s for s in (s.strip() for s in _strings(tag, opaque)) if s))


def _largest(tags: list[Element], opaque: set[Element]) -> Element | None:
    return max(tags, key=lambda tag: _text_length(tag, opaque), default=None)


def _skipped(tag: Element) -> bool:
    name = tag.tag
    if name in _SKIPPED_TAGS:
        # A <footer> inside a <blockquote> is the quotation's attribution ("— Dr X, <a>"), part of
        # the quote and so of the article, not the page's footer.
        return not (name == "footer" and _parent_tag(tag) == "blockquote")
    if name == "header" and next(tag.iterdescendants("h1", "h2"), None) is None:
        return True
    get = tag.get
    if get("role") in _SKIP_ROLES or get("aria-hidden") == "true":
        return True
    return _furniture_tokens(get("class"), get("id"))


# Furniture boxes that hold writing (a list of further reading, a comment, an author's bio), as
# against widgets (share bars, advertisements, newsletter forms, menus), which link elsewhere by nature.
_WRITING_BOX = re.compile(r"^(?:[a-z0-9]+[-_])?(related|relatedposts|comment|author-box|author-bio)"
                          r"(?:[-_][a-z0-9]+)*$", re.I)


# A margin note's (a sidenote's) class, Tufte CSS's "marginnote" and "sidenote" and their like: an inline element
# the page's CSS floats out of the sentence into the margin, a block of its own (a note), as a footnote is.
_MARGIN_NOTE = re.compile(r"^(?:margin|side)[-_]?notes?$", re.I)


def _margin_note(element: Element) -> bool:
    classes = element.get("class")
    return classes is not None and "note" in classes.lower() and any(map(_MARGIN_NOTE.match, classes.split()))


@lru_cache(maxsize=4096)
def _writing_box(classes: str | None, ids: str | None) -> bool:
    """A box of writing by its class or id, and by no widget's name ("taboola", "share", "ads")."""
    tokens = (*(classes or "").split(), *(ids or "").split())
    writing = [bool(_WRITING_BOX.match(token)) for token in tokens]
    return any(writing) and not any(_SKIP_CLASS.match(token) and not is_writing
                                    for token, is_writing in zip(tokens, writing))


def _own_hosts(index: "_TagIndex") -> frozenset[str]:
    """The hosts the page names as its own address (<link rel=canonical>, og:url)."""
    urls = [tag.get("href") for tag in index.by_name.get("link", ())
            if "canonical" in (tag.get("rel") or "").lower()]
    urls += [tag.get("content") for tag in index.by_name.get("meta", ()) if tag.get("property") == "og:url"]
    return frozenset(host for host in (url_host(url.strip()) for url in urls if url) if host)


def _links_elsewhere(box: Element, own_hosts: frozenset[str]) -> bool:
    """The box (a box of writing, a <nav> inside the article, or a small <aside> or <footer> in it:
    a line or two, not a sidebar) holds a link, and every link of it that leaves the page goes to
    another site: none is relative or to the page's own host, or carries the page's own address (a
    share button); links within the page, "#respond", mailto: do not count."""
    if box.tag in _HARD_SKIP_TAGS or not (box.tag == "nav" or _writing_box(box.get("class"), box.get("id"))
                                          or box.tag in _SMALL_BOX_TAGS and _small_box(box)):
        return False
    found = False
    for anchor in box.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        host = url_host(href)
        if not host or host in own_hosts or any(host.endswith("." + own) or own.endswith("." + host)
                                                for own in own_hosts):
            return False  # (a site's blog links its main site: the same site)
        if any(own in href for own in own_hosts):
            return False  # a share or save button: it sends this page's own address elsewhere
        found = True
    return found


def _one_site_off(box: Element, own_hosts: frozenset[str], page_anchors: list[Element]) -> bool:
    """A short box of the page's furniture inside the article (a cookie notice, a language switcher, a
    share bar, a pingback list, a widget: any name), `_SMALL_BOX_WORDS` words at most, that links exactly
    one site other than the page's, a site the page links nowhere else: the rest of its links stay on the
    page's site (relative, its own host) or within the page, none carries an address in its query nor goes
    to a social site (a share, save or follow button: `_social`), and the outside address does not name the page's site (its partner's
    "nytreprints", its page on a social site "/Breitbart"). The box exists for the page's own sake; the
    one outside business in it, found nowhere else on the page, was placed there: it is read like the
    article, where LM101 judges it as a link in the page's furniture (`_furniture_off_subject`)."""
    if box.tag in _HARD_SKIP_TAGS or box.tag in ("a", "form") or next(box.iter("a"), None) is None \
            or next(itertools.islice(box.iter("a"), _SMALL_BOX_LINKS, None), None) is not None:
        return False  # (no link; a menu's many links)
    text = _TEXT_OF(box)  # (in C: the box's strings are not walked in Python)
    if len(text) > _SMALL_BOX_CHARS or len(text.split()) > _SMALL_BOX_WORDS:
        return False
    site = ""
    for anchor in box.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        host = url_host(href)
        if not host or _same_site(host, own_hosts):
            continue  # (the page's own site, or the site it is part of)
        if _CARRIES_ADDRESS.search(href.partition("?")[2]) or site and host != site or _social(host) \
                or any(_site_name(own)[:3] in href.lower() for own in own_hosts):
            return False
        site = host
    if not site:
        return False
    inside = set(box.iter("a"))
    return not any(site in href and url_host(href.strip()) == site  # (the literal test first: most hold none)
                   for anchor in page_anchors if (href := anchor.get("href")) and anchor not in inside)


@cache
def _social_hosts() -> frozenset[str]:
    from . import _address_data
    return frozenset(_address_data()["social_hosts"])


def _social(host: str) -> bool:
    """A share or follow button's site (addresses.toml, social_hosts), or a host below one."""
    hosts = _social_hosts()
    return host in hosts or any(host.endswith("." + social) for social in hosts)


def _site_name(host: str) -> str:
    """A host's name before its public suffix, roughly: "nytimes" of "nytimes.com", "bbc" of "bbc.co.uk"."""
    labels = host.split(".")
    return next((label for label in reversed(labels[:-1]) if len(label) > 3), labels[0])


def _same_site(host: str, own_hosts: frozenset[str]) -> bool:
    """The page's own host, one of its subdomains, the site it is part of, or a host of the same name
    ("fotografia.folha.uol.com.br" of "www1.folha.uol.com.br")."""
    return host in own_hosts or any(host.endswith("." + own) or own.endswith("." + host)
                                    or _site_name(host) == _site_name(own) for own in own_hosts)


_TEXT_OF = etree.XPath("string()")
_UNLINKED_TEXT = etree.XPath(".//text()[not(ancestor::a)]", smart_strings=False)


# An address in a query (a share button's "u=https%3A%2F%2F...", a redirect's "url=//..."), percent-encoded or not.
_CARRIES_ADDRESS = re.compile(r"(?:https?(?::|%3A)|%2F%2F|=//)", re.I)


# Elements a page keeps apart from its article (a sidebar, the page's footer), read as the article when
# one inside it is a line or two of words whose links all go to other sites: a newsletter blurb's or an
# event's sponsor link, a credit line; a sidebar of the site's own teasers is longer or links home.
_SMALL_BOX_TAGS = frozenset(("aside", "footer"))
_SMALL_BOX_WORDS = 40
_SMALL_BOX_CHARS = 40 * _SMALL_BOX_WORDS  # (a box's text this long, its indentation too, is no line or two)
_SMALL_BOX_LINKS = 12  # (nor is a box of this many links, a menu: a speed bound for _one_site_off)


def _small_box(box: Element) -> bool:
    words = 0
    for text in box.itertext():
        words += len(text.split())
        if words > _SMALL_BOX_WORDS:
            return False
    return True


# A box set between two paragraphs of the article's own flow is something its writer put in the text (a
# pasted newsletter, a proverb in a box), read as the article, unless it is a site's widget by its
# structure: a form (a signup box), its own navigation, or links and little text of its own (an ad slot,
# a "Read more" line).
_BOX_NAMED_TAGS = frozenset(("aside",))  # skipped by tag, yet a writer's box as often as a sidebar
_SENTENCE_WORDS = 4
_WIDGET_TAGS = ("form", "input", "button", "select", "textarea", "iframe", "nav", "menu", "script")


def _paragraph_beside(box: Element, preceding: bool) -> bool:
    """The nearest sibling element of the box that shows text, before or after it, is a paragraph."""
    for sibling in box.itersiblings(preceding=preceding):
        if isinstance(sibling.tag, str) and _TEXT_OF(sibling).strip():
            return sibling.tag == "p"
    return False


def _pasted_box(box: Element) -> bool:
    """A box skipped only by its class, id or <aside> tag (not its role, not hidden) that stands between
    two paragraphs and holds no widget (`_WIDGET_TAGS`), twice as many words as its links hold and a run of
    words outside links that reads as a sentence, not a label ("Like this:", "Loading...", "Advertisement")."""
    get = box.get
    if box.tag not in _BOX_NAMED_TAGS and (box.tag in _SKIPPED_TAGS or box.tag == "header"
                                           or not _furniture_tokens(get("class"), get("id"))):
        return False
    if get("role") in _SKIP_ROLES or get("aria-hidden") == "true":
        return False
    if not (_paragraph_beside(box, True) and _paragraph_beside(box, False)):
        return False
    if next(box.iter(*_WIDGET_TAGS), None) is not None:
        return False
    words = len(_TEXT_OF(box).split())
    linked = sum(len(_TEXT_OF(anchor).split()) for anchor in box.iter("a"))
    return words > 2 * linked and any(len(run.split()) >= _SENTENCE_WORDS for run in _UNLINKED_TEXT(box))


_DIALOG_ROLES = frozenset(("dialog", "alertdialog"))


def _dialog_in_text(box: Element) -> bool:
    """A dialog (role "dialog" or "alertdialog", an open <dialog>) standing between two paragraphs of the article:
    a box drawn over the text where it was put, read as the text is in Markdown and plain text, which have no
    dialogs (a site's own modal, a login or a cookie notice, stands at the page's end, outside the article's prose;
    the caller asks that its links leave the site). Its widgets are part of it (a check box, a button)."""
    if box.get("role") not in _DIALOG_ROLES and not (box.tag == "dialog" and box.get("open") is not None):
        return False
    return box.get("aria-hidden") != "true" and _paragraph_beside(box, True) and _paragraph_beside(box, False)


def _links_own_site(box: Element, own_hosts: frozenset[str]) -> bool:
    """A link of the box goes to the page's own site (or the site it is part of): the site's own box."""
    return bool(own_hosts) and any((host := url_host((anchor.get("href") or "").strip())) and _same_site(host, own_hosts)
                                   for anchor in box.iter("a"))


def _parent_tag(tag: Element) -> str:
    parent = tag.getparent()
    return parent.tag if parent is not None else ""


@lru_cache(maxsize=4096)
def _furniture_tokens(classes: str | None, ids: str | None) -> bool:
    """A class or id token names page furniture (pages repeat the same class strings)."""
    return any(_SKIP_CLASS.match(token) for token in (*(classes or "").split(), *(ids or "").split()))


_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


@cache
def _furniture_headings() -> tuple[frozenset[str], tuple[str, ...]]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib
    data = tomllib.loads(files(__package__).joinpath("furniture.toml").read_text(encoding="utf-8"))
    return frozenset(data["headings"]), tuple(f"{start} " for start in data["heading_starts"])


def _is_furniture_heading(text: str) -> bool:
    """ "Related articles", "You may also like", "Leave a comment", "More from Health"..."""
    whole, starts = _furniture_headings()
    text = " ".join(text.lower().split()).rstrip(":.!?…")
    return text in whole or text.startswith(starts)


def _is_teaser_heading(heading: Element) -> bool:
    """A heading all of whose text is a link to another page: the title of a teaser card."""
    text = "".join(heading.itertext()).split()
    linked = [word for a in heading.iter("a") if not (a.get("href") or "#").strip().startswith("#")
              for word in "".join(a.itertext()).split()]
    return bool(text) and linked == text


def _furniture_in(scope: Element, weights: dict[Element, int]) -> set[Element]:
    """Teaser cards and furniture boxes inside the article's container, to pass over like a sidebar.

    A furniture heading ("Related", "You may also like") opens a box: the largest element around
    it that starts with it, holds no other heading and little of the page's prose. A heading
    with no box of its own stands in the article's flow: text pasted with the article, which
    is the article as served (rule LM401 reports it), so it stays.
    Teaser cards: when two or more headings below h1 are wholly links to other pages, each in an
    element of its own (the largest around it that holds no other heading and little prose),
    those elements. Linked headings right in the article's flow (a list of products) stay.
    """
    headings = list(scope.iter(*_HEADING_TAGS))
    if not headings:
        return set()
    limit = 0.3 * weights.get(scope, 0)
    headings_in: dict[Element, int] = {}
    for heading in headings:
        for ancestor in heading.iterancestors():
            if ancestor is scope:
                break
            headings_in[ancestor] = headings_in.get(ancestor, 0) + 1

    def box(heading: Element, at_start: bool) -> Element | None:
        found, node = None, heading
        for parent in heading.iterancestors():
            if parent is scope or headings_in[parent] > 1 or weights.get(parent, 0) > limit:
                break
            if at_start and not _starts_with(parent, node):
                break
            found = node = parent
        return found

    furniture: set[Element] = set()
    for heading in headings:
        if not _is_furniture_heading("".join(heading.itertext())):
            continue
        around = box(heading, at_start=True)
        if around is not None:
            furniture.add(around)
    cards = [box(heading, at_start=False) for heading in headings
             if heading.tag != "h1" and _is_teaser_heading(heading)]
    cards = [card for card in cards if card is not None]
    if len(cards) >= 2:
        furniture.update(cards)
    return furniture


def _outermost(elements: set[Element]) -> list[Element]:
    return [e for e in elements if not any(a in elements for a in e.iterancestors())]


def _weight(elements: set[Element], weights: dict[Element, int]) -> int:
    return sum(weights.get(e, 0) for e in _outermost(elements))


def _without(weights: dict[Element, int], elements: set[Element]) -> dict[Element, int]:
    """The prose weights as if these elements were not on the page."""
    weights = dict(weights)
    for element in _outermost(elements):
        size = weights.get(element, 0)
        for ancestor in element.iterancestors():
            if ancestor in weights:
                weights[ancestor] -= size
        for inner in element.iter():
            weights.pop(inner, None)
    return weights


def _starts_with(parent: Element, child: Element) -> bool:
    """No text in ``parent`` comes before ``child``."""
    if (parent.text or "").strip():
        return False
    for sibling in child.itersiblings(preceding=True):
        if (sibling.tail or "").strip() or "".join(sibling.itertext()).strip():
            return False
    return True


class _Walker:
    """Walk the article scope, building blocks and links with source offsets."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.held = CharactersHeld(source)  # which characters the page holds (align: a text that cannot be there)
        self.end = len(source)  # where the text read may stand, at most (a fragment's end)
        self.whole = False  # a fragment written into the article: no element of it is page furniture
        self.weights: dict[Element, int] = {}
        self.opaque: set[Element] = set()
        self.furniture: set[Element] = set()  # teaser cards and furniture boxes inside the scope
        self.boxes_read: set[Element] = set()  # writing boxes that link only elsewhere, read as the article
        self.styles: StyleSheet | None = None  # the page's <style> rules that can hide text, if it has any
        self.canvas: str | None = None  # the colour behind the whole page, when known (see _canvas)
        self.scope_weight = 0
        self.own_hosts: frozenset[str] = frozenset()  # the page's own site (canonical, og:url), when it says
        self.anchors: list[Element] = []  # every <a> of the page (_one_site_off: a site linked only from a box)
        self.carrying: set[Element] = set()  # the elements that may carry an address (_TagIndex.carrying)
        self.cursor = 0
        self.builder = TextBuilder()
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.open_links: list[dict] = []
        self.pending_links: list[Link] = []
        self.image_words: list[tuple[str, list[int]]] = []  # the words of the linked images shown since the last block

    def walk(self, scope: Element, kind: str, level: int, hidden: bool) -> None:
        """Visit the scope's text and elements in document order.

        A stack rather than recursion: a page may nest elements thousands deep.
        Each frame is an element, its remaining content, the kind, level and
        visibility of its text, and what to do when it ends (close a block or a link).
        """
        stack = [(scope, _content(scope), kind, level, hidden, None)]
        carrying = self.carrying
        while stack:
            node, content, kind, level, hidden, when_done = stack[-1]
            child = next(content, None)
            if child is None:
                stack.pop()
                if when_done is not None:
                    when_done()
                continue
            if isinstance(child, str):
                if not child.strip():  # (most runs are the spaces between tags: all self.text would do is this)
                    if not hidden and node not in self.opaque:
                        self.builder.space()
                elif node not in self.opaque:
                    self.text(child, hidden)
                elif self.open_links:
                    # not prose (a ruby annotation's), but a link's words: shown (an <rt> is drawn above its base
                    # text, a link in it is clicked there), apart from the base text; hidden in what is never
                    # shown (an <rp>, a MathML annotation: walked as hidden)
                    if not hidden:
                        self.builder.space()
                    self.text(child, hidden)
                continue
            name = child.tag
            if not isinstance(name, str):  # a comment or processing instruction (its tail comes next)
                continue
            # (most elements are no link: one look-up spares them the method call; an AMP action, "on", has a dot:
            # only an element that may carry an address is asked for one)
            carries = child in carrying
            address = followed_address(name, child.attrib) if name == "a" or name == "area" or \
                child.get("onclick") is not None or carries and child.get("on") is not None else None
            if (child in self.furniture or _skipped(child) and not self.holds_article(child)) \
                    and not (name == "button" and address):  # (a button whose script goes to an address is a link)
                if name not in _HARD_SKIP_TAGS and self.hidden(child) and next(child.iter("a"), None) is not None:
                    # Furniture by its name ("promo", "widget", aria-hidden) that CSS also hides: never
                    # shown, so nothing to read; but its links are kept, as hidden links (spam hides there).
                    stack.append((child, _content(child), kind, level, True, None))
                elif _links_elsewhere(child, self.own_hosts) or self.boxes_read and self.in_box_read(child) \
                        or _one_site_off(child, self.own_hosts, self.anchors) \
                        or child not in self.furniture and self.in_flow(child) \
                        and (_pasted_box(child) or _dialog_in_text(child)) and not _links_own_site(child, self.own_hosts):
                    # A box named as furniture ("related", "author-box", "comment", an <aside>) inside the
                    # article whose links all go to other sites: not the site's own menu or teasers, so it
                    # is read like the article around it (links planted there are judged like any other),
                    # its own parts named as writing too (a comment's header, "Jo says:").
                    self.boxes_read.add(child)
                    stack.append(self.frame(child, kind, level, hidden))
                else:
                    if name in _ADDRESS_HOLDERS and child not in self.furniture:
                        self.address_links(child, hidden)
                    elif name == "script" and child not in self.furniture:
                        self.script(child)
                    elif name == "textarea" and child.text and child not in self.furniture:
                        self.written_links(child, [url for _, _, url in pasted_addresses(child.text)], "code")
                    elif name == "style" and child.text and child not in self.furniture:
                        self.written_links(child, styled_addresses(child.text), "content")
                    if self.carrying and (name == "input" or name not in _HARD_SKIP_TAGS):
                        self.filled_fields(child)
                    self.pass_over(child)
                continue
            # self.hidden(child) only when something can hide it: this runs for every element of the article.
            style = child.get("style")
            child_hidden = hidden or ((style is not None or child.get("hidden") is not None
                                       or name in _STYLED_BY_ATTRIBUTES or self.styles is not None and self.styles.may_hide(name, child.get))
                                      and self.hidden(child))
            if name == "blockquote" or name == "q":
                self.address_link(child, child_hidden)
            if carries:
                self.carried(child)
            if (name == "pre" or name == "div" or name == "code") and "mermaid" in (child.get("class") or "") \
                    and self.diagram(child, kind, level, child_hidden):
                continue
            if name == "br":
                self.builder.space()
            elif address and name != "area":
                self.open_links.append({"text": "", "url": address})
                stack.append((child, _content(child), kind, level, child_hidden,
                              partial(self.end_link, child, child_hidden)))
            elif name in ("img", "area"):
                self.image(child, address, child_hidden)
            elif (name in BLOCK_TAGS or _margin_note(child)) and not child_hidden:  # hidden, it ends no paragraph
                stack.append(self.frame(child, kind, level, child_hidden))
            elif name not in _EMBEDDED:
                stack.append((child, _content(child), kind, level, child_hidden,
                              self.override(child) if (name == "bdo" or style is not None and "bidi" in style)
                              and not child_hidden else None))
            elif name == "svg":
                self.svg_labels(child, kind, level, child_hidden)
            elif name == "noframes":
                self.noframes(child)
            elif name in _MARKUP_AS_TEXT and child_hidden and child.text:
                # markup the element shows as text (an <xmp>), hidden: its addresses are carried as a <textarea>'s
                self.written_links(child, [url for _, _, url in pasted_addresses(child.text)], "code")
                self.pass_over(child)
            elif name in ("noscript", "annotation", "annotation-xml") and next(child.iter("a"), None) is None:
                self.pass_over(child)  # no link in it (a tracking pixel, a formula's source): nothing to read
            else:
                # <noscript> is not shown while scripts run (every browser's default), nor a MathML annotation
                # ever, so its text is not read; but spam hides links there, so one holding a link is walked
                # as hidden: its links are kept (LM102).
                if name in _DRAWN_APART and not child_hidden:
                    self.keep_apart(child)
                stack.append((child, _content(child), kind, level, child_hidden or name in NEVER_SHOWN, None))

    def override(self, element: Element):
        """A right-to-left override (<bdo dir="rtl">, an inline style "unicode-bidi: bidi-override; direction: rtl")
        shows its text backwards: marked in the text by the characters that say so (U+202E, U+202C), which the
        text is read with (`as_shown`). What to do when it ends, or None."""
        if not overrides(element.tag, element.get):
            return None
        self.builder.add("\u202e", [self.cursor])
        return lambda: self.builder.add("\u202c", [self.cursor])

    def frame(self, child: Element, kind: str, level: int, hidden: bool) -> tuple:
        """The walk's frame for an element shown; one that starts a block ends the block before it."""
        name = child.tag
        if name not in BLOCK_TAGS and not _margin_note(child) or hidden:  # hidden, it ends no paragraph
            return (child, _content(child), kind, level, hidden, None)
        self.flush(kind, level)
        child_kind = BLOCK_KINDS.get(name, kind)
        # An <hr> inside a heading inherits the kind "heading" but not a level of its own.
        child_level = int(name[1]) if BLOCK_KINDS.get(name) == "heading" else level
        return (child, _content(child), child_kind, child_level, hidden, partial(self.flush, child_kind, child_level))

    def in_flow(self, box: Element) -> bool:
        """The box stands among the article's own paragraphs: its parent holds half the article's prose."""
        parent = box.getparent()
        return self.whole or parent is not None and self.weights.get(parent, 0) >= 0.5 * self.scope_weight > 0

    def in_box_read(self, element: Element) -> bool:
        """A block named as writing ("comment-author") in a writing box read as the article (not its
        buttons: a "comment-reply-link")."""
        return element.tag in BLOCK_TAGS and _writing_box(element.get("class"), element.get("id")) and \
            any(parent in self.boxes_read for parent in element.iterancestors())

    def hidden(self, element: Element) -> bool:
        """Hidden from readers by its attributes or CSS (see styles.py): the ``hidden`` attribute,
        the page's <style> rules and its inline style hiding it, or text the colour of the
        background behind it (its own or its nearest ancestor's that paints one)."""
        get = element.get  # not element.attrib: that makes a proxy object per element
        if get("hidden") is not None:
            return True
        if self.styles is not None and (get("style") is not None or self.styles.may_hide(element.tag, get)):
            style = self.styles.style_of(element.tag, get)
        elif get("style") is not None:  # most elements carry no style: this runs for every element
            style = declarations(get("style"))
        else:
            style = {}
        if element.tag == "font" and get("color"):  # <font color="white">
            style.setdefault("color", get("color").strip().lower())
        if element.tag == "marquee":  # it clips what it scrolls, in a box its attributes may size
            style = marquee_style(style, get)
        if not style:
            return False
        if hides(style):
            # "font-size: 0" on a row of inline blocks is a layout trick when the blocks set their own size.
            return not (tiny_font(style) and not hides({**style, "font-size": "1em"}) and self.sizes_font_inside(element))
        text_colour = colour(style.get("color"))
        return text_colour is not None and invisible_on(text_colour, self.background_behind(element, style))

    def sizes_font_inside(self, element: Element) -> bool:
        """An element inside sets a font size of its own that can be read."""
        for inner in element.iterdescendants():
            if not isinstance(inner.tag, str):
                continue
            get = inner.get
            style = self.styles.style_of(inner.tag, get) if self.styles is not None else declarations(get("style") or "")
            if "font-size" in style and not tiny_font(style):
                return True
        return False

    def background_behind(self, element: Element, style: dict[str, str]) -> str | None:
        """The colour painted behind an element's text: its own background's, or the nearest
        ancestor's that declares a background (None when that one is an image or unknown, or when
        a box on the way carries a class or id and no background we know of); past the root, the
        page's canvas (see _canvas)."""
        node, found = element, style
        while True:
            if "background" in found or "background-color" in found:
                return background(found)
            node = node.getparent()
            if node is None:
                return self.canvas
            get = node.get
            found = self.styles.style_of(node.tag, get) if self.styles is not None else declarations(get("style") or "")
            if get("bgcolor"):
                found.setdefault("background-color", get("bgcolor").strip().lower())
            if "background" not in found and "background-color" not in found and (get("class") or get("id")):
                return None  # the page's own stylesheet may paint a box it names: not known here

    def svg_labels(self, svg: Element, kind: str, level: int, hidden: bool) -> None:
        """An SVG image's <text> elements (a chart's labels), each a block of its own.

        A browser shows them, so they are read; they are short labels, not words of the paragraph
        around the chart, so each is a block, of the kind of a table's cells. What the image does not
        show (<title>, <desc>, styles) is passed over; an image without text (an icon) changes nothing.
        """
        # an image of no size draws nothing; a link around a label (<a href>, <a xlink:href>) is a link
        drawn_hidden = hidden or no_size(svg.get("width")) or no_size(svg.get("height"))
        for foreign in svg.iter("foreignobject"):  # HTML the image draws (a block of its own): its links are links
            if next(foreign.iter("a"), None) is not None:
                self.flush(kind, level)
                self.walk(foreign, kind, level, drawn_hidden or self.hidden(foreign))
                self.flush(kind, level)
        if next(svg.iter("text"), None) is None:
            self.pass_over(svg)
            return
        self.flush(kind, level)
        hidden = drawn_hidden
        for element in svg.iter("text", *SVG_NOT_SHOWN):
            if element.tag == "text":
                text_hidden = hidden or self.hidden(element)
                anchor = _svg_anchor(element)
                if anchor is not None:
                    self.open_links.append({"text": "", "url": (anchor.get("href") or anchor.get("xlink:href")).strip()})
                self.walk(element, "table_cell", 0, text_hidden)
                if anchor is not None:
                    self.end_link(anchor, text_hidden)
                self.flush("table_cell", 0)
            else:
                self.pass_over(element)

    def diagram(self, element: Element, kind: str, level: int, hidden: bool) -> bool:
        """A Mermaid diagram's code (an element of class "mermaid", which mermaid.js draws): when its shapes link
        (`diagram_links`), it is read as drawn, each linked shape's label a block of its own (kind "table_cell", as
        an SVG chart's labels) and its link an anchor of those words, the rest of its code passed over. Whether it
        was read so (a diagram that links nothing is read as before, as the text of its element)."""
        if "mermaid" not in (element.get("class") or "").lower().replace("language-", "").split():
            return False
        code = "".join(element.itertext())
        found = [link for link in diagram_links(code, "mermaid") if link[4] is not None]
        if not found:
            return False
        self.flush(kind, level)
        for _, _, url, words, (start, end) in found:
            self.open_links.append({"text": "", "url": url})
            self.text(code[start:end], hidden)
            self.end_link(element, hidden)
            self.flush("table_cell", 0)
        self.pass_over(element)
        return True

    def noframes(self, tag: Element) -> None:
        """<noframes>: never shown (the HTML standard renders it display: none), and libxml2 keeps
        its content as text, markup and all. That markup is parsed and walked as hidden content,
        so that its words are not read and its links are kept, as hidden links."""
        inner = parse_tree(tag.text or "")
        body = next(inner.iter("body"), None) if inner is not None else None
        if body is not None:
            self.carrying |= _TagIndex(inner).carrying
            self.walk(body, "paragraph", 0, True)

    def keep_apart(self, element: Element) -> None:
        """A space between two words the page draws apart: MathML's <mi>dose</mi><mi>rate</mi> is
        "dose rate" (while <mi>x</mi><mo>+</mo><mn>1</mn> stays "x+1"), and so is an SVG <tspan>
        placed on a line of its own (x, y or dy)."""
        if element.tag == "tspan" and element.get("x") is None and element.get("y") is None \
                and element.get("dy") is None:
            return
        if self.builder.last.isalnum() and (element.text or "").lstrip()[:1].isalnum():
            self.builder.space()

    def holds_article(self, tag: Element) -> bool:
        """A container skipped by its name or class that still holds most of the article (or any, in a
        fragment written into the article)."""
        if tag.tag in _HARD_SKIP_TAGS:
            return False
        if self.whole or not self.scope_weight:
            return self.whole
        return self.weights.get(tag, 0) >= 0.9 * self.scope_weight

    def pass_over(self, tag: Element) -> None:
        """Move the cursor past a skipped element, so its words are not matched for later text."""
        last = _last_string(tag, self.opaque)
        if last is not None:
            found = find_text(self.source, last, self.cursor, self.end, self.held)
            # The first occurrence after the cursor is never past the real one: never overshoots.
            if found != -1 and outside_tag(self.source, found):
                self.cursor = found + len(last)

    def text(self, text: str, hidden: bool) -> None:
        if not text.strip():
            if not hidden:
                self.builder.space()
            return
        offsets, self.cursor = align(self.source, text, self.cursor, self.end, skip_tags=True, held=self.held)
        for record in self.open_links:
            record.setdefault("start", offsets[0])
            record["end"] = offsets[-1] + 1
            record["text"] += text
        if not hidden:
            self.builder.add(text, offsets)

    def image(self, element: Element, address: str | None, hidden: bool) -> None:
        """An image's words (its alt text, else its title). An image in a link, or an image map's area,
        stands for them: they are the link's anchor text, as a screen reader and a browser without the
        image read them (an area is hidden when its image is: `map_hidden`); and, for a link to another
        site, the text of its block when the block has no other (a banner: see flush).
        Outside a link, an address written in them is a link the reader is not shown (a hidden link,
        its words the anchor): an address is put in an image's alt or title text for search engines."""
        values = [value for value in (element.get("alt"), element.get("title")) if value and value.strip()]
        if element.tag == "area":
            if address:
                hidden = hidden or self.map_hidden(element)
                self.open_links.append({"text": "", "url": address})
                if values:
                    self.attribute_text(element, values[0], hidden)
                self.end_link(element, hidden)
            return
        if self.open_links:
            if values:
                self.attribute_text(element, values[0], hidden)
            return
        for value in values:
            found = list(addresses_in(value))
            if found:
                offsets = self.attribute_offsets(element, value)
                for at, until, url in found:
                    link = Link(url, " ".join(value.split()), offsets[at], offsets[until - 1] + 1, hidden=True)
                    self.links.append(link)
                    self.pending_links.append(link)

    def address_links(self, holder: Element, hidden: bool) -> None:
        """The links of a skipped element that sends the browser to an address (a frame, a form and its
        buttons, a menu's options, a <meta> or <link> in the body: `element_addresses`), as an <a>'s."""
        hidden = hidden or self.hidden(holder)
        for element in holder.iter(*ADDRESS_ATTRIBUTES):
            self.address_link(element, hidden)

    def address_link(self, element: Element, hidden: bool) -> None:
        """The link of one element that sends the browser to an address: its words are what the reader
        sees of it (a form's or a button's text, an option's, a frame's title); one the reader never
        sees (`ADDRESS_NOT_SHOWN`) is a hidden link."""
        name = element.tag
        for url in element_addresses(name, element.get):
            if name in ADDRESS_NOT_SHOWN:
                words, link_hidden = "", True
            else:
                words = (element.get("title") or element.get("value") or "") if name in ADDRESS_WORDS_IN_ATTRIBUTES \
                    else " ".join(itertools.chain(_strings(element, self.opaque),  # a form's submit buttons too
                                                  (tag.get("value") or "" for tag in element.iter("input")
                                                   if (tag.get("type") or "").lower() in ("submit", "button"))))
                link_hidden = hidden
            start = self.source.find(url, self.cursor, self.end)  # (the next tag of its name may hold none)
            if start == -1:
                offsets = self.attribute_offsets(element, url)
                start, end = offsets[0], offsets[-1] + 1
            else:
                end = self.cursor = start + len(url)
            link = Link(url, " ".join(words.split()), start, end, hidden=link_hidden, html=True, element=name)
            self.links.append(link)
            self.pending_links.append(link)

    def carried(self, element: Element) -> None:
        """The addresses an element carries in its attributes (`carried_addresses`: a ping, a tooltip's, a <base>'s,
        one in a QR code's image address), each a link with no words of its own at its attribute, not shown as a
        link (the reader follows none of them): the rules judge it by its address and its place (``carrier``)."""
        skip = _CARRIED_ELSEWHERE.get(element.tag, ())
        at = self.cursor  # (each attribute is sought in the same start tag; the text is sought from where it was)
        for name, url in carried_addresses(element.tag, element.items(), skip):
            offsets = self.attribute_offsets(element, element.get(name) or url)
            self.cursor = at
            link = Link(url, "", offsets[0], offsets[-1] + 1, hidden=True, html=True, element=element.tag,
                        carrier=name)
            self.links.append(link)
            self.pending_links.append(link)

    def filled_fields(self, box: Element) -> None:
        """The addresses a skipped box's form shows filled in: a text or url field whose value is an address (a
        comment form echoing its poster's "website" after posting), each a carried link (carrier "value"); not a
        hidden field's, which no reader sees."""
        for field in (box,) if box.tag == "input" else box.iter("input"):
            if field in self.carrying and (field.get("type") or "text").strip().lower() in ("url", "text"):
                offsets = None
                for _, url in carried_addresses("input", [("value", field.get("value") or "")]):
                    offsets = offsets or self.attribute_offsets(field, field.get("value"))
                    link = Link(url, "", offsets[0], offsets[-1] + 1, hidden=True, html=True, element="input",
                                carrier="value")
                    self.links.append(link)
                    self.pending_links.append(link)

    def written_links(self, element: Element, urls: list[str], carrier: str) -> None:
        """Addresses an element's text carries, no reader following them: a <textarea>'s code to paste
        (`pasted_addresses`, "code"), a <style>'s generated content (`styled_addresses`, "content"): carried links,
        each where it is written (its scheme aside: a site's name may be written without one)."""
        for url in urls:
            written = url.split("://", 1)[-1]
            start = self.source.find(written, self.cursor, self.end)
            start, end = (self.cursor, self.cursor + 1) if start == -1 else (start, start + len(written))
            link = Link(url, "", start, end, hidden=True, html=True, element=element.tag, carrier=carrier)
            self.links.append(link)
            self.pending_links.append(link)

    def script(self, script: Element) -> None:
        """A script block in the article: the addresses of its structured data (JSON-LD: a publisher's "url", a
        "sameAs", an offer's "url"), each a link with no words of its own, carried by "json-ld"
        (`structured_addresses`). A script that holds markup (`markup_script`: "text/x-template") is walked as
        hidden content, as <noframes>' is (its links kept, as hidden links)."""
        kind = (script.get("type") or "").strip().lower()
        body = _only_text(script) or ""
        if kind != "application/ld+json":
            if body.lstrip().startswith("<") and "<a" in body and markup_script(kind):  # (markup, not data)
                # (read within the script's text: a template's words must not be matched past it)
                end, close = self.end, self.source.find("</script", self.cursor, self.end)
                self.end = close if close != -1 else end
                self.noframes(script)
                self.end = end
            return
        try:
            data = json.loads(body)
        except (ValueError, TypeError):
            return
        at = self.source.find(body[:40], self.cursor, self.end) if body else -1
        for url in structured_addresses(data):
            start = self.source.find(url, at, self.end) if at != -1 else -1
            if start == -1:
                start, end = max(at, self.cursor), max(at, self.cursor) + 1
            else:
                end = start + len(url)
            link = Link(url, "", start, end, hidden=True, html=True, element="script", carrier="json-ld")
            self.links.append(link)
            self.pending_links.append(link)

    def attribute_offsets(self, element: Element, value: str) -> list[int]:
        """Where each character of an attribute's value stands in the source: in the element's start tag
        (the next one of its name from the cursor), as written or with its characters escaped; else at
        that tag (or the cursor). The cursor moves past the tag."""
        tag_at = self.source.find("<" + element.tag, self.cursor, self.end)
        if tag_at == -1:
            return [min(self.cursor, max(len(self.source) - 1, 0))] * len(value)
        tag_end = self.source.find(">", tag_at, self.end)
        tag_end = self.end if tag_end == -1 else tag_end
        self.cursor = tag_end
        for written in (value, _escape(value), _escape(value, quote=False)):
            start = self.source.find(written, tag_at, tag_end)
            if start != -1:
                last = start + len(written) - 1
                return [min(start + i, last) for i in range(len(value))]
        return [tag_at] * len(value)

    def attribute_text(self, element: Element, value: str, hidden: bool) -> None:
        """An image's words read as the text of the links open around it (and kept for its block, if shown)."""
        offsets = self.attribute_offsets(element, value)
        for record in self.open_links:
            record.setdefault("start", offsets[0])
            record["end"] = offsets[-1] + 1
            record["text"] += " " + value + " "
        # (a photo linked to its own page or to a larger copy of itself repeats its caption: only a link to
        # another site's page stands for its words)
        url = self.open_links[-1]["url"] if self.open_links else ""
        host = url_host(url)
        if not hidden and host and host not in self.own_hosts and not _IMAGE_FILE.search(url):
            self.image_words.append((value, offsets))

    def map_hidden(self, area: Element) -> bool:
        """An image map's area is not shown when no image uses its map, or that image is hidden or
        of one pixel or none (a spacer GIF carrying links)."""
        image_map = next(area.iterancestors("map"), None)
        name = image_map.get("name") if image_map is not None else None
        if not name:
            return True
        for image in area.getroottree().iter("img"):
            if (image.get("usemap") or "").lstrip("#") == name:
                return self.hidden(image) or no_size(image.get("width")) or no_size(image.get("height"))
        return True

    def end_link(self, tag: Element, hidden: bool) -> None:
        record = self.open_links.pop()  # the innermost open link is this one
        href = record["url"]
        if "start" in record:
            start, end = record["start"], record["end"]
        else:  # an empty anchor: point at its href in the source
            start = self.source.find(href, self.cursor, self.end)
            if start == -1:  # written with entities, or out of place: point at the cursor
                start = end = min(self.cursor, len(self.source))
            else:
                end = start + len(href)
                self.cursor = end
        rel = (tag.get("rel") or "").split()
        link = Link(href, " ".join(record["text"].split()), start, end,
                    rel=tuple(r.lower() for r in rel), hidden=hidden, html=True, title=tag.get("title") or "")
        self.links.append(link)
        if "block" in record:  # a link around blocks (a card's <div>s): the block its words start in
            link.block = record["block"]
        else:
            self.pending_links.append(link)
        if href[:1] in "dmsDMS":  # a data: document's or a pre-filled message's addresses (`message_addresses`)
            for carrier, url in message_addresses(href):
                link = Link(url, "", start, end, hidden=True, html=True, element=tag.tag, carrier=carrier)
                self.links.append(link)
                self.pending_links.append(link)

    def flush(self, kind: str, level: int) -> None:
        if not self.image_words and not self.builder.pieces:  # nothing in it, as new (most blocks' ends)
            return
        image_words, self.image_words = self.image_words, []
        if not self.builder:  # nothing in it but linked images, maybe: a banner reads as their words
            for value, offsets in image_words:
                self.builder.add(value, offsets)
                self.builder.space()
        for record in self.open_links:  # a block ends inside a link (a card's title, then its description)
            record["text"] += " "
        if not self.builder:  # nothing in it, as new
            return
        text, offsets = self.builder.build()
        self.builder = TextBuilder()
        block = Block(text=text, offsets=offsets, kind=kind, level=level if kind == "heading" else 0)
        self.blocks.append(block)
        for record in self.open_links:
            if "start" in record and "block" not in record:  # (its words began in this block)
                record["block"] = block
        # The links met since the last block belong to this one (a hidden link may lie past its text).
        for link in self.pending_links:
            link.block = block
        self.pending_links = []


# Attributes no address is carried in (`carried_addresses`: an id, a style, an XML namespace, an image's words, which
# `_Walker.image` reads), and those of a picture's address, which carry one only inside it (`inner_sign`): a pre-test
# in _TagIndex's pass, so that the walk asks few elements.
_NOT_CARRYING = frozenset(("id", "style", "xmlns", "alt"))
_DRAWN = frozenset(("src", "srcset", "data-src", "data-srcset", "data-lazy-src", "poster"))
# The attributes of an element whose addresses the walk reads otherwise: a quotation's cite (`address_link`), an
# image's words (`image`).
_CARRIED_ELSEWHERE = {"blockquote": ("cite",), "q": ("cite",), "img": ("alt", "title"), "area": ("alt", "title")}

_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:[?#]|$)", re.I)


def _svg_anchor(element: Element) -> Element | None:
    """The SVG link (<a href> or <a xlink:href>) around an element of an SVG image, if any."""
    for ancestor in element.iterancestors("a", "svg"):
        if ancestor.tag == "svg":
            return None
        if ancestor.get("href") or ancestor.get("xlink:href"):
            return ancestor
    return None


def _meta(index: _TagIndex) -> dict:
    meta: dict = {}
    json_ld = _json_ld(index)
    publisher = _publisher(json_ld)
    if publisher:
        meta["publisher"] = publisher
    for data in json_ld:
        normalize_meta({k: data.get(k) for k in ("author", "reviewedBy", "datePublished", "dateModified",
                                                 "lastReviewed", "headline", "inLanguage") if data.get(k)},
                       meta)
    raw = {}
    for tag in index.by_name.get("meta", ()):
        key = tag.get("name") or tag.get("property") or tag.get("itemprop")
        if key and tag.get("content"):
            raw.setdefault(key, tag.get("content"))
    normalize_meta(raw, meta)
    html = next(iter(index.by_name.get("html", ())), None)
    if html is not None and html.get("lang"):
        meta.setdefault("lang", html.get("lang"))
    title = next(iter(index.by_name.get("title", ())), None)
    title_text = _only_text(title) if title is not None else None
    if title_text and "title" not in meta:
        meta["title"] = title_text.strip()
    time = next((tag for tag in index.by_name.get("time", ()) if tag.get("datetime")), None)
    if time is not None:
        meta.setdefault("published", time.get("datetime"))
    return meta


def _markup(index: _TagIndex) -> Markup:
    """What the page's elements carry about the page (see Markup), from the index's one pass."""
    by_name = index.by_name
    return Markup(metas=[tuple(tag.items()) for tag in by_name.get("meta", ())],
                  times=[tuple(tag.items()) for tag in by_name.get("time", ())],
                  itemprops=[tuple(element.items()) for element in index.itemprops],
                  rels=index.rels, classes=index.class_values)


def _publisher(json_ld: list[dict]) -> str:
    """The organisation that publishes the page, from its JSON-LD: a ``publisher``, else an
    ``author`` that is an Organization (a health agency names itself as its pages' author).
    Meta tags (``og:site_name``, ``DC.publisher``, ``citation_publisher``) fill it in otherwise."""
    for key in ("publisher", "author"):
        for data in json_ld:
            values = data.get(key)
            for value in values if isinstance(values, list) else [values]:
                if key == "publisher" and isinstance(value, str) and value.strip():
                    return value.strip()
                if isinstance(value, dict) and (key == "publisher" or "Organization" in str(value.get("@type"))):
                    name = value.get("name")
                    if isinstance(name, str) and name.strip():
                        return name.strip()
    return ""


def _json_ld(index: _TagIndex) -> list[dict]:
    found = []
    for script in index.by_name.get("script", ()):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(_only_text(script) or "")
        except (ValueError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                found.append(item)
                stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
    return found
