"""LM101 and LM105 on lines of commerce and on credited addresses (links41a's families).

A source credit ("Dilansir dari X", "Según X", "Kwa mujibu wa X") names a site as a story's origin:
never an address dropped into the sentence. The sentences are our own, in languages no labelled
page is written in (Swahili, Tagalog, Polish) besides Spanish."""
import pytest

from lint_med import lint_text
from lint_med.document import url_host


def _codes(text, code):
    return [f for f in lint_text(text, "page.txt") if f.code == code]


def _cold_water(lead: str, credit: str, site: str, rest: str, tail: str) -> str:
    return f"{lead}\n\n{credit} {site} {rest}\n\n{tail}\n"


CREDITED = {
    "sw": ("Faida za kuoga maji baridi\n\nKuoga maji baridi asubuhi kunasaidia mwili kuamka na kuongeza nguvu kwa siku "
           "nzima. Watu wengi hupenda kuoga maji ya moto, lakini maji baridi yana faida zake kwa afya ya moyo.",
           "Kwa mujibu wa", "afyabora.co.tz", "kuoga maji baridi huongeza chembe nyeupe za damu mwilini. Chembe hizi "
           "husaidia mwili kupambana na magonjwa na maambukizi ya virusi.",
           "Maji baridi pia husaidia ngozi na nywele kuwa na afya."),
    "tl": ("Mga benepisyo ng malamig na paligo\n\nAng pagligo sa malamig na tubig tuwing umaga ay nakakatulong sa "
           "katawan. Maraming tao ang ayaw nito, pero may mga benepisyo ito sa kalusugan ng puso at balat.",
           "Ayon sa", "kalusugan-ngayon.ph", "ang malamig na tubig ay nagpaparami ng puting selula ng dugo sa katawan. "
           "Ang mga selulang ito ay lumalaban sa mga impeksyon at sakit.",
           "Ang malamig na tubig ay mabuti rin sa balat at buhok."),
    "pl": ("Zimny prysznic rano\n\nZimny prysznic rano pobudza organizm i poprawia krążenie krwi. Wiele osób go unika, "
           "ale zimna woda ma korzystny wpływ na serce i skórę.",
           "Według", "zdrowiedzis.pl", "zimna woda zwiększa liczbę białych krwinek w organizmie. Białe krwinki pomagają "
           "walczyć z infekcjami i chorobami.",
           "Zimna woda poprawia też kondycję skóry i włosów."),
    "es": ("Duchas frías por la mañana\n\nUna ducha fría por la mañana activa el cuerpo y mejora la circulación de la "
           "sangre. Muchas personas la evitan, pero el agua fría tiene beneficios para el corazón y la piel.",
           "Según", "vidasana-hoy.es", "el agua fría aumenta los glóbulos blancos del cuerpo. Los glóbulos blancos "
           "ayudan a combatir las infecciones.",
           "El agua fría también mejora la piel y el cabello."),
}


@pytest.mark.parametrize("language", sorted(CREDITED))
def test_a_source_credit_introduces_its_address(language):
    lead, credit, site, rest, tail = CREDITED[language]
    assert not _codes(_cold_water(lead, credit, site, rest, tail), "LM101")


@pytest.mark.parametrize("language", sorted(CREDITED))
def test_the_same_address_dropped_with_no_credit_is_reported(language):
    lead, credit, site, rest, tail = CREDITED[language]
    words = rest.split()
    dropped = " ".join(words[:3] + [site] + words[3:])  # into the clause, after a plain word
    assert _codes(_cold_water(lead, "", "", dropped, tail).replace("\n\n  ", "\n\n"), "LM101")


def test_via_inside_a_clause_is_a_preposition():
    text = ("Iron and tiredness\n\nIron deficiency makes many women tired and weak, and doctors test ferritin to find it.\n\n"
            "Iron pills are delivered via pawnshop-deals.example the next morning to most homes.\n\n"
            "Ferritin below 30 suggests low iron stores in the blood.\n")
    assert _codes(text, "LM101")


