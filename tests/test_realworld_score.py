"""The real-world benchmark's arithmetic (benchmarks/realworld/score.py, inject.py) and the label files' integrity.

The arithmetic is checked on small hand-made labels and findings; the checks that read real texts skip when
../shared (or the git-ignored web-page cache) is absent.
"""

import base64
import html
import importlib.util
import json
import random
import re
import sys
import urllib.parse
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
REALWORLD = ROOT / "benchmarks" / "realworld"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"realworld_{name}", REALWORLD / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


score = _load("score")
inject = _load("inject")


@dataclass
class FakeFinding:
    category: str
    line: int = 1
    column: int = 1
    end_line: int = 1
    end_column: int = 2
    code: str = "LM000"
    message: str = ""
    severity: str = "warning"


def _doc(name: str, **labels) -> dict:
    return {"file": name, "path": Path(name), "set": "t", **labels}


def test_score_counts_documents_not_findings():
    docs = [
        _doc("a", unsourced_statistic=True),   # found (twice): one true positive
        _doc("b", unsourced_statistic=True),   # not found: a miss
        _doc("c", unsourced_statistic=False),  # flagged: a false alarm
        _doc("d", unsourced_statistic=False),  # quiet: a true negative
        _doc("e"),                              # label not given: not scored
    ]
    findings = {
        Path("a"): [FakeFinding("statistics"), FakeFinding("statistics")],
        Path("b"): [FakeFinding("citations")],
        Path("c"): [FakeFinding("statistics")],
        Path("d"): [],
        Path("e"): [FakeFinding("statistics")],
    }
    rows = {row[0]: row for row in score.score(docs, findings)}
    category, tp, fp, fn, misses, alarms = rows["statistics"]
    assert (tp, fp, fn) == (1, 1, 1)
    assert [d["file"] for d in misses] == ["b"]
    assert [d["file"] for d, _ in alarms] == ["c"]
    assert "citations" not in rows  # no citations label given anywhere: not scored


def test_a_category_is_positive_when_any_of_its_labels_is():
    docs = [_doc("a", vague_attribution=False, dangling_citation=True),
            _doc("b", vague_attribution=False, dangling_citation=False)]
    findings = {Path("a"): [], Path("b"): [FakeFinding("citations")]}
    (_, tp, fp, fn, _, _), = score.score(docs, findings, only="citations")
    assert (tp, fp, fn) == (0, 1, 1)


def test_a_rule_no_label_covers_is_not_scored():
    # LM603 (a consumer health site named as the evidence) names a source: no citations label covers it.
    docs = [_doc("a", vague_attribution=False, dangling_citation=False)]
    noted = {Path("a"): [FakeFinding("citations", code="LM603", severity="info")]}
    flagged = {Path("a"): [FakeFinding("citations", code="LM602")]}
    (_, tp, fp, fn, _, _), = score.score(docs, flagged, only="citations")
    assert (tp, fp, fn) == (0, 1, 0)
    assert score.score(docs, noted, only="citations") == []


def test_split_holds_out_every_fifth_document_of_each_set():
    docs = [_doc(f"{i:02d}") for i in range(10)]
    dev, holdout = score.split(docs, "dev"), score.split(docs, "holdout")
    assert [d["file"] for d in holdout] == ["04", "09"]
    assert len(dev) == 8 and not {d["file"] for d in dev} & {"04", "09"}


def test_load_labels_resolves_each_file_against_its_root(tmp_path):
    (tmp_path / "x.toml").write_text('root = "some/where"\n[[doc]]\nfile = "a.txt"\noverclaim = true\n')
    (doc,) = score.load_labels(tmp_path)
    assert doc["path"] == (score.PROJECT / "some" / "where" / "a.txt").resolve()
    assert doc["set"] == "x" and doc["overclaim"] is True


def test_finding_span_and_quote_span():
    source = "Title\r\n\nFirst line.\nSecond   line with a\nquote in it.\n"
    finding = FakeFinding("claims", line=4, column=10, end_line=4, end_column=14)
    start, end = score.finding_span(source, finding)
    assert source[start:end] == "line"
    start, end = score.quote_span(source, "with a quote")
    assert source[start:end] == "with a\nquote"
    assert score.quote_span(source, "not there") is None


# -- the injection harness ----------------------------------------------------------------------------------

def _host(fmt: str) -> "inject.Host":
    paragraphs = ["The first paragraph says what the article is about and why it matters to readers today.",
                  "A second paragraph, long enough to take an inline injection, talks about the study and its "
                  "methods, the people who took part, and the results the researchers reported in the journal.",
                  "The last paragraph closes the article."]
    if fmt == "html":
        parts = [("<h1>", "T", "</h1>")] + [("<p>", p, "</p>") for p in paragraphs]
        source, spans = inject._join(parts, "\n")
    else:
        source, spans = inject._join([("", "T", "")] + [("", p, "") for p in paragraphs], "\n\n")
    return inject.Host("t/host", fmt, source, spans)


TEMPLATES = {"slots": {"drug": ["tramadol"], "dose": ["50"], "coin": ["X"], "number": ["5"], "price": ["$9"],
                       "name": ["Acme"], "city": ["Town"], "place": ["Spain"], "street": ["Main St"],
                       "date": ["May 1"], "phone": ["555"], "year": ["2027"]},
             "domains": {k: [["pill"], ["shop"], [".top"]] for k in
                         ("pharmacy", "casino", "essay", "diet", "crypto", "hacked", "russian", "spanish",
                          "indonesian", "fresh", "fresh2")},
             "paths": {k: ["/p"] for k in ("pharmacy", "casino", "essay", "diet", "crypto", "hacked", "russian",
                                           "spanish", "indonesian", "fresh", "fresh2")},
             "anchors": {k: ["buy {drug} online"] for k in ("pharmacy", "casino", "essay", "diet", "crypto",
                                                            "russian", "spanish", "indonesian", "fresh",
                                                            "fresh2")},
             "blocks": {"leads": [""], "promos": ["Visit {name} at {url} today."]}}
# the `fresh3` kinds draw only from their own table: the real one, so that every form of it is placed here
TEMPLATES["fresh3"] = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))["fresh3"]
TEMPLATES["fresh4"] = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))["fresh4"]
TEMPLATES["fresh5"] = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))["fresh5"]
TEMPLATES["fresh6"] = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))["fresh6"]
TEMPLATES["fresh7"] = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))["fresh7"]
TEMPLATES["fresh8"] = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))["fresh8"]
TEMPLATES["fresh9"] = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))["fresh9"]
TEMPLATES["fresh10"] = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))["fresh10"]
TEMPLATES["fresh11"] = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))["fresh11"]
TEMPLATES["fresh12"] = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))["fresh12"]
TEMPLATES["fresh13"] = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))["fresh13"]
TEMPLATES["fresh14"] = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))["fresh14"]
TEMPLATES["fresh15"] = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))["fresh15"]


# Each kind in the formats it exists in (hidden links have no plain-text form).
KINDS_AND_FORMATS = [(kind, fmt) for kind, (_, formats, *_) in inject.KINDS.items() for fmt in formats]


@pytest.mark.parametrize("kind, fmt", KINDS_AND_FORMATS)
def test_injection_spans_hold_the_snippet(kind, fmt):
    spam = inject.Spam(random.Random(1), TEMPLATES, [("page", "An unrelated paragraph about cars and roads.")])
    made = inject.inject(_host(fmt), kind, spam)
    assert made is not None
    assert made.source[made.start:made.end] == made.snippet
    # the host comes back when the snippet (and the paragraph an HTML block is wrapped in) is taken out
    assert made.source.replace(made.snippet, "", 1).replace("<p></p>", "").split() == _host(fmt).source.split()


@pytest.mark.parametrize("fmt", inject.FORMATS)
def test_fresh2_kinds_draw_from_the_fresh2_templates_and_are_placed_inline(fmt):
    templates = {**TEMPLATES,
                 "domains": {**TEMPLATES["domains"], "fresh2": [["second"], ["set"], [".example"]]},
                 "paths": {**TEMPLATES["paths"], "fresh2": ["/q?ref={number}"]},
                 "anchors": {**TEMPLATES["anchors"], "fresh2": ["unseen {drug} anchor"]}}
    spam = inject.Spam(random.Random(1), templates, [])
    host = _host(fmt)
    anchor = inject.inject(host, "fresh2-anchor", spam)
    bare = inject.inject(host, "fresh2-bare-url", spam)
    assert "unseen tramadol anchor" in anchor.snippet and "secondset.example/q?ref=5" in anchor.snippet
    assert bare.snippet.endswith("secondset.example/q?ref=5") and "anchor" not in bare.snippet
    for made in (anchor, bare):  # inline: inside the middle paragraph, which keeps its own text around it
        middle = host.paragraphs[1]
        assert middle[0] < made.start and made.end < middle[1] + len(made.snippet)
        assert "buy tramadol online" not in made.snippet  # not the `fresh` templates


