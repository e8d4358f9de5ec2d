"""Which drug packs apply to an article: by its subject, or because config says so."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from .model import DrugPack, builtin_packs, compile_all, load_pack, union

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
    # Most articles name none of the drugs: one search for all the packs' aliases at once
    # tells, where counting every alias of every pack scans the whole text once per alias.
    any_alias = _any_alias(tuple(alias for pack in packs for alias in pack.data["names"]["aliases"]))
    title_named, body_named = (any_alias is None or any_alias.search(text) is not None for text in (title, body))
    chosen = [pack for pack in packs
              if pack.id in enable or title_named and pack.mentions(title)
              or (pack.mentions(body) if body_named else 0) >= pack.min_mentions]
    _last[:] = [doc, key, chosen, {}]
    return chosen


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
