"""Statistics: numbers about people, outcomes and effects that come with no source."""

from __future__ import annotations

import functools
import re

from lint_med import Hit, Option, per_document, rule

from . import _speech
from ._data import load
from ._language import language
from ._evidence import (ANAPHORIC_STUDY, Evidence, ascii_runs, blocks_holding, distinct_words, evidence, heading_cites,
                        lowered_body, lowered_sentences, present_words, spaces)
from .structure import lowercase_search_is_exact


def teaser_line(block) -> bool:
    """Whether the block is a teaser for another story of the site ("MORE: ...", "Read also: ...",
    "Leia também: ..."; offtopic's [teaser] labels): its figures and sources are that story's,
    not the article's (LM501, LM602)."""
    return _teaser_pattern().match(block.text) is not None


@functools.lru_cache(maxsize=1)
def _teaser_pattern() -> re.Pattern:
    from .offtopic import _teaser_label  # imported when first asked: offtopic is a large module
    return _teaser_label()

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_WORD_NUMBER = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|"
                r"eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|a hundred|one hundred)")
_AMOUNT = rf"(?:{_NUM}|{_WORD_NUMBER})"
# "30%", "25per cent", "four percent", "Eighty per cent"
_PCT = _AMOUNT + r"\s?(?:%|percent\b|per cent\b)"
# "a third", "nearly half", "two-thirds", "three quarters"
_FRACTION = (r"(?:half|one[- ]half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|"
             r"three[- ]fourths|a fifth|one[- ]fifth|two[- ]fifths|three[- ]fifths|four[- ]fifths|a tenth|one[- ]tenth)")
# "1/3", "2/5", "1/10" (not a date: "1/3/2024", nor a dose: "1/2 tablet" has no "of" after it)
_DIGIT_FRACTION = r"(?<![\w/.,])[1-9]/(?:[2-9]|10)(?![\w/.,])"
_FOLD = rf"(?:{_AMOUNT}[- ]?fold|(?:two|three|four|five|six|ten)fold)"
_WORD_NUMBERS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a|every)"
_WORD_DENOMINATORS = (r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                      r"twenty|fifty|a hundred|one hundred|hundred|a thousand|one thousand|thousand|"
                      r"a million|one million|million)")
_APPROX = r"(?:(?:about|around|roughly|approximately|nearly|almost|over|more than|less than|fewer than|up to|as many as|as much as|at least|only|just|some|an estimated|estimated)\s+)?"
_TIME_UNITS = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|doses?|mg|ml|mcg|g|kg)"
_EFFECT_SIZE = rf"(?:{_PCT}|{_FOLD}|{_NUM}\s+times|half|a third|a quarter|two[- ]thirds|three[- ]quarters)"
_MULTIPLY = r"(?:doubl|tripl|quadrupl|halv)(?:es|ed|ing|e)"
_RATE_NOUNS = r"(?:rates?|prevalence|incidence|mortality|risk|odds|chances?|likelihood|bioavailability|absorption)"
# what doubles: a rate, or a count of events ("hospital visits have doubled")
_COUNT_NOUNS = (r"(?:rates?|prevalence|incidence|mortality|risk|odds|chances?|likelihood|cases|deaths|visits|admissions|"
                r"infections|hospitali[sz]ations|prescriptions|diagnoses|overdoses|births)")

# What a measured level is given in: a percentage, a concentration ("200 ng/mL", "5.6 mmol/L"), a
# blood pressure ("mmHg"); not a dose ("from 10 mg to 5 mg")
_LEVEL_UNITS = r"(?:%|percent\b|per cent\b|(?:ng|pg|mg|µg|mcg|nmol|mmol|pmol|IU|mIU|U|g)/(?:mL|dL|L|ml|dl|l)\b|mm ?Hg\b)"
# A stem of a gain or loss, one of which every "body" match holds (body_changes, and "loss",
# "reduction", ... after the measure)
_BODY_CHANGES = ("los", "shed", "gain", "burn", "reduction", "decline", "decrease", "drop")
# What every "change" match holds: "from", a number and the start of a unit (a literal first: cheap)
_FROM_LEVEL = re.compile(r"from\s+(?:~\s?|[a-z]+\s+){0,2}\d[\d.,]*\s?(?:%|per|[a-zµ]+/|mm)")
_ABOUT = r"(?:~\s?|(?:about|around|roughly|approximately|nearly|under|over|just under|just over)\s+)?"
# "15-25%", "18 to 29 percent", "4.5%"
_PCT_RANGE = rf"{_NUM}(?:\s?(?:-|–|to)\s?{_NUM})?\s?(?:%|percent\b|per cent\b)"

_DOSE_UNITS = r"(?:mg|mcg|µg|g|ml|mL|IU|units?|tablets?|capsules?|pills?|drops?|doses?|puffs?|injections?)"
_compiled: dict = {}
# "four percent", "Eighty per cent": a percentage in words (a letter just before "percent")
_WORD_PERCENT = re.compile(r"[a-z][\s-]?per\s?cent")
_PCT_DIGITS = _NUM + r"\s?(?:%|percent\b|per cent\b)"


_PLAIN_NOUN = re.compile(r"[A-Za-z' -]+")  # a population noun that matches itself as a regex


class _Patterns(list):
    """(kind, pattern) pairs, then ("verbs", frequency verbs). Percentages are in digits (far
    cheaper to search); ``worded()``: the kinds whose percentages may be in words ("four
    percent"), compiled when a text first needs them. ``prevalence_before``/``_after``: the
    verb a plain count needs beside it."""

    worded_sources: dict
    commerce: re.Pattern
    commerce_people: frozenset
    makeup: re.Pattern
    population_words: frozenset
    unit_words: re.Pattern
    instruction: re.Pattern
    prevalence_before: re.Pattern
    prevalence_after: re.Pattern
    population_keys: frozenset | None
    toll_links: tuple[str, ...]  # the words that tie a harm to its cause (lowercase): what every "toll" match holds
    harm_nouns: tuple[str, ...]  # the harms a toll counts (lowercase), one of which every "toll" match holds
    toll_keys: tuple[frozenset, frozenset]  # a word (bytes) of each harm, one of each link: all runs of a toll
    loose_effect: tuple[re.Pattern, re.Pattern]  # (a percent or fold, a multiple: "times")
    body_words: tuple[str, ...]  # a word of each body measure, one of which every "body" match holds

    @functools.cached_property
    def worded_patterns(self) -> dict:
        return {kind: re.compile(p, re.I) for kind, p in self.worded_sources.items()}

    unbracketed_share_sources: tuple[str, str]

    @functools.cached_property
    def unbracketed_shares(self) -> tuple[re.Pattern, re.Pattern]:
        """The "share" pattern without its bracketed form ("(about 80%)"), with percentages in
        digits and in words: what the whole pattern finds in a text with no such bracket."""
        return tuple(re.compile(p, re.I) for p in self.unbracketed_share_sources)


# How many harms a toll counts: "19", "1,200", "nineteen", "two million", "a dozen", "dozens of"
_TOLL_COUNT = (rf"(?<![\w.,:])(?:(?:a|two|three|several|a few)\s+dozen|(?:dozens|scores|hundreds|thousands|tens of thousands|millions)\s+of"
               rf"|(?:{_NUM}|{_WORD_NUMBER})(?:\s?(?:to|-|–)\s?(?:{_NUM}|{_WORD_NUMBER}))?"
               rf"(?:\s+(?:million|billion|thousand|hundred))?)")


def _toll(data) -> str:
    """A count of harms tied to a cause (data/statistics_patterns.toml, harm_nouns and the words that
    link them): "has been associated with at least 19 deaths", "linked to twelve hospitalisations",
    "has caused dozens of poisonings", "40 poisonings have been tied to the tea"."""
    def alternation(key: str) -> str:
        return "|".join(sorted((spaces(w) for w in data[key]), key=len, reverse=True))
    harms, before, after, causes = (alternation(key) for key in
                                    ("harm_nouns", "harm_links_before", "harm_links_after", "harm_causes"))
    between = r"(?:(?!of\b)[\w'’-]+\s+){0,2}?"  # "19 reported deaths", not "one of the deaths"
    counted = rf"{_APPROX}{_TOLL_COUNT}\s+{between}(?:{harms})\b"
    return (rf"\b(?:{before})\s+{counted}"
            rf"|\b(?:has|have)\s+(?:(?:now|already|so far|reportedly)\s+)?(?:{causes})\s+{counted}"
            rf"|{_TOLL_COUNT}\s+{between}(?:{harms})\s+(?:[\w'’-]+\s+){{0,5}}?(?:{after})\b")


