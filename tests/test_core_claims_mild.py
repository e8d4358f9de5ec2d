"""LM701: mild promises, one level up (session 17). Each shape is tested on sentences written here for products,
complaints and page kinds no labelled page has (an optician, a sleep clinic, a hearing-aid shop, a physiotherapy
practice, a dental practice); the negatives are the same shapes hedged, negated, reported, asked or reported as a trial's
result with its figure."""

import pytest

from lint_med import lint_text
from lint_med.config import parse_table


def lint(text, path="a.txt"):
    config = parse_table({"select": ["LM701"]}, None)
    return [f.message for f in lint_text(text, path=path, config=config)]


def flagged(sentence, path="a.txt"):
    return lint(f"Title here\n\n{sentence}\n", path=path)


@pytest.mark.parametrize("sentence, phrase", [
    # graded efficacy: copula, intensifier, "effective"/"successful", a gerund
    ("Our blue-light lenses are extremely effective at preventing eye strain.", "are extremely effective at preventing"),
    ("The sleep clinic's light box is highly effective in resetting your body clock.",
     "is highly effective in resetting"),
    ("Shockwave therapy is remarkably successful in healing stubborn heel pain.", "is remarkably successful in healing"),
    ("This mouthguard remains incredibly effective for stopping night-time grinding.",
     "remains incredibly effective for stopping"),
    # graded efficacy as a rate, with no figure
    ("Our laser clinic boasts an extremely high success rate for removing tattoos.",
     "boasts an extremely high success rate"),
    ("The implant procedure has an excellent success rate.", "has an excellent success rate"),
    # hyperbolic manner of a benefit verb
    ("Wearing our orthotic insoles can dramatically reduce knee pain.", "can dramatically reduce knee pain"),
    ("The white-noise pillow drastically improves sleep quality.", "drastically improves"),
])
def test_graded_efficacy_is_a_claim(sentence, phrase):
    found = flagged(sentence)
    assert len(found) == 1 and found[0].startswith(f"Absolute claim '{phrase}' stated as fact")


@pytest.mark.parametrize("sentence, phrase", [
    ("Our hearing-aid range has emerged as a breakthrough solution for tinnitus.",
     "has emerged as a breakthrough solution"),
    ("Patients at our sleep clinic see life-changing results within weeks.", "see life-changing results"),
    ("Myopia-control lenses have shown unprecedented results for children.", "have shown unprecedented results"),
    ("This clear aligner is a revolutionary treatment for crooked teeth.", "is a revolutionary treatment"),
    ("The cold cap delivers miraculous results for hair thinning.", "delivers miraculous results"),
    ("Red Light Mask: The Revolutionary Therapy for Ageing Skin", "The Revolutionary Therapy for"),
])
def test_novelty_hype_about_a_treatment_is_a_claim(sentence, phrase):
    assert flagged(sentence) == [f"Absolute claim '{phrase}' stated as fact"]


@pytest.mark.parametrize("sentence, phrase", [
    ("Achieve your weight loss goals safely with our meal-replacement shakes.", "Achieve your weight loss goals safely"),
    ("Lose stubborn belly fat safely and naturally with the wrap.", "Lose stubborn belly fat safely"),
    ("Our infrared sauna can safely remove toxins from the body.", "can safely remove"),
    ("The gel is formulated to safely and effectively relieve joint pain.", "safely and effectively relieve"),
    ("Acupuncture safely relieves chronic migraines.", "safely relieves"),
])
def test_safety_folded_into_a_promise_is_a_claim(sentence, phrase):
    assert flagged(sentence) == [f"Absolute claim '{phrase}' stated as fact"]


@pytest.mark.parametrize("sentence", [
    "Clients who follow our detox programme become progressively healthier.",
    "With our collagen drink you will look younger every day.",
    "Your eyes feel stronger and healthier with every session of vision training.",
    "Guests at our sleep retreat feel steadily more energetic.",
])
def test_a_progressive_outcome_is_a_claim_on_a_page_that_promotes(sentence):
    assert len(flagged(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    # hedged, a capability, a modal
    "The lenses may be very effective at preventing eye strain.",
    "The treatment can be very effective in treating severe depression.",
    "Insoles might dramatically reduce knee pain in some runners.",
    "Stem cells may safely restore movement after a stroke.",
    # the past: a trial's result
    "The study showed that the technique was highly effective in treating back pain.",
    # negated or asked
    "It is not a breakthrough treatment.",
    "Is this the breakthrough treatment we were waiting for?",
    "No aligner is highly effective at straightening every tooth.",
    # reported
    "The company claims its pillow delivers life-changing results.",
    "Sellers promise the wrap will help you lose weight safely.",
    "Patients are promised revolutionary therapy, then billed for it.",
    # a trial's result with its figure, or research found
    "In a trial of 200 people the mouthguard reduced symptoms by 30% and has shown unprecedented results.",
    "Researchers found injections can safely improve motor function.",
    "The clinic has a 62% success rate in women under 35.",
    # no treatment or result noun: the hype word alone; the FDA's designation
    "The drug received Breakthrough Therapy designation.",
    "It was an unprecedented outbreak.",
    # a use made safe, an aim
    "Here is how to safely stop taking the tablets.",
    "Learn to use your inhaler safely.",
    "The programme is designed to dramatically reduce waiting times.",
    "Testosterone levels dramatically decrease with age.",
])
def test_hedged_reported_negated_asked_and_trial_results_stay_quiet(sentence):
    assert flagged(sentence) == []


def test_a_progressive_outcome_on_a_reference_page_is_left_alone():
    page = ("# Recovery after knee surgery\n\nReviewed by the editorial board of the hospital. Last reviewed 2026.\n\n"
            "Most patients feel stronger every day once physiotherapy starts, according to the NHS [1].\n\n"
            "## References\n\n1. NHS. Knee replacement. 2024.\n")
    assert lint(page, path="a.md") == []
