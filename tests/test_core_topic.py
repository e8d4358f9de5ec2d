"""The topic analysis shared by LM101, LM201, LM202 and LM301, on subjects other than LDN."""

import pytest

from lint_med.parsers import html, markdown, text
from lint_med_core import _topic
from lint_med_core.offtopic import off_topic_paragraph, off_topic_section
from lint_med_core.topic_structure import heading_not_addressed

PARSERS = {"md": markdown, "html": html, "txt": text}


def parse(source, ext="md", vocabulary=None):
    doc = PARSERS[ext].parse(source, f"article.{ext}", {})
    doc.vocabulary = vocabulary or {}
    return doc


def run(rule, doc, pack=None, **options):
    return list(rule.run(doc, {**rule.defaults(), "pack": pack or {}, **options}))


def lines(doc, hits):
    return [doc.line_col(hit.at.source_span()[0])[0] for hit in hits]


def test_normalisation_folds_plurals_possessives_and_acronym_plurals():
    assert _topic.tokens("Allergies, SSRIs and Crohn's headaches") == ["allergy", "ssri", "and", "crohn", "headache"]
    assert _topic.normalize("diabetes") == _topic.normalize("Diabetes")
    assert _topic.normalize("status") == "status"  # not a plural


@pytest.mark.parametrize("a, b", [("storage", "store"), ("disposal", "dispose"), ("clinical", "clinic"),
                                  ("pregnancy", "pregnant"), ("safety", "safe")])
def test_stem_joins_forms_of_one_word(a, b):
    assert _topic.stem(a) == _topic.stem(b)


def test_stem_keeps_different_words_apart():
    assert _topic.stem("efficacy") != _topic.stem("storage")


def test_vocabulary_matches_longest_phrase_first():
    lex = _topic.lexicon()
    found = [key for key, _ in lex.mentions(_topic.tokens("She had a heart attack and type 2 diabetes"))]
    assert found == ["heart attack", "type 2 diabete"]


def test_common_terms_are_never_foreign_subjects():
    lex = _topic.lexicon()
    assert not lex.is_entity("headache") and not lex.is_entity("liver")
    assert lex.is_entity("migraine") and lex.is_entity("ketamine")


STATINS = """---
title: "Statins and Your Heart"
description: "How statins lower cholesterol."
---

# Statins and your heart

Statins lower LDL cholesterol and cut the risk of a heart attack.

## What is atherosclerosis?

Fatty plaque builds up inside the arteries over decades. When a plaque breaks open, a clot
forms and can block blood flow to the heart muscle, which is a heart attack.

## Migraine with aura

A migraine with aura starts with flashing lights or zigzag lines before the headache. Triptans
such as sumatriptan stop attacks; CGRP antibodies such as erenumab prevent migraine.
"""


def test_topic_model_of_a_statins_article():
    model = _topic.topic_model(parse(STATINS))
    assert "statin" in model.core and "statins" in model.groups
    assert {"cholesterol", "heart attack", "atherosclerosis"} <= model.related
    assert "migraine" not in model.related


def test_background_section_is_on_topic_and_foreign_section_is_not():
    doc = parse(STATINS)
    hits = run(off_topic_section, doc)
    assert [hit.at.text for hit in hits] == ["Migraine with aura"]
    assert "migraine" in hits[0].message


def test_topic_option_overrides_the_title():
    doc = parse(STATINS)
    # Declared a migraine article, the statin background is what is off topic now.
    hits = run(off_topic_section, doc, topic=["migraine", "headache"])
    assert [hit.at.text for hit in hits] == ["What is atherosclerosis?"]


def test_pack_table_topic_and_vocabulary_are_used():
    doc = parse(STATINS)
    assert run(off_topic_section, doc, pack={"vocabulary": {"statin articles": ["statin", "migraine"]}}) == []
    doc = parse(STATINS)
    assert [h.at.text for h in run(off_topic_section, doc, pack={"topic": ["migraine"]})] == ["What is atherosclerosis?"]


def test_registered_vocabulary_makes_a_subject_related():
    # A pack that registers migraine as part of the statin subject (through the hook).
    doc = parse(STATINS, vocabulary={"statin": ("statin", "migraine with aura", "migraine", "triptan",
                                                "sumatriptan", "cgrp", "erenumab")})
    assert run(off_topic_section, doc) == []


def test_model_is_built_once_per_document_and_settings():
    doc = parse(STATINS)
    assert _topic.topic_model(doc) is _topic.topic_model(doc)
    import types

    other = types.SimpleNamespace(topic=["migraine"], pack={})
    assert _topic.topic_model(doc, other) is not _topic.topic_model(doc)


