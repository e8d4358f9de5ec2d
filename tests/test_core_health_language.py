"""Claims and advice read in the page's own language (`_health_language.py`, `data/health_languages.toml`)."""

import pytest

from lint_med.parsers.text import parse
from lint_med_core import _health_language
from lint_med_core._data import load

ENGLISH = "The balm cures eczema in a week and you should take two capsules a day with food. " * 8


def test_an_english_page_reads_no_table():
    assert _health_language.phrasings(parse(ENGLISH, "a.txt", {})) is None
    assert list(_health_language.claims(parse(ENGLISH, "a.txt", {}))) == []


def test_every_table_holds_every_key_and_compiles():
    for code, table in load("health_languages").items():
        if not isinstance(table, dict):
            continue
        assert {"claims", "hedges", "reported", "observed", "advice", "health", "disclaimers"} <= set(table), code
        own = _health_language.phrasings_of(code)
        # a table added for LM901 (session 17: de, tr, vi, nl, pl, cs) may hold no claim family yet
        assert own.advice and own.disclaimers
        assert own.claims or code in ("de", "tr", "vi", "nl", "pl", "cs"), code
        for _, source in own.claims:
            _health_language._regex(source)
        for source in own.advice + own.dose + own.disclaimers:
            _health_language._regex(source)


@pytest.mark.parametrize("code, sentence, claim", [
    # our own sentences, made up for the families; the hedged, asked, reported counterparts beside them
    ("es", "Este jarabe cura la tos en dos días.", True),
    ("es", "Los antibióticos curan la mayoría de las neumonías.", False),  # most, not all
    ("es", "El hígado elimina las toxinas de la sangre.", False),  # a body's function
    ("es", "El cura del pueblo bendijo la farmacia.", False),  # the priest
    ("es", "¿Cura el jarabe la tos?", False),
    ("es", "Este remedio no tiene ningún efecto secundario.", True),
    ("pt", "O chá acaba com a ansiedade.", True),
    ("pt", "Alguns vendedores dizem que o chá cura a gastrite.", False),
    ("pt", "Nenhum efeito colateral grave foi observado no estudo.", False),
    ("fr", "Ce sirop guérit la toux en deux jours.", True),
    ("fr", "On ne guérit pas le diabète de type 1.", False),
    ("fr", "Ce produit n'a aucun effet secondaire.", True),
    ("id", "Madu ini menyembuhkan batuk dalam sehari.", True),
    ("id", "Obat ini bisa menyembuhkan infeksi.", False),
    ("id", "Merokok menyebabkan berbagai macam penyakit.", False),
    ("id", "Obat herbal tanpa efek samping.", True),
    ("hi", "इस दवा का कोई साइड इफेक्ट नहीं है।", True),
    ("hi", "इसे रामबाण माना जाता है।", False),  # reported as a belief
    ("hi", "अगर सही मात्रा में लें तो नुकसान नहीं होता।", False),  # a condition
    ("hi", "हर बीमारी का इलाज संभव नहीं है।", False),
    # harm of any kind denied, in either spelling of the word (session 13)
    ("hi", "इस काढ़े से शरीर को किसी भी तरह की हानि नहीं होती।", True),
    ("hi", "इस तेल का कोई त्वचा पर किसी भी प्रकार का नुक्सान नहीं होता।", True),
    ("hi", "अध्ययन में प्रतिभागियों को किसी भी प्रकार का नुकसान नहीं हुआ।", False),  # what a study saw
    # the ASCII bar typed for the danda ends a clause: the hedge of the sentence before does not reach the claim
    ("hi", "कुछ लोग दवा लेते है| इस चूर्ण का कोई साइड इफेक्ट नहीं है|", True),
])
def test_claims_in_the_language(code, sentence, claim):
    assert (_health_language.claim_in(_health_language.phrasings_of(code), sentence) is not None) == claim


