"""Regulatory: an article about a prescription drug says what its status is."""

from __future__ import annotations

import functools
import itertools
import re
import types
from collections import Counter
from dataclasses import dataclass, field
from operator import methodcaller
from typing import Callable, Iterable

from lint_med import Hit, Option, per_document, rule

from ._data import load
from ._evidence import blocks_holding, distinct_words, lowered_body
from ._language import language
from ._pagekind import page_kind
from ._topic import zipf_table


@functools.lru_cache(maxsize=None)
def _lexicon(extra: tuple[str, ...]) -> tuple[dict, tuple, frozenset, frozenset]:
    """(first word -> (name as word tuple, generic name), drug-name stems, words that
    only look like drugs, the first words as a set), built once; brand names count as
    their generic. Matching goes word by word through dict lookups: one regex
    alternation of 500 names is ten times slower on a long page."""
    data = load("regulatory_drugs")
    names = {name.lower() for group in data["classes"].values() for name in group}
    names.update(name.lower() for name in extra)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    canonical = {name: name for name in names}
    for brand, generic in data.get("brands", {}).items():
        canonical[brand.lower()] = generic.lower()
    for name, generic in canonical.items():
        words = tuple(_TOKEN.findall(name))
        if words:
            by_first.setdefault(words[0], []).append((words, generic))
    for candidates in by_first.values():
        candidates.sort(key=lambda item: len(item[0]), reverse=True)  # longest first: "insulin glargine"
    return by_first, _inn_stems()[0], frozenset(w.lower() for w in data["not_drugs"]), frozenset(by_first)


@functools.lru_cache(maxsize=None)
def _inn_stems() -> tuple[tuple[str, ...], int, float]:
    """(the INN stems, longest first, in both spellings of "ph"; the shortest word that counts;
    the Zipf frequency from which a word is ordinary English), from `data/regulatory_inn_stems.toml`."""
    data = load("regulatory_inn_stems")
    stems = {stem for group in data["stems"].values() for stem in group}
    stems.update(stem.replace("f", "ph") for stem in data["ph_variants"])  # clomifene, clomiphene
    return tuple(sorted(stems, key=len, reverse=True)), int(data["min_length"]), float(data["max_zipf"])


_TOKEN = re.compile(r"[a-z0-9]+")
_WORD = re.compile(r"[A-Za-z0-9]+")


@functools.lru_cache(maxsize=None)
def _lexicon_bytes(extra: tuple[str, ...]) -> tuple[frozenset, tuple, int, frozenset]:
    """The first words of drug names and the drug-name stems, as bytes (see distinct_words);
    the length k of the shortest stem and the stems' last k letters."""
    _, suffixes, _, first_words = _lexicon(extra)
    stems = tuple(suffix.encode() for suffix in suffixes)
    k = min(map(len, stems), default=0)
    return frozenset(word.encode() for word in first_words), stems, k, frozenset(stem[len(stem) - k:] for stem in stems)


class _StemEndings:
    """Which words (bytes) end in a drug-name stem, ``{word for word in words if
    word.endswith(stems)}``, with each word judged once per process: most words of an
    article were met in the articles before, and set operations (in C) find the new ones and
    the hits. A new word's last k letters are looked up first: few words end like a stem, and
    endswith(38 stems) on every word costs more."""

    def __init__(self, extra: tuple[str, ...]) -> None:
        _, self.stems, self.k, self.stem_ends = _lexicon_bytes(extra)
        self.judged: set[bytes] = set()
        self.ending: set[bytes] = set()

    def of(self, words: set[bytes]) -> set[bytes]:
        new = words - self.judged
        if new:
            if len(self.judged) > 200_000:  # bound the memory of a long run over many files
                self.judged, self.ending, new = set(), set(), words
            k, stem_ends, stems = self.k, self.stem_ends, self.stems
            self.ending.update(word for word in new if word[len(word) - k:] in stem_ends and word.endswith(stems))
            self.judged |= new
        return words & self.ending


@functools.lru_cache(maxsize=8)
def _stem_endings(extra: tuple[str, ...]) -> _StemEndings:
    return _StemEndings(extra)


def _stem_match(word: str, suffixes: tuple[str, ...]) -> bool:
    """A drug name by its INN stem: at least three letters before the stem ("olol" alone is no
    drug), long enough, and no common English word ("concept" ends in -cept, "cholesterol" in
    -terol): wordfreq's list of common words (`_topic.zipf_table`) holds few drug names."""
    _, min_length, max_zipf = _inn_stems()
    if len(word) < min_length or not word.endswith(suffixes) or not word.isalpha():
        return False
    if zipf_table().get(word, 0.0) >= max_zipf:
        return False
    return any(word.endswith(s) and len(word) >= len(s) + 3 for s in suffixes)


_BEFORE_KEYWORD = 80  # characters

# Packs that check a drug's status in detail (the drugs pack's DRG101) say, per article, which
# drugs they check there. LM911 leaves those drugs to them, and only those: a pack that knows
# naltrexone but is not active for an article on standard naltrexone must not silence LM911.
_PACK_COVERAGE: list[Callable[..., Iterable[str]]] = []


def leave_status_to_pack(covered: Callable[..., Iterable[str]]) -> None:
    """Register ``covered(doc) -> drug names`` (lowercase generic names or pack vocabulary
    terms): the drugs whose status a pack checks in this article itself."""
    if covered not in _PACK_COVERAGE:
        _PACK_COVERAGE.append(covered)


def _left_to_packs(doc) -> set[str]:
    """The drugs a registered pack checks in this article; only packs that registered a
    vocabulary for this run (an installed plugin) count."""
    if not doc.vocabulary:
        return set()
    return {name.lower() for covered in _PACK_COVERAGE for name in covered(doc)}


@functools.lru_cache(maxsize=None)
def _status(extra: tuple[str, ...], access: bool = True):
    """A test for a statement of status in a text: one of the keywords (skipped with user
    patterns, which may hold any word), then the patterns; with `access` False, a statement
    of how the drug is obtained ("prescription-only", "a controlled substance") does not count."""
    data = load("regulatory_status")
    regulator = "|".join(data["regulators"])  # `{regulator}` in a pattern: any drug regulator
    country = "|".join(data["countries"])  # `{country}`: the countries most readers are in
    own = list(data["patterns"]) + (list(data["access_patterns"]) if access else [])
    patterns = [p.replace("{regulator}", regulator).replace("{country}", country) for p in own] + list(extra)
    pattern = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    keywords = () if extra else tuple(data["keywords"])
    # words that look like a status and are not one (a trial phase as the source of a result, a clinic's licence)
    # are taken out first, in the paragraphs that hold a word of them
    lookalike = re.compile("|".join(f"(?:{p.replace('{regulator}', regulator)})" for p in data["not_status"]), re.I)
    lookalike_words = tuple(data["not_status_keywords"])

    def states_status(text: str) -> bool:
        lowered = text.lower()
        if any(map(lowered.__contains__, lookalike_words)):
            text = lookalike.sub(" ", text)
            lowered = text.lower()
        if not keywords:
            return pattern.search(text) is not None
        first = min((at for at in map(lowered.find, keywords) if at >= 0), default=-1)
        # no statement starts more than a few words before its keyword ("the FDA on Friday approved")
        return first >= 0 and pattern.search(text, max(0, first - _BEFORE_KEYWORD)) is not None

    return states_status


