"""Claims: absolute promises of efficacy or safety stated as fact."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from typing import NamedTuple

from lint_med import Hit, Option, per_document, rule

from . import _claim_shapes, _health_language, _lookalike, _speech
from ._data import load
from ._evidence import WORD, ascii_runs, block_starts, candidate_sentences, distinct_words, evidence, lowered_body, spaces
from ._language import language, language_name
from ._pagekind import page_kind
from .regulatory import default_reading, drug_mentions, find_drugs, names_off_label_use, topic_drugs, use_demand

_compiled: dict = {}
# "but" opens a clause of its own: a hedge before it qualifies what it contrasts with ("most people worry about lasers,
# but this is completely safe")
_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s-\s|\sbut\s", re.I)
_PARTICIPLE = re.compile(r"[a-z]+ing\b", re.I)
# The comparative correlative ("the more you ..., the less ..."): a relation under a condition, read as "if" (session 10)
_CORRELATIVE = re.compile(r"\s*the (?:more|less|fewer|higher|lower|greater|smaller|longer|shorter|earlier|sooner|better|worse)\b"
                          r"[^.;:]*?,\s*the (?:more|less|fewer|higher|lower|greater|smaller|longer|shorter|better|worse|[a-z]+er)\b", re.I)
# The words that may stand alone between a list's comma and a coordinated predicate ("..., and even fight cancer")
_COORDINATORS = frozenset({"and", "or", "even", "also", "then", "possibly"})
_SHARED_MODALS = frozenset({"may", "might", "could", "possibly", "potentially", "perhaps", "probably"})
_HEDGE_WINDOW = 6  # words of the same clause looked at before the claim
_FIRST_WORD = re.compile(r"[a-z0-9]+")
_QUOTE_OPEN, _QUOTE_CLOSE = "\"“‘'", "\"”’'"
_QUOTES = "\"“”‘’'«»"


class _ClauseWords(NamedTuple):
    """The word lists by which a claim's clause is read (`data/claims_absolute.toml`), compiled."""

    qualified_after: re.Pattern  # a qualification after the claim ("for most people", "when used as directed")
    most_people: re.Pattern  # a claim about most people, not all
    without_exception: re.Pattern  # a claim's word that leaves no exception ("totally safe"), which most people don't qualify
    some_of_a_kind: re.Pattern  # a quantifier just before the claim's subject ("some herbal teas are safe")
    denies_harm: re.Pattern  # a claim that denies harm
    safe_or_effective: re.Pattern  # a claim of safety or efficacy
    answer_words: frozenset  # an answer's first words, as bytes (see distinct_words)
    concessive: frozenset  # a clause's first word that grants what the sentence then weighs ("although")
    sentence_concessive: frozenset  # the same, as the sentence's first word only ("while": after a comma it contrasts)


@functools.lru_cache(maxsize=None)
def _clause_words() -> _ClauseWords:
    data = load("claims_absolute")
    return _ClauseWords(
        qualified_after=re.compile(r"^(?:[\s,]*[\w'’-]+){0,8}?[\s,]+(?:" + "|".join(data["qualified_after"]) + ")", re.I),
        most_people=re.compile(r"\b(?:" + "|".join(data["most_quantifiers"]) + r")\s+(?:\w+\s+)?(?:"
                               + "|".join(data["people"]) + r")\b", re.I),
        without_exception=re.compile(r"\b(?:" + "|".join(data["without_exception"]) + r")(?!\w)", re.I),
        some_of_a_kind=re.compile(r"(?<!\bthe )\b(?:" + "|".join(data["kind_quantifiers"]) + r")\s+(?:[\w-]+\s+){0,2}$",
                                  re.I),
        denies_harm=re.compile("|".join(data["harm_words"]), re.I),
        safe_or_effective=re.compile("|".join(map(re.escape, data["safe_or_effective"])), re.I),
        answer_words=frozenset(word.encode() for word in data["answer_words"]),
        concessive=frozenset(data["concessive_openers"]),
        sentence_concessive=frozenset(data["sentence_concessive_openers"]))


def _load(extra_phrases: tuple[str, ...], extra_hedges: tuple[str, ...]):
    """(claim groups, hedge words): each group is (what every match of its patterns contains
    one of, with the first word of each as bytes, or None for the user's patterns; those first
    words; its patterns; what else its sentence must say and what it must not (`context`, `unless`: `_applies`), or
    None; whether it is a plain frame;
    whether it counts only in the page's own promoting voice, `_promotes`). A sentence is searched only
    with the groups whose words it holds: substring tests are far cheaper than the patterns. A
    group's regex is compiled on first use (`_regex`): most articles need few groups, and
    compiling all of them cost more than running them over a typical page."""
    key = (extra_phrases, extra_hedges)
    if key not in _compiled:
        data = load("claims_absolute")
        groups = []
        for group in data["claims"]:
            needs = tuple((need, _first_word(need)) for need in group["needs"])
            context, unless = group.get("context"), group.get("unless")
            condition = (context and _with_classes(context), unless and _with_classes(unless)) if context or unless else None
            groups.append((needs, frozenset(first for _, first in needs), tuple(map(_with_classes, group["patterns"])),
                           condition, group.get("plain", False), group.get("voice", False)))
        if extra_phrases:
            groups.append((None, None, extra_phrases, None, False, False))
        hedges = (frozenset(w.lower() for w in list(data["hedges"]) + list(extra_hedges)),
                  frozenset(data["degree_hedges"]))
        _compiled[key] = (groups, hedges)
    return _compiled[key]


_CLASS = re.compile(r"<([A-Z][A-Z_]*)>")


def _with_classes(pattern: str) -> str:
    """A pattern (or a group's `context` or `unless`) with each word class it names ("<TIME>", "<COMPLAINT>":
    `word_classes` of data/claims_absolute.toml) spelt out, so that a family is written once for any product, complaint
    or time; a class may name other classes."""
    classes = load("claims_absolute").get("word_classes", {})
    while _CLASS.search(pattern):
        pattern = _CLASS.sub(lambda m: "(?:" + classes[m.group(1)] + ")", pattern)
    return pattern


def _first_word(need: str):
    """A need's first word as bytes, as the article's distinct words are (`distinct_words`); a need in a
    script with no ASCII letters (Greek) is its own key, looked for in the article's text (`_words_held`)."""
    first = _FIRST_WORD.match(need)
    return first.group().encode() if first else need


@functools.lru_cache(maxsize=1)
def _unscripted_needs() -> tuple[str, ...]:
    """The needs with no ASCII first word (see `_first_word`)."""
    return tuple(need for need in _every_need() if not _FIRST_WORD.match(need))


# Characters of the article's opening in which a page in another script shows its letters.
_SCRIPT_OPENING = 1000


def _words_held(doc) -> set:
    """The article's distinct words as bytes, and the needs in other scripts that its text holds. A need
    is looked for only when its first letter is in the article's opening: a search of a whole page for a
    Greek word cost LM701 about 6 ms of 170 on the 130 test pages in English (typographic quotes make a
    text wide, and a search of it slow)."""
    words = distinct_words(doc)[0]
    text = lowered_body(doc)
    opening = text[:_SCRIPT_OPENING]
    other = [need for need in _unscripted_needs() if need[0] in opening and need in text]
    return words.union(other) if other else words


@functools.lru_cache(maxsize=None)
def _word_initial(trigger: str) -> bool:
    """Whether the trigger opens every need holding it ("lose": "lose", "loses") and the patterns of those
    needs' groups name each such need only after a space or the start of a group or alternative: every match
    holds a need (`_load`), so a match holds such a trigger where a word starts, and the trigger inside a
    word ("close", "disclose") opens no claim; a trigger inside a need ("shed" in "banished") is looked for
    everywhere. Asked only of a trigger found inside a word."""
    holders = [(need, group["patterns"]) for group in load("claims_absolute")["claims"]
               for need in group["needs"] if trigger in need]
    return all(need.startswith(trigger) and all(
        pattern[at - 1] in " (|:" for pattern in map(_with_classes, patterns) for at in _finds(pattern, need) if at)
        for need, patterns in holders)