def test_a_hosts_name_ends_at_a_bracket():
    assert url_host("https://www.typebar-ribbons.example[/embed]") == "typebar-ribbons.example"
    assert url_host("http://[::1]:8080/x") == "[::1]"
    text = ("Iron and tiredness\n\nIron deficiency is common in women and causes tiredness and weakness, see "
            "www.typebar-ribbons.example[/embed] for more on iron stores.\n\nDoctors test ferritin to check iron.\n")
    messages = [f.message for f in _codes(text, "LM101")]
    assert messages and all("example[" not in m for m in messages) and "typebar-ribbons.example " in messages[0]


# --- A line of an unrelated trade (a loan, a casino, an essay service) standing in a health article.
SLEEP = ("Sleep and screens\n\nBright screens late in the evening delay the body's release of melatonin, and people who "
         "put the phone away an hour before bed fall asleep a little sooner.\n\n{line} A cool, dark bedroom helps too, "
         "and so does getting up at the same time every day.\n\nShort naps after lunch do little harm.\n")
TRADE_LINES = {
    "en-forex": SLEEP.format(line="Top forex signals today."),
    "en-cash": SLEEP.format(line="Instant cash loans, no credit check."),
    "en-watches": SLEEP.format(line="Replica watches uk cheap."),
    "pl": ("Sen i ekrany\n\nJasne ekrany wieczorem opóźniają wydzielanie melatoniny, a osoby, które odkładają telefon "
           "godzinę przed snem, zasypiają nieco szybciej.\n\nSzybka pożyczka online 5000 zł. Chłodna i ciemna sypialnia "
           "także pomaga zasnąć.\n\nKrótka drzemka po obiedzie nie szkodzi.\n"),
    "sw": ("Usingizi na skrini\n\nSkrini zenye mwanga jioni huchelewesha homoni ya usingizi, na watu wanaoweka simu "
           "mbali saa moja kabla ya kulala hupata usingizi mapema kidogo.\n\nMkopo wa haraka mtandaoni. Chumba chenye "
           "baridi na giza pia husaidia kulala vizuri.\n\nKulala kidogo mchana hakuna madhara makubwa.\n"),
    "vi": ("Giấc ngủ và màn hình\n\nMàn hình sáng vào buổi tối làm chậm việc tiết melatonin, và những người cất điện "
           "thoại một giờ trước khi ngủ sẽ ngủ nhanh hơn một chút.\n\nVay tiền online nhanh 10 triệu. Phòng ngủ mát và "
           "tối cũng giúp ngủ ngon hơn.\n\nNgủ trưa ngắn không gây hại nhiều.\n"),
}


@pytest.mark.parametrize("name", sorted(TRADE_LINES))
def test_a_line_of_another_trade_is_reported(name):
    assert any("another trade" in f.message for f in _codes(TRADE_LINES[name], "LM105")), name


@pytest.mark.parametrize("line", [
    "Debt from a $500 loan can cause stress and poor sleep.",  # a sentence with words of its own
    "Need a loan fast?",  # a question
    "Never trust a payday loan online.",  # a warning
])
def test_a_sentence_about_a_trade_is_no_trade_line(line):
    assert not any("another trade" in f.message for f in _codes(SLEEP.format(line=line), "LM105"))


def test_an_article_about_the_trade_has_no_trade_line():
    text = ("Gambling and sleep\n\nPeople who play at an online casino late at night sleep less.\n\n"
            "Best online casino Canada. The lights and sounds keep players awake.\n\n"
            "Counsellors ask casino players to set a time to stop.\n")
    assert not any("another trade" in f.message for f in _codes(text, "LM105"))


# --- A product's name in lower case with a pill shop's tail, glued into a sentence, where the article
# writes the name with a capital inside its sentences. "Zenvira" is an invented drug.
def _zenvira(lead: str, glued: str, tail: str) -> str:
    return f"{lead}\n\n{glued}\n\n{tail}\n"