# Session 15 (claims39): efficacy or safety predicated of a treatment beyond any grade, the same family in every table:
# proof as an attribute, a safety pair with painlessness, efficacy that cannot fail or a potent remedy, efficacy with a
# degree where the language says it so (Indonesian, Hindi). Our own sentences, each with hedged, negated, asked and
# reported counterparts.
@pytest.mark.parametrize("code, sentence, claim", [
    ("es", "El gel tiene una eficacia comprobada contra las verrugas.", True),
    ("es", "Nuestro jarabe es de eficacia probada y de seguridad garantizada.", True),
    ("es", "Es un método seguro e indoloro para quitar los lunares.", True),
    ("es", "Las cápsulas son un remedio infalible para el insomnio.", True),
    ("es", "Hablamos de su eficacia y seguridad demostradas por numerosos estudios clínicos.", True),
    ("es", "La eficacia podría estar comprobada en adultos, pero faltan datos.", False),  # hedged
    ("es", "¿Tiene el gel una eficacia comprobada?", False),  # asked
    ("es", "Los vendedores afirman que tiene una eficacia comprobada.", False),  # reported
    ("es", "Ningún remedio es infalible.", False),  # negated
    ("es", "Es un método infalible para ahorrar dinero.", False),  # no remedy
    ("es", "Las curas milagrosas que se venden en internet abundan.", False),  # the plural names the category
    ("pt", "O óleo tem eficácia comprovada contra a queda de cabelo.", True),
    ("pt", "É um tratamento seguro e indolor para varizes.", True),
    ("pt", "Este chá é um remédio infalível para a insônia.", True),
    ("pt", "A segurança e eficácia garantidas fazem do creme o preferido.", True),
    ("pt", "O creme talvez tenha eficácia comprovada.", False),  # hedged
    ("pt", "Alguns vendedores dizem que o creme tem eficácia comprovada.", False),  # reported
    ("pt", "O creme tem eficácia comprovada?", False),  # asked
    ("fr", "Cette crème a une efficacité prouvée contre l'acné.", True),
    ("fr", "Un sirop d'une efficacité redoutable contre la toux.", True),
    ("fr", "Une méthode sûre et indolore pour retirer les verrues.", True),
    ("fr", "Ce sirop, un traitement miracle, calme la toux.", True),
    ("fr", "C'est la solution miracle pour votre budget.", False),  # no remedy
    ("fr", "L'innocuité et l'efficacité démontrées du sirop rassurent les parents.", True),
    ("fr", "Cette crème pourrait avoir une efficacité prouvée.", False),  # hedged
    ("fr", "Les vendeurs affirment que la crème a une efficacité prouvée.", False),  # reported
    ("fr", "La crème a-t-elle une efficacité prouvée ?", False),  # asked
    ("id", "Ramuan ini sangat manjur untuk batuk.", True),
    ("id", "Strategi pemasaran ini sangat ampuh.", False),  # a strategy, not a remedy
    ("id", "Daun sirih menjadi obat mujarab untuk sariawan.", True),
    ("id", "Khasiatnya sudah terbukti untuk asam urat.", True),
    ("id", "Jamu ini berkhasiat atasi pegal linu.", True),
    ("id", "Terapi ini aman dan tanpa rasa sakit.", True),
    ("id", "Ramuan ini mungkin ampuh untuk batuk.", False),  # hedged
    ("id", "Apakah ramuan ini sangat ampuh?", False),  # asked
    ("id", "Banyak orang mengklaim ramuan ini sangat ampuh.", False),  # reported
    ("id", "Menurut penjual, jamu ini berkhasiat atasi pegal linu.", False),  # reported
    ("id", "Ramuan ini tidak sangat ampuh untuk batuk.", False),  # negated
    ("id", "Cara paling efektif mencegah demam berdarah adalah menguras bak mandi.", False),  # public health's advice
    ("hi", "यह काढ़ा सर्दी में बेहद असरदार है।", True),
    ("hi", "नीम का तेल रूसी हटाने में कारगर साबित होता है।", True),
    ("hi", "यह जड़ी बूटी जोड़ों के दर्द का अचूक इलाज है।", True),
    ("hi", "यह थेरेपी सुरक्षित और दर्द रहित है।", True),
    ("hi", "अल्ट्रासाउंड जांच सुरक्षित और दर्द रहित है।", False),  # a test, not a treatment
    ("hi", "यह चूर्ण कब्ज़ में बहुत प्रभावी होता है।", True),
    ("hi", "यह टीका प्रभावी है।", False),  # the formal word without a degree: public health's wording
    ("hi", "चुनाव में यह रणनीति काफी कारगर साबित हुई।", False),  # a strategy, not a remedy
    ("hi", "कुछ लोगों के लिए यह तेल कारगर होता है।", False),  # some people
    ("hi", "अगर रोज़ लें तो यह तेल कारगर होता है।", False),  # a condition
    ("hi", "विज्ञापन में दावा किया जाता है कि यह दवा बेहद असरदार है।", False),  # reported
    ("hi", "क्या यह काढ़ा बेहद असरदार है?", False),  # asked
    ("hi", "यह काढ़ा बेहद असरदार नहीं है।", False),  # negated
    # harm denied as no contraindication, safety for everyone or for any length of use, absolute safety
    ("es", "Este té no tiene ninguna contraindicación.", True),
    ("es", "La ecografía es un procedimiento seguro e indoloro.", False),  # a test, not a treatment
    ("es", "El parque es un lugar seguro para toda la familia.", False),  # no health matter
    ("pt", "O suplemento não tem contraindicações.", True),
    ("pt", "Segundo o fabricante, o suplemento não tem contraindicações.", False),  # reported
    ("fr", "Cette tisane est sans contre-indication.", True),
    ("fr", "Cette tisane est-elle sans contre-indication ?", False),  # asked
    ("id", "Jamu ini aman dikonsumsi semua umur.", True),
    ("id", "Jamu ini aman diminum setiap hari.", True),
    ("id", "Film ini aman untuk semua umur.", False),  # a film's rating
    ("id", "Jamu ini belum tentu aman dikonsumsi semua umur.", False),  # negated
    # works wonders, in a remedy's own words; not in the verbs said of actors too
    ("fr", "Dans ce film, l'acteur fait des merveilles.", False),
    ("id", "Khasiatnya luar biasa untuk asam urat.", True),
    ("id", "Rasa nyeri yang luar biasa muncul di sendi.", False),  # pain, not a remedy
    ("hi", "यह तेल गठिया का चमत्कारी इलाज है।", True),
    ("hi", "लोग इसे चमत्कारी इलाज मानते हैं।", False),  # reported as a belief
])
def test_efficacy_beyond_a_grade_in_the_language(code, sentence, claim):
    assert (_health_language.claim_in(_health_language.phrasings_of(code), sentence) is not None) == claim


