"""LM701 absolute-claim: promises flagged, hedged/negated/reported/cited text left alone."""

import pytest

from lint_med import lint_text
from lint_med.config import parse_table


def lint(text, path="a.txt", **options):
    config = parse_table({"select": ["LM701"], "rules": {"LM701": options} if options else {}}, None)
    return [(f.line, f.message) for f in lint_text(text, path=path, config=config)]


@pytest.mark.parametrize("sentence, phrase", [
    ("Low-dose naltrexone offers a safe, effective way to support recovery.", "a safe, effective way"),
    ("The supplement is safe and effective.", "safe and effective"),
    ("Following the plan usually leads to noticeable health benefits.", "usually leads to noticeable health benefits"),
    ("This tea cures diabetes.", "cures diabetes"),
    ("Relief is guaranteed within a week.", "Relief is guaranteed"),
    ("The patch has no side effects.", "has no side effects"),
    ("Our formula is clinically proven.", "clinically proven"),
    ("The cream is 100% safe.", "100% safe"),
    ("It is a miracle cure for back pain.", "miracle cure"),
    ("The diet works for everyone.", "works for everyone"),
    ("These drops are completely safe for babies.", "completely safe"),
    ("Magnesium is proven to stop migraines.", "is proven to stop"),
    # a habit or complaint ended for good, promised to the reader (session 11)
    ("The lozenges help you quit smoking for good.", "help you quit smoking for good"),
    ("The drink curbs the sweet tooth, helping you beat sugar cravings once and for all.",
     "helping you beat sugar cravings once and for all"),
    ("You'll stop snoring forever.", "You'll stop snoring forever"),
])
def test_absolute_claims_are_flagged(sentence, phrase):
    assert lint(f"Title here\n\n{sentence}\n") == [(3, f"Absolute claim '{phrase}' stated as fact")]


@pytest.mark.parametrize("sentence", [
    "Low-dose naltrexone may offer a safe, effective way to support recovery.",
    "Low-dose naltrexone is relatively safe and generally well tolerated.",
    "It won't work for everyone.",
    "The patch is not proven to work.",
    "No treatment is guaranteed to cure back pain.",
    "LDN does not cure multiple sclerosis.",
    "No medicine is completely safe.",
    "Be wary of products that claim to be a miracle cure.",
    "Is the cream 100% safe?",
    "The vaccine is safe and effective for most adults.",
    "Ads promised it was \"clinically proven\" but offered no trial.",
    "The FDA found it safe and effective for two rare epilepsies in randomised trials [2].",
    "If you have no side effects after a week, the dose can go up.",
    "The manuscript was perfectly safe in his hands.",
    "The lozenges can help you quit for good.",
    "Maybe the lozenges will help you quit for good.",
    "Will the lozenges help you quit for good?",
    "It is hoped the tablets will help many smokers quit for good.",
    "Sellers claim the gum helps you quit for good.",
    "After my third try I decided to quit for good.",
])
def test_hedged_negated_reported_or_cited_claims_are_left_alone(sentence):
    assert lint(f"# Title\n\n{sentence}\n\n## References\n\n1. A. 2020.\n2. B. 2021.\n", path="a.md") == []


def test_the_hedge_window_is_the_claims_own_clause():
    # "While everyone responds differently," is a separate clause: the promise stands.
    text = "Title here\n\nWhile some people respond differently, the programme usually leads to noticeable health benefits.\n"
    assert [line for line, _ in lint(text)] == [3]


def test_user_phrases_and_hedges():
    text = "Title here\n\nThis balm is a godsend for sore knees.\n"
    assert lint(text) == []
    assert [line for line, _ in lint(text, extra_phrases=["a godsend"])] == [3]
    hedged = "Title here\n\nReportedly this balm has no side effects.\n"
    assert [line for line, _ in lint(hedged)] == [3]
    assert lint(hedged, extra_hedges=["reportedly"]) == []


