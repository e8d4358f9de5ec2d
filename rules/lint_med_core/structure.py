"""Structure: empty sections, and missing author, date or references."""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import re
from collections.abc import Iterable

from lint_med import Hit, Option, per_document, rule
from lint_med.document import split_sentences

from . import _speech
from ._data import load
from ._evidence import SourceSpan, block_starts, lowered_body
from ._voice import page_reports
from .boilerplate import boilerplate_blocks, keyword_headings


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    return load("structure_metadata")


class _MetadataValue:
    """Where a metadata value stands in the source, looked up only when a finding needs
    it: a search of a large page for each value cost more than the rest of LM304."""

    def __init__(self, value: str) -> None:
        self.value = value

    def locate(self, doc) -> SourceSpan | None:
        at = doc.source.find(self.value)
        return SourceSpan(at, at + len(self.value)) if at >= 0 else None


_PAGE_START = re.compile(r"<(?:!doctype|html|head)\b", re.I)


def _is_full_page(doc) -> bool:
    """An HTML file that is a whole page (it can carry <meta> and JSON-LD), not a fragment."""
    return bool(_PAGE_START.search(doc.source, 0, 5000))


def _can_carry_metadata(doc) -> bool:
    """HTML pages and Markdown with front matter; plain text and fragments cannot."""
    if doc.format == "html":
        return _is_full_page(doc)
    if doc.format == "markdown":
        return doc.has_structured_meta
    return False


def prose_word_count(doc) -> int:
    """The number of words in the article's prose (not its headings)."""
    return sum(map(len, map(str.split, (block.text for block in doc.prose_blocks))))


def has_prose_words(doc, count: int) -> bool:
    """Whether the article's prose holds at least ``count`` words: counted only as far as
    needed (a long article is known to be long after its first paragraphs)."""
    words = 0
    for block in doc.blocks:
        if words >= count:
            return True
        if block.kind != "heading":
            words += len(block.text.split())
    return words >= count


# --- searching the article's lowercased text ---------------------------------------------
# Rules test their key words against the article's lowercased text (computed once per
# document) rather than against each block, and search lowercased text with lowercased
# patterns rather than with re.I where that gives the same matches.

@functools.lru_cache(maxsize=None)
def _lowercases_plainly(char: str) -> bool:
    """Whether ``char`` lowercases to one character that a case-insensitive regex treats
    as it treats that lowercase: it is its class's usual lowercase (not "ı", "ſ", "ς", which
    re.I also matches to "i", "s", "σ"), never lowercases by context (capital sigma), and
    is a letter, digit or space exactly when its lowercase is."""
    lower = char.lower()
    return (len(lower) == 1 and char.upper().lower() == lower and char != "\u03a3"
            and char.isalnum() == lower.isalnum() and char.isspace() == lower.isspace()
            and char.isdecimal() == lower.isdecimal())


_ASCII = frozenset(map(chr, range(128)))


def lowercase_search_is_exact(text: str) -> bool:
    """Whether searching ``text.lower()`` with a lowercased pattern finds what re.I finds."""
    return text.isascii() or _lowercases_letter_by_letter(text)


@functools.lru_cache(maxsize=16)  # a text is often searched with several patterns in turn
def _lowercases_letter_by_letter(text: str) -> bool:
    return all(map(_lowercases_plainly, set(text).difference(_ASCII)))


def blocks_holding(doc, keys) -> set[int] | None:
    """Positions in ``doc.blocks`` of the blocks whose lowercased text may hold one of
    ``keys`` (lowercase ASCII), or None when that cannot be told (then any block may).

    The keys are looked for once in the lowercased text of the whole article instead of
    in every block: testing each key against each block cost more than the searches.
    """
    lower = lowered_body(doc)
    if len(lower) != len(doc.body_text):  # a letter lowercased to two ("İ"): offsets do not line up
        return None
    starts = block_starts(doc)
    found = set()
    for key in keys:
        at = lower.find(key)
        while at != -1:
            position = bisect.bisect_right(starts, at) - 1
            found.add(position)
            # Further places in that block add nothing: go on from the next block.
            at = lower.find(key, starts[position + 1]) if position + 1 < len(starts) else -1
    return found


def _find_all(text: str, key: str):
    """Every place where ``key`` starts in ``text``."""
    at = text.find(key)
    while at != -1:
        yield at
        at = text.find(key, at + 1)


def _blocks_at(doc, offsets) -> set[int]:
    """Positions in ``doc.blocks`` of the blocks holding these offsets of ``doc.body_text``."""
    starts = block_starts(doc)
    return {bisect.bisect_right(starts, offset) - 1 for offset in offsets}


# The raw page is scanned for the same markup by several rules (author and date
# attributes, <meta> and <time> tags). A scan of a large page costs far more than trying a
# pattern at a few places, so each literal is found once per document and the patterns
# are tried only where it occurs.

@per_document
def _starts(doc, what: str | re.Pattern) -> list[int]:
    """Every place in the page source where ``what`` (a string, or a regex whose matches
    cannot overlap) starts, in order; found once per document."""
    if isinstance(what, str):
        return list(_find_all(doc.source, what))
    return [match.start() for match in what.finditer(doc.source)]


def _matches_at(pattern: re.Pattern, source: str, starts) -> list[re.Match]:
    """The matches of ``pattern.finditer(source)``, given (in order) every place where one
    may start."""
    matches = []
    done = 0  # finditer resumes after its previous match: keep that
    for start in starts:
        if start >= done:
            match = pattern.match(source, start)
            if match:
                matches.append(match)
                done = match.end()
    return matches


def _tag(source: str, start: int) -> str:
    """The tag starting at ``start``, up to its ">"."""
    end = source.find(">", start)
    return source[start:end] if end != -1 else source[start:]


# Where a <time> or a <meta> tag may start, in any case.
_TIME_OR_META = re.compile(r"<[tm][ie][mt][ea]", re.I)


# --- LM302 empty-section -----------------------------------------------------------

_MEDIA = re.compile(r"<(?:img|picture|video|audio|iframe|figure|table|embed|object|svg|canvas)\b|!\[", re.I)


