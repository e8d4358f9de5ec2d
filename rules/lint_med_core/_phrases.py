"""Phrase patterns searched quickly: a literal each phrase cannot match without, tried first.

Most blocks of an article hold none of a list's phrases, and one regular expression of
many alternatives, each behind a word-boundary look-behind, is tried at every position
of the text (about 0.1 ms a paragraph). Each phrase has a run of plain letters it cannot
match without (outside any group or quantifier: "newsletter" in "sign up for (?:our|the)
newsletters?"); when none of those runs is in the lowercased text, the pattern cannot
match and is not run. A phrase without such a run (all alternatives) turns the filter off.
"""

from __future__ import annotations

import re

_SPECIAL = set("\\()[]{}?*+|.^$")


def required_literal(phrase: str, fold: bool = True) -> str:
    """The longest run of letters and spaces that every match of `phrase` contains ("" if none),
    lowercased unless `fold` is False (a case-sensitive pattern)."""
    runs, run, depth, i = [], "", 0, 0
    while i < len(phrase):
        char = phrase[i]
        if char == "\\":
            runs.append(run)
            run, i = "", i + 2  # an escape: \d, \s, \. ... ends a run
            continue
        if char in "([":
            runs.append(run)
            run = ""
            if char == "[":  # skip a character class whole
                i = phrase.index("]", i + 1) + 1
                continue
            depth += 1
        elif char == ")":
            depth -= 1
        elif char in "?*{":  # the character before is optional: cut it off
            runs.append(run[:-1])
            run = ""
        elif char == "|" and depth == 0:
            return ""  # alternatives at the top: nothing is required
        elif depth == 0 and char not in _SPECIAL and (char.isalpha() or char in " '’-"):
            run += char.lower() if fold else char
        else:
            runs.append(run)
            run = ""
        i += 1
    runs.append(run)
    best = max((r.strip() for r in runs), key=len, default="")
    return best if len(best) >= 3 else ""


def _first_group(phrase: str) -> tuple[str, str] | None:
    """The content of the first top-level group of `phrase` that must match, and what follows."""
    depth, start, i = 0, -1, 0
    while i < len(phrase):
        char = phrase[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = phrase.index("]", i + 1) + 1
            continue
        if char == "(":
            if depth == 0:
                start = i
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                after = phrase[i + 1:i + 2]
                if after not in ("?", "*") and not phrase[i + 1:].startswith("{0"):
                    body = phrase[start + 1:i]
                    return (body[2:] if body.startswith("?:") else body), phrase[i + 1:]
        i += 1
    return None


def _split_top(body: str) -> list[str]:
    parts, depth, current, i = [], 0, "", 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            current += body[i:i + 2]
            i += 2
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
        i += 1
    parts.append(current)
    return parts


def required_literals(phrase: str, fold: bool = True) -> tuple:
    """Literals one of which every match of `phrase` contains: its longest required run, or
    the alternatives of its first required group ("(?:buy|order) ..." -> buy, order); () if none."""
    literal = required_literal(phrase, fold)
    if literal:
        return (literal,)
    group = _first_group(phrase)
    if group is None:
        return ()
    found = []
    for alternative in _split_top(group[0]):
        literal = required_literal(alternative, fold)
        if not literal:
            return ()
        found.append(literal)
    return tuple(found)


class PhraseSearch:
    """A compiled pattern of phrases with its literal pre-filter."""

    def __init__(self, pattern: re.Pattern, phrases):
        self.pattern = pattern
        self.fold = bool(pattern.flags & re.I)
        literals = [required_literals(p, self.fold) for p in phrases]
        # spaces in phrases match any whitespace: keep the longest word of a run
        self.literals = None if not all(literals) else \
            tuple(sorted({max(lit.split(), key=len) for some in literals for lit in some}))

    def search(self, text: str, lowered: str | None = None):
        """The pattern's first match in `text` (`lowered`: the text lowercased, if at hand)."""
        if self.literals is not None:
            if self.fold:
                text_seen = text.lower() if lowered is None else lowered
            else:
                text_seen = text
            if not any(map(text_seen.__contains__, self.literals)):
                return None
        return self.pattern.search(text)

    def finditer(self, text: str, lowered: str | None = None):
        if self.literals is not None:
            text_seen = (text.lower() if lowered is None else lowered) if self.fold else text
            if not any(map(text_seen.__contains__, self.literals)):
                return iter(())
        return self.pattern.finditer(text)
