"""The `fresh11` injection templates (benchmarks/realworld/inject_templates.toml) and their kinds in inject.py.

Checked without linting: the templates are complete and new (trades, anchors, domains, brands, people, languages,
scripts, ways of hiding and wording no earlier family uses), the invented phone numbers are in ranges reserved for
fiction, the archives and caches are invented, the addresses kept where a page keeps resources (srcset, a player, a
resource hint, a cite, a CSS url(), a title, an abbreviation) read back as the shop's with no <a href> to it, and
adding fresh11 left the fresh10 snippets exactly as they were. Where snippets land in a host, and that each renders
in its format, is checked with the earlier families' in test_realworld_score.py.
"""

import html
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

FRESH11 = ALL["fresh11"]
EARLIER = {key: value for key, value in ALL.items() if round_of(key) < 11}  # the families before it
EARLIER_TEXT = SOURCE[:SOURCE.index("# -- fresh11 ---")]  # the templates as they were before fresh11
FAMILIES = ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10")
KINDS = {kind: formats for kind, (_, formats, _) in inject.KINDS.items() if kind.startswith("fresh11-")}
LANGUAGES = {"vai", "ban", "su", "osa", "lis", "mni", "lkt", "nv", "ki", "tw"}
# the words of each form's structure that carry the shop's link, and those that must not
WITH_LINK = ("revision_shop_entries", "a11y_credits", "feedback_credits", "audio_credits", "recipe_credits",
             "ticker_credits", "puzzle_credits")
NO_LINK = ("revision_entries", "a11y_tools", "feedback_options", "recipe_ingredients", "recipe_names", "ticker_items",
           "puzzle_clues", "tide_lines", "tide_sponsors", "tv_lines", "tv_sponsors", "traffic_lines", "traffic_sponsors",
           "bookmark_titles", "bookmark_descriptions", "abbr_sentences", "title_anchors")
# the forms whose shop's address is kept where a page keeps a resource or a note, never in an <a href>
NOT_A_LINK = ("srcset-image", "media-source", "resource-hint", "edit-cite", "css-url", "link-title", "abbreviation")


def test_fresh10_snippets_are_unchanged():
    # computed from the Fresh10 class and templates at 4e702ab, before fresh11 was added: fresh10 is scored as a
    # measure, so its draws must not move when a later family is added
    assert inject.snippets_digest("fresh10", inject.Fresh10, ALL["fresh10"], 20) == (
        "0d8164c60b5cb042caee999263b8e5f70590005d6bce5f543b89953a2d49b4c9")


def test_fresh11_kinds_come_last_and_cover_every_form():
    after = list(inject.KINDS)[list(inject.KINDS).index(next(iter(KINDS))):]  # only later families after them
    assert after[:len(KINDS)] == list(KINDS) and len(KINDS) >= 24
    assert all(round_of(kind) > 11 for kind in after[len(KINDS):])
    forms = {kind.removeprefix("fresh11-") for kind in KINDS}
    assert set(FRESH11["hiding"]) <= forms
    for kind, formats in KINDS.items():
        if kind.removeprefix("fresh11-") in FRESH11["hiding"]:
            assert set(formats) == {"markdown", "html"}  # hidden links have no plain-text form
    for form in forms - set(FRESH11["hiding"]):  # every form has its method or table, so make_snippet never falls through
        assert callable(getattr(inject.Fresh11, form.replace("-", "_"), None)) or form in inject.Fresh11.TABLES, form
    assert all(FRESH11[table] for table in inject.Fresh11.TABLES.values())
    # no form of an earlier family has the same name
    earlier = {kind.split("-", 1)[1] for kind in inject.KINDS if round_of(kind) < 11 and "-" in kind}
    assert not forms & earlier, forms & earlier


def test_fresh11_shops_are_complete_and_new():
    assert len(FRESH11["shops"]) == 10
    shops_are_complete_and_new(FRESH11, EARLIER, FAMILIES, LANGUAGES, "foreign_greetings",
                               dict(slug="thistlewick", wa="447700900417", trade="Shearing", service="crutching"))
    earlier_trades = {t for family in FAMILIES for shop in EARLIER[family]["shops"].values() for t in shop.get("trades", [])}
    assert not {t for shop in FRESH11["shops"].values() for t in shop["trades"]} & earlier_trades
    assert set(FRESH11["language_names"]) == LANGUAGES == set(FRESH11["words"]["greeting_heads"])