METFORMIN_TEXT = """Metformin for Type 2 Diabetes

Metformin lowers blood sugar in type 2 diabetes by making the liver release less glucose and by helping muscles respond to insulin.

Most people start with 500 mg once a day with food, going up over a few weeks to keep stomach upset low.

Over years metformin can lower vitamin B12; tingling in the feet is a sign, and a blood test settles it.

Anxiety is a common mental health condition. Generalized anxiety disorder and panic disorder are treated with psychotherapy such as cognitive behavioral therapy, and with SSRIs or benzodiazepines.

Your HbA1c is checked every three to six months.
"""


def test_off_topic_paragraph_in_a_text_article():
    doc = parse(METFORMIN_TEXT, "txt")
    hits = run(off_topic_paragraph, doc)
    assert lines(doc, hits) == [9]
    assert "anxiety" in hits[0].message and "metformin" in hits[0].message


def test_paragraph_referring_back_to_the_drug_is_on_topic():
    source = METFORMIN_TEXT.replace("Anxiety is a common mental health condition.",
                                    "This medication does not treat anxiety.")
    assert run(off_topic_paragraph, parse(source, "txt")) == []


def test_article_on_an_unknown_subject_is_not_judged():
    source = METFORMIN_TEXT.replace("Metformin for Type 2 Diabetes", "Notes From the Lab")
    source = source.replace("Metformin lowers", "It lowers").replace("metformin can", "it can")
    assert run(off_topic_paragraph, parse(source, "txt")) == []


SUMATRIPTAN_HTML = """<html lang="en"><head><title>Sumatriptan for Migraine</title></head><body><article>
<h1>Sumatriptan for migraine</h1>
<p>Sumatriptan treats migraine attacks once they start.</p>
<h2>Sumatriptan and heart disease</h2>
<p>Tingling, warmth and chest pressure are common for a few minutes after a dose and pass on their own.</p>
<h2>Who should not take sumatriptan with heart disease?</h2>
<p>People with heart disease, angina or uncontrolled high blood pressure should not take it, because it narrows arteries.</p>
</article></body></html>"""


def test_heading_not_addressed_on_a_migraine_page():
    doc = parse(SUMATRIPTAN_HTML, "html")
    hits = run(heading_not_addressed, doc, min_words=10)
    assert [hit.at.text for hit in hits] == ["Sumatriptan and heart disease"]
    assert "\"heart disease\" never comes up" in hits[0].message


def test_topic_model_of_a_long_page_is_its_title_and_is_built_once():
    # How its cost grows with a page's length is measured by benchmarks/bigfile.py, not by a timed test.
    blocks = "\n\n".join(f"## Section {i}\n\nStatins lower LDL cholesterol; paragraph {i} discusses muscle "
                         f"pain, liver enzymes and heart attack risk in people with diabetes." for i in range(100))
    doc = parse("# Statins\n\n" + blocks)
    assert len(doc.blocks) > 200
    model = _topic.topic_model(doc)
    assert "statin" in model.label.lower()
    assert _topic.topic_model(doc) is model


def test_comparison_paragraph_continues_the_articles_argument():
    source = METFORMIN_TEXT.replace("Anxiety is a common mental health condition.",
                                    "By contrast, anxiety is treated differently.")
    assert run(off_topic_paragraph, parse(source, "txt")) == []


def test_topic_from_configuration_end_to_end():
    import lint_med
    from lint_med.config import Config, parse_table

    default = parse_table({"select": ["LM201"]}, None, Config())
    assert [f.line for f in lint_med.lint_text(STATINS, path="a.md", config=default)] == [15]
    by_rule = parse_table({"select": ["LM201"], "rules": {"off-topic-section": {"topic": ["migraine"]}}}, None, Config())
    assert [f.line for f in lint_med.lint_text(STATINS, path="a.md", config=by_rule)] == [10]
    by_pack = parse_table({"select": ["LM201"], "packs": {"core": {"topic": ["migraine"]}}}, None, Config())
    assert [f.line for f in lint_med.lint_text(STATINS, path="a.md", config=by_pack)] == [10]


def test_extra_stopwords_from_the_pack_table():
    import types

    doc = parse(STATINS)
    assert "heart" in _topic.topic_model(doc).core
    options = types.SimpleNamespace(topic=None, pack={"extra_stopwords": ["heart"]})
    model = _topic.topic_model(doc, options)
    assert "heart" not in model.core and "heart" not in model.blocks[0].words


