"""LM701: mild promises, one level up (session 17). Each shape is tested on sentences written here for products,
complaints and page kinds no labelled page has (an optician, a sleep clinic, a hearing-aid shop, a physiotherapy
practice, a dental practice); the negatives are the same shapes hedged, negated, reported, asked or reported as a trial's
result with its figure."""

import pytest

from lint_med import lint_text
from lint_med.config import parse_table


def lint(text, path="a.txt"):
    config = parse_table({"select": ["LM701"]}, None)
    return [f.message for f in lint_text(text, path=path, config=config)]


def flagged(sentence, path="a.txt"):
    return lint(f"Title here\n\n{sentence}\n", path=path)


@pytest.mark.parametrize("sentence, phrase", [
    # graded efficacy: copula, intensifier, "effective"/"successful", a gerund
    ("Our blue-light lenses are extremely effective at preventing eye strain.", "are extremely effective at preventing"),
    ("The sleep clinic's light box is highly effective in resetting your body clock.",
     "is highly effective in resetting"),
    ("Shockwave therapy is remarkably successful in healing stubborn heel pain.", "is remarkably successful in healing"),
    ("This mouthguard remains incredibly effective for stopping night-time grinding.",
     "remains incredibly effective for stopping"),
    # graded efficacy as a rate, with no figure
    ("Our laser clinic boasts an extremely high success rate for removing tattoos.",
     "boasts an extremely high success rate"),
    ("The implant procedure has an excellent success rate.", "has an excellent success rate"),
    # hyperbolic manner of a benefit verb
    ("Wearing our orthotic insoles can dramatically reduce knee pain.", "can dramatically reduce knee pain"),
    ("The white-noise pillow drastically improves sleep quality.", "drastically improves"),
])
def test_graded_efficacy_is_a_claim(sentence, phrase):
    found = flagged(sentence)
    assert len(found) == 1 and found[0].startswith(f"Absolute claim '{phrase}' stated as fact")


@pytest.mark.parametrize("sentence, phrase", [
    ("Our hearing-aid range has emerged as a breakthrough solution for tinnitus.",
     "has emerged as a breakthrough solution"),
    ("Patients at our sleep clinic see life-changing results within weeks.", "see life-changing results"),
    ("Myopia-control lenses have shown unprecedented results for children.", "have shown unprecedented results"),
    ("This clear aligner is a revolutionary treatment for crooked teeth.", "is a revolutionary treatment"),
    ("The cold cap delivers miraculous results for hair thinning.", "delivers miraculous results"),
    ("Red Light Mask: The Revolutionary Therapy for Ageing Skin", "The Revolutionary Therapy for"),
])
def test_novelty_hype_about_a_treatment_is_a_claim(sentence, phrase):
    assert flagged(sentence) == [f"Absolute claim '{phrase}' stated as fact"]


@pytest.mark.parametrize("sentence, phrase", [
    ("Achieve your weight loss goals safely with our meal-replacement shakes.", "Achieve your weight loss goals safely"),
    ("Lose stubborn belly fat safely and naturally with the wrap.", "Lose stubborn belly fat safely"),
    ("Our infrared sauna can safely remove toxins from the body.", "can safely remove"),
    ("The gel is formulated to safely and effectively relieve joint pain.", "safely and effectively relieve"),
    ("Acupuncture safely relieves chronic migraines.", "safely relieves"),
])
def test_safety_folded_into_a_promise_is_a_claim(sentence, phrase):
    assert flagged(sentence) == [f"Absolute claim '{phrase}' stated as fact"]


