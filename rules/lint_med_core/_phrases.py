"""Phrase patterns searched quickly: a literal each phrase cannot match without, tried first.

Most blocks of an article hold none of a list's phrases, and one regular expression of
many alternatives, each behind a word-boundary look-behind, is tried at every position
of the text (about 0.1 ms a paragraph). Each phrase has a run of plain letters it cannot
match without (outside any group or quantifier: "newsletter" in "sign up for (?:our|the)
newsletters?"); when none of those runs is in the lowercased text, the pattern cannot
match and is not run. A phrase without such a run (all alternatives) turns the filter off.
When some are there, only the phrases that need them are tried, and the pattern itself
gives the match at the first place one of them matches (the same answer as its own search).

The phrases tried are searched fastest in the lowercase text, case-sensitively and without
the look-behind (checked where they match): a case-insensitive alternation behind a
look-behind is tried at every position, a plain one is found by a quick scan for its first
letters. In a text whose only characters outside ASCII have no case, that is the same
search; other texts ("İnscrivez", whose lowercase is longer; "ſale") take the plain one.
"""

from __future__ import annotations

import functools
import re

from lint_med import per_document

from ._data import phrase_pattern

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


def split_top_level(body: str) -> list[str]:
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
    for alternative in split_top_level(group[0]):
        literal = required_literal(alternative, fold)
        if not literal:
            return ()
        found.append(literal)
    return tuple(found)


# A phrase opening on a group of plain words, then an optional "s", then a character that is no
# letter or digit ("(?:kit|box|pass)s?:"): every match holds one of the words as a whole word.
_OPENING_WORDS = re.compile(r"\(\?:([a-z]+(?:\|[a-z]+)*)\)(?:s\?)?(?:\\s|[^\w\\()\[\]?*+{}|.^$])")


def opening_words(phrase: str) -> tuple:
    """The words of `phrase`'s opening group when every match holds one of them as a whole word,
    alone or with an "s" (`_OPENING_WORDS`; the pattern's look-behind starts the word); () if not."""
    match = _OPENING_WORDS.match(phrase)
    return tuple(match.group(1).split("|")) if match else ()


class TextLiterals:
    """Which literals a text (a whole document) holds, each sought once however many
    phrase lists ask for it.

    Plain definition: ``holds(literal, fold)`` is ``literal in (lowered if fold else text)``.
    With `runs`, the distinct runs of [a-z0-9] of the lowered text joined by spaces
    (_evidence.distinct_words, about a third of the text), a literal of ASCII letters and digits,
    which can only stand inside one run, is sought there (tests/test_speed_evidence.py compares)."""

    def __init__(self, text: str, lowered: str | None = None, runs: str | None = None):
        # `lowered` is text.lower() when the caller already has it (a per-document cache)
        self.text, self.lowered = text, text.lower() if lowered is None else lowered
        self.runs = runs
        self._held: dict = {}  # (literal, fold) -> whether the text holds it
        self._yes: set = set()  # the (literal, fold) pairs of `_held` the text holds

    def holds(self, literal: str, fold: bool = True) -> bool:
        held = self._held.get((literal, fold))
        if held is None:
            if fold and self.runs is not None and literal.isascii() and literal.isalnum():
                held = literal in self.runs
            else:
                held = literal in (self.lowered if fold else self.text)
            self._held[literal, fold] = held
            if held:
                self._yes.add((literal, fold))
        return held

    def held_among(self, asked: frozenset) -> set:
        """A set holding every (literal, fold) pair of `asked` that the text holds, and no pair it does not hold
        (perhaps pairs asked before too): plainly ``{pair for pair in asked if self.holds(*pair)}``. Only the pairs
        never asked are sought (a set difference with the pairs known, in C): most of a phrase list's literals
        were asked by another list or rule already."""
        for literal, fold in asked.difference(self._held):
            self.holds(literal, fold)
        return self._yes


@per_document
def article_literals(doc) -> TextLiterals:
    """The article's TextLiterals (of ``doc.body_text``, sought among its runs where they can be),
    made once per document and shared by every rule: a literal one rule asked about is known to
    the next."""
    from ._evidence import distinct_words, lowered_body

    return TextLiterals(doc.body_text, lowered_body(doc), distinct_words(doc)[1])