def _has_sentences(doc, count: int) -> bool:
    """Whether the prose holds at least ``count`` sentences that end as sentences do."""
    ended = (s for b in doc.blocks if b.kind != "heading" for s in b.sentences
             if s.text.rstrip().rstrip("\"'”’)").endswith((".", "!", "?")))
    return sum(1 for _ in zip(range(count), ended)) >= count


def _checked_language(doc) -> str | None:
    """The article's language (`_language`) when LM911 knows its status phrasings: "en", or one of
    `data/regulatory_languages.toml`; else None (not checked)."""
    code = language(doc)
    return code if code == "en" or code in load("regulatory_languages")["languages"] else None


def _status_test(code: str, extra: tuple[str, ...], access: bool = True):
    """The status test for the article's language (`_status` in English, `_status_in` otherwise)."""
    return _status(extra, access) if code == "en" else _status_in(code, extra, access)


@functools.lru_cache(maxsize=None)
def _status_in(code: str, extra: tuple[str, ...], access: bool = True):
    """The status test for a language of `data/regulatory_languages.toml` (see `_status`)."""
    data = load("regulatory_languages")
    spec = data["languages"][code]
    own = list(spec["patterns"]) + (list(spec["access_patterns"]) if access else [])
    pattern = re.compile("|".join(f"(?:{p.replace('{regulator}', data['regulators'])})" for p in own + list(extra)),
                         re.I)
    return lambda text: pattern.search(text) is not None


def find_drugs(text: str, extra_drugs=()) -> list[tuple[int, int, str]]:
    """The drugs named in a text: (start, end, generic name) for each mention."""
    by_first, suffixes, not_drugs, first_words = _lexicon(tuple(extra_drugs))
    words = set(_TOKEN.findall(text.lower()))
    # a set against a set: isdisjoint walks the smaller (against the dict it walked all its keys)
    if words.isdisjoint(first_words) and not any(map(methodcaller("endswith", suffixes), words)):
        return []  # most blocks name no drug: skip the word-by-word pass
    tokens = list(_WORD.finditer(text))
    lowered = [t.group().lower() for t in tokens]
    found_all = []
    after_last = 0  # the first token after the last name found
    # only a word that starts a name or ends like a stem can be the first of a drug name
    for i in [i for i, word in enumerate(lowered) if word in by_first or word.endswith(suffixes)]:
        if i < after_last:
            continue  # inside a name found ("insulin glargine")
        word = lowered[i]
        found = None
        for name, generic in by_first.get(word, ()):
            if tuple(lowered[i : i + len(name)]) == name:
                found = (generic, len(name))
                break
        if found is None and not tokens[i].group().isupper() and word not in not_drugs \
                and _stem_match(word, suffixes):
            found = (word, 1)  # an acronym or product code in capitals is not a generic name
        if found is None:
            continue
        key, length = found
        found_all.append((tokens[i].start(), tokens[i + length - 1].end(), key))
        after_last = i + length
    return found_all


@functools.lru_cache(maxsize=None)
def _dosed_hormones() -> tuple[frozenset, re.Pattern]:
    """(hormones counted as drugs only where the article doses them, the test for dosing)."""
    data = load("regulatory_drugs")
    return frozenset(name.lower() for name in data["dosed_hormones"]), re.compile(data["dosing"], re.I)


@functools.lru_cache(maxsize=None)
def _use_beyond_label() -> re.Pattern:
    """A use of a drug beyond treating a disease ("smart drug"; data/regulatory_status.toml)."""
    return re.compile("|".join(load("regulatory_status")["uses_beyond_label"]), re.I)


@functools.lru_cache(maxsize=None)
def _compounded_terms() -> re.Pattern:
    """A compounded product or a compounding pharmacy (data/regulatory_status.toml, `compounded`)."""
    return re.compile("|".join(load("regulatory_status")["compounded"]), re.I)


_COMPOUNDED_BEFORE = re.compile(r"\bcompounded (?:[a-z]+ )?$", re.I)  # "compounded (oral) semaglutide"


def offers_compounded(doc, extra_drugs=()) -> str | None:
    """The words by which the article offers a compounded drug ("compounded tirzepatide",
    "a compounding pharmacy"), or None."""
    body = doc.body_text
    if "compound" not in body.lower():
        return None
    term = _compounded_terms().search(body)
    if term is not None:
        return term.group()
    for block in blocks_holding(doc, ("compounded",)):
        for start, end, _ in find_drugs(block.text, extra_drugs):
            before = _COMPOUNDED_BEFORE.search(block.text, max(0, start - 30), start)
            if before is not None:
                return block.text[before.start():end]
    return None


def drug_mentions(doc, extra_drugs=()) -> tuple[Counter, dict]:
    """Count each drug's mentions in the article; remember the first (block, span) of each.
    A hormone the body makes (hCG) counts only in an article that speaks of dosing it or that
    offers it as a seller (`_pagekind`: "hCG drops", servings, a price). A name known only by
    its INN stem counts only in an article that speaks of using a medicine (`drug_use`). A drug
    sold over the counter in one form and on prescription in another (minoxidil) counts only in an
    article that names the prescription form (`prescription_forms`: "oral minoxidil"). A drug that
    a dietary supplement holds or is sold as does not count in an article that names the supplement
    (`supplement_forms`: "lithium orotate", "red yeast rice" for lovastatin): it is about the supplement.
    Counted once per document and extra drugs (LM911 and LM701's promotion gate both ask); callers
    only read what it returns."""
    return _drug_mentions(doc, tuple(extra_drugs))[:2]


@per_document
def _drug_mentions(doc, extra_drugs: tuple) -> tuple[Counter, dict, dict]:
    counts, spans = _all_drug_mentions(doc, extra_drugs)
    dropped = [drug for drug, form in _prescription_forms().items()
               if drug in counts and form.search(doc.body_text) is None]
    dropped += [drug for drug, form in _supplement_forms().items()
                if drug in counts and form.search(doc.body_text) is not None]
    hormones, dosing = _dosed_hormones()
    if not hormones.isdisjoint(counts) and not dosing.search(doc.body_text) and not page_kind(doc).sells:
        dropped += hormones.intersection(counts)
    by_stem = [drug for drug in counts if drug not in _listed(tuple(extra_drugs))]
    if by_stem and _drug_use().search(doc.body_text) is None:
        dropped += by_stem
    for drug in set(dropped):
        del counts[drug], spans[drug]
    return counts, {drug: mentions[0] for drug, mentions in spans.items()}, spans


def drug_spans(doc, extra_drugs=()) -> dict:
    """Each counted drug's mentions, (block, span), in the order of the article (see `drug_mentions`)."""
    return _drug_mentions(doc, tuple(extra_drugs))[2]


