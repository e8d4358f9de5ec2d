"""Per-block off-topic signals on the labelled real pages: what separates a pasted block from the article's own.

    python benchmarks/offtopic_blocks.py                  # every labelled document, a summary per label
    python benchmarks/offtopic_blocks.py --blocks         # also each judged block of each document
    python benchmarks/offtopic_blocks.py --set web-pages-5 --blocks
    python benchmarks/offtopic_blocks.py --inject 3       # also 3 donor paragraphs pasted into each
                                                          # negative web page (untitled text) per seed
    python benchmarks/offtopic_blocks.py --sentences      # the sentence-level test (below) on the labelled
                                                          # pages, the Readability pages and the news texts
    python benchmarks/offtopic_blocks.py --sentences --inject 2   # also a donor sentence stitched into
                                                          # a block of each negative web page per seed
    python benchmarks/offtopic_blocks.py --asides         # blocks under a heading or label line that
                                                          # shares nothing with the article
    python benchmarks/offtopic_blocks.py --boxes          # boxes of short blocks between two paragraphs

For each prose block of 12 words or more it prints the signals LM202 weighs (see
rules/lint_med_core/offtopic.py): the share of its vocabulary, by specificity, that the rest of the article
uses; the article's own baseline of that share (the median over its blocks); its words of health; the
weight of the words only it holds; the share of its words its neighbours hold (a topic shift at both edges);
its voice (a quotation, a first-person account). Blocks a label's evidence quote falls in are marked ``+``; blocks LM202
reports ``!``.

With ``--asides`` it prints each block (30 words or more, not the first) that stands right under a heading or
a line of at most six words none of whose specific words the article uses ("Tangential Miscellany:"), with
its share, own weight and words of health, whatever they are, and counts per corpus the documents with one
sharing less than 0.05 whose own words weigh 25 or more (LM202's aside test; Readability pages about health
too).

With ``--sentences`` it measures the same baseline signal one level down: inside each judged block of
three sentences or more, a run of one to three sentences (not the whole block) is a *stitched run* when
the rest of the article (its other blocks, its title and the block's other sentences) holds less than
``--max-share`` of the run's vocabulary by specificity, the words only the run holds weigh ``--min-own``
or more, the run holds no word of health and no vocabulary term, and the block's other sentences share
at least the article's baseline (they are on its subject). It prints each run found, marked ``+`` when a
label's evidence quote falls in it (``b`` when it falls in its block; ``L``: LM202 already reports the
document), and counts per corpus the documents with one and the positives it would newly find. Nothing is written; the page texts are read from the git-ignored cache and ../shared.
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
    return linter.parse(source if source is not None else Path(path).read_text(encoding="utf-8", errors="replace"), path)


def block_signals(doc) -> list[dict]:
    """The signals of each prose block (12 words or more) of a document, in order."""
    from lint_med_core import offtopic
    from lint_med_core._topic import specificity, stem, topic_model

    model = topic_model(doc)
    prose = [b for section in doc.sections for b in offtopic.section_prose(model, section)
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
    parser.add_argument("--sentences", action="store_true", help="measure the sentence-level test instead")
    parser.add_argument("--asides", action="store_true", help="blocks under a line that shares nothing")
    parser.add_argument("--boxes", action="store_true", help="boxes of short blocks between two paragraphs")
    parser.add_argument("--max-share", type=float, default=0.1, help="--sentences: a run shares less than this")
    parser.add_argument("--min-own", type=float, default=12.0, help="--sentences: its own words weigh this")
    parser.add_argument("--max-health", type=int, default=0,
                        help="--sentences: health words a run may hold (it never holds a vocabulary term)")
    parser.add_argument("--opening", action="store_true",
                        help="--sentences: judge the opening block too (and articles of one or two blocks)")
    args = parser.parse_args(argv)
    if args.sentences:
        return _sentence_runs(args)
    if args.asides:
        return _asides(args)
    if args.boxes:
        return _boxes(args)
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


def stitched_runs(doc, max_share: float, min_own: float, max_health: int = 0, opening: bool = False) -> list[dict]:
    """The stitched runs of sentences of a document (see the module's docstring), with their signals."""
    from lint_med_core import offtopic
    from lint_med_core._topic import analyse, stem, topic_model, weighted_share

    model = topic_model(doc)
    if not offtopic._about_health(doc, model, untitled=True):
        return []
    prose = [b for section in doc.sections for b in offtopic.section_prose(model, section)
             if model.blocks[b.index].length >= 12]
    if len(prose) < (1 if opening else 3):
        return []
    counts = model.block_stems  # stem -> blocks holding it
    title = {stem(w) for w in analyse(doc.title, model.lexicon, model.generic).content}
    baseline = statistics.median(model.shared_share(b)[0] for b in prose)
    found = []
    for block in prose[0 if opening else 1:]:  # the opening is not judged, as by LM202
        sentences = block.sentences
        if len(sentences) < 3:
            continue
        terms = [analyse(s.text, model.lexicon, model.generic) for s in sentences]
        stems = [{stem(w) for w in t.content} for t in terms]
        in_block = set().union(*stems)
        for start in range(len(sentences)):
            for end in range(start + 1, min(start + 4, len(sentences) + 1)):
                if end - start >= len(sentences) - 1:
                    continue  # the block's other sentences must be two at least: they say what it is on
                run_terms = [terms[i] for i in range(start, end)]
                if sum(t.length for t in run_terms) < 8:
                    continue
                text = block.text[sentences[start].start:sentences[end - 1].end]
                # as LM202 does for a block: a reference (a year, a link), a quotation, contact lines
                # and lists of names are not judged
                if offtopic._REFERENCE.search(text) or offtopic._voice(text) or offtopic._CONTACT.search(text) or \
                        len(offtopic._CAPITALISED.findall(text)) > 0.4 * len(offtopic._WORDS.findall(text)):
                    continue
                if any(t.found for t in run_terms) or sum(
                        offtopic._health_count(model, sentences[i].text, t)
                        for i, t in zip(range(start, end), run_terms)) > max_health:
                    continue
                run = set().union(*stems[start:end])
                others = set().union(*stems[:start], *stems[end:])
                rest = others | title

                def shared(word, rest=rest):
                    key = stem(word)
                    # another block holds it (the block itself counts once in block_stems)
                    return key in rest or counts.get(key, 0) >= 2 or (counts.get(key, 0) == 1 and key not in in_block)

                content = tuple(w for t in run_terms for w in t.content)
                share, own, own_weight = weighted_share(type(run_terms[0])(content, (), 0), shared, lambda _: False)
                if share >= max_share or own_weight < min_own:
                    continue
                # the block's other sentences are on the article's subject
                other_content = tuple(w for i, t in enumerate(terms) if not start <= i < end for w in t.content)
                other_share = weighted_share(type(run_terms[0])(other_content, (), 0),
                                             lambda w: counts.get(stem(w), 0) >= 2 or stem(w) in title,
                                             lambda _: False)[0]
                if other_share < baseline:
                    continue
                span = (sentences[start].start, sentences[end - 1].end)
                found.append(dict(block=block, span=span, share=share, own=own, own_weight=own_weight,
                                  other_share=other_share, baseline=baseline,
                                  text=block.text[span[0]:span[1]]))
    # one run per stretch: the longest of overlapping runs
    found.sort(key=lambda r: (r["block"].index, r["span"][0], -(r["span"][1])))
    kept = []
    for run in found:
        if kept and kept[-1]["block"] is run["block"] and run["span"][0] < kept[-1]["span"][1]:
            continue
        kept.append(run)
    return kept


def _stitched_sentences(args, tally: dict) -> None:
    """Stitch a donor sentence (a non-health page's, 12 words or more) between two sentences of a
    block of three or more of each negative web page, per seed; count the runs found on it."""
    from inject import donor_paragraphs
    from lint_med.document import split_sentences

    donors = [text[a:b] for _, text in donor_paragraphs() for a, b in split_sentences(text)
              if len(text[a:b].split()) >= 12]
    for seed in range(args.inject):
        rng = random.Random(seed)
        for label in load_labels():
            if label.get("off_topic_section") or label["set"] == "health-news" or not label["path"].is_file() or \
                    args.set and label["set"] != args.set:
                continue
            source = label["path"].read_text(encoding="utf-8", errors="replace")
            blocks = [b for b in parse(str(label["path"]), source).blocks
                      if b.kind == "paragraph" and len(b.sentences) >= 3]
            if not blocks:
                continue
            block = rng.choice(blocks)
            after = block.sentences[rng.randrange(len(block.sentences) - 1)]
            _, end = after.source_span()
            donor = rng.choice(donors)
            new = source[:end] + " " + donor + source[end:]
            runs = stitched_runs(parse(str(label["path"]), new), args.max_share, args.min_own, args.max_health,
                                 args.opening)
            row = tally.setdefault("stitched", [0, 0, 0, 0])
            row[0] += 1
            row[1] += bool(runs)
            row[2] += 1
            row[3] += any(donor[:30] in run["text"] for run in runs)


def _sentence_runs(args) -> int:
    """Count and print the stitched runs on the labelled pages, the Readability pages and the news texts."""

    tally: dict = {}

    def report(kind: str, name: str, path: Path, source: str, positive_span=None, positive=None):
        doc = parse(str(path), source)
        runs = stitched_runs(doc, args.max_share, args.min_own, args.max_health, args.opening)
        rule = __import__("lint_med_core.offtopic", fromlist=["x"]).off_topic_paragraph
        lm202 = any(True for _ in rule.run(doc, {**rule.defaults(), "pack": {}}))
        row = tally.setdefault(kind, [0, 0, 0, 0])  # documents, with a run, positives, positives newly found
        row[0] += 1
        row[1] += bool(runs)
        row[2] += bool(positive)
        row[3] += bool(positive and runs and not lm202)
        for run in runs:
            start, end = run["block"].source_span(*run["span"])
            first, last = run["block"].source_span()
            # "+": the run holds the label's evidence quote; "b": its block does
            mark = (" " if positive_span is None else "+" if start < positive_span[1] and positive_span[0] < end
                    else "b" if first < positive_span[1] and positive_span[0] < last else " ") + ("L" if lm202 else " ")
            print(f"{kind:<12} {'POS' if positive else 'neg' if positive is not None else '   '} {mark} "
                  f"{name[:38]:<38} share {run['share']:.2f} own {run['own_weight']:4.1f} "
                  f"others {run['other_share']:.2f}/{run['baseline']:.2f} "
                  f"{' '.join(run['text'].split())[:110]}")

    _each_document(args, report, stitched=lambda: _stitched_sentences(args, tally) if args.inject else None)
    # "stitched" (--inject): pages with a donor sentence stitched in; its last column counts the
    # pages where a run holds the donor sentence
    print(f"\n{'corpus':<14} {'docs':>5} {'with a run':>11} {'positives':>10} {'new catches':>12}")
    for kind, (docs, with_run, positives, new) in tally.items():
        print(f"{kind:<14} {docs:>5} {with_run:>11} {positives:>10} {new:>12}")
    return 0


def _each_document(args, report, stitched=lambda: None) -> None:
    """Call `report(kind, name, path, source, evidence span, positive)` for each labelled document (of
    `--set`), then `stitched()`, then, without `--set`, `report(kind, name, path, source)` for each
    Readability page not labelled."""
    from snapshot import files_to_lint

    labelled = set()
    for label in load_labels():
        if args.set and label["set"] != args.set or not label["path"].is_file():
            continue
        labelled.add(label["path"].resolve())
        source = label["path"].read_text(encoding="utf-8", errors="replace")
        positive = bool(label.get("off_topic_section"))
        quote = str(label.get("evidence", {}).get("off_topic_section", "")) if positive else ""
        report(label["set"], label["file"], label["path"], source, quote_span(source, quote) if quote else None,
               positive)
    stitched()
    if not args.set:
        for path in files_to_lint():
            if "readability-test-pages" in str(path) and path.resolve() not in labelled:
                report("readability", path.parent.name, path, path.read_text(encoding="utf-8", errors="replace"))


def _asides(args) -> int:
    """Print the blocks under a line sharing nothing with the article, and count them per corpus."""
    from lint_med_core import offtopic
    from lint_med_core._topic import topic_model

    tally: dict = {}

    def report(kind: str, name: str, path: Path, source: str, span=None, positive=None):
        doc = parse(str(path), source)
        model = topic_model(doc)
        row = tally.setdefault(kind, [0, 0, 0])  # documents, with an aside, positives among those
        row[0] += 1
        if not offtopic._about_health(doc, model, untitled=True):
            return
        prose = [b for section in doc.sections for b in offtopic.section_prose(model, section)
                 if model.blocks[b.index].length >= 30]
        found = False
        for block in prose[1:] if prose and prose[0] is next(
                (b for s in doc.sections for b in offtopic.section_prose(model, s)), None) else prose:
            share, own, own_weight = model.shared_share(block)
            if share >= 0.1 or not offtopic._under_foreign_line(doc, model, block):
                continue
            counted = share < 0.05 and own_weight >= 25
            found |= counted
            start, end = block.source_span()
            mark = "+" if span and start < span[1] and span[0] < end else " "
            print(f"{kind:<12} {'POS' if positive else 'neg' if positive is not None else '   '} {mark} "
                  f"{'*' if counted else ' '} {name[:38]:<38} share {share:.2f} own {own_weight:5.1f} "
                  f"health {offtopic._health_count(model, block.text)} "
                  f"under {' '.join(doc.blocks[block.index - 1].text.split())[:30]!r}: "
                  f"{' '.join(block.text.split())[:70]}")
        row[1] += found
        row[2] += found and bool(positive)

    _each_document(args, report)
    # "*": share < 0.05 and own weight >= 25 (counted); "+": the label's evidence quote is in the block
    print(f"\n{'corpus':<14} {'docs':>5} {'with an aside':>14} {'positives':>10}")
    for kind, (docs, with_aside, positives) in tally.items():
        print(f"{kind:<14} {docs:>5} {with_aside:>14} {positives:>10}")
    return 0


def _boxes(args) -> int:
    """Print each box of short blocks between two paragraphs (LM202's box_runs) with the signals its
    pasted test weighs, and count per corpus the documents with one that LM202 reports."""
    from lint_med_core import offtopic
    from lint_med_core._topic import merge, topic_model

    tally: dict = {}

    def report(kind: str, name: str, path: Path, source: str, span=None, positive=None):
        doc = parse(str(path), source)
        model = topic_model(doc)
        row = tally.setdefault(kind, [0, 0, 0])  # documents, with a box reported, positives among those
        row[0] += 1
        if not offtopic._about_health(doc, model, untitled=True):
            return
        prose = [b for section in doc.sections for b in offtopic.section_prose(model, section)
                 if model.blocks[b.index].length >= 12]
        reported = {run[0].index for run, _, _ in offtopic.pasted_boxes(doc, model, prose, 30, 0.2, 25.0)}
        for run, share, _, own_weight in offtopic.box_runs(doc, model, prose, 30, 0.2):
            text = " ".join(b.text for b in run)
            health = offtopic._health_count(model, text, merge(model.blocks[b.index] for b in run))
            start, end = run[0].source_span()[0], run[-1].source_span()[1]
            mark = "+" if span and start < span[1] and span[0] < end else " "
            print(f"{kind:<12} {'POS' if positive else 'neg' if positive is not None else '   '} {mark} "
                  f"{'!' if run[0].index in reported else ' '} {name[:38]:<38} blocks {len(run):<2} share {share:.2f} "
                  f"own {own_weight:5.1f} health {health} {' / '.join(' '.join(b.text.split())[:24] for b in run)[:80]}")
        row[1] += bool(reported)
        row[2] += bool(reported) and bool(positive)

    _each_document(args, report)
    # "!": LM202 reports the box (without the baseline test); "+": the label's evidence quote is in it
    print(f"\n{'corpus':<14} {'docs':>5} {'box reported':>13} {'positives':>10}")
    for kind, (docs, with_box, positives) in tally.items():
        print(f"{kind:<14} {docs:>5} {with_box:>13} {positives:>10}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
