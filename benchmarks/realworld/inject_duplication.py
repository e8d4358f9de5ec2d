"""Repeat part of a real health article in itself and check that lint-med finds the copy.

    python benchmarks/realworld/inject_duplication.py               # the table: found / injected per kind and format
    python benchmarks/realworld/inject_duplication.py --misses      # also every copy lint-med did not find
    python benchmarks/realworld/inject_duplication.py --kind spun-paragraph --format html --misses

The duplicated content that scraped, spun and stitched pages carry, made from the host's own text (the hosts
of inject.py: the 120 health-news texts as text, Markdown and HTML, and the real HTML health pages of
readability-test-pages, read at run time; nothing third-party is stored):

- paragraph-twice: a body paragraph printed again, word for word, after a later one;
- spun-paragraph: the same, with common words swapped for near-synonyms (``inject_duplication.toml``), as
  spinning software rewrites a copied paragraph;
- sentence-twice / spun-sentence: one sentence of a paragraph written again, as is or spun, at the end of a
  later paragraph;
- intro-as-conclusion: the first paragraph, lightly spun, printed again as the last one after "In conclusion,";
- prose-as-list: a paragraph's sentences printed again, one list item each, after a later paragraph;
- page-twice: the whole body pasted again after itself (a scraper's double copy).

A copy is found when a duplication finding overlaps it. Two controls count false alarms: the untouched hosts
(every duplication finding on them) and `title-twice`, the title printed again as the first body line, which
is page furniture, not duplicate content (every duplication finding touching it is a false alarm).
A block in two languages is not injected: a translation printed beside its original is the page serving two
readerships, and no word of it repeats.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inject import FORMATS, HEALTH_NEWS, SEED, Host, _offsets, lint, news_hosts, page_hosts  # noqa: E402

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
KINDS = ("paragraph-twice", "spun-paragraph", "sentence-twice", "spun-sentence", "intro-as-conclusion",
         "prose-as-list", "page-twice")
CONTROL_KIND = "title-twice"
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[A-Za-z]+")


def spin(text: str, synonyms: dict, rng: random.Random, rate: float = 0.8) -> tuple[str, int]:
    """`text` with words of the synonym table swapped (each with probability `rate`), outside tags and
    entities; returns the text and the number of words swapped."""
    swapped = 0

    def swap(match: re.Match) -> str:
        nonlocal swapped
        word = match.group()
        choices = synonyms.get(word.lower())
        if not choices or rng.random() >= rate:
            return word
        swapped += 1
        new = rng.choice(choices)
        return new[0].upper() + new[1:] if word[0].isupper() else new

    parts = re.split(r"(<[^>]+>|&[#\w]+;)", text)
    return "".join(p if i % 2 else _WORD.sub(swap, p) for i, p in enumerate(parts)), swapped


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph's plain text (a simple splitter: the copy need not match lint-med's)."""
    cuts = [m.end() for m in re.finditer(r"[.!?][\"”’)]?(?=\s+[A-Z\"“])", text)]
    out = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)])]
    return [s for s in out if s]


def plain(host: Host, span: tuple[int, int]) -> str:
    """The visible text of a paragraph span (HTML: tags dropped, entities kept escaped)."""
    text = host.source[span[0]:span[1]]
    return " ".join(_TAG.sub(" ", text).split()) if host.fmt == "html" else text


def block(host: Host, text: str) -> str:
    """A paragraph of `text` (already in the host's source form) as a block of the host's format."""
    return f"<p>{text}</p>" if host.fmt == "html" else text


def as_list(host: Host, items: list[str]) -> str:
    if host.fmt == "html":
        return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    return "\n".join(f"- {item}" for item in items)


