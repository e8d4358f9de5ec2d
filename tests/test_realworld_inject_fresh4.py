"""The `fresh4` injection templates (benchmarks/realworld/inject_templates.toml) and their kinds in inject.py.

Checked without linting: the templates are complete and new (trades, anchors and domains no earlier family uses,
in English and in several scripts), every fresh4 kind yields a snippet in each of its formats with every slot
filled, and adding fresh4 left the fresh3 snippets exactly as they were. Where snippets land in a host is checked
with fresh3's in test_realworld_score.py.
"""

import html
import random
import re
import sys
import unicodedata
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REALWORLD = Path(__file__).resolve().parent.parent / "benchmarks" / "realworld"
sys.path.insert(0, str(REALWORLD))
import inject  # noqa: E402  (a script of the benchmark, not a package)
from inject_rounds import round_of

ALL = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))
FRESH4 = ALL["fresh4"]
KINDS = {kind: formats for kind, (_, formats, _) in inject.KINDS.items() if kind.startswith("fresh4-")}
SLOTS = {name: values[0] for name, values in FRESH4["slots"].items()}
FOREIGN_KEYS = ("foreign_anchors", "foreign_sentences", "foreign_urls")


def test_fresh3_snippets_are_unchanged():
    # computed from the Fresh3 class and templates at 5d2be79, before fresh4 was added: fresh3 is a blind measure
    # scored at the start and end of a session, so its draws must not move when a later family is added
    assert inject.snippets_digest("fresh3", inject.Fresh3, ALL["fresh3"], 30) == (
        "97d58f175b6836bcdbcfd170cbed5571f016867c9fdfd6228b96b888e4ba15aa")


def test_fresh4_kinds_come_last_and_cover_every_form():
    after = list(inject.KINDS)[list(inject.KINDS).index(next(iter(KINDS))):]  # only later families after them
    assert after[:len(KINDS)] == list(KINDS)
    assert all(round_of(kind) > 4 for kind in after[len(KINDS):])
    forms = {kind[len("fresh4-"):] for kind in KINDS}
    assert set(FRESH4["hiding"]) <= forms and "marquee" in forms
    assert {"link-line", "anchor", "foreign-anchor", "bare-url", "foreign-bare-url", "sentence",
            "foreign-sentence", "promo-block"} <= forms
    for kind, formats in KINDS.items():
        assert set(formats) == ({"markdown", "html"} if kind[len("fresh4-"):] in FRESH4["hiding"]
                                else set(inject.FORMATS))


def _earlier_words() -> tuple[set, set]:
    """Anchors and domain names of the earlier families (the first tables, fresh3)."""
    anchors = {a for values in ALL["anchors"].values() for a in values}
    domains = {first for parts in ALL["domains"].values() for first in parts[0]}
    for shop in ALL["fresh3"]["shops"].values():
        anchors |= set(shop["anchors"] + shop.get("foreign_anchors", []))
        domains |= set(shop["domains"][0])
    return anchors, domains


def test_fresh4_shops_are_complete_and_new():
    anchors, domains = _earlier_words()
    shops = FRESH4["shops"]
    assert len(shops) >= 12 and not set(shops) & set(ALL["fresh3"]["shops"])
    for name, shop in shops.items():
        assert len(shop["domains"]) == 3 and all(shop["domains"]), name
        assert len(shop["paths"]) >= 4 and len(shop["anchors"]) >= 4, name
        assert all(len(shop[key]) >= (2 if key != "foreign_sentences" else 1) for key in FOREIGN_KEYS), name
        assert len(shop["sentences"]) >= 2, name
        assert not set(shop["anchors"] + shop["foreign_anchors"]) & anchors, name
        assert not set(shop["domains"][0]) & domains, name
        for sentence in shop["sentences"] + shop["foreign_sentences"]:  # a call to action naming the shop, no link
            assert "{brand}" in sentence and not re.search(r"\{link\}|https?:|www\.|\.(com|example)\b", sentence)
        for template in [t for key in ("paths", "anchors", "sentences", *FOREIGN_KEYS) for t in shop[key]]:
            assert "{" not in template.format(**SLOTS), template  # every placeholder is a slot (else KeyError)
        # some addresses are in another script, or in the ASCII (punycode) form of one
        assert any(not url.isascii() or "xn--" in url for url in shop["foreign_urls"]), name


def _scripts(texts) -> set:
    """The scripts of the letters in the texts: LATIN, CYRILLIC, GREEK, ARABIC, HEBREW, CJK, HANGUL, ..."""
    scripts = set()
    for text in texts:
        for char in text:
            if char.isalpha():
                scripts.add(unicodedata.name(char, "?").split()[0])
    return scripts