@pytest.mark.parametrize("sentence", [
    # safety and efficacy with words between, absolute safety, home use
    "The herbal blend is safe, natural and highly effective.",
    "Our probiotic is completely safe for newborns.",
    "With this kit, home testing is safe for everyone.",
    "The injections are safe to use at home.",
    # side effects denied in any wording, risks dismissed
    "The drops work without any adverse effects.",
    "The powder has zero side effects.",
    "It never causes side effects.",
    "The supplement does not have any side effects.",
    "The risks of the vaccine are overblown.",
    # cures, elimination, reversal
    "Turmeric cures arthritis.",
    "This protocol can cure Lyme disease.",
    "Colloidal silver is a cure for COVID-19.",
    "The tea eliminates bloating and joint pain.",
    "This diet reverses diabetes.",
    "The balm gets rid of eczema for good.",
    "Chelation therapy cures autism.",
    # proof, guarantees, universality, certain promises
    "The gel is proven to heal scars.",
    "The nasal spray is 100% effective.",
    "It is a breakthrough that will end the need for dialysis.",
    "This pill will revolutionize cancer care.",
    "Its benefits far surpass those of any pill.",
    # a result told as proof: shown, proved, established
    "The drug was shown to be safe and effective in a two-year study.",
    "Clinical trials have established that the spray is safe and effective.",
    "Cannabidiol has shown to shrink some tumours.",
    "Fish oil has also proved to help people with memory problems.",
    "The implant produces significant and lasting improvements in pain.",
    "This blend is safer and more effective than statins.",
    # benefits asserted as beyond doubt; results promised to the reader
    "The benefits of colostrum are undeniable.",
    "Men will have a better sex life within weeks of starting the gel.",
    # the reader's or user's verbs of having a harm, denied; safety set above a medicine's (session 12)
    "You won't experience any side effects.",
    "Users never get side effects from the balm.",
    "Red light therapy is much safer than medication.",
])
def test_more_ways_of_writing_an_absolute_claim(sentence):
    assert len(lint(f"Title here\n\n{sentence}\n")) == 1


@pytest.mark.parametrize("sentence", [
    "Lithium is not a cure for bipolar disorder.",
    "The supplement might help with joint pain.",
    "Fish oil could help lower triglycerides.",
    "In some studies, the cream reduced scarring.",
    "Is the cream free of side effects?",
    "Hepatitis C can be cured with antivirals.",
    "Vaccines are safe and effective according to the CDC.",
    "There is no cure for Alzheimer's disease.",
    "Researchers are searching for a cure for type 1 diabetes.",
    "No side effects were seen in the 40 volunteers.",
    "The study will test whether the drug reduces complications.",
    "Apart from a sore arm, most people had no side effects.",
    "The cure rate was 90 percent in the trial.",
    "Doctors hope gene therapy will one day cure sickle cell disease.",
    "Naloxone reverses an opioid overdose within minutes.",
    "Surgeons say keyhole surgery is not risk-free.",
    "New drugs for hepatitis C can cure, but they are expensive.",
    "The bill could pass quickly, without any risk to national security.",
    "The benefits of screening are not obvious for everyone.",
    '"People will be much happier," said a urologist who was not involved.',
    "Most people won't experience any side effects.",
    "Participants did not experience any side effects in the trial.",
    "You may not get any side effects.",
    "The tea may be safer than sleeping pills for some people.",
    "Flying is safer than driving.",
])
def test_more_hedged_negated_reported_or_factual_sentences(sentence):
    assert lint(f"Title here\n\n{sentence}\n") == []


def test_a_headline_and_a_quoted_person_can_promise_too():
    text = ('# Poop pill works to cure a deadly gut infection\n\n'
            '"It is a cure, full stop," said one of the doctors.\n')
    assert [line for line, _ in lint(text, path="a.md")] == [1, 3]
    named_phrase = 'Sellers call the pills a "miracle cure" without any trial behind it.\n'
    assert lint(f"Title here\n\n{named_phrase}") == []


@pytest.mark.parametrize("sentence", [
    "A red flag on any label: the tea cures arthritis overnight.",
    "Too good to be true: a cream that cures eczema in a day.",
])
def test_phrases_of_reporting_hold_several_words(sentence):
    # each word of a phrase is escaped on its own ("red flag" never matched when the whole
    # phrase went through re.escape)
    assert lint(f"Title here\n\n{sentence}\n") == []
    assert lint(f"Title here\n\n{sentence.split(': ', 1)[1].capitalize()}\n") != []


