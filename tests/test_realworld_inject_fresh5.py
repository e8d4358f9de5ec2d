"""The `fresh5` injection templates (benchmarks/realworld/inject_templates.toml) and their kinds in inject.py.

Checked without linting: the templates are complete and new (trades, anchors and languages no earlier family uses),
every form a fresh5 kind names is built, addresses that must not be links are not, and adding fresh5 left the fresh4
snippets exactly as they were. Where snippets land in a host, and that each renders in its format, is checked with
fresh3's and fresh4's in test_realworld_score.py.
"""

import random
import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REALWORLD = Path(__file__).resolve().parent.parent / "benchmarks" / "realworld"
sys.path.insert(0, str(REALWORLD))
import inject  # noqa: E402  (a script of the benchmark, not a package)
from inject_rounds import round_of

ALL = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))
FRESH5 = ALL["fresh5"]
KINDS = {kind: formats for kind, (_, formats, _) in inject.KINDS.items() if kind.startswith("fresh5-")}


def test_fresh4_snippets_are_unchanged():
    # computed from the Fresh4 class and templates at 1dbfaf4, before fresh5 was added: fresh4 is scored as a
    # measure, so its draws must not move when a later family is added
    assert inject.snippets_digest("fresh4", inject.Fresh4, ALL["fresh4"], 30) == (
        "d060ed984a5e46cf3beeab8ab3259e0f0f20ca78e600f3fc4292893fbf7bff17")


def test_fresh5_kinds_come_last_and_cover_every_form():
    after = list(inject.KINDS)[list(inject.KINDS).index(next(iter(KINDS))):]  # only later families after them
    assert after[:len(KINDS)] == list(KINDS) and all(round_of(kind) > 5
                                                         for kind in after[len(KINDS):])
    forms = {kind[len("fresh5-"):] for kind in KINDS}
    assert set(FRESH5["hiding"]) <= forms and len(KINDS) >= 14
    for kind, formats in KINDS.items():
        if kind[len("fresh5-"):] in FRESH5["hiding"]:
            assert set(formats) == {"markdown", "html"}  # hidden links have no plain-text form


def test_fresh5_shops_are_complete_and_new():
    earlier = {anchor for anchors in ALL["anchors"].values() for anchor in anchors}
    for family in ("fresh3", "fresh4"):
        assert not set(FRESH5["shops"]) & set(ALL[family]["shops"])  # trades no earlier family uses
        earlier |= {anchor for shop in ALL[family]["shops"].values()
                    for anchor in shop["anchors"] + shop.get("foreign_anchors", [])}
    assert len(FRESH5["shops"]) >= 12
    for name, shop in FRESH5["shops"].items():
        for key in ("paths", "anchors", "foreign_anchors", "sentences", "foreign_sentences", "idn_hosts"):
            assert shop[key], (name, key)
        assert len(shop["domains"]) == 3 and all(shop["domains"]), name
        assert not set(shop["anchors"] + shop["foreign_anchors"]) & earlier, name
        assert not any("{link}" in s or "http" in s for s in shop["sentences"] + shop["foreign_sentences"]), name
        for host in shop["idn_hosts"]:  # a domain in another script, which has a punycode form
            assert not host.isascii() and "xn--" in host.encode("idna").decode(), host


def test_fresh5_words_hold_one_link_each():
    words = FRESH5["words"]
    for key in ("captions", "bios", "comments", "mimic", "references", "ref_sentences"):
        for template in words[key]:
            assert template.count("{link}") == 1, template


def test_fresh5_spelled_out_addresses_are_not_links():
    for seed in range(100):
        snippet = inject.Fresh5(FRESH5, random.Random(seed)).snippet("obfuscated", "text")
        assert "://" not in snippet and not re.search(r"\w\.(com|net|ro|hu|example|ca|ke)\b", snippet), snippet


def test_fresh5_idn_urls_come_in_both_forms():
    urls = {inject.Fresh5(FRESH5, random.Random(seed)).snippet("idn-url", "text") for seed in range(60)}
    assert any("xn--" in url for url in urls) and any(not url.isascii() for url in urls)
    assert not any(re.search(r"\s|\{", url) for url in urls)


def test_open_tags_are_the_ones_left_open():
    assert inject._open_tags('<div style="font-size:0"><ul><li>') == ["div", "ul", "li"]
    assert inject._open_tags("<details><summary>.</summary>") == ["details"]
    assert inject._open_tags("<small><font color=white>") == ["small", "font"]
