"""The literal pre-filter of phrase patterns never hides a match."""

import re

from lint_med_core._data import load, phrase_pattern
from lint_med_core._phrases import PhraseSearch, required_literals


def test_required_literals_of_plain_and_grouped_phrases():
    assert required_literals("sign up for (?:our|the) newsletters?") == ("sign up for",)
    assert required_literals("(?:buy|order) (?:\\w+ ){0,3}online") == ("online",)
    assert required_literals("(?:cheap|discount) (?:x|y)") == ("cheap", "discount")
    assert required_literals("(?:a|bb)|c") == ()


def test_prefilter_agrees_with_the_pattern():
    phrases = tuple(p.replace(" ", r"\s+") for p in load("links_calls_to_action")["standalone"])
    search = PhraseSearch(phrase_pattern(phrases), phrases)
    assert search.literals  # every shipped phrase has a literal: the filter is on
    texts = ["Order now and save.", "Use code SPRING20 at checkout.", "Get 20% off your first box.",
             "Take $300 off your closing costs.", "Jetzt bestellen!", "The trial ran for a year.",
             "Cheap viagra here", "Start your free 14-day trial today"]
    for text in texts:
        assert bool(search.search(text)) == bool(re.search(search.pattern, text)), text
    assert search.search("Order now and save.") and not search.search("The trial ran for a year.")