def test_fresh2_templates_are_complete_and_fill_from_the_slots():
    templates = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))
    slots = {name: values[0] for name, values in templates["slots"].items()}
    assert all(len(part) >= 30 for part in templates["domains"]["fresh2"])
    assert len(templates["paths"]["fresh2"]) >= 15 and len(templates["anchors"]["fresh2"]) >= 40
    for template in templates["paths"]["fresh2"] + templates["anchors"]["fresh2"]:
        assert "{" not in template.format(**slots)  # every placeholder is a slot (else KeyError)
    assert not set(templates["anchors"]["fresh2"]) & set(templates["anchors"]["fresh"])


FRESH3 = [kind for kind in inject.KINDS if kind.startswith("fresh3-")]
FRESH4 = [kind for kind in inject.KINDS if kind.startswith("fresh4-")]
FRESH5 = [kind for kind in inject.KINDS if kind.startswith("fresh5-")]
FRESH6 = [kind for kind in inject.KINDS if kind.startswith("fresh6-")]
FRESH7 = [kind for kind in inject.KINDS if kind.startswith("fresh7-")]
FRESH8 = [kind for kind in inject.KINDS if kind.startswith("fresh8-")]
FRESH9 = [kind for kind in inject.KINDS if kind.startswith("fresh9-")]
FRESH10 = [kind for kind in inject.KINDS if kind.startswith("fresh10-")]
FRESH11 = [kind for kind in inject.KINDS if kind.startswith("fresh11-")]
FRESH12 = [kind for kind in inject.KINDS if kind.startswith("fresh12-")]
FRESH13 = [kind for kind in inject.KINDS if kind.startswith("fresh13-")]
FRESH14 = [kind for kind in inject.KINDS if kind.startswith("fresh14-")]
FRESH15 = [kind for kind in inject.KINDS if kind.startswith("fresh15-")]


def _after_a_paragraph(host: "inject.Host", made: "inject.Injection") -> bool:
    """The snippet opens a block of its own right after one of the host's paragraphs."""
    before = made.source[:made.start]
    for _, end in host.paragraphs:
        close = host.source.find(">", end) + 1 if host.fmt == "html" else end
        if before in (host.source[:close] + "\n\n", host.source[:close] + "\n", host.source[:close] + "\n<p>"):
            return True
    return False


def _placed_as_its_kind(host: "inject.Host", made: "inject.Injection", kind: str) -> bool:
    """The snippet sits inside the host's second paragraph (an inline kind, or an "auto" one that opens
    with no block tag) or opens a block of its own after a paragraph (the others); True when inline."""
    middle = host.paragraphs[1]
    inline = middle[0] < made.start and made.end < middle[1] + len(made.snippet)
    assert inline or _after_a_paragraph(host, made)
    assert inline == (inject.KINDS[kind][2] == "inline" or (inject.KINDS[kind][2] == "auto" and
                                                           not made.snippet.startswith(inject.BLOCK_OPENERS)))
    return inline


@pytest.mark.parametrize("kind, fmt", [(kind, fmt) for kind, fmt in KINDS_AND_FORMATS if kind in FRESH3 + FRESH4])
def test_fresh3_and_fresh4_snippets_land_where_they_are_put(kind, fmt):
    host = _host(fmt)
    family, form = kind.split("-", 1)
    hidings = TEMPLATES[family]["hiding"].get(form, [])
    for seed in range(40):  # many draws, so that every shop, template and way of hiding comes up
        made = inject.inject(host, kind, inject.Spam(random.Random(seed), TEMPLATES, []))
        assert made.source[made.start:made.end] == made.snippet
        assert not re.search(r"\{\w+\}", made.snippet)  # every slot filled (CSS braces hold a colon)
        _placed_as_its_kind(host, made, kind)
        if fmt == "html":
            assert inject._outside_tags(made.source, made.start)
        if hidings:  # every link sits inside the hiding element, or carries the hiding attribute itself
            links = re.findall(r"<a [^>]*>", made.snippet)
            assert links and made.snippet.count("</a>") == len(links)
            opener = next((h for h in hidings if h.startswith("<") and made.snippet.startswith(h)), None)
            if opener:
                tag = re.findall(r"<(\w+)", opener)[-1]
                assert made.snippet.endswith(f"</{tag}>")
            else:
                assert all(any(link.startswith("<a" + h) for h in hidings if h.startswith(" ")) for link in links)


def test_fresh3_templates_are_complete_and_new():
    fresh3 = TEMPLATES["fresh3"]
    real = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))
    earlier = {anchor for anchors in real["anchors"].values() for anchor in anchors}
    for name, shop in fresh3["shops"].items():
        assert len(shop["domains"]) == 3 and shop["paths"] and shop["anchors"], name
        for sentence in shop.get("sentences", []) + shop.get("foreign_sentences", []):
            assert sentence.count("{link}") == 1, sentence
        assert not set(shop["anchors"] + shop.get("foreign_anchors", [])) & earlier
    # a URL is one unbroken token whatever the slots hold (slot values with spaces become slugs)
    for seed in range(200):
        draw = inject.Fresh3(fresh3, random.Random(seed))
        for shop in fresh3["shops"].values():
            assert not re.search(r"\s|\{", draw.url(shop, "bare_schemes"))
            if "foreign_urls" in shop:
                assert not re.search(r"\s|\{", draw.foreign_url(shop))
    # added last (only fresh4 to fresh15 after them): the earlier kinds' draws do not move
    later = (FRESH3 + FRESH4 + FRESH5 + FRESH6 + FRESH7 + FRESH8 + FRESH9 + FRESH10 + FRESH11 + FRESH12 + FRESH13 + FRESH14
             + FRESH15)
    assert later == list(inject.KINDS)[-len(later):]


class _Elements(HTMLParser):
    """The elements of an HTML fragment: each start tag closed in order, each <a> with an href."""

    VOID = {"img", "br", "input", "meta", "hr"}

    def __init__(self):
        super().__init__()
        self.open, self.links, self.balanced = [], 0, True

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links += 1
            self.balanced &= bool(dict(attrs).get("href"))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        self.balanced &= bool(self.open) and self.open.pop() == tag


def _elements(fragment: str) -> _Elements:
    parser = _Elements()
    parser.feed(fragment)
    parser.close()
    return parser


# fresh5 forms whose snippet has no link: an address spelled out, a shop named, a bare address pasted as text
FRESH5_NO_MARKUP = {"fresh5-obfuscated", "fresh5-sentence", "fresh5-foreign-sentence", "fresh5-bare-url",
                    "fresh5-idn-url"}


@pytest.mark.parametrize("kind, fmt", [(kind, fmt) for kind, fmt in KINDS_AND_FORMATS if kind in FRESH5])
def test_fresh5_snippets_land_where_they_are_put_and_render_in_their_format(kind, fmt):
    host = _host(fmt)
    form = kind.removeprefix("fresh5-")
    hidings = TEMPLATES["fresh5"]["hiding"].get(form, [])
    for seed in range(40):  # many draws, so that every shop, template and way of hiding comes up
        made = inject.inject(host, kind, inject.Spam(random.Random(seed), TEMPLATES, []))
        snippet = made.snippet
        assert made.source[made.start:made.end] == snippet
        assert not re.search(r"\{\w+\}", snippet)  # every slot filled
        inline = _placed_as_its_kind(host, made, kind)
        if inline:
            assert "\n" not in snippet
        if fmt == "html":  # well formed, outside any tag, every link with its address
            assert inject._outside_tags(made.source, made.start)
            elements = _elements(snippet)
            assert elements.balanced and not elements.open, snippet
            assert (elements.links == 0) == (kind in FRESH5_NO_MARKUP or "<a" not in snippet), snippet
        elif fmt == "markdown" and kind not in FRESH5_NO_MARKUP and form != "shortener":
            assert re.search(r"\]\(|\]\[|<https?://|<a ", snippet), snippet  # a Markdown or HTML link
        elif fmt == "text":
            assert "<a " not in snippet and "](" not in snippet
        if hidings:  # every link sits inside the elements that hide it, or carries the hiding itself
            links = re.findall(r"<a [^>]*>", snippet)
            assert links and snippet.count("</a>") == len(links)
            opener = next((h for h in hidings if h.startswith("<") and snippet.startswith(h)), None)
            if opener:
                closing = "".join(f"</{tag}>" for tag in reversed(inject._open_tags(opener)))
                assert closing and snippet.endswith(closing)
            else:
                assert all(any(link.startswith("<a" + h) for h in hidings if h.startswith(" ")) for link in links)


# fresh6 forms with no link: a shop named with a phone, handles or an e-mail address; an address in an image's alt text
FRESH6_NO_LINK = {"fresh6-handle", "fresh6-sentence", "fresh6-foreign-sentence", "fresh6-image-alt"}
# fresh6 forms whose link is not an <a href> to the shop in HTML: a script's, an image map's, or in an SVG
FRESH6_OTHER_LINKS = {"fresh6-js-link", "fresh6-image-map", "fresh6-svg-link"}


class _Elements6(_Elements):
    """As _Elements, with the void elements fresh6 uses, and an SVG link's xlink:href counted as its address."""

    VOID = _Elements.VOID | {"area", "embed", "param", "source", "rect"}

    def handle_starttag(self, tag, attrs):
        if tag == "a" and dict(attrs).get("xlink:href"):
            attrs = attrs + [("href", dict(attrs)["xlink:href"])]
        super().handle_starttag(tag, attrs)

    def handle_startendtag(self, tag, attrs):  # <rect ... /> in an SVG
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.handle_endtag(tag)


