"""Who speaks: the words that report speech, by role, and the set of them each rule reads
(``data/speech.toml``). LM901's voice, LM304, LM305, LM501, LM602 and LM701 read their verbs of
saying and the titles of persons here; loaded when first asked for, once."""

from __future__ import annotations

import functools
import re

from ._data import load


@functools.lru_cache(maxsize=None)
def words(use: str) -> tuple[str, ...]:
    """The words of one rule's set (``[uses.<use>]``): its roles' words in the data file's
    order, without those it leaves out, then its own."""
    data = load("speech")
    spec = data["uses"][use]
    left_out = set(spec.get("without", ()))
    unknown = left_out.difference(*(data[role] for role in spec["roles"]))
    if unknown:
        raise ValueError(f"speech.toml [uses.{use}] leaves out words none of its roles holds: {sorted(unknown)}")
    chosen = [word for role in spec["roles"] for word in data[role] if word not in left_out]
    return tuple(dict.fromkeys(chosen + list(spec.get("also", ()))))


@functools.lru_cache(maxsize=None)
def alternation(use: str) -> str:
    """The set as a regex alternation without a group ("said|says|according\\ to")."""
    return "|".join(map(re.escape, words(use)))


@functools.lru_cache(maxsize=None)
def not_a_name() -> frozenset:
    """Capitalised words next to a verb of speech that name no one ("They", "Officials")."""
    return frozenset(load("speech")["not_a_name"])