def test_a_yes_answers_a_question_about_a_promise():
    assert [line for line, _ in lint("FAQ\n\nCan chlorella detox the liver and cure acne? Yes!\n")] == [3]
    assert lint("FAQ\n\nCan chlorella cure acne? Yes, in some people, says one small study.\n") == []
    assert lint("FAQ\n\nIs the shop open late? Yes.\n") == []


@pytest.mark.parametrize("sentence, phrase", [
    ("Spirulina is safe and non-addictive.", "Spirulina is safe"),
    ("Glucosamine is safe to use.", "Glucosamine is safe"),
    ("So far, no serious side effects have been reported for this balm.", "no serious side effects have been reported"),
    ("Its safety and efficacy are beyond doubt.", "safety and efficacy are beyond doubt"),
    ("Rhodiola's safe for kids.", "Rhodiola's safe"),
])
def test_plain_safety_as_fact_is_flagged(sentence, phrase):
    assert lint(f"Title here\n\n{sentence}\n") == [(3, f"Absolute claim '{phrase}' stated as fact")]


@pytest.mark.parametrize("sentence", [
    "Spirulina is generally safe for adults.",
    "Glucosamine is safe for most people when taken as directed.",
    "Glucosamine is safe in small amounts.",
    "No serious side effects have been reported in the trial so far.",
    "The balm was safe in the trial.",
    "Is spirulina safe?",
    "It is safe to say the shop ships fast.",
    "Online pharmacies have proved to be a boon for shoppers.",
    "It's safe to take loratadine with paracetamol.",
    "Cetirizine is safe to take in pregnancy and while breastfeeding, at the recommended dose.",
])
def test_qualified_or_unrelated_safety_is_left_alone(sentence):
    assert lint(f"Title here\n\n{sentence}\n") == []


@pytest.mark.parametrize("sentence, phrase", [
    # no harm ever reported, as a fact of the product
    ("There have never been reported adverse side effects from drinking the tonic.",
     "There have never been reported adverse side effects"),
    ("There has never been a single known side effect from these drops.",
     "There has never been a single known side effect"),
    ("Side effects have never been recorded with this balm.", "Side effects have never been recorded"),
    ("The cream has no reported side effects.", "has no reported side effects"),
    # no interaction with any medicine
    ("The extra atom is inert, so it cannot interfere with other medication or any supplement.",
     "cannot interfere with other medication"),
    ("Our capsules do not interact with any drugs.", "do not interact with any drugs"),
    ("The tea won't interfere with your medications.", "won't interfere with your medications"),
    ("The powder has no interactions with other medicines.", "has no interactions with other medicines"),
])
def test_a_denial_of_any_reported_harm_or_interaction_is_flagged(sentence, phrase):
    assert lint(f"Title here\n\n{sentence}\n") == [(3, f"Absolute claim '{phrase}' stated as fact")]


@pytest.mark.parametrize("sentence", [
    "There were no reported side effects during the trial.",
    "Side effects have never been reported in the study, which was small.",
    "It is not true that there have never been reported side effects from the drops.",
    "Some sellers claim the oil does not interact with any drugs.",
    "Paracetamol does not usually interact with other medicines.",
    "The gel does not interact with most drugs, but ask a pharmacist.",
    "Does the tea interfere with other medication?",
])
def test_a_reported_hedged_or_questioned_denial_of_harm_or_interaction_is_left_alone(sentence):
    assert lint(f"Title here\n\n{sentence}\n") == []


