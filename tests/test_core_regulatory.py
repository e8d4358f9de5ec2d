"""LM911 missing-regulatory-status: which articles are about a drug, what counts as a status."""

import pytest

from lint_med import lint_text
from lint_med.config import parse_table
from lint_med.parsers.text import parse
from lint_med_core import regulatory
from lint_med_core.regulatory import drug_mentions, missing_regulatory_status

ARTICLE = (
    "Semaglutide for weight loss\n\n"
    "Semaglutide is a weekly injection that lowers appetite. Nausea is common at first.\n\n"
    "{status}\n\n"
    "Weight often returns after semaglutide is stopped.\n"
)


def lint(text, path="a.txt", **options):
    config = parse_table({"select": ["LM911"], "rules": {"LM911": options} if options else {}}, None)
    return [(f.code, f.line) for f in lint_text(text, path=path, config=config)]


def test_drug_in_the_title_without_status_is_reported_at_its_first_mention():
    assert lint(ARTICLE.format(status="Eat smaller meals.")) == [("LM911", 1)]


@pytest.mark.parametrize("status", [
    "It was tested here in a first-in-human study.",
    "It is currently under study as a possible treatment for sleep apnoea.",
    "It is being studied as a treatment for alcohol use disorder.",
    "The results must be confirmed before these injections are routinely used for weight loss.",
    "Clinics that give it are certified in its REMS program.",
    "The FDA has warned against buying it from websites without a prescription.",
    "The FDA approved it for weight management in 2021.",
    "It is approved by the European Medicines Agency for type 2 diabetes.",
    "It is a prescription-only medicine in the UK.",
    "It is available only by prescription.",
    "Compounded versions sold online are not FDA-approved.",
    "Take it as prescribed, on the same day each week.",
    "It is one of the most widely prescribed medicines for obesity.",
    "The prescriptions issued by our online doctors go to a pharmacy.",
    "Some clinics prescribe it off-label for other conditions.",
    "It has not been approved for use in teenagers.",
    "It is licensed in the UK for weight management.",
    # decisions and reviews in other tenses and word orders, other regulators
    "The Food and Drug Administration on Friday approved it for sleep apnea.",
    "Health Canada cleared the higher dose last spring.",
    "Its maker is awaiting F.D.A. review of the new use.",
    "The EMA is reviewing an application for teenagers.",
    "It was licensed in 2017 for type 2 diabetes.",
    # status as a medicine still under study
    "This experimental form is taken as a daily pill.",
    "The daily pill is now in a phase 3 trial.",
    "The tablet is still being tested in patients.",
    "The new form is not yet available in pharmacies.",
    "Larger trials are planned before it could be used for teenagers.",
    # in ordinary care: approved uses, prescribing, standard treatment, coverage
    "This page covers its approved uses and doses.",
    "It is usually prescribed for adults with a BMI over 30.",
    "Your prescriber will check your kidneys before the first dose.",
    "This medicine has been prescribed for you only.",
    "Weekly injections have become a standard treatment for obesity.",
    "It is covered by Medicare for diabetes.",
    # any country's regulator, and approval as an event whoever gave it
    "Medsafe has approved the pen for adults in New Zealand.",
    "The drug received approval from Swissmedic last year.",
    "Health authorities in Japan have approved it for obesity.",
    "It was approved in 2021 for weight management.",
    "The higher dose won approval in Europe this summer.",
    # the other classes of supply, in other countries' words
    "In Australia it can only be obtained with a doctor's script.",
    "The lower strength is a pharmacy medicine, sold after a talk with the pharmacist.",
    "It is only available through a specialist clinic.",
    # prescribed with a modal, whatever follows; the label's "indicated as"; a prescription asked of a doctor
    "It must be prescribed on the NHS by a GP or a pharmacist.",
    "It should be prescribed or provided before the first weigh-in.",
    "It is indicated as an adjunct to a reduced-calorie diet.",
    "We went to the doctor for prescriptions the next day.",
    # not a medicine in the reader's country
    "The oral form is not sold in the UK.",
    "It is used as a diabetes medicine in several countries, though not in the U.S.",
])
def test_a_status_statement_anywhere_silences_the_rule(status):
    assert lint(ARTICLE.format(status=status)) == []


@pytest.mark.parametrize("offer", [
    "Our partner pharmacy sells compounded semaglutide in vials.",
    "A compounding pharmacy prepares it for our patients.",
    "Ask about our compounded versions, which cost less.",
])
def test_an_article_offering_a_compounded_drug_must_say_whether_it_is_approved(offer):
    # compounding is not a status, and how the drug is obtained is not enough beside it
    prescribed = offer + " Doctors prescribe it for obesity and it is a prescription medicine."
    assert lint(ARTICLE.format(status=prescribed)) == [("LM911", 1)]
    assert lint(ARTICLE.format(status=offer + " Compounded drugs are not FDA-approved.")) == []
    # "compounded by" in its everyday sense offers no compounded drug
    assert lint(ARTICLE.format(status="Nausea is compounded by large meals. It is a prescription medicine.")) == []


def test_drugs_found_by_stem_and_words_that_only_look_like_drugs():
    doc = parse("Mirikizumab injections and atorvastatin. In April we met. The OLOL code.\n", "a.txt", {})
    counts, _ = drug_mentions(doc)
    assert set(counts) == {"mirikizumab", "atorvastatin"}


