"""Claims: absolute promises of efficacy or safety stated as fact."""

from __future__ import annotations

import re

from lint_med import Hit, Option, rule

from ._data import load
from ._evidence import candidate_sentences, evidence, present_words, spaces

_compiled: dict = {}
_WORD = re.compile(r"[\w'’-]+")
_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s-\s")
# Qualifications after the claim: "safe and effective for most people", "when used as directed".
_QUALIFIED_AFTER = re.compile(
    r"^[\s,]*(?:\w+\s+){0,3}?(?:for|in) (?:most|many|some|certain|selected)\b"
    r"|^[\s,]*(?:\w+\s+){0,3}?(?:when|if) (?:used|taken|prescribed|given)\b"
    r"|^[\s,]*(?:\w+\s+){0,2}?at (?:the )?(?:recommended|approved|usual|prescribed) doses?\b",
    re.I,
)
_HEDGE_WINDOW = 6  # words of the same clause looked at before the claim
# A claim about most people, not all ("Most people have no side effects from one dose").
_MOST_PEOPLE = re.compile(r"\b(?:most|many)\s+(?:\w+\s+)?(?:people|patients|users|adults|children|women|men|"
                          r"participants)\b", re.I)
# A denial of side effects or risk stays absolute under a condition of use: "no side effects
# when taken at the right dose" is as false as without it.
_DENIES_HARM = re.compile(r"side[- ]effect|adverse|risk", re.I)


def _load(extra_phrases: tuple[str, ...], extra_hedges: tuple[str, ...]):
    key = (extra_phrases, extra_hedges)
    if key not in _compiled:
        data = load("claims_absolute")
        phrases = [spaces(x) for x in list(data["phrases"]) + list(extra_phrases)]
        claim = re.compile(r"(?<![\w-])(?:" + "|".join(phrases) + r")(?![\w-])", re.I)
        hedges = frozenset(w.lower() for w in list(data["hedges"]) + list(extra_hedges))
        reported = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in data["reported"]) + r")(?![\w-])", re.I)
        _compiled[key] = (claim, hedges, reported)
    return _compiled[key]


# Every built-in claim pattern contains one of these words: sentences without any are skipped with
# plain substring tests, far cheaper than the claim regex.
_TRIGGER_WORDS = (
    "safe", "effective", "side effect", "side-effect", "proven", "guarant", "miracle", "cure", "everyone",
    "everybody", "anyone", "all patients", "all people", "every patient", "every person", "risk-free",
    "risk free", "harmless", "noticeable", "significant", "dramatic", "lasting", "visible", "major", "huge",
    "amazing", "rapid", "immediate", "remarkable", "life-changing", "danger", "works", "no risk",
)


def _hedged(text: str, start: int, end: int, hedges: frozenset) -> bool:
    """Whether a hedge or negation qualifies the claim at text[start:end]."""
    before = text[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    words = [w.lower().replace("’", "'") for w in _WORD.findall(clause)][-_HEDGE_WINDOW:]
    if any(w in hedges or w.endswith("n't") for w in words) or _MOST_PEOPLE.search(clause):
        return True
    if _DENIES_HARM.search(text, start, end):
        return False
    return bool(_QUALIFIED_AFTER.match(text[end:end + 80]))


def _inside_quotes(text: str, start: int) -> bool:
    before = text[:start]
    return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1


@rule("LM701", "absolute-claim", category="claims", severity="warning",
      options={"extra_phrases": Option([], "more absolute-claim patterns (regular expressions)"),
               "extra_hedges": Option([], "more words that hedge or negate a claim")})
def absolute_claim(doc, options):
    """Flag an absolute promise of efficacy or safety stated as fact.

    ## What it does
    Finds promises that a treatment is safe, effective or certain to work: "offers a safe,
    effective way", "usually leads to noticeable health benefits", "cures", "guaranteed",
    "no side effects", "clinically proven", "100% safe", "miracle cure", "works for
    everyone". A claim is left alone when it is hedged or negated in its clause ("may offer",
    "is not proven to", "no treatment is guaranteed", "won't work for everyone"), said of
    most people rather than all ("most people have no side effects"), qualified
    after it ("safe for most people", "when used as directed"; but a denial of side effects
    or risk is absolute whatever the condition: "no side effects when taken correctly"),
    quoted or reported as
    someone else's claim ("products that claim to cure", "beware of miracle cures"), asked
    as a question, or cited in the same sentence (a marker that resolves, a link or a named
    source).

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
      reliable scientific evidence).
    - HealthNewsReview.org review criteria (red-flag words: cure, miracle, breakthrough).
    - DISCERN question 8, areas of uncertainty (Charnock et al. 1999); QUEST tone item
      (Robillard et al., BMC Med Inform Decis Mak 2018;18:87).
    """
    claim, hedges, reported = _load(tuple(options.extra_phrases), tuple(options.extra_hedges))
    found = evidence(doc)
    prefilter = not options.extra_phrases  # user patterns may hold words outside the trigger list
    triggers = present_words(doc, _TRIGGER_WORDS) if prefilter else None  # only the article's ones
    if prefilter and not triggers:
        return
    for sentence in candidate_sentences(doc, found, triggers):
        text = sentence.text
        if text.rstrip().endswith("?"):
            continue
        match = claim.search(text)
        if match is None or reported.search(text):
            continue
        if _hedged(text, match.start(), match.end(), hedges) or _inside_quotes(text, match.start()):
            continue
        if found.sentence_has_source(sentence):
            continue
        yield Hit(sentence, f"Absolute claim '{match.group().strip()}' stated as fact",
                      span=(match.start(), match.end()),
                      suggestion="say what the evidence shows and for whom (\"may help some people\"), with a source")