class PhraseSearch:
    """A compiled pattern of phrases with its literal pre-filter.

    `pattern` is the definition: every answer is a match of it. The pre-filter only skips
    texts it cannot match, and when `pattern` is `phrase_pattern(phrases)` the search runs
    just the phrases whose literal the text holds (a few alternatives, not all of a long
    list), then takes the pattern's own match at the first place one of them matches.
    """

    def __init__(self, pattern: re.Pattern, phrases):
        phrases = tuple(phrases)
        self.pattern = pattern
        self.fold = bool(pattern.flags & re.I)
        # spaces in phrases match any whitespace: keep the longest word of a run. A phrase of short
        # words written with \s+ ("go\s+to") has no run of three letters: read its words as one run.
        literals = [required_literals(p, self.fold) or required_literals(p.replace(r"\s+", " "), self.fold)
                    for p in phrases]
        keys = [{max(lit.split(), key=len) for lit in some} for some in literals]
        self.literals = None if not all(literals) else tuple(sorted(set().union(*keys)))
        # the literals every phrase holding them holds as a whole word (opening_words): "pass" of
        # "(?:kit|box|pass)s?:", which a text holding "passed" or "compass" cannot match
        openings = [set(opening_words(p)) for p in phrases]
        self.words = frozenset(key for key in set().union(*keys)
                               if all(key in opened for some, opened in zip(keys, openings) if key in some))
        self._by_literal: dict = {}
        # the same groups, to search the lowercase text with (None: a phrase holds a capital)
        self._lowercase: dict | None = None
        flags = pattern.flags & ~re.U
        if self.literals is not None and pattern.pattern == phrase_pattern(tuple(phrases), flags).pattern:
            grouped: dict = {}
            for phrase, some in zip(phrases, keys):
                for key in some:
                    grouped.setdefault(key, []).append(phrase)
            self._by_literal = {key: phrase_pattern(tuple(group), flags) for key, group in grouped.items()}
            if self.fold and not any(map(_has_capital, phrases)):
                self._lowercase = {key: re.compile("(?:" + "|".join(group) + r")(?!\w)", flags & ~re.I)
                                   for key, group in grouped.items()}

    def _seen(self, text: str, lowered: str | None) -> str:
        return (text.lower() if lowered is None else lowered) if self.fold else text

    def search(self, text: str, lowered: str | None = None):
        """The pattern's first match in `text` (`lowered`: the text lowercased, if at hand)."""
        if self.literals is None:
            return self.pattern.search(text)
        seen = self._seen(text, lowered)
        if not any(map(seen.__contains__, self.literals)):  # most texts: one quick pass
            return None
        present = [key for key in self.literals if key in seen]
        if not self._grouped(text, present):
            return self.pattern.search(text)
        # The pattern's first match starts where the first of the present phrases matches
        # (the absent ones cannot match); there, the pattern itself picks the alternative.
        first = self._first_start(text, seen, present, 0)
        return None if first is None else self.pattern.match(text, first)

    def _grouped(self, text: str, present: list) -> bool:
        """True when the phrases of the `present` literals alone can be searched: each is in a
        group, and no letter of the text matches an ASCII letter of another lowercase ("İnscrivez",
        whose lowercase "i̇nscrivez" holds no literal "inscrivez", matches "inscrivez")."""
        return self._by_literal.keys() >= set(present) and \
            (not self.fold or text.isascii() or not any(map(text.__contains__, ASCII_FOLDS)))

    def _first_start(self, text: str, seen: str, present: list, position: int) -> int | None:
        """Where the first match of the phrases of the `present` literals starts, from `position`."""
        first = None
        if self._lowercase is not None and folds_plainly(text):
            for key in present:
                pattern = self._lowercase[key]
                match = pattern.search(seen, position)
                while match is not None and match.start() and _WORD_CHAR.match(seen, match.start() - 1):
                    match = pattern.search(seen, match.start() + 1)  # the look-behind (?<!\w)
                if match is not None and (first is None or match.start() < first):
                    first = match.start()
            return first
        for key in present:
            match = self._by_literal[key].search(text, position)
            if match is not None and (first is None or match.start() < first):
                first = match.start()
        return first

    def within(self, whole: TextLiterals, runs: set | None = None) -> PhraseSearch:
        """This search for parts of the text `whole` holds (a document's blocks): keeping only the
        literals the whole text holds, so that each block is scanned for those alone. With `runs`,
        the text's distinct runs of [a-z0-9] as bytes (distinct_words; None for a text with a
        letter that folds to ASCII, "ſ"), a literal of `words` is kept only when it is a run, alone
        or with an "s": a word of the text, not a part of one ("pass" in "passed")."""
        if self.literals is None:
            return self
        narrowed = object.__new__(type(self))  # a shallow copy (copy.copy's protocol costs more than the rest)
        narrowed.__dict__.update(self.__dict__)
        # Plainly: the literals for which `whole.holds(key.lower() if key.isascii() else key, self.fold or
        # key.isascii())` and (runs is None or key not in self.words or not runs.isdisjoint((key.encode(),
        # key.encode() + b"s"))). A case-sensitive literal ("Buy") is kept when its lowercase is in the lowered
        # text, which other lists seek anyway ("buy"): a few more literals kept, never one too few. Each
        # literal's question and word forms are made once per list (`_literal_probes`), and the whole text is
        # asked about them all at once (`held_among`).
        probes, asked = _literal_probes(self.literals, self.fold, self.words)
        held = whole.held_among(asked)
        narrowed.literals = tuple(key for key, (probe, forms) in zip(self.literals, probes)
                                  if probe in held and (runs is None or forms is None or not runs.isdisjoint(forms)))
        return narrowed

    def finditer(self, text: str, lowered: str | None = None):
        """The pattern's matches in `text`, as its own finditer gives them."""
        if self.literals is None:
            return self.pattern.finditer(text)
        seen = self._seen(text, lowered)
        if not any(map(seen.__contains__, self.literals)):
            return iter(())
        present = [key for key in self.literals if key in seen]
        if not self._grouped(text, present):
            return self.pattern.finditer(text)
        return self._grouped_matches(text, seen, present)

    def _grouped_matches(self, text: str, seen: str, present: list):
        # finditer is a search from the end of each match (phrases never match empty)
        position = 0
        while True:
            first = self._first_start(text, seen, present, position)
            if first is None:
                return
            match = self.pattern.match(text, first)
            yield match
            position = match.end()


