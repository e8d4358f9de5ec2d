"""LM501 in other languages: a figure about people stated as fact, read by one table per language
(data/statistics_languages.toml). The sentences are our own; Swahili, Japanese, Thai, Polish and Russian
are languages no labelled page is in."""

import pytest

from lint_med import lint_text
from lint_med.config import parse_table


def lint(text, path="a.txt"):
    config = parse_table({"select": ["LM501"], "rules": {}}, None)
    return [f.code for f in lint_text(text, path=path, config=config)]


def page(lang, sentence, before="", after=""):
    """An HTML page that declares its language, the figure in its second paragraph."""
    return (f'<html lang="{lang}"><head><title>Gesundheit</title></head><body><article>'
            f"<p>{before or 'Intro.'}</p><p>{sentence}</p><p>{after or 'Ende.'}</p></article></body></html>")


FIGURES = [
    ("de", "Jede dritte erwachsene Frau leidet unter Migräne."),
    ("de", "Drei von zehn Kindern schlafen zu wenig."),
    ("de", "Die Hälfte aller Raucher stirbt an den Folgen."),
    ("fr", "Une femme sur trois souffre de carences en fer."),
    ("fr", "La moitié des adultes dort moins de sept heures."),
    ("es", "Uno de cada cinco adolescentes tiene sobrepeso."),
    ("es", "La mitad de los pacientes abandona el tratamiento."),
    ("pt", "Uma em cada quatro mulheres tem anemia."),
    ("pt", "Metade dos idosos toma mais de cinco remédios."),
    ("it", "Un adulto su tre soffre di ipertensione."),
    ("nl", "Eén op de vier volwassenen slaapt slecht."),
    ("nl", "De helft van alle ouderen beweegt te weinig."),
    ("tr", "Çocukların yüzde 30'u yeterince uyumuyor."),
    ("tr", "Her 5 kadından 1'i kansızlık yaşıyor."),
    ("vi", "Cứ 10 người thì có 3 người bị mất ngủ."),
    ("vi", "Hơn 25% người lớn bị cao huyết áp."),
    ("id", "Satu dari tiga orang dewasa mengalami hipertensi."),
    ("id", "Sekitar 40 persen remaja kurang tidur."),
    ("hi", "भारत में 30 प्रतिशत लोग मधुमेह से पीड़ित हैं।"),
    ("hi", "हर 4 में से 1 व्यक्ति को नींद की समस्या है।"),
    ("pl", "Co trzeci Polak ma nadciśnienie."),
    ("pl", "Około 40% dorosłych Polaków ma nadwagę."),
    ("ru", "Каждый третий взрослый страдает от бессонницы."),
    ("ru", "Около 20% россиян курят каждый день."),
    ("sw", "Asilimia 30 ya watu wazima wana shinikizo la damu."),
    ("sw", "Mtu mmoja kati ya watano ana kisukari."),
    ("sw", "Nusu ya wanawake hupata upungufu wa damu."),
    ("ja", "日本人の2人に1人ががんになる。"),
    ("ja", "成人の約30%が高血圧です。"),
    ("th", "คนไทย 1 ใน 5 เป็นโรคเบาหวาน"),
    ("th", "ร้อยละ 40 ของประชากรมีภาวะน้ำหนักเกิน"),
]


@pytest.mark.parametrize("lang, sentence", FIGURES)
def test_a_figure_about_people_in_any_language_is_a_statistic(lang, sentence):
    assert lint(page(lang, sentence), "a.html") == ["LM501"]


# A line of ordinary prose in each language, with its common words (`page_words`)
LEADS = {
    "tr": "Uyku sağlık için önemli bir konu ve dikkat ister.",
    "vi": "Giấc ngủ rất quan trọng đối với sức khỏe của mỗi người.",
    "hi": "नींद स्वास्थ्य के लिए ज़रूरी है और इसे टालना ठीक नहीं।",
    "ja": "睡眠は健康のために大切です。",
    "th": "การนอนหลับเป็นเรื่องสำคัญของสุขภาพ",
    "pl": "Sen jest ważny i nie można go lekceważyć.",
    "ru": "Сон важен для здоровья, и об этом не стоит забывать.",
}


