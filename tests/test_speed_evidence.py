"""The fast paths of the evidence, statistics, citations, claims and regulatory rules and of
drug-pack activation give the plain definitions' answers."""

import pytest

from lint_med.parsers.markdown import parse
from lint_med_drugs.activation import _any_alias, active_packs, all_packs

# --- drug-pack activation -----------------------------------------------------------------

ARTICLES = [
    "# Sleep tips\n\nSome people ask about LDN. LDN is not for everyone.\n",
    "# Sleep tips\n\nLDN, LDN and low-dose naltrexone: three mentions.\n",
    "# LDN for sleep\n\nA short text.\n",
    "# Ketamine clinics\n\nSpravato is a nasal spray.\n",
    "# Pain\n\nEsketamine, ketamine and Spravato; also ultra-low-dose naltrexone.\n",
    "# Pain\n\nNothing about any drug of a pack here.\n",
    "No heading at all, but LDN LDN LDN.\n",
]
TABLES = [{}, {"enable": ["ldn"]}, {"disable": ["ldn"]}, {"enable": ["ketamine"], "disable": ["ldn"]}]


def plain_active_packs(doc, table):
    """Every pack's aliases counted over the title and the whole text."""
    enable, disable = set(table.get("enable", [])), set(table.get("disable", []))
    title = doc.title or next((b.text for b in doc.blocks if b.kind == "heading"), "")
    return [pack for pack in all_packs(table).values() if pack.id not in disable
            and (pack.id in enable or pack.mentions(title) or pack.mentions(doc.body_text) >= pack.min_mentions)]


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("text", ARTICLES)
def test_active_packs_are_those_of_the_plain_definition(text, table):
    doc = parse(text, "a.md", {})
    assert [p.id for p in active_packs(doc, table)] == [p.id for p in plain_active_packs(doc, table)]


def test_aliases_with_a_capturing_group_are_not_joined():
    assert _any_alias((r"\b(LDN)\b", r"\bketamine\b")) is None
    assert _any_alias((r"\bLDN\b", r"\bketamine\b")).search("Ketamine") is not None


# --- LM502: the first test of a percentage range ------------------------------------------

RANGE_TEXTS = [
    "affecting 0% to 50% of users", "between 10 and 60 percent", "from 5 - 70 per cent", "20–80 %",
    "10 PERCENT to 90 PerCent", "1.5-99.5%", "0 and 45\u00a0%", "rates of 12 to 14 percent, 30%",
    "no range here", "from 10 to 20 people", "50 per day", "1998-2004 per capita",
]


@pytest.mark.parametrize("text", RANGE_TEXTS)
def test_every_range_passes_the_first_test(text):
    from lint_med_core.statistics import _DIGIT_THEN_PERCENT, _RANGE

    if _RANGE.search(text):
        assert _DIGIT_THEN_PERCENT.search(text)


# --- LM911: the article's words ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "", "semaglutide (ozempic) 2.4 mg, once-weekly", "café naïve façade ÉTÉ straße", "snake_case x2 3x",
    "\u212aelvin \u0130stanbul \u017fs ǅ", "emoji 😀 between\u00a0words\ttabs\nlines", "  leading and trailing  ",
])
def test_distinct_words_are_the_token_regex_matches(text):
    from lint_med_core._evidence import distinct_words
    from lint_med_core.regulatory import _TOKEN

    doc = parse(text, "a.md", {})
    runs, joined = distinct_words(doc)
    tokens = set(_TOKEN.findall(doc.body_text.lower()))
    assert {run.decode() for run in runs} == tokens
    assert sorted(joined.split()) == sorted(tokens)


# --- evidence: superscripts and preformatted blocks in the source -------------------------------

@pytest.mark.parametrize("source", [
    "", "<p>plain</p>", "x<sup>1</sup>", "x<SUP>1</SUP>", "x<Sup>1</Sup>", "<pre>code</pre>", "<PRE class=a>",
    "<PrE>", "<prefix>", "<pre-x>", "<pre\n>", "<sup>1</sup><pre>c</pre>", "<pre>c</pre><sup>1</sup>",
    "<supplement>", "<p>a</p>" * 50 + "<SUP>2</SUP>",
])
def test_source_tags_are_the_plain_tests(source):
    import re

    from lint_med_core._evidence import _source_tags

    plain = ("<sup" in source or "<SUP" in source, re.search(r"<pre\b", source, re.I) is not None)
    assert _source_tags(source) == plain