def _finds(text: str, word: str) -> list[int]:
    """Where `word` stands in `text`."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _shortest(needs: tuple[str, ...]) -> tuple[str, ...]:
    """The needs that hold no other need: a sentence holding "works well" holds "works", so looking
    for both costs a search of the article more and finds no other sentence. Plainly
    `tuple(need for need in needs if not any(other != need and other in need for other in needs))`;
    each need's held needs are listed once (`_held_by`), not sought anew for each article's needs."""
    present = frozenset(needs)
    return tuple(need for need in needs if present.isdisjoint(_held_by(need)))


@functools.lru_cache(maxsize=None)
def _held_by(need: str) -> frozenset:
    """The other needs of the claim groups that `need` holds ("works well": "works"). Listed
    for one need when it is first asked about: for all of them at once, a start linting one
    small file (a pre-commit hook) spent 6 ms on needs the file never holds."""
    return frozenset(other for other in _every_need() if other != need and other in need)


@functools.lru_cache(maxsize=1)
def _every_need() -> frozenset:
    return frozenset(need for group in load("claims_absolute")["claims"] for need in group["needs"])


@functools.lru_cache(maxsize=None)
def _regex(patterns: tuple[str, ...]) -> re.Pattern:
    """One regex for the patterns, matched as whole words (compiled once, when first needed)."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(spaces(p) for p in patterns) + r")(?![\w-])", re.I)


@functools.lru_cache(maxsize=None)
def _context(pattern: str) -> re.Pattern:
    """What a group's sentence must also say (a game changer counts only about treating a condition)."""
    return re.compile(pattern, re.I)


def _applies(condition: tuple, text: str) -> bool:
    """Whether a group's claims count in a sentence: it holds nothing of the group's `unless` (a trial's result with
    a figure: "reduced symptoms by 30% in a trial of 200 people" reports), and speaks of what the claim must be about
    (its `context`) or names a prescription drug, which is a treatment whatever else it says ("Propecia is a
    solution!")."""
    context, unless = condition
    if unless is not None and _context(unless).search(text):
        return False
    return context is None or _context(context).search(text) is not None or bool(find_drugs(text))


@functools.lru_cache(maxsize=None)
def _word_list(name: str) -> re.Pattern:
    """The words and phrases of a list of `data/claims_absolute.toml` ("reported", "observed")
    as one regex (each word escaped on its own: re.escape turns a space into "\\ ", which
    `spaces` would not see, and "red flag" never matched)."""
    return _regex(tuple(" ".join(map(re.escape, phrase.split())) for phrase in load("claims_absolute")[name]))


@functools.lru_cache(maxsize=1)
def _indirect_speech() -> re.Pattern:
    """The verbs of indirect speech `_told` looks for before a claim ("say", "insist"), as one
    regex: data/speech.toml, [uses.indirect_speech]."""
    return _regex(tuple(map(re.escape, _speech.words("indirect_speech"))))


@functools.lru_cache(maxsize=None)
def _negated_evidence() -> re.Pattern:
    """Evidence denied before a claim, however far ("no trial in people has shown that it cures"), or a check whose
    aim the claim is ("testing ensures that ... there are no adverse effects")."""
    data = load("claims_absolute")
    return re.compile("|".join(data["negated_evidence"] + data["checked"]), re.I)


def _clause_before(before: str) -> tuple[list[re.Match], str]:
    """The clause breaks of `before` and its last clause (all of it when there is no break)."""
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return breaks, before[breaks[-1].end():] if breaks else before


def _words(text: str) -> list[str]:
    """The words of `text`, lowercased, with typographic apostrophes made plain ("don’t")."""
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def _hedge_word(words, hedges: frozenset) -> bool:
    """Whether one of `words` hedges or negates ("may", "not", any "n't")."""
    return any(w in hedges or w.endswith("n't") for w in words)


def _hedged(text: str, start: int, end: int, hedges: tuple[frozenset, frozenset], plain: bool,
            weighs=lambda: True) -> bool:
    """Whether a hedge or negation qualifies the claim at text[start:end] (`hedges`: the words
    that hedge anywhere in the window, and the words of degree that hedge only next to it). A
    qualification after the claim ("for most people", "in four out of five patients") clears a
    claim of safety or efficacy and a plain frame's claim, not a cure, a proof or a denial of harm.
    A concession ("While it cures scabies, it does not kill the eggs") clears it when the page
    `weighs()` what it grants: a careful page does; a page promoting its own product grants to sell
    ("While our therapy's safety is well known, ...")."""
    before = text[:start]
    if _CORRELATIVE.match(before):
        return True  # "the less oil your skin makes, the clearer it is, which results in ...": a condition, as "if"
    breaks, clause = _clause_before(before)
    if breaks and not clause.strip() and _PARTICIPLE.match(text, start):
        # a clause of result ("it may lift mood, making you sleep better") is hedged by the clause it follows
        clause = before[breaks[-2].end() if len(breaks) > 1 else 0:breaks[-1].start()]
    words = _words(clause)
    if words and (words[0] in _clause_words().concessive or (not breaks and words[0] in _clause_words().sentence_concessive)) \
            and weighs():
        return True  # granted, then weighed: "while it is successful at curing scabies, it does not kill the eggs"
    words = words[-_HEDGE_WINDOW:]
    if breaks and words and _COORDINATORS.issuperset(words) and not _SHARED_MODALS.isdisjoint(_words(before)):
        return True  # a predicate coordinated with an earlier one shares its modal: "it may lower blood pressure, blood
        # lipids, and even fight cancer"; not a quantifier of another predicate ("has few complications, and produces")
    anywhere, next_to = hedges
    lists = _clause_words()
    of_a_kind = lists.some_of_a_kind.search(clause) and not _superlative(before, clause, text, start)
    if _hedge_word(words, anywhere) or not next_to.isdisjoint(words[-2:]) or of_a_kind \
            or (lists.most_people.search(clause) and not lists.without_exception.search(text, start, end)):
        return True
    if lists.denies_harm.search(text, start, end) or not (plain or lists.safe_or_effective.search(text, start, end)):
        return False  # a cure, a proof or a denial of harm is no less absolute under a condition of use
    return bool(lists.qualified_after.match(text[end:end + 120]))


# "Most" right before a claim that opens on an adverb or a participle, in a sentence that has opened a superlative with
# "the" ("the most ...", "the oldest, ..."), is a superlative of the claim itself, its "the" left behind in a
# coordination ("the most powerful, most researched and most medically proven cure"): a degree, not a quantifier of a
# kind ("most creams are safe", "most clinically proven creams are sold in pharmacies").
_MOST_LAST = re.compile(r"\bmost\s+$", re.I)
_SUPERLATIVE_OPENED = re.compile(r"\bthe (?:most|[a-z]+est)\b", re.I)  # "the most powerful, ...", "the oldest, ..."
_DEGREE_HEAD = re.compile(r"[a-z]+ly\b|proven\b|proved\b|tested\b|researched\b", re.I)


def _superlative(before: str, clause: str, text: str, start: int) -> bool:
    return (_MOST_LAST.search(clause) is not None and _DEGREE_HEAD.match(text, start) is not None
            and _SUPERLATIVE_OPENED.search(before) is not None)


def _observed(observed: re.Pattern, text: str, match: re.Match) -> bool:
    """Whether the sentence reports a denial of harm as what a study saw ("no side effects were
    reported in the trial"), by a word outside the claim: "have been recorded" inside it is part
    of the claim ("no side effects have been recorded for this cream"). A frame that points the reader at the page's
    own statement ("It should be noted that ...", "it is worth noting that") observes nothing (session 18)."""
    text = _discourse_frames().sub(lambda frame: " " * len(frame.group()), text)
    return bool(observed.search(text, 0, match.start()) or observed.search(text, match.end()))