def _addresses(snippet: str) -> list[str]:
    """The shop addresses a snippet links to: hrefs (and xlink:hrefs) that leave the page, and addresses in scripts."""
    found = re.findall(r'(?:xlink:)?href="((?:https?:|whatsapp:|viber:)[^"]+)"', snippet)
    found += re.findall(r"\]\(((?:https?|whatsapp|viber)://[^)\s]+)", snippet)
    found += re.findall(r"<(https?://[^>\s]+)>", snippet)
    found += re.findall(r"location(?:\.href)?='([^']+)'|open\('([^']+)'|replace\('([^']+)'", snippet)
    found += re.findall(r"atob\('([^']+)'\)|data-go=\"([^\"]+)\"", snippet)
    return [a for group in found for a in ((group,) if isinstance(group, str) else group) if a]


def _placed_draws(host: "inject.Host", kind: str, placeholders: str, seeds: int = 60):
    """Injections of `kind` into `host` drawn with many seeds (so that every shop, template and way of hiding comes
    up), each checked as every family's are: the recorded span is exactly the injected text, the host comes back
    without it, every slot and @placeholder@ is filled, and it sits where its kind is placed (on one line if inline)."""
    for seed in range(seeds):
        made = inject.inject(host, kind, inject.Spam(random.Random(seed), TEMPLATES, []))
        snippet = made.snippet
        assert made.source[made.start:made.end] == snippet
        assert made.source.replace(snippet, "", 1).replace("<p></p>", "").split() == host.source.split()
        assert not re.search(r"\{\w+\}|@(" + placeholders + r")@|\0", snippet), snippet
        if _placed_as_its_kind(host, made, kind):
            assert "\n" not in snippet
        yield made


def _well_formed(made: "inject.Injection", elements: _Elements) -> _Elements:
    """The snippet is placed outside any tag, and its elements are all closed, in order."""
    assert inject._outside_tags(made.source, made.start)
    elements.feed(made.snippet)
    elements.close()
    assert elements.balanced and not elements.open, made.snippet
    return elements


@pytest.mark.parametrize("kind, fmt", [(kind, fmt) for kind, fmt in KINDS_AND_FORMATS if kind in FRESH6])
def test_fresh6_snippets_land_where_they_are_put_and_render_in_their_format(kind, fmt):
    host = _host(fmt)
    form = kind.removeprefix("fresh6-")
    fresh6 = TEMPLATES["fresh6"]
    hidings = fresh6["hiding"].get(form, [])
    for made in _placed_draws(host, kind, "ID|LINKS|URL|TEXT|B64"):
        snippet = made.snippet
        links = _addresses(snippet)
        if kind in FRESH6_NO_LINK:
            assert not links and "<a " not in snippet and "](" not in snippet.replace("](/wp-content", ""), snippet
        elif fmt == "text":
            assert "<a " not in snippet and "](" not in snippet
            assert re.search(r"(https?|viber)://|\b(t|wa|telegram|line)\.me/|www\.", snippet), snippet
        else:
            assert links, snippet
        if fmt == "html" or kind in FRESH6_OTHER_LINKS or hidings:  # HTML: well formed, outside any tag
            _well_formed(made, _Elements6())
        if hidings:  # the links sit where a template put them, each with the template's attributes
            assert any(re.fullmatch(re.escape(around).replace("@ID@", r"\w+").replace("@LINKS@", "(.+)"), snippet)
                       and all(a.startswith(f"<a{attrs} ") for a in re.findall(r"<a [^>]*>", snippet))
                       for around, attrs in hidings), snippet
            assert len(links) == len(re.findall(r"<a ", snippet)) >= 1
        if form == "see-also":  # a lead in one of the shops' languages, then the links
            text = re.sub(r"<[^>]+>|\*\*|^> ", "", snippet)
            assert any(text.startswith(lead) for leads in fresh6["see_also"].values() for lead in leads), snippet
        if form == "js-link":
            assert "onclick=" in snippet or 'href="javascript:' in snippet
        if form == "image-map":
            assert re.search(r'<img [^>]*usemap="#(\w+)"[^>]*><map name="\1">', snippet)
        if form == "image-alt":
            assert re.search(r"(https?://|www\.|\.\w+/|\.example)", snippet)  # the address is in the alt or title


def test_fresh5_snippets_are_unchanged():
    """Adding fresh6 (after fresh5 in KINDS, with a class of its own) leaves fresh5's snippets as they were."""
    assert inject.snippets_digest("fresh5", inject.Fresh5, TEMPLATES["fresh5"], 20) == (
        "0da3d883d18cd021251def2c21f58933c29abef6591b888cad68dea277fba520")


def test_fresh6_templates_are_complete_and_new():
    real = tomllib.loads((REALWORLD / "inject_templates.toml").read_text(encoding="utf-8"))
    fresh6 = real["fresh6"]
    languages = set(fresh6["see_also"])
    assert len(languages) == 10 and len(fresh6["shops"]) == 12
    earlier_shops = {name for family in ("fresh3", "fresh4", "fresh5") for name in real[family]["shops"]}
    assert not set(fresh6["shops"]) & earlier_shops
    earlier_brands = {b for family in ("fresh3", "fresh4", "fresh5") for b in real[family]["slots"]["brand"]}
    assert not set(fresh6["slots"]["brand"]) & earlier_brands
    used = {lang: 0 for lang in languages}
    for name, shop in fresh6["shops"].items():
        for key in ("domains", "paths", "anchors", "trades", "foreign_anchors", "sentences", "foreign_sentences",
                    "quotes", "faq", "steps"):
            assert shop.get(key), (name, key)
        assert len(shop["domains"]) == 3 and len(shop["anchors"]) >= 2
        assert set(shop["foreign_anchors"]) == set(shop["foreign_sentences"]) <= languages, name
        for lang in shop["foreign_anchors"]:
            used[lang] += 1
        for answer in [a for _, a in shop["faq"]] + shop["steps"]:
            assert answer.count("{link}") == 1, answer
        for sentence in shop["sentences"] + [s for ss in shop["foreign_sentences"].values() for s in ss]:
            assert "{link}" not in sentence and "{brand}" in sentence, sentence
    assert all(count >= 2 for count in used.values()), used
    for key in ("footnote_notes", "sponsor_blurbs", "coupons", "quote_roles", "parentheticals", "disclosures"):
        assert all(t.count("{link}") == 1 for t in fresh6["words"][key]), key
    for form, entries in fresh6["hiding"].items():
        assert all(around.count("@LINKS@") == 1 for around, _ in entries), form


# fresh7 forms with no link: blocks about another subject (a press release, a job ad, classified notices, a paragraph
# in another language), which name the shop with a phone or an e-mail address
FRESH7_NO_LINK = {"fresh7-press-release", "fresh7-job-ad", "fresh7-classified", "fresh7-foreign-paragraph"}
# fresh7 forms written as HTML in Markdown too (raw HTML): tags that are not links, frames, forms, menus, quotes
FRESH7_HTML = {"fresh7-meta-link", "fresh7-embed-src", "fresh7-form-button", "fresh7-select-menu",
               "fresh7-blockquote-cite"}


class _Elements7(_Elements6):
    """As _Elements6, with the void elements fresh7 uses; links inside comments are not seen (as in a browser)."""

    VOID = _Elements6.VOID | {"meta", "link", "wbr"}


def _unmasked(snippet: str) -> str:
    """A snippet with its character references and percent-encoding undone."""
    return urllib.parse.unquote(html.unescape(snippet))


