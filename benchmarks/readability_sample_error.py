"""How far the reading grade of a short passage falls from the grade of its whole article.

    python benchmarks/readability_sample_error.py [--runs 10] [--seed 1]

LM921 does not grade prose under `min_words` words. This script gives the figures that
choice rests on: for every real article of ../shared with at least 1,200 words of prose
(the health-news texts and the article bodies of the readability test pages), it grades
the whole article (without SMOG, which needs 30 sentences) and `--runs` passages of
consecutive sentences of at least 100, 150, 200, 300, 400 and 600 words, starting at
random sentences, and prints for each length the median and the 80th and 90th
percentiles of the absolute difference between passage and article grades.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from lint_med.engine import Linter, Overrides, read_source
from lint_med_core import readability

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
LENGTHS = (100, 150, 200, 300, 400, 600)
MIN_ARTICLE_WORDS = 1200
NO_SMOG = 10**9  # grade_of's min_smog_sentences: never add SMOG


def articles() -> list[Path]:
    return (sorted((SHARED / "health-news").glob("*.txt"))
            + sorted((SHARED / "readability-test-pages").glob("*/expected.html")))


def grade(sentences: list[str]) -> float:
    counts = readability._counts(*readability._sentence_words(sentences))
    return readability.grade_of(counts, min_smog_sentences=NO_SMOG).grade


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="passages of each length per article")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    paths = articles()
    if not paths:
        print(f"no article found under {SHARED}", file=sys.stderr)
        return 0
    draw = random.Random(args.seed)
    linter = Linter(Overrides(isolated=True))
    errors: dict[int, list[float]] = {n: [] for n in LENGTHS}
    measured = 0
    for path in paths:
        config = linter.config_for(str(path))
        source = read_source(str(path), config.max_file_size)
        doc = linter.registry(config).parser_for(str(path), source).parse(source, str(path), {})
        sentences = [s.text for block in readability.measured_blocks(doc) for s in block.sentences]
        sizes = [len(readability._words_of(s).split()) for s in sentences]
        if sum(sizes) < MIN_ARTICLE_WORDS:
            continue
        measured += 1
        whole = grade(sentences)
        for length in LENGTHS:
            for _ in range(args.runs):
                start = end = draw.randrange(len(sentences))
                words = 0
                while end < len(sentences) and words < length:
                    words += sizes[end]
                    end += 1
                if words >= length:
                    errors[length].append(abs(grade(sentences[start:end]) - whole))
    print(f"{measured} articles with at least {MIN_ARTICLE_WORDS} words of prose, {args.runs} passages per length")
    print(f"{'words':>6} {'passages':>9} {'median':>7} {'p80':>6} {'p90':>6}  (|passage grade - article grade|)")
    for length, found in errors.items():
        found.sort()
        if found:
            pick = lambda q: found[min(len(found) - 1, int(q * len(found)))]  # noqa: E731
            print(f"{length:>6} {len(found):>9} {pick(0.5):>7.1f} {pick(0.8):>6.1f} {pick(0.9):>6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