@pytest.mark.parametrize("sentence, phrase", [
    # a result verb whose object is a better state of the body
    ("Daily elderberry syrup gives you stronger immunity.", "gives you stronger immunity"),
    ("The laser comb results in thicker, fuller hair.", "results in thicker, fuller hair"),
    ("Ginkgo tablets bring sharper memory and better focus.", "bring sharper memory"),
    # a superlative as the subject, the treatment after it
    ("The most effective remedy for heartburn is a spoon of baking soda.",
     "The most effective remedy for heartburn is"),
    # a treatment named as the answer
    ("Beetroot juice is the answer to high blood pressure.", "juice is the answer to"),
    ("Sea moss is a solution!", "moss is a solution"),
    # harm denied in any spelling
    ("The tincture has no side affects.", "has no side affects"),
    ("So far no side effects have been documentd.", "no side effects have been documentd"),
    ("Zero sideeffects, guaranteed.", "Zero sideeffects"),
    ("The chewable tablets cause no side efects.", "cause no side efects"),
    ("Laser therapy is the ultimate answer to toenail fungus.", "therapy is the ultimate answer to"),
    # a participle opening a clause of result; efficacy as the verb's manner; safety as a passive's manner
    ("Zinc lozenges coat the throat, making your immune system work more efficiently.",
     "making your immune system work more efficiently"),
    ("The shampoo clears the follicles, resulting in fuller hair.", "resulting in fuller hair"),
    ("Arnica gel works wonders on bruises.", "works wonders"),
    ("Radiotherapy works well for many kinds of skin cancer.", "works well"),
    ("The tracer is readily and safely taken up by inflamed joints.", "is readily and safely taken"),
    # a drug named as the subject is a treatment, with no other word of health
    ("Tadalafil is the answer.", "Tadalafil is the answer"),
])
def test_efficacy_as_fact_is_flagged(sentence, phrase):
    assert lint(f"Title here\n\n{sentence}\n") == [(3, f"Absolute claim '{phrase}' stated as fact")]


@pytest.mark.parametrize("sentence", [
    "Elderberry syrup may give you stronger immunity during the winter.",   # hedge
    "Does the laser comb result in thicker hair?",                          # question
    "If beetroot juice is the answer, why does blood pressure stay high?",  # question and condition
    "In the 2020 trial, the comb resulted in thicker hair.",                # a past result
    "Ginkgo tablets bring sharper memory in about one in ten users.",       # counted
    "Knee surgery results in less pain and better movement in 80% to 95% of patients.",
    "Sellers say ginkgo tablets bring sharper memory.",                     # indirect speech
    "Beetroot juice is not the answer to high blood pressure.",             # negation
    "Ginkgo can lead to better memory in some older adults.",               # a possibility, for some
    "Smoking leads to faster hair loss.",                                   # a harm
    "Antacids give quick relief from heartburn.",                           # a leaflet's description
    "Statins are the most effective treatment for high cholesterol.",       # a comparison
    "Saline is a solution of salt in water.",
    "That is the answer.",
    "This is the perfect solution for families on a budget.",               # no word of health
    "No side affects were reported in the trial.",                          # what a study saw
    "Zinc may coat the throat, making your immune system work more efficiently.",  # hedged main clause
    "Arnica gel works well for most people with bruises.",                  # for most people
    "Arnica gel can work wonders on bruises in some people.",               # a possibility
    "In the pilot, the gel worked well for bruises.",                       # a past result
    "Nobody has shown that arnica works well for bruises.",                 # evidence denied
    "Patients are safely discharged after the procedure.",                  # people, not a product
    "A carbon tax is the answer.",                                          # a policy line, no product
    "The new workflow works well for our team.",                            # no word of health
])
def test_efficacy_hedged_reported_or_unrelated_is_left_alone(sentence):
    assert lint(f"Title here\n\n{sentence}\n") == []


def test_indirect_speech_clears_only_before_the_claim():
    # "shops say it is the answer" reports; "'It is the answer,' she said" quotes, and a quoted promise is one
    assert lint("Title here\n\nShops say the oil is the answer to thinning hair.\n") == []
    assert [line for line, _ in lint('Title here\n\n"The oil is the answer to thinning hair," she said.\n')] == [3]