def test_a_name_known_only_by_its_stem_counts_where_a_medicine_is_used():
    used = parse("Mirikizumab injections and atorvastatin.\n", "a.txt", {})
    not_used = parse("Mirikizumab residues and atorvastatin in river water.\n", "a.txt", {})
    assert set(drug_mentions(used)[0]) == {"mirikizumab", "atorvastatin"}
    assert set(drug_mentions(not_used)[0]) == {"atorvastatin"}


def test_hair_loss_and_wakefulness_brands_count_as_their_generic():
    doc = parse("Propecia is finasteride. Some take Proscar. Provigil or modafinil. Avodart.\n", "a.txt", {})
    counts, _ = drug_mentions(doc)
    assert counts == {"finasteride": 3, "modafinil": 2, "dutasteride": 1}


def test_a_drug_mentioned_in_passing_does_not_make_the_article_about_it():
    text = ("Living with high blood pressure\n\n" + "Eat less salt and move more each day. " * 20 +
            "Your doctor may suggest amlodipine.\n")
    assert lint(text) == []
    # mentioned often, and the most-mentioned drug: the article is about it
    often = "Living well\n\n" + "Amlodipine lowers blood pressure in most people. " * 4 + "\n"
    assert lint(often) == [("LM911", 3)]
    assert lint(often, min_mentions=5) == []


def test_a_drug_is_left_to_a_pack_only_where_the_pack_checks_it(monkeypatch):
    def article():  # a fresh document for each pack setting: LM911's reading is kept per document
        doc = parse(ARTICLE.format(status="Eat smaller meals."), "a.txt", {})
        doc.vocabulary = {"semaglutide": ("semaglutide", "wegovy")}
        return doc

    options = {**missing_regulatory_status.defaults(), "pack": {}}
    # a pack that knows the drug but does not check this article does not silence the rule
    monkeypatch.setattr(regulatory, "_PACK_COVERAGE", [lambda doc: ()])
    assert len(list(missing_regulatory_status.run(article(), options))) == 1
    monkeypatch.setattr(regulatory, "_PACK_COVERAGE", [lambda doc: ("semaglutide", "wegovy")])
    assert list(missing_regulatory_status.run(article(), options)) == []


def test_the_ldn_pack_takes_ldn_articles_but_not_standard_naltrexone():
    ldn = "Low-dose naltrexone explained\n\nLDN is taken at night. LDN is cheap. LDN may cause vivid dreams.\n"
    assert lint(ldn) == []  # the LDN pack reports the missing status (DRG101)
    standard = ("Naltrexone tablets explained\n\nNaltrexone blocks opioids. Take one tablet of naltrexone "
                "each day.\n")
    assert lint(standard) == [("LM911", 1)]


def test_keyword_lists_and_unknown_languages_are_not_checked():
    assert lint("Ozempic\n\nozempic price ozempic online cheap ozempic usa ozempic reviews\n") == []
    dutch = ("Ozempic om af te vallen\n\n" + "Ozempic is een wekelijkse injectie die de eetlust "
             "vermindert en de maag trager laat legen. " * 6 + "\n")
    assert lint(dutch) == []
    english = ("Ozempic for weight loss\n\n" + "Ozempic is a weekly injection that lowers the appetite "
               "and slows the emptying of the stomach. " * 6 + "\n")
    assert lint(english) == [("LM911", 1)]


@pytest.mark.parametrize("status, reported", [
    ("Se vende con receta médica.", False),
    ("La AEMPS lo ha autorizado para la diabetes tipo 2.", False),
    ("Su uso para adelgazar está fuera de ficha técnica.", False),
    ("Requiere receta en todas las farmacias.", False),
    ("Esta receta de ensalada ayuda a comer menos.", True),  # a cooking recipe
    ("Muchas personas lo compran por internet.", True),
])
def test_a_known_other_language_is_checked_with_its_own_status_phrasings(status, reported):
    spanish = ("Ozempic para bajar de peso\n\n" + "Ozempic es una inyección semanal que reduce el apetito "
               "y hace que el estómago se vacíe más despacio. " * 6 + status + "\n")
    assert lint(spanish) == ([("LM911", 1)] if reported else [])


def test_one_drug_named_twice_under_a_treatment_title():
    body = ("In the study, {n} people with the condition received {drug} or a placebo for two years. "
            "Those on {drug} had fewer relapses. ")
    text = "Treating psoriasis early helps the joints\n\n" + body.format(n=300, drug="ustekinumab") + "\n"
    assert lint(text) == [("LM911", 3)]
    # a class in the title ("bone drugs") with one member as an example; a generic beside its brand
    # counts once
    assert lint(text.replace("Treating psoriasis early", "Bone drugs")) == []
    once = "Treating osteoporosis\n\nMost took alendronate (Fosamax) for a year. Few stopped.\n"
    assert lint(once) == []


def test_extra_drugs_and_extra_status_patterns():
    text = "Zepbrand explained\n\nZepbrand is a weekly pen.\n"
    assert lint(text) == []
    assert lint(text, extra_drugs=["Zepbrand"]) == [("LM911", 1)]
    assert lint(text, extra_drugs=["Zepbrand"], extra_status_patterns=["weekly pen"]) == []