def _migraine_article(diary_sections: int, diary_in_paragraph: int = 1) -> str:
    sections = []
    for i in range(6):
        note = " Note it in your diary." if i < diary_sections else ""
        sections.append(f"## Part {i}\n\nTriptans ease a migraine attack when taken early.{note}\n")
    diary = " ".join(["Keep a diary:"] * diary_in_paragraph)
    off = (f"## Notes\n\n{diary} glaucoma damages the optic nerve, latanoprost and timolol eye drops lower "
           "intraocular pressure, laser trabeculoplasty helps when drops fail, and cataract surgery replaces a "
           "clouded lens in older adults every year.\n")
    return "# Migraine treatment\n\nMigraine is a headache disorder.\n\n" + "\n".join(sections) + "\n" + off


def test_recurring_words_weigh_by_how_many_sections_hold_them():
    # Eight mentions of eye disease; "diary" recurs in two of seven other sections: incidental.
    doc = parse(_migraine_article(2))
    model = _topic.topic_model(doc)
    paragraph = doc.blocks[-1]
    number = model.section_of[paragraph.index]
    assert 0 < model.topic_weight(model.blocks[paragraph.index], number) < 1
    assert [h.at.text for h in run(off_topic_section, doc)] == ["Notes"]
    # In every other section and twice here, the article's own word weighs enough (2 >= 8 / 4).
    assert run(off_topic_section, parse(_migraine_article(6, 2))) == []
    # One mention of it is not enough against eight of another subject.
    assert len(run(off_topic_section, parse(_migraine_article(6, 1)))) == 1


def test_a_heading_over_subsections_is_judged_with_their_text():
    source = ("# Low dose naltrexone\n\nLow dose naltrexone (LDN) is used off-label.\n\n## Bipolar disorder\n\n"
              "### LDN in bipolar depression\n\nOne small study added LDN to mood stabilisers in people with "
              "bipolar depression; the effect on mood was small.\n")
    assert run(off_topic_section, parse(source)) == []
    # The same heading with its subsection on another subject altogether is off topic.
    other = source.replace("LDN in bipolar depression", "Lithium levels").replace(
        "One small study added LDN to mood stabilisers in people with bipolar depression; the effect on mood "
        "was small.", "Lithium needs regular blood tests; lamotrigine and quetiapine are other mood stabilizers "
        "for bipolar disorder.")
    assert [h.at.text for h in run(off_topic_section, parse(other))] == ["Bipolar disorder", "Lithium levels"]


SSRI_SECTION = """# Questions to ask your pharmacist

Pharmacists answer questions on medicines, doses and interactions every day.

## Are SSRIs safe for older adults?

Selective serotonin reuptake inhibitors are widely used by people over 65. They can lower blood
sodium and raise the chance of falls, so doctors start with a low dose and check blood tests in
the first weeks [3].
"""


def test_heading_abbreviation_is_addressed_by_its_expansion():
    # "SSRIs" over text that writes "selective serotonin reuptake inhibitors" is answered.
    hits = run(heading_not_addressed, parse(SSRI_SECTION), min_words=10)
    assert hits == []
    # The same section under a heading it does not take up is still reported.
    other = SSRI_SECTION.replace("Are SSRIs safe for older adults?", "Are statins safe for older adults?")
    hits = run(heading_not_addressed, parse(other), min_words=10)
    assert len(hits) == 1 and "\"statins\" never comes up" in hits[0].message


def test_vocabulary_abbreviations_pair_with_their_expansions_only():
    lex = _topic.lexicon({})
    assert "low dose naltrexone" in lex.aliases["ldn"]
    assert "ssri" in lex.aliases["selective serotonin reuptake inhibitor"]
    assert "toll like receptor 4" in lex.aliases["tlr4"]
    assert "heart attack" not in lex.aliases  # no "ha" term of the same group


def test_abbreviations_the_text_defines_are_aliases():
    doc = parse("# Needle injuries\n\nAfter a needlestick, post-exposure prophylaxis (PEP) may be offered.\n")
    model = _topic.topic_model(doc)
    assert "post exposure prophylaxis" in model.aliases("pep")
    assert "pep" in model.aliases("post exposure prophylaxis")
    assert model.aliases("needlestick") == frozenset()


