"""The language a page is written in, told once per document for the rules whose phrasings are per language.

LM911 reads a status statement in the page's language (`regulatory.py`); LM602 searches the German
attributions only on a German page (`_evidence.py`). Both ask `language(doc)`, so a page is in the
same language for every rule. The function words are in `data/languages.toml`.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter

from lint_med import per_document

from ._data import load

_MIN_WORDS_TO_TELL = 60  # a shorter text in no language of the list is taken to be English
_OPENING = 4000  # characters: where the language is told
_WORDS_READ = 400
_GLANCE = 800  # characters: where English prose shows itself (about 130 words)


@per_document
def language(doc) -> str | None:
    """The page's language: its declared one (the primary subtag of HTML `lang` or front matter,
    lowercase: "en" for "en-GB"), else the language of `data/languages.toml` whose function words
    make up the largest share of the first 400 words of its text, at least that language's
    `min_share` (English is tried first), or, for an opening whose menus dilute them (a shop page), the one
    whose share is at least half that and three times English's and every other's; a text whose letters are
    mostly of one script other than Latin is that script's language (`script_language`: "ja", "ko", "th",
    "other" for Cyrillic), not English however few its words; else None, but for a text of fewer than 60 words, too
    short to tell an unknown language from English prose without its function words (a list of
    search phrases): that is taken to be English.

    Words are cut at spaces ("the," is no function word): a few C calls, where a word regex over
    the opening cost as much as the rest of LM911; the shares tell the languages apart as well.
    """
    declared = str(doc.meta.get("lang") or "").strip().lower()
    if declared and declared != "und":
        return declared.split("-")[0]
    (english, english_share), others = function_words()
    # Fast path: English prose shows the most English function words 400 words can ask for within its
    # first lines (the last word of the glance may be cut: "the" of "there" is left out). Plainly, the
    # test on the 400 words below; this only answers it sooner.
    glance = doc.body_text[:_GLANCE].lower().split()[:-1][:_WORDS_READ]
    if sum(map(english.__contains__, glance)) >= english_share * _WORDS_READ:
        return "en"
    opening = doc.body_text[:_OPENING]
    words = opening.lower().split()[:_WORDS_READ]
    if not words or sum(map(english.__contains__, words)) >= english_share * len(words):
        return "en"
    if not opening.isascii() and (code := script_language(opening[:_SCRIPT_GLANCE])):
        return code
    shares = {code: sum(map(own.__contains__, words)) / len(words) for code, (own, _) in others.items()}
    best = max(shares, key=shares.get)
    if shares[best] >= others[best][1]:
        return best
    # An opening of menus and carts dilutes the function words, not which language's they are: half the share,
    # three times English's and every other language's (a Polish shop page, session 18)
    if shares[best] >= others[best][1] / 2 and all(
            3 * share <= shares[best] for code, share in shares.items() if code != best) and \
            3 * sum(map(english.__contains__, words)) <= shares[best] * len(words):
        return best
    return "en" if len(words) < _MIN_WORDS_TO_TELL else None


_MOST_LETTERS = 0.5
_SCRIPT_GLANCE = 1000  # characters: where the script is told (some 200 words, 600 kanji)
_ASCII_BYTES = bytes(range(128))
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))


def script_language(text: str) -> str | None:
    """The language of the script most letters of `text` are in, when that is not Latin and holds at least half its
    letters: `[scripts]` of data/languages.toml ("ja" for kana, kanji beside them counted as Japanese), "other" for
    a script not listed; None for a text mostly in Latin letters."""
    # (ASCII letters counted and the rest cut out in C: a loop over every character cost more than the rest of it)
    data = text.encode("utf-8", "surrogatepass")
    ascii_data = data.decode("ascii", "ignore").encode()
    codes = load("languages")["scripts"]
    per_language = Counter({"": len(ascii_data) - len(ascii_data.translate(None, _ASCII_LETTERS))})
    for char, n in Counter(data.translate(None, _ASCII_BYTES).decode("utf-8", "replace")).items():
        if char.isalpha():
            script = script_of(char)
            per_language[codes.get(script, "other") if script not in ("", "LATIN") else ""] += n
    if per_language["ja"] * 10 >= per_language["zh"]:  # kana beside kanji: Japanese
        per_language["ja"] += per_language.pop("zh", 0)
    code, n = max(per_language.items(), key=lambda item: item[1], default=("", 0))
    return code if code and n >= _MOST_LETTERS * sum(per_language.values()) else None


@functools.cache
def script_of(char: str) -> str:
    """The script of a letter: the first word of its Unicode name ("CYRILLIC" of "CYRILLIC SMALL LETTER A");
    "LATIN" for ASCII; "" for a character without a name or whose name's first word names no script
    (`[script_names]`: "MODIFIER", "COMBINING")."""
    if char < "\x80":
        return "LATIN"
    script = unicodedata.name(char, " ").split(" ")[0]
    return "LATIN" if script == "LATIN" else "" if load("languages")["script_names"].get(script) == "" else script


@functools.lru_cache(maxsize=None)
def function_words() -> tuple[tuple[frozenset, float], dict[str, tuple[frozenset, float]]]:
    """((English function words, their share), {other language: (its function words, its share)})."""
    table = {code: (frozenset(spec["function_words"]), float(spec["min_share"]))
             for code, spec in load("languages").items() if "function_words" in spec}
    return table.pop("en"), table


def language_name(code: str) -> str:
    """What a finding calls the language of `code` ("de" -> "German"; an unknown code as it is)."""
    return load("languages")["names"].get(code, code)