def test_brand_names_count_as_their_generic():
    text = "Ozempic for weight loss\n\nOzempic is a weekly pen. Some people switch to Wegovy.\n"
    assert lint(text) == [("LM911", 1)]
    doc = parse(text, "a.txt", {})
    counts, _ = drug_mentions(doc)
    assert counts == {"semaglutide": 3}
    assert lint(text.replace("weekly pen.", "weekly pen, available only on prescription.")) == []


def test_a_syrup_sold_for_weight_gain_is_its_prescription_antihistamine():
    """Apetamin is cyproheptadine, a prescription antihistamine, sold as a "vitamin syrup"; hydroquinone
    creams are prescription medicines in the US, the UK and the EU."""
    text = ("Apetamin for curves\n\nApetamin is a sweet syrup taken twice a day to gain weight. "
            "Many users feel sleepy on it.\n")
    assert lint(text) == [("LM911", 1)]
    assert lint(text.replace("to gain weight.", "to gain weight; it is not approved in the UK or the US.")) == []
    counts, _ = drug_mentions(parse("Hydroquinone 4% cream fades dark spots; hydroquinone is applied at night. "
                                    "Periactin tablets are taken at night.", "a.txt", {}))
    assert counts == {"hydroquinone": 2, "cyproheptadine": 1}


def test_brands_that_online_pharmacies_sell_count_as_their_generic():
    doc = parse("Kamagra jelly, Vidalista and Modalert are sold without checks.\n", "a.txt", {})
    assert drug_mentions(doc)[0] == {"sildenafil": 1, "tadalafil": 1, "modafinil": 1}


@pytest.mark.parametrize("sentence", [
    "In trials, more people lost weight on it than on a dummy injection.",  # results, not a status
    "Survival data are not yet available.",
    "A midstage study presented on Monday found it lowered blood sugar.",
    "Ask your doctor whether it suits you.",
    # approval of something other than the drug: a study, a telehealth order, a clinic's licence
    "The study was approved by the university's ethics committee.",
    "Once your consultation is approved, the pen is posted to you.",
    "Our clinic is licensed by the state health department.",
    "An unlicensed pharmacist sold it from a car park.",
    # other remedies used beside the drug
    "Nausea can be eased with over-the-counter remedies such as ginger.",
])
def test_reporting_study_results_is_not_a_status_statement(sentence):
    assert lint(ARTICLE.format(status=sentence)) == [("LM911", 1)]


DEVICE = ("{title}\n\nThe {device} was tried in 80 people with the condition. After six months, the {device} "
          "had helped about half of them.\n\n{status}\n\nThe {device} needs a check every year.\n")


@pytest.mark.parametrize("title, device", [
    ("Implant eases knee pain", "implant"),
    ("New blood test spots bowel cancer early", "test"),
    ("Brain pacemaker for severe depression", "pacemaker"),
])
def test_an_article_about_a_medical_device_or_test_must_state_its_status(title, device):
    assert lint(DEVICE.format(title=title, device=device, status="Side effects were mild.")) == [("LM911", 1)]
    cleared = DEVICE.format(title=title, device=device, status="The FDA cleared it for adults in 2024.")
    assert lint(cleared) == []


def test_a_tablet_computer_or_a_device_named_only_in_passing_is_not_a_medical_device():
    text = DEVICE.format(title="Tablet devices calm agitation in dementia", device="tablet", status="")
    assert lint(text) == []
    passing = DEVICE.format(title="Exercise eases knee pain", device="exercise plan",
                            status="One man had a knee implant.")
    assert lint(passing) == []


def test_a_research_peptide_sold_online_needs_a_status_too():
    text = ("BPC-157 for tendon injuries\n\nBPC-157 is a peptide that sellers say heals tendons. "
            "People inject BPC-157 near the injury.\n\nSome users of BPC-157 report less pain.\n")
    assert lint(text) == [("LM911", 1)]
    assert lint(text.replace("Some users", "BPC-157 is not approved for human use. Some users")) == []
    # what sellers of unapproved peptides must print is a status too: not a medicine for people
    assert lint(text.replace("Some users", "Vials are sold for research purposes only. Some users")) == []


def test_a_drug_a_pack_knows_by_another_name_is_reported_once():
    """Esketamine is a term of the ketamine pack: DRG101 reports its missing status, LM911 does not."""
    text = ("# Esketamine nasal spray for depression\n\nEsketamine is a nasal spray for depression. "
            "Esketamine works within days. People use esketamine twice a week.\n")
    codes = [f.code for f in lint_text(text, path="a.md") if f.category == "regulatory"]
    assert codes == ["DRG101"]


def test_a_hormone_the_body_makes_is_a_drug_only_where_the_article_doses_it():
    hormone = parse("hCG in pregnancy\n\nThe placenta makes hCG, and tests look for hCG in urine.\n", "a.txt", {})
    dosed = parse("hCG after a cycle\n\nMen inject hCG at 1,000 IU twice a week.\n", "a.txt", {})
    assert "chorionic gonadotropin" not in drug_mentions(hormone)[0]
    assert drug_mentions(dosed)[0]["chorionic gonadotropin"] == 2


