"""Readability: prose harder to read than the audience's reading level."""

from __future__ import annotations

import functools
import re
import statistics
import warnings
from dataclasses import dataclass

from lint_med import Hit, Option, rule

from ._data import load

# textstat counts syllables with the CMU Pronouncing Dictionary when the language's root
# is "en"; loading it costs about a second per process (too slow for a pre-commit hook).
# Any other root makes it fall back to pyphen's hyphenation dictionary, which "en-US"
# (hyphen, not underscore) selects: pyphen maps it to en_US, textstat's tables fall
# back to English. Pyphen undercounts some syllables, so grades come out somewhat
# lower than with the CMU dictionary (measured: see the rule documentation).
TEXTSTAT_LANG = "en-US"

_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
_CITATION = re.compile(r"\[\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*\]|\(\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*\)"
                       r"|[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_INNER_STOP = re.compile(r"[.!?]+(?=.)")  # a period inside a sentence: abbreviation or decimal
_REFERENCE_ENTRY = re.compile(r"\bdoi\b|\bPMID\b|\bPMC\d|\bet al\.|\b(?:19|20)\d\d\s*[;:]\s*\d|\bRetrieved\b", re.I)
_PROSE_KINDS = ("paragraph", "list_item", "quote")


@functools.lru_cache(maxsize=1)
def _reference_headings() -> re.Pattern:
    titles = load("readability_excluded_sections")["headings"]
    return re.compile(r"^\W*(?:" + "|".join(titles) + r")\W*$", re.I)


@functools.lru_cache(maxsize=1)
def _textstat():
    """A private textstat instance set to count syllables with pyphen (imported lazily)."""
    from textstat.textstat import textstatistics

    stats = textstatistics()
    stats.set_lang(TEXTSTAT_LANG)
    return stats


def is_english(doc) -> bool:
    """The grade formulas are calibrated on English; a page declaring another language is skipped."""
    lang = str(doc.meta.get("lang") or "en").strip().lower()
    return lang.startswith("en") or lang in ("", "und")


def measured_blocks(doc) -> list:
    """The prose blocks readability is measured on: no headings, tables or reference lists."""
    excluded = _reference_headings()
    blocks = []
    for block in doc.blocks:
        if block.kind not in _PROSE_KINDS:
            continue
        section = block.section
        if section is not None and section.heading is not None and excluded.match(section.heading.text):
            continue
        if block.kind == "list_item" and _REFERENCE_ENTRY.search(block.text):
            continue
        blocks.append(block)
    return blocks


def prose_text(blocks) -> tuple[str, int, int]:
    """Plain prose for textstat: one sentence per our own sentence split, with URLs and
    citation markers removed. Returns the text, its word count and sentence count."""
    sentences = []
    words = 0
    for block in blocks:
        for sentence in block.sentences:
            text = _CITATION.sub(" ", _URL.sub(" ", sentence.text))
            # keep our sentence boundaries: textstat would split at "e.g." or "4.5"
            text = _INNER_STOP.sub(lambda m: "" if m.group() == "." else ",", text.strip())
            count = len(text.split())
            if count < 3:  # fragments ("Share", "Next") say nothing about reading level
                continue
            if text[-1] not in ".!?":
                text += "."
            sentences.append(text)
            words += count
    return " ".join(sentences), words, len(sentences)


@dataclass
class Grade:
    grade: float
    formulas: dict[str, float]


def grade_of(text: str, sentence_count: int, min_smog_sentences: int = 30) -> Grade:
    """The median of several grade-level formulas (SMOG only with enough sentences)."""
    stats = _textstat()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "no easy words vocabulary for en-US, using english"
        formulas = {
            "Flesch-Kincaid": stats.flesch_kincaid_grade(text),
            "Coleman-Liau": stats.coleman_liau_index(text),
            "Gunning fog": stats.gunning_fog(text),
        }
        if sentence_count >= min_smog_sentences:
            formulas["SMOG"] = stats.smog_index(text)
    return Grade(round(statistics.median(formulas.values()), 1), formulas)


def _describe(grade: Grade) -> str:
    parts = ", ".join(f"{name} {value:.1f}" for name, value in grade.formulas.items())
    return f"median of {parts}"


_OPTIONS = {
    "target_grade": Option(8, "the US school grade the prose should not exceed (NIH and AMA advise "
                              "grade 6-8 for patient materials)"),
    "min_words": Option(100, "prose shorter than this many words is not measured"),
}


@rule("LM921", "reading-grade", category="readability", severity="warning", options=dict(_OPTIONS))
def reading_grade(doc, options):
    """Report an article whose prose reads above the target school grade.

    ## What it does
    Measures the reading grade of the article's prose with textstat: the median of
    the Flesch-Kincaid grade, the Coleman-Liau index, the Gunning fog index and, when
    the prose has at least 30 sentences, the SMOG grade. Headings, tables, reference
    lists (sections titled References, Sources, ... and list items that look like
    reference entries), URLs and citation markers ("[3]", "(11)") are left out, and
    the article's own sentence split is used, so "e.g." and "4.5 mg" do not cut
    sentences short. Prose under `min_words` words is not measured, nor an article
    that declares a language other than English (HTML `lang`, front matter). The finding is
    reported at the first measured block, with the grade and the target.

    Syllables are counted with pyphen's hyphenation dictionary, not the CMU
    Pronouncing Dictionary textstat prefers for English: loading the latter takes
    about a second per run, too slow for a pre-commit hook. Hyphenation points
    undercount some syllables, so Flesch-Kincaid and Gunning fog come out about one
    grade lower than with the CMU dictionary (Coleman-Liau counts letters and is
    unchanged); the reported grade errs on the lenient side. Drug and disease names
    ("hepatotoxicity", "naltrexone") raise every formula, since the formulas count
    long words and syllables: a technical article cannot reach grade 8, but it can
    come close with short sentences and plain words around the technical terms.

    ## Why is this bad?
    Half of adults read at or below the level of a US eighth grader, and readers with
    low health literacy understand less of what they read about their treatment. The
    NIH and the AMA advise writing patient materials at grade 6 to 8; most online
    health information is written well above it.

    ## Example
    ```text
    Pharmacological modulation of endogenous opioidergic signalling via transient
    receptor antagonism has been hypothesised to potentiate analgesic efficacy.
    ```

    ## Use instead
    ```text
    The medicine blocks pain signals for a few hours. The body may answer by making
    more of its own painkillers.
    ```

    ## References
    - NIH, National Institutes of Health, "Clear & Simple: Developing Effective Print
      Materials for Low-Literate Readers" (grade 8 or lower).
    - Weiss BD, "Health Literacy and Patient Safety: Help Patients Understand", AMA
      Foundation manual, 2nd ed. 2007 (grade 6 or lower).
    - Badarudeen & Sabharwal, "Assessing readability of patient education materials",
      Clin Orthop Relat Res 2010;468:2572 (PMC3049622); Rooney et al., "Readability of
      patient education materials from high-impact medical journals", 2019 (PMC6334864).
    - textstat (github.com/textstat/textstat): formulas; pyphen (hyphenation dictionaries).
    """
    if not is_english(doc):
        return
    blocks = measured_blocks(doc)
    text, words, sentences = prose_text(blocks)
    if words < int(options.min_words) or not sentences:
        return
    grade = grade_of(text, sentences)
    target = float(options.target_grade)
    if grade.grade <= target:
        return
    first = next(b for b in blocks if len(b.text.split()) >= 3)
    yield Hit(
        first,
        f"The article reads at about grade {grade.grade:g} ({_describe(grade)}); "
        f"the target is grade {target:g}",
        span=(0, min(len(first.text), 60)),
        suggestion="Shorten sentences and use everyday words around the technical terms",
    )


@rule("LM922", "section-reading-grade", category="readability", severity="info", options={
    **_OPTIONS,
    "min_words": Option(100, "sections with fewer words of prose are not measured"),
    "margin": Option(4, "report sections this many grades or more above the target"),
    "top": Option(3, "report at most this many sections, the hardest first"),
})
def section_reading_grade(doc, options):
    """Point out the sections that read far above the target grade.

    ## What it does
    Measures each section (the blocks under a heading) the way `LM921` measures the
    article, and reports the `top` hardest sections whose grade is at least `margin`
    grades above `target_grade`, at the section's heading. Only sections with at least
    `min_words` words of prose count, and only when the article has two such sections
    or more (otherwise `LM921` says it all). See `LM921` for how text is selected and
    how syllables are counted.

    ## Why is this bad?
    A hard section loses readers even in an article that is plain elsewhere; knowing
    which sections are hardest tells an editor where rewriting pays most.

    ## Example
    ```text
    ## How it works
    Pharmacological modulation of endogenous opioidergic signalling ...
    ```

    ## Use instead
    ```text
    ## How it works
    The medicine blocks pain signals for a few hours ...
    ```

    ## References
    - NIH "Clear & Simple"; Weiss BD, AMA Foundation health literacy manual (2007);
      PMC3049622; PMC6334864 (see `LM921`).
    """
    if not is_english(doc):
        return
    target = float(options.target_grade)
    measured = set(map(id, measured_blocks(doc)))
    scored = []
    for section in doc.sections:
        blocks = [b for b in section.blocks if id(b) in measured]
        if sum(len(b.text.split()) for b in blocks) < int(options.min_words):
            continue
        text, words, sentences = prose_text(blocks)
        if words < int(options.min_words) or not sentences:
            continue
        scored.append((section, grade_of(text, sentences)))
    if len(scored) < 2:
        return
    hard = [(s, g) for s, g in scored if g.grade >= target + float(options.margin)]
    hard.sort(key=lambda item: -item[1].grade)
    for section, grade in hard[: max(0, int(options.top))]:
        where = f'"{section.title}"' if section.heading else "The opening section"
        yield Hit(
            section,
            f"{where} reads at about grade {grade.grade:g} ({_describe(grade)}); "
            f"the target is grade {target:g}",
            suggestion="Rewrite this section first: shorter sentences, everyday words",
        )
