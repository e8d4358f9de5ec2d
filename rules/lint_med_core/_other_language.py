"""Text in another script or language than the article's: what a spam run drops into articles in
any language (an address "мебель-дом.рф" or "xn--...xn--p1ai", a sentence or a block in Russian,
Korean or Spanish in an English article). LM101 reads a link's address and sentence with it, LM203
a promotional block. Scripts and function words (`data/languages.toml`), not a word list: the form
holds for any trade and any language.

The article's own language is read from its blocks without links: a spam run drops several
sentences, each with its link, and they are not the article's language for one another. A
Russian ministry's ".рф" page in a Russian article, or a link in either language of a bilingual
article, is the article's own language; a foreign title in quotes is a citation, and a text with
a year is a reference's.
"""

from __future__ import annotations

import functools
import marshal
import os
import re
import zlib
from array import array
from bisect import bisect_left
from collections import Counter

from lint_med import per_document

from ._data import load
from ._evidence import ascii_runs, distinct_words, lowered_body
from ._language import function_words, language, language_name, script_of
from ._wordfreq import zipf_table

# Another script than Latin is a property of the letter, not a list of scripts: any character of Unicode's blocks
# outside Latin, ASCII's symbols and the general punctuation, symbols and emoji (below), named by the first word of
# its Unicode name (`_language.script_of`: "CYRILLIC", "LIMBU", "CHAKMA", "YI", "BUGINESE"), a few named as readers
# know them (`[script_names]` of data/languages.toml: kana and kanji as "Chinese or Japanese characters"). A Limbu,
# Chakma or Buginese block counts as much as a Cyrillic one (fresh12-foreign-proverb, session 18).
_NOT_LATIN = ("\u0370-\u1cff\u1f00-\u1fff\u2c00-\u2c5f\u2c80-\u2dff\u2e80-\u2fdf\u3040-\ua6ff\ua800-\ud7ff"
              "\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufefc\uff66-\uffdc\U00010000-\U0001bcff\U0001e800-\U0001efff"
              "\U00020000-\U0003134f")


# Compiled on first use: classes of wide Unicode ranges cost some 6 ms to compile, a small file's whole
# lint, and most articles never ask (an ASCII text holds no other script).
@functools.cache
def _other_script_letter() -> re.Pattern:
    return re.compile(f"[{_NOT_LATIN}]")


@functools.cache
def _other_script_run() -> re.Pattern:
    return re.compile(f"[{_NOT_LATIN}]{{2,}}")


@functools.cache
def _script_name(char: str) -> str:
    """What a finding calls the script of a character of `_NOT_LATIN` ("Cyrillic"); "" for a Latin one or none."""
    script = script_of(char)
    if script in ("", "LATIN"):
        return ""
    return load("languages")["script_names"].get(script) or script.capitalize()


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
LATIN = "Latin"

_ARTICLE_LETTERS = 100  # letters of its link-free blocks (some 20 words): enough to tell its script
_SCRIPT_ELSEWHERE = 40  # letters of a script in the link-free blocks: a name or two, not a sentence
_TEXT_LETTERS = 6  # a text's letters in another script, in words of two or more: not an initial, not a formula's "π"
# A text in another Latin-script language: at least this many words, whose function words are that
# language's (two of them at least, and its share) more than twice English's, in an article whose link-free
# blocks have at most `_LANGUAGE_ELSEWHERE` of their words in that language's function words (English
# prose 0 to 0.5%, the language's own prose 10 to 27%).
_TEXT_WORDS = 6
_LANGUAGE_ELSEWHERE = 0.02

_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|„[^“”]*[“”]|「[^」]*」|『[^』]*』|‘[^’]*’")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def script_counts(text: str) -> dict[str, int]:
    """How many letters of `text` each script other than Latin has (none for ASCII text)."""
    if text.isascii():
        return {}
    counts: dict[str, int] = {}
    # (one scan for every script's letters, then each distinct letter placed by bisection: a scan per
    # script cost thirty)
    # (the class is tested on the text's non-ASCII characters only, cut out in C: on an English page the class's
    # astral ranges, tried at every ASCII letter, cost more than the rest)
    for letter, n in Counter(_other_script_letter().findall(_non_ascii(text))).items():
        if script := _script_name(letter):
            counts[script] = counts.get(script, 0) + n
    return counts


