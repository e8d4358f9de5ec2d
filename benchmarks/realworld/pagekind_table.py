"""How the page-kind signal (rules/lint_med_core/_pagekind.py) reads the labelled documents.

    python benchmarks/realworld/pagekind_table.py            # kind against provenance and against the overclaim label
    python benchmarks/realworld/pagekind_table.py --set web-pages-7

Prints three tables: the kind `_pagekind` gives each document against the `kind` its provenance file records (the
health-news texts count as "news-story" or "news-release" by their file name); the kind against the overclaim label;
and, per label file, the overclaim positives and negatives of each kind. LM701's benefit statements and its `voice`
groups count only on a page that may promote what it sells (seller or other), so the last two tables say how much that
gate can separate. Reads the same texts as score.py (skips label files whose texts are absent).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score import load_labels  # noqa: E402

KINDS = ("seller", "other", "reference", "news", "forum")


def provenance_kinds() -> dict[str, str]:
    kinds = {}
    for path in (HERE / "provenance").glob("web-pages*.toml"):
        for page in tomllib.loads(path.read_text(encoding="utf-8")).get("page", []):
            kinds[page["file"]] = page["kind"]
    return kinds


def classify_all(docs: list[dict]) -> list[tuple[dict, str]]:
    from lint_med.parsers.text import parse
    from lint_med_core._pagekind import page_kind

    return [(doc, page_kind(parse(doc["path"].read_text(encoding="utf-8"), str(doc["path"]), {})).kind)
            for doc in docs if doc["path"].exists()]


def table(title: str, rows: collections.Counter, keys) -> None:
    print(f"{title:22}" + "".join(f"{kind:>10}" for kind in KINDS) + f"{'may promote':>13}")
    for key in keys:
        counts = [rows[(key, kind)] for kind in KINDS]
        print(f"{key!s:22}" + "".join(f"{n:>10}" for n in counts) + f"{counts[0] + counts[1]:>9} of {sum(counts)}")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", help="one label file (its stem, e.g. web-pages-7)")
    args = parser.parse_args(argv)
    docs = [doc for doc in load_labels() if args.set in (None, doc["set"])]
    provenance = provenance_kinds()
    classified = classify_all(docs)

    def origin(doc):
        return provenance.get(doc["file"]) or "news-" + doc["file"].split("-")[0]

    by_origin = collections.Counter((origin(doc), kind) for doc, kind in classified)
    table("provenance kind", by_origin, sorted({origin(doc) for doc, _ in classified}))
    by_label = collections.Counter((bool(doc.get("overclaim")), kind) for doc, kind in classified)
    table("overclaim", by_label, (True, False))
    for name in sorted({doc["set"] for doc, _ in classified}):
        rows = collections.Counter((bool(doc.get("overclaim")), kind) for doc, kind in classified if doc["set"] == name)
        table(f"{name} overclaim", rows, (True, False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
