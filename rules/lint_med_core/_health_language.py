"""Claims and advice on a page written in another language than English, read in that language's own words.

LM701 (`claims.py`) and LM901 (`disclaimer.py`) know English phrasings, and a few families in the languages
of Western Europe (`claims_absolute.toml`, `disclaimer_patterns.toml`). Here each language has one table of
`data/health_languages.toml`: the families of an unhedged promise (a cure, an elimination, a guarantee or a
proof, a panacea, safety with efficacy, a denial of side effects), the words that hedge, report or observe
them, a second-person health direction, its health words and the language's disclaimers. The page's
language is `_language.language(doc)`, told once per document for every rule: a page in English, or in a
language with no table, costs one dictionary look-up. Adding a language is adding its table (and its
function words to `data/languages.toml`).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from lint_med import per_document

from ._data import load
from ._evidence import evidence, lowered_body
from ._language import language
from ._phrases import required_literals

# A word: letters of any script, with the vowel signs of the Indic scripts (Python's \w leaves them out).
_LETTER = r"\w\u0900-\u0dff"
# What may not follow a word's end: the same, but for the Devanagari full stops (danda, double danda), which end a word
# as "." does ("... असरदार है।": session 15). Only the look-ahead, tried where a pattern has matched, takes the
# narrower class: the look-behind is tried at every position of every sentence, and two ranges there cost the
# language's claims about a tenth more.
_WORD_AFTER = r"\w\u0900-\u0963\u0966-\u0dff"
# What ends a clause: its punctuation, a dash between spaces, the Devanagari full stop, and the ASCII bar typed for it
# after a word in Devanagari ("... पसंद करने लगे है| घरेलू ...": a keyboard with no danda; session 13).
_CLAUSE_BREAK = re.compile(r"[,;:—–()।.!?¡¿\u037e]|\s-\s|(?<=[\u0900-\u097f])\s?\|")
_PART = re.compile(r"\{(\w+)\}")


class Phrasings(NamedTuple):
    """One language's table: its regexes as sources, each compiled by `_regex` when a page first needs it (a
    table's regexes cost some 15 ms to compile, and most pages need its claim families' word tests only)."""

    code: str
    claims: tuple[tuple[tuple[str, ...], str], ...]  # (literals one of which every match holds, regex)
    hedges: str
    reported: str
    observed: str
    advice: tuple[str, ...]
    dose: tuple[str, ...]  # a quantity of a remedy with its schedule: advice unless a study gave it
    item_advice: str | None  # a bare imperative opening a list item or a heading (None: the language has none)
    health: tuple[str, ...]
    min_health: int
    disclaimers: tuple[str, ...]
    questions: str  # the marks that end a question (Greek asks with ";")
    grammar: "Grammar | None" = None  # the language's imperative form and its anchors (None: no grammar items)


class Grammar(NamedTuple):
    """A language's grammar items for a direction (`data/health_languages.toml`, `[<code>.grammar]`): the regex of a
    clause that opens (or, `at_end`, closes) on the imperative form, its fronted clause in the group `front` and the
    verb in `verb`; words of that form that are no imperative; and what ties the sentence to health."""

    direction: str
    not_imperative: frozenset
    you: str  # second-person pronouns, as a whole-word regex
    furniture: str  # navigation words: the clause is the page's furniture
    schedule: str | None  # the table's `parts.schedule`
    health_anchor: bool  # a health word of the table in the sentence ties it to health (the form is unambiguous)


def _words(words) -> str:
    """A list of words or phrases as one regex of whole words (a space stands for any run of spaces)."""
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    return rf"(?<![{_LETTER}])(?:{alternation})(?![{_WORD_AFTER}])"


def _sources(table: dict, key: str, whole_words: bool = True) -> tuple[str, ...]:
    """The regexes of a list of the table, with its parts put in."""
    parts = table.get("parts", {})
    sources = []
    for pattern in table.get(key, []):
        pattern = _PART.sub(lambda m: parts[m.group(1)], pattern)
        sources.append(rf"(?<![{_LETTER}])(?:{pattern})(?![{_WORD_AFTER}])" if whole_words else pattern)
    return tuple(sources)


@functools.lru_cache(maxsize=None)
def _regex(source: str) -> re.Pattern:
    """A regex compiled when a page first needs it: a language's dozen claim families cost some 15 ms to compile,
    and a page holds the words of few of them."""
    return re.compile(source, re.I)


@functools.lru_cache(maxsize=None)
def phrasings_of(code: str) -> Phrasings | None:
    """The table of the language `code`, compiled on first use; None for a language with none."""
    data = load("health_languages")
    table = data.get(code)
    if isinstance(table, str):  # another code of a language with a table ("nb" for "no")
        table = data.get(table)
    if not isinstance(table, dict):
        return None
    claims = tuple((required_literals(bare.lower(), fold=False), source)
                   for bare, source in zip(_sources(table, "claims", False), _sources(table, "claims")))
    return Phrasings(code=code, claims=claims, hedges=_words(table.get("hedges", ["\0"])),
                     reported=_words(table.get("reported", ["\0"])), observed=_words(table.get("observed", ["\0"])),
                     advice=_sources(table, "advice", whole_words=False), dose=_sources(table, "dose"),
                     item_advice=table.get("item_advice"), health=tuple(table.get("health", ())),
                     min_health=int(data["min_health"]), disclaimers=_sources(table, "disclaimers"),
                     questions=table.get("questions", "?"), grammar=_grammar(table))


def _alternation(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


def _grammar(table: dict) -> Grammar | None:
    """The regex of a direction built from a table's grammar items (see `_directs`), or None."""
    items = table.get("grammar")
    if not items:
        return None
    verb = rf"(?P<verb>{items['imperative']})(?![{_WORD_AFTER}])"
    openers = rf"(?:(?:{_alternation(items.get('openers', []))})\s*,?\s+)?" if items.get("openers") else ""
    if items.get("at_end"):  # the verb closes its clause (Hindi): a word of the form before a break or the end
        direction = rf"(?<![{_LETTER}]){verb}(?=\s*(?:[,;:।.!?|]|$))"
    else:  # the verb opens its sentence or list item, after a particle and a fronted clause
        fronted = rf"(?P<front>(?:{_alternation(items.get('fronted', []))})\s[^.!?:;\n,]{{1,100}},\s*{openers})?"
        # (the mark before is consumed, not looked behind at: a leading class lets the regex engine skip to it;
        # `_directs` searches the text behind a line break, so that its first sentence has one too)
        direction = rf"[.!?:;\n][ \t]*(?:[-•*·]+\s*|\d+[.)]\s*)?{openers}{fronted}{verb}"
    schedule = table.get("parts", {}).get("schedule")
    return Grammar(direction=direction, not_imperative=frozenset(items.get("not_imperative", ())),
                   you=_words(items.get("you", ["\0"])), furniture=_words(items.get("furniture", ["\0"])),
                   schedule=schedule, health_anchor=items.get("anchor") == "health")