def test_sentences_holding_finds_the_plain_definitions_sentences(parsed_fixtures):
    """The str.find fast path of LM701's sentence search gives `_sentences` and the triggers each
    sentence holds, on every fixture (headings, skipped blocks, triggers across sentence ends)."""
    from lint_med_core import claims
    from lint_med_core._evidence import evidence

    triggers = ("safe", "cure", "works ", "side effect", "will", "only", "heal", "supports", "boosts", "100")
    compared = 0
    for path, doc in parsed_fixtures:
        found = evidence(doc)
        plain = [(id(s), frozenset(t for t in triggers if t in s.text.lower()))
                 for s in claims._sentences(doc, found, triggers)]
        assert [(id(s), held) for s, held in claims._sentences_holding(doc, found, triggers)] == plain, path
        compared += len(plain)
    assert compared > 500


def test_shortest_needs_are_the_needs_holding_no_other():
    import random

    from lint_med_core import claims
    from lint_med_core._data import load

    every = sorted({need for group in load("claims_absolute")["claims"] for need in group["needs"]})
    rng = random.Random(7)
    for size in (len(every), 40, 10, 3):
        needs = tuple(rng.sample(every, size))
        plain = tuple(need for need in needs if not any(other != need and other in need for other in needs))
        assert claims._shortest(needs) == plain
    assert claims._shortest(("safely", "safe", "cures")) == ("safe", "cures")


def test_a_drugs_off_label_use_is_named_in_its_sentence():
    from lint_med_core.regulatory import names_off_label_use

    assert names_off_label_use("DMSO eases the pain of sprains.", ["dimethyl sulfoxide"])
    assert names_off_label_use("It reduces hormonal acne.", ["spironolactone"])
    assert not names_off_label_use("It lowers blood pressure.", ["spironolactone"])
    assert not names_off_label_use("It reduces hormonal acne.", ["dimethyl sulfoxide"])


@pytest.mark.parametrize("sentence", [
    "The capsules increase heart rate and burn more calories.",
    "The pre-workout powder raises blood pressure for an hour.",
])
def test_a_stimulants_raised_pulse_is_no_benefit(sentence):
    # a shop's page (may promote): a raised heart rate or blood pressure is a side effect, not a benefit statement
    assert lint(f"Shop\n\nOur capsules: $24.99 for 60 capsules. Add to cart.\n\n{sentence}\n") == []


def test_a_benefit_statement_on_a_shop_page_still_counts_beside_the_pulse():
    text = "Shop\n\nOur capsules: $24.99 for 60 capsules. Add to cart.\n\nThe capsules boost energy and focus.\n"
    assert [line for line, _ in lint(text)] == [5]


@pytest.mark.parametrize("sentence, flagged", [
    ("The shake reduces hunger between meals.", True),
    ("The shake may reduce hunger between meals.", False),
    ("Does the shake reduce hunger?", False),
])
def test_hunger_is_an_outcome_a_benefit_verb_lowers(sentence, flagged):
    # on a shop's page (may promote), as appetite and cravings already are
    text = f"Shop\n\nOur shakes: $24.99 for 30 sachets. Add to cart.\n\n{sentence}\n"
    assert bool(lint(text)) == flagged


@pytest.mark.parametrize("sentence, flagged", [
    ("It is safe to use at home.", True),
    ("It's also safe to use at home.", True),
    # a negation or a hedge between the verb and "safe" stood inside the match, where no hedge is looked for (session 12)
    ("It is not safe to use at home.", False),
    ("It is generally safe to use at home.", False),
    ("The device is never safe to use at home.", False),
    # a breakthrough takes any two words before it, but not a word of hope, which would stand inside the match too
    ("The tablets offer a significant therapeutic breakthrough in pain care.", True),
    ("The serum provides a real breakthrough for ageing skin.", True),
    ("The spray is a clinical breakthrough for migraine sufferers.", True),
    ("The drug offers a potential breakthrough in pain care.", False),
    ("This could be a breakthrough in cancer care.", False),
    ("The trial was a possible breakthrough, the authors wrote.", False),
    ("She had a breakthrough infection last winter.", False),
])
def test_words_inside_a_frame_cannot_hide_a_hedge(sentence, flagged):
    assert bool(lint(f"Title here\n\n{sentence}\n")) == flagged