def _check_fresh7_form(form: str, fmt: str, snippet: str, fresh7: dict) -> None:
    """What makes each fresh7 form the form it is."""
    shop_url = r"(https?://|www\.|//)?[\w.-]+\.(com|in|lt|is|kz|ng|az|la|co\.uk|com\.au|example|\w+)\b"
    if form == "bbcode":
        assert re.search(r"\[(url|URL|link)[=\]]", snippet) and "<a " not in snippet and "](" not in snippet
    elif form == "redirect":
        assert "%3A%2F%2F" in snippet or "/redirect?u=" in snippet, snippet  # the shop's address, encoded
    elif form == "zero-width":
        marks = [m for ms in fresh7["zero_width"].values() for m in ms]
        assert any(m in snippet for m in marks) and "<a " not in snippet and "](" not in snippet, snippet
        clean = snippet
        for mark in sorted(marks, key=len, reverse=True):
            clean = clean.replace(mark, "")
        assert re.fullmatch(shop_url + r"(/\S*)?", html.unescape(clean)), clean
    elif form == "homoglyph":
        assert not snippet.isascii()
    elif form == "entity-encoded":
        plain = re.search(r"https?://[\w.-]+\.\w+", _unmasked(snippet))
        assert plain and plain.group(0) not in snippet, snippet  # readable only once decoded
    elif form == "tiny-anchor":
        words = re.findall(r">([^<]+)</a>", snippet) if fmt == "html" else re.findall(r"^\[([^\]]+)\]\(", snippet)
        assert words and all(w in fresh7["tiny_anchors"] for w in words), snippet
    elif form == "meta-link":
        assert re.fullmatch(r'(<(meta|link) [^>]*"[^>]*>)+', snippet) and "http" in snippet, snippet
    elif form == "embed-src":
        assert re.search(r'<(iframe|embed|object) [^>]*(src|data|srcdoc)="', snippet) and "http" in snippet, snippet
        assert "<a " not in snippet  # the link, if any, is in the srcdoc attribute, escaped
    elif form == "form-button":
        assert re.search(r'(action|formaction)="https?://', snippet) and re.search(r"<button|type=\"submit\"", snippet)
    elif form == "select-menu":
        assert len(re.findall(r'<option value="https?://', snippet)) >= 2 and "onchange=" in snippet, snippet
    elif form == "blockquote-cite":
        assert re.search(r'<(blockquote|q) [^>]*cite="https?://', snippet), snippet
    elif form == "definition-list":
        assert {"html": "<dd>", "markdown": "\n: ", "text": " — "}[fmt] in snippet
    elif form == "forum-reply":
        assert "wrote:" in snippet and "Re: " in snippet
    elif form == "translated-abstract":
        text = re.sub(r"<[^>]+>|\*\*", "", snippet)
        assert any(text.startswith(h) for heads in fresh7["abstract_heads"].values() for h in heads), snippet
    elif form == "share-bar":
        assert any(lead in snippet for lead in fresh7["words"]["share_leads"]), snippet
    elif form == "cookie-banner":
        assert "cookie" in snippet.lower(), snippet


def _hidden_as_templated(snippet: str, hidings: list) -> None:
    """The links sit where one of the [around, attributes] templates put them, each <a> with its attributes (both may
    hold a made-up @ID@), and every link goes to the shop."""
    assert any(re.fullmatch(re.escape(around).replace("@ID@", r"\w+").replace("@LINKS@", "(.+)"), snippet)
               and all(re.match("<a" + re.escape(attrs).replace("@ID@", r"\w+") + " ", a)
                       for a in re.findall(r"<a [^>]*>", snippet))
               for around, attrs in hidings), snippet
    assert len(re.findall(r'<a [^>]*href="https?://', snippet)) == len(re.findall(r"<a ", snippet)) >= 1


@pytest.mark.parametrize("kind, fmt", [(kind, fmt) for kind, fmt in KINDS_AND_FORMATS if kind in FRESH7])
def test_fresh7_snippets_land_where_they_are_put_and_render_in_their_format(kind, fmt):
    host = _host(fmt)
    form = kind.removeprefix("fresh7-")
    fresh7 = TEMPLATES["fresh7"]
    hidings = fresh7["hiding"].get(form, [])
    for made in _placed_draws(host, kind, "ID|LINKS|URL|URLQ|HOME|TEXT|B64|U|N|SRCDOC"):
        snippet = made.snippet
        if kind in FRESH7_NO_LINK:
            assert not re.search(r"<a |\]\(|https?:|www\.|\[url", snippet), snippet
        elif fmt == "text":
            assert "<a " not in snippet and "](" not in snippet and re.search(r"[.．]\w", snippet), snippet
        elif not hidings and form not in ("bbcode", "zero-width", "homoglyph", "entity-encoded", "redirect"):
            assert re.search(r'(href|src|data|action|value|cite|content)="(https?:|//)|url=\'?https?:|\]\(https?://'
                             r'|<https?://|srcdoc="', snippet, re.I), snippet
        if fmt == "html" or hidings or kind in FRESH7_HTML:  # HTML: well formed, outside any tag
            elements = _well_formed(made, _Elements7())
        if hidings:
            _hidden_as_templated(snippet, hidings)
            if form == "html-comment":  # in a comment: a browser sees no link at all
                assert elements.links == 0 and "<!--" in snippet
        _check_fresh7_form(form, fmt, snippet, fresh7)


# fresh8 forms with no link: blocks about another subject (a spec sheet, terms and conditions, a sponsored sports
# report, a shop notice in another language), which name the shop with a phone
FRESH8_NO_LINK = {"fresh8-spec-sheet", "fresh8-terms-excerpt", "fresh8-match-report", "fresh8-foreign-notice"}
# fresh8 forms written as HTML in Markdown too (raw HTML): structured data, a <base href>, <a ping>, a tooltip
FRESH8_HTML = {"fresh8-json-ld", "fresh8-base-href", "fresh8-ping-link", "fresh8-tooltip"}


class _Elements8(_Elements7):
    """As _Elements7, with the void elements fresh8 uses (a table column, a <base>)."""

    VOID = _Elements7.VOID | {"col", "base"}


def _check_fresh8_form(form: str, fmt: str, snippet: str, fresh8: dict) -> None:
    """What makes each fresh8 form the form it is."""
    words = fresh8["words"]
    text = re.sub(r"<[^>]+>|\*\*|^[>*_ ]+", "", html.unescape(snippet))

    def lead(key: str) -> bool:  # one of the templates' words before their first slot
        return any(t.split("{")[0] in text for t in words[key])

    if form == "byline":
        assert lead("bylines"), snippet
    elif form == "json-ld":
        data = json.loads(re.fullmatch(r'<script type="application/ld\+json">(.*)</script>', snippet).group(1))
        places = [data.get("url"), data.get("publisher", {}).get("url"), data.get("offers", {}).get("url")]
        assert any(p and p.startswith("http") for p in places), snippet
        assert (data.get("sameAs") or data.get("publisher", {}).get("sameAs") or data["brand"]["sameAs"]), snippet
    elif form == "base-href":
        assert re.match(r'<base href="https?://[^"/]+/"', snippet), snippet
        hrefs = re.findall(r'<a href="([^"]*)"', snippet)
        assert hrefs and not any(":" in h or h.startswith("/") for h in hrefs), snippet  # relative: the base's
    elif form == "ping-link":
        assert re.fullmatch(r'<a [^>]*ping="https?://[^"]+"[^>]*>[^<]+</a>', snippet), snippet
        assert not re.search(r' href="https?:', snippet), snippet  # the shop only in ping
    elif form == "link-in-bio":
        assert "@" in snippet and len(re.findall(r"https?://", snippet)) >= 3, snippet
    elif form == "newsletter":
        assert any(fill_free in text for fill_free in ("newsletter", "Sign up", "Subscribe", "sign up")), snippet
    elif form == "map-card":
        assert "📍" in snippet or "store-locator" in snippet
        if fmt != "text":
            assert "Get directions" in snippet, snippet
    elif form == "show-notes":
        assert "00:00 " in snippet, snippet
    elif form == "event-listing":
        assert any(head in text for head in words["event_heads"]), snippet
    elif form == "tooltip":
        assert re.search(r'(title|data-tooltip)="[^"]*\w\.\w', snippet) or (
            'class="tooltip-text"' in snippet and 'href="http' in snippet), snippet
    elif form == "language-switcher":
        assert any(name in snippet for name in fresh8["language_names"].values()), snippet
        assert "English" in snippet
    elif form == "footer-credit":
        assert lead("credits"), snippet
    elif form == "syndication":
        assert lead("syndications"), snippet
    elif form == "qr-code":
        if fmt == "text":  # the code as a note, then the address to type
            assert snippet.startswith("[QR code: "), snippet
        else:  # the shop's address, encoded in the code's image address
            assert "%3A%2F%2F" in snippet, snippet
    elif form == "toc-entry":
        shop_links = re.findall(r"https?://", snippet)
        assert len(shop_links) == 1 and any(item in snippet for item in words["toc_items"]), snippet
    elif form in ("spec-sheet", "terms-excerpt", "match-report", "foreign-notice"):
        assert any(brand in snippet for brand in fresh8["slots"]["brand"]), snippet  # the shop is named
        if form in ("spec-sheet", "foreign-notice"):
            assert any(phone in snippet for phone in fresh8["slots"]["phone"]), snippet
        if form == "foreign-notice":
            assert not text.isascii(), snippet


@pytest.mark.parametrize("kind, fmt", [(kind, fmt) for kind, fmt in KINDS_AND_FORMATS if kind in FRESH8])
def test_fresh8_snippets_land_where_they_are_put_and_render_in_their_format(kind, fmt):
    host = _host(fmt)
    form = kind.removeprefix("fresh8-")
    fresh8 = TEMPLATES["fresh8"]
    hidings = fresh8["hiding"].get(form, [])
    for made in _placed_draws(host, kind, "ID|LINKS|U"):
        snippet = made.snippet
        if kind in FRESH8_NO_LINK:
            assert not re.search(r"<a |\]\(|https?:|www\.", snippet), snippet
        elif fmt == "text":
            assert "<a " not in snippet and "](" not in snippet and re.search(r"https?://|www\.", snippet), snippet
        elif not hidings:
            assert re.search(r'(href|ping|src)="https?:|"url": "https?:|\]\(https?://|<https?://|(title|data-tooltip)="',
                             snippet), snippet
        if fmt == "html" or hidings or kind in FRESH8_HTML:  # HTML: well formed, outside any tag
            _well_formed(made, _Elements8())
        if hidings:
            _hidden_as_templated(snippet, hidings)
        _check_fresh8_form(form, fmt, snippet, fresh8)