@per_document
def _linked_blocks(doc) -> frozenset:
    return frozenset(id(link.block) for link in doc.links)


def holds_no_link(doc, block) -> bool:
    return id(block) not in _linked_blocks(doc)


@per_document
def _unlinked_text(doc) -> str:
    """The text of the article's blocks that hold no link: where it writes its own language."""
    return "\n".join(block.text for block in doc.blocks if holds_no_link(doc, block))


@per_document
def _article_scripts(doc) -> tuple[str, dict[str, int]]:
    """(the script most letters of the link-free blocks are in, "" for too few to tell; its letters in
    each script, Latin too)."""
    text = _unlinked_text(doc)
    # the ASCII letters stand for the Latin ones (deleted by bytes.translate, in C: a findall of every
    # letter cost as much as the rest of the test)
    ascii_text = text.encode("ascii", "ignore")
    counts = {LATIN: len(ascii_text) - len(ascii_text.translate(None, _ASCII_LETTERS)), **script_counts(text)}
    main = max(counts, key=counts.get)
    return (main if counts[main] >= _ARTICLE_LETTERS else ""), counts


@per_document
def _article_words(doc) -> tuple[dict[str, int], int]:
    """(how many times the link-free blocks write each word, lowercased and cut at spaces; how many
    words they have)."""
    words = _unlinked_text(doc).lower().split()
    return Counter(words), len(words)


@functools.lru_cache(maxsize=None)
def _other_function_words() -> tuple[frozenset, dict[str, tuple[frozenset, float]]]:
    """(English function words, {language: (its function words that are no common English word, its
    share)}): "as ... as" is no Portuguese (`english_too` in data/languages.toml)."""
    (english, _), others = function_words()
    common = frozenset(load("languages")["en"]["english_too"])
    return english, {code: (words - common, share) for code, (words, share) in others.items()}


def script_foreign(doc, script: str, own: str = "") -> bool:
    """The article is written in another script than `script`, whose letters its link-free blocks
    (less the text `own`, if it is one of them) hardly hold."""
    main, counts = _article_scripts(doc)
    held = counts.get(script, 0) - (script_counts(own).get(script, 0) if own else 0)
    return bool(main) and main != script and held < _SCRIPT_ELSEWHERE


def host_script(domain: str) -> str:
    """The script other than Latin that a host is written in, its punycode labels ("xn--...") read
    as the names they stand for; "" for a Latin one."""
    if "xn--" in domain:
        labels = []
        for label in domain.split("."):
            try:
                labels.append(label[4:].encode().decode("punycode") if label.startswith("xn--") else label)
            except (UnicodeError, ValueError):
                labels.append(label)
        domain = ".".join(labels)
    counts = script_counts(domain)
    return max(counts, key=counts.get) if counts else ""


@per_document
def article_may_hold_other_language(doc) -> bool:
    """`may_be_other_language` of the whole article, from the distinct words LM203 reads anyway,
    less its own language's words (`other_language` never reports a text in it), and none for an
    article whose language `language` cannot tell (nor can `other_language`): a block of an
    article that fails it cannot pass it (most English articles fail it)."""
    body = lowered_body(doc)
    if not body.isascii() and _other_script_letter().search(_non_ascii(body)):
        return True
    runs, own = distinct_words(doc)[0], language(doc)
    if own is None:
        return False
    # An accented word is looked for in the text only when the article holds its letters ("của": "ủ") and its ASCII
    # runs ("c", "a"), sets tested in C: a search of the whole text for each Vietnamese word cost LM101 ten times
    # what the other languages' words did (session 17).
    letters = _non_ascii_letters(body)
    return any(sum(map(runs.__contains__, ascii_words))
               + sum(1 for word, needed, held in accented
                     if letters.issuperset(held) and runs.issuperset(needed) and word in body) >= 2
               for code, (ascii_words, accented) in _latin_function_words().items() if code != own)


_ASCII_BYTES = bytes(range(128))


