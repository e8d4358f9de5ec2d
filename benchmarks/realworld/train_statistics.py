"""Do learned weights over statistic signals find unsourced statistics on sets they never saw?

    python benchmarks/realworld/train_statistics.py          # the leave-one-set-out table
    python benchmarks/realworld/train_statistics.py --list   # and each held-out set's new catches and false alarms

train_claims.py's method (read its docstring) for the label `unsourced_statistic` (category statistics):
a sentence scorer over signals read with the statistics rule's own helpers (`find_statistic`'s kind of
figure, `_evidence`'s source in the sentence or beside it, the page's kind and citations), fitted on ten
label files and scored on the eleventh, for each in turn; (a) is any statistics finding (score.py's finder).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import score  # noqa: E402
from train_claims import (arguments, fit, labelled, leave_one_set_out, precision_at_recall,  # noqa: E402
                          print_table, training_rows)

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONEY = re.compile(r"[$£€]\s?\d|\d\s?(?:dollars|euros|pounds)\b", re.I)
_DOSE = re.compile(r"\d\s?(?:mg|mcg|µg|g|ml|iu|units?|tablets?|capsules?)\b", re.I)

SIGNALS = ("rule", "figure_kind_found", "percent", "digit", "sourced", "source_near", "source_near_background",
           "page_names_study", "page_references", "reporting", "year", "money", "dose", "question", "heading",
           "page_seller", "page_reference", "page_news", "page_forum", "page_reports")
SIGNS = {"rule": 1, "figure_kind_found": 1, "percent": 1, "sourced": -1, "source_near": -1,
         "source_near_background": -1, "page_names_study": -1, "page_references": -1, "year": -1, "money": -1,
         "dose": -1, "question": -1, "heading": -1}


def extract(docs: list[dict]) -> list[dict]:
    from lint_med.decoding import read_decoded
    from lint_med.engine import Linter, Overrides, lint_document
    from lint_med_core._evidence import evidence
    from lint_med_core._pagekind import _patterns as cue_patterns
    from lint_med_core._pagekind import page_kind
    from lint_med_core._voice import voice
    from lint_med_core.statistics import _patterns, find_statistic

    figures = _patterns((), ())
    reporting = cue_patterns()[1]["reporting"]
    linter = Linter(Overrides(isolated=True, select=("LM5",)))
    out = []
    for doc in docs:
        path = str(doc["path"])
        config = linter.config_for(path)
        source = read_decoded(path, config.max_file_size).text
        parsed = linter.parse(source, path, config)
        found = [score.finding_span(source, f) for f in lint_document(parsed, linter.registry(config), config)
                 if f.category == "statistics"]
        positive = bool(doc["unsourced_statistic"])
        quote = str(doc.get("evidence", {}).get("unsourced_statistic", "")) if positive else ""
        quoted = score.quote_span(source, quote) if quote else None
        sources = evidence(parsed)
        kind = page_kind(parsed).kind
        page = {"page_names_study": sources.names_study, "page_references": bool(sources.references.blocks),
                "page_seller": kind == "seller", "page_reference": kind == "reference", "page_news": kind == "news",
                "page_forum": kind == "forum", "page_reports": voice(parsed).reports >= 2}
        sentences = []
        for block in parsed.blocks:
            for sentence in block.sentences:
                text = sentence.text
                span = sentence.source_span()
                values = {
                    "rule": any(score._overlaps(span, f) for f in found),
                    "figure_kind_found": find_statistic(text, figures) is not None,
                    "percent": "%" in text or "percent" in text.lower(),
                    "digit": any(c.isdigit() for c in text),
                    "sourced": sources.sentence_has_source(sentence),
                    "source_near": sources.near_source(sentence),
                    "source_near_background": sources.near_source(sentence, background=True),
                    "reporting": bool(reporting.search(text)),
                    "year": bool(_YEAR.search(text)), "money": bool(_MONEY.search(text)),
                    "dose": bool(_DOSE.search(text)),
                    "question": text.rstrip().endswith("?"), "heading": block.kind == "heading", **page}
                role = (1 if quoted and score._overlaps(span, quoted) else None) if positive else 0
                sentences.append(([float(values[name]) for name in SIGNALS], role, " ".join(text.split())))
        parsed.release()
        out.append({"set": doc["set"], "file": doc["file"], "positive": positive, "rule": bool(found),
                    "quote_found": quoted is not None, "sentences": sentences})
    return out


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__).parse_args(argv)
    docs = labelled("unsourced_statistic")
    if not docs:
        return 0
    data = extract(docs)
    lost = sum(1 for d in data if d["positive"] and not d["quote_found"])
    print(f"{len(data)} documents, {sum(d['positive'] for d in data)} positive ({lost} whose quote is not found), "
          f"{sum(len(d['sentences']) for d in data)} sentences")
    signs = {SIGNALS.index(name): sign for name, sign in SIGNS.items()}
    results = leave_one_set_out(data, args.penalty, args.target, signs)
    print_table(results, args.list, rule="LM50x")
    print("\nthe model alone, every held-out set's documents ranked together:")
    for recall, precision, threshold, false in precision_at_recall(
            [(d["score"], d["positive"]) for r in results for d in r["docs"]], recalls=(0.4, 0.6, 0.8, 0.85, 0.9)):
        print(f"  recall {recall:.2f}: precision {precision:.2f} (score >= {threshold:.2f}, {false} false alarms)")
    weights = fit(training_rows(data), args.penalty, signs)
    print("\nweights fitted on all documents:")
    print("  " + "; ".join(f"{name} {w:+.2f}" for name, w in zip(("intercept",) + SIGNALS, weights)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