def phrasings(doc) -> Phrasings | None:
    """The table of the page's language, or None: an English page, or a language with no table."""
    code = language(doc)
    return None if code in (None, "en") else phrasings_of(code)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding text[start:end] starts and ends (a break inside the match is its own)."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after = _CLAUSE_BREAK.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _asked(text: str, start: int, end: int, questions: str = "?") -> bool:
    """Whether the claim's clause asks: it ends in one of the language's question marks, or opens on the Spanish one."""
    first, last = _clause(text, start, end)
    ends_asking = last < len(text) and text[last] in questions
    return ends_asking or "¿" in text[max(0, first - 1):start]


def _outside(source: str, text: str, start: int, end: int, first: int = 0, last: int | None = None) -> bool:
    """Whether the regex `source` occurs in text[first:last] outside the match text[start:end]."""
    pattern = _regex(source)
    last = len(text) if last is None else last
    return bool(pattern.search(text[first:start]) or pattern.search(text[end:last]))


def claim_in(phrasings: Phrasings, text: str, patterns=None) -> re.Match | None:
    """The first unhedged claim of a sentence: a match of a claim family (of `patterns`, by default all of the
    language's) whose clause holds no hedge or negation and does not ask, in a sentence that reports no one
    else's claim and, for a denial of harm, no study's observation."""
    for pattern in patterns if patterns is not None else [_regex(source) for _, source in phrasings.claims]:
        for match in pattern.finditer(text):
            start, end = match.span()
            first, last = _clause(text, start, end)
            if _outside(phrasings.hedges, text, start, end, first, last) or _asked(text, start, end, phrasings.questions):
                continue
            if _outside(phrasings.reported, text, start, end) or _outside(phrasings.observed, text, start, end):
                continue
            if start and text[start - 1] in "\"“«'‘" and text[end:end + 1] in "\"”»'’":
                continue  # named, not made ("vendido como \"cura milagrosa\"")
            return match
    return None


