"""Where an article shows its sources: citation markers, reference lists, named sources, links.

Shared by the statistics, citations and claims rules. Everything is computed once per
document (and per set of user-added source patterns) and cached weakly on the document.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import weakref
from dataclasses import dataclass, field
from typing import NamedTuple

from lint_med import per_document

from . import _speech
from ._data import load
from ._language import function_words, language

class SourceSpan:
    """A place in the source that is not one block: a meta tag, a JSON-LD value, or a run of
    blocks or sentences that one finding covers (`stretch`)."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end

    def source_span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        return self.start, self.end


def stretch(first, last, start: int = 0, end: int | None = None) -> SourceSpan:
    """The place from ``start`` in ``first`` (a block or sentence) to ``end`` in ``last`` (its
    end when None): a run of adjacent problems reported once."""
    return SourceSpan(first.source_span(start)[0], last.source_span(0, end)[1])


# --- citation markers -----------------------------------------------------------

_NUMS = r"\d{1,3}(?:\s*[,;–—-]\s*\d{1,3})*"
# [3], [3, 4], [3-5]; in full-width or lenticular brackets too ("［3］", "【3】"), as East Asian pages print them
_BRACKET = re.compile(r"[\[［【〔](" + _NUMS + r")[\]］】〕]")
_WIDE_BRACKETS = ("［", "【", "〔")
# [i], [iv], [xii]: lowercase Roman numerals after a word or punctuation, as endnotes are numbered
# on many blogs ("schizophrenia.[i]"); a capital one is a letter ("[I]t was"). Plainly
# (?<=[\w.,;:)”"’])\[...\]; written to start with the "[", and the look-behind read after it, the
# regex engine skips in C to each "[" instead of trying the look-behind at every character.
_ROMAN = re.compile(r"\[(?<=[\w.,;:)”\"’]\[)(x{0,3}(?:ix|iv|v?i{1,3}|v)|x{1,3})\]")
_ROMAN_STEMS = ("[i", "[v", "[x")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
# "1)" after a full stop, closing its paragraph: an endnote number with a bracket ("... im Lehrbuch. 1)");
# "Take it with food. 1) Rest" is an enumeration (words follow it)
_PAREN_CLOSING = re.compile(r"(?<=[.!?])\s?(\d{1,2})\)\s*$")
# [^1], [^note] (Markdown footnote reference; "[^1]:" starts a definition)
_FOOTNOTE_REF = re.compile(r"\[\^([\w-]+)\](?!:)")
_FOOTNOTE_DEF = re.compile(r"^\s*\[\^([\w-]+)\]:")
# (11) in citation position: after a word, before punctuation, another marker or the end.
# "(1) take it with food, (2) ..." is an enumeration: followed by words, so not matched.
# Glued to the letter or marker before it too, as some journals print them ("de esta patología(1).",
# "eficacia(7)(8)").
# The lookbehinds sit after the first literal character, so that the regex engine can
# jump to each "(" / "." / digit instead of trying every position of the text.
_PAREN = re.compile(r"\((?:(?<=[\w.,;:)\]%’”\"]\s\()|(?<=[^\W\d_]\()|(?<=\d\)\())(" + _NUMS + r")\)(?=\s*(?:[.,;:!?]|\(\d|\[\d|$))")
# Markers whose spaces a copy lost: a group of numbers in brackets glued to the next sentence ("natural
# strategies (1, 2, 3)In this article"; one number may open an enumeration, "(1)Take"), and a group of
# numbers going up glued to the word they followed ("umfassend erforscht1,2 und"; one glued number may
# be part of a name or a quantity: "COVID19", "omega3").
_PAREN_GLUED = re.compile(r"\((?<=[\w.,;:)\]%’”\"]\s\()(\d{1,3}(?:\s*[,;]\s*\d{1,3})+)\)(?=[A-Z][a-z])")
# (matched from its first comma, a literal the engine jumps to: the numbers before it are the one or two
# digits after the word)
_GLUED_TO_WORD = re.compile(r",(?:(?<=[a-zß-ÿ]{4}\d,)|(?<=[a-zß-ÿ]{4}\d\d,))\d{1,2}(?:,\d{1,2})*(?![\d,])(?=[\s.;:]|$)")
_GLUED_WORD = re.compile(r"[A-Za-zß-ÿ]+$")
# A superscript flattened onto the punctuation it followed: "trial.1 Another", "trial.1,2",
# "a “high.”1", "from hemp,2 but", "before using it:3" (last in its paragraph); or left one space
# after the full stop: "for depression. 1" (last), "antidepressants. 2 In the US". A number that
# starts a quantity is not one: "daily,2 tablets", "water. 3 cups".
_UNITS = (r"(?:mg|mcg|µg|g|kg|ml|mL|l|IU|units?|tablets?|capsules?|pills?|drops?|doses?|cups?|glasses|times|"
          r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|percent|per|out|in|of|to|or|and|x)\b")
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
_GLUED_AFTER_STOP = re.compile(
    r"\.(?<=[a-z)\]%]\.)[”\"’]?(\d{1,3}(?:[,–-]\d{1,3})*)(?=\s+[A-Z]|\s*$)"
    r"|\.(?<=[a-z)\]%]\.) (\d{1,2})(?=\s+[A-Z]|\s*$)(?!\s+" + _UNITS + r"|\s+" + _MONTHS + r")"
    r"|,(?<=[a-z],)(\d{1,2})(?=\s+[a-z])(?!\s+" + _UNITS + r")"
    r"|:(?<=[A-Za-z]:)(\d{1,2})(?=\s*$)")
# A marker whose link text named it, flattened onto the full stop it followed: "for 3 to 5
# years.footnote 1", "the dose.ref 2" (the number alone may be anything; the word says it cites).
_WORDED = re.compile(r"[.,;:](?<=[a-z)\]%][.,;:])(?:footnote|endnote|ref)\s?(\d{1,3})\b")
_MARKERS_AT_END = re.compile(r"[a-z]\.\d{1,3}(?:[,–-]\d{1,3})+$|[a-z][.,;:](?:footnote|endnote|ref)\s?\d{1,3}$"
                             r"|[a-z][.!?]\[[ivx]{1,5}\]$|[a-z][.!?]\s?\d{1,2}\)$")
# "abuse 6, respectively" / "during 3 weeks 74." : a bare number after a word, before , . ; :
# The match starts at the number (the space before it is in the lookbehind).
_BARE = re.compile(r"(\d(?<=[A-Za-z)]\s\d)\d{0,2}(?:\s?,\s?\d{1,3}(?![\d,]))*)(?=\s?[.,;:](?:\s|$)|$)(?!\s?,\s?\d{1,3},\d{3})(?!(?:\s?,\s?\d[\d,.]*)*\s(?:or|and|to)\s\d)")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\)?\s*$")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")
_ABBREVIATIONS = frozenset({"fig", "no", "vol", "p", "pp", "eq", "ref", "refs", "ch", "sec"})
_SUP_DIGITS = re.compile(r"<sup\b[^>]*>(?:\s|<[^>]*>|\[)*(\d)", re.I)
# A superscript is a citation after punctuation or a word; after a variable or unit it is an
# exponent ("n<sup>2</sup>", "km<sup>2</sup>").
_SUP_CONTEXT = re.compile(r"(?:[.,;:)\]”’\"]|[A-Za-z]{3,})\s?$")
_DIGIT = re.compile(r"[0-9]")
# A word with its apostrophes and hyphens ("don't", "long-term"): the token LM701 and LM602 read clauses in.
WORD = re.compile(r"[\w'’-]+")
# Superscript digits as characters ("... blood sugar.¹"): a page's <sup> markers copied as text.
# After a full stop or other closing sign, or a word of three letters or more (not "m²", "cm³").
_UNICODE_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_UNICODE_SUP = re.compile(r"(?:(?<=[.,;:)\]”’\"])|(?<=[A-Za-z]{3}))([¹²³⁴⁵⁶⁷⁸⁹][¹²³⁴⁵⁶⁷⁸⁹⁰]?(?:\s?[,–-]\s?[¹²³⁴⁵⁶⁷⁸⁹][¹²³⁴⁵⁶⁷⁸⁹⁰]?)*)")
_FROM_SUPERSCRIPT = str.maketrans(_UNICODE_SUPERSCRIPTS, "1234567890")


@functools.lru_cache(maxsize=None)
def _quantity_words() -> frozenset:
    """Words after which a bare number is a quantity or a label, not a citation marker."""
    return frozenset(load("citations_sources")["not_citation_after"])


@functools.lru_cache(maxsize=None)
def _short_author_year() -> re.Pattern:
    """A short author-year citation, a pointer into a reference list: "(Okafor, 2015)", "(Lindqvist MJ
    et al 1998)", "(Haddad D 2004; Moreau AS et al 2000)"; not a full one that carries its journal
    ("(Varga et al., 2005 Ann Neurol 58:466)"), nor a date ("(March 2019)", "(Updated 2021)":
    `date_words` of data/citations_sources.toml)."""
    surname = rf"(?!(?:{_date_words()})\b)[A-Z][a-z][\w'’-]+(?:\s+[A-Z]{{1,3}}\b)?"
    return re.compile(rf"\((?:(?:see|e\.g\.,?)\s+)?(?:{surname}(?:\s+et\s+al\.?|,?\s+(?:and|&)\s+{surname})?,?\s+"
                      rf"(?:19|20)\d\d[a-z]?(?:;\s*(?=[A-Z])|(?=\)))){{1,8}}\)")


@functools.lru_cache(maxsize=None)
def _date_words() -> str:
    """The capitalised words of a date or a dateline, not names (`date_words` of
    data/citations_sources.toml, and the month names of data/structure_metadata.toml), as an alternation."""
    months = [name.capitalize() for name in load("structure_metadata")["months"][:12]]
    return "|".join(months + list(load("citations_sources")["date_words"]))
_PRE = re.compile(r"<pre\b.*?</pre\s*>", re.I | re.S)
# Whether the source holds "<sup" or "<SUP" (group 1) and an opening <pre> tag in any case: one
# pass over the source for both (an HTML page is mostly markup, each pass over it costs as much
# as scanning all the article's blocks).
_SUP_OR_PRE = re.compile(r"<(?:(sup|SUP)|(?i:pre)\b)")
_ANY_NUMBER = re.compile(r"\d{1,3}(?:\s*[,–-]\s*\d{1,3})*")

# An entry of a numbered reference list: "1. World Cancer Research Fund. Supplements. 2016.",
# "[2] Smith J, et al. Title. JAMA 2019;321:1-9": a number, then a year and either two full
# stops inside ("Author. Title. Year"), "et al", a DOI or an address.
_ENTRY_NUMBER = re.compile(r"\s*\[?(\d{1,3})[.)\]]\s*")
# The end of a line stopped in mid-word or mid-list: a reference entry the copy cut short ("Shao L, e").
_CUT_END = re.compile(r"[\w,;]\s*$")
_REFERENCE_SHAPE = re.compile(r"(?=.*\b(?:19|20)\d\d\b)(?:[^.]+\.\s[^.]+\.(?:\s|$)|.*\bet al\b|.*\bdoi\b|.*https?://)")

# --- other signs of a source ---------------------------------------------------------

# (an author-year citation whose paragraph ends before its bracket closes is one too: a page's text
# cut short, "(Hobson & Lee, 2012; Ho")
_AUTHOR_YEAR = re.compile(
    r"\([^()]{0,80}?\b[A-Z][A-Za-z'’-]+(?: et al\.?|,? (?:and|&) [A-Z][A-Za-z'’-]+)?,? (?:19|20)\d\d[a-z]?\b[^()]{0,80}(?:\)|$)"
    r"|\b[A-Z][A-Za-z'’-]+ (?:et al\.?|(?:and|&) [A-Z][A-Za-z'’-]+),? \(?(?:19|20)\d\d"
    r"|\bet al\b"
)
# (and a link's label left in brackets by a copy, naming what it linked to: "[Study abstract]", "[PubMed]")
_IDENTIFIER = re.compile(r"\b(?:doi:\s*10\.|10\.\d{4,}/\S|PMID:?\s*\d|PMC\d{5,}|ISBN[- ]?\d)"
                         r"|\[(?:study abstract|abstract|full text|pubmed|source|sources|study|reference|citation)\]", re.I)
_PUBLISHED_IN = re.compile(r"\b(?i:published|reported|appeared|appearing|appears) (?:[\w-]+ ){0,5}?(?:in|by) (?:the )?"
                           r"(?:(?:scientific|medical|peer-reviewed|online|academic|British|American|international) )?(?:journal )?[A-Z]"
                           r"|\b(?i:presented) (?:\w+ )?(?:at|during|to) (?:the )?(?:(?:19|20)\d\d )?[A-Z]")
_YEAR_PUBLICATION = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Ii]n)\s+(?!(?:DATE_WORDS)\b)"
    # a name, not a year alone: "a 2019 Cochrane review", "a Harvard study"; "a 2017 study" names nothing
    r"(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w-]*\s+)*[A-Z][\w-]+\s+(?:[A-Za-z-]+\s+){0,4}?(?i:KINDS)\b"
    r"|\b(?:KINDS)\s+(?:published\s+|reported\s+)?in\s+(?:the\s+)?(?:journal\s+)?[A-Z]"
)


@functools.lru_cache(maxsize=1)
def _name_reports() -> re.Pattern:
    """"Stack Overflow surveyed", "Chinese government data show", "the Pew Research Center's poll":
    a capitalised name (not the sentence's first word) followed by a word of reporting
    (data/speech.toml, [uses.name_reports])."""
    return re.compile(r"(?<=\S\s)(?:[A-Z][\w&.’'-]*\s+){1,4}(?:[a-z]+\s+)?(?:" + _speech.alternation("name_reports") + r")\b")


# A named person's or body's own evidence: "Pickart's own measurements showed", "Harvard's survey
# found" (a possessive name before an evidence noun; not "Today's research"; words in
# citations_sources.toml, [own_evidence]). The pattern starts at the possessive (a literal the
# engine scans for); the name before it is tested after a match.
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z][\w-]*$")


