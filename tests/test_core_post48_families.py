"""Families missed on web-pages-21, defined by property (helper post48): an adverb in -ly between
an evidence noun and its verb (LM602), one study given as an example of "many" (LM602), and a
count written "N+" (LM501). Every sentence here is invented."""

import pytest

from lint_med import lint_text
from lint_med.config import parse_table


def codes(text, path="a.txt", select=("LM501", "LM602")):
    config = parse_table({"select": list(select), "rules": {}}, None)
    return [f.code for f in lint_text(text, path=path, config=config)]


@pytest.mark.parametrize("text,path", [
    ("# Honey\n\nResearch previously found that honey soothes a child's cough.\n", "a.md"),
    ("# Zinc\n\nStudies have originally suggested that zinc shortens a cold.\n", "a.md"),
    ("# Sleep\n\nScientists ultimately concluded that blue light delays sleep.\n", "a.txt"),
    # a podcast transcript, a kind no labelled page has
    ("HOST: Welcome back.\n\nGUEST: Studies previously showed that cold water burns fat, "
     "and we go over that today.\n", "transcript.txt"),
    # an HTML recipe card
    ("<html><body><h1>Ginger tea</h1><p>Experts unanimously recommend ginger tea for nausea in the "
     "morning.</p></body></html>", "a.html"),
    # a Markdown FAQ table
    ("# FAQ\n\n| Question | Answer |\n|---|---|\n| Does it work? | Trials have reliably shown that "
     "the balm eases joint pain. |\n", "faq.md"),
])
def test_an_adverb_between_the_evidence_noun_and_its_verb_is_still_vague(text, path):
    assert "LM602" in codes(text, path, select=("LM602",))


@pytest.mark.parametrize("sentence", [
    "Studies rarely show any benefit of detox tea, and Smith et al. (2019) found none.",
    "Research has not yet found that detox tea works (Smith et al., 2019).",
    "More studies are needed before anyone recommends detox tea.",
    "Doctors usually advise rest and fluids for a cold.",
    "We cover what the research really shows about detox tea.",
    "There is no evidence that detox tea previously helped anyone.",
    "The 2019 Oslo Sleep Study previously found that naps help, as reported in The Lancet.",
])
def test_denied_named_or_called_for_evidence_stays_quiet(sentence):
    assert codes(f"# Tea\n\n{sentence}\n", select=("LM602",)) == []


@pytest.mark.parametrize("example", [
    "Recent work such as one published in The Lancet in 2020 also shows it lowers blood pressure.",
    "Newer trials, including a 2021 trial in JAMA, also report better sleep.",
    "Later studies like the one published in BMJ in 2018 also point to fewer colds.",
])
def test_one_study_given_as_an_example_does_not_source_many(example):
    text = f"# Beet juice\n\nNumerous clinical trials have proven the efficacy of beet juice. {example}\n"
    assert "LM602" in codes(text, select=("LM602",))


def test_a_review_of_the_many_still_sources_them():
    text = ("# Beet juice\n\nNumerous clinical trials have proven the efficacy of beet juice. A 2020 "
            "meta-analysis of these trials in The Lancet pooled their results.\n")
    assert codes(text, select=("LM602",)) == []


@pytest.mark.parametrize("text,path", [
    ("# Malaria\n\nIn Kenya, 300+ children die of malaria each day.\n", "a.txt"),
    ("# Flu\n\nAbout 5,000+ adults die of flu every year in Chile.\n", "a.md"),
    ("# Tinnitus\n\n2 million+ people in Britain live with tinnitus.\n", "a.md"),
    # an HTML bullet on a charity's donation page
    ("<html><body><h1>Give today</h1><ul><li>1,200+ children in Gaza suffer from burns.</li>"
     "</ul></body></html>", "give.html"),
    # a school newsletter
    ("Term news\n\nIn our county, 4,000+ children live with asthma.\n", "news.txt"),
    ("# Diabetes\n\nNearly 3 million+ Canadians have diabetes.\n", "a.md"),
])
def test_a_count_written_n_plus_is_a_figure(text, path):
    assert "LM501" in codes(text, path, select=("LM501",))


@pytest.mark.parametrize("sentence", [
    "Adults aged 65+ should get the flu shot.",
    "The 400+ members of our forum swap tips.",
    "Each pack holds 30+ capsules.",
])
def test_n_plus_that_is_no_statistic_stays_quiet(sentence):
    assert codes(f"# Flu\n\n{sentence}\n", select=("LM501",)) == []


@pytest.mark.parametrize("text,path", [
    ("# Próstata\n\nNueve por ciento de todos los hombres tienen la próstata grande a los 40 años. "
     "La próstata crece con la edad y los hombres deben saberlo.\n", "a.md"),
    ("# Diabetes\n\nDiez por ciento de los adultos de la ciudad viven con diabetes. La diabetes es común "
     "y los adultos deben medir su azúcar.\n", "a.txt"),
    # a German pharmacy flyer, a kind no labelled page has
    ("<html><body><h1>Zahnpflege</h1><p>Zehn Prozent aller Kinder in Bayern haben Karies. Die Zähne der "
     "Kinder sind oft schlecht geputzt und das ist schade.</p></body></html>", "flyer.html"),
    # an Indonesian community-health poster
    ("Poster Puskesmas\n\nSepuluh persen dari penduduk kota ini menderita diabetes. Diabetes adalah penyakit "
     "yang sering muncul pada orang dewasa di kota.\n", "poster.txt"),
])
def test_a_share_spelt_in_words_in_a_table_language_is_a_figure(text, path):
    assert "LM501" in codes(text, path, select=("LM501",))


def test_a_share_spelt_in_words_with_its_source_stays_quiet():
    text = ("# Próstata\n\nSegún el Ministerio de Sanidad, nueve por ciento de todos los hombres tienen la "
            "próstata grande a los 40 años. La próstata crece con la edad y los hombres deben saberlo.\n")
    assert codes(text, select=("LM501",)) == []