# --- LM501: the first test of an effect size ----------------------------------------------------

EFFECT_TEXTS = [
    "It reduces pain by 30%.", "Exercise cut the risk of death by half.", "boosted scores by about 2-fold",
    "Lowering blood pressure by as much as 10 percent", "It RAISES the odds BY A THIRD", "improved sleep by 3 times",
    "rose by two-thirds", "fell by three quarters in a year", "was reduced by Dr. Smith", "cut by hand",
]


@pytest.mark.parametrize("text", EFFECT_TEXTS)
def test_every_effect_passes_the_first_test(text):
    from lint_med_core.statistics import _EFFECT_AMOUNT, _patterns

    effect = dict(_patterns((), ()))["effect"]
    if effect.search(text):
        assert _EFFECT_AMOUNT.search(text)


RATIO_TEXTS = [
    "1 in 5 adults", "one in four women", "3 out of 10", "someone in the room", "ten out of ten",
    " in a minute", "in 2019 in the US", "the 2 in", "born in 1990, one of nine in a", "Two In Five",
    "\u0665 in 7",  # an Arabic-Indic digit: \\d is any decimal digit
    "often out of breath", "nine-in-ten", "4  in 5",
]


@pytest.mark.parametrize("text", RATIO_TEXTS)
def test_ratio_hint_is_the_plain_pattern(text):
    from lint_med_core.statistics import _RATIO_HINT, _has_ratio_hint

    lowered = text.lower()
    assert _has_ratio_hint(lowered) == (_RATIO_HINT.search(lowered) is not None)


PREVALENCE_TEXTS = [
    "Some 2,000 men and women have it.", "6,000 to 8,000 Americans die of it", "6,000-8,000 Americans",
    "2 million people live with it", "about 300\u00a0patients", "In 2019, 40 of the older adults",
    "In 2019, people", "20% of people", "1.5 million U.S. adults",
]


@pytest.mark.parametrize("text", PREVALENCE_TEXTS)
def test_every_prevalence_count_passes_the_first_test(text):
    from lint_med_core.statistics import _DIGIT_SPACE, _patterns

    prevalence = dict(_patterns((), ()))["prevalence"]
    if prevalence.search(text):
        assert _DIGIT_SPACE.search(text)


# --- words and sentences: the article's lowercase text, found blocks ----------------------------

CANDIDATE_TEXTS = [
    "Studies show it works. Nothing here. RESEARCH proves it.\n\nA second block: the evidence is clear.",
    "İstanbul doctors say it is safe. Experts agree. No word.",  # "İ" lowercases to two characters
    "ΟΔΟΣ research. Σ studies ΣΑΣ. Plain sentence.",
    "Side\u00a0effects are rare. Safe and effective. Everyone benefits!",
]


def plain_candidate_sentences(doc, found, words):
    """The block holds a word (lowercased), then each sentence is tested on its own."""
    for block in doc.prose_blocks:
        if words is not None and not any(word in block.text.lower() for word in words) or found.skipped(block):
            continue
        for sentence in block.sentences:
            if words is None or any(word in sentence.text.lower() for word in words):
                yield sentence


@pytest.mark.parametrize("words", [None, ("stud", "research", "expert"), ("safe", "side effect", "everyone"),
                                   ("σ", "ς"), ("i̇stanbul",)])
@pytest.mark.parametrize("text", CANDIDATE_TEXTS)
def test_candidate_sentences_are_those_of_the_plain_definition(text, words):
    from lint_med_core._evidence import candidate_sentences, evidence

    doc = parse(text, "a.md", {})
    found = evidence(doc)
    fast = [(s.block.index, s.start) for s in candidate_sentences(doc, found, words)]
    assert fast == [(s.block.index, s.start) for s in plain_candidate_sentences(doc, found, words)]


@pytest.mark.parametrize("words", [(), ("stud", "research"), ("safe", "side effect"), ("σ", "ς"), ("i̇stanbul",), ("",)])
@pytest.mark.parametrize("text", CANDIDATE_TEXTS + ["# Heading with 2 numbers\n\nNo digit. Research.\n\n- item 3\n- item"])
def test_blocks_holding_are_those_of_the_plain_definition(text, words):
    import re

    from lint_med_core._evidence import blocks_holding

    doc = parse(text, "a.md", {})
    for pattern in (None, re.compile(r"[0-9]")):
        plain = [block.index for block in doc.blocks if any(word in block.text.lower() for word in words)
                 or pattern is not None and pattern.search(block.text)]
        assert [block.index for block in blocks_holding(doc, words, pattern)] == plain


