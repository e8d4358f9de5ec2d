"""What an article is about, and whether a part of it or a link is about something else.

Shared by the link rule LM101, the off-topic rules LM201/LM202 and the structure
rule LM301. The analysis is deliberately small and explainable:

* **Tokens**: words of letters and digits, lowercased, possessive ``'s`` dropped,
  plurals folded (``allergies`` -> ``allergy``); :func:`stem` strips derivational
  suffixes further (``storage``/``store``, ``disposal``/``dispose``) where two
  words must be compared as forms of one word.
* **Stopwords**: function words, words generic to any health article ("doctor",
  "treatment", "risk") and heading filler ("understanding", "factors to consider"),
  from ``data/background_stopwords.toml``; the core pack table's ``extra_stopwords``
  adds more.
* **Vocabulary**: groups of medical terms that belong together
  (``data/medical_vocabulary.toml``, plus groups packs register with the
  ``lint_med_register_vocabulary`` hook, plus the core pack table's
  ``vocabulary``). Terms are matched as phrases, longest first; a matched term is a
  *mention*. Terms of the ``[common]`` list (organs, common side effects) are never
  evidence of another subject.
* **Topic**: the *core* terms of the title, the first heading and the metadata title
  and description (or the ``topic`` option, which overrides them); every term of a
  vocabulary group a core term belongs to is *related*; a word or term that occurs in
  at least two sections other than the one being judged is *salient* (the article's
  own recurring subject matter, e.g. the study an article reports on). Salience is
  computed leaving the judged section out, so a long off-topic section cannot make
  itself on topic by repetition.

A block is on topic when it mentions any core, related or salient term. A block,
heading or link slug is *about another subject* when it mentions vocabulary terms of
groups the topic does not include. The model is built once per document and cached
on the document, since several rules use it; the analysis of each block, and of the
sections for salience, is made when a rule first asks for it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from ._data import load
from ._wordfreq import zipf_table  # noqa: F401 (rules import it from here)

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_IRREGULAR = {"children": "child", "women": "woman", "men": "man", "feet": "foot", "teeth": "tooth",
              "mice": "mouse", "people": "people", "data": "data", "criteria": "criterion"}
# Kept whole: words a plural rule would damage.
_KEEP_S = ("ss", "us", "is", "ys")
# Derivational suffixes, longest first, stripped by stem() for comparing word forms.
_SUFFIXES = ("ational", "ation", "ition", "ities", "ement", "ment", "ness", "ance", "ence", "able",
             "ible", "ical", "ally", "ing", "ity", "ety", "age", "ive", "ous", "ful", "ist", "ism",
             "ize", "ise", "ancy", "ency", "ant", "ent", "ed", "er", "al", "ly", "ty", "ic", "e", "y")


@functools.lru_cache(maxsize=65536)
def normalize(word: str) -> str:
    """Lowercase a word, drop a possessive or contraction, and fold a plural."""
    word = word.lower()
    if "’" in word:
        word = word.replace("’", "'")
    if "'" in word:
        word = word.split("'", 1)[0]
    if word[-1:] != "s":  # most words: no plural rule applies (every one needs a final "s")
        return _IRREGULAR.get(word, word)
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and (word.endswith(("sses", "xes", "shes")) or
                          (word.endswith("ches") and not word.endswith("aches"))):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(_KEEP_S):
        return word[:-1]
    return word


_NEGATION = re.compile(r"^(?:non|un|il|im|in|ir)(?=[a-z]{5})")


@functools.lru_cache(maxsize=65536)
def _positive(word: str) -> str:
    """The stem of a word without a negating prefix ("illegitimate" -> that of "legitimate"),
    or "" when it has none (the rest must be an English word: "insulin" is no negation).
    A word and its negation speak of one subject."""
    match = _NEGATION.match(word)
    return stem(word[match.end():]) if match and word[match.end():] in zipf_table() else ""


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A rough stem for telling whether two words are forms of one (storage/store)."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_ACRONYM_PLURAL = re.compile(r"^[A-Z0-9]{2,}s$")  # SSRIs, NSAIDs


# _token and _run_tokens are not cached themselves: tokens() keeps every one-word run in
# _TOKEN_CACHE, so a cache here hit about one call in 150 and only fed the cycle collector.
def _token(word: str) -> str:
    return normalize(word[:-1] if word[-1] == "s" and _ACRONYM_PLURAL.match(word) else word)


# Bytes that can be part of a _WORD match (ASCII letters, digits and the apostrophe);
# every other byte becomes a space.
_WORD_BYTES = bytes(b if chr(b).isascii() and (chr(b).isalnum() or chr(b) == "'") else 32 for b in range(256))

_TOKEN_CACHE: dict = {}  # run of word bytes holding exactly one word -> its token


def _run_tokens(run: bytes) -> tuple:
    """The tokens of a run of letters, digits and apostrophes ("don't" one, "rock'n'roll" two)."""
    return tuple(_token(word) for word in _WORD.findall(run.decode("ascii")))


def tokens(text: str) -> list[str]:
    """The normalised words of a text, in order (hyphenated words split).

    The words are the matches of ``_WORD``, but found by translating the text to bytes
    and splitting it on whitespace, which is about twice as fast as the regex: nearly
    every run of letters, digits and apostrophes is one word ("Crohn's"), and each run
    is looked up in a cache at C speed.
    """
    if text.isascii():
        data = text.encode()
    else:  # other letters ("é") are not word characters of _WORD: "?" splits words as they do
        data = text.replace("’", "'").encode("ascii", "replace")
    runs = data.translate(_WORD_BYTES).split()
    cache = _TOKEN_CACHE
    try:
        return list(map(cache.__getitem__, runs))
    except KeyError:  # a run not seen yet, or one that is not exactly one word
        pass
    if len(cache) > 200_000:  # bound the memory of a long run over many files
        cache.clear()
    # Tokenise each new run once (a set difference, not a loop over every word).
    for run in set(runs).difference(cache):
        found = _run_tokens(run)
        if len(found) == 1:
            cache[run] = found[0]
    try:
        return list(map(cache.__getitem__, runs))
    except KeyError:  # a lone quote (no word) or "rock'n'roll" (two)
        pass
    found = []
    for run in runs:
        token = cache.get(run)
        if token is None:
            found.extend(_run_tokens(run))
        else:
            found.append(token)
    return found


_WRITTEN_WORD = re.compile(r"[^\W_]+")  # a run of letters and digits of any script


def written_forms(text: str) -> dict[str, tuple[str, ...]]:
    """Token -> the words of `text` it comes from, as written (lowercased, accents kept, no plural
    folding): the words of an article in another language, where `tokens` (English tokens of ASCII
    letters) cuts "société" to "soci" and folds "tewas" to "tewa". Words split at apostrophes and
    hyphens, as `tokens` splits them ("l'hôpital": "l", "hôpital")."""
    forms: dict[str, set] = {}
    for word in set(_WRITTEN_WORD.findall(text.lower())):
        for token in tokens(word):
            forms.setdefault(token, set()).add(word)
    return {token: tuple(words) for token, words in forms.items()}


# --- word lists ---------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _stoplists() -> tuple[frozenset, frozenset, frozenset]:
    data = load("background_stopwords")

    def words(key):
        found = set()
        for entry in data[key]:
            found.update(tokens(entry))
        return frozenset(found)

    return words("stopwords"), words("generic_health"), words("heading_filler")


def stopwords() -> frozenset:
    return _stoplists()[0]


@functools.lru_cache(maxsize=None)
def generic_words() -> frozenset:
    """Function words plus words generic to every health article."""
    stop, generic, _ = _stoplists()
    return stop | generic


def filler_words() -> frozenset:
    return _stoplists()[2]


# --- how specific a word is -----------------------------------------------------------


def weighted_share(terms, word_shared, term_shared, weigh=None) -> tuple[float, list, float]:
    """How much of a text's vocabulary is shared, by specificity, the words that are not, and their weight.

    The distinct content words (of three letters or more) and vocabulary terms of `terms`,
    each weighted by `weigh` (:func:`specificity`, unless the model of an article in another language
    gives its own: `TopicModel.weigh`; a term by its rarest word); `word_shared(word)` and
    `term_shared(term)` tell which are shared. Returns the shared weight over the whole
    (1.0 for a text without words), the words not shared (rarest first) and their weight.
    """
    weigh = weigh or specificity
    total = shared = 0.0
    alone = []
    for word in set(w for w in terms.content if len(w) > 2):
        weight = weigh(word)
        total += weight
        if word_shared(word):
            shared += weight
        else:
            alone.append((weight, word))
    # the words of a term ("prostate" of "prostate cancer") are not content words
    for term in set(terms.found):
        weight = max(map(weigh, term.split()))
        total += weight
        if term_shared(term):
            shared += weight
        else:
            alone.append((weight, term))
    alone.sort(reverse=True)
    return (shared / total if total else 1.0), [w for _, w in alone], total - shared


def specificity(word: str) -> float:
    """How much a word says about a text's subject, 0 to 4: 6.5 minus its Zipf frequency.

    "said" (Zipf 6.1) weighs 0.4, "company" (5.5) 1, "sedan" (3.6) 2.9; a word outside
    the list (a rare word or a name) weighs 4. An inverse-document-frequency weight
    with general English as the collection.
    """
    return min(4.0, max(0.0, 6.5 - zipf_table().get(word, 0.0)))


class _HealthWords(dict):
    """Memo of which words mark a text as about health: a C-speed lookup per word once known."""

    def __init__(self):
        super().__init__()
        data = load("offtopic_health_words")
        self.whole = frozenset(normalize(w) for w in data["words"])
        self.prefixes = tuple(data["prefixes"])

    def __missing__(self, word: str) -> bool:
        if len(self) > 200_000:
            self.clear()
        found = self[word] = word in self.whole or word.startswith(self.prefixes) or \
            any(base in self.whole for base in _verb_bases(word))
        return found


def _verb_bases(word: str) -> tuple:
    """The words an -ing or -ed form may come from ("exercising" -> "exercis", "exercise")."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            base = word[:-len(ending)]
            return base, base + "e"
    return ()


