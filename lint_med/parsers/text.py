"""Plain text: paragraphs, headings and list items from blank lines and line ends.

Blank lines (and lines of bare rule characters such as ``-`` or ``|---|``) separate
blocks; a line starting with a bullet is a list item; a short lone line with no
final stop is a heading. Within a run of lines, where a line ends tells whether a
paragraph goes on (see ``docs/plain-text.md``):

- a sentence that runs across a line end (the line has no final stop and the next
  line starts in lower case) always goes on;
- in a hard-wrapped text (most lines cut near one width, many in mid-sentence) a
  line goes on unless the author ended it early (the next line's first word would
  have fitted) at the end of a sentence or of a heading;
- otherwise (text copied from a browser, a CMS export or a scraper) each line is
  its own block, as a web page puts one paragraph per line.
"""

from __future__ import annotations

import functools
import re

from ..document import Block, Document, as_shown
from . import find_directives, text_links

_BULLET = re.compile(r"^[ \t]*(?:[•\-*–·▪◦]|\d+[.)])[ \t]+")
_MAX_HEADING_WORDS = 15
_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# A line of rule characters only (a scraper's "-" between items, a Markdown table's |---|).
# One rule character per repetition: a run of them must have one way to match, or a long
# run followed by another character backtracks for minutes.
_RULE_LINE = re.compile(r"[ \t]*[-–—_=*•·|:+~.](?:[ \t]*[-–—_=*•·|:+~.])*[ \t]*")
# A line that ends a sentence or a clause: a stop, maybe inside a closing quote or bracket.
_MARKER = r"\[?\d{1,3}(?:[,–-]\d{1,3})*\]?"  # a citation number flattened onto the text
_ENDS_SENTENCE = re.compile(r"[.!?:;…][\"'”’)\]]*(?:" + _MARKER + r")?[ \t]*$")
# "... before taking zinc:4": a sentence with its citation number, not a heading
_STOP_AND_MARKER = re.compile(r"(?<=[^\W\d_])[.:;][\"'”’)\]]*" + _MARKER + r"[ \t]*$")
# Hard wrapping: enough inner lines (lines another line follows), cut at a width in this
# range, most of them near that width, and many of them in a sentence that the next line
# goes on with. A few short lines of a menu or a byline are no evidence.
_WRAP_MIN_LINES = 5
_WRAP_WIDTHS = range(40, 101)
_WRAP_NEAR = 0.6
_WRAP_SHARE = 0.5
_WRAP_RUNS_ON = 0.4


def parse(source: str, path: str, options: dict) -> Document:
    lines = _lines(source)
    width = _wrap_width(lines)
    pieces: list[_Piece] = []
    piece: _Piece | None = None
    for number, (offset, content) in enumerate(lines):
        if content is None:
            piece = None
            continue
        bullet = _BULLET.match(content)
        if bullet:
            piece = _Piece("list_item")
            piece.lines.append((offset + bullet.end(), content[bullet.end():]))
            pieces.append(piece)
            continue
        after = lines[number + 1][1] if number + 1 < len(lines) else None
        if piece is None or not _goes_on(piece.lines[-1][1], content, width, piece.kind == "list_item", after):
            cut = piece is not None and piece.kind == "paragraph"  # at a line end, by the evidence of lines
            if cut:
                piece.cut_after = True
            piece = _Piece("paragraph", cut_before=cut)
            pieces.append(piece)
        piece.lines.append((offset, content))

    blocks: list[Block] = []
    for position, piece in enumerate(pieces):
        kind = piece.kind
        if piece.heading_shaped and (not (piece.cut_before or piece.cut_after) or _heads_text(pieces, position)):
            kind = "heading"
        blocks.append(_block(piece.lines, kind, level=1 if not blocks else 2))

    doc = Document(path=path, format="text", source=source, blocks=blocks,
                   directives=find_directives(source, plain_text=True))
    if blocks and blocks[0].kind == "heading":
        doc.title = blocks[0].text
    doc.links = sorted(text_links(blocks, source=source), key=lambda link: link.start)
    return doc


class _Piece:
    """Lines that make one block, and whether it was cut from its neighbours at a line end."""

    def __init__(self, kind: str, cut_before: bool = False) -> None:
        self.kind = kind
        self.lines: list[tuple[int, str]] = []  # (offset of line, line)
        self.cut_before = cut_before
        self.cut_after = False

    @functools.cached_property
    def heading_shaped(self) -> bool:
        return self.kind == "paragraph" and len(self.lines) == 1 and _looks_like_heading(self.lines[0][1])