@rule("LM302", "empty-section", category="structure", severity="warning")
def empty_section(doc, options):
    """Report a heading with nothing under it.

    ## What it does
    Reports a heading that is followed directly by another heading of the same or a
    higher level, or by the end of the article, with no text, list, table or image in
    between. A heading followed by a subheading is fine: the subsections are its
    content. A section holding only an image, video, embed or table counts as content.
    A heading that is a single link (a teaser card or a table-of-contents entry) is not
    a section. Headings before the article's first paragraph are its title block
    (title, deck, kicker, pronunciation line), and a heading printed twice in a row is
    one title; a line that credits a picture ("Illustration by Ana Ruiz", "Photo: Reuters",
    "© NIH") or names a file a link downloads ("English PDF", "Leaflet (PDF, 2 MB)") stands
    for the picture or the file, lost in a text copy (`media_lines`); a page's short notice above the title ("This story is over 5 years old.")
    is not that first paragraph. In plain text, a short line under a paragraph that is all
    one quotation is the pull quote's source ("Expert report 2018"), not a heading. Separators ("###", "* * *") and the labels a page prints around an
    article ("Advertisement", "Continue reading below": `page_furniture` in
    `data/structure_metadata.toml`), nor a site's buttons ("Find a dermatologist", "Book an
    appointment": `call_to_action_labels`). In plain text, where headings are
    guessed from short lone lines, a line of more than eight words, with a URL, an e-mail
    address or a phone number, a "Label: value" field, a line whose sentence goes on in
    lowercase on the next line and the last line are taken for prose; and
    three or more short lone lines in a row (up to 15 words each, none ending a sentence)
    are a table, a list of facts or a menu flattened to text, not a chain of empty
    sections: a facts box whose value was lost ("Also called", then "Available as") is
    part of its table.

    Headings that LM402 reports as bare search keyphrases, and widget headings that
    LM401 reports ("Leave a Reply"), are not reported again here: their problem is what
    they are, not that they are empty.

    ## Why is this bad?
    An empty section promises content that is not there. It is usually a leftover of
    an unfinished draft, a deleted paragraph or a template, and it breaks the outline
    that readers and screen readers navigate by.

    ## Example
    ```markdown
    ## How to store naltrexone

    ## Side effects
    Most people ...
    ```

    ## Use instead
    Write the section, or remove its heading.

    ## References
    - W3C WAI tutorial "Page Structure: Headings"
      (www.w3.org/WAI/tutorials/page-structure/headings/): headings describe the content
      that follows them.
    - DISCERN item 1-2 (Charnock et al. 1999): the article achieves its stated aims.
    """
    skip = set(keyword_headings(doc)) | {block.index for block, _, _ in boilerplate_blocks(doc)}
    # A heading that is one link is a teaser card or a table-of-contents entry, not a
    # section; a heading right before one is the card's kicker.
    linked = _link_headings(doc)
    blocks = doc.blocks
    heading = [block.kind == "heading" and _is_heading(doc, position) for position, block in enumerate(blocks)]
    # In plain text, every short lone line (the parser's guess at a heading, up to 15 words):
    # the runs of a flattened table hold values too long for a heading ("Used for" /
    # "To help prevent relapse in people with ...").
    short_line = [block.kind == "heading" for block in blocks]
    # Headings before the first paragraph are the title block (title, deck, kicker,
    # pronunciation, brand names), not sections; a page's short notices above the title
    # ("FYI.", "This story is over 5 years old.") are not that paragraph.
    first_prose = next((position for position in range(len(blocks))
                        if not heading[position] and not _title_block_notice(blocks, heading, position)),
                       len(blocks))
    for position in range(first_prose, len(blocks)):
        block = blocks[position]
        if not heading[position] or block.index in skip or block.index in linked:
            continue
        if doc.format == "text" and _run_length(short_line, position) >= 3:
            continue  # short lines in a row: a table, a list of facts or a menu, flattened to text
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        if following is not None and (not heading[position + 1] or following.level > block.level
                                      or following.index in linked
                                      or following.text.strip().lower() == block.text.strip().lower()):
            continue  # content, a subsection, a teaser card, or the same title printed twice
        if _media_between(doc, block, following):
            continue
        if doc.format == "text" and position > 0 and _is_quotation(blocks[position - 1]):
            continue  # the source line under a pulled quotation ("Expert report 2018")
        where = ("followed directly by the next heading" if following is not None
                 else "at the end of the article")
        yield Hit(block, f'Section "{_clip(block.text)}" is empty: the heading is {where}',
                  suggestion="Write the section, or remove the heading.")


_TITLE_NOTICE_WORDS = 8
_OPENING_QUOTES = "\"“‘'«„"
_CLOSING_QUOTES = "\"”“’'»"


def _title_block_notice(blocks, heading: list[bool], position: int) -> bool:
    """Whether a paragraph is a page's notice above the article's title ("FYI.", "This
    story is over 5 years old."): one sentence of at most eight words, before any heading
    and with one in the next two blocks. A short paragraph under the title is its intro."""
    block = blocks[position]
    return (block.kind == "paragraph" and len(block.text.split()) <= _TITLE_NOTICE_WORDS
            and len(split_sentences(block.text)) == 1 and any(heading[position + 1:position + 3])
            and not any(heading[:position]))


def _is_quotation(block) -> bool:
    """Whether a paragraph is all one quotation (a pull quote), whose source line follows it."""
    return block.kind in ("paragraph", "quote") and all_quoted(block.text)


def all_quoted(text: str) -> bool:
    """Whether a text is all one quotation: it opens on a quotation mark and closes on one, its closing
    punctuation aside (a pull quote)."""
    text = text.strip()
    return len(text) > 2 and text[0] in _OPENING_QUOTES and text.rstrip(".,;:!? ")[-1:] in _CLOSING_QUOTES


def _is_heading(doc, position: int) -> bool:
    """Whether ``doc.blocks[position]`` heads a section: not a separator or a page's ad
    label. In plain text, where headings are guessed from short lone lines, a line of more
    than eight words, with a URL, an e-mail address or a phone number (a press contact), a
    "Label: value" field, a line the next one goes on from in lowercase (a sentence broken
    over lines) and the last line (a sign-off, a caption or a cut-off sentence) are prose."""
    block = doc.blocks[position]
    text = block.text
    if block.kind != "heading" or not any(map(str.isalpha, text)):
        return False  # not a heading, or a separator ("###", "* * *", "-30-")
    label = text.strip().rstrip(":")
    if label.lower() in _page_furniture() or _call_to_action().fullmatch(label):
        return False  # an ad label ("Advertisement"), a button ("Find a dermatologist")
    if _media_line().match(label):
        return False  # a picture's credit ("Illustration by Ana Ruiz") or a file's link ("English PDF")
    if doc.format != "text":
        return True
    following = doc.blocks[position + 1] if position + 1 < len(doc.blocks) else None
    return (following is not None and len(text.split()) <= 8
            and not following.text[:1].islower()  # a sentence broken over lines goes on
            and "://" not in text and "www." not in text and "@" not in text
            and sum(map(str.isdigit, text)) < 7  # a phone number: a press contact line
            and not _FIELD_LINE.match(text))


# "Contact: Matt Russell", "Source: Asthma UK": a label and its value on one line.
_FIELD_LINE = re.compile(r"\s*\w+(?: \w+){0,2}: \S")


@functools.lru_cache(maxsize=1)
def _page_furniture() -> frozenset[str]:
    return frozenset(label.lower() for label in _data()["page_furniture"])


@functools.lru_cache(maxsize=1)
def _media_line() -> re.Pattern:
    """A line that stands for a picture (its credit) or a file (its link): `media_lines`."""
    return re.compile("|".join(f"(?:{line})" for line in _data()["media_lines"]), re.I)


