"""The fast paths of LM801 and LM921/922 give the answers of the plain definitions."""

import random
import re
from collections import Counter

from lint_med import lint_text
from lint_med.config import parse_table


def _lm801(text, **options):
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
    assert _lm801(text) == expected
    assert _lm801(text, similarity=0.3) == _plain_repeats(lines, threshold=0.3)


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
