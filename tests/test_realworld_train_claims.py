"""The arithmetic of benchmarks/realworld/train_claims.py (learned weights over claim signals), on hand-made
rows whose answers are known in closed form, and its reading of a small article of our own."""

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks" / "realworld"))
import train_claims as train  # noqa: E402

# One signal: where it is 1, three positives and one negative; where it is 0, one positive and three negatives.
ROWS = [((1.0,), 1, 3.0), ((1.0,), 0, 1.0), ((0.0,), 1, 1.0), ((0.0,), 0, 3.0)]


def test_solve_gives_the_solution_of_a_small_system():
    x = train._solve([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]], [4.0, 10.0, 14.0])
    assert x == pytest.approx([1.0, 2.0, 3.0])


def test_fit_finds_the_maximum_likelihood_weights():
    # without a penalty the fitted odds are the observed ones: 1:3 where the signal is 0, 3:1 where it is 1
    intercept, weight = train.fit(ROWS, penalty=1e-9)
    assert intercept == pytest.approx(math.log(1 / 3), abs=1e-4)
    assert weight == pytest.approx(math.log(9), abs=1e-4)


def test_the_penalty_shrinks_the_weight_not_the_intercept_alone():
    _, free = train.fit(ROWS, penalty=1e-9)
    intercept, shrunk = train.fit(ROWS, penalty=4.0)
    assert 0 < shrunk < free
    # the intercept is not penalised: the fitted probabilities still sum to the positives' weight (4 of 8)
    fitted = 4 * train._sigmoid(intercept + shrunk) + 4 * train._sigmoid(intercept)
    assert fitted == pytest.approx(4.0, abs=1e-4)


def test_a_weight_against_its_sign_is_fixed_at_zero():
    intercept, weight = train.fit(ROWS, penalty=1e-9, signs={0: -1})
    assert weight == 0.0
    assert intercept == pytest.approx(0.0, abs=1e-6)  # half the weight is positive
    assert train.fit(ROWS, penalty=1e-9, signs={0: 1})[1] == pytest.approx(math.log(9), abs=1e-4)


def test_training_rows_merge_equal_sentences_and_balance_the_classes():
    docs = [{"sentences": [([1.0], 1, "a"), ([0.0], None, "b")]},
            {"sentences": [([0.0], 0, "c"), ([0.0], 0, "d"), ([1.0], 0, "e")]}]
    rows = sorted(train.training_rows(docs))
    # two documents: the one positive sentence weighs 1, each of the three negative sentences 1/3; the unused
    # sentence of the positive document is left out
    assert rows == [((0.0,), 0, pytest.approx(2 / 3)), ((1.0,), 0, pytest.approx(1 / 3)), ((1.0,), 1, 1.0)]


def test_a_document_scores_its_best_sentence():
    doc = {"sentences": [([0.0], None, "plain"), ([1.0], None, "claim")]}
    best, sentence = train.doc_score([0.0, math.log(3)], doc)
    assert (best, sentence) == (pytest.approx(0.75), "claim")


def test_the_threshold_is_the_lowest_that_keeps_the_precision_of_lm701_or_the_model():
    # (score, LM701 finds it, labelled positive)
    scores = [(0.9, False, True), (0.8, False, True), (0.7, False, False), (0.6, False, True), (0.1, True, True),
              (0.05, False, False)]
    assert train.choose_threshold(scores, target=0.9) == 0.8  # LM701's document is found at any threshold
    assert train.choose_threshold(scores, target=0.75) == 0.1  # 4 right of 5; at 0.05, 4 of 6
    assert train.choose_threshold([(0.5, False, False)], target=0.9) == 1.0  # nothing reaches it


def test_counts_and_precision_at_recall():
    assert train.counts([(True, True), (True, False), (False, True), (False, False)]) == (1, 1, 1)
    rows = train.precision_at_recall([(0.9, True), (0.8, False), (0.7, True), (0.2, True)], recalls=(0.3, 0.6, 1.0))
    assert rows == [(0.3, 1.0, 0.9, 0), (0.6, pytest.approx(2 / 3), 0.7, 1), (1.0, 0.75, 0.2, 1)]