def _patterns(extra_population: tuple[str, ...], extra_outcomes: tuple[str, ...]) -> _Patterns:
    key = (extra_population, extra_outcomes)
    if key in _compiled:
        return _compiled[key]
    data = load("statistics_patterns")
    population = "|".join(sorted(list(data["population_nouns"]) + list(extra_population), key=len, reverse=True))
    outcomes = "|".join(sorted(list(data["outcome_words"]) + list(extra_outcomes), key=len, reverse=True))
    effect_verbs = "|".join(data["effect_verbs"])
    frequency_verbs = "|".join(sorted(data["frequency_verbs"], key=len, reverse=True))
    # a record counts hundreds at least: "20,000 injections", "1.5 million doses" (not "3 sessions")
    record_count = r"(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s+(?:hundred|thousand|million))"
    treatments = "|".join(sorted(data["record_treatments"], key=len, reverse=True))
    harms = "|".join(sorted((spaces(v) for v in data["record_harms"]), key=len, reverse=True))
    event_verbs = "|".join(sorted((spaces(v) for v in data["event_verbs"]), key=len, reverse=True))
    prevalence = "|".join(sorted((spaces(v) for v in data["prevalence_verbs"]), key=len, reverse=True))
    times = "|".join(sorted((spaces(t) for t in data["rate_times"]), key=len, reverse=True))
    # up to three words between a figure and whom it is of: "of U.S. adults", "of 242 million U.S. adults"
    adjectives = r"(?:[\w.'’-]+\s+){0,3}?"
    count = rf"(?:{_NUM}(?:\s?(?:to|-|–)\s?{_NUM})?(?:\s+(?:million|billion|thousand))?\+?)"  # "400+": at least 400
    share_verbs = "|".join(sorted((spaces(v) for v in data["share_verbs"]), key=len, reverse=True))
    units = "|".join(sorted((spaces(v) for v in data["product_units"]), key=len, reverse=True))
    causatives = "|".join(sorted(data["causative_verbs"], key=len, reverse=True))
    body_measures = "|".join(sorted((spaces(v) for v in data["body_measures"]), key=len, reverse=True))
    body_changes = "|".join(sorted(data["body_changes"], key=len, reverse=True))

    def share(pct: str, bracketed: bool = True) -> str:
        # "30% of adults", "0% to 50% of users", "a third of patients", "nearly half of all women"
        counted = (rf"(?:(?<![\w.])(?:{pct}(?:\s?(?:to|-|–|and)\s?{pct})?|{_FRACTION})|{_DIGIT_FRACTION})\s+of\s+(?:all\s+)?{adjectives}(?:{population})\b"
                   # "1/3 of every online search", "half of each prescription": a share of a count of events
                   # (not the make-up of a product: "half of each capsule is filler")
                   rf"|(?:(?<![\w.])(?:{pct}|{_FRACTION})|{_DIGIT_FRACTION})\s+of\s+(?:every\s+|each\s+(?!(?:{units})\b))[\w'’-]+(?:\s+[\w'’-]+)?"
                   # "up to 30 percent are expected to benefit", "about 10% develop a rash"
                   rf"|(?<![\w.]){pct}\s+(?:of\s+(?:them|those|these)\s+)?(?:{share_verbs})\b"
                   # "works up to 70% of the time": how often something happens, as "in 70% of cases"
                   rf"|(?<![\w.]){pct}\s+of\s+the\s+time\b")
        # "Most people (about 80%) recover": the share put in brackets after whom it is of (its
        # bracket is _BRACKETED_PERCENT)
        return counted + rf"|\b(?:{population})\s*\(\s*{_APPROX}{pct}\s*\)" if bracketed else counted

    def with_percent(pct: str) -> dict:
        effect_size = _EFFECT_SIZE.replace(_PCT, pct)
        return {
            "share": share(pct),
            # "reduces pain by 30%", "cut the risk by half"
            "effect": rf"\b(?:{effect_verbs})\s+(?:[\w'’-]+\s+){{0,6}}?by\s+{_APPROX}{effect_size}",
            # "a 30% reduction", "40% more likely", "a 2-fold higher risk", "a 40 percent higher death rate"
            "size": rf"(?<![\w.])(?:{pct}|{_FOLD})[\s-]+(?:{outcomes})\b"
                    # "makes lashes on average 25% longer", "leaves skin 30% firmer": what a product
                    # does to its users, measured (a comparative after the figure)
                    rf"|\b(?:{causatives})\s+(?:[\w'’-]+\s+){{1,3}}?{_APPROX}{pct}\s+(?:[a-z]{{2,}}er|more|less)\b"
                    # "the body absorbs only about 20% of it": how much of a dose is taken up
                    rf"|\b(?:absorbs?|absorbed|absorbing)\s+{_APPROX}{_APPROX}{pct}",
            # "lost up to 22% of their body weight", "fell from 8.1% to 7.2%", "losing about 1% of muscle mass each year", "a 20%
            # body weight reduction": a share of the body gained or lost (body_measures)
            "body": rf"\b(?:{body_changes})\s+(?:[\w'’-]+\s+){{0,3}}?{_APPROX}{pct}\s+(?:of\s+(?:[\w'’-]+\s+)?)?(?:{body_measures})\b"
                    rf"|(?<![\w.]){pct}\s+(?:of\s+(?:[\w'’-]+\s+)?)?(?:{body_measures})\s+(?:loss|reduction|decline|decrease|drop|gain)\b",
            # "the survival rate is only four percent", "a prevalence of 12%"
            "rate": rf"\b{_RATE_NOUNS}\s+(?:[\w'’-]+\s+){{0,5}}?(?:is|was|are|were|of|at|stands at|reached|rose to|fell to|dropped to|climbed to|about|around|near)\s+{_APPROX}{pct}",
        }

    digits = with_percent(_PCT_DIGITS)
    patterns = [
        ("share", digits["share"]),
        # "1 in 5 adults", "one in four women", "1 out of 10"
        # not a rating: "4.8 out of 5", "rated 9 out of 10", "4 out of 5 stars"
        ("ratio", rf"(?<![\d.,])(?<!rated )(?<!rating )(?<!score )(?<!scored )\b(?:\d{{1,3}}|{_WORD_NUMBERS})\s+(?:in|out of)\s+(?:every\s+)?(?:\d{{1,3}}(?:,\d{{3}})*|{_WORD_DENOMINATORS})\b(?!\s*(?:{_TIME_UNITS}|stars?)\b)(?!\s*[-–])(?!\s+(?:{units})\b)"),
        ("effect", digits["effect"]),
        ("size", digits["size"]),
        ("rate", digits["rate"]),
        ("body", digits["body"]),
        # "levels drop from ~200 ng/mL at age 20 to ~80 ng/mL", "HbA1c fell from 8.1% to 7.2%": a
        # change measured between two values of a percentage or a concentration
        ("change", rf"\b(?:{effect_verbs})\s+(?:[\w'’-]+\s+){{0,4}}?from\s+{_ABOUT}{_NUM}\s?{_LEVEL_UNITS}(?:\s+[\w'’-]+){{0,3}}?"
                   rf"\s+to\s+{_ABOUT}{_NUM}\s?{_LEVEL_UNITS}"),
        # "25 men are treated for every life saved", "for every 1,000 women screened"
        ("every", rf"(?<![\w.,]){count}\s+{adjectives}(?:{population})\b[^.;]{{0,80}}?\bfor every\b"
                  rf"|\b(?:for|out of|in) every\s+{count}\s+{adjectives}(?:{population})\b"),
        ("times", rf"\b(?:twice|three times|four times|five times|ten times|{_NUM}\s+times)\s+(?:as likely|more likely|less likely|the risk|as many|as common|higher|lower|more common)\b"),
        # "pauses can occur up to 400 times per night", "attacks happen 5 to 10 times a day": how often an
        # event happens in a period, with a verb of occurring before it (event_verbs; not a dose or an
        # instruction, "take it 3 times a day", whose verb is the reader's act)
        ("events", rf"\b(?:{event_verbs})\s+(?:[\w'’-]+\s+){{0,2}}?{_APPROX}{count}\s+times\s+(?:a|an|per|each|every)\s+"
                   rf"(?:second|minute|hour|night|day|week|month|year)\b"),
        # "rates doubled", "doubles the risk"
        # "the number of teens treated for overdoses has more than doubled", "use of vapes has tripled"
        ("multiply", rf"\b{_MULTIPLY}\s+(?:[\w'’-]+\s+){{0,2}}?{_RATE_NOUNS}\b|\b{_COUNT_NOUNS}\s+(?:[\w'’-]+\s+){{0,3}}?(?:has\s+|have\s+|nearly\s+|almost\s+|more than\s+)*{_MULTIPLY}\b"
                     rf"|\b(?:number|share|proportion|percentage|use|sales) of\s+(?:[\w'’-]+\s+){{1,10}}?(?:has\s+|have\s+|nearly\s+|almost\s+|more than\s+)*(?:doubl|tripl|quadrupl|halv)ed\b"
                     # "Childhood obesity has tripled since the 1970s": whatever has multiplied over a span
                     # of time is a rate (not "My energy has doubled since ...": see _FIRST_PERSON)
                     rf"|\b(?:has|have)\s+(?:nearly\s+|almost\s+|more than\s+)?(?:doubl|tripl|quadrupl|halv)ed\s+"
                     rf"(?:since|over the (?:past|last)|in the (?:past|last)|between|from)\b"),
        # "more than 20,000 injections with no reported adverse reactions", "No complications in over 5,000
        # procedures": a count of treatments given as its safety record (record_treatments, record_harms)
        ("record", rf"(?<![\w.,]){_APPROX}{record_count}\s+(?:[\w'’-]+\s+){{0,2}}?(?:{treatments})\b[^.;:]{{0,60}}?"
                   rf"\b(?:no|zero|without(?:\s+a\s+single|\s+any)?|not\s+a\s+single)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{harms})\b"
                   rf"|\b(?:no|zero|not\s+a\s+single)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{harms})\b[^.;:]{{0,60}}?"
                   rf"\b(?:in|across|after|among|from|over)\s+{_APPROX}{record_count}\s+(?:[\w'’-]+\s+){{0,2}}?(?:{treatments})\b"),
        # "2 million Americans live with", "four million surgeries", "a quarter of a million children";
        # not "millions of people": a magnitude with no figure is a manner of speaking, not a statistic
        ("count", rf"\b(?:{_AMOUNT}|{_FRACTION}(?:\s+of)?(?:\s+a)?)\s?(?:million|billion)\+?\s+(?:of\s+)?{adjectives}(?:{population})\b"),
        # "We spend an average of 10 hours a day staring at screens", "an average weight loss of 1 to 2 lbs a
        # day", "On average, adults sleep 6.8 hours a night": an average per day, week or year (not a dose,
        # "an average of 5 mg a day"; not a need, "the average adult needs 8 hours a night")
        ("average", rf"\b(?:an|on|the)\s+average\b,?(?:\s+[\w'’-]+){{0,4}}?\s+(?:of\s+)?{_APPROX}{_AMOUNT}"
                    rf"(?:\s?(?:-|–|to)\s?{_AMOUNT})?\s+(?!{_DOSE_UNITS}\b)(?:[\w%'’-]+\s+){{1,3}}?"
                    rf"(?:a|per|each|every)\s+(?:day|night|week|month|year)\b"),
        # "around two thousand people are visiting Turkey ... each day", "500 Americans die of it every day":
        # a count of people, in digits or words, in a period (not a trial's doses: `_per_period`)
        ("per_period", rf"(?<![\w.,$£€]){_APPROX}(?:{count}|{_WORD_NUMBER}\s+(?:hundred|thousand|million|billion))\s+"
                       rf"{adjectives}(?:{population})\b([^.;:,]{{0,90}}?)\b(?:each|every|per|a)\s+(?:day|week|month)\b"),
        # "affects some 2,000 men and women", "6,000 to 8,000 Americans die": a plain count of people,
        # with a verb of prevalence before or after it (prevalence_before/_after)
        ("toll", _toll(data)),
        ("prevalence", rf"(?<![\w.,]){count}\s+{adjectives}(?:{population})\b"),
        ("other_language", "|".join(data["other_language_patterns"])),
    ]
    compiled = _Patterns((kind, re.compile(p, re.I)) for kind, p in patterns)
    nouns = list(data["population_nouns"]) + list(extra_population)
    compiled.append(("verbs", re.compile(rf"\b(?:{frequency_verbs})\b", re.I)))
    compiled.worded_sources = with_percent(_PCT)
    compiled.unbracketed_share_sources = (share(_PCT_DIGITS, bracketed=False), share(_PCT, bracketed=False))
    compiled.toll_links = tuple(dict.fromkeys(
        spaced.lower() for key in ("harm_links_before", "harm_links_after", "harm_causes") for spaced in data[key]))
    compiled.harm_nouns = tuple(noun.lower() for noun in data["harm_nouns"])
    # a word of each harm (its last) and of each link (its first), one of each in every toll
    compiled.toll_keys = (frozenset(noun.split()[-1].encode() for noun in compiled.harm_nouns),
                          frozenset(link.split()[0].encode() for link in compiled.toll_links))
    compiled.prevalence_before = re.compile(rf"\b(?:{prevalence})\s+{_APPROX}(?:an estimated\s+)?$", re.I)
    compiled.commerce = re.compile(r"[$€£]|\b(?:" + "|".join(sorted((spaces(w) for w in data["commerce_words"]), key=len, reverse=True)) + r")\b", re.I)
    compiled.commerce_people = frozenset(data["commerce_people"])
    compiled.makeup = re.compile(r"\b(?:" + "|".join(sorted(data["makeup_verbs"], key=len, reverse=True))
                                 + r")\s+(?:all\s+|up to\s+|over\s+|about\s+|nearly\s+)?$", re.I)
    compiled.population_words = frozenset(w for noun in nouns for w in noun.lower().split())
    compiled.body_words = tuple(sorted({measure.split()[-1].lower() for measure in data["body_measures"]}))
    compiled.unit_words = re.compile(rf"\b(?:each|every|the|this|its|our|a)\s+(?:{units})\b", re.I)
    verbs = set(data["effect_verbs"])
    base_forms = {v for v in verbs if v + "s" in verbs or v + "es" in verbs}  # "reduce" (reduces), not "rose"
    compiled.instruction = re.compile(r"[\s\-–—•*·]*(?:(?:first|then|next|also|simply|just|gradually|slowly|try to|aim to)\s+)?(?:"
                                      + "|".join(sorted(base_forms | set(data["instruction_verbs"]), key=len, reverse=True))
                                      + r")\b(?!\s+(?:of|in)\b)", re.I)  # not a noun: "Use of vapes rose by 40%"
    comparatives = "|".join(sorted(data["loose_effect_comparatives"], key=len, reverse=True))
    own_line = "|".join(data["loose_effect_own_line"])
    # not a comparison with the product's own earlier model
    not_own_line = rf"(?!(?:\s+[\w'’-]+){{0,4}}?\s+than\s+(?:the|our|its|their)\s+(?:{own_line})\b)"
    # two patterns, each searched only in a sentence that holds its word (a percent sign or word,
    # "fold"; "times"): one pattern with both searched slower than the two
    compiled.loose_effect = (
        re.compile(rf"(?:\bby\s+{_APPROX}{_PCT_RANGE}|(?<![\w.])(?:{_PCT_RANGE}|{_NUM}[- ]?fold)\s+(?:{comparatives})\b)"
                   + not_own_line, re.I),
        re.compile(rf"(?<![\w.])(?:{_NUM}|two|three|four|five|ten)\s+times\s+(?:as|{comparatives})\b" + not_own_line, re.I))
    compiled.prevalence_after = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,5}}?(?:{prevalence}|{times})\b", re.I)
    # Each population noun stands in a "prevalence" match after a space and before a word
    # boundary, so each of its runs of [a-z0-9] (in lowercase) is a run of the text: its
    # longest is the noun's key. None when a noun is a regex (a user's) or has no such run.
    keys = [max(ascii_runs(noun.lower()), key=len, default=None) for noun in nouns]
    compiled.population_keys = frozenset(keys) \
        if nouns and None not in keys and all(_PLAIN_NOUN.fullmatch(noun) for noun in nouns) else None
    _compiled[key] = compiled
    return compiled


