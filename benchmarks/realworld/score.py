"""Document-level precision and recall of lint-med on real, labelled articles.

    python benchmarks/realworld/score.py                 # every label file, every document
    python benchmarks/realworld/score.py --split dev     # leave out every fifth document (the holdout)
    python benchmarks/realworld/score.py --split holdout # only the holdout, once a change is done
    python benchmarks/realworld/score.py --misses        # each miss with its quote and the findings on it;
                                                         # each false alarm with the text it flagged
    python benchmarks/realworld/score.py --category claims --misses

Labels live in ``labels/*.toml`` (one ``[[doc]]`` per file, the definitions of
../shared/corpus/health-news/README.md); each label file names the folder its
articles are read from (``root``, relative to the project's root). Article text
is never stored in the project. A document is positive for a category when any
of that category's labels is true; lint-med "finds" it when it reports at least
one finding of that category. Labels a file does not give are not scored.
A label file whose texts are absent (../shared missing, or the web-page cache not
rebuilt: see README.md) is skipped with a notice.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent

# lint-med category -> the labels that make a document positive for it.
CATEGORIES = {
    "links": ("spam_link",),
    "off-topic": ("off_topic_section",),
    "disclaimer": ("missing_disclaimer",),
    "statistics": ("unsourced_statistic",),
    "citations": ("vague_attribution", "dangling_citation"),
    "regulatory": ("missing_regulatory_status",),
    "claims": ("overclaim",),
    "duplication": ("duplicate_content",),
}
# Rules of a scored category that no label covers, left out of the score. LM603 notes a
# consumer health site named as the evidence: that is a named source, so neither
# vague_attribution ("no identifiable source") nor dangling_citation is true of it.
NOT_LABELLED = frozenset({"LM603"})


def load_labels(label_dir: Path = HERE / "labels") -> list[dict]:
    """Every labelled document, with ``path`` set to where its text is read from."""
    docs = []
    for label_file in sorted(label_dir.glob("*.toml")):
        data = tomllib.loads(label_file.read_text(encoding="utf-8"))
        root = (PROJECT / data["root"]).resolve()
        for doc in data.get("doc", []):
            docs.append({**doc, "path": root / doc["file"], "set": label_file.stem})
    return docs


def split(docs: list[dict], which: str) -> list[dict]:
    """``dev``: all but every fifth document of each label file; ``holdout``: the fifth ones."""
    if which == "all":
        return docs
    keep = []
    for position, doc in enumerate(sorted(docs, key=lambda d: (d["set"], d["file"]))):
        held = position % 5 == 4
        if held == (which == "holdout"):
            keep.append(doc)
    return keep


def lint_all(docs: list[dict]) -> dict[Path, list]:
    from lint_med.engine import Linter, Overrides

    linter = Linter(Overrides(isolated=True))
    results = {}
    for doc in docs:
        result = linter.lint_path(str(doc["path"]))
        if result.error:
            print(f"{doc['path']}: {result.error}", file=sys.stderr)
        results[doc["path"]] = result.findings
    return results


def finding_span(source: str, finding) -> tuple[int, int]:
    """The source offsets a finding covers (its 1-based line/column, end column exclusive)."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", source)]
    return (starts[finding.line - 1] + finding.column - 1,
            starts[finding.end_line - 1] + finding.end_column - 1)


def quote_span(source: str, quote: str) -> tuple[int, int] | None:
    """Where a label's evidence quote is in the text, whitespace-insensitively."""
    words = quote.split()
    if not words:
        return None
    m = re.search(r"\s+".join(map(re.escape, words)), source)
    return m.span() if m else None


def score(docs: list[dict], findings: dict[Path, list], only: str | None = None):
    """Rows of (category, tp, fp, fn, misses, false alarms) for the categories the labels give."""
    rows = []
    for category, labels in CATEGORIES.items():
        if only and category != only:
            continue
        tp = fp = fn = 0
        misses, alarms = [], []
        for doc in docs:
            given = [label for label in labels if label in doc]
            if not given:
                continue
            want = any(doc[label] for label in given)
            got = [f for f in findings[doc["path"]] if f.category == category and f.code not in NOT_LABELLED]
            if want and got:
                tp += 1
            elif want:
                fn += 1
                misses.append(doc)
            elif got:
                fp += 1
                alarms.append((doc, got))
        if tp + fp + fn:
            rows.append((category, tp, fp, fn, misses, alarms))
    return rows


def print_misses(category: str, misses: list[dict], alarms: list, findings: dict[Path, list]) -> None:
    """Each miss with its label quote and the findings (of any category) on that quote; each false alarm with
    the text it flagged. At document level a miss has no finding of its category, so the findings that do touch
    the quote show what the rules saw there instead."""
    for doc in misses:
        source = doc["path"].read_text(encoding="utf-8", errors="replace")
        print(f"\nMISS  {category}  {doc['set']}/{doc['file']}")
        for label in CATEGORIES[category]:
            quote = str(doc.get("evidence", {}).get(label, "")) if doc.get(label) else ""
            if not quote:
                continue
            span = quote_span(source, quote)
            where = f"line {source.count(chr(10), 0, span[0]) + 1}" if span else "quote not found in the text"
            print(f"  {label}: \"{quote}\" ({where})")
            on_quote = [f for f in findings[doc["path"]] if span and _overlaps(finding_span(source, f), span)]
            for f in on_quote:
                print(f"    on it: {f.code} [{f.category}] {f.message}")
        if doc.get("notes"):
            print(f"  notes: {doc['notes']}")
    for doc, got in alarms:
        source = doc["path"].read_text(encoding="utf-8", errors="replace")
        print(f"\nFALSE {category}  {doc['set']}/{doc['file']}")
        for f in got:
            start, end = finding_span(source, f)
            text = " ".join(source[start:end].split())
            print(f"  {f.line}:{f.column} {f.code} \"{text[:160]}\" -- {f.message}")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("all", "dev", "holdout"), default="all")
    parser.add_argument("--misses", action="store_true", help="list misses and false alarms")
    parser.add_argument("--category", choices=tuple(CATEGORIES), help="score one category only")
    parser.add_argument("--set", choices=sorted(f.stem for f in (HERE / "labels").glob("*.toml")),
                        help="only the label file with this name")
    args = parser.parse_args(argv)

    docs = [d for d in load_labels() if not args.set or d["set"] == args.set]
    present = [d for d in docs if d["path"].is_file()]
    if not present:
        print("no labelled article found (is ../shared present?)", file=sys.stderr)
        return 0
    for name in sorted({d["set"] for d in docs if not d["path"].is_file()}):
        missing = sum(1 for d in docs if d["set"] == name and not d["path"].is_file())
        print(f"{name}: {missing} labelled texts are missing and not scored (../shared absent, or the web-page "
              f"cache not rebuilt: see benchmarks/realworld/README.md)", file=sys.stderr)
    docs = split(present, args.split)
    findings = lint_all(docs)
    rows = score(docs, findings, args.category)

    print(f"{len(docs)} labelled documents ({args.split}); document level")
    print(f"{'category':<12} {'P':>5} {'R':>5} {'tp':>4} {'fp':>4} {'fn':>4}")
    for category, tp, fp, fn, _, _ in rows:
        print(f"{category:<12} {_ratio(tp, tp + fp):>5} {_ratio(tp, tp + fn):>5} {tp:>4} {fp:>4} {fn:>4}")
    if args.misses:
        for category, _, _, _, misses, alarms in rows:
            print_misses(category, misses, alarms, findings)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
