"""LM701: the shapes of a mild promise in the language a page is written in (session 17).

A shape is written once over named parts (`data/claims_languages.toml`, `[shapes]`: "{intensifier} {effective}"),
and each language is a table of those parts, so adding a language is adding a table. A page in English costs one
look-up; a page in a language with a table is read sentence by sentence only for the shapes whose literals it holds.
A page whose language `_language.py` does not tell (today Swahili) takes the table whose function words make up
the largest share of its opening. The tests that clear a claim are those of the language
tables (`_health_language.claim_in`: a hedge or negation in its clause, a word of report in its sentence, a question,
a quotation), and a figure with a share (a trial's result) or a named source in its sentence.
"""

from __future__ import annotations

import functools
import re

from lint_med import per_document

from . import _health_language
from ._data import load
from ._evidence import evidence, lowered_body
from ._language import language, language_name
from ._phrases import required_literals, split_top_level

_PART = re.compile(r"\{(\w+)\}")
_HEADLINE = "headline"  # a shape read only in headings and a page's first line
_FIGURE = re.compile(r"\d\s?(?:%|٪)")  # a share: a trial's result, reported, not promised
_OPENING_WORDS = 400


@functools.lru_cache(maxsize=None)
def _table(code: str):
    """(phrasings for the clearing tests, [(shape name, literals, regex source)]) of a language, or None."""
    data = load("claims_languages")
    table = data.get(code)
    if not isinstance(table, dict):
        return None
    parts = table.get("parts", {})
    continuous = bool(table.get("script"))  # a script written without spaces between words: no word boundaries
    shapes = []
    for name, template in {**data["shapes"], **table.get("shapes", {})}.items():
        # an alternative naming a part the language lacks is left out ("{without} {any} {danger}" where no word is "any")
        kept = [alternative for alternative in split_top_level(template) if set(_PART.findall(alternative)) <= parts.keys()]
        if not kept:
            continue
        alternatives = [_PART.sub(lambda m: "(?:" + parts[m.group(1)] + ")", alternative) for alternative in kept]
        # the literals one of which every match holds: each alternative's (none known for one: the shape is always read)
        literals = [required_literals(alternative.lower(), fold=False) for alternative in alternatives]
        literals = () if not all(literals) else tuple(dict.fromkeys(word for each in literals for word in each))
        source = "|".join(alternatives) if continuous else \
            rf"(?<![{_health_language._LETTER}])(?:{'|'.join(alternatives)})(?![{_health_language._WORD_AFTER}])"
        shapes.append((name, literals, source))
    # the clearing words: the table's own, and those of the language's table in health_languages.toml
    own = _health_language.phrasings_of(code)
    words = _words_anywhere if continuous else _health_language._words
    phrasings = _health_language.Phrasings(
        code=code, claims=(), hedges="|".join([words(table.get("hedges", ["\0"]))] + ([own.hedges] if own else [])),
        reported="|".join([words(table.get("reported", ["\0"]))] + ([own.reported] if own else [])),
        observed=own.observed if own else words(["\0"]), advice=(), dose=(), item_advice=None, health=(), min_health=0,
        disclaimers=(), questions=own.questions if own else "?")
    return phrasings, tuple(shapes), table.get("name")


