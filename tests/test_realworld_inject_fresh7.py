"""The `fresh7` injection templates (benchmarks/realworld/inject_templates.toml) and their kinds in inject.py.

Checked without linting: the templates are complete and new (trades, anchors, domains, brands, languages, scripts,
ways of hiding and wording no earlier family uses), the invented phone numbers are in ranges reserved for fiction, and
adding fresh7 left the fresh6 snippets exactly as they were. Where snippets land in a host, and that each renders in
its format, is checked with the earlier families' in test_realworld_score.py.
"""

import random
import re
import sys
import unicodedata
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REALWORLD = Path(__file__).resolve().parent.parent / "benchmarks" / "realworld"
sys.path.insert(0, str(REALWORLD))
import inject  # noqa: E402  (a script of the benchmark, not a package)
from inject_rounds import round_of

SOURCE = (REALWORLD / "inject_templates.toml").read_text(encoding="utf-8")
ALL = tomllib.loads(SOURCE)
FRESH7 = ALL["fresh7"]
EARLIER = {key: value for key, value in ALL.items() if round_of(key) < 7}  # the families before it
EARLIER_TEXT = SOURCE[:SOURCE.index("# -- fresh7 ---")]  # the templates as they were before fresh7
KINDS = {kind: formats for kind, (_, formats, _) in inject.KINDS.items() if kind.startswith("fresh7-")}
LANGUAGES = {"gu", "te", "ml", "lo", "pa", "kk", "lt", "is", "ha", "az"}


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_fresh6_snippets_are_unchanged():
    # computed from the Fresh6 class and templates at 8f4bc47, before fresh7 was added: fresh6 is scored as a
    # measure, so its draws must not move when a later family is added
    assert inject.snippets_digest("fresh6", inject.Fresh6, ALL["fresh6"], 20) == (
        "797cd0605037ef7b2cc8b16bcffc504f82f043c968a44f40656438f955af2a88")


def test_fresh7_kinds_come_last_and_cover_every_form():
    after = list(inject.KINDS)[list(inject.KINDS).index(next(iter(KINDS))):]  # only later families after them
    assert after[:len(KINDS)] == list(KINDS) and len(KINDS) >= 24
    assert all(round_of(kind) > 7 for kind in after[len(KINDS):])
    forms = {kind.removeprefix("fresh7-") for kind in KINDS}
    assert set(FRESH7["hiding"]) <= forms
    for kind, formats in KINDS.items():
        if kind.removeprefix("fresh7-") in FRESH7["hiding"]:
            assert set(formats) == {"markdown", "html"}  # hidden links have no plain-text form
    # every form has its method (or is a way of hiding), so make_snippet never falls through
    for form in forms - set(FRESH7["hiding"]):
        assert callable(getattr(inject.Fresh7, form.replace("-", "_"), None)), form


def test_fresh7_shops_are_complete_and_new():
    shops = FRESH7["shops"]
    assert len(shops) == 12
    earlier_shops = {name for family in ("fresh3", "fresh4", "fresh5", "fresh6") for name in EARLIER[family]["shops"]}
    assert not set(shops) & earlier_shops
    earlier_brands = {b for family in ("fresh3", "fresh4", "fresh5", "fresh6") for b in EARLIER[family]["slots"]["brand"]}
    assert not set(FRESH7["slots"]["brand"]) & earlier_brands
    earlier_anchors = {a for a in _strings(ALL["anchors"])}
    earlier_domains = {first for parts in ALL["domains"].values() for first in parts[0]}
    for family in ("fresh3", "fresh4", "fresh5", "fresh6"):
        for shop in EARLIER[family]["shops"].values():
            earlier_anchors |= set(shop["anchors"]) | set(_strings(shop.get("foreign_anchors", [])))
            earlier_domains |= set(shop["domains"][0])
    slots = {name: values[0] for name, values in FRESH7["slots"].items()}
    slots.update(slug="brackwell", wa="12065550151", trade="Tyres", service="tyre fitting", link="LINK")
    used = {lang: 0 for lang in LANGUAGES}
    for name, shop in shops.items():
        for key in ("domains", "paths", "anchors", "trades", "services", "roles", "glossary", "foreign_anchors",
                    "foreign_paragraphs", "foreign_abstracts"):
            assert shop.get(key), (name, key)
        assert len(shop["domains"]) == 3 and len(shop["paths"]) >= 4 and len(shop["anchors"]) >= 4, name
        assert not set(shop["anchors"]) & earlier_anchors and not set(shop["domains"][0]) & earlier_domains, name
        languages = set(shop["foreign_anchors"])
        assert languages == set(shop["foreign_paragraphs"]) == set(shop["foreign_abstracts"]) and languages <= LANGUAGES
        for lang in languages:
            used[lang] += 1
        for paragraph in _strings(shop["foreign_paragraphs"]):  # names the shop, carries no link or address
            assert "{brand}" in paragraph and not re.search(r"\{link\}|https?:|www\.", paragraph), paragraph
        for template in list(_strings(shop["foreign_abstracts"])) + [d for _, d in shop["glossary"]]:
            assert template.count("{link}") == 1, template
        for template in _strings({k: v for k, v in shop.items() if k != "domains"}):
            assert not re.search(r"\{\w+\}", template.format(**slots)), template  # every placeholder is a slot
    assert all(count >= 2 for count in used.values()), used
    assert set(FRESH7["abstract_heads"]) == LANGUAGES