@functools.lru_cache(maxsize=None)
def _own_evidence() -> tuple[re.Pattern, frozenset]:
    words = load("citations_sources")["own_evidence"]
    alternatives = {key: "|".join(words[key]) for key in ("before", "nouns", "verbs")}
    pattern = re.compile(rf"(?<=[a-z])[’']s\s+(?:(?:{alternatives['before']})\s+)?(?:{alternatives['nouns']})"
                         rf"\s+(?:have\s+|has\s+)?(?:{alternatives['verbs']})\b")
    return pattern, frozenset(words["not_names"])


def _names_own_evidence(text: str) -> bool:
    pattern, not_names = _own_evidence()
    for match in pattern.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if name and name.group() not in not_names:
            return True
    return False


# Who a figure is about, not who reports it: "40% of Americans reported", "U.S. adults said".
_DEMONYM = re.compile(r"[A-Z]\w+(?:ans|ese|ons)")


@functools.lru_cache(maxsize=None)
def _population() -> frozenset:
    return frozenset(load("statistics_patterns")["population_nouns"])


def _is_population(word: str) -> bool:
    return word.lower() in _population() or _DEMONYM.fullmatch(word) is not None


_ACCORDING_TO = re.compile(r"\baccording to (?:the |a |an |data from |figures from )?((?:Dr\.? )?[A-Z][\w&.'’-]*"
                           r"|(?<=the )(?:company|manufacturer|maker|firm|agency|researchers|authors|investigators)\b)")
# A cross-reference to another part of the page: "(see Question 4)", "(see Question 5 and Question
# 6)", "(see 'Risk factors' below)", "(see Table 2)", "(see below)".
_LABELS = r"(?:[Tt]ables?|[Ff]igures?|[Ff]igs?\.|[Bb]ox|[Ss]ections?|[Qq]uestions?|[Cc]hapters?|[Aa]ppendix|[Pp]ages?)"
_CROSS_REFERENCE = re.compile(
    r"\((?:[Ss]ee|[Cc]f\.?)\s+(?:also\s+)?(?:the\s+)?"
    r"(?:[\"'‘“][^()\"'’”]{2,60}[\"'’”]|" + _LABELS + r"\s+[\w.]+(?:\s*(?:,|and|&)\s*(?:" + _LABELS + r"\s+)?[\w.]+)*"
    r"|[a-z]+(?:\s+[a-z]+)?(?=\s+(?:below|above)))?(?:\s+(?:below|above))?\)")
# "According to <source>, " closing just before the words it frames (up to two words between: "a
# study found", "And, according to the company, a study of 30 women showed").
_SOURCE_FRAME = re.compile(r"\b[Aa]ccording to ((?:the |a |an )?[^,;:()]{2,80}),\s*$")
# A definite description: "the poison control center", "the institute".
_DEFINITE = re.compile(r"\s*the\s+((?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*)\s*$")


def refers_to_named_body(doc, phrase: str) -> bool:
    """Whether ``phrase`` ("the poison control center") refers back to an organisation the article
    names, by repeating the end of its name ("the Fresno-Madera California Poison Control Center"):
    news name a body once and then call it by its common noun."""
    definite = _DEFINITE.fullmatch(phrase)
    if definite is None:
        return False
    words = definite.group(1).split()
    tail = [w.lower() for w in words]
    return any([w.lower() for w in name.split()[-len(tail):]] == tail for name in _named_bodies(doc))


@per_document
def _named_bodies(doc) -> tuple[str, ...]:
    """The organisations' names the article gives ("Rush University Medical Center")."""
    text = doc.body_text
    return tuple(m.group() for m in organisation_pattern().finditer(text)) if _organisation_heads().search(text) else ()


# The verbs of saying below are in data/speech.toml ([uses.speech_*], [uses.speaker_after]);
# each pattern is built when first used.
@functools.lru_cache(maxsize=1)
def _speech_before() -> re.Pattern:
    """A verb of saying just before an attribution: "The NIH notes (that) there is some evidence"."""
    return re.compile(r"\b(?:" + _speech.alternation("speech_before") + r")(?:\s+that)?[\s,]*$")


@functools.lru_cache(maxsize=1)
def _speech_that() -> re.Pattern:
    """A verb of saying and "that", opening the clause a speaker reports ("Dr. Lee says that")."""
    return re.compile(r"\b(?:" + _speech.alternation("speech_before") + r")\s+that\b")


def _last(matches):
    """The last of an iterator of matches, or None."""
    found = None
    for found in matches:
        pass
    return found


# A person's full name, with a title or an apposition set off by commas, as all a speaker is:
# "Jennifer Roe", "Dr. Ana Ruiz", "Jennifer Roe, who trains stop-smoking advisers,".
_FULL_NAME_SPEAKS = re.compile(r"\s*(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)+"
                               r"(?:,[^,;:.!?\"“”]{3,80},)?\s*")


@functools.lru_cache(maxsize=1)
def _speech_nearby() -> re.Pattern:
    """Speech in a sentence next to a quotation ("she said")."""
    return re.compile(r"\b(?:" + _speech.alternation("speech_nearby") + r")\b")


@functools.lru_cache(maxsize=1)
def _speaker_after() -> re.Pattern:
    """"says the NIH", "according to the Zinc Council": where a named source stands as the speaker."""
    return re.compile(r"\b(?:" + _speech.alternation("speaker_after") + r")\s+(?:the\s+)?")


@functools.lru_cache(maxsize=1)
def _speech_tag() -> re.Pattern:
    """A speech tag that closes a sentence: "..., the CDC says.", "..., the American Heart
    Association said." (group 1: the speaker, checked against the named sources)."""
    return re.compile(r",\s+(?:the\s+)?([A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w&.'’-]*){0,6})\s+"
                      r"(?:" + _speech.alternation("speech_tag") + r")[\s.!”\"’']*$")


# What ties a name to an attribution just before it: "experts at", "studies from", "research by the".
_ATTACHED = re.compile(r"\s+(?:at|from|of|by|with|in|for)\s+(?:the\s+)?")
_ACCORDING = re.compile(r"according to\b", re.I)
_SOURCE_LABEL = re.compile(r"\bSources?:\s*(?:[A-Z]|https?://|www\.)")
_NAMED_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+(?:[A-Z][\w&.'’-]*|\d\w*[A-Za-z]\w*)")
_CAPITALISED = re.compile(r"[A-Z][\w&.'’-]*")
_LINK_CITE_BEFORE = re.compile(r"(?:\(|\bsee|\bsource:?|\bsources:?|\bat|\bfrom|\bvisit|\bvia)\s*$", re.I)
_LINK_CITE_AFTER = re.compile(r"^[\s)\].,;:!?]*$")


# Numbers read as markers from their place only ("abuse 6,", "hemp.2"): see Evidence.bare_trusted.
BARE_KINDS = ("bare", "glued")
# Capitalised words (small words between) and an abbreviation in brackets: "National Dengue
# Control Unit (NDCU)"; Evidence.spelled_acronyms checks that it holds their initials.
_SPELLED_OUT = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on|the|de|du|des|del|la|&)\s+)*){2,10})\(([A-Z]{2,10})\)")
# What closes a finished sentence (a copy cut mid-sentence ends on none of them).
_SENTENCE_CLOSE = frozenset(".!?…\"”’»)]:;")


def _numbered_in_order(markers) -> bool:
    """Whether bare numbers run mostly upwards through the article, as citation numbers do
    ("weeks 3.", "abuse 6,", "trials 7, 8."); quantities in running text jump about ("after 11,
    and a few after 1"). Three pairs in five must not go down, and one number over and over
    does not run anywhere: a count printed twice ("therapy. 40 People ...") is no sequence."""
    firsts = [m.numbers[0] for m in markers if m.numbers]
    pairs = list(zip(firsts, firsts[1:]))
    if pairs and len(set(firsts)) == 1:
        return False
    return not pairs or sum(b >= a for a, b in pairs) >= 0.6 * len(pairs)


@dataclass(eq=False)
class Marker:
    """A citation marker in a block: ``start``/``end`` index into ``block.text``."""

    block: object
    start: int
    end: int
    kind: str  # bracket, footnote, paren, superscript, worded ("footnote 1"), glued, bare, author-year
    numbers: tuple[int, ...] = ()
    label: str = ""  # footnote label
    is_link: bool = False

    @property
    def text(self) -> str:
        return self.block.text[self.start:self.end]


@dataclass
class References:
    """The article's reference list(s) and footnote definitions."""

    has_list: bool = False  # a References/Sources section exists
    count: int = 0  # entries in it (0 when it exists but its length is unknown)
    footnotes: set[str] = field(default_factory=set)
    blocks: set[int] = field(default_factory=set)  # Block.index of reference entries

    @property
    def exists(self) -> bool:
        return self.has_list or bool(self.footnotes)


def spaces(pattern: str) -> str:
    """Let a space in a data-file pattern match any one whitespace character (NBSP too)."""
    return pattern.replace(" ", r"\s")