# Session 14 (claimsdisc37): the answer that restates its subject; a subject closed by a bracket; a superlative "most"
# left behind in a coordination; breadth over diseases is no qualification.
@pytest.mark.parametrize("text", [
    "FAQ\n\nIs the knee brace safe for runners?\n\nYes, the knee brace is.\n",
    "FAQ\n\nDoes the copper bracelet work for arthritis?\n\nIn short, yes.\n",
    "FAQ\n\nCan the balm cure eczema?\n\nYes, our balm does.\n",
    "Cold sores\n\nLemon balm ointment (10%) is safe for children.\n",
    "Nettle tea (Urtica dioica) is safe during pregnancy.\n",
    "Cupping\n\nCupping is the oldest, most trusted and most clinically proven remedy for back pain.\n",
    "Oils\n\nThe rosehip oil is a highly effective remedy for many skin conditions.\n",
])
def test_the_session_14_families_are_claims(text):
    assert lint(text) != []


@pytest.mark.parametrize("text", [
    "FAQ\n\nIs ashwagandha safe?\n\nYes, ashwagandha is generally safe when taken as directed.\n",  # the answer hedges
    "FAQ\n\nIs ashwagandha safe?\n\nYes, studies are reassuring so far.\n",  # research answers: a report
    "FAQ\n\nIs ashwagandha safe?\n\nYes, some people are fine with it, but not everyone.\n",
    "FAQ\n\nIs the clinic open on Sundays?\n\nYes, the clinic is open from ten.\n",  # no promise asked
    "Cold sores\n\nLemon balm ointment (10%) is generally safe for children.\n",
    "Creams\n\nMost clinically proven creams are sold in pharmacies.\n",  # "most" quantifies the creams
    "Teas\n\nMost herbal teas are safe.\n",
    "Paracetamol\n\nParacetamol is effective for many people with a headache.\n",  # for many people: a restriction
])
def test_the_session_14_families_leave_hedged_and_quantified_text_alone(text):
    assert lint(text) == []


# Session 15 (claims39): an unqualified efficacy or safety assertion about a treatment, one level up from set 17's
# quotes; our own sentences.
@pytest.mark.parametrize("sentence, flagged", [
    # a denial of harm read through "practically" as through "virtually"; "almost" weighs
    ("These tablets practically do not cause side effects.", True),
    ("The balm has practically no side effects.", True),
    ("The balm has almost no side effects.", False),
    # safety paired with painlessness, of a treatment, not of a test
    ("The laser is a safe and painless treatment for spider veins.", True),
    ("Freezing is a painless, safe way to remove warts.", True),
    ("An ultrasound scan is a safe and painless way to see the baby.", False),
    ("The laser may be a safe and painless treatment for spider veins.", False),
    # proof as an attribute of the efficacy or safety
    ("The serum's proven efficacy sets it apart.", True),
    ("The safety and efficacy of the drops is clinically proven.", True),
    ("Its efficacy has not been proven.", False),
    ("Its efficacy may be proven in future trials.", False),
    # "while" after a comma contrasts, and states both
    ("Coffee keeps you awake, while the herbal tea has no side effects at all.", True),
    # a condition of use after a Spanish safety and efficacy frame, as after an English one
    ("El jarabe es seguro y eficaz si se toma en la dosis recomendada.", False),
    ("El jarabe es seguro y eficaz bajo supervisión médica.", False),
    ("El jarabe es seguro y eficaz para toda la familia.", True),
])
def test_the_session_15_families(sentence, flagged):
    assert bool(lint(f"Title here\n\n{sentence}\n")) == flagged


@pytest.mark.parametrize("sentence, flagged", [
    ("These home remedies are equally effective and far cheaper.", True),
    ("The balm is equally safe for children.", True),
    ("The capsules offer unmatched whitening effectiveness.", True),
    ("The serum has exceptional levels of anti-ageing efficacy.", True),
    ("The balm may be equally effective.", False),  # hedged
    ("The balm is not equally effective on dry skin.", False),  # negated
    ("The balm is just as effective as a cold compress.", False),  # the comparator named: not a medicine
    ("The vaccine showed high efficacy in the trial.", False),  # a grade, not praise
])
def test_parity_and_praised_efficacy_in_the_page_own_voice(sentence, flagged):
    text = f"Shop\n\nOur herbal kit: $19.99. Add to cart.\n\n{sentence}\n"
    assert bool(lint(text)) == flagged


