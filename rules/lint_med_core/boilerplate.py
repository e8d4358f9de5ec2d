"""Boilerplate: CMS leftovers, keyword headings, inserted keywords and spun phrasing.

The keyword-heading test (:func:`keyword_headings`) and the boilerplate-block test
(:func:`boilerplate_blocks`) are shared with the structure rules, so that an empty
keyword heading or a lone "Leave a Reply" heading gets one finding (here), not a
second one for being an empty section.
"""

from __future__ import annotations

import bisect
import functools
import re
import weakref
from typing import NamedTuple

from lint_med import Hit, Option, per_document, rule

from ._data import load, phrase_pattern
from ._evidence import block_starts, joined_starts, lowered_body, stretch, whole_words_present
from ._language import function_words, language

_WORD = re.compile(r"[^\W_][\w'’-]*")


def _norm_words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


# re.IGNORECASE matches ı and ſ to "i" and "s", and İ to "i", while str.lower() keeps ı and
# ſ and turns İ into "i" and a combining dot (U+0307): a lowercase text without these three
# comes from a text without ı, ſ or İ.
_UNLIKE_LOWERCASE = ("\u0131", "\u017f", "\u0307")


class LowercaseBlocks:
    """The text of a document's blocks in lowercase, made once per document.

    ``body`` is the lowercase texts joined by newlines as ``doc.body_text`` joins the
    blocks (lowercasing never looks across a newline, so it is ``doc.body_text.lower()``,
    shared with the other rules: ``lowered_body``), and ``starts`` is where each block
    begins in it. Looking a word up in ``body`` once is much cheaper than testing every
    block for it, and far cheaper than running a case-insensitive regex over every block.
    """

    def __init__(self, doc) -> None:
        self.body = lowered_body(doc)
        # where the blocks start in doc.body_text, unless lowercasing moved them ("İ" is two characters)
        self.starts = block_starts(doc) if len(self.body) == len(doc.body_text) else \
            joined_starts([block.text.lower() for block in doc.blocks])
        # Whether a case-insensitive regex match of a plain (ASCII) word is always seen by a
        # substring test on the lowercase text: only these three letters fold differently.
        self.folds_like_regex = not any(char in self.body for char in _UNLIKE_LOWERCASE)

    def blocks_containing(self, words) -> dict[int, list[str]]:
        """Block index -> the words (in the order given) that its lowercase text contains."""
        found: dict[int, list[str]] = {}
        body, starts = self.body, self.starts
        for word in words:
            at = body.find(word)
            while at >= 0:
                index = bisect.bisect_right(starts, at) - 1
                found.setdefault(index, []).append(word)
                if index + 1 == len(starts):
                    break
                at = body.find(word, starts[index + 1])  # on to the next block
        return found

    def text(self, index: int) -> str:
        """The lowercase text of block ``index``."""
        end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.body)
        return self.body[self.starts[index]:end]

    def occurrences(self, word: str):
        """(block index, offset in the block) of each occurrence of ``word`` in the lowercase text."""
        body, starts = self.body, self.starts
        at = body.find(word)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            yield index, at - starts[index]
            at = body.find(word, at + 1)


@per_document
def lowercase_blocks(doc) -> LowercaseBlocks:
    return LowercaseBlocks(doc)


def key_word(phrase: str) -> str:
    """The longest plain word of a phrase (regular-expression groups and escapes left out)."""
    plain = re.sub(r"\(\?:[^)]*\)\??|\\.", " ", phrase)
    words = re.findall(r"[^\W\d_]+", plain.lower())
    return max(words, key=len) if words else ""


@functools.lru_cache(maxsize=None)
def _keyword_data() -> dict:
    data = load("boilerplate_keywords")
    return {
        "function": frozenset(data["function_words"]),
        "query_prepositions": frozenset(data["query_prepositions"]),
        "before_of": frozenset(data["nouns_before_of"]),
        "suffixes": tuple(sorted(set(data["noun_suffixes"]), key=len, reverse=True)),
        "embedders": frozenset(data["embedders"]),
        "templates": tuple(data["query_templates"]),
        "near_me": tuple(data["near_me_nouns"]),
    }


# --- LM401 cms-boilerplate -------------------------------------------------------------

_LANGUAGES = {
    "any": "", "en": "English", "id": "Indonesian", "es": "Spanish", "pt": "Portuguese",
    "fr": "French", "de": "German", "it": "Italian", "nl": "Dutch", "pl": "Polish", "tr": "Turkish",
    "ru": "Russian", "vi": "Vietnamese", "ms": "Malay",
}
_LABEL_WORD = re.compile(r"[\w']+")


def _fold(text: str) -> str:
    return text.casefold().replace("’", "'")


def _label_key(text: str) -> str:
    """Fold a label or a block for comparison: case, quotes, punctuation, icons, spacing."""
    return " ".join(_LABEL_WORD.findall(_fold(text)))