# fresh9 forms with no link: blocks about another subject (a sponsored weather box, a sponsored horoscope, customer
# reviews in another language), which name the shop
FRESH9_NO_LINK = {"fresh9-weather-box", "fresh9-horoscope", "fresh9-foreign-review"}
# fresh9 forms written as HTML in Markdown too (raw HTML): an address split by elements, a data-href, MathML, CSS
FRESH9_HTML = {"fresh9-split-markup", "fresh9-data-href", "fresh9-mathml-link", "fresh9-css-content"}
# fresh9 forms whose plain text carries markup as pasted (an embed code, a feed item): no link in it is rendered
FRESH9_PASTED_CODE = {"fresh9-embed-code", "fresh9-feed-item"}
# every address a fresh9 shop can have (first part, second part, top-level domain)
FRESH9_DOMAINS = {first + second + tld for shop in TEMPLATES["fresh9"]["shops"].values()
                  for first in shop["domains"][0] for second in shop["domains"][1] for tld in shop["domains"][2]}


def _check_fresh9_form(form: str, fmt: str, snippet: str, fresh9: dict) -> None:
    """What makes each fresh9 form the form it is."""
    words = fresh9["words"]
    text = html.unescape(snippet)
    if form == "pingback":
        assert any(lead in text for lead in words["pingback_leads"]), snippet
    elif form == "embed-code":
        code = {"html": '<textarea readonly rows="4" cols="60" onclick="this.select()">&lt;a href=&quot;http',
                "markdown": '```html\n<a href="http', "text": ':\n<a href="http'}[fmt]
        assert code in snippet, snippet
    elif form == "product-card":
        assert "★" in snippet and "/5" in snippet, snippet
    elif form == "social-embed":
        if fmt == "html":
            assert re.match(r'<blockquote class="(twitter-tweet|instagram-media|mastodon-embed|text-post-media)"', snippet)
        permalinks = re.findall(r"https://([\w.-]+)/[@\w]", snippet)
        assert fmt == "text" or any(host.endswith(".example") for host in permalinks), snippet
    elif form == "email-quote":
        assert "wrote:" in snippet or "-----Original Message-----" in snippet, snippet
        assert "gmail_quote" in snippet if fmt == "html" else "\n> " in snippet, snippet
    elif form == "cite-export":
        assert re.search(r"@misc\{|TY  - ELEC|\(20\d\d\)\. ", text) and re.search(r"https?://", text), snippet
    elif form == "feed-item":
        assert re.search(r"<(item|entry)>\n", text) and re.search(r"<link>https?://|<link rel=\"alternate\" href=\"https?://",
                                                                   text), snippet
    elif form == "calendar-link":
        assert "📅" in snippet and "%3A%2F%2F" in snippet, snippet  # the shop's address, encoded in the details
    elif form == "pdf-download":
        assert re.search(r"https?://[^/\s]+/downloads/[^\s\"]+\.pdf\?ref=", snippet), snippet
    elif form == "wiki-markup":
        assert "<a " not in snippet and "](" not in snippet, snippet
        assert any(re.search(re.escape(m).replace("@URL@", r"\S+").replace("@TEXT@", ".+"), text) for m in fresh9["markups"])
    elif form == "userinfo-url":
        assert re.search(r"https?://[^\s/@\"]+@[\w.-]+\.\w+", text), snippet
    elif form == "bidi-reversed":
        assert "\u202e" in text or "<bdo dir=\"rtl\">" in snippet or "bidi-override" in snippet, snippet
    elif form == "fancy-letters":
        assert not snippet.isascii(), snippet
    elif form == "code-span":
        assert re.search(r"`[^`]+`|<(code|kbd|samp)[^>]*>[^<]+</\1>", snippet), snippet
    elif form == "split-markup":
        assert re.search(r"<span|<!-- -->|<[bi]></[bi]>|\*\*\.\*\*", snippet), snippet
    elif form == "data-href":
        assert re.search(r'data-[\w-]+="https?://', snippet) and not re.search(r' href="https?:', snippet), snippet
    elif form == "mathml-link":
        assert re.fullmatch(r'<math[^>]*>.*<m\w+ href="https?://[^"]+">.*</math>', snippet), snippet
    elif form == "css-content":
        assert snippet.startswith("<style>") and re.search(r'content:"|attr\(|url\("', snippet), snippet
    elif form in ("weather-box", "horoscope", "foreign-review"):
        assert any(brand in snippet for brand in fresh9["slots"]["brand"]), snippet  # the shop is named
        if form == "weather-box":
            assert "°" in snippet and any(p in snippet for p in fresh9["slots"]["phone"]), snippet
        if form == "horoscope":
            assert any(sign in snippet or sign.upper() in snippet for sign, _ in words["horoscope_signs"]), snippet
        if form == "foreign-review":
            assert any(head in text for head in fresh9["review_heads"].values()) and "★" in snippet, snippet


@pytest.mark.parametrize("kind, fmt", [(kind, fmt) for kind, fmt in KINDS_AND_FORMATS if kind in FRESH9])
def test_fresh9_snippets_land_where_they_are_put_and_render_in_their_format(kind, fmt):
    host = _host(fmt)
    form = kind.removeprefix("fresh9-")
    fresh9 = TEMPLATES["fresh9"]
    hidings = fresh9["hiding"].get(form, [])
    for made in _placed_draws(host, kind, "ID|LINKS|URL|HOME|TEXT|LABEL|T|D"):
        snippet = made.snippet
        if kind in FRESH9_NO_LINK:
            assert not re.search(r"<a |\]\(|https?:|www\.", snippet), snippet
        elif fmt == "text" and kind not in FRESH9_PASTED_CODE:
            assert "<a " not in snippet and "](" not in snippet, snippet
        if kind not in FRESH9_NO_LINK and form not in ("fancy-letters", "bidi-reversed"):  # a shop's address is there
            readable = html.unescape(re.sub(r"<[^>]*>|\*\*", "", snippet)) if form == "split-markup" else html.unescape(snippet)
            assert any(domain in readable for domain in FRESH9_DOMAINS), snippet
        if fmt == "html" or hidings or kind in FRESH9_HTML:  # HTML: well formed, outside any tag
            _well_formed(made, _Elements8())
        if hidings:
            _hidden_as_templated(snippet, hidings)
        _check_fresh9_form(form, fmt, snippet, fresh9)


# fresh10 forms with no link: blocks about another subject (lottery results, a property listing, a death notice, a
# household tip in another language), which name the shop with a phone
FRESH10_NO_LINK = {"fresh10-lottery-results", "fresh10-property-listing", "fresh10-obituary", "fresh10-foreign-howto"}
# fresh10 forms written as HTML in Markdown too (raw HTML): AMP, frames, structured markup, a comment form, SVG
FRESH10_HTML = {"fresh10-amp-markup", "fresh10-exotic-frame", "fresh10-microdata", "fresh10-comment-form-echo",
                "fresh10-svg-resource", "fresh10-xlink-anchor"}
# every address a fresh10 shop can have (first part, second part, top-level domain)
FRESH10_DOMAINS = {first + second + tld for shop in TEMPLATES["fresh10"]["shops"].values()
                   for first in shop["domains"][0] for second in shop["domains"][1] for tld in shop["domains"][2]}


def _fresh10_readable(snippet: str) -> str:
    """A snippet with its references, percent-encoding and base64 data: URIs undone."""
    readable = urllib.parse.unquote(html.unescape(snippet))
    for data in re.findall(r"data:text/html;base64,([A-Za-z0-9+/=]+)", snippet):
        readable += " " + base64.b64decode(data).decode()
    return readable


def _names_a_shop_with_a_phone(snippet: str, templates: dict) -> None:
    assert any(brand in snippet for brand in templates["slots"]["brand"]), snippet
    assert any(phone in snippet for phone in templates["slots"]["phone"]), snippet