def test_parity_on_a_reference_page_is_left_alone():
    text = ("Treatments\n\nReviewed by a pharmacist. References. Side effects. Both creams are equally effective. "
            "They may cause redness, and some people could get a rash; it may sting, and it might itch.\n")
    assert lint(text) == []


# The same kinds of predicate in German and Italian, which have no language table (our own sentences).
@pytest.mark.parametrize("sentence, flagged", [
    ("Die Salbe hat eine nachgewiesene Wirksamkeit gegen Fußpilz.", True),
    ("Die Wirksamkeit der Tropfen ist klinisch belegt.", True),
    ("Laserbehandlung ist eine sichere und schmerzfreie Behandlung für Besenreiser.", True),
    ("Der Tee ist ein wahres Wundermittel.", True),
    ("Die Wirksamkeit der Tropfen ist bisher nicht belegt.", False),  # negated
    ("Die Wirksamkeit der Tropfen kann nachgewiesen sein.", False),  # no claim: a possibility
    ("Der Tee ist kein Wundermittel.", False),  # negated
    ("Anbieter behaupten, der Tee sei ein Wundermittel.", False),  # reported
    ("Il gel ha un'efficacia comprovata contro le verruche.", True),
    ("È un trattamento sicuro e indolore per le vene varicose.", True),
    ("Lo sciroppo è un rimedio infallibile per la tosse.", True),
    ("Le capsule sono senza controindicazioni.", True),
    ("L'ecografia è un esame sicuro e indolore.", False),  # a test, not a treatment
    ("Il gel potrebbe avere un'efficacia comprovata.", False),  # hedged
    ("Il gel non ha un'efficacia comprovata.", False),  # negated
])
def test_the_session_15_kinds_in_german_and_italian(sentence, flagged):
    assert bool(lint(f"Title here\n\n{sentence}\n")) == flagged


# A claim granted in a concession is weighed on a careful page, and still promised on a page that promotes its product.
_CAREFUL = ("Reviewed by a pharmacist. References. Side effects: it may cause redness, and some people could get a rash; "
            "it may sting, and it might itch.")


@pytest.mark.parametrize("sentence", [
    "While the cream is successful at curing athlete's foot, it does not prevent reinfection.",
    "Although the gel cures cold sores, it stings.",
    "Whilst the spray is completely safe for adults, children need a lower dose.",
])
def test_a_concession_is_weighed_on_a_careful_page(sentence):
    assert lint(f"Treatments\n\n{_CAREFUL}\n\n{sentence}\n") == []


def test_a_concession_still_promises_on_a_page_that_promotes():
    text = "Shop\n\nOur spray: $19.99. Add to cart.\n\nWhile our spray is completely safe, store it in a cool place.\n"
    assert lint(text) != []


def test_a_verb_matched_through_a_letter_that_lowercases_to_two_is_no_crash():
    # "İ" matches "i" case-insensitively but lowercases to "i" plus a combining dot, so the
    # verb found was not a key of the verb table (a KeyError on real pages with Turkish letters)
    config = parse_table({"select": ["LM701", "LM003"]}, None)
    text = "Low dose naltrexone\n\nThe supplement İmproves immune function and boosts strength.\n"
    assert [f.code for f in lint_text(text, path="a.txt", config=config) if f.code == "LM003"] == []


# Session 16 (claims41): five shapes of a promise, each for any product or complaint, with our own sentences, several in
# page kinds no labelled page has (a hearing-aid shop, an IV-drip bar, a hair clinic, a tattoo-removal studio).
_PROMOTING = "Title here\n\n{}\n"
_REFERENCE = "Treatments\n\n" + _CAREFUL + "\n\n{}\n"


