"""Do learned weights over reader-level signals find overclaims on sets they never saw?

    python benchmarks/realworld/train_claims.py               # the leave-one-set-out table
    python benchmarks/realworld/train_claims.py --list        # and each held-out set's new catches and false alarms
    python benchmarks/realworld/train_claims.py --weights     # the weights fitted on all sets

A SENTENCE scorer: each sentence of a labelled document is described by a few signals a reader
would name (a benefit verb, a claim word of LM701's lists, a hedge, a source, the page's kind...;
`sentence_signals`), all read with the pack's own word lists and helpers, none learned from the
corpus's words. Positives: the sentences that hold a positive document's `evidence.overclaim` quote;
negatives: every sentence of a document labelled `overclaim = false` (the other sentences of a
positive document are not used: they may hold an unquoted claim). An L2-regularised logistic
regression (`fit`, plain Python, Newton's method) weighs them. A document is flagged when its best
sentence scores at least the threshold.

Leave-one-set-out (`leave_one_set_out`): for each label file (health-news, web-pages ... web-pages-10),
the weights AND the threshold are chosen on the other ten, and the held-out set is scored at document
level for (a) LM701 as it is (score.py's finder: any claims finding), (b) the model alone, (c) LM701 or
the model. The threshold is the lowest at which (c) keeps `TARGET_PRECISION` on the training sets.

Method: logistic regression with an L2 penalty fitted by iteratively reweighted least squares
(Hastie, Tibshirani and Friedman, The Elements of Statistical Learning, 2nd ed., sections 4.4.1
and 18.3.2); leave-one-group-out validation as in Roberts et al., "Cross-validation strategies
for data with temporal, spatial, hierarchical, or phylogenetic structure", Ecography 2017.
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import score  # noqa: E402  (the labels, the quote finder and the finding spans, as score.py reads them)

L2 = 1.0  # the penalty on each weight (not on the intercept), in units of one balanced training document
TARGET_PRECISION = 0.90  # on the training sets, for LM701 or the model
NEGATIONS = frozenset({"not", "no", "never", "none", "nor", "neither", "nothing", "without"})


# --- signals ------------------------------------------------------------------------------------

def _lists():
    """The pack's word lists and readers the signals use (imported late: the pack must be installed)."""
    from lint_med_core import claims
    from lint_med_core._data import load
    from lint_med_core._evidence import WORD
    from lint_med_core._pagekind import _patterns

    absolute, benefit = load("claims_absolute"), load("claims_benefit")
    lexicon = claims._benefit_lexicon()
    voice = load("disclaimer_patterns")["voice"]

    def words_regex(words):
        return re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
                          + r")(?![\w-])", re.I)

    return {
        "WORD": WORD,
        "claim_words": words_regex(sorted(claims._every_need())),
        "safe_or_effective": words_regex(absolute["safe_or_effective"]),
        "harm": re.compile("|".join(absolute["harm_words"]), re.I),
        "absolute": re.compile(r"\b(?:" + "|".join(absolute["without_exception"]) + r")(?!\w)", re.I),
        "hedges": frozenset(absolute["hedges"]) | frozenset(benefit["hedges"]),
        "reported": claims._word_list("reported"),
        "speech": claims._indirect_speech(),
        "benefit_verb": lexicon.verb,
        "outcome": (lexicon.good, lexicon.bad),
        "lab": lexicon.lab,
        "first_person": frozenset(voice["first_person"]) | {"we", "our", "us"},
        "second_person": frozenset(voice["second_person"]),
        "reporting": _patterns()[1]["reporting"],
        "page_hedges": _patterns()[1]["hedges"],
        "claims": claims,
    }