def test_fresh11_speaks_ten_new_languages_in_new_scripts():
    foreign = [t for shop in FRESH11["shops"].values()
               for key in ("foreign_anchors", "foreign_greetings") for t in _strings(shop[key])]
    foreign += list(FRESH11["words"]["greeting_heads"].values())
    # Vai, Balinese, Sundanese, Osage, Lisu (Fraser) and Meitei (Meetei Mayek)
    new_scripts = {"VAI", "BALINESE", "SUNDANESE", "OSAGE", "LISU", "MEETEI"}
    assert new_scripts | {"LATIN"} <= _scripts(foreign)
    assert not new_scripts & _scripts([EARLIER_TEXT])  # scripts no earlier family writes in
    # Lakota, Navajo, Gikuyu and Twi by letters of their own, which no earlier family uses
    for letter in ("ȟ", "ǫ", "ĩ", "ɛ"):
        assert letter in "".join(foreign) and letter not in EARLIER_TEXT, letter


def test_fresh11_words_are_new_and_hold_their_links():
    words = FRESH11["words"]
    for key in WITH_LINK:
        assert all(t.count("{link}") == 1 for t in words[key]), key
    assert all(t.count("{url}") == 1 for t in words["title_texts"])
    assert all(t.count("{abbr}") == 1 for t in words["abbr_sentences"])
    for key in NO_LINK:  # blocks about another subject, and the parts of a structure that are not the link
        assert not any(re.search(r"\{link\}|\{url\}|https?:|www\.", t) for t in words[key]), key
    wording_is_new(FRESH11, EARLIER)
    for key in ("srcsets", "media_tags", "hints", "edit_tags", "css_urls"):  # markup of its own
        assert not set(FRESH11[key]) & set(_strings(EARLIER)), key
        assert all("@URL" in t or "@HOME@" in t for t in FRESH11[key]), key
        assert not any("<a " in t for t in FRESH11[key]), key


def test_fresh11_hiding_is_new():
    hiding_is_new(FRESH11["hiding"], EARLIER, FAMILIES)
    # and none of the properties or selectors each way hides by is in an earlier family's templates
    for mark in ("contain:", ":target", ":checked", "text-security"):
        assert mark in str(FRESH11["hiding"]) and mark not in EARLIER_TEXT, mark


def test_fresh11_phone_numbers_and_archives_are_invented():
    phones_are_fictional(FRESH11["slots"])
    for archive in FRESH11["archives"]:  # a made-up archive or cache under .example, the shop's address as it is
        assert re.match(r"https://[\w.-]+\.example/", archive) and archive.count("@URL@") == 1, archive


def _shop_domains() -> set[str]:
    return {first + second + tld for shop in FRESH11["shops"].values()
            for first in shop["domains"][0] for second in shop["domains"][1] for tld in shop["domains"][2]}


def test_fresh11_addresses_kept_as_resources_read_back_as_the_shops():
    domains = _shop_domains()

    def names_a_shop(text: str) -> bool:
        return any(d in text for d in domains)

    for seed in range(60):
        def draw(form: str, fmt: str = "html") -> str:
            return inject.Fresh11(FRESH11, random.Random(seed)).snippet(form, fmt)

        for form in NOT_A_LINK:  # the shop there, but no <a href> goes to it
            for fmt in ("markdown", "html"):
                snippet = draw(form, fmt)
                assert names_a_shop(html.unescape(snippet)), snippet
                assert not re.search(r'<a [^>]*\shref="https?:|\]\(https?:', snippet), snippet
        wrapped = draw("archive-wrapper", "text")  # an archive's address with the shop's inside it, not after a ?url=
        assert names_a_shop(wrapped) and re.search(r"\.example/\S*https?://", wrapped), wrapped
        abbr = draw("abbreviation", "markdown")
        short = re.search(r"\*\[([A-Z]+)\]: ", abbr).group(1)
        assert abbr.count(short) == 2, abbr  # the abbreviation in the sentence and its definition


def test_every_fresh11_template_fills():
    every_template_fills("fresh11", FRESH11)