# Every statistic pattern needs a digit or one of these words; most sentences have neither and
# are skipped with plain substring tests (much cheaper than a regex search).
_DIGIT = re.compile(r"[0-9]")
# A share of any plural noun ("70% of migraines"), a statistic when a vague attribution offers it.
_ANY_SHARE = re.compile(rf"(?<![\w.]){_PCT_DIGITS}\s+of\s+(?:all\s+)?(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*[a-z]s\b")
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_RATIO_WORDS = tuple(f"{word} {link}" for word in _NUMBER_WORDS for link in ("in ", "out of"))
_SCALE_WORDS = ("million", "billion", "thousand", "hundred", "twice", "times", "half", "third", "quarter",
                "fifth", "tenth", "percent", "per cent", "fold", "doubl", "tripl", "halv", "average")
_TRIGGER_WORDS = _SCALE_WORDS + _RATIO_WORDS


def _present_triggers(doc) -> tuple:
    """The trigger words the article holds: plainly `present_words(doc, _TRIGGER_WORDS)`.

    The twenty ratio words ("one in ", "ten out of") are found from the places of their links
    (" in ", " out of") in one pass each, with a look at the word before: twenty searches of the
    whole text cost LM501 about 20 ms on the 130 test pages, the two passes a third of that. Every
    place of "one in " is a place of " in " that "one" ends before, and each place of a link is
    visited (the search goes on from the next character)."""
    text = lowered_body(doc)
    ratios = set()
    for link in (" in ", " out of"):
        at = text.find(link)
        while at != -1:
            if text.endswith(_NUMBER_WORDS, 0, at):
                ratios.update(word + link for word in _NUMBER_WORDS if text.endswith(word, 0, at))
            at = text.find(link, at + 1)
    others = present_words(doc, _SCALE_WORDS)
    return others + tuple(word for word in _RATIO_WORDS if word in ratios)


