"""Disclaimer: the article says it informs and does not replace a clinician."""

from __future__ import annotations

import bisect
import functools
import re

from lint_med import Hit, Option, rule
from lint_med.document import split_sentences

from . import _health_language, _speech
from ._animal import animal_patient
from ._data import load
from ._evidence import block_starts, distinct_words, lowered_body, present_words
from ._phrases import split_top_level, required_literal
from ._topic import health_words, tokens
from .structure import blocks_holding, has_prose_words, lowercase_search_is_exact
from ._voice import VOICE_SAMPLE_CHARS, page_reports


class _Patterns:
    """Phrasings matched case-insensitively.

    Where it gives the same result, each phrasing is searched on the lowercased text
    with a lowercased, case-sensitive copy: four times faster than re.I. That is when
    the text lowercases letter by letter (see :func:`lowercase_search_is_exact`) and
    lowercasing cannot change what the pattern means (no escape like \\S or \\B, no
    range across cases like [A-z], no inline flags). The phrasings are searched one by
    one: most start with a literal word, which the regex engine skips to fast, while
    their alternation is tried at almost every position (three times slower); whether
    any phrasing occurs is the same. A phrasing that starts with a literal word is not
    searched at all in a text without that word (a substring test costs a fraction of
    a regex call). Other texts are searched with the joined re.I regex.
    """

    def __init__(self, patterns) -> None:
        self.joined = "|".join(f"(?:{p})" for p in patterns)
        safe = (not re.search(r"\\[A-Z]|[A-Z]-[a-z]|[a-z]-[A-Z]|\(\?[a-zA-Z-]", self.joined)  # no inline flags either
                and lowercase_search_is_exact(self.joined))
        self.lowercase: list[tuple[str, re.Pattern]] | None = None
        if safe:
            joined = re.compile(self.joined.lower())
            # Searched apart only when no group or back reference ties the phrasings together.
            self.lowercase = ([(required_literal(p.lower(), fold=False), re.compile(p.lower())) for p in patterns]
                              if joined.groups == 0 else [("", joined)])

    @functools.cached_property
    def ignorecase(self) -> re.Pattern:  # compiled only when a text needs it
        return re.compile(self.joined, re.I)

    def search(self, text: str, lower: str) -> bool:
        """Whether the text (and ``lower``, its ``str.lower()``) holds a phrasing."""
        if self.lowercase is not None and lowercase_search_is_exact(text):
            return any(pattern.search(lower) for required, pattern in self.lowercase if required in lower)
        return self.ignorecase.search(text) is not None


@functools.lru_cache(maxsize=None)
def _patterns(extra: tuple[str, ...]) -> tuple[_Patterns, _Patterns, _Patterns, _Patterns]:
    """(strong, general consult, contextual consult, context) phrasings, compiled once per option set."""
    data = load("disclaimer_patterns")
    strong = [p for group in data["strong"].values() for p in group] + list(extra)
    return (_Patterns(strong), _Patterns(data["consult"]["general"]),
            _Patterns(data["consult"]["contextual"]), _Patterns(data["consult"]["context"]))


# Every standalone disclaimer phrasing holds one of these (lowercase); a block without
# any is not searched with the full patterns, which are slow on long pages.
_STRONG_KEYS = ("advice", "substitu", "replacement", "t replace", "to replace", "the place of", "stand in for",
                "alternative for", "only", "general information", "general health information", "diagnose",
                "relationship", "always ", "as with a", "construed", "if you have", "word", "any new",
                "not a doctor", "not a physician", "not a medical", "not a licensed", "not a qualified",
                "not a health", "not a nurse", "not a pharmacist", "not doctors", "not physicians",
                "not medical", "not licensed", "not qualified", "not health", "not nurses", "not pharmacists",
                # the other languages' phrasings (Spanish, French, German)
                "sustitu", "reemplaz", "fines inf", "fines edu", "remplac", "titre ", "des fins", "ersetz",
                "dient ", "dienen ")
_CONSULT_KEYS = ("before ", "questions", "concerns", "medical condition")


def _may_hold(text: str, keys) -> bool:
    return any(map(text.__contains__, keys))