GLUED = {
    "en": ("Zenvira for itchy dogs\n\nMany vets now prescribe Zenvira for dogs with itchy skin, and owners say Zenvira "
           "works within days.", "Skipping the clinic visit zenvira without prescription can save money, some owners say.",
           "A vet still checks the dog before giving Zenvira for long."),
    "es": ("Zenvira para perros\n\nMuchos veterinarios recetan Zenvira a perros con picor, y los dueños dicen que "
           "Zenvira funciona en pocos días.", "Saltarse la consulta zenvira sin receta puede ahorrar dinero, dicen algunos.",
           "El veterinario revisa al perro antes de dar Zenvira durante meses."),
    "fi": ("Zenvira koirille\n\nMonet eläinlääkärit määräävät Zenvira-valmistetta ja omistajien mukaan Zenvira "
           "auttaa nopeasti, kun taas Zenvira tabletit ovat pieniä.",
           "Eläinlääkärin käynnin voi ohittaa zenvira ilman reseptiä ja säästää rahaa.",
           "Eläinlääkäri tutkii koiran ennen kuin antaa Zenvira hoitoa."),
    "tr": ("Köpekler için Zenvira\n\nBirçok veteriner kaşıntılı köpeklere Zenvira veriyor ve sahipleri Zenvira "
           "ilacının hızlı çalıştığını söylüyor.", "Veteriner ziyaretini atlamak zenvira reçetesiz zaman kazandırır.",
           "Veteriner köpeği muayene etmeden önce Zenvira vermez."),
    "tl": ("Zenvira para sa aso\n\nMaraming beterinaryo ang nagbibigay ng Zenvira sa mga asong makati, at sabi ng "
           "mga may-ari ay mabilis gumana ang Zenvira.", "Ang paglaktaw sa klinika zenvira walang reseta ay nakakatipid.",
           "Sinusuri muna ng beterinaryo ang aso bago magbigay ng Zenvira."),
}


@pytest.mark.parametrize("language", sorted(GLUED))
def test_a_glued_pill_shop_keyphrase_is_reported(language):
    assert any("pill shop's keyphrase" in f.message for f in _codes(_zenvira(*GLUED[language]), "LM105")), language


def test_a_warned_or_uncapitalised_keyphrase_is_not_reported():
    lead, _, tail = GLUED["en"]
    warned = _zenvira(lead, "Owners should never buy zenvira without prescription from a website.", tail)
    assert not any("pill shop's keyphrase" in f.message for f in _codes(warned, "LM105"))
    plain = ("Sleeping tablets\n\nZopiclone helps some people sleep. Zopiclone is habit-forming.\n\n"
             "Police said the suspects kept zopiclone for sale in a rented garage.\n")
    assert not any("pill shop's keyphrase" in f.message for f in _codes(plain, "LM105"))


# --- A shop's buy button kept as a line: a buy verb and "now" opening a line, in any language.
BUTTONS = {
    "pt": ("Dor de gengivas\n\nLave a boca com água morna e sal duas vezes por dia até o inchaço diminuir.\n\n"
           "Compre já o seu pó de cravo e curcuma.\n\nAplique a pasta nas gengivas até a dor passar.\n"),
    "fi": ("Ienkipu\n\nHuuhtele suu lämpimällä suolavedellä kahdesti päivässä, kunnes turvotus laskee.\n\n"
           "Osta nyt: neilikkajauhe ja kurkuma.\n\nLevitä tahna ikeniin, kunnes kipu helpottaa.\n"),
    "sw": ("Maumivu ya fizi\n\nSuuza kinywa kwa maji ya chumvi ya uvuguvugu mara mbili kwa siku hadi uvimbe upungue.\n\n"
           "Nunua sasa unga wa karafuu na manjano.\n\nPaka mchanganyiko kwenye fizi hadi maumivu yapungue.\n"),
    "tl": ("Sakit ng gilagid\n\nMagmumog ng maligamgam na tubig na may asin dalawang beses sa isang araw.\n\n"
           "Bumili ngayon ng pulbos ng clove at luyang dilaw.\n\nIpahid ang paste sa gilagid hanggang mawala ang sakit.\n"),
    "vi": ("Đau nướu\n\nSúc miệng bằng nước muối ấm hai lần mỗi ngày cho đến khi hết sưng.\n\n"
           "Mua ngay bột đinh hương và nghệ.\n\nBôi hỗn hợp lên nướu cho đến khi hết đau.\n"),
}


@pytest.mark.parametrize("language", sorted(BUTTONS))
def test_a_buy_button_line_is_reported(language):
    assert any("Buy button" in f.message for f in _codes(BUTTONS[language], "LM105")), language