def _for_page(patterns: _Patterns, triggers: tuple, words: set) -> _Patterns:
    """The patterns without the kinds whose words the page lacks: an average ("average") and a count in a
    period ("day", "week", "month" among its words); a kind skipped for the whole page costs no test per
    sentence."""
    absent = frozenset(kind for kind, present in (("average", "average" in triggers),
                                                  ("per_period", not words.isdisjoint(_PERIOD_WORDS)))
                       if not present)
    if not absent:
        return patterns
    cache = patterns.__dict__.setdefault("_for_page", {})
    if absent not in cache:
        kept = _Patterns(pair for pair in patterns if pair[0] not in absent)
        kept.__dict__.update({key: value for key, value in patterns.__dict__.items() if key != "_for_page"})
        cache[absent] = kept
    return cache[absent]


def _tolls(doc, patterns: _Patterns) -> tuple:
    """The words that tie a harm to its cause ("linked to") the article holds, when it holds a
    harm ("deaths"): none, and no sentence is searched for a toll, on most pages."""
    words = distinct_words(doc)[0]  # a set: a test of the keys costs no search of the text
    if any(words.isdisjoint(keys) for keys in patterns.toll_keys):
        return ()
    return present_words(doc, tuple(link for link in patterns.toll_links if link.split()[0].encode() in words))


_PERCENT_SIGNS = ("%", "percent", "per cent")
_FRACTIONS = ("half", "third", "quarter", "fourth", "fifth", "tenth")
# What each pattern needs in the lowercase text ("" for a digit).
_NEEDS = {
    "share": _PERCENT_SIGNS + _FRACTIONS,
    "ratio": (" in ", " out of "),
    "effect": (" by ",),
    "size": _PERCENT_SIGNS + ("fold",),
    "rate": _PERCENT_SIGNS,
    "body": _PERCENT_SIGNS,
    "change": (" from ",),
    "times": ("twice", "times"),
    "events": (" times ",),
    "record": ("adverse", "side effect", "side-effect", "complication", "reaction", "infection", "problem"),
    "every": ("for every", "of every", "in every"),
    "multiply": ("doubl", "tripl", "quadrupl", "halv"),
    "count": ("million", "billion"),
    "average": ("average",),
    "per_period": ("",),  # tested in find_statistic: _PERIODS and a count
    "prevalence": ("",),
    # "of (the)" in French, Spanish, Portuguese, German and Italian
    "other_language": (" de ", " des ", " da ", " dos ", " das ", " der ", " aller ", " dei ", " degli ", " delle ",
                       " della ", " tempo", " tiempo", " temps"),
}
_PERIODS = tuple(f"{every} {period}" for every in ("a", "each", "every", "per") for period in ("day", "week", "month"))
_SCALES = ("hundred", "thousand", "million", "billion")
_PERIOD_WORDS = frozenset((b"day", b"week", b"month"))
_FRACTION_OF = re.compile(r"[1-9]/(?:[2-9]|10) of ")
# What every "ratio" match holds (in the lowercase text): a digit or a number word, then " in "
# or " out of ". _has_ratio_hint is its fast form.
_RATIO_HINT = re.compile(r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten) (?:in|out of) ")
_RATIO_LINKS = (" in ", " out of ")


def _has_ratio_hint(lowered: str) -> bool:
    """Whether _RATIO_HINT matches ``lowered``: the text is searched for the links (" in ",
    " out of"), rarer than the digits and number words the pattern tries at every character;
    str.isdecimal() is the regex's \\d (Unicode category Nd)."""
    for link in _RATIO_LINKS:
        at = lowered.find(link)
        while at != -1:
            if at > 0 and (lowered[at - 1].isdecimal() or lowered.endswith(_NUMBER_WORDS, 0, at)):
                return True
            at = lowered.find(link, at + 1)
    return False


# The bracket every match of the "share" pattern's bracketed form ends in ("Most people (about
# 80%) recover"), in digits or in words.
_BRACKETED_PERCENT = re.compile(rf"\(\s*{_APPROX}{_PCT}\s*\)", re.I)
# The digit and whitespace every "prevalence" match holds: its count ends with a number and
# whitespace follows it ("6,000 to 8,000 Americans", "2 million people", "400+ patients"). Most sentences with a
# digit have none ("in 2019,", "20%"), and the test is far cheaper than the pattern. "400+ children":
# at least 400, a count too.
_DIGIT_SPACE = re.compile(r"\d\+?\s")
# The end of every "effect" match: "by" and an amount. Far cheaper than the effect pattern,
# which tries its sixty verbs at every word of the sentence.
_EFFECT_AMOUNT = re.compile(rf"by\s+{_APPROX}{_EFFECT_SIZE}", re.I)


def find_statistic(text: str, patterns, triggers: tuple = _TRIGGER_WORDS,
                   lowered: str | None = None, tolls: tuple | None = None) -> tuple[str, re.Match] | None:
    """The first statistic in a sentence and its kind ("share", "effect", ...), or None.

    ``triggers``: the trigger words to test for (those the article holds, when known);
    ``lowered``: the text in lowercase, when the caller has it; ``tolls``: the words that tie a
    harm to its cause the article holds (`_tolls`; all of them when None).
    """
    if tolls is None:
        tolls = patterns.toll_links
    if lowered is None:
        lowered = text.lower()
    has_digit = _DIGIT.search(text) is not None
    if not has_digit and not any(map(lowered.__contains__, triggers)) and \
            not any(map(lowered.__contains__, tolls)):  # no digit, no trigger word
        return None
    verbs = patterns[-1][1]
    lowered = lowered.replace("\u00a0", " ")
    # percentages in words are rare: the patterns for digits are searched unless the text has one
    worded = patterns.worded_patterns if "per" in lowered and _WORD_PERCENT.search(lowered) else {}
    for kind, pattern in patterns[:-1]:
        pattern = worded.get(kind, pattern)
        # Each pattern needs some word or sign; test for it before running the regex
        # (map, not a generator: this runs for every kind of every sentence with a digit).
        if kind == "toll":
            if not any(map(lowered.__contains__, tolls)) or \
                    not any(map(lowered.__contains__, patterns.harm_nouns)):
                continue
        elif kind == "per_period":
            # a period ("each day") and a count: digits before a space, or a number word of scale
            if not any(map(lowered.__contains__, _PERIODS)) or \
                    not (has_digit and _DIGIT_SPACE.search(text) or any(map(lowered.__contains__, _SCALES))):
                continue
        elif kind == "prevalence":
            if not has_digit or not _DIGIT_SPACE.search(text):
                continue
            # and a population noun's key among the text's runs, when its lowercase folds as
            # the case-insensitive pattern does (far cheaper than the pattern)
            keys = patterns.population_keys
            if keys is not None and lowercase_search_is_exact(text) and keys.isdisjoint(ascii_runs(lowered)):
                continue
        elif not any(map(lowered.__contains__, _NEEDS[kind])) and \
                not (kind == "share" and "/" in lowered and _FRACTION_OF.search(lowered)):
            continue  # a share in digits ("1/3 of") is looked for only where one stands: "/" is common in URLs
        if kind == "ratio" and not _has_ratio_hint(lowered):
            continue
        if kind == "effect" and not _EFFECT_AMOUNT.search(text):
            continue
        if kind == "body" and not (any(map(lowered.__contains__, _BODY_CHANGES))
                                   and any(map(lowered.__contains__, patterns.body_words))):
            continue
        if kind == "change" and (" to " not in lowered or not _FROM_LEVEL.search(lowered)):
            continue
        if kind == "share" and not _BRACKETED_PERCENT.search(text):
            # the share's bracketed form cannot match; it tries its population nouns at every word,
            # two thirds of the whole pattern's cost, and the rest finds the same first match
            pattern = patterns.unbracketed_shares[bool(worded)]
        match = pattern.search(text)
        if match is None:
            continue
        if kind == "count" and not verbs.search(text) and "estimate" not in lowered and not _THERE_ARE.search(lowered):
            continue  # "thousands of people gathered": a count, not a frequency claim
        if kind == "prevalence":
            match = _prevalence(text, pattern, patterns)
            if match is None:
                continue
        if kind == "per_period" and not _per_period(match):
            continue
        if _about_trade(kind, match, text, patterns):
            continue
        return kind, match
    return None


# Kinds whose figure measures whatever stands beside it (an effect, a size, a rate, a doubling),
# and kinds that count people.
_MEASURES = frozenset({"effect", "size", "rate", "multiply", "times", "body", "change", "average"})
_COUNTS = frozenset({"count", "prevalence", "per_period", "events"})


# "There are 37 million diabetic Americans": a count of people stated as existing is a prevalence.
_THERE_ARE = re.compile(r"\bthere(?:\s+are|\s+were|’re|'re)\b")
# The word right after a figure: whom or what it counts.
_NEXT_WORD = re.compile(r"\s+(?:[\w'’-]+\s+)??([\w'’-]+)")
_NEED = re.compile(r"\b(?:needs?|should|recommend(?:s|ed)?|aim|target|goal)\b", re.I)
# A writer's own doubling ("My energy has doubled since ...", "our sales have tripled"): not a rate.
_FIRST_PERSON = re.compile(r"\b(?:my|our|i|we)\b", re.I)
# A share of the writer's own people ("30% of my patients", "half of my clients"); not a business's
# "our customers", whose figures are a claim about its product.
_WRITERS_OWN = re.compile(r"\bof\s+my\s+[\w'’-]+")
_WRITER = re.compile(r"\b(?:my|I)\b")  # the writer alone ("I", "my"), not a business's "we"


