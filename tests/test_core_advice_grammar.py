"""LM901's advice by grammar, not by phrase (session 16, vet41).

A page in another language directs its reader when a clause opens on the language's imperative FORM (its morphology
or its imperative particles: Indonesian "-lah", "jangan", "coba"; French "-ez"; Hindi "-ें", "-िए" closing the clause;
Portuguese and Spanish "-e"/"-a"), after an optional particle and fronted clause, and the sentence is tied to health:
the fronted clause speaks to the reader, or the sentence holds a schedule or a dose, or (where the form is
unambiguous) a health word. The grammar items are in `data/health_languages.toml` (`[<code>.grammar]`). Every
sentence is our own; the verbs of the positives are in no phrase list of the tables, and several are on veterinary
pages, a kind no labelled page in these languages has. Each positive stands beside a near miss that must stay silent:
the page's navigation, a statement whose verb has the imperative's ending, a question.
"""

import pytest

from lint_med.parsers.text import parse
from lint_med_core import _health_language
from lint_med_core._language import language

from test_core_advice_in_other_languages import _PROSE  # health prose that directs nothing, per language


def _directs(code: str, sentence: str) -> bool:
    """Whether the grammar alone finds the sentence a direction (the table's phrasings aside)."""
    prose = _PROSE[code] * 3
    doc = parse(prose + sentence + " " + prose, "a.txt", {})
    assert language(doc) == code
    own = _health_language.phrasings(doc)
    return _health_language._directs(own, doc.body_text.lower())


@pytest.mark.parametrize("code, sentence, advice", [
    # Indonesian: the imperative particles and "-lah"/"-kan" forms, after a clause that speaks to the reader
    ("id", "Kalau kalian susah tidur, cobalah berendam air hangat sebelum berbaring.", True),
    ("id", "Jika kucing Anda muntah terus, bawalah segera ke klinik hewan.", True),  # a veterinary page
    ("id", "Baca juga: Cara merawat kulit kering di musim kemarau.", False),  # the page's navigation
    ("id", "Dapatkan hadiah gratis dengan download aplikasi kami.", False),  # a promotion
    ("id", "Apakah kalian sudah mencoba berendam air hangat?", False),  # a question
    # Portuguese: a form that is as often a statement counts with a schedule or a dose in its sentence
    ("pt", "Repita a aplicação da compressa três vezes ao dia.", True),
    ("pt", "Se você sentir o dente latejar, faça bochechos de água morna.", True),  # the fronted clause speaks to "você"
    ("pt", "Acontece duas vezes por dia em quem tem a doença.", False),  # a statement verb of the same form
    ("pt", "Leia também: remédios caseiros para a dor de dente.", False),
    # Spanish
    ("es", "Si usted nota fiebre alta, repita el jarabe cada 8 horas.", True),
    ("es", "Dele al perro media pastilla al día con la comida.", True),  # a veterinary page
    ("es", "Aparece dos veces al día en los pacientes con la enfermedad.", False),
    # French: "-ez" is the imperative's own ending
    ("fr", "Si votre chien se gratte sans arrêt, appliquez la lotion deux fois par jour.", True),  # a veterinary page
    ("fr", "Évitez l'alcool pendant tout le traitement.", True),
    ("fr", "Découvrez nos conseils santé dans notre lettre.", False),  # the page's navigation
    ("fr", "Chez l'enfant, la fièvre disparaît en trois jours.", False),  # a preposition with the ending
    # Hindi: the polite imperative closes its clause
    ("hi", "गले में दर्द हो तो नमक के गुनगुने पानी से गरारे कीजिए।", True),
    ("hi", "अच्छी सेहत के लिए ये बातें जानिए।", False),  # to know: the page's teaser
    ("hi", "मरीज को आराम के लिए अस्पताल में रखा गया।", False),  # "के लिए" (for) ends as the honorific does
])
def test_a_direction_by_the_languages_grammar(code, sentence, advice):
    assert _directs(code, sentence) == advice


@pytest.mark.parametrize("code, sentence", [
    ("id", "Kalau kalian susah tidur, cobalah berendam air hangat sebelum berbaring."),
    ("pt", "Se você sentir o dente latejar, faça bochechos de água morna."),
    ("fr", "Si votre chien se gratte sans arrêt, appliquez la lotion deux fois par jour."),
    ("hi", "गले में दर्द हो तो नमक के गुनगुने पानी से गरारे कीजिए।"),
])
def test_the_page_is_asked_for_a_disclaimer_by_its_grammar(code, sentence):
    """The phrasings of the tables hold none of these directions: the grammar makes the page one that advises."""
    prose = _PROSE[code] * 3
    assert not _health_language.advises(parse(prose * 2, "a.txt", {}))
    assert _health_language.advises(parse(prose + sentence + " " + prose, "a.txt", {}))


def test_every_grammar_table_builds_its_direction():
    for code in ("es", "pt", "fr", "id", "hi"):
        grammar = _health_language.phrasings_of(code).grammar
        assert grammar is not None and grammar.not_imperative
        _health_language._regex(grammar.direction)


@pytest.mark.parametrize("code, teaser", [
    ("id", "Baca juga: Hindari minum kopi sebelum tidur malam"),
    ("pt", "Leia também: Evite estes cinco erros ao tomar antibióticos"),
    ("hi", "यह भी पढ़ें: सर्दी में रोज़ सुबह एक चम्मच शहद खाएं"),
])
def test_a_teaser_of_the_pages_navigation_directs_no_one(code, teaser):
    """A line of the page's navigation ("read also: ...") is no advice, though its headline opens on an imperative
    the table's phrasings know: the page links to another article."""
    prose = _PROSE[code] * 3
    assert not _health_language.advises(parse(prose + "\n\n" + teaser + "\n\n" + prose, "a.txt", {}))
    direction = teaser.split(": ", 1)[1]
    assert _health_language.advises(parse(prose + "\n\n" + direction + ".\n\n" + prose, "a.txt", {}))