@functools.lru_cache(maxsize=None)
def _prescription_forms() -> dict[str, re.Pattern]:
    """Drug -> its prescription form, for drugs also sold over the counter (data/regulatory_drugs.toml)."""
    return {drug: re.compile(form, re.I) for drug, form in load("regulatory_drugs")["prescription_forms"].items()}


@functools.lru_cache(maxsize=None)
def _supplement_forms() -> dict[str, re.Pattern]:
    """Drug -> the dietary supplement that holds it or is sold as it (data/regulatory_drugs.toml)."""
    return {drug: re.compile(form, re.I) for drug, form in load("regulatory_drugs")["supplement_forms"].items()}


@functools.lru_cache(maxsize=None)
def _listed(extra: tuple[str, ...]) -> frozenset:
    """The generic names of the drug list (and the user's `extra_drugs`)."""
    return frozenset(generic for names in _lexicon(extra)[0].values() for _, generic in names)


@functools.lru_cache(maxsize=None)
def _drug_use() -> re.Pattern:
    """Words of using a medicine (`drug_use` in data/regulatory_inn_stems.toml)."""
    return re.compile(load("regulatory_inn_stems")["drug_use"], re.I)


def _all_drug_mentions(doc, extra_drugs=()) -> tuple[Counter, dict]:
    """Every drug name's count of mentions and each mention's (block, span), hormones included."""
    counts: Counter = Counter()
    spans: dict = {}
    first_words = _lexicon_bytes(tuple(extra_drugs))[0]
    words = distinct_words(doc)[0]  # set(_TOKEN.findall(lowercase text)), as bytes
    # the article's words that may start a drug name: a block holding none of them
    # (as substrings, a looser test) is not tokenised; the words ending in a drug-name stem
    # (in the set's order, which no answer depends on: a set of bytes is ordered by their hashes)
    stemmed = map(bytes.decode, _stem_endings(tuple(extra_drugs)).of(words))
    names = [word.decode() for word in words & first_words]
    candidates = tuple(names + [word for word in stemmed if _stem_match(word, _inn_stems()[0])])
    if not candidates:
        return counts, spans
    found = {block.index: (block, find_drugs(block.text, extra_drugs)) for block in blocks_holding(doc, candidates)}
    brands = learned_brands(doc, found.values(), extra_drugs)
    if brands:
        # a learned brand's mentions join the generic's, in the blocks that name it
        mention = re.compile(r"\b(?:" + "|".join(map(re.escape, brands)) + r")\b", re.I)
        for block in blocks_holding(doc, tuple(brands)):
            named = [(m.start(), m.end(), brands[m.group().lower()]) for m in mention.finditer(block.text)]
            drugs = found.get(block.index, (block, []))[1]
            found[block.index] = (block, sorted(drugs + named))
    for index in sorted(found):
        block, drugs = found[index]
        last_end, last_key = -10, None
        for start, end, key in drugs:
            # "alendronate (Fosamax)": a brand beside its generic is one mention
            if not (key == last_key and start - last_end <= 3):
                counts[key] += 1
                spans.setdefault(key, []).append((block, (start, end)))
            last_end, last_key = end, key
    return counts, spans


@functools.lru_cache(maxsize=None)
def _brand_forms() -> tuple[re.Pattern, re.Pattern]:
    """(the words before a generic that name a brand beside it, the words after it; data/regulatory_drugs.toml)."""
    data = load("regulatory_drugs")
    return re.compile(data["brand_before"]), re.compile(data["brand_after"])


_BRAND_BEFORE = 80  # characters before a generic where a brand beside it may start ("Each Brand 30 mg tablet ...")


def learned_brands(doc, found: Iterable, extra_drugs=()) -> dict[str, str]:
    """A brand no list holds, learned from the page: lowercase brand -> generic, for each capitalised word that
    stands beside a generic the lists know ("Brand (generic)", "generic (Brand)", "Brand, known generically as
    generic", "generic, also known as Brand", "Each Brand 30 mg tablet contains ... generic"; `brand_before`, `brand_after` in
    data/regulatory_drugs.toml). `found` holds (block, [(start, end, generic)]) pairs. The word must be no common
    English word, no word of the generic's own name ("Human Chorionic Gonadotropin (hCG)"), no drug the lists know,
    and never written in lowercase on the page (a brand is a name; "Melatonin (Gummies)" then "our gummies" is a
    form): a page that names the drug mostly by its brand is about the drug."""
    before, after = _brand_forms()
    max_zipf = _inn_stems()[2]
    brands: dict[str, str] = {}
    for block, drugs in found:
        text = block.text
        for start, end, key in drugs:
            matches = (before.search(text, max(0, start - _BRAND_BEFORE), start), after.match(text, end))
            for match in filter(None, matches):
                brand = next(word for word in match.groups() if word).lower()
                if brand not in key.split() and brand not in brands and zipf_table().get(brand, 0.0) < max_zipf \
                        and not find_drugs(brand, extra_drugs) \
                        and re.search(r"\b" + brand + r"\b", doc.body_text) is None:
                    brands[brand] = key
    return brands


_LEAD_HEADINGS = 3  # headings at most, before the first paragraph


@per_document
def _title(doc) -> str:
    """The article's title and the headings that open its text before any prose (at most three); not a
    section heading further down. A page's own name often follows a heading of site furniture ("Skip to
    main content", the site's name, "Peptide Profile" above the product's name): in the labelled corpus
    ten pages open so, five of them positives, and on each the name is the page's subject."""
    lead = [b.text for b in itertools.takewhile(lambda b: b.kind == "heading", doc.blocks[:_LEAD_HEADINGS])]
    return "\n".join(dict.fromkeys(filter(None, [doc.title, *lead])))  # once per document: three rules' steps ask


@functools.lru_cache(maxsize=None)
def _device_terms() -> re.Pattern:
    """One regex for the device and test names of `data/regulatory_devices.toml`."""
    terms = sorted(load("regulatory_devices")["terms"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t).replace(r"\ ", r"[\s-]+") for t in terms) + r")s?\b", re.I)


def topic_device(doc, min_mentions: int):
    """(block, span, name) of the medical device or test the article is about: named in its
    title, with device names mentioned at least `min_mentions` times in the text; else None."""
    title = _title(doc)
    named = _device_terms().search(title)
    if named is None:
        return None
    # the text names it by its head word: "a new blood test ... the test"
    head = re.compile(r"\b" + re.escape(named.group().split()[-1].rstrip("s")) + r"s?\b", re.I)
    body = doc.body_text
    if max(len(head.findall(body)), len(_device_terms().findall(body))) < min_mentions:
        return None
    for block in doc.blocks:
        match = _device_terms().search(block.text)
        if match:
            return block, match.span(), named.group().lower()
    return None


