"""LM701 on forms no labelled page has (session 18, claims46). Every sentence and page here is written for the test:
products, complaints, languages and page kinds of our own choosing (a hearing-aid shop, a mattress maker, an optician,
a pharmacy forum, a yoga studio). Each family is a property, not a wording: a word that mixes Latin letters with
look-alikes of another script; an effect felt from the first night or use; an outcome promised as permanent or
perfect; a treatment said never to have been easier; the shapes of the other tables in the languages written in a
script of their own; a denial of harm under a frame that points at the page's own statement."""

import pytest
from test_core_claims_mild import flagged, lint, page_in  # LM701's messages: a text, a sentence, a page in a language


# --- Words in look-alike letters of another script (`_lookalike.py`): folded to Latin before matching, the disguise
# named in the finding. Cyrillic а/е/о/р/с/і/у and Greek ο/ι/ν in Latin words.
@pytest.mark.parametrize("text, path", [
    ("Title\n\nOur hеаring drорѕ аrе сliniсаllу рrоvеn tо restore hearing.\n", "a.txt"),  # Cyrillic, plain text
    ("# Title\n\nThis mаttrеѕѕ iѕ guаrаntееd tо end back pain.\n", "a.md"),  # Cyrillic, Markdown
    ("<html><body><h1>Yoga</h1><p>Our breathing class has no ѕidе еffесtѕ at all.</p></body></html>", "a.html"),
    ("Title\n\nThe οintment is 100% effectiνe and cures eczema fοr good.\n", "a.txt"),  # Greek omicron and nu
])
def test_a_claim_written_in_look_alike_letters_is_found_and_its_disguise_named(text, path):
    found = lint(text, path=path)
    assert len(found) == 1 and "written in look-alike letters of another script" in found[0], found


@pytest.mark.parametrize("text", [
    # hedged under its disguise
    "Title\n\nOur hеаring drорѕ mау help some people hear better.\n",
    # a page in Russian with a claim-free Latin name (a real Cyrillic page: nothing to fold, nothing to say)
    "Заголовок\n\nНаша клиника находится в Берлине, рядом с вокзалом. Мы работаем каждый день с девяти утра.\n",
    # a Greek page: Greek words are Greek, not disguised Latin
    "Τίτλος\n\nΤο φαρμακείο μας είναι ανοιχτό κάθε μέρα και βρίσκεται κοντά στο νοσοκομείο της πόλης.\n",
])
def test_look_alike_letters_without_a_claim_or_in_their_own_script_stay_quiet(text):
    assert lint(text) == []


def test_folding_keeps_every_position():
    from lint_med_core import _lookalike

    text = "Chіrорrасtіс care has bееn рrоvеn, says Bеrlin's Институт."
    folded = _lookalike.fold(text)
    assert len(folded) == len(text) and folded.startswith("Chiropractic care has been proven, says Berlin's ")
    assert folded.endswith("Институт.")  # a word wholly in Cyrillic stays as written


# --- An effect felt or seen from the first night, day or use, in the tables' languages (the `felt` shape).
# (the pages of `test_core_claims_mild.page_in`: an optician's, a sleep clinic's, a mattress shop's opening)


@pytest.mark.parametrize("code, sentence", [
    ("pl", "Różnicę poczujesz już po pierwszej nocy na naszym materacu."),
    ("es", "Con esta almohada notarás la diferencia desde la primera noche."),
    ("es", "Nuestro té ofrece resultados desde el primer día."),
    ("pt", "Você vai sentir a diferença desde a primeira noite."),
    ("fr", "Vous sentirez la différence dès la première nuit."),
    ("it", "Noterai la differenza già dalla prima notte."),
    ("de", "Den Unterschied spüren Sie schon nach der ersten Nacht."),
    ("id", "Anda akan merasakan hasilnya sejak malam pertama."),
])
def test_an_effect_promised_from_the_first_night_is_a_claim(code, sentence):
    found = page_in(code, sentence)
    assert len(found) == 1 and "stated as fact (in " in found[0], found


@pytest.mark.parametrize("code, sentence", [
    ("pl", "Jeśli poczujesz ból już po pierwszej nocy, zwróć materac."),  # a condition
    ("es", "Si notas dolor desde la primera noche, consulta a tu médico."),
    ("it", "Alcuni clienti noteranno la differenza già dalla prima notte, altri più tardi."),  # no second person
    ("de", "Manche spüren den Unterschied vielleicht schon nach der ersten Nacht."),  # hedged
    ("es", "Los efectos secundarios aparecen desde el primer día en algunos pacientes."),  # a harm's onset
])
def test_a_first_night_under_a_condition_or_hedge_stays_quiet(code, sentence):
    assert page_in(code, sentence) == []


def test_a_page_whose_opening_is_a_shop_menu_is_still_read_in_its_language():
    menu = "MENU\nKATEGORIE +\nDOSTAWA I PŁATNOŚĆ\nKONTAKT\nBLOG\nMOJE KONTO\nKoszyk\n\n"
    prose = ("Dlaczego nie możesz zasnąć? Wiele osób ma z tym problem, szczególnie zimą, gdy dni są krótsze. "
             "Pokój powinien być chłodny i ciemny, a wieczorem lepiej odłożyć telefon na bok. ")
    found = lint(menu + prose + "Efekt poczujesz już pierwszej nocy.\n")
    assert len(found) == 1 and "(in Polish)" in found[0], found