@functools.lru_cache(maxsize=None)
def _health_memo() -> _HealthWords:
    return _HealthWords()


def health_words(words) -> list[str]:
    """The words of a list that mark a text as about health or the life sciences."""
    return list(filter(_health_memo().__getitem__, words))


def term_key(term: str) -> str:
    return " ".join(tokens(term))


@dataclass(frozen=True)
class Lexicon:
    """Vocabulary groups compiled for phrase matching."""

    groups: dict  # group name -> frozenset of term keys
    membership: dict  # term key -> frozenset of group names
    common: frozenset  # term keys never evidence of another subject
    by_first: dict  # first token -> tuple of token tuples, longest first
    anchors: frozenset  # one token of every term, its longest: a text without any mentions no term
    aliases: dict = field(default_factory=dict)  # term key -> keys naming the same thing (ldn <-> low dose naltrexone)

    def mentions(self, words: list[str]) -> list[tuple[str, int]]:
        """Vocabulary terms in a token list, leftmost-longest and not overlapping: (key, token index).

        Matched token by token through ``by_first`` (terms are whole tokens), which is
        about twice as fast as one regex over the joined text and needs no compiling.
        """
        # Few texts mention a term; most are ruled out at C speed by the anchor words
        # ("in" starts "in vitro fertilization", but "fertilization" is much rarer).
        if self.anchors.isdisjoint(words):
            return []
        by_first = self.by_first
        found = []
        end = 0  # the words before it belong to a term already found
        # Only the positions of words that start a term are tried; compress picks them at C speed.
        for i in itertools.compress(range(len(words)), map(by_first.__contains__, words)):
            if i < end:
                continue
            for parts in by_first[words[i]]:  # longest first
                size = len(parts)
                if size == 1 or tuple(words[i:i + size]) == parts:
                    found.append((" ".join(parts) if size > 1 else parts[0], i))
                    end = i + size
                    break
        return found

    def is_entity(self, key: str) -> bool:
        return key in self.membership and key not in self.common