@functools.lru_cache(maxsize=1)
def _discourse_frames() -> re.Pattern:
    return re.compile("|".join(load("claims_absolute")["discourse_frames"]), re.I)


def _told(speech: re.Pattern, text: str, match: re.Match) -> bool:
    """Whether the sentence tells what someone says, by a verb of speech before the claim
    ("shops say it is the answer"). After it the verb names a speaker of the claim ("It is
    the answer," she said; "Omega-3s fight cancer, he said"), whose promise is still one: the
    labels count a researcher's unhedged words in a news story as an overclaim."""
    return bool(speech.search(text, 0, match.start()))


def _scare_quoted(text: str, start: int, end: int) -> bool:
    """The claim is quoted as a phrase ("sold as a \"miracle cure\""): named, not made. A
    quotation of a person's words is not exempt: an absolute promise in a quote is one."""
    return start > 0 and text[start - 1] in _QUOTE_OPEN and text[end:end + 1] in _QUOTE_CLOSE


def _sentences(doc, found, triggers):
    """Prose sentences holding a trigger word, and the sentences of headings (a headline
    promises too: "Pill works to cure a deadly infection"). The plain definition of
    `_sentences_holding`, which finds the same sentences faster."""
    yield from candidate_sentences(doc, found, triggers)
    for block in doc.blocks:
        if block.kind == "heading" and (triggers is None or any(map(block.text.lower().__contains__, triggers))):
            yield from block.sentences


@per_document
def _sentence_starts(doc) -> tuple[list[int], list]:
    """Where each sentence of the article (headings' too) starts in its text, and the sentences."""
    starts, sentences = [], []
    for offset, block in zip(block_starts(doc), doc.blocks):
        for sentence in block.sentences:
            starts.append(offset + sentence.start)
            sentences.append(sentence)
    return starts, sentences


def _sentences_holding(doc, found, triggers: tuple[str, ...], words_only: bool = False):
    """(sentence, the triggers it holds) for each sentence of `_sentences(doc, found, triggers)`, in its
    order. Each trigger is looked for with str.find in the article's lowercase text and its finds placed
    in their sentences by bisection, once per sentence holding it: the cost follows the finds, not the
    sentences times the triggers (a test of each block, then of each of its sentences, for every trigger).
    With `words_only`, a trigger that opens its needs as words (`_word_initial`) counts only where a word
    starts: "lose" in "close" or "disclose" opens no claim."""
    text = lowered_body(doc)
    if len(text) != len(doc.body_text) or not all(trigger.isascii() for trigger in triggers):
        for sentence in _sentences(doc, found, triggers):  # lowercasing moved characters ("İ"): the plain way
            yield sentence, frozenset(filter(sentence.text.lower().__contains__, triggers))
        return
    starts, sentences = _sentence_starts(doc)
    held: dict[int, set] = {}  # a prose sentence's index: its triggers
    headings: set[int] = set()  # the blocks of headings holding a trigger
    block_offsets = block_starts(doc)
    words, joined = distinct_words(doc)
    for trigger in triggers:
        if " " in trigger and not _may_stand(trigger, words, joined):
            continue  # most of an article's triggers of several words are not in it: a set look-up, not a search
        at = text.find(trigger)
        while at >= 0:
            if words_only and at and (text[at - 1].isalnum() or text[at - 1] in "_-") and _word_initial(trigger):
                at = text.find(trigger, at + 1)
                continue
            index = bisect.bisect_right(starts, at) - 1
            block = sentences[index].block if index >= 0 else None
            if block is not None and block.kind == "heading":
                end = block_offsets[block.index] + len(block.text)  # a heading is read whole
                if at + len(trigger) <= end:
                    headings.add(block.index)
            else:
                end = starts[index] + sentences[index].end - sentences[index].start if block is not None else 0
                if at + len(trigger) <= end:
                    held.setdefault(index, set()).add(trigger)
            at = text.find(trigger, end if at + len(trigger) <= end else at + 1)
    for index in sorted(held):
        if not found.skipped(sentences[index].block):
            yield sentences[index], frozenset(held[index])
    for block in sorted(headings):
        for sentence in doc.blocks[block].sentences:
            yield sentence, frozenset(filter(sentence.text.lower().__contains__, triggers))


def _may_stand(trigger: str, words: set, joined: str) -> bool:
    """Whether the ASCII `trigger` may stand in the article whose distinct runs of [a-z0-9] are `words`, `joined` by
    spaces (`distinct_words`): each of its runs after the first follows another character, so it starts a run of the
    article's text where the trigger stands, the whole run when another character follows it in the trigger
    ("side effects": "effects" starts a run of the article; a run at the trigger's end may start a longer one,
    "guarantee": looked for in `joined`). A necessary test, not a sufficient one: a trigger of several words that
    passes it is searched for (`_sentences_holding`)."""
    return all(run in words or (not whole and run.decode() in joined) for run, whole in _later_runs(trigger))


@functools.lru_cache(maxsize=None)
def _later_runs(trigger: str) -> tuple[tuple[bytes, bool], ...]:
    """The runs of [a-z0-9] of `trigger` after its first, as bytes, each with whether a character follows it."""
    runs = ascii_runs(trigger)
    whole = not trigger[-1:].isalnum()
    return tuple((run, whole or index < len(runs) - 1) for index, run in enumerate(runs) if index)


@rule("LM701", "absolute-claim", category="claims", severity="warning",
      options={"extra_phrases": Option([], "more absolute-claim patterns (regular expressions)"),
               "extra_hedges": Option([], "more words that hedge or negate a claim")})