# --- English: an outcome promised as permanent or perfect, and a treatment said never to have been easier.
@pytest.mark.parametrize("sentence", [
    "Our laser clinic offers the permanent correction of short sight.",
    "The implant permanently restores hearing in one visit.",
    "This serum clears acne scars permanently.",
    "With our lenses you will see perfectly again.",
    "The new hearing aid gives you perfect hearing in any room.",
    "Our tonic is a 100% natural cure for migraines.",
    "Managing high blood pressure has never been easier thanks to our smart cuff.",
    "Losing weight has never been simpler with these patches.",
])
def test_permanent_perfect_and_never_easier_outcomes_are_claims(sentence):
    assert len(flagged(sentence)) == 1, flagged(sentence)


@pytest.mark.parametrize("sentence", [
    "Sun exposure can cause permanent damage to the eyes.",
    "LASIK permanently changes the shape of the cornea.",
    "There is no permanent cure for tinnitus.",
    "Permanent results are rare, and most people need a second session.",
    "You may not see perfectly straight after the surgery.",
    "Ordering your repeat prescription has never been easier.",
    "There is no natural cure for type 1 diabetes.",
])
def test_harms_negations_hedges_and_services_stay_quiet(sentence):
    assert flagged(sentence) == []


# --- A denial of harm under a frame that points at the page's own statement: the frame observes nothing.
def test_a_denial_of_harm_after_it_should_be_noted_is_a_claim():
    assert len(flagged("It should also be noted that our ear drops carry little to no risk.")) == 1
    assert len(flagged("It is worth noting that the yoga tea has no side effects.")) == 1


def test_a_denial_of_harm_observed_in_a_study_stays_quiet():
    assert flagged("No side effects were noted in the trial of the ear drops.") == []


# --- Languages written in a script of their own: Japanese, Chinese, Thai, Korean, Arabic. Each page is ours (a
# pharmacy, a clinic, a shop), long enough that its opening is in the script.
_SCRIPT_OPENINGS = {
    "ja": "こちらは私たちの薬局のページです。駅の近くにあり、毎日朝九時から夜七時まで開いています。お子様連れのお客様も歓迎します。",
    "zh": "这是我们药店的网页。我们的药店在火车站附近，每天早上九点到晚上七点营业。欢迎带孩子的顾客来店里看看。",
    "th": "นี่คือหน้าเว็บของร้านขายยาของเรา ร้านของเราอยู่ใกล้สถานีรถไฟ เปิดทุกวันตั้งแต่เก้าโมงเช้าถึงหนึ่งทุ่ม ยินดีต้อนรับลูกค้าทุกคน",
    "ko": "이 페이지는 저희 약국의 홈페이지입니다. 저희 약국은 기차역 근처에 있으며 매일 아침 아홉 시부터 저녁 일곱 시까지 문을 엽니다.",
    "ar": "هذه صفحة صيدليتنا في المدينة. تقع الصيدلية بالقرب من محطة القطار وتفتح كل يوم من الساعة التاسعة صباحا حتى السابعة مساء.",
}


def script_page(code, sentence):
    return lint(f"{_SCRIPT_OPENINGS[code]}\n\n{sentence}\n")


@pytest.mark.parametrize("code, sentence", [
    ("ja", "このお茶は血圧を下げる効果があります。"),  # efficacy as the product's effect
    ("ja", "この目薬には副作用が一切ありません。"),  # no side effects at all
    ("ja", "当店の漢方で腰痛が必ず治ります。"),  # surely cures
    ("zh", "这种草药茶可以根治失眠。"),  # cures at the root
    ("zh", "本产品无副作用。"),  # no side effects
    ("zh", "这款膏药的效果不亚于西药。"),  # no less than Western medicine
    ("th", "ยาสมุนไพรนี้รักษาให้หายขาดได้"),  # cures completely
    ("th", "ครีมนี้ไม่มีผลข้างเคียง"),  # no side effects
    ("th", "ชาสมุนไพรนี้ดีกว่ายาแผนปัจจุบัน"),  # better than modern medicine
    ("ko", "이 한약은 부작용이 전혀 없습니다."),  # no side effects at all
    ("ko", "저희 치료는 임상적으로 입증된 방법입니다."),  # clinically proven
    ("ar", "هذا الدواء العشبي بدون أي آثار جانبية."),  # without any side effects
    ("ar", "علاج نهائي لآلام الظهر في أسبوع."),  # a final cure
])
def test_the_shapes_in_a_script_of_its_own_are_claims(code, sentence):
    found = script_page(code, sentence)
    assert len(found) == 1 and "stated as fact (in " in found[0], found


@pytest.mark.parametrize("code, sentence", [
    ("ja", "このお茶は血圧を下げる効果があるかもしれません。"),  # may
    ("ja", "この成分は血糖値を下げるとされています。"),  # is said to
    ("zh", "这种草药茶可能有助于改善睡眠。"),  # may help
    ("th", "ยาสมุนไพรนี้อาจช่วยให้นอนหลับได้ดีขึ้น"),  # may help
    ("ko", "이 한약은 일부 환자에게 도움이 될 수 있습니다."),  # may help some
    ("ar", "قد يساعد هذا الشاي على النوم."),  # may help
])
def test_the_shapes_in_a_script_of_its_own_leave_hedged_and_reported_text_alone(code, sentence):
    assert script_page(code, sentence) == []


def test_an_english_page_quoting_a_word_of_another_script_is_not_read_with_its_table():
    assert flagged("The Japanese word 完治 means a complete cure, which no doctor promises for arthritis.") == []
