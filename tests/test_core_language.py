"""The page's language (`_language.py`): one answer for every rule that reads phrasings per language."""

import pytest

from lint_med import lint_text
from lint_med.config import parse_table
from lint_med.parsers.html import parse as parse_html
from lint_med.parsers.text import parse
from lint_med_core import _language


@pytest.mark.parametrize("text, code", [
    ("Die Behandlung mit Stammzellen ist nicht für jeden geeignet, und die Kosten sind hoch. " * 8, "de"),
    ("Η θεραπεία με βλαστοκύτταρα είναι μια νέα μέθοδος για το δέρμα και τα μαλλιά. " * 8, "el"),
    ("Le traitement par cellules souches est proposé dans une clinique pour les genoux. " * 8, "fr"),
    ("The treatment is offered in a clinic for the knees and the back. " * 8, "en"),
    ("Deze behandeling wordt aangeboden in een kliniek voor knieën en rug. " * 8, "nl"),  # Dutch: listed in session 17
    ("Hoitoa tarjotaan klinikalla polville ja selälle, ja hinta on korkea. " * 8, None),  # Finnish: not listed
    ("Terapi ini ditawarkan di klinik untuk lutut dan punggung yang sakit. " * 8, "id"),
    ("यह इलाज घुटनों और पीठ के दर्द के लिए एक क्लिनिक में दिया जाता है। " * 8, "hi"),
])
def test_the_language_is_told_by_its_function_words_in_any_script(text, code):
    assert _language.language(parse(text, "a.txt", {})) == code


def test_a_short_text_in_a_listed_language_is_told_and_any_other_is_taken_to_be_english():
    assert _language.language(parse("Das Spray ist nicht für Kinder, und es hilft auch nicht.", "a.txt", {})) == "de"
    assert _language.language(parse("Polvihoito klinikalla.", "a.txt", {})) == "en"
    assert _language.language(parse("", "a.txt", {})) == "en"


def test_a_declared_language_is_the_language():
    english = "The treatment is offered in a clinic for the knees and the back. " * 8
    page = f'<html lang="{{}}"><body><article><p>{english}</p></article></body></html>'
    assert _language.language(parse_html(page.format("de-AT"), "a.html", {})) == "de"
    assert _language.language(parse_html(page.format("en-GB"), "a.html", {})) == "en"
    assert _language.language(parse_html(page.format("und"), "a.html", {})) == "en"


def _codes(text, select):
    config = parse_table({"select": [select]}, None)
    return [f.code for f in lint_text(text, path="a.txt", config=config)]


def test_the_german_attributions_are_read_on_every_german_page():
    # a short German page without "ist" (LM602 once looked for "und" and "ist") is German too
    page = ("Zink gegen Schnupfen\n\nStudien zeigen, dass Zink die Erkältung verkürzt und den Schnupfen "
            "lindert. Viele nehmen es im Winter mit dem Tee.\n")
    assert _codes(page, "LM602") == ["LM602"]
    english = "Zinc for colds\n\nStudies show that zinc shortens a cold. Many people take it in winter.\n"
    assert _codes(english, "LM602") == ["LM602"]



@pytest.mark.parametrize("text", [
    "The cream is applied to the skin of the hands and the feet, and it is washed off with water. " * 6,
    "Crema para la piel de las manos, con agua y con jabón. " * 20 + "The cream is for the hands and the feet. " * 9,
    "there theory thesis bandit ford " * 40,  # "the", "and", "for" only inside longer words
    "Die Creme ist für die Haut, und sie wird mit Wasser abgewaschen. " * 10,
    "Kniebehandeling in een kliniek, voor de knieën en de rug. " * 12,
])
def test_the_quick_look_at_the_first_lines_changes_no_answer(text, monkeypatch):
    doc = parse(text, "a.txt", {})
    quick = _language.language(doc)
    monkeypatch.setattr(_language, "_GLANCE", 0)  # no quick look: the 400 words only
    assert _language.language.__wrapped__(parse(text, "a.txt", {})) == quick


def test_a_word_cut_at_the_end_of_the_quick_look_is_not_counted():
    # eleven English function words, one short of the 3% of 400 words, and "there" cut to "the" by the quick look
    opening = "the zzzz " * 11
    text = opening + "z" * (_language._GLANCE - 3 - len(opening) - 1) + " there " + "zz " * 400
    doc = parse(text, "a.txt", {})
    assert doc.body_text[:_language._GLANCE].endswith(" the")  # the trap is set
    assert _language.language(doc) is None


def test_english_too_lists_the_other_languages_function_words_that_are_common_english():
    """data/languages.toml's `english_too` is, written out, the other languages' function words with a
    Zipf frequency of 5 or more in English (read at start-up, the frequency list costs a small file's lint)."""
    from lint_med_core import _topic
    from lint_med_core._data import load

    common = {word for word, zipf in _topic.zipf_table().items() if zipf >= 5.0}
    if not common:
        pytest.skip("wordfreq's data file is not installed")
    (_, _), others = _language.function_words()
    shared = set().union(*(words & common for words, _ in others.values()))
    assert shared == set(load("languages")["en"]["english_too"])


# Written for session 18: a page mostly in one script other than Latin is not English, whatever its word count.
@pytest.mark.parametrize("text, code", [
    ("この薬は毎日飲むだけで体重が減るといわれています。医師に相談してください。", "ja"),
    ("这种药每天服用就能减轻体重，请先咨询医生。", "zh"),
    ("이 약은 매일 먹기만 하면 살이 빠진다고 합니다. 의사와 상담하세요.", "ko"),
    ("ยานี้ช่วยลดน้ำหนักได้ทุกวัน โปรดปรึกษาแพทย์ก่อนใช้", "th"),
    ("هذا الدواء يساعد على إنقاص الوزن كل يوم، استشر طبيبك.", "ar"),
    ("Это лекарство помогает снизить вес каждый день, посоветуйтесь с врачом.", "other"),  # Cyrillic: many languages
    ("ይህ መድሃኒት በየቀኑ ክብደትን ይቀንሳል፤ ሐኪምዎን ያማክሩ።", "other"),  # Amharic, in Ethiopic
    ("ეს წამალი ყოველდღე ამცირებს წონას, მიმართეთ ექიმს.", "other"),  # Georgian
])
def test_a_page_in_another_script_is_told_by_its_letters_not_read_as_english(text, code):
    assert _language.language(parse(text, "a.txt", {})) == code
    assert _language.language(parse(f"# {text[:8]}\n\n{text}\n", "a.md", {})) == code
    assert _language.language(parse_html(f"<html><body><article><p>{text}</p></article></body></html>", "a.html", {})) == code


def test_english_with_a_few_words_of_another_script_is_english():
    assert _language.language(parse("The clinic in 東京 offers the treatment for the knees and the back. " * 8,
                                    "a.txt", {})) == "en"


def test_a_page_whose_opening_is_a_shop_menu_is_told_by_function_words_that_stand_out():
    menu = "Koszyk Sklep Kontakt Promocje Nowości Marki Suplementy Witaminy Kosmetyki Zdrowie Dieta Sport " * 10
    prose = "Czy ten suplement działa? Tak, ale tylko wtedy, gdy stosujesz go codziennie i jeśli nie masz alergii. "
    assert _language.language(parse(menu + prose * 3, "a.txt", {})) == "pl"
    # an English page with a few Polish words does not become Polish
    english = "The clinic offers the treatment for the knees and the back, and it is not cheap. " * 8
    assert _language.language(parse(english + "Czy już jest?", "a.txt", {})) == "en"
