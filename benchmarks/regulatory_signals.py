"""The two document-level signals of LM911 on every labelled page: what the page is about, and whether it says a status.

    python benchmarks/regulatory_signals.py                    # a table per label file: positives vs negatives
    python benchmarks/regulatory_signals.py --docs             # also one row per document
    python benchmarks/regulatory_signals.py --set web-pages-7 --docs

The label `missing_regulatory_status` (../shared/corpus/health-news/README.md) is true when the article is mainly
about ONE specific prescription drug, biologic or device (the subject) and never says whether it is approved,
investigational, off-label or only in trials (the status). For each labelled document this prints what LM911 sees:

- subject: the topic drugs (`topic_drugs`), else the device or cell product (`_topic_product`), else none;
- demand: what kind of status the page must give (`Assessment.demand`): "any", or an approved-or-off-label
  statement, for which how the drug is obtained is not enough, because the page presents a use beyond medicine
  ("beyond"), a compounded version ("compounded"), a use its label does not cover ("off-label", with the words
  that present it) or a drug not approved in the US or UK ("unapproved here");
- status: whether a statement of the demanded kind is there ("yes"), only one of access ("access": prescription-only,
  prescribed), or none;
- checked: whether LM911 checks the page at all (enough prose, a language whose status phrasings it knows);
- fired: the regulatory findings lint-med reports (LM911, DRG10x).

The summary counts, per label file, positives and negatives for each subject kind and status verdict, so a signal
can be judged by how many positive documents it separates from how many negatives before it is wired into a rule.
Nothing is written; texts are read from the git-ignored cache and ../shared.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "realworld"))

from score import load_labels  # noqa: E402


def parse(path: str, linter):
    """The document `linter` builds for a file (its registered vocabulary set, as the engine does)."""
    config = linter.config_for(path)
    registry = linter.registry(config)
    source = Path(path).read_text(encoding="utf-8", errors="replace")
    doc = registry.parser_for(path, source).parse(source, path, {"content_selector": None})
    doc.vocabulary = registry.vocabulary
    return doc


def signals(doc) -> dict:
    """What LM911 sees in a document (see the module docstring)."""
    from types import SimpleNamespace

    from lint_med_core._pagekind import page_kind
    from lint_med_core.regulatory import assess, language, missing_regulatory_status

    found = assess(doc, SimpleNamespace(**missing_regulatory_status.defaults()))
    if found.drugs:
        kind, subject = "drug", ",".join(found.drugs)
    elif found.product is not None:
        # the product's kind as the rule's message names it: "a medical device or test", "a cell or tissue product ..."
        kind, subject = "device" if "device" in found.product[1][0] else "cells", found.product[0][2]
    else:
        kind, subject = "none", ""
    if not found.checked:
        status = "unchecked"
    else:
        status = "access" if found.access_only else "none" if found.missing else "yes"
    return dict(subject_kind=kind, subject=subject, demand=found.demand, evidence=found.reason, status=status,
                checked=found.checked, language=language(doc), page_kind=page_kind(doc).kind)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", help="only the label file with this name")
    parser.add_argument("--docs", action="store_true", help="one row per document")
    args = parser.parse_args(argv)
    from lint_med.engine import Linter, Overrides

    linter = Linter(Overrides(isolated=True))
    docs = [d for d in load_labels() if (not args.set or d["set"] == args.set) and d["path"].is_file()
            and "missing_regulatory_status" in d]
    table: dict[str, Counter] = {}
    for d in docs:
        doc = parse(str(d["path"]), linter)
        s = signals(doc)
        fired = sorted({f.code for f in linter.lint_path(str(d["path"])).findings if f.category == "regulatory"})
        want = bool(d["missing_regulatory_status"])
        side = "pos" if want else "neg"
        counts = table.setdefault(d["set"], Counter())
        counts[(side, "docs")] += 1
        counts[(side, f"subject:{s['subject_kind']}")] += 1
        if s["subject_kind"] != "none":
            counts[(side, f"status:{s['status']}")] += 1
            counts[(side, f"demand:{s['demand']}")] += 1
        counts[(side, "fired")] += bool(fired)
        if args.docs:
            mark = ("TP" if fired else "FN") if want else ("FP" if fired else "  ")
            print(f"{mark} {side} {d['set']}/{d['file']}: {s['subject_kind']} {s['subject']} "
                  f"demand={s['demand']} status={s['status']} {s['evidence']!r} checked={s['checked']} lang={s['language']} "
                  f"kind={s['page_kind']} fired={','.join(fired) or '-'}")
    keys = sorted({k for c in table.values() for (_, k) in c})
    print(f"\n{'set':<12} " + " ".join(f"{k:>22}" for k in keys))
    total: Counter = Counter()
    for name, counts in sorted(table.items()) + [("all", None)]:
        counts = counts if counts is not None else total
        if name != "all":
            total.update(counts)
        print(f"{name[-12:]:<12} " + " ".join(f"{counts[('pos', k)]:>10} / {counts[('neg', k)]:<9}" for k in keys))
    print("(each cell: positives / negatives)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
