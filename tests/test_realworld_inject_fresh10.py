"""The `fresh10` injection templates (benchmarks/realworld/inject_templates.toml) and their kinds in inject.py.

Checked without linting: the templates are complete and new (trades, anchors, domains, brands, people, languages,
scripts, ways of hiding and wording no earlier family uses), the invented phone numbers are in ranges reserved for
fiction, the other hosts are invented, the addresses that are not where they seem read back as the shop's, and adding
fresh10 left the fresh9 snippets exactly as they were. Where snippets land in a host, and that each renders in its
format, is checked with the earlier families' in test_realworld_score.py.
"""

import base64
import random
import re
import urllib.parse

# fresh7's tests read the same table and define the helpers used here (strings of a table, scripts of texts, the
# phone ranges reserved for fiction); inject is the benchmark's script, put on the path there
from test_realworld_inject_fresh7 import ALL, SOURCE, _scripts, _strings, every_template_fills, inject
# fresh8's define the checks that a family's names, wording and ways of hiding are new and its phones fictional
from test_realworld_inject_fresh8 import hiding_is_new, names_are_new, phones_are_fictional, wording_is_new
from inject_rounds import round_of

FRESH10 = ALL["fresh10"]
EARLIER = {key: value for key, value in ALL.items() if round_of(key) < 10}  # the families before it
EARLIER_TEXT = SOURCE[:SOURCE.index("# -- fresh10 ---")]  # the templates as they were before fresh10
FAMILIES = ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9")
KINDS = {kind: formats for kind, (_, formats, _) in inject.KINDS.items() if kind.startswith("fresh10-")}
LANGUAGES = {"sat", "mn", "chr", "nqo", "ff", "jv", "ro", "haw", "tk", "gn"}
# the words of each form's structure that carry the shop's link, and those that must not
WITH_LINK = ("task_shop_items", "callout_texts", "poll_sponsors")
NO_LINK = ("lottery_sponsors", "property_sponsors", "property_lines", "obituary_texts", "obituary_sponsors", "task_items",
           "poll_options", "poll_questions", "comment_texts", "blogroll_fillers", "vcard_notes")


def test_fresh9_snippets_are_unchanged():
    # computed from the Fresh9 class and templates at b4e604e, before fresh10 was added: fresh9 is scored as a
    # measure, so its draws must not move when a later family is added
    assert inject.snippets_digest("fresh9", inject.Fresh9, ALL["fresh9"], 20) == (
        "e442a54bb5aa7a254b6a78824dec9d5edea71a0be8e2c146c77658454c5e7c3d")


def test_fresh10_kinds_come_last_and_cover_every_form():
    after = list(inject.KINDS)[list(inject.KINDS).index(next(iter(KINDS))):]  # only later families after them
    assert after[:len(KINDS)] == list(KINDS) and len(KINDS) >= 24
    assert all(round_of(kind) > 10 for kind in after[len(KINDS):])
    forms = {kind.removeprefix("fresh10-") for kind in KINDS}
    assert set(FRESH10["hiding"]) <= forms
    for kind, formats in KINDS.items():
        if kind.removeprefix("fresh10-") in FRESH10["hiding"]:
            assert set(formats) == {"markdown", "html"}  # hidden links have no plain-text form
    for form in forms - set(FRESH10["hiding"]):  # every form has its method, so make_snippet never falls through
        assert callable(getattr(inject.Fresh10, form.replace("-", "_"), None)), form
    # no form of an earlier family has the same name
    earlier = {kind.split("-", 1)[1] for kind in inject.KINDS if round_of(kind) < 10 and "-" in kind}
    assert not forms & earlier, forms & earlier


def test_fresh10_shops_are_complete_and_new():
    assert len(FRESH10["shops"]) == 10
    shops_are_complete_and_new(FRESH10, EARLIER, FAMILIES, LANGUAGES, "foreign_tips",
                               dict(slug="brindlemarsh", wa="447700900582", trade="Skips", service="skip hire"))
    assert set(FRESH10["language_names"]) == LANGUAGES == set(FRESH10["words"]["tip_heads"])


def shops_are_complete_and_new(family: dict, earlier: dict, families: tuple, languages: set, named: str, extra: dict) -> None:
    """Every shop of `family` (fresh10 on) has its tables, anchors and domains no earlier family has, plain ASCII
    domain names, foreign words in two or more of its shops for each of `languages` (keyed alike in foreign_anchors
    and in `named`, the block that names the shop with a phone and no link), and only slots as placeholders (`extra`
    the slots each snippet draws)."""
    earlier_anchors, earlier_domains = names_are_new(family, earlier, families)
    slots = {name: values[0] for name, values in family["slots"].items()}
    slots.update(extra, link="LINK", url="URL")
    used = {lang: 0 for lang in languages}
    for name, shop in family["shops"].items():
        for key in ("domains", "paths", "anchors", "trades", "services", "foreign_anchors", named):
            assert shop.get(key), (name, key)
        assert len(shop["domains"]) == 3 and len(shop["paths"]) >= 4 and len(shop["anchors"]) >= 4, name
        assert not set(shop["anchors"]) & earlier_anchors and not set(shop["domains"][0]) & earlier_domains, name
        assert all(re.fullmatch(r"[a-z-]+", first) for first in shop["domains"][0]), name  # plain ASCII names
        spoken = set(shop["foreign_anchors"])
        assert spoken == set(shop[named]) and spoken <= languages, name
        for lang in spoken:
            used[lang] += 1
        for line in _strings(shop[named]):  # names the shop with a phone, carries no link or address
            assert "{brand}" in line and "{phone}" in line and not re.search(r"\{link\}|https?:|www\.", line), line
        for template in _strings({k: v for k, v in shop.items() if k != "domains"}):
            assert not re.search(r"\{\w+\}", template.format(**slots)), template  # every placeholder is a slot
    assert all(count >= 2 for count in used.values()), used