@pytest.mark.parametrize("sentence", [
    "Clients who follow our detox programme become progressively healthier.",
    "With our collagen drink you will look younger every day.",
    "Your eyes feel stronger and healthier with every session of vision training.",
    "Guests at our sleep retreat feel steadily more energetic.",
])
def test_a_progressive_outcome_is_a_claim_on_a_page_that_promotes(sentence):
    assert len(flagged(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    # hedged, a capability, a modal
    "The lenses may be very effective at preventing eye strain.",
    "The treatment can be very effective in treating severe depression.",
    "Insoles might dramatically reduce knee pain in some runners.",
    "Stem cells may safely restore movement after a stroke.",
    # the past: a trial's result
    "The study showed that the technique was highly effective in treating back pain.",
    # negated or asked
    "It is not a breakthrough treatment.",
    "Is this the breakthrough treatment we were waiting for?",
    "No aligner is highly effective at straightening every tooth.",
    # reported
    "The company claims its pillow delivers life-changing results.",
    "Sellers promise the wrap will help you lose weight safely.",
    "Patients are promised revolutionary therapy, then billed for it.",
    # a trial's result with its figure, or research found
    "In a trial of 200 people the mouthguard reduced symptoms by 30% and has shown unprecedented results.",
    "Researchers found injections can safely improve motor function.",
    "The clinic has a 62% success rate in women under 35.",
    # no treatment or result noun: the hype word alone; the FDA's designation
    "The drug received Breakthrough Therapy designation.",
    "It was an unprecedented outbreak.",
    # a use made safe, an aim
    "Here is how to safely stop taking the tablets.",
    "Learn to use your inhaler safely.",
    "The programme is designed to dramatically reduce waiting times.",
    "Testosterone levels dramatically decrease with age.",
])
def test_hedged_reported_negated_asked_and_trial_results_stay_quiet(sentence):
    assert flagged(sentence) == []


def test_a_progressive_outcome_on_a_reference_page_is_left_alone():
    page = ("# Recovery after knee surgery\n\nReviewed by the editorial board of the hospital. Last reviewed 2026.\n\n"
            "Most patients feel stronger every day once physiotherapy starts, according to the NHS [1].\n\n"
            "## References\n\n1. NHS. Knee replacement. 2024.\n")
    assert lint(page, path="a.md") == []


def test_vaccines_and_contraception_graded_by_careful_text_stay_quiet():
    assert flagged("Vaccines are highly effective at preventing severe illness.") == []
    assert flagged("Condoms are very effective at preventing pregnancy when used correctly.") == []


# --- The same shapes in other languages (data/claims_languages.toml). Each page is ours: an opening in the language
# (long enough for its language to be told), then the sentence tested.

_OPENINGS = {
    # an optician's page in Polish
    "pl": ("To jest strona naszego gabinetu optycznego w Krakowie. Pracujemy od wielu lat i znamy się na oczach. "
           "W naszym gabinecie jest nowy sprzęt do badania wzroku oraz duży wybór opraw. Zapraszamy do nas od "
           "poniedziałku do soboty, a w niedzielę jest zamknięte. Na miejscu jest też parking dla klientów oraz kawa i "
           "herbata. Do nas można przyjść z dziećmi i z całą rodziną, bo mamy też oprawy dla dzieci."),
    # a sleep clinic's page in Swahili
    "sw": ("Hii ni tovuti ya kliniki yetu ya usingizi jijini Nairobi. Tunafanya kazi kila siku na tuna wataalamu wa "
           "usingizi na wauguzi. Kliniki yetu iko karibu na hospitali kuu na ina maegesho kwa wageni. Wagonjwa hufika "
           "kwa basi au kwa gari. Tunapokea wagonjwa wa umri wote, watoto na watu wazima, pamoja na familia zao. Pia "
           "tuna chumba cha kusubiri chenye chai na kahawa kwa wageni wetu wote."),
    # a dental practice's page in Turkish
    "tr": ("Bu sayfa İzmir'deki diş kliniğimizi tanıtıyor. Kliniğimiz on yıldır hizmet veriyor ve bir ekip olarak "
           "çalışıyoruz. Randevu için bizi arayabilir ya da sitemizden form doldurabilirsiniz. Kliniğimiz şehir "
           "merkezine yakın ve otopark da var. Çocuklar için ayrı bir bekleme odası bulunuyor. Hafta içi ve cumartesi "
           "günleri açığız, pazar günü ise kapalıyız. Ödeme için kredi kartı da kabul ediyoruz."),
    # an optician's page in Vietnamese
    "vi": ("Đây là trang của cửa hàng kính mắt chúng tôi tại Hà Nội. Chúng tôi đã làm việc trong nhiều năm và có một "
           "đội ngũ thân thiện. Cửa hàng mở cửa từ thứ hai đến thứ bảy. Khi đến cửa hàng, khách hàng có thể gửi xe "
           "miễn phí. Chúng tôi có nhiều loại gọng kính cho người lớn và trẻ em, với giá cả hợp lý cho mọi người."),
    "es": "Esta es la página de nuestra tienda de colchones en Sevilla, con envío a toda España y una garantía para los clientes.",
    "fr": "Voici la page de notre magasin de lunettes à Lyon, avec des montures pour les enfants et une équipe sur place.",
    "it": "Questa è la pagina della nostra clinica del sonno a Torino, con una sala di attesa per le famiglie e un parcheggio.",
    "de": "Das ist die Seite unserer Schlafklinik in Bremen, und die Praxis ist mit dem Bus und mit dem Auto gut zu erreichen.",
    "pt": "Esta é a página da nossa clínica do sono em Porto, com uma sala para as famílias e um parque para os carros.",
    "id": "Ini adalah halaman toko kacamata kami di Bandung, dan toko ini juga menjual lensa untuk anak dan orang dewasa.",
    "hi": "यह हमारे नींद क्लिनिक का पेज है और यहां आप अपने परिवार के साथ आ सकते हैं। हम हर दिन खुले रहते हैं।",
}