@functools.lru_cache(maxsize=None)
def _cell_products() -> tuple[frozenset, re.Pattern, re.Pattern]:
    """(the first words of the cell and tissue product terms, as bytes; the terms; the test for
    giving one as a treatment), from `data/regulatory_devices.toml`. An article holding none of
    the first words (most) is not searched."""
    data = load("regulatory_devices")
    terms = sorted(data["cell_products"], key=len, reverse=True)
    names = re.compile(r"\b(?:" + "|".join(re.escape(t).replace(r"\ ", r"[\s-]+") for t in terms) + r")\b", re.I)
    first_words = frozenset(_TOKEN.match(t.lower()).group().encode() for t in terms)
    return first_words, names, re.compile(data["cell_product_given"], re.I)


def topic_cell_product(doc, min_mentions: int, words_per_mention: int, code: str = "en"):
    """(block, span, name) of the cell or tissue product (stem cells, exosomes, amniotic products) the
    article offers as a treatment: named in its title or often enough (as a drug is), and
    given as one somewhere ("stem cell therapy", "exosome injections"; in another language
    `code`, a word of treatment anywhere); else None."""
    if code == "en":
        first_words, names, given = _cell_products()
        present = first_words.intersection(distinct_words(doc)[0])
        if not present:
            return None
        blocks = blocks_holding(doc, tuple(word.decode() for word in present))
    else:
        names, given = _cell_products_in(code)
        blocks = doc.blocks
    matches = [(block, match) for block in blocks for match in names.finditer(block.text)]
    if not matches:
        return None
    title = _title(doc)
    if not names.search(title) and (len(matches) < min_mentions
                                    or len(matches) * words_per_mention < len(doc.body_text.split())):
        return None
    if not any(given.search(block.text) for block in blocks) and given.search(title) is None:
        return None
    block, match = matches[0]
    return block, match.span(), match.group().lower()


@functools.lru_cache(maxsize=None)
def _cell_products_in(code: str) -> tuple[re.Pattern, re.Pattern]:
    """(the cell product names, a word of treatment) in a language of `data/regulatory_languages.toml`."""
    spec = load("regulatory_languages")["languages"][code]
    names = "|".join(re.escape(name).replace(r"\ ", r"[\s-]+") for name in spec["cell_products"])
    return re.compile(r"(?<!\w)(?:" + names + r")\w*", re.I), re.compile(spec["treatment"], re.I)


@functools.lru_cache(maxsize=None)
def _cell_product_beginnings() -> tuple[str, ...]:
    """The beginnings of cell product names in every other language (lowercase)."""
    return tuple({name for spec in load("regulatory_languages")["languages"].values()
                  for name in spec["cell_products"]})


_OPENING = 4000  # characters: where a page in another language names its product


def _may_name_product(doc) -> bool:
    """Whether the article may be about a device, test or cell product: a device named in its title,
    a cell product's English name in its text, or, in another language LM911 knows, one of that
    language's names in its opening; a cheap test (sets and substrings) before the product is looked
    for. Plain definition: this is True wherever `_topic_product` for the article's language is not None."""
    if _device_terms().search(_title(doc)):
        return True
    words = distinct_words(doc)[0]
    if not _cell_products()[0].isdisjoint(words):
        return True
    if _checked_language(doc) in (None, "en"):
        return False  # an English page names its products in English
    opening = lowered_body(doc)[:_OPENING]  # where such a page names its product
    return any(name in opening for name in _cell_product_beginnings())


_DEVICE = ("a medical device or test", "cleared or approved and for what, investigational, only in trials",
           "State whether it is cleared or approved for this use, by which regulator, or that it is still "
           "being tested")
_CELL_PRODUCT = ("a cell or tissue product given as a treatment",
                 "FDA-approved and for what, or unapproved, experimental, only in trials",
                 "Say whether the product is approved for this use; in the US most stem-cell, exosome and "
                 "amniotic products sold by clinics are not")


def _topic_product(doc, min_mentions: int, words_per_mention: int, code: str = "en"):
    """((block, span, name), (kind, statuses, suggestion)) of the device, test or cell product
    an article that names no topic drug is about; else None. Device names are known in English only."""
    device = topic_device(doc, min_mentions) if code == "en" else None
    if device is not None:
        return device, _DEVICE
    cells = topic_cell_product(doc, min_mentions, words_per_mention, code)
    return None if cells is None else (cells, _CELL_PRODUCT)


def topic_drugs(doc, counts: Counter, min_mentions: int, words_per_mention: int, extra_drugs=()) -> list[str]:
    """The drugs the article is about: named in its title, or its most-mentioned drug
    when mentioned often enough (at least `min_mentions` times and once per
    `words_per_mention` words), or the only drug it names, at least twice, when its
    title is about a treatment ("Treating MS early ..." with interferon beta-1b named
    twice in a short release: the title's treatment is that drug), or the drug it names
    most, at least twice, when its mentions and the page's "this medication" (`referring_to_drug`)
    are often enough together (a leaflet that names its drug twice and then says "this medication")."""
    title = _title(doc)
    about = list(dict.fromkeys(key for _, _, key in find_drugs(title, extra_drugs) if key in counts))
    if counts:
        words = max(1, len(doc.body_text.split()))
        top = max(counts.values())
        if top >= min_mentions and top * words_per_mention >= words:
            about += [drug for drug, n in counts.items() if n == top and drug not in about]
        elif not about and len(counts) == 1 and top >= 2 and _treatment_title().search(title):
            about += list(counts)
        elif not about and top >= 2 and sum(n == top for n in counts.values()) == 1:
            # the one drug the page names most, then calls "this medication": those are its mentions too
            mentions = top + len(_referring().findall(doc.body_text))
            if mentions >= min_mentions and mentions * words_per_mention >= words:
                about += [drug for drug, n in counts.items() if n == top]
    return about


def named_in_passing(doc, drug: str, extra_drugs=()) -> bool:
    """Whether the article names the drug mostly in passing: at least `in_passing_share` of its mentions
    as an ingredient, an example or a comparison ("identical to lovastatin", "drugs like fenbendazole",
    "nature's Ozempic"; `in_passing` in data/regulatory_drugs.toml). Such a page is about something
    else: the supplement compared with the drug, the class or protocol it is an example of."""
    pattern, share = _in_passing()
    spans = drug_spans(doc, extra_drugs).get(drug, ())
    passing = sum(1 for block, (start, _) in spans
                  if pattern.search(block.text, max(0, start - _IN_PASSING_BEFORE), start))
    return bool(spans) and passing >= share * len(spans)


_IN_PASSING_BEFORE = 40  # characters


_HEADLINE_WORDS = 15  # at most, in a first line that titles a plain text


def _headline(doc) -> str:
    """The title and opening headings (`_title`), and the first line of a text that has none, when it reads as a title
    (a short line that ends with no full stop: a plain-text page's title)."""
    first = doc.blocks[0].text.strip() if doc.blocks else ""
    if first and len(first.split()) <= _HEADLINE_WORDS and not first.endswith("."):
        return _title(doc) + "\n" + first
    return _title(doc)


