"""The fast paths of the structure and disclaimer rules give the plain definitions' answers."""

import re
import string
from pathlib import Path

import pytest

from lint_med.parsers.html import parse as parse_html
from lint_med_core import disclaimer, structure
from lint_med_core._data import load

TRICKY = "ıİſKΣσςµμßẞéÉ’\u00a0ǅǆ"  # letters re.I matches across forms, context and two-letter lowercases


def test_plainly_lowercasing_letters_match_ascii_letters_under_re_i_only_by_their_lowercase():
    plain = "".join(c for c in map(chr, range(0x80, 0x30000)) if structure._lowercases_plainly(c))
    for letter in string.ascii_lowercase:
        assert {c for c in re.findall(letter, plain, re.I)} == {c for c in plain if c.lower() == letter}


@pytest.mark.parametrize("char", TRICKY)
def test_letters_that_lowercase_by_context_or_to_an_unusual_form_are_not_plain(char):
    assert structure._lowercases_plainly(char) is (char not in "ıİſΣςµß")


@pytest.mark.parametrize("text", [
    "This article is for informational purposes only.",
    "THIS ARTICLE IS FOR INFORMATIONAL PURPOSES ONLY.",
    "Thıs artıcle ıs for ınformatıonal purposes only.",  # dotless i: re.I matches it to "i"
    "Thiſ article iſ for informational purpoſes only.",  # long s: re.I matches it to "s"
    "THİS ARTİCLE İS FOR İNFORMATİONAL PURPOSES ONLY.",  # dotted capital I lowercases to two characters
    "Café: this is not medical advice’s substitute, ΣΟΦΙΑ said.",
    "We don’t provide medical advice.\u00a0Always consult your doctor.",
    "Nothing here is advice. ẞ and ß and µ and Σ",
])
def test_pattern_search_on_lowercased_text_finds_what_re_i_finds(text):
    data = load("disclaimer_patterns")
    for phrasings in ([p for group in data["strong"].values() for p in group], data["consult"]["general"],
                      ["thıs", "purpoſes", "σ", "\u00b5", "(advice)|(only)"]):
        patterns = disclaimer._Patterns(phrasings)
        for variant in (text, text + " " + TRICKY, text.replace(" ", "\u00a0")):
            expected = re.search("|".join(f"(?:{p})" for p in phrasings), variant, re.I) is not None
            assert patterns.search(variant, variant.lower()) is expected, (phrasings, variant)


@pytest.mark.parametrize("body", [
    "<p>Only this.</p><p>İstanbul ADVICE here</p><p>nothing</p><h2>Questions</h2><p>Always ask.</p>",
    "<p>Only this.</p><p>Istanbul ADVICE here</p><p>nothing</p><h2>Questions</h2><p>Always ask.</p>",
    "<p>plain</p><p>text before it</p><p>Before you start</p>",
])
def test_blocks_found_from_the_whole_text_are_every_block_holding_a_key(body):
    doc = parse_html(f"<html><body><article>{body}</article></body></html>", "a.html", {})
    keys = disclaimer._STRONG_KEYS + disclaimer._CONSULT_KEYS
    holding = {i for i, block in enumerate(doc.blocks) if disclaimer._may_hold(block.text.lower(), keys)}
    found = structure.blocks_holding(doc, keys)
    assert found is None or holding <= found
    if "İ" not in body:
        assert found == holding


PAGES = [
    'rel=author', '<a rel="author" href="/me">Me</a>', "<a rel='authors'>", "<a rel=authorship>",
    '<span itemprop="author">Jo</span>', "<i itemprop=creator>", '<i itemprop="reviewedByX">',
    '<meta name="author" content="Jo">', '<META name="author" content="Jo">', '<meta\nproperty="article:author" content=x>',
    '<meta name="author" content="">', '<meta content="Jo" name="author">', '<meta name="twitter:author"\tcontent="@jo">',
    '<div class="post-byline">', '<div class="x" data-author="y">', "<div class='author vcard'>", "class=author",
    '<time datetime="2024-03-05">', '<TIME class="a" DateTime=2024-03-05>', '<meta property="article:published_time" '
    'content="2024-03-05T10:00">', '<Meta Name="DC.Date.Modified" content="2023-01-02">', '<meta name="dätum-modified" '
    'content="2023-01-02">', '<meta name="description" content="2023-01-02 updated">', '<meta itemprop="dateModified" '
    'content="2022-05-01"><meta itemprop=datePublished content=2021-01-01>', '<span itemprop="datePublished" '
    'title="2020-02-02">', '<span class="date">March 3, 2025</span>', '<meta name=date content="2019"',
]


def _plain_has_author_markup(source):  # the definition: one scan of the page per pattern
    if any(pattern.search(source) for pattern in (structure._REL_AUTHOR, structure._ITEMPROP_AUTHOR,
                                                  structure._META_AUTHOR)):
        return True
    for word in ("byline", "author"):
        for at in (match.start() for match in re.finditer(word, source)):
            attribute = source.rfind("class=", max(0, at - 200), at)
            if attribute != -1 and not structure._ATTRIBUTE_END.search(source, attribute + 7, at):
                return True
    return False


