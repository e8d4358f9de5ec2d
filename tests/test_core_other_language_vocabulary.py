"""LM101's vocabulary test (`_other_language.language_by_vocabulary`) reads a language's word list only
when the sorted CRC-32s of its common words let it through (`_may_reach`): the same answers as the plain
definition, which reads every list."""

import pytest

from lint_med.parsers.text import parse
from lint_med_core import _other_language
from lint_med_core.readability import _package_file

pytestmark = pytest.mark.skipif(_package_file("wordfreq", "data", "small_en.msgpack.gz") is None,
                                reason="wordfreq is not installed")

ARTICLE = ("Plantar fasciitis is pain under the heel, worst with the first steps after waking, when the band "
           "of tissue under the foot is stretched again after a night at rest. Calf stretches done every "
           "morning ease the pain for most people within a few months.\n\n{}\n\nSupportive shoes with a "
           "cushioned heel take load off the band, and night splints keep the foot flexed during sleep.\n")

SENTENCES = [
    "Noleggio barche a vela per le vacanze estive, prenota subito.",  # Italian
    "Tanie opony zimowe z montażem znajdziesz tutaj w tym tygodniu.",  # Polish
    "Kiralık tekne tatil fırsatları burada hemen rezervasyon yapın.",  # Turkish
    "Alquiler de bicicletas eléctricas baratas cerca de la playa.",  # Spanish
    "Günstige Winterreifen mit Montage jetzt online bestellen und sparen.",  # German
    "Cho thuê xe máy giá rẻ tại trung tâm thành phố.",  # Vietnamese
    "Zxqv blorf quibbit snarfle wuzzle plonk frobnitz gleeb.",  # made-up words: no English, a language unknown
    "Samsung Galaxy iPhone Huawei Xiaomi Oppo Motorola Nokia.",  # names, common in many lists
    "Podiatrist orthotics plantar fasciitis heel spur cortisone injection.",  # English jargon
]


@pytest.fixture
def fresh_hashes(monkeypatch, tmp_path):
    """A data cache of this test's own, and the hashes read from it afresh."""
    monkeypatch.setenv("LINT_MED_DATA_CACHE", str(tmp_path))
    _other_language._common_word_hashes.cache_clear()
    yield tmp_path
    _other_language._common_word_hashes.cache_clear()