def _about_trade(kind: str, match: re.Match, text: str, patterns: _Patterns) -> bool:
    """Whether a figure is not a statistic about people: an instruction ("Cut your salt by a
    third"), or a measure of a price or a business, not of people's health: "prices dropped by
    25%", "a 20% saving", "sales of our bars have doubled" (a word of price or trade within a few
    words of it), "2 million customers have used our app" (a count of the seller's trade)."""
    if kind in _COUNTS:
        return match.group().rstrip().rsplit(None, 1)[-1].lower() in patterns.commerce_people
    if kind == "average" and _NEED.search(text):
        return True  # "The average adult needs 8 hours of sleep a night": a need, advice
    if kind in ("effect", "ratio", "body", "average", "events") and patterns.instruction.match(text):
        return True  # "Cut your screen time by 50%", "Mix 1 in 10 with water": an instruction
    if kind == "ratio" and patterns.makeup.search(text, max(0, match.start() - 40), match.start()):
        # "The powder provides 8 out of 9 essential amino acids": what a product holds, not people
        following = _NEXT_WORD.match(text, match.end())
        return following is None or following.group(1).lower() not in patterns.population_words
    if kind == "size" and patterns.unit_words.search(text, max(0, match.start() - 40), match.end()):
        return True  # "makes each capsule 20% smaller": a product's own size
    if kind == "multiply" and _FIRST_PERSON.search(text, max(0, match.start() - 60), match.start()):
        return True
    if kind == "share" and match.group().endswith("time") and \
            (_WRITER.search(text, 0, match.start()) or patterns.instruction.match(text)):
        return True  # "I take my pills 50% of the time", "Run the pump 50% of the time": a habit, an instruction
    if kind in _MEASURES:
        return patterns.commerce.search(text, max(0, match.start() - 40), match.end() + 30) is not None
    return False


def _loose_effect(sentence, lowered: str, percent: bool, patterns: _Patterns, found) -> re.Match | None:
    """On a page that names no source anywhere, an effect figure in any wording: "lowers LDL by
    15-25%", "oxygen reaches 400% deeper", "warms three times as deep" (not a price or a product's
    own size), unless its paragraph reports a study it points to ("The study found ... up to 39%
    more"). Measured before wiring: on the 484 labelled pages such figures stand on 6
    unsourced-statistic positives the patterns miss (news, sets 4, 6, 7, 7, 8) and 2 negatives (a
    news report of a study, a page naming its journal in the sentence)."""
    text = sentence.text
    share, multiple = patterns.loose_effect
    # a substring test before each pattern (``percent``: the sentence holds a percent sign or word)
    match = share.search(text) if percent or "fold" in lowered else None
    if match is None and "times" in lowered:
        match = multiple.search(text)
    if match is None or _about_trade("effect", match, text, patterns) or \
            _about_trade("size", match, text, patterns) or ANAPHORIC_STUDY.search(sentence.block.text) or \
            not found.names_no_source:
        return None
    return match


# What a count of people in a period is not: a trial's or a patient's doses ("300 patients took two pills
# a day"), a past event ("200 people were treated each day of the festival").
_NOT_A_RATE = re.compile(rf"\b(?:{_DOSE_UNITS}|took|were|was|had|received|got|given|enrolled|assigned|randomi[sz]ed|"
                         rf"[a-z]+ed)\b", re.I)


def _per_period(match: re.Match) -> bool:
    """Whether a count of people in a period is a rate: what they do stands between ("are visiting", "die
    of"; not "The clinic sees 40 patients a day", the size of a practice), in no past tense, with no dose."""
    between = match.group(1)
    return bool(between.strip()) and _NOT_A_RATE.search(between) is None


def _prevalence(text: str, pattern: re.Pattern, patterns: _Patterns) -> re.Match | None:
    """A plain count of people with a verb of prevalence before or after it."""
    for match in pattern.finditer(text):
        if patterns.prevalence_before.search(text, max(0, match.start() - 60), match.start()) or \
                patterns.prevalence_after.match(text, match.end()):
            return match
    return None


@rule("LM501", "unsourced-statistic", category="statistics", severity="warning",
      options={"extra_population_nouns": Option([], "more words for groups of people (\"30% of <noun>\")"),
               "extra_outcome_words": Option([], "more outcome words (\"a 30% <word>\")"),
               "extra_sources": Option([], "more names that count as a source (regular expressions)"),
               "extra_publishers": Option([], "more publishers whose own figures are sourced by them "
                                              "(names as the page's publisher metadata gives them)")})