@functools.lru_cache(maxsize=1)
def _call_to_action() -> re.Pattern:
    """A site's button or link label ("Find a doctor", "Book an appointment"): the page's
    navigation, which a text copy of the page prints as a lone short line."""
    return re.compile("|".join(f"(?:{label})" for label in _data()["call_to_action_labels"]), re.I)


def _run_length(flags: list[bool], position: int) -> int:
    """The length of the run of true ``flags`` that holds ``position``."""
    start = end = position
    while start > 0 and flags[start - 1]:
        start -= 1
    while end + 1 < len(flags) and flags[end + 1]:
        end += 1
    return end - start + 1


def _link_headings(doc) -> set[int]:
    """Indexes of headings whose text is (almost) all one link."""
    spans = sorted((link.start, link.end) for link in doc.links if not link.bare)
    if not spans:
        return set()
    import bisect

    starts = [start for start, _ in spans]
    found = set()
    for block in doc.blocks:
        if block.kind != "heading" or not block.offsets:
            continue
        first, last = block.offsets[0], block.offsets[-1]
        i = bisect.bisect_right(starts, first) - 1
        while i >= 0 and i < len(spans) and spans[i][0] <= last:
            start, end = spans[i]
            covered = sum(1 for offset in block.offsets if start <= offset < end)
            if covered >= 0.8 * len(block.offsets):
                found.add(block.index)
                break
            i += 1
    return found


def _media_between(doc, heading, following) -> bool:
    if doc.format == "text" or not heading.offsets:
        return False
    start = heading.offsets[-1] + 1
    end = following.offsets[0] if following is not None and following.offsets else len(doc.source)
    return bool(_MEDIA.search(doc.source, start, end))


def _clip(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


# --- LM303 missing-author -----------------------------------------------------------

# Author markup, each tried only where its literal occurs (see _starts).
_REL_AUTHOR = re.compile(r"""rel=["']?author\b""")  # tried just before each "author"
_ITEMPROP_AUTHOR = re.compile(r"""itemprop=["']?(?:author|reviewedBy|creator)\b""")
_META_AUTHOR = re.compile(r"""<meta\s[^>]*?(?:name|property)=["']?[\w:.-]*author["'\s][^>]*?content=["']?[^"'\s>]""")


_ATTRIBUTE_END = re.compile(r"[\"'][\s>]|>")  # the end of an attribute value or of the tag


def has_author_markup(doc) -> bool:
    """Author markup on a page: rel/itemprop author, an author <meta>, a byline or author class.

    Read from the page's elements as the parser noted them (doc.markup), which cost nothing
    more to note; the page's source is scanned for it (author_markup_in_source, the plain
    definition) only when they were not noted (Markdown's inline HTML)."""
    if doc.markup is None:
        return author_markup_in_source(doc)
    return _author_markup_in_elements(doc.markup)


_REL_AUTHOR_VALUE = re.compile(r"author\b")  # _REL_AUTHOR's value
_ITEMPROP_AUTHOR_VALUE = re.compile(r"(?:author|reviewedBy|creator)\b")  # _ITEMPROP_AUTHOR's value
_AUTHOR_META_NAME = re.compile(r"[\w:.-]*author")  # _META_AUTHOR's name or property
# How far into a class value a word is found: the source scan looks for "class=" at most 200
# characters before the word, and the value starts 7 after it (class=").
_CLASS_REACH = 199


def _author_markup_in_elements(markup) -> bool:
    """author_markup_in_source, read from the page's elements: a rel starting with the word
    "author", a class value holding "author" or "byline", an itemprop starting with the word
    "author", "reviewedBy" or "creator", or an author <meta> (_is_author_meta)."""
    if any(_REL_AUTHOR_VALUE.match(rel) for rel in markup.rels):
        return True
    if any("author" in value[:_CLASS_REACH] or "byline" in value[:_CLASS_REACH] for value in markup.classes):
        return True
    if any(name == "itemprop" and _ITEMPROP_AUTHOR_VALUE.match(value)
           for attributes in markup.itemprops for name, value in attributes):
        return True
    return any(map(_is_author_meta, markup.metas))


def _is_author_meta(attributes) -> bool:
    """A <meta> tag as _META_AUTHOR matches it: a name or property (its attribute's name ends
    so) all of whose value is [\\w:.-] ending in "author" ("author", "article:author"), with a
    content attribute after it whose value starts with a character other than a quote or a space."""
    return any(name.endswith(("name", "property")) and _AUTHOR_META_NAME.fullmatch(value)
               and any(later.endswith("content") and _unquoted_start(content) for later, content in attributes[at + 1:])
               for at, (name, value) in enumerate(attributes))


def _unquoted_start(value: str) -> bool:
    """Whether a value starts as the source patterns' [^"'\\s>] reads it."""
    return bool(value) and value[0] not in "\"'>" and not value[0].isspace()


def author_markup_in_source(doc) -> bool:
    """The plain definition of has_author_markup: the markup in the page's source, where
    _REL_AUTHOR, _ITEMPROP_AUTHOR or _META_AUTHOR match, or a class attribute's value holds
    "author" or "byline" (each pattern tried only where its literal occurs)."""
    source = doc.source
    authors = _starts(doc, "author")
    if any(_REL_AUTHOR.match(source, start) for at in authors for start in (at - 5, at - 4)
           if start >= 0 and source.startswith("rel=", start)):
        return True
    if _in_class_attribute(source, authors):  # class="author vcard"
        return True
    if any(_ITEMPROP_AUTHOR.match(source, at) for at in _starts(doc, "itemprop=")):
        return True
    if any(source.startswith("<meta", at) and "author" in _tag(source, at) and _META_AUTHOR.match(source, at)
           for at in _starts(doc, _TIME_OR_META)):
        return True
    return _in_class_attribute(source, _starts(doc, "byline"))  # class="post-byline"


def _in_class_attribute(source: str, places) -> bool:
    """Whether any of these places of the page is inside a class attribute's value."""
    for at in places:
        attribute = source.rfind("class=", max(0, at - 200), at)
        if attribute != -1 and not _ATTRIBUTE_END.search(source, attribute + 7, at):
            return True
    return False


_NAME = r"(?:Dr\.?\s+)?[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|da|del|der|le|la|bin|al-[A-Z]\w*)){0,4}"


@functools.lru_cache(maxsize=8)
def _byline_pattern(extra: tuple[str, ...]) -> re.Pattern:
    prefixes = "|".join(sorted(list(_data()["byline_prefixes"]) + list(extra), key=len, reverse=True))
    return re.compile(rf"(?:^|[|•·–—]\s*)(?i:{prefixes})\s*:?\s+{_NAME}", re.M)


_REVIEWED_BY = re.compile(r"\b(?:medically|clinically) reviewed by\s+[A-Z]")
# A byline starts a line or follows one of these separators ("News | By Jane Doe").
_BYLINE_SEPARATORS = ("\n", "|", "•", "·", "–", "—")


def find_byline(doc, extra_prefixes=()):
    """The block holding a visible byline ("By Jane Doe, MD", "Medically reviewed by ..."), or None."""
    pattern = _byline_pattern(tuple(extra_prefixes))
    for block in doc.prose_blocks:
        text = block.text
        # A block without a line break or a separator can only hold a byline at its start:
        # a match there is far cheaper than a search, which tries every position.
        if len(text) <= 200 and (pattern.match(text) or any(map(text.__contains__, _BYLINE_SEPARATORS))
                                 and pattern.search(text)):
            return block
        if text.find("reviewed by", 0, 300) != -1 and _REVIEWED_BY.search(text[:300]):
            return block
    return None


@rule("LM303", "missing-author", category="structure", severity="warning", options={
    "extra_byline_prefixes": Option([], "more words that start a byline (regular expressions), "
                                        "e.g. a site's 'Our pharmacist'"),
})
def missing_author(doc, options):
    """Report an article that names no author or medical reviewer where its format can.

    ## What it does
    Looks for the author in every place the format offers: author and reviewer
    metadata (`<meta name="author">`, JSON-LD `author`/`reviewedBy`, front matter
    `author`/`reviewer`), author markup (`rel="author"`, `itemprop="author"`, a
    `byline` or `author` class), and a visible byline in the text ("By Jane Doe, MD",
    "Written by ...", "Medically reviewed by ..."). Reported once, at line 1.

    Only formats that can carry an author are checked: full HTML pages and Markdown
    with front matter. Plain text, HTML fragments and Markdown without front matter are
    drafts or exports whose metadata lives in the CMS; they are never reported.

    ## Why is this bad?
    Authorship is the first of the JAMA benchmarks for health information: readers
    need to know who wrote the article and with what qualifications, and who reviewed
    it. Search engines weigh it for health ("your money or your life") pages.

    ## Example
    ```html
    <html><head><title>Low dose naltrexone</title></head>
    <body><article><h1>Low dose naltrexone</h1><p>...</p></article></body></html>
    ```

    ## Use instead
    Add a byline with credentials and the medical reviewer, and the matching metadata:
    `<meta name="author" content="Jane Doe, PharmD">` or JSON-LD `"author"`.

    ## References
    - Silberg, Lundberg and Musacchio, "Assessing, controlling, and assuring the quality
      of medical information on the Internet", JAMA 1997;277:1244 (authorship).
    - Google Search Quality Rater Guidelines, E-E-A-T and YMYL topics.
    - schema.org Article `author`, MedicalWebPage `reviewedBy`.
    """
    if not _can_carry_metadata(doc):
        return
    if doc.meta.get("author") or doc.meta.get("reviewer"):
        return
    if doc.format == "html" and has_author_markup(doc):
        return
    if find_byline(doc, tuple(options.extra_byline_prefixes)) is not None:
        return
    yield Hit(None, "The article names no author or medical reviewer (no author metadata, "
                    "author markup or visible byline)",
              suggestion='Add a byline with credentials ("By Jane Doe, PharmD; medically reviewed by ...") '
                         "and the author metadata.")


# --- LM304 missing-date ------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _date_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, int]]:
    data = _data()
    month_names = sorted(data["months"], key=len, reverse=True)
    months = {name: (i % 12) + 1 for i, name in enumerate(data["months"][:12])}
    months.update({name: list(months).index(next(m for m in months if m.startswith(name[:3]))) + 1
                   for name in data["months"][12:]})
    month = "(?:" + "|".join(month_names) + r")\.?"
    date = (rf"(?:\d{{4}}-\d{{1,2}}(?:-\d{{1,2}})?|{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
            rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{month},?\s+\d{{4}}|{month},?\s+\d{{4}}"
            rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}|\d{{4}})")
    labels = "|".join(sorted(data["date_labels"], key=len, reverse=True))
    labelled = re.compile(rf"(?<!\w)(?:{labels})\b\s*(?:on|:|-|–)?\s*(?:on\s+)?(?P<date>{date})(?!\d)", re.I)
    # "Feb. 23, 2015 -- Life-threatening ..." (a news dateline) or a block that is only a date.
    dateline = re.compile(rf"^\s*(?P<date>{date})\s*(?:--|—|–|-\s|\||$)", re.I)
    return labelled, dateline, re.compile(date, re.I), months


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_DATE_WORDS = re.compile(r"[A-Za-z]+|\d+")