def _non_ascii(text: str) -> str:
    """`text` less its ASCII characters, cut out in C (UTF-8 bytes less the ASCII ones)."""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "replace")


def _non_ascii_letters(text: str) -> frozenset:
    """The characters of `text` outside ASCII (its UTF-8 bytes less the ASCII ones, in C: no loop over the text)."""
    if text.isascii():
        return frozenset()
    return frozenset(text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "replace"))


@functools.lru_cache(maxsize=None)
def _latin_function_words() -> dict[str, tuple[tuple[bytes, ...], tuple[tuple[str, frozenset, frozenset], ...]]]:
    """For each other language, (its ASCII function words, as bytes; its accented ones, "não", each with its ASCII
    runs, as `distinct_words` cuts them, "n", and its other letters, "ã"): the ones in a script other than Latin
    (Greek) are left to the test of scripts."""
    return {code: (tuple(word.encode() for word in words if word.isascii()),
                   tuple((word, frozenset(ascii_runs(word)), _non_ascii_letters(word)) for word in words
                         if not word.isascii() and not _other_script_letter().search(word)))
            for code, (words, _) in _other_function_words()[1].items()}


def may_be_other_language(text: str) -> bool:
    """A cheap test before `other_language` (and of a whole block before its sentences): `text`
    holds a letter of a script other than Latin, or two function words of another language
    (sought in C, on a set of its words). A text that fails it is in none."""
    if not text.isascii() and _other_script_letter().search(_non_ascii(text)):
        return True
    words = set(text.lower().split())
    return any(len(own.intersection(words)) >= 2 for own, _ in _other_function_words()[1].values())


def other_language(doc, text: str, unlinked: bool = False) -> str:
    """The script or language `text` is written in, with why it is not the article's ("Cyrillic, a
    script the article does not use"), or "" when it is the article's or cannot be told (another
    Latin-script language is told only in an article whose own `language` is told). Its quoted
    words are left out; a text with a year is a reference's. `unlinked`: `text` is one of the
    article's link-free blocks (its own words are not the article's language)."""
    if not may_be_other_language(text):
        return ""
    own = _QUOTED.sub(" ", text)
    if _YEAR.search(own):
        return ""
    counts = script_counts(own)
    if counts:
        script = max(counts, key=counts.get)
        if counts[script] >= _TEXT_LETTERS and counts[script] > len(_LATIN_LETTER.findall(own)) \
                and sum(map(script.__eq__, map(_script_name, "".join(_other_script_run().findall(own))))) >= _TEXT_LETTERS \
                and script_foreign(doc, script, text if unlinked else ""):
            return f"{script}, a script the article does not use"
    words = own.lower().split()
    if len(words) < _TEXT_WORDS or language(doc) is None or _article_scripts(doc)[0] != LATIN:
        return ""
    english, others = _other_function_words()
    english_count = sum(map(english.__contains__, words))
    for code, (own_words, share) in others.items():
        count = sum(map(own_words.__contains__, words))
        if count < max(2, share * len(words)) or count <= 2 * english_count or len(own_words.intersection(words)) < 2 \
                or language(doc) == code:
            continue
        article_counts, article_total = _article_words(doc)
        held = sum(article_counts.get(word, 0) for word in own_words) - (count if unlinked else 0)
        if held <= _LANGUAGE_ELSEWHERE * max(article_total - (len(words) if unlinked else 0), 1):
            return f"{language_name(code)}, a language the article is not written in"
    return ""


# A sentence too short for function words (a spam run's one line, "Conoce ... en <site>, registro gratis")
# is told by its vocabulary: the share of its words that are common words (a Zipf frequency of 3 or more:
# once in a million words) of English and of each Latin-script language wordfreq lists (Speer et al.,
# wordfreq 3.1; the languages in the order of their share of web content, W3Techs). Measured on our own
# sentences: English prose, its jargon and names included, 0.62 to 1.0 common English words; a
# sentence in another language 0.3 to 0.56, and 0.83 to 1.0 common words of its own language.
_COMMON_ZIPF = 3.0
_VOCABULARY_WORDS = 6
_ENGLISH_AT_MOST = 0.6
_OTHER_AT_LEAST = 0.8
_ARTICLE_ENGLISH = 0.7  # of the link-free blocks' words: an article written in English
_VOCABULARY_LANGUAGES = ("es", "de", "fr", "pt", "it", "nl", "pl", "tr", "vi", "id", "ro", "sv", "cs", "hu",
                         "da", "fi", "nb", "sk", "ca", "ms", "sl")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def english_function_words() -> frozenset:
    """English's function words (`data/languages.toml`)."""
    return _other_function_words()[0]


