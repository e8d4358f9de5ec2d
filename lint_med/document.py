"""The document model every parser produces and every rule reads.

All positions are character offsets into ``Document.source`` (the decoded file);
the engine turns them into 1-based line and column numbers.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Iterator, Sequence


class cached_property:  # noqa: N801  (named as the functools decorator it stands for)
    """``functools.cached_property`` without its lock: the value worked out on first access and kept
    in the instance's ``__dict__``, where later look-ups find it before this descriptor.

    Python 3.11's takes a lock at every first access, twice the cost of the computation for the
    attributes asked once per block or link (a block's sentences, a link's domain: tens of
    thousands a run); lint-med reads a document in one thread."""

    def __init__(self, func) -> None:
        self.func, self.attrname, self.__doc__ = func, func.__name__, func.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.attrname] = self.func(instance)
        return value


BLOCK_KINDS = ("heading", "paragraph", "list_item", "quote", "table_cell", "caption")


@dataclass(eq=False)
class Text:
    """A run of article text and, for each character, its offset in the source."""

    text: str
    offsets: list[int]

    def source_span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        """Return the source offsets covering ``text[start:end]``."""
        if not self.offsets:
            return (0, 0)
        end = len(self.text) if end is None else end
        start = min(max(start, 0), len(self.offsets) - 1)
        last = min(max(end - 1, start), len(self.offsets) - 1)
        return self.offsets[start], self.offsets[last] + 1

    def text_index(self, offset: int) -> int | None:
        """The index in ``text`` of the character at source ``offset`` (``source_span`` read
        backwards), or None when none of the text stands there. Offsets rise through a text: a
        binary search, not a scan per question."""
        at = bisect.bisect_left(self.offsets, offset)
        return at if at < len(self.offsets) and self.offsets[at] == offset else None


@dataclass(eq=False)
class Sentence:
    """A sentence of a block; ``start``/``end`` index into ``block.text``."""

    block: "Block"
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    def source_span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        end = self.end - self.start if end is None else end
        return self.block.source_span(self.start + start, self.start + end)


@dataclass(eq=False)
class Block(Text):
    """A paragraph, list item, heading, quote, table cell or caption."""

    kind: str = "paragraph"
    level: int = 0  # heading level; 0 for other kinds
    section: "Section | None" = None
    index: int = 0  # position in Document.blocks

    @cached_property
    def sentences(self) -> list[Sentence]:
        return [Sentence(self, s, e) for s, e in split_sentences(self.text)]

    @cached_property
    def lowered(self) -> str:
        """``self.text.lower()``, made once and read by every rule that searches the block in lowercase
        (several rules each lowered every block of the page)."""
        return self.text.lower()


# (a host ends at a bracket too, as an IPv6 literal's brackets enclose the whole host: the bare
# "https://shop.example[/embed]" of a shortcode goes to shop.example)
_URL_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]*:)?//(?:[^/?#@]*@)?(\[[^\]/?#@]*\]|[^/?#:@\[\]]+)", re.I)


def url_host(url: str) -> str:
    """The host an absolute URL points to, lower-cased and without "www." ("" for a relative one): what
    follows the userinfo, if any ("https://clinic.example@shop.example/" goes to shop.example)."""
    match = _URL_HOST.match(url)
    return match.group(1).lower().removeprefix("www.") if match else ""


# an absolute address of a web page ("https://...", "//..."), as the whole of a string
ABSOLUTE_ADDRESS = re.compile(r"(?:https?:)?//[^\W_][^\s'\"`<>]*\Z", re.I)


def _toml(path: Path) -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def _browser_schemes() -> dict[str, str]:
    """Each scheme that opens a web page in another browser (browser_schemes.toml, beside this file), by how the page's
    address follows it ("host_https", "host_http", "intent", "address", "url_query")."""
    return {scheme: how for how, schemes in _toml(Path(__file__).parent / "browser_schemes.toml").items() for scheme in schemes}


_INTENT_SCHEME = re.compile(r"#Intent;(?:[^#]*;)?scheme=([a-z][a-z0-9+.-]*);", re.I)


def opened_address(url: str) -> tuple[str, str] | None:
    """(the web page's address, the scheme) of an address that opens a web page in another browser than an app's own
    ("x-safari-https://shop.example/buy" opens https://shop.example/buy, `_browser_schemes`); None for any other."""
    scheme, colon, rest = url.partition(":")
    how = _browser_schemes().get(scheme.lower()) if colon else None
    if how is None:
        return None
    if how == "address":
        page = rest.strip()
    elif how == "url_query":
        from urllib.parse import parse_qs, urlsplit

        page = next(iter(parse_qs(urlsplit(url).query).get("url", [])), "").strip()
    elif not rest.startswith("//"):
        return None
    elif how == "intent":
        intent = _INTENT_SCHEME.search(rest)
        page = f"{intent.group(1).lower() if intent else 'http'}:{rest.partition('#Intent;')[0]}"
    else:
        page = ("https:" if how == "host_https" else "http:") + rest
    return (page, scheme.lower()) if ABSOLUTE_ADDRESS.match(page) else None


@dataclass(eq=False)
class Link:
    """A hyperlink or a bare URL written in prose."""

    url: str
    text: str  # anchor text ("" for a bare URL or an empty anchor)
    start: int  # source span of the anchor text, or of the tag/URL
    end: int
    rel: tuple[str, ...] = ()
    hidden: bool = False
    bare: bool = False
    html: bool = False  # an HTML <a> element (also raw HTML in Markdown), so it can carry rel
    block: Block | None = None
    # the element other than <a>/<area> that sends the browser there ("iframe", "meta", "form"...:
    # parsers.element_addresses), "" for a link or a URL written in the text
    element: str = ""
    # the attribute that carries the address when it is no link the reader follows ("ping", "title", a QR code
    # image's "src", "json-ld" for structured data: parsers.carried_addresses), "" otherwise
    carrier: str = ""
    # the scheme of an address written to open the page in another browser than an app's own ("x-safari-https",
    # "intent": opened_address), "" otherwise; ``url`` is then the page's own address
    via: str = ""
    # the link's title, the tooltip a reader reads about it (`<a title>`, Markdown's `[W](A "title")`): what plain text
    # writes beside its address ("Deutsch (Gartenmöbel kaufen): https://..."), "" when none; its spaces as shown
    title: str = ""

    def __post_init__(self) -> None:
        if self.title:
            self.title = " ".join(self.title.split())
        # (most addresses are a page's, "http..." or relative: only one with another scheme is looked up)
        if not self.via and ":" in self.url[:20] and self.url[:4].lower() != "http":
            opened = opened_address(self.url)
            if opened:
                self.url, self.via = opened

    def source_span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        return self.start, self.end

    @cached_property  # rules ask for it thousands of times per page; the url does not change
    def domain(self) -> str:
        return url_host(self.url)

    @property
    def is_external(self) -> bool:
        return bool(self.domain)


@dataclass(eq=False)
class Section:
    """A heading and the blocks under it, up to the next heading of any level.

    The section before the first heading has ``heading=None``.
    """

    heading: Block | None
    blocks: list[Block] = field(default_factory=list)

    @property
    def level(self) -> int:
        return self.heading.level if self.heading else 0

    @property
    def title(self) -> str:
        return self.heading.text if self.heading else ""

    def source_span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        if self.heading:
            return self.heading.source_span()
        return self.blocks[0].source_span() if self.blocks else (0, 0)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass(eq=False)
class Directive:
    """An in-article ``lint-med:`` comment (suppressions)."""

    action: str  # disable, enable, disable-next-line, disable-file
    codes: tuple[str, ...]
    start: int
    end: int


_UNSET = object()

Attributes = tuple[tuple[str, str], ...]  # an element's (name, value) pairs, in the order its tag gives them


@dataclass(eq=False)
class Markup:
    """What an HTML page's elements say about the page itself, noted by the parser in its one
    pass over the tree (parsers/html.py, _TagIndex), for rules to read here instead of scanning
    the page's source for it: the attributes of every <meta> and <time> tag and of every element
    with an ``itemprop``, every ``rel`` value and every distinct ``class`` value. Elements only:
    a tag written inside a script, a comment or text is no element."""

    metas: list[Attributes] = field(default_factory=list)
    times: list[Attributes] = field(default_factory=list)
    itemprops: list[Attributes] = field(default_factory=list)
    rels: list[str] = field(default_factory=list)
    classes: set[str] = field(default_factory=set)


@dataclass(eq=False)
class Document:
    """An article, whatever its format."""

    path: str
    format: str  # html, markdown or text
    source: str
    title: str = ""
    meta: dict = field(default_factory=dict)  # author, reviewer, published, updated, lang, ...
    blocks: list[Block] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    has_structured_meta: bool = False  # the format can carry author/date (HTML, front matter)
    # Subject vocabularies registered by packs (subject -> terms); the engine fills it in.
    vocabulary: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (start, end, message) of parts the parser could not read but the article around them
    # was still read (front matter that does not parse): the engine reports them as LM004.
    unread: list[tuple[int, int, str]] = field(default_factory=list)
    # What the page's elements carry (HTML pages with elements; None for other formats).
    markup: Markup | None = None

    def __post_init__(self) -> None:
        self._memo: dict = {}  # see memo
        self.link_blocks()

    def link_blocks(self) -> None:
        """Number the blocks and group them into sections (parsers call this after edits)."""
        self.sections = []
        current = Section(None)
        for index, block in enumerate(self.blocks):
            block.index = index
            if block.kind == "heading":
                if current.heading or current.blocks:
                    self.sections.append(current)
                current = Section(block)
            else:
                current.blocks.append(block)
            block.section = current
        if current.heading or current.blocks:
            self.sections.append(current)

    def memo(self, compute, *args):
        """``compute(self, *args)``, worked out once per document and kept with it: the one way
        rules share a per-document result (page kind, a topic model, the link set), instead of
        each module keeping its own cache keyed by document."""
        key = (compute, *args)
        value = self._memo.get(key, _UNSET)  # asked thousands of times a page: one look-up
        if value is _UNSET:
            value = self._memo[key] = compute(self, *args)
        return value

    def release(self) -> None:
        """Let the document be freed the moment it is let go of: drop what rules worked out on it
        and the links from its blocks back to their sections and from their sentences back to
        them. These reference cycles left each linted page to the cycle collector, which re-read
        its blocks' offsets (one number a character) at each pass until it found it was garbage."""
        fields = {f.name for f in dataclasses.fields(self)}
        for name in [name for name in vars(self) if name not in fields]:  # a rule's cache holds the document
            del self.__dict__[name]
        self._memo = {}
        self.sections = []
        for block in self.blocks:
            block.section = None
            block.__dict__.pop("sentences", None)

    @cached_property
    def line_starts(self) -> list[int]:
        if "\r" not in self.source:  # the usual case, done in C: each line's length plus its "\n"
            lines = self.source.split("\n")
            return list(itertools.accumulate(map((1).__add__, map(len, lines[:-1])), initial=0))
        starts = [0]
        starts.extend(m.end() for m in re.finditer(r"\r\n|\r|\n", self.source))
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column of a source offset."""
        if self._newline_index is not None:  # the usual case: see NewlineIndex
            return self._newline_index.line_col(offset)
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    @cached_property
    def _newline_index(self) -> NewlineIndex | None:
        return NewlineIndex(self.source) if "\r" not in self.source else None

    def line_end(self, line_start: int, limit: int | None = None) -> int:
        """Where the line starting at ``line_start`` ends, before its "\\n", "\\r\\n" or "\\r";
        ``limit`` when it goes on past ``limit``."""
        limit = len(self.source) if limit is None else min(limit, len(self.source))
        if self._newline_index is not None:  # no "\r": the first "\n", sought no further than needed
            end = self.source.find("\n", line_start, limit)
            return limit if end == -1 else end
        line = bisect.bisect_right(self.line_starts, line_start)  # the next line's number - 1
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.source)
        for terminator in "\n\r":  # "\n", "\r\n" or "\r"
            if end > line_start and self.source[end - 1] == terminator:
                end -= 1
        return min(end, limit)

    def line_text(self, line: int) -> str:
        starts = self.line_starts
        begin = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.source)
        return self.source[begin:end].rstrip("\r\n")

    @property
    def sentences(self) -> Iterator[Sentence]:
        for block in self.blocks:
            if block.kind != "heading":
                yield from block.sentences

    def anchor_span(self) -> tuple[int, int]:
        """Where a finding about the whole article points: its title heading, else its first block."""
        headings = [b for b in self.blocks if b.kind == "heading"]
        first = min(headings, key=lambda b: b.level) if headings else (self.blocks[0] if self.blocks else None)
        return first.source_span() if first is not None else (0, 0)

    @property
    def prose_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind != "heading"]

    @cached_property
    def body_text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


class NewlineIndex:
    """Line and column of offsets in a text whose lines all end in "\\n".

    The plain definition is Document.line_starts and a bisect; but building that list
    splits the whole page (0.4 ms a page on the Readability corpus, as much as the rest of
    the engine's bookkeeping), while a page's findings ask about a few dozen offsets, most
    of them close together in its body. So each answer counts the line ends from the
    nearest offset already answered (str.count, in C) and is kept for the next.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        # offsets answered, in order, with their line and the offset where that line starts
        self.offsets, self.lines, self.starts = [0], [1], [0]

    def line_col(self, offset: int) -> tuple[int, int]:
        source, offsets = self.source, self.offsets
        i = bisect.bisect_right(offsets, offset) - 1  # the nearest answered offset at or before
        before = offsets[i]
        if before == offset:
            return self.lines[i], offset - self.starts[i] + 1
        if i + 1 < len(offsets) and offsets[i + 1] - offset < offset - before:  # nearer after: count back
            line = self.lines[i + 1] - source.count("\n", offset, offsets[i + 1])
        else:
            line = self.lines[i] + source.count("\n", before, offset)
        start = self.starts[i] if line == self.lines[i] else source.rfind("\n", before, offset) + 1
        offsets.insert(i + 1, offset)
        self.lines.insert(i + 1, line)
        self.starts.insert(i + 1, start)
        return line, offset - start + 1


def per_document(compute):
    """Make ``compute(doc, *args)`` run once per document and arguments: plainly
    ``doc.memo(compute, *args)`` (see Document.memo), whose look-up is written out here, one call
    fewer for the ~50,000 asks of a pass over the 130 readability pages (same key, same cache)."""
    @functools.wraps(compute)
    def once_per_document(doc, *args):
        key = (compute, *args)
        value = doc._memo.get(key, _UNSET)
        if value is _UNSET:
            value = doc._memo[key] = compute(doc, *args)
        return value
    return once_per_document


def outline(doc: Document) -> Iterator[str]:
    """The article as lint-med reads it: each block's line in the file, its kind, and its text."""
    for block in doc.blocks:
        line = doc.line_col(block.offsets[0])[0] if block.offsets else 0
        kind = f"h{block.level}" if block.kind == "heading" else block.kind
        yield f"{line:>6}  {kind:<10}  {block.text}"


# --- sentences ------------------------------------------------------------

# Abbreviations that end in a period without ending a sentence.
_ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "e.g", "i.e", "al", "fig", "no",
    "approx", "ca", "inc", "ltd", "jr", "sr", "u.s", "u.k", "mg", "vol", "pp", "cf", "dept",
}
# A month's abbreviation before a number ends no sentence: a date ("Oct. 26, 2011 --", a news story's dateline).
_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# The word before a sentence end, read from the reversed text so that one anchored match
# finds it (a forward search for a word ending at the sentence end retries every start
# in the window); looked for in a short window so the cost per sentence is fixed. Only
# the word's first character and its text without trailing periods are used, and those
# are the same whichever side takes the periods between the word and the end.
_LAST_WORD_REVERSED = re.compile(r"[\"'”’)\]]*[.!?]*([\w.]+)")
_LAST_WORD_WINDOW = 64
# A sentence end right after this many letters or digits follows a word longer than any
# abbreviation, and not an initial: most sentences end so, and need no look at the word.
_LONG_WORD = max(map(len, _ABBREVIATIONS)) + 1
# A sentence end; group 1 is the first non-space character after it (None at the end of
# the text), so that a lowercase continuation is seen without copying the rest of the
# text. Written "[.!?][.!?]*" rather than "[.!?]+" because a pattern that starts with a
# character set lets the regex engine skip ahead to the next candidate character.
_SENTENCE_END = re.compile(r"[.!?][.!?]*[\"'”’)\]]*(?=\s*\Z|\s+(\S))")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans, keeping abbreviations and decimals whole."""
    spans = []
    size = len(text)
    start = size - len(text.lstrip())  # where the current sentence starts: never on a space
    reversed_text = None  # made at the first sentence end that needs the word before it
    for match in _SENTENCE_END.finditer(text):
        following = match.group(1)
        if following is not None and following.islower():
            continue  # the sentence goes on: "e.g. the", "3 p.m. today"
        end = match.end()
        stop = match.start()
        if stop < _LONG_WORD or not text[stop - _LONG_WORD:stop].isalnum():
            if reversed_text is None:
                reversed_text = text[::-1]
            window_start = max(start, stop - _LAST_WORD_WINDOW)
            word = _LAST_WORD_REVERSED.match(reversed_text, size - end, size - window_start)
            if word:
                last = word.group(1)[::-1]
                bare = last.lower().rstrip(".")
                if match.group().startswith(".") and (bare in _ABBREVIATIONS or
                                                      bare in _MONTHS and following and following.isdigit()):
                    continue
                if len(last.rstrip(".")) == 1 and last[0].isupper():
                    continue  # an initial: "J. Smith"
        # Neither end is a space: a sentence end is punctuation, the next sentence starts
        # at the first character after the spaces that follow it.
        spans.append((start, end))
        start = match.start(1) if following is not None else size
    rest = text[start:].rstrip()
    if rest:
        spans.append((start, start + len(rest)))
    return spans


# --- building text with offsets --------------------------------------------


_ODD_RUN = re.compile(r"\s{2,}|[^\S ]")
# \u2011, a non-breaking hyphen, is folded to "-". Plainly [^\S ]|  |\u00ad|\u2011; written to start with
# the set of the characters that start a match (a space is one only when another follows it), so that
# the regex engine skips in C to each of them instead of trying four alternatives at every character.
_ODD_SPACE = re.compile(r"[\s\u00ad\u2011](?:(?<! )| )")


# --- text as a reader sees it -----------------------------------------------
# Characters a reader reads as others: a letter or digit of the mathematical alphabets (bold, sans-serif,
# monospace, double-struck: U+1D400-1D7FF), a letterlike symbol ("ℂ"), an enclosed one ("ⓐ") or a full-width
# letter or digit ("ａ"; not its punctuation, which Chinese and Japanese are written with) is read as the
# letter it folds to (NFKC), when it folds to one character; and a right-to-left override (U+202E) shows the run
# it covers, to a pop (U+202C) or the end of the text, backwards: its characters are read in the order shown.
# The text keeps its length (the override's controls become spaces), so its offsets hold.
_SHOWN_OTHERWISE = re.compile("[\u202d\u202e\u2100-\u214f\u2460-\u24ff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\U0001d400-\U0001d7ff]")
_PAST_QUOTES = re.compile("[\u202d-\U0010ffff]")
_OVERRIDE = re.compile("\u202e([^\u202c\u202d\u202e]*)\u202c?")


class _Folds(dict):
    """A str.translate table: each character of `_SHOWN_OTHERWISE` to the one it folds to, if one."""

    def __missing__(self, code: int) -> str:
        import unicodedata

        char = chr(code)
        folded = unicodedata.normalize("NFKC", char) if _SHOWN_OTHERWISE.match(char) else char
        self[code] = value = folded if len(folded) == 1 else char
        return value


_FOLDS = _Folds({0x202D: " "})  # (a left-to-right override shows what it covers as written: a space)


def as_shown(text: str) -> str:
    """The text as a reader reads it (see above): of the same length."""
    # (most texts are ASCII or hold no character past U+202C, curly quotes and dashes aside: one range, sought
    # faster than the class)
    if text.isascii() or _PAST_QUOTES.search(text) is None or _SHOWN_OTHERWISE.search(text) is None:
        return text
    if "\u202e" in text:
        text = _OVERRIDE.sub(lambda match: " " + match.group(1)[::-1] + " " * (len(match.group()) - len(match.group(1)) - 1),
                             text)
    return text.translate(_FOLDS)


class TextBuilder:
    """Accumulate text pieces with their source offsets, collapsing whitespace.

    Plainly, character by character: every run of whitespace becomes one space, none at the
    start or end of the text; a soft hyphen (U+00AD) is dropped, a non-breaking hyphen
    (U+2011) is "-"; each character kept keeps its offset, a space the offset of the first
    character of its run. The text is kept as the pieces added (each a stretch of the text
    with single spaces), not one string of one character each: joined once, in build.
    """

    __slots__ = ("pieces", "offsets", "last")

    def __init__(self) -> None:
        self.pieces: list[str] = []  # the text so far, in stretches (never an empty one)
        self.offsets: list[int] = []  # one per character of the text so far
        self.last = ""  # the text's last character ("" while there is none)

    def add(self, text: str, offsets: Sequence[int]) -> None:
        if not _ODD_SPACE.search(text):
            # Fastest path: words separated by single spaces, no soft hyphen.
            if text.startswith(" ") and self.last in ("", " "):
                text, offsets = text[1:], offsets[1:]
            if text:
                self.pieces.append(text)
                self.offsets.extend(offsets[:len(text)])
                self.last = text[-1]
            return
        if "\u2011" in text:  # a non-breaking hyphen ("post\u2011surgical") is a hyphen to every rule; same length
            text = text.replace("\u2011", "-")
        if "\u00ad" not in text:
            # Fast path: copy the stretches between odd whitespace (line breaks, double spaces) whole;
            # each odd run becomes one space.
            position = 0
            for match in _ODD_RUN.finditer(text):
                self._add_clean(text, offsets, position, match.start())
                if self.last not in ("", " "):
                    self.pieces.append(" ")
                    self.offsets.append(offsets[match.start()])
                    self.last = " "
                position = match.end()
            self._add_clean(text, offsets, position, len(text))
            return
        for char, offset in zip(text, offsets):
            if char.isspace() or char == "\u00ad":
                if char == "\u00ad":
                    continue
                if self.last in ("", " "):
                    continue
                char = " "
            self.pieces.append(char)
            self.offsets.append(offset)
            self.last = char

    def _add_clean(self, text: str, offsets: Sequence[int], start: int, end: int) -> None:
        """Add text[start:end], which has only single spaces."""
        if start < end and text[start] == " " and self.last in ("", " "):
            start += 1
        if start < end:
            self.pieces.append(text[start:end])
            self.offsets.extend(offsets[start:end])
            self.last = text[end - 1]

    def space(self) -> None:
        if self.last not in ("", " "):
            self.pieces.append(" ")
            self.offsets.append(self.offsets[-1])
            self.last = " "

    def build(self) -> tuple[str, list[int]]:
        text = as_shown("".join(self.pieces)).rstrip(" ")
        del self.offsets[len(text):]
        return text, self.offsets

    def __bool__(self) -> bool:
        """Whether the text holds a character other than a space: whether it holds any, as no
        piece is added in front of it that starts with a space."""
        return bool(self.pieces)


_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
# Where character-by-character matching is needed: an entity, a tag, a carriage return, or
# whitespace that a single space of text may stand for. Stretches between them are matched whole,
# at most _STRETCH characters at a time, so that a mismatch costs no more than the loop's window.
_SPECIAL = re.compile(r"[&<\r]|\s\s")
_STRETCH = 256


class CharactersHeld:
    """Which characters a source holds anywhere, each looked for once per source."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._held: dict[str, bool] = {}

    def lacks_one_of(self, text: str) -> bool:
        """Whether ``text`` holds a character outside ASCII that the source holds nowhere (one the
        page writes as an entity: "’" as "&rsquo;"): then the text is nowhere in the source."""
        if text.isascii():
            return False
        for char in set(_NOT_ASCII.findall(text)):
            held = self._held.get(char)
            if held is None:
                held = self._held[char] = char in self.source
            if not held:
                return True
        return False


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
# How far past the cursor a text is first looked for (see find_text).
_NEAR = 4096


def find_text(source: str, text: str, start: int, end: int, held: CharactersHeld | None) -> int:
    """``source.find(text, start, end)``. A text is nearly always found just after the cursor, so it is
    first looked for there (the first place found there is the first place in the whole range); a
    text written otherwise in the source (with an entity) is not found, and the search of the rest of
    a page, hundreds of kilobytes, is spared when ``held`` tells it cannot be there."""
    near_end = start + len(text) + _NEAR
    if near_end >= end:
        return source.find(text, start, end)
    found = source.find(text, start, near_end)
    if found != -1 or held is not None and held.lacks_one_of(text):
        return found
    return source.find(text, start, end)


def align(source: str, text: str, start: int, end: int | None = None,
          skip_tags: bool = False, held: CharactersHeld | None = None) -> tuple[Sequence[int], int]:
    """Find where each character of ``text`` stands in ``source[start:end]``.

    ``text`` is what a parser decoded from the source: entities are decoded and
    markup between its characters is skipped. Returns the offsets and the
    source offset just after the last matched character (a range when the text stands whole
    in the source, as it nearly always does: no list of it is made). Characters that
    cannot be matched get the offset of the previous match. With ``skip_tags``
    (HTML), characters inside ``<...>`` are never matched. ``held``: the
    characters the source holds (CharactersHeld), to spare searches for a text
    that cannot be there.
    """
    end = len(source) if end is None else end
    direct = find_text(source, text, start, end, held)
    for _ in range(50):  # skip matches inside a tag's attributes
        if direct == -1 or outside_tag(source, direct):
            break
        close = source.find(">", direct)
        direct = -1 if close == -1 else source.find(text, close + 1, end)
    else:  # still inside a tag (a ">" of the text is every tag's end): match character by character
        direct = -1
    if direct != -1:
        return range(direct, direct + len(text)), direct + len(text)
    offsets: list[int] = []
    i = start
    last = max(min(start, end - 1), 0)  # a start at the end (text found nowhere) still points into the source
    size = len(text)
    k = 0  # the next character of text to place
    window_start, window = -1, set()  # every character _find_char could find from window_start
    while k < size:
        # A stretch of source with no entity, tag, carriage return or run of spaces that holds
        # the next characters of text as they are: each stands where the loop below would put it.
        special = _SPECIAL.search(source, i, min(end, i + _STRETCH))
        run = min((special.start() if special else min(end, i + _STRETCH)) - i, size - k)
        if run > 0 and source[i + run - 1].isspace():
            run -= 1  # a space at the stretch's end may stand for the spaces after it: the loop decides
        if run > 0 and text.startswith(source[i:i + run], k):
            offsets.extend(range(i, i + run))
            i += run
            last = i - 1
            k += run
            continue
        char = text[k]
        k += 1
        if char.isspace():
            # whitespace may be collapsed or be an entity; don't scan for it
            j = i
            while j < end and source[j].isspace():
                j += 1
            offsets.append(i if i < end else last)
            last = offsets[-1]  # so that an unmatched character after it does not point before it
            if j > i:
                last, i = j - 1, j
            continue
        here = _match_here(source, char, i, end, skip_tags)
        if here:  # the character, or an entity for it, stands right here (text dense with entities)
            offsets.append(i)
            last, i = i, here
            continue
        limit = min(end, i + _SCAN)
        if window_start != i:  # the window moves only when a character is found
            window_start, window = i, window_chars(source, i, limit, skip_tags)
        if char not in window:  # cannot be found: the usual case for a run of text the parser changed
            offsets.append(last)
            continue
        found, after = _find_char(source, char, i, limit, skip_tags)
        if found == -1:
            offsets.append(last)
        else:
            offsets.append(found)
            last, i = found, (_match_here(source, char, found, end, skip_tags) if char == "&" else after)
    return offsets, i


@functools.lru_cache(maxsize=4096)
def _unescape(entity: str) -> str:
    from html import unescape  # imported when first needed: html.entities is a large table

    return unescape(entity)


def _match_here(source: str, char: str, i: int, end: int, skip_tags: bool) -> int:
    """The offset after ``char`` when it, or an entity decoding to it, starts ``source`` at ``i``; else 0.

    The first step of find_char_plain, taken without building a window: in text of one entity
    after another a window per character cost (window size x text length) entity decodings,
    30 s for 50,000 "&amp;". Unlike find_char_plain, an "&" of the text that "&amp;" stands for
    resumes after the whole entity, so the next character is not looked for inside it.
    """
    if i >= end:
        return 0
    c = source[i]
    if c == "&":  # an entity first, so that an "&" of the text standing for "&amp;" resumes after it
        entity = _ENTITY.match(source, i)
        if entity and _unescape(entity.group()) == char:
            return entity.end()
    if c == char and not (c == "<" and skip_tags):
        return i + 1
    return 0


# How far align looks for a character that is not where the text says it is.
_SCAN = 400


def find_char_plain(source: str, char: str, start: int, limit: int, skip_tags: bool) -> tuple[int, int]:
    """Where ``char`` of a parser's text stands in ``source[start:limit]``, and the offset after it.

    The plain definition: look at each character in turn; with ``skip_tags`` pass over each
    ``<...>`` whole; ``char`` itself or an entity decoding to it is a match. (-1, start) when
    there is none. _find_char gives the same answers faster.
    """
    j = start
    while j < limit:
        c = source[j]
        if c == "<" and skip_tags:
            close = source.find(">", j, limit)
            j = close + 1 if close != -1 else limit
            continue
        if c == char:
            return j, j + 1
        if c == "&":
            m = _ENTITY.match(source, j)
            if m and _unescape(m.group()) == char:
                return j, m.end()
        j += 1
    return -1, start


def _find_char(source: str, char: str, start: int, limit: int, skip_tags: bool) -> tuple[int, int]:
    """find_char_plain, jumping from one character that matters to the next with str.find.

    Only three characters stop the plain loop: ``char``, "&" and (with ``skip_tags``) "<";
    every other one just moves it on. Most characters align is asked for here are not in
    the window at all (text the parser changed), and the plain loop read up to 400
    characters in Python for each of them.
    """
    at_char = source.find(char, start, limit)
    at_amp = source.find("&", start, limit) if char != "&" else -1  # an "&" that is char matches as itself
    at_tag = source.find("<", start, limit) if skip_tags else -1
    while True:
        if at_tag != -1 and (at_char == -1 or at_tag <= at_char) and (at_amp == -1 or at_tag < at_amp):
            close = source.find(">", at_tag, limit)  # a tag first (a "<" that is char too): pass over it
            j = close + 1 if close != -1 else limit
            if at_char != -1 and at_char < j:
                at_char = source.find(char, j, limit)
            if at_amp != -1 and at_amp < j:
                at_amp = source.find("&", j, limit)
            at_tag = source.find("<", j, limit)
        elif at_char != -1 and (at_amp == -1 or at_char < at_amp):
            return at_char, at_char + 1
        elif at_amp != -1:
            m = _ENTITY.match(source, at_amp)
            if m and _unescape(m.group()) == char:
                return at_amp, m.end()
            at_amp = source.find("&", at_amp + 1, limit)
        else:
            return -1, start


def window_chars(source: str, start: int, limit: int, skip_tags: bool) -> set[str]:
    """Every character find_char_plain(source, char, start, limit, skip_tags) can find.

    The characters of the window outside tags (passed over as that loop passes over them)
    and what each entity among them decodes to. Text that a parser changed asks for one
    character after another in the same window; most are in none of it.
    """
    found: set[str] = set()
    j = start
    while j < limit:
        tag = source.find("<", j, limit) if skip_tags else -1
        stop = limit if tag == -1 else tag
        found.update(source[j:stop])
        amp = source.find("&", j, stop)
        while amp != -1:
            entity = _ENTITY.match(source, amp)  # not bounded by the window: the plain loop's match is not
            if entity:
                found.add(_unescape(entity.group()))
            amp = source.find("&", amp + 1, stop)
        if tag == -1:
            break
        close = source.find(">", tag, limit)
        j = close + 1 if close != -1 else limit
    return found


def outside_tag(source: str, offset: int) -> bool:
    """True when ``offset`` is not inside a ``<...>`` tag of the source."""
    return source.rfind("<", 0, offset) <= source.rfind(">", 0, offset)