def _scripts(texts) -> set:
    return {unicodedata.name(c, "?").split()[0] for text in texts for c in text if c.isalpha() and not c.isascii()}


def test_fresh7_speaks_ten_new_languages_in_new_scripts():
    foreign = [t for shop in FRESH7["shops"].values()
               for key in ("foreign_anchors", "foreign_paragraphs", "foreign_abstracts") for t in _strings(shop[key])]
    new_scripts = {"GUJARATI", "TELUGU", "MALAYALAM", "LAO", "GURMUKHI"}
    assert new_scripts | {"CYRILLIC", "LATIN"} <= _scripts(foreign)
    assert not new_scripts & _scripts([EARLIER_TEXT])  # scripts no earlier family writes in
    # Kazakh, Lithuanian, Icelandic, Hausa and Azerbaijani by letters of their own, which no earlier family uses
    for letters in ("әқңұү", "ėįųū", "ðþæ", "ƙɗ", "ə"):
        assert any(c in "".join(foreign) for c in letters) and not any(c in EARLIER_TEXT for c in letters), letters


def test_fresh7_words_are_new_and_hold_their_links():
    words = FRESH7["words"]
    for key in ("cookie_texts", "forum_replies"):
        assert all(t.count("{link}") == 1 for t in words[key]), key
    for key in ("press_releases", "job_ads", "classifieds", "classified_shop"):  # blocks about another subject
        assert not any(re.search(r"\{link\}|https?:|www\.", t) for t in words[key]), key
    # no wording is shared with an earlier family: every string of three words or more is new
    earlier = {s for s in _strings(EARLIER) if len(s.split()) >= 3}
    shared = {s for s in _strings(FRESH7) if len(s.split()) >= 3} & earlier
    assert not shared, shared


def test_fresh7_hiding_is_new():
    earlier = {around for family in ("fresh5", "fresh6") for entries in EARLIER[family]["hiding"].values()
               for around in _strings(entries)} | {w for f in ("fresh3", "fresh4") for w in _strings(EARLIER[f]["hiding"])}
    for form, entries in FRESH7["hiding"].items():
        assert len(entries) >= 5, form
        for around, _ in entries:
            assert around.count("@LINKS@") == 1 and around not in earlier, around
    assert not set(FRESH7["hiding"]) & {w for f in ("fresh3", "fresh4", "fresh5", "fresh6") for w in EARLIER[f]["hiding"]}


FICTION = (r"555-01\d\d", r"\(555\) 01\d\d", r"\+1 \d{3} 555 01\d\d", r"01632 960 \d{3}", r"0113 496 0\d{3}",
           r"\+44 20 7946 0\d{3}", r"\(02\) 5550 \d{4}", r"\+61 491 570 \d{3}", r"\+44 7700 900\d{3}")


def test_fresh7_phone_numbers_and_redirectors_are_invented():
    for number in FRESH7["slots"]["phone"] + FRESH7["slots"]["whatsapp"]:
        assert any(re.fullmatch(pattern, number) for pattern in FICTION), number
    for redirect in FRESH7["redirects"]:  # the page's own (relative) or a made-up redirector under .example
        assert redirect.startswith("/") or re.match(r"https://[\w.]+\.example/", redirect), redirect
        assert "@U@" in redirect or "@B64@" in redirect


def test_fresh7_addresses_that_dodge_matching_are_broken_but_whole():
    marks = set(FRESH7["zero_width"]["text"])
    for seed in range(60):
        text = inject.Fresh7(FRESH7, random.Random(seed)).snippet("zero-width", "text")
        assert any(m in text for m in marks) and "." in text and not re.search(r"\s", text), repr(text)
        look = inject.Fresh7(FRESH7, random.Random(seed)).snippet("homoglyph", "text")
        assert not look.isascii() and not re.search(r"\s", look), look
        back = "".join(chr(ord(c) - 0xFEE0) if "！" <= c <= "～" else c for c in look)
        back = "".join({v: k for k, v in FRESH7["homoglyphs"].items()}.get(c, c) for c in back)
        assert back.isascii(), look  # only look-alike letters or full-width forms stand in for ASCII


def every_template_fills(family: str, templates: dict) -> None:
    """Every kind of `family`, in every format, fills all its slots and placeholders, and its draws vary."""
    for kind, (_, formats, _) in inject.KINDS.items():
        if not kind.startswith(family + "-"):
            continue
        for fmt in formats:
            seen = set()
            for seed in range(40):
                snippet = inject.make_snippet(kind, fmt, inject.Spam(random.Random(seed), {family: templates}, []))
                seen.add(snippet)
                assert snippet.strip() and not re.search(r"\{\w+\}|@[A-Z0-9]+@|\0", snippet), (kind, snippet)
            assert len(seen) >= 15, kind  # the draws vary


def test_every_fresh7_template_fills():
    every_template_fills("fresh7", FRESH7)
