"""The `fresh12` injection templates (benchmarks/realworld/inject_templates.toml) and their kinds in inject.py.

Checked without linting: the templates are complete and new (trades, anchors, domains, brands, people, languages,
scripts, ways of hiding and wording no earlier family uses), the invented phone numbers are in ranges reserved for
fiction and the IP addresses in ranges reserved for documentation, the addresses that do not look like one (unspun,
opening another browser, on an IP address, behind a trusted-sounding subdomain, with whitespace in them) read back as
the shop's, and adding fresh12 left the fresh11 snippets exactly as they were. Where snippets land in a host, and that
each renders in its format, is checked with the earlier families' in test_realworld_score.py.
"""

import html
import ipaddress
import random
import re
import urllib.parse

# fresh7's tests read the same table and define the helpers used here (strings of a table, scripts of texts, the
# phone ranges reserved for fiction); inject is the benchmark's script, put on the path there
from test_realworld_inject_fresh7 import ALL, SOURCE, _scripts, _strings, every_template_fills, inject
# fresh8's define the checks that a family's names, wording and ways of hiding are new and its phones fictional
from test_realworld_inject_fresh8 import hiding_is_new, phones_are_fictional, wording_is_new
# fresh10's, that each shop is complete and new and its foreign words in the family's languages
from test_realworld_inject_fresh10 import shops_are_complete_and_new
from inject_rounds import round_of

FRESH12 = ALL["fresh12"]
EARLIER = {key: value for key, value in ALL.items() if round_of(key) < 12}  # the families before it
EARLIER_TEXT = SOURCE[:SOURCE.index("# -- fresh12 ---")]  # the templates as they were before fresh12
FAMILIES = ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11")
KINDS = {kind: formats for kind, (_, formats, _) in inject.KINDS.items() if kind.startswith("fresh12-")}
LANGUAGES = {"ii", "tdd", "ccp", "lif", "bax", "bug", "hu", "bm", "tpi", "eu"}
# the words of each form's structure that carry the shop's link or address, and those that must not
WITH_LINK = ("calc_credits", "sky_credits", "deal_credits", "history_credits")
WITH_URL = ("cue_shop_lines", "chat_shop_lines")
NO_LINK = ("spin_verbs", "spin_adjectives", "spin_whens", "app_anchors", "app_leads", "lookalike_anchors", "wrapped_sentences",
           "cue_lines", "chat_lines", "flyer_lines", "digest_items", "digest_sponsor_lines", "digest_footers", "print_sources",
           "calculators", "heading_titles", "heading_blurbs", "table_rows", "sky_lines", "deal_lines", "history_lines",
           "bin_lines", "bin_sponsors", "lost_lines", "lost_sponsors")
# the forms whose address is written so that it does not look like one
DISGUISED = ("spintax", "app-scheme", "ip-host", "lookalike-subdomain", "whitespace-url")


def test_fresh11_snippets_are_unchanged():
    # computed from the Fresh11 class and templates at 6f62b62, before fresh12 was added: fresh11 is scored as a
    # measure, so its draws must not move when a later family is added
    assert inject.snippets_digest("fresh11", inject.Fresh11, ALL["fresh11"], 20) == (
        "b12bbc3b7fa68c2ef63b9ee7111c153832e2165beaced1aeb53fd9b3908ac051")


def test_fresh12_kinds_come_last_and_cover_every_form():
    after = list(inject.KINDS)[list(inject.KINDS).index(next(iter(KINDS))):]  # only later families after them
    assert after[:len(KINDS)] == list(KINDS) and len(KINDS) >= 24
    assert all(round_of(kind) > 12 for kind in after[len(KINDS):])
    forms = {kind.removeprefix("fresh12-") for kind in KINDS}
    assert set(FRESH12["hiding"]) <= forms
    for kind, formats in KINDS.items():
        if kind.removeprefix("fresh12-") in FRESH12["hiding"]:
            assert set(formats) == {"markdown", "html"}  # hidden links have no plain-text form
    for form in forms - set(FRESH12["hiding"]):  # every form has its method, so make_snippet never falls through
        assert callable(getattr(inject.Fresh12, form.replace("-", "_"), None)), form
    # no form of an earlier family has the same name
    earlier = {kind.split("-", 1)[1] for kind in inject.KINDS if round_of(kind) < 12 and "-" in kind}
    assert not forms & earlier, forms & earlier
    # at least a third of the kinds exist in plain text, and those in plain text and Markdown only are forms of their own
    assert sum("text" in formats for formats in KINDS.values()) * 3 >= len(KINDS)
    assert [kind for kind, formats in KINDS.items() if set(formats) == {"text", "markdown"}]


def test_fresh12_shops_are_complete_and_new():
    assert len(FRESH12["shops"]) == 10
    shops_are_complete_and_new(FRESH12, EARLIER, FAMILIES, LANGUAGES, "foreign_proverbs",
                               dict(slug="brackenholt", wa="447700900263", trade="Yurts", service="yurt hire"))
    earlier_trades = {t for family in FAMILIES for shop in EARLIER[family]["shops"].values() for t in shop.get("trades", [])}
    assert not {t for shop in FRESH12["shops"].values() for t in shop["trades"]} & earlier_trades
    assert set(FRESH12["language_names"]) == LANGUAGES == set(FRESH12["words"]["proverb_heads"])


