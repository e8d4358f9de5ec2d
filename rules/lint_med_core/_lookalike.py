"""Words disguised in look-alike letters of another script, read as the Latin words they show (LM701, session 18).

A word that mixes Latin letters with Cyrillic or Greek letters drawn like Latin ones ("Chіrорrасtіс care has bееn
рrоvеn", Cyrillic і, о, р, а, с, е) is text disguised from filters: no reader sees the difference, every pattern
does. The definition is a property of the word, not a list of words: at least one Latin letter, and every other
letter a look-alike (`data/lookalikes.toml`). Such a word is folded letter for letter to Latin, so every position
stays where it was and a finding points at the page's own characters. A word wholly in Cyrillic or Greek (a Russian
or Greek page, "Βερολίνο") is left as written, and so is a word with a Cyrillic letter that looks like no Latin one.

Cost: a page whose text is ASCII, or holds none of the look-alikes of a, e, i, o (`_may_hold_disguise`: a few C
scans), is returned as it is.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from lint_med import per_document

from ._data import load

_LATIN = re.compile("[A-Za-z]")


@functools.lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """{code point of a look-alike letter: the Latin letter it shows}."""
    data = load("lookalikes")
    return {ord(letter): latin for script in data.values() for letter, latin in script.items()}


@functools.lru_cache(maxsize=1)
def _vowels() -> str:
    """The look-alikes of the lowercase Latin vowels a, e, i, o: a disguised text holds one of them (a sentence of
    disguised words with none is hard to write), and a search for each alone is a C scan of the text."""
    return "".join(chr(code) for code, latin in _table().items() if latin in "aeio")


def _may_hold_disguise(text: str) -> bool:
    """The per-document gate: one look-alike vowel in the text (seven C scans: about 0.3 ms over the 130 test pages,
    where a regex search for any Cyrillic or Greek letter cost 5 ms)."""
    return not text.isascii() and any(map(text.__contains__, _vowels()))


@functools.lru_cache(maxsize=1)
def _disguised_word() -> re.Pattern:
    """A word holding a look-alike letter (`disguised` then asks whether it mixes scripts)."""
    letters = "".join(map(chr, _table()))
    return re.compile(rf"[^\W\d_]*[{letters}][^\W\d_]*")


def disguised(text: str) -> list[tuple[int, int]]:
    """The spans of `text`'s words that mix Latin letters with look-alikes of another script and no other letter."""
    if not _may_hold_disguise(text):
        return []
    table = _table()
    spans = []
    for match in _disguised_word().finditer(text):
        word = match.group()
        if _LATIN.search(word) and all(letter.isascii() or ord(letter) in table for letter in word):
            spans.append(match.span())
    return spans


def fold(text: str) -> str:
    """`text` with its disguised words (`disguised`) in Latin letters: of the same length."""
    spans = disguised(text)
    if not spans:
        return text
    table, pieces, last = _table(), [], 0
    for start, end in spans:
        pieces += [text[last:start], text[start:end].translate(table)]
        last = end
    return "".join(pieces) + text[last:]


@per_document
def folded(doc):
    """The document as its reader sees it, its disguised words in Latin letters (a copy, blocks and links with it:
    the document the other rules read is left as it is), or the document itself when it has none."""
    if not _may_hold_disguise(doc.body_text):
        return doc
    texts = [fold(block.text) for block in doc.blocks]
    if all(new is block.text for new, block in zip(texts, doc.blocks)):
        return doc
    blocks = [dataclasses.replace(block, text=text, section=None) for block, text in zip(doc.blocks, texts)]
    links = [dataclasses.replace(link, block=blocks[link.block.index]) if link.block is not None else link
             for link in doc.links]
    copy = dataclasses.replace(doc, blocks=blocks, links=links)
    copy.disguised_from = doc
    return copy


def shown_as(doc, sentence) -> str | None:
    """The first disguised word of a sentence of `folded(...)`'s copy, as the page writes it; None if it has none."""
    original = getattr(doc, "disguised_from", None)
    if original is None:
        return None
    text = original.blocks[sentence.block.index].text[sentence.start:sentence.end]
    spans = disguised(text)
    return text[spans[0][0]:spans[0][1]] if spans else None
