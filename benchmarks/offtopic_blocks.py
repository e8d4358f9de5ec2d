"""Per-block off-topic signals on the labelled real pages: what separates a pasted block from the article's own.

    python benchmarks/offtopic_blocks.py                  # every labelled document, a summary per label
    python benchmarks/offtopic_blocks.py --blocks         # also each judged block of each document
    python benchmarks/offtopic_blocks.py --set web-pages-5 --blocks
    python benchmarks/offtopic_blocks.py --inject 3       # also 3 donor paragraphs pasted into each
                                                          # negative web page (untitled text) per seed

For each prose block of 12 words or more it prints the signals LM202 weighs (see
rules/lint_med_core/offtopic.py): the share of its vocabulary, by specificity, that the rest of the article
uses; the article's own baseline of that share (the median over its blocks); its words of health; the
weight of the words only it holds; the share of its words its neighbours hold (a topic shift at both edges);
its voice (a quotation, a first-person account). Blocks a label's evidence quote falls in are marked ``+``; blocks LM202
reports ``!``. Nothing is written; the page texts are read from the git-ignored cache and ../shared.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "realworld"))

from score import load_labels, quote_span  # noqa: E402


def parse(path: str, source: str | None = None):
    """The document lint-med builds for a file (its registered vocabulary set, as the engine does)."""
    from lint_med.engine import Linter

    linter = parse.__dict__.setdefault("linter", Linter())
    config = linter.config_for(path)
    registry = linter.registry(config)
    source = source if source is not None else Path(path).read_text(encoding="utf-8", errors="replace")
    doc = registry.parser_for(path, source).parse(source, path, {"content_selector": None})
    doc.vocabulary = registry.vocabulary
    return doc


def block_signals(doc) -> list[dict]:
    """The signals of each prose block (12 words or more) of a document, in order."""
    from lint_med_core import offtopic
    from lint_med_core._topic import specificity, stem, topic_model

    model = topic_model(doc)
    prose = [b for section in doc.sections for b in offtopic._body(model, section)
             if model.blocks[b.index].length >= 12]
    voice = getattr(offtopic, "_voice", lambda text: "")  # absent before 2026-12-06: run against older code too
    rule = offtopic.off_topic_paragraph
    reported = {hit.at.index for hit in rule.run(doc, {**rule.defaults(), "pack": {}}) if hit.at is not None}
    stems = [{stem(w) for w in model.blocks[b.index].content if len(w) > 2} for b in prose]
    found = []
    for i, block in enumerate(prose):
        share, _, own_weight = model.shared_share(block)
        words = stems[i]
        # the share of its words (by specificity) the blocks on either side hold: a topic shift at both edges
        near = set().union(*stems[max(0, i - 1):i], *stems[i + 1:i + 2])
        edges = sum(specificity(w) for w in words if w in near) / (sum(specificity(w) for w in words) or 1.0)
        found.append(dict(block=block, position=i, words=model.blocks[block.index].length, share=share,
                          own_weight=own_weight, health=offtopic._health_count(model, block.text), edges=edges,
                          voice=voice(block.text), reported=block.index in reported))
    baseline = statistics.median([s["share"] for s in found]) if found else 0.0
    for s in found:
        s["baseline"] = baseline
        s["relative"] = s["share"] / baseline if baseline else 0.0
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", help="only this label file")
    parser.add_argument("--blocks", action="store_true", help="print every judged block")
    parser.add_argument("--inject", type=int, default=0, help="seeds of donor paragraphs pasted into negatives")
    args = parser.parse_args(argv)
    rows = []
    for label in load_labels():
        if args.set and label["set"] != args.set or not label["path"].is_file():
            continue
        source = label["path"].read_text(encoding="utf-8", errors="replace")
        doc = parse(str(label["path"]), source)
        quote = str(label.get("evidence", {}).get("off_topic_section", "")) if label.get("off_topic_section") else ""
        span = quote_span(source, quote) if quote else None
        signals = block_signals(doc)
        for s in signals:
            start, end = s["block"].source_span()
            s["positive"] = bool(span and start < span[1] and span[0] < end)
        rows.append((label, signals))
        if args.blocks:
            _print_doc(label, signals)
    if args.inject:
        _injected(rows, args.inject, args.blocks)
    _summary(rows)
    return 0


def _print_doc(label, signals) -> None:
    flag = "POS" if label.get("off_topic_section") else "neg"
    print(f"\n== {flag} {label['set']}/{label['file']}")
    for s in signals:
        mark = ("+" if s.get("positive") else " ") + ("!" if s.get("reported") else " ")
        print(f"  {mark} #{s['position']:<3} w{s['words']:<4} share {s['share']:.2f} base {s['baseline']:.2f} "
              f"rel {s['relative']:.2f} health {s['health']:<2} own {s['own_weight']:5.1f} edges {s['edges']:.2f} "
              f"{s['voice'] or '-':<12} {' '.join(s['block'].text.split())[:90]}")


def _injected(rows, seeds: int, show: bool) -> None:
    """Paste a donor paragraph (a non-health page's) between two blocks of each negative page."""
    from inject import donor_paragraphs

    donors = donor_paragraphs()
    for seed in range(seeds):
        rng = random.Random(seed)
        for label, signals in list(rows):
            if label.get("off_topic_section") or label["set"] == "health-news" or len(signals) < 3:
                continue
            source = label["path"].read_text(encoding="utf-8", errors="replace")
            after = rng.choice(signals[:-1])["block"]
            _, end = after.source_span()
            end = source.find("\n", end)
            end = len(source) if end < 0 else end
            donor = rng.choice(donors)[1]
            new = source[:end] + "\n\n" + donor + "\n" + source[end:]
            doc = parse(str(label["path"]), new)
            found = block_signals(doc)
            for s in found:
                s["positive"] = s["block"].text.startswith(donor[:40])
            injected = {**label, "off_topic_section": True, "set": "injected", "file": f"{label['file']}#{seed}"}
            rows.append((injected, found))
            if show:
                _print_doc(injected, found)


def _summary(rows) -> None:
    """Per set: positive documents with a reported block; negatives with one; positive blocks' signals."""
    by_set: dict = {}
    for label, signals in rows:
        tp_fp = by_set.setdefault(label["set"], [0, 0, 0, 0])
        reported = any(s.get("reported") for s in signals)
        if label.get("off_topic_section"):
            tp_fp[0] += reported
            tp_fp[2] += 1
        else:
            tp_fp[1] += reported
            tp_fp[3] += 1
    print(f"\n{'set':<14} {'pos found':>10} {'neg flagged':>12}   (LM202 pasted-block test alone)")
    for name, (tp, fp, pos, neg) in sorted(by_set.items()):
        print(f"{name:<14} {tp:>4}/{pos:<5} {fp:>5}/{neg:<6}")
    relative = [s["relative"] for _, signals in rows for s in signals if s.get("positive")]
    if relative:
        print(f"positive blocks: {len(relative)}, median relative share {statistics.median(relative):.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