@functools.lru_cache(maxsize=32)
def _lexicon(extra: tuple) -> Lexicon:
    data = load("medical_vocabulary")
    raw: dict[str, set] = {name: set(group["terms"]) for name, group in data["groups"].items()}
    for subject, terms in extra:
        raw.setdefault(f"pack:{subject}", set()).update((subject, *terms))
    groups = {name: frozenset(k for k in (term_key(t) for t in terms) if k) for name, terms in raw.items()}
    membership: dict[str, set] = {}
    for name, keys in groups.items():
        for key in keys:
            membership.setdefault(key, set()).add(name)
    common = frozenset(k for k in (term_key(t) for t in data["common"]["terms"]) if k)
    by_first: dict[str, list] = {}
    for key in set(membership) | common:
        parts = tuple(key.split())
        by_first.setdefault(parts[0], []).append(parts)
    for parts in by_first.values():
        parts.sort(key=len, reverse=True)
    anchors = frozenset(max(parts, key=len) for candidates in by_first.values() for parts in candidates)
    return Lexicon(groups, {k: frozenset(v) for k, v in membership.items()}, common,
                   {k: tuple(v) for k, v in by_first.items()}, anchors, _aliases(membership))


def initials(key: str) -> str:
    """The abbreviation a multi-word term key would have: "low dose naltrexone" -> "ldn".

    Numbers are kept whole ("toll like receptor 4" -> "tlr4").
    """
    return "".join(part if part.isdigit() else part[0] for part in key.split())


def _aliases(membership: dict) -> dict:
    """Abbreviations paired with their expansions, when a vocabulary group holds both.

    "ssri" and "selective serotonin reuptake inhibitor" name one thing; a text that
    writes one of them takes up a heading that writes the other. Requiring a shared
    group keeps chance initials apart ("heart attack" is not "ha").
    """
    found: dict[str, set] = {}
    for key, names in membership.items():
        if " " not in key:
            continue
        short = initials(key)
        if short != key and names & membership.get(short, frozenset()):
            found.setdefault(key, set()).add(short)
            found.setdefault(short, set()).add(key)
    return {key: frozenset(keys) for key, keys in found.items()}


