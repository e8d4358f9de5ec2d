"""Who a page speaks as and to: its first pages' first-person, second-person and reporting
words, the named people it quotes and a transcript's speaker turns. LM901 (a report or an
account gives no advice of its own) and LM304 (a report is a record of its date) read it."""

from __future__ import annotations

import collections
import functools
import re
import string
import typing

from lint_med import per_document

from . import _speech
from ._data import load
from ._evidence import lowered_body
from ._language import language


# How a word stands in running text once the text is split at spaces: "you", "you,",
# "(you", "you're", "“I".
_LEADS = ("", '"', "“", "‘", "'", "(")
_TAILS = ("", ",", ".", ";", ":", "?", "!", '"', "”", "’", "'", ")", ".”", ',”', '."', ',"')
_TAILS += tuple(quote + ending for quote in "'’" for ending in ("m", "re", "ve", "d", "ll", "s"))


@functools.lru_cache(maxsize=None)
def _voice_forms() -> tuple[dict[str, str], tuple[str, ...]]:
    """Each space-delimited form of a first-person, second-person or one-word reporting
    word, with its group; and the reporting phrases. All lowercase (the reporting words:
    data/speech.toml, [uses.voice])."""
    voice = load("disclaimer_patterns")["voice"]
    lists = {"first_person": voice["first_person"], "second_person": voice["second_person"],
             "reporting": _speech.words("voice")}
    groups = {}
    for group, words in lists.items():
        for word in words:
            if " " not in word:
                groups.update((lead + word + tail, group) for lead in _LEADS for tail in _TAILS)
    return groups, tuple(w for w in lists["reporting"] if " " in w)


# Who an article speaks as shows in its first pages; counting words further costs time for nothing.
VOICE_SAMPLE_CHARS = 5_000


# A first-person account: at least this share of its words are "I", "me", "my"... (an
# article that advises rarely passes 1 in 100) and more than twice its "you"s.
_FIRST_PERSON_SHARE = 0.04
# A report: it quotes or attributes ("said", "researchers say", "told", "according to") at least twice, and
# more often than it says "you" (quotes bring some "you"s into news; advice is full of them).
_REPORTING_VERBS = 2


# Quoted speech: its "you" is the speaker's, said to someone else, not the article's to its reader.
_QUOTED = re.compile(r'“[^”]{0,600}”|"[^"\n]{0,600}"')


class Voice(typing.NamedTuple):
    first_person: int  # "I", "me", "my"...
    second_person: int  # "you", "your"... outside quoted speech
    reports: int  # "said", "told", "according to"...
    words: int
    named_speaker: bool = False  # a named person is quoted: "said Dr. Ana Ruiz", "Tom Wu, a pharmacist, says"


def voice(doc) -> Voice:
    """Who the article's first pages speak as and to (word counts by dictionary lookups in C)."""
    sample = lowered_body(doc)[:VOICE_SAMPLE_CHARS]
    forms, phrases = _voice_forms()

    def count(text):
        tokens = collections.Counter(text.split())  # split and counted in C
        totals = collections.Counter()
        for form in tokens.keys() & forms.keys():  # a set intersection in C: only the few forms present
            totals[forms[form]] += tokens[form]
        return totals, sum(tokens.values())

    totals, words = count(sample)
    you = totals["second_person"]
    if you and ('"' in sample or "“" in sample):
        you = count(_QUOTED.sub(" ", sample))[0]["second_person"]
    reports = totals["reporting"] + sum(map(sample.count, phrases)) + _speaker_turns(doc)
    # Looked for only where it decides: a page that reports, and says "you" as often.
    named = reports >= _REPORTING_VERBS and you >= reports and _quotes_named_people(doc)
    # The first person is counted in English: "i" is Polish, Czech and Italian for "and" or "the", "me" Spanish for "me"
    # (session 17, disc43: a Polish health page read as a first-person account)
    me = totals["first_person"] if language(doc) in (None, "en") else 0
    return Voice(me, you, reports, words, named)


# A news story opens on who said what: a named speaker within its first sentences, or two of them.
_LEDE_CHARS = 300


def _quotes_named_people(doc) -> bool:
    """Whether the page reports what named people said, as journalism does: a named person
    speaks in its opening (the lede: "Dr Ana Ruiz has said you should never...") or two
    different people speak. A how-to page may quote one expert further down and still advise."""
    surnames = set()
    for match in _named_speaker().finditer(doc.body_text[:VOICE_SAMPLE_CHARS]):
        if match.start() < _LEDE_CHARS:
            return True
        surnames.add(next(name for name in match.groups() if name).split()[-1])
        if len(surnames) >= 2:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _named_speaker() -> re.Pattern:
    """`_named_speaker_shape`, plainly ``re.compile(_named_speaker_shape())``. Every alternative starts at a word's
    start with a title's, a verb's, "has"/"had"'s, a capital's or "according"'s first letter: said first, the
    alternatives are tried at those places alone, not at every character (2.5 times faster over the pages asked;
    tests/test_speed_named_speaker.py compares the two)."""
    firsts = {word[0] for use in ("named_speaker", "named_speaker_titles") for word in _speech.words(use)}
    firsts = "".join(sorted(firsts - set(string.ascii_uppercase) | {"h", "a"}))
    return re.compile(rf"\b(?=[A-Z{re.escape(firsts)}])(?:{_named_speaker_shape()})")


