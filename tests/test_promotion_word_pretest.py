"""LM203's pre-test of the literals that are whole words of their phrases ("pass" of "(?:kit|box|pass)s?:")
agrees with the plain search: a text holding the literal only inside other words ("passed") cannot match."""

import random

from lint_med.parsers.text import parse
from lint_med_core import _phrases, offtopic
from lint_med_core._data import phrase_pattern
from lint_med_core._evidence import distinct_words, lowered_body


def test_opening_words_are_whole_words_of_every_match():
    assert _phrases.opening_words(r"(?:kit|box|pass)s?:(?=\d)") == ("kit", "box", "pass")
    assert _phrases.opening_words(r"(?:save|book)\s+your") == ("save", "book")
    assert _phrases.opening_words(r"(?:kit|box)es") == ()  # "kites" holds "kit" inside a word
    assert _phrases.opening_words(r"(?:news)letters?") == ()
    assert _phrases.opening_words(r"sign up (?:now|today)") == ()


def test_whole_word_literal_is_sought_among_the_words():
    phrases = (r"(?:kit|pass)s?:(?=[^.]*\d)", r"unsubscri\w+")
    search = _phrases.PhraseSearch(phrase_pattern(phrases), phrases)
    assert search.words == {"kit", "pass"}
    for text, kept in (("She passed the test and went kitesurfing.", ()), ("Day pass: 2 entries.", ("pass",)),
                       ("Starter kits: 3 boxes.", ("kit",)), ("Click to unsubscribe.", ("unsubscri",))):
        doc = parse("Title\n\n" + text, "a.txt", {})
        whole = _phrases.TextLiterals(doc.body_text, lowered_body(doc))
        narrowed = search.within(whole, distinct_words(doc)[0])
        assert narrowed.literals == kept, text
        # the plain search finds a match exactly where a literal was kept
        assert (search.pattern.search(doc.body_text) is not None) == bool(kept), text
    # without the runs, substrings count, as before
    doc = parse("Title\n\nShe passed the test.", "a.txt", {})
    assert search.within(_phrases.TextLiterals(doc.body_text)).literals == ("pass",)


def test_lm203_product_card_still_found_beside_substrings():
    text = ("Sleep Apnoea Tests\n\nMany people passed a home sleep test last year, and a compass of care is needed.\n\n"
            "Home sleep-test kit: 2 nights, app report, clinician call included\n\n"
            "The test measures breathing pauses overnight and oxygen levels in the blood.")
    doc = parse(text, "a.txt", {})
    model = offtopic.topic_model(doc)
    found = offtopic.promotional_blocks(doc, model)
    assert any("product" in what for _, what, _, _ in found.values())


def test_narrowed_search_agrees_with_the_pattern_on_awkward_texts():
    search = next(search for label, search in offtopic._promotion(())[0] if search.words)
    rng = random.Random(22)
    pieces = ["kit", "Kit", "pass", "PASS", "box", "es", "s", ":", " ", "2", "_", "\u212a", "\u017f", "\u0130", "x", ", "]
    matched = 0
    for _ in range(3000):
        text = "Title\n\n" + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) + " 3 days, bb, cc, dd"
        doc = parse(text, "a.txt", {})
        runs = distinct_words(doc)[0] if not any(map(doc.body_text.__contains__, _phrases.ASCII_FOLDS)) else None
        narrowed = search.within(_phrases.TextLiterals(doc.body_text, lowered_body(doc)), runs)
        found = narrowed.search(doc.body_text) if narrowed.literals else None
        plain = search.pattern.search(doc.body_text)
        assert (found is None) == (plain is None), text
        matched += plain is not None
    assert 0 < matched < 3000
