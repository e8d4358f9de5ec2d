"""The word gate of big case-insensitive patterns (_prefilter.py) never rules out a block the
pattern matches: gated and plain searches give the same matches on random and edge inputs."""

import random
import re

import pytest

from lint_med_core._prefilter import UNSAFE_IN_LOWERED, WordGate, word_gate

SYNTHETIC = [
    r"(?<!\w)(?:sign\s+up\s+(?:now|today)|news\s?letter|(?:save|book)\s+your\s+(?:spot|seat))(?!\w)",
    r"for(?:ward)?[- ]looking|safe harbou?r",
    r"\bsubscri(?:be|ption)s?\b|[\"“']like[\"”'] us",
    r"(?:x|y)+z|abc",  # a requirement of short words only: nothing to gate on
    r"buy\s+(?:it\s+)?now(?:\s+at)?",
]
JUNK = ["the", "a", "sign", "up", "now", "today", "news", "letter", "newsletter", "save", "your", "spot",
        "book", "seat", "forward", "looking", "safe", "harbor", "harbour", "subscribe", "subscription", "like",
        "us", "buy", "it", "at", "xyz", "abc", "ſign", "İt", "ıt", "K", "SIGN", "Up", "NEWS-LETTER", "—", "“",
        "'", "\n", "  ", "é", "Ǆ", "ﬀ", "for", "our", "weekly", "statements", "brought to you by", "subscribe now",
        "sign up for our", "follow me on", "twitter", "register", "tickets"]


def _texts(seed: int, count: int = 400) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice((" ", "", "-", " ")) + rng.choice(JUNK) for _ in range(rng.randint(0, 12)))
            for _ in range(count)]


def _patterns():
    return [re.compile(p, re.I) for p in SYNTHETIC]


@pytest.mark.parametrize("seed", range(4))
def test_the_gate_never_rules_out_a_match(seed):
    texts = _texts(seed)
    for pattern in _patterns():
        gate = WordGate(pattern)
        for start in range(0, len(texts), 8):  # an "article" of eight blocks
            blocks = texts[start:start + 8]
            possible = gate.possible("\n".join(blocks).lower())
            for text in blocks:
                if pattern.search(text):
                    assert gate.may_match(text, possible), (pattern.pattern[:60], text)


def test_the_gate_rules_out_blocks_without_the_words():
    gate = word_gate(re.compile(SYNTHETIC[0], re.I))
    blocks = ["The trial enrolled 200 patients.", "Sign up today for our weekly newsletter."]
    possible = gate.possible("\n".join(blocks).lower())
    assert possible  # the newsletter phrase is possible in this article
    assert not gate.may_match(blocks[0], possible)
    assert gate.may_match(blocks[1], possible)
    assert gate.possible("the trial enrolled 200 patients.") == {}


def test_an_article_with_a_character_folding_to_ascii_is_not_gated():
    gate = word_gate(re.compile(SYNTHETIC[0], re.I))
    assert gate.possible("ſign up for our newsletter".lower()) is None
    assert re.compile("sign", re.I).search("ſign")  # why: re matches it, str.lower() keeps it


def test_the_unsafe_characters_are_all_that_re_folds_to_ascii():
    everything = "".join(map(chr, range(128, 0x110000)))
    folding = set(re.findall(r"[a-z0-9]", everything, re.I))
    for char in folding:
        lowered = char.lower()
        assert (lowered.isascii() and lowered.isalnum()) or any(c in lowered for c in UNSAFE_IN_LOWERED), char