def _roman(numeral: str) -> int:
    """The value of a lowercase Roman numeral up to xxxix."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _numbers(text: str) -> tuple[int, ...]:
    found = []
    for part in re.split(r"\s*[,;]\s*", text.strip()):
        ends = re.split(r"\s*[–—-]\s*", part)
        try:
            values = [int(v) for v in ends if v]
        except ValueError:
            continue
        if len(values) == 2 and values[0] <= values[1] and values[1] - values[0] < 50:
            found.extend(range(values[0], values[1] + 1))
        else:
            found.extend(values)
    return tuple(found)


_sources_cache: dict = {}


def source_patterns(extra: tuple[str, ...] = ()) -> tuple[re.Pattern, re.Pattern]:
    """(named organisation/journal pattern, "a 2019 <kind>" pattern), built once per extra list."""
    if extra not in _sources_cache:
        data = load("citations_sources")
        names = [spaces(n) for n in list(data["organisations"]) + list(data["journals"]) + list(extra)]
        named = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")(?![\w-])")
        kinds = "|".join(sorted(data["publication_kinds"], key=len, reverse=True))
        year = re.compile(_YEAR_PUBLICATION.pattern.replace("KINDS", kinds).replace("DATE_WORDS", _date_words()))
        _sources_cache[extra] = (named, year)
    return _sources_cache[extra]


@functools.lru_cache(maxsize=None)
def _organisations() -> re.Pattern:
    """The named organisations of data/citations_sources.toml, without the journals."""
    names = sorted((spaces(n) for n in load("citations_sources")["organisations"]), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(names) + r")(?![\w-])")


@functools.lru_cache(maxsize=None)
def _organisation_heads() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(load("citations_sources")["organisation_heads"]) + r")\b")


def names_organisation(text: str) -> bool:
    """Whether the text names an organisation by a word such as University or Task Force
    (the word first: the whole pattern is slow to search)."""
    return _organisation_heads().search(text) is not None and organisation_pattern().search(text) is not None


@functools.lru_cache(maxsize=None)
def organisation_pattern() -> re.Pattern:
    """A capitalised name ending in a word for an organisation ("Rush University Medical Center",
    "U.S. Preventive Services Task Force") or starting with one ("Institute of Psychiatry")."""
    heads = "|".join(sorted(load("citations_sources")["organisation_heads"], key=len, reverse=True))
    word = r"(?!(?:The|A|An|This|These|That|Our|Their|Its|His|Her|In|At|For|From|By|With|And|But|Some|Many|One|New|Every)\b)[A-Z][\w.&'’-]*"
    return re.compile(rf"(?<![\w-])(?:{word}\s+(?:(?:of|for|and|on|&)\s+)?){{1,5}}(?:{heads})(?![\w-])"
                      rf"|(?<![\w-])(?:{heads})\s+(?:of|for|on)\s+(?:the\s+)?[A-Z]")




class _WordsBefore(NamedTuple):
    """The word lists find_vague reads the words before an attribution with
    (data/citations_vague_attribution.toml, ``before_*`` and ``phrase_starts``)."""

    determiners: frozenset
    sentence_openers: frozenset
    owners: frozenset
    public_owners: frozenset
    participle: frozenset
    phrase_starts: frozenset
    prepositions: frozenset


@functools.lru_cache(maxsize=None)
def _words_before() -> _WordsBefore:
    data = load("citations_vague_attribution")
    return _WordsBefore(*(frozenset(data[key]) for key in (
        "before_determiners", "before_sentence_openers", "before_owners", "before_public_owners",
        "before_participle", "phrase_starts", "before_prepositions")))


@functools.lru_cache(maxsize=None)
def _unnamed_capitalised() -> frozenset:
    """Capitalised words that name no source ("according to Experts"): citations_sources.toml."""
    return frozenset(load("citations_sources")["unnamed_capitalised"])


@functools.lru_cache(maxsize=None)
def vague_patterns(extra: tuple[str, ...] = ()) -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...], frozenset]:
    """((who-and-verb pattern, phrase pattern, quantifiers before a match), the attributions
    news use for the study they report, negators), from data/citations_vague_attribution.toml
    and ``extra`` phrases.

    The who-and-verb pattern starts at its subject ("studies show"); the quantifiers before it
    ("many", "two decades of") are added after a match: a pattern that starts with them is
    twice as slow to search.
    """
    data = load("citations_vague_attribution")
    subjects = "|".join(sorted((spaces(x) for x in data["subjects"]), key=len, reverse=True))
    quantifiers = "|".join(sorted((spaces(x) for x in data["quantifiers"]), key=len, reverse=True))
    verbs = "|".join(sorted((spaces(x) for x in data["verbs"]), key=len, reverse=True))
    # any adverb in -ly ("Research previously found", "Studies have repeatedly shown"), not one that
    # makes no appeal to evidence ("Studies rarely show", "doctors usually advise": `not_appeal_adverbs`)
    unsaid = "|".join(data["not_appeal_adverbs"])
    auxiliaries = (rf"(?:have|has|had|now|also|long|all|already|even|(?!(?:{unsaid})\b)[a-z]+ly|"
                   r"been|in fact|often|may|might|can|could|would|will|do|does|did|"
                   r"further|since|again|"
                   # where and when, not who: "Nutritionists worldwide continue to", "doctors at the time"
                   r"worldwide|everywhere|at the time|back then|for years|for decades|"
                   r"continues? to|continued to)")
    # "research that shows", "studies which have found", "doctors who use the device say"
    # "an earlier analysis of six of the trials showed"
    # "a study conducted in 2017 found", "a trial involving 50 adults showed": identified by its
    # year or size only
    # "studies conducted in Europe found", "trials done on older adults show": where or on whom, not who
    # "research published in recent years shows": when, not which
    # "data from more than 9,000 patients have confirmed": a sample's size, not a source ("data from the CDC")
    identified = (r"\s+(?:conducted|carried out|done|performed|completed|released|published)\s+in\s+(?:19|20)\d\d"
                  r"|\s+(?:conducted|carried out|done|performed|completed|released|published)\s+(?:in|over)\s+(?:the\s+)?"
                  r"(?:recent|past|last)\s+(?:few\s+|several\s+|two\s+|three\s+|\d+\s+)?(?:years|decades|months)"
                  r"|\s+(?:conducted|carried out|done|performed|run)\s+(?:in|on|among|across|over|with)(?:\s+(?!and\b|but\b)[\w'’-]+){1,3}?"
                  r"|\s+(?:involving|including|with|on|in|among|of|from)\s+(?:about\s+|around\s+|over\s+|more than\s+|nearly\s+|only\s+|just\s+)?"
                  r"\d[\d,]*(?:\s+(?!and\b|but\b|then\b)[\w'’-]+){1,3}?")
    # a relative clause of lowercase words too: "studies that have been done have established"
    relative = rf"(?:\s+(?:that|which)(?:\s+(?!and\b|but\b)(?-i:[a-z])[\w'’-]*){{0,5}}?|\s+who(?:\s+[\w'’-]+){{1,8}}?|\s+of(?:\s+[\w'’-]+){{1,5}}?|{identified})?"
    tail = rf"{relative}\s+(?:{auxiliaries}\s+){{0,3}}(?:{verbs})\b"
    core = re.compile(rf"\b(?<![\w-])(?:{subjects}){tail}", re.I)
    # medical specialties in the plural ("Dermatologists agree"): searched only in sentences that hold
    # one of their endings (a pattern that starts with any word is slow to search everywhere)
    specialists = "|".join(data["specialist_subjects"])
    specialist_core = re.compile(rf"\b(?<![\w-])(?:{specialists}){tail}", re.I)
    gated = "|".join(sorted((spaces(x) for x in data["gated_subjects"]), key=len, reverse=True))
    gated_core = re.compile(rf"\b(?<![\w-])(?:{gated}){tail}", re.I)
    phrases = [spaces(x) for x in list(data["phrases"]) + list(extra)]
    phrase = re.compile(r"\b(?<![\w-])(?:" + "|".join(phrases) + r")(?![\w-])", re.I)
    # any modifier shaped like an adjective, too ("Convincing evidence shows", "Substantial clinical
    # evidence suggests"): else a capitalised first word before the subject reads as its name;
    # not a negation, a determiner, an owner ("government data") or a word of that shape that is
    # none ("during", "according")
    words = _words_before()
    not_modifiers = "|".join(sorted(set(data["negators"]) | words.determiners | set(data["not_modifiers"])
                                    | words.owners | words.public_owners, key=len, reverse=True))
    adjective = rf"(?!(?:{not_modifiers})\b)[a-z][a-z-]*(?:al|ic|ive|ent|ant|ous|ful|ary|ing|ble)"
    before = re.compile(rf"(?<![\w-])(?:(?:{quantifiers}|{adjective})\s+){{1,2}}$", re.I)
    article_study = re.compile("|".join(spaces(x) for x in data["article_study"]), re.I)
    article_study_after = re.compile("|".join(spaces(x) for x in data["article_study_after"]), re.I)
    article_study_lede = re.compile("|".join(spaces(x) for x in data["article_study_lede"]), re.I)
    return ((core, phrase, before, specialist_core, gated_core), (article_study, article_study_after, article_study_lede),
            frozenset(data["negators"]))


@dataclass(frozen=True)
class Attribution:
    """A vague attribution at ``string[start():end()]`` (what callers use of a ``re.Match``).

    ``kind``: "attribution" (who and verb, or a phrase), "setting" (a sentence opening with
    evidence that names no study: "In clinical trials, ...") or "passive" (an agentless
    finding: "has been found to be more effective than").
    """

    string: str
    begin: int
    finish: int
    kind: str = "attribution"

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.string[self.begin:self.finish]


def _attributions(text: str, extra: tuple[str, ...], other_languages: tuple[str, ...], shown: bool = False) -> list[Attribution]:
    """Every who-and-verb attribution (with the quantifiers before it) and phrase, in order;
    ``other_languages``: also those of these languages' tables (data/citations_languages.toml);
    ``shown``: also "has been shown to" (kind "shown", `shown_effects`)."""
    (core, phrase, before, specialist_core, gated_core), _, _ = vague_patterns(extra)
    found = []
    lowered = text.lower()
    cores = (core, specialist_core) if any(map(lowered.__contains__, SPECIALIST_ENDINGS)) or \
        "ists " in lowered and _PROFESSION_ISTS.search(lowered) else (core,)
    if any(map(lowered.__contains__, _gated_stems())):
        cores += (gated_core,)
    for match in itertools.chain.from_iterable(c.finditer(text) for c in cores):
        start = match.start()
        quantified = before.search(text, max(0, start - 60), start)
        found.append(Attribution(text, quantified.start() if quantified else start, match.end()))
    if extra or any(map(lowered.__contains__, _phrase_anchors())):
        found += [Attribution(text, match.start(), match.end()) for match in phrase.finditer(text)]
    anchors, agent = _unnamed_agents()
    if " by " in lowered and any(map(lowered.__contains__, anchors)):  # "recorded by physicians"
        found += [Attribution(text, match.start(), match.end()) for match in agent.finditer(text)]
    setting, passive, _ = _unnamed_evidence()
    if lowered.lstrip(_BULLETS).startswith("in ") and (match := setting.match(text, len(text) - len(text.lstrip(_BULLETS)))):
        found.append(Attribution(text, match.start(), match.end(), "setting"))
    if " in a" in lowered and _DIGIT.search(text):  # "documented ... in a trial of 60 women"
        found += [Attribution(text, match.start(), match.end(), "setting") for match in _placed_findings().finditer(text)]
    if any(map(lowered.__contains__, _passive_anchors())):
        found += [Attribution(text, match.start(), match.end(), "passive") for match in passive.finditer(text)]
        found += [Attribution(text, match.start(), match.end(), "finding") for match in _passive_effects().finditer(text)]
        if shown:
            found += [Attribution(text, match.start(), match.end(), "shown") for match in _shown_effects()[0].finditer(text)]
    for code in other_languages or ():
        table = _language_attributions()[code]
        if any(map(lowered.__contains__, table.stems)):
            found += [Attribution(text, match.start(), match.end(), "other_language") for match in table.pattern.finditer(text)
                      if not (table.named_before and table.named_before.search(text, 0, match.start()))]
    return sorted(found, key=lambda a: a.begin)


@functools.lru_cache(maxsize=None)
def _unnamed_agents() -> tuple[tuple[str, ...], re.Pattern]:
    """(anchors, pattern) of findings whose agent is unnamed people ("recorded by physicians")."""
    data = load("citations_vague_attribution")
    return (tuple(data["agent_anchors"]),
            re.compile(r"\b(?:" + "|".join(spaces(x) for x in data["agent_phrases"]) + r")(?![\w-])", re.I))


# A capital letter of the Latin alphabets the tables' languages write ("l'Inserm" holds a name).
_UPPER = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0104\u0106\u0118\u0141\u0143\u015a\u0179\u017b\u011e\u0130\u015e]"


class _LanguageTable(NamedTuple):
    stems: tuple[str, ...]  # a sentence with none of them is not searched
    pattern: re.Pattern  # the attributions, not followed by what names their source
    named_before: re.Pattern | None  # what before one names its source ("Harvard'ın araştırmaları")
    articles: bool  # whether the language tells "experts" from "the experts" by an article


@functools.lru_cache(maxsize=None)
def _language_attributions() -> dict[str, _LanguageTable]:
    """{language: its table} of data/citations_languages.toml: research or experts invoked with no
    source, built from the table's nouns, verbs and "according to" forms in the language's word
    order, and its whole phrases; a name after one (`named_after`) or before it (`named_before`)
    is its source."""
    tables = {}
    for code, table in load("citations_languages").items():
        spaced = table.get("spaced", True)
        gap = r"\s+" if spaced else r"\s*"
        q = rf"(?:(?:{table['quantifiers']}){gap})*" if "quantifiers" in table else ""
        noun = f"(?:{table['nouns']})" if "nouns" in table else None
        shapes = list(table.get("phrases", ()))
        if noun:
            shapes += [form.replace("{q}", q).replace("{noun}", noun) for form in table.get("according", ())]
        if noun and "verbs" in table:
            if table.get("order") == "verb-final":  # the verb closes the clause the noun opens
                between = rf"[^.!?;。！？]{{0,{table.get('reach', 200)}}}?"
            else:  # at most `between` lowercase words between noun and verb
                between = rf"(?:\s+(?-i:(?![\w'’-]*{_UPPER})[^\W\d_][\w'’-]*)){{0,{table.get('between', 3)}}}?" if spaced else ""
            shapes.append(rf"{q}{noun}{between}{gap}(?:{table['verbs']})" if spaced else rf"{q}{noun}{between}(?:{table['verbs']})")
        body = "|".join(spaces(shape) for shape in shapes)
        named = rf"(?!{table['named_after']})" if "named_after" in table else ""
        bounded = rf"(?<![\w-])(?:{body})(?![\w-]){named}" if spaced else rf"(?:{body}){named}"
        tables[code] = _LanguageTable(tuple(table["stems"]), re.compile(bounded, re.I),
                                      re.compile(table["named_before"]) if "named_before" in table else None,
                                      table.get("articles", True))
    return tables


# What may stand before a sentence's first word: spaces, a bullet, a dash.
_BULLETS = " \t\u00a0-\u2013\u2014\u2022*\u00b7"


@functools.lru_cache(maxsize=None)
def _unnamed_evidence() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(evidence setting opening a sentence, agentless passive of finding, hedge words), from
    data/citations_vague_attribution.toml."""
    data = load("citations_vague_attribution")
    settings = "|".join(spaces(x) for x in data["evidence_settings"])
    setting = re.compile(rf"(?:{settings})(?=[\s,])", re.I)
    passive = re.compile(r"\b(?:" + "|".join(spaces(x) for x in data["passive_findings"]) + r")\b", re.I)
    hedges = "|".join(spaces(x) for x in data["setting_hedges"])
    return setting, passive, re.compile(rf"\b(?:{hedges})\b", re.I)


@functools.lru_cache(maxsize=None)
def _placed_findings() -> re.Pattern:
    """A finding placed in a study told only by its size ("documented in a trial of 60 women")."""
    return re.compile(r"\b(?:" + "|".join(load("citations_vague_attribution")["placed_findings"]) + r")\b", re.I)


@functools.lru_cache(maxsize=None)
def _gated_stems() -> tuple[str, ...]:
    return tuple(load("citations_vague_attribution")["gated_subject_stems"])


@functools.lru_cache(maxsize=None)
def _weak_results() -> re.Pattern:
    """What evidence is said to show when it claims nothing ("show some promise", "mixed results")."""
    weak = "|".join(spaces(x) for x in load("citations_vague_attribution")["weak_results"])
    return re.compile(rf"(?:\s+(?:that|a|an|only|just|some))?\s+(?:{weak})\b", re.I)


@functools.lru_cache(maxsize=None)
def _finding_hedges() -> re.Pattern:
    """The setting hedges but the negations: "found to relieve pain with no side effects" still claims."""
    hedges = [h for h in load("citations_vague_attribution")["setting_hedges"] if h not in ("no", "not")]
    return re.compile(r"\b(?:" + "|".join(spaces(h) for h in hedges) + r")\b", re.I)


