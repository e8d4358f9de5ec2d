"""How the plain-text parser reads texts: their line structure and the blocks it makes.

    python benchmarks/text_lines.py                  # the web-page and careful texts of the cache
    python benchmarks/text_lines.py FILE...          # these files
    python benchmarks/text_lines.py --one-block      # only texts with a block of 1,000+ characters

For each text: its non-blank lines, blank lines, the median and longest line, the
width it is hard-wrapped at (- when its lines are not wrapped), the blocks by kind
(paragraphs, headings, list items) and the longest block. A text of many lines read
as one long block is one whose paragraphs the rules cannot tell apart: read it with
``lint-med show FILE``. See docs/plain-text.md. Set 5's texts (``web5-*``) are left
out unless named: that set is scored blind.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CACHE = ROOT / "benchmarks" / "realworld" / "cache"


def describe(path: Path) -> dict:
    from lint_med.decoding import decode
    from lint_med.parsers import text

    source = decode(path.read_bytes())
    doc = text.parse(source, str(path), {})
    lines = [line for line in source.splitlines() if line.strip()]
    blank = sum(1 for line in source.splitlines() if not line.strip())
    kinds = Counter(block.kind for block in doc.blocks)
    return {
        "lines": len(lines), "blank": blank,
        "median": int(statistics.median(map(len, lines))) if lines else 0,
        "longest": max(map(len, lines), default=0), "wrap": text._wrap_width(text._lines(source)),
        "paragraphs": kinds["paragraph"], "headings": kinds["heading"], "items": kinds["list_item"],
        "longest_block": max((len(b.text) for b in doc.blocks), default=0),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--one-block", action="store_true", help="only texts with a block of 1,000+ characters")
    args = parser.parse_args(argv)
    files = args.files or sorted(p for folder in ("pages", "careful") for p in (CACHE / folder).glob("*.txt")
                                 if not p.name.startswith("web5-"))
    print(f"{'text':48} {'lines':>5} {'blank':>5} {'median':>6} {'longest':>7} {'wrap':>4} "
          f"{'para':>4} {'head':>4} {'item':>4} {'block':>6}")
    for path in files:
        row = describe(path)
        if args.one_block and row["longest_block"] < 1000:
            continue
        print(f"{path.name[:48]:48} {row['lines']:5} {row['blank']:5} {row['median']:6} {row['longest']:7} "
              f"{row['wrap'] or '-':>4} {row['paragraphs']:4} {row['headings']:4} {row['items']:4} "
              f"{row['longest_block']:6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
