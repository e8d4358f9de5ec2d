"""The `fresh14` injection templates (benchmarks/realworld/inject_templates.toml) and their kinds in inject.py.

Checked without linting: the templates are complete and new (trades, anchors, domains, brands, people, form names,
languages, scripts and wording no earlier family uses), the invented phone numbers are in ranges reserved for fiction,
each snippet carries the shop's address (or, in the blocks that name the shop with a phone, its name and phone), the
quoted-printable source decodes back to a link to the shop, and adding fresh14 left the fresh13 snippets exactly as they
were. Where snippets land in a host is checked with the earlier families' in test_realworld_score.py.
"""

import html
import quopri
import random
import re
import unicodedata

# fresh7's tests read the same table and define the helpers used here (strings of a table, scripts of texts); inject is
# the benchmark's script, put on the path there
from test_realworld_inject_fresh7 import ALL, SOURCE, _scripts, _strings, every_template_fills, inject
# fresh8's define the checks that a family's wording is new and its phones fictional
from test_realworld_inject_fresh8 import phones_are_fictional, wording_is_new
from inject_rounds import round_of

FRESH14 = ALL["fresh14"]
EARLIER = {key: value for key, value in ALL.items() if round_of(key) < 14}
EARLIER_TEXT = SOURCE[:SOURCE.index("# -- fresh14 ---")]  # the templates as they were before fresh14
FAMILIES = ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13")
KINDS = {kind: formats for kind, (_, formats, _) in inject.KINDS.items() if kind.startswith("fresh14-")}
LANGUAGES = {"mg", "oc", "gd", "fo", "xh", "qu", "nod", "rhg"}
# blocks that name the shop with a phone and no link
NO_LINK = {"fresh14-ferry-timetable", "fresh14-foreign-lesson"}
# the words of each form's structure that carry the shop's link, and those that must not
WITH_LINK = ("reviewer_lines", "seal_texts", "captcha_foots", "scare_texts", "margin_notes", "translator_lines",
             "fuel_credits", "pet_credits", "knit_credits", "auction_credits", "qp_sentences")
LINKLESS = ("compare_heads", "retailers", "update_texts", "survey_texts", "survey_questions", "push_texts", "chat_greetings",
            "fuel_lines", "pet_lines", "knit_lines", "ferry_lines", "ferry_sponsors", "auction_lines", "ring_texts")


def _shop_domains() -> set[str]:
    return {first + second + tld for shop in FRESH14["shops"].values()
            for first in shop["domains"][0] for second in shop["domains"][1] for tld in shop["domains"][2]}


def test_fresh13_snippets_are_unchanged():
    # computed from the Fresh13 class and templates at fc96b69, before fresh14 was added: a family scored as a measure
    # must keep its draws when a later family is added
    assert inject.snippets_digest("fresh13", inject.Fresh13, ALL["fresh13"], 20) == (
        "9b9d406b1247de06306976487d9d710f86ede7f4d7e16f3ab870d595c1ac0d40")


def test_fresh14_kinds_come_last_and_cover_every_form():
    after = list(inject.KINDS)[list(inject.KINDS).index(next(iter(KINDS))):]  # only later families after them
    assert after[:len(KINDS)] == list(KINDS) and len(KINDS) >= 20
    assert all(round_of(kind) > 14 for kind in after[len(KINDS):])
    forms = {kind.removeprefix("fresh14-") for kind in KINDS}
    for form in forms:  # every form has its method, so make_snippet never falls through
        assert callable(getattr(inject.Fresh14, form.replace("-", "_"), None)), form
    earlier = {kind.split("-", 1)[1] for kind in inject.KINDS if round_of(kind) < 14 and "-" in kind}
    assert not forms & earlier, forms & earlier  # no form of an earlier family has the same name
    assert sum("text" in formats for formats in KINDS.values()) * 3 >= len(KINDS) * 2  # most exist in plain text


