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


def test_bench_pair_times_each_checkout_on_the_same_articles(capsys):
    import bench_pair

    assert bench_pair.main([str(ROOT), str(ROOT), "--corpus", str(ROOT / "fixtures" / "articles"),
                            "--limit", "2", "--repeat", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2 articles, best of 1 per article, CPU time")
    assert [line.split()[0] for line in lines[1:]] == [str(ROOT), str(ROOT)]
    assert all(float(line.split("floor")[1].split()[0]) > 0 for line in lines[1:])


def test_bench_pair_runs_give_each_run_and_the_range(capsys):
    import bench_pair

    assert bench_pair.main([str(ROOT), str(ROOT), "--corpus", str(ROOT / "fixtures" / "articles"),
                            "--limit", "1", "--repeat", "1", "--runs", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines if line.startswith("run ")] == ["run 1", "run 2"]
    assert lines[-3] == "over 2 runs (least - most):"
    for line in lines[-2:]:
        least, most = (float(x) for x in line.split("every pack / floor")[1].split()[:3:2])
        assert line.startswith(str(ROOT)) and 0 < least <= most