_HEALTH_PROSE = {
    "es": "La salud de los pacientes con diabetes depende del tratamiento y de la dosis que indica el médico en la receta. ",
    "id": "Kesehatan pasien diabetes bergantung pada obat, dosis dan resep dari dokter di apotek. ",
}


@pytest.mark.parametrize("code, sentence, advice", [
    ("es", "Tome la pastilla con el desayuno.", True),
    ("es", "Toma la pastilla con tu desayuno.", True),
    ("es", "Sigue la campaña de vacunación en la región.", False),  # the third person's present, no reader
    ("es", "El paciente toma la pastilla con el desayuno.", False),
    ("es", "¿Debes tomar hierro?", False),
    ("id", "Minumlah obat ini setelah makan.", True),
    ("id", "Segera hubungi dokter jika demam tinggi.", True),
    ("id", "Minum kopi berlebihan memicu maag.", False),  # a bare verb as the subject
    # "you can" and a verb of preparing, taking or applying a remedy (session 13)
    ("id", "Anda dapat merebus jahe dan meminum airnya.", True),
    ("id", "Kamu bisa mengoleskan lidah buaya pada luka bakar.", True),
    ("id", "Anda dapat melihat jadwal dokter di situs ini.", False),  # you can see: no treatment
])
def test_advice_in_the_language(code, sentence, advice):
    prose = _HEALTH_PROSE[code] * 3
    assert _health_language.advises(parse(prose + sentence + " " + prose, "a.txt", {})) == advice


@pytest.mark.parametrize("item, advice", [
    # a list item naming a step in the imperative, as an Indonesian how-to lists them (session 13)
    ("Konsumsi air putih yang cukup", True),
    ("Kurangi makanan tinggi garam", True),
    ("Minum kopi berlebihan memicu maag.", False),  # a sentence that states
    ("Konsumsi gula pada anak meningkat setiap tahun di kota besar dan di desa", False),  # too long for a step
    ("Daun salam", False),
    ("Konsumsi alkohol berlebihan", False),  # an excess named: a cause in a list of causes
])
def test_a_step_in_a_list(item, advice):
    prose = _HEALTH_PROSE["id"] * 3
    text = prose + "\n\n- " + item + "\n\n" + prose
    assert _health_language.advises(parse(text, "a.md", {})) == advice