@pytest.mark.parametrize("status, reported", [
    ("It is a prescription-only medicine and a controlled substance.", True),
    ("Doctors prescribe it for narcolepsy.", True),
    ("It is approved for narcolepsy; taking it to study is off-label.", False),
    ("It is not approved for healthy people.", False),
])
def test_a_use_beyond_medicine_needs_more_than_how_the_drug_is_obtained(status, reported):
    text = (f"Modafinil as a smart drug\n\nStudents take modafinil before exams to stay awake.\n\n{status}\n\n"
            "Modafinil can cause headaches and poor sleep.\n")
    assert lint(text) == ([("LM911", 1)] if reported else [])
    # the same status is enough when the article presents no such use
    assert lint(text.replace("as a smart drug", "for narcolepsy")) == []


# --- drug names by their INN stem (data/regulatory_inn_stems.toml) ---------------------

@pytest.mark.parametrize("word", ["vornagepant", "tavecoxib", "zuclomiphene", "zuclomifene", "velracetam",
                                  "varomycin", "denoparib"])
def test_an_unlisted_drug_is_recognised_by_its_stem(word):
    assert [key for _, _, key in regulatory.find_drugs(f"She took {word} for a month.")] == [word]


@pytest.mark.parametrize("word", ["concept", "intercept", "cholesterol", "provide", "guide", "peptide",
                                  "pril", "Xmab", "TEVOCOXIB"])
def test_an_ordinary_word_ending_like_a_stem_is_no_drug(word):
    assert regulatory.find_drugs(f"The {word} was new to her.") == []


def test_the_stems_name_almost_no_word_on_pages_not_about_drugs():
    """The 130 Readability test pages (news, blogs, docs; few about medicine): the INN stems
    alone, outside the drug list, must name next to no word there (a drug class at most)."""
    from pathlib import Path

    from lint_med.parsers import html

    pages = sorted((Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
                    / "readability-test-pages").glob("*/source.html"))
    if not pages:
        pytest.skip("../shared is absent")
    by_first = regulatory._lexicon(())[0]
    named = set()
    for page in pages:
        text = html.parse(page.read_text(errors="replace"), str(page), {}).body_text
        named.update(key for _, _, key in regulatory.find_drugs(text) if key not in by_first)
    assert len(named) <= 2, sorted(named)


@pytest.mark.parametrize("hormone", ["oxytocin", "vasopressin"])
def test_a_hormone_the_body_makes_is_not_named_a_drug_by_its_stem(hormone):
    assert regulatory.find_drugs(f"Her {hormone} injection was given at 9 am.") == []


# --- uses a drug's label does not cover, drugs approved only abroad (data/regulatory_drugs.toml) ---

OFF_LABEL = (
    "Trazodone for sleep\n\n"
    "Trazodone is an older antidepressant that many people now take at night to help them sleep.\n\n"
    "{status}\n\n"
    "A low dose of trazodone can leave you groggy in the morning.\n"
)


@pytest.mark.parametrize("status, reported", [
    ("Your doctor can prescribe it at a low dose.", True),  # how it is obtained: not what it is approved for
    ("It is a prescription-only medicine.", True),
    ("Its use for insomnia is off-label.", False),
    ("It is approved for major depressive disorder, not for insomnia.", False),
])
def test_an_off_label_use_needs_more_than_a_prescription(status, reported):
    assert lint(OFF_LABEL.format(status=status)) == ([("LM911", 1)] if reported else [])


def test_naming_the_approved_use_counts_only_where_no_off_label_use_is_presented():
    guide = ("Methylene blue in the emergency room\n\nMethylene blue is given intravenously for "
             "methemoglobinemia caused by nitrites.\n\nIt turns urine blue-green for a day after methylene blue.\n")
    assert lint(guide) == []
    assert lint(guide.replace("caused by nitrites", "and, in drops, for memory")) == [("LM911", 1)]
    assert lint(guide.replace("given intravenously for methemoglobinemia", "a dye")) == [("LM911", 1)]
    assert lint(guide.replace("caused by nitrites", "which leaves the brain short of oxygen")) == []


def test_a_drug_approved_only_abroad_needs_more_than_a_prescription():
    text = ("Meldonium for stamina\n\nMeldonium is prescribed in Latvia for heart problems, and athletes "
            "take it for stamina.\n\nA typical course of meldonium is 500 mg twice a day for weeks.\n")
    assert lint(text) == [("LM911", 1)]
    assert lint(text.replace("Latvia for", "Latvia, but it is not approved in the US, for")) == []
    assert lint(text.replace("Latvia for", "Latvia, though not in the UK or the US, for")) == []
    # a restriction that names no country says nothing of the status at home
    assert lint(text.replace("Latvia for", "Latvia, though not in children, for")) == [("LM911", 1)]


@pytest.mark.parametrize("text, counted", [
    ("Minoxidil foam is rubbed into the scalp twice a day.", False),  # over the counter
    ("Low-dose oral minoxidil is taken as a tablet once a day.", True),
])
def test_a_drug_sold_over_the_counter_counts_only_in_its_prescription_form(text, counted):
    assert ("minoxidil" in drug_mentions(parse(text, "a.txt", {}))[0]) is counted


def test_every_off_label_entry_names_a_listed_drug_and_its_patterns_compile():
    listed = regulatory._listed(())
    entries = regulatory._off_label_uses()
    assert entries and all(entry["drug"] in listed for entry in entries)
    assert regulatory._unapproved_here() <= listed
    assert set(regulatory._prescription_forms()) <= listed


