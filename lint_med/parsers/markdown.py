"""Markdown (CommonMark plus tables) with YAML or TOML front matter."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..document import Block, Document, Link, TextBuilder, align
from . import (ADDRESS_ATTRIBUTES, ADDRESS_NOT_SHOWN, ADDRESS_WORDS_IN_ATTRIBUTES, addresses_in, card_addresses,
               carried_addresses, diagram_language, diagram_links,
               element_addresses, message_addresses,
               find_directives, followed_address, overrides, pasted_addresses, text_links, hidden_by_attributes, markup_script, no_size,
               normalize_meta, not_shown)

# A raw HTML block of comments only (a lint-med directive, a note to editors): nothing to read in it.
_ONLY_COMMENTS = re.compile(r"(?:\s|<!--.*?-->)*", re.S)
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S)


def parse(source: str, path: str, options: dict) -> Document:
    meta, body_start, unread = _front_matter(source)
    # Parse the body with the front matter blanked out, so line numbers hold.
    body = "\n" * source.count("\n", 0, body_start) + source[body_start:]
    tokens = _markdown().parse(body)
    # The same line ends as Document.line_col (markdown-it maps lines after normalising \r\n and \r).
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", source)]
    # markdown-it reads a NUL as U+FFFD (CommonMark); the text is found in a source that does too.
    aligned = source.replace("\x00", "\ufffd")

    blocks: list[Block] = []
    links: list[Link] = []
    containers: list[str] = []
    heading_level = 0
    for index, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            containers.append("list_item")
        elif token.type == "blockquote_open":
            containers.append("quote")
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
        elif token.type == "heading_open":
            heading_level = int(token.tag[1])
        elif token.type == "html_block" and token.map and not _ONLY_COMMENTS.fullmatch(token.content):
            # read as the HTML parser reads a page's article: one reading of raw HTML for both formats
            # (lxml is imported only here: a Markdown file without raw HTML starts no faster than it must)
            from .html import read_fragment

            html_blocks, html_links = read_fragment(aligned, token.content, line_starts[token.map[0]],
                                                    _line_start(line_starts, token.map[1], source))
            blocks.extend(html_blocks)
            links.extend(html_links)
        elif token.type in ("fence", "code_block") and token.map:  # code to paste: its links (`pasted_addresses`)
            at = line_starts[token.map[0]]
            info = token.info if token.type == "fence" else ""
            language = diagram_language(token.content, info)
            if language:
                links.extend(_diagram_links(token.content, language, aligned, at, blocks))
            elif info.strip().lower() in _PLAIN_TEXT_INFO and token.content.strip():
                # preformatted text: its links are read with every block's (`text_links`: bare URLs, markup written)
                blocks.append(_preformatted_block(aligned, line_starts, token))
                continue
            for carrier, found in (("code", pasted_addresses(token.content)), ("card", card_addresses(token.content))):
                for _, _, url in found:
                    start = aligned.find(url, at)
                    start, end = (at, at + 1) if start == -1 else (start, start + len(url))
                    links.append(Link(url, "", start, end, hidden=True, block=blocks[-1] if blocks else None,
                                      element="code", carrier=carrier))
        elif token.type == "inline" and token.map:
            parent = tokens[index - 1].type if index else ""
            kind = ("heading" if parent == "heading_open"
                    else "table_cell" if parent in ("th_open", "td_open")
                    else containers[-1] if containers else "paragraph")
            start = line_starts[token.map[0]]
            end = _line_start(line_starts, token.map[1], source)
            inline_blocks, block_links = _inline_block(token, aligned, start, end, kind)
            for block in inline_blocks:
                block.level = heading_level if kind == "heading" else 0
                blocks.append(block)
            links.extend(block_links)

    doc = Document(path=path, format="markdown", source=source, blocks=blocks,
                   meta=meta, directives=find_directives(source, plain_text=False),
                   has_structured_meta=body_start > 0, unread=unread)
    doc.title = meta.get("title") or next((b.text for b in blocks if b.kind == "heading" and b.level == 1), "")
    linked = {(link.start, link.end) for link in links}
    doc.links = sorted(links + text_links(blocks, linked, aligned), key=lambda link: link.start)
    return doc


# A fence's info strings that name no language of code (none, plain text, a reference's record in BibTeX or RIS,
# a table of data in CSV or TSV, which readers copy and read): the fence is preformatted text, as HTML's <pre> is, and read as the HTML parser
# reads a <pre>, a paragraph of its words (a receipt, a letter, a table typed out, a citation), its bare URLs links
# of the text; code in a named language is not prose.
_PLAIN_TEXT_INFO = frozenset(("", "text", "txt", "plain", "plaintext", "bibtex", "bib", "ris", "csv", "tsv"))


def _preformatted_block(source: str, line_starts: list[int], token) -> Block:
    """A code block's or a fence's lines (not the fence's own) as a paragraph."""
    first = token.map[0] + (token.type == "fence")
    start = line_starts[first]
    end = _line_start(line_starts, first + token.content.count("\n"), source)
    builder = TextBuilder()
    builder.add(source[start:end], range(start, end))
    text, offsets = builder.build()
    return Block(text=text, offsets=offsets, kind="paragraph")


def _diagram_links(code: str, language: str, source: str, at: int, blocks: list[Block]) -> list[Link]:
    """The links of the shapes of a diagram fence the renderer draws (`diagram_links`), the code written from ``at``
    on: each linked shape's label a block of its own (kind "table_cell", appended to ``blocks``) and its link an
    anchor of those words; a shape that shows no label links from its statement, with its tooltip's words (bare)."""
    code_at = source.find(code, at)  # (not found when the fence is indented: then each piece is sought)
    links = []
    for start, end, url, words, label in diagram_links(code, language):
        shown = code[label[0]:label[1]] if label is not None else ""
        written = -1 if not shown or shown != words else source.find(shown, at) if code_at == -1 else code_at + label[0]
        if written != -1:  # (a label written as it reads: its characters are the block's)
            block = Block(text=words, offsets=list(range(written, written + len(words))), kind="table_cell")
            blocks.append(block)
            links.append(Link(url, words, written, written + len(words), block=block))
            continue
        written = source.find(code[start:end], at) if code_at == -1 else code_at + start
        written, until = (at, at + 1) if written == -1 else (written, written + end - start)
        links.append(Link(url, words, written, until, bare=True, block=blocks[-1] if blocks else None))
    return links


def _line_start(line_starts: list[int], line: int, source: str) -> int:
    return line_starts[line] if line < len(line_starts) else len(source)


def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def _front_matter(source: str) -> tuple[dict, int, list]:
    """The front matter's keys, where the body starts, and the front matter's span with what is
    wrong with it when it does not parse: a renderer still shows the body, so it is linted
    without the metadata (LM004 says so) rather than refused."""
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, 0, []
    text = match.group(2)
    fence = (match.start(1), match.end(1))
    try:
        if match.group(1) == "+++":
            import tomllib

            raw = tomllib.loads(text)
        else:
            import yaml

            raw = yaml.safe_load(text) or {}
    except Exception as exc:  # yaml.YAMLError, tomllib.TOMLDecodeError
        reason = " ".join(str(exc).split("\n")[0].split()) or type(exc).__name__
        return {}, match.end(), [_unparsed(exc, text, match.start(2)) or (*fence, f"Front matter does not parse ({reason})")]
    if not isinstance(raw, dict):
        return {}, match.end(), [(*fence, "Front matter is not a table of keys and values")]
    return normalize_meta(raw, {}), match.end(), []


_TOML_AT = re.compile(r"\(at line (\d+), column \d+\)")  # where tomllib says its error is


def _unparsed(exc: Exception, text: str, text_start: int) -> tuple[int, int, str] | None:
    """The span of the front matter's line a YAML or TOML error points at, and the error; None
    when the error names no line."""
    mark = getattr(exc, "problem_mark", None)  # yaml: 0-based line; tomllib: "(at line 3, column 7)"
    at = _TOML_AT.search(str(exc))
    line = mark.line if mark is not None else int(at.group(1)) - 1 if at else None
    reason = (getattr(exc, "problem", None) or str(exc).split(" (at line")[0]).strip()
    if line is None or not reason:
        return None
    lines = text.split("\n")
    if line >= len(lines):
        return None
    start = text_start + sum(len(each) + 1 for each in lines[:line])
    return start, start + len(lines[line].rstrip("\r")), f"Front matter does not parse ({reason})"


def _inline_block(token, source: str, start: int, end: int, kind: str):
    builder = TextBuilder()
    links: list[Link] = []
    cursor = start
    open_link: dict | None = None
    raw: _RawHtml | None = None  # inline HTML tags met so far: open <a> and hiding elements
    image_words = []  # the alt text of each image in a link, with its offsets
    paragraph = builder
    notes: list[TextBuilder] = []  # Pandoc's inline notes (`^[...]`), each a block of its own
    depth = 0  # of the brackets in the note open (0: none open)
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            offsets, cursor = align(source, child.content, cursor, end)
            if open_link is not None and offsets:
                open_link.setdefault("start", offsets[0])
                open_link["end"] = offsets[-1] + 1
                open_link["text"] += child.content
            if raw is not None:
                raw.cursor = cursor
                raw.anchor_text(child.content, offsets)
            if raw is not None and raw.hidden:
                continue
            if child.type == "code_inline" or not depth and "^[" not in child.content \
                    or len(offsets) != len(child.content):
                builder.add(child.content, offsets)
                continue
            # A note written where it is referred to: the renderer moves it out of the sentence (to the foot of
            # the page, or the margin), a note of its own, as HTML's footnote or margin note is.
            position = 0
            for mark in _NOTE_MARK.finditer(child.content):
                if mark.group() == "^[" and depth:
                    continue  # (a note in a note is Pandoc's text)
                builder.add(child.content[position:mark.start()], offsets[position:mark.start()])
                position = mark.end()
                if mark.group() == "^[":
                    builder, depth = TextBuilder(), 1
                    notes.append(builder)
                elif depth:
                    depth += 1 if mark.group() == "[" else -1
                    if depth:
                        builder.add(mark.group(), offsets[mark.start():mark.end()])
                    else:
                        builder = paragraph
                        builder.space()
                else:
                    builder.add(mark.group(), offsets[mark.start():mark.end()])
            builder.add(child.content[position:], offsets[position:])
        elif child.type in ("softbreak", "hardbreak"):
            builder.space()
        elif child.type == "image" and open_link is not None and child.content.strip():
            # an image in a link stands for its alt text: the link's anchor (as in HTML)
            offsets, cursor = align(source, child.content, cursor, end)
            if offsets:
                open_link.setdefault("start", offsets[0])
                open_link["end"] = offsets[-1] + 1
                open_link["text"] += " " + child.content + " "
                image_words.append((child.content, offsets))
        elif child.type == "image":
            # an address in an image's own address (a QR code's: `carried_addresses`), not shown as a link
            src = str(child.attrs.get("src") or "")
            carried = carried_addresses("img", [("src", src)]) if "=" in src else ()
            if carried:
                at = source.find(src, cursor, end)
                start, stop = (cursor, cursor + 1) if at == -1 else (at, at + len(src))
                links.extend(Link(url, "", start, stop, hidden=True, html=True, element="img", carrier="src")
                             for _, url in carried)
            # an address in an image's alt or title text: a link the reader is not shown
            for words in (child.content, str(child.attrs.get("title") or "")):
                found = list(addresses_in(words))
                if found:
                    offsets, cursor = align(source, words, cursor, end)
                    links.extend(Link(url, " ".join(words.split()), offsets[at], offsets[until - 1] + 1, hidden=True)
                                 for at, until, url in found)
        elif child.type == "html_inline":
            if raw is None:
                raw = _RawHtml(source, cursor, end, builder)
            raw.cursor = cursor
            raw.feed(child.content)
            cursor = raw.cursor
        elif child.type == "link_open":
            open_link = {"url": str(child.attrs.get("href", "")), "text": "", "tag_at": cursor,
                         "title": str(child.attrs.get("title") or "")}
        elif child.type == "link_close" and open_link is not None:
            span_start = open_link.get("start", open_link["tag_at"])
            span_end = open_link.get("end", span_start + 1)
            links.append(Link(open_link["url"], open_link["text"].strip(), span_start, span_end,
                              title=open_link["title"]))
            links.extend(Link(url, "", span_start, span_end, hidden=True, element="a", carrier=carrier)
                         for carrier, url in message_addresses(open_link["url"]))
            # a link's title (`[W](A "title")`, a reference definition's title): the tooltip an <a title> is in
            # HTML, whose addresses the link carries (`carried_addresses`: not those of the link's own site)
            if open_link["title"]:
                links.extend(Link(url, "", span_start, span_end, hidden=True, element="a", carrier=carrier)
                             for carrier, url in carried_addresses(
                                 "a", [("href", open_link["url"]), ("title", open_link["title"])]))
            open_link = None
    if raw is not None:  # an anchor left open ends with its paragraph
        raw.close_elements()
        links = sorted(links + raw.links, key=lambda link: link.start)
    builder = paragraph
    if not builder:  # nothing but linked images, maybe: a banner reads as their words (as in HTML)
        for words, offsets in image_words:
            builder.add(words, offsets)
            builder.space()
    blocks = [Block(*each.build(), kind=kind) for each in (builder, *notes) if each]
    for link in links:
        # (a link in a note is the note's; any other the paragraph's)
        link.block = next((block for block in blocks[1:] if block.offsets[0] <= link.start <= block.offsets[-1]),
                          blocks[0] if blocks else None)
    return blocks, links  # (no block when all of it is hidden: its links are kept, a hidden link is spam)


# What opens a Pandoc inline note ("^["), and the brackets inside one, which close it when they balance.
_NOTE_MARK = re.compile(r"\^\[|\[|\]")


_VOID_ELEMENTS = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                            "param", "source", "track", "wbr"))