SIGNALS = (
    # the sentence
    "lm701",             # LM701 already flags it
    "claim_word",        # a word LM701's claim groups look for ("cure", "safe", "proven", "side effect", "will")
    "safe_or_effective",  # "safe", "effective", "harmless"
    "denies_harm",       # a harm word with a negation ("no side effects", "without risk")
    "absolute",          # a word that leaves no exception ("completely", "100%")
    "benefit_verb",      # a benefit verb ("supports", "reduces")
    "benefit_statement",  # LM701's reading of an unhedged benefit statement (whatever the page)
    "outcome",           # an outcome of the body or health ("immunity", "inflammation")
    "hedge",             # a hedge or negation anywhere in it
    "negation",
    "reported",          # a word that reports or warns ("claims", "beware", "touted")
    "speech",            # a verb of speech ("says")
    "reporting",         # a reporting word of the page-kind cues ("study", "researchers")
    "sourced",           # it carries a source (marker, named organisation, link)
    "question",
    "exclamation",
    "you",               # second person
    "we",                # first person
    "drug",              # names a prescription drug
    "lab",               # a lab result ("in mice")
    "number",            # a figure
    "heading",
    # the page
    "page_seller", "page_reference", "page_news", "page_forum",  # `_pagekind` ("other" is the base)
    "page_promotes",     # LM701's `_promotes`: may promote and not about a prescription drug
    "page_reports",      # `_voice`: the page quotes or attributes
    "page_hedging",      # hedge words per 1,000 of the page, /20, at most 1
    # two readings together
    "benefit_on_promoting_page",
    "claim_word_unhedged",
)


def sentence_signals(doc, sentence, lists, page: dict, flagged: bool) -> list[float]:
    """The signals of one sentence (in the order of SIGNALS), `page` being the page's own."""
    text = sentence.text
    lowered = text.lower()
    words = [w.lower().replace("’", "'") for w in lists["WORD"].findall(text)]
    wordset = set(words)
    negation = bool(NEGATIONS & wordset) or any(w.endswith("n't") for w in words)
    hedge = bool(lists["hedges"] & wordset) or negation
    claim_word = bool(lists["claim_words"].search(text))
    benefit_statement = any(True for _ in lists["claims"].benefit_statements(text, line=lists["claims"]._is_line(sentence)))
    good, bad = lists["outcome"]
    from lint_med_core.regulatory import find_drugs
    from lint_med_core._evidence import evidence
    values = {
        "lm701": flagged,
        "claim_word": claim_word,
        "safe_or_effective": bool(lists["safe_or_effective"].search(text)),
        "denies_harm": bool(lists["harm"].search(text)) and negation,
        "absolute": bool(lists["absolute"].search(text)),
        "benefit_verb": bool(lists["benefit_verb"].search(text)),
        "benefit_statement": benefit_statement,
        "outcome": bool(good.search(text) or bad.search(text)),
        "hedge": hedge,
        "negation": negation,
        "reported": bool(lists["reported"].search(text)),
        "speech": bool(lists["speech"].search(text)),
        "reporting": bool(lists["reporting"].search(text)),
        "sourced": evidence(doc).sentence_has_source(sentence),
        "question": text.rstrip().rstrip("\"'”’)").endswith("?"),
        "exclamation": "!" in text,
        "you": bool(lists["second_person"] & wordset),
        "we": bool(lists["first_person"] & wordset),
        "drug": bool(find_drugs(text)),
        "lab": bool(lists["lab"].search(text)),
        "number": any(c.isdigit() for c in lowered),
        "heading": sentence.block.kind == "heading",
        "benefit_on_promoting_page": benefit_statement and page["page_promotes"],
        "claim_word_unhedged": claim_word and not hedge,
    }
    values.update(page)
    return [float(values[name]) for name in SIGNALS]


def page_signals(doc, lists) -> dict:
    from lint_med_core._pagekind import page_kind
    from lint_med_core._voice import voice

    kind = page_kind(doc).kind
    text = doc.body_text
    words = max(1, len(text.split()))
    hedging = len(lists["page_hedges"].findall(text)) * 1000 / words
    return {"page_seller": kind == "seller", "page_reference": kind == "reference", "page_news": kind == "news",
            "page_forum": kind == "forum", "page_promotes": lists["claims"]._promotes(doc),
            "page_reports": voice(doc).reports >= 2, "page_hedging": min(1.0, hedging / 20)}


