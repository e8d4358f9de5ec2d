"""LM901's advice one level up from the imperative, in the page's own language (session 15, disc39).

A page advises when it tells its reader what to take or do: an imperative, "you should", and also a dose with its
schedule, the page's impersonal judgement of a health action ("it is important not to stop the treatment"), a how-to
heading ("How to take it") or remedies handed to the reader ("we share with you five home remedies"). Every sentence
here is our own, made up for the families; each positive stands beside a near miss that must stay silent: a study's
dose, a writing device ("it is important to note"), a how-to named inside a sentence, a claim others make.
"""

import pytest

from lint_med import lint_text
from lint_med.parsers.text import parse
from lint_med_core import _health_language
from lint_med_core._language import language

# Health prose that directs nothing, in each language: it gives the page the health words a direction needs.
_PROSE = {
    "es": "La salud de los pacientes con diabetes depende del tratamiento y de la dosis que indica el médico en la receta. ",
    "pt": "A saúde dos doentes com diabetes depende do tratamento e da dose que o médico indica na receita da farmácia. ",
    "fr": "La santé des malades du diabète dépend du traitement et de la dose que le médecin inscrit sur l'ordonnance. ",
    "id": "Kesehatan pasien diabetes bergantung pada obat, dosis dan resep dari dokter di apotek. ",
    "hi": "मधुमेह के मरीज की सेहत इलाज और डॉक्टर की बताई दवा पर निर्भर करती है और यह बीमारी लंबी चलती है। ",
    "el": "Η υγεία των ασθενών με διαβήτη εξαρτάται από τη θεραπεία και τη δόση που γράφει ο γιατρός στη συνταγή. ",
    "no": "Helsen til pasienter med diabetes avhenger av behandlingen og av dosen som legen skriver på resepten, og det er "
          "ikke alltid lett å leve med sykdommen. ",
}


def _advises(code: str, sentence: str) -> bool:
    prose = _PROSE[code] * 3
    doc = parse(prose + sentence + " " + prose, "a.txt", {})
    assert language(doc) == code
    return _health_language.advises(doc)


@pytest.mark.parametrize("code, sentence, advice", [
    # A quantity of a remedy with its schedule, in the page's own voice
    ("es", "La dosis son dos cucharadas al día, en ayunas.", True),
    ("es", "En el ensayo, los participantes tomaron 5 mg al día durante un mes.", False),  # a study gave it
    ("pt", "São 2 cápsulas ao dia, antes das refeições.", True),
    ("pt", "No estudo, os participantes receberam 10 mg por dia.", False),
    ("fr", "Deux gélules par jour, au coucher.", True),
    ("fr", "Dans l'étude, les participants recevaient 5 mg par jour.", False),
    ("id", "Takarannya dua sendok makan sehari.", True),
    ("id", "Ramuan ini diminum setiap pagi dan sore.", True),  # the remedy taken on a schedule, in the passive
    ("id", "Dalam penelitian itu, peserta minum 2 gelas setiap hari.", False),
    ("hi", "रोज़ सुबह खाली पेट एक चम्मच शहद।", True),  # the schedule first
    ("hi", "अध्ययन में प्रतिभागियों को रोज़ दो गोली दी गई।", False),
    ("el", "Δύο κάψουλες την ημέρα με ένα ποτήρι νερό.", True),
    ("el", "Στη μελέτη οι συμμετέχοντες έπαιρναν 5 mg την ημέρα.", False),
    ("no", "Dosen er én tablett to ganger daglig.", True),
    ("no", "I studien fikk deltakerne 5 mg daglig.", False),
    # The page's impersonal judgement of a health action
    ("es", "Es importante no suspender el tratamiento de golpe.", True),
    ("es", "Se recomienda tomar el jarabe después de comer.", True),
    ("es", "Es importante señalar que el estudio era pequeño.", False),  # a writing device
    ("es", "Es fundamental contar con información fiable sobre el aborto.", False),  # no health action
    ("pt", "É importante não interromper o tratamento sem orientação.", True),
    ("pt", "É importante ressaltar que o estudo foi pequeno.", False),
    ("fr", "Il est conseillé de boire beaucoup d'eau pendant la fièvre.", True),
    ("fr", "Il est important de noter que l'étude était petite.", False),
    ("id", "Obat ini harus tetap diminum sampai habis.", True),
    ("id", "Pemeriksaan gula darah sangat dianjurkan bagi penderita diabetes.", True),
    ("id", "Iklan itu mengklaim produk ini dianjurkan untuk semua orang.", False),  # an advert's claim, reported
    ("hi", "डेंगू में डॉक्टर की निगरानी बहुत जरूरी होती है।", True),
    ("hi", "यह दवा खाली पेट नहीं लेनी चाहिए।", True),
    ("hi", "यह जानना जरूरी है कि डेंगू मच्छर से फैलता है।", False),  # to know
    ("no", "Det er viktig å ta medisinen til samme tid hver dag.", True),
    ("no", "Du bør ikke kjøre bil de første dagene.", True),
    ("no", "Det er viktig å vite at sykdommen smitter.", False),
    ("no", "Ikke plutselig slutt å bruke tablettene.", True),  # an adverb after the negation
    ("no", "Legen tar ikke alltid blodprøver.", False),
    # Remedies handed to the reader
    ("es", "A continuación te presentamos cinco remedios naturales para la tos.", True),
    ("es", "Los remedios caseros no curan la gripe.", False),
    ("pt", "Hoje te mostramos três chás caseiros para a gripe.", True),
    ("fr", "Voici quatre remèdes de grand-mère contre la toux.", True),
    ("id", "Berikut beberapa ramuan jahe untuk batuk.", True),
    ("hi", "खांसी से हैं परेशान तो अपनाएं ये घरेलू उपाय।", True),
    ("hi", "घरेलू उपाय हर बार काम नहीं करते।", False),
])
def test_advice_one_level_up(code, sentence, advice):
    assert _advises(code, sentence) == advice