def page_in(code, sentence, heading=False):
    body = f"# {sentence}\n\n{_OPENINGS[code]}\n" if heading else f"# Start\n\n{_OPENINGS[code]}\n\n{sentence}\n"
    return lint(body, path="a.md")


@pytest.mark.parametrize("code, sentence", [
    # graded efficacy
    ("pl", "Nasze soczewki są bardzo skuteczne w ochronie oczu przed zmęczeniem."),
    ("sw", "Tiba yetu ya mwanga ina ufanisi mkubwa sana kwa usingizi."),
    ("tr", "Bu diş beyazlatma yöntemi çok etkilidir."),
    ("vi", "Kính lọc ánh sáng xanh của chúng tôi cực kỳ hiệu quả cho mắt."),
    ("es", "Nuestro colchón es muy eficaz contra el dolor de espalda."),
    ("fr", "Nos lunettes sont très efficaces contre la fatigue visuelle."),
    ("it", "Il nostro trattamento è molto efficace contro l'insonnia."),
    ("de", "Unsere Lichttherapie ist äußerst wirksam gegen Schlafstörungen."),
    ("id", "Kacamata ini sangat ampuh untuk mata lelah."),
    ("hi", "यह व्यायाम आपकी नींद में बहुत मदद करेगा।"),
    # safety folded into a promise
    ("pl", "Zabieg laserowy jest całkowicie bezpieczny dla każdego."),
    ("sw", "Dawa hii hutibu kukoroma bila madhara yoyote."),
    ("tr", "Tedavimiz tamamen güvenlidir."),
    ("vi", "Phương pháp này an toàn tuyệt đối cho mọi người."),
    ("fr", "Notre tisane fait baisser la tension sans aucun danger pour l'organisme."),
    ("pt", "O nosso tratamento do sono funciona sem nenhum risco."),
    # results promised within a span of time
    ("pl", "Widoczne efekty już po tygodniu noszenia okularów."),
    ("es", "Los resultados son visibles desde la primera semana."),
    ("fr", "Des résultats visibles dès la première semaine."),
    ("it", "Risultati visibili già dalla prima settimana."),
])
def test_the_shapes_in_other_languages_are_claims(code, sentence):
    found = page_in(code, sentence)
    assert len(found) == 1 and "stated as fact (in " in found[0], found


@pytest.mark.parametrize("code, heading", [
    ("tr", "Diş ağrısını bitiren 3 doğal yöntem"),
    ("vi", "7 cách chữa khỏi mất ngủ tại nhà"),
    ("sw", "Njia 5 za kumaliza tatizo la kukoroma"),
    ("pl", "5 domowych sposobów, aby pozbyć się bólu głowy"),
    ("es", "7 remedios para acabar con el insomnio"),
    ("fr", "5 astuces pour en finir avec la fatigue des yeux"),
])
def test_a_headline_that_counts_ways_to_end_a_complaint_is_a_claim(code, heading):
    found = page_in(code, heading, heading=True)
    assert len(found) == 1 and "stated as fact (in " in found[0], found