def unsourced_statistic(doc, options):
    """Flag a statistic about people, outcomes or effects that has no source nearby.

    ## What it does
    Finds quantitative claims about how many people are affected, how often something
    happens or how large an effect is ("affecting 0% to 50% of users", "one in five adults",
    "a third of patients", "1/3 of adults", "1/3 of every online search", "nearly half", "3 out of 4", "affects 10 million Americans",
    "works up to 70% of the time" (how often, as "in 70% of cases"; also "10% do tempo", "70 % del tiempo"; not the
    writer's own habit, "I forget my dose 50% of the time", nor an instruction; a share of the
    writer's own people, "30% of my patients", is the writer's count, not a business's "our customers"),
    "one of the 9 million adults struggling with gout", "visits have risen by 40 percent",
    "rates doubled", "a threefold rise", "reduced the risk by 30 percent", "the survival rate
    is only four percent", "makes lashes 25% longer", "lost up to 22% of their body weight", "has now killed at least 640 people",
    in French "17 millions de personnes", a share of people in German, Spanish, Portuguese or
    Italian, "2 % aller Frauen", "11 por ciento de los hombres"; sourced by a name in their own
    language, "según el Ministerio de Sanidad", "laut dem Robert Koch-Institut"; in any language with a
    table in data/statistics_languages.toml, a share (in digits or spelt in the table's number words,
    "Nueve por ciento de todos los hombres"), ratio, "every second" or fraction of people,
    "Jeder zweite Mann", "10 में से 6 लोगों", "yüzde 80", "5人に1人", sourced by its own words of
    attribution, "TÜİK'e göre", "według GUS"; an average per period, "an average of 10 hours a day";
    a count of people in a period, "two thousand people are visiting ... each day"; a count written
    "N+" is "at least N", "300+ children die of malaria each day") and flags them when neither the sentence nor the one before or
    after carries a source: a citation marker (`[3]`, superscripts, `(Smith 2020)`), a link,
    a named organisation or journal, a study identified by its year ("a 2019 Cochrane review
    found"), or a named person giving the figure ("said Dr. Ortiz").

    A vague source is no source: a figure whose own sentence rests on "experts say", "one
    small study found", "a recent survey" or "it is estimated" is reported whatever the
    sentences beside it cite, unless a citation follows the attribution, the sentence carries
    a marker (even one LM601 reports as dangling), a named source opens its clause ("According
    to the poison control center, a study found ..." in an article that named the center), or
    the figure stands in a named expert's
    quotation ("“Research suggests one in 20 ...,” says Professor Ortiz"). Under a vague
    attribution a share of anything counted ("there is good evidence that 60% of memory
    lapses ...") is a statistic, whatever noun it counts.

    News and press releases name the study they report once (its lead author, journal,
    meeting or institution) and then give its results over several paragraphs: a result
    (words of a study such as "participants" or "compared with", or the past tense near the
    figure) is sourced by that naming anywhere in the article. A background fact stated in
    the present tense ("Insomnia affects 10 percent of adults") is not sourced by a
    neighbour that speaks of the study or is a quotation, unless that neighbour attributes
    its paragraph ("..., the researchers said"). Consumer sites named as the source
    ("according to healthline") do not count.

    The source may also stand in the lead of the paragraph (its first sentence, when it names
    a source and gives no figure of its own), in the line that opens a list with a colon
    ("According to the 2024 report:"), or in a heading that cites ("Key facts (WHO, 2023)").

    A line that is another story's headline after a teaser label ("MORE: More than 1 in 3
    Americans ...", "Read also:", "Leia também:") is that story's, not the article's: not read.

    Doses, dates, ages, durations, prices, list numbers and the size of a trial ("in 67
    patients", "300 patients took the drug") are not statistics and are never matched; nor
    figures about a product rather than people (its make-up, "half of each capsule"; its price
    and trade, "prices dropped by 25%", "3 million customers have used our app"; ratings, "4.8
    out of 5"; what it holds, "provides 8 out of 9 amino acids"), figures in an instruction
    ("Cut your sugar by a third"), the ratio that defines a leaflet's frequency band ("Very
    common (more than 1 in 10 people): headache"; `frequency_bands`), and,
    in an article that names the study it reports, a trial's split into arms ("Half of the
    volunteers ... The other half ...").
    Counts in millions need a verb of frequency ("affects", "live with", "die"), plain counts a
    present-tense verb of prevalence beside them. A magnitude with no figure ("millions of
    people", "thousands of Americans", "hundreds of patients") is a manner of speaking, not a
    statistic, and is not reported: there is no number to check. "Two million", "1.5 million"
    and "a quarter of a million" are figures.
    A count of harms tied to a cause is a toll, whatever its tense and whether in digits or
    words: "has been associated with at least 19 deaths", "linked to twelve hospitalisations",
    "blamed for dozens of cases" (here a magnitude is the claim: the harms are counted as
    evidence against the cause), "40 poisonings have been tied to the tea", "has caused 8
    deaths" (the verbs of causing only in the present perfect: "the crash caused 3 injuries"
    is one event). The harms and the linking verbs are `harm_nouns`, `harm_links_before`,
    `harm_links_after` and `harm_causes` in data/statistics_patterns.toml. A figure that carries a
    citation marker ("... antidepressants. 2", "[4]") has been given a source; when the marker
    points nowhere, LM601 reports it. So has the last sentence of a copy cut off mid-sentence by
    the end of the text, in an article that cites by markers (two or more): its marker may stand
    past the cut.

    On a page that names no source anywhere (no reference list, at most one sentence with a
    marker, link, named body or author and year), an effect figure in any wording counts too:
    "lowers LDL by 15-25%", "oxygen reaches 400% deeper", "warms three times as deep" (not a price,
    a product's own size, a comparison with its earlier model, nor a paragraph reporting "the
    study"): such pages state a product's effects as measured and never say who measured them.

    A health agency or statistics office is the source of the figures it publishes: on a page
    whose publisher (the page's metadata: JSON-LD `publisher` or an Organization `author`,
    `og:site_name`, `DC.publisher`, `citation_publisher`, `<meta name="author">`, or `publisher`
    in front matter) is one of the bodies in `data/statistics_publishers.toml` (WHO, CDC, NHS,
    national statistics offices, health ministries, regional health authorities; add more with
    `extra_publishers`), a figure in the publisher's own voice is not reported. A figure in a
    block quote or a quotation, said by someone the sentence names ("..., the company says"),
    or under a heading of readers' comments is still reported, and so is the same text on a
    page published by anyone else, even one that names the WHO. Plain text has no publisher.

    A commonplace in the lead with a figure ("Anxiety affects 40 million adults") is reported
    like any other statistic, at the same severity: such figures are the ones most often
    copied without a source, and a one-line source fixes them. Suppress a deliberate one with a
    `lint-med: disable-next-line LM501` comment.

    ## Why is this bad?
    Numbers persuade. A figure with no source cannot be checked, and unsourced figures in
    health content are often wrong, outdated or invented. HealthNewsReview.org asks that
    benefits and harms be quantified from a named source.

    ## Example
    ```text
    Anxiety is a common condition that affects 40 million adults in the US.
    ```

    ## Use instead
    ```text
    Anxiety disorders affected an estimated 301 million people in 2019, according to the
    World Health Organization.
    ```

    ## References
    - Redi M et al. Citation Needed. WWW 2019 (arXiv 1902.11116): statistics are the first
      reason a sentence needs a citation.
    - HealthNewsReview.org review criteria 2 and 3 (quantified benefits and harms).
    - Moult B et al. EQIP. Health Expect 2004 (quantified risks).
    """
    patterns = _patterns(tuple(options.extra_population_nouns), tuple(options.extra_outcome_words))
    found = evidence(doc, tuple(options.extra_sources))
    triggers = _present_triggers(doc)  # the trigger words this article holds
    tolls = _tolls(doc, patterns)
    patterns = _for_page(patterns, triggers, distinct_words(doc)[0])
    own_figures = None  # whether the publisher produces statistics: asked at the first unsourced figure
    languages = _figure_languages(doc)  # the tables of other languages to read (none on most pages)
    marks = _marks(languages)
    figures = _language_figures(languages) if languages else None
    for block in blocks_holding(doc, triggers + tolls + marks, _DIGIT):  # the blocks find_statistic may take
        if block.kind == "heading" or found.skipped(block) or teaser_line(block):
            continue  # a heading, a reference entry, or another story's headline ("MORE: 1 in 3 ...")
        for sentence, lowered in lowered_sentences(doc, block):
            found_statistic = find_statistic(sentence.text, patterns, triggers, lowered, tolls)
            if found_statistic is None and figures is not None and any(map(lowered.__contains__, marks)) and \
                    (figure := figures.search(sentence.text)) is not None:
                found_statistic = ("other_language", figure)  # "Jeder zweite Mann", "10 में से 6 लोगों"
            vague = None
            if found_statistic is None:
                # "There is ample evidence that 70% of migraines ...": under a vague attribution a
                # share of anything counted is a figure offered as evidence, whatever it counts
                percent = any(map(lowered.__contains__, _PERCENT_SIGNS))
                share = _ANY_SHARE.search(sentence.text) if percent else None
                vague = found.vague_source(sentence) if share else None
                if vague is not None:
                    found_statistic = ("share", share)
                elif (effect := _loose_effect(sentence, lowered, percent, patterns, found)) is not None:
                    found_statistic = ("effect", effect)
                else:
                    continue
            match = found_statistic[1]
            if found_statistic[0] == "ratio" and _frequency_band().search(sentence.text, 0, match.start()):
                continue  # "Very common (more than 1 in 10 people)": a leaflet's band, defined
            shown = match.group().strip()
            vague = vague or found.vague_source(sentence) or _hedged_sources().search(sentence.text)
            if vague is not None:
                # "experts say", "one survey found": the figure's own source is vague, whatever
                # the sentences beside it cite; unless a named expert says it in a quotation
                # ("“Research suggests one in 20 ...,” says Professor Ortiz"): the speaker is the source
                # A marker, even one that points nowhere, is the source the writer gave ("Research
                # indicates that 50% of women ... [1]."): a missing list is LM601's one finding
                if found.supports(sentence, vague.start(), vague.end()) or found.framed_by_source(sentence, vague.start()) or \
                        found.quoted_speaker(sentence, vague.start()) or found.carries_marker(sentence) or \
                        _marked_next(found, sentence, patterns):
                    continue
                yield Hit(sentence, f"Statistic '{shown}' rests on a vague source ('{vague.group().strip()}')",
                          span=(match.start(), match.end()),
                          suggestion="name the study or organisation the figure comes from and cite it")
                continue
            # a figure with words of a study, or in the past tense, is a study's result; background
            # facts ("Insomnia affects 10% of adults") are stated in the present
            text = sentence.text
            result = _study_words().search(text) is not None or \
                _past_tense().search(text, max(0, match.start() - 40), match.end() + 40) is not None
            if found.carries_marker(sentence) or found.near_source(sentence, background=not result) or \
                    found.attributed(sentence) or \
                    found.quoted_speaker(sentence, match.start()) or \
                    result and found.about_named_study(sentence):
                continue
            if _quoted_claim(doc, block):
                continue  # "... discontinue the following claims:" then "“79.2% of patients ...”": claims reported as such
            if (ANAPHORIC_STUDY.search(sentence.text) or _REFERS_TO_RECORDS.search(sentence.text)) and \
                    found.block_has_source(block):
                continue  # "the study", "the above records": a source its paragraph names
            if found_statistic[0] == "other_language" and (_sourced_in_its_language(sentence) or
                                                           languages and _sourced_in_table_language(sentence, languages)):
                continue  # "Según el Ministerio de Sanidad, el 24 % de los adultos fuma."
            if heading_cites(block) or any(_announces(lead, patterns, triggers)
                                           for lead in found.sourced_leads(sentence, background=not result)):
                continue  # the source named once for the figures under it
            if found.names_study and _splits_a_sample(shown, block.text):
                continue  # "Half ... got the drug. Half got a placebo.": the study's design
            if " my " in shown and _WRITERS_OWN.search(shown) and \
                    not len(_QUOTE_MARKS.findall(text, 0, match.start())) % 2:
                continue  # "30% of my patients are adults": the writer's own count (not a quoted speaker's)
            if own_figures is None:
                own_figures = states_own_statistics(doc, tuple(options.extra_publishers))
            if own_figures and _in_publishers_voice(doc, sentence, match.start()):
                continue  # a health agency's own figure on its own page: the publisher is the source
            yield Hit(sentence, f"Statistic '{shown}' has no source in this sentence or the ones beside it",
                      span=(match.start(), match.end()),
                      suggestion="cite where the figure comes from (reference, link or named study), or remove it")


# A figure's sentence pointing back to records or statistics its paragraph names ("More than 75 per cent of the
# patients in the above records", "in these figures", "the same registry"): counted data, not only a study.
_REFERS_TO_RECORDS = re.compile(r"\b(?:the|these|those|this|that|its|their) (?:above |same |official |latest )?"
                                r"(?:records|figures|statistics|stats|numbers|registry|register|database|dataset|"
                                r"data set|census|count|tally)\b", re.I)


