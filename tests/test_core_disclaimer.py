"""LM901 missing-disclaimer: the usual phrasings wherever they stand, and what is not one."""

import pytest

from lint_med import lint_text
from lint_med.config import parse_table

# Advice to the reader: a page that gives none needs no disclaimer (see test_a_page_that_gives_no_advice...).
BODY = " ".join(["Take iron tablets with a little food if they upset your stomach; the blood count improves in weeks."] * 12)
DESCRIPTION = " ".join(["Iron tablets replace the iron the body has lost and the blood count improves within weeks."] * 12)


def lint(text, path="a.txt", **options):
    config = parse_table({"select": ["LM901"], "rules": {"LM901": options} if options else {}}, None)
    return [(f.code, f.line) for f in lint_text(text, path=path, config=config)]


@pytest.mark.parametrize("sentence", [
    "This article is for informational purposes only and is not a substitute for professional medical advice.",
    "The content of this page is not intended to diagnose, treat, cure or prevent any disease.",
    "Always consult your doctor.",
    "This information does not constitute medical advice.",
    "Nothing on this website should be construed as medical advice.",
    "We do not provide medical advice, diagnosis or treatment.",
    "Always seek the advice of your physician or other qualified health provider with any questions you may have.",
    "The information here is for general educational purposes only.",
])
def test_disclaimer_phrasings_are_recognised_at_the_top_or_bottom(sentence):
    assert lint(f"Iron tablets\n\n{sentence}\n\n{BODY}\n") == []
    assert lint(f"Iron tablets\n\n{BODY}\n\n{sentence}\n") == []


@pytest.mark.parametrize("sentence", [
    "Talk to your doctor about side effects.",
    "If side effects persist, consult with your healthcare provider to explore potential adjustments.",
    "Speak with the doctor about other alternative options.",
    "Work closely with a healthcare provider to monitor your progress.",
    "Talk to your healthcare provider before starting any treatment.",  # no disclaimer context
])
def test_passing_advice_to_see_a_clinician_is_not_a_disclaimer(sentence):
    assert lint(f"Iron tablets\n\n{BODY} {sentence}\n") == [("LM901", 1)]
    # and it is advice: a description of the tablets that adds it needs a disclaimer
    assert lint(f"Iron tablets\n\n{DESCRIPTION} {sentence}\n") == [("LM901", 1)]


def test_consult_advice_counts_in_a_disclaimer_context():
    text = f"# Iron tablets\n\n{BODY}\n\n## Disclaimer\n\nTalk to your healthcare provider before starting any treatment.\n"
    assert lint(text, path="a.md") == []


def test_options_required_extra_patterns_and_min_words():
    text = f"Iron tablets\n\n{BODY}\n\nHouse note: read our editorial policy.\n"
    assert lint(text) == [("LM901", 1)]
    assert lint(text, required=False) == []
    assert lint(text, extra_patterns=["read our editorial policy"]) == []
    assert lint("Iron tablets\n\nTake one iron tablet a day with food.\n") == []  # too short to be an article
    assert lint("Iron tablets\n\nTake one iron tablet a day with food.\n", min_words=3) == [("LM901", 1)]


def test_html_footer_outside_the_article_counts_unless_turned_off():
    page = (f"<html><body><article><h1>Iron tablets</h1><p>{BODY}</p></article>"
            "<footer><p>This site does not provide medical advice.</p></footer></body></html>")
    assert lint(page, path="a.html") == []
    assert lint(page, path="a.html", search_whole_page=False) == [("LM901", 1)]
    # text inside scripts is not on the page
    hidden = page.replace("<footer><p>This site does not provide medical advice.</p></footer>",
                          "<script>var s = 'This site does not provide medical advice.';</script>")
    assert lint(hidden, path="a.html") == [("LM901", 1)]


def test_articles_in_another_language_are_not_checked():
    page = f'<html lang="de"><body><article><h1>Eisen</h1><p>{BODY}</p></article></body></html>'
    assert lint(page, path="a.html") == []
    assert lint(page.replace('lang="de"', 'lang="en-GB"'), path="a.html") == [("LM901", 1)]


@pytest.mark.parametrize("sentence", [
    # the page itself is not advice, with no "medical" in the sentence
    "This overview describes what the trials found. It is not advice, and it suggests no dose.",
    "Nothing here should be read as advice for your own treatment.",
    # the page does not stand in for a clinician
    "These notes cannot replace a visit to your GP or pharmacist.",
    "The guide is no substitute for a consultation with your own clinician.",
    # a leaflet sends every remaining question to a clinician
    "If you have any further questions about this medicine, ask your pharmacist or doctor.",
    # the same statement in Spanish, French and German
    "Este texto tiene fines informativos y no sustituye la consulta médica.",
    "Cet article est fourni à titre informatif et ne remplace pas l'avis d'un médecin.",
    "Dieser Text dient nur der allgemeinen Information und ersetzt keine ärztliche Beratung.",
])
def test_other_wordings_of_the_disclaimer(sentence):
    assert lint(f"Iron tablets\n\n{sentence}\n\n{BODY}\n") == []
    assert lint(f"# Iron tablets\n\n{BODY}\n\n{sentence}\n", path="a.md") == []


@pytest.mark.parametrize("sentence", [
    "Telehealth can replace a visit to your doctor for many problems.",  # no negation
    "If you have questions about the study, the authors list an email address.",  # no clinician
    "The coach said the plan is not a substitute for sleep.",
    "No tablet is a substitute for a balanced diet.",
])
def test_near_wordings_that_are_not_a_disclaimer(sentence):
    assert lint(f"Iron tablets\n\n{BODY} {sentence}\n") == [("LM901", 1)]


NEWS = " ".join([
    "The hospital tested the tablets in a trial of four hundred patients, the report said.",
    "Doctors at the clinic told reporters that the results were modest but clear.",
    "According to the trial team, the next study will follow patients for two years.",
] * 4)
DIARY = " ".join([
    "I started the tablets in May and my energy came back within a month.",
    "My sister noticed it before I did, and I still take one with breakfast.",
    "Some days I forget, and I can tell by the evening that I missed one.",
] * 4)


def test_a_news_report_or_a_first_person_account_needs_no_disclaimer():
    assert lint(f"Iron trial results\n\n{NEWS}\n") == []
    assert lint(f"# My iron story\n\n{DIARY}\n", path="a.md") == []
    # the same text turned to the reader is advice again
    advice = NEWS + " " + " ".join(["If you feel tired, ask your doctor whether your iron is low and take your tablet with food."] * 4)
    assert lint(f"Iron trial results\n\n{advice}\n") == [("LM901", 1)]
    advice = DIARY + " " + " ".join(["You should try them too, and you will feel the change in your first week."] * 8)
    assert lint(f"# My iron story\n\n{advice}\n", path="a.md") == [("LM901", 1)]
    # one "said" does not make a report
    assert lint(f"Iron tablets\n\n{BODY} The pharmacist said so.\n") == [("LM901", 1)]


def test_every_phrasing_list_is_searched_on_lowercased_text():
    """A phrasing whose lowercasing is not exact (a "ß", an escape like \\S) sends its whole list
    to the slow case-insensitive regex: keep the data file's lists on the fast path."""
    from lint_med_core.disclaimer import _literal_start, _patterns

    assert all(patterns.lowercase is not None for patterns in _patterns(()))
    assert _literal_start("not (?:medical )?advice") == "not "
    assert _literal_start("notes? here") == "note"  # the last letter is optional
    assert _literal_start("(?:is|are) not") == "" and _literal_start("for a|not b") == ""
