"""LM901's advice one level up, in languages whose grammar marks it (session 17, disc43).

A page directs its reader's health behaviour when it puts an obligation or a recommendation to them ("Sie sollten",
"bạn nên", "-malısınız", "należy"), judges an action for them ("ist es sinnvoll", "-ması çok önemli", "het is verstandig
om"), recommends in its own voice ("wir empfehlen", "we recommend the use of"), gives a best-treatment verdict ("the most
effective treatment is ...") or uses the language's imperative form ("Nehmen Sie", "-(y)In", "hãy", "Užívejte"). Every
sentence here is our own, made up for the families, in German, Turkish and Vietnamese (labelled pages hold them) and in
Dutch, Polish and Czech (no labelled page gives advice in them); each positive stands beside a negative that must stay
quiet: advice told as someone else's, a question, a writing device, a statement.
"""

import pytest

from lint_med import lint_text
from lint_med.parsers.text import parse
from lint_med_core import _health_language
from lint_med_core._language import language
from lint_med_core.disclaimer import advises_reader

# Health prose that directs nothing, in each language: it gives the page its language and the health words a
# direction needs.
_PROSE = {
    "de": "Die Gesundheit von Patienten mit Diabetes hängt von der Behandlung und der Dosis ab, die der Arzt auf das "
          "Rezept schreibt, und die Krankheit ist nicht immer leicht zu tragen. ",
    "tr": "Diyabet hastalarının sağlığı, doktorun reçeteye yazdığı ilaç ve doz ile tedaviye bağlıdır ve bu hastalık "
          "bir ömür boyu sürebilir. ",
    "vi": "Sức khỏe của người bệnh tiểu đường phụ thuộc vào việc điều trị và liều thuốc mà bác sĩ kê trong đơn, và "
          "bệnh này kéo dài nhiều năm. ",
    "nl": "De gezondheid van patiënten met diabetes hangt af van de behandeling en van de dosis die de arts op het "
          "recept zet, en de ziekte is niet altijd makkelijk. ",
    "pl": "Zdrowie pacjentów z cukrzycą zależy od leczenia oraz dawki, którą lekarz wpisuje na receptę, i nie jest to "
          "łatwa choroba dla wielu osób. ",
    "cs": "Zdraví pacientů s cukrovkou závisí na léčbě a na dávce, kterou lékař napíše na recept. Je to nemoc, která "
          "trvá dlouho, ale pacient může žít jako ostatní, pokud je léčba správná a také pravidelná. ",
}


def _doc(code: str, sentence: str, times: int = 3):
    prose = _PROSE[code] * times
    doc = parse(prose + "\n\n" + sentence + "\n\n" + prose, "a.txt", {})
    assert language(doc) == code
    return doc


