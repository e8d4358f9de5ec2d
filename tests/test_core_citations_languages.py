"""LM602 in other languages: research or experts invoked as the ground of a claim without naming who,
read from one table per language (data/citations_languages.toml). The sentences are our own, in
languages and forms no labelled page holds (Polish, Swahili, Japanese, Thai, French, Italian) and in
Turkish, whose set-19 page showed the verb-final shape."""

import pytest

from lint_med import lint_text
from lint_med.config import parse_table

from lint_med_core import _evidence


def _vague(sentences, lang, path="a.html"):
    body = "".join(f"<p>{s}</p>" for s in sentences)
    text = f'<html lang="{lang}"><head><title>T</title></head><body><article><h1>T</h1>{body}</article></body></html>' \
        if lang else "Başlık\n\n" + "\n\n".join(sentences) + "\n"
    config = parse_table({"select": ["LM602"]}, None)
    return [f for f in lint_text(text, path=path if lang else "a.txt", config=config) if f.code == "LM602"]


@pytest.mark.parametrize("lang, sentence", [
    ("tr", "Araştırmalar, zencefilin mide bulantısını hafifletebileceğini gösteriyor."),  # verb-final
    ("tr", "Uzmanlara göre bu çay kan şekerini düşürüyor."),  # postposition "according to"
    ("pl", "Najnowsze badania pokazują, że kurkuma łagodzi ból stawów."),
    ("pl", "Według ekspertów ten suplement wzmacnia odporność."),
    ("sw", "Utafiti unaonyesha kwamba tangawizi hupunguza kichefuchefu."),
    ("sw", "Kwa mujibu wa wataalamu, chai hii huponya kisukari."),
    ("ja", "最近の研究によると、緑茶はがんを予防します。"),
    ("ja", "専門家によれば、このサプリは免疫力を高めます。"),
    ("th", "งานวิจัยพบว่าขมิ้นชันช่วยลดการอักเสบได้"),
    ("fr", "Des études montrent que le curcuma soulage les douleurs articulaires."),
    ("fr", "Selon les experts, ce complément renforce l'immunité."),
    ("it", "Secondo gli esperti questo integratore rafforza le difese immunitarie."),
    ("id", "Penelitian menunjukkan bahwa jahe meredakan mual."),
])
def test_research_or_experts_invoked_unnamed_in_any_language(lang, sentence):
    assert len(_vague([sentence], lang)) == 1


@pytest.mark.parametrize("lang, sentence", [
    ("tr", "Hacettepe Üniversitesi'nin araştırmaları, zencefilin bulantıyı hafiflettiğini gösteriyor."),
    ("tr", "Bu konuda daha fazla araştırmaya ihtiyaç var."),  # research needed, not invoked
    ("pl", "Naukowcy z Uniwersytetu Jagiellońskiego odkryli, że sen chroni serce."),
    ("pl", "Potrzebne są dalsze badania."),
    ("sw", "Watafiti wa Chuo Kikuu cha Nairobi wamegundua kwamba dawa hii inafanya kazi."),
    ("ja", "東京大学の研究によると、睡眠は記憶を改善します。"),
    ("ja", "さらなる研究が必要です。"),
    ("th", "งานวิจัยของมหาวิทยาลัยมหิดลพบว่าขมิ้นชันช่วยลดการอักเสบได้"),
    ("fr", "Des chercheurs de l'Inserm ont montré que le sommeil protège le cœur."),
    ("it", "I ricercatori dell'Università di Padova hanno scoperto che il tè aiuta."),
    ("id", "Para peneliti dari Universitas Indonesia menemukan bahwa jahe meredakan mual."),
    ("id", "Menurut dokter, daun ini tidak menaikkan trombosit."),  # the doctor just named, no article to tell
])
def test_a_named_source_or_a_call_for_research_is_not_vague(lang, sentence):
    assert _vague([sentence], lang) == []


