"""The fast paths of sentence splitting and the boilerplate rules give the plain definitions' answers."""

import random
import re

import pytest

from lint_med import lint_text
from lint_med.config import parse_table
from lint_med.document import Block, Document, split_sentences
from lint_med_core.boilerplate import (_QUERY_START, _label_key, _query_matches, _query_patterns,
                                       _query_starts, lowercase_blocks)

# --- sentence splitting: the plain definition ------------------------------------------

_ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "e.g", "i.e", "al", "fig", "no",
    "approx", "ca", "inc", "ltd", "jr", "sr", "u.s", "u.k", "mg", "vol", "pp", "cf", "dept",
}
_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_LAST_WORD = re.compile(r"([\w.]+)[.!?]*[\"'”’)\]]*$")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)")


def plain_split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ends, minus abbreviations, initials and ends followed by a lowercase word."""
    spans = []
    start = 0

    def append(start: int, end: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))

    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        word = _LAST_WORD.search(text, max(start, match.start() - 64), end)
        if word and match.group().startswith(".") and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        if word and match.group().startswith(".") and word.group(1).lower().rstrip(".") in _MONTHS and \
                text[end:].lstrip()[:1].isdigit():
            continue  # a date: "Oct. 26, 2011"
        if word and len(word.group(1).rstrip(".")) == 1 and word.group(1)[0].isupper():
            continue
        following = text[end:].lstrip()
        if following and following[0].islower():
            continue
        append(start, end)
        start = end
    append(start, len(text))
    return spans


@pytest.mark.parametrize("text", [
    "", "   ", "One. Two.", "Dr. Smith came. He left!", "See e.g. the list. Then stop.",
    "J. Smith wrote it. Fine.", "It costs 3.5 mg. Take it.", "Why?! Because.\n\nNext one",
    'He said "stop." Then left.', "(See fig. 2.) Next.", "x ... Y", "a.b!. X", "e.g.! Next",
    "Ends with U.S. Army. Yes", "İ. Done", "word" * 40 + ". Next", " . ! ? ", "A.\u00a0B. c. D",
    "Oct. 26, 2011 -- A drug works. Next.", "It ends in Dec. The end.", "Sept. 3. Then", "NOV.\u00a05 X",
])
def test_split_sentences_matches_the_plain_definition(text):
    assert split_sentences(text) == plain_split_sentences(text)


def test_split_sentences_matches_the_plain_definition_on_random_text():
    pieces = (["approx", "xapprox", "Abcdefg", "1234567", "Dr", "e.g", "U.S", "mg", "...", "a" * 70, " B", " c",
               "Oct", "sept", " 26"]
              + list("aAbJx1 .!?\"'”’)]\n\t\u00a0"))
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        assert split_sentences(text) == plain_split_sentences(text), text


# --- boilerplate rules: the lowercase-text prefilters -----------------------------------


def _codes(text, select, **rules):
    config = parse_table({"select": list(select), "rules": rules}, None)
    return [(f.code, f.line) for f in lint_text(text, path="a.txt", config=config)]


def test_lowercase_body_is_the_lowercase_body_text():
    texts = ["ΟΔΟΣ Σ", "İstanbul ΑΣ", "Σ.", "Stands PUBLISHED", ""]
    doc = Document("a.txt", "text", "\n".join(texts), blocks=[Block(t, list(range(len(t)))) for t in texts])
    lowered = lowercase_blocks(doc)
    assert lowered.body == doc.body_text.lower()
    assert [lowered.text(index) for index in range(len(texts))] == [text.lower() for text in texts]
    assert lowered.blocks_containing(["stands", "σ", "nothing"]) == {0: ["σ"], 2: ["σ"], 3: ["stands"]}


@pytest.mark.parametrize("spun", ["stands published", "STANDS Published", "ſtands publiſhed", "ſtands published"])
def test_spun_phrasing_is_found_whatever_the_case_folding(spun):
    # "ſ" is an "s" to a case-insensitive regex but not to str.lower(): the block prefilter
    # must not hide the phrase when the article has the key word elsewhere.
    text = f"Title\n\nThe study was published in 2020.\n\nA postulate {spun} for some time.\n"
    assert [code for code, _ in _codes(text, ["LM404"])] == ["LM404"]


@pytest.mark.parametrize("name", ["atorvastatin", "ATORVASTATIN", "atorvaſtatin"])
def test_inserted_keyphrase_is_found_whatever_the_case_folding(name):
    text = f"Statins\n\nFew cases {name} liver enzymes of concern were seen.\n"
    assert _codes(text, ["LM403"], LM403={"keyphrases": ["atorvastatin liver enzymes"]}) == [("LM403", 3)]


def plain_label_key(text: str) -> str:
    text = text.casefold().replace("’", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w' ]+", " ", text)).strip()


@pytest.mark.parametrize("text", [
    "", "  ", "Share this:", "  • Bagikan ", "Leave a Reply\u00a0\tCancel", "Don’t miss",
    "Facebook | Twitter | E-mail", "ΣΟΦΊΑ ß", "x_y 3'4 ' '", "\u1680Share\u2003it\u200b", "Straße",
])
def test_label_key_matches_the_plain_definition(text):
    assert _label_key(text) == plain_label_key(text)


def test_query_starts_and_matches_are_those_of_the_plain_regex_scan():
    words = ["what", "What", "WHAT", "how", "How", "show", "however", "_how", "is", "are", "alcoholism",
             "long", "does", "LDN", "last", "cost", "much", "it", "take", "for", "to", "work", "causes",
             "x", "’", "İ", "ſ", "stay", "in", "your", "system", "per"]
    gaps = [" ", " ", " ", " ", "\u00a0", "\t", ". ", "? ", ", ", "", "  "]
    rng = random.Random(11)
    queries, _ = _query_patterns()
    matched = 0
    for _ in range(1500):
        texts = ["".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(0, 25))) for _ in range(3)]
        doc = Document("a.txt", "text", "\n".join(texts), blocks=[Block(t, list(range(len(t)))) for t in texts])
        starts = _query_starts(doc, lowercase_blocks(doc))
        plain = {i: [m.span() for m in _QUERY_START.finditer(t)] for i, t in enumerate(texts)}
        assert starts == {i: spans for i, spans in plain.items() if spans}, texts
        for index, text in enumerate(texts):
            for s, e in split_sentences(text):
                sentence = text[s:e]
                positions = [a - s for a, b in starts.get(index, []) if a >= s and b <= e]
                assert bool(positions) == bool(_QUERY_START.search(sentence)), sentence
                expected = [m.span() for query, _ in queries for m in query.finditer(sentence)]
                found = [m.span() for m in _query_matches(queries, sentence, positions)] if positions else []
                assert found == (expected if positions else []), sentence
                matched += len(found)
    assert matched > 50, matched  # the templates were exercised


@pytest.mark.parametrize("query", ["clinics near me", "Clinics NEAR  Me", "clinics near\u00a0me",
                                   "ſtatin clinics near me"])
@pytest.mark.parametrize("elsewhere", ["", " İ"])
def test_near_me_query_is_found_whatever_the_case_folding(query, elsewhere):
    text = f"Statins{elsewhere}\n\nSearch for lipid {query} to find one.\n"
    assert _codes(text, ["LM403"]) == [("LM403", 3)]


@pytest.mark.parametrize("words", ["solución violenta extrema", "SOLUCIÓN Violenta EXTREMA",
                                   "Soluci\u00f3n  violenta extrema"])
def test_inserted_keyphrase_with_a_non_ascii_word_is_found(words):
    text = f"Statins\n\nFew cases {words} of concern were seen.\n"
    assert _codes(text, ["LM403"], LM403={"keyphrases": ["solución violenta extrema"]}) == [("LM403", 3)]