def lexicon(doc_vocabulary: dict | None = None, extra: dict | None = None) -> Lexicon:
    """The shipped vocabulary merged with pack-registered and configured groups."""
    merged = []
    for source in (doc_vocabulary or {}, extra or {}):
        for subject, terms in source.items():
            terms = (terms,) if isinstance(terms, str) else tuple(terms)
            merged.append((str(subject).lower(), tuple(str(t).lower() for t in terms)))
    return _lexicon(tuple(sorted(merged)))


# --- analysis of one text --------------------------------------------------------


@dataclass
class Terms:
    """What a piece of text talks about.

    The words and terms are kept as tuples in text order and counted only when a rule
    asks for the counts: most blocks only add their keys to the topic model's
    sections, and a section's terms are the tuples of its blocks joined.
    """

    content: tuple  # content words (not stopwords, not generic), in text order
    found: tuple  # vocabulary terms, longest match, in text order
    length: int  # number of words
    health: int = 0  # number of words of health, medicine or the life sciences (health_words)

    @functools.cached_property
    def words(self) -> Counter:
        return Counter(self.content)

    @functools.cached_property
    def mentions(self) -> Counter:
        return Counter(self.found)

    @property
    def keys(self) -> set:
        return set(self.content).union(self.found)


class _ContentWords(dict):
    """Memo of which words are content words: not generic, not one letter, not a number.

    Looking a word up is a C-speed dict lookup, so analyse() can filter its words with
    ``filter`` instead of a Python loop; a new word is judged once, in __missing__.
    """

    def __init__(self, generic: frozenset):
        super().__init__()
        self.generic = generic

    def __missing__(self, word: str) -> bool:
        if len(self) > 200_000:  # bound the memory of a long run over many files
            self.clear()
        content = self[word] = word not in self.generic and len(word) > 1 and not word.isdigit()
        return content


@functools.lru_cache(maxsize=8)
def _content_words(generic: frozenset) -> _ContentWords:
    return _ContentWords(generic)


def analyse(text: str, lex: Lexicon, generic: frozenset | None = None) -> Terms:
    words = tokens(text)
    found = lex.mentions(words)
    # Words inside a multi-word term belong to it: "attack" of "heart attack" is not a
    # word of its own (it would tie a heart-attack section to a migraine-attack one).
    outside = words
    if any(" " in key for key, _ in found):
        outside, end = [], 0
        for key, start in found:
            if " " in key:
                outside += words[end:start]
                end = start + key.count(" ") + 1
        outside += words[end:]
    generic = generic if generic is not None else generic_words()
    content = tuple(filter(_content_words(generic).__getitem__, outside))
    return Terms(content, tuple(key for key, _ in found if key not in generic) if found else (), len(words),
                 sum(map(_health_memo().__getitem__, words)))


_EMPTY_TERMS = Terms((), (), 0)


def merge(parts) -> Terms:
    """The terms of several texts together (the blocks of a section)."""
    parts = list(parts)
    return Terms(tuple(itertools.chain.from_iterable(part.content for part in parts)),
                 tuple(itertools.chain.from_iterable(part.found for part in parts)),
                 sum(part.length for part in parts), sum(part.health for part in parts))


# --- the document's topic ---------------------------------------------------------