def test_blocks_matching_a_pattern_are_kept_per_pattern():
    """The blocks with a match are found once per document and pattern: asking for another
    pattern on the same document gives that pattern's blocks, not the first one's."""
    import re

    from lint_med_core._evidence import blocks_holding

    doc = parse("# Tips\n\nTake 2 a day.\n\nHalf % of them.\n\nNone here.\n", "a.md", {})
    digit, percent = re.compile(r"[0-9]"), re.compile(r"%")
    for _ in range(2):  # the second time from the cache
        assert [b.text for b in blocks_holding(doc, (), digit)] == ["Take 2 a day."]
        assert [b.text for b in blocks_holding(doc, (), percent)] == ["Half % of them."]
        assert [b.text for b in blocks_holding(doc, ("none",), digit)] == ["Take 2 a day.", "None here."]


@pytest.mark.parametrize("text", ["Plain ASCII text 12.", "Café ² and ⁴", "Only é and ü, no superscript", "¹²³⁴⁵⁶⁷⁸⁹⁰"])
def test_superscripts_of_any_text_are_those_of_the_plain_definition(text):
    from lint_med_core._evidence import _UNICODE_SUPERSCRIPTS, _superscripts

    assert _superscripts(text) == tuple(char for char in _UNICODE_SUPERSCRIPTS if char in text)


HTML_PAGES = [
    "<html><body><p>Aspirin works in trials.<sup>1</sup> It is cheap.<sup><a href='#r2'>2</a></sup></p>"
    "<pre>code 3</pre><p>After code [4].</p></body><script>var x = '<sup>9</sup><pre>';</script></html>",
    "<html><body><article><p>Text with a bare number after a word 12, and more 13.</p></article>"
    "<footer><SUP>5</SUP><PRE>x</PRE></footer></body></html>",
    "<html><body><p>km<sup>2</sup> and n<sup>3</sup> are exponents; trial.<sup>7</sup></p><p>End.</p>"
    "<Pre>late</Pre></body></html>",
]


@pytest.mark.parametrize("source", HTML_PAGES)
def test_evidence_with_the_tag_scan_bounded_is_the_unbounded_one(source, monkeypatch):
    from lint_med.parsers.html import parse as parse_html
    from lint_med_core import _evidence

    def markers_and_code(doc):
        found = _evidence.Evidence(doc)
        return [(m.block.index, m.start, m.end, m.kind, m.is_link) for m in found.markers], found.code_blocks

    bounded = markers_and_code(parse_html(source, "a.html", {}))
    unbounded_tags = _evidence._source_tags
    monkeypatch.setattr(_evidence, "_source_tags", lambda text, end=None: unbounded_tags(text))
    assert bounded == markers_and_code(parse_html(source, "a.html", {}))


@pytest.mark.parametrize("text", CANDIDATE_TEXTS + ["One in five adults; 3 out of 10. Side-effects, risk free!"])
def test_present_words_are_those_of_the_plain_definition(text):
    from lint_med_core._evidence import present_words

    words = ("stud", "research", "one in ", "out of", "side-effect", "risk free", "safe", "i̇stanbul", "σ",
             "istanbul", "ıstanbul", "ten", "adults;", "3", "")
    doc = parse(text, "a.md", {})
    assert present_words(doc, words) == tuple(w for w in words if w in doc.body_text.lower())


# --- LM911: drug names, found from the words that can start one ----------------------------------

DRUG_TEXTS = [
    "Insulin glargine and insulin are taken with metformin; ATORVASTATIN and atorvastatin.",
    "In April the triumvir met. Mirikizumab, adalimumab (Humira) and OLOL-2 were tested as injections.",
    "Ozempic and Wegovy are semaglutide; insulin glargine insulin glargine.",
    "No drug here, only words like decline and statin.",
]


def plain_find_drugs(text):
    """Every token in turn: a name starting there, else a stem; after a find, the token after it."""
    from lint_med_core.regulatory import _WORD, _lexicon, _stem_match

    by_first, suffixes, not_drugs, _ = _lexicon(())
    tokens = list(_WORD.finditer(text))
    lowered = [t.group().lower() for t in tokens]
    found_all, i = [], 0
    while i < len(tokens):
        found = next(((generic, len(name)) for name, generic in by_first.get(lowered[i], ())
                      if tuple(lowered[i:i + len(name)]) == name), None)
        if found is None and not tokens[i].group().isupper() and lowered[i] not in not_drugs \
                and _stem_match(lowered[i], suffixes):
            found = (lowered[i], 1)
        if found is None:
            i += 1
            continue
        found_all.append((tokens[i].start(), tokens[i + found[1] - 1].end(), found[0]))
        i += found[1]
    return found_all