def test_a_page_in_a_language_no_function_words_tell_is_read_with_the_untold_tables():
    # a Turkish text file of 60 words and more, no declared language: languages.toml tells no Turkish
    page = ["Saç dökülmesi pek çok kişiyi etkileyen yaygın bir sorun ve birçok kişi takviyelere yöneliyor. " * 5,
            "Araştırmalar, çinko eksikliğinin saç dökülmesine yol açabileceğini ortaya koyuyor."]
    assert len(_vague(page, None)) == 1


def test_a_group_invoked_again_in_a_language_without_articles_is_reported_once():
    page = ["Uzmanlara göre doğal yöntemler daha zararsız.",
            "Uzmanlar, her gün on beş dakika yürümeyi öneriyor.",  # "the experts" already invoked
            "Araştırmalar, yürüyüşün kalbi koruduğunu gösteriyor."]  # research: another group
    found = _vague(page, "tr")
    assert len(found) == 2 and "Uzmanlar," not in " ".join(f.message for f in found)


def test_english_pages_read_no_other_table():
    assert _evidence._with_language_stems(()) == _evidence.ATTRIBUTION_WORDS


# The two shapes every table holds (session 18), on sentences of our own in forms no labelled page has:
# (1) proof claimed for science with nobody named, an adverb of science or the clinic and a participle of
# proving in ANY inflection; (2) estimates as the source ("according to some estimates").
@pytest.mark.parametrize("lang, sentence", [
    ("pl", "Oto 9 naturalnych i naukowo potwierdzonych sposobów na katar."),  # genitive plural
    ("pl", "To klinicznie udowodniony sposób na ból gardła."),
    ("de", "Diese wissenschaftlich belegte Methode hilft gegen Migräne."),  # an inflected participle
    ("fr", "Une crème cliniquement prouvée contre les rides."),
    ("it", "I benefici clinicamente dimostrati dello zenzero."),
    ("es", "Un jarabe clínicamente comprobado contra la tos."),
    ("it", "Secondo alcune stime circa 3 milioni di italiani soffrono di emicrania."),
    ("de", "Schätzungen zufolge leiden 10 Millionen Deutsche an Migräne."),
    ("pl", "Według szacunków 8 milionów Polaków cierpi na bezsenność."),
    ("pt", "Segundo estimativas, 30% dos brasileiros dormem mal."),
    ("fr", "Selon certaines estimations, 20 % des adultes ronflent."),
    ("tr", "Tahminlere göre 10 milyon kişi diyabet hastası."),
    ("id", "Menurut perkiraan, 30 juta orang menderita diabetes."),
    ("sw", "Kwa mujibu wa makadirio, watu milioni 3 wana kisukari."),
    ("ja", "ある推計によると、日本人の4人に1人が不眠に悩んでいます。"),
])
def test_proof_claimed_for_science_and_estimates_as_source_in_any_language(lang, sentence):
    assert len(_vague([sentence], lang)) == 1


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Secondo le stime dell'Istat circa 3 milioni di persone soffrono di emicrania."),
    ("de", "Nach Schätzungen des Robert Koch-Instituts leiden 10 Millionen Deutsche an Migräne."),
    ("es", "Según estimaciones de la OMS, el 30 % de los adultos ronca."),
    ("pl", "Według szacunków GUS 8 milionów Polaków cierpi na bezsenność."),
    ("ja", "厚生労働省の推計によると、日本人の4人に1人が不眠に悩んでいます。"),
    # denied: one of the two words before is a negation
    ("it", "L'efficacia non è scientificamente provata."),
    ("pl", "Ta metoda nie jest naukowo potwierdzona."),
    ("fr", "Ce remède n'est pas cliniquement prouvé."),
    ("de", "Die Wirkung ist nicht wissenschaftlich belegt."),
    # a diagnosis, not evidence: "who are medically proven to lack B12"
    ("id", "Suntik vitamin hanya untuk mereka yang terbukti secara medis kekurangan vitamin B12."),
])
def test_named_estimates_denied_proof_and_a_diagnosis_are_not_vague(lang, sentence):
    assert _vague([sentence], lang) == []
