"""The page-kind signal (rules/lint_med_core/_pagekind.py) and LM701's benefit claims that depend on it."""

import pytest

from lint_med import lint_text
from lint_med.config import parse_table
from lint_med.parsers.text import parse
from lint_med_core._pagekind import classify, page_kind


SHOP = "Collagen Glow powder, 30 servings. $39 with free shipping. Add to cart."
REFERENCE = ("Medically reviewed by a pharmacist. Side effects are rare. Complications may occur. "
             "Talk to your doctor if you are pregnant. References: 1. NIH fact sheet.")
NEWS = ("WASHINGTON (Reuters) - Regulators said on Monday they would review the patch. "
        "\"It is early days,\" said Dr. Ann Lee, who was not involved. The company said in a statement it disagreed.")
FORUM = "Posted by runner77. 12 replies. Report post. I tried it for a month and felt no different."


@pytest.mark.parametrize("text, kind", [
    (SHOP, "seller"), (REFERENCE, "reference"), (NEWS, "news"), (FORUM, "forum"),
    ("Turmeric is a yellow spice used in curries.", "other"),
])
def test_kind_of_page(text, kind):
    assert classify(text).kind == kind


def test_the_evidence_names_the_cues_found():
    explained = classify(SHOP).explain()
    assert explained.startswith("seller page (") and "Add to cart" in explained and "$39" in explained


def test_promotion_alone_needs_two_kinds_of_cue():
    # praise alone is common in news ("a powerful new drug"); with the forms a product is sold in, a pitch
    assert classify("An incredible discovery about sleep.").kind == "other"
    assert classify("Our incredible gummies and capsules.").kind == "seller"


def test_computed_once_per_document():
    doc = parse(SHOP, "a.txt", {})
    assert page_kind(doc) is page_kind(doc) and page_kind(doc).sells


def lint(text):
    config = parse_table({"select": ["LM701"]}, None)
    return [f.message for f in lint_text(text, path="a.txt", config=config)]


CLAIM = "Our mushroom coffee sharpens memory and supports immune health."


def test_benefit_claim_flagged_on_a_shop_page():
    assert lint(f"{SHOP}\n\n{CLAIM}\n") == ["Benefit claim 'sharpens' stated as fact in the page's own promotion "
                                            "(seller page ($39; Add to cart; free shipping))"]


def test_a_page_with_no_careful_cue_may_promote():
    assert lint(f"Mushroom coffee\n\n{CLAIM}\n") == [
        "Benefit claim 'sharpens' stated as fact in the page's own promotion "
        "(no cue of a reference page, news report or forum)"]


@pytest.mark.parametrize("page", [REFERENCE, NEWS, FORUM])
def test_benefit_claim_left_alone_on_careful_pages(page):
    assert lint(f"{page}\n\n{CLAIM}\n") == []


@pytest.mark.parametrize("sentence", [
    "Our mushroom coffee may sharpen memory in some people.",      # hedged
    "Our mushroom coffee can help support immune health.",          # "can help" hedges
    "Our mushroom coffee does not sharpen memory.",                 # negated
    "Does our mushroom coffee sharpen memory?",                     # asked
    "According to users, our mushroom coffee sharpens memory.",     # attributed
    "In mice, the extract sharpens memory.",                        # a lab result
    "Stress reduces immune health.",                                # a harm as subject, not the product
    "The pills increase the risk of liver damage.",                 # a harm raised
])
def test_benefit_sentences_that_are_no_promise(sentence):
    assert lint(f"{SHOP}\n\n{sentence}\n") == []