@dataclass(eq=False)  # one per document and settings: compared and hashed as itself (a per_document key)
class TopicModel:
    """The topic of one document and the analysis of each of its blocks."""

    lexicon: Lexicon
    core: set  # term keys and words naming the topic
    related: set  # term keys of the vocabulary groups of the core terms
    groups: set  # names of those groups
    label: str  # a short human name of the topic, for messages
    generic: frozenset = frozenset()  # words that say nothing of a subject (stopwords + generic health words)
    blocks: dict = field(default_factory=dict)  # block index -> Terms (a _BlockTerms analyses on demand)
    link_share: dict = field(default_factory=dict)  # block index -> share of text that is link text
    section_of: dict = field(default_factory=dict)  # block index -> section number
    sections: list = field(default_factory=list)  # the document's sections
    site_domains: set = field(default_factory=set)  # registrable domains of the article's own site
    link_domains: dict = field(default_factory=dict)  # id(link) -> host name ("" for relative links)
    doc: object = None  # the document, for finding the blocks whose text holds a word

    # The analyses of the whole text are made when a rule first needs them: on most
    # articles the vocabulary does not know the topic, and then the rules only read
    # headings and the sections under them.

    @functools.cached_property
    def section_keys(self) -> list:
        """Per section: the keys (words and terms) of its heading and text, link lists left out."""
        found = []
        for section in self.sections:
            keys: set = set()
            for block in section_members(section):
                if self.link_share[block.index] < 0.6:
                    terms = self.blocks[block.index]
                    keys.update(terms.content)
                    keys.update(terms.found)
            found.append(keys)
        return found

    @functools.cached_property
    def section_df(self) -> Counter:
        """Key -> number of sections holding it."""
        counts: Counter = Counter()
        for keys in self.section_keys:
            counts.update(keys)
        return counts

    @functools.cached_property
    def defined(self) -> dict:
        """Abbreviations the text defines: "ldn" <-> "low dose naltrexone"."""
        found: dict = {}
        for section in self.sections:
            for block in section_members(section):
                if "(" in block.text and not _skipped(block, self.link_share):
                    _define_abbreviations(block.text, found)
        return found

    @functools.cached_property
    def block_stems(self) -> Counter:
        """Stem of a content word -> number of blocks holding it (the title and metadata count as one)."""
        counts: Counter = Counter(set(map(stem, itertools.chain.from_iterable(k.split() for k in self.core))))
        for stems in self.stems_of.values():
            counts.update(stems)
        return counts

    @functools.cached_property
    def stems_of(self) -> dict:
        """Block index -> the stems of its words, for the blocks of the sections: its content words
        and the words of its vocabulary terms ("nasal" of "nasal spray"), as the title's are
        counted: a paragraph saying "nasal" uses a word of the article that says "nasal spray"."""
        return {block.index: _stems(self.blocks[block.index])
                for section in self.sections for block in section_members(section)}

    @functools.cached_property
    def block_terms(self) -> Counter:
        """Vocabulary term -> number of blocks mentioning it (the title and metadata count as one)."""
        counts: Counter = Counter(self.core)
        for section in self.sections:
            for block in section_members(section):
                counts.update(set(self.blocks[block.index].found))
        return counts

    def shared_share(self, block) -> tuple[float, list, float]:
        """How much of a block's vocabulary the rest of the article uses, the words it does not, and
        their weight (how much the block says that the article does not).

        The share is of specificity (:func:`specificity`): the distinct content words and
        vocabulary terms of the block that some other block (or the title) also holds,
        weighted by how rare they are in general English (a term by its rarest word), over
        all of its distinct words and terms so weighted. Words only the block holds come
        back rarest first.
        """
        return self.share_of(self.blocks[block.index])

    def share_of(self, terms, weigh=None) -> tuple[float, list, float]:
        """`shared_share` for the terms of a text of the article (a block's, or part of one); `weigh`:
        how specific a word is, if not in English (`weigh`)."""
        counts, mentioned = self.counts_to_two()
        return weighted_share(terms, lambda word: counts.get(stem(word), 0) >= 2 or
                              counts.get(_positive(word), 0) >= 1, lambda term: mentioned.get(term, 0) >= 2,
                              weigh)

    @functools.cached_property
    def weigh(self):
        """How specific a word is in the article's language (`_other_language.words_language`):
        :func:`specificity` for an English article (and one of unknown language); for an article in
        another language wordfreq lists, 6.5 minus the word's Zipf frequency in that language
        ("yang", Indonesian's "which", weighs nothing in an Indonesian article, 4 in English). A token
        is weighed as the article writes it (`written_forms`): "tewas" (Indonesian, "killed"), not the
        "tewa" English plural folding makes of it, and "société" whole, not the "soci" of its ASCII letters;
        by its commonest written form when several fold to it."""
        if self.doc is None:
            return specificity
        from ._other_language import words_language

        code = words_language(self.doc)
        table = zipf_table(code) if code != "en" else None
        if not table:
            return specificity
        forms = written_forms(f"{self.doc.title or ''}\n{self.doc.body_text}")

        def weigh(word: str) -> float:
            zipf = max(table.get(form, 0.0) for form in forms.get(word, (word,)))
            return min(4.0, max(0.0, 6.5 - zipf))

        return weigh

    def counts_to_two(self) -> tuple:
        """(stem -> blocks holding it, term -> blocks mentioning it), exact up to two: block_stems
        and block_terms once a rule has counted them all, else counts of only the blocks that
        could hold each key (_CountsToTwo), which is all a test of "another block holds it" needs."""
        if "block_stems" in self.__dict__ or self.doc is None:
            return self.block_stems, self.block_terms
        return self.__dict__.setdefault("_counts_to_two", (_CountsToTwo(self, terms=False),
                                                            _CountsToTwo(self, terms=True)))

    def aliases(self, key: str) -> frozenset:
        """Other keys naming what ``key`` names: vocabulary abbreviations and those the text defines."""
        found = self.lexicon.aliases.get(key, frozenset())
        defined = self.defined.get(key)
        return found | defined if defined else found

    def domain(self, link) -> str:
        found = self.link_domains.get(id(link))
        if found is None:
            found = self.link_domains[id(link)] = link.domain
        return found

    def own_site(self, link) -> bool:
        """True for relative links and links to the article's own site."""
        domain = self.domain(link)
        return not domain or registrable(domain) in self.site_domains

    @property
    def empty(self) -> bool:
        return not self.core

    def salient(self, key: str, section: int | None = None) -> bool:
        """True when ``key`` recurs in at least two sections other than ``section``."""
        count = self.section_df.get(key, 0)
        if section is not None and section < len(self.section_keys) and key in self.section_keys[section]:
            count -= 1
        return count >= 2

    def topic_hits(self, terms: Terms, section: int | None = None) -> set:
        """The terms of ``terms`` that are on the article's topic."""
        hits = set()
        for key in terms.keys:
            if key in self.core or key in self.related or self.salient(key, section):
                hits.add(key)
        for key in terms.found:  # "low dose naltrexone" mentions naltrexone
            if any(part in self.core for part in key.split()):
                hits.add(key)
        return hits

    def names_topic(self, terms: Terms) -> bool:
        """True when the text names the topic or a term of its vocabulary group."""
        for key in terms.keys:
            if key in self.core or key in self.related:
                return True
        return any(part in self.core for key in terms.found for part in key.split())

    def topic_weight(self, terms: Terms, section: int | None = None) -> float:
        """How much of a text's vocabulary is the article's: a weighted count of topic terms.

        A core term weighs 1 and a term of the topic's group 0.7; a term the article
        keeps returning to weighs by how many of its other sections hold it (a
        document-frequency weight: a word in most sections is the article's subject,
        one in two sections of twenty is incidental). Counts are capped at 2 per term.
        """
        others = max(1, len(self.section_keys) - (1 if section is not None else 0))
        counts = terms.words | terms.mentions  # a one-word term is in both: count it once
        total = 0.0
        for key, count in counts.items():
            if key in self.core or any(part in self.core for part in key.split()):
                weight = 1.0
            elif key in self.related:
                weight = 0.7
            elif self.salient(key, section):
                df = self.section_df[key] - (1 if section is not None and key in self.section_keys[section] else 0)
                weight = min(1.0, 2 * df / others)
            else:
                continue
            total += weight * min(count, 2)
        return total

    def foreign(self, terms: Terms, section: int | None = None) -> Counter:
        """Vocabulary terms in ``terms`` that belong to subjects outside the topic."""
        lex = self.lexicon
        out = Counter()
        for key, count in terms.mentions.items():
            if not lex.is_entity(key) or key in self.core or key in self.related:
                continue
            if self.salient(key, section):
                continue
            out[key] += count
        return out

    def subject_of(self, foreign: Counter) -> str:
        """A readable name for what foreign mentions are about: the most mentioned terms."""
        return ", ".join(key for key, _ in foreign.most_common(3))

    def is_link_list(self, block) -> bool:
        """True for a block that is mostly link text (a navigation or related-links list)."""
        return self.link_share.get(block.index, 0.0) >= 0.6