def _check_fresh10_form(form: str, fmt: str, snippet: str, fresh10: dict) -> None:
    """What makes each fresh10 form the form it is."""
    words = fresh10["words"]
    text = html.unescape(re.sub(r"<[^>]+>|\*\*", "", snippet))
    if form == "raw-shortcode":
        assert re.search(r"\[(button|su_button|maxbutton|embed|aff_link|thirstylink|vc_btn)\b", snippet), snippet
    elif form == "blogroll":
        assert any(head in text or head.upper() in text for head in words["blogroll_heads"]), snippet
        assert len(re.findall(r"https?://", snippet)) >= 2, snippet
    elif form == "vcard":
        assert "BEGIN:VCARD" in snippet and "END:VCARD" in snippet and re.search(r"\nURL:https?://", snippet), snippet
    elif form == "task-list":
        assert {"html": 'type="checkbox"', "markdown": "- [ ] ", "text": "☐ "}[fmt] in snippet, snippet
    elif form == "callout":
        assert any(title in text or title.upper() in text for title in words["callout_titles"]), snippet
    elif form == "search-chips":
        assert snippet.count("/search?q=") >= 3 and any(head in text for head in words["search_heads"]), snippet
    elif form == "amp-markup":
        assert re.fullmatch(r"<(amp-[\w-]+) [^>]*></\1>", snippet) and "<a " not in snippet, snippet
    elif form == "exotic-frame":
        assert re.search(r'<(portal|fencedframe|webview) src="https?://', snippet) and "<a " not in snippet, snippet
    elif form == "microdata":
        assert re.search(r'itemscope|typeof="|class="h-card"|class="vcard"', snippet), snippet
    elif form == "comment-form-echo":
        assert re.search(r'<form [^>]*id="commentform"', snippet), snippet
        assert re.search(r'name="url" type="url" value="https?://', snippet), snippet
    elif form == "data-uri":
        assert re.search(r'href="data:text/html|\]\(data:text/html', snippet) and "://" not in snippet, snippet  # readable once decoded
    elif form == "prefilled-message":
        assert re.search(r'(href="|\]\()(sms|mailto):', snippet) and re.search(r'body=\S*%20', snippet), snippet
    elif form == "svg-resource":
        assert re.fullmatch(r"<svg .*</svg>", snippet) and "<a " not in snippet, snippet
        assert re.search(r'(href|xlink:href)="https?://', snippet), snippet
    elif form == "xlink-anchor":  # the address only in xlink:href, which HTML does not follow
        assert re.fullmatch(r'<a [^>]*xlink:href="https?://[^"]+"[^>]*>[^<]+</a>', snippet), snippet
        assert not re.search(r' href="[^"#]', snippet), snippet
    elif form == "poll-widget":
        assert any(q.split("{")[0] in text for q in words["poll_questions"]), snippet
    elif form in ("lottery-results", "property-listing", "obituary", "foreign-howto"):
        _names_a_shop_with_a_phone(snippet, fresh10)
        if form == "lottery-results":
            assert "Bonus" in snippet, snippet
        if form == "foreign-howto":
            assert any(head in text for head in words["tip_heads"].values()) and not text.isascii(), snippet


@pytest.mark.parametrize("kind, fmt", [(kind, fmt) for kind, fmt in KINDS_AND_FORMATS if kind in FRESH10])
def test_fresh10_snippets_land_where_they_are_put_and_render_in_their_format(kind, fmt):
    _family_draws_hold(kind, fmt, "fresh10", FRESH10_NO_LINK, FRESH10_HTML, FRESH10_DOMAINS, _Elements8, _check_fresh10_form)


def _family_draws_hold(kind: str, fmt: str, family: str, no_link: set, html_kinds: set, domains: set, elements, check,
                       readable=_fresh10_readable) -> None:
    """Every draw of a family's `kind` (fresh10 on) placed in a host in `fmt`: no link where its kind has none, else
    a shop's address (read through references, percent-encoding and base64, or as `readable` reads it) and, in plain
    text, no markup; well-formed HTML where it is HTML (`elements` the parser that knows its void elements); links
    hidden as a template hides them; and `check`, what makes its form the form it is."""
    host = _host(fmt)
    form = kind.removeprefix(family + "-")
    templates = TEMPLATES[family]
    hidings = templates["hiding"].get(form, [])
    for made in _placed_draws(host, kind, "ID|LINKS|URL|URLQ|HOME|TEXT|LABEL|NAME|PHONE"):
        snippet = made.snippet
        if kind in no_link:
            assert not re.search(r"<a |\]\(|https?:|www\.", snippet), snippet
        else:
            assert any(domain in readable(snippet) for domain in domains), snippet
            if fmt == "text":
                assert "<a " not in snippet and "](" not in snippet, snippet
        if fmt == "html" or hidings or kind in html_kinds:  # HTML: well formed, outside any tag
            _well_formed(made, elements())
        if hidings:
            _hidden_as_templated(snippet, hidings)
        check(form, fmt, snippet, templates)


# fresh11 forms with no link: blocks about another subject (tide times, TV listings, a traffic report, a seasonal
# greeting in another language), which name the shop with a phone
FRESH11_NO_LINK = {"fresh11-tide-times", "fresh11-tv-guide", "fresh11-traffic-report", "fresh11-foreign-greeting"}
# fresh11 forms written as HTML in Markdown too (raw HTML): an address kept where a page keeps a resource or a note
FRESH11_HTML = {"fresh11-srcset-image", "fresh11-media-source", "fresh11-resource-hint", "fresh11-edit-cite",
                "fresh11-css-url"}
# every address a fresh11 shop can have (first part, second part, top-level domain)
FRESH11_DOMAINS = {first + second + tld for shop in TEMPLATES["fresh11"]["shops"].values()
                   for first in shop["domains"][0] for second in shop["domains"][1] for tld in shop["domains"][2]}


class _Elements11(_Elements8):
    """As _Elements8, with the void elements fresh11 uses (a player's <source> and <track>, a <link>)."""

    VOID = _Elements8.VOID | {"source", "track", "link"}


def _check_fresh11_form(form: str, fmt: str, snippet: str, fresh11: dict) -> None:
    """What makes each fresh11 form the form it is."""
    words = fresh11["words"]
    text = html.unescape(re.sub(r"<[^>]+>|\*\*", "", snippet))

    def lead(key: str) -> bool:  # one of the templates' words before their first slot
        return any(t.split("{")[0] in text or t.split("{")[0].upper() in text for t in words[key])

    if form == "srcset-image":
        assert re.search(r' srcset="https?://', snippet) and re.search(r"<img [^>]*alt=", snippet), snippet
    elif form == "media-source":
        assert re.search(r'<(video|audio|source|track) [^>]*(poster|src)="https?://', snippet), snippet
    elif form == "resource-hint":
        assert re.fullmatch(r'<link rel="(preload|modulepreload|dns-prefetch|manifest|alternate)" [^>]*href="https?://[^"]+"[^>]*>',
                            snippet), snippet
    elif form == "edit-cite":
        assert re.fullmatch(r'<(ins|del|q) [^>]*cite="https?://[^"]+"[^>]*>[^<]+</\1>', snippet), snippet
    elif form == "css-url":
        assert re.search(r"""style="[^"]*url\('https?://""", snippet), snippet
    elif form == "link-title":
        assert re.fullmatch(r'\[[^\]]+\]\(#[\w-]* "[^"]*https?://[^"]+"\)|<a href="#[\w-]*" title="[^"]*https?://[^"]+">[^<]+</a>',
                            snippet), snippet
    elif form == "abbreviation":
        assert re.search(r"\n\*\[[A-Z]+\]: .+ — https?://" if fmt == "markdown" else r'<abbr title="[^"]+ — https?://[^"]+">[A-Z]+</abbr>',
                         snippet), snippet
    elif form == "archive-wrapper":
        assert re.search(r"https://[\w.-]+\.example/\S*https?://", snippet), snippet
    elif form == "bookmark-card":
        assert any(mark in snippet for mark in ("kg-bookmark-card", "wp-embedded-content", "notion-bookmark-block", "🔗")), snippet
    elif form == "revision-log":
        assert lead("revision_heads") and len(re.findall(r"^(- |· )|<li>", snippet, re.M)) >= 3, snippet
    elif form == "accessibility-toolbar":
        assert lead("a11y_labels") and lead("a11y_credits"), snippet
    elif form == "feedback-widget":
        assert lead("feedback_questions") and lead("feedback_credits"), snippet
    elif form == "audio-player":
        assert lead("audio_leads") and lead("audio_credits"), snippet
    elif form == "recipe-card":
        assert "🍲" in snippet and any(i in text for i in words["recipe_ingredients"]), snippet
    elif form == "market-ticker":
        assert lead("ticker_heads") and re.search(r"[▲▼]", snippet), snippet
    elif form == "puzzle-corner":
        assert lead("puzzle_heads") and re.search(r"\d (across|down): ", snippet), snippet
    elif form in ("tide-times", "tv-guide", "traffic-report", "foreign-greeting"):
        _names_a_shop_with_a_phone(snippet, fresh11)
        if form == "tide-times":
            assert "water" in snippet, snippet
        if form == "foreign-greeting":
            assert any(head in text for head in words["greeting_heads"].values()) and not text.isascii(), snippet


@pytest.mark.parametrize("kind, fmt", [(kind, fmt) for kind, fmt in KINDS_AND_FORMATS if kind in FRESH11])
def test_fresh11_snippets_land_where_they_are_put_and_render_in_their_format(kind, fmt):
    _family_draws_hold(kind, fmt, "fresh11", FRESH11_NO_LINK, FRESH11_HTML, FRESH11_DOMAINS, _Elements11, _check_fresh11_form)


# fresh12 forms with no link: blocks about another subject (bin days, lost and found, a proverb in another language),
# which name the shop with a phone
FRESH12_NO_LINK = {"fresh12-bin-collection", "fresh12-lost-and-found", "fresh12-foreign-proverb"}
# every address a fresh12 shop can have (first part, second part, top-level domain)
FRESH12_DOMAINS = {first + second + tld for shop in TEMPLATES["fresh12"]["shops"].values()
                   for first in shop["domains"][0] for second in shop["domains"][1] for tld in shop["domains"][2]}


def _fresh12_readable(snippet: str) -> str:
    """As _fresh10_readable, in lower case: OCR of a flyer prints the address in capitals."""
    return _fresh10_readable(snippet).lower()