def test_fresh14_shops_are_complete_and_new():
    assert len(FRESH14["shops"]) == 10
    earlier_shops = [shop for family in FAMILIES for shop in EARLIER[family]["shops"].values()]
    earlier_trades = {t for shop in earlier_shops for t in shop.get("trades", [])}
    earlier_domains = {d for shop in earlier_shops if "domains" in shop for d in shop["domains"][0]}
    earlier_anchors = {a for shop in earlier_shops for a in shop.get("anchors", [])}
    spoken = {lang: 0 for lang in LANGUAGES}
    for name, shop in FRESH14["shops"].items():
        for key in ("domains", "paths", "anchors", "trades", "services", "foreign_lessons"):
            assert shop.get(key), (name, key)
        assert len(shop["domains"]) == 3 and len(shop["paths"]) >= 4 and len(shop["anchors"]) >= 4, name
        assert all(re.fullmatch(r"[a-z-]+", first) for first in shop["domains"][0]), name  # plain ASCII names
        assert not set(shop["domains"][0]) & earlier_domains and not set(shop["anchors"]) & earlier_anchors, name
        assert not set(shop["trades"]) & earlier_trades, name
        assert all(tld.endswith(".example") or tld.count(".") == 1 or tld == ".co.uk" for tld in shop["domains"][2]), name
        for lang, lines in shop["foreign_lessons"].items():  # the shop named with a phone, no link or address
            spoken[lang] += 1
            assert all("{brand}" in line and "{phone}" in line and not re.search(r"\{link\}|https?:|www\.", line)
                       for line in lines), lines
    assert all(count >= 2 for count in spoken.values()), spoken
    brands = {b for family in FAMILIES for b in EARLIER[family].get("slots", {}).get("brand", [])}
    people = {p for family in FAMILIES for p in EARLIER[family].get("slots", {}).get("person", [])}
    assert not set(FRESH14["slots"]["brand"]) & brands and not set(FRESH14["slots"]["person"]) & people


def test_fresh14_speaks_eight_new_languages_two_in_new_scripts():
    words = FRESH14["words"]
    assert set(FRESH14["language_names"]) == LANGUAGES == set(words["lesson_heads"])
    assert set(words["foreign_reviewer_lines"]) == set(words["foreign_translator_lines"]) == LANGUAGES
    foreign = [t for shop in FRESH14["shops"].values() for t in _strings(shop["foreign_lessons"])]
    foreign += list(_strings(words["lesson_heads"])) + list(_strings(words["foreign_reviewer_lines"]))
    assert "LATIN" in _scripts(foreign)
    for script in ("TAI THAM", "HANIFI ROHINGYA"):  # Northern Thai and Rohingya, in scripts no earlier family writes in
        assert any(unicodedata.name(c, "").startswith(script) for c in "".join(foreign)), script
        assert not any(unicodedata.name(c, "").startswith(script) for c in EARLIER_TEXT), script
    earlier_languages = {lang for family in FAMILIES for lang in EARLIER[family].get("language_names", {})}
    earlier_languages |= {lang for family in FAMILIES for shop in EARLIER[family]["shops"].values()
                          for key, value in shop.items() if key.startswith("foreign") and isinstance(value, dict)
                          for lang in value}
    assert not LANGUAGES & earlier_languages


def test_fresh14_words_are_new_and_hold_their_links():
    words = FRESH14["words"]
    for key in WITH_LINK:
        assert all(t.count("{link}") == 1 for t in words[key]), key
    for key in ("foreign_reviewer_lines", "foreign_translator_lines"):
        assert all(t.count("{link}") == 1 for t in words[key].values()), key
    assert all(t.count("{url}") == 1 for t in words["captcha_commands"] + words["onion_phrases"])
    for key in LINKLESS:  # the parts of a structure that are not the link, and the blocks about another subject
        assert not any(re.search(r"\{link\}|\{url\}|https?:|www\.", t) for t in _strings(words[key])), key
    assert all("{brand}" in t and "{phone}" in t for t in words["ferry_sponsors"])
    assert all(re.fullmatch(r"https://[\w-]+\.example/[\w/]*", site) for site in FRESH14["ring_sites"])
    wording_is_new(FRESH14, EARLIER)
    phones_are_fictional(FRESH14["slots"])


def test_fresh14_snippets_carry_the_shop():
    """Every snippet carries one of the shop's addresses (an onion address for that form), or, in the blocks with no
    link, the shop's name and a phone; the quoted-printable source decodes to a link to the shop."""
    domains = _shop_domains()
    for seed in range(30):
        for kind, formats in KINDS.items():
            form = kind.removeprefix("fresh14-")
            for fmt in formats:
                snippet = inject.Fresh14(FRESH14, random.Random(seed)).snippet(form, fmt)
                if kind in NO_LINK:
                    assert any(p in snippet for p in FRESH14["slots"]["phone"]), (kind, snippet)
                    assert not re.search(r"https?:|www\.", snippet), (kind, snippet)
                elif form == "onion-address":
                    assert re.search(r"http://[a-z2-7]{55}d\.onion", snippet), snippet
                elif form == "quoted-printable":
                    body = quopri.decodestring(html.unescape(snippet).split("quoted-printable\n\n", 1)[1].encode()).decode()
                    assert re.search(r'<a href="https?://[^"]+"', body) and any(d in body for d in domains), snippet
                else:
                    assert any(d in snippet for d in domains), (kind, fmt, snippet)


def test_every_fresh14_template_fills():
    every_template_fills("fresh14", FRESH14)
