"""Who speaks: the words that report speech, by role, and the set of them each rule reads
(``data/speech.toml``: LM101, LM304, LM305, LM501, LM602, LM603, LM701, LM901 and the page
kind), and the one test of a named person speaking (`speakers`, LM501 and LM602). Loaded when
first asked for, once: importing the pack reads no word list."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

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


# Up to three lowercase words before a role, which make its kind ("health scientist", "pediatric
# nurse practitioner", "lead study author"): a role is a noun that may take any modifier.
_MODIFIERS = r"(?:[a-z][\w'’-]*\s+){0,3}"
# A name as the person-speaking pattern takes it: a capital, then a lowercase letter ("Ortiz", not "FDA").
_NAME = r"[A-Z][a-z][\w'’-]*"


@functools.lru_cache(maxsize=1)
def _person_speaking() -> tuple[re.Pattern, tuple[str, ...]]:
    """The pattern of a named person speaking, and the words every match of it holds (a cheap
    substring test first). Case-sensitive: the capitals make the name."""
    data = load("speech")
    speech = "(?:" + alternation("person_says") + ")"
    titles, alone = alternation("person_says_titles"), alternation("person_alone_titles")
    roles = "(?:" + "|".join(data["person_roles"]) + ")"
    pattern = re.compile(
        rf"\b(?:{speech}|according to)\s+(?:{_MODIFIERS}{roles}\s+(?P<after>{_NAME})|(?:(?:{titles})\.?\s+|{_NAME}\s+(?:[A-Z]\.\s+)?){_NAME})"
        rf"|\b{speech}\s+{_NAME}(?=[.,;:]|\s+(?:of|from|at|who|in an?)\b)"
        rf"|\b(?:{alone})\.?\s+[A-Z][\w'’-]+|(?:^|[,\s“\"])(?:[Hh]e|[Ss]he)\s+(?:also\s+)?{speech}\b"
        rf"|(?<![\w.])(?P<before>{_NAME})(?:\s+{_NAME})?\s+(?:also\s+)?{speech}\b"
    )
    return pattern, words("person_says") + ("according",) + words("person_alone_titles")


def speakers(text: str) -> Iterator[str | None]:
    """Each person the text has speaking, in order: "said Dr. Jane Ortiz", "said Gregory S. Lea", "said lead researcher
    Robert McCarthy" ("Robert"), "Nissen says" ("Nissen"), "he said". Yields the capitalised
    word taken for the name where the match has one to check (after a role, before the verb),
    None where a title, a full name or "he"/"she" makes the person. Callers decide which
    capitalised words name no one (LM501 and LM602: `Evidence.person_says`)."""
    pattern, needed = _person_speaking()
    if not any(map(text.__contains__, needed)):
        return
    for match in pattern.finditer(text):
        yield match.group("after") or match.group("before")