@functools.lru_cache(maxsize=None)
def _in_condition() -> re.Pattern:
    """A word that opens a condition earlier in the same clause, up to its end ("unless the
    mother's life is at risk or "): data/citations_vague_attribution.toml, `conditions`."""
    words = "|".join(sorted((spaces(w) for w in load("citations_vague_attribution")["conditions"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{words})\s[^,;:.!?]*$", re.I)


@functools.lru_cache(maxsize=None)
def _in_belief() -> re.Pattern:
    """A named or pronoun holder's belief or claim earlier in the same clause ("they believe they are",
    "Kennedy's claims that his crusade is"): data/citations_vague_attribution.toml, `belief_verbs`,
    `belief_nouns`."""
    data = load("citations_vague_attribution")
    verbs, nouns = "|".join(data["belief_verbs"]), "|".join(data["belief_nouns"])
    holder = r"(?:\b(?i:they|he|she|we)|(?<![.!?]\s)(?<!^)\b[A-Z][a-z][\w'’-]*)"
    return re.compile(rf"(?:{holder}\s+(?:(?i:still|also|firmly|genuinely|often|repeatedly)\s+)?(?i:{verbs})"
                      rf"|(?<=[a-z])['’]s\s+(?i:{nouns}))\s+(?:that\s+)?[^,;:.!?]*$")


@functools.lru_cache(maxsize=None)
def _diagnosed_person() -> re.Pattern:
    """A person as the subject of a passive finding ("You have been found to have a stone"): a
    diagnosis, not research (data/citations_vague_attribution.toml, `diagnosed_subjects`)."""
    subjects = "|".join(load("citations_vague_attribution")["diagnosed_subjects"])
    return re.compile(rf"\b(?:{subjects})\s+(?:also\s+)?$", re.I)


@functools.lru_cache(maxsize=None)
def _passive_effects() -> re.Pattern:
    """Agentless passives that state an effect as found ("has been found to lower")."""
    return re.compile(r"\b(?:" + "|".join(spaces(x) for x in load("citations_vague_attribution")["passive_effects"]) + r")\b", re.I)


@functools.lru_cache(maxsize=None)
def _shown_effects() -> tuple[re.Pattern, re.Pattern]:
    """("has been shown to", what an established preventive effect says after it): see
    `shown_effects` in data/citations_vague_attribution.toml."""
    data = load("citations_vague_attribution")
    return (re.compile(r"\b(?:" + "|".join(spaces(x) for x in data["shown_effects"]) + r")\b", re.I),
            re.compile(r"(?:" + "|".join(spaces(x) for x in data["shown_established"]) + r")", re.I))


def shows_established_effect(text: str, shown: Attribution) -> bool:
    """Whether a "has been shown to" finding states a lowered risk ("... to reduce the risk of stroke")."""
    verb = shown.group().rsplit(None, 1)[-1]
    return _shown_effects()[1].match(text, shown.end() - len(verb)) is not None


@functools.lru_cache(maxsize=None)
def _passive_anchors() -> tuple[str, ...]:
    return tuple(load("citations_vague_attribution")["passive_anchors"])


@functools.lru_cache(maxsize=None)
def _phrase_anchors() -> tuple[str, ...]:
    """Words one of which every built-in phrase holds."""
    return tuple(load("citations_vague_attribution")["phrase_anchors"])


# What every specialist_subjects word of data/citations_vague_attribution.toml holds.
SPECIALIST_ENDINGS = ("ologists", "iatrists", "iatricians", "itians", "odontists", "opaths", "opedists", "surgeons",
                      "dentists", "therapists", "obstetricians", "midwives", "chiropractors")
# Any other "-ists" profession ("pharmacognosists have warned"): one literal scan, not those the
# main pattern holds or verbs ("exists", "insists")
_PROFESSION_ISTS = re.compile(r"(?<!scient)(?<!special)(?<!pharmac)(?<!dent)(?<!therap)(?<!ex)(?<!ins)(?<!cons)"
                              r"(?<!pers)(?<!res)(?<!ass)ists ")
# Every built-in attribution names research or authorities with one of these stems; sentences
# without any are skipped with substring tests, far cheaper than the attribution patterns.
ATTRIBUTION_WORDS = ("stud", "research", "scien", "expert", "doctor", "physician", "specialist", "evidence",
                     "trial", "data", "review", "shown", "proven", "demonstrated", "established", "known",
                     "believed", "accepted", "recogni", "according", "survey", "poll", "report", "analyst",
                     "observer", "clinician", "official", "nutritionist", "dietitian", "psychologist",
                     "investigator", "literature", "science", "thought", "agreed", "documented", "estimate",
                     "agenc", "authorit", "analys", "professional", "practitioners", "providers", "found to", "proved", "pharmacist", "nurse",
                     "finding", "discover", "critic", "skeptic", "sceptic", "proponent", "advocate", "supporter",
                     "said that", "suggested that", "backed", "experiment", "rcts") + SPECIALIST_ENDINGS


@functools.lru_cache(maxsize=None)
def _specialist_word() -> re.Pattern:
    """One word of `specialist_subjects` (data/citations_vague_attribution.toml)."""
    return re.compile("|".join(load("citations_vague_attribution")["specialist_subjects"]))


def _profession_words(doc) -> tuple[str, ...]:
    """The article's plural "-ist" professions that no SPECIALIST_ENDINGS holds ("herbalists",
    "geneticists"): stems for this article only, so a sentence with "exists" or "lists" is no
    candidate. Found at the places of "ists " among its distinct words (each word once: a few finds)."""
    joined = distinct_words(doc)[1] + " "
    found = []
    at = joined.find("ists ")
    while at != -1:
        word = joined[joined.rfind(" ", 0, at) + 1:at + 4]
        if _PROFESSION_ISTS.search(word + " ") and not word.endswith(SPECIALIST_ENDINGS) and \
                _specialist_word().fullmatch(word):
            found.append(word)
        at = joined.find("ists ", at + 5)
    return tuple(found)


def _attribution_words(doc) -> tuple[str, ...]:
    """ATTRIBUTION_WORDS, and the stems of the attributions in the article's language when it is not
    English (`_article_languages`): far cheaper than searching every text for stems it does not hold."""
    codes = _article_languages(doc)
    return (_with_language_stems(codes) if codes else ATTRIBUTION_WORDS) + _profession_words(doc)


@per_document
def _article_languages(doc) -> tuple[str, ...]:
    """The languages of data/citations_languages.toml whose attributions are searched in the article:
    its own (`_language.language`); for an article in no language `languages.toml` tells, every table
    of a language that file does not tell (Turkish, Polish, Japanese); none for an English one."""
    code, tables = language(doc), _language_attributions()
    if code is None:
        return tuple(c for c in tables if c not in function_words()[1] and c != "en")
    return (code,) if code in tables else ()


def invoked_group(match: Attribution, codes: tuple[str, ...]) -> str | None:
    """The group an attribution in a language without articles invokes (the stem of its noun:
    "uzman" for "Uzmanlar ... öneriyor"), or None: invoked again on the page, the same noun is
    "the experts" already invoked, as a determiner makes it in English."""
    lowered = match.group().lower()
    for code in codes:
        table = _language_attributions()[code]
        if not table.articles:
            found = next((stem for stem in table.stems if stem in lowered), None)
            if found:
                return f"{code}:{found}"
    return None


@functools.lru_cache(maxsize=None)
def _with_language_stems(codes: tuple[str, ...]) -> tuple[str, ...]:
    return ATTRIBUTION_WORDS + tuple(stem for code in codes for stem in _language_attributions()[code].stems)


# Attributions to people ("experts say"), not research: a study cited next does not source them.
PEOPLE = re.compile(r"\b(?:experts|doctors|physicians|specialists|clinicians|analysts|observers|officials|scientists|"
                    r"researchers|investigators|nutritionists|dietitians|psychologists|pharmacists|nurses|agencies|"
                    r"authorities|professionals|practitioners|providers)\b", re.I)
# A possessive over the attribution's noun phrase: "our best available evidence", "their own data".
_POSSESSIVE_BEFORE = re.compile(r"\b(?:our|their|its|my)(?:\s+(?!that\b|which\b|who\b)[a-z][\w-]*){0,3}\s+$", re.I)
_CLAUSE_END = re.compile(r"[,;]\s*$")
# A run-in heading or aside just before an attribution: "Sedentary lifestyle: research has ...".
_RUN_IN = re.compile(r"[:;(—–]\s*$")
# Before a passive finding: a question, a negation or a relative clause ("whether it has been
# found to work", "what it has been proven to do", "nothing has been proven to").
_UNCLAIMED_BEFORE = re.compile(r"\b(?:whether|if|what|nothing|never|not|no|yet to|unless|how much)\b(?:\s+\S+){0,5}\s+$", re.I)


# A name given as an example of a kind of source: "institutions like Johns Hopkins University",
# "universities such as Oxford".
_EXAMPLE_NAME = re.compile(r"\b(?:like|such as)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&.'’-]*)*")


# A verb of showing in the progressive ("studies are showing"), not a participle ("evidence demonstrating").
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+\s+)?\w+ing$", re.I)


# "early-stage research have found" (the subject is elsewhere): a mass noun takes no "have".
_NOT_AN_ATTRIBUTION = re.compile(r"(?:research|evidence|science)\s+have\b", re.I)


# A capitalised name joined by "of" or "for" just before a capitalised attribution word: the word
# ends the name ("Royal College of Physicians", "American Academy of Dermatologists").
_NAME_OF_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:and|&)\s+)?$")
# A named study that pools others just before the attribution's subject: "A 2015 Cochrane review of
# 61 trials found", "An Academy of Orthopedic Surgeons review of 40 studies showed" (the review
# found; "A pooled analysis of trials found" names none and stays vague).
_POOLED_BY_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]+|\b(?:19|20)\d\d)\s+(?:[a-z-]+\s+)?(?i:review|analysis|meta-analysis|overview|synthesis)"
                               r"\s+of\s+(?:[\w,.]+\s+){0,3}$")




def _negates(word: str, negators) -> bool:
    """A negator, or a verb negated by its contraction: "There aren't any studies that show"."""
    word = word.lower()
    return word in negators or word.endswith(("n't", "n’t"))


def find_vague(text: str, extra: tuple[str, ...] = (), other_languages: tuple[str, ...] = (),
               shown: bool = False) -> Attribution | None:
    """The first vague attribution in a sentence ("studies show", "experts say"), or None;
    ``shown``: "has been shown to" too (kind "shown": LM602 weighs it by the page's voice).

    Not vague: a determiner before it ("the researchers found": a study already named), a
    negation ("no studies show"), a name ("Cochrane researchers found", "CDC data show").
    """
    negators = vague_patterns(extra)[2]
    words = _words_before()
    for match in _attributions(text, extra, other_languages, shown):
        if match.kind == "passive":
            return match  # its subject is the treatment, not a source
        if match.kind in ("finding", "shown"):
            # "whether it has been found to work", "what it has been proven to do", "... may": not a claim
            if _UNCLAIMED_BEFORE.search(text, max(0, match.start() - 60), match.start()) or \
                    _finding_hedges().search(text, match.end()) or \
                    _diagnosed_person().search(text, max(0, match.start() - 30), match.start()):
                continue
            return match
        if match.kind == "setting":
            if _unnamed_evidence()[2].search(text, match.end()):
                continue  # "In animal studies it appears to ...": hedged
            return match
        before = text[:match.start()]
        if _in_condition().search(before, max(0, len(before) - 120)):
            continue  # "unless ... there is evidence that", "if tests show": a criterion, not a claim of evidence
        if _in_belief().search(before, max(0, len(before) - 120)):
            continue  # "because they believe they are backed by science": the holder's appeal, reported
        # "Sedentary lifestyle: research has ...": a run-in heading names no one
        words_before = re.findall(r"[\w'’-]+", before) if not _RUN_IN.search(before) else []
        if match.kind == "other_language":
            # capitalised words are nouns there, not names: only a negation ("keine Studien", "non è
            # scientificamente provato", "nie jest naukowo potwierdzona": one of the two words before) counts
            if not any(word.lower() in negators for word in words_before[-2:]):
                return match
            continue
        previous = words_before[-1] if words_before else ""
        near = before[-80:]  # both patterns end where the attribution starts
        if match.group()[:1].isupper() and _NAME_OF_BEFORE.search(near):
            continue  # "the British Association of Dermatologists says": the end of a name
        if " of " in near and _POOLED_BY_BEFORE.search(near):
            continue  # "a 2015 Cochrane review of 61 trials found": the review is the subject
        first = match.group().split(None, 1)[0].lower()
        if first in words.phrase_starts or "-" in first:
            # "that have scientific support", "in several studies", "a mushroom that according to
            # studies", "the science-backed formula": no subject for a word before it to qualify;
            # but a negation may ("poorly supported by scientific evidence")
            if _negates(previous, negators) and not _CLAUSE_END.search(before):
                continue
            return match
        # "back this, experts told": a word before a comma ends its clause and determines nothing after it
        # nor a negation ("Although research is limited, some evidence suggests" still appeals to evidence)
        same_clause = not _CLAUSE_END.search(before)
        determined = previous.lower() in words.determiners and same_clause
        if determined or same_clause and (_negates(previous, negators)
                                          or (len(words_before) > 1 and _negates(words_before[-2], negators))):
            continue
        public = previous.lower() in words.public_owners and PEOPLE.search(match.group()) is not None
        # "Cochrane researchers found", "CDC data show": a named source; not a sentence's first
        # word set off by a comma ("Unfortunately, studies suggest")
        if previous[:1].isupper() and (len(words_before) > 1 or previous.lower() not in words.sentence_openers) and \
                not public and (same_clause or len(words_before) > 1):
            continue
        if previous.lower() in words.owners and not public:
            continue  # "government data show", "company researchers said": whose is said
        if _POSSESSIVE_BEFORE.search(before):
            continue  # "our best available evidence shows": the writer's own body of evidence
        if match.group().lower().startswith(("it is believed", "it is thought")) and \
                _unnamed_evidence()[2].search(text, match.end()):
            continue  # "It is thought that the patch may work by ...": a hedge, not an appeal to evidence
        if _NOT_AN_ATTRIBUTION.match(match.group()):
            continue
        if same_clause and previous in words.prepositions:
            continue  # "Those who participate in trials often believe": the noun is not the verb's subject
        if _weak_results().match(text, match.end()):
            continue  # "some studies do show some promise": a summary of weak evidence, no claim rests on it
        if is_bare(match) and match.group().endswith("ing") and words_before and previous.lower() not in words.participle \
                and not _PROGRESSIVE.search(match.group()):
            continue  # "the study provides evidence demonstrating"; not "with research showing", "Experts explaining",
            # nor the progressive "studies are showing"
        return match
    return None


class _LooseAppeal(NamedTuple):
    """The loose_* lists of data/citations_vague_attribution.toml, compiled: see find_loose_appeal."""

    appeal: re.Pattern  # an evidence noun, then a verb of showing
    subjects: tuple[str, ...]  # the evidence nouns, one of which every appeal holds
    finding: re.Pattern  # an agentless finding ("Shown to ease joint pain")
    anchors: tuple[str, ...]  # the words one of which every agentless finding holds
    negators: frozenset  # the words that take an appeal back
    pointing: frozenset  # the words that point to one study the page speaks of ("the study", "our research")
    nothing_found: re.Pattern  # a finding of nothing after the verb ("found no difference")


@functools.lru_cache(maxsize=None)
def _loose_patterns() -> _LooseAppeal:
    data = load("citations_vague_attribution")
    subjects = "|".join(sorted(data["loose_subjects"], key=len, reverse=True))
    verbs = "|".join(sorted(data["loose_verbs"], key=len, reverse=True))
    findings = "|".join(spaces(x) for x in data["loose_findings"])
    appeal = re.compile(rf"\b(?:{subjects})\b(?:\s+[\w'’,-]+){{0,{int(data['loose_gap'])}}}?"
                        rf"\s+(?:(?:has|have|had|was|were|is|are|been)\s+)*(?:{verbs})\b", re.I)
    return _LooseAppeal(appeal, tuple(data["loose_subjects"]), re.compile(rf"(?:{findings})\b", re.I), tuple(data["loose_finding_anchors"]),
                        frozenset(data["negators"]) | frozenset(data["loose_negators"]), frozenset(data["loose_pointing"]),
                        re.compile(rf"\s+(?:{'|'.join(data['loose_nothing_found'])})\b", re.I))