@functools.lru_cache(maxsize=None)
def _literal_probes(literals: tuple, fold: bool, words: frozenset) -> tuple[tuple, frozenset]:
    """For each of a PhraseSearch's `literals`: the (text, fold) pair its text is asked about (`within`) and,
    for a literal of `words`, its bytes alone and with an "s" (None for the others); and the set of those pairs."""
    probes = tuple(((key.lower() if key.isascii() else key, fold or key.isascii()),
                    (key.encode(), key.encode() + b"s") if key in words else None) for key in literals)
    return probes, frozenset(probe for probe, _ in probes)


_WORD_CHAR = re.compile(r"\w")
# The letters outside ASCII that a case-insensitive pattern matches to an ASCII letter
# (İ ı ſ and the Kelvin sign K); tests/test_phrases.py checks there are no others.
ASCII_FOLDS = "\u0130\u0131\u017f\u212a"
# a letter with case, or an escape (\S, \W: not a capital)
_LETTER_OR_ESCAPE = re.compile(r"\\.|[^\W\d_]")


def _has_capital(phrase: str) -> bool:
    """True when `phrase` holds a capital letter outside an escape (a user's "Acme Sale")."""
    return any(len(m.group()) == 1 and m.group() != m.group().lower() for m in _LETTER_OR_ESCAPE.finditer(phrase))


def folds_plainly(text: str) -> bool:
    """True when matching `text` case-insensitively is matching its lowercase case-sensitively:
    its only characters outside ASCII have no case (curly quotes, dashes, spaces).

    Plain definition: ``text.isascii() or all(c.isascii() or c.lower() == c.upper() == c for c in
    set(text))``. Only the characters outside ASCII are collected (by a regex, in C): the set of a
    block with one curly quote costs twice as much to build and test (tests/test_speed_rules.py
    compares the two)."""
    return text.isascii() or all(c.lower() == c.upper() == c for c in set(_NOT_ASCII.findall(text)))


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