@pytest.mark.parametrize("pair", [(a, b) for a in PAGES for b in PAGES[::5]])
def test_markup_found_where_its_literal_occurs_is_what_a_scan_of_the_page_finds(pair):
    source = "<html><head>" + "\n".join(pair) + "</head><body><p>Text.</p></body></html>"
    doc = parse_html(source, "a.html", {})
    assert structure.author_markup_in_source(doc) is _plain_has_author_markup(source)
    times, metas = structure._date_tags(doc)
    for pattern, starts in ((structure._TIME_TAG, times), (structure._META_DATE, metas),
                            (structure._ITEMPROP_DATE, structure._starts(doc, "itemprop="))):
        assert ([m.span(1) for m in structure._matches_at(pattern, source, starts)]
                == [m.span(1) for m in pattern.finditer(source)])


CITED = [
    "See doi: 10.1000/182 for details.", "See DOI:\n10.1000/182.", "x10.1000/182", "(10.12345/abc)", "PMID: 123",
    "pmid 1", "PMC12345", "pmc1234", "ISBN-3", "isbn 978", "PMİD: 123", "pmıd: 123", "ſee ISBN 9",
    "Smith et al. (2019) found", "Smith et al., 2019", "(Smith and Jones, 2020)", "(Smith & Jones 2001a;", "Smith (2019)",
    "smith (2019)", "Smith, (1999)", "in 2019) the", "et al 2020", "et al.", "O’Brien (2003)", "Σmith (2019)",
]


@pytest.mark.parametrize("pair", [(a, b) for a in CITED for b in ("No sources here.", "10. Also", "PMC", "Et al.")])
def test_identifiers_and_author_years_found_near_their_key_words_are_what_a_scan_finds(pair):
    doc = parse_html("<html><body><article>" + "".join(f"<p>{p}</p>" for p in pair) + "</article></body></html>",
                     "a.html", {})
    body = doc.body_text
    plain_identifier = (any(hint in body.lower() for hint in structure._IDENTIFIER_HINTS)
                        and structure._IDENTIFIER.search(body) is not None)
    plain_author_year = (("et al" in body or structure._YEAR_CLOSED.search(body) is not None)
                         and structure._AUTHOR_YEAR.search(body) is not None)
    assert structure._has_identifier(doc) is plain_identifier
    assert structure._has_author_year(doc) is plain_author_year


@pytest.mark.parametrize("text", [
    "By Jane Doe", "Written by: Dr. Jane Doe, MD", "News | By Jane Doe", "News\nBy Jane Doe", "News • by jane doe",
    "Stand by Me", "News — Reviewed by Jane Doe", "Pagina 2 · Por María López", "Nearby: Jane", "by\tJane Doe", "",
])
def test_a_byline_is_found_by_a_match_at_the_start_when_no_separator_allows_another_start(text):
    doc = parse_html(f"<html><body><article><p>{text}</p><p>Text.</p></article></body></html>", "a.html", {})
    pattern = structure._byline_pattern(())
    expected = next((b for b in doc.prose_blocks if len(b.text) <= 200 and pattern.search(b.text)), None)
    assert structure.find_byline(doc) is expected


@pytest.mark.parametrize("text", [
    "According to the CDC, iron helps.", "ACCORDING TO Experts and data from The Lancet", "in a study published in Nature",
    "In A Review by Smith and in a trial from   Oxford", "reported by reporters, published by\n\tThe Times",
    "Accordıng to Smith", "writing in the journal Science; appeared in BMJ", "nothing here from anyone",
    "data fromage", "XIn a study in Rome", "published  in Journal Jama",
])
def test_attributions_tried_where_a_phrase_starts_are_those_of_a_scan(text):
    expected = [m.span() for m in structure._ATTRIBUTION.finditer(text)]
    assert [m.span() for m in structure._attributions(text, text.lower())] == expected


# --- author and date markup read from the page's elements (doc.markup) --------------------------

SHARED_PAGES = sorted((Path(__file__).resolve().parents[2] / "shared" / "corpus" / "readability-test-pages")
                      .glob("*/source.html"))
# Markup the source scan finds that is no element, or that the elements cannot tell apart: text that
# looks like an attribute, a tag commented out, an upper-case <META> (the scan's _META_AUTHOR is
# lower-case only), an unquoted content (_META_DATE wants quotes), a tag never closed.
NOT_ELEMENTS = {'rel=author', 'class=author', '<META name="author" content="Jo">', '<meta name=date content="2019"',
                '<meta itemprop="dateModified" content="2022-05-01"><meta itemprop=datePublished content=2021-01-01>'}


def _page(head: str):
    source = "<html><head>" + head + "</head><body><p>Text.</p></body></html>"
    return parse_html(source, "a.html", {})


def _dates_in_source(doc):
    return {kind: [match.group(1) for match in matches] for kind, matches in structure.markup_dates_in_source(doc).items()}