def test_a_solvent_with_a_prescription_use_counts_as_a_drug():
    # DMSO is sold as a solvent but is a prescription bladder instillation (Rimso-50)
    text = ("DMSO rubbed on sore joints\n\nPeople dab DMSO on knees and elbows. Dimethyl sulfoxide smells of garlic "
            "on the breath.\n\nSome mix DMSO with aloe gel first.\n")
    counts, _ = drug_mentions(parse(text, "a.txt", {}))
    assert counts == {"dimethyl sulfoxide": 4}
    assert lint(text) == [("LM911", 1)]
    assert lint(text.replace("Some mix", "It is approved only for bladder instillation; some mix")) == []


def test_a_drug_named_in_its_supplement_form_does_not_count():
    text = "Lithium for sleep\n\nLithium at 5 mg a night. Lithium calms the mind. Lithium is cheap.\n"
    assert lint(text) == [("LM911", 1)]
    assert lint(text.replace("at 5 mg", "orotate at 5 mg")) == []


# --- a product the lexicon has never seen: the decision must come from signals ---------

@pytest.fixture
def lexicon_without(monkeypatch):
    """LM911 with some generic names (and their brands) taken out of data/regulatory_drugs.toml."""
    import copy

    real = regulatory.load
    cached = [regulatory._lexicon, regulatory._lexicon_bytes, regulatory._listed, regulatory._unapproved_here]

    def take_out(*drugs):
        def load(name):
            data = real(name)
            if name == "regulatory_drugs":
                data = copy.deepcopy(data)
                data["classes"] = {k: [n for n in v if n not in drugs] for k, v in data["classes"].items()}
                data["brands"] = {b: g for b, g in data["brands"].items() if g not in drugs}
            return data
        monkeypatch.setattr(regulatory, "load", load)
        for function in cached:
            function.cache_clear()

    yield take_out
    monkeypatch.undo()
    for function in cached:
        function.cache_clear()


UNSEEN = {
    # (drug taken out of the lexicon, an article about it with no status, the status sentence that silences it)
    "dutasteride": ("Dutasteride and thinning hair\n\nDutasteride is a 0.5 mg capsule taken once a day. "
                    "Dutasteride lowers DHT more than its cousin. Side effects include low libido.\n\n{status}\n"),
    "latanoprost": ("## Latanoprost for longer lashes\n\nA drop of latanoprost each night darkens lashes. "
                    "Latanoprost can also darken the iris. Ask about side effects before starting latanoprost.\n\n"
                    "{status}\n"),
    "semaglutide": ("Semaglutide at home\n\nSemaglutide is a weekly injection. Start semaglutide at 0.25 mg. "
                    "Nausea is common while semaglutide is raised.\n\n{status}\n"),
}


@pytest.mark.parametrize("drug", sorted(UNSEEN))
def test_a_drug_out_of_the_lexicon_is_still_judged_by_its_stem(drug, lexicon_without):
    article = UNSEEN[drug]
    lexicon_without(drug)
    assert drug not in regulatory._listed(())
    assert lint(article.format(status="")) == [("LM911", 1)]
    assert lint(article.format(status=f"{drug.capitalize()} is a prescription-only medicine.")) == []


def test_a_drug_out_of_the_lexicon_in_an_article_using_no_medicine_does_not_count(lexicon_without):
    lexicon_without("latanoprost")
    text = ("Latanoprost in river water\n\nTraces of latanoprost were found downstream. Latanoprost breaks down "
            "slowly. The survey measured latanoprost at ten sites.\n")
    assert lint(text) == []


# Round 20 (set 9): a regulator named as governing a treatment abroad, words that only look like a status,
# and a page whose name follows a heading of site furniture.

@pytest.mark.parametrize("status", [
    "In Peru the treatment is legal and overseen by the Ministry of Health.",
    "It is regulated by ANMAT, Argentina's medicines regulator, like any other biological product.",
    "Clinics may give it only under rules laid down by the country's health authority.",
    "It is approved by COFEPRIS for adults with diabetes.",
])
def test_a_regulator_named_as_governing_the_treatment_is_a_status(status):
    assert lint(ARTICLE.format(status=status)) == []


@pytest.mark.parametrize("lookalike", [
    "The largest weight loss reported in phase 2 studies was 15%.",
    "It produced the best figures ever achieved in a phase III trial of any diet drug.",
    "Pick a clinic that holds a valid INVIMA licence.",
    "Our pharmacy is licensed by Health Canada and ships overnight.",
    "Every order is packed by a COFEPRIS-licensed pharmacy.",
    # an offer of the drug without a prescription is a seller's, not a statement that it needs one
    "Order it online without prescription and save.",
    "Our shop gives patients access to weekly pens without the need for a prescription.",
    "Get your first month delivered without a doctor's prescription.",
    # a market as a range of products, not the drug's history
    "It is the best-selling treatment available on the market.",
])
def test_words_that_only_look_like_a_status_are_not_one(lookalike):
    assert lint(ARTICLE.format(status=lookalike)) == [("LM911", 1)]