def _headline_only(doc, drug: str, extra_drugs=()) -> bool:
    """Whether the drug is named only in the headline (`_headline`, and its copies) of a page whose text never speaks
    of using a medicine (`drug_use`: a dose, a tablet, a prescription, side effects): a keyword title over scraped or
    unrelated text is no article about the drug."""
    headline = set(filter(None, _headline(doc).split("\n")))
    if any(block.text.strip() not in headline for block, _ in drug_spans(doc, extra_drugs).get(drug, ())):
        return False
    return not any(_drug_use().search(block.text) for block in doc.blocks if block.text.strip() not in headline)


@functools.lru_cache(maxsize=None)
def _referring() -> re.Pattern:
    """A definite noun phrase that refers back to a drug (`referring_to_drug` in data/regulatory_drugs.toml)."""
    return re.compile(load("regulatory_drugs")["referring_to_drug"], re.I)


@functools.lru_cache(maxsize=None)
def _interaction_title() -> re.Pattern:
    """A title about an interaction between two named things (`interaction_title` in data/regulatory_drugs.toml)."""
    return re.compile(load("regulatory_drugs")["interaction_title"], re.I)


@functools.lru_cache(maxsize=None)
def _in_passing() -> tuple[re.Pattern, float]:
    """(the words that name a drug in passing, the share of mentions that makes it so; data/regulatory_drugs.toml)."""
    data = load("regulatory_drugs")
    return re.compile(data["in_passing"], re.I), float(data["in_passing_share"])


_CALLED_BEFORE = 70  # characters before a head noun ("drug") where the page names what it calls so
_NAME_AFTER = re.compile(r" ([a-z][a-z0-9-]{4,})\b")  # "the drug lorcaserin"


def _nouns_in(body: str, nouns: re.Pattern):
    """The head nouns' matches in the lowercase body, found from their first letters with str.find (a scan of a
    long page with the regex alone costs ten times more; most pages name no drug)."""
    for stem in ("drug", "medic"):
        at = body.find(stem)
        while at >= 0:
            match = nouns.match(body, at)
            if match is not None and (at == 0 or not body[at - 1].isalnum()):
                yield match
            at = body.find(stem, at + 1)


@functools.lru_cache(maxsize=None)
def _called_a_drug() -> tuple[re.Pattern, re.Pattern]:
    """(the words before a head noun that name what the page calls a drug, the head nouns; data/regulatory_drugs.toml)."""
    data = load("regulatory_drugs")
    return re.compile(data["called_a_drug"]), re.compile(data["called_a_drug_nouns"])


def called_a_drug(doc, min_mentions: int, words_per_mention: int, extra_drugs=()):
    """(block, span, name) of a drug no list knows that the article is about: a rare word the page itself calls a
    drug ("ibogaine, a psychedelic drug", "the drug lorcaserin"), writes in lowercase somewhere (a generic name,
    not a person's) and mentions as often as a listed drug must be to be the subject; else None. An unknown drug is named so on the page that explains it; the lists cannot
    hold the next research chemical or psychedelic."""
    body = lowered_body(doc)
    before, nouns = _called_a_drug()
    words = 0
    _, _, max_zipf = _inn_stems()
    seen = set()
    for noun in _nouns_in(body, nouns):
        named = before.search(body, max(0, noun.start() - _CALLED_BEFORE), noun.start())
        if named is None:
            continue
        after = None if named.group(1) else _NAME_AFTER.match(body, noun.end())
        name = named.group(1) or (after.group(1) if after else None)
        if name is None or name in seen:
            continue
        seen.add(name)
        if zipf_table().get(name, 0.0) >= max_zipf or find_drugs(name, extra_drugs):
            continue  # an ordinary word ("alcohol"), or a drug the lists know (counted as such)
        mention = re.compile(r"\b" + re.escape(name) + r"\b")
        if mention.search(doc.body_text) is None:
            continue  # never in lowercase: a person's name ("Pourcho, a sports medicine specialist")
        mentions = len(mention.findall(body))
        words = words or max(1, len(body.split()))
        if mentions < min_mentions or mentions * words_per_mention < words or name in _left_to_packs(doc):
            continue
        block = next(b for b in doc.blocks if name in b.text.lower())
        at = block.text.lower().index(name)
        return block, (at, at + len(name)), name
    return None


@functools.lru_cache(maxsize=None)
def _treatment_title() -> re.Pattern:
    """A title about treating (data/regulatory_drugs.toml, `treatment_title_words`)."""
    return re.compile(r"\b(?:" + "|".join(load("regulatory_drugs")["treatment_title_words"]) + r")\b", re.I)


