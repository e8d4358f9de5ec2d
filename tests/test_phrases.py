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


def test_grouped_search_returns_the_patterns_own_first_match():
    # "cheap pills" and the longer phrase have different literals and match at the same place:
    # the pattern's choice (the longer alternative) must win, as one search of the pattern gives
    phrases = ("cheap pills", "(?:cheap|discount) pills online", "order now")
    search = PhraseSearch(phrase_pattern(phrases), phrases)
    for text in ("Cheap pills online, order now", "order now: cheap pills", "discount pills online",
                 "cheaper pills", "xorder now", "nothing here"):
        ours, theirs = search.search(text), search.pattern.search(text)
        assert (ours and (ours.span(), ours.group())) == (theirs and (theirs.span(), theirs.group())), text


def test_grouped_search_agrees_with_the_pattern_on_every_shipped_list():
    from pathlib import Path

    data = load("links_calls_to_action")
    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [line for path in sorted(fixtures.rglob("*")) if path.suffix in (".txt", ".md", ".html")
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    assert len(texts) > 1000
    lists = ("standalone", "invitations", "keyphrases", "title_case", "pointing")
    for name in lists:
        phrases = tuple(p.replace(" ", r"\s+") for p in data[name])
        search = PhraseSearch(phrase_pattern(phrases, 0 if name == "title_case" else re.I), phrases)
        assert search.literals, name  # the filter is on
        found = 0
        for text in texts:
            ours, theirs = search.search(text), search.pattern.search(text)
            assert (ours and (ours.span(), ours.group())) == (theirs and (theirs.span(), theirs.group())), text
            spans = [(m.span(), m.group()) for m in search.finditer(text)]
            assert spans == [(m.span(), m.group()) for m in search.pattern.finditer(text)], text
            found += theirs is not None
        assert found, name  # the fixtures hold matches of every list


def test_ascii_folds_are_every_letter_matching_an_ascii_letter_case_insensitively():
    from lint_med_core._phrases import ASCII_FOLDS

    ascii_letter = re.compile("[a-z]", re.I)
    assert ASCII_FOLDS == "".join(chr(c) for c in range(128, 0x110000) if ascii_letter.match(chr(c)))


def test_search_in_text_whose_lowercase_is_not_its_case_folding():
    # "İ" lowercases to two characters, "ſ" and the Kelvin sign stay themselves: the literals are
    # not in the lowercase text, yet the case-insensitive pattern matches
    phrases = ("inscrivez-vous (?:à|a) notre newsletter", "sale!", "keep comments civil", "order now")
    search = PhraseSearch(phrase_pattern(phrases), phrases)
    for text in ("İnscrivez-vous à notre newsletter", "ſale! order now", "Ke\u212aep comments civil",
                 "xsale! then Sale! and order now", "sale!x order nowhere", "naïve café sale!"):
        ours, theirs = search.search(text), search.pattern.search(text)
        assert (ours and (ours.span(), ours.group())) == (theirs and (theirs.span(), theirs.group())), text
        assert [m.span() for m in search.finditer(text)] == [m.span() for m in search.pattern.finditer(text)], text