@pytest.mark.parametrize("status", [
    "The weight loss reported in phase 2 studies was large, and it is now in phase 3 trials.",
    "The product itself is licensed by Health Canada for this use.",
    # a warning, a ban or a report of a sale without a prescription says that the drug needs one
    "It is illegal to buy it without a prescription.",
    "Never order weekly pens online without a prescription.",
    "Some websites sold the pens without a prescription.",
    "You cannot get it without a prescription.",
    # the drug on the market as a fact of its history
    "It has been on the market since 2017.",
])
def test_a_status_beside_a_lookalike_still_counts(status):
    assert lint(ARTICLE.format(status=status)) == []


def test_a_regulator_word_in_another_sense_governs_nothing():
    text = ARTICLE.format(status="It works like a regulator switch for hunger, which oversees how much we eat.")
    assert lint(text) == [("LM911", 1)]


def test_the_title_reaches_the_headings_that_open_the_page_before_any_prose():
    text = ("Drug Directory\n\nMazdutide\n\nA weekly injection for weight loss; start low and raise the dose "
            "each month.\n\nSide effects\n\nNausea is common at first.\n")
    doc = parse(text, "a.txt", {})
    assert "Mazdutide" in regulatory._title(doc) and "Side effects" not in regulatory._title(doc)
    assert lint(text) == [("LM911", 3)]


def test_the_off_label_use_quoted_is_a_word_in_lowercase_where_the_page_has_one():
    text = ("Sirolimus at Lifespan Clinics\n\nAt Lifespan Clinics we dose sirolimus weekly for longevity. "
            "Sirolimus tablets are taken with food, and mouth sores are the common side effect.\n")
    config = parse_table({"select": ["LM911"]}, None)
    [finding] = lint_text(text, path="a.txt", config=config)
    assert "('longevity')" in finding.message


UNKNOWN = (
    "A new hope for cravings\n\n"
    "Zorvadine, a psychedelic drug made from a desert shrub, is offered at retreats abroad. "
    "Guests take zorvadine once, under watch, and many say their cravings fade. "
    "{status}\n\n"
    "Nausea and a racing heart are common on the night zorvadine is given.\n"
)


def test_a_drug_no_list_knows_counts_where_the_page_calls_it_a_drug():
    config = parse_table({"select": ["LM911"]}, None)
    [finding] = lint_text(UNKNOWN.format(status="The retreats are booked months ahead."), path="a.txt", config=config)
    assert finding.code == "LM911" and "zorvadine, which it calls a drug" in finding.message
    assert lint(UNKNOWN.format(status="It is a Schedule I drug in the US.")) == []
    assert lint(UNKNOWN.format(status="Zorvadine is not approved anywhere as a medicine.")) == []


@pytest.mark.parametrize("text", [
    # named a drug but not the page's subject: mentioned once
    "A new hope for cravings\n\nZorvadine, a psychedelic drug, is one of many things people try. Retreats abroad "
    "offer walks, fasting and talks, and many guests say their cravings fade after a week there.\n",
    # a person, written only with a capital ("Vexler, a sports medicine specialist")
    "Knee pain\n\nVexler, a sports medicine specialist, sees runners. Vexler says rest helps, and Vexler "
    "tells them to stretch. Most runners recover in a month.\n",
    # a class, not one drug; an ordinary word
    "Heart health\n\nStatins, a class of drugs, lower cholesterol; statins are cheap and statins are common.\n",
    "Drinking\n\nAlcohol is a drug. Alcohol harms the liver, and alcohol raises blood pressure in most adults.\n",
])
def test_a_word_called_a_drug_is_the_subject_only_when_it_is_one_rare_name_the_page_is_about(text):
    assert lint(text) == []


def test_an_experimental_researcher_is_no_experimental_drug():
    status = "An experimental therapeutics researcher led the study."
    assert lint(UNKNOWN.format(status=status)) == [("LM911", 3)]


BRANDED = (
    "Night tablets\n\n"
    "{introduction} Swallow one Halvorex tablet whole with water. Halvorex can cause dizziness, so do not "
    "drive after taking Halvorex. {status}\n\n"
    "Do not take Halvorex with alcohol.\n"
)


@pytest.mark.parametrize("introduction", [
    "Halvorex (zolpidem) helps adults fall asleep.",
    "Zolpidem (Halvorex) helps adults fall asleep.",
    "Zolpidem (brand name Halvorex) helps adults fall asleep.",
    "Halvorex, known generically as zolpidem, helps adults fall asleep.",
    "Halvorex, also known as zolpidem, helps adults fall asleep.",
    "Halvorex (also called zolpidem) helps adults fall asleep.",
    "Halvorex is the brand name of zolpidem, which helps adults fall asleep.",
    "Zolpidem, also known as Halvorex, helps adults fall asleep.",
    "Zolpidem, sold under the brand name Halvorex, helps adults fall asleep.",
    "Zolpidem (sold under the brand name Halvorex) helps adults fall asleep.",
    "Each Halvorex 10 mg film-coated tablet contains 10 mg of zolpidem tartrate.",
])
def test_a_brand_no_list_holds_counts_as_the_generic_it_stands_beside(introduction):
    text = BRANDED.format(introduction=introduction, status="")
    counts = drug_mentions(parse(text, "a.txt", {}))[0]
    assert set(counts) == {"zolpidem"} and counts["zolpidem"] >= 5  # the brand's four later mentions count
    assert lint(text) == [("LM911", 3)]
    assert lint(BRANDED.format(introduction=introduction, status="It is a prescription-only medicine.")) == []