def test_fresh10_speaks_ten_new_languages_in_new_scripts():
    foreign = [t for shop in FRESH10["shops"].values()
               for key in ("foreign_anchors", "foreign_tips") for t in _strings(shop[key])]
    foreign += list(FRESH10["words"]["tip_heads"].values())
    # Santali (Ol Chiki), Mongolian (traditional script), Cherokee, Manding (N'Ko), Fulfulde (Adlam), Javanese
    new_scripts = {"OL", "MONGOLIAN", "CHEROKEE", "NKO", "ADLAM", "JAVANESE"}
    assert new_scripts | {"LATIN"} <= _scripts(foreign)
    assert not new_scripts & _scripts([EARLIER_TEXT])  # scripts no earlier family writes in
    # Romanian, Hawaiian, Turkmen and Guarani by letters of their own, which no earlier family uses
    for letters in ("ș", "ʻ", "ň", "ẽ"):
        assert all(c in "".join(foreign) for c in letters) and not any(c in EARLIER_TEXT for c in letters), letters


def test_fresh10_words_are_new_and_hold_their_links():
    words = FRESH10["words"]
    for key in WITH_LINK:
        assert all(t.count("{link}") == 1 for t in words[key]), key
    assert all(t.count("{url}") == 1 for t in words["message_bodies"])
    for key in NO_LINK:  # blocks about another subject, and the parts of a structure that are not the link
        assert not any(re.search(r"\{link\}|\{url\}|https?:|www\.", t) for t in words[key]), key
    wording_is_new(FRESH10, EARLIER)
    for key in ("shortcodes", "amp_tags", "frames", "structured", "svg_resources"):  # markup of its own
        assert not set(FRESH10[key]) & set(_strings(EARLIER)), key
        assert all("@URL" in t or "@HOME@" in t for t in FRESH10[key]), key


def test_fresh10_hiding_is_new():
    hiding_is_new(FRESH10["hiding"], EARLIER, FAMILIES)


def test_fresh10_phone_numbers_and_hosts_are_invented():
    phones_are_fictional(FRESH10["slots"])
    fillers = {re.sub(r"[^a-z]", "", name.lower()) for name in FRESH10["words"]["blogroll_fillers"]}
    for seed in range(40):  # the blogroll's other sites are invented, under .example
        snippet = inject.Fresh10(FRESH10, random.Random(seed)).snippet("blogroll", "text")
        hosts = set(re.findall(r"https://([\w-]+)\.example/", snippet))
        assert hosts & fillers and all(h in fillers or h + ".example" in _shop_domains() for h in hosts), snippet


def _shop_domains() -> set[str]:
    return {first + second + tld for shop in FRESH10["shops"].values()
            for first in shop["domains"][0] for second in shop["domains"][1] for tld in shop["domains"][2]}


def test_fresh10_addresses_that_are_not_where_they_seem_read_back_as_the_shops():
    domains = _shop_domains()

    def names_a_shop(text: str) -> bool:
        return any(d in text for d in domains)

    for seed in range(60):
        def draw(form: str, fmt: str = "html") -> str:
            return inject.Fresh10(FRESH10, random.Random(seed)).snippet(form, fmt)

        data = draw("data-uri")  # the page in the data: URI sends the reader to the shop
        href = re.search(r'href="data:text/html;([^"]+)"', data).group(1)
        page = base64.b64decode(href.split(",", 1)[1]).decode() if href.startswith("base64,") else urllib.parse.unquote(href)
        assert names_a_shop(page) and re.search(r"refresh|location", page) and "://" not in data, data
        message = draw("prefilled-message", "markdown")  # the shop in the message's body, percent-encoded
        body = re.search(r"body=([^)&]+)", message).group(1)
        assert names_a_shop(urllib.parse.unquote(body)) and "%20" in body, message
        shortcode = draw("raw-shortcode", "text")
        assert names_a_shop(urllib.parse.unquote(shortcode)) and "<a " not in shortcode and "](" not in shortcode
        for form in ("amp-markup", "exotic-frame", "svg-resource", "comment-form-echo", "xlink-anchor"):  # no <a href> there
            snippet = draw(form)
            assert names_a_shop(snippet) and not re.search(r'<a [^>]*\shref="https?:', snippet), snippet
        assert names_a_shop(draw("microdata"))


def test_every_fresh10_template_fills():
    every_template_fills("fresh10", FRESH10)