# Irregular plurals: stem of the word they fold to -> the plural, which does not start with it.
_IRREGULAR_FORMS: dict = {}
for _plural, _single in _IRREGULAR.items():
    _IRREGULAR_FORMS.setdefault(stem(_single), []).append(_plural)


def _stems(terms) -> set:
    """The stems of the content words of a text's `terms` and of the words of its vocabulary terms."""
    found = set(map(stem, terms.content))
    if terms.found:
        found.update(stem(word) for term in terms.found for word in term.split())
    return found


class _CountsToTwo:
    """``block_stems.get(key)`` (``terms``: ``block_terms``), counted up to two, which is all
    that shared_share asks (">= 2", ">= 1"), without analysing every block of a long page
    (a teaser line of a 900-block encyclopaedia page): only the blocks whose lowercase text
    holds the key's first word less its last letter are analysed. That is a necessary
    condition: a token is its word lowercased, cut at an apostrophe or with a plural ending
    folded ("flies" -> "fly"), so all of it but its last letter starts the word, and a stem
    starts the token; irregular plurals ("teeth") are looked for by themselves.
    """

    def __init__(self, model: "TopicModel", terms: bool):
        self.model, self.terms, self.found = model, terms, {}
        core = model.core if terms else set(map(stem, itertools.chain.from_iterable(k.split() for k in model.core)))
        self.core = core

    def get(self, key: str, default: int = 0) -> int:
        if not key:
            return default
        found = self.found.get(key)
        if found is None:
            found = self.found[key] = self._count(key)
        return found or default

    def _count(self, key: str) -> int:
        from ._evidence import block_starts, lowered_body

        model, doc = self.model, self.model.doc
        text = lowered_body(doc)
        if len(text) != len(doc.body_text):  # lowercasing moved characters: count them all
            return min(2, (model.block_terms if self.terms else model.block_stems).get(key, 0))
        count = int(key in self.core)
        first = key.split(" ", 1)[0]
        needles = (first[:-1] or first, *_IRREGULAR_FORMS.get(stem(first) if self.terms else key, ()))
        starts, seen = block_starts(doc), set()
        for needle in needles:
            at = text.find(needle)
            while at >= 0 and count < 2:
                index = bisect.bisect_right(starts, at) - 1
                if index not in seen:
                    seen.add(index)
                    if index in model.section_of:
                        terms = model.blocks[index]
                        count += key in terms.found if self.terms else key in _stems(terms)
                at = text.find(needle, starts[index + 1]) if index + 1 < len(starts) else -1
        return count