def test_dropping_a_signal_zeroes_its_column_and_an_unknown_one_is_refused():
    docs = [{"set": "s", "sentences": [([1.0] * len(train.SIGNALS), 1, "x")]}]
    dropped = train.drop_signals(docs, ["lm701"])[0]["sentences"][0][0]
    assert dropped[train.SIGNALS.index("lm701")] == 0.0 and sum(dropped) == len(train.SIGNALS) - 1
    with pytest.raises(SystemExit):
        train.drop_signals(docs, ["no_such_signal"])


def test_the_signals_of_a_sentence_of_our_own(tmp_path):
    article = tmp_path / "cream.txt"
    article.write_text("Calming cream\n\nOur lavender cream is completely safe and cures eczema.\n\n"
                       "It may help some people with dry skin, according to a small study.\n", encoding="utf-8")
    lm701, _, sentences = train._Reader().read(str(article))
    signals = {text: dict(zip(train.SIGNALS, values)) for values, _, text in sentences}
    claim = signals["Our lavender cream is completely safe and cures eczema."]
    hedged = signals["It may help some people with dry skin, according to a small study."]
    assert lm701 and claim["lm701"] == 1.0 and hedged["lm701"] == 0.0
    assert claim["claim_word"] == claim["safe_or_effective"] == claim["absolute"] == claim["we"] == 1.0
    assert claim["hedge"] == 0.0 and hedged["hedge"] == 1.0
    assert all(len(values) == len(train.SIGNALS) for values, _, _ in sentences)


def _pages(signal: str) -> list[dict]:
    """Eight pages for train_disclaimer.py: where `signal` is on, three positive and one negative; where off,
    one positive and three negative; every other signal off."""
    import train_disclaimer

    on = [float(name == signal) for name in train_disclaimer.SIGNALS]
    off = [0.0] * len(on)
    return [{"signals": values, "positive": positive}
            for values, positives in ((on, 3), (off, 1)) for positive in [True] * positives + [False] * (4 - positives)]


def test_the_disclaimer_model_weighs_a_signal_by_its_odds_and_keeps_its_sign():
    import train_disclaimer

    advises = train_disclaimer.SIGNALS.index("advises") + 1
    weights = train_disclaimer.fit_docs(_pages("advises"), penalty=1e-9)
    assert weights[advises] == pytest.approx(math.log(9), abs=1e-3)
    # "reports" may only lower the odds: the same pattern on it leaves its weight at 0
    reports = train_disclaimer.SIGNALS.index("reports") + 1
    assert train_disclaimer.fit_docs(_pages("reports"), penalty=1e-9)[reports] == 0.0


def test_the_statistic_signals_of_sentences_of_our_own(tmp_path):
    import train_statistics

    article = tmp_path / "pressure.txt"
    article.write_text("Blood pressure\n\nAbout 40% of adults over 60 have high blood pressure.\n\n"
                       "Take one 5 mg tablet a day.\n", encoding="utf-8")
    doc = {"set": "own", "file": "pressure.txt", "path": article, "unsourced_statistic": True,
           "evidence": {"unsourced_statistic": "About 40% of adults over 60"}}
    [read] = train_statistics.extract([doc])
    signals = {text: (dict(zip(train_statistics.SIGNALS, values)), role) for values, role, text in read["sentences"]}
    share, role = signals["About 40% of adults over 60 have high blood pressure."]
    assert role == 1 and read["quote_found"] and read["rule"]
    assert share["rule"] == share["figure_kind_found"] == share["percent"] == 1.0 and share["sourced"] == 0.0
    dose, role = signals["Take one 5 mg tablet a day."]
    assert role is None and dose["dose"] == 1.0 and dose["percent"] == 0.0
