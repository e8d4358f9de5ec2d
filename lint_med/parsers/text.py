"""Plain text: blank lines separate paragraphs, short lone lines are headings,
lines starting with a bullet are list items."""

from __future__ import annotations

import re

from ..document import Block, Document
from . import bare_links, find_directives

_BULLET = re.compile(r"^[ \t]*(?:[•\-*–·▪◦]|\d+[.)])[ \t]+")
_MAX_HEADING_WORDS = 15
_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def parse(source: str, path: str, options: dict) -> Document:
    blocks: list[Block] = []
    paragraph: list[tuple[int, str]] = []  # (offset of line, line)

    def flush() -> None:
        if not paragraph:
            return
        kind = "heading" if len(paragraph) == 1 and _looks_like_heading(paragraph[0][1]) else "paragraph"
        blocks.append(_block(paragraph, kind, level=1 if not blocks else 2))
        paragraph.clear()

    offset = 0
    # Split on the line ends Document.line_col counts (str.splitlines also splits on \f, \x1c, ...).
    for line in _LINES.findall(source):
        if not line:
            continue
        content = line.rstrip("\r\n")
        if not content.strip() or content.lstrip().startswith("lint-med:"):
            flush()
        elif _BULLET.match(content):
            flush()
            bullet = _BULLET.match(content)
            blocks.append(_block([(offset + bullet.end(), content[bullet.end():])], "list_item"))
        else:
            paragraph.append((offset, content))
        offset += len(line)
    flush()

    doc = Document(path=path, format="text", source=source, blocks=blocks,
                   directives=find_directives(source, plain_text=True))
    if blocks and blocks[0].kind == "heading":
        doc.title = blocks[0].text
    doc.links = bare_links(blocks)
    return doc


def _looks_like_heading(line: str) -> bool:
    text = line.strip()
    words = text.split()
    if not words or len(words) > _MAX_HEADING_WORDS:
        return False
    if text[-1] in ".,;:!" or re.search(r"[.!?]\s+\S", text):
        return False
    return True


def _block(lines: list[tuple[int, str]], kind: str, level: int = 0) -> Block:
    chars, offsets = [], []
    for offset, line in lines:
        if chars:
            chars.append(" ")
            offsets.append(offsets[-1])
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        chars.extend(body)
        offsets.extend(range(offset + lead, offset + lead + len(body)))
    text = re.sub(r"[ \t]", " ", "".join(chars))
    return Block(text=text, offsets=offsets, kind=kind, level=level if kind == "heading" else 0)
