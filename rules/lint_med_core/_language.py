"""The language a page is written in, told once per document for the rules whose phrasings are per language.

LM911 reads a status statement in the page's language (`regulatory.py`); LM602 searches the German
attributions only on a German page (`_evidence.py`). Both ask `language(doc)`, so a page is in the
same language for every rule. The function words are in `data/languages.toml`.
"""

from __future__ import annotations

import functools

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
    `min_share` (English is tried first); else None, but for a text of fewer than 60 words, too
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
    words = doc.body_text[:_OPENING].lower().split()[:_WORDS_READ]
    if not words or sum(map(english.__contains__, words)) >= english_share * len(words):
        return "en"
    shares = {code: sum(map(own.__contains__, words)) / len(words) for code, (own, _) in others.items()}
    best = max(shares, key=shares.get)
    if shares[best] >= others[best][1]:
        return best
    return "en" if len(words) < _MIN_WORDS_TO_TELL else None


@functools.lru_cache(maxsize=None)
def function_words() -> tuple[tuple[frozenset, float], dict[str, tuple[frozenset, float]]]:
    """((English function words, their share), {other language: (its function words, its share)})."""
    table = {code: (frozenset(spec["function_words"]), float(spec["min_share"]))
             for code, spec in load("languages").items() if "function_words" in spec}
    return table.pop("en"), table


def language_name(code: str) -> str:
    """What a finding calls the language of `code` ("de" -> "German"; an unknown code as it is)."""
    return load("languages")["names"].get(code, code)