@pytest.mark.parametrize("introduction", [
    # no generic beside it: a word the page never ties to a listed drug is not learned
    "Halvorex helps adults fall asleep; it is like zolpidem.",
    # an acronym or a common word beside the generic is no brand
    "The SSRI (zolpidem) helps adults fall asleep.",
    "Tablets (zolpidem) help adults fall asleep.",
    # a form, not a brand: no strength after the word, or the word in lowercase elsewhere on the page
    "Each Halvorex contains 10 mg of zolpidem.",
    "Zolpidem (Halvorex) helps adults fall asleep; a halvorex is a kind of tablet.",
    # a name in another role: "called" alone, or a capitalised word after "known as" that is a common word
    "Zolpidem called Halvorex by some helps adults fall asleep.",
    "Zolpidem, also known as Sleeping pills, helps adults fall asleep.",
])
def test_only_a_rare_capitalised_word_beside_a_generic_is_learned_as_its_brand(introduction):
    counts = drug_mentions(parse(BRANDED.format(introduction=introduction, status=""), "a.txt", {}))[0]
    assert counts.get("zolpidem", 0) <= 1


def test_a_cross_reference_to_a_boxed_warning_is_no_status():
    text = BRANDED.format(introduction="Halvorex (zolpidem) helps adults fall asleep.", status="{}")
    assert lint(text.format("Take no more than one a night (see Boxed Warnings).")) == [("LM911", 3)]
    assert lint(text.format("Halvorex carries a boxed warning about sleepwalking.")) == []


# --- status in forms beside approval (session 17): the law on the use, a marketing registration ----------

STAMINA = ("Boldenone for stamina\n\nBoldenone is a steroid that some cyclists take as a performance-enhancing "
           "drug before a race.\n\n{status}\n\nRiders report 50 mg a day for a month of boldenone.\n")


@pytest.mark.parametrize("status, reported", [
    ("Such use is illegal in the United States.", False),
    ("Its sale is banned in the UK.", False),
    ("Possession without a prescription is a criminal offence in Australia.", False),
    ("It is illegal to sell it to the public here.", False),
    ("It is banned in competition by WADA.", True),  # a sports body's rule, not the drug's status
    ("Most riders buy it from a friend.", True),
    ("Illegal streaming of the race drew many viewers.", True),  # illegal, but of no use of the drug
])
def test_the_law_on_a_use_beyond_medicine_is_its_status(status, reported):
    assert lint(STAMINA.format(status=status)) == ([("LM911", 1)] if reported else [])


@pytest.mark.parametrize("language, status, reported", [
    # a Mexican pharmacy notice, a Brazilian consumer column: marketing registrations no labelled page words so
    ("es", "El producto no tiene registro sanitario en México.", False),
    ("es", "Está registrado ante la Cofepris desde 2019.", False),
    ("es", "Regístrese para recibir ofertas de la tienda.", True),  # signing up to a shop is no registration
    ("pt", "O medicamento não tem registro na Anvisa.", False),
    ("pt", "O produto não possui registro sanitário.", False),
    ("pt", "Muitas pessoas compram pela internet.", True),
])
def test_a_marketing_registration_is_a_status_in_spanish_and_portuguese(language, status, reported):
    body = {"es": "Ozempic es una inyección semanal que reduce el apetito y hace que el estómago se vacíe más "
                  "despacio. ",
            "pt": "O Ozempic é uma injeção semanal que reduz o apetite e faz o estômago esvaziar mais devagar. "}
    text = "Ozempic\n\n" + body[language] * 6 + status + "\n"
    assert lint(text) == ([("LM911", 1)] if reported else [])


# --- an off-label use beside the drug's labelled use (session 17) -------------------------------------------

@pytest.mark.parametrize("status, reported", [
    ("Doctors prescribe it for depression at much higher doses.", False),
    ("It is a prescription medicine for depression.", False),
    ("Doctors prescribe it for insomnia at a low dose.", True),  # prescribed for the off-label use itself
    ("It also lifts depression in some people.", True),  # the labelled use, but no word of prescribing
])
def test_an_off_label_use_is_answered_by_calling_the_drug_prescribed_for_its_labelled_use(status, reported):
    assert lint(OFF_LABEL.format(status=status)) == ([("LM911", 1)] if reported else [])


@pytest.mark.parametrize("page, reported", [
    # a forum post and a pharmacist's Q&A, page kinds no labelled off-label page has
    ("Re: propranolol before my recital\n\nPosted by cellist_22\n\nMy GP prescribed propranolol for migraines "
     "years ago and I now take 10 mg before concerts for stage fright. Propranolol stops my bow shaking.\n", False),
    ("Re: propranolol before my recital\n\nPosted by cellist_22\n\nA friend gave me propranolol and I now take "
     "10 mg before concerts for stage fright. Propranolol stops my bow shaking.\n", True),
    ("Ask the pharmacist: hydroxychloroquine and COVID\n\nQ: Should I keep hydroxychloroquine at home for "
     "coronavirus?\n\nA: Hydroxychloroquine is a prescription medicine used to treat lupus and malaria. Keep "
     "your hydroxychloroquine for the condition it was prescribed for.\n", False),
])
def test_a_labelled_use_answers_an_off_label_one_in_any_page_kind(page, reported):
    assert lint(page) == ([("LM911", 1)] if reported else [])