def _check_fresh12_form(form: str, fmt: str, snippet: str, fresh12: dict) -> None:
    """What makes each fresh12 form the form it is."""
    words = fresh12["words"]
    text = html.unescape(re.sub(r"<[^>]+>|\*\*", "", snippet))

    def lead(key: str) -> bool:  # one of the templates' words before their first slot
        return any(t.split("{")[0] in text or t.split("{")[0].upper() in text for t in words[key])

    if form == "spintax":  # groups of alternatives left unspun, one of them the shop's links
        assert len(re.findall(r"\{[^{}|]+(\|[^{}|]+)+\}", text)) >= 3, snippet
        assert re.search(r'\{(<a href="|\[[^\]]+\]\(|)https?://[^|]+\|', snippet), snippet
    elif form == "app-scheme":
        assert re.search(r"(intent://|x-safari-https://|googlechromes://|microsoft-edge:https?://|firefox://open-url\?url=)", snippet), snippet
    elif form == "ip-host":
        assert re.search(r"http://(\d{1,3}(\.\d{1,3}){3}(:\d+)?|\d{9,10}|0x[0-9a-f]{8})/", snippet), snippet
    elif form == "lookalike-subdomain":
        assert any("https://" + label + "." in snippet for label in words["lookalike_labels"]), snippet
    elif form == "whitespace-url":
        assert re.search(r'href="[^"]*&#(9|10|13);|href=" |\]\(<|\]\(  ', snippet), snippet
    elif form == "wrapped-paragraph":
        assert sum(s in text for s in words["wrapped_sentences"]) == 2, snippet
        assert re.fullmatch(r'<p class="[\w-]+"><a href="https?://[^"]+" style="[^"]+">[^<]+</a></p>|\[[^\]]+\]\(https?://[^)\s]+\)', snippet), snippet
    elif form == "subtitle-cues":
        assert re.search(r'class="cue-time">\d\d:\d\d:\d\d[,.]\d{3}<' if fmt == "html" else r"\n\d\d:\d\d:\d\d[,.]\d{3} --> \d\d:\d\d:\d\d[,.]\d{3}\n",
                         snippet), snippet
    elif form == "chat-export":
        assert len(re.findall(r"\d\d/\d\d/20\d\d, \d\d:\d\d", snippet)) >= 3, snippet
    elif form == "ocr-flyer":
        assert lead("ocr_heads") and re.search(r"(HTTPS?://|WWW\.)?[A-Z-]+\.[A-Z]", snippet), snippet
    elif form == "newsletter-paste":
        assert "newsletter/preferences?u=" in snippet and sum(i in text for i in words["digest_items"]) >= 2, snippet
    elif form == "print-footer":
        assert lead("print_sources") and len(re.findall(r"https?://", snippet)) >= 2, snippet
    elif form == "calculator-widget":
        assert any(c[0] in text or c[0].upper() in text for c in words["calculators"]) and lead("calc_credits"), snippet
    elif form == "underlined-heading":
        line, underline = snippet.split("\n")[:2]
        assert re.fullmatch(r"=+|-+", underline) and len(underline) == len(line), snippet
    elif form == "ascii-table":
        assert re.match(r"[┌+][─-]+[┬+]", snippet) and re.search(r"[│|] https?://", snippet) and snippet.count("\n") >= 5, snippet
        assert len({len(line) for line in snippet.split("\n")}) == 1, snippet  # every line as wide as the table
    elif form in ("star-gazing", "travel-deals", "on-this-day"):
        key = {"star-gazing": "sky", "travel-deals": "deal", "on-this-day": "history"}[form]
        assert lead(key + "_heads") and lead(key + "_credits"), snippet
    elif form in ("bin-collection", "lost-and-found", "foreign-proverb"):
        _names_a_shop_with_a_phone(snippet, fresh12)
        if form == "foreign-proverb":
            assert any(head in text for head in words["proverb_heads"].values()), snippet


@pytest.mark.parametrize("kind, fmt", [(kind, fmt) for kind, fmt in KINDS_AND_FORMATS if kind in FRESH12])
def test_fresh12_snippets_land_where_they_are_put_and_render_in_their_format(kind, fmt):
    _family_draws_hold(kind, fmt, "fresh12", FRESH12_NO_LINK, set(), FRESH12_DOMAINS, _Elements11, _check_fresh12_form,
                       _fresh12_readable)


# fresh13 forms with no link: a shop's name left where its link was stripped, and blocks about another subject (school
# term dates, a riddle in another language) which name the shop with a phone
FRESH13_NO_LINK = {"fresh13-stripped-anchor", "fresh13-term-dates", "fresh13-foreign-riddle"}
# fresh13 forms written as HTML in Markdown too (raw HTML): a consent checkbox
FRESH13_HTML = {"fresh13-consent-checkbox"}
# every address a fresh13 shop can have (first part, second part, top-level domain)
FRESH13_DOMAINS = {first + second + tld for shop in TEMPLATES["fresh13"]["shops"].values()
                   for first in shop["domains"][0] for second in shop["domains"][1] for tld in shop["domains"][2]}


class _Elements13(_Elements11):
    """As _Elements11, with the MathML and form elements fresh13 uses (none of them void but <input>, already)."""


def _check_fresh13_form(form: str, fmt: str, snippet: str, fresh13: dict) -> None:
    """What makes each fresh13 form the form it is."""
    words = fresh13["words"]
    text = html.unescape(re.sub(r"<[^>]+>|\*\*", "", snippet))

    def lead(key: str) -> bool:  # one of the templates' words before their first slot
        return any(t.split("{")[0] in text or t.split("{")[0].upper() in text for t in words[key])

    if form == "glued-address":  # the address run into the words on both sides, no space between
        assert re.search(r"[a-z](https?://|www\.)?[a-z-]+\.[a-z.]+(/[\w?=.-]*)?[a-z]", snippet) and "<a " not in snippet, snippet
        assert any(re.search(r"\S" + re.escape(d), snippet) for d in FRESH13_DOMAINS), snippet
    elif form == "stripped-anchor":  # the shop's name run together, its brand and trade, no address
        assert any(re.search(brand + r"[A-Z][a-z]+", snippet) for brand in fresh13["slots"]["brand"]), snippet
    elif form == "sent-from":
        assert re.search(r"[Ss]ent from my|Posted via", text) and any(p in text for p in words["forum_posts"]), snippet
    elif form == "transcript-ad":
        assert "HOST" in text and re.search(r"\[\d\d:\d\d:\d\d\]", text) and re.search(r"code [A-Z]+\d+", text), snippet
        stamps = re.findall(r"\[(\d\d:\d\d:\d\d)\]", text)
        assert stamps == sorted(stamps) and len(stamps) >= 3, snippet  # turn after turn
    elif form == "as-seen-on":
        assert lead("seen_heads") or any(h.upper() in text for h in words["seen_heads"]), snippet
        assert sum(o in text or o.upper() in text for o in words["outlets"]) >= 3, snippet
    elif form == "hashtag-trail":
        assert len(re.findall(r"#\w+", text)) >= 4 and any(m in text for m in words["link_marks"]), snippet
    elif form == "price-list":
        assert len(re.findall(r"\.{8,}", snippet)) >= 3 and lead("price_foots"), snippet
    elif form == "sms-forward":
        assert "STOP" in text and re.search(r"[A-Z]{4,11}: ", text), snippet
    elif form == "receipt-paste":
        assert re.search(r"\nTOTAL +\d+\.\d\d\n", text) and any(t in text for t in words["receipt_thanks"]), snippet
    elif form == "pager-link":
        assert re.search(r'rel="next" href="https?://|\[Next: [^\]]+\]\(https?://|\nNext: .+ → https?://', snippet), snippet
        assert re.search(r'href="/[\w-]+/"|\]\(/[\w-]+/\)|Previous: ', snippet), snippet  # the site's own article before it
    elif form == "app-badge":
        assert any(b in text or b in snippet for b in words["app_badges"]), snippet
        assert re.search(r'<a href="https?://[^"]+"><img |\[!\[[^\]]+\]\([^)]+\)\]\(https?://|: https?://', snippet), snippet
    elif form == "front-matter":
        assert re.fullmatch(r"---\n(\w+: .+\n){5}---", snippet), snippet
        assert re.search(r"\n(canonical_url|canonical|redirect_to|source_url): https?://", snippet), snippet
    elif form == "gemtext-link":
        assert re.search(r"^=> https?://\S+ \S", snippet, re.M) and re.search(r"^=> gemini://", snippet, re.M), snippet
    elif form == "latex-href":
        assert re.search(r"(\$|\\\()\\href\{https?://[^}]+\}\{\\text\{[^}]+\}\}(\$|\\\))", text), snippet
    elif form == "diagram-click":
        assert re.search(r'^  click [A-D] (href )?"https?://', text, re.M) and "flowchart" in text, snippet
        assert snippet.startswith(("```mermaid\n", '<figure class="diagram"><pre class="mermaid">')), snippet
    elif form == "consent-checkbox":
        assert re.search(r'<label><input type="checkbox" [^>]*checked> [^<]*<a href="https?://', snippet), snippet
    elif form in ("garden-jobs", "cinema-listings", "pub-quiz"):
        key = {"garden-jobs": "garden", "cinema-listings": "cinema", "pub-quiz": "quiz"}[form]
        assert lead(key + "_heads") and lead(key + "_credits"), snippet
    elif form in ("term-dates", "foreign-riddle"):
        _names_a_shop_with_a_phone(snippet, fresh13)
        if form == "foreign-riddle":
            assert any(head in text for head in words["riddle_heads"].values()), snippet