@rule("LM911", "missing-regulatory-status", category="regulatory", severity="warning", options={
    "min_mentions": Option(3, "a drug not in the title must be mentioned at least this often (and be "
                              "the most-mentioned drug) for the article to be about it"),
    "words_per_mention": Option(250, "...and at least once per this many words of the article"),
    "min_sentences": Option(1, "texts with fewer sentences of prose (keyword lists, link dumps) are "
                               "not checked"),
    "extra_drugs": Option([], "more prescription drug names (generic or brand) to recognise"),
    "extra_status_patterns": Option([], "more regular expressions that count as a statement of "
                                        "regulatory status"),
})
def missing_regulatory_status(doc, options):
    """Report an article about a prescription drug that never states its regulatory status.

    ## What it does
    Finds the prescription drugs the article names, from a lexicon of a few hundred
    generic names grouped by class (`data/regulatory_drugs.toml`) and, for any drug
    the list does not know, from the stems of international nonproprietary names
    (-mab, -tinib, -prazole, -statin, -sartan, -olol, -pril, -vir, -gliflozin,
    -glutide, -gepant, -ifene/-iphene, ...; `data/regulatory_inn_stems.toml`): a word
    of at least seven letters, three of them before the stem, that is no common
    English word (wordfreq; "concept" ends in -cept), in an article that speaks of
    using a medicine (a dose, a tablet or injection, a prescription, side effects;
    `drug_use`); common brand names count as their generic (Ozempic and Wegovy as
    semaglutide), and so does a brand no list holds where the page sets it beside a generic
    ("Brand (generic)", "generic (Brand)", "Brand, known generically as generic", "Brand, also known as generic", "Each Brand
    30 mg tablet contains ... generic"; `brand_before`, `brand_after` in
    `data/regulatory_drugs.toml`). The article is about a drug when
    the drug is in its title (or in the headings that open the page before any prose:
    a product's name under "Skip to main content" or a site's section label), or when it is the most-mentioned drug, mentioned at
    least `min_mentions` times and once per `words_per_mention` words; not when it names
    the drug mostly in passing, as an ingredient, an example or a comparison (at least
    `in_passing_share` of its mentions after "identical to", "like", "such as",
    "including", "nature's", "than"; `in_passing` in `data/regulatory_drugs.toml`): a
    page on a supplement sold as "nature's Ozempic", a red yeast rice page ("identical to
    lovastatin") or a regimen "including fenbendazole" is about something else. An article
    about no listed drug is about a drug no list knows when the page itself calls a word a drug
    ("ibogaine, a psychedelic drug made from ...", "X is an anaesthetic medicine", "the drug X";
    `called_a_drug` in `data/regulatory_drugs.toml`), that word is no common English word, is
    written in lowercase somewhere (a generic name, not a person's) and is mentioned as often as a
    listed drug must be. An article
    names no such drug but is about a medical device or test when its title names
    one (a laser treatment, implant, stimulator, stent, blood or breath test; list
    in `data/regulatory_devices.toml`) and the text mentions it `min_mentions`
    times. Failing both, an article is about a cell or tissue product (stem cells,
    exosomes, amniotic, placental or cord-blood products; not platelet-rich plasma, a procedure;
    `cell_products` in the same file) when it names one in its title or as often as a
    topic drug, and speaks of giving it ("stem cell therapy", "exosome injections"): a
    stem-cell transplant for leukaemia, standard care, is not given in those words.
    Texts with fewer than `min_sentences` sentences of prose (a page of search
    phrases) are not checked. A text in Spanish, Portuguese, French, Italian, German or
    Greek (declared, or told by its share of each language's function words) is checked
    with that language's status phrasings and cell-product names
    (`data/regulatory_languages.toml`: "não é aprovado pela FDA", "hors AMM", "senza
    ricetta", "no cuenta con registro sanitario", "θεραπεία με εξωσώματα"); a text in any other language is not. If such an article
    never states the status (approved, cleared,
    licensed or authorised, by any drug regulator (FDA, EMA, MHRA, Health Canada, TGA,
    Medsafe, PMDA, Swissmedic, COFEPRIS, "health authorities", a ministry of health;
    `regulators`), in any
    tense: "the FDA today approved", "awaiting F.D.A. review"; approval as an event,
    whoever gave it: "was approved in 2021 for", "won approval in Europe" (not an ethics
    committee's approval of a study, nor "once your order is approved"); not approved,
    off-label, prescription-only, prescribed to the reader ("your prescriber will
    check", "it has been prescribed for you", "take it as prescribed", "a widely
    prescribed medicine", "get a prescription", "your GP can prescribe it", "it must be
    prescribed by a GP", "went to the doctor for prescriptions"; not the
    anecdote "my doctor prescribed it"), over the counter, a pharmacy or pharmacist-only
    medicine, "a doctor's script", only available through a clinician, for research
    only or not for human use (a seller's own words for an unapproved peptide),
    controlled substance, regulated by or legal under a named regulator where it is
    given ("legal under Mexico's health authority", "overseen by COFEPRIS": a clinic
    abroad; a licence the clinic itself holds, "the clinic's COFEPRIS licence", "our
    pharmacy is licensed by Health Canada", approves no product and does not count); an
    approved or licensed treatment, "indicated for" or "as"; not a medicine in the countries
    most readers are in ("not sold in the UK", "used in some countries, though not in the
    US"; `countries`); or still under study: experimental, investigational, in a phase 3
    trial, still being tested in patients, under investigation, not yet available in
    pharmacies; "the only federally approved", the tissue rules (HCT/P); list
    in `data/regulatory_status.toml`), the rule reports the first mention of the
    drug or device. Reporting a trial's results ("in trials, more people
    improved") is not a status statement, nor is a trial phase named as where a
    result was recorded ("the largest loss seen in phase 2 studies": the source of a
    figure; "it is in phase 3 trials" says the status; `not_status`).
    An article that presents the drug for a use beyond treating a disease (a
    "smart drug", a nootropic, a cognitive or performance enhancer;
    `uses_beyond_label`) must say whether that use is approved or off-label: there,
    a statement of how the drug is obtained (prescription-only, a controlled
    substance, "doctors prescribe it for narcolepsy"; `access_patterns`) is not
    enough, for it leaves the reader to assume the promoted use is an approved one.
    So must an article that offers a compounded version of the drug ("compounded
    semaglutide", "a compounding pharmacy"; `compounded` in the same file, or
    "compounded" just before the drug's name): the FDA approves no compounded drug,
    so saying it is compounded, or prescribed, is not a status; saying compounded
    versions are not FDA-approved, or what the approved product is approved for, is.
    ("Compounded by stress", the everyday sense, offers no drug.)
    So must an article that presents a topic drug for a use its label does not
    cover (`off_label_uses` in `data/regulatory_drugs.toml`, from the drugs' US and UK
    labels: oral minoxidil for hair loss, spironolactone for acne, propranolol for
    stage fright, metformin or sirolimus for longevity, methylene blue for the brain,
    trazodone or quetiapine for sleep, ivermectin for COVID-19 or cancer, ...):
    "your doctor can prescribe it" leaves the reader to assume the use is approved;
    and one about a drug that is a prescription medicine abroad and not approved in the
    US or the UK (`not_approved_in_us_or_uk`: tianeptine, phenibut, meldonium, ...).
    An article about methylene blue that presents none of those uses and names the one
    it is approved for (`approved_use`: methaemoglobinaemia) has said what it is for; an
    article that presents an off-label use and, in one sentence, calls the drug prescribed
    or a prescription medicine for a condition its label covers (`label_use`: "a prescription
    medication used primarily to treat malaria, lupus and rheumatoid arthritis") has said
    what it is approved for. The law on the drug or its use where the reader is ("such use
    is illegal in the United States", "its sale is banned in the UK", "illegal to sell") is a
    status of the use; a ban in sport is not. A page about an interaction between two
    named things (its title, opening headings or a plain text's first line: "Herb - Brand
    (generic) Interaction", "Can you take X with Y?", "Wechselwirkung zwischen X und Y";
    `interaction_title`) is about the pair, not the drug; nor is a drug named only in the
    headline of a page whose text never speaks of using a medicine (a keyword title over
    scraped text).
    A drug sold over the counter in one form and on prescription in another counts only
    where the article names the prescription form (`prescription_forms`: "oral
    minoxidil", "minoxidil tablets"; the foam is sold over the counter); a drug that a dietary
    supplement holds or is sold as does not count where the article names the supplement
    (`supplement_forms`: lithium orotate, red yeast rice for lovastatin). A safety programme
    the FDA requires of an approved drug (a REMS, iPLEDGE) is a status statement.
    A hormone the body makes that is also a prescription medicine (hCG;
    `dosed_hormones` in `data/regulatory_drugs.toml`) counts as a drug only in an
    article that speaks of dosing it (international units, injections, doses):
    "on hCG at 1,000 IU twice a week" is about the medicine, "hCG levels in early
    pregnancy" about the hormone; so does one a seller offers (`_pagekind.py`: "hCG drops"
    with a price, servings or the cart). The structure/function disclaimer of a dietary
    supplement ("not been evaluated by the Food and Drug Administration", "not intended to
    diagnose, treat, cure or prevent any disease"; 21 CFR 101.93(c)) is a status statement.
    The statement may stand anywhere in the article, in a paragraph that names the
    drug or no drug at all; a status sentence about another medicine does not count
    for this one. A drug that an active drug pack checks in this article (the pack's
    subject or a term of its vocabulary, when the article is about the pack's drug)
    is left to that pack, which checks the status in detail (DRG101), so the two
    never report the same drug; a pack that is not active for the article (the LDN
    pack on an article about standard naltrexone) leaves the drug to this rule.

    ## Why is this bad?
    Readers need to know whether a treatment is approved for their condition, used
    off-label, or only available through a compounding pharmacy: it changes the
    evidence behind it, who can prescribe it and whether insurance pays. Health news
    review criteria ask for the availability and approval status of a treatment, and
    an article that stays silent leaves readers to assume approval.

    ## Example
    ```text
    Semaglutide for weight loss
    Semaglutide is a weekly injection that lowers appetite ...
    ```

    ## Use instead
    ```text
    Semaglutide is a prescription medicine. The FDA approved it for weight
    management in 2021 (as Wegovy); compounded versions are not FDA-approved.
    ```

    ## References
    - US FDA, "Understanding Unapproved Use of Approved Drugs 'Off Label'" and
      "Compounding and the FDA: Questions and Answers" (fda.gov).
    - US FDA, Provigil (modafinil) prescribing information (approved for narcolepsy,
      obstructive sleep apnoea, shift work disorder); FDA consumer warnings on hCG
      products (hCG is approved only as a prescription drug, e.g. for some fertility
      problems): the two kinds of use beyond the label the rule was extended for.
    - FDA, "Consumer Alert on Regenerative Medicine Products Including Stem Cells and
      Exosomes" (2019, updated 2020); 21 CFR part 1271 (human cells, tissues and
      cellular and tissue-based products): most cell products clinics sell need an
      approval they do not have.
    - The national regulators named for treatments sold abroad: COFEPRIS (Mexico, Ley General
      de Salud: it licenses establishments and registers medicines separately), ANMAT
      (Argentina), INVIMA (Colombia), MFDS (South Korea), SAHPRA (South Africa), DCGI (India).
    - HealthNewsReview.org review criteria, criterion 8 (availability) (archived).
    - WHO, "The use of stems in the selection of International Nonproprietary Names
      (INN) for pharmaceutical substances" (WHO/EMP/RHT/TSN/2018.1); USAN Council stem
      list (the drug-name stems); R. Speer, wordfreq 3.1 (common English words).
    - Drug list: our own compilation based on the WHO Model List of Essential
      Medicines (2023) and the most-prescribed US drugs (AHRQ MEPS ranking).
    - Off-label uses: the indications sections of each drug's US prescribing
      information (DailyMed) and UK SmPC (electronic medicines compendium); drugs
      approved only abroad: FDA warnings on tianeptine (2018-2024) and picamilon (2015);
      FDA, "Risk Evaluation and Mitigation Strategies (REMS)".
    """
    found = assess(doc, options)
    if found.product is not None:
        if found.missing:
            (block, span, name), (kind, statuses, suggestion) = found.product
            yield Hit(block, f"The article is about {kind} ({name}) but never says what its regulatory status is "
                             f"({statuses})", span=span, suggestion=suggestion)
        return
    for drug in found.missing:
        block, span = found.first[drug]
        if found.demand == "beyond":
            yield Hit(block, f"The article presents {drug} for a use beyond treating a disease ('{found.reason}') "
                             "but never says whether that use is approved or off-label (at most how the drug "
                             "is obtained)", span=span,
                      suggestion=f"Say what {drug} is approved for, and that this use is off-label or unapproved")
        elif found.demand == "compounded":
            yield Hit(block, f"The article offers compounded {drug} ('{found.reason}') but never says whether it "
                             "is approved (the FDA does not approve compounded drugs; at most how it is obtained)",
                      span=span, suggestion=f"Say that compounded {drug} is not FDA-approved, and what the "
                                            "approved product is approved for")
        elif found.demand == "off-label":
            yield Hit(block, f"The article presents {drug} for a use its label does not cover ('{found.reason}') "
                             "but never says that this use is off-label (at most how the drug is obtained)",
                      span=span, suggestion=f"Say what {drug} is approved for ({found.label}) and that this use "
                                            "is off-label")
        elif found.demand == "unapproved here":
            yield Hit(block, f"The article is about {drug}, which is not approved as a medicine for people in the "
                             "US or the UK, but never says so (at most how it is obtained)",
                      span=span, suggestion=f"Say where {drug} is approved, if anywhere, and that it is not "
                                            "approved for people in the US or the UK")
        elif drug == found.called:
            yield Hit(block, f"The article is about {drug}, which it calls a drug, but never says what its regulatory "
                             "status is (approved and for what, unapproved, investigational, controlled or illegal)",
                      span=span, suggestion=f"Say whether {drug} is approved for the use discussed, and where, or "
                                            "that it is unapproved, only in trials, or a controlled substance")
        else:
            yield Hit(
                block,
                f"The article is about {drug}, a prescription drug, but never says what its regulatory "
                "status is (approved and for what, off-label, prescription-only, compounded)",
                span=span,
                suggestion=f"State whether {drug} is approved for the use discussed, by which regulator, "
                           "and how it is obtained",
            )