# Where the clause of an appeal starts: after the last comma, semicolon, colon, dash or bracket.
CLAUSE_START = re.compile(r"[,;:(—–]")  # what ends the clause before a word (split at it: the last piece)


def find_loose_appeal(text: str) -> Attribution | None:
    """A looser appeal to research than find_vague's ("A recent lab study demonstrated",
    "In an 8-week trial with 60 adults, X was found to", "Shown to ease joint pain"), for
    a page that names no source anywhere (Evidence.names_no_source); or None.

    Not an appeal: a question, a quotation, a study the article points to ("the study", "our
    research", "the largest trial so far"), a claim taken back by a negation in its clause
    ("studies haven't been able to find any evidence to prove", "none of which constitute
    proven uses", "what it has been proven to do"), a finding of nothing ("found no
    difference"), or weak results ("some studies do show some promise").
    """
    stripped = text.strip()
    if stripped.endswith("?") or stripped[:1] in "\"“":
        return None
    appeal, subjects, finding, anchors, negators, pointing, nothing_found = _loose_patterns()
    start = len(text) - len(text.lstrip(_BULLETS))
    body = text[start:]  # "^" of a finding is where the bullet's text starts
    lowered = body.lower()
    # each pattern is searched only where one of its words stands: most sentences read here
    # name no study or trial, and the patterns would be tried at every character
    found_all = itertools.chain(appeal.finditer(body) if any(map(lowered.__contains__, subjects)) else (),
                                finding.finditer(body) if any(map(lowered.__contains__, anchors)) else ())
    for found in sorted(found_all, key=lambda m: m.start()):
        match = Attribution(text, start + found.start(), start + found.end(), "loose")
        before = text[start:match.start()]
        clause = CLAUSE_START.split(before)[-1]
        words = [w.lower() for w in WORD.findall(clause) + WORD.findall(match.group())]
        if any(w in negators or w.endswith(("n't", "n’t")) for w in words):  # "haven't", "don’t" too
            continue
        if any(w.lower() in pointing for w in WORD.findall(before)[-3:]):
            continue  # "the study showed", "the largest trial so far found", "our research shows"
        if _UNCLAIMED_BEFORE.search(text, max(0, match.start() - 60), match.start()) or \
                _weak_results().match(text, match.end()) or nothing_found.match(text, match.end()) or \
                _in_belief().search(text, max(0, match.start() - 120), match.start()):
            continue  # ... or someone's belief reported ("because they believe it is backed by science")
        return match
    return None


@functools.lru_cache(maxsize=None)
def _plain_subjects() -> frozenset:
    return frozenset(x for x in load("citations_vague_attribution")["subjects"] if x.isalpha())


def is_bare(match: Attribution) -> bool:
    """Whether a vague attribution has no quantifier ("experts note", not "many experts note")."""
    return match.group().split(None, 1)[0].lower() in _plain_subjects()


def is_article_study(match: Attribution, before_naming: bool = False) -> bool:
    """Whether a vague attribution is one news use for the study they report: "a new study
    finds", "researchers say", or put last in its sentence ("..., a recent study found.");
    ``before_naming``: in the lede, before the study is named, also "Research suggests"."""
    leading, after, lede = vague_patterns()[1]
    phrase = match.group().strip()
    if leading.fullmatch(phrase) or before_naming and lede.fullmatch(phrase):
        return True
    text = match.string
    return bool(after.fullmatch(phrase) and text[:match.start()].rstrip().endswith(",")
                and _ENDS_SENTENCE.fullmatch(text, match.end()))


_ENDS_SENTENCE = re.compile(r"[\s.!’”\"']*")


# A study identified by its people or venue: "lead author", "study author Dr. ...", "who led the
# study", "presented at the European Cancer Congress", "published online in".
_STUDY_NAMED = re.compile(
    r"\b(?:lead|senior|first|co-?lead|corresponding|principal|co-?principal) (?:study )?(?:authors?|researchers?|investigators?)\b"
    r"|\bstudy (?:co-?)?(?:authors?|leaders?)\b|\bwho (?:co-?)?led the (?:study|research|trial|work|analysis)\b"
    r"|\b(?i:presented|published|reported|appear|appears|appeared)\s+(?:\w+\s+){0,5}?(?:at|in)\s+(?:the\s+)?"
    r"(?:(?:scientific|medical|peer-reviewed|online|academic)\s+)?(?:journal\s+)?[A-Z]"
    r"|\bSources?:\s*(?:[A-Z]|https?://|www\.)"
    # "researchers at Rush University", "Cochrane researchers", "a trial funded by the National Institutes of Health"
    r"|\b(?:researchers|scientists|investigators|team|authors|studies|trials)\s+(?:at|from|of|with)\s+(?:the\s+)?[A-Z]"
    # the same set off by a comma: "..., wrote the authors, from the London Health Sciences Center"
    r"|\b(?:researchers|scientists|investigators|team|authors),\s+(?:(?:who\s+(?:are|were|work)|all|both)\s+)?(?:at|from)\s+(?:the\s+)?[A-Z]"
    r"|(?<![.!?]\s)(?<!^)\b[A-Z][\w&.’'-]*\s+(?:researchers|scientists|investigators)\b"
    r"|\b(?:study|trial|research|survey|analysis|review)\s+(?:\w+\s+)?(?:funded|led|conducted|sponsored|run|carried out|done)\s+by\s+(?:the\s+)?[A-Z]"
    # the body that runs, funds or stops it, in the active voice: "The National Institutes of Health
    # has halted a major study", "Cancer Research UK is funding a trial"; a one-word name not first in
    # its sentence ("It has launched a study", "Researchers conducted a study" name no one)
    r"|(?:(?<![\w-])[A-Z][\w&.’'-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w&.’'-]*)+"
    r"|(?<![.!?]\s)(?<!^)(?<![\w-])[A-Z][\w&.’'-]*)"
    # "Ronald Pero in 1975 conducted a study": the year may stand between the name and its verb
    r"(?:\s+in\s+(?:19|20)\d\d)?"
    r"\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+|are\s+|were\s+)?(?:halted|stopped|paused|ended|launched|started|began|"
    r"funded|funding|funds|ran|running|runs|conducted|conducting|sponsored|sponsoring|led|leading)\s+"
    r"(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?)?(?:study|trial|research)\b",
)
# Words every _STUDY_NAMED match holds (lowercase): a cheap test first.
_STUDY_NAMED_WORDS = ("author", "researcher", "investigator", "stud", "led the", "present", "publish", "report",
                      "appear", "source", "scientist", "team", "trial", "research", "survey", "analysis", "review")


def _study_named(text: str) -> bool:
    lowered = text.lower()
    return any(map(lowered.__contains__, _STUDY_NAMED_WORDS)) and _STUDY_NAMED.search(text) is not None


# One study, not studies in general ("Studies show ..., said Dr. Ferreira of St Mary's Hospital").
_ONE_STUDY = re.compile(r"\b(?:study|trial|research|findings|results|paper|analysis|meta-analysis|review|survey|"
                        r"experiment|researchers|scientists|investigators|authors)\b", re.I)
_STUDY_WORDS = ("stud", "trial", "research", "review", "analys", "survey", "paper", "findings", "published", "presented")
_STUDY_WORD = re.compile(r"\b(?:stud(?:y|ies)|trials?|experiments?|research\w*|reviews?|analys[ie]s|meta-analys[ie]s|surveys?|papers?|findings|"
                         r"published|presented|scientists|authors|investigators)\b", re.I)


_tertiary: list = []


def tertiary_pattern() -> re.Pattern:
    """Any tertiary consumer health site name (data/citations_tertiary_sites.toml)."""
    if not _tertiary:
        sites = [spaces(n) for n in load("citations_tertiary_sites")["sites"]]
        _tertiary.append(re.compile(r"(?<![\w-])(?:" + "|".join(sites) + r")(?![\w-])", re.I))
    return _tertiary[0]


@functools.lru_cache(maxsize=None)
def _evidence_grading() -> tuple[re.Pattern, re.Pattern]:
    """(the grading verbs, a named body grading evidence: citations_sources.toml evidence_grading)."""
    return (re.compile(r"\b(?:(?:rat|grad|scor)e[sd]|rank(?:s|ed))\b"),
            re.compile(load("citations_sources")["evidence_grading"]))


_heading_pattern: list = []


def is_reference_heading(text: str) -> bool:
    if not _heading_pattern:
        names = load("citations_sources")["reference_headings"]
        _heading_pattern.append(re.compile(r"(?:" + "|".join(names) + r")", re.I))
    cleaned = re.sub(r"^[\d.\s]+|[:\s]+$", "", text.strip())
    return bool(_heading_pattern[0].fullmatch(cleaned))


def _source_tags(source: str, end: int | None = None) -> tuple[bool, bool]:
    """(whether the source holds "<sup" or "<SUP", whether it holds an opening <pre> tag),
    looking up to ``end`` only."""
    has_sup = has_pre = False
    for match in _SUP_OR_PRE.finditer(source, 0, len(source) if end is None else end):
        if match.group(1):
            has_sup = True
        else:
            has_pre = True
        if has_sup and has_pre:
            break
    return has_sup, has_pre


def _any_between(sorted_values: list[int], low: int, high: int) -> bool:
    i = bisect.bisect_left(sorted_values, low)
    return i < len(sorted_values) and sorted_values[i] <= high


def _superscripts(text: str) -> tuple[str, ...]:
    """The superscript digits ("¹") ``text`` holds: ``tuple(filter(text.__contains__,
    _UNICODE_SUPERSCRIPTS))``, none in an ASCII text (most English articles). Ten substring tests
    in C cost half of one regex scan for any of them (2.5 against 5.5 ms over the 130 test pages)."""
    return () if text.isascii() else tuple(filter(text.__contains__, _UNICODE_SUPERSCRIPTS))


def _marker_blocks(doc, superscripts: tuple[str, ...]) -> list:
    """The blocks that may hold a marker: every marker needs a digit, but a footnote reference
    "[^note]", a Roman numeral in brackets and a superscript character. Plainly
    ``blocks_holding(doc, ("[^",) + _ROMAN_STEMS + superscripts, _DIGIT)``; the bracket stems are
    looked for only in a text with a "[" (one scan for most pages, not four)."""
    stems = ("[^",) + _ROMAN_STEMS if "[" in doc.body_text else ()
    return blocks_holding(doc, stems + superscripts, _DIGIT)