def insert_after(host: Host, span: tuple[int, int], snippet: str) -> tuple[str, int, int]:
    """The host with `snippet` as a block of its own after the paragraph at `span`; the snippet's span."""
    end = span[1]
    if host.fmt == "html":
        end = host.source.find(">", end) + 1  # after the paragraph's closing tag
        text = "\n" + snippet
    else:
        text = "\n\n" + snippet
    start = end + len(text) - len(snippet)
    return host.source[:end] + text + host.source[end:], start, start + len(snippet)


def make(kind: str, host: Host, rng: random.Random, synonyms: dict, openings: list[str]):
    """(source, start, end, snippet) of one injection, or None when the host has no place for it."""
    paragraphs = [s for s in host.paragraphs if len(plain(host, s).split()) >= 25]
    if len(paragraphs) < 3:
        return None
    if kind == CONTROL_KIND:
        first = host.paragraphs[0]
        if host.fmt == "html":
            title = re.search(r"<title>(.*?)</title>", host.source, re.S)
            if not title or not title.group(1).strip():
                return None
            heading = " ".join(title.group(1).split())
        else:
            heading = host.source.split("\n", 1)[0].lstrip("# ")
        start = first[0] - (3 if host.fmt == "html" else 0)  # before the first paragraph (and its <p>)
        snippet = block(host, heading)
        new = host.source[:start] + snippet + ("\n" if host.fmt == "html" else "\n\n") + host.source[start:]
        return new, start, start + len(snippet), snippet
    if kind == "page-twice":
        if host.fmt == "html" and host.name.startswith("pages/"):
            return None  # a whole real page's markup is not pasted twice inside itself
        body = [block(host, host.source[s:e]) for s, e in host.paragraphs]
        snippet = ("\n" if host.fmt == "html" else "\n\n").join(body)
        return insert_after(host, host.paragraphs[-1], snippet) + (snippet,)
    if kind == "intro-as-conclusion":
        first = paragraphs[0]
        text, _ = spin(host.source[first[0]:first[1]] if host.fmt != "html" or host.name.startswith("health-news")
                       else plain(host, first), synonyms, rng, rate=0.3)
        opening = rng.choice(openings)
        snippet = block(host, opening + text[0].lower() + text[1:])
        return insert_after(host, host.paragraphs[-1], snippet) + (snippet,)
    source_index = rng.randrange(0, len(paragraphs) - 1)
    origin = paragraphs[source_index]
    later = rng.choice(paragraphs[source_index + 1:])
    # real pages carry inline markup: their copies are made of the visible text
    text = host.source[origin[0]:origin[1]] if host.name.startswith("health-news") else plain(host, origin)
    if kind in ("paragraph-twice", "spun-paragraph"):
        if kind == "spun-paragraph":
            text, swapped = spin(text, synonyms, rng)
            if not swapped:
                return None
        snippet = block(host, text)
        return insert_after(host, later, snippet) + (snippet,)
    parts = [s for s in sentences(text) if len(s.split()) >= 8]
    if kind == "prose-as-list":
        if len(parts) < 2:
            return None
        snippet = as_list(host, parts)
        return insert_after(host, later, snippet) + (snippet,)
    # a sentence written again at the end of a later paragraph
    parts = [s for s in parts if len(s.split()) >= 12 and s[-1:] in ".!?\"”"]
    if not parts:
        return None
    snippet = rng.choice(parts)
    if kind == "spun-sentence":
        snippet, swapped = spin(snippet, synonyms, rng)
        if not swapped:
            return None
    end = later[1]
    new = host.source[:end] + " " + snippet + host.source[end:]
    return new, end + 1, end + 1 + len(snippet), snippet