def test_fresh12_speaks_ten_new_languages_in_new_scripts():
    foreign = [t for shop in FRESH12["shops"].values()
               for key in ("foreign_anchors", "foreign_proverbs") for t in _strings(shop[key])]
    foreign += list(FRESH12["words"]["proverb_heads"].values())
    # Nuosu (Yi), Tai Nüa (Tai Le), Chakma, Limbu, Bamum and Buginese
    new_scripts = {"YI", "TAI", "CHAKMA", "LIMBU", "BAMUM", "BUGINESE"}
    assert new_scripts | {"LATIN"} <= _scripts(foreign)
    assert not new_scripts & _scripts([EARLIER_TEXT])  # scripts no earlier family writes in
    # Hungarian and Bambara by letters of their own, which no earlier family uses
    for letter in ("ő", "ɲ"):
        assert letter in "".join(foreign) and letter not in EARLIER_TEXT, letter
    # and the new languages' names: none of them is a language an earlier family keys its words by
    earlier_languages = {lang for family in FAMILIES for lang in EARLIER[family].get("language_names", {})}
    assert not LANGUAGES & earlier_languages


def test_fresh12_words_are_new_and_hold_their_links():
    words = FRESH12["words"]
    for key in WITH_LINK:
        assert all(t.count("{link}") == 1 for t in words[key]), key
    for key in WITH_URL:
        assert all(t.count("{url}") == 1 for t in words[key]), key
    assert all(t.count("{links}") == 1 and "{verb}" in t for t in words["spin_sentences"])
    for key in NO_LINK:  # blocks about another subject, and the parts of a structure that are not the link
        assert not any(re.search(r"\{link\}|\{url\}|https?:|www\.", t) for t in _strings(words[key])), key
    for key in ("bin_sponsors", "lost_sponsors"):  # named with a phone and no link
        assert all("{brand}" in t and "{phone}" in t for t in words[key]), key
    wording_is_new(FRESH12, EARLIER)
    for key in ("app_schemes",):  # markup of its own
        assert not set(FRESH12[key]) & set(_strings(EARLIER)), key


def test_fresh12_hiding_is_new():
    hiding_is_new(FRESH12["hiding"], EARLIER, FAMILIES)
    # and none of the properties or values each way hides by is in an earlier family's templates
    for mark in ("0fr", "{&", "translateZ", "offset-path"):
        assert mark in str(FRESH12["hiding"]) and mark not in EARLIER_TEXT, mark


def test_fresh12_phone_numbers_ip_addresses_and_fillers_are_invented():
    phones_are_fictional(FRESH12["slots"])
    documentation = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
    for ip in FRESH12["ip_hosts"]:  # RFC 5737
        assert any(ipaddress.ip_address(ip) in net for net in documentation), ip
    for filler in FRESH12["print_fillers"]:
        assert re.match(r"https://[\w.-]+\.example/", filler), filler
    for label in FRESH12["words"]["lookalike_labels"]:  # no real domain: a label put before the shop's own
        assert re.fullmatch(r"[a-z-]+(\.[a-z]+)?", label), label


def _shop_domains() -> set[str]:
    return {first + second + tld for shop in FRESH12["shops"].values()
            for first in shop["domains"][0] for second in shop["domains"][1] for tld in shop["domains"][2]}


def test_fresh12_disguised_addresses_read_back_as_the_shops():
    domains = _shop_domains()

    def readable(snippet: str) -> str:
        return urllib.parse.unquote(html.unescape(snippet)).lower()

    for seed in range(60):
        def draw(form: str, fmt: str) -> str:
            return inject.Fresh12(FRESH12, random.Random(seed)).snippet(form, fmt)

        for form in DISGUISED + ("ocr-flyer",):
            for fmt in inject.KINDS["fresh12-" + form][1]:
                snippet = draw(form, fmt)
                assert any(d in readable(snippet) for d in domains), (form, fmt, snippet)
        spun = draw("spintax", "text")  # unspun groups of three words, and the shop's addresses as a group of their own
        assert len(re.findall(r"\{[^{}|]+\|[^{}|]+\|[^{}|]+\}", spun)) >= 3 and re.search(r"\{https?://\S+\|https?://", spun), spun
        assert re.search(r'href="(intent|x-safari-https|googlechromes|microsoft-edge|firefox):', draw("app-scheme", "html"))
        host = re.search(r"http://([^/\s\"]+)/", html.unescape(draw("ip-host", "html"))).group(1)
        assert re.fullmatch(r"[\d.]+(:\d+)?|\d+|0x[0-9a-f]+", host), host
        padded = draw("whitespace-url", "html")
        assert re.search(r'href="[^"]*(&#(9|10|13);|^ )|href=" ', padded), padded  # whitespace a browser drops
        md = draw("whitespace-url", "markdown")
        assert re.search(r"\]\(<|\]\(  ", md), md
        # the flyer's address in capitals, as printed
        assert any(d.upper() in draw("ocr-flyer", "text") for d in domains)


def test_every_fresh12_template_fills():
    every_template_fills("fresh12", FRESH12)
