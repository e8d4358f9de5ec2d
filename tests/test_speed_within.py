"""Fast paths of speed session 19 against their plain definitions: PhraseSearch.within (its literals
asked of the whole text at once) and LM701's triggers of a need (the needs it holds, listed once)."""

import random

import pytest

from lint_med_core import claims, links, offtopic
from lint_med_core._evidence import ascii_runs
from lint_med_core._phrases import TextLiterals


def _plain_within(search, whole, runs=None):
    """PhraseSearch.within's literals as its docstring defines them, one question at a time."""
    return tuple(key for key in search.literals
                 if whole.holds(key.lower() if key.isascii() else key, search.fold or key.isascii())
                 and (runs is None or key not in search.words
                      or not runs.isdisjoint((key.encode(), key.encode() + b"s"))))


def _searches():
    cta = links._cta_patterns(())
    return [*cta[:5], cta[7]] + [search for _, search in offtopic._promotion(())[0]]


TEXTS = [
    "Order now and save 20% with code SPRING20. Visit our online store today!",
    "Sign up for our newsletter and follow us on Facebook. Kit: 3 boxes. Pass: yes.",
    "The trial passed its end point; a compass is no pass. Buy Now >> Claim Offer",
    "İnscrivez-vous à notre newsletter. ſale today. Jetzt bestellen ohne Rezept!",
    "Nothing here to sell: a quiet paragraph about sleep and the body clock.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_within_keeps_the_literals_of_the_plain_definition(text):
    lowered = text.lower()
    runs = set(ascii_runs(lowered))
    joined = b" ".join(runs).decode()
    for search in _searches():
        if search.literals is None:
            continue
        for given_runs in (None, runs):
            whole, plain_whole = TextLiterals(text, lowered, joined), TextLiterals(text, lowered, joined)
            assert search.within(whole, given_runs).literals == _plain_within(search, plain_whole, given_runs)


def test_within_on_random_texts_sharing_one_text_literals():
    # one TextLiterals asked by every list in turn, as article_literals is shared by the rules
    rng = random.Random(19)
    searches = [s for s in _searches() if s.literals is not None]
    vocabulary = sorted({word for s in searches for key in s.literals for word in key.split()}) + \
        ["the", "and", "passed", "compass", "İ", "ſ", "Buy", "BUY", "shops"]
    for _ in range(200):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 40)))
        lowered = text.lower()
        runs = set(ascii_runs(lowered))
        joined = b" ".join(runs).decode()
        whole, plain_whole = TextLiterals(text, lowered, joined), TextLiterals(text, lowered, joined)
        for search in rng.sample(searches, len(searches)):
            given_runs = runs if rng.random() < 0.5 else None
            assert search.within(whole, given_runs).literals == _plain_within(search, plain_whole, given_runs), text


def test_held_among_is_each_pair_held():
    whole = TextLiterals("Buy cheap pills online", runs="buy cheap pills online")
    asked = frozenset({("buy", True), ("Buy", False), ("cheap", True), ("shop", True), ("BUY", False)})
    held = whole.held_among(asked)
    assert {pair for pair in asked if pair in held} == {("buy", True), ("Buy", False), ("cheap", True)}
    assert whole.holds("shop") is False and ("shop", True) not in held


def test_a_needs_triggers_are_the_needs_it_holds_among_the_triggers():
    every = sorted(claims._every_need())
    rng = random.Random(19)
    for size in (len(every), 300, 100, 30):
        needs = tuple(rng.sample(every, min(size, len(every))))
        triggers = claims._shortest(needs)
        shortest = frozenset(triggers)
        for need in needs:
            if need in shortest:
                continue
            assert claims._held_by(need) & shortest == {t for t in triggers if t in need}, need