class Evidence:
    """Citation markers, reference lists and sourced sentences of one document."""

    @property
    def doc(self):
        return self._doc()

    def __init__(self, doc, extra_sources: tuple[str, ...] = ()) -> None:
        # Weakly: this object is kept on its document (per_document), and a strong reference
        # back would make a cycle, freed only when the garbage collector runs.
        self._doc = weakref.ref(doc)
        self.named, self.year_publication = source_patterns(extra_sources)
        self.references = self._references()
        # A tag after the article's last character can neither hold a marker's digit nor contain
        # a block: the scan stops there (+5: room for "<pre" and the character after it).
        text_end = max((block.offsets[-1] for block in doc.blocks if block.offsets), default=0) + 5
        self._has_sup, self._has_pre = _source_tags(doc.source, text_end)
        self.code_blocks = self._code_blocks()
        self.markers = self._markers()

    # Only sentence_has_source uses these, for few sentences: built on first use.
    @functools.cached_property
    def _markers_by_block(self) -> dict[int, list[Marker]]:
        by_block: dict[int, list[Marker]] = {}
        for marker in self.markers:
            by_block.setdefault(marker.block.index, []).append(marker)
        return by_block

    # -- reference lists ---------------------------------------------------------

    def _references(self) -> References:
        refs = References()
        for section in self.doc.sections:
            if section.heading is not None and is_reference_heading(section.heading.text):
                refs.has_list = True
                items = [b for b in section.blocks if b.kind == "list_item"] or section.blocks
                refs.count += len(items)
                numbered = [int(m.group(1)) for b in items
                            if (m := re.match(r"\s*\[?(\d{1,3})[.)\]]", b.text))]
                if numbered:
                    refs.count = max(refs.count, max(numbered))
                refs.blocks.update(b.index for b in section.blocks)
        if not refs.has_list:
            self._closing_entries(refs)
        # a footnote definition holds "[^": one test on the whole text first
        for block in self.doc.prose_blocks if "[^" in self.doc.body_text else ():
            match = _FOOTNOTE_DEF.match(block.text)
            if match:
                refs.footnotes.add(match.group(1))
                refs.blocks.add(block.index)
        return refs

    def _closing_entries(self, refs: References) -> None:
        """A numbered list of references that closes the article with no heading over it
        ("1. World Health Organization. Title. 2016."): each entry has a year and a reference's
        shape (an author or body, a title, a journal, an address)."""
        entries = []
        cut = None  # an entry cut by the end of the text ("7. Shao L, e"): the list goes on past it
        for block in reversed(self.doc.blocks):
            if not block.text.strip():
                continue
            number = None if block.kind == "heading" else self._entry_number(block)
            if number is None and not entries and cut is None and self._cut_entry(block):
                cut = block
                continue
            if number is None:
                break
            entries.append((block, number))
        if entries:
            refs.has_list = True
            # how long a list cut by the end of the text is, nobody can tell: no marker is above it
            refs.count = 0 if cut is not None else max(max(number for _, number in entries), len(entries))
            refs.blocks.update(block.index for block, _ in entries + ([(cut, 0)] if cut is not None else []))

    def _cut_entry(self, block) -> bool:
        """Whether a block is a numbered entry that stops in mid-word ("7. Shao L, e"): the text's
        end cut a reference short."""
        text = block.text
        if not _CUT_END.search(text):
            return False
        if _ENTRY_NUMBER.match(text) or block.kind == "list_item" and self.doc.format == "html":
            return True
        if block.kind != "list_item" or not block.offsets:
            return False
        source, at = self.doc.source, block.offsets[0]
        return _ENTRY_NUMBER.fullmatch(source, source.rfind("\n", 0, at) + 1, at) is not None

    def _entry_number(self, block) -> int | None:
        """The number of a block that has a reference's shape, or None: the number starts its
        text, or (a list item) its line in the source; an HTML list item's number is its place (0)."""
        text = block.text
        number = _ENTRY_NUMBER.match(text)
        if number is not None:
            return int(number.group(1)) if _REFERENCE_SHAPE.match(text, number.end()) else None
        if block.kind != "list_item" or not block.offsets or not _REFERENCE_SHAPE.match(text):
            return None
        if self.doc.format == "html":
            return 0
        source, at = self.doc.source, block.offsets[0]
        number = _ENTRY_NUMBER.fullmatch(source, source.rfind("\n", 0, at) + 1, at)
        return int(number.group(1)) if number else None

    def in_references(self, block) -> bool:
        return block.index in self.references.blocks

    def skipped(self, block) -> bool:
        """Reference entries and code (HTML <pre>) are not prose to check."""
        return block.index in self.references.blocks or block.index in self.code_blocks

    def _code_blocks(self) -> set[int]:
        doc = self.doc
        if doc.format != "html" or not self._has_pre:
            return set()
        regions = [(m.start(), m.end()) for m in _PRE.finditer(doc.source)]
        starts = [r[0] for r in regions]
        inside = set()
        for block in doc.blocks:
            if not block.offsets:
                continue
            i = bisect.bisect_right(starts, block.offsets[0]) - 1
            if i >= 0 and regions[i][0] <= block.offsets[0] < regions[i][1]:
                inside.add(block.index)
        return inside

    # -- markers -------------------------------------------------------------------

    def _markers(self) -> list[Marker]:
        doc = self.doc
        sup_offsets: set[int] = set()
        if self._has_sup:
            sup_offsets = {m.start(1) for m in _SUP_DIGITS.finditer(doc.source)}
        sup_sorted = sorted(sup_offsets)
        link_spans: list[tuple[int, int]] | None = None  # sorted on first use: most pages have no marker
        link_starts: list[int] = []

        def is_link(block, start: int) -> bool:
            nonlocal link_spans, link_starts
            if link_spans is None:
                link_spans = sorted((link.start, link.end) for link in doc.links if link.block is not None)
                link_starts = [s for s, _ in link_spans]
            offset = block.offsets[start] if start < len(block.offsets) else -1
            i = bisect.bisect_right(link_starts, offset) - 1
            return i >= 0 and link_spans[i][0] <= offset < link_spans[i][1]

        found: list[Marker] = []
        superscripts = _superscripts(doc.body_text)
        with_digit = _blocks_matching(doc, _DIGIT)  # (built for _marker_blocks just below)
        for block in _marker_blocks(doc, superscripts):
            # a plain-text line that ends in markers ("... health.1,2,3") has no full stop at its
            # end and is read as a heading: it is a sentence
            if block.kind == "heading" and not _MARKERS_AT_END.search(block.text) or self.skipped(block):
                continue
            text = block.text
            taken: list[tuple[int, int]] = []

            def add(marker: Marker) -> None:
                if any(s < marker.end and marker.start < e for s, e in taken):
                    return
                taken.append((marker.start, marker.end))
                marker.is_link = is_link(block, marker.start + (1 if marker.kind in ("bracket", "paren", "footnote", "author-year") else 0))
                found.append(marker)

            has_digit = block.index in with_digit
            if superscripts:
                for m in _UNICODE_SUP.finditer(text):
                    add(Marker(block, m.start(1), m.end(1), "superscript", _numbers(m.group(1).translate(_FROM_SUPERSCRIPT))))
            if "[^" in text:
                for m in _FOOTNOTE_REF.finditer(text):
                    add(Marker(block, m.start(), m.end(), "footnote", label=m.group(1)))
            if "[" in text:
                for m in _ROMAN.finditer(text):
                    add(Marker(block, m.start(), m.end(), "bracket", (_roman(m.group(1)),)))
            if not has_digit:
                continue
            if "[" in text or any(map(text.__contains__, _WIDE_BRACKETS)):
                for m in _BRACKET.finditer(text):
                    add(Marker(block, m.start(), m.end(), "bracket", _numbers(m.group(1))))
            if sup_offsets and _any_between(sup_sorted, block.offsets[0], block.offsets[-1]):
                for m in _ANY_NUMBER.finditer(text):
                    if block.offsets[m.start()] in sup_offsets and _SUP_CONTEXT.search(text, max(0, m.start() - 8), m.start()):
                        add(Marker(block, m.start(), m.end(), "superscript", _numbers(m.group())))
            for m in (_short_author_year().finditer(text) if "(" in text else ()):
                add(Marker(block, m.start(), m.end(), "author-year"))
            for m in (_PAREN.finditer(text) if "(" in text else ()):
                add(Marker(block, m.start(), m.end(), "paren", _numbers(m.group(1))))
            for m in (_PAREN_GLUED.finditer(text) if ")" in text else ()):
                add(Marker(block, m.start(), m.end(), "paren", _numbers(m.group(1))))
            for m in (_GLUED_TO_WORD.finditer(text) if "," in text else ()):
                start = m.start() - (2 if text[m.start() - 2].isdigit() else 1)
                numbers = _numbers(text[start:m.end()])
                word = _GLUED_WORD.search(text, max(0, start - 40), start)
                if all(a < b for a, b in zip(numbers, numbers[1:])) and word.group().lower() not in _quantity_words():
                    add(Marker(block, start, m.end(), "glued", numbers))  # not "omega3,6"
            if text.rstrip().endswith(")") and (m := _PAREN_CLOSING.search(text)):
                add(Marker(block, m.start(1), m.end(), "paren", _numbers(m.group(1))))
            for m in (_WORDED.finditer(text) if "note" in text or "ref" in text else ()):
                add(Marker(block, m.start(1), m.end(1), "worded", _numbers(m.group(1))))
            for m in _GLUED_AFTER_STOP.finditer(text):
                word = _WORD_BEFORE.search(text, max(0, m.start() - 60), m.start())
                if word and word.group(1).lower() in _ABBREVIATIONS:
                    continue
                digits = m.lastindex
                add(Marker(block, m.start(digits), m.end(digits), "glued", _numbers(m.group(digits))))
            for m in _BARE.finditer(text):
                space = m.start() - 1  # the space before the number
                word = _WORD_BEFORE.search(text, max(0, space - 60), space)
                if not word or m.group(1) == "0":
                    continue
                before = word.group(1)
                if before[0].isupper() or before.lower() in _quantity_words():
                    continue
                if len(before) > 4 and before.endswith("ed") and text[space - 1:space] != ")" and \
                        not _PASSIVE.search(text, max(0, word.start() - 12), word.start()):
                    continue  # a verb takes a quantity: "gained 2", "swallowed 1"; not "is changed 14."
                add(Marker(block, m.start(1), m.end(1), "bare", _numbers(m.group(1))))
        return found

    def marker_resolves(self, marker: Marker) -> bool:
        """Whether a marker leads to a source: a dangling marker is no evidence."""
        refs = self.references
        if marker.is_link:
            return True
        if marker.kind == "footnote":
            return marker.label in refs.footnotes
        if not refs.exists:
            return False
        if refs.has_list and refs.count and marker.numbers and marker.kind not in ("bare", "glued"):
            return max(marker.numbers) <= refs.count
        return True

    def bare_trusted(self, min_bare: int = 2) -> bool:
        """Whether numbers left bare or glued after words ("abuse 6,", "hemp.2") are citation
        markers: the article has other markers, or at least ``min_bare`` such numbers that mostly
        go up through the article, as citation numbers do."""
        bare = [m for m in self.markers if m.kind in BARE_KINDS]
        # "health.1,2,3": one number glued after a full stop may be anything, several in order
        # after one are markers flattened onto the text
        several = any(m.kind == "glued" and len(m.numbers) >= min_bare and
                      all(a < b for a, b in zip(m.numbers, m.numbers[1:])) for m in bare)
        # "removed from your body.1" closing its paragraph: a superscript flattened onto the last full stop
        closing = any(m.kind == "glued" and m.block.text[m.start - 2:m.start - 1].isalpha()
                      and m.block.text[m.start - 1] == "." and not m.block.text[m.end:].strip() for m in bare)
        return len(self.markers) > len(bare) or several or closing or \
            len(bare) >= min_bare and _numbered_in_order(bare)

    def carries_marker(self, sentence) -> bool:
        """Whether a citation marker stands in the sentence or right after its full stop
        ("... antidepressants. 2 In the US"), whether or not it leads to a reference list: the
        writer gave the figure a source, and a marker that points nowhere is LM601's to report.
        A cross-reference to another part of the page ("(see Question 4)", "(see 'Risk factors'
        below)", "(see Table 2)") is a marker too: it sends the reader to where the claim is
        developed and sourced."""
        if "(see " in sentence.text or "(See " in sentence.text or "(cf" in sentence.text:
            if _CROSS_REFERENCE.search(sentence.text):
                return True
        if sentence.block.index == len(self.doc.blocks) - 1 and self._cut_by_the_end(sentence):
            return True
        markers = self.markers_in(sentence.block)
        if not markers:
            return False
        trusted = None
        for marker in markers:
            if sentence.start <= marker.start <= sentence.end + 2:
                if marker.kind not in BARE_KINDS:
                    return True
                if trusted is None:
                    trusted = self.bare_trusted()
                if trusted:
                    return True
        return False

    def _cut_by_the_end(self, sentence) -> bool:
        """Whether the sentence is cut off by the end of the text (the copy stops mid-sentence,
        with no closing punctuation) in an article that cites by markers (two or more, not bare
        numbers): its marker may stand past the cut ("Estudios clínicos han demostrado ... en el
        60% de los pacientes, mejoría de"), so the writer is not taken to have given none."""
        text = sentence.block.text.rstrip()
        if sentence.end < len(text) or text[-1:] in _SENTENCE_CLOSE:
            return False
        return sum(m.kind not in BARE_KINDS for m in self.markers) >= 2

    def markers_in(self, block) -> list[Marker]:
        return self._markers_by_block.get(block.index, [])

    # -- sourced sentences ---------------------------------------------------------

    @functools.cached_property
    def _labelled_blocks(self) -> set[int]:
        """Blocks that a "Source: Autism Society of America" line covers: its own block and
        those before it back to a heading, at most eight (the figures of a box or list it closes)."""
        covered: set[int] = set()
        for block in blocks_holding(self.doc, ("source",)):
            if _SOURCE_LABEL.search(block.text):
                first = block.index
                while first > 0 and block.index - first < 8 and self.doc.blocks[first - 1].kind != "heading":
                    first -= 1
                covered.update(range(first, block.index + 1))
        return covered

    def sentence_has_source(self, sentence) -> bool:
        """Whether the sentence itself carries a marker, a named source, an identifier or a link
        (or its block is covered by a "Source: ..." line)."""
        block = sentence.block
        if block.index in self._labelled_blocks:
            return True
        for marker in self.markers_in(block):
            if sentence.start <= marker.start < sentence.end and self.marker_resolves(marker):
                return True
        text = sentence.text
        if _AUTHOR_YEAR.search(text) or _IDENTIFIER.search(text) or _PUBLISHED_IN.search(text):
            return True
        if self.named.search(text) or self.year_publication.search(text) or names_organisation(text):
            return True
        for match in _name_reports().finditer(text):
            if not _is_population(match.group().split()[-2]):
                return True
        if ("’s " in text or "'s " in text) and _names_own_evidence(text):
            return True
        match = _ACCORDING_TO.search(text)
        if match and match.group(1) not in _unnamed_capitalised() and not tertiary_pattern().match(match.group(1)):
            return True
        return self._has_link(sentence)

    def supports(self, sentence, start: int, end: int) -> bool:
        """Whether the attribution at ``sentence.text[start:end]`` ("studies show", "according to
        experts") comes with its source: a citation at or after it (a marker, also later in the
        paragraph, a link, an author
        and year, a DOI, "published in", "a 2019 review") or a name right after it ("according
        to experts at the Mayo Clinic"). A name elsewhere in the sentence is what the sentence is
        about ("analysts expect the FDA to approve it"), not where its evidence comes from.
        """
        block, at = sentence.block, sentence.start + start
        for marker in self.markers_in(block):  # to the end of the paragraph: a paragraph cited at its end
            if at <= marker.start and self.marker_resolves(marker):
                return True
        text = sentence.text
        if any(p.search(text, start) for p in (_AUTHOR_YEAR, _IDENTIFIER, _PUBLISHED_IN, self.year_publication)):
            return True
        for speaker in _speaker_after().finditer(text, start):
            if self.named.match(text, speaker.end()) or organisation_pattern().match(text, speaker.end()):
                return True
        # "Doctors recommend the vaccine for adults over 50, the CDC says.": a named body's words
        tag = _speech_tag().search(text, end)
        if tag and (self.named.search(tag.group(1)) or organisation_pattern().search(tag.group(1))):
            return True
        if _ACCORDING.match(text, start) and _NAMED_AFTER.match(text, end):
            return True  # "according to data analysis firm 1010data", "according to research firm Gartner"
        attached = _ATTACHED.match(text, end)
        if attached and (name := _CAPITALISED.match(text, attached.end())) and name.group() not in _unnamed_capitalised():
            return True
        return self._has_link(sentence, at)

    def names_body(self, sentence) -> bool:
        """Whether the sentence names an organisation, not a journal ("the Centers for Disease
        Control and Prevention", "Rush University Medical Center"), also by an abbreviation the
        article spells out as a name ("the National Dengue Control Unit (NDCU)", then "The NDCU
        is urging residents"): only a proper name is given its initials in brackets."""
        text = sentence.text
        return _organisations().search(text) is not None or names_organisation(text) or \
            self.spelled_acronyms is not None and self.spelled_acronyms.search(text) is not None

    @functools.cached_property
    def spelled_acronyms(self) -> re.Pattern | None:
        """The abbreviations the article spells out, each after the capitalised words whose
        initials it is ("National Dengue Control Unit (NDCU)", "Centre for Health Protection (CHP)"),
        as one pattern of whole words compiled once per article; None when it spells out none."""
        found = set()
        for block in self.doc.blocks:
            if "(" not in block.text:
                continue
            for match in _SPELLED_OUT.finditer(block.text):
                initials = "".join(w[0] for w in match.group(1).split() if w[:1].isupper())
                if initials.endswith(match.group(2)):
                    found.add(match.group(2))
        if not found:
            return None
        return re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(found))})(?![\w-])")

    def named_speaker_before(self, sentence, at: int, clause: bool = False) -> bool:
        """Whether a named body or person speaks the words at ``sentence.text[at]``: "The
        National Institutes of Health (NIH) notes there is some evidence that ...", "Dr. Lee
        says it has been shown that ..."; ``clause``: the words stand anywhere in the clause the
        speaker reports ("Jane Roe, who trains advisers, says that support is proven to ...": an
        agentless finding has its subject before it)."""
        before = sentence.text[:at]
        verb = _speech_before().search(before) or clause and _last(_speech_that().finditer(before)) or None
        if verb is None:
            return False
        speaker = before[:verb.start()]
        return self.named.search(speaker) is not None or names_organisation(speaker) or self.person_says(before) or \
            clause and _FULL_NAME_SPEAKS.fullmatch(speaker) is not None

    def framed_by_source(self, sentence, at: int) -> bool:
        """Whether the sentence's words at ``sentence.text[at]`` are reported on the authority of a
        source that opens their clause: "According to the CDC, a study found ...", "And, according
        to the poison control center, studies show ..." after the article named "the Fresno Poison
        Control Center". The source is a name, an organisation, a body _ACCORDING_TO takes ("the
        company") or a definite description that repeats the end of an organisation's name the
        article gives (`refers_to_named_body`)."""
        before = sentence.text[:at]
        if "ccording to" not in before:
            return False
        frame = _SOURCE_FRAME.search(before)
        if frame is None:
            return False
        source = frame.group(1)
        according = _ACCORDING_TO.match("a" + frame.group()[1:])  # "According to the company"
        return self.named.search(source) is not None or names_organisation(source) or \
            according is not None and according.group(1) not in _unnamed_capitalised() or \
            refers_to_named_body(self.doc, source)

    def named_speaker_after(self, sentence, at: int) -> bool:
        """Whether a named person speaks the sentence in a tag after ``sentence.text[at]``: "Some
        studies show patients eat more on fasting days, said Mintz, who ..." (as "Dr. Lee says
        studies show", before it). A person, not a study: it sources the attribution, not the next
        sentence's claim."""
        text = sentence.text
        return any(self.person_says(text[speaker.start():]) for speaker in _speaker_after().finditer(text, at))

    def _has_link(self, sentence, at: int = 0) -> bool:
        block = sentence.block
        links = shown_links_by_block(self.doc).get(block.index)
        if not links:
            return False
        first, last = sentence.source_span()
        if at > sentence.start:
            first = block.offsets[min(at, len(block.offsets) - 1)]
        for link in links:
            if not first <= link.start < last:
                continue
            if not link.bare:
                return True
            # A bare URL is a source where a reference stands: "(https://...)", "see https://...",
            # or at the end of the sentence; a URL mid-sentence is not offered as evidence.
            at = bisect.bisect_left(block.offsets, link.start, sentence.start, sentence.end)
            end = bisect.bisect_left(block.offsets, link.end, sentence.start, sentence.end)
            if _LINK_CITE_BEFORE.search(block.text[sentence.start:at]) or \
                    _LINK_CITE_AFTER.match(block.text[end:sentence.end]):
                return True
        return False

    def _order(self) -> None:
        """Number the prose sentences in document order, with their section.

        Source flags are computed lazily (``_flag``): most sentences are never asked about.
        """
        self._sentences = []
        self._section = []
        self._position = {}
        for block in self.doc.prose_blocks:
            if self.skipped(block):
                continue
            for sentence in block.sentences:
                self._position[(block.index, sentence.start)] = len(self._sentences)
                self._sentences.append(sentence)
                self._section.append(id(block.section))
        self._flags: dict[int, bool] = {}
        self._raw_vague: dict[int, Attribution | None] = {}

    def _index(self, sentence) -> int | None:
        if not hasattr(self, "_flags"):
            self._order()
        return self._position.get((sentence.block.index, sentence.start))

    @functools.cached_property
    def first_naming(self) -> tuple[int, int] | None:
        """Where (block index, sentence start) the article first identifies a study it reports,
        as news and press releases do: by its people or venue ("lead author", "researchers at
        Rush University Medical Center", "a trial funded by the National Institutes of Health",
        "the National Institutes of Health has halted a major study",
        "published in JAMA", "presented at the European Cancer Congress"); None when it does
        not. A study cited by a marker, a link or a year ("a 2016 Cochrane review [1]") is one
        of an article's sources, not the study it reports.

        News stories and press releases name the study they report once and then say "the
        study found", "researchers say", "a new study suggests": those then point to it.
        """
        for sentence in candidate_sentences(self.doc, self, _STUDY_WORDS + ("author", "led the", "scientist", "investigator")):
            text = sentence.text
            if _study_named(text) or _ONE_STUDY.search(text) and _PUBLISHED_IN.search(text):
                return sentence.block.index, sentence.start
        return None

    @property
    def names_study(self) -> bool:
        return self.first_naming is not None

    def reports_named_study(self, sentence, match) -> bool:
        """Whether a vague-looking attribution points to the study the article names: "a new
        study suggests" anywhere; "Research suggests" only before the study is named (a lede)."""
        naming = self.first_naming
        if naming is None:
            return False
        return is_article_study(match, before_naming=(sentence.block.index, sentence.start) <= naming)

    @functools.cached_property
    def names_no_source(self) -> bool:
        """Whether the page names at most one source in all its prose (a sentence with a marker,
        link, named body or journal, author and year, identifier) and has no reference list or
        footnotes: a page that never says where anything comes from. Its appeals to research are
        read more loosely (find_loose_appeal): nothing on it can answer "which study?"."""
        if self.references.exists or sum(m.kind not in BARE_KINDS for m in self.markers) > 1:
            return False
        prose = [block for block in self.doc.prose_blocks if not self.skipped(block)]
        # sentences with a link first: the cheapest test, and the commonest source on the web
        with_links = shown_links_by_block(self.doc)
        linked = {(block.index, sentence.start) for block in prose if block.index in with_links
                  for sentence in block.sentences if self._has_link(sentence)}
        if len(linked) > 1:
            return False
        sourced = len(linked)
        for block in prose:
            for sentence in block.sentences:
                if (block.index, sentence.start) not in linked and \
                        (self.sentence_has_source(sentence) or self.carries_marker(sentence)):
                    sourced += 1
                    if sourced > 1:
                        return False
        return True

    @functools.cached_property
    def evidence_graded(self) -> bool:
        """Whether a named body grades the page's evidence ("The Natural Medicines database rates
        effectiveness based on scientific evidence"): an evidence monograph, whose research
        summaries ("Early research suggests ...") are that body's grades. Read only when an
        attribution would be flagged: the verbs are found first, the grader's name then."""
        text = self.doc.body_text
        verbs, grading = _evidence_grading()
        for verb in verbs.finditer(text):
            found = grading.search(text, max(0, verb.start() - 120), verb.end() + 60)
            name = [word for word in found.group(1).split() if word != "The"] if found else ()
            if name and name[0] not in _unnamed_capitalised():
                return True
        return False

    @functools.cached_property
    def attribution_words(self) -> tuple[str, ...]:
        """The stems every vague attribution of this article's languages holds."""
        return _attribution_words(self.doc)

    @property
    def other_languages(self) -> tuple[str, ...]:
        """The languages whose attributions are searched in the article (`_article_languages`)."""
        return _article_languages(self.doc)

    def _find_vague(self, sentence) -> Attribution | None:
        """find_vague, after a test for the words every attribution holds; kept per sentence."""
        i = self._index(sentence)
        if i is not None and i in self._raw_vague:
            return self._raw_vague[i]
        lowered = sentence.text.lower()
        match = find_vague(sentence.text, other_languages=self.other_languages) \
            if any(map(lowered.__contains__, self.attribution_words)) else None
        if i is not None:
            self._raw_vague[i] = match
        return match

    def vague_source(self, sentence) -> Attribution | None:
        """The sentence's vague attribution ("studies show", "one survey found"), or None; the
        attributions news use for the study they report ("a new study finds", "researchers
        say") are not vague when the article names its study."""
        match = self._find_vague(sentence)
        return None if match is not None and self.reports_named_study(sentence, match) else match

    def _vague_at(self, i: int) -> bool:
        return self.vague_source(self._sentences[i]) is not None

    def _points_to_named_study(self, i: int) -> bool:
        """Whether sentence ``i`` speaks of the study the article names ("the study found",
        "a new study suggests", "researchers say") with no other, vague, study in between."""
        if not self.names_study:
            return False
        text = self._sentences[i].text
        if not REFERS_BACK.search(text):
            found = self._find_vague(self._sentences[i])
            if found is None or not self.reports_named_study(self._sentences[i], found):
                return False
        section = self._section[i]
        return not any(self._section[j] == section and self._vague_at(j) for j in range(max(0, i - 3), i + 1))

    def _flag(self, i: int, depth: int = 0) -> bool:
        """Whether sentence ``i`` is sourced.

        A sentence that refers back to a study ("It found that", "the researchers") is
        sourced when the article names the study, or when one of the three sentences before
        it in its section is sourced: news and health writing name a study once and then
        report its results over several sentences.
        """
        if i in self._flags:
            return self._flags[i]
        sentence = self._sentences[i]
        flag = self.sentence_has_source(sentence) or self._points_to_named_study(i)
        if not flag and depth < 3 and REFERS_BACK.search(sentence.text):
            flag = any(self._section[j] == self._section[i] and self._flag(j, depth + 1)
                       for j in range(max(0, i - 3), i))
        if depth == 0 or flag:
            self._flags[i] = flag
        return flag

    def near_source(self, sentence, before: int = 1, after: int = 1, background: bool = False) -> bool:
        """Whether the sentence or its neighbours in the same section carry a source.

        Neighbours are taken in document order, across paragraph breaks (news paragraphs
        are often one sentence long) but not across headings. ``background``: the sentence
        states a fact from outside the study the article reports ("Insomnia affects 10% of
        adults"); a neighbour that speaks of research or is a quotation cites the study or
        the speaker, not that fact, and does not count when the article names its study,
        unless it attributes what its paragraph says ("..., the researchers said").
        """
        i = self._index(sentence)
        if i is None:
            return self.sentence_has_source(sentence)
        section = self._section[i]
        for j in range(max(0, i - before), min(len(self._sentences), i + after + 1)):
            if self._section[j] != section or not self._flag(j):
                continue
            if j != i and background and self.names_study and self._about_research(self._sentences[j]) and \
                    not (self._sentences[j].block is sentence.block and _speech_nearby().search(self._sentences[j].text)):
                continue  # not "...every year. Both are found late, the researchers said."
            if j != i and self._sentences[j].block is not sentence.block and \
                    self._sentences[j].text.lstrip()[:1] in "\"“":
                continue  # a quotation in a paragraph of its own sources its speaker's words only
            if j != i and background and not self._sources_beside(sentence, self._sentences[j], j < i):
                continue  # "... three in four infants rely on formula. The FDA regulates formula.": a body acting
            return True
        return False

    def _sources_beside(self, sentence, other, before: bool) -> bool:
        """Whether ``other``, a sourced sentence beside the figure in ``sentence``, is the figure's
        source: it gives something as information (`_gives_information`), and in a paragraph of its
        own it speaks of the figure's subject (a word of six letters or more in common), points back
        to it ("That is according to the CDC."), leads into it ("According to the 2023 survey:") or
        is a named person's speech (a news story's quotation beside the figure). Not a named body as
        the actor of something else ("The FDA regulates all formula"), nor a line on the page's
        editorial process in the paragraph before ("Our content is based on research from our
        advisory board")."""
        if not self._gives_information(other):
            return False
        text = other.text
        if other.block is sentence.block or _POINTS_BACK.match(text) or before and text.rstrip().endswith(":") or \
                not _long_words(sentence.text).isdisjoint(_long_words(text)):
            return True
        return self.person_says(text)

    def _gives_information(self, sentence) -> bool:
        """Whether a sentence gives something as information (a verb of saying, finding, counting or
        defining, an evidence noun: `_GIVES_INFORMATION`) or cites (a marker, a link, an author and
        year, an identifier)."""
        text = sentence.text
        if _GIVES_INFORMATION.search(text) or _AUTHOR_YEAR.search(text) or _IDENTIFIER.search(text):
            return True
        block = sentence.block
        return any(sentence.start <= marker.start < sentence.end for marker in self.markers_in(block)) or \
            self._has_link(sentence)

    def sourced_leads(self, sentence, background: bool = False) -> list:
        """The sentences that lead the sentence's paragraph, come before the sentence before it,
        and name a source themselves: the paragraph's first sentence ("The WHO's fact sheet gives
        the scale of it. ... Around 16% were ..."), and for a list item the sentence that opens
        the list with a colon ("According to the American Cancer Society's 2024 report:"). A
        writer names the source once for the figures that follow it. A study the article reports
        does not source the ``background`` facts after it."""
        i = self._index(sentence)
        if i is None:
            return []
        return [self._sentences[j] for j in self._leads(sentence, i - 1)
                if self._section[j] == self._section[i] and self.sentence_has_source(self._sentences[j])
                and not (background and self.names_study and self._about_research(self._sentences[j]))]

    def _leads(self, sentence, first: int) -> list[int]:
        """The indices of the paragraph's first sentence and, for a list item, of the sentence
        that opens the list with a colon, when they come before index ``first``."""
        block = sentence.block
        leads = []
        if block.sentences and block.sentences[0] is not sentence:
            leads.append(self._position.get((block.index, block.sentences[0].start)))
        if block.kind == "list_item":
            blocks = self.doc.blocks
            k = block.index - 1
            while k >= 0 and blocks[k].kind == "list_item":
                k -= 1
            if k >= 0 and blocks[k].kind == "paragraph" and blocks[k].sentences and blocks[k].text.rstrip().endswith(":"):
                leads.append(self._position.get((k, blocks[k].sentences[-1].start)))
        return [j for j in leads if j is not None and j < first]

    def _about_research(self, sentence) -> bool:
        text = sentence.text
        return bool(_STUDY_WORD.search(text) or REFERS_BACK.search(text) or _study_named(text)
                    or text.lstrip()[:1] in "\"“" or self.vague_source(sentence) is not None)

    def beside(self, sentence, before: int = 1, after: int = 1) -> list:
        """The sentences around ``sentence`` in its section (itself excluded), in order."""
        i = self._index(sentence)
        if i is None:
            return []
        section = self._section[i]
        return [self._sentences[j] for j in range(max(0, i - before), min(len(self._sentences), i + after + 1))
                if j != i and self._section[j] == section]

    def cites_research(self, sentence) -> bool:
        """Whether the sentence cites a study: a word for research and a citation (a marker, link,
        author and year, DOI, "published in", "a 2019 review", a journal)."""
        text = sentence.text
        if not _STUDY_WORD.search(text):
            return False
        # a name given as an example of a kind ("institutions like Johns Hopkins") is not the study's source
        return self.supports(sentence, 0, 0) or self.named.search(_EXAMPLE_NAME.sub("", text)) is not None

    def about_named_study(self, sentence) -> bool:
        """Whether a sentence that reports a study's results ("63 percent of participants") can
        report the study the article names: the article names one, and neither the sentence
        nor the two before it bring in another, vague, source."""
        if not self.names_study:
            return False
        i = self._index(sentence)
        if i is None:
            return False
        section = self._section[i]
        return not any(self._section[j] == section and self._vague_at(j) for j in range(max(0, i - 2), i + 1))

    def attributed(self, sentence) -> bool:
        """Whether a named person (or "he"/"she") gives the sentence's content: "said Dr. Ortiz",
        "Nissen says", "he said"; or the sentence is a quotation whose speaker the sentence
        before or after names."""
        if self.person_says(sentence.text):
            return True
        text = sentence.text.lstrip()
        if text[:1] in "\"“" or text.rstrip()[-1:] in "\"”":
            return any(self.person_says(other.text) for other in self.beside(sentence))
        return False

    def quoted_speaker(self, sentence, at: int) -> bool:
        """Whether ``sentence.text[at]`` lies inside a quotation whose speaker the paragraph, or
        the one before it, names: an expert's own words, attributed to them."""
        block = sentence.block
        before = block.text[:sentence.start + at]
        if not (before.count('"') % 2 or before.rfind("“") > before.rfind("”")):
            return False
        # a quotation over several paragraphs opens each with a quotation mark: look back two
        # paragraphs for its speaker (further back, the reader has lost who speaks)
        blocks = self.doc.blocks
        for index in range(block.index, max(-1, block.index - 3), -1):
            text = blocks[index].text
            if self.person_says(text):
                return True
            if index != block.index and text.lstrip()[:1] not in "\"“":
                return False
        return False

    @staticmethod
    def person_says(text: str) -> bool:
        """Whether the text names a person speaking ("says Tim Jones", "Dr. Lee said"; `_speech.speakers`):
        a figure given by a named person (or one the paragraph names: he, she) is attributed. A
        capitalised word that names no source ("Experts say") or a population ("Americans said",
        who a figure is about) is no speaker. Used for statistics and quotations only: an expert's
        say-so is an attribution, not evidence for a claim (LM701)."""
        return any(name is None or name not in _unnamed_capitalised() and not _is_population(name)
                   for name in _speech.speakers(text))

    def block_has_source(self, block) -> bool:
        if not hasattr(self, "_flags"):
            self._order()
        return any(self._flag(self._position[(block.index, s.start)])
                   for s in block.sentences if (block.index, s.start) in self._position)


