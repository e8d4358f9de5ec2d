"""Which drug packs apply to an article: by its subject, or because config says so."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from lint_med_core._evidence import lowered_body
from lint_med_core._phrases import ASCII_FOLDS, required_literal

from .model import FLAGS, DrugPack, builtin_packs, compile_all, load_pack, union

PACK_KEYS = ("enabled", "enable", "disable", "paths")


def all_packs(table: dict[str, Any]) -> dict[str, DrugPack]:
    """Built-in packs plus the extra pack files named in ``paths`` (later ones win)."""
    packs = dict(builtin_packs())
    for path in table.get("paths", []) or []:
        pack = load_pack(str(Path(path).resolve()))
        packs[pack.id] = pack
    return packs


_last: list = [None, None, None, None]  # (document, table key, packs, memo): rules of one run share work


def active_packs(doc, table: dict[str, Any]) -> list[DrugPack]:
    """The packs whose drug this article is about, plus `enable`, minus `disable`."""
    key = repr(sorted((k, repr(v)) for k, v in table.items()))
    if _last[0] is doc and _last[1] == key:
        return _last[2]
    enable, disable = set(table.get("enable", [])), set(table.get("disable", []))
    title = doc.title or next((b.text for b in doc.blocks if b.kind == "heading"), "")
    body = doc.body_text
    packs = [pack for pack in all_packs(table).values() if pack.id not in disable]
    # Most articles name none of the drugs: one test for all the packs' aliases at once
    # tells, where counting every alias of every pack scans the whole text once per alias.
    aliases = tuple(alias for pack in packs for alias in pack.data["names"]["aliases"])
    title_named = _may_name(aliases, title)
    # the body's lowercase is the article's (lowered_body, which other rules read) when no letter folds
    body_named = _may_name(aliases, body, None if any(map(body.__contains__, ASCII_FOLDS)) else lowered_body(doc))
    chosen = [pack for pack in packs
              if pack.id in enable or title_named and pack.mentions(title)
              or (pack.mentions(body) if body_named else 0) >= pack.min_mentions]
    _last[:] = [doc, key, chosen, {}]
    return chosen


def _may_name(aliases: tuple[str, ...], text: str, lowered: str | None = None) -> bool:
    """Whether ``text`` may match one of ``aliases``: False only when none matches. ``lowered``:
    ``text.lower()``, when the caller has it and ``text`` holds none of ASCII_FOLDS (then it is `_fold(text)`).

    Plain definition: ``_any_alias(aliases).search(text)`` (True when that is None). Fast path: the
    case-insensitive regex tries every position of the text (~30 ms over the 130 corpus pages); a
    substring test for a literal that every match of an alias contains rules most texts out in a
    fraction of that, and leaves only the aliases whose literal is there to search for.
    """
    any_alias = _any_alias(aliases)
    literals = _required_literals(aliases)
    if any_alias is None or literals is None:
        return any_alias is None or any_alias.search(text) is not None
    folded = _fold(text) if lowered is None else lowered
    return any(literal in folded and re.search(alias, text, FLAGS) is not None
               for alias, literal in zip(aliases, literals))


# ASCII_FOLDS (the non-ASCII characters a case-insensitive regex matches to an ASCII letter), each
# mapped to that letter.
_FOLD = str.maketrans(dict(zip(ASCII_FOLDS, "iisk")))


def _fold(text: str) -> str:
    """``text`` lowercased so that wherever a case-insensitive ASCII literal matches, its lowercase is in it."""
    if any(map(text.__contains__, ASCII_FOLDS)):
        text = text.translate(_FOLD)  # before lower(): "İ".lower() is two characters
    return text.lower()


@functools.lru_cache(maxsize=None)
def _required_literals(aliases: tuple[str, ...]) -> tuple[str, ...] | None:
    """For each alias, the lowercase run it must match literally (None when an alias has none).
    ASCII runs only: a case-insensitive regex matches some other letters to more than their
    lowercase ("σ" to "ς"), and the folded text would not hold the run."""
    literals = tuple(_fold(required_literal(alias)) for alias in aliases)
    return literals if all(literal and literal.isascii() for literal in literals) else None


@functools.lru_cache(maxsize=None)
def _any_alias(aliases: tuple[str, ...]):
    """One regex for any of the aliases; None when joining them could change what one matches
    (a capturing group: a numbered back-reference would point to another alias's group)."""
    if any(pattern.groups for pattern in compile_all(aliases)):
        return None
    return union(list(aliases))


def memo(doc, pack: DrugPack, name: str, compute):
    """``compute()`` once per document, pack and name (after active_packs for this document)."""
    cache = _last[3] if _last[0] is doc else {}
    key = (pack.id, pack.path, name)
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def pack_sentences(doc, pack: DrugPack, headings: bool = True) -> list:
    """The sentences that name the pack's drug or use a regimen's wording (computed once per document)."""
    every = memo(doc, pack, "sentences", lambda: [
        s for block in doc.blocks for s in block.sentences if pack.relevant(s.text)])
    if headings:
        return every
    return memo(doc, pack, "sentences:prose", lambda: [s for s in every if s.block.kind != "heading"])
