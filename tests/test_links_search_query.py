"""LM105's search query: one definition of a place or market typed in lower case (the old shop
keyphrase's market tails folded in), read only in English, and only from a writer who capitalises names."""

import pytest

from lint_med.parsers import text
from lint_med_core import links

INTRO = ("Magnesium is a mineral the body needs for muscles and nerves, and most people get enough "
         "of it from food such as nuts, beans and whole grains.\n\n")


def finding(finder, paragraph: str, intro: str) -> str:
    """What an LM105 finder reports on the last paragraph of `intro` + `paragraph` ("" if nothing)."""
    doc = text.parse(intro + paragraph + "\n", "a.txt", {})
    block = doc.blocks[-1]
    return finder(doc, block, block.text.lower(), links._cta_patterns(())[6], None)


def query(paragraph: str, intro: str = INTRO) -> str:
    return finding(links._search_query, paragraph, intro)


@pytest.mark.parametrize("paragraph", [
    "Many runners in Leeds now take magnesium citrate ireland before a long race.",
    "Zinvora gummies cost less than tablets, and plenty of people order zinvora gummies canada each month.",
    "Shoppers who like Solgar also try glycinate online kaufen for cramps at night.",
    "If tablets upset your stomach, look for magnesium spray for sale at a chemist.",
])
def test_typed_query_found(paragraph):
    assert query(paragraph)


@pytest.mark.parametrize("paragraph", [
    "my cousin moved to canada and says the tablets there cost less.",  # writes no name in capitals
    "My aunt lives in australia now and takes magnesium every night.",
    "We spent the winter in scotland and the cramps eased a lot.",
])
def test_sloppy_prose_quiet(paragraph):
    assert query(paragraph) == ""


def test_a_word_of_another_language_is_no_english_place():
    portuguese = ("O organismo usa primeiro a glicose do sangue e depois as reservas de gordura, "
                  "segundo a Sociedade Brasileira de Diabetes.")
    assert query(portuguese) == ""
    # an article in Portuguese is not read at all
    intro = ("A nutricionista explica que o corpo precisa de energia para funcionar e que as reservas "
             "de gordura são usadas quando falta glicose no sangue, como dizem os especialistas da área.\n\n")
    assert query(portuguese, intro) == ""
    # the same place, in an English sentence of the same writer, is read
    assert query("Patients in Lisbon often buy magnesium tablets usa for the price.")


GUMS = "Plaque is a film of bacteria that forms on teeth after meals, and brushing removes most of it.\n\n"


def glued(paragraph: str, intro: str = GUMS) -> str:
    return finding(links._glued_keyword, paragraph, intro)


@pytest.mark.parametrize("paragraph", [
    "Brushing helps to protect your gums Orabright Review before the damage is done.",
    "Fluoride hardens enamel. orabrite reviews on Gum disease is very common.",
    "When sugars stay on teeth, Zentadent ingredients list; see more, they feed bacteria.",
])
def test_glued_affiliate_keyword_found(paragraph):
    assert glued(paragraph)


@pytest.mark.parametrize("paragraph", [
    "Two Cochrane reviews found that powered brushes remove more plaque.",
    "The Orabright reviews on the shop page say nothing about plaque.",
    "Researchers pooled trials in systematic reviews before the guideline was written.",
    "Patients posted Orabright reviews on forums, and Orabright answered them.",  # named again: the subject
    "Regulators warned that Zentadent scam sites copy real shops.",
])
def test_glued_affiliate_keyword_quiet(paragraph):
    assert glued(paragraph) == ""


def test_every_head_noun_of_the_data_file_is_sought():
    # _glued_keyword skips a block holding no head noun (a literal pre-test before its pattern):
    # every head noun the data file lists must pass the pre-test and be matched by the pattern.
    from lint_med_core._data import load
    for head in load("links_calls_to_action")["glued_head_nouns"]:
        sentence = f"Brushing helps to protect your gums Orabright {head} before the damage is done."
        assert any(literal in sentence.lower() for literal in links._glued_heads()), head
        assert links._glued_pattern().search(sentence).group().lower() == head.lower(), head
