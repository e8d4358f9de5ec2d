"""Time each rule separately over a directory of HTML pages (default: the shared corpus).

    python benchmarks/rule_times.py [DIRECTORY]

Each page is parsed once; then every registered rule runs on it in turn and
its time is added up. Rules that share a per-document cache (the core pack's
topic model, evidence index) charge it to the first of them that runs.
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

from lint_med.engine import Linter, Overrides, read_source

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "readability-test-pages"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", default=str(CORPUS))
    args = parser.parse_args()
    files = sorted(Path(args.directory).rglob("source.html")) or sorted(Path(args.directory).rglob("*.html"))
    linter = Linter(Overrides(isolated=True))
    config = linter.config_for(args.directory)
    registry = linter.registry(config)
    rules = [r for r in registry.rules.values() if r.check]
    times: collections.Counter = collections.Counter()
    parse_time = sentence_time = 0.0
    for path in files:
        source = read_source(str(path), 10**9)
        start = time.perf_counter()
        doc = registry.parser_for(str(path), source).parse(source, str(path), {})
        parse_time += time.perf_counter() - start
        doc.vocabulary = registry.vocabulary
        start = time.perf_counter()
        list(doc.sentences)
        sentence_time += time.perf_counter() - start
        for rule in rules:
            options = {**config.options_for(rule), "pack": config.pack_options(rule.pack)}
            start = time.perf_counter()
            list(rule.run(doc, options))
            times[rule.code] += time.perf_counter() - start
    print(f"{len(files)} pages; lint-med parse {parse_time * 1000:.0f} ms, sentence split {sentence_time * 1000:.0f} ms")
    for code, seconds in times.most_common():
        print(f"{code:8} {seconds * 1000:8.1f} ms")
    print(f"{'rules':8} {sum(times.values()) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