class _Boilerplate:
    """Compiled label and phrase matchers for one set of user additions."""

    def __init__(self, extra_labels: tuple[str, ...], extra_phrases: tuple[str, ...]) -> None:
        data = load("boilerplate")
        self.labels: dict[str, tuple[bool, tuple[str, ...]]] = {}  # key -> (strong, languages)
        for code, table in data.items():
            language = _LANGUAGES.get(code, code)
            for strong, field in ((False, "weak_labels"), (True, "labels"), (True, "share_labels")):
                for label in table.get(field, ()):
                    key = _label_key(label)
                    was_strong, languages = self.labels.get(key, (False, ()))
                    if language and language not in languages:
                        languages += (language,)
                    self.labels[key] = (strong or was_strong, languages)
        for label in extra_labels:
            self.labels[_label_key(label)] = (True, ())
        self.labels.pop("", None)
        # the keys a share bar is made of: share labels and weak labels (network names, "Email")
        self.share_bar = frozenset(_label_key(label) for table in data.values()
                                   for label in table.get("share_labels", ())) | \
            frozenset(key for key, (strong, _) in self.labels.items() if not strong)
        self.longest = max((key.count(" ") + 1 for key in self.labels), default=1)
        self.first_words = frozenset(key.split(" ")[0] for key in self.labels)  # a quick reject
        self.phrases = tuple(p.replace(" ", r"\s+") for table in data.values()
                             for p in table.get("phrases", ())) + tuple(extra_phrases)
        # Phrases by their longest plain word; a block is searched only for the phrases
        # whose key word it contains, and each group is compiled on first use.
        self.by_key: dict[str, tuple[str, ...]] = {}
        for phrase in self.phrases:
            key = key_word(phrase)
            self.by_key[key] = self.by_key.get(key, ()) + (phrase,)
        self.always = self.by_key.pop("", ())  # phrases without a plain word: every block
        self.keys = tuple(self.by_key)

    def search(self, text: str, keys: list[str]):
        """The first comment-form or widget phrase in a block, or None.

        ``keys``: the key words the block's lowercase text contains ("" for the keyless phrases).
        """
        matches = [m for key in keys if (m := phrase_pattern(self.by_key.get(key, self.always)).search(text))]
        return min(matches, key=lambda m: m.start(), default=None)

    def share_bar_only(self, text: str) -> bool:
        """True when the text is made only of the labels of a share bar ("Share this: Facebook")."""
        words = _LABEL_WORD.findall(_fold(text))
        pos = 0
        while pos < len(words):  # greedy, as label_run
            size = next((size for size in range(min(self.longest, len(words) - pos), 0, -1)
                         if " ".join(words[pos:pos + size]) in self.share_bar), 0)
            if not size:
                return False
            pos += size
        return bool(words)

    def label_run(self, text: str) -> tuple[bool, list[str]] | None:
        """If the text is only labels: (any strong label, languages); else None."""
        folded = _fold(text)
        first = _LABEL_WORD.search(folded)
        if first is None or first.group() not in self.first_words:
            return None  # no label starts with the first word (most blocks): skip the greedy search
        words = _LABEL_WORD.findall(folded)  # the words of the block's key
        if len(" ".join(words)) > 120:
            return None
        pos, strong, languages = 0, False, []
        while pos < len(words):  # greedy: the longest label starting at this word
            for size in range(min(self.longest, len(words) - pos), 0, -1):
                found = self.labels.get(" ".join(words[pos:pos + size]))
                if found is not None:
                    break
            else:
                return None
            strong = strong or found[0]
            languages.append(found[1])
            pos += size
        return strong, languages


@functools.lru_cache(maxsize=8)
def _boilerplate(extra_labels: tuple[str, ...] = (), extra_phrases: tuple[str, ...] = ()) -> _Boilerplate:
    return _Boilerplate(extra_labels, extra_phrases)


class Leftover(NamedTuple):
    """One leftover: a block, or a run of adjacent list items that are all widget labels (a
    share bar pasted as a list) from ``first`` to ``last``; ``span`` is where the phrase is in
    ``first`` (None when the whole block is labels)."""

    first: object
    last: object
    what: str
    span: tuple | None


def boilerplate_blocks(doc, extra_labels=(), extra_phrases=()) -> list[tuple[object, str, tuple | None]]:
    """The article's boilerplate blocks as the structure rules see them: (first block, what
    it is, span of the phrase or None), one per :class:`Leftover`."""
    return [(leftover.first, leftover.what, leftover.span)
            for leftover in leftovers(doc, extra_labels, extra_phrases)]


def leftovers(doc, extra_labels=(), extra_phrases=()) -> list[Leftover]:
    """The article's leftovers in order, computed once per document and set of user additions."""
    return _leftovers(doc, tuple(extra_labels), tuple(extra_phrases))