@pytest.mark.parametrize("pair", [(a, b) for a in PAGES for b in PAGES[::5] if a not in NOT_ELEMENTS
                                  and b not in NOT_ELEMENTS])
def test_author_and_date_markup_read_from_the_elements_is_what_the_source_scan_finds(pair):
    doc = _page("\n".join(pair))
    assert structure._author_markup_in_elements(doc.markup) is structure.author_markup_in_source(doc)
    assert structure.markup_dates_in_elements(doc.markup) == _dates_in_source(doc)


@pytest.mark.parametrize("head, author, dates", [
    ('<!-- <time datetime="2020-01-01">old</time> --><time datetime="2021-02-02">', False, ["2021-02-02"]),
    ('<script>var t = \'<time datetime="2020-01-01">\'; var a = \'<p class="author">\';</script>', False, []),
])
def test_tags_in_comments_and_scripts_are_no_elements(head, author, dates):
    doc = _page(head)
    assert structure.author_markup_in_source(doc) is not author or structure.markup_dates_in_source(doc)["time"]
    assert structure._author_markup_in_elements(doc.markup) is author
    assert structure.markup_dates_in_elements(doc.markup)["time"] == dates


def test_a_date_read_from_the_elements_is_placed_where_the_source_scan_finds_it():
    head = ('<!-- <time datetime="2015-04-30">a</time> --><time datetime="2015-04-30">b</time>'
            '<time datetime="2014-01-01">c</time><time datetime="2015-04-30">d</time>')
    doc = _page(head)
    found = []
    structure._markup_dates(doc, found)
    spans = [where.locate(doc) for _, where, _ in found]
    starts = [match.start(1) for match in structure.markup_dates_in_source(doc)["time"]]
    assert [(span.start, span.end) for span in spans] == [(at, at + 10) for at in starts[1:]]


def _newest(doc):
    """What LM304 reads of the dates: whether there is one, and the newest (the first of equals) with its place."""
    dates = structure.article_dates(doc)
    if not dates:
        return None
    date, where, how = max(dates, key=lambda found: found[0])
    if isinstance(where, tuple):
        place = (where[0].index, where[1])
    else:
        place = where.locate(doc) if hasattr(where, "locate") else where
        place = place and (place.start, place.end)
    return date, place, how


@pytest.mark.skipif(not SHARED_PAGES, reason="../shared/corpus is not here")
@pytest.mark.parametrize("path", SHARED_PAGES, ids=lambda path: path.parent.name)
def test_on_real_pages_the_elements_give_the_source_scans_answers(path):
    doc = parse_html(path.read_text(encoding="utf-8", errors="replace"), str(path), {})
    assert structure._author_markup_in_elements(doc.markup) is structure.author_markup_in_source(doc)
    fast = _newest(doc)
    fast_dates = {date for date, _, _ in structure.article_dates(doc)}
    doc.markup = None  # the plain definitions: the page's source scanned
    assert _newest(doc) == fast
    assert fast_dates <= {date for date, _, _ in structure.article_dates(doc)}  # the elements are tags of the source


@pytest.mark.parametrize("head", [
    '<time data-datetime="2020-01-01" datetime="2021-01-01">', '<time datetime="2021-01-01" xdatetime="2020-01-01">',
    '<time datetime=" 2020-01-01" data-datetime="2021-03-01">', '<span subtitle="2019" itemprop="dateCreated" '
    'data-content="" title="2020-05-05">', '<span itemprop="datePublishedX" content="2018">',
    '<meta content="too long a value to be any date at all here" name="date" data-content="2017-01-01">',
    '<meta content="2016-01-01" property="og:updated_time">', '<meta name="author-name" content="Jo">',
    '<meta data-name="og:author" data-content=" Jo" content="Jo">', '<link rel="author me" href="/jo">',
    '<a rel="authorship">', '<b itemprop="reviewedBy">', '<div class="' + "x" * 193 + 'author">',
    '<div class="' + "x" * 194 + 'author">',
])
def test_attribute_orders_and_forms_are_read_from_the_elements_as_the_source_patterns_read_them(head):
    doc = _page(head)
    assert structure._author_markup_in_elements(doc.markup) is structure.author_markup_in_source(doc)
    assert structure.markup_dates_in_elements(doc.markup) == _dates_in_source(doc)


@pytest.mark.parametrize("text", [
    "", ")", ";", "2019)", "1999;", "(Okoro 2021a)", "Lane et al., 2003b; Moss 1998)", "x2020)2021;",
    "20199)", "2019a;2020b)", "19١٢)", "2019A)", "(2019)(2020)", "12019)", "1919);", "Tan (2011), Roe (2012)",
    "2019 )", "in 2019; later in 2020).", "20ab)", "1820)", "))));;;;2001)",
])
def test_years_closed_are_the_patterns_matches(text):
    assert structure._years_closed(text) == [m.start() for m in structure._YEAR_CLOSED.finditer(text)]