def absolute_claim(doc, options):
    """Flag an absolute promise of efficacy or safety stated as fact.

    ## What it does
    Finds promises that a treatment, supplement or product is safe, effective or certain
    to work, in prose and in headlines: safety and efficacy together ("offers a safe,
    effective way", "is safe, natural and highly effective"), absolute safety
    ("completely safe", "safe for every patient", "risk-free", "safe to use at home"),
    denials of side effects in any wording ("no side effects", "has zero side effects",
    "free of side effects", "without any adverse effects", "does not cause side
    effects", "you won't experience any side effects") and dismissals of known risks ("the risks have been greatly
    exaggerated"), cures ("cures X", "can cure X", "a cure for", "is a cure", "cured
    by", "eliminates joint pain", "reverses diabetes", "fights cancer"), proof and
    guarantees ("clinically proven", "clinically-proven", "clinically shown to relieve" but not "clinically
    tested", "proven to", "guaranteed", "100% effective", "wildly effective", "wonderfully effective", "works for everyone"), a panacea ("can heal so many problems", "fixes
    all kinds of ailments") and certain promises ("a breakthrough
    that will end ...", "will help transform the way we treat", "benefits far
    surpass those of"), safety of daily or open-ended use ("is safe for adults to
    take daily", "safe to use every day", "safe for long-term use"; but "safe for
    most adults to take daily" says for whom), safety and tolerability together in
    the present ("makes them safe, well-tolerated"; but a trial's "was safe and well
    tolerated in the trial" reports it), success at curing ("is successful in
    curing", "has been effective at eliminating"; but "successful in curing 41 of 50"
    counts a result), healing powers ("has therapeutic benefits", "possesses healing
    properties"; but "therapeutic effects in mice" reports a lab), a breakthrough or
    game-changer in the present ("represents a breakthrough in diabetes care", "offers a significant
    therapeutic breakthrough" but not "a potential breakthrough", "makes
    it a game-changer"; not a "breakthrough infection" nor the FDA's "breakthrough
    therapy designation"; a "game changer" only when its sentence speaks of treating
    a condition: a shop's convenience is no health promise), speed and efficacy as
    fact ("works fast and effectively", "acts quickly and effectively"), exclusivity
    ("only this oil can restore", "is the only therapy that can regrow", "nothing
    works like it"), efficacy judged as fact ("an excellent treatment for insomnia",
    "is an effective way to treat", "is a highly effective remedy"; a bare "an
    effective treatment for", common in careful text, is left alone), results promised
    to the reader ("you will feel better", "you will see results"), denials of harm
    with an adjective ("no adverse side effects", "without any harmful effects"),
    German denials of harm and absolute safety ("keine
    Nebenwirkungen", "keine gesundheitlichen Gefahren", "völlig unbedenklich") and German
    proof of efficacy ("nachweislich wirksam"), safety as
    fact in its plain construction, whatever the product ("Kava tea is safe.", "is safe and
    non-addictive", "it is safe to use", "is safe for children", "is safe and may ease cramps": the hedge
    governs the second claim, not the safety; not "is generally safe",
    "is considered safe", "safe for most people", "safe in small amounts", "your payment
    is safe"), no harm on record said of a product ("no side effects have been recorded
    for this cream"; not "... in the trial"), safety beyond question ("its safety is beyond
    doubt"), health outcomes promised to the reader ("you will be able to sleep through
    the night", "you will lose ten pounds"; not "you will be able to go home the same
    day"), results promised in numbers ("can make your skin two shades lighter", "will
    make you look ten years younger"), a result that cannot fail ("you cant not lose weight on this plan",
    "you cannot fail to see results"), a habit or complaint ended for good ("helps you quit smoking for good",
    "you'll stop snoring forever"; not "can help you quit for good"), efficacy stated as fact in the frames of the plain
    safety construction ("this results in thicker, healthier hair", "gives you clearer skin";
    "the most effective remedy for cold sores is ..."; "Castor oil is a solution!", "is the
    answer to stiff joints"; but "may lead to", "can lead to ... in some", "Statins are the most
    effective treatment for high cholesterol", "is not the answer", "leads to faster hair loss",
    "a carbon tax is the answer": the answer must be a product or a drug), the same outcome in a
    clause of result (", making your immune system work more efficiently", ", resulting in
    fuller hair"; hedged by the clause before it), efficacy as the verb's manner ("works wonders
    for sore muscles", "works well for many kinds of tumours"; but "works well for most people"),
    safety as a passive's manner ("is readily and safely absorbed"), absolute safety in a noun
    phrase ("it's a perfectly safe procedure"), a benefit verb on a system of the body ("strengthens
    your immune system", "helps boost immunity", "helps the nervous system!"; not "helps the immune
    system fight germs"), a benefit as what patients experience ("patients are seeing real
    benefits"; not "saw" in a trial), benefits above any risk ("the benefits outweigh any risks"), a
    harm avoided ("raises testosterone without compromising fertility"; not "without affecting"),
    denials of harm in any spelling ("no side affects", "have been recordd"), an effect on the
    body as the product's plain property ("has beneficial effects on gut health", "allows
    damaged tissue to regenerate", "is a truly potent antiviral"; not "positive effects on the
    brain", a report's wording, nor "antibiotics are powerful antibacterial drugs"),
    the rhetoric of a suppressed cure, which asserts that a treatment works and that its evidence is kept from the
    reader ("drug companies don't want you to know about it", "the remedy Big Pharma has buried", "a hidden cure for
    arthritis"; not "there is no secret cure", "scam adverts claim doctors hide the cure", nor the past "did not
    want"), and
    an unqualified yes to a question about a promise ("Can it
    get rid of eczema? Absolutely!", an FAQ heading "Is it safe every day?" answered
    "Yes."; but not "Yes, for some people" or "Yes, but ..."). Patterns are in
    `data/claims_absolute.toml`.

    On a page that may promote what it sells (`_pagekind.py`: a seller's page, or one with no
    cue of a reference page, a news report or a forum), it also flags an unhedged benefit
    statement in the page's own voice: a present-tense benefit verb whose object is a body,
    mind or health outcome of the right direction ("Our magnesium supports deep sleep", "These
    capsules boost energy and focus", "The drip detoxifies the liver", "It can significantly
    reduce inflammation"; verbs and outcomes in `data/claims_benefit.toml`). The same sentence
    on a reference page, in a news report or in the transcript of a video or interview (its
    opening says "transcript": speech written down) is information or a report, and is left alone, as
    is one hedged ("may support", "can help"), negated, asked, attributed ("according to the
    NIH"), reported ("beware of labels that say"), about a lab result, the reader or a harm,
    qualified ("by about a third"), or about a prescription drug (its label's action; but not on a
    page that sells the drug for a use no label covers, a "smart drug" or a wellness use, nor in a sentence
    naming an off-label use of a drug whose status the page never gives, "DMSO eases the pain of sprains":
    there the drug's effects are the page's own promise).

    A claim is left alone when it is hedged or negated in its clause ("may offer", a predicate coordinated under an
    earlier modal: "it may lower blood pressure, and even fight cancer"; a comparative correlative, a condition as "if"
    is: "the less oil your skin makes, the fewer spots, which results in clearer skin";
    "is not a cure", "no treatment is completely safe", "could help", "researchers
    hope it will one day cure", "the search for a cure", "a trial to test whether",
    "was shown to be safe and effective in a trial"; a word of degree such as "virtually"
    hedges only when it stands just before the claim), said of most people rather than
    all ("most people have no side effects"; but not a claim that leaves no exception: "many
    patients now choose it as a completely safe option"), qualified after it ("safe for most
    people", "safe when used as directed"; but a cure, a proof or a denial of harm is
    absolute whatever the condition: "no side effects when taken correctly"), a denial
    of side effects reported as what a study saw ("no serious side effects were
    reported"), reported as someone else's claim or belief ("products that claim to
    cure", "shops say it is the answer", "beware of miracle cures", "patients have read that it reverses ageing",
    "is said to heal", "clinics peddle the shots as cures", "touted as"), preceded anywhere in its sentence by evidence denied ("there
    is no good evidence from trials in people that the drip reverses ageing"), named
    rather than made ("what an infusion has been proven to do"), quoted as a phrase
    ("sold as a \"miracle cure\""), asked as a question, or cited in the same sentence
    (a marker that resolves, a link, a named organisation or study: "safe and
    effective, according to the CDC"). A
    passive statement of fact about a disease ("hepatitis C can be cured") is not a
    promise about a product. A person's quoted words are not exempt: an unhedged "It is
    a cure," said by a researcher or a patient in a news story, is still a promise.

    On a page that promotes what it sells (a seller's page or one with no cue of a careful
    voice, not about a prescription drug: `_promotes`), it also flags what a careful page says
    too but a shop says as a promise (the `voice` groups): a harm the product never causes
    ("it doesn't cause burns", "there is no danger to the body"), effects denied with adjectives of harm ("no detrimental or
    lasting effects"), safety among the product's praise ("a gentle, natural and safe
    formula"), a superlative verdict with no indication ("our balm is the most powerful remedy there is",
    "remains one of the most effective natural therapies", a verbless tagline "The most potent tool for joint
    repair"; not a ranking for a named condition, "X is the most effective treatment for Y", which guidelines make
    too), efficacy or safety as common knowledge ("is known to heal eczema", "is well known for its ability to ease",
    "its safety is well established"; not "is thought to", "is known to cause"), a pharmacological property as the product's attribute ("it exhibits
    anti-ageing attributes"; not "has analgesic properties, which may help"), a clean
    safety record ("has never given a customer stomach trouble"), an exclamation that it
    works ("It works!!!"), German effects as fact ("wirkt
    entzündungshemmend"), French, Spanish and Italian denials of harm ("aucun effet secondaire",
    "sin efectos secundarios", "assolutamente sicuro"); proof asserted as the product's ("has been shown to improve
    sleep", "attested to work", "has proven itself", "proved its efficacy"; not a lab result, "what it has been shown
    to do", nor in a sentence naming a medicine or vaccine, whose evidence is its label's); efficacy set level with or
    above a medicine's ("equals and sometimes exceeds prescription drugs", "works better than ibuprofen", "is much
    safer than medication"; not "appears
    to be about as effective as", "is not as effective as"); a track record in numbers offered as the evidence ("has
    safely treated thousands of patients", "2,000 clients have been cured at our centre"; not a trial's dozen
    patients); a harm the reader need not fear ("can be taken without fear of poisoning"); a result promised as done
    ("they'll get the job done", "your knees will be as good as new", "the fat will be gone"); efficacy as the manner
    of treating ("effectively treats nail fungus"; not "used to effectively treat", "may effectively"); an outcome promised
    with a span of time ("see visible results in 14 days", "lose 10 kg in a month", "tinnitus gone after one session";
    not "my pain was gone in a week", a customer's past, nor "aim to lose 2 kg in a month"); a benefit with another
    remedy's harm spared ("focus without the jitters", "sleep without the grogginess"); safety for everyone or a worry
    dismissed ("gentle enough for anyone", "there is nothing to worry about" said of a treatment); a farewell to a
    complaint ("say goodbye to back pain"); and benefit statements, also
    as lines that open with the verb ("Supports healthy circulation" as a list item or heading).
    On any page, mild promises by their shape (session 17): efficacy graded as fact ("is very effective in relieving
    tinnitus", "allows for a very high success rate", "can dramatically reduce eye strain"; not "can be very
    effective", "was highly effective in the trial", "significantly"), novelty hype about a treatment or its results
    ("has emerged as a breakthrough solution", "have shown unprecedented results"; not "an unprecedented outbreak",
    "Breakthrough Therapy designation"), safety folded into a promise ("achieve your weight loss goals safely", "can
    safely remove toxins"; not "use your inhaler safely"), each cleared too by a trial's figure or a research finding
    in its sentence; and, in the page's own voice, a progressive outcome ("patients become progressively healthier").
    On any page (session 18): an outcome promised as permanent or perfect ("offers the permanent correction of short
    sight", "permanently reverses hair loss", "clears acne scars permanently", "you will see perfectly", "restores
    perfect hearing"; not "permanent damage", "permanently changes the cornea", "no permanent cure", "permanent results
    are rare"), a cure with its praise ("a 100% natural cure for migraines"), and a treatment said never to have been
    easier ("Managing diabetes has never been easier"; not "Ordering your prescription has never been easier").
    On any page (session 19): results praised as fact ("the capsules show wonderful results for joint pain", "gives
    amazing results on dark spots"; not "showed excellent results in a phase 3 trial", "our students achieve excellent
    results"), a complete or lasting recovery or relief promised ("we assure a complete recovery from sciatica", "the
    programme guarantees a full recovery", "ensures permanent relief from heartburn"; not "can help ensure a full recovery", "most patients make a full recovery",
    "ensures full recovery of your data"), and a cure in scare quotes with a span of time or an end for good ("will
    'cure' your eczema in minutes", "gets rid of bloating in 3 days for good"; not "the \"miracle cure\" was a scam");
    in the page's own voice, a cure in scare quotes without the time ("this oil will 'cure' your headaches") and a
    complaint ended on a clock ("clears psoriasis in a week", "stops snoring in one night"; not "most cold sores heal
    within 10 days", nor a medicine's onset: "antibiotics clear the infection within a week").
    A word written in look-alike letters of another script ("Chіrорrасtіс", Cyrillic і, о, р, а, с: a word that mixes
    Latin letters with Cyrillic or Greek look-alikes, `_lookalike.py`) is read as the Latin word it shows, and a claim
    found through it says so: the disguise of spun and scraped copies.
    On any page, a heading's promise: a kind of remedy that ends a disease ("5 Foods That Cure Arthritis", "3 Ways That
    End Migraines"; not "Exercises that ease back pain" nor "habits that stop the spread of flu"). The word classes of
    these shapes (a span of time, a complaint, a spared harm) are named once in the data (`word_classes`).

    The shapes of a mild promise are read in each language with a table (`data/claims_languages.toml`,
    `_claim_shapes.py`), among them an effect felt from the first night, day or use ("Efekt zauważysz już pierwszej
    nocy", "notarás la diferencia desde la primera noche"), and in Japanese, Chinese, Thai, Korean and Arabic, told by
    the script of the page's opening: a cure, proof or a guarantee, efficacy as the product's effect or set above a
    medicine's, a denial of harm ("血糖値を下げる効果のある", "副作用は一切ありません", "ไม่แพ้ยา", "无副作用").

    On a page in Spanish, Portuguese, French, Indonesian, Hindi or Greek it also reads that language's own
    families (`data/health_languages.toml`, `_health_language.py`): a cure said as fact ("cura la
    gastritis", "menyembuhkan batuk"), an elimination, a guarantee or a proof, a panacea ("हर रोग में
    असरदार"), safety with efficacy and a denial of side effects ("tanpa efek samping"), each left
    alone when a hedge, a negation or a condition stands in its clause, when it is asked, reported,
    quoted as a phrase or cited.

    Every form is a warning: whether "cures" is merely overstated or dangerous depends on
    the drug and the condition, which only a drug pack knows (the drugs pack's DRG206
    reports known false cure claims as errors); raise the severity in config for a
    stricter site.

    ## Why is this bad?
    No treatment is safe and effective for everyone. Absolute wording removes the
    uncertainty a reader needs to decide, and for a drug used off-label it promises what no
    regulator has reviewed. The FTC treats "clinically proven" and similar establishment
    claims as promises that need competent and reliable scientific evidence.

    ## Example
    ```text
    Low-dose naltrexone offers a safe, effective way to support recovery.
    ```

    ## Use instead
    ```text
    Low-dose naltrexone may help some people in recovery; small trials suggest it is
    generally well tolerated, and larger studies are needed.
    ```

    ## References
    - FTC Health Products Compliance Guidance, 2022 (establishment claims; competent and
      reliable scientific evidence; health benefit claims in advertising).
    - FDA, "Structure/Function Claims" and 21 CFR 101.93 (what a supplement may say it
      "supports", with substantiation and the DSHEA disclaimer).
    - HealthNewsReview.org review criteria (red-flag words: cure, miracle, breakthrough).
    - FDA Consumer Update, "6 Tip-offs to Rip-offs: Don't Fall for Health Fraud Scams"
      (conspiracy theories: the industry said to hide a miracle cure; "secret ingredient").
    - DISCERN question 8, areas of uncertainty (Charnock et al. 1999); QUEST tone item
      (Robillard et al., BMC Med Inform Decis Mak 2018;18:87).
    - German: Heilmittelwerbegesetz (HWG) § 3, which calls misleading any advertising
      that promises certain success or no harmful effects.
    """
    doc = _lookalike.folded(doc)  # words disguised in look-alike letters, read as the Latin words they show
    for hit in _absolute_claims(doc, options):
        disguise = _lookalike.shown_as(doc, hit.at)
        if disguise is not None:
            hit = dataclasses.replace(hit, message=f"{hit.message}, written in look-alike letters of another script "
                                                   f"('{disguise}': a disguise of spun and scraped copies)")
        yield hit