@per_document
def _leftovers(doc, extra_labels: tuple, extra_phrases: tuple) -> list[Leftover]:
    return _find_leftovers(doc, _boilerplate(extra_labels, extra_phrases))


def _find_leftovers(doc, matcher) -> list[Leftover]:
    keys = whole_words_present(doc, matcher.keys)
    keys_in_block = lowercase_blocks(doc).blocks_containing(keys)  # few blocks hold any key
    keyless = [""] if matcher.always else []
    found: list[Leftover] = []
    run: list = []  # adjacent label-only list items: (block, strong, languages)

    def close_run() -> None:
        if run and any(strong for _, strong, _ in run):
            languages = [lang for _, _, langs in run for lang in langs]
            found.append(Leftover(run[0][0], run[-1][0],
                                  _describe_labels(" / ".join(b.text for b, _, _ in run), languages), None))
        elif run and found and found[-1].span is None and found[-1].last.index == run[0][0].index - 1:
            # "Share this:" followed by a list of networks: one share bar, one finding.
            before = found[-1]
            found[-1] = before._replace(last=run[-1][0], what=f"{before.what} and the {len(run)} item(s) after it")
        run.clear()

    for block in doc.blocks:
        labels = matcher.label_run(block.text) if len(block.text) <= 160 else None
        if labels is not None and block.kind == "list_item" and (
                not run or run[-1][0].index == block.index - 1):
            run.append((block, labels[0], labels[1]))
            continue
        if run:
            close_run()
        if labels is not None and block.kind == "list_item":
            run.append((block, labels[0], labels[1]))
            continue
        if labels is not None and labels[0]:
            found.append(Leftover(block, block, _describe_labels(block.text, labels[1]), None))
            continue
        block_keys = keys_in_block.get(block.index, []) + keyless
        match = matcher.search(block.text, block_keys) if block_keys else None
        if match:
            found.append(Leftover(block, block, f'comment-form or widget text "{_clip(match.group())}"',
                                  (match.start(), match.end())))
    close_run()
    return found


def _describe_labels(text: str, languages: list[tuple[str, ...]]) -> str:
    """Name the label and, when it is not English, the languages all its words share."""
    common = None
    for options in (langs for langs in languages if langs):
        common = set(options) if common is None else common & set(options)
    named = sorted(common or ())
    where = f" ({' or '.join(named)})" if named and "English" not in named else ""
    return f'widget label "{_clip(text)}"{where}'