class _RawHtml(HTMLParser):
    """The raw HTML tags written inside one Markdown paragraph: which of its text they hide, and their links.

    The text comes from Markdown; the tags say whether it is shown, as the HTML parser reads them:
    hidden by an attribute, or inside an element a browser does not show (`not_shown`: <noscript>,
    <noframes>, an SVG image's <title>), whose links are kept as hidden links. (A raw HTML block is read
    by the HTML parser itself, `html.read_fragment`.)
    """

    def __init__(self, source: str, start: int, end: int, builder: TextBuilder) -> None:
        super().__init__(convert_charrefs=True)
        self.source, self.cursor, self.end = source, start, end
        self.builder = builder
        self.open_elements: list[tuple[str, bool]] = []  # (tag, hidden)
        self.open_anchors: list[dict] = []
        self.links: list[Link] = []
        self.maps: dict[str, bool] = {}  # the image maps used by its images: whether the image shows nothing
        self.map_name = ""  # the <map> open, if any
        self.markup = False  # the tag just read is a script that holds markup
        self.overriding: list[str] = []  # the right-to-left overrides open (`overrides`)

    @property
    def hidden(self) -> bool:
        return bool(self.open_elements) and self.open_elements[-1][1]

    def close_elements(self) -> None:
        """Close what the HTML left open, and the anchors in it."""
        self.open_elements.clear()
        while self.open_anchors:
            self.close_anchor(self.open_anchors.pop())

    def set_cdata_mode(self, elem, *args, **kwargs) -> None:
        """A script that holds markup (`markup_script`) is read as markup, not as text: its links are links
        (hidden, as the script is never shown)."""
        if not (elem == "script" and self.markup):
            super().set_cdata_mode(elem, *args, **kwargs)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        if (tag == "bdo" or "bidi" in str(attributes.get("style") or "")) and overrides(tag, attributes.get):
            self.builder.add("\u202e", [self.cursor])  # (read with the text: `as_shown`)
            self.overriding.append(tag)
        self.markup = tag == "script" and markup_script(attributes.get("type"))
        if tag == "br":
            self.builder.space()
        if tag == "img" and self.open_anchors and (attributes.get("alt") or attributes.get("title") or "").strip():
            # an image in a link stands for its words (alt, else title): the link's anchor (as in HTML)
            self.anchor_text(" " + (attributes.get("alt") or attributes.get("title")) + " ", [self.cursor])
        if tag == "img" and attributes.get("usemap"):
            self.maps[str(attributes["usemap"]).lstrip("#")] = no_size(attributes.get("width")) or \
                no_size(attributes.get("height")) or hidden_by_attributes(attributes, tag)
        elif tag == "map":
            self.map_name = str(attributes.get("name") or "")
        elif tag == "area" and attributes.get("href"):  # an image map's area: a link, its words its anchor
            self.open_anchor(attributes, self.hidden or self.maps.get(self.map_name, False),
                             str(attributes.get("alt") or attributes.get("title") or ""))
            self.close_anchor(self.open_anchors.pop())
        # (an <a xlink:href> is a link inside an SVG image; outside one, HTML follows no xlink:href: an address it carries)
        svg_link = tag == "a" and bool(attributes.get("xlink:href")) and any(name == "svg" for name, _ in self.open_elements)
        self.carried(tag, [(name, value) for name, value in attrs if name != "xlink:href"] if svg_link else attrs)
        addresses = element_addresses(tag, attributes.get) if tag in ADDRESS_ATTRIBUTES else ()
        if addresses and (tag in _VOID_ELEMENTS or tag in ADDRESS_WORDS_IN_ATTRIBUTES or tag in ADDRESS_NOT_SHOWN):
            # an address the element's words do not follow: a link at its tag (see html.address_link)
            words = "" if tag in ADDRESS_NOT_SHOWN else str(attributes.get("title") or attributes.get("value") or "")
            for url in addresses:
                self.open_anchor({"href": url}, self.hidden or tag in ADDRESS_NOT_SHOWN, words, tag)
                self.close_anchor(self.open_anchors.pop())
            addresses = ()
        if tag in _VOID_ELEMENTS:
            return
        inside = [name for name, _ in self.open_elements]
        # (an SVG image of no size draws nothing)
        self.open_elements.append((tag, self.hidden or hidden_by_attributes(attributes, tag) or not_shown(tag, inside)
                                   or tag == "svg" and (no_size(attributes.get("width")) or no_size(attributes.get("height")))))
        if svg_link:
            attributes.setdefault("href", attributes["xlink:href"])
        address = followed_address(tag, attributes) if tag == "a" or "onclick" in attributes or "on" in attributes \
            else None
        if address:  # an <a>, or an element whose script goes to an address (as in the HTML parser)
            self.open_anchor({**attributes, "href": address}, self.hidden, title=str(attributes.get("title") or ""))
        for url in addresses:  # a form, a button, an option: its words are the link's, as an <a>'s
            self.open_anchor({"href": url}, self.hidden, element=tag)

    def carried(self, tag: str, attrs: list) -> None:
        """The addresses the tag carries in its attributes (`carried_addresses`, as in the HTML parser): each a link
        with no words of its own at the tag, not shown as a link."""
        found = carried_addresses(tag, [(name, value) for name, value in attrs if value], (ADDRESS_ATTRIBUTES.get(tag),))
        if found:
            tag_text = self.get_starttag_text() or ""
            tag_at = self.source.find(tag_text, self.cursor, self.end)
            start, end = (self.cursor, self.cursor + 1) if tag_at == -1 else (tag_at, tag_at + len(tag_text))
            self.links.extend(Link(url, "", start, end, hidden=True, html=True, element=tag, carrier=name)
                              for name, url in found)

    def open_anchor(self, attributes: dict, hidden: bool, words: str = "", element: str = "", title: str = "") -> None:
        """Open a link at the tag just read, its anchor text so far ``words`` (``element``: the tag other than
        <a> that sends the browser there, `Link.element`; ``title``: its tooltip, `Link.title`)."""
        tag_text = self.get_starttag_text() or ""
        tag_at = self.source.find(tag_text, self.cursor, self.end)
        tag_at = self.cursor if tag_at == -1 else tag_at  # not found: point at where we are
        self.cursor = min(max(self.cursor, tag_at + len(tag_text)), self.end)
        rel = tuple(r.lower() for r in str(attributes.get("rel") or "").split())
        self.open_anchors.append({"url": str(attributes["href"]).strip(), "rel": rel, "hidden": hidden,
                                  "text": words, "tag_at": tag_at, "tag_end": self.cursor,
                                  "depth": len(self.open_elements), "element": element,
                                  "title": title})

    def handle_endtag(self, tag: str) -> None:
        if self.overriding and self.overriding[-1] == tag:
            self.overriding.pop()
            self.builder.add("\u202c", [self.cursor])
        if tag not in (name for name, _ in self.open_elements):
            return
        while self.open_elements:
            name, _ = self.open_elements.pop()
            if self.open_anchors and self.open_anchors[-1]["depth"] > len(self.open_elements):
                self.close_anchor(self.open_anchors.pop())
            if name == tag:
                break

    def anchor_text(self, text: str, offsets: list[int]) -> None:
        """Count text toward the anchors it stands in."""
        for anchor in self.open_anchors:
            if offsets:
                anchor.setdefault("start", offsets[0])
                anchor["end"] = offsets[-1] + 1
            anchor["text"] += text

    def close_anchor(self, anchor: dict) -> None:
        # an empty anchor points at its tag
        start, end = anchor.get("start", anchor["tag_at"]), anchor.get("end", anchor["tag_end"])
        self.links.append(Link(anchor["url"], " ".join(anchor["text"].split()), start, end,
                               rel=anchor["rel"], hidden=anchor["hidden"], html=True, element=anchor["element"],
                               title=anchor["title"]))
        self.links.extend(Link(url, "", start, end, hidden=True, html=True, element=anchor["element"] or "a",
                               carrier=carrier) for carrier, url in message_addresses(anchor["url"]))
