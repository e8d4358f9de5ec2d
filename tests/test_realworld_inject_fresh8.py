"""The `fresh8` injection templates (benchmarks/realworld/inject_templates.toml) and their kinds in inject.py.

Checked without linting: the templates are complete and new (trades, anchors, domains, brands, languages, scripts,
ways of hiding and wording no earlier family uses), the invented phone numbers are in ranges reserved for fiction, the
map and QR hosts are invented, and adding fresh8 left the fresh7 snippets exactly as they were. Where snippets land in
a host, and that each renders in its format, is checked with the earlier families' in test_realworld_score.py.
"""

import re

# fresh7's tests read the same table and define the helpers used here (strings of a table, scripts of texts, the
# phone ranges reserved for fiction); inject is the benchmark's script, put on the path there
from test_realworld_inject_fresh7 import ALL, FICTION, SOURCE, _scripts, _strings, every_template_fills, inject
from inject_rounds import round_of

FRESH8 = ALL["fresh8"]
EARLIER = {key: value for key, value in ALL.items() if round_of(key) < 8}  # the families before it
EARLIER_TEXT = SOURCE[:SOURCE.index("# -- fresh8 ---")]  # the templates as they were before fresh8
FAMILIES = ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7")
KINDS = {kind: formats for kind, (_, formats, _) in inject.KINDS.items() if kind.startswith("fresh8-")}
LANGUAGES = {"kn", "or", "bo", "dv", "mt", "cy", "lv", "uk", "ig", "et"}
# the words of each form's structure that carry the shop's link, and those that must not
WITH_LINK = ("bylines", "newsletters", "sponsor_reads", "shop_events", "tooltips", "credits", "syndications")
NO_LINK = ("events", "terms_clauses", "match_reports", "spec_tails", "streets", "hours", "episode_topics", "toc_items")


def names_are_new(family: dict, earlier: dict, families: tuple) -> tuple[set, set]:
    """No shop, brand or person of `family` is one of the earlier `families`'; returns the earlier anchors and the
    first parts of their domains, which each new shop's must not repeat."""
    assert not set(family["shops"]) & {name for f in families for name in earlier[f]["shops"]}
    assert not set(family["slots"]["brand"]) & {b for f in families for b in earlier[f]["slots"]["brand"]}
    assert not set(family["slots"]["person"]) & {p for f in families for p in earlier[f]["slots"].get("person", [])}
    anchors = set(_strings(ALL["anchors"]))
    domains = {first for parts in ALL["domains"].values() for first in parts[0]}
    for f in families:
        for shop in earlier[f]["shops"].values():
            anchors |= set(shop["anchors"]) | set(_strings(shop.get("foreign_anchors", [])))
            domains |= set(shop["domains"][0])
    return anchors, domains


def wording_is_new(family: dict, earlier: dict) -> None:
    """No wording is shared with an earlier family: every string of three words or more is new."""
    shared = {s for s in _strings(family) if len(s.split()) >= 3} & {s for s in _strings(earlier) if len(s.split()) >= 3}
    assert not shared, shared


def phones_are_fictional(slots: dict) -> None:
    for number in slots["phone"] + slots["whatsapp"]:
        assert any(re.fullmatch(pattern, number) for pattern in FICTION), number


def hiding_is_new(hiding: dict, earlier: dict, families: tuple) -> None:
    """Every way of hiding of a family ([around, attributes] entries) is new: fresh3 to fresh5 wrote a way of hiding
    as one opening (or attributes), fresh6 on as [around, attributes]."""
    openings = {w for f in ("fresh3", "fresh4", "fresh5") for w in _strings(earlier[f]["hiding"])}
    pairs = {tuple(entry) for f in families if f not in ("fresh3", "fresh4", "fresh5")
             for entries in earlier[f]["hiding"].values() for entry in entries}
    for form, entries in hiding.items():
        assert len(entries) >= 5, form
        for around, attributes in entries:
            assert around.count("@LINKS@") == 1 and (around, attributes) not in pairs, around
            assert around.split("@LINKS@")[0] not in openings - {""} and attributes not in openings - {""}, around
    assert not set(hiding) & {w for f in families for w in earlier[f]["hiding"]}


def test_fresh7_snippets_are_unchanged():
    # computed from the Fresh7 class and templates at 9051758, before fresh8 was added: fresh7 is scored as a
    # measure, so its draws must not move when a later family is added
    assert inject.snippets_digest("fresh7", inject.Fresh7, ALL["fresh7"], 20) == (
        "0a8364bc65d0eb372ac83acab78e0d47a40706d49cdf16c66005b662097205e2")