def duplication_at(source: str, start: int, end: int, findings: list) -> list:
    span = _offsets(source)
    return [f for f in findings if f.category == "duplication" and span(f)[0] < end and span(f)[1] > start]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-cell", type=int, default=30, help="health-news hosts per kind and format")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--kind", choices=(*KINDS, CONTROL_KIND), action="append")
    parser.add_argument("--format", choices=FORMATS, action="append")
    parser.add_argument("--misses", action="store_true", help="list every copy not found and every false alarm")
    args = parser.parse_args(argv)
    if not HEALTH_NEWS.is_dir():
        print(f"{HEALTH_NEWS} not found: nothing to inject into", file=sys.stderr)
        return 0
    from lint_med.engine import Linter, Overrides

    linter = Linter(Overrides(isolated=True))
    words = tomllib.loads((HERE / "inject_duplication.toml").read_text(encoding="utf-8"))
    synonyms, openings = words["synonyms"], words["openings"]
    kinds = args.kind or [*KINDS, CONTROL_KIND]
    formats = args.format or list(FORMATS)
    rng = random.Random(args.seed)
    hosts = {fmt: news_hosts(fmt) for fmt in FORMATS}
    hosts["html"] += page_hosts()
    table: dict[tuple[str, str], list[int]] = {}
    misses = []
    for kind in (*KINDS, CONTROL_KIND):  # every kind draws, so a kind's draw does not depend on --kind
        for fmt in FORMATS:
            news = [h for h in hosts[fmt] if h.name.startswith("health-news/")]
            chosen = rng.sample(news, min(args.per_cell, len(news)))
            chosen += [h for h in hosts[fmt] if h.name.startswith("pages/")]
            made = [(host, make(kind, host, rng, synonyms, openings)) for host in chosen]
            if kind not in kinds or fmt not in formats:
                continue
            for host, injection in made:
                if injection is None:
                    continue
                source, start, end, snippet = injection
                findings = lint(linter, source, host.name, fmt)
                hit = duplication_at(source, start, end, findings)
                cell = table.setdefault((kind, fmt), [0, 0])
                cell[0] += bool(hit)
                cell[1] += 1
                if bool(hit) == (kind == CONTROL_KIND):
                    misses.append((kind, fmt, host.name, snippet, hit))
    alarms = []
    control = {fmt: [0, 0] for fmt in formats}
    for fmt in formats:
        for host in hosts[fmt]:
            found = [f for f in lint(linter, host.source, host.name, fmt) if f.category == "duplication"]
            control[fmt][0] += 1
            control[fmt][1] += bool(found)
            alarms += [(fmt, host.name, f) for f in found]

    print(f"Copies found where they were put (seed {args.seed}, up to {args.per_cell} health-news hosts per cell, "
          f"plus the real health pages in HTML)")
    print(f"{'kind':<20} " + " ".join(f"{fmt:>9}" for fmt in formats) + f" {'all':>9}")
    total = [0, 0]
    for kind in kinds:
        cells, row = [], [0, 0]
        for fmt in formats:
            got, made = table.get((kind, fmt), (0, 0))
            cells.append(f"{got}/{made}" if made else "-")
            row[0] += got
            row[1] += made
        if kind != CONTROL_KIND:
            total[0] += row[0]
            total[1] += row[1]
        label = f"{kind} (control)" if kind == CONTROL_KIND else kind
        print(f"{label:<20} " + " ".join(f"{c:>9}" for c in cells) + f" {row[0]}/{row[1]}".rjust(10))
    print(f"{'all copies':<20} " + " " * (10 * len(formats)) + f" {total[0]}/{total[1]}".rjust(10))
    print("\nControls (the hosts untouched): documents with a duplication finding")
    for fmt, (docs, flagged) in control.items():
        print(f"{fmt:<10} {flagged}/{docs}")
    if args.misses:
        for kind, fmt, name, snippet, hit in misses:
            what = "FALSE" if kind == CONTROL_KIND else "MISS"
            print(f"\n{what}  {kind}  {fmt}  {name}\n  injected: {html.unescape(snippet)[:300]}")
            for f in hit:
                print(f"  {f.line}:{f.column} {f.code} {f.message}")
        for fmt, name, f in alarms:
            print(f"\nCONTROL {fmt} {name} {f.line}:{f.column} {f.code} {f.message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
