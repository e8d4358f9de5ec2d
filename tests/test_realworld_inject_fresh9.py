"""The `fresh9` injection templates (benchmarks/realworld/inject_templates.toml) and their kinds in inject.py.

Checked without linting: the templates are complete and new (trades, anchors, domains, brands, people, languages,
scripts, ways of hiding and wording no earlier family uses), the invented phone numbers are in ranges reserved for
fiction, the calendar and "trusted" hosts are invented, the addresses that dodge being read as one read back as the
shop's, and adding fresh9 left the fresh8 snippets exactly as they were. Where snippets land in a host, and that each
renders in its format, is checked with the earlier families' in test_realworld_score.py.
"""

import html
import random
import re
import unicodedata

# fresh7's tests read the same table and define the helpers used here (strings of a table, scripts of texts, the
# phone ranges reserved for fiction); inject is the benchmark's script, put on the path there
from test_realworld_inject_fresh7 import ALL, SOURCE, _scripts, _strings, every_template_fills, inject
# fresh8's define the checks that a family's names, wording and ways of hiding are new and its phones fictional
from test_realworld_inject_fresh8 import hiding_is_new, names_are_new, phones_are_fictional, wording_is_new
from inject_rounds import round_of

FRESH9 = ALL["fresh9"]
EARLIER = {key: value for key, value in ALL.items() if round_of(key) < 9}  # the families before it
EARLIER_TEXT = SOURCE[:SOURCE.index("# -- fresh9 ---")]  # the templates as they were before fresh9
FAMILIES = ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8")
KINDS = {kind: formats for kind, (_, formats, _) in inject.KINDS.items() if kind.startswith("fresh9-")}
LANGUAGES = {"zgh", "iu", "syr", "cs", "eo", "nb", "sq", "mi", "ee", "sk"}
# the words of each form's structure that carry the shop's link, and those that must not
WITH_LINK = ("social_posts", "email_bodies")
NO_LINK = ("weather_sponsors", "horoscope_sponsors", "review_names", "pingback_quotes", "card_pros", "email_replies",
           "feed_descriptions", "calendar_events")


def test_fresh8_snippets_are_unchanged():
    # computed from the Fresh8 class and templates at 3a2e9ee, before fresh9 was added: fresh8 is scored as a
    # measure, so its draws must not move when a later family is added
    assert inject.snippets_digest("fresh8", inject.Fresh8, ALL["fresh8"], 20) == (
        "f464d3f5276b8811e1538ff3f9e497cee3a321c7551e71779fb72e9ad349e6eb")


def test_fresh9_kinds_come_last_and_cover_every_form():
    after = list(inject.KINDS)[list(inject.KINDS).index(next(iter(KINDS))):]  # only later families after them
    assert after[:len(KINDS)] == list(KINDS) and len(KINDS) >= 24
    assert all(round_of(kind) > 9 for kind in after[len(KINDS):])
    forms = {kind.removeprefix("fresh9-") for kind in KINDS}
    assert set(FRESH9["hiding"]) <= forms
    for kind, formats in KINDS.items():
        if kind.removeprefix("fresh9-") in FRESH9["hiding"]:
            assert set(formats) == {"markdown", "html"}  # hidden links have no plain-text form
    for form in forms - set(FRESH9["hiding"]):  # every form has its method, so make_snippet never falls through
        assert callable(getattr(inject.Fresh9, form.replace("-", "_"), None)), form
    # no form of an earlier family has the same name
    earlier = {kind.split("-", 1)[1] for kind in inject.KINDS if round_of(kind) < 9 and "-" in kind}
    assert not forms & earlier, forms & earlier


def test_fresh9_shops_are_complete_and_new():
    shops = FRESH9["shops"]
    assert len(shops) == 12
    earlier_anchors, earlier_domains = names_are_new(FRESH9, EARLIER, FAMILIES)
    slots = {name: values[0] for name, values in FRESH9["slots"].items()}
    slots.update(slug="ashworthy", wa="447700900319", trade="Saunas", service="garden saunas", link="LINK")
    used = {lang: 0 for lang in LANGUAGES}
    for name, shop in shops.items():
        for key in ("domains", "paths", "anchors", "trades", "services", "foreign_anchors", "foreign_reviews"):
            assert shop.get(key), (name, key)
        assert len(shop["domains"]) == 3 and len(shop["paths"]) >= 4 and len(shop["anchors"]) >= 4, name
        assert not set(shop["anchors"]) & earlier_anchors and not set(shop["domains"][0]) & earlier_domains, name
        assert all(re.fullmatch(r"[a-z-]+", first) for first in shop["domains"][0]), name  # plain ASCII names
        languages = set(shop["foreign_anchors"])
        assert languages == set(shop["foreign_reviews"]) and languages <= LANGUAGES, name
        for lang in languages:
            used[lang] += 1
        for review in _strings(shop["foreign_reviews"]):  # names the shop, carries no link or address
            assert "{brand}" in review and not re.search(r"\{link\}|https?:|www\.", review), review
        for template in _strings({k: v for k, v in shop.items() if k != "domains"}):
            assert not re.search(r"\{\w+\}", template.format(**slots)), template  # every placeholder is a slot
    assert all(count >= 2 for count in used.values()), used
    assert set(FRESH9["review_heads"]) == LANGUAGES