def _absolute_claims(doc, options):
    """LM701's findings on the document (`absolute_claim`)."""
    groups, hedges = _load(tuple(options.extra_phrases), tuple(options.extra_hedges))
    prefilter = not options.extra_phrases  # user patterns may hold any word
    triggers = None
    if prefilter:
        # only the groups whose first words the article holds (set operations on its distinct words)
        words = _words_held(doc)
        groups = [(tuple(need for need, first in needs if first in words), patterns, context, plain, voice)
                  for needs, first_words, patterns, context, plain, voice in groups
                  if not first_words.isdisjoint(words)]
        triggers = _shortest(tuple(dict.fromkeys(need for needs, _, _, _, _ in groups for need in needs)))
        # each group's triggers (every need is one or holds one): a sentence is tested once against
        # the article's triggers, and only the groups with one of those it holds read their needs
        shortest = frozenset(triggers)
        # a need's triggers: itself, or plainly `(t for t in triggers if t in need)`, the needs it holds
        # (`_held_by`, listed once) among the triggers, as every trigger is a need
        groups = [(needs, patterns, context, plain, voice, frozenset(
                       trigger for need in needs
                       for trigger in ((need,) if need in shortest else _held_by(need) & shortest)))
                  for needs, patterns, context, plain, voice in groups]
        by_trigger: dict | None = {trigger: [] for trigger in triggers}  # a trigger: the indices of its groups
        for index, group in enumerate(groups):
            for trigger in group[5]:
                by_trigger[trigger].append(index)
    else:
        groups = [(needs and tuple(need for need, _ in needs), patterns, context, plain, voice, None)
                  for needs, _, patterns, context, plain, voice in groups]
        by_trigger = None
    found = evidence(doc) if groups else None
    flagged: set[int] = set()

    def weighs() -> bool:  # a concession weighs on a page that does not promote (the page's kind: asked only then)
        return not _promotes(doc)

    sentences = (_sentences_holding(doc, found, triggers, words_only=True) if triggers is not None
                 else ((sentence, None) for sentence in _sentences(doc, found, None))) if groups else ()
    for sentence, held in sentences:
        text = sentence.text
        if text.rstrip().rstrip("\"'”’)").endswith("?"):
            continue
        lowered = text.lower()
        # plainly: the groups whose needs the sentence holds, `[group for group in groups if needs is None or (not
        # keys.isdisjoint(held) and any(map(lowered.__contains__, needs)))]`; the groups holding one of the sentence's
        # triggers are looked up (`by_trigger`), in their order, not each of the article's groups tested
        candidates = groups if by_trigger is None else \
            [groups[index] for index in sorted({index for trigger in held for index in by_trigger[trigger]})]
        claims = [(plain, m, voice) for needs, patterns, context, plain, voice, keys in candidates
                  if needs is None or any(map(lowered.__contains__, needs))
                  for m in _regex(patterns).finditer(text)
                  if context is None or _applies(context, text)]  # of the sentence, asked of a match only: few are
        if not claims:
            continue
        reported, observed, denied = _word_list("reported"), _word_list("observed"), _negated_evidence()
        speech = _indirect_speech()
        # a word of reporting outside the claim ("products that claim to cure"); inside it, it is part
        # of the claim ("the alleged risks have been exaggerated"). The first claim of the sentence is
        # reported, a specific pattern's before a plain construction's ("safe and effective", not
        # "the supplement is safe"). Indirect speech (`_told`) reports a claim; a quotation does not.
        plain, match, voice = min(((plain, m, voice) for plain, m, voice in claims
                     if not reported.search(text, 0, m.start()) and not reported.search(text, m.end())
                     and not _hedged(text, m.start(), m.end(), hedges, plain, weighs)
                     and not denied.search(text, 0, m.start()) and not _told(speech, text, m)
                     and not _scare_quoted(text, m.start(), m.end())
                     and not (_clause_words().denies_harm.search(m.group()) and _observed(observed, text, m))
                     and (not voice or _own_voice(doc, sentence, voice))),  # the page's kind last: a pass over the page
                    key=lambda pm: (pm[0], pm[1].start()), default=(None, None, None))
        if match is None:
            continue
        if found.sentence_has_source(sentence):
            continue
        flagged.add(id(sentence))
        voiced = f" in the page's own promotion ({page_kind(doc).explain(most=3)})" if voice else ""
        yield Hit(sentence, f"Absolute claim '{match.group().strip()}' stated as fact{voiced}",
                      span=(match.start(), match.end()),
                      suggestion=_SUGGESTION)
    for sentence, match in _benefit_claims(doc):
        if id(sentence) in flagged:
            continue
        flagged.add(id(sentence))
        yield Hit(sentence, f"Benefit claim '{match.group().strip()}' stated as fact in the page's own promotion "
                            f"({page_kind(doc).explain(most=3)})", span=match.span(), suggestion=_BENEFIT_SUGGESTION)
    for sentence, match in _health_language.claims(doc, frozenset(flagged)):
        flagged.add(id(sentence))
        yield Hit(sentence, f"Absolute claim '{_health_language.shown(sentence.text, match)}' stated as fact "
                            f"(in {language_name(language(doc))})", span=match.span(), suggestion=_SUGGESTION)
    for sentence, match, code in _claim_shapes.claims(doc, frozenset(flagged)):
        flagged.add(id(sentence))
        yield Hit(sentence, f"Absolute claim '{_claim_shapes.shown(code, sentence.text, match)}' stated as fact "
                            f"(in {_claim_shapes.name(code)})", span=match.span(), suggestion=_SUGGESTION)
    for question, answer, match in _answered_promises(doc):
        if id(answer) not in flagged and not evidence(doc).sentence_has_source(answer):
            asked = question.text.strip()
            asked = asked if len(asked) <= 70 else "..." + asked[-67:]
            yield Hit(answer, f"Absolute claim: '{match.group().strip()}' answers '{asked}' as fact",
                      span=match.span(), suggestion=_SUGGESTION)


