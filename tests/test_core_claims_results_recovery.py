"""LM701: results praised as fact, a recovery promised, and a cure softened by scare quotes or put on a clock (session
19, claims19). The families are those of set 21's blind misses; each sentence here is ours, about products, complaints
and trades no labelled page has (a posture brace, a sinus rinse, a foot clinic, a hearing clinic, a sleep patch), so a
test passes by the shape, not by a page's words. The careful sentences are the same shapes hedged, negated, asked,
reported, told of a trial, aimed at, or said of no health matter."""

import pytest
from test_core_claims_mild import flagged, lint  # LM701's messages: a text, a sentence after a title


def claimed(sentence, phrase, voiced=False):
    """Whether LM701 finds one claim in the sentence, quoting `phrase`, in the page's own promotion if `voiced`."""
    found = flagged(sentence)
    message = f"Absolute claim '{phrase}' stated as fact" + (" in the page's own promotion" if voiced else "")
    return len(found) == 1 and found[0].startswith(message)


@pytest.mark.parametrize("sentence, phrase", [
    # praise of results as fact, any page: a verb of yielding or seeing, a word of praise, "results"
    ("Our posture brace produces fantastic results for neck pain.", "produces fantastic results"),
    ("The sinus rinse gives truly marvellous results on blocked noses.", "gives truly marvellous results"),
    ("Patients at our foot clinic get superb results with heel pain.", "get superb results"),
    ("The magnesium spray shows terrific results for cramps.", "shows terrific results"),
    ("This hair-growth serum delivers brilliant, lasting results.", "delivers brilliant, lasting results"),
    ("Our weight-loss injections have shown fabulous results.", "have shown fabulous results"),
    # a complete or lasting recovery or relief promised
    ("Our foot clinic assures a total recovery from plantar fasciitis.", "assures a total recovery"),
    ("The shockwave treatment guarantees complete relief from tennis elbow.", "guarantees complete relief"),
    ("This herbal formula ensures lifelong freedom from gout attacks.", "ensures lifelong freedom from"),
    ("We guarantee our patients a quick and full recovery after bunion surgery.",
     "guarantee our patients a quick and full recovery"),
    ("A total recovery is assured with our spinal programme.", "total recovery is assured"),
    ("Our hearing therapy ensures you recover fully from sudden hearing loss.", "ensures you recover fully"),
    # a cure softened by scare quotes, with a span of time or an end for good
    ("The sleep patch will “fix” your insomnia in three nights.", "will “fix” your insomnia in three nights"),
    ("These ear drops 'heal' tinnitus within 48 hours.", "'heal' tinnitus within 48 hours"),
    ("Our copper insoles \"reverse\" plantar pain for good.", "\"reverse\" plantar pain for good"),
    # ... and the end-for-good promise with a span of time between
    ("The foot soak gets rid of athlete's foot in 5 days for good.", "gets rid of athlete's foot in 5 days for good"),
])
def test_praised_results_promised_recovery_and_quoted_cures_are_claims(sentence, phrase):
    assert claimed(sentence, phrase), flagged(sentence)


@pytest.mark.parametrize("sentence, phrase", [
    # a complaint ended on a clock
    ("The nasal strip stops snoring in one night.", "stops snoring in one night"),
    ("These cooling patches end knee pain within 48 hours.", "end knee pain within 48 hours"),
    ("Our foot cream erases cracked heels in a week.", "erases cracked heels in a week"),
    ("The oral rinse heals mouth ulcers in days.", "heals mouth ulcers in days"),
    # a cure in scare quotes without a time
    ("This balm will “cure” your chapped lips.", "will “cure” your chapped"),
    # results praised with a span of time, as a tagline
    ("Outstanding results within two weeks!", "Outstanding results within two weeks"),
])
def test_shapes_a_seller_says_are_claims_on_a_page_that_promotes(sentence, phrase):
    assert claimed(sentence, phrase, voiced=True), flagged(sentence)


@pytest.mark.parametrize("sentence", [
    # hedged, negated, of some people, under a quantifier
    "Most people with a sprained ankle make a full recovery.",
    "Patients usually make a complete recovery within weeks.",
    "A complete recovery is possible for many patients.",
    "Full recovery may take up to a year.",
    "Surgery does not guarantee complete relief from back pain.",
    "There is no guarantee of a full recovery.",
    "Nobody can promise complete recovery from a stroke.",
    "Some patients see excellent results from the injections.",
    "Results vary, and excellent results are not guaranteed.",
    "No cream can “cure” eczema in a week.",
    # an aim or a help, not a promise
    "Physiotherapy can help ensure a full recovery after knee surgery.",
    "The aim of rehabilitation is to ensure a full recovery.",
    "Rest helps ensure full recovery after a concussion.",
    "Treatment aims to bring complete relief of symptoms.",
    # reported, told, asked
    "The company claims the supplement guarantees a full recovery.",
    "Sellers say the insoles give amazing results.",
    "Some sellers say their oils will \"cure\" your headaches in minutes.",
    "Posts claiming that garlic will \"cure\" the flu in a day are false.",
    "Can turmeric really \"heal\" your joints in a week?",
    "Does the laser really give amazing results?",
    # a trial's result, past or in research
    "The drug showed excellent results in a phase 3 trial.",
    "The new therapy has shown remarkable results in early studies.",
    "Researchers found the implant gave outstanding results.",
    "The study showed remarkable results in just days, the authors said.",
    # a quoted noun, named not made
    "The \"miracle cure\" was a scam.",
    # the body heals, a rash clears: no object, or a word of how
    "Most cold sores heal within 10 days.",
    "The rash usually clears in a few days.",
    "The wound heals completely in two weeks.",
    "Symptoms clear up within 48 hours.",
    # a medicine's onset, its label's: a drug of LM911's lexicon as the subject
    "Sumatriptan ends a migraine attack within two hours.",
    "Fluconazole clears vaginal thrush within three days.",
    # no health matter
    "The team ensures full recovery of data after a crash.",
    "Our students achieve excellent results in their exams.",
    "The sale ends in 3 days.",
])
def test_careful_sentences_stay_clean(sentence):
    assert flagged(sentence) == []


def test_a_news_report_of_a_sellers_clock_promise_stays_clean():
    page = ("Regulator warns over sleep patches sold online\n\nLONDON (Reuters) - Britain's advertising regulator said on "
            "Tuesday it had banned adverts for a sleep patch.\n\nOne advert said the patch stops snoring in one night, "
            "the regulator noted in its ruling.\n\nThe maker's website claims the patch will “cure” insomnia, the ruling "
            "said.\n")
    assert lint(page) == []


def test_the_families_in_html_and_markdown():
    html = ("<html><head><title>Arch support insoles</title></head><body><article><h1>Arch Support Insoles</h1>"
            "<p>Our insoles show wonderful results for flat feet. Add to cart for free shipping.</p>"
            "<ul><li>Ensures lasting relief from heel pain</li><li>Will 'fix' your sore arches in a week</li></ul>"
            "</article></body></html>")
    assert lint(html, path="a.html") == [f"Absolute claim '{phrase}' stated as fact" for phrase in (
        "show wonderful results", "Ensures lasting relief", "Will 'fix' your sore arches in a week")]
    markdown = ("# Sciatica clinic\n\nBook your appointment today. We guarantee a full recovery.\n\n"
                "- Gets rid of sciatica in 3 days for good\n")
    assert lint(markdown, path="a.md") == [f"Absolute claim '{phrase}' stated as fact" for phrase in (
        "guarantee a full recovery", "Gets rid of sciatica in 3 days for good")]