_WHOLLY_QUOTED = re.compile(r"^[\s•·*–-]*[\"“].*[\"”][.!]?\s*$", re.S)


@functools.lru_cache(maxsize=None)
def _claim_leads() -> re.Pattern:
    """A line that opens a list of someone's quoted claims (data/statistics_patterns.toml, `claim_leads`)."""
    words = "|".join(spaces(w) for w in load("statistics_patterns")["claim_leads"])
    return re.compile(rf"\b(?:{words})\b[^.!?]*:\s*$", re.I)


def _quoted_claim(doc, block) -> bool:
    """Whether the block is a list item wholly in quotation marks under a line that says whose claims,
    statements or advertising the list quotes ("the advertiser agreed to discontinue the following
    claims:", "The label states:"): the page reports the figures as someone's claims."""
    if block.kind != "list_item" or not _WHOLLY_QUOTED.match(block.text):
        return False
    index = block.index
    while index > 0 and doc.blocks[index - 1].kind == "list_item":
        index -= 1
    return index > 0 and _claim_leads().search(doc.blocks[index - 1].text) is not None


def _marked_next(found, sentence, patterns) -> bool:
    """Whether the sentence after it in its paragraph gives a figure too and carries a citation marker:
    a writer who gives a figure and its comparison ("Studies estimate that about 9% ... will be taking
    GLP-1s. That's more than the 6% in 2023. [1] [2]") puts the markers after the last figure. A marker
    after a sentence with no figure ("Naltrexone works by ... (3) (4).") sources that sentence only."""
    following = [other for other in found.beside(sentence, before=0, after=1) if other.block is sentence.block]
    return bool(following) and (_DIGIT_THEN_PERCENT.search(following[0].text) is not None or
                                find_statistic(following[0].text, patterns) is not None) and \
        found.carries_marker(following[0])


@functools.lru_cache(maxsize=1)
def _frequency_band() -> re.Pattern:
    """A leaflet's frequency band just before a ratio, as its label: the band's word, perhaps
    with "side effects", before a bracket ("Common side effects (may affect up to"),
    or opening the line before a colon or dash ("Uncommon: may affect up to"), then up to four
    words and the ratio (data/statistics_patterns.toml, `frequency_bands`). A band word inside a
    sentence before a colon ("Side effects are common: 1 in 3 users stop") labels nothing."""
    bands = "|".join(sorted((spaces(b) for b in load("statistics_patterns")["frequency_bands"]), key=len, reverse=True))
    label = rf"(?:{bands})(?:\s+(?:side[\s-]effects?|adverse\s+(?:effects|reactions)|effects|reactions))?\s*"
    return re.compile(rf"(?:\b{label}\(|^[\s*•·–-]*{label}[:–—-])\s*(?:[\w-]+\s+){{0,4}}$", re.I)


@functools.lru_cache(maxsize=None)
def _source_in_other_language() -> re.Pattern:
    """A name given as the source in French, Spanish, Portuguese, Italian or German (data/
    statistics_patterns.toml): "selon l'Inserm", "según el Ministerio", "laut dem Robert Koch-Institut",
    "A Pfizer, ..., relata que", or a named body ("La Sociedad Española de ... publicó")."""
    data = load("statistics_patterns")
    according = "|".join(spaces(w) for w in data["other_language_according"])
    articles = "|".join(data["other_language_articles"])
    capital = r"[A-Z\u00c0-\u00dd]"
    not_names = "|".join(data["other_language_not_names"] + [a.capitalize() for a in data["other_language_articles"]])
    reporting = "|".join(data["other_language_reporting"])
    german = "|".join(spaces(w) for w in data["german_according"])
    institutions = "|".join(data["german_institutions"])
    bodies = "|".join(spaces(w) for w in data["other_language_institutions"])
    return re.compile(
        rf"(?<![\w-])(?:{bodies})[\s-]+(?:(?i:de|del|di|da|do|des|du|dei|della|delle|de la)\s+)?(?:(?i:l['’]))?{capital}"
        rf"|(?i:\b(?:{according}))\s+(?:(?i:{articles})\s+|(?i:l['’]))?{capital}"
        rf"|(?<![\w-])(?!(?:{not_names})\b){capital}[\w&.-]+[^.;]{{0,60}}?\s(?i:{reporting})\s+(?i:que|qu['’]|che)\b"
        rf"|(?i:\b(?:{german}))\s+(?:(?i:dem|der|des|den)\s+)?"
        rf"(?:[A-Z\u00c4\u00d6\u00dc]{{2,}}\b|(?:{capital}[\w-]*\s+){{0,2}}[\w-]*(?:{institutions}))")


def _sourced_in_its_language(sentence) -> bool:
    """Whether a figure in another language is given to a name in its sentence or the one before."""
    return _source_in_other_language().search(sentence.block.text, _previous_start(sentence), sentence.end) is not None


def _previous_start(sentence) -> int:
    """Where the sentence before it starts in its block (its own start when it is the first)."""
    before = sentence.block.text[:sentence.start].rstrip()
    return max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind("\n"), before.rfind("। ")) + 1


# A page may be in another language when it is not told to be English, or when its opening holds letters
# of an extended Latin, Greek, Cyrillic, Indic, Thai or East Asian script (a Japanese or Thai text has too
# few space-separated words to be told by its function words).
_OPENING = 4000  # characters: where a page shows its language (as `language` reads it)
_OTHER_SCRIPT = re.compile("[\u0100-\u024f\u0370-\u1fff\u3040-\u9fff\uac00-\ud7af\uff10-\uff19]")


_PLACEHOLDER = re.compile(r"\{(n|num|pct|people|adj)\}")


@functools.lru_cache(maxsize=None)
def _language_tables() -> dict:
    return load("statistics_languages")


@functools.lru_cache(maxsize=None)
def _language_figure(code: str) -> str:
    """The figures of one language's table as one regex (data/statistics_languages.toml)."""
    table = _language_tables()[code]
    spaced = table.get("spaced", True)
    number = r"(?<![\w.,])\d+(?:[.,]\d+)?" if spaced else r"(?<![\d.,])\d+(?:[.,]\d+)?"
    words = "|".join(sorted(table.get("numbers", []), key=len, reverse=True))
    worded = (rf"(?<!\w)(?:{words})(?!\w)" if spaced else f"(?:{words})") if words else None
    # a share in digits or spelt in words ("9 por ciento", "Nueve por ciento")
    amount = "(?:" + "|".join(filter(None, (number, worded))) + ")"
    signs = (rf"(?:{'|'.join(table.get('percent_before', []))})\s?{amount}" if table.get("percent_before") else None,
             rf"{amount}\s?(?:{'|'.join(table.get('percent_after', []))})" if table.get("percent_after") else None)
    ending = r"\w*" if table.get("suffixes") else ""
    people = "|".join(sorted(table["people"], key=len, reverse=True))
    parts = {"n": number, "num": amount,
             "pct": "(?:" + "|".join(filter(None, signs)) + ")", "people": f"(?:{people}){ending}",
             "adj": r"(?:[\w'’-]+\s+){0,2}?"}
    return "|".join("(?:" + _PLACEHOLDER.sub(lambda m: parts[m.group(1)], figure) + ")" for figure in table["figures"])


@functools.lru_cache(maxsize=32)
def _language_figures(codes: tuple) -> re.Pattern:
    return re.compile("|".join(_language_figure(code) for code in codes), re.I)


@per_document
def _figure_languages(doc) -> tuple:
    """The languages of data/statistics_languages.toml whose figures LM501 looks for on this page: none
    on a page told to be English in a plain Latin script (most pages: no cost); else the page's own
    language and those whose common words (`page_words`) its opening holds."""
    told = language(doc)
    if told == "en" and not _OTHER_SCRIPT.search(doc.body_text, 0, _OPENING):
        return ()
    opening = lowered_body(doc)[:_OPENING]
    return tuple(code for code, table in _language_tables().items()
                 if code == told or any(map(opening.__contains__, table["page_words"])))


def _marks(codes: tuple) -> tuple:
    return tuple(dict.fromkeys(mark for code in codes for mark in _language_tables()[code]["marks"]))


@functools.lru_cache(maxsize=32)
def _language_sources(codes: tuple) -> tuple:
    """(before, after) patterns of the tables' words of attribution, with the agent next to them: the
    agent after "according to" words ("selon l'Inserm"), or before postpositions ("TÜİK'e göre")."""
    before, after = [], []
    for code in codes:
        table = _language_tables()[code]
        gap = r"\s+" if table.get("spaced", True) else r"\s*"
        if table.get("according_before"):
            before.append(rf"(?:{'|'.join(table['according_before'])}){gap}")
        if table.get("according_after"):
            after.append("|".join(table["according_after"]))
    # an article or two before the agent: "selon l'Inserm", "según el Ministerio", "volgens het RIVM"
    articles = r"(?:(?:the|la|le|les|el|los|las|l['’]|o|a|il|de|het|der|die|das|dem|des)\s+)?"
    return (re.compile(rf"(?<!\w)(?:{'|'.join(before)}){articles}(\S+)", re.I) if before else None,
            re.compile(rf"(\S+)\s*(?:{'|'.join(after)})", re.I) if after else None)