@dataclass
class Assessment:
    """What LM911 sees in an article (the rule reports `missing`; `benchmarks/regulatory_signals.py` prints it all).

    drugs: the topic drugs it checks (those left to a drug pack taken out); product: the device, test or
    cell product it is about when it is about no drug ((block, span, name), (kind, statuses, suggestion));
    checked: whether it is checked at all (enough prose, a language whose status phrasings LM911 knows); demand: the status it must give:
    "any", or a use statement because the article presents a use beyond the label ("beyond"), offers a
    compounded version ("compounded"), presents an off-label use ("off-label") or is about a drug not
    approved in the US or UK ("unapproved here"), for which how the drug is obtained is not enough;
    reason: the words that raised the demand; label: what the drug is approved for (off-label uses);
    access_only: a statement of how the drug is obtained is all there is; missing: the drugs (or the
    product's name) whose status is never given; first: each drug's first mention, (block, span); called: the
    subject when it is a drug no list knows, which the page calls a drug (`called_a_drug`)."""

    drugs: list = field(default_factory=list)
    product: tuple | None = None
    checked: bool = False
    demand: str = "any"
    reason: str = ""
    label: str = ""
    access_only: bool = False
    missing: list = field(default_factory=list)
    first: dict = field(default_factory=dict)
    called: str = ""


def assess(doc, options) -> Assessment:
    """LM911's reading of an article: its subject, the status it must give, and the drugs it gives none for.
    Read once per document and options: LM911 and LM701 (`claims._beyond_label`, through
    `default_reading`) both ask."""
    return _assess(doc, tuple(options.extra_drugs), int(options.min_mentions), int(options.words_per_mention),
                   int(options.min_sentences), tuple(options.extra_status_patterns))


def default_reading(doc) -> Assessment:
    """LM911's reading with its default options (for the rules that ask whether a page gives a drug's status)."""
    return assess(doc, _default_options())