def _words_anywhere(words) -> str:
    """Words of a script written without spaces between words, as one regex matched anywhere (no word boundaries)."""
    return "|".join(r"\s*".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _scripts() -> tuple[re.Pattern, dict]:
    """(a regex of any letter of the tables' scripts, {code: regex of its script's letters}): the tables of languages
    `_language.py` cannot tell, written in a script of their own (Japanese kana, Thai, Hangul, Chinese, Arabic)."""
    scripts = {code: table["script"] for code, table in load("claims_languages").items()
               if isinstance(table, dict) and table.get("script")}
    return re.compile("[" + "".join(scripts.values()) + "]"), {code: re.compile(f"[{letters}]")
                                                                for code, letters in scripts.items()}


# The share of an opening's characters (spaces aside) that must be in a table's script for the page to be read with it.
_MIN_SCRIPT_SHARE = 0.2


def _script_language(doc) -> str | None:
    """The table of the script the page's opening is written in, if at least a fifth of its characters are in it (the
    script with the largest share: a Japanese page holds kanji too, but more kana); None when it holds none."""
    opening = doc.body_text[:_SCRIPT_OPENING]
    any_letter, scripts = _scripts()
    if opening.isascii() or any_letter.search(opening) is None:
        return None
    size = len(opening) - opening.count(" ") - opening.count("\n")
    shares = {code: len(letters.findall(opening)) / max(size, 1) for code, letters in scripts.items()}
    best = max(shares, key=shares.get)
    return best if shares[best] >= _MIN_SCRIPT_SHARE else None


_SCRIPT_OPENING = 1000


@functools.lru_cache(maxsize=1)
def _untold() -> dict:
    """{code: (function words, min_share)} of the tables for languages `_language.py` does not tell."""
    return {code: (frozenset(table["function_words"]), float(table["min_share"]))
            for code, table in load("claims_languages").items()
            if isinstance(table, dict) and "function_words" in table}


@per_document
def shapes_language(doc) -> str | None:
    """The code of the table the page is read with: its language's, or, for a page whose language is not told, the
    table whose function words are the largest share of its first 400 words (at least that table's `min_share`)."""
    code = language(doc)
    if code == "en":
        return _script_language(doc)  # a text in a script with no spaces has too few "words" to tell: taken as English
    if code is not None:
        return code if _table(code) is not None else _script_language(doc)
    if (script := _script_language(doc)) is not None:
        return script
    words = doc.body_text[:4000].lower().split()[:_OPENING_WORDS]
    if not words:
        return None
    shares = {code: sum(map(own.__contains__, words)) / len(words) for code, (own, _) in _untold().items()}
    best = max(shares, key=shares.get, default=None)
    return best if best is not None and shares[best] >= _untold()[best][1] else None


def _table_of(code: str) -> dict:
    return load("claims_languages")[code]


_SHOWN_AFTER = re.compile(r"[^\s、。，！？!?.,;:]{0,12}")


def shown(code: str, text: str, match: re.Match) -> str:
    """What a finding quotes of a claim: in a script written without spaces, the match and up to 12 characters of what
    follows in its phrase; else the match and the rest of its clause (`_health_language.shown`)."""
    if not _table_of(code).get("script"):
        return _health_language.shown(text, match)
    return text[match.start():_SHOWN_AFTER.match(text, match.end()).end()]


def name(code: str) -> str:
    """What a finding calls the language."""
    named = language_name(code)
    return (_table(code)[2] or named) if named == code else named


def claims(doc, skip=frozenset()):
    """(sentence, match, code) for each sentence making a mild promise in the page's language (`[shapes]`), not
    cleared; the headline shape only in headings and the page's first block. `skip`: sentences flagged already."""
    code = shapes_language(doc)
    if code is None:
        return
    phrasings, shapes, _ = _table(code)
    lower = lowered_body(doc)
    held = [(name, _health_language._regex(source)) for name, literals, source in shapes
            if not literals or any(map(lower.__contains__, literals))]
    if not held:
        return
    found = evidence(doc)
    phrase_break = _table_of(code).get("phrase_break")
    for block in doc.blocks:
        if found.skipped(block):
            continue
        patterns = [regex for name, regex in held if name != _HEADLINE or block.kind == "heading" or block.index == 0]
        for sentence in block.sentences:
            if id(sentence) in skip or _FIGURE.search(sentence.text):
                continue
            text = sentence.text
            if phrase_break:  # a script that writes a space where others write a comma (Thai): each phrase a clause
                text = text.replace(phrase_break, ",")
            match = _health_language.claim_in(phrasings, text, patterns)
            if match is not None and not found.sentence_has_source(sentence):
                yield sentence, match, code
