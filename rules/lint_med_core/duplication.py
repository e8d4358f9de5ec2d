"""Duplication: the same sentence written twice."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from itertools import chain
from typing import NamedTuple

from lint_med import Hit, Option, rule
from lint_med.document import Sentence

from ._data import literal, load, phrase_pattern
from ._evidence import stretch
from .boilerplate import keyword_headings
from .readability import non_reference_blocks
from .structure import all_quoted

# ASCII text: letters lowercased and every character outside \w made a space, so split() gives
# the words \w+ finds in the lowercased text, with half the work per word. A table of bytes:
# bytes.translate looks each byte up in C, str.translate costs more per character (a sentence
# is split in two thirds of the time, encoding and decoding included).
_ASCII_WORD_BYTES = bytes(ord(chr(c).lower()) if chr(c).isalnum() or chr(c) == "_" else 32 for c in range(128)) \
    + bytes(128)  # the upper half is never read: the text is ASCII
# no-break space, curly quotes and dashes: outside \w, left alone by NFKC (which makes the
# no-break space a space) and never composed with a following mark, so a space in their
# place changes no word
_TYPOGRAPHIC_SPACING = "\u00a0\u2018\u2019\u201c\u201d\u2013\u2014"
_LOWERCASE_WORD = re.compile(r"(?<![\w'’])[a-z]+\b")
_ENDS_SENTENCE = re.compile(r"[.!?…:;।][\"'”’)\]]*\s*$")
# Characters of code, markup and protocol text, rare in prose: SQL or HTTP examples repeat
# their clauses by nature.
_CODE_CHARACTERS = re.compile(r"[{}\[\]=*;<>|/\\]")
# An HTML tag left in the text (an embed code scraped with the page): furniture, not prose.
_MARKUP_TAG = re.compile(r"<[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")


def _words(text: str) -> list[str]:
    """Lowercase words of a sentence, with typographic variants folded (NFKC, dashes, quotes)."""
    if not text.isascii():
        for mark in _TYPOGRAPHIC_SPACING:  # most non-ASCII sentences hold no other non-ASCII
            text = text.replace(mark, " ")
        if not text.isascii():
            text = unicodedata.normalize("NFKC", text)
            if not text.isascii():
                return _unicode_word().findall(text.lower())
    return text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()


# Where the combining marks of the world's scripts lie (Unicode blocks): read once, on the first text that
# needs them (a few milliseconds).
_MARK_BLOCKS = ((0x0300, 0x2000), (0x20D0, 0x2100), (0x2CEF, 0x2E00), (0x3000, 0x3100), (0xA000, 0xAB00),
                (0xFB1E, 0xFB1F), (0xFE00, 0xFE30))


@functools.lru_cache(maxsize=1)
def _unicode_word() -> re.Pattern:
    """A word in any script: letters, digits and the combining marks written on them. Python's \\w leaves
    out the marks (Mn, Mc), so a Hindi, Bengali or Thai word would fall apart at each vowel sign ("नंगे"
    read as "न", "ग"); with them, a word is what a reader of the script sees between spaces."""
    # runs of marks, written as ranges that go on over letters (\\w has them) and stop at any other character:
    # few ranges, so the class compiles in about a millisecond
    ranges: list[list[int]] = []
    for start, stop in _MARK_BLOCKS:
        going_on = False  # whether the last range may take the next mark
        for code in range(start, stop):
            character = chr(code)
            if character.isalnum():
                continue
            if unicodedata.category(character)[0] != "M":
                going_on = False
            elif going_on:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
                going_on = True
    marks = "".join(f"\\u{first:04x}-\\u{last:04x}" for first, last in ranges)
    return re.compile(f"[\\w{marks}]+")


def _shingles(words: list[str], size: int):
    """Runs of `size` words, each as one space-joined string (possibly repeated): words
    hold no spaces, and strings, unlike tuples, are not tracked by the garbage collector
    (tuples made the collector run over the whole heap during long pages)."""
    if len(words) < size:
        return [" ".join(words)]
    if size == 3:  # the default, spelt out: building the list of slices costs a fifth of the rest
        return map(" ".join, zip(words, words[1:], words[2:]))
    return map(" ".join, zip(*[words[i:] for i in range(size)]))  # zip and map run in C


@rule("LM801", "repeated-sentence", category="duplication", severity="warning", options={
    "min_words": Option(8, "sentences shorter than this many words are never compared (short "
                           "sentences repeat for effect: dialogue, rhetorical questions)"),
    "min_line_words": Option(5, "a whole paragraph or line of at least this many words that repeats an "
                                "earlier one word for word is reported even when it is shorter than "
                                "min_words or no sentence (a pasted call-to-action or teaser line)"),
    "min_words_near": Option(12, "sentences shorter than this many words are only compared for exact "
                                 "repeats (near-duplicate scores are unstable on few words)"),
    "similarity": Option(0.65, "word-shingle Jaccard similarity at or above which two sentences "
                              "count as near-duplicates (1.0: exact repeats only)"),
    "shingle_size": Option(3, "words per shingle for near-duplicate comparison (with 3-word shingles, "
                               "0.65 means about one changed word in a long sentence)"),
    "skip_kinds": Option(["table_cell", "quote"], "block kinds never compared (table cells repeat by "
                                                  "design; pull quotes repeat the body on purpose)"),
    "reworded_runs": Option(5, "a sentence sharing this many separate runs of three words or more, in "
                               "the same order, with an earlier one is a reworded repeat (spun text); "
                               "0 turns the test off"),
    "reworded_share": Option(0.4, "the share of each of the two sentences' words those runs must cover"),
    "tell_once": Option(True, "a passage pasted twice, or a sentence written three times or more, is one "
                              "finding; false: one finding per repeated sentence"),
})
def repeated_sentence(doc, options):
    """Report a sentence that repeats an earlier one word for word or nearly so.

    ## What it does
    Compares every sentence of the article's prose (headings excluded) with the
    sentences before it. Two sentences are the same when their words match after
    folding case, punctuation and typographic variants; they are near-duplicates
    when their sets of word shingles (runs of `shingle_size` words) overlap by the
    Jaccard measure at or above `similarity`. Only sentences of at least
    `min_words` words are compared. The second occurrence is reported, and the
    message names the line of the first. A repeat is told once: sentences that copy, one
    after the other, sentences standing one after the other (a paragraph pasted twice) are
    one finding over the copy, and a sentence written three times or more is one finding at
    its second occurrence that names the lines of the further copies (`tell_once`; set it
    to false for one finding per repeated sentence). Reference lists (a References section,
    list items that read like reference entries) are skipped. Near-duplicates are only sought among
    sentences of at least `min_words_near` words that are not mostly a quotation or
    a cited title (cited twice by design), and short fragments without
    sentence punctuation (bylines, labels) are skipped, except that a whole
    line of at least `min_line_words` words, not a sentence, that repeats an
    earlier one word for word between paragraphs of running text is reported (a
    call-to-action or teaser line pasted twice, "Advertisement: keep reading the
    story below"); and a line, ending no sentence, printed three times or more in a row (a
    promo line a template pasted again and again) is one finding, whatever stands around it,
    unless it is the page's title, a figure caption, or shorter than four words. Below that
    bar: a lone "Advertisement", names and captions (fewer
    than three lowercase words), the title repeated as the first line,
    furniture among a page's widgets, and keyword headings (LM402 reports those). Table cells and block quotes are skipped
    (`skip_kinds`). Comparison goes through an index of shingles, so the cost grows
    with the number of sentences, not with its square.

    A sentence that rewords an earlier one is reported too: spinning software swaps
    words and phrases for synonyms and keeps the rest, so the two versions share at
    least `reworded_runs` separate runs of three words or more, in the same order,
    covering `reworded_share` of the longer sentence, while their shingle overlap
    stays below `similarity`. A lightly spun sentence is one too: three runs or more cover
    60% of the longer, and between them (and before and after) stand at most three words on
    either side, none a number or a name (a capital that opens no sentence): sentences built
    on one template differ in their facts (a dose, a brand, a place), which spinners keep.
    A sentence spun throughout is one too: a word swapped every few words, so the runs kept are
    of two words or more, but they cover 70% of the longer sentence, at three places or more, each
    of at most three words on either side (five before the first run: "To sum up, ..."), none
    holding a number or a negation, and a name at one place at most, a word swapped inside a longer
    name whose other words stand beside it ("New York" / "Fresh York"); a template swaps a whole
    name, or differs at one or two places. No test of near repeats (near-duplicate, contained, spun, phrase
    swapped, restated, requoted, relabelled) takes two sentences holding a different number of negations
    ("lowers blood pressure" / "does not lower blood pressure", "can help" / "can't help"; English, Spanish,
    French, German, Indonesian and Portuguese words in `data/duplication_swaps.toml`, and "n't"): they say
    opposite things.
    A sentence copied with a phrase swapped or left out is one too: the two differ at one or
    two places of at most three words on either side, at most one of them a swap of function
    words ("such as" for "including"), the other a phrase left out, with no number, name or
    negation there (a template swaps a content word; a restatement swaps at two places); and so
    is a shorter sentence that is such a copy of a stretch of a longer earlier one, opening on the
    stretch's first word and ending on its last (a summary sentence copied out of a scraped run-on
    paragraph; sentences sharing a middle but not their openings restate each other).
    A spun restatement is one too, from `min_words` words: two sentences far apart (two blocks or
    more between them, not items of one list) that open on the same two words and the same three
    content words, and keep, in runs of two or more, at least six of their content words in the same
    order, 60% of the shorter's (words compared on their first five letters: "medical" and
    "medicinal"), with at most three words swapped at each place between the runs and no number or
    name among them: a spinner swaps words for synonyms and cuts clauses; a frame ("Tell your doctor
    straight away if you notice...") changes its subject words, a template its facts.
    A body sentence restating the lede's finding, or an
    institution's name written twice, shares one or two runs and is not reported;
    code, markup and protocol examples (more than two of the characters
    `{}[]=*;<>|/` or a backslash) are skipped. A sentence holding an HTML tag (an
    audio player's embed code scraped with the text) is never compared.

    A quotation said again is one too: a sentence whose quotation (its longest passage in quotation marks,
    English, German or French, of `min_words_near` words or more) keeps in the same order three quarters of
    the words of an earlier sentence's quotation, at places of at most three words on either side, no number
    or negation changed, the speaker named in any words ("said Dr. Lind" / "Lind told the paper", or cut at
    "said Dr."), unless both sentences name people and none in common (testimonials on one template). Only
    quotations are compared with quotations: a writer's sentence and the expert's quotation saying it are
    reporting. A title in headline case cited twice ('Click here to read "<title>"' / 'Article: "<title>"'),
    a caption quoting the body and a block that is all one quotation (a pull quote) are not compared.

    A block said again under the same label is one too: a paragraph (or a line plain text reads as a
    heading) opening with a label (one to three words and a colon) that shares a word with another block's
    label (one opening it, or a heading or short line right above it: "CLAIM" above one, "FULL CLAIM:"
    opening the other; "Verdict:" and "Our verdict:"), when, the labels left out, the shorter holds eight different content
    words or more, 80% of them stand in the other in the same order, the other holds all its numbers and
    the two are not word for word the same (those are the sentence tests' to judge): a fact-check's or
    product card's label block printed twice, reworded a little. It is reported only where no sentence of
    it is reported already. Sections of one template with other facts (a dose for each use), a summary in
    new words, an abstract and its results are not such copies.

    A short sentence (`min_words` to `min_words_near` words) that opens its block (a standfirst,
    a box, a pull quote) is compared for one form: the same sentence with a phrase added or left
    out at one or two places, in any script ("Here are five benefits..." / "Besides waking you up,
    here are five benefits..."); a word swapped or moved, a question, or a claim reported
    ("Sellers claim...", `reporting` in `data/duplication_swaps.toml`) makes another sentence.
    Words are letters, digits and the combining marks on them (Hindi, Bengali, Thai), and a
    danda ("।") ends a sentence here.

    Two more repeats are reported: a sentence all of whose shingles lie inside one
    longer earlier sentence (Broder's containment: a box that repeats a sentence of
    the body, where the splitter joined two of its sentences into one), not the other
    way round (a subtitle restated in the first paragraph; a pull quote printed before
    the quotation it is cut from, furniture like a block quote); and a run of four or more
    words, three of them different, said twice in a row and written the same way
    ("wear loose clothing wear loose clothing": list items pasted twice and run
    together), except the title said twice at the top of the page and code. A sentence
    that opens on a restatement ("Simply put", "In short"; `data/duplication_restating.toml`)
    and copies the sentence before it (a run of five words or more, runs of three or more
    covering half of the shorter, both 12+ words) says it again; a restatement in other
    words ("In other words, one in three...") is normal writing and is not reported. A
    sentence pasted against the next with no space ("...settles on its own.Soreness is
    common") is split there, so a copy glued to the sentence after it is found too; and a sentence that
    ends with an earlier one word for word, opening on its capital right after a word or number with no
    mark between them (pasted whole onto a line closing no sentence, a citation ending on its DOI, so the
    two read as one), is a near repeat. An
    opening paragraph that is the start of a later one (a blog's teaser above its post, cut
    off mid-sentence, or a newsletter's preview line, its first sentence; kept when the page
    is copied as text) is not compared: furniture above the text it previews, unless it is a
    standfirst, one whole sentence standing above the article's first heading, printed again as
    the first sentence of a later paragraph (the lede said twice, in any language; reported); nor is a summary
    above the article (a standfirst) that opens on the sentence a later paragraph opens on,
    both going on in other words. Nor are a
    headline printed again above the running text (a line ending no sentence or asking one
    question, as the page's title and its heading are both kept when a page is copied as text;
    a caption or lede printed twice ends a sentence and is reported), a headline printed again
    anywhere with a label of up to three words, in any language ("Video: <title>"), a footnote that restates the claim it
    marks (a paragraph opening on "**", "†" or "‡"), the second copy of a list of titles printed
    twice (a table of contents, once per layout: three items or more, each of at most 15 words
    and none ending on a full stop; a list of sentences pasted twice is reported), and, for near
    repeats, a list's lead-in
    ("Tell your doctor about your medicines, especially:"), which its items finish: a
    summary's whole sentence that opens the same way says something else.

    ## Why is this bad?
    Repeated sentences are a mark of content assembled from fragments (scraped,
    spun or machine-generated pages stitched together). Search engines treat such
    pages as low-value scaled content, and readers lose trust in an article that
    says the same thing twice in the same words.

    ## Example
    ```text
    A marked benefit for mood was observed in the treated group.
    ...
    - A marked benefit for mood was observed in the treated group.
    ```

    Reworded: "Zinc lozenges are tablets that dissolve slowly in the mouth..." and,
    under the next heading, "Zinc lozenges are pills that melt slowly in the
    mouth...", the rest of the long sentence kept.

    ## Use instead
    Say it once, where it belongs; in a summary, rephrase instead of copying.

    ## References
    - Ntoulas et al., "Detecting spam web pages through content analysis", WWW 2006
      (repetition and compressibility as spam signals).
    - Google Search spam policies, "Scaled content abuse"
      (developers.google.com/search/docs/essentials/spam-policies).
    - Broder, "On the resemblance and containment of documents", 1997 (word-shingle
      Jaccard resemblance).
    - Ratcliff and Obershelp's matching blocks (Python's `difflib.SequenceMatcher`) for
      the runs two reworded sentences share; on spun content, Zhang, Wang and Voelker,
      "DSpin: Detecting automatically spun content on the web", NDSS 2014.
    """
    found = list(_repeats(doc, options))
    relabelled = [item for item in found if isinstance(item, _Relabelled)]
    if relabelled:
        found = [item for item in found if not isinstance(item, _Relabelled)]
    hits = list(_told_once(doc, found)) if options.tell_once else \
        [_hit(doc, item.sentence, item.first, exact=item.exact) if isinstance(item, _Repeat) else item for item in found]
    yield from hits
    # a block said again under its label, where no sentence of it is reported already
    reported = [hit.at.source_span() for hit in hits if hit.at is not None]
    for copy, first in relabelled:
        start, end = copy.source_span()
        if not any(start < other_end and other_start < end for other_start, other_end in reported):
            yield Hit(copy, f"This block says again, under the same label, what the block at line "
                            f"{doc.line_col(first.source_span()[0])[0]} says: nearly all its words, in the same order",
                      suggestion="Keep one of the two: a template's label block printed twice")


class _Relabelled(NamedTuple):
    """A block (``copy``) that says again what an earlier block under the same label says (_relabelled)."""

    copy: object
    first: object


class _Repeat(NamedTuple):
    """A sentence that repeats an earlier one (``first``), word for word or nearly."""

    sentence: object
    first: object
    exact: bool


def _repeats(doc, options):
    """Each repeat found, in document order: a Hit, or a `_Repeat` of a sentence (told once with
    the copies around it, `_told_once`)."""
    min_words = max(1, int(options.min_words))
    min_words_near = max(min_words, int(options.min_words_near))
    min_line_words = max(2, int(options.min_line_words))
    lines: dict[str, object] = {}  # space-joined words of a short whole block -> its first block
    size = max(1, int(options.shingle_size))
    threshold = float(options.similarity)
    min_runs, min_cover = max(0, int(options.reworded_runs)), float(options.reworded_share)
    skip = set(options.skip_kinds)
    exact: dict[str, object] = {}  # space-joined words -> first sentence
    endings: set[str] = set()  # the last characters of the keys of `exact` (_run_on_copy's pre-test)
    openings: dict[str, object] = {}  # sentences by their opening words (_spun_restatement)
    quotations: list[tuple] = []  # (sentence, words of its quotation, their set) of earlier quotations (_requoted)
    kept: list[tuple[object, int]] = []  # (sentence, number of shingles) of earlier sentences
    # the first and last three words of short sentences -> the sentences, with their words (_short_copy)
    ends: dict[str, list] = {}
    firsts: set[str] = set()  # the first words of the keys of `ends`: a cheap pre-test for each longer sentence
    # shingle -> positions in `kept` of the sentences holding it; the sets and dicts do
    # the per-shingle work in C, Python only loops over shingles seen before (rare)
    index: dict[str, tuple[int, ...]] = {}
    max_postings = 10  # a shingle in more sentences than this is a stock phrase: not a signal
    # a text of n words holds at least 2n - 1 characters: shorter sentences are skipped
    # before tokenising (most page furniture: "Share", "Read more", dates)
    min_chars = 2 * min_words - 1
    # block by block, in document order (doc.sentences' order): kind and reference
    # checks once per block; entries of a source list repeat by nature
    blocks = [block for block in non_reference_blocks(doc) if block.kind not in skip]
    title = " ".join(_words(doc.title))
    # a line printed three times or more in a row: one finding; its copies are compared no further
    in_a_row = []
    for copies in _printed_in_a_row(blocks, title):
        line = doc.line_col(copies[0].source_span()[0])[0]
        yield Hit(copies[1], f"This line is printed {len(copies)} times in a row, from line {line}",
                  suggestion="Keep one copy: a line pasted again and again (a template or scraping fault)")
        in_a_row += copies[1:]
    furniture = (_opening_excerpts(blocks) + _title_copies(blocks, title) + _doubled_navigation(blocks)
                 + [b for b in blocks if _FOOTNOTE.match(b.text)] + in_a_row)
    if furniture:
        blocks = [block for block in blocks if block not in furniture]
    prefixed = []  # blocks with a colon near their start: a label may open them (_relabelled)
    for position, block in enumerate(blocks):
        text = block.text
        if 0 < text.find(":", 0, _LABEL_CHARS):
            prefixed.append(position)
        # a whole short line, repeated: below the sentence bar, but a pasted line all the same;
        # not a sentence (short sentences repeat for effect: "I would prefer not to."), and a
        # phrase rather than a name or caption ("Mike Watson Images/Getty"); then its words
        if 2 * min_line_words - 1 <= len(text) < 12 * min_words and not _ENDS_SENTENCE.search(text) \
                and len(_LOWERCASE_WORD.findall(text)) >= 3:
            words = _words(text)
            if min_line_words <= len(words):
                key = " ".join(words)
                if key == title or not _amid_prose(blocks, position) or block.index in keyword_headings(doc):
                    # the title repeated as the first line; page furniture among widgets; a
                    # keyword heading (LM402 reports it, every time)
                    continue
                first = lines.setdefault(key, block)
                if first is not block:
                    yield _hit(doc, block, first, exact=True, what="line")
    # a labelled block printed again under the same label with a prefix ("CLAIM" / "FULL CLAIM: ..."):
    # reported where the sentence tests below find nothing in it (repeated_sentence)
    if prefixed:
        yield from map(_Relabelled._make, _relabelled(blocks, prefixed))
    # blocks holding a sentence pasted against the next: one search per block, not per sentence
    # (one scan of the article's text first: most pages hold none)
    glued = {block.index for block in blocks if _GLUED_END.search(block.text)} \
        if _GLUED_END.search(doc.body_text) else set()
    # a short line of plain text is read as a heading: headings take part in the line test only
    sentences = (sentence for block in blocks if block.kind != "heading" for sentence in block.sentences)
    # a page in Hindi, Marathi, Nepali or Bengali (one scan of the article's text first: most pages hold no danda)
    if "।" in doc.body_text and any("।" in block.text for block in blocks):
        sentences = _sentences(block for block in blocks if block.kind != "heading")
    previous = None  # (sentence, words, shingles) of the last sentence compared
    restating_first_words = _restating_first_words()
    for sentence in sentences:
        text = sentence.text
        if len(text) < min_chars and text.isascii():  # NFKC can turn one character into words ("¼")
            continue
        words = _words(text)
        if len(words) < min_words:
            continue
        if len(words) < min_words_near and not _ENDS_SENTENCE.search(text):
            continue  # a short fragment (byline, label, caption), not a sentence
        if "<" in text and _MARKUP_TAG.search(text):
            continue  # an embed code or other markup in the text: the page's furniture
        key = " ".join(words)
        first = exact.get(key)
        if first is None and sentence.block.index in glued:
            first = _glued_copy(text, sentence, exact, min_words)
        if first is not None:
            yield _Repeat(sentence, first, True)
            continue
        exact[key] = sentence
        # an earlier sentence pasted whole after words closing no sentence (a citation's DOI, a label); a
        # cheap pre-test first: the sentence ends as an earlier one does (a copy's key ends with the earlier's)
        ending = key[-_ENDING_CHARS:]
        if ending in endings and len(words) > min_words_near:
            run_on = _run_on_copy(text, exact, min_words_near)
            if run_on is not None:
                yield _Repeat(sentence, run_on, False)
                continue
        endings.add(ending)
        # a quotation said again, its words spun or another speaker named (one cheap scan: most sentences quote nobody)
        if ('"' in text or "“" in text or "«" in text) and sentence.block.kind != "caption" and \
                not _quoted_alone(sentence):
            requoted = _requoted(sentence, text, quotations, min_words_near)
            if requoted is not None:
                yield _hit(doc, sentence, requoted, exact=False, what="quotation")
                continue
        # a spun restatement (any length from min_words): reported when no test below finds the sentence
        spun = _spun_restatement(sentence, words, openings) if min_runs else None
        if spun is not None and (not _ENDS_SENTENCE.search(text) or _mostly_quoted(text) or _leads_into_list(sentence)
                                 or _opposite(spun.text, text)):
            spun = None
        # a short sentence is compared (for a copy with words added, `_short_copy`) when it opens its block:
        # a standfirst, a box or a paragraph's lead
        short = len(words) < min_words_near
        if threshold >= 1.0 or (short and sentence.start) or _mostly_quoted(text) or \
                (text.rstrip().endswith(":") and _leads_into_list(sentence)):  # (its first test, on the text at hand)
            # exact repeats only: no shingles needed; a cited title reads nearly like the
            # sentence that cites it again ("Click here to read \"...\"", "Article: \"...\""); a
            # list's lead-in goes on in its items ("Tell your doctor about..., especially:"), so a
            # summary's whole sentence that opens the same way says something else
            if spun is not None:
                yield _hit(doc, sentence, spun, exact=False, what="reworded")
            continue
        if short:
            # below min_words_near words (closing on its mark), one test only: a copy with words added or left
            # out (_short_copy), sought where its first or last three words stand in another sentence
            head, tail = " ".join(words[:3]), " ".join(words[-3:])
            copied = _short_copy(words, text, head, tail, ends, index, kept) \
                if head in ends or tail in ends or (head in index and tail in index) else None
            for end in (head, tail):
                candidates = ends.get(end)
                if candidates is None:
                    ends[end] = [(sentence, words)]
                    firsts.add(end.partition(" ")[0])
                elif len(candidates) < max_postings:
                    candidates.append((sentence, words))
            if copied is not None:
                yield _hit(doc, sentence, copied, exact=False, what="phrase")
            elif spun is not None:
                yield _hit(doc, sentence, spun, exact=False, what="reworded")
            continue
        position = len(kept)
        # each distinct shingle -> its postings once this sentence is indexed: only this
        # sentence, unless the shingle was seen before (rare)
        shingles = dict.fromkeys(_shingles(words, size), (position,))
        # a run of _DOUBLED_RUN words or more said twice in a row says each of its runs of `size` words
        # again, at least _DOUBLED_RUN - size + 1 times (once: any shingle said twice within the sentence)
        if len(words) - size + 1 - len(shingles) >= max(1, _DOUBLED_RUN - size + 1):
            doubled = _doubled_run(words, text)
            # not the title said twice at the top of the page (its title and first heading)
            if doubled and not (sentence.start == 0 and sentence.block is blocks[0] and text.startswith(doubled)):
                yield Hit(sentence, f"This sentence says the same words twice in a row (\"{doubled}\")",
                          suggestion="Keep one of the two: list items pasted twice, or a template fault")
        kept.append((sentence, len(shingles)))
        # most sentences open on no restatement: one set lookup of their first word
        restated = _restated(previous, sentence, words, shingles) if words[0] in restating_first_words else None
        previous = (sentence, words, shingles)
        # a short earlier sentence this one copies with words added (a standfirst said again in the lede)
        short_copy = None
        if words[0] in firsts or words[-size] in firsts:  # (its first or last shingle may be a key of `ends`)
            head, tail = next(iter(shingles)), next(reversed(shingles))
            if head in ends or tail in ends:
                short_copy = _short_copy(words, text, head, tail, ends, {}, kept)
        if index.keys().isdisjoint(shingles):  # the common case: nothing shared with any earlier sentence
            index.update(shingles)
            if short_copy is not None:
                yield _hit(doc, sentence, short_copy, exact=False, what="phrase")
            elif spun is not None:
                yield _hit(doc, sentence, spun, exact=False, what="reworded")
            continue
        seen = index.keys() & shingles.keys()
        best = None
        # an earlier sentence shares at most len(seen) shingles and their union holds at
        # least len(shingles), so it scores at most len(seen) / len(shingles): below the
        # threshold (sentences sharing a stock phrase), there is nothing to count
        if len(seen) / len(shingles) >= threshold:
            shared = Counter(chain.from_iterable(index[shingle] for shingle in seen))
            for earlier, count in sorted(shared.items()):  # on equal scores the earliest sentence
                score = count / (len(shingles) + kept[earlier][1] - count)
                if count == len(shingles) and kept[earlier][1] > count and _ENDS_SENTENCE.search(text):
                    # all of it inside a longer earlier sentence (Broder's containment): a
                    # box repeating a sentence of the body, where the splitter joined two
                    score = max(score, threshold)
                if score >= threshold and (best is None or score > best[1]) and \
                        not _opposite(kept[earlier][0].text, text):
                    best = (earlier, score)
        reworded = None
        # a reworded sentence keeps three runs of three words at least (one spun throughout keeps runs of
        # two words too, and three of three or more)
        if best is None and min_runs and len(seen) >= _SWAPPED_RUNS:
            reworded = _reworded(words, text, seen, index, kept, min_runs, min_cover)
        for shingle in seen:
            postings = index[shingle]
            shingles[shingle] = postings + (position,) if len(postings) < max_postings else postings
        index.update(shingles)
        if best is not None:
            yield _Repeat(sentence, kept[best[0]][0], False)
        elif reworded is not None:
            yield _hit(doc, sentence, reworded[0], exact=False, what=reworded[1])
        elif short_copy is not None:
            yield _hit(doc, sentence, short_copy, exact=False, what="phrase")
        elif restated is not None:
            yield _hit(doc, sentence, restated, exact=False, what="restated")
        elif spun is not None:
            yield _hit(doc, sentence, spun, exact=False, what="reworded")


# A block's label: one to three words and a colon opening it ("FULL CLAIM: ...", "Verdict: ..."); the other
# copy's may be the heading or line of one to three words, ending no sentence, right above it ("CLAIM").
_LABEL_PREFIX = re.compile(r"\W{0,3}([^\W\d_][\w'’-]*(?:[ \t]+[\w'’-]+){0,2})[ \t]*[:：][ \t]+(?=\S)")
# The shorter of two blocks under one label holds this many different content words at least, and
# this share of its content words stands in the other in the same order.
_RELABELLED_WORDS, _RELABELLED_SHARE = 8, 0.8
# A label word over more blocks than this is a listing's stock word ("ago", "read"): later ones are not filed.
_RELABELLED_POSTINGS = 8
_DIGITS = re.compile(r"\d+")


def _prefix_label(text: str) -> tuple[frozenset, int]:
    """(words of the label opening `text`, `_LABEL_PREFIX`, where the text after it starts), or an empty set;
    its words of three letters or more that are no function words."""
    match = _LABEL_PREFIX.match(text)
    if match is None or match.end() > _LABEL_CHARS:
        return frozenset(), 0
    function_words = _swap_words()[0]
    return frozenset(w for w in _words(match.group(1)) if len(w) > 2 and w not in function_words), match.end()


def _line_label(blocks: list, position: int) -> frozenset:
    """The words of the heading or line of at most `_LABEL_WORDS` words, ending no sentence, right above
    `blocks[position]` (as `_prefix_label` keeps them), or an empty set."""
    above = blocks[position - 1] if position else None
    if above is None or above.index != blocks[position].index - 1 or \
            len(above.text.split(None, _LABEL_WORDS)) > _LABEL_WORDS or _ENDS_SENTENCE.search(above.text):
        return frozenset()
    function_words = _swap_words()[0]
    return frozenset(w for w in _words(above.text) if len(w) > 2 and w not in function_words)


def _relabelled(blocks: list, candidates: list):
    """(copy, first) for each paragraph (or a line plain text reads as a heading) opening with a label (one
    to three words and a colon, `_LABEL_PREFIX`) that says again what another block under the same label
    says (a label word shared: "CLAIM" above one, "FULL CLAIM:" opening the other; "Verdict:" and "Our
    verdict:"), the labels left out: the shorter holds `_RELABELLED_WORDS` different content words, at
    least `_RELABELLED_SHARE` of them stand in the other in the same order, and the other holds all its
    numbers: a fact-check's or product card's template printing its label block twice, reworded a
    little. Two sections of one label with other facts (a dose for each use) are a template's parts."""
    kinds = ("paragraph", "heading")  # (plain text reads a line with no stop as a heading)
    entries = {}  # position -> [block, its text after the label, content words, their set, label words]
    for position in candidates:  # the positions of the blocks with a colon near their start (the caller's scan)
        block = blocks[position]
        # eight content words of three letters or more, and spaces: 32 characters at least after the label
        if block.kind in kinds and len(block.text) > 4 * _RELABELLED_WORDS and \
                block.text.count(" ") > _RELABELLED_WORDS:
            words, start = _prefix_label(block.text)
            content = _content_words(_words(block.text[start:])) if words else ()
            if len(set(content)) >= _RELABELLED_WORDS:
                entries[position] = [block, block.text[start:], content, set(content), words]
    if not entries:
        return
    prefixed = {entry[0].index for entry in entries.values()}
    every = frozenset().union(*(entry[4] for entry in entries.values()))
    # the blocks under a short line (a label line has at most _LABEL_CHARS characters) holding a label word
    for position in [position + 1 for position, block in enumerate(blocks[:-1])
                     if len(block.text) <= _LABEL_CHARS and any(map(block.lowered.__contains__, every))]:
        block = blocks[position]
        words = _line_label(blocks, position) & every if block.kind in kinds and position not in entries else ()
        if words:
            content = _content_words(_words(block.text))
            entries[position] = [block, block.text, content, set(content), words]
    labelled: dict[str, list] = {}  # label word -> the entries of earlier blocks under it
    for position in sorted(entries):
        entry = entries[position]
        block, words = entry[0], entry[4]
        earlier = {id(other): other for word in words for other in labelled.get(word, ())}
        for other in earlier.values():
            if block.index not in prefixed and other[0].index not in prefixed:
                continue  # two blocks under label lines: sections of the page, not a label block said again
            (shorter, fewer, few), (longer, more, many) = sorted(((entry[2], entry[1], entry[3]),
                                                                  (other[2], other[1], other[3])), key=lambda e: len(e[0]))
            # a set intersection in C before the alignment: most blocks under one label word share little
            if len(few) < _RELABELLED_WORDS or len(few & many) < _RELABELLED_SHARE * len(few) or \
                    _words(fewer) == _words(more) or not set(_DIGITS.findall(fewer)) <= set(_DIGITS.findall(more)) or \
                    _opposite(fewer, more):
                continue  # (word for word: the sentence tests' to judge; a heading printed again is furniture)
            kept = sum(run.size for run in SequenceMatcher(None, shorter, longer, autojunk=False).get_matching_blocks())
            if kept >= _RELABELLED_SHARE * len(shorter):
                yield block, other[0]
                break
        else:
            for word in words:
                found = labelled.setdefault(word, [])
                if len(found) < _RELABELLED_POSTINGS:
                    found.append(entry)


# The danda, which ends a sentence in Hindi, Marathi, Nepali and Bengali, and the spaces after it.
_DANDA = re.compile(r"[।॥]+[\"'”’)\]]*\s+")


def _sentences(blocks):
    """The sentences of the blocks, in order, parted at a danda too (`_danda_split`)."""
    return (sentence for block in blocks for sentence in (_danda_split(block) if "।" in block.text else block.sentences))


def _danda_split(block) -> list:
    """The block's sentences, each parted after a danda too: the engine splits on the Latin marks only,
    so a paragraph of Hindi is one sentence to it. Local to this rule: a headline of two clauses stays one
    sentence for the tests of headlines (`_opens_running_text`)."""
    parts = []
    for sentence in block.sentences:
        start = sentence.start
        for mark in _DANDA.finditer(block.text, sentence.start, sentence.end):
            parts.append(Sentence(block, start, mark.end() - len(mark.group()) + len(mark.group().rstrip())))
            start = mark.end()
        parts.append(Sentence(block, start, sentence.end) if start != sentence.start else sentence)
    return parts


# A sentence end with no space after it ("...settles on its own.Soreness is common"): a sentence pasted
# against the next one, which the splitter cannot part.
_GLUED_END = re.compile(r"[.!?](?<=[a-z]{2}[.!?])(?=[A-Z])")


def _glued_copy(text: str, sentence, exact: dict, min_words: int):
    """The earlier sentence that a sentence glued into ``text`` repeats word for word, or None.
    Each glued sentence is kept for later sentences to repeat."""
    cuts = [glue.end() for glue in _GLUED_END.finditer(text)]
    if not cuts:
        return None
    first = None
    for start, stop in zip([0, *cuts], [*cuts, len(text)]):
        words = _words(text[start:stop])
        if len(words) < min_words:
            continue
        earlier = exact.setdefault(" ".join(words), sentence)
        if earlier is not sentence and first is None:
            first = earlier
    return first


# A capital after a word or number with no mark between them: where a sentence pasted after words that close
# no sentence (a citation ending on its DOI, a label) begins, which the splitter cannot part.
_RUN_ON_START = re.compile(r"(?<=[^\W_]) +(?=[A-Z][a-z])")
_ENDING_CHARS = 20


def _run_on_copy(text: str, exact: dict, min_words: int):
    """The earlier sentence that `text` ends with, word for word, opening on a capital that stands after a
    word with no mark between them (a sentence pasted whole onto a line closing no sentence, the two read
    as one), or None. Not a sentence that opens on an earlier one and goes on (a headline restated in the
    lede), nor one whose tail follows a comma or a bracket ("magnetic resonance imaging (MRI) can...")."""
    for start in _RUN_ON_START.finditer(text):
        words = _words(text[start.end():])
        if len(words) < min_words:
            break
        earlier = exact.get(" ".join(words))
        if earlier is not None:
            return earlier
    return None


# A lightly spun sentence: a few words swapped, the rest kept in order. Runs of three words or
# more, at least three of them, cover this share of the longer sentence, and what lies between
# them is short (at most this many words on either side) and holds no number and no name: a
# sentence sharing a template with another differs in its facts (a dose, a brand, a place),
# which a spinner leaves alone, and only by the swapped fact (two runs, not three).
_SWAPPED_RUNS, _SWAPPED_SHARE, _SWAPPED_GAP = 3, 0.6, 3


# A sentence spun throughout: a spinner swaps a common word every few words, so the runs the two
# versions keep are short (two words or more) but cover most of the longer sentence, and the places
# between them are many and small. At three places or more, each of at most `_SWAPPED_GAP` words on
# either side (`_SPUN_LEAD` before the first run: a connective opening the copy, "To sum up,"), the
# runs covering this share of the longer sentence; no number and no negation at any place, and a
# name at one place at most, and only a word swapped inside a longer name whose other words are kept
# beside the place (a spinner swaps the common words of a name, "New York" / "Fresh York", "Reuters
# Health" / "Reuters Well-being"; a template swaps the whole name, "Fenbrix tablets" / "Zolvamet
# tablets"). A template's sentences differ in their facts, or at one or two places only: "the risk of
# heart attack by a fifth" / "the risk of stroke by a tenth".
_THROUGHOUT_SHARE, _THROUGHOUT_PLACES, _SPUN_LEAD = 0.7, 3, 5


def _spun_throughout(matcher: SequenceMatcher, facts: set[str]) -> bool:
    """Whether the matcher's two sentences (words) are one spun throughout (see above)."""
    first, second = matcher.a, matcher.b
    runs = [run for run in matcher.get_matching_blocks() if run.size >= 2]
    if sum(run.size for run in runs) < _THROUGHOUT_SHARE * max(len(first), len(second)):
        return False
    negations = _swap_words()[1]
    places = names = a = b = 0
    for start_a, start_b, size in [*runs, (len(first), len(second), 0)]:
        gap = first[a:start_a] + second[b:start_b]
        if gap:
            most = _SPUN_LEAD if a == b == 0 else _SWAPPED_GAP
            changed = _changed(first[a:start_a], second[b:start_b])
            if max(start_a - a, start_b - b) > most or negations.intersection(changed) or \
                    any(any(map(str.isdigit, word)) for word in changed):
                return False
            places += 1
            if not facts.isdisjoint(changed):
                # a name: only a word swapped inside a longer name, its other words kept beside the place
                beside = first[a - 1:a] + first[start_a:start_a + 1]
                if names or not any(word in facts and len(word) > 2 and word.isalpha() for word in beside):
                    return False
                names += 1
        a, b = start_a + size, start_b + size
    return places >= _THROUGHOUT_PLACES


def _reworded(words: list[str], text: str, seen, index: dict, kept: list, min_runs: int, min_cover: float):
    """The earlier sentence that this one rewords and how ("reworded", or "phrase": a phrase swapped
    or left out, `_phrase_swapped`), or None.

    Spinning software rewrites a sentence by swapping words and phrases for synonyms and
    keeps the rest, so the two versions share many separate runs of words in the same
    order, while their shingle overlap stays too low for a near-duplicate. A sentence that
    restates an earlier one (a lede's finding in the body, an institution's name) shares
    one or two runs. Two ways: heavily spun, `min_runs` runs covering `min_cover` of the
    longer; lightly spun, three runs covering most of it with only a few common words, no
    number and no name, swapped between them (`_swapped`).
    """
    if len(_CODE_CHARACTERS.findall(text)) > 2:
        return None
    shared = Counter(chain.from_iterable(index[shingle] for shingle in seen))
    # runs of 3+ words covering a share of the words share at least a third as many shingles;
    # a lightly spun sentence is sought in the one earlier sentence closest to it only (sentences
    # built from stock phrases share a few runs with many others)
    heavy = max(min_runs, min_cover * len(words) / 3)
    closest = max(shared, key=shared.__getitem__)
    # (the number of shingles of a sentence is its number of words less two)
    light = max(_SWAPPED_RUNS, _SWAPPED_SHARE * max(len(words), kept[closest][1] + 2) / 3)
    for earlier, count in sorted(shared.items()):
        as_before = count >= heavy or (earlier == closest and count >= light)
        # below those bars, only the closest sentence spun throughout: its words cover 70% of the longer
        # (the other's words number its shingles and two at least)
        if not as_before and (earlier != closest or count < _SWAPPED_RUNS or
                              len(words) < _THROUGHOUT_SHARE * (kept[earlier][1] + 2)):
            continue
        other = kept[earlier][0]
        if len(_CODE_CHARACTERS.findall(other.text)) > 2:
            continue
        other_words = _words(other.text)
        if not as_before:
            # a cheap test before the alignment: the kept words are words of both
            vocabulary = set(other_words)
            if sum(map(vocabulary.__contains__, words)) < _THROUGHOUT_SHARE * max(len(words), len(other_words)):
                continue
        matcher = SequenceMatcher(None, other_words, words, autojunk=False)
        if as_before:
            found = _reworded_as(matcher, earlier == closest, other.text, text, min_runs, min_cover)
            if found is not None and not _opposite(other.text, text):
                return other, found
        if earlier == closest and _spun_throughout(matcher, _facts(other.text) | _facts(text)) and \
                not _opposite(other.text, text):
            return other, "reworded"
    return None


def _reworded_as(matcher: SequenceMatcher, closest: bool, other_text: str, text: str, min_runs: int,
                 min_cover: float) -> str | None:
    """How the matcher's second sentence rewords its first (_reworded): "reworded", "phrase", or None."""
    other_words, words = matcher.a, matcher.b
    blocks = [block for block in matcher.get_matching_blocks() if block.size >= 3]
    covered, longer = sum(block.size for block in blocks), max(len(words), len(other_words))
    if len(blocks) >= min_runs and covered >= min_cover * longer:
        return "reworded"
    if len(blocks) >= _SWAPPED_RUNS and covered >= _SWAPPED_SHARE * longer and \
            _swapped(blocks, other_words, words, _facts(other_text) | _facts(text)):
        return "reworded"
    if closest and _phrase_swapped(matcher, _facts(other_text) | _facts(text)):
        return "phrase"
    if closest and len(other_words) > len(words) and blocks and blocks[0].b == 0:
        within = _within(blocks, other_words, words)
        if within is not None and _phrase_swapped(within, _names(other_text) | _names(text)):
            return "phrase"
    return None


def _short_copy(words: list[str], text: str, head: str, tail: str, ends: dict, index: dict, kept: list):
    """The earlier sentence that this one, or an earlier short sentence, copies with words added or left out,
    or None: a short sentence (below min_words_near words) said again with a phrase added ("Besides
    refreshing, <the standfirst>"), one left out, or a function word swapped at one place, the rest in the
    same order (_phrase_swapped); and no more (_edited: on few words, a word swapped or moved, or a claim
    reported, makes another sentence), neither a question. Candidates: short sentences opening or closing on
    the same three words (`ends`), and the sentences of `index` holding both, of a length within the edits'."""
    if text.rstrip()[-1:] == "?":
        return None
    most = _PHRASE_EDITS * _PHRASE_WORDS  # the words two copies' lengths can differ by
    candidates = {id(other): (other, other_words) for end in (head, tail) for other, other_words in ends.get(end, ())
                  if abs(len(other_words) - len(words)) <= most}
    # an earlier sentence of `index` holding both
    for position in set(index.get(head, ())).intersection(index.get(tail, ())) if index else ():
        other, shingles = kept[position]
        if abs(shingles + 2 - len(words)) <= most and id(other) not in candidates:
            candidates[id(other)] = (other, None)
    vocabulary = set(words)
    for other, other_words in candidates.values():
        other_words = other_words or _words(other.text)
        # a cheap test first: the words only one of the two holds are no more than the edits' (most of the
        # candidates share a stock opening, "It is important to...", and little else)
        if len(vocabulary.symmetric_difference(other_words)) > most or other.text.rstrip()[-1:] == "?":
            continue
        matcher = SequenceMatcher(None, other_words, words, autojunk=False)
        if _phrase_swapped(matcher, _facts(other.text) | _facts(text)) and not _edited(matcher) and \
                not _opposite(other.text, text):
            return other
    return None


def _edited(matcher: SequenceMatcher) -> bool:
    """Whether two sentences differ by more than words added or left out: a word swapped for
    another, a word left out at one place and added at another (moved), or a claim reported ("Sellers
    claim ...", "is considered safe"; data/duplication_swaps.toml)."""
    edits = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if any(tag == "replace" for tag, *_ in edits):
        return True
    dropped = {word for _, i1, i2, _, _ in edits for word in matcher.a[i1:i2]}
    added = {word for _, _, _, j1, j2 in edits for word in matcher.b[j1:j2]}
    return bool(dropped & added or (dropped | added) & _reporting_words())


@functools.lru_cache(maxsize=1)
def _reporting_words() -> frozenset:
    return frozenset(load("duplication_swaps")["reporting"])


def _names(text: str) -> set[str]:
    """The facts of a sentence (`_facts`) but function words: in a run-on text whose full stops are lost,
    a capital opening the next sentence ("...in adults Some of the...") is no name."""
    return _facts(text) - _swap_words()[0]


def _within(runs: list, longer: list[str], shorter: list[str]) -> SequenceMatcher | None:
    """The shorter sentence matched against the stretch of the longer one that its runs lie in, when
    its first run opens it and it ends on the stretch's last word (a sentence copied out of a longer
    one, edited inside only: Broder's containment with a phrase swapped or left out), or None.
    Sentences that share a middle and differ in their openings or endings restate each other
    ("In recent years, there has been a growing movement..." / "However, there is a growing movement...")."""
    last = runs[-1]
    stop = last.a + last.size + len(shorter) - (last.b + last.size)
    matcher = SequenceMatcher(None, longer[runs[0].a:stop], shorter, autojunk=False)
    return matcher if matcher.get_opcodes()[-1][0] == "equal" else None


# A sentence copied with a phrase swapped or dropped: the two differ at one or two places, each at
# most this many words on either side, and what is kept covers two thirds of the longer sentence.
_PHRASE_EDITS, _PHRASE_WORDS, _PHRASE_KEPT = 2, 3, 2 / 3


@functools.lru_cache(maxsize=1)
def _swap_words() -> tuple[frozenset, frozenset]:
    """Function words (data/background_stopwords.toml) and the negations among them
    (data/duplication_swaps.toml), which turn a sentence's meaning round."""
    negations = frozenset(load("duplication_swaps")["negations"])
    return frozenset(load("background_stopwords")["stopwords"]) - negations, negations


# "doesn't", "can’t": the words part at the apostrophe ("doesn", "t"), so the negation is read in the text
_CONTRACTED_NOT = re.compile(r"n['’]t\b", re.IGNORECASE)


def _negation_count(text: str) -> int:
    """The negations a sentence holds (data/duplication_swaps.toml, and "n't")."""
    negations = _swap_words()[1]
    return sum(map(negations.__contains__, _words(text))) + len(_CONTRACTED_NOT.findall(text))


def _opposite(first: str, second: str) -> bool:
    """Whether two sentences alike in their words hold a different number of negations: "X lowers blood
    pressure" / "X does not lower blood pressure" say opposite things, and neither repeats the other."""
    return _negation_count(first) != _negation_count(second)


def _phrase_swapped(matcher: SequenceMatcher, facts: set[str]) -> bool:
    """Whether the matcher's second sentence (words) is its first copied with a phrase swapped or dropped: they differ at one or
    two places of at most three words on either side; at one place at most both sides hold words,
    all function words ("such as" for "including"), at the other a phrase is dropped or added. No
    number, no name and no negation at the places: two sentences built on one template differ in a
    fact or a content word ("the risk of stroke", "the risk of heart attack"), a copy in neither;
    a sentence restated in other words differs at more places."""
    function_words, negations = _swap_words()
    first, second = matcher.a, matcher.b
    edits = [(first[i1:i2], second[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
    if not edits or len(edits) > _PHRASE_EDITS:
        return False
    kept = len(first) - sum(len(old) for old, _ in edits)
    if kept < _PHRASE_KEPT * max(len(first), len(second)):
        return False
    swaps = [old + new for old, new in edits if old and new]
    if len(swaps) > 1 or (swaps and not function_words.issuperset(swaps[0])):
        return False  # two phrases swapped: a sentence restated in other words ("In recent years..." / "However...")
    return not any(max(len(old), len(new)) > _PHRASE_WORDS or negations.intersection(old + new)
                   or facts.intersection(old + new) for old, new in edits)


_FACT = re.compile(r"\w*\d\w*|(?<=[^.!?:\s]\s)[A-Z]\w*")


def _facts(text: str) -> set[str]:
    """Lowercase words of a sentence that carry its facts: numbers and names (a capital that
    opens no sentence)."""
    return {word.lower() for word in _FACT.findall(text)}


def _changed(old: list[str], new: list[str]) -> set[str]:
    """The words of a place between two sentences' shared runs that only one side holds: a name or a
    negation both sides keep there (a run of one word, "... events," said Dr. / "... events," stated Dr.)
    is no fact changed."""
    return set(old).symmetric_difference(new)


def _swapped(blocks: list, first: list[str], second: list[str], facts: set[str]) -> bool:
    """Whether the words between the shared runs (and before and after them) are a few common
    words on either side: at most `_SWAPPED_GAP` at each place, no number, no name, no negation (a
    sentence said again with "not" or "cannot" says the opposite)."""
    a = b = 0
    negations = _swap_words()[1]
    for start_a, start_b, size in [*blocks, (len(first), len(second), 0)]:
        gaps = first[a:start_a], second[b:start_b]
        if max(map(len, gaps)) > _SWAPPED_GAP or not (facts | negations).isdisjoint(_changed(*gaps)):
            return False
        a, b = start_a + size, start_b + size
    return True


# A spun restatement: two sentences far apart on the page (two blocks or more between them, not items
# of a list, not code) that open on the same word and the same three content words (within ten words), and whose content words
# match in order, in runs of two or more, for at least six and this share of the shorter's; words are compared on their first
# five letters (a spinner swaps "medical" for "medicinal"), and what only one of them holds is no
# number or name (sentences built on one template differ in their facts).
_SPUN_OPENING, _SPUN_KEPT, _SPUN_SHARE, _SPUN_APART, _SPUN_STEM, _SPUN_CANDIDATES = 3, 6, 0.6, 3, 5, 10


def _content_words(words: list[str]) -> list[str]:
    """The words of a sentence that carry its subject, cut to their first five letters: numbers, and
    words of three letters or more that are no function word (data/background_stopwords.toml)."""
    function_words = _swap_words()[0]
    return [word[:_SPUN_STEM] for word in words if (len(word) > 2 or word.isdigit()) and word not in function_words]


def _spun_restatement(sentence, words: list[str], openings: dict):
    """The earlier sentence that `sentence` restates in spun words (see above), or None; `sentence`
    is kept in `openings` for later sentences."""
    # a cheap pre-test first: most sentences are the first to open on their two words
    head = f"{words[0]} {words[1]}"
    first = openings.get(head, sentence)
    if first is sentence:
        # its words are read again only if another sentence opens alike (keeping every sentence's
        # words until then cost LM801 a tenth of its time on the 130 test pages)
        openings[head] = sentence
        return None
    if first is not None:
        openings[head] = None  # the head is shared: sentences opening on it are filed by their opening
        first_words = _words(first.text)  # (as _repeats reads them)
        _opening_candidates(first, first_words, openings).append((first, first_words))
    candidates = _opening_candidates(sentence, words, openings)
    content = _content_words(words) if candidates else []
    found = None
    for other, other_words in candidates:
        if sentence.block.index - other.block.index < _SPUN_APART or \
                other.block.kind == sentence.block.kind == "list_item" or \
                len(_CODE_CHARACTERS.findall(other.text + sentence.text)) > 2 or _mostly_quoted(other.text):
            continue  # near each other, items of a list, code and protocol examples, or a quotation
        other_content = _content_words(other_words)
        matcher = SequenceMatcher(None, other_content, content, autojunk=False)
        blocks = [block for block in matcher.get_matching_blocks() if block.size >= 2]  # runs, not a stray word
        if sum(block.size for block in blocks) < max(_SPUN_KEPT, _SPUN_SHARE * min(len(content), len(other_content))):
            continue
        # (a negation at a place says the opposite, as a changed fact says another thing)
        facts = {word[:_SPUN_STEM] for word in _facts(other.text) | _facts(sentence.text) | _swap_words()[1]}
        # between the kept runs, a few words swapped on either side, no fact; after them, a clause cut
        if all(max(a2 - a1, b2 - b1) <= _SWAPPED_GAP and not facts.intersection(other_content[a1:a2] + content[b1:b2])
               for (a0, b0, size), (a2, b2, _) in zip(blocks, blocks[1:]) for a1, b1 in [(a0 + size, b0 + size)]):
            found = other
            break
    if len(candidates) < _SPUN_CANDIDATES:  # more sentences on one opening: a template's, not a spinner's
        candidates.append((sentence, words))
    return found


def _opening_candidates(sentence, words: list[str], openings: dict):
    """The earlier sentences (with their words) opening on the same word and three content words (within
    its first ten words) as `sentence`: a list kept in `openings` (under a key opening on a space, apart from
    the two-word heads), or an empty one for a sentence opening on fewer."""
    function_words = _swap_words()[0]
    opening = [word[:_SPUN_STEM] for word in words[:10] if word not in function_words and len(word) > 2]
    if len(opening) < _SPUN_OPENING:
        return []  # filed nowhere
    return openings.setdefault(" ".join(["", words[0], *opening[:_SPUN_OPENING]]), [])


# A sentence restating the one before it almost word for word ("we aim to restore your
# thyroid levels to ..." / "Simply put, our goal is to restore your thyroid levels to ..."):
# it opens on a restatement ("simply put", data/duplication_restating.toml), shares a run of
# five words or more, and runs of three or more cover half of the shorter sentence; both are
# 12+ words long. Without the opening, sentences sharing a frame report two facts ("The drug
# cut the risk of heart attack by a fifth... The drug cut the risk of stroke by a tenth...").
_RESTATED_LONG_RUN, _RESTATED_SHARE, _RESTATED_MIN_WORDS = 5, 0.5, 12


@functools.lru_cache(maxsize=1)
def _restating_opening() -> re.Pattern:
    return phrase_pattern(literal(tuple(load("duplication_restating")["openings"])))


@functools.lru_cache(maxsize=1)
def _restating_first_words() -> frozenset:
    return frozenset(_words(opening)[0] for opening in load("duplication_restating")["openings"])


def _restated(previous, sentence, words: list[str], shingles: dict):
    """The sentence just before `sentence` in its paragraph, when `sentence` restates it almost
    word for word, or None."""
    if previous is None or previous[0].block is not sentence.block or \
            min(len(words), len(previous[1])) < _RESTATED_MIN_WORDS or \
            not _restating_opening().match(sentence.text.lstrip()):
        return None
    other, other_words, other_shingles = previous
    if sentence.block.text[other.end:sentence.start].strip():
        return None  # a sentence too short to compare stands between them
    shorter = min(len(words), len(other_words))
    # runs of 3+ words covering a share of the words share at least a third as many shingles
    if len(other_shingles.keys() & shingles.keys()) < max(_RESTATED_LONG_RUN - 2, _RESTATED_SHARE * shorter / 3):
        return None
    blocks = SequenceMatcher(None, other_words, words, autojunk=False).get_matching_blocks()
    # runs of words, not of initials ("L.E.A.N." is four words)
    runs = [block.size for block in blocks if block.size >= 3 and
            sum(len(word) > 2 for word in words[block.b:block.b + block.size]) >= 2]
    if not runs or max(runs) < _RESTATED_LONG_RUN:
        return None
    if sum(runs) >= _RESTATED_SHARE * shorter and not _opposite(other.text, sentence.text):
        return other
    return None


# A run of this many words or more said twice in a row is a doubled run (_doubled_run).
_DOUBLED_RUN = 4


def _doubled_run(words: list[str], text: str, min_run: int = _DOUBLED_RUN) -> str:
    """A run of at least `min_run` words, three different words of letters, said twice in a row
    and written the same way both times ("wear loose clothing wear loose clothing": list items
    pasted twice and run together; not "lots and lots of changes, LOTS AND LOTS of changes",
    said again for emphasis), as written in `text` (the message quotes it), or "". Code and
    protocol examples repeat by nature: skipped."""
    if len(_CODE_CHARACTERS.findall(text)) > 2:
        return ""
    seen: dict[tuple, int] = {}
    for end in range(2, len(words)):
        key = (words[end - 2], words[end - 1], words[end])
        start = end - 2
        earlier = seen.get(key)
        seen[key] = start
        if earlier is None:
            continue
        length = start - earlier
        if length >= min_run and words[earlier:start] == words[start:start + length] and \
                len({w for w in words[start:start + length] if w.isalpha() and len(w) > 2}) >= 3:
            run = " ".join(words[start:start + length])
            copies = _copies(run, text)
            if len(copies) >= 2 and copies[0] == copies[1]:
                return copies[0]
    return ""


def _copies(run: str, text: str) -> list[str]:
    """The places of `text` that spell the words of `run`, as written."""
    pattern = r"\W+".join(map(re.escape, run.split()))
    return [m.group() for m in re.finditer(pattern, text, re.I)]


def _mostly_quoted(text: str) -> bool:
    """True for a sentence that is mostly a quotation or a cited title."""
    if '"' not in text and "“" not in text:
        return False
    return sum(map(len, _QUOTED.findall(text))) >= 0.6 * len(text)


_QUOTED = re.compile(r"[“\"][^”\"]+[”\"]")
# A quotation said again: its words (of `min_words_near` at least) kept in the same order cover this share of
# the longer quotation's, at places of at most `_SWAPPED_GAP` words on either side, with no number or negation
# changed, and the two sentences may quote one speaker (`_one_speaker`). Only quotations are compared with
# quotations: a quotation is nobody's template, so the same speaker's words twice are one statement, while a
# writer's sentence followed by the expert's quotation saying it is reporting. At most `_REQUOTED_KEPT`
# quotations of a page are kept for comparison.
_REQUOTED_SHARE, _REQUOTED_KEPT = 0.75, 50
# A quotation between the marks of English, German ("„...“") or French ("« ... »") text.
_QUOTATION = re.compile(r"[“\"„«][^”\"“»]+[”\"“»]")


def _requoted(sentence, text: str, quotations: list, min_words: int):
    """The earlier sentence whose quotation this sentence's quotation says again (see above), or None; the
    quotation is kept in `quotations` for later sentences. Only the quoted words are compared: the copy may
    name the speaker in other words ("said Dr. Lind" / "Lind told the paper") or spin them. Quoted titles in
    headline case (`_cites_title`) are cited twice by design, and a block that is all one quotation (a pull
    quote) is the caller's to leave out."""
    passage = max(_QUOTATION.findall(text), key=len, default="")
    if len(passage) < 2 * min_words:  # (a text of n words holds 2n - 1 characters at least, and the marks)
        return None
    words = _words(passage)
    if len(words) < min_words or _cites_title(passage):
        return None
    negations = _swap_words()[1]
    for other, other_words, other_vocabulary in quotations:
        longer = max(len(words), len(other_words))
        # a cheap test first: the words of this quotation the other holds
        if sum(map(other_vocabulary.__contains__, words)) < _REQUOTED_SHARE * longer:
            continue
        matcher = SequenceMatcher(None, other_words, words, autojunk=False)
        if sum(run.size for run in matcher.get_matching_blocks()) < _REQUOTED_SHARE * longer:
            continue
        places = [_changed(other_words[i1:i2], words[j1:j2]) if max(i2 - i1, j2 - j1) <= _SWAPPED_GAP else None
                  for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
        if all(changed is not None and negations.isdisjoint(changed) and not any(map(_DIGITS.search, changed))
               for changed in places) and _one_speaker(other.text, text) and not _opposite(other.text, text):
            return other
    if len(quotations) < _REQUOTED_KEPT:
        quotations.append((sentence, words, set(words)))
    return None


def _one_speaker(first: str, second: str) -> bool:
    """Whether two sentences quoting alike may quote one speaker: the names outside their quotations (of three
    letters or more: "Dr" names nobody) are shared, or one of them names nobody ("she said", '..." said Dr.').
    Testimonials on one template are other people's."""
    names = [{name for name in _names(_QUOTATION.sub(" ", text)) if name.isalpha() and len(name) > 2}
             for text in (first, second)]
    return not names[0] or not names[1] or not names[0].isdisjoint(names[1])


# A title in headline case: this share of its words of four letters or more capitalised.
_TITLE_CASE_SHARE = 0.6


def _cites_title(passage: str) -> bool:
    """Whether a quoted passage is a title in headline case (a press release's 'Click here to read "<title>"'
    and 'Article: "<title>" (doi...)': one title cited twice by design, in other frames)."""
    long_words = _LONG_WORD.findall(passage)
    return bool(long_words) and sum(word[0].isupper() for word in long_words) >= _TITLE_CASE_SHARE * len(long_words)


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _quoted_alone(sentence) -> bool:
    """Whether a sentence's block is all quotation (a pull quote standing alone: a careful page prints it by
    design, word for word or cut from the quotation it repeats)."""
    return all_quoted(sentence.block.text)


def _opening_excerpts(blocks: list, first: int = 3, min_chars: int = 60) -> list:
    """Opening paragraphs that are the beginning of a later one: a blog's teaser above its post,
    cut off mid-sentence, or a newsletter's preview line, its first sentence (a page copied as
    text keeps both). Furniture standing above the text it previews, not a repeat. So is a
    summary above the article (a standfirst) that opens on the sentence a later paragraph opens
    on, both going on in other words: the summary restates the paragraph it leads into. A one-sentence
    standfirst above the first heading, printed again as a later paragraph's opening, is no excerpt
    (`_standfirst`): the lede said twice."""
    excerpts = []
    for position, block in enumerate(blocks[:first]):
        text = block.text.rstrip(" .…")
        if len(text) < min_chars:
            continue
        later = blocks[position + 1:]
        # (a later paragraph that goes on: the same paragraph again is a repeat)
        if any(other.text.startswith(text) and other.text[len(text):].strip(" .…") for other in later):
            if not _standfirst(block, later):
                excerpts.append(block)
        elif len(block.sentences) >= 2 and any(opening in other.text and _opens_alike(block, other)
                                               for opening in [block.sentences[0].text] for other in later):
            excerpts.append(block)
    return excerpts


def _standfirst(block, later: list) -> bool:
    """Whether an opening paragraph is a standfirst: one whole sentence, closed on its mark, standing
    above the article's first heading (the block after it is a heading). Printed again as the first
    sentence of a later paragraph, it is the lede said twice, in any language. A teaser cut off
    mid-sentence, a summary of two sentences or more, and a newsletter's preview line (followed by
    the e-mail's own lines: "View this message in your browser") stay furniture."""
    return (block.kind == "paragraph" and len(block.sentences) == 1 and _ends_a_sentence(block)
            and bool(later) and later[0].kind == "heading")


# A paragraph goes on after its first sentence when a sentence of this many words follows (not a
# stray label or marker left after a pasted sentence).
_MIN_NEXT_WORDS = 5


def _opens_alike(summary, paragraph) -> bool:
    """Whether two paragraphs of the same kind open on the same sentence and go on differently
    (a box or list item that is the sentence alone repeats it)."""
    if paragraph.kind != summary.kind or len(paragraph.sentences) < 2:
        return False
    following = paragraph.sentences[1].text
    return (paragraph.sentences[0].text == summary.sentences[0].text and following != summary.sentences[1].text
            and len(following.split()) >= _MIN_NEXT_WORDS)


# A footnote: a paragraph opening on the mark of a claim above ("** A recent study showed...",
# "† Results may vary"). It restates the claim it marks by design; a single "*" opens a list
# item in plain text and Markdown, so it is not a mark here.
_FOOTNOTE = re.compile(r"(?:\*{2,3}|[†‡]{1,2})\s")


# A line printed this many times in a row, of at least this many words, is pasted again and again.
_IN_A_ROW, _IN_A_ROW_WORDS = 3, 4


def _printed_in_a_row(blocks: list, title: str) -> list[list]:
    """Runs of three blocks or more that print the same line, ending no sentence, one after the other
    (a promo line a template pasted six times): each run's blocks. Paragraphs printed again are
    compared sentence by sentence. Not the page's title (a headline printed again at the top is
    furniture), nor figure captions (each belongs to its figure), nor lines of fewer than four
    words or two lowercase words (labels, "Read more"). A pasted line is the same text each time:
    only such runs are read further."""
    runs, run = [], []
    for block in [*blocks, None]:
        if block is not None and run and block.text == run[0].text:
            run.append(block)
            continue
        if len(run) >= _IN_A_ROW and run[0].kind != "caption" and not _ends_a_sentence(run[0]) and \
                len(_LOWERCASE_WORD.findall(run[0].text)) >= 2:
            words = _words(run[0].text)
            if len(words) >= _IN_A_ROW_WORDS and " ".join(words) != title:
                runs.append(run)
        run = [block]
    return runs


def _title_copies(blocks: list, title: str) -> list:
    """Headlines printed again: furniture, not a repeat. At the top of the page, before its running
    text, a headline line printed again (the page's title and its heading, both kept when the page
    is copied as text); anywhere, the title or a top headline printed again with a short label before
    or after it, in any language ("Video: <title>", "<title> | Site name"). A headline ends no
    sentence, or asks one question; a caption or a lede printed twice ends a sentence on a full stop
    and is reported."""
    copies, seen = [], set()
    headlines = {title} if len(title.split()) >= _HEADLINE_WORDS else set()
    # first and last words of the headlines: cheap pre-tests (the last, of ASCII text, on the text as written)
    ends, lasts = ({title.split()[0]}, title.split()[-1]) if headlines else (set(), "")
    # the lengths a headline printed with a label can have (the title's words are spaced once)
    shortest, longest = (len(title), len(title) + _LABEL_CHARS) if headlines else (1 << 30, 0)
    top = True
    for block in blocks:
        top = top and not _opens_running_text(block)
        if not top and (not shortest <= len(block.text) <= longest or
                        (lasts.isascii() and not any(map(block.text.lower().__contains__, lasts.split())))):
            continue  # running text: a paragraph of another length than any headline's, or without its last word
        words = _words(block.text)
        key = " ".join(words)
        if (top and key in seen) or (ends.isdisjoint(words[:_LABEL_WORDS + 1]) is False
                                     and _labelled(words, headlines)):
            copies.append(block)
        elif top:
            seen.add(key)
            if len(words) >= _HEADLINE_WORDS:
                headlines.add(key)
                ends.add(words[0])
                lasts += " " + words[-1]
                shortest, longest = min(shortest, len(key)), max(longest, len(block.text) + _LABEL_CHARS)
                # the label printed on the first copy ("Video: <title>", then the title)
                seen.update(" ".join(part) for part in _trimmed(words))
    return copies


# A label printed with a headline ("Video:", "| Site name") is at most this many words; a headline
# is at least this many (labels alone, "Share", "Read more", are no headline).
_LABEL_WORDS, _HEADLINE_WORDS = 3, 5
# a label and the marks around it take at most this many characters
_LABEL_CHARS = 40


def _labelled(words: list[str], headlines: set[str]) -> bool:
    """Whether `words` are a headline's words (space-joined in `headlines`) with a short label
    before or after them."""
    return bool(headlines) and any(" ".join(part) in headlines for part in _trimmed(words))


def _trimmed(words: list[str]) -> list[list[str]]:
    """The words without a short label: at most `_LABEL_WORDS` words cut off, before, after or both,
    leaving `_HEADLINE_WORDS` at least."""
    return [words[before:len(words) - after] for before in range(_LABEL_WORDS + 1)
            for after in range(_LABEL_WORDS + 1 - before)
            if 0 < before + after and len(words) - before - after >= _HEADLINE_WORDS]


def _opens_running_text(block) -> bool:
    """Whether a block is running text: it closes a sentence on a full stop, an exclamation mark or a danda,
    or holds more than one sentence (a headline asks at most one question)."""
    sentences = block.sentences
    return len(sentences) > 1 or (bool(sentences) and sentences[0].text.rstrip("\"'”’)]")[-1:] in ".!।")


# A navigation list's entries are titles: short, and none ends on a full stop ("Who should avoid it?").
_TITLE_MAX_WORDS = 15
_MIN_NAVIGATION_ITEMS = 3


def _doubled_navigation(blocks: list) -> list:
    """The second copy of a list of titles printed twice (a page's table of contents, once for
    each layout, kept twice when the page is copied as text): navigation, not a repeat. A list
    of three items or more, each a title (at most 15 words, no full stop at its end), that
    repeats a list before it item for item, or the second half of a run of items that is its
    first half twice. Lists of sentences pasted twice are repeats and are compared as usual."""
    items = [block for block in blocks if block.kind == "list_item"]
    if len(items) < 2 * _MIN_NAVIGATION_ITEMS:
        return []
    runs, run = [], [items[0]]  # runs of list items that follow one another
    for block in items[1:]:
        if block.index != run[-1].index + 1:
            runs.append(run)
            run = []
        run.append(block)
    runs.append(run)
    doubled, seen = [], set()
    for run in runs:
        if len(run) < _MIN_NAVIGATION_ITEMS:
            continue
        texts = tuple(block.text for block in run)  # a copy printed by the page is the same text
        half = len(texts) // 2
        if texts in seen:
            copy = run
        elif len(texts) % 2 == 0 and half >= _MIN_NAVIGATION_ITEMS and texts[:half] == texts[half:]:
            copy, texts = run[half:], texts[:half]
        else:
            seen.add(texts)
            continue
        if all(map(_is_title, copy)):
            doubled += copy
        seen.add(texts)
    return doubled


def _is_title(block) -> bool:
    text = block.text.rstrip()
    return not text.endswith(".") and len(text.split()) <= _TITLE_MAX_WORDS


def _ends_a_sentence(block) -> bool:
    """Whether the block closes a sentence on its mark (the engine's sentences: "Dr." or "2.5"
    closes none)."""
    sentences = block.sentences
    return len(sentences) > 1 or (bool(sentences) and sentences[0].text.rstrip("\"'”’)]")[-1:] in ".!?।")


def _leads_into_list(sentence) -> bool:
    """Whether a sentence ends its paragraph on a colon: the lead-in of a list, whose items finish it."""
    return sentence.text.rstrip().endswith(":") and not sentence.block.text[sentence.end:].strip()


def _amid_prose(blocks: list, position: int, min_chars: int = 100) -> bool:
    """True when a block stands next to a paragraph of running text (a line pasted into the
    article, not a caption or label among the widgets of a page)."""
    for near in blocks[max(0, position - 1):position] + blocks[position + 1:position + 2]:
        if near.kind == "paragraph" and len(near.text) >= min_chars:
            return True
    return False


def _told_once(doc, found: list):
    """The findings, each repeated passage and each sentence copied more than once told once.

    Sentences that copy, one after the other, sentences that stand one after the other (a
    paragraph pasted twice) are one finding over the copy; a sentence copied twice or more is
    one finding at its first copy that names the lines of the others. Either way the fix is
    one: delete the copies. Other findings are kept as they are."""
    if not any(isinstance(item, _Repeat) for item in found):
        yield from found  # the common case: no repeated sentence to join into passages
        return
    # each sentence's place, by its block and start (a sentence parted at a danda is made anew)
    order = {(sentence.block.index, sentence.start): position
             for position, sentence in enumerate(_sentences(block for block in doc.blocks if block.kind != "heading"))}

    def follows(later, earlier) -> bool:
        place = order.get((later.block.index, later.start))
        return place is not None and place == order.get((earlier.block.index, earlier.start), -2) + 1

    runs: list[list[_Repeat]] = []  # copies of passages, in order
    for item in found:
        if not isinstance(item, _Repeat):
            yield item
        elif runs and follows(item.sentence, runs[-1][-1].sentence) and follows(item.first, runs[-1][-1].first):
            runs[-1].append(item)
        else:
            runs.append([item])
    copies: dict[int, list[_Repeat]] = {}  # first copy of one sentence -> its other copies
    for run in runs:
        if len(run) > 1:
            line = doc.line_col(run[0].first.source_span()[0])[0]
            how = "repeat, word for word," if all(r.exact for r in run) else "nearly repeat"
            yield Hit(stretch(run[0].sentence, run[-1].sentence),
                      f"These {len(run)} sentences {how} the {len(run)} sentences from line {line}",
                      suggestion="Keep one copy of the passage, or rephrase the second to add something new")
        else:
            copies.setdefault(id(run[0].first), []).append(run[0])
    for repeats in copies.values():
        first, *others = repeats
        hit = _hit(doc, first.sentence, first.first, exact=first.exact)
        if others:
            lines = list(dict.fromkeys(f"{doc.line_col(r.sentence.source_span()[0])[0]}"
                                       f"{'' if r.exact else ' (nearly)'}" for r in others))
            times = "once more" if len(others) == 1 else f"{len(others)} more times"
            where = f"line {lines[0]}" if len(lines) == 1 else f"lines {', '.join(lines)}"
            hit = Hit(hit.at, f"{hit.message}; it is written {times}, at {where}",
                      suggestion="Keep one copy, or rephrase the others to add something new")
        yield hit


def _hit(doc, sentence, first, exact: bool, what: str = "sentence") -> Hit:
    line = doc.line_col(first.source_span()[0])[0]
    if what == "restated":
        message = (f"This sentence restates the one before it (line {line}) almost word for word: "
                   f"it adds nothing new")
    elif what == "reworded":
        message = (f"This sentence rewords the sentence at line {line}: long runs of their words match "
                   f"in the same order, with words swapped between them (spun text)")
    elif what == "quotation":
        message = (f"This sentence quotes again the quotation of the sentence at line {line}, in nearly the same "
                   f"words")
    elif what == "phrase":
        message = f"This sentence repeats the sentence at line {line} with a phrase swapped or left out"
    elif exact:
        message = f"This {what} repeats, word for word, the {what} at line {line}"
    else:
        message = f"This {what} nearly repeats the {what} at line {line}"
    return Hit(sentence, message, suggestion="Keep one of the two, or rephrase the second to add something new")