def _sourced_in_table_language(sentence, codes: tuple) -> bool:
    """Whether a figure is given to an agent in its sentence or the one before, by the attribution
    words of its language: an agent that is no `vague` stem ("laut Experten", "uzmanlara göre" are
    not sources), capitalised in a cased script (a name: "selon l'OMS", "TÜİK'e göre")."""
    text = sentence.block.text[_previous_start(sentence):sentence.end]
    tables = [_language_tables()[code] for code in codes]
    vague = tuple(stem.lower() for table in tables for stem in table.get("vague", []))
    cased = all(table.get("cased", True) for table in tables)
    before, after = _language_sources(codes)
    agents = [match.group(1) for match in before.finditer(text) if not cased or match.group(1)[:1].isupper()] \
        if before is not None else []
    if after is not None:
        agents += [match.group(1)[-16:] for match in after.finditer(text)]  # unspaced scripts: its last characters
    return any(not any(stem in agent.lower() for stem in vague) for agent in agents)


@functools.lru_cache(maxsize=8)
def _statistics_publishers(extra: tuple[str, ...]) -> frozenset:
    data = load("statistics_publishers")
    return frozenset(_folded_name(name) for name in tuple(data["bodies"]) + extra)


def _folded_name(text: str) -> str:
    """A name compared whole: lowercase words, no punctuation, no leading "the" ("U.S." is "u s")."""
    words = re.findall(r"[^\W_]+", text.casefold())
    return " ".join(words[1:] if words[:1] == ["the"] else words)


_NAME_PARTS = re.compile(r"\s+[|–—:·-]\s+|\s*[|,;]\s*|\s*\(([^)]*)\)\s*")


def states_own_statistics(doc, extra: tuple[str, ...] = ()) -> bool:
    """Whether the page's publisher (its metadata: publisher, or an author that is the body
    itself) is a health agency or statistics office that produces the figures it states."""
    bodies = _statistics_publishers(extra)
    for key in ("publisher", "author"):
        value = str(doc.meta.get(key) or "")
        if value and any(part and _folded_name(part) in bodies for part in [value, *_NAME_PARTS.split(value)]):
            return True
    return False


# A quotation mark: a figure between two is someone else's words
_QUOTE_MARKS = re.compile(r"[\"“”]")
# Someone else saying it ("..., the company says"): a claim the publisher reports, not its own figure
@functools.lru_cache(maxsize=1)
def _says() -> re.Pattern:
    """Someone else saying it ("..., the company says", `[uses.publisher_voice]` of data/speech.toml)."""
    return re.compile(rf"\b(?:{_speech.alternation('publisher_voice')})\b")


def _in_publishers_voice(doc, sentence, at: int) -> bool:
    """Whether a figure is the page's own statement: not in a block quote or a quotation, not
    said by a person the sentence names, not in a section of readers' comments."""
    block = sentence.block
    if block.kind == "quote" or block.index in _comment_blocks(doc):
        return False
    text = sentence.text
    if len(_QUOTE_MARKS.findall(text, 0, at)) % 2:
        return False  # an odd number of quotation marks before it: inside a quotation
    return not Evidence.person_says(text) and not _says().search(text)


@per_document
def _comment_blocks(doc) -> frozenset:
    """Positions of the blocks under a heading of readers' comments ("Comments", "12 Responses")."""
    headings = frozenset(_folded_name(h) for h in load("statistics_publishers")["comment_headings"])
    found, inside = set(), False
    for block in doc.blocks:
        if block.kind == "heading":
            inside = _folded_name(re.sub(r"\d+", " ", block.text)) in headings
        elif inside:
            found.add(block.index)
    return frozenset(found)


def _announces(lead, patterns: _Patterns, triggers: tuple) -> bool:
    """Whether a paragraph's sourced lead announces the source of the figures after it ("The
    WHO's fact sheet gives the scale of the problem.", "According to the 2024 report:"), rather
    than attributing a figure of its own ("According to NIDA, 3 out of 4 Americans have ..."
    sources its own figure, not the next ones)."""
    text = lead.text
    return text.rstrip().endswith(":") or find_statistic(text, patterns, triggers) is None


# A share that splits a study's sample in two: "Half of the volunteers ...", then "Half ..." or
# "the other half" (the arms of a trial, as its size is the trial's design, not a statistic).
_HALF = re.compile(r"(?:^|[.!?;:]\s+)(?:the other |the remaining |one )?half\b|\bthe other half\b", re.I)


def _splits_a_sample(shown: str, paragraph: str) -> bool:
    return shown.lower().startswith(("half", "one half")) and len(_HALF.findall(paragraph)) >= 2


@functools.lru_cache(maxsize=None)
def _study_words() -> re.Pattern:
    """Words of a study's results ("participants", "compared with", "placebo")."""
    return _words_pattern(tuple(load("statistics_patterns")["study_result_words"]))


@functools.lru_cache(maxsize=None)
def _hedged_sources() -> re.Pattern:
    """Hedged passives where a source should be ("It's estimated that")."""
    phrases = load("statistics_patterns")["hedged_sources"]
    return re.compile(r"(?<![\w-])(?:" + "|".join(spaces(p) for p in phrases) + r")(?![\w-])", re.I)


@functools.lru_cache(maxsize=None)
def _past_tense() -> re.Pattern:
    """Verbs that report what a study saw ("was", "had", "experienced")."""
    return _words_pattern(tuple(load("statistics_patterns")["past_tense_words"]))


def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(spaces(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)


_RANGE = re.compile(
    r"(?:\b(?:from|between)\s+)?(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent)?\s?(?:to|-|–|—|and)\s?"
    r"(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)",
    re.I,
)
_INTERVAL = re.compile(r"\b(?:CI|confidence interval|credible interval|interquartile|IQR|percentile)\b", re.I)
# What every _RANGE match holds: a digit, then "%", "percent" or "per cent". Unlike _RANGE this
# regex starts with a digit, so the engine jumps from digit to digit: a cheap first test.
_DIGIT_THEN_PERCENT = re.compile(r"\d\s?(?:%|per)", re.I)


@rule("LM502", "implausible-range", category="statistics", severity="warning",
      options={"max_span": Option(40, "widest range, in percentage points, that still says something"),
               "extra_sources": Option([], "more names that count as a source (regular expressions)")})
def implausible_range(doc, options):
    """Flag a percentage range so wide that it says nothing ("0% to 50% of users").

    ## What it does
    Finds percentage ranges that start at 0% or span more than `max_span` points (default
    40) and have no source nearby. A sourced range is still flagged when it starts at 0%
    and reaches 25% or more, or spans more than 60 points. Confidence intervals and
    percentiles are left alone. A range flagged here usually is an unsourced statistic as
    well, so LM501 reports the same sentence: LM502 says what is wrong with the number,
    LM501 that it has no source. Vague quantities offered as evidence ("many studies have
    found") are reported by LM602 vague-attribution, which names the missing source.

    ## Why is this bad?
    "Between 0% and 50% of users" means "we do not know": it lends a vague statement the
    look of a measured fact. A reader cannot tell whether a risk is rare or common.

    ## Example
    ```text
    Naltrexone might raise liver enzyme levels, affecting 0% to 50% of users.
    ```

    ## Use instead
    ```text
    In the trials behind the label, liver enzymes rose in about 1 in 100 people taking
    50 mg a day [2]; no rise was seen at the doses used in LDN studies [3].
    ```

    ## References
    - HealthNewsReview.org review criteria 2 and 3 (quantify benefits and harms meaningfully).
    - Moult B et al. EQIP. Health Expect 2004 (quantified risks).
    """
    found = evidence(doc, tuple(options.extra_sources))
    for block in doc.prose_blocks:
        if found.skipped(block) or "%" not in block.text and "per" not in block.text \
                or not _DIGIT_THEN_PERCENT.search(block.text):
            continue
        for sentence in block.sentences:
            text = sentence.text
            if not _DIGIT_THEN_PERCENT.search(text):
                continue
            for match in _RANGE.finditer(text):
                low, high = float(match.group(1)), float(match.group(2))
                if high > 100 or low >= high or _INTERVAL.search(text):
                    continue
                span = high - low
                sourced = found.near_source(sentence)
                if sourced:
                    wide = (low == 0 and high >= 25) or span > 60
                else:
                    wide = (low == 0 and high >= 10) or span > options.max_span
                if not wide:
                    continue
                shown = match.group().strip()
                why = "starts at 0%" if low == 0 else f"spans {span:g} percentage points"
                yield Hit(sentence, f"Range '{shown}' {why}: it says nothing about how common this is",
                          span=(match.start(), match.end()),
                          suggestion="give the figure a named study found, with its source, or say the frequency is unknown")
                break
