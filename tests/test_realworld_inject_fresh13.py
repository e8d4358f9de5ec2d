"""The `fresh13` injection templates (benchmarks/realworld/inject_templates.toml) and their kinds in inject.py.

Checked without linting: the templates are complete and new (trades, anchors, domains, brands, people, outlets,
languages, scripts, ways of hiding and wording no earlier family uses), the invented phone numbers are in ranges
reserved for fiction and the other capsules a Gemini page links to are invented, the addresses written so that they
are not links (run into the words around them, in a transcript, a receipt or a text message) read back as the shop's,
and adding fresh13 left the fresh12 snippets exactly as they were. Where snippets land in a host, and that each renders
in its format, is checked with the earlier families' in test_realworld_score.py.
"""

import random
import re

# fresh7's tests read the same table and define the helpers used here (strings of a table, scripts of texts, the
# phone ranges reserved for fiction); inject is the benchmark's script, put on the path there
from test_realworld_inject_fresh7 import ALL, SOURCE, _scripts, _strings, every_template_fills, inject
# fresh8's define the checks that a family's names, wording and ways of hiding are new and its phones fictional
from test_realworld_inject_fresh8 import hiding_is_new, phones_are_fictional, wording_is_new
# fresh10's, that each shop is complete and new and its foreign words in the family's languages
from test_realworld_inject_fresh10 import shops_are_complete_and_new
from inject_rounds import round_of

FRESH13 = ALL["fresh13"]
EARLIER = {key: value for key, value in ALL.items() if round_of(key) < 13}
EARLIER_TEXT = SOURCE[:SOURCE.index("# -- fresh13 ---")]  # the templates as they were before fresh13
FAMILIES = ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12")
KINDS = {kind: formats for kind, (_, formats, _) in inject.KINDS.items() if kind.startswith("fresh13-")}
LANGUAGES = {"tl", "cja", "kyu", "bbc", "rej", "new", "se", "fj"}
# the words of each form's structure that carry the shop's link or address, and those that must not
WITH_LINK = ("seen_credits", "price_foots", "consent_texts", "garden_credits", "cinema_credits", "quiz_credits")
WITH_URL = ("glued_phrases", "sent_lines", "sms_bodies")
NO_LINK = ("stripped_phrases", "forum_posts", "devices", "transcript_lines", "outlets", "captions", "hashtags", "price_lines",
           "receipt_extras", "receipt_thanks", "pager_prev", "pager_next", "app_heads", "front_titles", "gem_labels",
           "diagram_steps", "diagram_tips", "garden_lines", "cinema_lines", "quiz_lines", "term_lines", "term_sponsors")
# the forms whose address is shown as text, not as a link of its own, in plain text
AS_TEXT = ("glued-address", "sent-from", "transcript-ad", "hashtag-trail", "sms-forward", "receipt-paste")


def test_fresh12_snippets_are_unchanged():
    # computed from the Fresh12 class and templates at 45da3c5, before fresh13 was added: fresh12 is scored as a
    # measure, so its draws must not move when a later family is added
    assert inject.snippets_digest("fresh12", inject.Fresh12, ALL["fresh12"], 20) == (
        "c9de2568b1ae110f0ace8d48b1c6a78667bea967031aaf4fd5fb744cc07eb62a")


def test_fresh13_kinds_come_last_and_cover_every_form():
    after = list(inject.KINDS)[list(inject.KINDS).index(next(iter(KINDS))):]  # only later families after them
    assert after[:len(KINDS)] == list(KINDS) and len(KINDS) >= 24
    assert all(round_of(kind) > 13 for kind in after[len(KINDS):])
    forms = {kind.removeprefix("fresh13-") for kind in KINDS}
    assert set(FRESH13["hiding"]) <= forms
    for kind, formats in KINDS.items():
        if kind.removeprefix("fresh13-") in FRESH13["hiding"]:
            assert set(formats) == {"markdown", "html"}  # hidden links have no plain-text form
    for form in forms - set(FRESH13["hiding"]):  # every form has its method, so make_snippet never falls through
        assert callable(getattr(inject.Fresh13, form.replace("-", "_"), None)), form
    # no form of an earlier family has the same name
    earlier = {kind.split("-", 1)[1] for kind in inject.KINDS if round_of(kind) < 13 and "-" in kind}
    assert not forms & earlier, forms & earlier
    # at least a third of the kinds exist in plain text, and some in plain text and Markdown only are forms of their own
    assert sum("text" in formats for formats in KINDS.values()) * 3 >= len(KINDS)
    assert len([kind for kind, formats in KINDS.items() if set(formats) == {"text", "markdown"}]) >= 2


def test_fresh13_shops_are_complete_and_new():
    assert len(FRESH13["shops"]) == 10
    shops_are_complete_and_new(FRESH13, EARLIER, FAMILIES, LANGUAGES, "foreign_riddles",
                               dict(slug="ambervale", wa="447700900518", trade="Rope Works", service="hemp rope"))
    earlier_trades = {t for family in FAMILIES for shop in EARLIER[family]["shops"].values() for t in shop.get("trades", [])}
    assert not {t for shop in FRESH13["shops"].values() for t in shop["trades"]} & earlier_trades
    assert set(FRESH13["language_names"]) == LANGUAGES == set(FRESH13["words"]["riddle_heads"])