@pytest.mark.parametrize("code, sentence, advice", [
    # German: the polite imperative verb first, an obligation, the page's judgement, its recommendation
    ("de", "Nehmen Sie die Tabletten immer mit einem Glas Wasser ein.", True),
    ("de", "Daher ist es ratsam, vor jeder Einnahme den Blutzucker zu messen.", True),
    ("de", "Wir empfehlen, das Medikament nicht eigenmächtig abzusetzen.", True),
    ("de", "Bei Fieber sollten Sie viel trinken.", True),
    ("de", "Es ist wichtig zu betonen, dass die Untersuchung klein war.", False),  # a writing device
    ("de", "Haben Sie Fragen zur Behandlung?", False),  # a question
    ("de", "Laut dem Hersteller sollten Sie täglich eine Kapsel nehmen.", False),  # the maker's advice, reported
    # Turkish: the necessitative, the negative and the polite imperative, a verbal noun judged
    ("tr", "İlacı her gün aynı saatte almalısınız.", True),
    ("tr", "Doktorunuza danışmadan ilacı bırakmayın.", True),
    ("tr", "Bol su için ve tuzu azaltın.", True),
    ("tr", "Düzenli yürüyüş yapmak çok faydalıdır.", True),
    ("tr", "Uzmanlara göre hastaların ilacı aç karnına alması önemli.", False),  # the experts', reported
    ("tr", "Bu ilaç ilk kez 1980 yılında kullanıldı.", False),
    # Vietnamese: the reader with a modal, the imperative particles
    ("vi", "Bạn nên uống thuốc sau bữa ăn.", True),
    ("vi", "Hãy uống nhiều nước khi bị sốt.", True),
    ("vi", "Đừng tự ý ngừng thuốc khi chưa hỏi ý kiến.", True),
    ("vi", "Công ty cho biết người bệnh nên uống thuốc sau bữa ăn.", False),  # the company's, reported
    ("vi", "Bệnh này đã được mô tả từ năm 1900.", False),
    # Dutch (no labelled page): the imperative opening a sentence, the reader's obligation, the page's judgement
    ("nl", "Neem de tabletten in met een glas water.", True),
    ("nl", "Het is verstandig om eerst uw huisarts te raadplegen.", True),
    ("nl", "U moet de kuur altijd afmaken.", True),
    ("nl", "Volgens de fabrikant wordt aangeraden om twee tabletten te nemen.", False),  # the maker's, reported
    ("nl", "De ziekte werd in 1900 voor het eerst beschreven.", False),
    # Polish: the impersonal obligation, the imperative
    ("pl", "Należy przyjmować lek po posiłku.", True),
    ("pl", "Unikaj alkoholu w trakcie leczenia.", True),
    ("pl", "Warto skonsultować się z lekarzem przed zmianą dawki.", True),
    ("pl", "Według producenta należy przyjmować dwie tabletki dziennie.", False),  # the maker's, reported
    ("pl", "Dzisiaj choroba dotyczy wielu osób.", False),  # "dzisiaj" is no imperative
    # Czech: the polite imperative, the reader's obligation
    ("cs", "Užívejte lék vždy s jídlem.", True),
    ("cs", "Měli byste pít hodně vody.", True),
    ("cs", "Podle výrobce je důležité užívat dvě tablety denně.", False),  # the maker's, reported
    ("cs", "Nemoc byla popsána v roce 1900.", False),
    # a news report's speech tag after the advice it quotes: the speaker's advice, reported
    ("de", "Sie sollten viel trinken, sagte die Ärztin.", False),
    ("de", "Sie sollten viel trinken, denn Fieber trocknet aus.", True),
    ("vi", "Bạn nên uống nhiều nước, bác sĩ cho biết.", False),
    ("nl", "U moet veel drinken, zegt de arts.", False),
    ("pl", "Należy pić dużo wody, powiedział lekarz.", False),
])
def test_direction_in_the_pages_language(code, sentence, advice):
    assert _health_language.advises(_doc(code, sentence)) is advice


@pytest.mark.parametrize("code, advice, disclaimer", [
    ("de", "Nehmen Sie die Tabletten immer mit Wasser ein.",
     "Dieser Beitrag dient nur der allgemeinen Information und ersetzt keinen Besuch beim Arzt."),
    ("tr", "İlacı her gün aynı saatte almalısınız.",
     "Bu yazı bilgilendirme amaçlıdır ve tıbbi tavsiye yerine geçmez."),
    ("vi", "Bạn nên uống thuốc sau bữa ăn.",
     "Bài viết chỉ mang tính chất tham khảo, không thay thế cho việc chẩn đoán của bác sĩ."),
    ("nl", "Neem de tabletten in met een glas water.",
     "Deze tekst is uitsluitend bedoeld als algemene informatie en vervangt geen medisch advies."),
    ("pl", "Należy przyjmować lek po posiłku.",
     "Artykuł ma charakter wyłącznie informacyjny i nie zastępuje porady lekarskiej."),
    ("cs", "Užívejte lék vždy s jídlem.",
     "Článek má pouze informativní charakter a nenahrazuje návštěvu lékaře."),
])
def test_the_languages_disclaimer_answers_its_advice(code, advice, disclaimer):
    prose = _PROSE[code] * 4
    without = prose + "\n\n" + advice + "\n\n" + prose
    assert [f.code for f in lint_text(without, path="a.txt") if f.code == "LM901"] == ["LM901"]
    assert not [f for f in lint_text(without + "\n\n" + disclaimer + "\n", path="a.txt") if f.code == "LM901"]


_ENGLISH = ("Hair loss in men is common and often runs in families. It starts at the temples or the crown, and the "
            "follicles shrink over the years. ")


@pytest.mark.parametrize("sentence, advice", [
    # a best-treatment verdict, the writer's recommendation of a product's use, a decision sent to a clinician
    ("The most effective treatment for thinning at the crown is a daily foam with a tablet.", True),
    ("The best remedy for a dry scalp is a weekly oil massage.", True),
    ("We recommend the use of a gentle shampoo during the first month.", True),
    ("Bring your questions and make a shared decision with your dermatologist.", True),
    ("Patients typically take 2 mg daily, a survey of clinics found.", False),  # a practice described
    ("The most effective treatment is still unknown.", False),
    ("Which treatment works best? The evidence is mixed.", False),
])
def test_english_verdicts_and_recommendations(sentence, advice):
    doc = parse(_ENGLISH * 3 + "\n\n" + sentence + "\n\n" + _ENGLISH, "a.txt", {})
    assert advises_reader(doc) is advice
