"""Do learned weights over LM901's own page signals find missing disclaimers on sets they never saw?

    python benchmarks/realworld/train_disclaimer.py          # the leave-one-set-out table
    python benchmarks/realworld/train_disclaimer.py --list   # and each held-out set's new catches and false alarms

The document-level counterpart of train_claims.py (read its docstring for the method): LM901 decides
with an AND of page signals (the page advises its reader, carries no disclaimer, is about health, is
not a report or a first-person account). Here the same signals, and the page's kind, are weighed by an
L2 logistic regression fitted on ten label files and scored on the eleventh, for each in turn: (a) LM901
as it is, (b) the model alone (threshold: the lowest keeping `--target` precision on the training sets),
(c) LM901 or the model.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from train_claims import _pr, _sigmoid, arguments, choose_threshold, counts, fit, labelled  # noqa: E402

SIGNALS = ("advises", "no_disclaimer", "about_health", "reports", "first_person", "named_speaker", "short",
           "page_seller", "page_reference", "page_news", "page_forum", "you_rate")
# The direction a reader expects (see train_claims.SIGNS).
SIGNS = {"advises": 1, "no_disclaimer": 1, "about_health": 1, "reports": -1, "first_person": -1,
         "named_speaker": -1, "short": -1, "page_news": -1, "page_forum": -1, "you_rate": 1}


def page_signals(doc) -> list[float]:
    """LM901's readings of the page (`disclaimer.py`, `_voice.py`) and its kind (`_pagekind.py`)."""
    from lint_med_core._pagekind import page_kind
    from lint_med_core._voice import voice
    from lint_med_core.disclaimer import about_health, advises_reader, find_disclaimer, page_has_disclaimer

    spoken = voice(doc)
    words = max(1, spoken.words)
    kind = page_kind(doc).kind
    values = {
        "advises": advises_reader(doc),
        "no_disclaimer": find_disclaimer(doc) is None and not page_has_disclaimer(doc),
        "about_health": about_health(doc),
        "reports": spoken.reports >= 2 and spoken.reports > spoken.second_person,
        "first_person": spoken.first_person / words >= 0.04 and spoken.first_person > 2 * spoken.second_person,
        "named_speaker": spoken.named_speaker,
        "short": len(doc.body_text.split()) < 100,
        "page_seller": kind == "seller", "page_reference": kind == "reference", "page_news": kind == "news",
        "page_forum": kind == "forum",
        "you_rate": min(1.0, spoken.second_person * 1000 / words / 40),  # "you" per 1,000 words, /40, at most 1
    }
    return [float(values[name]) for name in SIGNALS]


def extract(docs: list[dict]) -> list[dict]:
    from lint_med.decoding import read_decoded
    from lint_med.engine import Linter, Overrides, lint_document

    linter = Linter(Overrides(isolated=True, select=("LM901",)))
    out = []
    for doc in docs:
        path = str(doc["path"])
        config = linter.config_for(path)
        parsed = linter.parse(read_decoded(path, config.max_file_size).text, path, config)
        found = any(f.category == "disclaimer" for f in lint_document(parsed, linter.registry(config), config))
        out.append({"set": doc["set"], "file": doc["file"], "positive": bool(doc["missing_disclaimer"]),
                    "lm901": found, "signals": page_signals(parsed)})
        parsed.release()
    return out


def score_doc(weights: list[float], doc: dict) -> float:
    return _sigmoid(weights[0] + sum(w * x for w, x in zip(weights[1:], doc["signals"])))


def fit_docs(docs: list[dict], penalty: float) -> list[float]:
    """The weights for `docs`, each class weighing half of them, every signal kept to its expected sign."""
    positives = sum(d["positive"] for d in docs)
    share = {True: len(docs) / 2 / max(1, positives), False: len(docs) / 2 / max(1, len(docs) - positives)}
    return fit([(tuple(d["signals"]), int(d["positive"]), share[d["positive"]]) for d in docs], penalty,
               {SIGNALS.index(name): sign for name, sign in SIGNS.items()})


def leave_one_set_out(docs: list[dict], penalty: float, target: float) -> list[dict]:
    """Per held-out set: weights fitted on the others (each class weighing half), the model's own threshold
    (the lowest keeping `target` precision alone on the training sets) and the held-out documents."""
    results = []
    for held in sorted({d["set"] for d in docs}):
        train = [d for d in docs if d["set"] != held]
        weights = fit_docs(train, penalty)
        threshold = choose_threshold([(score_doc(weights, d), False, d["positive"]) for d in train], target)
        scored = [{**d, "score": score_doc(weights, d), "model": score_doc(weights, d) >= threshold}
                  for d in docs if d["set"] == held]
        results.append({"set": held, "weights": weights, "threshold": threshold, "docs": scored})
    return results


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__).parse_args(argv)
    docs = labelled("missing_disclaimer")
    if not docs:
        return 0
    data = extract(docs)
    results = leave_one_set_out(data, args.penalty, args.target)
    print(f"{len(data)} documents, {sum(d['positive'] for d in data)} positive; the model's threshold for "
          f"{args.target:.2f} training precision alone")
    print(f"{'held-out set':<14} {'docs':>4} {'pos':>4} {'thr':>5}   {'(a) LM901':>10} {'(b) model':>10}"
          f" {'(c) a OR b':>10}   model-only catches  false alarms  LM901-only catches")
    total = {k: [0, 0, 0] for k in "abc"}
    for result in results:
        held = result["docs"]
        row = {"a": counts([(d["lm901"], d["positive"]) for d in held]),
               "b": counts([(d["model"], d["positive"]) for d in held]),
               "c": counts([(d["lm901"] or d["model"], d["positive"]) for d in held])}
        for key in total:
            total[key] = [t + v for t, v in zip(total[key], row[key])]
        new = [d for d in held if d["model"] and not d["lm901"] and d["positive"]]
        false = [d for d in held if d["model"] and not d["lm901"] and not d["positive"]]
        only_rule = [d for d in held if d["lm901"] and not d["model"] and d["positive"]]
        print(f"{result['set']:<14} {len(held):>4} {sum(d['positive'] for d in held):>4} {result['threshold']:>5.2f}"
              f"   {_pr(*row['a']):>10} {_pr(*row['b']):>10} {_pr(*row['c']):>10}   {len(new):>18}  {len(false):>12}"
              f"  {len(only_rule):>18}")
        if args.list:
            for mark, group in (("+", new), ("-", false)):
                for d in group:
                    on = [name for name, x in zip(SIGNALS, d["signals"]) if x]
                    print(f"      {mark} {d['file']} ({d['score']:.2f}): {', '.join(on)}")
    print(f"{'all (held out)':<14} {len(data):>4} {sum(d['positive'] for d in data):>4} {'':>5}   "
          f"{_pr(*total['a']):>10} {_pr(*total['b']):>10} {_pr(*total['c']):>10}")
    print("\nweights fitted on all documents:")
    everything = fit_docs(data, args.penalty)
    print("  " + "; ".join(f"{name} {w:+.2f}" for name, w in zip(("intercept",) + SIGNALS, everything)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