def test_fresh8_kinds_come_last_and_cover_every_form():
    after = list(inject.KINDS)[list(inject.KINDS).index(next(iter(KINDS))):]  # only later families after them
    assert after[:len(KINDS)] == list(KINDS) and len(KINDS) >= 24
    assert all(round_of(kind) > 8 for kind in after[len(KINDS):])
    forms = {kind.removeprefix("fresh8-") for kind in KINDS}
    assert set(FRESH8["hiding"]) <= forms
    for kind, formats in KINDS.items():
        if kind.removeprefix("fresh8-") in FRESH8["hiding"]:
            assert set(formats) == {"markdown", "html"}  # hidden links have no plain-text form
    for form in forms - set(FRESH8["hiding"]):  # every form has its method, so make_snippet never falls through
        assert callable(getattr(inject.Fresh8, form.replace("-", "_"), None)), form
    # no form of an earlier family has the same name
    earlier = {kind.split("-", 1)[1] for kind in inject.KINDS
               if round_of(kind) < 8 and "-" in kind}
    assert not forms & earlier, forms & earlier


def test_fresh8_shops_are_complete_and_new():
    shops = FRESH8["shops"]
    assert len(shops) == 12
    earlier_anchors, earlier_domains = names_are_new(FRESH8, EARLIER, FAMILIES)
    slots = {name: values[0] for name, values in FRESH8["slots"].items()}
    slots.update(slug="brindlecombe", wa="13125550119", trade="Signs", service="shop signs", link="LINK")
    used = {lang: 0 for lang in LANGUAGES}
    for name, shop in shops.items():
        for key in ("domains", "paths", "anchors", "trades", "services", "specs", "foreign_anchors", "foreign_notices"):
            assert shop.get(key), (name, key)
        assert len(shop["domains"]) == 3 and len(shop["paths"]) >= 4 and len(shop["anchors"]) >= 4, name
        assert len([p for p in shop["paths"] if p.strip("/")]) >= 3, name  # a <base href> needs relative paths
        assert not set(shop["anchors"]) & earlier_anchors and not set(shop["domains"][0]) & earlier_domains, name
        assert all(len(spec) == 2 for spec in shop["specs"]) and len(shop["specs"]) >= 3, name
        languages = set(shop["foreign_anchors"])
        assert languages == set(shop["foreign_notices"]) and languages <= LANGUAGES, name
        for lang in languages:
            used[lang] += 1
        for notice in _strings(shop["foreign_notices"]):  # names the shop with a phone, carries no link or address
            assert "{brand}" in notice and "{phone}" in notice and not re.search(r"\{link\}|https?:|www\.", notice)
        for template in _strings({k: v for k, v in shop.items() if k != "domains"}):
            assert not re.search(r"\{\w+\}", template.format(**slots)), template  # every placeholder is a slot
    assert all(count >= 2 for count in used.values()), used
    assert set(FRESH8["language_names"]) == LANGUAGES


def test_fresh8_speaks_ten_new_languages_in_new_scripts():
    foreign = [t for shop in FRESH8["shops"].values()
               for key in ("foreign_anchors", "foreign_notices") for t in _strings(shop[key])]
    new_scripts = {"KANNADA", "ORIYA", "TIBETAN", "THAANA"}
    assert new_scripts | {"CYRILLIC", "LATIN"} <= _scripts(foreign)
    assert not new_scripts & _scripts([EARLIER_TEXT])  # scripts no earlier family writes in
    # Maltese, Welsh, Latvian, Ukrainian, Igbo and Estonian by letters of their own, which no earlier family uses
    for letters in ("ħġ", "ŵŷ", "ļķņģ", "їєґ", "ịụ", "õ"):
        assert any(c in "".join(foreign) for c in letters) and not any(c in EARLIER_TEXT for c in letters), letters


def test_fresh8_words_are_new_and_hold_their_links():
    words = FRESH8["words"]
    for key in WITH_LINK:
        assert all(t.count("{link}") == 1 for t in words[key]), key
    for key in NO_LINK:  # blocks about another subject, and the parts of a structure that are not the link
        assert not any(re.search(r"\{link\}|https?:|www\.", t) for t in words[key]), key
    wording_is_new(FRESH8, EARLIER)


def test_fresh8_hiding_is_new():
    hiding_is_new(FRESH8["hiding"], EARLIER, FAMILIES)


def test_fresh8_phone_numbers_and_hosts_are_invented():
    phones_are_fictional(FRESH8["slots"])
    for host in FRESH8["map_hosts"] + FRESH8["qr_hosts"]:
        assert re.match(r"https://[\w.-]+\.example/", host), host
    assert all("@U@" in host for host in FRESH8["qr_hosts"])


def test_every_fresh8_template_fills():
    every_template_fills("fresh8", FRESH8)