_BENEFIT_SUGGESTION = ("hedge it (\"may help some people\"), cite the study that shows it, or remove it: an "
                       "unqualified health benefit in a seller's own voice is a promise")
_SUGGESTION = "say what the evidence shows and for whom (\"may help some people\"), with a source"


def _answered_promises(doc):
    """(question, answer, match of the answer) where a question about a promise ("Can it cure
    my reflux?", an FAQ heading "Is it safe every day?") is answered by an unqualified yes in
    the next sentence: the claim is made by the answer."""
    if _clause_words().answer_words.isdisjoint(distinct_words(doc)[0]) or not _answer_after_question().search(doc.body_text):
        return
    answers, promises, hedges = _answer_pattern(), _word_list("question_promises"), _word_list("answer_hedges")
    previous = None
    for block in doc.blocks:
        for sentence in block.sentences:
            text = sentence.text
            if previous is not None and (match := answers.match(text)) and not hedges.search(text) \
                    and previous.text.rstrip().rstrip("\"'”’)").endswith("?") and promises.search(previous.text):
                yield previous, sentence, match
            previous = sentence


@functools.lru_cache(maxsize=None)
def _answer_pattern() -> re.Pattern:
    return re.compile(load("claims_absolute")["answers"], re.I)


@functools.lru_cache(maxsize=None)
def _answer_after_question() -> re.Pattern:
    """A question mark with an answer's first words after it: one search of the article tells
    whether any sentence can be an answer (a loose test; `_answer_pattern` decides)."""
    opening = load("claims_absolute")["answers"].lstrip("^")
    return re.compile(r"\?[\s\"'“”‘’)]*" + opening, re.I)


# --- Benefit statements in a seller's own voice -------------------------------------------------

class _BenefitLexicon(NamedTuple):
    """The lists of `data/claims_benefit.toml`, compiled."""

    verb: re.Pattern  # a benefit verb in the present tense, with "helps (to)" and an adverb before it
    kinds: dict  # each form of a verb: "raises", "lowers" or "cleans"
    base: frozenset  # the verbs' base forms
    good: re.Pattern  # an outcome a verb that raises is a benefit on
    bad: re.Pattern  # an outcome a verb that lowers is a benefit on
    gap: int  # words that may stand between the verb and its outcome
    not_subjects: frozenset
    hedges: frozenset  # LM701's hedges and the benefit statements' own, without "can"
    attributions: frozenset
    harms: re.Pattern  # an outcome that a verb raising it makes a harm ("increases the risk of")
    object_end: re.Pattern  # where the verb's object ends
    result: re.Pattern  # a clause of result (", resulting in greater endurance")
    result_openers: tuple
    by_how_much: re.Pattern  # a measured effect after the verb ("by about a third")
    lab: re.Pattern  # a lab result
    modals: frozenset
    before_base_form: frozenset  # a plural subject or a modal before a base form ("they support", "can reduce")
    capability_nouns: frozenset  # "ability", "power", "capacity" (before "to" and the verb)
    established: frozenset
    noun_before: frozenset
    subordinate: frozenset
    clean_objects: re.Pattern  # what a verb of cleaning cleans, just after it ("the", "colon")


