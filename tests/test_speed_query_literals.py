"""LM105's search-query gate: a pattern tried only where its opening literal stands finds what a
search of the whole text finds (links._opens_somewhere against pattern.search)."""

import pytest

from lint_med_core import links

TEXTS = [
    "", "best", "The best 2024", "We list the best heat pads 2023 and more.", "bestseller 2021 best of 2020",
    "Unbest wipes 2022", "the best\nthermometers of 2019", "best best best of the year 2020",
    "Where to buy it online: a guide", "You can buy a kit, a pad and a light online today.",
    "rebuy online", "buy\tsocks online", "we buy nothing online", "buy buy online", "Buy it online",
]


def _first_patterns():
    return [(literal, first) for entries in links._query_patterns()[0].values()
            for literal, _, first in entries if first is not None]


def test_there_are_patterns_to_compare():
    assert {literal.split()[0] for literal, _ in _first_patterns()} >= {"best", "buy"}


@pytest.mark.parametrize("text", TEXTS)
def test_opens_somewhere_is_a_search(text):
    for literal, first in _first_patterns():
        assert links._opens_somewhere(first, text, literal.split()[0]) == (first.search(text) is not None), \
            (literal, text)
