"""Rule out a big case-insensitive pattern cheaply before it runs on each block.

A rule that searches every block with one large alternation (promotion phrases,
calls to action) pays for the regex engine trying every alternative at every
character, although almost no block matches. But every match of such a pattern
holds some literal words: any match of ``sign up for (?:our|the) newsletter``
holds "sign" and "newsletter". :class:`WordGate` reads those words off the
compiled pattern (its parse tree), then

* once per document, keeps only the phrases whose words all occur somewhere in the
  article's lowercased text (a few ``str`` searches at C speed), and
* per block, lets the regex run only when the block holds the words of one of them.

The gate only ever says "cannot match" when the pattern truly cannot match, so
the rule finds exactly what it found by searching every block; ``tests/
test_speed_prefilter.py`` compares both ways on random and edge inputs.

Words are runs of ASCII letters and digits the pattern must match literally
(lowercased: the patterns are case-insensitive). Python's case-insensitive
matching also matches a few non-ASCII characters to ASCII letters ("ſ" to "s")
that ``str.lower`` does not turn into them; an article holding one is simply not
gated.
"""

from __future__ import annotations

import functools
import itertools
import re

try:  # Python 3.11+
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

# re.IGNORECASE matches four non-ASCII characters to ASCII letters: "İ" and "ı" to "i",
# "ſ" to "s", the Kelvin sign to "k". str.lower() turns the Kelvin sign into "k", but
# leaves "ı" and "ſ" and turns "İ" into "i" plus a combining dot (U+0307); a lowercased
# text holding one of these is not gated (the tests check the list against re itself).
UNSAFE_IN_LOWERED = "\u0131\u017f\u0307"
_MIN_WORD = 3  # shorter literal runs ("on", "to") rule out nothing
_MAX_TERMS = 64  # bound the alternatives of a phrase's requirement (a product of branches)


def _runs_and_parts(items) -> list:
    """A parsed sequence's requirements: a list of alternatives (each a frozenset of words
    that must all occur), one list per element that requires anything."""
    needs, run = [], []

    def flush():
        if len(run) >= _MIN_WORD:
            needs.append([frozenset(("".join(run),))])
        run.clear()

    for op, av in items:
        if op is _sre.LITERAL and av < 128 and chr(av).isalnum():
            run.append(chr(av).lower())
            continue
        flush()
        need = _requirement_of(op, av)
        if need is not None:
            needs.append(need)
    flush()
    return needs


def _requirement_of(op, av):
    """The alternatives of words one parsed element requires, or None when it requires none."""
    if op is _sre.SUBPATTERN:
        return _requirement(av[-1])
    if op is _sre.BRANCH:
        found = []
        for branch in av[1]:
            need = _requirement(branch)
            if need is None:
                return None  # one alternative requires nothing: neither does the branch
            found.extend(need)
        return found
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        return _requirement(av[2])
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _requirement(av)
    return None  # a class, an assertion, a back-reference...: nothing to rely on


def _requirement(items):
    """Alternatives (frozensets of words, all of which must occur) one of which any match of a
    parsed sequence satisfies, or None when a match need hold no word."""
    result = [frozenset()]
    for need in _runs_and_parts(items):
        if len(result) > 1 and len(need) > 1 and len(result) * len(need) > _MAX_TERMS:
            continue  # dropping a requirement keeps the test sound, only weaker
        result = [a | b for a, b in itertools.product(result, need)]
    return None if result == [frozenset()] else result


class WordGate:
    """The words a compiled case-insensitive pattern's matches must hold (see the module doc)."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        need = _requirement(list(parsed))
        # None: some match may hold no word at all, and the gate always lets the regex run.
        # Each alternative's words longest first: the longest is usually the rarest, so
        # a test of the alternative mostly stops at its first word.
        self.alternatives = None if need is None else sorted(
            {tuple(sorted(words, key=lambda w: (-len(w), w))) for words in need})

    def possible(self, lowered_text: str):
        """The alternatives whose words all occur in an article's lowercased text (its blocks'
        texts joined), as {first word: [its other words, ...]}; None when the gate cannot
        judge (the regex must run on every block)."""
        if self.alternatives is None or any(c in lowered_text for c in UNSAFE_IN_LOWERED):
            return None
        present: dict = {}

        def occurs(word: str) -> bool:
            found = present.get(word)
            if found is None:
                found = present[word] = word in lowered_text
            return found

        possible: dict = {}
        for words in self.alternatives:
            if all(map(occurs, words)):
                possible.setdefault(words[0], []).append(words[1:])
        return possible

    @staticmethod
    def may_match(text: str, possible) -> bool:
        """False when the pattern cannot match ``text`` (a block of the article ``possible`` came from)."""
        if possible is None:
            return True
        if not possible:
            return False
        lowered = text.lower()
        for first, others in possible.items():
            if first in lowered and any(all(word in lowered for word in rest) for rest in others):
                return True
        return False


@functools.lru_cache(maxsize=32)
def word_gate(pattern: re.Pattern) -> WordGate:
    return WordGate(pattern)