# --- pages about no single drug's use (session 17): an interaction, a keyword headline -----------------------

INTERACTION = ("{title}\n\nSertraline is taken once a day. Sertraline levels may rise with some herbs, and "
               "sertraline with alcohol can make you drowsy. Ask before you mix sertraline with anything new.\n")


@pytest.mark.parametrize("title, reported", [
    ("Ginkgo - Zoloft (Sertraline) Interaction", False),
    ("Interactions between sertraline and St John's wort", False),
    ("Can you take sertraline with melatonin?", False),
    ("Grapefruit juice and sertraline interaction", False),
    ("Interacción entre sertralina y alcohol", False),  # Spanish, a checker's title
    ("Wechselwirkung zwischen Sertralin und Johanniskraut", False),  # German
    ("Sertraline: uses, side effects and drug interactions", True),  # the drug's own leaflet
    ("Sertraline in pregnancy", True),
])
def test_a_page_on_an_interaction_is_not_about_the_drug(title, reported):
    assert lint(INTERACTION.format(title=title)) == ([("LM911", 1)] if reported else [])


def test_a_drug_named_only_in_a_keyword_headline_over_unrelated_text_is_no_subject():
    scraped = ("Order atorvastatin online cheap\n\nOrder atorvastatin online cheap\n\n"
               "Our bakery opens at seven. Fresh rye loaves are ready by eight, and the cinnamon rolls sell out "
               "before noon. Call ahead for wedding cakes.\n")
    assert lint(scraped) == []
    # a text that speaks of using a medicine is about the headline's drug, even where it never names it again
    assert lint(scraped.replace("Our bakery opens at seven.", "Take one 20 mg tablet at night.")) == [("LM911", 1)]


# --- a drug named twice, then called "this medication" (session 17) ------------------------------------------

LEAFLET = ("Before you start\n\nAtorvastatin lowers cholesterol, and atorvastatin is taken once a day at night. "
           "{refer} can cause aching muscles. Tell your doctor if {refer2} upsets your stomach.\n\n"
           "Keep tablets in a dry place away from children and check the date on the box before use. "
           "Take any you no longer need back to a shop that sells medicines.\n")


@pytest.mark.parametrize("refer, refer2, reported", [
    ("This medication", "this medication", True),
    ("This medicine", "this drug", True),
    ("These pills", "your medicines", False),  # plural or possessive: as often other medicines or a class
    ("Grapefruit", "it", False),
])
def test_this_medication_counts_as_a_mention_of_the_drug_the_page_names_most(refer, refer2, reported):
    assert lint(LEAFLET.format(refer=refer, refer2=refer2)) == ([("LM911", 3)] if reported else [])


def test_this_medication_counts_for_no_drug_when_two_are_named_as_often():
    text = LEAFLET.format(refer="This medication", refer2="this medication").replace(
        "Atorvastatin lowers cholesterol, and atorvastatin is",
        "Atorvastatin and ezetimibe lower cholesterol, and atorvastatin or ezetimibe is")
    assert lint(text) == []
    assert lint(LEAFLET.format(refer="This medication", refer2="this medication").replace(
        "at night.", "at night. It is available only on prescription.")) == []


@pytest.mark.parametrize("page", [
    # a Spanish, an Italian and a German pharmacy leaflet: languages no labelled leaflet of this kind is in
    "Antes de empezar\n\nEl sildenafil se toma una hora antes y el sildenafil dura unas horas. Este medicamento puede "
    "causar dolor de cabeza. No tome este medicamento con alcohol. " + "Guarde la caja en un lugar seco y lejos de los "
    "niños, y mire la fecha antes de usarla. " * 3,
    "Prima di iniziare\n\nIl sildenafil si prende un'ora prima e il sildenafil dura alcune ore. Questo farmaco può "
    "causare mal di testa. Non prenda questo farmaco con alcol. " + "Tenga la scatola in un luogo asciutto e lontano "
    "dai bambini, e guardi la data prima di usarla. " * 3,
    "Bevor Sie beginnen\n\nSildenafil wird eine Stunde vorher eingenommen und Sildenafil wirkt einige Stunden. Dieses "
    "Medikament kann Kopfschmerzen machen. Nehmen Sie dieses Medikament nicht mit Alkohol. " + "Bewahren Sie die "
    "Packung trocken und für Kinder unerreichbar auf und prüfen Sie das Datum vor der Einnahme. " * 3,
])
def test_this_medication_in_other_languages(page):
    assert lint(page + "\n") == [("LM911", 3)]


@pytest.mark.parametrize("sentence, reported", [
    ("It is one of the best pens on the market for weight loss.", True),  # a purpose: a seller's superlative
    ("Many say it is the strongest option on the market for cravings.", True),
    ("It has been on the market for six years.", False),  # a length of time: the drug's history
    ("It has been on the market for well over a decade.", False),
    ("It has been on the market since 2017.", False),
])
def test_on_the_market_for_a_purpose_is_no_status(sentence, reported):
    assert lint(ARTICLE.format(status=sentence)) == ([("LM911", 1)] if reported else [])