def parse_date(text: str) -> datetime.date | None:
    """Read a date written in any of the usual ways; the end of the period when only a year/month."""
    *_, months = _date_patterns()
    text = text.strip()
    try:
        iso = _ISO_DATE.match(text)
        if iso:
            year, month = int(iso.group(1)), int(iso.group(2))
            return datetime.date(year, month, int(iso.group(3) or _last_day(year, month)))
        numeric = _NUMERIC_DATE.match(text)
        if numeric:  # day/month order is ambiguous: keep the year only
            return datetime.date(int(numeric.group(3)), 12, 31)
        words = _DATE_WORDS.findall(text)
        year = next((int(w) for w in words if len(w) == 4 and w.isdigit()), None)
        if year is None:
            return None
        month = next((months[w.lower()] for w in words if w.lower() in months), None)
        day = next((int(w) for w in words if w.isdigit() and len(w) <= 2), None)
        if month is None:
            return datetime.date(year, 12, 31)
        return datetime.date(year, month, day or _last_day(year, month))
    except ValueError:
        return None


def _last_day(year: int, month: int) -> int:
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return (following - datetime.timedelta(days=1)).day


_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime=[\"']?([^\"'\s>]+)", re.I)
_ITEMPROP_DATE = re.compile(
    r"itemprop=[\"']?(?:datePublished|dateModified|lastReviewed|dateCreated)[\"']?[^>]*?"
    r"(?:content|datetime|title)=[\"']?([^\"'>]+)")
# <meta name="publishdate" content="...">, <meta property="article:modified_time" ...>, either order.
_META_DATE = re.compile(
    r"<meta\s(?=[^>]*?(?:name|property|itemprop)=[\"']?[\w:.-]*(?:date|publish|modified|updated|reviewed)[\w:.-]*)"
    r"[^>]*?content=[\"']([^\"']{4,40})[\"']", re.I)
# <span class="date">March 3, 2025</span>, <h5 class="article-posted-date">...</h5> (a fallback)
_CLASS_DATE = re.compile(
    r"class=[\"'][^\"'>]{0,80}?(?:date|published|posted|timestamp)[^\"'>]{0,80}[\"'][^>]{0,200}>\s*([^<]{4,80}?)\s*<")


_FOUR_DIGITS = re.compile(r"\d\d\d\d")  # as \d{4}, which the regex engine looks for three times slower
# Every _META_DATE tag holds one of these (in any case) before its end.
_META_DATE_WORD = re.compile(r"date|publish|modified|updated|reviewed")


def _may_be_date_meta(source: str, start: int) -> bool:
    """False when the tag at ``start`` cannot match _META_DATE: a cheap test first, the
    pattern's lookahead is slow on the many other <meta> tags of a page."""
    tag = _tag(source, start)
    return not tag.isascii() or _META_DATE_WORD.search(tag.lower()) is not None