@functools.lru_cache(maxsize=None)
def _benefit_lexicon() -> _BenefitLexicon:
    data = load("claims_benefit")

    def forms(verb: str) -> list[str]:
        head, _, rest = verb.partition(" ")
        rest = " " + rest if rest else ""
        third = head[:-1] + "ies" if head.endswith("y") and head[-2] not in "aeiou" else \
            head + "es" if head.endswith(("sh", "ch", "x", "s")) else head + "s"
        return [third + rest, head + rest]

    verbs = {form: kind for kind in ("raises", "lowers", "cleans") for verb in data[kind] for form in forms(verb)}
    base = frozenset(verb for kind in ("raises", "lowers", "cleans") for verb in data[kind])
    verb_forms = "|".join(sorted(map(re.escape, verbs), key=len, reverse=True)).replace(r"\ ", r"\s+")
    adverb = r"(?:(?:" + "|".join(data["adverbs"]) + r")\s+)?"
    verb = re.compile(r"(?<![\w-])(?:(?P<help>helps?)\s+(?:to\s+)?)?" + adverb + r"(?P<verb>" + verb_forms + r")(?![\w-])",
                      re.I)

    def outcomes(words) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")(?![\w])",
                          re.I)

    # "can" states a capability as fact ("it can reduce inflammation"); "can help" hedges (`help` below)
    hedges = (frozenset(load("claims_absolute")["hedges"]) | frozenset(data["hedges"])) - {"can"}
    result = re.compile(r"(?<![\w-])(?:" + "|".join(data["result_openers"]) + r")\s+(?:(?:"
                        + "|".join(data["result_degrees"]) + r")\s+)?(?:" + "|".join(data["result_comparatives"])
                        + r")(?![\w-])", re.I)
    return _BenefitLexicon(
        verb=verb, kinds=verbs, base=base, good=outcomes(data["good"]), bad=outcomes(data["bad"]),
        gap=int(data["max_gap_words"]), not_subjects=frozenset(data["not_subjects"]), hedges=hedges,
        attributions=frozenset(data["attributions"]), harms=outcomes(data["harms"]),
        object_end=re.compile(r"[;:.!?—–()]|\s-\s|\s(?:" + "|".join(data["object_ends"]) + r")\s", re.I),
        result=result, result_openers=tuple(data["result_openers"]),
        by_how_much=re.compile(r"\b(?:" + "|".join(data["by_how_much"]) + r")\b", re.I),
        lab=re.compile(r"\b(?:" + "|".join(data["lab"]) + r")\b", re.I),
        modals=frozenset(data["modals"]), before_base_form=frozenset(data["before_base_form"]),
        capability_nouns=frozenset(data["capability_nouns"]), established=frozenset(data["established"]),
        noun_before=frozenset(data["noun_before"]), subordinate=frozenset(data["subordinate"]),
        clean_objects=re.compile(r"\s*(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in data["clean_objects"])
                                 + r")(?![\w-])", re.I))


def benefit_statements(text: str, line: bool = False):
    """The unhedged present-tense benefit statements of a sentence: matches of a benefit verb
    ("supports", "helps reduce", "boosts") whose object, within a few words of the same clause,
    is an outcome of the right direction ("boosts energy", "reduces inflammation"), whose subject
    is not the reader, a harm or research (`not_subjects`), and that no hedge or negation in the
    clause before it qualifies. A `line` (a heading, a list item, a one-line paragraph) may open
    with the verb, its subject the product the page is about ("Boosts energy", "Helps repair
    joints"), in the third person: a base form there is advice ("Reduce stress")."""
    lexicon = _benefit_lexicon()
    good, gap, hedges, established = lexicon.good, lexicon.gap, lexicon.hedges, lexicon.established
    for match in lexicon.result.finditer(text):
        # a clause of result takes its subject from the sentence ("..., resulting in greater endurance")
        if good.search(" ".join(WORD.findall(text[match.end():match.end() + 120])[:gap + 2])):
            yield match
    for match in lexicon.verb.finditer(text):
        verb = " ".join(match.group("verb").lower().split())
        kind = lexicon.kinds.get(verb)
        if kind is None:
            continue  # matched through a case-insensitive letter that lowercases to another ("İ", "ſ")
        words = _words(_clause_before(text[:match.start()])[1])
        if not words:
            if line and match.start() == len(text) - len(text.lstrip()) and (match.group("help") or verb not in lexicon.base):
                words = [""]  # the page's product as the line's subject
            else:
                continue  # no subject in the clause: a list of verbs after a comma is found through the first
        capability = len(words) > 1 and words[-1] == "to" and words[-2] in lexicon.capability_nouns
        after_plural_or_modal = words[-1] in lexicon.before_base_form or (
            words[-1].endswith("s") and len(words[-1]) > 3 and not words[-1].endswith(("ss", "us", "is")))
        if verb in lexicon.base and not match.group("help") and not capability and not after_plural_or_modal:
            continue  # a base form is a statement after a plural subject ("mushrooms support"), "can", "will" or
            # a capability stated as fact ("its ability to repair cells")
        if _hedge_word(words[-_HEDGE_WINDOW:], hedges) or words[0] in ("if", "when", "whether"):
            continue
        if match.group("help") and words[-1] == "can":
            continue  # "can help reduce"
        if capability and _hedge_word(_words(text[match.end():]), hedges):
            continue  # the capability's own verb comes after it: "its ability to repair collagen is unproven"
        # the subject: the clause's first words and the word before the verb (or its "can"); research
        # proving it makes the claim stronger, not reported ("studies have proven that it boosts")
        subject = words[:3] + [w for w in words[-2:] if w not in lexicon.modals][-1:]
        if not established.intersection(words) and (lexicon.not_subjects.intersection(subject)
                                                    or lexicon.attributions.intersection(words)):
            continue
        after = text[match.end():match.end() + 120]
        end = lexicon.object_end.search(after)
        window = " ".join(WORD.findall(after[:end.start()] if end else after)[:gap + 2])
        if kind == "raises" and lexicon.harms.search(window):
            continue  # "increases the risk of"
        if kind == "cleans":
            # an object it cleans: without one, "cleanses" is the noun ("these cleanses for anyone")
            if lexicon.clean_objects.match(after) or good.search(window) or lexicon.bad.search(window):
                yield match
        elif (good if kind == "raises" else lexicon.bad).search(window):
            yield match


@functools.lru_cache(maxsize=None)
def _benefit_verbs() -> frozenset:
    """The first words of the benefit verbs' forms, as bytes (see distinct_words)."""
    lexicon = _benefit_lexicon()
    return frozenset(_FIRST_WORD.match(form).group().encode() for form in lexicon.kinds) \
        | {opener.split()[0].encode() for opener in lexicon.result_openers}  # a clause of result


@functools.lru_cache(maxsize=None)
def _medicines() -> re.Pattern:
    # a word, not a compound's first part: "antibiotic-resistant bacteria" speak of no medicine
    return re.compile(r"\b(?:" + "|".join(load("claims_benefit")["medicines"]) + r")(?![\w-])", re.I)


def _own_voice(doc, sentence, voice) -> bool:
    """Whether a `voice` group's claim is the page's own promotion: the page promotes (`_promotes`); for a group
    whose `voice` is "unless a medicine", its sentence also names no medicine (`_medicines`) and no drug of LM911's
    lexicon used as its label says (`_past_the_label`), whose evidence is its label's: "flu vaccination has been shown
    to reduce the severity of illness" on a health department's page, "naloxone reverses an opioid overdose within
    minutes" (the sentence, not the paragraph: "the caffeine drug in coffee" two sentences on names no medicine of the
    claim's). Other voice groups compare a product with a medicine ("fewer side effects than statins")."""
    if voice == _UNLESS_MEDICINE and (_medicines().search(sentence.text) or (
            find_drugs(sentence.text) and not _past_the_label(doc, sentence))):
        return False
    return _promotes(doc)