def _plain(doc, text, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(_other_language, "_common_word_hashes", lambda: None)
        return _other_language.language_by_vocabulary(doc, text)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_hashes_give_the_plain_definitions_answer(sentence, fresh_hashes, monkeypatch):
    doc = parse(ARTICLE.format(sentence), "a.txt", {})
    fast = _other_language.language_by_vocabulary(doc, sentence)
    assert _other_language._common_word_hashes() is not None  # the fast path was taken
    assert fast == _plain(doc, sentence, monkeypatch)


def test_the_foreign_sentences_are_told_and_the_others_are_not(fresh_hashes):
    told = [_other_language.language_by_vocabulary(parse(ARTICLE.format(s), "a.txt", {}), s) for s in SENTENCES]
    assert [answer.split(",")[0] for answer in told[:6]] == ["Italian", "Polish", "Turkish", "Spanish", "German",
                                                             "Vietnamese"]
    assert told[6].startswith("a language the article is not written in")  # none of English's words
    assert told[7:] == ["", ""]


# Running text in languages wordfreq does not list (invented for this test): told by what their words are not.
UNLISTED = [
    "Unahitaji fundi wa bomba? Kazembe Mabomba wanafika nyumbani ndani ya saa mbili.",  # Swahili
    "Etxe berria behar duzu? Goikoetxea etxegileak lan guztia hiru hilabetean egiten du.",  # Basque
    "Udinga izicathulo ezintsha? Mthembu izicathulo zithumela ekhaya ngosuku olulodwa.",  # Zulu
    "An bhfuil carr nua uait? Tá praghsanna ísle ag Ó Briain Gluaisteáin i mbliana.",  # Irish
]
# English that shares few words with English's commonest: lists of terms, names, drugs, genes.
NOT_A_LANGUAGE = [
    "Ibuprofen, naproxen, celecoxib, diclofenac, meloxicam, ketorolac, indomethacin.",
    "Lactobacillus rhamnosus, Bifidobacterium longum, Streptococcus thermophilus, Saccharomyces boulardii.",
    "Contact: Marguerite Ollerton, Sunil Whitcombe-Rao, Anneke Davenhall, Kestrelby Institute.",
    "BRCA1, BRCA2, PALB2, CHEK2, ATM, TP53, PTEN, CDH1, STK11 mutations: ask Kestrelby Genetics.",
    "Pembrolizumab (Keytruda), nivolumab (Opdivo), atezolizumab (Tecentriq), durvalumab (Imfinzi).",
]


@pytest.mark.parametrize("sentence", UNLISTED)
def test_running_text_in_a_language_without_a_word_list_is_told(sentence, fresh_hashes):
    doc = parse(ARTICLE.format(sentence), "a.txt", {})
    assert _other_language.language_by_vocabulary(doc, sentence).startswith("a language the article is not")


@pytest.mark.parametrize("sentence", NOT_A_LANGUAGE)
def test_a_list_of_terms_or_names_is_no_other_language(sentence, fresh_hashes):
    assert _other_language.language_by_vocabulary(parse(ARTICLE.format(sentence), "a.txt", {}), sentence) == ""


def test_words_the_article_writes_elsewhere_are_its_own():
    sentence = UNLISTED[0]
    article = ARTICLE.format(sentence) + "\nKazembe wanafika nyumbani ndani ya saa mbili: bomba, fundi, mabomba.\n"
    assert _other_language.language_by_vocabulary(parse(article, "a.txt", {}), sentence) == ""


@pytest.mark.parametrize("text, script", [("ಹೊಸ ಟ್ಯಾಂಕ್ ಬೇಕೇ?", "Kannada"), ("ތާޒާ މާލު", "Thaana"), ("ཚོང་ཁང་གསར་པ།", "Tibetan"),
                                          ("ନୂଆ ଦୋକାନ", "Odia"), ("ახალი ფანჯრები", "Georgian"),
                                          ("புதிய வீடு", "Tamil"), ("নতুন দোকান", "Bengali")])
def test_every_script_is_counted_under_its_name(text, script):
    assert _other_language.script_counts(text + " Kestrelby 555") == {script: len(text.replace(" ", ""))
                                                                       - text.count("?")}


@pytest.mark.parametrize("code", ["it", "vi", "sk"])
def test_every_common_word_of_a_list_is_let_through(code, fresh_hashes):
    from lint_med_core._topic import zipf_table

    words = [word for word, zipf in zipf_table(code).items() if zipf >= _other_language._COMMON_ZIPF]
    assert words and all(_other_language._may_reach([word], code) for word in words)


def test_the_hashes_are_kept_in_the_data_cache_and_built_again_when_stale_or_corrupt(fresh_hashes):
    built = _other_language._common_word_hashes()
    path = fresh_hashes / _other_language._HASHES_FILE
    written = path.read_bytes()
    _other_language._common_word_hashes.cache_clear()
    assert _other_language._common_word_hashes() == built  # read back
    for stale in (written.replace(b"small_it", b"small_xx"), b"not a marshal file"):
        path.write_bytes(stale)
        _other_language._common_word_hashes.cache_clear()
        assert _other_language._common_word_hashes() == built and path.read_bytes() == written


@pytest.mark.parametrize("setting", ["off", "a file"])
def test_without_a_data_cache_to_keep_them_in_the_plain_definition_is_used(setting, monkeypatch, tmp_path):
    if setting == "a file":  # a cache "directory" that cannot be made
        (tmp_path / "a file").write_text("")
        setting = str(tmp_path / "a file" / "cache")
    monkeypatch.setenv("LINT_MED_DATA_CACHE", setting)
    _other_language._common_word_hashes.cache_clear()
    try:
        assert _other_language._common_word_hashes() is None
        assert _other_language._may_reach(["zxqv"], "it")
    finally:
        _other_language._common_word_hashes.cache_clear()