def shown(text: str, match: re.Match, words: int = 6) -> str:
    """What a finding quotes of a claim: its match and the rest of its clause, up to `words` words in all (a verb
    matched before its object, "cura", is quoted with it: "cura el acné en tres días")."""
    _, last = _clause(text, match.start(), match.end())
    return " ".join(text[match.start():max(last, match.end())].split()[:max(words, len(match.group().split()))])


def claims(doc, skip=frozenset()):
    """(sentence, match) for each sentence of the page (headings too) that makes an unhedged claim in its own
    language and cites no source in it; none on a page in English or a language with no table. `skip`: the
    ids of the sentences another part of LM701 flagged."""
    own = phrasings(doc)
    if own is None:
        return
    # the families whose words the page holds (a substring test each): most pages hold the words of none
    lower = lowered_body(doc)
    patterns = [_regex(source) for literals, source in own.claims if not literals or any(map(lower.__contains__, literals))]
    if not patterns:
        return
    found = evidence(doc)
    for block in doc.blocks:
        if found.skipped(block):
            continue
        for sentence in block.sentences:
            if id(sentence) in skip:
                continue
            match = claim_in(own, sentence.text, patterns)
            if match is not None and not found.sentence_has_source(sentence):
                yield sentence, match


def _step(text: str) -> bool:
    """Whether a list item or heading reads as the name of a step: a line of at most `_STEP_WORDS` words that ends on
    no full stop ("Kurangi makanan tinggi purin"), not a sentence that states ("Minum kopi berlebihan memicu maag.")."""
    text = text.strip()
    return bool(text) and text[-1] not in ".!?" and len(text.split()) <= _STEP_WORDS


_STEP_WORDS = 8