def test_fresh4_speaks_many_languages_and_scripts():
    shops = FRESH4["shops"].values()
    foreign = [t for shop in shops for key in FOREIGN_KEYS for t in shop[key]]
    foreign += [b for b in FRESH4["promos"]["blocks"] if not b.isascii()]
    wanted = {"CYRILLIC", "GREEK", "ARABIC", "HEBREW", "DEVANAGARI", "THAI", "CJK", "HANGUL", "HIRAGANA",
              "KATAKANA", "LATIN"}
    assert wanted <= _scripts(foreign)
    # every shop speaks at least three languages besides English (told apart here by script or by accents)
    for shop in shops:
        assert len(shop["foreign_anchors"]) >= 3
    # Latin-script languages other than English, by letters of their own (German, Polish, French or Spanish,
    # Turkish, Czech, Vietnamese)
    assert set("ßłéıýử") <= set("".join(foreign))


def _size(block: str) -> float:
    """Words; in a script written without spaces between words (CJK, Thai), characters / 2."""
    words = len(block.split())
    return words if words >= 25 else len(block.replace(" ", "")) / 2


def test_fresh4_promo_blocks_are_ads_of_the_right_length():
    blocks = FRESH4["promos"]["blocks"]
    assert len(blocks) >= 15 and sum(not b.isascii() or "ANZEIGE" in b for b in blocks) >= 10
    for block in blocks:
        filled = block.format(**SLOTS, url="example.example")
        assert 40 <= _size(filled) <= 100, block[:40]
        assert "{money}" in block or "{pct}" in block, block[:40]  # a price or a discount
        assert "{url}" in block or "{phone}" in block, block[:40]  # where to buy


def test_fresh4_hiding_wrappers_close_with_one_tag():
    for form, wrappers in FRESH4["hiding"].items():
        assert len(wrappers) >= 5, form
        for wrapper in wrappers:
            assert wrapper.startswith(("<", " ")), wrapper
            if wrapper.startswith("<"):  # the snippet closes only the last opened tag: the others close inside
                opened = re.findall(r"<(\w+)", wrapper)[:-1]
                assert all(f"</{tag}>" in wrapper for tag in opened), wrapper
    assert not {w for ws in FRESH4["hiding"].values() for w in ws} & \
        {w for ws in ALL["fresh3"]["hiding"].values() for w in ws}  # written anew


def _links(snippet: str, fmt: str) -> list:
    pattern = {"html": r"<a [^>]*href=\"[^\"]+\"[^>]*>[^<]+</a>", "markdown": r"\[[^\]]+\]\([^)\s]+\)",
               "text": r"(?:https?://|www\.)\S+"}[fmt]
    return re.findall(pattern, snippet, re.I)


def _drawn_from(text: str, templates: list) -> bool:
    """The text is one of the templates with its slots filled."""
    return any(re.fullmatch(re.sub(r"\\\{\w+\\\}", ".+?", re.escape(t)), text) for t in templates)


@pytest.mark.parametrize("kind, fmt", [(kind, fmt) for kind, formats in KINDS.items() for fmt in formats])
def test_every_fresh4_kind_makes_a_snippet_in_each_of_its_formats(kind, fmt):
    form = kind[len("fresh4-"):]
    seen = set()
    for seed in range(60):
        snippet = inject.make_snippet(kind, fmt, inject.Spam(random.Random(seed), {"fresh4": FRESH4}, []))
        seen.add(snippet)
        assert snippet.strip() and not re.search(r"\{\w+\}", snippet)  # every slot filled (CSS braces hold a colon)
        if form in ("sentence", "foreign-sentence", "promo-block") and fmt == "html":
            assert "<" not in snippet  # text, escaped
        if form in ("sentence", "foreign-sentence"):
            assert not _links(snippet, fmt) and "](" not in snippet and "href" not in snippet
            key = "sentences" if form == "sentence" else "foreign_sentences"
            assert _drawn_from(html.unescape(snippet), [t for shop in FRESH4["shops"].values() for t in shop[key]])
        elif form in ("anchor", "foreign-anchor", "link-line") or form in FRESH4["hiding"]:
            assert _links(snippet, "html" if form in FRESH4["hiding"] else fmt), snippet
        elif form in ("bare-url", "foreign-bare-url"):
            assert not re.search(r"\s", snippet) and "." in snippet and "<" not in snippet
    assert len(seen) >= 20  # the draws vary


def test_fresh4_hidden_links_are_in_english_and_other_languages():
    shops = FRESH4["shops"].values()
    anchors = {key: [a for shop in shops for a in shop[key]] for key in ("anchors", "foreign_anchors")}
    words = set()
    for seed in range(40):
        spam = inject.Spam(random.Random(seed), {"fresh4": FRESH4}, [])
        snippet = inject.make_snippet("fresh4-display-none", "html", spam)
        words |= {html.unescape(text) for text in re.findall(r"<a [^>]*>([^<]+)</a>", snippet)}
    for key, templates in anchors.items():
        assert any(_drawn_from(word, templates) for word in words), key