@functools.lru_cache(maxsize=1)
def _default_options() -> types.SimpleNamespace:
    return types.SimpleNamespace(**missing_regulatory_status.defaults())


@per_document
def _assess(doc, extra_drugs: tuple, min_mentions: int, words_per_mention: int, min_sentences: int,
            extra_status_patterns: tuple) -> Assessment:
    found = Assessment()
    counts, found.first = drug_mentions(doc, extra_drugs)
    about = topic_drugs(doc, counts, min_mentions, words_per_mention,
                        extra_drugs) if counts else []
    # a drug a pack checks in this article (its subject, or a name in its vocabulary: "esketamine"
    # for the ketamine pack) is left to the pack, which reports a missing status itself (DRG101);
    # a drug named mostly in passing (an ingredient, an example, a comparison) is not the subject
    if about:
        left = _left_to_packs(doc)
        about = [drug for drug in about if drug not in left and not named_in_passing(doc, drug, extra_drugs)]
        if about and _interaction_title().search(_headline(doc)):
            about = []  # a page on an interaction between the drug and something else
        if about:
            about = [drug for drug in about if not _headline_only(doc, drug, extra_drugs)]
    if not about:
        unknown = called_a_drug(doc, min_mentions, words_per_mention, extra_drugs)
        if unknown is not None:
            block, span, found.called = unknown
            about = [found.called]
            found.first = {**found.first, found.called: (block, span)}  # a copy: drug_mentions' is shared
    found.drugs = about
    if not about and not _may_name_product(doc):
        return found
    code = _checked_language(doc)
    found.product = None if about or code is None else _topic_product(
        doc, min_mentions, words_per_mention, code)
    if not about and found.product is None:
        return found
    # a page of search phrases is no article; a language whose status phrasings we do not know is not checked
    found.checked = code is not None and _has_sentences(doc, min_sentences)
    if not found.checked:
        return found
    if about:
        found.demand, found.reason, found.label = use_demand(doc, about, extra_drugs)
    extra = extra_status_patterns
    status = _status_test(code, extra, access=found.demand == "any")
    if doc.title and status(doc.title):
        return found
    if found.product is not None:
        if not any(status(block.text) for block in doc.blocks):
            found.missing = [found.product[0][2]]
        return found
    # A status statement counts for the drugs its block names, or for the topic when it names
    # none ("It is FDA-approved for ..."); one about another medicine does not count.
    def unstated(test) -> list:
        named_in_statements = [{key for _, _, key in find_drugs(block.text, extra_drugs)}
                               for block in doc.blocks if test(block.text)]
        return [drug for drug in about if not any(not named or drug in named for named in named_in_statements)]

    found.missing = unstated(status)
    if found.missing and found.demand == "any":
        # an article on the approved use that names it ("the injection is used to treat methaemoglobinaemia")
        body = doc.body_text
        found.missing = [drug for drug in found.missing
                         if not any(entry["drug"] == drug and entry["approved_use"] is not None
                                    and entry["approved_use"].search(body)
                                    for entry in _off_label_uses())]
    if found.missing and found.demand == "off-label":
        # a prescription medicine for what its label covers, in one sentence: the page has said what it is approved for
        access = _status_test(code, extra)
        found.missing = [drug for drug in found.missing if not prescribed_for_label(doc, drug, access)]
    if found.missing and found.demand != "any":
        # for the benchmark: would a statement of how the drug is obtained have silenced the rule?
        access = _status_test(code, extra)
        found.access_only = not (doc.title and access(doc.title)) and unstated(access) != found.missing
    return found


def use_demand(doc, about: list, extra_drugs=()) -> tuple[str, str, str]:
    """(the kind of status the article must give, the words that ask for it, what the drug is approved
    for): a use beyond medicine ("smart drugs"), a compounded version, an off-label use of one of its
    topic drugs or a drug not approved in the US or UK ask for a statement of approval or off-label use,
    for "prescription-only" alone leaves the reader to assume the use is an approved one; else "any".
    Read once per document and drugs: LM911 and LM701 (`claims._promotes`) both ask."""
    return _use_demand(doc, tuple(about), tuple(extra_drugs))


@per_document
def _use_demand(doc, about: tuple, extra_drugs: tuple) -> tuple[str, str, str]:
    body = doc.body_text
    beyond = _use_beyond_label().search(body)
    if beyond is not None:
        return "beyond", beyond.group(), ""
    compounded = offers_compounded(doc, extra_drugs)
    if compounded is not None:
        return "compounded", compounded, ""
    for entry in _off_label_uses():
        if entry["drug"] in about:
            uses = list(itertools.islice(entry["use"].finditer(body), _USES_READ))
            if uses:
                # quoted as the use: a word in lowercase where the page has one ("Healthspan" is a company's name)
                use = next((m for m in uses if not m.group()[:1].isupper()), uses[0])
                return "off-label", use.group(), entry["label"]
    unapproved = _unapproved_here().intersection(about)
    if unapproved:
        return "unapproved here", min(unapproved), ""
    return "any", "", ""


_USES_READ = 5  # matches of an off-label use, at most, to find one to quote


def prescribed_for_label(doc, drug: str, access: Callable[[str], bool]) -> bool:
    """Whether a sentence of the article calls the drug prescribed, or a prescription medicine, for a condition its
    label covers (`label_use` in `off_label_uses`): "a prescription medication used primarily to treat malaria"."""
    label_uses = [entry["label_use"] for entry in _off_label_uses() if entry["drug"] == drug and entry["label_use"]]
    return any(label_use.search(sentence.text) and access(sentence.text)
               for label_use in label_uses for block in doc.blocks if label_use.search(block.text)
               for sentence in block.sentences)


def names_off_label_use(text: str, drugs) -> bool:
    """Whether `text` names an off-label use of one of `drugs` (`off_label_uses` of data/regulatory_drugs.toml):
    "DMSO eases the pain of sprains" speaks of a use no label of DMSO covers."""
    return any(entry["drug"] in drugs and entry["use"].search(text) for entry in _off_label_uses())


@functools.lru_cache(maxsize=None)
def _off_label_uses() -> tuple[dict, ...]:
    """The off-label uses of `data/regulatory_drugs.toml` (`off_label_uses`), their regexes compiled."""
    return tuple({"drug": entry["drug"], "label": entry["label"], "use": re.compile(entry["use"], re.I),
                  "approved_use": re.compile(entry["approved_use"], re.I) if "approved_use" in entry else None,
                  "label_use": re.compile(entry["label_use"], re.I) if "label_use" in entry else None}
                 for entry in load("regulatory_drugs")["off_label_uses"])


@functools.lru_cache(maxsize=None)
def _unapproved_here() -> frozenset:
    """Drugs not approved for people in the US or UK: those of the classes `not_approved_in_us_or_uk` names
    (data/regulatory_drugs.toml)."""
    data = load("regulatory_drugs")
    return frozenset(drug for name in data["not_approved_in_us_or_uk"] for drug in data["classes"][name])