# "This medication" points back at the article's drug; "the treatment of anxiety" does not.
_ANAPHORA = re.compile(r"\b(?:this|that) (?:medication|medicine|drug|supplement|vaccine|tablet|pill)s?\b", re.I)


def refers_to_topic(text: str) -> bool:
    """True when the text refers back to the article's drug ("this medication")."""
    return bool(_ANAPHORA.search(text))


# The key below with no options: no topic, an empty vocabulary table, no stopwords. A rule's helpers
# ask for the model thousands of times per page without options (LM105 once per link): building
# the key each time cost them 12 ms over the 130 test pages.
_NO_SETTINGS = ((), repr([]), ())


def topic_model(doc, options=None) -> TopicModel:
    """The cached topic model of ``doc`` for the ``topic``/vocabulary settings in ``options``."""
    if options is None:
        key, override, extra, stop = _NO_SETTINGS, (), {}, ()
    else:
        pack = getattr(options, "pack", None) or {}
        override = getattr(options, "topic", None) or pack.get("topic") or ()
        if isinstance(override, str):
            override = (override,)
        extra = pack.get("vocabulary") or {}
        stop = tuple(str(w) for w in (pack.get("extra_stopwords") or ()))
        key = (tuple(override), repr(sorted(extra.items())) if isinstance(extra, dict) else "", stop)
    # kept by hand, not per_document: the pack's vocabulary table (lists of terms) is a setting
    # that cannot be a key, so its repr stands for it
    cache = doc.__dict__.setdefault("_lint_med_topic_models", {})
    if key not in cache:
        cache[key] = _build(doc, tuple(override), extra if isinstance(extra, dict) else {}, stop)
    return cache[key]


def _build(doc, override: tuple, extra: dict, extra_stopwords: tuple = ()) -> TopicModel:
    lex = lexicon(getattr(doc, "vocabulary", None), extra)
    generic = generic_words()
    if extra_stopwords:
        generic = generic | {t for w in extra_stopwords for t in tokens(w)}
    filler = filler_words()
    if override:
        sources = list(override)
    else:
        # The first heading names the article when it is an h1 or opens the text; an h2
        # further down ("The hypothesis") is a section heading.
        first_heading = next((b.text for b in doc.blocks if b.kind == "heading" and b.level <= 1), "")
        if not first_heading and doc.blocks and doc.blocks[0].kind == "heading":
            first_heading = doc.blocks[0].text
        sources = [doc.title, doc.meta.get("title", ""), first_heading]
    core: set = set()
    for text in sources:
        terms = analyse(text, lex, generic)
        core.update(k for k in terms.words if k not in filler)
        core.update(terms.mentions)
    if override:
        core.update(term_key(t) for t in override)
    elif doc.meta.get("description"):
        # The description names the subject too, but is long: take its vocabulary terms only.
        core.update(k for k in analyse(doc.meta["description"], lex, generic).mentions if lex.is_entity(k))
    core.discard("")
    # "naltrexone" of "low dose naltrexone" names the topic on its own too.
    core.update(part for key in list(core) if " " in key for part in key.split() if lex.is_entity(part))
    # Only specific terms widen the topic: "trigger" or "headache" (common words of
    # several subjects) in a title say too little to pull in a whole group.
    groups = {g for key in core if lex.is_entity(key) for g in lex.membership.get(key, ())}
    related = set().union(*(lex.groups[g] for g in groups)) if groups else set()
    names = [k for k in core if k in lex.membership] or sorted(core, key=len, reverse=True)
    chosen: list = []
    for name in sorted(names, key=lambda n: (-len(n), n)):
        if not any(name in other.split() or name in other for other in chosen):
            chosen.append(name)
    label = ", ".join(chosen[:3])

    link_chars: dict = {}
    for link in doc.links:
        if link.block is not None and link.text:
            link_chars[link.block.index] = link_chars.get(link.block.index, 0) + len(link.text)
    link_share, section_of = {}, {}
    for number, section in enumerate(doc.sections):
        for block in section_members(section):
            link_share[block.index] = link_chars.get(block.index, 0) / max(1, len(block.text))
            section_of[block.index] = number
    link_domains = {id(link): link.domain for link in doc.links}
    return TopicModel(lex, core, related, groups, label, generic=generic,
                      blocks=_BlockTerms(doc.blocks, link_share, lex, generic), link_share=link_share,
                      section_of=section_of, sections=doc.sections, link_domains=link_domains,
                      site_domains=_site_domains(doc, link_domains), doc=doc)