def find_disclaimer(doc, extra_patterns=()):
    """Return the first block holding a medical disclaimer, or None."""
    strong, general, contextual, context = _patterns(tuple(extra_patterns))
    check_all = bool(extra_patterns)  # user patterns may hold none of the keys
    blocks = doc.blocks
    candidates = None if check_all else blocks_holding(doc, _STRONG_KEYS + _CONSULT_KEYS)
    for position in sorted(candidates) if candidates is not None else range(len(blocks)):
        block = blocks[position]
        text = block.text
        lower = text.lower()
        if (check_all or _may_hold(lower, _STRONG_KEYS)) and (strong.search(text, lower)
                                                               or general.search(text, lower)):
            return block
        if _may_hold(lower, _CONSULT_KEYS) and contextual.search(text, lower):
            heading = block.section.heading.text if block.section and block.section.heading else ""
            previous = blocks[position - 1].text if position > 0 else ""
            nearby = " ".join((text, heading, previous))
            if context.search(nearby, nearby.lower()):
                return block
    return None


_INVISIBLE = re.compile(r"<(script|style|template|noscript)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_PAGE_KEYS = ("advice", "substitut", "purposes only", "information only", "diagnose")


def page_has_disclaimer(doc, extra_patterns=()) -> bool:
    """Whether an HTML page carries a disclaimer outside the article (a site footer or box).

    The parser keeps only the article body; a disclaimer the site template prints on
    every page still stands before the reader. Only the standalone phrasings count
    here, searched in windows of the page around their key words (stripping a whole
    page of its tags costs more than the rest of the rule).
    """
    if doc.format != "html":
        return False
    import html

    strong, general, _, _ = _patterns(tuple(extra_patterns))
    source = doc.source
    if extra_patterns:  # user regexes hold no known key word: look at every run of text
        places = [m.start() for m in re.finditer(r"[^<>]{20,}", source)]
    else:  # literal searches in C: much faster than one case-insensitive regex over the page
        places = []
        for key in _PAGE_KEYS:  # the key words stand mid-sentence, in lowercase
            index = source.find(key)
            while index != -1 and len(places) < 200:
                places.append(index)
                index = source.find(key, index + 400)
    for index in sorted(places)[:200]:
        if _inside(source, index, "script") or _inside(source, index, "style"):
            continue
        window = _INVISIBLE.sub(" ", source[max(0, index - 400) : index + 400])
        text = re.sub(r"\s+", " ", html.unescape(_TAG.sub(" ", window)))
        lower = text.lower()
        if strong.search(text, lower) or general.search(text, lower):
            return True
    return False


def _inside(source: str, index: int, tag: str) -> bool:
    """Whether ``index`` falls inside a ``<tag>...</tag>`` element of the page."""
    return _last(source, f"<{tag}", index) > _last(source, f"</{tag}", index)


def _last(source: str, tag: str, index: int) -> int:
    """Where ``tag``, in lowercase or in uppercase, last starts before ``index`` (-1: nowhere)."""
    lower = source.rfind(tag, 0, index)
    # The uppercase form is rare: look for it only after the lowercase one (a search back
    # to the start of a large page for every place cost more than the rest of the test).
    return max(lower, source.rfind(tag.upper(), lower + 1, index))


# A marker opening on a look-behind of plain words ("(?<!how )(?:important|wise|...) to ..."):
# such an opening keeps the regex engine from skipping ahead to the letters a match can start
# with, so it tries every position of the text (a third of LM901's time on the Readability pages).
_PLAIN_LOOK_BEHIND = re.compile(r"\(\?<!([a-z ]+)\)")


class _Marker:
    """An advice marker: ``finditer`` gives the matches of ``re.compile(marker)``.

    Fast path: a marker opening on a look-behind of plain words is searched without it, and a
    match right after those words is passed over for a search from the next character, where
    the full pattern's own scan goes on after the look-behind fails (tests/test_speed_rules.py
    compares it with the full pattern)."""

    def __init__(self, marker: str) -> None:
        self.pattern = re.compile(marker)  # the definition
        opening = _PLAIN_LOOK_BEHIND.match(marker)
        if opening and len(split_top_level(marker[opening.end():])) > 1:
            opening = None  # "(?<!how )a|b": the look-behind holds for the first alternative only
        self._not_after = opening.group(1) if opening else None
        self._bare = re.compile(marker[opening.end():]) if opening else None

    def finditer(self, text: str):
        if self._bare is None:
            yield from self.pattern.finditer(text)
            return
        position = 0
        while (match := self._bare.search(text, position)) is not None:
            if text.endswith(self._not_after, 0, match.start()):
                position = match.start() + 1  # the look-behind fails here
                continue
            yield match
            # finditer goes on from the end of a match (a marker never matches empty)
            position = match.end()


@functools.lru_cache(maxsize=None)
def _advice() -> tuple[tuple[tuple[str, _Marker], ...], tuple[tuple[str, _Marker], ...], re.Pattern,
                       re.Pattern]:
    """The advice markers of the data file, compiled, each with a run of words every match
    holds: (statements, questions, attribution, lead-ins after a question)."""
    data = load("disclaimer_patterns")["advice"]
    attribution = re.compile(r"\b(?:" + _speech.alternation("advice_attribution") + r")\b")
    lead_ins = re.compile(r"\s*(?:" + "|".join(data["lead_ins"]) + r")\b")
    return _compiled(data["markers"]), _compiled(data["questions"]), attribution, lead_ins


@functools.lru_cache(maxsize=1)
def _required_words() -> tuple[str, ...]:
    """The words the advice markers require (`_advice`), each once."""
    statements, questions, _, _ = _advice()
    return tuple(dict.fromkeys(required for required, _ in questions + statements))


def _compiled(markers) -> tuple[tuple[str, _Marker], ...]:
    """Advice markers with the parts of `[advice]` put in ("{start}", "{clinician}"), each with a run of words every
    match holds."""
    data = load("disclaimer_patterns")["advice"]
    for part, value in ((name, value) for name, value in data.items() if isinstance(value, str)):
        markers = [marker.replace("{" + part + "}", value) for marker in markers]
    return tuple((required_literal(marker, fold=False), _Marker(marker)) for marker in markers)


@functools.lru_cache(maxsize=1)
def _veterinary() -> tuple[tuple[tuple[str, _Marker], ...], re.Pattern]:
    """On a page whose patient is an animal: the advice that sends the owner to the veterinarian or gives the animal
    something, and the veterinary disclaimers (`[animal]` of the data file)."""
    data = load("disclaimer_patterns")["animal"]
    return _compiled(data["markers"]), re.compile("|".join(f"(?:{p})" for p in data["disclaimers"]), re.I)


@functools.lru_cache(maxsize=1)
def _picks() -> tuple[tuple[bytes, re.Pattern], ...]:
    """(noun, marker) for each noun of `[advice.picks]`: the noun after one of the adjectives ("convenient option"),
    then one of its words ("for"), in a sentence that ends with its mark before the line does."""
    data = load("disclaimer_patterns")["advice"]["picks"]
    behind = "|".join("(?<={} {{0}})".format(adjective) for adjective in data["adjectives"])
    return tuple((noun.encode(), re.compile(rf"{noun}(?:{behind.format(noun)}) (?:{after})\b(?=[^.!?\n]*[.!?])"))
                 for noun, after in data["nouns"].items())


def advises_owner(doc) -> bool:
    """Whether a page about an animal's health advises its owner in the page's own voice: "ask your vet", "take her
    to the vet", "Give your dog half a tablet" (the other markers are read by :func:`advises_reader`)."""
    lower = lowered_body(doc)
    _, _, attribution, _ = _advice()
    return any(_own_statement(doc, lower, match, attribution)
               for required, marker in _veterinary()[0] if required in lower for match in marker.finditer(lower))


def veterinary_disclaimer(doc) -> bool:
    """Whether a page about an animal's health says it is no substitute for the veterinarian."""
    return _veterinary()[1].search(doc.body_text) is not None


def advises_reader(doc) -> bool:
    """Whether the article advises its reader on their health: it holds one piece of advice.

    An imperative about a health action ("Take it with food", "Ask your pharmacist"), "you
    should", "if you have kidney disease", "should not be taken", "is recommended", "safe to
    take", a dose with its frequency, a remedy or product put forward for a complaint. A trend
    piece, a news item, an organisation's page or a clinic's description of a therapy gives
    none. Saying "you" is not enough: a sign-up process or a guide to "your cells" addresses
    the reader without advising them. Nor is advice the page reports ("doctors say it's
    important to...") or asks about ("so should you try it?"): see :func:`_own_statement`.
    Searched before the disclaimer: most pages that give no advice are let go at the cost of
    a few literal searches, where the disclaimer's phrasings cost more.
    """
    lower = lowered_body(doc)
    statements, questions, attribution, lead_ins = _advice()
    # One by one, and only where their required words occur (_phrases.required_literal): plainly
    # `required in lower`; the words of letters and digits are looked for among the page's distinct
    # words (present_words), a third of its text, and each once (on the 37 pages about health of the
    # 130 test pages, 11 ms instead of 20)
    held = frozenset(present_words(doc, _required_words()))
    if any(_stated_or_answered(doc, lower, match, lead_ins)
           for required, marker in questions if required in held for match in marker.finditer(lower)):
        return True
    if any(_own_statement(doc, lower, match, attribution)
           for required, marker in statements if required in held for match in marker.finditer(lower)):
        return True
    words = distinct_words(doc)[0]  # the article's words, a set LM203 built already
    return any(_own_statement(doc, lower, match, attribution)
               for noun, marker in _picks() if noun in words for match in marker.finditer(lower))


# A page that names (almost) nothing of health or medicine gives no health advice, whatever it
# tells its reader to do ("make sure the cache is warm", "you can use any editor"): it needs one
# distinct word of health in every so many words of its first pages (a long page on software
# has one or two by chance: "care", "research"; a health page of 300 words has ten or more).
_WORDS_PER_HEALTH_WORD = 300


def about_health(doc) -> bool:
    """Whether the article's first pages are about health (the core pack's health words)."""
    words = tokens(lowered_body(doc)[:VOICE_SAMPLE_CHARS])
    found = len(set(health_words(words)))
    return found > 0 and found * _WORDS_PER_HEALTH_WORD >= len(words)


def _sentence(doc, match: re.Match) -> tuple[int, int]:
    """Where the sentence holding a marker starts in the lowercase body, and where it stops (at
    its final mark, or at its block's end): the engine's sentences, in which a decimal point
    ("12.5 mg") or an abbreviation ends none."""
    # A marker may start on the end of the sentence before ("{start}"): its sentence starts after it.
    first, _ = _sentence_at(doc, match.start() + 1)
    _, stop = _sentence_at(doc, max(match.start() + 1, match.end() - 1))
    return first, stop


def _sentence_at(doc, at: int) -> tuple[int, int]:
    """(start, final mark or block end) in the body of the sentence at body offset ``at``."""
    starts = block_starts(doc)
    index = max(0, bisect.bisect_right(starts, at) - 1)
    text, offset = doc.blocks[index].text, starts[index]
    spans = split_sentences(text) or [(0, len(text))]
    start, end = next(((s, e) for s, e in reversed(spans) if s <= at - offset), spans[0])
    body = text[start:end].rstrip("\"'”’)] ")
    if body[-1:] in (".", "!", "?"):
        return offset + start, offset + start + len(body) - 1
    return offset + start, offset + len(text)


def _stated_or_answered(doc, lower: str, match: re.Match, lead_ins: re.Pattern) -> bool:
    """Whether a question marker is stated ("it is safe to take daily"), or asked and then
    answered, as an FAQ heading is ("Is it safe to take in pregnancy?"). A question the page
    follows with what it will do ("Are they safe to use? Let's take a closer look") announces
    the article's subject, as a title would, and gives no answer by itself."""
    start, stop = _sentence(doc, match)
    if _checked().search(lower, start, match.start()):
        return False  # the aim of a check ("vets can ensure that the medicine is safe for your dog"), no assurance
    return lower[stop:stop + 1] != "?" or lead_ins.match(lower, stop + 1) is None


# A verb of checking with its complement: what follows is what the check establishes ("veterinarians can ensure that
# the medication is safe for your dog"). The reader told to check ("Make sure it is safe for you") is advice by the
# imperative's own marker.
@functools.lru_cache(maxsize=None)
def _checked() -> re.Pattern:
    """The aim of a check ("vets make sure that it will not interact ..."): the `checked` patterns LM701
    reads in claims_absolute.toml, one list for both rules."""
    return re.compile("|".join(load("claims_absolute")["checked"]), re.I)


def _own_statement(doc, lower: str, match: re.Match, attribution: re.Pattern) -> bool:
    """Whether the sentence holding a marker states it in the page's own voice: it is no
    question, no one's quoted speech, no role others give a product, no dose that prices a
    pack or that others report taking, and it attributes nothing to anyone ("said") or passes it on to "you"."""
    start, stop = _sentence(doc, match)
    if lower[stop:stop + 1] == "?" or lower.startswith("why ", start):
        return False  # a question, or a title that announces why ("Why teens should avoid X")
    words = match.group()
    if words[:1].isdigit() and _pack_price().search(lower, start, stop):
        return False  # a dose that says how long a priced pack lasts
    if (words[:1].isdigit() or "dos" in words) and _reported_dose().search(lower, start, stop):
        return False  # what others report taking, or what a study gave its subjects
    before = max(start, match.start() - 60)
    if _quoted_speech(lower, match) or _ascribed(lower, match, before):
        return False
    if _topic_clause(lower, match, start, before, stop):
        return False
    # The marker's own words may attribute ("as the label says"): only the rest counts.
    attributed = attribution.search(lower, start, match.start()) or attribution.search(lower, match.end(), stop) \
        or _RESEARCH_SHOWS.search(lower, start, match.start())
    return not attributed or _YOU.search(lower, start, stop) is not None


_YOU = re.compile(r"\byou(?:rs?|rself|rselves)?\b")  # not "young"
# Research as the speaker of what follows: "recent research has shown that the therapy can help treat...",
# "studies have suggested that...", "studies are showing that..." (a finding relayed, as "said" relays a
# person's words; "experts suggest taking 5 mg" is advice given, see the markers).
_RESEARCH_SHOWS = re.compile(r"\b(?:research|studies|study|evidence|trials?|data|findings)(?: [a-z]+){0,2}? "
                             r"(?:has |have |is |are )?(?:shown|suggested|found|showing|suggesting|suggests?|shows?|"
                             r"indicated?|indicates|demonstrated|demonstrates?) that\b")


@functools.lru_cache(maxsize=1)
def _pack_price() -> re.Pattern:
    return re.compile(load("disclaimer_patterns")["advice"]["pack_price"])


@functools.lru_cache(maxsize=1)
def _reported_dose() -> re.Pattern:
    return re.compile(load("disclaimer_patterns")["advice"]["reported_dose"])


@functools.lru_cache(maxsize=1)
def _page_announces() -> re.Pattern:
    """The page announcing what it will cover ("in this article, we will explore ... the dosage"):
    names advice as a subject, gives none (disclaimer_patterns.toml, `page_announces`)."""
    return re.compile(load("disclaimer_patterns")["advice"]["page_announces"])

# What others make of a product, right before a marker that names one (a remedy, a way to...,
# a dose): the role they give it ("promoted as a natural remedy", "sold as an easy way to...",
# "calls it a good remedy"), or how commonly others use it ("a popular natural remedy for dog owners", "a traditional
# remedy for colic"; session 16). A marker that starts with "you" or a verb is not such a role ("as a
# precaution it should be taken with food" advises).
_ROLE = re.compile(r"\b(?:(?:as|like|calls? (?:it|them)|called) an?|an? (?:popular|common|traditional|folk|well-known|"
                   r"widely used|age-old|old|time-honou?red|trendy|fashionable)) (?:[a-z-]+ ){0,2}\Z")
_PRODUCT_NOUNS = ("remed", "way ", "starting ", "usual ", "maximum ", "recommended ")
# What some of them recommend: "some brands recommend taking two" (a practice among others).
_SOME_OF_THEM = re.compile(r"\b(?:some|most|many) [a-z-]+ (?:also |may |might |even )?\Z")
_RECOMMENDING = ("recommend", "advise", "suggest")
# The page pointing at itself with a noun of discourse, a teaser: "this is the conversation you
# need to have before...", "here's the one guide you should read"; the advice, if any, comes in
# the sentences it announces ("this is a medicine you should take with food" advises).
_SELF_REFERENCE = re.compile(r"\b(?:this|here)(?: is|[’']s) (?:the|a|an|all|everything) (?:[a-z-]+ ){0,2}?"
                             r"(?:conversation|guide|article|post|read|truth|question|list|story|answer|facts?|things?) \Z")


# An indirect question names advice as a subject, it gives none: a wh-word, a short subject and
# the marker ("warnings, such as when the medicine should not be taken", "learn how it should be
# stored", a heading "What you should expect from statin therapy"). Embedded after a word that
# takes such a clause, or opening a heading (a block with no final mark): a sentence that opens
# on "When symptoms appear you should..." advises, and so does "What consumers should do" (what
# to DO heads the instructions under it).
_WH_SUBJECT = r"(?:what|when|how|whether|which|where)(?: [a-z’'-]+){0,3} \Z"
_EMBEDDED_WH = re.compile(r"\b(?:such as|about|know|learn|explains?|covers?|includ(?:es|ing)|find out|"
                          r"understand|decide|tells?|shows?|describes?|discuss(?:es)?|on|of) " + _WH_SUBJECT)
_OPENING_WH = re.compile(_WH_SUBJECT)
_WHAT_TO_DO = re.compile(r"\b(?:should|must|need to|ought to|to) (?:not )?do\b")


def _topic_clause(lower: str, match: re.Match, start: int, before: int, stop: int) -> bool:
    """Whether a marker stands in an indirect question that names advice as a subject (``start``
    and ``stop``: its sentence's, ``before``: where the words before it are looked at)."""
    if _WHAT_TO_DO.search(lower, match.start(), stop + 1):
        return False
    if _EMBEDDED_WH.search(lower, before, match.start()) or _page_announces().search(lower, start, match.start()):
        return True
    return lower[stop:stop + 1] not in (".", "!", "?") and _OPENING_WH.match(lower, start, match.start()) is not None


def _ascribed(lower: str, match: re.Match, before: int) -> bool:
    """Whether the words right before a marker give it to others or to the page's announcement
    of itself, not to the reader: a role, what some recommend, a teaser."""
    words = match.group()
    if words.startswith(_PRODUCT_NOUNS) and _ROLE.search(lower, before, match.start()):
        return True
    if words.startswith(_RECOMMENDING) and _SOME_OF_THEM.search(lower, before, match.start()):
        return True
    return words.startswith("you") and _SELF_REFERENCE.search(lower, before, match.start()) is not None


# Direct speech with its tag: "... you need to start low," says the dietitian. The comma
# before the closing quote hands the sentence on to its speaker.
_SPEECH_TAG_END = re.compile(r',["”]')
_OPENING_QUOTES = '"“'


def _quoted_speech(lower: str, match: re.Match) -> bool:
    """Whether a marker stands inside a quotation closed by a comma, a speaker's tag to follow
    (within its paragraph), or inside a quotation that opens its paragraph (news prints a speaker's
    words so, a paragraph at a time, "“Many pharmacies will be open ... ”"): the speaker's advice,
    reported, whoever its "you" is."""
    start = lower.rfind("\n", 0, match.start()) + 1
    stop = lower.find("\n", match.end())
    stop = len(lower) if stop == -1 else stop
    before = lower[start:match.start()]
    opened = before.rfind("“") > before.rfind("”") or before.count('"') % 2 == 1
    if not opened:
        return False
    if before[:1] in _OPENING_QUOTES and not any(mark in before[1:] for mark in _OPENING_QUOTES + "”"):
        return True  # the paragraph is the quotation, its tag in the paragraph before or after
    close = _SPEECH_TAG_END.search(lower, match.end(), stop)
    if close is None:
        return False
    between = lower[match.end():close.start()]
    return "”" not in between and '"' not in between


@rule("LM901", "missing-disclaimer", category="disclaimer", severity="warning", options={
    "required": Option(True, "whether articles must carry a medical disclaimer (false: never report; "
                             "e.g. when the site template adds one outside the linted article)"),
    "extra_patterns": Option([], "more regular expressions that count as a disclaimer "
                                 "(case-insensitive), e.g. your house wording"),
    "search_whole_page": Option(True, "in HTML, also accept a disclaimer outside the article body "
                                      "(a site footer or box the template prints on every page)"),
    "min_words": Option(100, "articles with fewer words of prose are not checked (notes, snippets)"),
})
def missing_disclaimer(doc, options):
    """Report an article with no statement that it is information, not medical advice.

    ## What it does
    Reports an article that advises its reader on their health and carries no medical
    disclaimer. Advice is an imperative about a health action ("Take it with food", a
    list item "Avoid alcohol"), sending the reader to a clinician ("if it persists, consult
    your GP"), "you should", "if you have kidney disease", "should not be taken" (or "must",
    "has to", "needs to be taken"), "people
    with X should avoid", "is recommended", "safe to take", the writer's judgement of an action
    ("it is wise to see a specialist", "it's best not to drink", "it is even more important that children
    get their shots"), an imperative after a purpose ("To stay safe, wear long sleeves"), a health
    imperative after a condition ("If you are not sure about a pharmacy, do not buy from it", "When
    the rash spreads, see a doctor"; not "If you wish to reuse this article, follow the link"), an action recommended ("we
    recommend repeating the test", "experts suggest taking 5 mg"), the writer's pick of a
    product ("our top pick is..."), a decision made "after a
    consultation with your dermatologist", the impersonal "one can take", a dose with its frequency, how to
    use a product ("take them with food"), a remedy or product put forward for a complaint ("a
    simple home remedy for...", "a convenient way to get relief from...", "can help reduce joint
    stiffness"), a list of self-care priorities ("- Getting enough sleep"), a product label's directions
    ("Suggested use: 1 to 2 tsp. per day", "it is also recommended that..."), the writer's verdict on which
    treatment to choose ("the most effective treatment for X is ..."), the writer's recommendation of a product's
    use ("we recommend the use of hearing aids"), a decision sent to a clinician ("make an informed decision with
    your doctor"), a product named the reader's pick in a stated sentence ("a convenient option for busy parents",
    "the perfect alternative to painkillers": `[advice.picks]`), a dismissal forbidden ("Don't underestimate
    fish oil"), the reader's
    benefit by an action on a product ("you can get its benefits by taking it as a capsule"), what to
    look for when buying medicines ("never buy it without a prescription", "it is essential to
    purchase from a registered seller"), an FAQ asked in the reader's voice ("How much vitamin D
    do I need?"), or a safety question the page answers with a verdict ("Is it safe? Yes, ..."); the phrasings are in `data/disclaimer_patterns.toml` (`[advice]`). A page
    with none of them describes rather than advises (a trend piece, a clinic's account of a
    therapy, an organisation's page, a sign-up FAQ) and is not asked for a disclaimer; saying
    "you" is not advice by itself. Nor does advice count that the page only asks about ("so
    what if you are pregnant?") or reports ("pharmacists say it's important to book the jab
    early": attributed, and not passed on to "you" as in "the NHS says do not take it if
    you..."). Nor do hooks that address the reader and direct nothing: "if you're struggling
    with X, you're not alone", "if you sit at a desk all day, it's hard to stay focused", "if
    you have X, these studies suggest...", "if you are told you have X, you may worry...", "if
    you are choosing one, I wrote a guide", the reader's interest in a subject ("if you are
    curious about / keen on X"; not "keen to try it"), a direction to know or learn about something
    ("you should know", "you must acquaint yourself with the author"), a possibility ("it could help
    you relax"), a trailing "..., if you're curious", a question the page follows with what it will do
    ("are they safe to use? Let's take a closer look"), or where a product is sold ("you can
    buy it at any chemist"). Nor does what others make of a product ("sold as a
    natural remedy for...", "some brands recommend taking two"), or advice in a quotation closed
    by a comma and its speaker's tag ("'... you need to start low,' says the dietitian") or in a
    quotation that opens its paragraph (news prints a speaker's words a paragraph at a time),
    or a dose in a sentence that prices the pack ("60 tablets, a month's supply if taken twice
    daily, cost $40": how long it lasts) or calls it a reported one ("commonly reported doses
    are 2 mg a day", "patients typically take 2 mg daily": what others take). Nor does a guide's title or promise ("what patients
    should know", "the facts you need to make an informed decision", "Why teens should avoid X":
    a title that announces the explanation to follow), nor the page's announcement of what it will cover ("in this
    article, we will explore ... the recommended dosage"). Nor does advice named as a subject in an
    indirect question ("the leaflet lists warnings, such as when the drops should not be used",
    "it explains how the inhaler should be used", a heading "What you should expect in the first
    week"); "What consumers should do" heads the instructions under it and counts. Nor does a
    finding of research the page relays ("studies have suggested that the bands can help relieve
    nausea": research speaks, as "said" gives a person's words), unless passed on to "you".
    A clinician may be named with a word before it ("speak to your practice nurse").
    In a text that declares no language, the Italian, French and Spanish judgement of an action
    ("è importante che...", "il est conseillé de...", "es esencial que..."), a clinician to
    consult ("habla con tu médico") and a named daily dose count too.
    Nor is a page that names hardly any word of health or medicine (fewer than one distinct
    word of the core pack's health words in 300, in its first pages): what it tells its reader
    to do is no health advice.
    News reports and first-person accounts are not checked either: a report attributes what
    it says ("said", "researchers say", "told", "according to", the narrative "warned", "urged", "saying that",
    or a transcript's speaker labels, "GARY GIBBONS:") at least twice, and more often than it says "you" outside the quotes it
    reports, or names the people it quotes (a person named with a title or a role next to a
    speech verb, "Dr Ana Ruiz has said", "Tom Wu, a pharmacist, says", "Tom Wu, head of
    pharmacy at St Mary's, told", "Dr Lee — chief medical officer at Acme — told", or after
    "according to", "according to GP Dr Ana Ruiz": in its first 300
    characters, the lede, or two different people), however often the advice it relays says
    "you"; an institution ("the Health Department says") is no named person, and a how-to page that
    quotes one expert further down still advises. A first-person account says "I", "me", "my" in at
    least 4 words of 100, more than twice as often as "you".

    The disclaimer may stand anywhere (top, bottom, a box, a "Disclaimer" section): a
    sentence saying the content is for information only, is not a substitute for
    professional medical advice, is "education, not medical advice", is not intended to
    diagnose or treat, or tells readers always to consult their doctor (or to, "as with any
    supplement", treatment or programme; or to consult one before starting any new treatment,
    supplement or regimen: every treatment, not the page's own), or not to take the
    writer's word for it but to ask their doctor or pharmacist. A narrower advice to
    consult ("talk to your doctor before starting any treatment") counts when it stands in
    a disclaimer context: its block, the block before it or its heading mentions a
    disclaimer, medical advice or "this article/information". Passing advice inside the
    text ("talk to your doctor about side effects") or an instruction to take a drug "as
    prescribed by your doctor" is advice, not a disclaimer. In HTML, a disclaimer elsewhere
    on the page (a site footer the template prints on every page) also counts, unless
    `search_whole_page` is false. The finding is about the whole article and is reported
    at line 1. A page in Spanish, Portuguese, French, Indonesian, Hindi, Greek, Norwegian, German, Turkish,
    Vietnamese, Dutch, Polish or Czech (declared,
    or told by its function words) is also read in its own language (`data/health_languages.toml`):
    an obligation or a recommendation put to the reader, the page's judgement of an action or the language's
    imperative form ("Sie sollten", "ist es sinnvoll", "kullanması çok önemli", "bạn nên đến bác sĩ", "należy"),
    a second-person direction about a dose, a treatment or a clinician ("Toma la pastilla
    con agua", "Anda perlu berkonsultasi", "आप ... पी सकते हैं") is advice, and so are a dose
    with its schedule ("2 sendok makan 1 kali sehari"; not the dose a study gave), the page's
    impersonal judgement of a health action ("es importante no suspender el tratamiento"; not
    "es importante señalar"), a how-to heading ("Cara membuat jus") and remedies handed to the
    reader ("te compartimos unos remedios caseros"), and, by the table's grammar items (`[<code>.grammar]`), a
    clause that opens on the language's imperative form ("Repita de hora em hora", "Bagi Anda yang mengantuk,
    jangan ...") tied to health by a fronted clause to "you", a schedule, a dose or a health word; a line of the
    page's navigation ("Baca juga: ...") directs no one; that
    language's disclaimer ("não substitui a consulta médica") counts. Other articles that
    declare a language other than English are not checked (their phrasings are unknown; a
    text that declares no language is checked, and a Spanish, French or German disclaimer
    counts). Articles shorter than `min_words` words of prose
    are not checked; set `required = false` when your site adds the disclaimer outside the
    linted article (a page template or footer).

    ## Why is this bad?
    Health information on the web must support, not replace, the relationship between
    a reader and their clinician. Quality criteria for health websites (HONcode
    principle 2, "complementarity"; the QUEST tool's complementarity item) ask for an
    explicit statement, and readers acting on an article alone can come to harm.

    ## Example
    ```text
    Low-dose naltrexone may ease pain in fibromyalgia. Start with 1.5 mg at bedtime,
    and talk to your doctor about side effects.
    ```
    (A page that only reports "Low-dose naltrexone may ease pain in fibromyalgia, a small
    trial found" gives no advice and needs no disclaimer.)

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
      health publishers commonly use; the advice phrasings are our own reading of what a
      page asks its reader to do).
    """
    if not options.required:
        return
    lang = str(doc.meta.get("lang") or "en").strip().lower()
    declared = lang.startswith("en") or lang in ("", "und")
    own = _health_language.phrasings(doc)  # None on an English page
    if not declared and own is None:
        return  # a declared language whose phrasings the rule does not know: its disclaimer would be missed
    if not has_prose_words(doc, int(options.min_words)):
        return
    if page_reports(doc):
        return
    # the English reading (it holds a few other languages' phrasings) on a page that declares no other language;
    # on a page in a language with a table (`data/health_languages.toml`), that language's directions too
    # about_health first: both are plain tests of the page, and it costs a fifth of advises_reader's
    # searches and lets the pages that are not about health go (93 of the 130 test pages)
    health = declared and about_health(doc)
    english = health and advises_reader(doc)
    # a page whose patient is an animal advises its owner with the veterinarian as the clinician (`_animal`)
    english = english or (health and animal_patient(doc) and advises_owner(doc))
    if not english and not (own is not None and _health_language.advises(doc)):
        return  # all cheaper than the disclaimer searches below
    if find_disclaimer(doc, options.extra_patterns) is not None or _health_language.has_disclaimer(doc):
        return
    if animal_patient(doc) and veterinary_disclaimer(doc):
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