@pytest.mark.parametrize("code, sentence", [
    # hedged or negated in its clause
    ("pl", "Soczewki mogą być bardzo skuteczne u niektórych osób."),
    ("sw", "Tiba hii inaweza kuwa na ufanisi mkubwa kwa baadhi ya watu."),
    ("tr", "Bu yöntem bazı hastalarda çok etkili olabilir."),
    ("vi", "Phương pháp này có thể rất hiệu quả với một số người."),
    ("es", "Puede ser muy eficaz en algunos casos."),
    ("de", "Die Therapie kann sehr wirksam sein."),
    ("id", "Terapi ini bisa sangat efektif bagi sebagian orang."),
    # reported
    ("pl", "Według producenta zabieg jest całkowicie bezpieczny."),
    ("sw", "Kwa mujibu wa mtengenezaji, mashine hii ni salama kabisa."),
    ("tr", "Üreticiye göre bu krem çok etkilidir."),
    # asked
    ("pl", "Czy te krople są bardzo skuteczne?"),
    ("es", "¿Es muy eficaz este colchón?"),
    # a trial's result with its figure
    ("pl", "W badaniu objawy zmniejszyły się o 30%, a lek okazał się bardzo skuteczny."),
])
def test_the_shapes_in_other_languages_leave_hedged_reported_and_asked_text_alone(code, sentence):
    assert page_in(code, sentence) == []


def test_a_count_of_ways_in_a_paragraph_is_no_headline():
    assert page_in("tr", "Uzmanlar saç dökülmesini bitiren 5 yöntem öneriyor ve bunları sıralıyor.") == []


def test_an_english_page_is_not_read_with_the_tables():
    assert flagged("The bardzo skuteczne brand sells lenses.") == []


# --- A harm denied as a fact of the thing (the `denial` shape, claims45): a negated verb of having, causing or
# requiring, "any" where the language says it, and a harm. The negation is part of the shape: the tables' "nie",
# "non", "haina" among the hedges do not clear it; a modal before it still does.
@pytest.mark.parametrize("code, sentence", [
    ("sw", "Kifaa hiki cha kusikia haisababishi maumivu yoyote."),  # a hearing aid: causes no pain
    ("pl", "Nowe soczewki nie powodują żadnych skutków ubocznych."),
    ("id", "Terapi pijat ini tidak menimbulkan rasa sakit."),
    ("pt", "O aparelho de sono não exige tempo de recuperação."),
    ("it", "La nostra terapia del sonno non comporta alcun rischio."),
    ("de", "Die neue Zahnschiene verursacht keine Schmerzen."),
    ("fr", "Ce collyre ne provoque pas de douleur."),
    ("es", "Esta infusión para dormir no genera dependencia."),
])
def test_a_harm_denied_as_fact_is_a_claim_in_any_language(code, sentence):
    found = page_in(code, sentence)
    assert len(found) == 1 and "stated as fact (in " in found[0], found


@pytest.mark.parametrize("code, sentence", [
    # a modal before the denial
    ("pl", "Nowe soczewki mogą nie powodować skutków ubocznych."),
    ("it", "La terapia può non comportare alcun rischio."),
    ("sw", "Kifaa hiki kinaweza kisisababishi maumivu, lakini haina madhara kwa baadhi ya watu."),
    # most people, not all
    ("pt", "O aparelho não causa efeitos colaterais na maioria das pessoas."),
    # reported, asked
    ("pl", "Producent twierdzi, że soczewki nie mają żadnych skutków ubocznych."),
    ("es", "¿Esta infusión no genera dependencia?"),
    # a trial's result with its figure
    ("de", "In der Studie mit 200 Patienten verursachte die Schiene bei 95 % keine Schmerzen."),
])
def test_a_denial_hedged_reported_or_asked_stays_quiet(code, sentence):
    assert page_in(code, sentence) == []


@pytest.mark.parametrize("sentence", [
    "This laser treatment does not require any downtime.",
    "The new filler won't need any recovery time.",
    "The massage gun works gently, resulting in little to no risk for your muscles.",
])
def test_english_denials_of_downtime_and_little_to_no_risk_are_claims(sentence):
    assert len(flagged(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    "The laser treatment may not require any downtime.",
    "There is little to no risk of transmission when the viral load stays undetectable.",
    "Does the filler need any recovery time?",
])
def test_english_denials_of_downtime_hedged_or_of_a_named_risk_stay_quiet(sentence):
    assert flagged(sentence) == []