@per_document
def advises(doc) -> bool:
    """Whether a page in a language with a table directs its reader on their health in its own voice: a
    second-person imperative or obligation about a dose, a treatment, a medicine or a clinician, the page's
    impersonal judgement of a health action, a how-to heading, remedies handed to the reader (`advice`), a
    quantity of a remedy with its schedule (`dose`; not in a sentence that tells what a study gave), or a
    list item or heading that opens on a bare imperative (`item_advice`),
    not asked and not told as someone else's, on a page holding at least `min_health` of the language's
    health words (a recipe's "take two cups" is no health advice)."""
    own = phrasings(doc)
    if own is None or not own.advice:
        return False
    lower = lowered_body(doc)
    if sum(stem in lower for stem in own.health) < own.min_health:
        return False
    if own.item_advice and any(_step(block.text) and _regex(own.item_advice).match(block.text.lstrip().lower())
                               for block in doc.blocks if block.kind in ("list_item", "heading")):
        return True  # a step of a how-to list, in the imperative ("2. Konsumsi air putih yang cukup")
    for source in own.advice + own.dose:
        dose = source in own.dose
        for match in _regex(source).finditer(lower):
            # the match may open on the mark that ends the sentence before it: its clause starts after that mark
            start = match.start() + 1 if lower[match.start():match.start() + 1] in ".!?:;\n¡" else match.start()
            if _asked(lower, start, match.end(), own.questions):
                continue
            first, last = _clause(lower, start, match.end())
            if _outside(own.reported, lower, start, match.end(), first, _sentence(lower, start, match.end())[1]):
                continue  # told as someone else's in its clause ("los vendedores dicen: toma ...") or by a speech tag
                # after it ("Sie sollten viel trinken, sagte die Ärztin"; a fronted "Según la OMS," relays and counts)
            if _navigation(own, lower, start, match.end()):
                continue  # a teaser of the page's navigation ("Baca juga: Hindari earphone saat tidur")
            if dose and _outside(own.observed, lower, start, match.end(), *_sentence(lower, start, match.end())):
                continue  # the dose a study gave ("los participantes tomaron 5 mg al día")
            return True
    return own.grammar is not None and _directs(own, lower)


def _directs(own: Phrasings, lower: str) -> bool:
    """Whether the page directs its reader by the language's grammar (`[<code>.grammar]`), one level up from the
    table's phrasings: a clause that opens on the imperative FORM (Hindi: closes on it), after an optional particle
    and fronted clause, not asked, not reported, not the page's navigation ("Baca juga", "Leia também"), and tied to
    health: its fronted clause speaks to the reader ("Bagi Anda yang mengantuk, jangan ..."), or its sentence holds a
    schedule or a dose ("Repita de hora em hora"), or, where the form is unambiguous, a health word of the table."""
    grammar = own.grammar
    lower = "\n" + lower  # (see `_grammar`)
    for match in _regex(grammar.direction).finditer(lower):
        start, end = match.span("verb")
        if match.group("verb").split()[-1] in grammar.not_imperative:
            continue
        first, last = _sentence(lower, start, end)
        sentence, at, to = lower[first:last + 1], start - first, end - first  # its final mark kept: a question's "?"
        front = match.groupdict().get("front")
        tied = bool(front and _regex(grammar.you).search(front)) \
            or bool(grammar.schedule and _regex(grammar.schedule).search(sentence)) \
            or any(_regex(source).search(sentence) for source in own.dose) \
            or (grammar.health_anchor and any(stem in sentence for stem in own.health))
        if not tied or _asked(sentence, at, to, own.questions):
            continue
        if _regex(own.reported).search(sentence, _clause(sentence, at, to)[0]) or _navigation(own, lower, start, end):
            continue
        return True
    return False


def _navigation(own: Phrasings, lower: str, start: int, end: int) -> bool:
    """Whether the line holding lower[start:end] holds a navigation word of the language's grammar items ("baca juga",
    "leia também", "क्लिक"): a teaser or a link of the page's furniture, whatever its verb directs."""
    if own.grammar is None:
        return False
    first = lower.rfind("\n", 0, start) + 1
    last = lower.find("\n", end)
    return _regex(own.grammar.furniture).search(lower, first, len(lower) if last == -1 else last) is not None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence (or line) holding text[start:end] starts and ends."""
    first = max(text.rfind(mark, 0, start) for mark in ".!?\n।") + 1
    after = [at for at in (text.find(mark, end) for mark in ".!?\n।") if at != -1]
    return first, min(after, default=len(text))


@per_document
def has_disclaimer(doc) -> bool:
    """Whether a page in a language with a table says, in that language, that it informs and does not replace
    a clinician (or that the reader must always consult one)."""
    own = phrasings(doc)
    if own is None:
        return False
    text = doc.body_text
    return any(_regex(source).search(text) for source in own.disclaimers)
