"""Measure how well lint-med's HTML parser finds the article body.

For each page directory holding ``source.html`` (the full page) and
``expected.html`` (the article body Readability.js extracts, a reference),
report:

- recall: the share of expected.html's words that our blocks keep;
- precision: the share of our words that are in expected.html;
- aligned: the share of our non-space characters whose source offset points
  at that character (or at the entity that encodes it), i.e. position accuracy.

Words are compared as multisets of lower-cased word tokens, so order and
markup do not matter. Usage::

    python benchmarks/scoping.py [CORPUS_DIR] [--worst N] [--json]

CORPUS_DIR defaults to ../shared/corpus/readability-test-pages.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "readability-test-pages"
_WORD = re.compile(r"\w+", re.U)


@dataclass
class PageScore:
    page: str
    expected_words: int
    our_words: int
    recall: float
    precision: float
    aligned: float


def words(text: str) -> Counter:
    return Counter(w.lower() for w in _WORD.findall(text))


def expected_text(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    return soup.get_text(" ")


def alignment(doc) -> float:
    """Share of block characters whose offset points at them in the source."""
    import html as html_lib

    good = total = 0
    source = doc.source
    for block in doc.blocks:
        for char, offset in zip(block.text, block.offsets):
            if char.isspace():
                continue
            total += 1
            found = source[offset] if offset < len(source) else ""
            if found == char:
                good += 1
            elif found == "&":
                entity = re.match(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?", source[offset:offset + 40])
                if entity and html_lib.unescape(entity.group()) == char:
                    good += 1
    return good / total if total else 1.0


def score_page(directory: Path) -> PageScore:
    from lint_med.engine import decode
    from lint_med.parsers import html as html_parser

    source = decode((directory / "source.html").read_bytes())
    expected = words(expected_text(decode((directory / "expected.html").read_bytes())))
    doc = html_parser.parse(source, str(directory / "source.html"), {})
    ours = words(" ".join(block.text for block in doc.blocks))
    common = sum((expected & ours).values())
    n_expected, n_ours = sum(expected.values()), sum(ours.values())
    return PageScore(
        page=directory.name, expected_words=n_expected, our_words=n_ours,
        recall=common / n_expected if n_expected else 1.0,
        precision=common / n_ours if n_ours else (1.0 if not n_expected else 0.0),
        aligned=alignment(doc),
    )


def pages(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.iterdir() if (p / "source.html").is_file() and (p / "expected.html").is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--worst", type=int, default=10, help="list the N pages with the lowest F1")
    parser.add_argument("--json", action="store_true", help="print every page's scores as JSON")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    scores = [score_page(p) for p in pages(args.corpus)]
    if args.json:
        print(json.dumps([asdict(s) for s in scores], indent=2))
        return 0
    f1 = {s.page: 2 * s.recall * s.precision / ((s.recall + s.precision) or 1) for s in scores}
    print(f"{len(scores)} pages from {args.corpus}")
    for name in ("recall", "precision", "aligned"):
        values = [getattr(s, name) for s in scores]
        print(f"{name:9}  mean {statistics.mean(values):.3f}  median {statistics.median(values):.3f}  "
              f"min {min(values):.3f}")
    print(f"{'F1':9}  mean {statistics.mean(f1.values()):.3f}")
    if args.worst:
        print(f"\nworst {args.worst} by F1:")
        for s in sorted(scores, key=lambda s: f1[s.page])[: args.worst]:
            print(f"  {s.page:40} recall {s.recall:.2f} precision {s.precision:.2f} aligned {s.aligned:.2f} "
                  f"(expected {s.expected_words} words, ours {s.our_words})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