def test_fresh9_speaks_ten_new_languages_in_new_scripts():
    foreign = [t for shop in FRESH9["shops"].values()
               for key in ("foreign_anchors", "foreign_reviews") for t in _strings(shop[key])]
    foreign += list(FRESH9["review_heads"].values())
    new_scripts = {"TIFINAGH", "CANADIAN", "SYRIAC"}  # Tamazight, Inuktitut (syllabics), Assyrian
    assert new_scripts | {"LATIN"} <= _scripts(foreign)
    assert not new_scripts & _scripts([EARLIER_TEXT])  # scripts no earlier family writes in
    # Czech, Esperanto, Norwegian, Albanian, Maori, Ewe and Slovak by letters of their own, which no earlier family uses
    for letters in ("řůě", "ĉĝŝŭ", "ø", "ë", "ō", "ɖƒʋ", "ľ"):
        assert all(c in "".join(foreign) for c in letters) and not any(c in EARLIER_TEXT for c in letters), letters


def test_fresh9_words_are_new_and_hold_their_links():
    words = FRESH9["words"]
    for key in WITH_LINK:
        assert all(t.count("{link}") == 1 for t in words[key]), key
    assert all(t.count("{url}") == 1 for t in words["calendar_details"])
    for key in NO_LINK:  # blocks about another subject, and the parts of a structure that are not the link
        assert not any(re.search(r"\{link\}|\{url\}|https?:|www\.", t) for t in words[key]), key
    assert not any(re.search(r"\{link\}|https?:|www\.", t) for t in _strings(words["horoscope_signs"]))
    wording_is_new(FRESH9, EARLIER)


def test_fresh9_hiding_is_new():
    hiding_is_new(FRESH9["hiding"], EARLIER, FAMILIES)


def test_fresh9_phone_numbers_and_hosts_are_invented():
    phones_are_fictional(FRESH9["slots"])
    for _, host in FRESH9["calendar_hosts"]:
        assert re.match(r"https://[\w.-]+\.example/", host) and "@D@" in host, host
    for host in FRESH9["trusted_hosts"]:
        assert host.endswith(".example") or ":" in host, host


def _shop_domains() -> set[str]:
    return {first + second + tld for shop in FRESH9["shops"].values()
            for first in shop["domains"][0] for second in shop["domains"][1] for tld in shop["domains"][2]}


def test_fresh9_addresses_that_dodge_matching_read_back_as_the_shops():
    domains = _shop_domains()

    def names_a_shop(text: str) -> bool:
        return any(d in text for d in domains)

    for seed in range(60):
        def draw(form: str, fmt: str = "text") -> str:
            return inject.Fresh9(FRESH9, random.Random(seed)).snippet(form, fmt)

        fancy = draw("fancy-letters")  # mathematical or circled letters: NFKC folds them back to ASCII
        assert not fancy.isascii() and names_a_shop(unicodedata.normalize("NFKC", fancy)) and not names_a_shop(fancy)
        reversed_ = draw("bidi-reversed")
        inner = re.search("\u202e(.*)\u202c", reversed_).group(1)
        assert names_a_shop(inner[::-1]) and not names_a_shop(reversed_), reversed_
        userinfo = draw("userinfo-url")
        host = re.search(r"https?://[^\s/@]+@([^\s/)]+)", userinfo).group(1).removeprefix("www.")
        assert host in domains, userinfo
        split = draw("split-markup", "html")
        assert names_a_shop(html.unescape(re.sub(r"<[^>]*>", "", split))) and not names_a_shop(split), split
        wiki = draw("wiki-markup")
        assert names_a_shop(wiki) and "<a " not in wiki and "](" not in wiki, wiki


def test_every_fresh9_template_fills():
    every_template_fills("fresh9", FRESH9)