@pytest.mark.parametrize("text", DRUG_TEXTS)
def test_find_drugs_is_the_plain_definition(text):
    from lint_med_core.regulatory import drug_mentions, find_drugs

    assert find_drugs(text) == plain_find_drugs(text)
    doc = parse(text, "a.md", {})
    counts, first = drug_mentions(doc)
    plain = [(block.index, found) for block in doc.blocks for found in plain_find_drugs(block.text)]
    # a brand beside its generic ("adalimumab (Humira)") is one mention
    beside = sum(1 for (i, a), (j, b) in zip(plain, plain[1:]) if i == j and a[2] == b[2] and b[0] - a[1] <= 3)
    assert sum(counts.values()) == len(plain) - beside
    assert {key: (block.index, span) for key, (block, span) in first.items()} == \
        {key: (index, (start, end)) for index, (start, end, key) in reversed(plain)}


# --- LM603: links to consumer sites, found in the joined URLs ------------------------------------

LINKS_PAGE = (
    "<html><body><h1>Zinc</h1><p>Studies show that <a href='HTTPS://WWW.HEALTHLINE.COM/zinc'>zinc shortens colds</a>."
    "</p><p>Zinc is in seeds (<a href='https://www.webmd.com/zinc'>more</a>), see <a href='https://pubmed.gov/1/'>a "
    "trial</a>.</p><p>According to <a href='https://en.wikipedia.org/wiki/Zinc'>this page</a>, zinc heals wounds.</p>"
    "{extra}</body></html>"
)


@pytest.mark.parametrize("extra", ["", "<p>Research shows <a href='https://example.com/İstanbul'>it</a> works.</p>"])
def test_tertiary_links_are_found_in_the_joined_urls_or_link_by_link(extra):
    from lint_med.parsers.html import parse as parse_html
    from lint_med_core._evidence import evidence
    from lint_med_core.citations import _tertiary_links, _tertiary_use_pattern

    doc = parse_html(LINKS_PAGE.format(extra=extra), "a.html", {})
    urls = "\n".join(link.url for link in doc.links)
    assert (len(urls.lower()) == len(urls)) == (extra == "")  # the fast path, then the link-by-link one
    hits = [hit.message for hit in _tertiary_links(doc, evidence(doc), (), _tertiary_use_pattern(()))]
    assert [message.split()[3] for message in hits] == ["healthline.com", "en.wikipedia.org"]


def test_texts_found_are_the_texts_holding_a_word():
    import functools

    from lint_med_core._evidence import joined_starts, texts_found

    texts = ["alpha beta", "", "gamma", "beta", "delta beta beta", ""]
    joined = "\n".join(texts)
    for word in ("beta", "a", "gamma", "zeta", "a\nb", ""):
        found = texts_found(joined_starts(texts), functools.partial(joined.find, word))
        assert found == {i for i, text in enumerate(texts) if word in text} or "\n" in word


# --- whole words of the article (boilerplate's key words) ---------------------------------

WORD_TEXTS = [
    "Replying is free; reply_all and reply2 are not words here. Leave a reply.",
    "Replying is free; reply_all and reply2 are not words here.",
    "Email us: firsthand e-mail. FIRST comes first.",
    "Su correo electrónico no será publicado. electrónicos, electr nico",
    "Ваш адрес email не будет опубликован. опубликованы",
    "İstanbul ΣΟΦΊΑ ſhare ſ share reply\u00e9 \u00e9reply commentaire comment",
    "",
]
KEY_WORDS = ("reply", "replying", "first", "email", "mail", "electrónico", "opublikowany", "опубликован",
             "share", "comment", "nico", "reply_all", "reply2", "istanbul", "σοφία", "absent")


@pytest.mark.parametrize("text", WORD_TEXTS)
def test_whole_words_present_are_those_of_the_plain_definition(text):
    import re

    from lint_med_core._evidence import whole_words_present

    doc = parse(f"# Title\n\n{text}\n\nMore text.\n", "a.md", {})
    plain = sorted(set(re.findall(r"\w+", doc.body_text.lower())).intersection(KEY_WORDS))
    assert whole_words_present(doc, KEY_WORDS) == plain


