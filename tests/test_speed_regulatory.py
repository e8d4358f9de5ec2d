"""LM911's fast paths give their plain definitions' answers: the words ending in a drug-name
stem, judged once per word and process."""

import random

from lint_med_core import regulatory


def test_stem_endings_are_the_words_ending_in_a_stem():
    stems = regulatory._lexicon_bytes(())[1]
    endings = regulatory._StemEndings(())
    rng = random.Random(5)
    pieces = [b"", b"a", b"ol", b"metopr", b"atorva", b"x", b"in"] + [stem[:n] for stem in stems[:20] for n in (1, 2, 3)]
    vocabulary = {rng.choice(pieces) + rng.choice(pieces) + rng.choice((b"",) + stems) for _ in range(3000)}
    vocabulary = sorted(vocabulary)
    for _ in range(30):  # again and again: words met before come from the memo
        words = set(rng.sample(vocabulary, 400))
        assert endings.of(words) == {word for word in words if word.endswith(stems)}
    endings.judged = set(range(200_001))  # a long run: the memo starts over and still answers
    words = set(rng.sample(vocabulary, 400))
    assert endings.of(words) == {word for word in words if word.endswith(stems)}
    assert len(endings.judged) == len(words)
