"""Measure how well lint-med's HTML parser finds the article body.

For each page directory holding ``source.html`` (the full page) and
``expected.html`` (the article body Readability.js extracts, a reference),
report:

- recall: the share of expected.html's words that our blocks keep;
- precision: the share of our words that are in expected.html;
- aligned: the share of our non-space characters whose source offset points
  at that character (or at the entity that encodes it), i.e. position accuracy;
- in body: of the content findings (links, statistics, citations, claims,
  off-topic, duplication, boilerplate) of every rule, the share that quote the
  article body. A finding quotes the body when the words around it in our
  block (its own words and up to 4 on each side) appear, in order, in
  expected.html's text.

Words are compared as multisets of lower-cased word tokens, so order and
markup do not matter; "overall" figures pool the words of every page. Usage::

    python benchmarks/scoping.py [CORPUS_DIR] [--worst N] [--json] [--findings]

``--findings`` lists the content findings that do not quote the body.

CORPUS_DIR defaults to ../shared/corpus/readability-test-pages.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import statistics
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "readability-test-pages"
_WORD = re.compile(r"\w+", re.U)
CONTENT_CATEGORIES = frozenset(("links", "statistics", "citations", "claims", "off-topic", "duplication",
                                "boilerplate"))
_CONTEXT_WORDS = 4


@dataclass
class PageScore:
    page: str
    expected_words: int
    our_words: int
    common_words: int
    recall: float
    precision: float
    aligned: float
    content_findings: int = 0
    findings_in_body: int = 0
    outside: tuple[str, ...] = ()  # "line:column code quote" of the content findings outside the body


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


def score_page(directory: Path, linter=None) -> PageScore:
    """Score one page's scoping; with a linter, also where its content findings are."""
    from lint_med.engine import decode
    from lint_med.parsers import html as html_parser

    source = decode((directory / "source.html").read_bytes())
    expected_body = expected_text(decode((directory / "expected.html").read_bytes()))
    expected = words(expected_body)
    doc = html_parser.parse(source, str(directory / "source.html"), {})
    ours = words(" ".join(block.text for block in doc.blocks))
    common = sum((expected & ours).values())
    n_expected, n_ours = sum(expected.values()), sum(ours.values())
    score = PageScore(
        page=directory.name, expected_words=n_expected, our_words=n_ours, common_words=common,
        recall=common / n_expected if n_expected else 1.0,
        precision=common / n_ours if n_ours else (1.0 if not n_expected else 0.0),
        aligned=alignment(doc),
    )
    if linter is not None:
        body = " " + " ".join(w.lower() for w in _WORD.findall(expected_body)) + " "
        result = linter.lint_source(source, str(directory / "source.html"))
        outside = []
        for finding in result.findings:
            if finding.category not in CONTENT_CATEGORIES:
                continue
            score.content_findings += 1
            quote = finding_words(doc, finding)
            if " " + " ".join(quote) + " " in body:
                score.findings_in_body += 1
            else:
                outside.append(f"{finding.line}:{finding.column} {finding.code} {' '.join(quote)[:80]!r}")
        score.outside = tuple(outside)
    return score


def finding_words(doc, finding) -> list[str]:
    """The words a finding quotes, with up to _CONTEXT_WORDS of its block's words on each side.

    A finding outside every block (a hidden link, a page-level finding) quotes its source text.
    """
    start = doc.line_starts[finding.line - 1] + finding.column - 1
    end = doc.line_starts[finding.end_line - 1] + finding.end_column - 1
    for block in doc.blocks:
        if block.offsets and block.offsets[0] <= start <= block.offsets[-1]:
            first = bisect.bisect_left(block.offsets, start)
            last = max(bisect.bisect_left(block.offsets, end), first + 1)
            spans = [(m.start(), m.end()) for m in _WORD.finditer(block.text)]
            inside = [i for i, (s, e) in enumerate(spans) if e > first and s < last]
            if not inside:
                continue
            low = max(inside[0] - _CONTEXT_WORDS, 0)
            high = inside[-1] + _CONTEXT_WORDS + 1
            return [block.text[s:e].lower() for s, e in spans[low:high]]
    import html as html_lib

    quoted = html_lib.unescape(re.sub(r"<[^>]*>", " ", doc.source[start:end]))
    return [w.lower() for w in _WORD.findall(quoted)]


def pages(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.iterdir() if (p / "source.html").is_file() and (p / "expected.html").is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--worst", type=int, default=10, help="list the N pages with the lowest F1")
    parser.add_argument("--json", action="store_true", help="print every page's scores as JSON")
    parser.add_argument("--findings", action="store_true", help="list the content findings outside the body")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    from lint_med.engine import Linter, Overrides

    linter = Linter(Overrides(isolated=True))
    scores = [score_page(p, linter) for p in pages(args.corpus)]
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
    common = sum(s.common_words for s in scores)
    print(f"overall    recall {common / sum(s.expected_words for s in scores):.3f}  "
          f"precision {common / sum(s.our_words for s in scores):.3f}  (words of every page pooled)")
    content = sum(s.content_findings for s in scores)
    in_body = sum(s.findings_in_body for s in scores)
    print(f"content findings quoting the body: {in_body} of {content} ({in_body / (content or 1):.1%}); "
          f"pages with one outside it: {sum(1 for s in scores if s.outside)}")
    if args.findings:
        for s in scores:
            for line in s.outside:
                print(f"  {s.page}: {line}")
    if args.worst:
        print(f"\nworst {args.worst} by F1:")
        for s in sorted(scores, key=lambda s: f1[s.page])[: args.worst]:
            print(f"  {s.page:40} recall {s.recall:.2f} precision {s.precision:.2f} aligned {s.aligned:.2f} "
                  f"(expected {s.expected_words} words, ours {s.our_words})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
