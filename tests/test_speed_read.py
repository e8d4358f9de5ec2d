"""The fast paths of LM801 and LM921/922 give the answers of the plain definitions."""

import random
import re
import unicodedata
from collections import Counter

from lint_med import lint_text
from lint_med.config import parse_table


def _lm801(text, **options):
    options.setdefault("tell_once", False)  # each repeat on its own, as the plain definition finds them
    config = parse_table({"select": ["LM801"], "rules": {"LM801": options} if options else {}}, None)
    return [(f.line, f.message) for f in lint_text(text, path="a.md", config=config)]


def _plain_repeats(sentences, threshold=0.65, size=3):
    """LM801 by its definition: every earlier sentence compared, Jaccard of shingle sets."""
    exact, kept, found = {}, [], []
    for line, words in sentences:
        key = " ".join(words)
        if key in exact:
            found.append((line, f"This sentence repeats, word for word, the sentence at line {exact[key]}"))
            continue
        exact[key] = line
        shingles = {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
        scores = [(len(shingles & other) / len(shingles | other), -earlier) for earlier, other in kept]
        kept.append((line, shingles))
        if scores and max(scores)[0] >= threshold:
            found.append((line, f"This sentence nearly repeats the sentence at line {-max(scores)[1]}"))
    return found


def test_near_repeats_match_an_all_pairs_comparison():
    """Variants of a few sentences, up to four words changed: the shingle index and its
    bound on the score (shared shingles / the sentence's shingles) find what comparing
    every pair finds, at scores on both sides of the threshold."""
    rng = random.Random(801)
    vocabulary = [f"w{i}" for i in range(60)]
    bases = [[rng.choice(vocabulary) for _ in range(rng.randint(14, 30))] for _ in range(5)]
    sentences = []
    for _ in range(30):
        words = list(rng.choice(bases))
        for _ in range(rng.randint(0, 4)):
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        sentences.append(words)
    holding = Counter(s for words in sentences for s in {" ".join(words[i : i + 3]) for i in range(len(words) - 2)})
    assert max(holding.values()) <= 10  # no shingle reaches LM801's cap on postings
    lines = [(3 + 2 * i, words) for i, words in enumerate(sentences)]
    text = "# T\n\n" + "\n\n".join(" ".join(words).capitalize() + "." for words in sentences) + "\n"
    expected = _plain_repeats(lines)
    assert len([m for _, m in expected if "nearly" in m]) >= 5  # the test exercises near repeats
    # (variants of one sentence far apart are spun restatements too: that test is left out here)
    assert _lm801(text, reworded_runs=0) == expected
    assert _lm801(text, similarity=0.3, reworded_runs=0) == _plain_repeats(lines, threshold=0.3)


def _plain_words_of(text):
    """readability's text cleaning with one citation pattern, tried on every text."""
    from lint_med_core.readability import _PUNCTUATION, _URL

    citation = re.compile(r"\[\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*\]|\(\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*\)"
                          r"|[\u00b9\u00b2\u00b3\u2070-\u2079]+")
    if "/" in text or "www" in text:
        text = _URL.sub(" ", text)
    return _PUNCTUATION.sub("", citation.sub(" ", text)).lower()


def test_text_cleaning_removes_what_one_citation_pattern_and_the_url_pattern_remove():
    """Bracketed markers and superscripts are removed by two patterns, the URL pattern runs
    only where "://" or "www" (any case) occurs: the words are those of the plain cleaning."""
    from lint_med_core.readability import _words_of

    pieces = ["[", "]", "(", ")", "1", "23", "4567", " ", ", ", "-", "–", "¹", "²³", "⁴", "⁰", "a", "Word",
              "mg/dL", "http://x.org/a", "HTTPS://X.ORG", "www.", "WWW.", "Www", "é", "’", ".", "İwww.x", "\u00a0"]
    rng = random.Random(921)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    texts += ["See [1] and (2, 3) or [4–6]¹²", "x¹[2]²y", "[¹1]", "(¹2)", "dose⁵ (12) [1 - 3]",
              "Visit WWW.NHS.UK/a"]
    assert [_words_of(t) for t in texts] == [_plain_words_of(t) for t in texts]


def test_reference_entry_pattern_with_one_word_boundary_finds_what_the_old_one_found():
    from lint_med_core.readability import _REFERENCE_ENTRY

    old = re.compile(r"\bdoi\b|\bPMID\b|\bPMC\d|\bet al\.|\b(?:19|20)\d\d\s*[;:]\s*\d|\bRetrieved\b"
                     r"|\bArchived from\b|\bProceedings of\b|\bISBN\b|\bAccessed\b", re.I)
    pieces = ["doi", "DOI", "PMID", "pmc", "PMC4", "et al.", "et al", "2019", "1999;", "2001 : 4", ";", "3",
              "Retrieved", "archived from", "Proceedings of", "isbn", "Accessed", "x", " ", "-", ".", "_", "é"]
    rng = random.Random(801)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(5000)]
    assert [bool(_REFERENCE_ENTRY.search(t)) for t in texts] == [bool(old.search(t)) for t in texts]


def test_non_reference_blocks_are_the_blocks_that_are_not_references():
    from lint_med.parsers.markdown import parse
    from lint_med_core.readability import is_reference, non_reference_blocks

    text = ("Intro line before any heading.\n\n- Smith J et al. A trial. 2019;3:4.\n- A plain item.\n\n"
            "# Title\n\nBody text.\n\n## References\n\n- Jones K. Lancet.\n\nA paragraph of sources.\n\n"
            "## Next\n\n- PMID 123\n- Not a source.\n\n## Sources\n\n## Empty then more\n\nText.\n")
    doc = parse(text, "a.md", {})
    expected = [b for b in doc.blocks if not is_reference(b)]
    assert len(expected) < len(doc.blocks) - 3  # both kinds of reference blocks occur
    assert non_reference_blocks(doc) == expected
    assert non_reference_blocks(doc) is non_reference_blocks(doc)  # once per document


def test_sentences_split_into_the_words_the_pattern_finds_after_nfkc():
    """ASCII sentences are split with a translation table, and the no-break space, curly
    quotes and dashes are made spaces before NFKC: the words are the plain definition's."""
    from lint_med_core.duplication import _unicode_word, _words

    def plain(text):
        return _unicode_word().findall(unicodedata.normalize("NFKC", text).lower())

    ascii_chars = "".join(map(chr, range(128)))
    texts = [ascii_chars, ascii_chars[::-1], "Don't stop: 4.5 mg/dL, e.g. X_Y (n=12).", "",
             "Two\u00a0spaces\u2002here", "\ufb01nal ¼ dose"]
    pieces = ["a", "Word", " ", "\u00a0", "\u2018", "\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "\u0301",
              "\u0327", "e\u0301", "é", "न", "\u0902", "\u0947", "…", "\ufb01", "¼", "İ", "ſ", "Ⅻ", "x²", "-", "'", "1"]
    rng = random.Random(22)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(5000)]
    assert [_words(t) for t in texts] == [plain(t) for t in texts]


def test_punctuation_class_with_ascii_letters_listed_is_the_plain_class():
    import sys

    from lint_med_core.readability import _PUNCTUATION

    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    assert _PUNCTUATION.findall(every_character) == re.findall(r"[^\w\s]", every_character)


def test_shingles_are_the_runs_of_words_for_every_size():
    from lint_med_core.duplication import _shingles

    words = "a b c d a b c e".split()
    for size in range(1, 10):
        plain = [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)] or [" ".join(words)]
        assert list(_shingles(words, size)) == plain