def _common_share(words: list[str], code: str) -> float:
    table = zipf_table(code)
    return sum(table.get(word, 0) >= _COMMON_ZIPF for word in words) / len(words) if table else 0.0


@per_document
def _article_common_english(doc) -> float:
    words = _WORD.findall(_unlinked_text(doc).lower())
    return _common_share(words, "en") if words else 0.0


def language_by_vocabulary(doc, text: str) -> str:
    """The Latin-script language a short text of an English article is in ("Spanish, a language the
    article is not written in"), told by its vocabulary: none of English's function words, six words
    or more, at most 60% of them
    common English words and 80% or more common words of that language (or, for a language no list
    holds, running text whose words are neither English nor the article's: `_strange`), in an article whose
    link-free blocks are in English (70% of their words common English ones); "" otherwise. Its
    quoted words are left out; a text with a year is a reference's."""
    # (first, in C: a sentence holding one of English's function words is not of another language)
    if not english_function_words().isdisjoint(text.lower().split()) or language(doc) != "en":
        return ""
    own = _QUOTED.sub(" ", text)
    if _YEAR.search(own):
        return ""
    words = [word.lower() for word in _WORD.findall(own)]
    if len(words) < _VOCABULARY_WORDS or _common_share(words, "en") > _ENGLISH_AT_MOST:
        return ""
    found = next((code for code in _VOCABULARY_LANGUAGES
                  if _may_reach(words, code) and _common_share(words, code) >= _OTHER_AT_LEAST), "")
    if not found and not _strange(doc, own, words) or _article_common_english(doc) < _ARTICLE_ENGLISH:
        return ""
    return f"{language_name(found)}, a language the article is not written in" if found else \
        "a language the article is not written in (few of its words are English ones or the article's)"


# A language wordfreq does not list (Welsh, Maltese, Estonian, Igbo, Yoruba, Basque) is told by what its words
# are not: at most 40% of them common English words (English prose with its jargon and names: 62% or more), and
# 60% or more of them neither common English words nor words the article writes elsewhere (a list of the
# article's drugs or names is its own). And it is running text, as a language is written: half its words or more
# in lowercase (not a list of names, genes or brands) and at most one list separator per five words (not a
# list of drugs or species: "ibuprofen, naproxen, celecoxib, ...").
_STRANGE_ENGLISH_AT_MOST = 0.4
_STRANGE_AT_LEAST = 0.6
_SEPARATORS = re.compile(r"[,;/|•·]")
_WORDS_PER_SEPARATOR = 5


@per_document
def _document_words(doc) -> Counter:
    return Counter(_WORD.findall(doc.body_text.lower()))


def _strange(doc, text: str, words: list[str]) -> bool:
    """`text`, whose `words` (lowercased, six or more) are its words, read as running text in a language the
    article does not write (above)."""
    if _common_share(words, "en") > _STRANGE_ENGLISH_AT_MOST or \
            len(_SEPARATORS.findall(text)) * _WORDS_PER_SEPARATOR > len(words) or \
            2 * sum(word[0].islower() for word in _WORD.findall(text)) < len(words):
        return False
    table, held, own = zipf_table("en"), _document_words(doc), Counter(words)
    strange = sum(table.get(word, 0) < _COMMON_ZIPF and held.get(word, 0) <= own[word] for word in words)
    return strange >= _STRANGE_AT_LEAST * len(words)