def test_fresh13_speaks_eight_new_languages_six_in_new_scripts():
    foreign = [t for shop in FRESH13["shops"].values()
               for key in ("foreign_anchors", "foreign_riddles") for t in _strings(shop[key])]
    foreign += list(FRESH13["words"]["riddle_heads"].values())
    # Tagalog (Baybayin), Western Cham, Kayah Li, Toba Batak, Rejang and Newar (Newa)
    new_scripts = {"TAGALOG", "CHAM", "KAYAH", "BATAK", "REJANG", "NEWA"}
    assert new_scripts | {"LATIN"} <= _scripts(foreign)
    assert not new_scripts & _scripts([EARLIER_TEXT])  # scripts no earlier family writes in
    # and the new languages: none of them is a language an earlier family keys its words by
    earlier_languages = {lang for family in FAMILIES for lang in EARLIER[family].get("language_names", {})}
    earlier_languages |= {lang for family in FAMILIES for shop in EARLIER[family]["shops"].values()
                          for key, value in shop.items() if key.startswith("foreign") and isinstance(value, dict)
                          for lang in value}
    assert not LANGUAGES & earlier_languages


def test_fresh13_words_are_new_and_hold_their_links():
    words = FRESH13["words"]
    for key in WITH_LINK:
        assert all(t.count("{link}") == 1 for t in words[key]), key
    for key in WITH_URL:
        assert all(t.count("{url}") == 1 for t in words[key]), key
    assert all(t.count("{address}") >= 1 and "{code}" in t for t in words["ad_reads"])
    assert all("{name}" in t for t in words["stripped_phrases"])
    assert all("STOP" in t for t in words["sms_bodies"])  # how a marketing text ends
    for key in NO_LINK:  # blocks about another subject, and the parts of a structure that are not the link
        assert not any(re.search(r"\{link\}|\{url\}|https?:|www\.", t) for t in _strings(words[key])), key
    for key in ("term_sponsors",):  # named with a phone and no link
        assert all("{brand}" in t and "{phone}" in t for t in words[key]), key
    wording_is_new(FRESH13, EARLIER)
    earlier_text = EARLIER_TEXT.lower()
    for outlet in words["outlets"]:  # invented outlets, named by no earlier family
        assert outlet.lower() not in earlier_text, outlet


def test_fresh13_hiding_is_new():
    hiding_is_new(FRESH13["hiding"], EARLIER, FAMILIES)
    # and none of the elements or properties each way hides by is in an earlier family's templates
    for mark in ("<meter", "<progress", "<semantics>", "annotation-xml", ":lang(", "text-overflow:ellipsis"):
        assert mark in str(FRESH13["hiding"]) and mark not in EARLIER_TEXT, mark


def test_fresh13_phone_numbers_and_capsules_are_invented():
    phones_are_fictional(FRESH13["slots"])
    for filler in FRESH13["gem_fillers"]:
        assert re.match(r"gemini://[\w.-]+\.example/", filler), filler
    for shop in FRESH13["shops"].values():  # every top-level domain is a common one or under .example
        assert all(tld.endswith(".example") or tld in (".com", ".co.uk", ".net", ".org") or tld.count(".") == 1
                   for tld in shop["domains"][2]), shop["domains"][2]


def _shop_domains() -> set[str]:
    return {first + second + tld for shop in FRESH13["shops"].values()
            for first in shop["domains"][0] for second in shop["domains"][1] for tld in shop["domains"][2]}


def test_fresh13_addresses_in_text_read_back_as_the_shops():
    domains = _shop_domains()
    for seed in range(60):
        def draw(form: str, fmt: str) -> str:
            return inject.Fresh13(FRESH13, random.Random(seed)).snippet(form, fmt)

        for form in AS_TEXT:
            snippet = draw(form, "text")
            assert any(d in snippet for d in domains) and "](" not in snippet and "<a " not in snippet, (form, snippet)
        glued = draw("glued-address", "text")  # no space on either side of the address
        assert any(re.search(r"[a-z](https?://)?(www\.)?" + re.escape(d) + r"\S*[a-z]", glued) for d in domains), glued
        stripped = draw("stripped-anchor", "text")  # the name is left, no address
        assert not any(d in stripped.lower() for d in domains) and not re.search(r"https?:|www\.", stripped), stripped
        receipt = draw("receipt-paste", "text")  # a till roll: as wide as its address, or 32 characters
        width = max(len(line) for line in receipt.split("\n"))
        assert width == len(receipt.split("\n")[3]) and set(receipt.split("\n")[3]) == {"-"}, receipt


def test_every_fresh13_template_fills():
    every_template_fills("fresh13", FRESH13)