def _heads_text(pieces: list[_Piece], position: int) -> bool:
    """A line cut from the lines around it is a heading when it opens in capitals and text
    follows it; a run of short lines (a menu, a byline, labels) is not a run of headings."""
    line = pieces[position].lines[0][1].strip()
    following = pieces[position + 1] if position + 1 < len(pieces) else None
    return not line[:1].islower() and following is not None and not following.heading_shaped


def _lines(source: str) -> list[tuple[int, str | None]]:
    """(offset, line without its end) of each line; None for a line that separates blocks."""
    lines = []
    offset = 0
    # Split on the line ends Document.line_col counts (str.splitlines also splits on \f, \x1c, ...).
    for line in _LINES.findall(source):
        if not line:
            continue
        content = line.rstrip("\r\n")
        separates = (not content.strip() or content.lstrip().startswith("lint-med:")
                     or _RULE_LINE.fullmatch(content) is not None)
        lines.append((offset, None if separates else content))
        offset += len(line)
    return lines


def _wrap_width(lines: list[tuple[int, str | None]]) -> int | None:
    """The width a hard-wrapped text is cut at, or None when its lines are not wrapped."""
    inner = [(content.strip(), following.strip()) for (_, content), (_, following) in zip(lines, lines[1:])
             if content is not None and following is not None and not _BULLET.match(following)
             and not _BULLET.match(content)]
    if len(inner) < _WRAP_MIN_LINES:
        return None
    # the width most lines keep to: a long address or a line left unwrapped does not set it
    lengths = sorted(len(line) for line, _ in inner)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width not in _WRAP_WIDTHS:
        return None
    near = sum(length >= _WRAP_NEAR * width for length in lengths)
    # sentences run on across line ends (a list's lines end without a stop, but the next
    # line starts one item anew)
    runs_on = sum(not _ENDS_SENTENCE.search(line) and following[:1].islower() for line, following in inner)
    if near < _WRAP_SHARE * len(inner) or runs_on < _WRAP_RUNS_ON * len(inner):
        return None
    return width


def _goes_on(line: str, following: str, width: int | None, after_bullet: bool, after: str | None = None) -> bool:
    """Whether ``following`` continues the paragraph (or list item) that ``line`` is in;
    ``after`` is the line after ``following`` (None at a blank line or the end)."""
    line, following = line.strip(), following.strip()
    if line[-1:] == "=" and line[-2:-1] not in ("", "=", " ", "\t"):
        return True  # a quoted-printable line's soft break (RFC 2045 6.7): the line goes on
    ends_sentence = _ENDS_SENTENCE.search(line) is not None
    starts_lower = following[:1].islower()
    if not ends_sentence and (starts_lower or line.endswith(",")):
        return True
    if width is None or after_bullet:
        return False
    if not _fits(line, following, width):  # cut where the width ran out
        # unless a heading follows, cut short itself, after a sentence that filled its line
        return not (ends_sentence and _wrapped_heading(following, after, width))
    # cut early: at the end of a paragraph, or after a heading; else around something left out
    return not ends_sentence and not _wrapped_heading(line, following, width)


def _fits(line: str, following: str, width: int) -> bool:
    """Whether the first word of ``following`` would have fitted at the end of ``line``."""
    return len(line) + 1 + len(following.split(None, 1)[0]) <= width


def _wrapped_heading(line: str, following: str | None, width: int) -> bool:
    """A heading of a hard-wrapped text: a short line in capitals with no final stop, cut
    before the width ran out."""
    return line[:1].isupper() and _looks_like_heading(line) and (following is None or _fits(line, following.strip(), width))


def _looks_like_heading(line: str) -> bool:
    text = line.strip()
    if not text or text[-1] in ".,;:!":  # most lines of prose end so: the cheap test first
        return False
    if len(text.split()) > _MAX_HEADING_WORDS or _STOP_AND_MARKER.search(text) \
            or re.search(r"[.!?]\s+\S", text) or text.count("|") >= 2:  # a row of a table
        return False
    return True


def _block(lines: list[tuple[int, str]], kind: str, level: int = 0) -> Block:
    parts: list[str] = []
    offsets: list[int] = []
    for offset, line in lines:
        body = line.strip()
        if not body:
            continue
        if parts:  # the space that joins two lines stands where the first one ends
            offsets.append(offsets[-1])
        lead = offset + len(line) - len(line.lstrip())
        parts.append(body)
        offsets.extend(range(lead, lead + len(body)))
    text = " ".join(parts).replace("\t", " ")
    if "\u2011" in text:  # a non-breaking hyphen is a hyphen to every rule (as TextBuilder folds it); same length
        text = text.replace("\u2011", "-")
    text = as_shown(text)
    return Block(text=text, offsets=offsets, kind=kind, level=level if kind == "heading" else 0)