def _date_tags(doc) -> tuple[list[int], list[int]]:
    """Where a <time> tag, and a <meta> tag that may hold a date, start in the page."""
    source = doc.source
    tags = _starts(doc, _TIME_OR_META)
    return ([at for at in tags if source[at + 1] in "tT"],
            [at for at in tags if source[at + 1] in "mM" and _may_be_date_meta(source, at)])


@per_document
def markup_dates_in_source(doc) -> dict[str, list[re.Match]]:
    """The plain definition of the page's date markup: the matches in its source of
    _TIME_TAG, _ITEMPROP_DATE and _META_DATE (each tried only where a tag may start), by kind."""
    source = doc.source
    times, metas = _date_tags(doc)
    return {"time": _matches_at(_TIME_TAG, source, times),
            "itemprop": _matches_at(_ITEMPROP_DATE, source, _starts(doc, "itemprop=")),
            "meta": _matches_at(_META_DATE, source, metas)}


_TIME_VALUE = re.compile(r"[^\"'\s>]+")  # _TIME_TAG's date
_ITEMPROP_VALUE = re.compile(r"[^\"'>]+")  # _ITEMPROP_DATE's date
_DATE_ITEMPROPS = ("datePublished", "dateModified", "lastReviewed", "dateCreated")
_META_DATE_NAME = re.compile(r"[\w:.-]*(?:date|publish|modified|updated|reviewed)", re.I)  # _META_DATE's name


def markup_dates_in_elements(markup) -> dict[str, list[str]]:
    """markup_dates_in_source, read from the page's elements: the dates (the patterns' group 1)
    of its <time> tags, itemprop dates and date <meta> tags, by kind, in the page's order."""
    return {"time": [date for date in map(_time_date, markup.times) if date],
            "itemprop": [date for date in map(_itemprop_date, markup.itemprops) if date],
            "meta": [date for date in map(_meta_date, markup.metas) if date]}


def _time_date(attributes) -> str | None:
    """A <time> tag's date as _TIME_TAG reads it: of the last datetime attribute (its name is
    "datetime" or ends in "-datetime") whose value starts with one, up to a quote or a space."""
    for name, value in reversed(attributes):  # [^>]* is greedy
        if name == "datetime" or name.endswith("datetime") and not _is_word_char(name[-9]):
            found = _TIME_VALUE.match(value)
            if found:
                return found.group()
    return None


def _itemprop_date(attributes) -> str | None:
    """An element's date as _ITEMPROP_DATE reads it: an itemprop starting with a date's name,
    then the first content, datetime or title attribute (by the end of its name) after it whose
    value starts with one, up to a quote."""
    for at, (name, value) in enumerate(attributes):
        if name == "itemprop":
            if not value.startswith(_DATE_ITEMPROPS):
                return None
            for later, content in attributes[at + 1:]:
                found = later.endswith(("content", "datetime", "title")) and _ITEMPROP_VALUE.match(content)
                if found:
                    return found.group()
            return None
    return None


def _meta_date(attributes) -> str | None:
    """A <meta> tag's date as _META_DATE reads it: a name, property or itemprop (by the end of
    its attribute's name) whose value starts with [\\w:.-] holding "date", "publish", "modified",
    "updated" or "reviewed" (in any case), and the first content attribute of 4 to 40 characters
    with no quote in them."""
    if not any(name.endswith(("name", "property", "itemprop")) and _META_DATE_NAME.match(value)
               for name, value in attributes):
        return None
    return next((value for name, value in attributes if name.endswith("content")
                 and 4 <= len(value) <= 40 and "'" not in value and '"' not in value), None)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class _MarkupDate:
    """A date of one kind of markup (see markup_dates_in_source), the ``occurrence``-th with its
    text, placed in the source only when a finding needs it: the page's elements tell no place in
    the source. Counted by its text among the matches that can be elements, not by its place among
    all the matches: a tag commented out or written in a script is matched in the source but is no
    element."""

    def __init__(self, kind: str, text: str, occurrence: int) -> None:
        self.kind, self.text, self.occurrence = kind, text, occurrence

    def locate(self, doc) -> SourceSpan | None:
        same = [match for match in markup_dates_in_source(doc)[self.kind]
                if match.group(1) == self.text and not _in_comment_or_script(doc.source, match.start())]
        return SourceSpan(*same[self.occurrence].span(1)) if self.occurrence < len(same) else None


def _in_comment_or_script(source: str, at: int) -> bool:
    """Whether ``at`` stands inside a comment, a <script> or a <style>, whose text holds no element."""
    before = source[:at].lower()  # only when a finding is placed
    return (before.rfind("<!--") > before.rfind("-->")
            or max(before.rfind("<script"), before.rfind("<style")) > max(before.rfind("</script"), before.rfind("</style")))


def _markup_dates(doc, found: list) -> None:
    """Add the dates of <time>, itemprop, <meta> and (as a fallback) date-class markup."""
    if doc.markup is not None:
        for kind, texts in markup_dates_in_elements(doc.markup).items():
            for number, text in enumerate(texts):
                date = parse_date(text)
                if date:
                    found.append((date, _MarkupDate(kind, text, texts[:number].count(text)), "date markup"))
    else:
        for matches in markup_dates_in_source(doc).values():
            for match in matches:
                date = parse_date(match.group(1))
                if date:
                    found.append((date, SourceSpan(match.start(1), match.end(1)), "date markup"))
    if found:
        return  # a date-like class is only a fallback
    for match in _CLASS_DATE.finditer(doc.source):
        if _YEAR.search(match.group(1)):
            date = parse_date(match.group(1))
            if date:
                found.append((date, SourceSpan(match.start(1), match.end(1)), "date markup"))


def article_dates(doc) -> list[tuple[datetime.date, object, str]]:
    """Dates the article shows for itself: (date, where, how it was found); ``where`` is a
    (block, span in its text), a place in the source, or a _MetadataValue or _MarkupDate to locate."""
    found = []
    for key in ("updated", "published"):
        value = doc.meta.get(key)
        date = parse_date(value) if value else None
        if date:
            found.append((date, _MetadataValue(value), f"{key} metadata"))
    if doc.format in ("html", "markdown") and "<" in doc.source:  # Markdown may hold inline HTML
        _markup_dates(doc, found)
    labelled, dateline, _, _ = _date_patterns()
    for block in doc.blocks:  # a lone "Last updated: May 2024" line may parse as a heading
        short = len(block.text) <= 200
        # Every date holds four digits: a cheap test before the label patterns. A long
        # block is only matched at its start, which needs no test first.
        if short and not _FOUR_DIGITS.search(block.text):
            continue
        matches = list(labelled.finditer(block.text)) if short else []
        if not matches:
            first = dateline.match(block.text)
            matches = [first] if first else []
        for match in matches:
            date = parse_date(match.group("date"))
            if date and not (len(match.group("date")) == 4 and not short):
                found.append((date, (block, match.span("date")), "date line"))
    return found