def _named_speaker_shape() -> str:
    """A person named as the speaker of what the page reports: a title and a name next to a
    speech verb ("Dr Ana Ruiz has said", "said Professor Lee") or after "according to"
    ("according to GP Dr Ana Ruiz"), or a full name with the role that introduces a source in
    journalism ("Tom Wu, a pharmacist in Leeds, says", "Tom Wu, head of pharmacy at St Mary's,
    told", "Dr Ruiz, who runs the clinic in Leeds, said", "Dr Lee — chief medical officer at
    Acme — told"). Case-sensitive: the capitals make the name. An institution named bare ("the
    Health Department says") is no person: a page relaying its advice still advises (one
    introduced with a role, "the Acme Clinic, a hospital in Ohio, says", passes for one). A role
    without an article names a place or an employer in capitals ("head of pharmacy at St
    Mary's"): an aside ("Health Canada, for example, says") names none, and "which"/"that"
    clauses describe a thing. Verbs and titles: data/speech.toml, [uses.named_speaker*]."""
    verb = r"(?:has |had )?(?:" + _speech.alternation("named_speaker") + r")\b"
    name = r"[A-Z][\w'’-]+"
    titled = r"\b(?:" + _speech.alternation("named_speaker_titles") + rf")\.? (?:{name} ){{0,2}}{name}"
    full = r"\b[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z'’-]+"
    role = (r"(?:, (?:an?|the) [a-z][^,.\n]{2,120},"  # ", a pharmacist in Leeds,"
            r"|, (?!which\b|that\b)[a-z][^,.\n]{1,120}?[A-Z][^,.\n]{0,80},"  # ", head of pharmacy at St Mary's,"
            r"| [—–] [^—–\n]{2,120} [—–])")  # " — chief medical officer at Acme —"
    return (rf"({titled})(?:{role})? {verb}|\b{verb} ({titled})|({full}){role} {verb}"
            rf"|\b{verb} ({full}), (?:an?|the) [a-z]|\baccording to (?:[\w'’-]+ ){{0,3}}?({titled})")


def reports_rather_than_advises(voice: Voice) -> bool:
    """Whether the article is a news report or a first-person account, not advice to the reader.

    Advice speaks to the reader ("take it with food", "ask your pharmacist"); a news story
    attributes what it says to others more often than it says "you" (outside the quotes it
    reports); a patient's blog or a trip report tells what happened to "me". Neither is
    expected to say it is not medical advice.
    """
    me, you = voice.first_person, voice.second_person
    if me >= _FIRST_PERSON_SHARE * voice.words and me > 2 * you:
        return True
    return voice.reports >= _REPORTING_VERBS and (voice.reports > you or voice.named_speaker)


@per_document
def page_reports(doc) -> bool:
    """Whether the page reports or tells an account rather than advises (by its voice), once
    per document: LM901 and LM304 (a report is a record of its date) both ask."""
    return reports_rather_than_advises(voice(doc))


# A transcript's speaker label at the start of a paragraph: "GARY GIBBONS:", "ROB STEIN, BYLINE:".
_SPEAKER = re.compile(r"^((?:[A-Z][A-Z'’.-]+ ){0,3}[A-Z][A-Z'’.-]+)(?:, [A-Z][A-Z ]*)?: ", re.M)


def _speaker_turns(doc) -> int:
    """The turns of a broadcast or interview transcript (paragraphs opened by a speaker's
    name in capitals): each reports what someone said. Counted when two speakers or more
    take three turns or more; labels such as "WARNING:" or "NOTE:" are no speakers."""
    text = doc.body_text[:VOICE_SAMPLE_CHARS]
    if ": " not in text:
        return 0
    labels = _not_speakers()
    speakers = collections.Counter(name for name in _SPEAKER.findall(text) if name.lower() not in labels)
    return sum(speakers.values()) if len(speakers) >= 2 and sum(speakers.values()) >= 3 else 0


@functools.lru_cache(maxsize=1)
def _not_speakers() -> frozenset[str]:
    return frozenset(word.lower() for word in load("disclaimer_patterns")["voice"]["not_speakers"])