# --- the vocabulary test without reading every list ------------------------------------------
# Reading one language's list (`zipf_table`: gzip, msgpack, a dict of 10,000 to 64,000 words) costs 10 to
# 50 ms, and a sentence in none of the 21 languages read them all: half a second and 90 MB, once in a
# process (a pre-commit hook's whole run is about one second). So `_common_share` is asked of a language
# only when `_may_reach` lets it through: the same share counted on the sorted CRC-32s of the language's
# common words, kept in one file of lint-med's data cache, built at its first use from the lists and
# rebuilt when wordfreq's files change (a new version installs new files). Another word may share a
# word's CRC-32 (some 1 in 70,000 per word and language), none lacks it: the count is never lower than
# the plain one, so a language it keeps out cannot reach the share, and the finding is the plain one.

_HASHES_FILE = "wordfreq-common-words.marshal"


def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode())


def _may_reach(words: list[str], code: str, at_least: float = _OTHER_AT_LEAST) -> bool:
    """Whether `_common_share(words, code)` may be `at_least` or more (True without the cache)."""
    hashes = _common_word_hashes()
    if hashes is None:
        return True
    table = hashes[code]

    def held(word: str) -> bool:
        key = _word_hash(word)
        at = bisect_left(table, key)
        return at < len(table) and table[at] == key

    return sum(map(held, words)) / len(words) >= at_least


@functools.cache
def _common_word_hashes() -> dict[str, memoryview] | None:
    """{language: the sorted CRC-32s of its common words (`_COMMON_ZIPF`)} for `_VOCABULARY_LANGUAGES`,
    read from the data cache, or built and written there when it lacks them or wordfreq's files
    changed; None when the data cache is off or cannot be written, or wordfreq is not installed."""
    from lint_med.datacache import cache_dir, write_atomically

    from .readability import _package_file

    directory, first = cache_dir(), _package_file("wordfreq", "data", "small_en.msgpack.gz")
    if directory is None or first is None:
        return None
    files = [first.with_name(f"small_{code}.msgpack.gz") for code in _VOCABULARY_LANGUAGES]
    try:
        stamp = (_COMMON_ZIPF, array("I").itemsize,
                 tuple((str(path), (stat := path.stat()).st_size, stat.st_mtime_ns) for path in files))
    except OSError:
        return None
    path = directory / _HASHES_FILE
    try:
        stored_stamp, stored = marshal.loads(path.read_bytes())
        if stored_stamp == stamp:
            return {code: memoryview(stored[code]).cast("I") for code in _VOCABULARY_LANGUAGES}
    except Exception:  # missing, unreadable or corrupt: built again
        pass
    try:  # where it cannot be kept, building it would cost every run more than it saves
        directory.mkdir(parents=True, exist_ok=True)
        if not os.access(directory, os.W_OK):
            return None
    except OSError:
        return None
    stored = {code: array("I", sorted({_word_hash(word) for word, zipf in zipf_table(code).items()
                                       if zipf >= _COMMON_ZIPF})).tobytes()
              for code in _VOCABULARY_LANGUAGES}
    try:
        write_atomically(path, marshal.dumps((stamp, stored)))
    except OSError:  # a full disk: built again next time
        pass
    return {code: memoryview(data).cast("I") for code, data in stored.items()}



# --- the language an article's words are weighed in (LM202) -----------------------------------------


@per_document
def words_language(doc) -> str:
    """The language whose word frequencies tell how specific a word of the article is (LM202's
    specificity, `_topic.TopicModel.weigh`): "en" for an English article; the language `language`
    tells, when wordfreq lists it; else, for an article in a language without function words in
    `data/languages.toml` (Indonesian, Polish), the language of `_VOCABULARY_LANGUAGES` whose common
    words (Zipf 3 or more) make up the largest share of its first 400 words, when that is most of them;
    else "en". Only an article not told to be English pays for more than `language`."""
    code = language(doc)
    if code == "en":
        return "en"
    if code is not None:
        return code if zipf_table(code) else "en"
    words = [word.lower() for word in _WORD.findall(doc.body_text[:_OPENING_CHARACTERS])][:_OPENING_WORDS]
    if not words:
        return "en"
    share, found = max(((_common_share(words, code), code) for code in _VOCABULARY_LANGUAGES
                        if _may_reach(words, code, _MOST)), default=(0.0, "en"))
    return found if share > _MOST else "en"


_OPENING_CHARACTERS, _OPENING_WORDS, _MOST = 4000, 400, 0.5