@rule("LM304", "missing-date", category="structure", severity="warning", options={
    "max_age_years": Option(3, "report the article when its most recent date (review, update or "
                               "publication) is older than this many years; 0 turns this off"),
})
def missing_date(doc, options):
    """Report an article with no date, or whose last review or update is years old.

    ## What it does
    Collects the dates the article gives for itself: publication, update and review
    metadata (`<meta>`, JSON-LD `datePublished`/`dateModified`/`lastReviewed`, front
    matter `date`/`updated`/`reviewed`), `<time datetime>` and `itemprop` date markup,
    and visible lines ("Updated March 3, 2025", "Last reviewed: 2024-01-05", a news
    dateline "Feb. 23, 2015 --").

    - No date at all: reported at line 1, only where the format can carry one (full
      HTML pages and Markdown with front matter; plain text, HTML fragments and
      Markdown without front matter are never reported for this).
    - The most recent date is older than `max_age_years` (default 3) before today:
      reported at that date, in any format, unless the page is a news report or a
      first-person account (its voice reports what others said, or tells what happened to
      "me", rather than advising: see LM901). Such a page is a record of its date: nobody
      reviews a news story or a diary entry, and its date already tells the reader how
      old it is; the review cycle is for pages that advise or explain for today.

    ## Why is this bad?
    Currency is one of the JAMA benchmarks and DISCERN's fifth question: medical
    knowledge, doses and approvals change, and readers must be able to tell how old the
    information is. Health publishers review articles on a cycle (commonly 1-3 years).

    ## Example
    ```markdown
    ---
    title: Low dose naltrexone
    author: Jane Doe, PharmD
    ---
    ```

    ## Use instead
    Show the publication date and the date of the last medical review, and keep the
    review current: `updated: 2025-03-03` / "Last reviewed March 3, 2025".

    ## References
    - Silberg, Lundberg and Musacchio, JAMA 1997;277:1244 (currency).
    - Charnock et al., "DISCERN", J Epidemiol Community Health 1999;53:105 (question 5).
    - schema.org `datePublished`, `dateModified`, `lastReviewed`.
    """
    dates = article_dates(doc)
    if not dates:
        if _can_carry_metadata(doc):
            yield Hit(None, "The article shows no date of publication, update or review "
                            "(no date metadata, <time> markup or visible date line)",
                      suggestion='Add the publication date and the date of the last medical review '
                                 '("Last reviewed March 3, 2025") and the matching metadata.')
        return
    years = float(options.max_age_years or 0)
    if years <= 0:
        return
    today = datetime.date.today()
    current = [d for d in dates if d[0] <= today + datetime.timedelta(days=1)]
    if not current:
        return
    date, where, how = max(current, key=lambda d: d[0])
    age = (today - date).days / 365.25
    # a news report or a first-person account (its voice reports rather than advises, read once per
    # document for LM901 too) is a record of its date, never reviewed
    if age <= years or page_reports(doc):
        return
    if isinstance(where, tuple):
        at, span = where
    else:
        at, span = where.locate(doc) if isinstance(where, (_MetadataValue, _MarkupDate)) else where, None
    yield Hit(at, f"The article was last dated {date.isoformat()} ({how}), {int(age)} years ago: "
                  f"more than {options.max_age_years} years without a review or update",
              span=span,
              suggestion="Have the article medically reviewed, update it, and show the review date.")


# --- LM305 missing-references ------------------------------------------------------------

_IDENTIFIER = re.compile(r"\b(?:doi:\s*10\.|10\.\d{4,}/\S|PMID:?\s*\d|PMC\d{5,}|ISBN[- ]?\d)", re.I)
_AUTHOR_YEAR = re.compile(
    r"\b[A-Z][A-Za-z'’-]+(?: et al\.?|,? (?:and|&) [A-Z][A-Za-z'’-]+)?,? \(?(?:19|20)\d\d[a-z]?\)"
    r"|\([A-Z][A-Za-z'’-]+(?: et al\.?|,? (?:and|&) [A-Z][A-Za-z'’-]+)?,? (?:19|20)\d\d[a-z]?[;)]"
    r"|\bet al\.?,? \(?(?:19|20)\d\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Every _AUTHOR_YEAR form without "et al" has a year closed by ")" or ";": a cheap test first.
_YEAR_CLOSED = re.compile(r"(?:19|20)\d\d[a-z]?[;)]")
# Each _IDENTIFIER form holds one of these (lowercase) strings, and starts with one of the second.
_IDENTIFIER_HINTS = ("10.", "pmid", "pmc", "isbn")
_IDENTIFIER_STARTS = ("doi:", "10.", "pmid", "pmc", "isbn")
_ATTRIBUTION = re.compile(
    r"\b(?i:according to|data from|figures from|reported by|published (?:in|by)|appear(?:ed|s)? in|"
    r"writing in|in a (?:study|review|report|trial|meta-analysis|paper) (?:in|published in|from|by)|"
    r"in the journal|issue of)"
    r"\s+(?i:the\s+)?(?i:journal\s+)?(?P<name>[A-Z][\w&.'’-]*)")
# Each _ATTRIBUTION form holds one of these (lowercase): substring tests, far cheaper than the regex.
_ATTRIBUTION_HINTS = ("ccording", "from", "reported", "published", "appear", "writing", "journal", "issue of")
# ... and starts with one of these, in any case.
_ATTRIBUTION_STARTS = ("according to", "data from", "figures from", "reported by", "published ", "appear",
                       "writing in", "in a ", "in the journal", "issue of")
_TERTIARY = re.compile(r"^(?:healthline|webmd|verywell\w*|medicalnewstoday|wikipedia|everydayhealth|"
                       r"medical news today|google|youtube|facebook|reddit)$", re.I)
_VAGUE = frozenset({"Experts", "Research", "Studies", "Some", "Many", "Doctors", "Scientists",
                    "Researchers", "Sources", "Reports", "Most", "One", "Recent", "New"})
# A named speaker quoted or reported, as news cites its sources: "Dr. Laffin says",
# "Pfizer, the drug's maker, says", "said chief inspector Jennifer Mattinson", "McGuire told
# Undark". The name is the capitalised word next to the verb (checked against _not_a_name()):
# before it (matched back from the verb) or after it.
_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]*)\.?(?:,[^,.;]{1,50})?,? (?:[a-z]+ )?$")
_NAME_AFTER = re.compile(r"\b(?: [a-z]+){0,3} ([A-Z][\w'’-]*)")


@functools.lru_cache(maxsize=1)
def _reporting_verbs() -> tuple[str, ...]:
    """The reporting verbs, each after a space, in the order tried (data/speech.toml, [uses.source_speaker])."""
    return tuple(" " + verb for verb in _speech.words("source_speaker"))


@functools.lru_cache(maxsize=1)
def _not_a_name() -> frozenset:
    """Capitalised words next to a reporting verb that name no one."""
    return _VAGUE | _speech.not_a_name()