def section_members(section) -> list:
    """The heading and blocks of a section."""
    return ([section.heading] if section.heading else []) + section.blocks


def _skipped(block, link_share: dict) -> bool:
    """True for a link list (navigation, related articles): never judged, so never analysed."""
    return link_share[block.index] >= 0.6 and block.kind != "heading"


class _BlockTerms(dict):
    """Block index -> Terms of the block, analysed when a rule first asks for it."""

    def __init__(self, blocks: list, link_share: dict, lex: Lexicon, generic: frozenset):
        super().__init__()
        self._blocks, self._link_share, self._lexicon, self._generic = blocks, link_share, lex, generic

    def __missing__(self, index: int) -> Terms:
        block = self._blocks[index]
        terms = _EMPTY_TERMS if _skipped(block, self._link_share) else analyse(block.text, self._lexicon, self._generic)
        self[index] = terms
        return terms


# "Low-dose naltrexone (LDN)", "selective serotonin reuptake inhibitors (SSRIs)".
_DEFINITION = re.compile(r"\(([A-Z][A-Za-z0-9]{1,7})\)")


def _define_abbreviations(text: str, defined: dict) -> None:
    """Record abbreviations a text defines in parentheses after their expansion."""
    for match in _DEFINITION.finditer(text):
        short = tokens(match.group(1))
        if len(short) != 1 or not short[0].isalnum() or match.group(1).lower() == match.group(1):
            continue
        short = short[0]
        before = tokens(text[max(0, match.start() - 120):match.start()])
        for size in range(2, min(len(before), 8) + 1):
            expansion = " ".join(before[-size:])
            if initials(expansion) == short:
                defined.setdefault(short, frozenset())
                defined[short] = defined[short] | {expansion}
                defined[expansion] = defined.get(expansion, frozenset()) | {short}
                break


# --- domains --------------------------------------------------------------------

# Second-level labels under which registrations happen (example.co.uk), so that the
# registrable domain is the last three labels. A small list instead of the public
# suffix list, which would need a download.
_SECOND_LEVEL = frozenset(("co", "com", "org", "net", "gov", "ac", "edu", "nhs", "or", "ne", "go", "gob",
                           "gv", "govt", "mil", "nic", "sch"))
_CANONICAL = re.compile(
    r"<link[^>]+rel=[\"']?canonical[^>]*>|<meta[^>]+(?:property|name)=[\"']og:url[\"'][^>]*>", re.I)
_HREF = re.compile(r"(?:href|content)=[\"']([^\"']+)", re.I)
_BODY_TAG = re.compile(r"<body[\s>]", re.I)


@functools.lru_cache(maxsize=4096)
def registrable(domain: str) -> str:
    """The registrable part of a host name (www.nhs.uk -> nhs.uk, a.b.example.co.uk -> example.co.uk)."""
    labels = domain.lower().strip(".").split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _site_domains(doc, link_domains: dict) -> set:
    """The article's own site: its canonical/og:url domain, or the domain most of its links go to."""
    from lint_med.document import Link

    found = set()
    if doc.format == "html":
        # (in the head: a <link rel=canonical> or og:url in the body was put into the article, and names
        # some other site, not the page's own)
        body = _BODY_TAG.search(doc.source, 0, min(len(doc.source), 400_000))
        for tag in _CANONICAL.finditer(doc.source, 0, body.start() if body else min(len(doc.source), 400_000)):
            href = _HREF.search(tag.group())
            if href:
                domain = Link(href.group(1), "", 0, 0).domain
                if domain:
                    found.add(registrable(domain))
    # (the links a reader follows: not an address written out, nor one the markup carries, `Link.carrier`)
    counts = Counter(registrable(link_domains[id(link)]) for link in doc.links
                     if link_domains[id(link)] and not link.bare and not link.carrier)
    total = sum(counts.values())
    if counts and total >= 8:
        domain, count = counts.most_common(1)[0]
        if count / total >= 0.5:  # navigation and related links of the site itself
            found.add(domain)
    return found


# The blocks of running text, as the topic rules read them (not headings, tables or captions).
PROSE_KINDS = ("paragraph", "list_item", "quote")


def section_prose(model: TopicModel, section) -> list:
    """The prose blocks of a section, without link lists (navigation, related links)."""
    return [b for b in section.blocks if b.kind in PROSE_KINDS and not model.is_link_list(b)]


def title_heading(doc, section) -> bool:
    """True for the heading that carries the article's title (it defines the topic)."""
    heading = section.heading
    if heading is None:
        return False
    first = next((b for b in doc.blocks if b.kind == "heading"), None)
    return heading is first and (heading.level <= 1 or heading.text.strip() == doc.title.strip())