@pytest.mark.parametrize("text", [
    # careful pages in those languages: a purchase reported, advice on where to buy
    "Dor de gengivas\n\nA compra agora exige receita médica em todas as farmácias do país.\n\nO sal ajuda.\n",
    "Ienkipu\n\nOsta lääkkeet vain apteekista, ja kysy neuvoa farmaseutilta.\n\nSuolavesi auttaa.\n",
    "Đau nướu\n\nNgười bệnh nên mua thuốc ngay tại nhà thuốc có giấy phép.\n\nNước muối giúp ích.\n",
])
def test_a_careful_sentence_about_buying_is_no_button(text):
    assert not any("Buy button" in f.message for f in _codes(text, "LM105"))


def test_a_buy_button_line_as_a_heading_is_reported_and_a_slogan_is_not():
    lead = "Ienkipu\n\nHuuhtele suu lämpimällä suolavedellä kahdesti päivässä, kunnes turvotus laskee.\n\n"
    assert any("Buy button" in f.message for f in _codes(lead + "Osta nyt neilikkajauhe\n\nLevitä tahna.\n", "LM105"))
    slogan = lead + "Osta nyt, maksa myöhemmin\n\nLevitä tahna ikeniin, kunnes kipu helpottaa.\n"
    assert not any("Buy button" in f.message for f in _codes(slogan, "LM105"))


@pytest.mark.parametrize("line", ["Zenvira sem receita.", "Zenvira zonder recept online.", "Zenvira uten resept.",
                                  "Osta Zenvira ilman reseptiä."])
def test_a_keyphrase_line_in_more_languages(line):
    text = ("Itchy dogs\n\nZenvira is a tablet for itchy dogs. Vets give Zenvira once a day.\n\n"
            f"{line}\n\nA vet checks the dog first.\n")
    assert any("keyphrase" in f.message.lower() for f in _codes(text, "LM105")), line


# --- A line that only tells the reader to click for something sold (an affiliate image's caption).
def _sleep_with(line: str) -> str:
    return ("Sleep trackers\n\nA sleep tracker counts the hours you sleep and how often you wake, and some people "
            f"find the numbers help them keep a regular bedtime.\n\n{line}\n\nMost trackers guess sleep stages "
            "from movement and heart rate, which is rough.\n")


@pytest.mark.parametrize("line", [
    "(Click image for the sleep tracker price)",
    "Tap here for the home sleep test kit",
    "Click for list of Quorvex Labs sleep tests)",  # a company the article names nowhere else
    "Klicken Sie hier für das Angebot",
    "(Haga clic en la imagen para comprar)",
    "Bofya picha kwa bei ya kifaa",  # Swahili: "price"
    "Kliknij tutaj, aby kupić",  # Polish: "buy"
])
def test_a_click_line_for_something_sold_is_reported(line):
    assert any("click line" in f.message for f in _codes(_sleep_with(line), "LM105")), line


@pytest.mark.parametrize("line", ["Click to enlarge", "(click image for more information)",
                                  "Click here to view in browser.", "Click here for the study summary"])
def test_a_click_line_for_information_is_not_reported(line):
    assert not any("click line" in f.message for f in _codes(_sleep_with(line), "LM105")), line


# --- A search query's grammar in a sentence: "online" straight before "no prescription", whatever the product.
def _headache_with(sentence: str) -> str:
    return ("Migraine\n\nMigraine is a common headache disorder, and many patients take triptans for attacks.\n\n"
            f"{sentence}\n\nSee a doctor if the headaches change.\n")


@pytest.mark.parametrize("sentence", ["Readers are invited to order headache tablets online no prescription.",
                                      "Now you can get sleep aids online no rx and sleep tonight.",
                                      "Patients also order migraine relief online no prescription every month."])
def test_a_query_shaped_sale_is_reported(sentence):
    assert any("drug sold" in f.message for f in _codes(_headache_with(sentence), "LM105")), sentence


@pytest.mark.parametrize("sentence", ["Never order headache tablets online without prescription from unknown sites.",
                                      "Some shops let you buy them online, no prescription needed, which is risky."])
def test_a_warning_or_prose_about_prescription_free_sales_is_not(sentence):
    assert not any("drug sold" in f.message for f in _codes(_headache_with(sentence), "LM105")), sentence