def _clip(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


@rule("LM401", "cms-boilerplate", category="boilerplate", severity="warning", options={
    "extra_labels": Option([], "more widget labels: a block made only of these is boilerplate"),
    "extra_phrases": Option([], "more comment-form or widget sentences (regular expressions), "
                                "matched anywhere in a block"),
})
def cms_boilerplate(doc, options):
    """Report text of a CMS theme, share bar or comment form left inside the article.

    ## What it does
    Looks for the interface strings of WordPress, Blogger and the common share and
    related-posts plugins in English and in the languages those themes ship in
    (Indonesian, Spanish, Portuguese, French, German, Italian, Dutch, Polish, Turkish,
    Russian, Vietnamese, Malay). A block (list item, line, heading) is reported when it
    is made only of widget labels ("Share", "Bagikan", "Share this: Facebook Twitter",
    "Leave a Reply"); a block is also reported when it holds a comment-form or plugin
    sentence ("Your email address will not be published", "Required fields are marked
    *", "Click to share on Facebook"). A sentence of prose that merely uses the word
    "share" is never reported: labels must make up the whole block. Network names,
    "Email" and "Print" count only next to a real share label. Adjacent list items that
    form one share bar are reported once, and so are leftovers with no block of the article
    between them, each starting right after the block where the one before ends (a share
    bar's last item, then a comment form's heading, notice and spam-filter line: one finding
    that covers them all and names each); leftovers apart are reported one by one. A page whose
    only leftovers are English share bars ("Share this article") is not reported: every
    news and reference page has share buttons, and a page saved as text keeps them; a
    scraped template brings a comment form, related-post labels or labels in another
    language with them ("Bagikan" in an English article is always reported).

    On a web page the parser already drops forms, footers, navigation and share widgets
    marked by their class; this rule finds such text that ended up inside the article
    itself (pasted or scraped with it).

    ## Why is this bad?
    Widget text inside the article shows it was copied from another page or assembled
    carelessly; text in another language than the article's ("Bagikan", "Tinggalkan
    Balasan" in an English article) is a mark of scraped or hacked content. Readers and
    search engines take it as a sign of low-quality, unedited content.

    ## Example
    ```text
    Anxiety is a common condition.

      • Bagikan

    Tinggalkan Balasan

    Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *
    ```

    ## Use instead
    Delete the leftovers. If the site template adds them, set `content_selector` so that
    only the article element is linted, or fix the export.

    ## References
    - The interface strings of WordPress core's comment form and post navigation,
      Blogger's default template and the Jetpack, AddToAny and ShareThis plugins, in
      their shipped translations (list: `rules/lint_med_core/data/boilerplate.toml`).
    - Google Search spam policies, "Scraped content" and "Hacked content"
      (developers.google.com/search/docs/essentials/spam-policies).
    """
    found = leftovers(doc, options.extra_labels, options.extra_phrases)
    # A page whose only leftovers are share bars in English keeps its own share buttons (every
    # news and reference page has them); a scraped template brings a comment form or foreign labels too.
    if all(leftover.span is None and _boilerplate(tuple(options.extra_labels), tuple(options.extra_phrases))
           .share_bar_only(leftover.first.text) for leftover in found):
        return
    for run in _adjacent_runs(found):
        first, last = run[0], run[-1]
        if len(run) == 1:
            where = first.first if first.first is first.last else stretch(first.first, first.last)
            yield Hit(where, f"Leftover of a site theme or comment form in the article: {first.what}",
                      span=first.span, suggestion="Delete it; it is page furniture, not part of the article.")
            continue
        # one template pasted with the article (a share bar and the comment form after it: its
        # heading, its notice, its spam-filter line): one thing to delete, one finding over all of it
        start = first.span[0] if first.span else 0
        end = last.span[1] if last.span else None
        whats = "; ".join(leftover.what for leftover in run)
        blocks = last.last.index - first.first.index + 1
        yield Hit(stretch(first.first, last.last, start, end),
                  f"Leftovers of a site theme or comment form in the article, {blocks} blocks in a row: {whats}",
                  suggestion="Delete them; they are page furniture, not part of the article.")


def _adjacent_runs(found: list[Leftover]) -> list[list[Leftover]]:
    """The leftovers grouped into runs with no block of the article between them: each
    starts at the block right after the one where the one before it ends (a share bar's
    last item, then the comment form's heading), in order."""
    runs: list[list[Leftover]] = []
    for leftover in found:
        if runs and runs[-1][-1].last.index + 1 == leftover.first.index:
            runs[-1].append(leftover)
        else:
            runs.append([leftover])
    return runs


# --- LM402 keyword-heading -------------------------------------------------------------

def _title_heading(doc):
    """The heading that titles the article (first block, or the first level-1 heading), if any."""
    for block in doc.blocks:
        if block.kind == "heading":
            return block if block.level == 1 or block.index == 0 else None
        return None
    return None


def title_words(doc) -> set[str]:
    words = set(_norm_words(doc.title or ""))
    title = _title_heading(doc)
    if title is not None:
        words.update(_norm_words(title.text))
    return words | {_singular(w) for w in words}


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


_HEADING_PUNCTUATION = re.compile(r"[?!.;:,()]")


def keyword_headings(doc, min_words: int = 3) -> dict[int, str]:
    """Headings that are a bare search keyphrase: block index -> why (once per document and
    `min_words`, however it is passed)."""
    return _keyword_headings(doc, min_words)


@per_document
def _keyword_headings(doc, min_words: int) -> dict[int, str]:
    function, query_prepositions = _keyword_data()["function"], _keyword_data()["query_prepositions"]
    # a page in another language writes its headings with its own function words ("10 remedios
    # naturales que podrían ayudar" is a phrase, in sentence case as Spanish writes headings)
    others = function_words()[1]
    if (code := language(doc)) in others:
        function = function | others[code][0]
    title = _title_heading(doc)
    title_key = " ".join(_norm_words(doc.title or ""))
    headings = []
    words_of: dict[int, list[str]] = {}  # block index -> the heading's words
    for block in doc.blocks:
        if block.kind == "heading" and block is not title:
            words = _norm_words(block.text)
            if " ".join(words) != title_key:
                headings.append(block)
                words_of[block.index] = words
    keys = {index: " ".join(words) for index, words in words_of.items()}
    lines: dict[str, list] = {}
    for block in headings:
        lines.setdefault(keys[block.index], []).append(block)
    lowercase = [b for b in headings if _is_lowercase(b.text)]
    # A site whose headings are all in lowercase has a style, not a keyword problem; its
    # headings read as phrases ("who should avoid it"), not queries ("ldn side effects").
    phrases = [b for b in lowercase if any(w in function and w not in query_prepositions
                                           for w in words_of[b.index])]
    lowercase_style = (len(headings) >= 3 and len(lowercase) >= 0.6 * len(headings)
                       and 2 * len(phrases) >= len(lowercase))
    words_of_title = title_words(doc)
    in_table = _flattened_table_lines(doc) if doc.format == "text" else set()
    found: dict[int, str] = {}
    for block in headings:
        words = words_of[block.index]
        if not (min_words <= len(words) <= 8) or _HEADING_PUNCTUATION.search(block.text):
            continue
        if block.index in in_table:
            continue  # a label or value of a facts table flattened to text ("Type of medicine")
        if all(w.isdigit() for w in words):
            continue
        lowercase_query = _is_lowercase(block.text) and not lowercase_style
        closed_class = {w for w in words if w in function}
        if closed_class and not (lowercase_query and closed_class <= query_prepositions):
            continue
        reasons = []
        if lowercase_query:
            reasons.append("written in lowercase like a search query")
        twins = [b for b in lines[keys[block.index]] if b is not block]
        in_title = sum(1 for w in words if w in words_of_title or _singular(w) in words_of_title)
        if closed_class and not twins:
            # with a preposition, a lowercase phrase is a query only when built on the title's words
            content_in_title = sum(1 for w in words if w not in closed_class
                                   and (w in words_of_title or _singular(w) in words_of_title))
            if content_in_title < 2:
                continue
        only_title = in_title == len(words)
        # "Metformin Weight Loss Results" twice: the title's keyphrase, give or take a word.
        if twins and in_title >= 3 and in_title >= len(words) - 1:
            where = ", ".join(str(doc.line_col(b.offsets[0])[0]) for b in twins if b.offsets)
            reasons.append(f"repeated as the heading at line {where}")
        if not reasons:
            continue
        if only_title:
            reasons.append("made only of the title's words")
        elif in_title >= 3:
            reasons.append("made of the title's words")
        found[block.index] = ", ".join(reasons)
    return found


def _flattened_table_lines(doc) -> set[int]:
    """Indexes of the plain-text lines that stand in a run of three or more short lone
    lines, before its last: a facts table, a list of labels and values or a menu flattened
    to text ("Type of medicine" / "5-alpha reductase inhibitor" / "Used for"), not
    headings over sections (the runs LM302 takes for tables). The run's last line, which
    the text follows, may still head it."""
    found: set[int] = set()
    run: list[int] = []
    for block in [*doc.blocks, None]:
        if block is not None and block.kind == "heading":
            run.append(block.index)
            continue
        if len(run) >= 3:
            found.update(run[:-1])
        run = []
    return found


def _is_lowercase(text: str) -> bool:
    """Whether the text is written in lowercase: it has lowercase letters and no capitals. A text in a script
    without case (Devanagari, Gujarati, Arabic, Chinese) is in neither: "जो वादा नहीं किया जाता" is no query
    written in lowercase."""
    return any(c.islower() for c in text) and text == text.lower()


@rule("LM402", "keyword-heading", category="boilerplate", severity="warning", options={
    "min_words": Option(3, "headings with fewer words are never reported"),
})
def keyword_heading(doc, options):
    """Report a heading that only repeats the search keyphrase.

    ## What it does
    Reports a heading (other than the title) that is a bare run of content words, with
    no verb, article, preposition or question word ("low dose naltrexone side effects"; on a page
    in another language, its own function words too: "8 remedios y plantas que calman" is a phrase),
    and that is either written all in lowercase, as people type search queries, or
    repeated word for word as another heading while made only of the title's words.
    A query may hold a preposition ("ivermectin for humans dosage"): a lowercase heading
    with only such prepositions is reported when it repeats another heading or is built
    on two or more of the title's words. Headings such as "Side effects", "How LDN
    works" or "Side effects of naltrexone" pass. If most of an article's headings are
    lowercase and read as phrases ("who should avoid it"), that is the site's style and
    lowercase alone is not a signal. In plain text, where headings are guessed from short
    lone lines, three or more such lines in a row are a facts table flattened to text
    ("Type of medicine" / "proton pump inhibitor" / "Used for"): its lines are labels and
    values, not headings, except the last, which may head the text after it.

    ## Why is this bad?
    SEO tools insert the target keyphrase as headings to rank for it. Such a heading
    tells the reader nothing about the section below it, often sits over unrelated text
    or over nothing at all, and search engines treat it as keyword stuffing.

    ## Example
    ```text
    low dose naltrexone side effects

    Understanding the Connection Between Bipolar Disorder and Anxiety
    ```

    ## Use instead
    A heading that says what the section covers ("Common side effects of LDN"), or none.

    ## References
    - Google Search spam policies, "Keyword stuffing"
      (developers.google.com/search/docs/essentials/spam-policies).
    - Ntoulas et al., "Detecting spam web pages through content analysis", WWW 2006
      (keyword-dense titles and headings as a spam feature).
    """
    index = {b.index: b for b in doc.blocks}
    for block_index, why in keyword_headings(doc, int(options.min_words)).items():
        block = index[block_index]
        yield Hit(block, f'Heading "{_clip(block.text)}" is a bare search keyphrase ({why})',
                  suggestion="Write a heading that says what the section covers, or remove it.")


# --- LM403 inserted-keyword ------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _vocabulary_words() -> frozenset:
    """Single-word terms of the shipped medical vocabulary (nouns: drugs, diseases, organs)."""
    try:
        data = load("medical_vocabulary")
    except (OSError, ValueError):
        return frozenset()
    words = set()
    for group in data.values():
        if isinstance(group, dict):
            words.update(t.lower() for t in group.get("terms", ()) if " " not in t)
    return frozenset(words)


_QUERY_WORDS = ("what", "how")
_NEAR_ME = re.compile(r"near\s+me(?!\w)")  # in lowercase text: no case folding, a quick literal scan
_QUERY_START = re.compile(r"(?<!\w)(?:what|how)\s", re.I)


@functools.lru_cache(maxsize=1)
def _query_patterns() -> tuple[tuple[tuple[re.Pattern, bool], ...], re.Pattern]:
    """The query templates, each with whether it can only match where _QUERY_START does
    (it starts with a query word and a space), and the "near me" pattern."""
    data = _keyword_data()
    subject = r"(?P<x>[^\W\d_][\w'’-]*)"
    queries = tuple((re.compile(r"(?<!\w)" + t.replace("{X}", subject).replace(" ", r"\s+") + r"(?!\w)", re.I),
                     t.lower().startswith(tuple(word + " " for word in _QUERY_WORDS)))
                    for t in data["templates"])
    near_me = re.compile(r"(?<!\w)(?:" + "|".join(data["near_me"]) + r")\s+near\s+me(?!\w)", re.I)
    return queries, near_me


def _query_starts(doc, lowered: LowercaseBlocks) -> dict[int, list[tuple[int, int]]]:
    """Block index -> the span of each match of _QUERY_START in the block's text.

    Found with str.find in the lowercase text, whose positions, word characters and
    spaces are those of the text when it ``folds_like_regex`` (no letter of "what" or
    "how" folds otherwise); that is much cheaper than a case-insensitive regex over
    every block that has "how" in "show" or "however". Else with the regex.
    """
    found: dict[int, list[tuple[int, int]]] = {}
    if not lowered.folds_like_regex:
        for index in lowered.blocks_containing(_QUERY_WORDS):
            spans = [match.span() for match in _QUERY_START.finditer(doc.blocks[index].text)]
            if spans:
                found[index] = spans
        return found
    for word in _QUERY_WORDS:
        for index, at in lowered.occurrences(word):
            text = lowered.text(index)
            end = at + len(word)
            if end < len(text) and text[end].isspace() and not (at and _is_word_char(text[at - 1])):
                found.setdefault(index, []).append((at, end + 1))
    for spans in found.values():
        spans.sort()
    return found


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # the regex \w


def _query_matches(queries, text: str, starts: list[int]):
    """Each query template's matches in the sentence, as its finditer gives them; a template
    that starts with a query word is only tried at the query starts (``starts``)."""
    for query, at_query_start in queries:
        if not at_query_start:
            yield from query.finditer(text)
            continue
        end = 0
        for start in starts:
            if start >= end and (match := query.match(text, start)):
                yield match
                end = match.end()


def _noun_like(word: str, doc_words: set[str], vocabulary) -> bool:
    low = word.lower().replace("’", "'")
    if low in _keyword_data()["function"]:
        return False
    if len(word) >= 2 and word.isupper():
        return True  # an acronym: LDN, ADHD
    if low in doc_words or low in vocabulary or _singular(low) in vocabulary:
        return True
    return low.endswith(_keyword_data()["suffixes"]) and len(low) > 5


_BEFORE_WORD = re.compile(r"([^\W_][\w'’-]*)[ \t]+$")
_AFTER_WORD = re.compile(r"^[ \t]+([^\W_][\w'’-]*)")
_QUOTES = re.compile(r"[\"“”«»]")


def _keyphrase_variants(phrases: list[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The keyphrases of two words or more and their last three words or more."""
    variants = set()
    for words in phrases:
        if len(words) >= 2:
            variants.add(words)
        for start in range(1, len(words)):
            if len(words) - start >= 3:
                variants.add(words[start:])
    return variants


def _keyphrase_pattern(variants: set[tuple[str, ...]]) -> re.Pattern | None:
    if not variants:
        return None
    alternatives = sorted((r"\s+".join(re.escape(w) for w in v) for v in variants), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I)


_META_KEYWORDS = re.compile(r"<meta\s[^>]*name=[\"']?(?:keywords|news_keywords)[\"']?[^>]*>", re.I)
_CONTENT = re.compile(r"content=(?:\"([^\"]*)\"|'([^']*)')", re.I)


def _meta_keyphrases(doc) -> list[str]:
    if doc.format != "html":
        return []
    found = []
    # the tags in the first 200,000 characters: endpos matches as doc.source[:200_000] does,
    # without copying them
    for tag in _META_KEYWORDS.finditer(doc.source, 0, 200_000):
        content = _CONTENT.search(tag.group())
        if content:
            found.extend(p.strip() for p in (content.group(1) or content.group(2) or "").split(","))
    return [p for p in found if len(p.split()) >= 3]


def inserted_keywords(doc, keyphrases=()) -> list[tuple[object, int, int, str]]:
    """(block, start, end, message) of keyphrases and search queries pasted into sentences."""
    data = _keyword_data()
    found = []
    index = {b.index: b for b in doc.blocks}
    phrases = [index[i].text for i in keyword_headings(doc)] + list(keyphrases) + _meta_keyphrases(doc)
    variants = _keyphrase_variants([tuple(_norm_words(p)) for p in phrases])
    keyphrase_re = _keyphrase_pattern(variants)
    queries, near_me = _query_patterns()
    doc_words = title_words(doc)
    vocabulary = _LazyVocabulary(doc)
    # The blocks worth a look, found in the document's lowercase text at once: those that
    # can hold a keyphrase (each of its words), a "near me" or a what/how query.
    lowered = lowercase_blocks(doc)
    # A keyphrase's longest plain (ASCII) word: a case-insensitive match of it is in the
    # lowercase text when that folds like the regex.
    anchors = {max((word for word in words if word.isascii()), key=len, default=None) for words in variants}
    if lowered.folds_like_regex and None not in anchors:
        keyphrase_blocks = lowered.blocks_containing(sorted(anchors))
    else:  # a case-insensitive match need not be in the lowercase text: try every block
        keyphrase_blocks = dict.fromkeys(range(len(doc.blocks)) if keyphrase_re is not None else ())
    near_blocks = lowered.blocks_containing(["near"])
    if lowered.folds_like_regex:  # the lowercase text also tells where "near me" is
        near_blocks = {index: words for index, words in near_blocks.items()
                       if _NEAR_ME.search(lowered.text(index))}
    query_blocks = _query_starts(doc, lowered)
    for index in sorted(keyphrase_blocks.keys() | near_blocks.keys() | query_blocks.keys()):
        block = doc.blocks[index]
        if block.kind == "heading":
            continue
        text = block.text
        if index in keyphrase_blocks:
            for match in keyphrase_re.finditer(text):
                before = _BEFORE_WORD.search(text, 0, match.start())
                after = _AFTER_WORD.search(text[match.end():])
                if before and after and before.group(1).lower() in data["before_of"] \
                        and after.group(1).lower() == "of":
                    found.append((block, match.start(), match.end(),
                                  f'Keyphrase "{match.group()}" is wedged between "{before.group(1)}" and '
                                  f'"of"; without it the phrase reads "{before.group(1)} of ..."'))
        if index in near_blocks:
            for match in near_me.finditer(text):
                if not _quoted(text, match.start()):
                    found.append((block, match.start(), match.end(),
                                  f'Search query "{match.group()}" pasted into the text'))
        if index not in query_blocks:
            continue
        for sentence in block.sentences:
            stext = sentence.text
            # The query starts inside the sentence (a sentence starts after a space, so the
            # word before its first one is the same as in the block).
            starts = [start - sentence.start for start, end in query_blocks[index]
                      if start >= sentence.start and end <= sentence.end]
            if stext.rstrip().endswith("?") or not starts:
                continue
            for match in _query_matches(queries, stext, starts):
                before = _BEFORE_WORD.search(stext, 0, match.start())
                after = _AFTER_WORD.search(stext[match.end():])
                if not before or not after or _quoted(stext, match.start()):
                    continue  # sentence start, or followed by punctuation: a real clause
                if before.group(1).lower() in data["embedders"]:
                    continue
                follower = after.group(1)
                if not follower[0].islower() or follower.lower() in data["function"]:
                    continue
                subject = match.group("x")
                if subject is None or not _noun_like(subject, doc_words, vocabulary):
                    continue
                start = sentence.start + match.start()
                found.append((block, start, sentence.start + match.end(),
                              f'Search query "{match.group()}" pasted into the sentence between '
                              f'"{before.group(1)}" and "{follower}"'))
    found.sort(key=lambda f: (f[0].index, f[1]))
    return found


class _LazyVocabulary:
    """The shipped and pack-registered single-word terms, gathered only if a query needs them."""

    @property
    def doc(self):
        return self._doc()

    def __init__(self, doc) -> None:
        # Weakly, as Evidence holds its document (_evidence.py).
        self._doc = weakref.ref(doc)
        self.words: set | None = None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            self.words = set(_vocabulary_words())
            for terms in (self.doc.vocabulary or {}).values():
                self.words.update(t.lower() for t in terms if " " not in t)
        return word in self.words


def _quoted(text: str, position: int) -> bool:
    return len(_QUOTES.findall(text, 0, position)) % 2 == 1


@rule("LM403", "inserted-keyword", category="boilerplate", severity="warning", options={
    "keyphrases": Option([], "the article's search keyphrases, if known (e.g. from the SEO plugin); "
                             "keyword headings and <meta name=keywords> are used as well"),
})
def inserted_keyword(doc, options):
    """Report a search keyphrase or query pasted into a sentence where it does not belong.

    ## What it does
    Finds two kinds of insertion, and only where the grammar around them shows it:

    - the article's keyphrase (a keyword heading found by LM402, a configured
      `keyphrases` entry or a `<meta name="keywords">` phrase, or its last three or
      more words) wedged into a noun phrase, between a noun that takes "of" and "of":
      "cases naltrexone side effects of opioid overdose";
    - a search query with its question word order ("what is alcoholism", "how long does
      X stay in your system", "doctors near me") in the middle of a sentence that is not
      a question, between two content words, after a word that cannot introduce a
      clause ("... as revealed per what is alcoholism incidental ..."). The query's
      subject must be a noun (a medical term, an acronym, a title word or a word with a
      noun suffix such as -ism or -itis); "learn what is known about ..." and "depends
      on what is available" are not queries.

    Precision comes first: a keyphrase or query that sits in a grammatical slot is left
    alone, so many insertions are missed.

    ## Why is this bad?
    Keyword insertion makes sentences ungrammatical or change meaning, and marks the
    page as written for search engines rather than readers (keyword stuffing).

    ## Example
    ```text
    Although rare, cases naltrexone side effects of opioid overdose have been reported.
    ```

    ## Use instead
    Remove the inserted words: "Although rare, cases of opioid overdose have been reported."

    ## References
    - Google Search spam policies, "Keyword stuffing"
      (developers.google.com/search/docs/essentials/spam-policies).
    - Ntoulas et al., "Detecting spam web pages through content analysis", WWW 2006.
    """
    for block, start, end, message in inserted_keywords(doc, tuple(options.keyphrases)):
        yield Hit(block, message, span=(start, end),
                  suggestion="Remove the inserted words so that the sentence reads as written.")


# --- LM404 spun-phrasing -------------------------------------------------------------------


def _phrase_key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


@functools.lru_cache(maxsize=8)
def _spun(extra: tuple[tuple[str, str], ...]) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    table = dict(load("spun_phrases")["phrases"])
    table.update(dict(extra))
    originals = {_phrase_key(k): v for k, v in table.items()}
    by_key: dict[str, tuple[str, ...]] = {}
    for phrase in table:
        key = max(re.findall(r"\w+", phrase.lower()), key=len)
        by_key[key] = by_key.get(key, ()) + (r"\s+".join(re.escape(w) for w in phrase.split()),)
    return by_key, originals


@rule("LM404", "spun-phrasing", category="boilerplate", severity="warning", options={
    "extra_phrases": Option({}, "more spun phrases: a table of phrase = the original wording"),
})
def spun_phrasing(doc, options):
    """Report phrasing produced by an article spinner ("stands published", "bosom peril").

    ## What it does
    Matches a list of collocations that article spinners produce when they swap words
    of a fixed expression for "synonyms": "stands published" (has been published), "as
    revealed per" (as reported in), "bosom peril" (breast cancer), "various sclerosis"
    (multiple sclerosis), "counterfeit consciousness" (artificial intelligence), "big
    information" (big data). The message names the wording the phrase most likely
    replaced. Phrases with an innocent reading are kept off the list.

    ## Why is this bad?
    Spun text is copied text disguised to escape duplicate detection. It is hard to
    read, sometimes wrong (a spun drug or disease name can name something else), and
    search engines treat it as scaled, low-value content.

    ## Example
    ```text
    A postulate that LDN could enhance acupuncture stands published for quite some time.
    ```

    ## Use instead
    Write it in your own words: "A hypothesis that LDN could enhance acupuncture has been
    published, but ..."

    ## References
    - Zhang et al., "DSpin: Detecting Automatically Spun Content on the Web", NDSS 2014.
    - Cabanac, Labbé and Magazinov, "Tortured phrases: A dubious writing style emerging in
      science. Evidence of critical issues affecting established journals",
      arXiv:2107.06751, 2021.
    - List: `rules/lint_med_core/data/spun_phrases.toml` (written for lint-med from the
      documented examples).
    """
    extra = tuple(sorted((str(k), str(v)) for k, v in dict(options.extra_phrases).items()))
    by_key, originals = _spun(extra)
    present = whole_words_present(doc, tuple(by_key))
    if not present:
        return
    # Only the phrases whose key word the article contains: one small regex.
    pattern = phrase_pattern(tuple(p for key in present for p in by_key[key]))
    lowered = lowercase_blocks(doc)
    blocks = doc.blocks
    if lowered.folds_like_regex and all(key.isascii() for key in present):
        # A match holds its key word, so only the blocks whose lowercase text contains
        # a key word need the (slow, case-insensitive) regex.
        blocks = [blocks[index] for index in sorted(lowered.blocks_containing(present))]
    for block in blocks:
        for match in pattern.finditer(block.text):
            original = originals.get(_phrase_key(match.group()), "")
            yield Hit(block, f'Spun phrasing "{match.group()}": probably a rewording of "{original}"',
                      span=(match.start(), match.end()),
                      suggestion=f'Write "{original}", or rewrite the sentence in your own words.')