@pytest.mark.parametrize("code, heading, advice", [
    # A how-to heading opening its line; the same words inside a sentence name a subject
    ("es", "Cómo tomar el jarabe", True),
    ("es", "El prospecto explica cómo tomar el jarabe.", False),
    ("pt", "Modo de preparo", True),
    ("fr", "Comment prendre les gélules", True),
    ("id", "Cara membuat jus daun jambu:", True),
    ("id", "Artikel ini membahas cara membuat jus daun jambu.", False),
    ("hi", "काढ़ा बनाने का सही तरीका", True),
    ("no", "Hvordan du bruker kremen", True),
    ("no", "Pakningsvedlegget forklarer hvordan du bruker kremen.", False),
])
def test_a_how_to_heading(code, heading, advice):
    prose = _PROSE[code] * 3
    doc = parse(prose + "\n\n" + heading + "\n\n" + prose, "a.txt", {})
    assert _health_language.advises(doc) == advice


def test_a_norwegian_page_is_told_and_read():
    """A Norwegian leaflet that tells the reader how to take a medicine is advice; its disclaimer lets it go."""
    leaflet = (_PROSE["no"] * 4 + "\n\nTa medisinen med et glass vann. Ikke slutt å bruke den uten å snakke med legen "
               "din, og fortell legen om alle bivirkninger du merker.\n\n" + _PROSE["no"] * 2)
    doc = parse(leaflet, "a.txt", {})
    assert language(doc) == "no" and _health_language.advises(doc)
    assert "LM901" in [f.code for f in lint_text(leaflet, path="a.txt")]
    note = "\n\nDenne teksten er kun ment som generell informasjon og erstatter ikke medisinsk råd fra lege.\n"
    assert _health_language.has_disclaimer(parse(leaflet + note, "a.txt", {}))
    assert "LM901" not in [f.code for f in lint_text(leaflet + note, path="a.txt")]


def test_a_declared_norwegian_code_reads_the_norwegian_table():
    norwegian = _health_language.phrasings_of("no")
    assert norwegian is not None and _health_language.phrasings_of("nb").advice == norwegian.advice


# --- English: the obligation with any modal, and the advice to consult before any new treatment (session 15) ---

from lint_med.config import parse_table  # noqa: E402

_DESCRIPTION = " ".join(["Iron tablets replace the iron the body has lost and the blood count improves within weeks."] * 12)
_ADVICE = " ".join(["Take iron tablets with a little food if they upset your stomach; the blood count improves in weeks."] * 12)


def _lm901(text: str) -> bool:
    config = parse_table({"select": ["LM901"]}, None)
    return any(f.code == "LM901" for f in lint_text(text, path="a.txt", config=config))


@pytest.mark.parametrize("sentence, advice", [
    # "should be taken" said with another modal of obligation directs the same care
    ("The granules must be taken with a full glass of water.", True),
    ("These inhalers have to be taken every morning, even on good days.", True),
    ("The pen needs to be stored in the fridge once opened.", True),
    ("Each dose ought to be swallowed whole, never chewed.", True),
    ("The syrup has to be diluted before a child drinks it.", True),
    # a research future, a point weighed, a past narrative: no care directed
    ("Liver enzymes will need to be monitored in longer trials.", False),
    ("Cost must be taken into account when the hospital picks a supplier.", False),
    ("In the 1950s the tablets had to be taken with milk.", False),  # a past narrative
])
def test_an_obligation_with_any_modal_is_advice(sentence, advice):
    assert _lm901(f"Iron tablets\n\n{_DESCRIPTION} {sentence}\n") == advice


@pytest.mark.parametrize("sentence, disclaimer", [
    # the advice to consult a clinician before any new treatment at all stands for every treatment: a disclaimer
    ("It is essential to consult a qualified healthcare professional before beginning any new health regimen.", True),
    ("Please talk to your doctor before starting any new supplement or diet.", True),
    ("Check with your pharmacist before adding any new medication.", True),
    ("Speak with your GP before starting any new exercise programme.", True),
    ("Consult a licensed physician before trying any new treatment.", True),
    # about the page's own kind of product, or one new therapy: advice, not a disclaimer
    ("Talk to your doctor before starting a new therapy.", False),
    ("Consult a healthcare professional before using any iron product.", False),
    ("Ask your doctor about any new symptoms.", False),
])
def test_consulting_before_any_new_treatment_is_a_disclaimer(sentence, disclaimer):
    assert _lm901(f"Iron tablets\n\n{_ADVICE}\n\n{sentence}\n") != disclaimer


@pytest.mark.parametrize("sentence, advice", [
    # a negated imperative keeps its force with an adverb before the verb
    ("Don't suddenly stop taking the tablets.", True),
    ("Never simply double the dose when you forget one.", True),
    ("Do not abruptly stop the tablets without a plan.", True),
    ("If the pain returns, do not just take more tablets.", True),
    # a statement about what people do or did, not a direction
    ("The author never really stopped taking them herself.", False),
    ("Most patients do not usually stop the tablets early.", False),
])
def test_a_negated_imperative_with_an_adverb_is_advice(sentence, advice):
    assert _lm901(f"Iron tablets\n\n{_DESCRIPTION} {sentence}\n") == advice