@pytest.mark.parametrize("text", [
    # an outcome promised with a span of time
    "See visible results in 14 days.",
    "Our hearing drops bring noticeable improvement within 48 hours.",
    "Book a drip at our IV lounge and feel instant relief in 30 minutes.",
    "Thinning hair gone after just one session at our hair clinic.",
    "Lose up to 6 kg in 2 weeks with the shake plan.",
    "With the tinnitus drops, ringing ears are a thing of the past within days.",
    # a benefit with a named harm of another remedy spared
    "Our mushroom blend gives you focus without the jitters.",
    "The sleep spray delivers deep rest without the morning grogginess.",
    "The energy drip at our IV bar keeps you going all day without the caffeine crash.",
    "Our hair serum works like minoxidil without the rebound shedding.",
    "Calm your nerves without any risk of addiction.",
    # safety for everyone, a worry dismissed
    "Our IV drips are gentle enough for anyone.",
    "The tattoo-removal laser is safe enough for every skin type.",
    "This shampoo is mild enough for the whole family.",
    "Our laser sessions are quick, and there's nothing to worry about.",
    "The hearing aids are soft enough for daily use.",
    # a farewell to a complaint
    "Say goodbye to back pain with our mattress topper.",
    "Kiss goodbye to your reading glasses after one laser treatment.",
    "Bid farewell to tinnitus with the hearing clinic's sound therapy.",
    "Say goodbye to thinning hair at our hair clinic.",
    "With one drip a week you can say goodbye to hangovers.",
])
def test_the_session_16_shapes_promise_on_a_page_that_promotes(text):
    assert lint(_PROMOTING.format(text)) != []


@pytest.mark.parametrize("text", [
    "# 5 Foods That Cure Arthritis\n\nA list of foods.\n",
    "<html><body><h2>The Drink That Reverses Fatty Liver</h2><p>Read on.</p></body></html>",
    "3 Ways That End Migraines\n\nA short guide.\n",
    "The Herb That Heals Your Gut\n\nA short guide.\n",
    "# The Tea That Melts Belly Fat\n\nRead on.\n",
])
def test_a_heading_that_names_a_remedy_that_ends_a_disease_promises_on_any_page(text):
    path = "a.html" if text.startswith("<html") else "a.md" if text.startswith("#") else "a.txt"
    assert lint(_REFERENCE.format("Nothing here.") + "\n" + text if path == "a.txt" else text, path=path) != []


@pytest.mark.parametrize("text", [
    # hedged, reported, negated, asked, in the past, a goal
    "You may see results in 8 weeks.",
    "Most people lose 2 kg in the first month.",
    "Participants lost 8 kg in 12 weeks in the trial.",
    "My back pain was gone in a week.",
    "Aim to lose 2 kg in a month.",
    "Will I see results in 7 days?",
    "Sellers claim you will see visible results in 7 days.",
    "Nicotine patches may ease cravings without the jitters.",
    "Does it give energy without the crash?",
    "Fans claim it gives energy without the crash.",
    "A little redness after the session is usually nothing to worry about.",
    "Floaters are common and nothing to worry about.",
    "Is the peel gentle enough for anyone?",
    "Say goodbye to your old toothbrush every three months.",
    "Customers claim you can say goodbye to bloating.",
    # a careful description of a trial's results, with figures and a source
    "In the 2021 trial (Smith et al., Lancet), participants lost a mean of 5 kg in 12 weeks.",
    # headings that name no remedy ending a disease
    "Foods that cure arthritis?",
    "There are no foods that cure arthritis.",
    "Beware of teas that melt fat.",
    "Exercises that ease back pain",
    "Habits that stop the spread of flu",
])
def test_the_session_16_shapes_leave_hedged_reported_negated_and_asked_text_alone(text):
    assert lint(_PROMOTING.format(text)) == []


@pytest.mark.parametrize("text", [
    "Newer antihistamines relieve symptoms without the drowsiness.",
    "Visible results in 12 weeks are typical with minoxidil.",
    "Say goodbye to heartburn by eating smaller meals.",
    "The cream is gentle enough for daily use.",
])
def test_the_session_16_voice_shapes_leave_a_reference_page_alone(text):
    assert lint(_REFERENCE.format(text)) == []