def test_a_word_and_its_negation_are_shared_vocabulary():
    """'unrelated' speaks of what 'related' does: a paragraph using the negation of the
    article's word shares that word; a word with no such prefix shares nothing by it."""
    doc = parse("# Generic drugs\n\nSome sellers are legitimate pharmacies with a licence.\n\n"
                "Others are illegitimate sellers with invented addresses.\n", "md")
    model = _topic.topic_model(doc)
    block = doc.blocks[-1]
    share, own, _ = model.shared_share(block)
    assert "illegitimate" not in own and "invented" in own
    assert _topic._positive("illegitimate") == _topic.stem("legitimate")
    assert _topic._positive("insulin") == ""  # too short a remainder to be a negation
    assert _topic._positive("uncommonly") == _topic.stem("commonly")


def test_a_word_of_a_term_in_another_block_is_shared_vocabulary():
    """'nasal' of the term 'nasal spray' is the article's word: a paragraph saying "nasal" alone
    shares it, as it would share a word of the title; a word nothing else holds is its own."""
    doc = parse("# A new migraine treatment\n\nThe drug comes as a nasal spray taken at the first sign of an "
                "attack.\n\nSome users notice nasal discomfort and a bitter aftertaste.\n", "md")
    model = _topic.topic_model(doc)
    assert "nasal spray" in model.blocks[doc.blocks[1].index].found
    share, own, _ = model.shared_share(doc.blocks[-1])
    assert "nasal" not in own and "aftertaste" in own
    # the counts read up to two without analysing every block agree with the full counts
    model = _topic.topic_model(parse("# A new migraine treatment\n\nThe drug comes as a nasal spray taken at "
                                     "the first sign of an attack.\n\nSome users notice nasal discomfort.\n", "md"))
    assert model.counts_to_two()[0].get(_topic.stem("nasal")) == 2


def test_a_list_of_examples_is_judged_by_the_words_around_it():
    from lint_med_core.offtopic import _share_without_examples

    doc = parse("# Gout and food\n\nGout flares follow high uric acid; some foods raise it.\n\n"
                "Foods rich in purines raise uric acid. Such foods include anchovies, sardines, mussels, "
                "offal, venison, pheasant, gravy and lager.\n\nFoods with few purines and water help.\n")
    model = _topic.topic_model(doc)
    block = [b for b in doc.blocks if "anchovies" in b.text][0]
    share = model.shared_share(block)[0]
    assert share < 0.5 < _share_without_examples(model, block.text)


_INDONESIAN = ("Banyak orang minum obat sakit kepala tanpa membaca aturan pakai yang tertulis di kemasan. "
               "Padahal dosis yang terlalu tinggi bisa merusak hati, terutama jika obat itu diminum bersama "
               "obat lain yang mengandung bahan yang sama. Dokter menyarankan agar pasien bertanya kepada "
               "apoteker sebelum membeli obat baru, dan tidak minum lebih dari empat kali dalam sehari. "
               "Jika sakit kepala tidak hilang setelah tiga hari, sebaiknya pasien segera pergi ke dokter.")


def test_an_article_in_another_language_weighs_its_words_in_that_language():
    from lint_med_core._other_language import words_language

    doc = parse(_INDONESIAN, "txt")
    model = _topic.topic_model(doc)
    assert words_language(doc) == "id"
    assert model.weigh("yang") < 0.5 < _topic.specificity("yang")  # Indonesian's "which": common there only


def test_an_english_article_weighs_its_words_in_english():
    doc = parse("Many people take painkillers for a headache without reading the dose printed on the box, "
                "and a dose that is too high can harm the liver.", "txt")
    assert _topic.topic_model(doc).weigh is _topic.specificity


def test_written_forms_keep_accents_and_other_languages_plurals():
    forms = _topic.written_forms("La Société publie après les vacances; l'hôpital dit: mesas.")
    assert "société" in forms["soci"]  # "é" is no ASCII letter: tokens cut the word there
    assert forms["mesa"] == ("mesas",)  # English plural folding, undone
    assert "hôpital" in forms["pital"]


def test_an_article_in_another_language_weighs_its_words_as_written():
    # Spanish: "gatos" is folded to "gato" by English plural rules, "después" cut to "despu";
    # each is weighed as the article writes it, in Spanish's list.
    doc = parse("Los gatos y el paracetamol\n\nDespués de la comida, los gatos duermen mucho. "
                "El paracetamol no es para los gatos: es tóxico para ellos y puede dañar el hígado.\n", "txt")
    model = _topic.topic_model(doc)
    spanish = _topic.zipf_table("es")
    if not spanish:
        pytest.skip("wordfreq's Spanish list is not installed")
    assert model.weigh("gato") == pytest.approx(min(4.0, 6.5 - spanish["gatos"]))
    assert model.weigh("despu") == pytest.approx(min(4.0, 6.5 - spanish["después"]))
    assert model.weigh("despu") < 4.0  # the fragment alone is no word of Spanish