def extract(docs: list[dict]) -> list[dict]:
    """For each labelled document: its set, label, whether LM701 finds it, and its sentences as
    (signals, role, text) with role 1 (holds the evidence quote), 0 (a negative document's) or None."""
    reader = _Reader()
    out = []
    for doc in docs:
        positive = bool(doc["overclaim"])
        quote = str(doc.get("evidence", {}).get("overclaim", "")) if positive else ""
        lm701, quoted, sentences = reader.read(str(doc["path"]), quote, positive)
        out.append({"set": doc["set"], "file": doc["file"], "positive": positive, "rule": lm701,
                    "quote_found": quoted, "sentences": sentences})
    return out


class _Reader:
    """Reads a file as the engine does (its parse, LM701's findings) into its sentences' signals."""

    def __init__(self):
        from lint_med.engine import Linter, Overrides

        self.linter = Linter(Overrides(isolated=True, select=("LM701",)))
        self.lists = _lists()

    def read(self, path: str, quote: str = "", positive: bool | None = None):
        """(whether LM701 finds the file, whether the quote was found, [(signals, role, text)])."""
        from lint_med.decoding import read_decoded
        from lint_med.engine import lint_document

        config = self.linter.config_for(path)
        source = read_decoded(path, config.max_file_size).text
        parsed = self.linter.parse(source, path, config)
        findings = lint_document(parsed, self.linter.registry(config), config)
        claims = [score.finding_span(source, f) for f in findings if f.category == "claims"]
        quoted = score.quote_span(source, quote) if quote else None
        page = page_signals(parsed, self.lists)
        sentences = []
        for block in parsed.blocks:
            for sentence in block.sentences:
                span = sentence.source_span()
                flagged = any(score._overlaps(span, c) for c in claims)
                role = None if positive is None else \
                    (1 if quoted and score._overlaps(span, quoted) else None) if positive else 0
                sentences.append((sentence_signals(parsed, sentence, self.lists, page, flagged), role,
                                  " ".join(sentence.text.split())))
        parsed.release()
        return bool(claims), quoted is not None, sentences


def careful_flags(weights: list[float], threshold: float, drop: list[str]) -> list[tuple[str, float, str]]:
    """(page, score, sentence) for each careful page (careful.py's set) that the model flags where LM701 does not."""
    from careful import careful_pages

    reader = _Reader()
    gone = {SIGNALS.index(name) for name in drop}
    flags = []
    for name, path in careful_pages():
        _, _, sentences = reader.read(str(path))
        sentences = [([0.0 if i in gone else x for i, x in enumerate(s)], role, text) for s, role, text in sentences]
        best, text = doc_score(weights, {"sentences": [s for s in sentences if not s[0][SIGNALS.index("lm701")]]})
        if best >= threshold:
            flags.append((name, best, text))
    return flags


# --- the model ----------------------------------------------------------------------------------