def heading_cites(block) -> bool:
    """Whether the heading over the block cites the source of its section: "Key facts (World
    Health Organization, 2023)", "Source: CDC", "According to the NHS"."""
    heading = block.section.heading if block.section is not None else None
    if heading is None:
        return False
    text = heading.text
    if _AUTHOR_YEAR.search(text) or _SOURCE_LABEL.search(text):
        return True
    match = _ACCORDING_TO.search(text)
    return match is not None and match.group(1) not in _unnamed_capitalised() and not tertiary_pattern().match(match.group(1))


@per_document
def shown_links_by_block(doc) -> dict[int, list]:
    """The shown (not hidden) links of each block, by the block's index, computed once per document."""
    by_block: dict[int, list] = {}
    for link in doc.links:
        if link.block is not None and not link.hidden:
            by_block.setdefault(link.block.index, []).append(link)
    return by_block


@per_document
def lowered_body(doc) -> str:
    """The article's text in lowercase, computed once per document.

    Rules test their trigger words against it once, then test only the words the
    article holds against each sentence.
    """
    return doc.body_text.lower()


def joined_starts(texts: list[str]) -> list[int]:
    """Where each text starts in ``"\n".join(texts)``."""
    return list(itertools.accumulate((len(text) + 1 for text in texts[:-1]), initial=0)) if texts else []


