"""Disclaimer: the article says it informs and does not replace a clinician."""

from __future__ import annotations

import functools
import re

from lint_med import Hit, Option, rule

from ._data import load


@functools.lru_cache(maxsize=None)
def _patterns(extra: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(strong, general consult, contextual consult, context) regexes, compiled once per option set."""
    data = load("disclaimer_patterns")
    strong = [p for group in data["strong"].values() for p in group] + list(extra)

    def compile_any(patterns) -> re.Pattern:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)

    return (compile_any(strong), compile_any(data["consult"]["general"]),
            compile_any(data["consult"]["contextual"]), compile_any(data["consult"]["context"]))


def find_disclaimer(doc, extra_patterns=()):
    """Return the first block holding a medical disclaimer, or None."""
    strong, general, contextual, context = _patterns(tuple(extra_patterns))
    previous = None
    for block in doc.blocks:
        text = block.text
        if strong.search(text) or general.search(text):
            return block
        if contextual.search(text):
            heading = block.section.heading.text if block.section and block.section.heading else ""
            nearby = " ".join((text, heading, previous.text if previous else ""))
            if context.search(nearby):
                return block
        previous = block
    return None


_INVISIBLE = re.compile(r"<(script|style|template|noscript)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")


def page_has_disclaimer(doc, extra_patterns=()) -> bool:
    """Whether an HTML page carries a disclaimer outside the article (a site footer or box).

    The parser keeps only the article body; a disclaimer the site template prints on
    every page still stands before the reader. Only the standalone phrasings count here.
    """
    if doc.format != "html":
        return False
    import html

    strong, general, _, _ = _patterns(tuple(extra_patterns))
    text = html.unescape(_TAG.sub(" ", _INVISIBLE.sub(" ", doc.source)))
    text = re.sub(r"\s+", " ", text)
    return bool(strong.search(text) or general.search(text))


@rule("LM901", "missing-disclaimer", category="disclaimer", severity="warning", options={
    "required": Option(True, "whether articles must carry a medical disclaimer (false: never report; "
                             "e.g. when the site template adds one outside the linted article)"),
    "extra_patterns": Option([], "more regular expressions that count as a disclaimer "
                                 "(case-insensitive), e.g. your house wording"),
    "search_whole_page": Option(True, "in HTML, also accept a disclaimer outside the article body "
                                      "(a site footer or box the template prints on every page)"),
    "min_words": Option(150, "articles with fewer words of prose are not checked (notes, snippets)"),
})
def missing_disclaimer(doc, options):
    """Report an article with no statement that it is information, not medical advice.

    ## What it does
    Looks anywhere in the article (top, bottom, a box, a "Disclaimer" section) for a
    medical disclaimer: a sentence saying the content is for information only, or is
    not a substitute for professional medical advice, or is not intended to diagnose
    or treat, or tells readers always to consult their doctor. A narrower advice to
    consult ("talk to your doctor before starting any treatment") counts when it
    stands in a disclaimer context: its block, the block before it or its heading
    mentions a disclaimer, medical advice or "this article/information". Passing
    advice inside the text ("talk to your doctor about side effects", "consult your
    healthcare provider to explore adjustments") is not a disclaimer. The finding is
    about the whole article and is reported at line 1. In HTML, a disclaimer
    elsewhere on the page (a site footer the template prints on every page) also
    counts, unless `search_whole_page` is false. Articles shorter than
    `min_words` words are not checked; set `required = false` when your site adds
    the disclaimer outside the linted article (a page template or footer).

    ## Why is this bad?
    Health information on the web must support, not replace, the relationship between
    a reader and their clinician. Quality criteria for health websites (HONcode
    principle 2, "complementarity"; the QUEST tool's complementarity item) ask for an
    explicit statement, and readers acting on an article alone can come to harm.

    ## Example
    ```text
    Low-dose naltrexone may ease pain in fibromyalgia. Talk to your doctor about
    side effects.
    ```

    ## Use instead
    ```text
    This article is for general information only and is not a substitute for
    professional medical advice. Always consult your doctor before starting,
    stopping or changing any treatment.
    ```

    ## References
    - HONcode principle 2, Complementarity (Health On the Net Foundation, hon.ch;
      archived after the foundation closed in December 2022).
    - Robillard et al., "The QUEST for quality online health information: validation of
      a short quantitative tool", BMC Med Inform Decis Mak 2018;18:87 (complementarity item).
    - Pattern list: `data/disclaimer_patterns.toml` (HONcode, QUEST, and the wording
      health publishers commonly use).
    """
    if not options.required:
        return
    if sum(len(b.text.split()) for b in doc.prose_blocks) < int(options.min_words):
        return
    if find_disclaimer(doc, options.extra_patterns) is not None:
        return
    if options.search_whole_page and page_has_disclaimer(doc, options.extra_patterns):
        return
    yield Hit(
        None,
        "The article has no medical disclaimer: nothing says it is information only, not a "
        "substitute for professional medical advice, or that readers should consult a clinician",
        suggestion="Add a short statement, e.g. \"This article is for general information only and "
                   "is not a substitute for professional medical advice. Always consult your doctor "
                   "before starting or changing any treatment.\"",
    )
