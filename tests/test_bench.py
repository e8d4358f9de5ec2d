"""The benchmark script runs on the bundled articles and times every pipeline it reports."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def test_time_per_file_times_every_pipeline_on_the_bundled_articles():
    import bench

    files = bench.find_articles(ROOT / "fixtures" / "articles", limit=None)
    assert len(files) >= 4
    timed = bench.time_per_file(files, repeat=1)
    assert set(timed) == {"floor", "engine", "core", "full", "findings"}
    assert all(timed[k] > 0 for k in ("floor", "engine", "core", "full"))
    # the two spam articles have findings whatever the pack; the pipelines were not mixed up
    assert timed["findings"] > 10