def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with matrix @ x = vector (Gaussian elimination with partial pivoting; matrix is small)."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            if factor:
                for c in range(col, n + 1):
                    a[r][c] -= factor * a[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


# The direction a reader expects of a signal (+1 makes a claim likelier, -1 less likely); a fitted weight
# of the other sign is set to 0 (`fit`): the data sets how much a signal counts, not which way. Signals
# not named here (a figure, a heading, "you", "we") may go either way.
SIGNS = {
    "lm701": 1, "claim_word": 1, "safe_or_effective": 1, "denies_harm": 1, "absolute": 1, "benefit_verb": 1,
    "benefit_statement": 1, "outcome": 1, "exclamation": 1, "benefit_on_promoting_page": 1, "claim_word_unhedged": 1,
    "page_seller": 1, "page_promotes": 1,
    "hedge": -1, "negation": -1, "reported": -1, "speech": -1, "reporting": -1, "sourced": -1, "question": -1,
    "lab": -1, "page_reference": -1, "page_news": -1, "page_forum": -1, "page_reports": -1, "page_hedging": -1,
}


def fit(rows: list[tuple[tuple[float, ...], int, float]], penalty: float = L2, signs: dict | None = None) -> list[float]:
    """Weights (intercept first) of an L2-penalised logistic regression on (signals, label, weight) rows.
    With `signs` ({signal's index: +1 or -1}), a weight fitted against its sign is fixed at 0 and the rest
    refitted, the worst first, until every weight has its sign (an active-set method, as for
    non-negative least squares)."""
    fixed: set[int] = set()
    while True:
        w = _fit_free(rows, penalty, fixed)
        wrong = [(abs(w[i + 1]), i) for i, sign in (signs or {}).items() if w[i + 1] * sign < 0 and i not in fixed]
        if not wrong:
            return w
        fixed.add(max(wrong)[1])


def _fit_free(rows, penalty: float, fixed: set[int], rounds: int = 25) -> list[float]:
    """Newton's method (iteratively reweighted least squares) with the weights of `fixed` signals held at 0.
    The intercept is not penalised."""
    n = len(rows[0][0]) + 1
    rows = [(tuple(0.0 if i in fixed else v for i, v in enumerate(x)), y, weight) for x, y, weight in rows]
    w = [0.0] * n
    for _ in range(rounds):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y, weight in rows:
            xs = (1.0,) + tuple(x)
            p = _sigmoid(sum(wi * xi for wi, xi in zip(w, xs)))
            g, h = weight * (p - y), weight * p * (1 - p)
            for i, xi in enumerate(xs):
                if xi:
                    grad[i] += g * xi
                    row = hess[i]
                    for j, xj in enumerate(xs):
                        if xj:
                            row[j] += h * xi * xj
        for i in range(1, n):
            grad[i] += penalty * w[i]
            hess[i][i] += penalty
        hess[0][0] += 1e-9
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max(map(abs, step)) < 1e-7:
            break
    return w


def training_rows(docs: list[dict]) -> list[tuple[tuple[float, ...], int, float]]:
    """The labelled sentences of `docs`, identical signal vectors merged, each class weighted so that the
    positives and the negatives weigh as many documents as there are (a few hundred positive sentences
    against tens of thousands of negative ones would otherwise teach "never")."""
    counts: dict[tuple, list[int]] = {}
    for doc in docs:
        for signals, role, _ in doc["sentences"]:
            if role is not None:
                counts.setdefault((tuple(signals), role), [0])[0] += 1
    positives = sum(c[0] for (_, role), c in counts.items() if role == 1)
    negatives = sum(c[0] for (_, role), c in counts.items() if role == 0)
    documents = len(docs)
    share = {1: documents / 2 / max(1, positives), 0: documents / 2 / max(1, negatives)}
    return [(signals, role, c[0] * share[role]) for (signals, role), c in counts.items()]


def doc_score(weights: list[float], doc: dict) -> tuple[float, str]:
    """The document's best sentence score and that sentence."""
    best, text = 0.0, ""
    for signals, _, sentence in doc["sentences"]:
        p = _sigmoid(weights[0] + sum(w * x for w, x in zip(weights[1:], signals)))
        if p > best:
            best, text = p, sentence
    return best, text


def choose_threshold(scores: list[tuple[float, bool, bool]], target: float = TARGET_PRECISION) -> float:
    """The lowest threshold at which "LM701 or score >= threshold" keeps `target` precision on
    (score, LM701 finds it, labelled positive) triples; 1.0 (the model adds nothing) when none does."""
    best = 1.0
    for t in sorted({s for s, _, _ in scores}, reverse=True):
        tp = sum(1 for s, rule, y in scores if (rule or s >= t) and y)
        fp = sum(1 for s, rule, y in scores if (rule or s >= t) and not y)
        if tp + fp and tp / (tp + fp) >= target:
            best = t
    return best


def counts(flags: list[tuple[bool, bool]]) -> tuple[int, int, int]:
    """(tp, fp, fn) of (flagged, labelled positive) pairs."""
    tp = sum(1 for f, y in flags if f and y)
    fp = sum(1 for f, y in flags if f and not y)
    fn = sum(1 for f, y in flags if not f and y)
    return tp, fp, fn


def leave_one_set_out(docs: list[dict], penalty: float = L2, target: float = TARGET_PRECISION,
                      signs: dict | None = None) -> list[dict]:
    """For each set: weights and threshold fitted on the others, and the held-out set's documents with
    their LM701 verdict, model score and best sentence."""
    results = []
    for held in sorted({d["set"] for d in docs}):
        train = [d for d in docs if d["set"] != held]
        weights = fit(training_rows(train), penalty, signs)
        threshold = choose_threshold([(doc_score(weights, d)[0], d["rule"], d["positive"]) for d in train], target)
        scored = []
        for d in docs:
            if d["set"] == held:
                s, text = doc_score(weights, d)
                scored.append({**d, "score": s, "sentence": text, "model": s >= threshold})
        results.append({"set": held, "weights": weights, "threshold": threshold, "docs": scored})
    return results


def drop_signals(data: list[dict], names: list[str]) -> list[dict]:
    """The documents with the named signals set to 0 (a weight on a constant 0 stays 0 under the penalty)."""
    unknown = set(names) - set(SIGNALS)
    if unknown:
        raise SystemExit(f"unknown signals: {', '.join(sorted(unknown))}")
    gone = {SIGNALS.index(name) for name in names}
    return [{**d, "sentences": [([0.0 if i in gone else x for i, x in enumerate(signals)], role, text)
                                for signals, role, text in d["sentences"]]} for d in data]


def _pr(tp: int, fp: int, fn: int) -> str:
    p = f"{tp / (tp + fp):.2f}" if tp + fp else "  - "
    r = f"{tp / (tp + fn):.2f}" if tp + fn else "  - "
    return f"{p}/{r}"


def print_table(results: list[dict], show: bool, rule: str = "LM701") -> None:
    """Per held-out set: P/R of (a) the rule (a document's "rule" verdict), (b) the model, (c) either."""
    print(f"{'held-out set':<14} {'docs':>4} {'pos':>4} {'thr':>5}   {'(a) ' + rule:>10} {'(b) model':>10}"
          f" {'(c) a OR b':>10}   new catches  false alarms")
    total = {"a": [0, 0, 0], "b": [0, 0, 0], "c": [0, 0, 0]}
    for result in results:
        docs = result["docs"]
        a = counts([(d["rule"], d["positive"]) for d in docs])
        b = counts([(d["model"], d["positive"]) for d in docs])
        c = counts([(d["rule"] or d["model"], d["positive"]) for d in docs])
        new = [d for d in docs if d["model"] and not d["rule"] and d["positive"]]
        false = [d for d in docs if d["model"] and not d["rule"] and not d["positive"]]
        for key, value in (("a", a), ("b", b), ("c", c)):
            total[key] = [t + v for t, v in zip(total[key], value)]
        print(f"{result['set']:<14} {len(docs):>4} {sum(d['positive'] for d in docs):>4} {result['threshold']:>5.2f}"
              f"   {_pr(*a):>10} {_pr(*b):>10} {_pr(*c):>10}   {len(new):>11}  {len(false):>12}")
        if show:
            for d in new:
                print(f"      + {d['file']} ({d['score']:.2f}): {d['sentence'][:150]}")
            for d in false:
                print(f"      - {d['file']} ({d['score']:.2f}): {d['sentence'][:150]}")
    print(f"{'all (held out)':<14} {sum(len(r['docs']) for r in results):>4} "
          f"{sum(d['positive'] for r in results for d in r['docs']):>4} {'':>5}   {_pr(*total['a']):>10} "
          f"{_pr(*total['b']):>10} {_pr(*total['c']):>10}")


def precision_at_recall(scored: list[tuple[float, bool]], recalls=(0.2, 0.4, 0.6, 0.77, 0.8)) -> list[tuple]:
    """(recall asked, precision, threshold, false alarms) where the documents ranked by score first reach each
    recall: how well the scores alone separate positive documents from negative ones."""
    ranked = sorted(scored, key=lambda sp: -sp[0])
    positives = sum(1 for _, y in ranked if y)
    rows, tp, fp = [], 0, 0
    wanted = sorted(recalls)
    for s, y in ranked:
        tp, fp = tp + y, fp + (not y)
        while wanted and positives and tp / positives >= wanted[0]:
            rows.append((wanted.pop(0), tp / (tp + fp), s, fp))
    return rows


def print_weights(weights: list[float]) -> None:
    print(f"  {'intercept':<28} {weights[0]:+.2f}")
    for name, w in sorted(zip(SIGNALS, weights[1:]), key=lambda nw: -abs(nw[1])):
        print(f"  {name:<28} {w:+.2f}")


def arguments(doc: str) -> argparse.ArgumentParser:
    """The options every train_*.py script takes."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="each held-out set's new catches and false alarms")
    parser.add_argument("--penalty", type=float, default=L2, help="the L2 penalty on each weight")
    parser.add_argument("--target", type=float, default=TARGET_PRECISION, help="the training precision to keep")
    return parser


def labelled(label: str) -> list[dict]:
    """The labelled documents that give `label` and whose text is present (a notice when none is)."""
    docs = [d for d in score.load_labels() if label in d and d["path"].is_file()]
    if not docs:
        print("no labelled article found (is ../shared present, the web-page cache copied?)", file=sys.stderr)
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__)
    parser.add_argument("--weights", action="store_true", help="the weights fitted on every set")
    parser.add_argument("--drop", default="", help="signals to leave out, comma-separated (to measure what each adds)")
    parser.add_argument("--curve", action="store_true", help="precision of the model alone at a few recalls")
    parser.add_argument("--careful", action="store_true", help="with --weights: the careful pages the model flags")
    parser.add_argument("--free-signs", action="store_true", help="let every weight take either sign")
    parser.add_argument("--signals-cache", type=Path, help="keep the extracted signals in this pickle (for reruns)")
    args = parser.parse_args(argv)

    docs = labelled("overclaim")
    if not docs:
        return 0
    if args.signals_cache and args.signals_cache.is_file():
        data = pickle.loads(args.signals_cache.read_bytes())
    else:
        data = extract(docs)
        if args.signals_cache:
            args.signals_cache.write_bytes(pickle.dumps(data))
    if args.drop:
        data = drop_signals(data, args.drop.split(","))
    lost = [d["file"] for d in data if d["positive"] and not d["quote_found"]]
    print(f"{len(data)} documents, {sum(d['positive'] for d in data)} positive "
          f"({len(lost)} whose quote is not found in the text: no positive sentence), "
          f"{sum(len(d['sentences']) for d in data)} sentences; penalty {args.penalty}, "
          f"threshold for {args.target:.2f} training precision of LM701 OR model")
    signs = None if args.free_signs else {SIGNALS.index(name): sign for name, sign in SIGNS.items()}
    results = leave_one_set_out(data, args.penalty, args.target, signs)
    print_table(results, args.list)
    if args.curve:
        print("\nthe model alone, every held-out set's documents ranked together by their best sentence's score:")
        for recall, precision, threshold, false in precision_at_recall(
                [(d["score"], d["positive"]) for r in results for d in r["docs"]]):
            print(f"  recall {recall:.2f}: precision {precision:.2f} (score >= {threshold:.2f}, {false} false alarms)")
    if args.weights:
        weights = fit(training_rows(data), args.penalty, signs)
        threshold = choose_threshold([(doc_score(weights, d)[0], d["rule"], d["positive"]) for d in data],
                                     args.target)
        print(f"\nweights fitted on all {len(data)} documents (threshold {threshold:.2f}):")
        print_weights(weights)
        if args.careful:
            flags = careful_flags(weights, threshold, args.drop.split(",") if args.drop else [])
            print(f"\ncareful pages where the model flags a sentence LM701 does not: {len(flags)}")
            for name, best, text in flags:
                print(f"  {name} ({best:.2f}): {text[:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
