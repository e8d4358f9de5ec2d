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
    "But don't take my word for it: ask your pharmacist.",
    "Do not take our word (we write about gardens, mostly). Check with a family doctor.",
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
    # the same statement in Spanish, French and German
    "Este texto tiene fines informativos y no sustituye la consulta médica.",
    "Cet article est fourni à titre informatif et ne remplace pas l'avis d'un médecin.",
    "Dieser Text dient nur der allgemeinen Information und ersetzt keine ärztliche Beratung.",
    # what the page is, then what it is not
    "This handout is clinical education, not medical advice.",
    "Everything here is general information, not personal medical advice.",
    "The guide is meant to complement, not replace, the care your own doctor gives.",
    # the writer says they are no clinician
    "I'm not a doctor, and what worked for me may not suit you.",
    "We are not medical professionals; we share what we have read.",
    "I am not giving medical advice here, only my own notes.",
])
def test_other_wordings_of_the_disclaimer(sentence):
    assert lint(f"Iron tablets\n\n{sentence}\n\n{BODY}\n") == []
    assert lint(f"# Iron tablets\n\n{BODY}\n\n{sentence}\n", path="a.md") == []


@pytest.mark.parametrize("sentence", [
    "Telehealth can replace a visit to your doctor for many problems.",  # no negation
    "If you have questions about the study, the authors list an email address.",  # no clinician
    # questions sent to a clinician say nothing of what the page is (a package leaflet's line)
    "If you have any further questions about this medicine, ask your pharmacist or doctor.",
    "The coach said the plan is not a substitute for sleep.",
    "No tablet is a substitute for a balanced diet.",
    "Online pharmacies should complement, not replace, the one on your high street.",  # not the page
    "She did not seek medical advice for a week.",
    "My neighbour is not a doctor, but she swears by the tablets.",  # not the writer
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


# Advice to the reader, relayed ("you" outnumbers the two speech verbs), on a page that may
# name the people it quotes.
RELAYED = " ".join(["If you feel tired, ask your doctor whether your iron is low and take your tablet with food."] * 6)


@pytest.mark.parametrize("quoting, is_report", [
    # a named person in the lede: a news story, whatever it relays
    ("Dr Ana Ruiz has said you should check your iron. She said it again on Monday.", True),
    # two different people, introduced as journalism introduces sources
    ("Iron pills are popular. " * 15 + "Tom Wu, a pharmacist in Leeds, said they are cheap. "
     "Professor Lee Hart said they help.", True),
    # one expert quoted further down a how-to page: still advice
    ("Iron pills are popular. " * 15 + "Tom Wu, a pharmacist in Leeds, said they are cheap. He said so twice.", False),
    # an institution is no named person
    ("The Health Department says iron helps. The department said so in May.", False),
])
def test_a_page_that_names_the_people_it_quotes_is_a_report(quoting, is_report):
    assert lint(f"Iron pills\n\n{quoting}\n\n{RELAYED}\n") == ([] if is_report else [("LM901", 1)])


def test_every_phrasing_list_is_searched_on_lowercased_text():
    """A phrasing whose lowercasing is not exact (a "ß", an escape like \\S) sends its whole list
    to the slow case-insensitive regex: keep the data file's lists on the fast path."""
    from lint_med_core._phrases import required_literal
    from lint_med_core.disclaimer import _patterns

    assert all(patterns.lowercase is not None for patterns in _patterns(()))
    # the pre-filter: a run of words every match holds, searched for before the pattern
    assert required_literal("not (?:medical )?advice", fold=False) == "advice"
    assert required_literal("notes? here", fold=False) == "note"  # the last letter is optional
    assert required_literal("(?:is|are) not", fold=False) == "not" and required_literal("for a|not b", fold=False) == ""


@pytest.mark.parametrize("sentence", [
    # an imperative about a health action, at the start of a sentence or of a list item
    "Swallow the tablets whole with a glass of water.",
    "\n\n- Avoid antacids for two hours after each dose.\n- Eat a meal rich in vitamin C.",
    "Never give the tablets to a child without checking the dose.",
    # sent to a clinician, anywhere in the sentence
    "If the cramps persist, consult your GP.",
    # the reader's own case
    "You should stop the tablets if your stools turn black and sticky.",
    "If you have a stomach ulcer, iron can make it worse.",
    # the third person's advice, a recommendation, a safety assurance, a dose and its frequency
    "People with haemochromatosis should avoid iron supplements entirely.",
    "The tablets should not be taken with tea.",
    "A blood test after four weeks is recommended.",
    "The NHS recommends a blood test after four weeks.",
    "The syrup is safe for children to take from the age of two.",
    "Most adults need 200 mg twice a day for three months.",
    "The tablets should be given at 200 mg twice a day for three months.",
    "The usual starting dose is 100 mg daily, taken with breakfast.",
    # an imperative after a fronted purpose, the judgement said with its subject, a preparation's use
    "To keep the rash from spreading, wear loose cotton gloves at night.",
    "In the winter months it is even more important that children finish the course.",
    "The powder should be reconstituted with sterile water before each use.",
    "These serums help you achieve an even skin tone in a month.",
    "How much iron do I need each day?",
    "You can ease the cramps by splitting the dose.",
    "It's a good idea to see your GP about the cramps.",
    "Try taking the tablet at night instead.",
    "Go to A&E at once when vomiting blood.",
    # a remedy or a product put forward for a complaint
    "A simple home remedy for a scratchy throat is warm water with honey.",
    "Peppermint tea is a real help for bloating after meals.",
    "Cold compresses are a great remedy for this kind of swelling.",
    "The lavender roll-on is a quick, convenient way to calm pre-exam nerves.",
    "Our chewable tablets let customers get fast relief from heartburn on the go.",
    "Ashwagandha gummies help you manage everyday stress.",
    "Our collagen drink can help reduce joint stiffness in older adults.",
    "Red light therapy can help heal sports injuries faster.",
    # self-care priorities, as imperatives or as a list of gerunds
    "Looking after your heart health starts with small daily habits.",
    "\n\n- Limiting caffeine after midday\n- Getting enough sleep on most nights",
    "\n\n- Seeking professional help early when low mood lasts",
    "Prioritise your sleep during the first weeks.",
    # how to use a product, mid-sentence
    "Patients can have the capsules delivered and take them with food every morning.",
    "Once the spray arrives, use it as directed on the box.",
    "Most buyers chew the gummies before bed.",
    # seeing the reader through an ordeal, and reassurance
    "This step-by-step plan will help you through the first month without cigarettes.",
    "Our nurses will support you through each stage of the taper.",
    "It's important to remember that your body is healing, even on bad days.",
    "Try to keep in mind that you are further along than last week.",
    # a page's own advice to a group of readers
    "Travellers should pack enough of their medicine for the whole trip.",
    "Parents should keep the syrup out of children's reach.",
    # what to look for when buying
    "Look for a registered pharmacist's name on the home page of the shop.",
    "Check that the pharmacy asks about your health before it sells anything.",
    "Read the label before buying any sleep aid.",
    "Expect some soreness at the injection site for a day or two.",
    # a practical direction for the day of a procedure, a judgement with "to not", encouragement
    "You will need someone to drive you home after the sedation.",
    "It is wise to not skip the evening dose.",
    "We always encourage our patients to get their iron checked each spring.",
    # the same advice in Italian, French and Spanish (a text that declares no language)
    "È importante che i bambini non prendano le compresse da soli.",
    "Il est conseillé de prendre les comprimés au cours du repas.",
    "Es recomendable tomar las pastillas con el desayuno.",
    "La posologie habituelle chez l'adulte est de deux comprimés.",
    # a role or an announcement only where the marker names a product or the page
    "As a precaution the tablets should be taken with food.",
    "This is a tonic you should take with food.",
    # a health imperative after a fronted condition or time
    "In short, if you cannot check where a shop is based, do not order tonics from it.",
    "Once the course is finished, do not start a second one without a blood test.",
    "If the stools turn black and sticky, stop taking them.",
    # the reader keen to take the tablets, or sent to a health action after a hook
    "If you are keen to try a tonic, you must see your doctor first.",
    "If you are keen to take them every day, start with a single tablet.",
])
def test_a_page_that_advises_the_reader_needs_a_disclaimer(sentence):
    assert lint(f"Iron tablets\n\n{DESCRIPTION} {sentence}\n") == [("LM901", 1)]


@pytest.mark.parametrize("sentence", [
    # a description of the tablets, a trend, a shop or a sign-up gives no health advice
    "",
    "Take a look at our new clinic in Leeds.",
    "Get 20% off your first order this month.",
    "You must be 18 or older to enter this site.",
    "If you have any questions about billing, email our office.",
    "Everything you need to know about the clinic fits on one page.",
    "Users report that the tablets keep them alert for hours.",
    "The tablets are mostly considered safe when used as prescribed.",
    # advice reported, not given: attributed, and not passed on to the reader
    "Pharmacists say it is important to book the shingles jab early in the autumn.",
    "Parents should keep the syrup locked away, the coroner said.",
    "Health officials say young parents should keep a thermometer at home.",
    "Some critics doubt whether patients should pay for the newer vaccines.",
    # advice only asked about
    "But what if you have a cold on the day of the appointment?",
    "Should travellers pack extra insulin?",
    # a description of what people do, a guess about the reader, a treatment weighed
    "Only about a quarter of men with these symptoms seek medical help.",
    "You must have heard about magnesium sprays by now.",
    "Researchers called the drug an effective way to treat migraine.",
    "The forum lists remedies that members have tried, with mixed results.",
    "Garlic is among the most popular home remedies for colds in the region.",
    "Building support for new payment methods took the team a year.",
    # a treatment weighed or denied, not put forward
    "A small trial suggests the drug may help treat gout.",
    "The cream does not help prevent scarring.",
    "The pill was first sold in the 1990s to help lower cholesterol.",
    "A statin is a medicine that helps lower the cholesterol in the blood.",
    # a role others give a product, what some of them recommend, quoted speech with its tag
    "Market stalls sell the tablets as a natural remedy for tiredness.",
    "Some brands recommend taking two tablets with breakfast.",
    '"You should take them with orange juice," says one pharmacist on the radio.',
    # hooks on the reader's interest or temptation, an idiom, a procedure's prerequisite
    "If you are curious about the history of iron pills, the first were sold in 1832.",
    # sent to learn about someone, on the reader's interest in a subject: no action
    "If you are keen on reading about iron pills, you must acquaint yourself with the chemist Anna Berg.",
    "If you're keen on the history of tonics, you should familiarise yourself with the 1832 catalogue.",
    "If you are tired all the time, it may be tempting to buy a tonic.",
    "Take heart: most shortages are found by a simple blood test.",
    "You must first have a blood test, which the clinic arranges.",
    "Do not give the impression that a tonic replaces a balanced diet.",
    "We encourage all readers to share their views in the comments.",
    # an imperative after a condition that directs no health action
    "If you want to print this page, follow the link at the bottom.",
    "When you meet a friend who is tired all the time, make sure you listen first.",
    # the page announcing itself
    "This is the one guide you should read before your first order.",
    # no judgement of an action: what matters for the history, not what to do
    "It is not important that readers know who first sold the tablets.",
    # a dose a study gave its subjects: a finding, not a dose for the reader
    "In a small trial, forty volunteers were given 200 mg twice a day for three months.",
    "In the first study, patients received a starting dose of 100 mg daily.",
])
def test_a_page_that_gives_no_advice_needs_no_disclaimer(sentence):
    assert lint(f"Iron tablets\n\n{DESCRIPTION} {sentence}\n") == []


def test_advice_passed_on_to_the_reader_counts_though_attributed():
    # "the NHS says" relays the advice to "you": the page advises; told of others, it reports
    assert lint(f"Iron tablets\n\n{DESCRIPTION} The NHS says you should not take iron with tea.\n") == [("LM901", 1)]
    assert lint(f"Iron tablets\n\n{DESCRIPTION} The NHS says patients should not take iron with tea.\n") == []


def test_an_faq_question_in_the_readers_voice_still_counts():
    assert lint(f"Iron tablets\n\n{DESCRIPTION} Is iron safe to take in pregnancy?\n") == [("LM901", 1)]
    assert lint(f"Iron tablets\n\n{DESCRIPTION} Should I take iron with orange juice?\n") == [("LM901", 1)]


def test_the_you_of_quoted_speech_is_the_speakers():
    quote = '"If your doctor offers you iron, you should ask which form suits you," said one pharmacist.'
    report = DESCRIPTION + " The health board said the trial would start in May. " + " ".join([quote] * 3)
    assert lint(f"Iron trial\n\n{report}\n") == []  # a report: its "you"s are quoted
    addressed = report.replace('"', "")  # the same words said to the reader
    assert lint(f"Iron trial\n\n{addressed}\n") == [("LM901", 1)]


def test_a_short_page_of_advice_is_checked_from_100_words():
    advice = "Take one tablet a day with food and keep the pack away from children."  # 14 words
    assert lint(f"Iron tablets\n\n{' '.join([advice] * 8)}\n") == [("LM901", 1)]  # 112 words
    assert lint(f"Iron tablets\n\n{' '.join([advice] * 6)}\n") == []  # 84 words


# Session 14 (claimsdisc37): a condition in brackets, a light verb, the page announcing what it covers; the writer's
# own recommendation to a group of readers; a list item opened by a check mark or an arrow.
@pytest.mark.parametrize("sentence", [
    "Heavy drinking also raises the risk of liver disease (if you are a man over fifty) and of gout.",
    "Long use of the spray thins the lining of the nose [if you have hay fever] within months.",
    "Take a deep dive into six myths about iron and tiredness.",
    "Take a quick peek at the history of the tonic.",
    "In this article, we will explore the history of iron pills and the recommended dosage for adults.",
    "This guide will cover the usual starting dose and how the tablets were first made.",
])
def test_what_names_or_qualifies_advice_is_none(sentence):
    assert lint(f"Iron tablets\n\n{DESCRIPTION} {sentence}\n") == []


@pytest.mark.parametrize("sentence", [
    "If you have kidney disease, ask your doctor before taking iron.",  # the condition opens its sentence
    "Take a tablet with orange juice to help the iron absorb.",  # "take" with a product
    "We recommend a daily dose of 14 mg for adults.",  # no announcement: the dose is given
    "I do also recommend to anyone who feels tired all the time to ask for a blood test.",
    "I'd recommend anyone with black stools to see a GP the same day.",
    "Benefits of the tonic:\n\n✔ Take one capsule a day with food.",
    "Why it works:\n\n👉 Don't wait until your iron stores run out.",
])
def test_advice_the_families_still_count(sentence):
    assert lint(f"Iron tablets\n\n{DESCRIPTION} {sentence}\n") == [("LM901", 1)]


def test_a_news_item_told_in_the_narrative_tenses_reports():
    # "warned", "saying", "urged": the past and progressive forms of speech count as the voice of a report
    item = ("The food agency warned on Tuesday that recalled iron tonics were still on sale, saying that the "
            "maker had been told to stop. Consumers should not buy the tonic. The agency urged shops to clear "
            "their shelves. ")
    assert lint(f"Tonic recall\n\n{DESCRIPTION} {item}\n") == []
    # the same advice in a page's own voice, with no report around it, still counts
    assert lint(f"Tonic recall\n\n{DESCRIPTION} Consumers should not buy the tonic.\n") == [("LM901", 1)]


# A paragraph that opens on a quotation mark is a speaker's words (news prints a quote a paragraph at a time,
# the speaker named before or after it): its advice is theirs, relayed, whoever its "you" is.
@pytest.mark.parametrize("paragraph", [
    # a quotation continued in the next paragraph (no closing mark), and closed ones with no tag after them
    "\u201cIf the cough lasts beyond three weeks, you should see a GP. Keep the emergency department for emergencies.",
    "\u201cIf you have a sore throat, ask your pharmacist first; keep the emergency department for emergencies.\u201d",
    '"Flu spreads fast in care homes, and you should book the jab before December."',
])
def test_advice_in_a_quoted_paragraph_is_the_speakers(paragraph):
    speaker = "The health board's medical director, Ana Ruiz, made the appeal on Monday."
    assert lint(f"Holiday appeal\n\n{DESCRIPTION} {speaker}\n\n{paragraph}\n") == []


@pytest.mark.parametrize("paragraph", [
    "\u201cDetox\u201d teas promise much; you should take iron with food instead of buying them.",  # a word quoted
    "Take iron with food. \u201cIt helps,\u201d one reader wrote.",  # the advice stands before the quotation
])
def test_advice_outside_a_quotation_still_counts(paragraph):
    assert lint(f"Iron tablets\n\n{DESCRIPTION}\n\n{paragraph}\n") == [("LM901", 1)]


# A shop's or reviewer's mild voice (offdisc46): a product named the reader's pick by an evaluative adjective before
# "option", "choice", "solution" or "alternative" in a stated sentence, and a negated imperative of dismissal.
@pytest.mark.parametrize("sentence", [
    "Sold in most chemists, the iron spray is a convenient option for busy parents of toddlers.",
    "For tired legs, the compression sock is the perfect alternative to painkillers.",
    "This gentle iron syrup is an ideal choice for children who cannot swallow tablets.",
    "The chewable tablet is a practical solution if you travel a lot.",
    "Don't underestimate a glass of orange juice with your iron tablet.",
    "Never overlook tiredness that lasts more than a few weeks.",
])
def test_a_product_put_forward_in_a_mild_voice_is_advice(sentence):
    assert lint(f"Iron tablets\n\n{DESCRIPTION} {sentence}\n") == [("LM901", 1)]


@pytest.mark.parametrize("sentence", [
    "Iron Spray: A Convenient Option for Busy Parents",  # a title announces the page
    "Acupuncture may be a perfectly safe option for some people.",  # safety: LM701's claim, not a pick
    "The clinic said the spray was a convenient option for busy parents.",  # reported
])
def test_a_title_a_safety_claim_or_a_report_is_no_mild_pick(sentence):
    assert lint(f"Iron tablets\n\n{DESCRIPTION}\n\n{sentence}\n") == []