_UNLESS_MEDICINE = "unless a medicine"


_LINE_WORDS = 12


def _is_line(sentence) -> bool:
    """Whether the sentence is a line of its own: a heading, a list item or a one-sentence paragraph of at
    most `_LINE_WORDS` words, where a page lists what its product does ("Boosts energy")."""
    block = sentence.block
    return len(block.sentences) == 1 and (block.kind == "heading" or len(WORD.findall(block.text)) <= _LINE_WORDS)


@per_document
def _promotes(doc) -> bool:
    """Whether the page speaks in its own promoting voice: it may promote what it sells (`_pagekind`:
    a seller's page or one with no cue of a careful voice) and is not about a prescription drug, whose
    actions and safety are its label's (LM911 and the drug packs check its status), unless no label
    speaks for what it says (`_beyond_label`). Nor does a transcript promote (`_transcript`). Once per
    document."""
    return page_kind(doc).may_promote and not _transcript(doc) and (not _topic_drugs(doc) or _beyond_label(doc))


# How far into the page its title or opening line says it is a transcript.
_TRANSCRIPT_OPENING = 600


def _transcript(doc) -> bool:
    """Whether the page opens as the transcript of a video, broadcast or interview ("Video transcript
    for ..."): it records what its speakers said, not the page's own promotion (`transcript_words` of
    data/claims_benefit.toml)."""
    return _transcript_words().search(doc.body_text, 0, _TRANSCRIPT_OPENING) is not None


@functools.lru_cache(maxsize=1)
def _transcript_words() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, load("claims_benefit")["transcript_words"])) + r")\b", re.I)


@per_document
def _topic_drugs(doc) -> list:
    """The prescription drugs the page is mainly about (LM911's reading)."""
    counts = drug_mentions(doc)[0]
    return topic_drugs(doc, counts, 3, 250) if counts else []


@per_document
def _beyond_label(doc) -> bool:
    """Whether a page about a prescription drug speaks for the drug in its own voice, not its label's (for
    `_promotes`): it sells the drug for a use no label covers (`_sold_beyond_label`), or it never gives the
    drug's status (LM911's reading) while presenting it for an off-label use or while the drug has no label
    anywhere (a research compound, a drug still in trials: `unapproved_research_compounds` and
    `incretins_in_development` of data/regulatory_drugs.toml). A page that says nothing of the status of
    a drug used as its label says stays the label's: "metformin lowers blood sugar" there is the drug's
    labelled action, and its benefit statements naming the drug stay left to LM911 (`_benefit_claims`).
    Measured before wiring on all 562 labelled documents (session 8): 1 more overclaim page (set 9, an
    off-label cancer use), 0 negatives; opening every page whose status is unsaid found 3 (sets 8, 8, 9)
    but flagged the labelled action on the project's own careful drug fixtures ("rosuvastatin lowers
    LDL cholesterol")."""
    if _sold_beyond_label(doc):
        return True
    reading = default_reading(doc)
    return bool(reading.missing) and (reading.demand == "off-label" or not _unlabelled().isdisjoint(reading.missing))


@functools.lru_cache(maxsize=1)
def _unlabelled() -> frozenset:
    """Prescription drugs with no label anywhere: research compounds and drugs still in trials."""
    data = load("regulatory_drugs")
    return frozenset(drug for name in ("unapproved_research_compounds", "incretins_in_development") for drug in data["classes"][name])


@per_document
def _sold_beyond_label(doc) -> bool:
    """Whether the page is about a prescription drug it offers for a use beyond medicine (a "smart drug", a
    wellness use) or one not approved here (LM911's reading of the page): no label speaks for that use, so
    what the page says the drug does is its own promotion."""
    about = _topic_drugs(doc)
    return bool(about) and use_demand(doc, about)[0] in ("beyond", "unapproved here")


def _past_the_label(doc, sentence) -> bool:
    """Whether a benefit statement in a paragraph naming a prescription drug speaks past the drug's label, so
    that the page, not the label, makes it: the page sells the drug for a use no label covers
    (`_sold_beyond_label`), or it never gives the drug's status and the sentence names one of the drug's
    off-label uses (`_beyond_label`; "DMSO eases the pain of sprains" on a page that never says DMSO is
    approved only as a bladder instillation). What the drug does for its labelled use ("spironolactone
    lowers blood pressure") stays the label's."""
    return _sold_beyond_label(doc) or (_beyond_label(doc) and names_off_label_use(sentence.text, _topic_drugs(doc)))


def _benefit_claims(doc):
    """(sentence, match) for each unhedged benefit statement of the article's prose, made in its own
    voice: on a page that may promote what it sells (`_pagekind`: a reference page, a news report or a
    forum says the same sentence as information, a report or a member's experience); not reported,
    denied, told, quoted, about a lab result, asked or cited. An article about a prescription drug is
    left alone: what the drug does is its label's, and LM911 checks its status; unless the page sells
    it for a use no label covers or never gives its status (`_beyond_label`): there its effects are the
    page's promotion.

    The cheap tests first: the article's words against the verbs, then the sentences holding one;
    the page's kind and the drugs it names only once a sentence holds a statement."""
    verbs = _benefit_verbs().intersection(distinct_words(doc)[0])
    if not verbs:
        return
    found = evidence(doc)
    reported, denied, speech = _word_list("reported"), _negated_evidence(), _indirect_speech()
    lexicon, lists = _benefit_lexicon(), _clause_words()
    not_subjects, hedges, attributions = lexicon.not_subjects, lexicon.hedges, lexicon.attributions
    triggers = tuple(sorted(verb.decode() for verb in verbs))
    for sentence, _ in _sentences_holding(doc, found, triggers):
        text = sentence.text
        if text.rstrip().rstrip("\"'”’)").endswith("?") or lexicon.lab.search(text):
            continue
        heading = sentence.block.kind == "heading"
        for match in benefit_statements(text, line=_is_line(sentence)):
            if heading and text[:match.start()].strip():
                continue  # a headline's statement with its subject is news style ("Tea Helps Reduce Stress, Study Finds")
            before_words = [w.lower() for w in WORD.findall(text[:match.start()])]
            clause = WORD.findall(text[:match.start()].rsplit(",", 1)[-1].lower())
            if before_words and (before_words[-1] in lexicon.noun_before and before_words[-2:-1] != ["ability"]
                                 or before_words[0] in lexicon.subordinate) or clause[:1] == ["which"]:
                continue  # "other supports for", "to help support", "After antibiotics kill ...", "fibre, which lowers"
            if not lexicon.established.intersection(before_words) and (
                    attributions.intersection(before_words) or not_subjects.intersection(before_words[:2])) \
                    or hedges.intersection(before_words) or any(w.endswith("ing") for w in before_words[:3]):
                continue  # reported ("according to users, it stops"), hedged earlier, or an activity ("walking")
            if lists.most_people.search(text) or lists.qualified_after.match(text[match.end():match.end() + 120]) \
                    or lexicon.by_how_much.search(text, match.end()):
                continue  # "for most people", "by about a third", "a little"
            if (find_drugs(sentence.block.text) and not _past_the_label(doc, sentence)) or _medicines().search(sentence.block.text):
                break  # a prescription drug's labelled action ("it lowers blood sugar"): LM911 and the packs check it
            if (match.start() and text[match.start() - 1] in _QUOTES) or reported.search(text) \
                    or denied.search(text, 0, match.start()) or _told(speech, text, match):
                continue
            if found.sentence_has_source(sentence):
                break
            if not _promotes(doc):
                return
            yield sentence, match
            break
