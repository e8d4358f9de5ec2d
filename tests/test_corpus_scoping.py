"""Body scoping on 130 real pages (Readability.js test pages: source.html vs expected.html).

The thresholds sit a little below what benchmarks/scoping.py measured (recall 0.976,
precision 0.955 (median 0.993), aligned 0.990 on 2026-12-06), so a regression fails the test.
"""

import statistics
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "readability-test-pages"
sys.path.insert(0, str(ROOT / "benchmarks"))

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")


@pytest.fixture(scope="module")
def scores():
    import scoping

    return [scoping.score_page(page) for page in scoping.pages(CORPUS)]


def test_every_page_parses(scores):
    assert len(scores) >= 100
    assert all(s.our_words > 0 for s in scores), [s.page for s in scores if not s.our_words]


def test_scoping_recall_and_precision(scores):
    assert statistics.mean(s.recall for s in scores) >= 0.95
    assert statistics.mean(s.precision for s in scores) >= 0.945
    assert statistics.median(s.precision for s in scores) >= 0.985


def test_positions_point_at_the_text(scores):
    assert statistics.mean(s.aligned for s in scores) >= 0.98