@per_document
def block_starts(doc) -> list[int]:
    """Where each block's text starts in ``doc.body_text`` (the blocks' texts joined by "\n")."""
    return joined_starts([block.text for block in doc.blocks])


def _same_places(doc) -> bool:
    """Whether every character of the lowercase text is where it was ("İ" becomes two characters)."""
    return len(lowered_body(doc)) == len(doc.body_text)


def lowered_sentences(doc, block) -> list[tuple]:
    """(sentence, its text in lowercase) for each sentence of the block, cut from the
    article's lowercase text, or lowercased one by one when lowercasing the article moved
    positions (a Turkish "İ" lowercases to two characters).

    A cut differs from ``sentence.text.lower()`` at most in a final sigma (σ or ς, which
    depends on the text around it): the same for tests of ASCII words.
    """
    if not _same_places(doc):
        return [(sentence, sentence.text.lower()) for sentence in block.sentences]
    text, start = lowered_body(doc), block_starts(doc)[block.index]
    return [(sentence, text[start + sentence.start:start + sentence.end]) for sentence in block.sentences]


def texts_found(starts: list[int], find) -> set[int]:
    """The indices of the texts (joined by "\n", starting at ``starts``) in which
    ``find(position)`` finds something that holds no "\n"; ``find`` returns the start of
    the next find at or after a position of the joined text, or -1.

    After each find the search goes on from the next text: the cost follows the texts
    found, not all the texts.
    """
    found = set()
    at = find(0)
    while at >= 0:
        index = bisect.bisect_right(starts, at) - 1
        found.add(index)
        if index + 1 == len(starts):
            break
        at = find(starts[index + 1])
    return found


def blocks_holding(doc, words: tuple, pattern: re.Pattern | None = None) -> list:
    """The blocks whose lowercase text holds one of ``words`` (lowercase, without "\n"), or
    whose text has a match of ``pattern`` (one character long), in document order."""
    if _same_places(doc):
        text, starts = lowered_body(doc), block_starts(doc)
        found = set()
        for word in words:
            found |= texts_found(starts, functools.partial(text.find, word))
    else:
        found = {block.index for block in doc.blocks if holds_any(block.text, words)}
    if pattern is not None:
        found |= _blocks_matching(doc, pattern)
    return [doc.blocks[index] for index in sorted(found)]


@per_document
def _blocks_matching(doc, pattern: re.Pattern) -> frozenset:
    """The indices of the blocks whose text has a match of ``pattern`` (one character long);
    once per document: the evidence index and LM501 both ask for the blocks with a digit."""
    body = doc.body_text

    def find(at: int) -> int:
        match = pattern.search(body, at)
        return match.start() if match else -1

    return frozenset(texts_found(block_starts(doc), find))


# The bytes of [a-z0-9]; translate() with this table turns every other byte into a space.
_WORD_BYTES = bytes(b if chr(b) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for b in range(256))


@per_document
def distinct_words(doc) -> tuple[set[bytes], str]:
    """The distinct runs of [a-z0-9] in the article's lowercase text, as a set of ASCII bytes
    and joined by spaces; computed once per document.

    Found with C string methods rather than a regex (twice as fast on a whole article):
    every character outside [a-z0-9] becomes a space (a non-ASCII one is encoded as "?"
    first) and the text is split.
    """
    runs = set(ascii_runs(lowered_body(doc)))
    return runs, b" ".join(runs).decode("ascii")


def ascii_runs(text: str) -> list[bytes]:
    """The runs of [a-z0-9] in ``text``, as ASCII bytes (see distinct_words)."""
    return text.encode("ascii", "replace").translate(_WORD_BYTES).split()


def whole_words_present(doc, words: tuple) -> list[str]:
    """The words of ``words`` (lowercase, of word characters) that are words of the article,
    sorted: ``sorted(set(_WORD.findall(lowered_body(doc))).intersection(words))``, _WORD
    being the regex of a run of word characters.

    Without splitting the article into words: a word of the text is one of its runs of
    [a-z0-9] (distinct_words) or, for a word with other characters, holds its ASCII runs or is
    a substring of the text; those few candidates are then looked for as whole words.
    """
    plain, others = _ascii_words(words)
    runs, text = distinct_words(doc)[0], lowered_body(doc)
    candidates = [plain[run] for run in runs.intersection(plain)] + [
        word for word, needed in others if (runs.issuperset(needed) if needed else word in text)]
    return sorted(word for word in candidates if _holds_whole_word(text, word))


@functools.lru_cache(maxsize=None)
def _ascii_words(words: tuple) -> tuple[dict[bytes, str], tuple]:
    """The words of ASCII letters and digits, by their bytes; the other words with their ASCII runs."""
    plain = {word.encode(): word for word in words if word.isascii() and word.isalnum()}
    return plain, tuple((word, frozenset(ascii_runs(word))) for word in words if word.encode() not in plain)


def _holds_whole_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` with no word character (the regex's \\w: an
    alphanumeric character or "_") just before or after it."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if not (at and (text[at - 1].isalnum() or text[at - 1] == "_")) and \
                not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            return True
        at = text.find(word, at + 1)
    return False


def present_words(doc, words: tuple) -> tuple:
    """The words (lowercase substrings) of ``words`` that occur anywhere in the article.

    A word of ASCII letters and digits can only occur inside one run of them, so it is
    looked for among the article's distinct runs (a third of its text, or less).
    """
    text, runs, plain = lowered_body(doc), distinct_words(doc)[1], _plain_words(words)
    return tuple(word for word in words if word in (runs if word in plain else text))


@functools.lru_cache(maxsize=None)
def _plain_words(words: tuple) -> frozenset:
    """The words made of ASCII letters and digits only."""
    return frozenset(word for word in words if word.isascii() and word.isalnum())


def holds_any(text: str, words: tuple) -> bool:
    """Whether any of the lowercase substrings ``words`` occurs in ``text``."""
    lowered = text.lower()
    return any(word in lowered for word in words)


def candidate_sentences(doc, found: "Evidence", words: tuple | None):
    """Sentences of unskipped prose blocks that hold one of ``words`` (every one when None).

    A cheap substring test first, so the rules' big regexes only see sentences
    that could match them. Only the blocks that hold a word are visited (blocks_holding);
    ASCII words are looked for in each sentence's span of the article's lowercase text.
    """
    if words is None:
        for block in doc.prose_blocks:
            if not found.skipped(block):
                yield from block.sentences
        return
    in_place = _same_places(doc) and all(word.isascii() for word in words)
    text, starts = lowered_body(doc), block_starts(doc)
    for block in blocks_holding(doc, words):
        if block.kind == "heading" or found.skipped(block):
            continue
        if in_place:
            start = starts[block.index]
            for sentence in block.sentences:
                if any(map(text[start + sentence.start:start + sentence.end].__contains__, words)):
                    yield sentence
        else:
            for sentence in block.sentences:
                if holds_any(sentence.text, words):
                    yield sentence


def evidence(doc, extra_sources=()) -> Evidence:
    """The document's Evidence, computed once per document and list of extra source patterns."""
    return _evidence_of(doc, tuple(extra_sources or ()))


@per_document
def _evidence_of(doc, extra_sources: tuple) -> Evidence:
    return Evidence(doc, extra_sources)


# What a sentence that gives information holds: a verb of saying, finding, estimating or counting, an
# evidence or record noun, "according to", "source" (`Evidence._gives_information`).
_GIVES_INFORMATION = re.compile(
    r"\b(?:say|says|said|saying|told|tell|tells|report\w*|estimat\w*|found|find\w*|show\w*|suggest\w*|indicat\w*|"
    r"reveal\w*|conclu\w*|confirm\w*|publish\w*|releas\w*|state[sd]?|note[sd]?|explain\w*|warn\w*|recommend\w*|advis\w*|"
    r"count\w*|record\w*|track\w*|survey\w*|poll\w*|census|stud(?:y|ies)|research\w*|analys[ie]s|review\w*|trials?|data|"
    r"statistic\w*|figures?|numbers?|facts?|according|sources?|cited|cites?|defin\w*|describ\w*|investigat\w*)\b", re.I)
# A sentence that points back to the one before ("That is according to the CDC.", "These figures come from").
_POINTS_BACK = re.compile(r"\W*(?:that|this|these|those|such|it|they)\b", re.I)
_LONG_WORD = re.compile(r"[^\W\d_]{6,}")


def _long_words(text: str) -> set[str]:
    """The words of six letters or more, lowercase: what a sentence is about, roughly."""
    return set(_LONG_WORD.findall(text.lower()))


# Back-references to a study already cited nearby: "In the trial, ...", "the researchers found".
ANAPHORIC_STUDY = re.compile(
    r"\b(?:the|this|that|these|those|their|its|our|both|each|either) (?:same |original |latest |larger |smaller |first |second |pilot |earlier |later )?"
    r"(?:[\w'’-]+\s+)?(?:study|studies|trial|trials|review|reviews|analysis|meta-analysis|survey|poll|researchers|authors|investigators|paper|report|cohort|experiment|findings|results|data)\b",
    re.I,
)
REFERS_BACK = re.compile(ANAPHORIC_STUDY.pattern + r"|^(?:\w+,\s+)?(?:It|They|She|He)\s+(?:also\s+)?(?:found|showed|reported|concluded|suggested|noted|observed|estimated)\b",
                         re.I)