_NUMBERING = re.compile(r"^[\d.\s]+")  # around a heading: "3. References:"
# The lookbehind lets a trailing run be tried once, not from each of its characters (quadratic).
_TRAILING_COLONS = re.compile(r"^[:\s]+$|(?<![:\s])[:\s]+$")
_SOURCE_LABEL = re.compile(r"^\s*(?:sources?|references?|bibliography|citations?|further reading)\s*:", re.I)
_REFERENCE_ENTRY = re.compile(r"(?:19|20)\d\d[a-z]?\b.*?(?:\bet al\b|;\s*\d|\d+\(\d+\)|:\s*\d+[–-]\d+|\bdoi\b|"
                              r"\bJ(?:ournal)?\b\.?\s|\bvol\.?\s*\d)", re.I)


@functools.lru_cache(maxsize=8)
def _authorities(extra: tuple[str, ...]) -> tuple[frozenset, tuple[str, ...], re.Pattern, re.Pattern]:
    data = _data()
    domains = frozenset(d.lower() for d in list(data["authority_domains"]) + list(extra))
    patterns = re.compile("|".join(data["authority_patterns"]), re.I)
    headings = re.compile("(?:" + "|".join(data["reference_headings"]) + ")", re.I)
    return domains, tuple(data["authority_suffixes"]), patterns, headings


def is_authority(domain: str, extra_domains=()) -> bool:
    return _is_authority(domain, tuple(extra_domains))


@functools.lru_cache(maxsize=4096)  # a page links to the same few hosts many times
def _is_authority(domain: str, extra_domains: tuple[str, ...]) -> bool:
    domains, suffixes, patterns, _ = _authorities(extra_domains)
    parts = domain.lower().split(".")
    # "www.ncbi.nlm.nih.gov" is an authority if it or any parent domain is on the list.
    return (any(".".join(parts[i:]) in domains for i in range(len(parts) - 1))
            or domain.lower().endswith(suffixes) or bool(patterns.search(domain)))


def source_signs(doc, extra_domains=()) -> str | None:
    """What shows the article's sources (a reference heading, an authority link, ...), or None."""
    *_, headings = _authorities(tuple(extra_domains))
    for block in doc.blocks:
        if block.kind == "heading":
            cleaned = _TRAILING_COLONS.sub("", _NUMBERING.sub("", block.text.strip()))
            if headings.fullmatch(cleaned):
                return f'the "{block.text}" section'
        elif _SOURCE_LABEL.match(block.text):
            return "a list of sources"
    for link in doc.links:
        if not link.hidden:
            domain = link.domain  # a property that parses the URL each time
            if domain and is_authority(domain, extra_domains):
                return f"a link to {domain}"
    if _has_identifier(doc) or _has_author_year(doc):
        return "a citation"
    entries = 0
    hinted = blocks_holding(doc, _ATTRIBUTION_HINTS)
    for position, block in enumerate(doc.blocks):
        if block.kind == "heading":
            continue
        text = block.text
        if block.kind == "list_item" and _YEAR.search(text) and _REFERENCE_ENTRY.search(text):
            entries += 1
            if entries >= 2:
                return "a list of references"
        if hinted is not None and position not in hinted:
            continue
        lowered = text.lower()
        if not any(hint in lowered for hint in _ATTRIBUTION_HINTS):
            continue
        for match in _attributions(text, lowered):
            name = match.group("name")
            vague = name in _VAGUE and not match.group().lower().startswith(("published", "appeared", "writing"))
            if not vague and not _TERTIARY.match(name):
                return f'a named source ("{match.group()}")'
    return _reported_speech(doc)


def _reported_speech(doc) -> str | None:
    """A named speaker the article quotes or reports ("Dr. Laffin says"), as a source sign."""
    verbs, not_a_name = _reporting_verbs(), _not_a_name()
    hinted = blocks_holding(doc, verbs)
    for position in range(len(doc.blocks)) if hinted is None else sorted(hinted):
        block = doc.blocks[position]
        if block.kind == "heading":
            continue
        text = block.text
        for verb in verbs:
            at = text.find(verb)
            while at != -1:
                end = at + len(verb)
                before = _NAME_BEFORE.search(text, max(0, at - 70), at + 1)  # up to the space before the verb
                after = _NAME_AFTER.match(text, end)
                for match in (before, after):
                    if match and match.group(1) not in not_a_name and not _TERTIARY.match(match.group(1)):
                        return f'a named speaker ("{match.group(1)}", quoted or reported)'
                at = text.find(verb, end)
    return None


def _attributions(text: str, lowered: str) -> Iterable[re.Match]:
    """The matches of ``_ATTRIBUTION.finditer(text)`` (``lowered`` is ``text.lower()``).

    The pattern starts with \\b, so a search tries it at every position of the text;
    where the text lowercases letter by letter it is tried only where a phrase starts.
    """
    if not lowercase_search_is_exact(text):
        return _ATTRIBUTION.finditer(text)
    starts = sorted(at for phrase in _ATTRIBUTION_STARTS for at in _find_all(lowered, phrase))
    return _matches_at(_ATTRIBUTION, text, starts)


def _has_identifier(doc) -> bool:
    """Whether the article's text holds a DOI, PMID, PMC or ISBN (``_IDENTIFIER``)."""
    body, lower = doc.body_text, lowered_body(doc)
    if not any(hint in lower for hint in _IDENTIFIER_HINTS):
        return False
    if not lowercase_search_is_exact(body):
        return _IDENTIFIER.search(body) is not None
    # Every match starts with one of these, in any case: trying the pattern there is far
    # cheaper than its case-insensitive scan of the whole text.
    return any(_IDENTIFIER.match(body, at) for key in _IDENTIFIER_STARTS for at in _find_all(lower, key))


def _years_closed(text: str) -> list[int]:
    """Where each _YEAR_CLOSED match starts in ``text``; plainly ``[m.start() for m in _YEAR_CLOSED.finditer(text)]``.
    Each match ends on its own ")" or ";" (no match holds another, so none overlap): the pattern is tried at
    those, found by str.find, not at every "1" and "2" of the text (3-6 times faster on the 130 pages' texts;
    tests/test_speed_struct.py compares the two)."""
    starts = []
    for close in ");":
        for at in _find_all(text, close):
            if at >= 4 and _YEAR_CLOSED.fullmatch(text, at - 4, at + 1):
                starts.append(at - 4)
            elif at >= 5 and _YEAR_CLOSED.fullmatch(text, at - 5, at + 1):
                starts.append(at - 5)
    return sorted(starts)


def _has_author_year(doc) -> bool:
    """Whether the article's text holds an author-year citation (``_AUTHOR_YEAR``)."""
    body = doc.body_text
    closed = _years_closed(body)
    if "et al" not in body and not closed:
        return False
    # A match stays within a block and holds "et al" or a closed year: search only the
    # blocks holding one, not the whole text, where the pattern is tried at every position.
    offsets = itertools.chain(_find_all(body, "et al"), closed)
    return any(_AUTHOR_YEAR.search(doc.blocks[position].text) for position in sorted(_blocks_at(doc, offsets)))


