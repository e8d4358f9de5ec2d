"""LM105's market-word pre-test (the article's distinct word runs) agrees with the plain search."""

import random

from lint_med.parsers.text import parse
from lint_med_core import links


def market_held(text: str) -> bool:
    return links._market_words_held(parse(text, "a.txt", {}))[0]


AWKWARD = ["buy tadalafil online uk.", "cheap pills UK", "pills\u00a0uk now", "pills uk2", "pills uk_x", "pills ukİ",
           "ſale usa!", "pills İndia", "made in india", "kaufen", "x nz", "tramadol \u212auk", "uk", "4 usa 5",
           "cher ami", "pills ukraine", "ιnz", "pills canada\u00a0"]


def test_market_pretest_agrees_with_the_plain_search():
    rng = random.Random(5)
    pieces = ["pills", " ", "\u00a0", "uk", "UK", "usa", "İ", "ı", "ſ", "\u212a", "_", "2", ".", "india", "nz", "-"]
    texts = AWKWARD + ["a " + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7))) for _ in range(1500)]
    for text in texts:
        doc = parse(text, "a.txt", {})
        assert market_held(text) == (links._MARKET_WORDS.search(doc.body_text) is not None), text
    assert any(map(market_held, texts)) and not all(map(market_held, texts))