# --- LM105: the literals the article holds -------------------------------------------------

LITERAL_TEXTS = ["Order now: buy2get1 at the SHOP_NOW desk.", "Bestellen Sie jetzt ohne Rezept", "İ ſale K", ""]
LITERALS = ["order", "rder", "buy2", "2get", "shop", "now", "shop_now", "order now", "rezept", "sale", "ale",
            "k", "i", "Order", "ohne rezept", "absent"]


@pytest.mark.parametrize("text", LITERAL_TEXTS)
def test_article_literals_are_those_the_text_holds(text):
    from lint_med_core._phrases import TextLiterals, article_literals

    doc = parse(f"# Title\n\n{text}\n", "a.md", {})
    plain = TextLiterals(doc.body_text)
    fast = article_literals(doc)
    for literal in LITERALS:
        for fold in (True, False):
            assert fast.holds(literal, fold) == plain.holds(literal, fold), (literal, fold)


# --- LM501: the population noun every plain count needs --------------------------------------

COUNT_TEXTS = [
    "About 6,000 to 8,000 Americans die of it every year.", "It affects some 2,000 MEN and women.",
    "Some 300 uſers reported it each year.", "It affects 40 million adults.", "We saw 12 cats in 2019.",
    "Roughly 500 older\u00a0adults live with it.", "In 2020 1 200 Patients are diagnosed.",
]


@pytest.mark.parametrize("text", COUNT_TEXTS)
def test_statistics_with_the_population_test_are_those_without_it(text):
    import copy

    from lint_med_core.statistics import _patterns, find_statistic

    patterns = _patterns((), ())
    plain = copy.copy(patterns)
    plain.population_keys = None  # no population test: every pattern tried
    found, expected = find_statistic(text, patterns), find_statistic(text, plain)
    assert (found and (found[0], found[1].span())) == (expected and (expected[0], expected[1].span()))


def test_some_count_texts_hold_a_plain_count():
    from lint_med_core.statistics import _patterns, find_statistic

    kinds = [(find_statistic(text, _patterns((), ())) or ("",))[0] for text in COUNT_TEXTS]
    assert kinds.count("prevalence") >= 3, kinds


MARKER_TEXTS = [
    "# Zinc\n\nZinc shortens colds.¹ Two trials agree.²³\n\nNo marker here.\n",
    "# Zinc\n\nZinc shortens colds [iv]. See the note [^a].\n\n[^a]: A note.\n",
    "# Zinc\n\nZinc shortens colds [1]. A bracket [alone] too.\n",
    "# Zinc\n\nNo digit, no bracket, no superscript at all.\n",
    "# Zinc\n\nThe ratio was 3 to 1 and the dose ⁴ mg (a typo) [x].\n",
]


@pytest.mark.parametrize("text", MARKER_TEXTS)
def test_marker_blocks_are_those_of_the_plain_definition(text):
    from lint_med_core._evidence import (_DIGIT, _ROMAN_STEMS, _UNICODE_SUPERSCRIPTS, _marker_blocks,
                                         _superscripts, blocks_holding)

    doc = parse(text, "a.md", {})
    plain = tuple(filter(doc.body_text.__contains__, _UNICODE_SUPERSCRIPTS))
    assert _superscripts(doc.body_text) == plain
    assert _marker_blocks(doc, plain) == blocks_holding(doc, ("[^",) + _ROMAN_STEMS + plain, _DIGIT)


# --- citation markers: [i], [iv] after a word ----------------------------------------------------


def test_roman_marker_pattern_is_the_plain_one():
    """_ROMAN, written to start with its "[", finds what the plain pattern (its look-behind first) finds."""
    import random
    import re

    from lint_med_core._evidence import _ROMAN

    plain = re.compile(r"(?<=[\w.,;:)”\"’])\[(x{0,3}(?:ix|iv|v?i{1,3}|v)|x{1,3})\]")
    rng = random.Random(31)
    pieces = ["[", "]", "i", "v", "x", "ix", "[i]", "[iv]", "a", ".", " ", "’", ")", "(", "-", "é"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        expected = [(m.span(), m.group(1)) for m in plain.finditer(text)]
        assert [(m.span(), m.group(1)) for m in _ROMAN.finditer(text)] == expected, text
        found += bool(expected)
    assert found > 1000