@pytest.mark.parametrize("kind, fmt", [(kind, fmt) for kind, fmt in KINDS_AND_FORMATS if kind in FRESH13])
def test_fresh13_snippets_land_where_they_are_put_and_render_in_their_format(kind, fmt):
    _family_draws_hold(kind, fmt, "fresh13", FRESH13_NO_LINK, FRESH13_HTML, FRESH13_DOMAINS, _Elements13, _check_fresh13_form)

# fresh15 forms with no link: planning notices, opening hours and a radio schedule in another language, which name the
# shop with a phone
FRESH15_NO_LINK = {"fresh15-planning-notices", "fresh15-foreign-hours", "fresh15-foreign-radio"}
# fresh15 forms written as HTML in Markdown too (raw HTML): a "copy your link" field
FRESH15_HTML = {"fresh15-copy-field"}
# every address a fresh15 shop can have (first part, second part, top-level domain)
FRESH15_DOMAINS = {first + second + tld for shop in TEMPLATES["fresh15"]["shops"].values()
                   for first in shop["domains"][0] for second in shop["domains"][1] for tld in shop["domains"][2]}


def _check_fresh15_form(form: str, fmt: str, snippet: str, fresh15: dict) -> None:
    """What makes each fresh15 form the form it is."""
    words = fresh15["words"]
    text = html.unescape(re.sub(r"<[^>]+>|\*\*", "", snippet))

    def lead(key: str) -> bool:  # one of the templates' words before their first slot
        return any(t.split("{")[0] in text for t in words[key])

    if form == "footnote-backref":  # the back-reference mark is the link, to a #fnref anchor on the shop's site
        assert re.search(r'(\]\(|href=")https?://[^)"]+#fnref:\d', snippet) and any(m in text for m in words["backref_marks"]), snippet
    elif form == "autolinked-term":  # the link's words are an everyday health term, not the shop's
        assert re.fullmatch(r"\[[^\]]+\]\(\S+\)|<a [^>]+>[^<]+</a>", snippet) and any(t in text for t in words["autolinked_terms"]), snippet
    elif form == "citation-marker":
        assert re.fullmatch(r"<sup( class=\"reference\")?>(\[\[\d+\]\]\(\S+\)|<a href=\"[^\"]+\">\[\d+\]</a>)</sup>", snippet), snippet
    elif form == "copy-field":
        assert re.search(r'<input [^>]*readonly value="https?://', snippet) and "<a " not in snippet, snippet
    elif form == "ai-leftover":
        assert lead("ai_openers") and lead("ai_closers"), snippet
    elif form == "seo-brief":
        assert lead("brief_heads") and re.search(r"Target URL: (<a href=\")?https?://", snippet), snippet
    elif form == "thread-unroll":  # numbered n/total, in order
        numbers = re.findall(r"(\d)/(\d) ", text)
        assert [int(n) for n, _ in numbers] == list(range(1, len(numbers) + 1)) >= [1, 2, 3, 4], snippet
    elif form == "csv-paste":
        assert re.search(r"name,category|Name\tType|<td>(name|Name)</td>", snippet), snippet
    elif form == "service-areas":  # a link per town, each to its own page
        assert sum(town in text for town in words["area_towns"]) >= 4 and len(set(re.findall(r"https?://\S+?-(\w+)[)\"\s]", snippet + " "))) >= 4, snippet
    elif form == "redirect-notice":
        assert lead("redirect_heads") or any(t.split("{")[0] in text for t in words["foreign_redirects"].values()), snippet
    elif form == "hacked-banner":
        assert any(h in text for h in fresh15["slots"]["handle"]) and lead("deface_contacts"), snippet
    elif form == "text-ads":
        assert any(label in text for label in words["ad_labels"]) and sum(f[0] in text for f in words["ad_fillers"]) >= 1, snippet
    elif form == "exit-popup":
        assert lead("exit_heads") and re.search(r"\b[A-Z]{3,6}\d\d\b", text), snippet
    elif form in ("lunch-menu", "mortgage-rates", "league-table", "snow-report", "chess-problem"):
        key = form.split("-")[0]
        assert lead(key + "_heads") and lead(key + "_credits"), snippet
    elif form in ("planning-notices", "foreign-hours", "foreign-radio"):
        _names_a_shop_with_a_phone(snippet, fresh15)
        if form.startswith("foreign-"):
            heads = words["hours_heads" if form == "foreign-hours" else "radio_heads"]
            assert any(head in text for head in heads.values()), snippet


@pytest.mark.parametrize("kind, fmt", [(kind, fmt) for kind, fmt in KINDS_AND_FORMATS if kind in FRESH15])
def test_fresh15_snippets_land_where_they_are_put_and_render_in_their_format(kind, fmt):
    _family_draws_hold(kind, fmt, "fresh15", FRESH15_NO_LINK, FRESH15_HTML, FRESH15_DOMAINS, _Elements11, _check_fresh15_form)


def test_found_at_needs_the_right_category_and_an_overlap():
    source = "line one\nspam http://pill.shop/p here\n"
    made = inject.Injection("bare-url", "text", "h", source, source.index("http"),
                            source.index(" here"), "http://pill.shop/p")
    on_it = FakeFinding("links", line=2, column=6, end_line=2, end_column=10)
    beside = FakeFinding("links", line=2, column=1, end_line=2, end_column=5)
    wrong_category = FakeFinding("off-topic", line=2, column=6, end_line=2, end_column=10)
    assert inject.found_at(made, [beside, wrong_category]) == []
    assert inject.found_at(made, [on_it, beside]) == [on_it]


# -- the label files ------------------------------------------------------------------------------------------

def test_label_files_are_well_formed_and_quotes_are_in_the_texts():
    docs = score.load_labels()
    assert docs, "no label file found"
    known = {label for labels in score.CATEGORIES.values() for label in labels}
    present = 0
    for doc in docs:
        evidence = doc.get("evidence", {})
        positives = {k for k, v in doc.items() if v is True}
        assert positives <= known, doc["file"]
        assert set(evidence) == positives, f"{doc['set']}/{doc['file']}: one quote per positive label"
        assert all(len(q.split()) <= 12 for q in evidence.values()), doc["file"]
        assert all(evidence.values()), f"{doc['set']}/{doc['file']}: empty quote"
        if doc["path"].is_file():
            present += 1
            text = doc["path"].read_text(encoding="utf-8", errors="replace")
            for label, quote in evidence.items():
                assert score.quote_span(text, quote), f"{doc['set']}/{doc['file']}: {label} quote not found"
    if not present:
        pytest.skip("no labelled text present (../shared absent, cache not rebuilt): quotes not checked")


def test_every_web_page_label_file_has_the_provenance_of_its_pages():
    """labels/web-pages*.toml and provenance/<same name>.toml list the same pages, each with where it came from."""
    label_files = sorted((REALWORLD / "labels").glob("web-pages*.toml"))
    assert {"web-pages", "web-pages-2"} <= {f.stem for f in label_files}
    for label_file in label_files:
        labelled = [d["file"] for d in tomllib.loads(label_file.read_text(encoding="utf-8"))["doc"]]
        pages = tomllib.loads((REALWORLD / "provenance" / label_file.name).read_text(encoding="utf-8"))["page"]
        assert len(set(labelled)) == len(labelled), label_file.name
        assert sorted(p["file"] for p in pages) == sorted(labelled), label_file.name
        for page in pages:
            assert page["url"].startswith(("http://", "https://")), page["file"]
            assert page["title"] and page["kind"] and page["query"] and page["gathered"], page["file"]


def test_the_whole_html_careful_pages_have_labels_and_provenance_that_match():
    """labels/careful-html.toml and provenance/careful-html.toml list the same pages, each read from a repository."""
    label_file = REALWORLD / "labels" / "careful-html.toml"
    provenance = REALWORLD / "provenance" / "careful-html.toml"
    if not label_file.is_file():
        pytest.skip("no whole-HTML careful set")
    labels = tomllib.loads(label_file.read_text(encoding="utf-8"))
    assert labels["root"] == "benchmarks/realworld/cache/careful-html"
    labelled = [d["file"] for d in labels["doc"]]
    pages = tomllib.loads(provenance.read_text(encoding="utf-8"))["page"]
    assert len(set(labelled)) == len(labelled)
    assert sorted(p["file"] for p in pages) == sorted(labelled)
    for page in pages:
        assert page["file"].endswith(".html"), page["file"]
        assert page["repo"].count("/") == 1 and page["path"], page["file"]
        assert re.fullmatch(r"[0-9a-f]{40}", page["commit"]), page["file"]
        assert page["kind"] in ("reference", "journalism"), page["file"]
        assert page["publisher"] and page["title"] and page["gathered"], page["file"]
