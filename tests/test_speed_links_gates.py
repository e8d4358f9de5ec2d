"""LM105's per-document gates against their plain definitions (session 18, speed48): the calls to a business
named only as "this" that the article holds (`_demonstratives_held`, plainly: the call and its demonstrative as a
phrase in the lowercase text) and the buy words with their capital between spaces (`_buy_capitals_held`, plainly:
in the text as written). The fast path tests the phrase's words among the article's distinct words first
(`_article_word`); a word inside another word ("retry", "Buyer") must not count, nor a phrase across languages.
Sentences invented for these tests; a few in languages no labelled page has (Portuguese, Dutch, Polish)."""

import pytest

from lint_med.parsers import html, markdown, text
from lint_med_core._evidence import lowered_body
from lint_med_core.links import (_article_word, _buy_capitals_held, _buy_inside_data, _demonstratives_by_word,
                                 _demonstratives_held)

PARSERS = {"txt": text, "md": markdown, "html": html}

SOURCES = [
    ("If your knee keeps aching, try this physiotherapy clinic near the station.", "txt"),
    ("We had to retry this doctor's booking form twice; Buyers' guides and Ordering rules differ.", "txt"),
    ("Para dores nas costas, visite esta clínica em Lisboa. Compre agora!", "txt"),
    ("Bestel vandaag nog: Koop Slaapwel 10 mg bij onze apotheek.", "md"),
    ("Zamów teraz i sprawdź: rendez-vous chez ce dentiste, **Kup** tabletki.", "md"),
    ("<p>Reach out to these specialists — or contact this lab. Prescription drugs like Buy Acme 150 mg.</p>", "html"),
    ("<p>Headache diaries help (trythis shop, contactthis vendor; Shopping lists: Purchase order).</p>", "html"),
    ("Sleep hygiene matters more than supplements.", "txt"),
]


def _doc(source: str, kind: str):
    doc = PARSERS[kind].parse(source, f"article.{kind}", {})
    doc.vocabulary = {}
    return doc


@pytest.mark.parametrize("source,kind", SOURCES)
def test_demonstrative_gate_is_the_plain_find(source, kind):
    doc = _doc(source, kind)
    plain = tuple(shape for shapes in _demonstratives_by_word().values() for shape in shapes
                  if shape[0][1:] in lowered_body(doc) and
                  all(word in lowered_body(doc) for word in shape[0].split()))
    # the gate may keep a shape the finder rejects only where its phrase stands glued to a word before it
    # ("retry this "); the fast path keeps the shapes whose words stand alone
    kept = _demonstratives_held(doc)
    assert set(kept) <= set(plain)
    assert {s for s in plain if f" {s[0][1:]}" in " " + lowered_body(doc).replace("\n", " ")} <= set(kept)


@pytest.mark.parametrize("source,kind", SOURCES)
def test_buy_capitals_gate_is_the_plain_find(source, kind):
    doc = _doc(source, kind)
    assert _buy_capitals_held(doc) == tuple(verb for verb in _buy_inside_data()[2] if verb in doc.body_text)


def test_article_word_is_a_whole_word():
    doc = _doc("Retry the form. Buyers wait. Then try it; est\u00e1 bien; rendez-vous chez.", "txt")
    held = _article_word(doc)
    assert held("try") and held("buyers") and held("rendez-vous")
    assert not held("buy") and not held("this")


def test_examples_found():
    assert _demonstratives_held(_doc(SOURCES[0][0], "txt"))
    assert not _demonstratives_held(_doc(SOURCES[6][0], "html"))
    assert _buy_capitals_held(_doc(SOURCES[3][0], "md")) == (" Koop ",)