@pytest.mark.parametrize("lang, sentence", [f for f in FIGURES if f[0] in LEADS])
def test_in_a_script_of_its_own_plain_text_needs_no_declared_language(lang, sentence):
    assert lint(f"# Titel\n\n{LEADS[lang]}\n\n{sentence}\n", "a.md") == ["LM501"]
    assert lint(f"# Titel\n\n{LEADS[lang]}\n\n{LEADS[lang]}\n", "a.md") == []


@pytest.mark.parametrize("lang, sentence", [
    ("de", "Laut Statistischem Bundesamt raucht jeder vierte Erwachsene."),
    ("fr", "Selon Santé publique France, une femme sur trois souffre de carences en fer."),
    ("es", "Según el Instituto Nacional de Estadística, uno de cada cinco adolescentes tiene sobrepeso."),
    ("nl", "Volgens het RIVM slaapt één op de vier volwassenen slecht."),
    ("tr", "TÜİK verilerine göre çocukların yüzde 30'u yeterince uyumuyor."),
    ("vi", "Theo Bộ Y tế, hơn 25% người lớn bị cao huyết áp."),
    ("id", "Menurut Kementerian Kesehatan, satu dari tiga orang dewasa mengalami hipertensi."),
    ("hi", "WHO के अनुसार भारत में 30 प्रतिशत लोग मधुमेह से पीड़ित हैं।"),
    ("pl", "Według GUS co trzeci Polak ma nadciśnienie."),
    ("ru", "По данным Росстата, около 20% россиян курят каждый день."),
    ("sw", "Kwa mujibu wa Wizara ya Afya, asilimia 30 ya watu wazima wana shinikizo la damu."),
    ("ja", "厚生労働省によると、成人の約30%が高血圧です。"),
    ("th", "ตามข้อมูลของกรมควบคุมโรค ร้อยละ 40 ของประชากรมีภาวะน้ำหนักเกิน"),
])
def test_a_figure_given_to_a_named_body_in_its_language_is_sourced(lang, sentence):
    assert lint(page(lang, sentence), "a.html") == []


@pytest.mark.parametrize("lang, sentence", [
    ("de", "Laut Experten leidet jede dritte erwachsene Frau unter Migräne."),
    ("tr", "Uzmanlara göre çocukların yüzde 30'u yeterince uyumuyor."),
    ("hi", "विशेषज्ञों के अनुसार भारत में 30 प्रतिशत लोग मधुमेह से पीड़ित हैं।"),
    ("sw", "Kwa mujibu wa wataalamu, asilimia 30 ya watu wazima wana shinikizo la damu."),
])
def test_experts_or_studies_with_no_name_are_no_source(lang, sentence):
    assert lint(page(lang, sentence), "a.html") == ["LM501"]


@pytest.mark.parametrize("lang, sentence", [
    ("de", "Nehmen Sie jeden zweiten Tag eine Tablette mit 20 mg."),  # a dose
    ("de", "Heute 20 % Rabatt auf alle Produkte, Versand ab 3 von 5 Artikeln gratis."),  # a discount
    ("fr", "Le rendez-vous est fixé au 3 sur 5 du calendrier, à 10 h."),
    ("es", "Tome una de cada dos cápsulas con agua."),  # no people
    ("tr", "Bugün tüm ürünlerde yüzde 20 indirim var."),  # a discount
    ("vi", "Giảm giá 20% cho tất cả sản phẩm trong tháng 5."),
    ("id", "Minum 2 dari 3 kapsul setelah makan."),
    ("hi", "दवा की 2 गोलियां दिन में 3 बार लें।"),  # a dose
    ("sw", "Punguzo la asilimia 20 kwa bidhaa zote mwezi huu."),
    ("ja", "1日2回、1回1錠を服用してください。"),
    ("th", "ลดราคา 20% ทุกสินค้าในเดือนนี้"),
    ("pl", "Przyjmuj 1 tabletkę co drugi dzień przez 10 dni."),
])
def test_doses_prices_dates_and_discounts_are_no_statistic(lang, sentence):
    assert lint(page(lang, sentence), "a.html") == []


def test_an_english_page_reads_no_other_language_table():
    text = "Title\n\nThe clinic in Hamburg said: die Hälfte aller Raucher, in German.\n"
    assert lint(text) == []
