"""Who speaks on a page: a seller or provider about its own product, reference, news or forum.

A per-document signal for rules whose verdict depends on the speaker: the same benefit sentence
("magnesium supports deep sleep") is a promise in a shop's own voice and a report in a news story
or a reference page. Computed once per document from the cue lists of `data/pagekind_cues.toml`;
`PageKind.evidence` lists what decided it (for `--explain` and the docs). In order:

- news: at least `news_min` distinct news cues (said-attribution, datelines, wire credits), or
  reporting words ("said", "study", "researchers") at `reporting_rate` per 1,000 words or more;
- forum: at least `forum_min` distinct forum cues ("posted by", "replies");
- reference: at least `reference_min` distinct reference sections or bylines ("side effects",
  "reviewed by", "references"), or hedge words ("may", "could") at `hedge_rate` per 1,000 words;
- seller: a seller cue (a price, the cart, "our clinic", "book a consultation", a discount code,
  an affiliate disclosure) or a promotion cue (we/our, advertising praise, a trademark sign, the
  forms a product is sold in), the rest failing;
- other.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lint_med import per_document

from . import _speech
from ._data import load

_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class PageKind:
    """The page's kind ("seller", "reference", "news", "forum" or "other") and what decided it."""

    kind: str
    evidence: tuple[str, ...]

    @property
    def sells(self) -> bool:
        """Whether the page speaks as a seller or provider of its own product or service."""
        return self.kind == "seller"

    @property
    def may_promote(self) -> bool:
        """Whether the page may speak for what it sells: a seller's page, or one with no cue of a
        careful voice (reference, news, forum). A shop's blog post saved as its first 2,000
        characters rarely shows its prices or cart, so the absence of careful cues counts too."""
        return self.kind in ("seller", "other")

    def explain(self, most: int = 0) -> str:
        """The verdict and its evidence ("seller page ($24.99; Add to cart)"); `most` cues if given."""
        cues = self.evidence[:most] if most else self.evidence
        if self.kind == "other":
            return "no cue of a reference page, news report or forum"
        return f"{self.kind} page ({'; '.join(cues)})"


def _cue_regex(cues) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(cues) + r")(?!\w)", re.I)


def _family_regex(cues) -> re.Pattern:
    """One regex for a family, each cue a group of its own: one pass over the text tells which
    cues it holds (a regex per cue cost a pass each)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(f"({cue})" for cue in cues) + r")(?!\w)", re.I)


@functools.lru_cache(maxsize=None)
def _patterns() -> tuple:
    """For each family of cues, one regex whose groups are its cues (distinct cues are counted);
    for the hedges and reporting words, one regex (matches are counted)."""
    data = load("pagekind_cues")
    each = {name: _family_regex(data[name]) for name in ("seller", "reference", "news", "forum")}
    whole = {"hedges": _cue_regex(data["hedges"]), "reporting": _cue_regex(_speech.words("news_reporting"))}
    promotion = {name: (_cue_regex(cues) if cues[0].isalpha() else re.compile("|".join(map(re.escape, cues))),
                        data["promotion_min"][name])
                 for name, cues in data["promotion"].items()}
    return each, whole, promotion, data


def _distinct(pattern: re.Pattern, text: str) -> list[str]:
    """The first match of each cue (group) of a family's regex that the text holds."""
    first: dict[int, str] = {}
    for match in pattern.finditer(text):
        first.setdefault(match.lastindex, match.group())
    return [first[index] for index in sorted(first)]


def _rate(pattern: re.Pattern, text: str, words: int, least: int) -> float:
    """Matches per 1,000 words; 0 under `least` matches (a rate of a few words in a short page is noise)."""
    found = len(pattern.findall(text))
    return found * 1000 / words if found >= least else 0.0


def classify(text: str) -> PageKind:
    """The kind of a page from its text (see the module's docstring)."""
    each, whole, promotion, data = _patterns()
    words = max(1, len(_WORDS.findall(text)))
    news = _distinct(each["news"], text)
    reporting = _rate(whole["reporting"], text, words, data["least_matches"])
    if len(news) >= data["news_min"] or reporting >= data["reporting_rate"]:
        return PageKind("news", tuple(news) + (f"{reporting:.1f} reporting words per 1,000",))
    forum = _distinct(each["forum"], text)
    if len(forum) >= data["forum_min"]:
        return PageKind("forum", tuple(forum))
    reference = _distinct(each["reference"], text)
    hedging = _rate(whole["hedges"], text, words, data["least_matches"])
    if len(reference) >= data["reference_min"] or hedging >= data["hedge_rate"]:
        return PageKind("reference", tuple(reference) + (f"{hedging:.1f} hedge words per 1,000",))
    seller = _distinct(each["seller"], text)
    promoted = [f"{name}: {', '.join(dict.fromkeys(m.lower() for m in found))}"
                for name, (pattern, least) in promotion.items()
                if len(found := pattern.findall(text)) >= least]
    if seller or len(promoted) >= data["promotion_cues_min"]:
        return PageKind("seller", tuple(seller) + tuple(promoted))
    return PageKind("other", ())


@per_document
def page_kind(doc) -> PageKind:
    """The document's PageKind, computed once per document."""
    return classify(doc.body_text)