def _has_citation_markers(doc) -> bool:
    """Whether the article carries citation markers, which LM601 checks against the list."""
    try:
        from ._evidence import evidence
    except ImportError:  # the citations helper is not installed
        return bool(re.search(r"\[\d{1,3}(?:[,–-]\s*\d{1,3})*\]|<sup\b[^>]*>\s*\[?\d", doc.source))
    return bool(evidence(doc).markers)


# What a finished sentence or line ends with: its punctuation, or a closing quote or bracket.
_CLOSING = frozenset(".!?:;…\"'”’)]»*")


def ends_mid_sentence(doc) -> bool:
    """Whether the text stops in the middle of a sentence, so that its end is missing: a
    copy cut off at a length ("... comes as a solution (liquid"). Told by the last block
    when the file stops with it (a whole HTML page goes on with its closing markup) and its
    last sentence is not closed and stops on a word no sentence or label ends on (an
    article, a determiner, a conjunction: "Residents in any") or on a piece of a word (a
    lowercase "word" with no vowel, not a unit after a number: "St John's w", "have severe
    pr"); or it is prose (or a line read as a heading) that runs on for more than eight words
    and stops on a lowercase word; or it is prose that opens a bracket it never closes, or
    follows closed sentences in its paragraph or a closed list item before it. A label, a
    button or a footer line ("Share this article", "Tags: sleep") ends a text without any of
    these."""
    blocks = doc.blocks
    last = blocks[-1] if blocks else None
    if last is None or not last.offsets:
        return False
    if doc.source[last.offsets[-1] + 1:].strip():
        return False  # the file goes on after the text: closing markup, a whole page
    text = last.text.rstrip()
    if not text or text[-1] in _CLOSING:
        return False
    words = text.split()
    if _stops_on_cut_word(words):
        return True
    if last.kind == "heading":  # a plain-text line with no closing stop, read as a heading
        return len(words) > 8 and words[-1][0].islower()
    if last.kind not in ("paragraph", "list_item", "quote"):
        return False
    if text.count("(") > text.count(")") or len(split_sentences(text)) > 1:
        return True
    if last.kind == "list_item" and len(blocks) > 1 and blocks[-2].kind == "list_item":
        before = blocks[-2].text.rstrip()
        if before and before[-1] in ".!?":
            return True  # the items before it end their sentences
    return len(words) > 8 and words[-1][0].islower()


_VOWELS = frozenset("aeiouy")


def _stops_on_cut_word(words: list[str]) -> bool:
    """Whether a line's last word shows the line was cut: a word no sentence ends on
    (`sentence_cannot_end_on`), or a lowercase piece of a word with no vowel ("w", "pr")
    that is no unit after a number ("5 mg")."""
    if len(words) < 2:
        return False
    word = words[-1]
    if word.lower() in _cannot_end_on():
        return True
    return word.isalpha() and word.islower() and _VOWELS.isdisjoint(word) and not words[-2][-1].isdigit()


@functools.lru_cache(maxsize=1)
def _cannot_end_on() -> frozenset[str]:
    return frozenset(_data()["sentence_cannot_end_on"])


def is_product_information(doc) -> bool:
    """Whether the text is a medicine's approved product information (a package leaflet), by
    the statements its regulator's template makes it carry (`product_information` in
    data/structure_metadata.toml)."""
    body = lowered_body(doc)
    return any(statement in body for statement in _data()["product_information"])


@rule("LM305", "missing-references", category="structure", severity="warning", options={
    "min_words": Option(300, "articles with fewer words of prose are never reported"),
    "extra_domains": Option([], "more domains whose links count as sources"),
})
def missing_references(doc, options):
    """Report a long article that gives no sources at all.

    ## What it does
    Reports, once at line 1, an article of at least `min_words` words of prose that shows
    none of these: a references or sources section (in any of the usual languages), a
    "Sources:" line, a link to an authority (PubMed, a DOI, a journal, a government or
    university site, the WHO...), a DOI or PMID, an author-year citation ("Smith et al.,
    2019"), a numbered reference list, or a named source ("according to the CDC",
    "published in the New England Journal of Medicine"). A tertiary consumer site
    ("according to healthline") is not a source. A named person or body quoted or
    reported, as news cites its sources ("Dr. Laffin says", "said chief inspector Jennifer
    Mattinson", "the FDA told reporters"), counts; "experts say" and "he said" do not.

    A medicine's package leaflet is not reported: it is the approved product information
    itself, written from the medicine's summary of product characteristics and approved by
    the regulator, and the EU template it follows has no place for references. It is known
    by the statements that template requires ("Read all of this leaflet carefully before
    you start taking this medicine", "Package leaflet: Information for the patient").

    A text that stops in the middle of a sentence ("... comes as a solution (liquid",
    "Residents in any", "have had asthma brought on by th", the file ending there) is a
    copy cut off at a length, not the whole article: its end,
    where a reference list, a "Sources" line or a review note stands, is missing, so that
    it gives no sources cannot be concluded, and it is not reported. A whole page that goes
    on after its last line with closing markup, or whose text ends on a label or a menu
    line, is checked as usual.

    An article with citation markers ("[3]", "(11)", a bare "74" after a sentence) but
    no list they point to is left to LM601 (dangling-citation), which reports every
    marker: one problem, reported where it shows.

    ## Why is this bad?
    Attribution is a JAMA benchmark and DISCERN's fourth question: health claims without
    sources cannot be checked, and readers cannot tell evidence from opinion.

    ## Example
    ```text
    (a 600-word article on a drug's benefits and risks with no link, no study named,
    and no reference list)
    ```

    ## Use instead
    Cite the studies, labels and guidelines the article relies on, in a "References"
    section or as links to PubMed, the journal or the agency.

    ## References
    - Silberg, Lundberg and Musacchio, JAMA 1997;277:1244 (attribution).
    - Charnock et al., "DISCERN", J Epidemiol Community Health 1999;53:105 (question 4).
    - HONcode principle 4, attribution (Health On the Net Foundation).
    - EMA, "Product information: QRD templates (human)", Annex III B, package leaflet
      (www.ema.europa.eu, product-information-qrd-templates-human); Medicines Evaluation
      Board (NL), "Package leaflet": derived from the SmPC, evaluated and approved by the
      regulator (english.cbg-meb.nl/topics/mah-package-leaflet).
    - AMA Manual of Style, 11th ed., section 3.0: references are listed at the end of the
      article, so a copy cut off before its end has lost them.
    """
    if not has_prose_words(doc, int(options.min_words)):
        return
    if source_signs(doc, tuple(options.extra_domains)) is not None or _has_citation_markers(doc):
        return
    if is_product_information(doc) or ends_mid_sentence(doc):
        return  # the approved product information itself; a copy cut off before its end
    yield Hit(None, f"The article ({prose_word_count(doc)} words) gives no sources: no reference list, no link to a "
                    "study or health authority, and no named source",
              suggestion="Cite the studies, drug labels or guidelines behind the claims, with links "
                         "or a References section.")
