"""Link rules: unrelated (spam) links, hidden links, commercial links and their disclosure."""

from __future__ import annotations

import bisect
from collections import Counter
import functools
import re
from itertools import accumulate, repeat
import unicodedata
from urllib.parse import parse_qsl, unquote, urlsplit

from lint_med import Hit, Option, per_document, rule
from lint_med.document import Link
from lint_med.parsers import FRAMES, bare_links, resource_address, site_names, spelled_addresses
from lint_med.parsers import is_top_level_domain

from . import _speech
from ._data import literal, load, phrase_pattern
from ._evidence import (ascii_runs, block_starts, blocks_holding, distinct_words, lowered_body,
                        shown_links_by_block, texts_found)
from ._language import language, language_name
from ._other_language import (article_may_hold_other_language, english_function_words, host_script,
                              language_by_vocabulary, may_be_other_language, other_language, script_foreign)
from ._phrases import PhraseSearch, TextLiterals, article_literals
from .regulatory import find_drugs
from ._topic import (generic_words, health_words, normalize, registrable, specificity, stem, stopwords, term_key,
                     tokens, topic_model, zipf_table)

# Words of URLs that say nothing about a page's subject.
_URL_FILLER = frozenset(tokens(
    "www http https html htm php asp aspx jsp cgi bin index default page pages article articles blog post "
    "posts news story stories category categories tag tags topic topics amp en us uk com org net view "
    "id item content contents wp uploads files file pdf doc main home en-us en-gb s p a"))
_SPLIT_DOMAIN = re.compile(r"[.\-_]+")
# English-language articles: country-code domains of English-speaking countries, and
# ccTLDs sold as generic names (.io, .co, .me, .tv...), are not a mismatch.
_GENERIC_CCTLDS = frozenset(("io", "co", "me", "tv", "ai", "ly", "fm", "gg", "to", "cc", "ws", "la", "eu"))
_CCTLDS_OF_LANGUAGE = {
    "en": {"uk", "us", "ca", "au", "nz", "ie", "za", "in", "sg", "ph", "ng", "ke", "jm", "mt"},
    "de": {"de", "at", "ch", "li", "lu"}, "fr": {"fr", "be", "ch", "ca", "lu", "mc"},
    "es": {"es", "mx", "ar", "cl", "co", "pe", "ve", "uy", "ec", "bo", "py", "cr", "do", "gt"},
    "pt": {"pt", "br", "ao", "mz"}, "it": {"it", "ch", "sm"}, "nl": {"nl", "be"}, "sl": {"si"},
    "id": {"id"}, "pl": {"pl"}, "cs": {"cz"}, "sv": {"se"}, "da": {"dk"}, "no": {"no"}, "fi": {"fi"},
    "ja": {"jp"}, "zh": {"cn", "tw", "hk", "sg"}, "ko": {"kr"}, "ru": {"ru", "by", "kz"}, "tr": {"tr"},
}
_SKIP_LINK_TEXT = re.compile(r"^\s*(skip to|jump to|back to top)\b", re.I)


# --- data -------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _authorities() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = load("links_authorities")
    return tuple(d.lower() for d in data["domains"]), tuple(s.lower() for s in data["suffixes"])


@functools.lru_cache(maxsize=None)
def _widget_domains() -> frozenset:
    return frozenset(load("links_spam")["widget_domains"])


def _split(url: str):
    """urlsplit that survives malformed addresses ("http://[::1", a stray bracket)."""
    try:
        return urlsplit(url)
    except ValueError:
        return urlsplit("")


@functools.lru_cache(maxsize=4096)
def _parents(domain: str) -> tuple[str, ...]:
    """A host and each domain above it: a.b.example.com, b.example.com, example.com, com."""
    labels = domain.split(".")
    return tuple(".".join(labels[i:]) for i in range(len(labels)))


def _matches_domain(domain: str, entries) -> bool:
    entries = entries if isinstance(entries, frozenset) else frozenset(entries)
    return not entries.isdisjoint(_parents(domain))


def is_authority(domain: str, extra=()) -> bool:
    """True for government, intergovernmental, journal, index and DOI domains (and `extra`)."""
    return _is_authority(domain.lower(), tuple(str(e).lower().removeprefix("www.") for e in extra))


@functools.lru_cache(maxsize=4096)
def _is_authority(domain: str, extra: tuple) -> bool:
    domains, suffixes = _authority_sets()
    parents = _parents(domain)
    return any(p in domains or p in extra or "." + p in suffixes for p in parents)


@functools.lru_cache(maxsize=None)
def _authority_sets() -> tuple[frozenset, frozenset]:
    domains, suffixes = _authorities()
    return frozenset(domains), frozenset(suffixes)


@functools.lru_cache(maxsize=32)
def _spam_terms(extra: tuple) -> tuple[frozenset, tuple, dict, dict, frozenset, frozenset]:
    """(term keys, the forms found fused inside a domain label like "bestcasino" (`_fused_forms`),
    the first words of the keys of each length: 2 -> {"payday", "buy", ...}, the term of each form,
    the forms' first three letters, their last three: a label opening or ending on none holds none)."""
    words = tuple(load("links_spam")["terms"]) + extra
    keys = frozenset(k for k in (term_key(w) for w in words) if k)
    inner = _fused_forms(words)
    starts: dict = {}
    for key in keys:
        starts.setdefault(key.count(" ") + 1, set()).add(key.split(" ", 1)[0])
    return (keys, tuple(sorted(inner)), {n: frozenset(firsts) for n, firsts in starts.items()}, inner,
            frozenset(form[:3] for form in inner), frozenset(form[-3:] for form in inner))


def _fused_forms(words) -> dict:
    """The forms in which a spam term is fused into a domain label, each with the term it stands
    for: a word of five letters or more ("casino"), its singular ("backlink" of "backlinks"), and a
    phrase written solid ("sansordonnance", "onlinepharmacy"), of eight letters or more, as shorter
    solid phrases are chance letters of ordinary names."""
    forms = {}
    for word in (x.lower() for x in words):
        if " " not in word:
            if len(word) >= 5:
                forms.setdefault(word, word)
                if word.endswith("s") and not word.endswith("ss") and len(word) >= 6:
                    forms.setdefault(word[:-1], word)
        else:
            solid = word.replace(" ", "")
            if len(solid) >= 8 and solid.isalpha():
                forms.setdefault(solid, term_key(word))
    return forms


def _sales_words() -> frozenset:
    return _spam_data()[4]


def _spam_of_site(domain: str, domain_words: list[str], text: str, found: list[str]) -> list[str]:
    """Spam a site's name, top-level domain or non-Latin anchor shows: "luckyspins" (a spam
    word fused in the name), ".bet", "купить"."""
    words, spam_tlds, _, other_script, _, _ = _spam_data()
    more = [w for w in dict.fromkeys(domain_words) if w in words and w not in found]
    tld = domain.rsplit(".", 1)[-1]
    if tld in spam_tlds:
        more.append("." + tld)
    if not text.isascii():
        lowered = text.lower()
        more += [term for term in other_script if term in lowered]
    return more


def _shop_path(path: str) -> str:
    """The shop word opening a link's path ("/shop/?p=...", "/product/x-10mg"), or ""."""
    first = path.strip("/").split("/", 1)[0].lower()
    return first if first in _shop_paths() else ""


@functools.lru_cache(maxsize=None)
def _shop_paths() -> frozenset:
    return frozenset(load("links_spam")["shop_paths"])


@functools.lru_cache(maxsize=4096)
def _shop_found(domain: str) -> str:
    """The shop word of a site's name ("vitamin-shop24", "cheapmeds", "apotheke-online"), or "".

    Only the registrable domain counts (a "filestore" host of a software company is no
    shop), and only the `fused_shop_words` are sought inside a longer word ("bestbuy"
    and "filestore" read the same way as a shop and not), the `shop_endings` only at its end.
    """
    data = load("links_spam")
    words, fused, endings = frozenset(data["shop_words"]), tuple(data["fused_shop_words"]), tuple(data["shop_endings"])
    tld = domain.rsplit(".", 1)[-1]
    if tld in _spam_data()[2]:
        return "." + tld
    for label in registrable(domain).split(".")[:-1]:
        for word in _SPLIT_DOMAIN.split(label):
            word = word.strip("0123456789")
            if word in words:
                return word
            for part in _segments(word):
                if part in words:
                    return part
            if len(word) > 5 and (word.startswith(fused) or word.endswith(fused)):
                return next(w for w in fused if word.startswith(w) or word.endswith(w))
            if len(word) > 6 and word.endswith(endings):
                return next(w for w in endings if word.endswith(w))
    return ""


@functools.lru_cache(maxsize=None)
def _always_spam() -> frozenset:
    return frozenset(term_key(t) for t in load("links_spam")["always_terms"])


def _affiliate():
    return load("links_affiliate")


# --- what a link is about -----------------------------------------------------------


def _own_site(link, model) -> bool:
    return model.own_site(link)


@functools.lru_cache(maxsize=4096)
def _segments(label: str) -> tuple:
    """The English words a domain label fuses ("luckyspins" -> lucky, spins), by the split
    whose words are commonest together (the product of their frequencies, wordfreq's list);
    () when the label is one word, too long, or not made of words."""
    table = zipf_table()
    size = len(label)
    if size < 5 or size > 24 or label in table or not label.isalpha():
        return ()
    # best[i]: (log10 frequency of the best split of label[:i], its words)
    best: list = [(0.0, ())] + [None] * size
    for end in range(1, size + 1):
        for start in range(max(0, end - 14), end - 1):  # words of 2 to 14 letters
            if best[start] is None:
                continue
            word = label[start:end]
            zipf = table.get(word)
            if zipf is None:
                continue
            score = best[start][0] + zipf - 9
            if best[end] is None or score > best[end][0]:
                best[end] = (score, best[start][1] + (word,))
    return best[size][1] if best[size] else ()


@functools.lru_cache(maxsize=None)
def _spam_data() -> tuple:
    """(domain words, spam TLDs, shop TLDs, other-script terms, sales words, pitch words) of links_spam.toml."""
    data = load("links_spam")
    sales = frozenset(normalize(w) for w in data["sales_words"])
    return (frozenset(data["domain_words"]), frozenset(data["spam_tlds"]), frozenset(data["shop_tlds"]),
            tuple(data["other_script_terms"]), sales, sales | {normalize(w) for w in data["pitch_words"]})


@functools.lru_cache(maxsize=None)
def _storefront_data() -> tuple[frozenset, frozenset, frozenset]:
    """(abused TLDs, storefront path words, shop words) of links_spam.toml."""
    data = load("links_spam")
    return frozenset(data["abused_tlds"]), frozenset(data["storefront_paths"]), frozenset(data["shop_words"])


# A product's strength or volume in an address ("/cbd-oil-20ml", "-5mg-vial"); not "5g", a network.
_PATH_STRENGTH = re.compile(r"(?<![a-z0-9])\d+(?:[.,]\d+)?(?:mg|mcg|ml|iu)(?![a-z])")
_PRICE = re.compile(r"[$€£¥₹₽₩₺₦₱₪₫₴₸฿]\s?\d")  # a price in any currency written with a sign ("R$" too)


def _storefront(link, domain: str, path: str, sales, anchor_words: list[str]) -> tuple[list[str], list[str]]:
    """(signs of the address, signs of the anchor) that a link goes to a storefront.

    The address: a top-level domain that spammers favour (".club", ".xyz"), a shop platform's
    catalogue or deal path ("/collections/", "/deal/"), a product's strength in the path
    ("-10mg"). The anchor: a sales word or banner, a shop word ("store"), a price ("$40").
    One sign alone is common on honest links; LM101 asks for two, one of them in the address.
    """
    abused, paths, shop_words = _storefront_data()
    address = []
    tld = domain.rsplit(".", 1)[-1]
    if tld in abused:
        address.append(f"a .{tld} domain")
    path = path.lower()
    first = path.strip("/").split("/", 1)[0]
    if first in paths:
        address.append(f"a store's path (\"/{first}/\")")
    strength = _PATH_STRENGTH.search(path)
    if strength:
        address.append(f"a product's strength in its path (\"{strength.group()}\")")
    if not address:
        return address, []  # the anchor's signs count only beside one of the address
    anchor = []
    if sales:
        anchor.append(f"a sales word (\"{sorted(sales)[0]}\")")
    shop = shop_words.intersection(anchor_words)
    if shop:
        anchor.append(f"a shop word (\"{sorted(shop)[0]}\")")
    if link.text and _PRICE.search(link.text):
        anchor.append("a price")
    banner = not link.text and not sales and _banner_in(" ".join(anchor_words))
    if banner:  # the words before a bare URL ("vials in stock: https://..."); an anchor's count as sales
        anchor.append(f"a shop banner (\"{banner}\")")
    return address, anchor


def _in_running_text(link) -> bool:
    """A link inside a sentence that reads on around it: an anchor after a lowercase word or
    comma and before one ("the drug [link words] works by"), a bare URL, in brackets or not,
    before one ("pave the way cheap stuff (https://...) for")."""
    block = link.block
    if block is None:
        return False
    start = block.text_index(link.start)
    if start is None:
        return False
    if link.bare:
        end = bisect.bisect_left(block.offsets, link.end - 1)
        after = block.text[end + 1:end + 5].lstrip(" )>—–") if end < len(block.offsets) else ""
        return bool(after) and after[0].islower()
    if not link.text:
        return False
    before = block.text[max(0, start - 3):start].rstrip()
    after = block.text[start + len(link.text):start + len(link.text) + 3].lstrip()
    return bool(before) and (before[-1].islower() or before[-1] == ",") and bool(after) and after[0].islower()


def _set_apart(link) -> bool:
    """An anchor set apart in a sentence's brackets or dashes, alone or after a word or two that lead it
    ("... helps (see [anchor])."; "... helps — [anchor] — and"; "... helps (via [anchor]; 2024)"): an aside the
    sentence does not need, where a link is slipped in as into running text, so its words are judged as
    running text's. The sentence has words of its own before the bracket (not a note, a list of links)."""
    block = link.block
    if block is None or not link.text:  # (a link in another markup's syntax is bare, with words)
        return False
    start = block.text_index(link.start)
    if start is None:
        return False
    text = block.text
    match = _OPENS_ASIDE.search(text, max(0, start - 40), start)
    if match is None or len(_WRITTEN_WORD.findall(text, 0, match.start())) < _ASIDE_LEAD_WORDS:
        return False
    last = block.text_index(link.end - 1)  # (a link in another markup's syntax spans its markup)
    after = text[last + 1:last + 4].lstrip() if last is not None else ""
    return bool(after) and (after[0] in ")]—–;" if match.group(1) in ("(", "[") else after[0] in "—–.,;")


# An opening bracket or dash, then at most two words that lead a link ("see", "more at"), up to where the link
# starts; the sentence before it has this many words at least.
_OPENS_ASIDE = re.compile(r"(?:(?<=\S)\s*([(\[])|\s([—–]|--?)\s)(?:[^\W\d][\w'’]*:?\s+){0,2}$")
_ASIDE_LEAD_WORDS = 4


def _fold(text: str) -> str:
    """Latin letters without accents ("genérico" -> "generico"), so that the tokenizer keeps the word."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode() if not _CYRILLIC.search(text) \
        else text


_CYRILLIC = re.compile("[\u0400-\u04ff]")


# A plain-text reference: a line that gives a label's address ("[2] https://..."), cited in the text as
# "words [2]".
_REFERENCE_LINE = re.compile(r"\[([^\]\s]{1,16})\]:?[ \t]*")
_CLAUSE_MARKS = (". ", "! ", "? ", ": ", "; ", "(", "\n")


@per_document
def _cited_words(doc) -> dict:
    """For each bare URL that a plain-text reference line gives ("[2] https://..."), the words just
    before its label where the text cites it inside a sentence that reads on ("... rely on quick van
    hire [2] for ..."): they stand where its anchor would (id(link) -> words; most articles have no
    reference line)."""
    found = {}
    for link in doc.links:
        block = link.block
        if not link.bare or block is None or not block.text.startswith("["):
            continue
        line = _REFERENCE_LINE.match(block.text)
        if line is None or block.text_index(link.start) != line.end():
            continue
        cite = "[" + line.group(1) + "]"
        for other in doc.blocks:
            at = other.text.find(cite) if other is not block else -1
            # (a footnote's label closes a claim, "... trials found [1]."; one the sentence reads on after
            # stands for a link inside it, "rely on quick van hire [2] for ...")
            if at > 0 and other.text[at + len(cite):at + len(cite) + 2].strip()[:1].islower():
                before = other.text[max(0, at - 100):at]
                cut = max(before.rfind(mark) + len(mark) if before.rfind(mark) >= 0 else 0 for mark in _CLAUSE_MARKS)
                found[id(link)] = " ".join(before[cut:].split()[-_LINK_LINE_WORDS:])
                break
    return found


def _text_before(link) -> str:
    """The words just before a bare URL in its sentence ("cheap pills here: https://..."): in
    plain text they stand where an anchor would."""
    block = link.block
    if not link.bare or block is None:
        return ""
    start = block.text_index(link.start)
    if start is None:
        return ""
    before = block.text[max(0, start - 80):start]
    for mark in (". ", "! ", "? ", "http", "www."):
        cut = before.rfind(mark)
        if cut >= 0:
            before = before[cut + len(mark):] if not mark.startswith(("http", "www")) else \
                before[before.find(" ", cut) + 1:] if " " in before[cut:] else ""
    return before


def _words_before(doc, link) -> str:
    """The words that stand for a bare URL's anchor: those before it in its sentence (`_text_before`), or, after no
    word but a mark or a label ("🔗 ", "Link: "), the lines of its card above (`_card_lines`)."""
    before = _text_before(link)
    if before and not _LINK_MARK.fullmatch(before):
        return before
    return " ".join(line.text for line in _card_lines(doc, link)) or before


_CARD_LINES = 2
_TAGS_ONLY = re.compile(r"(?:\s*<[^<>]*>)+\s*")
# "🔗 ", "Link: ", "Target URL: ", "👉 " before a URL on its line (a label of up to three words)
_LINK_MARK = re.compile(r"(?:[^\W\d_]{1,12}(?:[ \t][^\W\d_]{1,12}){0,2}\s*:)?[^\w\s]*\s*")


def _card_lines(doc, link) -> list:
    """The lines of a plain-text card above its address: a bare URL alone on its line, right under one or two
    short lines (fewer than `_PROSE_WORDS` words, no link of their own: a title, a description) that only a line
    end, not a blank line, cuts from it. They say what the address is, in any language, as an anchor would
    ("<title>\n<description>\nhttps://..."). The URL may follow a mark or a one-word label on its line, as a
    caption's link does ("🔗 https://...", "Link: https://...", `_LINK_MARK`); in HTML, blocks with only tags
    between them are so cut ("<p>#tags</p><p>🔗 <a>https://...</a></p>"). [] for any other link (the cheap test first: the
    URL ends its block)."""
    block = link.block
    if not link.bare or block is None or not block.offsets or block.offsets[-1] != link.end - 1:
        return []
    start = block.text_index(link.start)
    if start is None or (start and not _LINK_MARK.fullmatch(block.text[:start])):
        return []
    lines, after = [], block
    by_block = shown_links_by_block(doc)
    for index in range(block.index - 1, max(-1, block.index - 1 - _CARD_LINES), -1):
        line = doc.blocks[index]
        gap = doc.source[line.offsets[-1] + 1:after.offsets[0]] if line.offsets else "\n\n"
        if doc.format == "html" and _TAGS_ONLY.fullmatch(gap):
            gap = "\n"  # (in HTML, blocks with only tags between them: a caption's lines, "<p>...</p><p>🔗 ...")
        if gap.count("\n") + gap.count("\r") - gap.count("\r\n") != 1 or gap.strip() \
                or line.text.count(" ") >= _PROSE_WORDS - 1 or index in by_block:
            break
        lines.insert(0, line)
        after = line
    return lines


def _url_words(link, domain: str) -> tuple[list[str], list[str], str]:
    """(domain words, path words, path) of a link, normalised, without URL filler."""
    parts = _split(link.url if "://" in link.url else "http://" + link.url)
    query = " ".join(v for _, v in parse_qsl(parts.query) if not v.startswith("http")) if parts.query else ""
    path = unquote(parts.path + " " + query)
    path_words = [w for w in tokens(path) if w not in _URL_FILLER and not w.isdigit() and len(w) > 1]
    return list(_domain_words(domain)), path_words, parts.path


@functools.lru_cache(maxsize=4096)
def _domain_words(domain: str) -> tuple[str, ...]:
    """The words of a site's name, lowercased: its labels' parts, then the words each fuses."""
    labels = domain.split(".")[:-1]  # the top-level domain says nothing of the subject
    words = [w for label in labels for w in _SPLIT_DOMAIN.split(label) if w and w != "www"]
    words += [w for label in list(words) for w in _segments(label.lower())]
    return tuple(w.lower() for w in words)


def _spam_found(sequences: list[list[str]], domain_words: list[str], spam_terms: tuple) -> list[str]:
    """The spam terms (`_spam_terms`) that runs of 4, 3, 2 and 1 words of each sequence are
    (longest first, none inside another found), then the spam words fused in a domain label."""
    spam_keys, inner, starts, term_of, _, _ = spam_terms
    found = []
    for words in sequences:
        if not "".join(words).isalpha():  # "buy-50k-followers": no count parts a phrase (most hold no digit)
            words = [w for w in words if not _COUNT.fullmatch(w)]
        for n in (4, 3, 2, 1):
            firsts = starts.get(n, ())
            for i in range(len(words) - n + 1):
                if words[i] not in firsts:
                    continue  # no term of n words starts so: no run to join (most runs)
                key = " ".join(words[i : i + n])
                if key in spam_keys and not any(key in other for other in found):
                    found.append(key)
    # "bestcasino", "cheapviagra": a spam word fused at either end of a domain label
    # (not inside it: "specialists" holds "cialis").
    for label in domain_words:
        if not _fused_in(label, spam_terms):
            continue
        for form in inner:
            if label.startswith(form) or label.endswith(form):
                term = term_of[form]
                if term not in found and term_key(term) not in found:
                    found.append(term)
    return found


_COUNT = re.compile(r"\d+(?:[.,]\d+)?[km]?")  # 50, 14k, 1.5m: how many, never what


def _fused_in(label: str, spam_terms: tuple) -> bool:
    """Some form of `_spam_terms` opens or ends the label: its first or last three letters are a
    form's (two set lookups), then one C-speed test for all the forms, as nearly every label holds none."""
    inner, heads, tails = spam_terms[1], spam_terms[4], spam_terms[5]
    return (label[:3] in heads and label.startswith(inner)) or (label[-3:] in tails and label.endswith(inner))


def _fused_pieces(domain_words, spam_terms: tuple) -> set[str]:
    """The words a domain label's split finds inside a spam term fused into it ("back" and "link"
    of "backlinknews"): pieces of the spam, not the article's words ("back" pain)."""
    inner = spam_terms[1]
    forms = [form for label in domain_words if _fused_in(label, spam_terms)
             for form in inner if label.startswith(form) or label.endswith(form)]
    return {w for w in domain_words for form in forms if w != form and w in form}


def _mid_sentence(link) -> bool:
    """A bare URL with the sentence going on after it ("affects https://... the liver"); angle brackets
    around it delimit it, as plain text writes a URL ("affects <https://...> the liver", RFC 3986
    appendix C), and are not brackets of the sentence."""
    block = link.block
    if not link.bare or block is None:
        return False
    last = block.text_index(link.end - 1)
    if last is None:
        return False
    # (so do a pair of dashes: "affects — https://... — the liver" reads on past the second)
    after = block.text[last + 1:last + 2].lstrip(">") + block.text[last + 2:]
    after = after.lstrip().lstrip("—–").lstrip()
    return bool(after) and (after[0].islower() or after[0].isdigit())


def _glued(link) -> str:
    """A bare URL run into the letters before or after it ("find us athttps://shop.example",
    "at https://shop.co.ukfrom today"): text copied from a page whose link markup was stripped with the
    spaces around it, as scrapers leave a link; the word glued to it ("" if none). No writer types an
    address so."""
    block = link.block
    if not link.bare or block is None:
        return ""
    start, last = block.text_index(link.start), block.text_index(link.end - 1)
    if start is None or last is None:
        return ""
    before = re.search(r"[^\W\d_]+$", block.text[max(0, start - 30):start])
    after = re.match(r"[^\W\d_]+", block.text[last + 1:last + 31])
    return (before or after).group() if before or after else ""


def _dropped_in(link, brackets: bool = False) -> bool:
    """A bare URL inside a clause with no word to introduce it ("affects https://... the
    liver"), as hacked pages paste them; "visit", "website", "see https://..." introduce one.
    After a word of the clause that may also introduce one ("to", "in", "is", a comma), the
    URL was dropped when the sentence reads on past it ("appeared to https://... explain")
    rather than going on with a preposition or conjunction ("go to https://... for details").
    With `brackets`, a URL in brackets or quotes is read as if they were not there; angle brackets
    are always so read (`_mid_sentence`)."""
    block = link.block
    start = block.text_index(link.start)
    if start is None:
        return False
    if _source_credit().search(block.text, max(0, start - 40), start):
        return False  # "Dilansir dari bogorkab.id mandi ...": a source credit names the story's origin
    before = block.text[max(0, start - 40):start].rstrip(" (<\"'“‘" if brackets else " <")
    word = before.rsplit(None, 1)[-1].lower().lstrip("'\"‘“") if before else ""  # 'This https://...
    # a possessive or a compound is a plain word too ("the nation's https://... top", "two-year",
    # "e-mail" = "email")
    # an abbreviation or a measure is a plain word too ("M.D,", "4.3cm"; not a sentence's last word,
    # "results."); a bare number is none ("2015")
    word = re.sub(r"['’]s(?=,?$)", "", word).replace("-", "")
    if "." in word.rstrip(".,"):
        word = word.replace(".", "")
    introducers, clause_words, followers = _url_words_around()
    if word.endswith(",") and word[:-1].isalpha():
        word = ","
    elif not word.isalnum() or word.isdigit() or word in introducers:  # "omega3s" is a word, "2015" none
        return False
    if word not in clause_words:
        return True
    end = bisect.bisect_left(block.offsets, link.end - 1)
    after = (_WORD_AFTER_URL if brackets else _NEXT_WORD).match(block.text, end + 1) \
        if end < len(block.offsets) else None
    return after is not None and after.group(1).lower() not in followers


_NEXT_WORD = re.compile(r">?\s*([a-z0-9][\w'’-]*)")  # (after a URL in angle brackets too)
_WORD_AFTER_URL = re.compile(r"[\s)>\"'”’]*([a-z0-9][\w'’-]*)")


def _names_its_path(link, path_words: list[str]) -> bool:
    """The words before a bare URL name what its path does: "a filtering water bottle
    (https://.../products/filter-bottle)" gives the address of the thing the sentence names."""
    before = {stem(w) for w in tokens(_text_before(link))}
    return any(stem(w) in before for w in path_words if len(w) > 3)


@functools.lru_cache(maxsize=None)
def _source_credit() -> re.Pattern:
    """Words that credit a site as a story's source, ending the searched text ("Dilansir dari ",
    "Fuente: ", "(via "): `source_credits` of links_spam.toml."""
    credits = "|".join(p.replace(" ", r"\s+") for p in load("links_spam")["source_credits"])
    return re.compile(rf"(?<!\w)(?:{credits})\s*[:：]?[\s(<\"'“‘]*$", re.I)


@functools.lru_cache(maxsize=None)
def _url_words_around() -> tuple[frozenset, frozenset, frozenset]:
    """(introducers, clause words, followers) of a bare URL written into a sentence."""
    data = load("links_spam")
    return frozenset(data["url_introducers"]), frozenset(data["url_clause_words"]), frozenset(data["url_followers"])


def _address_words(domain_words, path_words: list[str]) -> set[str]:
    """The words of an address that may say what it is about: its site name's and path's, of three
    letters or more, not URL filler."""
    return {w for w in list(domain_words) + path_words if len(w) > 2 and w.isalpha() and w not in _URL_FILLER}


def _mentioned_elsewhere(doc, domain: str, link) -> bool:
    """The article names the site outside its URL ("Walgreens ... www.walgreens.com"); another address of the site
    written out (a newsletter's "Manage your subscription: https://shop.example/...") is no naming of it."""
    name = domain.split(".")[0].lower()
    if len(name) <= 2:
        return False
    count = lowered_body(doc).count(name)
    if count <= link.url.lower().count(name):
        return False
    # (only then the addresses written out: most links' sites are named nowhere)
    return count > link.url.lower().count(name) + sum(
        other.url.lower().count(name) for other in doc.links if other.bare and other is not link)


def _cctld_mismatch(domain: str, lang: str) -> str:
    tld = domain.rsplit(".", 1)[-1]
    if len(tld) != 2 or tld in _GENERIC_CCTLDS:
        return ""
    allowed = _CCTLDS_OF_LANGUAGE.get(lang, set())
    return "" if tld in allowed else tld


def _topic_overlap(model, words: list[str], block, min_blocks: int = 1) -> set:
    """Words and vocabulary terms of a link that are on the article's topic: the topic's
    terms, words recurring in two sections, and specific words that `min_blocks` paragraphs
    other than the link's own (`block`) hold. Spam terms ask for two paragraphs: one pasted
    casino paragraph does not make casinos the article's subject."""
    found = set()
    keys = set(words) | {k for k, _ in model.lexicon.mentions(words)}
    own = set(map(stem, model.blocks[block.index].content)) if block is not None else set()
    for key in keys:
        if key in model.core or key in model.related:
            found.add(key)
        elif len(key) >= 5 and model.section_df.get(key, 0) >= 2:
            found.add(key)  # a word the article keeps returning to ("free" is too short to tell)
        elif (len(key) >= 5 and " " not in key and specificity(key) >= 2
              and model.block_stems.get(stem(key), 0) - (stem(key) in own) >= min_blocks):
            found.add(key)  # a specific word of the article's text outside the link's own paragraph
    return found


def _shares_a_word(model, words: list[str], block) -> bool:
    """Some word of a link (of four letters or more, not a pitch's) is in a paragraph other
    than its own: a product page the article discusses ("/products/filter-bottle" beside "the
    bottle"). Stricter than `_topic_overlap`, for links whose signs are weaker than spam."""
    own = set(map(stem, model.blocks[block.index].content)) if block is not None else set()
    pitch = _spam_data()[5]
    for word in set(words):
        if len(word) >= 4 and word not in pitch and word not in _URL_FILLER:
            key = stem(word)
            if model.block_stems.get(key, 0) - (key in own) >= 1:
                return True
    return False


def _urls_in_anchors(doc) -> list:
    """Bare URLs written inside another link's anchor, between its words ("<a>allergic to
    https://... peanuts</a>"): pasted into the page's text where a link happened to stand. The
    parsers read a link's text as its anchor only; an anchor that is an address ("www.cdc.gov")
    is not one of these."""
    found = []
    for link in doc.links:
        text = link.text
        if link.bare or link.block is None or ("http" not in text and "www." not in text):
            continue
        others = {(other.start, other.end) for other in doc.links if other is not link and other.block is link.block}
        for url in bare_links([link.block], others):
            inside = link.start <= url.start and url.end <= link.end
            if inside and url.start > link.start and url.end < link.end and url.domain != link.domain:
                found.append(url)
    return found


def _address_as_written(link):
    """A link whose anchor is its own address ("<https://...>", <a href="X">X</a>) shows the reader an
    address written in the text: it is read as a bare URL there (its place in the sentence, its path and
    site name), as plain text's is."""
    text = link.text
    if link.bare or not text or " " in text.strip() or _bare_form(text) != _bare_form(link.url):
        return link
    return Link(link.url, "", link.start, link.end, rel=link.rel, hidden=link.hidden, bare=True, html=link.html,
                block=link.block)


def _bare_form(address: str) -> str:
    """An address without its scheme, "www." and a final slash, lowercased: how it reads."""
    address = address.strip().lower()
    address = address.split("://", 1)[-1].removeprefix("//").removeprefix("www.")
    return address.rstrip("/")


# A link pasted in off the article's subject: how much of its words' weight (`specificity`) the
# article has nowhere else, and how many such words it takes (one name, "Puppet", is no subject).
_FOREIGN_SHARE = 2 / 3
_DROPPED_FOREIGN_SHARE = 1 / 2
_WIDE_CITING = 3  # sites on other subjects linked from the text of a page that cites the web
_FOREIGN_WEIGHT = 5.0
_FOREIGN_WORDS = 2


def _link_subject_words(link, domain: str, anchor_words: list[str], path_words: list[str],
                        standing: bool = False) -> list[str]:
    """The words that say what a link is about: its anchor's; for a bare URL its path's, and its
    site name's ("vitalzone" and the words it fuses) when the path has fewer than two. A link
    `standing` as an item of its own whose anchor says fewer than two is about its address too ("same
    day AC repair" -> /ac-repair-city on chillmarsh.services). Words of three letters or more, no
    numbers, stopwords or URL filler."""
    subject = _words_of_subject
    if link.text:
        words = subject(anchor_words)
        if not standing or len(words) >= 2:
            return words
        path_words = words + path_words
    words = subject(path_words)
    return words if len(words) >= 2 else subject(words + list(_domain_words(domain)))


def _words_of_subject(words) -> list[str]:
    """`words` that may say what a link is about: three letters or more, no numbers, stopwords, URL filler or
    catalogue words ("/collections/", "/products/": where, not what), each once."""
    stop, catalogue = stopwords(), _storefront_data()[1]
    return [w for w in dict.fromkeys(words)
            if len(w) > 2 and w.isalpha() and w not in stop and w not in _URL_FILLER and w not in catalogue]


def _foreign_words(doc, model, words: list[str], link, share: float, own: str = "",
                   standing: bool = False) -> list[str]:
    """The words of `words` on another subject than the article's, when they carry it: at least
    two, weighing `_FOREIGN_WEIGHT` and `share` of all (by `specificity`), that no word of the
    article's text outside the link starts with, nor its topic; [] otherwise.

    Term statistics, not a word list: "CBD gummies for kids sleep" in an article on Alzheimer's
    surgery, whose text never uses "cbd" or "gummies"; a real link's anchor is the sentence's own
    words, most of which the article uses again. The words are singular already ("peptide" is
    sought at the start of "peptides"); not a stem: "follower" is not "follow-up". `own`: the text
    the words come from, when more than the link's (the words before a bare URL).

    A link `standing` as an item of its own or in a box (`_pasted_off_subject`) is weighed against the
    article's prose alone (`_prose_text`: the other items of its list or table and the words of the boxes
    are theirs, not the article's), and its words need weigh half as much: an item's anchor is not
    diluted by a sentence of the article around it."""
    if standing:
        body, own, least = _prose_text(doc), (own or link.block.text).lower(), _FOREIGN_WEIGHT / 2
    else:
        # (a link in another markup's syntax writes its address beside its words: both are its own)
        body, own, least = lowered_body(doc), (own or (f"{link.text} {link.url}" if link.bare and link.text
                                                       else link.text) or link.url).lower(), _FOREIGN_WEIGHT
    foreign, foreign_weight, weight = [], 0.0, 0.0
    for word in words:
        key = stem(word)
        word_weight = specificity(word)
        weight += word_weight
        if word in model.core or key in model.core or _word_starts(body, word) > _word_starts(own, word) \
                or _glued_from(body, word):
            continue
        foreign.append(word)
        foreign_weight += word_weight
    if len(foreign) < _FOREIGN_WORDS or foreign_weight < least or foreign_weight < share * weight:
        return []
    return foreign


@per_document
def _prose_text(doc) -> str:
    """The article's text in lowercase without its short blocks that hold a link (fewer than `_PROSE_WORDS`
    words: items of a list or table, headings), its link lines, however long (`_is_line_block`: a row of links
    "A | B | C" is the items of a list written on one line, as plain text writes them on one line each), and the
    boxes its author did not write (`_box_of`: comments, bios), computed once per document."""
    with_links, comments = shown_links_by_block(doc), _comment_blocks(doc)
    return "\n".join(block.text for block in doc.blocks
                     if not (block.index in with_links and (block.text.count(" ") < _PROSE_WORDS - 1
                                                            or _is_line_block(doc, block)))
                     and block.index not in comments and not _is_bio(block)).lower()


def _glued_from(body: str, word: str) -> bool:
    """`word` is two words of the article run together, as URL slugs often write them
    ("zinclozenges" in an article on zinc lozenges): each part four letters or more."""
    return len(word) >= 8 and any(_word_starts(body, word[:cut]) and _word_starts(body, word[cut:])
                                  for cut in range(4, len(word) - 3))


def _word_starts(text: str, stem_: str) -> int:
    """How many words of `text` start with `stem_` (str.find: no pattern to compile per word)."""
    count, at = 0, text.find(stem_)
    while at >= 0:
        count += at == 0 or not text[at - 1].isalnum()
        at = text.find(stem_, at + 1)
    return count


@per_document
def _cites_widely(doc, model, allow: tuple) -> bool:
    """The article links, from its running text, three sites or more on other subjects than its
    own (`_foreign_words`): a page that cites the web as it goes (a news site, a blog), where such
    a link is a citation, not a paste. Computed once per document."""
    domains = set()
    for link in doc.links:
        domain = model.domain(link)
        if link.hidden or domain in domains or not _in_running_text(link) or _own_site(link, model) \
                or is_authority(domain, allow):
            continue
        words = _link_subject_words(link, domain, tokens(_fold(link.text)), _url_words(link, domain)[1])
        if _foreign_words(doc, model, words, link, _FOREIGN_SHARE):
            domains.add(domain)
    return len(domains) >= _WIDE_CITING


# A line of links standing alone: at most this many words before its first link or between two.
_LINK_LINE_WORDS = 10
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?\s+\S")
_PROSE_WORDS = 12


def _link_span(block, link) -> tuple[int, int] | None:
    """Where a link stands in its block's text (start, end), or None when it is not found there."""
    start = block.text_index(link.start)
    if start is None:
        return None
    end = bisect.bisect_left(block.offsets, link.end - 1) + 1 if link.bare else start + len(link.text)
    return start, end


@per_document
def _link_line_memo(doc) -> dict:
    """Whether each block asked about is a link line (by the block's id): judged once per block, and only
    for the blocks of the links LM101 reads so far (most hold a link of running text)."""
    return {}


def _in_a_link_line(doc, link) -> bool:
    """The link's block is a line of links standing alone between paragraphs, as a footer of partners,
    a pasted "Sponsored links:" row, an item of a list, a heading, a table cell or a caption that is a
    link is: it ends with a link, and no more than `_LINK_LINE_WORDS` words stand before its first link
    or between two (a lead such as "See also:", a separator, or the words a bare URL's line gives it),
    none of them ending a sentence; prose stands before and after it (`_prose_bounds`)."""
    return _is_line_block(doc, link.block)


def _is_line_block(doc, block) -> bool:
    if block is None:
        return False
    memo = _link_line_memo(doc)
    found = memo.get(id(block))
    if found is None:
        links = shown_links_by_block(doc).get(block.index)
        found = memo[id(block)] = bool(links) and _is_link_line(doc, block, links)
    return found


def _is_link_line(doc, block, links) -> bool:
    text = block.text
    last = _link_span(block, max(links, key=lambda link: link.start))
    if last is None or any(ch.isalnum() for ch in text[last[1]:]):
        return False  # the line goes on after its last link: a sentence
    spans = sorted(span for link in links if (span := _link_span(block, link)) is not None)
    if len(spans) != len(links):
        return False
    cursor, pieces = 0, []
    for start, end in spans:
        pieces.append(text[cursor:max(cursor, start)])
        cursor = max(cursor, end)
    if not all(len(piece.split()) <= _LINK_LINE_WORDS and not _SENTENCE_END.search(piece) for piece in pieces):
        return False
    first, last_prose = _prose_bounds(doc)
    return first < block.index < last_prose


@per_document
def _prose_bounds(doc) -> tuple[int, int]:
    """The indexes of the first and the last paragraph of prose (a sentence of `_PROSE_WORDS` words
    or more); (0, 0) for none. A link line stands between them: not a contact or credits line at
    the end of a release."""
    def prose(block) -> bool:
        return block.kind == "paragraph" and block.text.count(" ") >= _PROSE_WORDS - 1 \
            and len(block.text.split()) >= _PROSE_WORDS and bool(_SENTENCE_END.search(block.text + " ."))
    first = next((block.index for block in doc.blocks if prose(block)), 0)
    last = next((block.index for block in reversed(doc.blocks) if prose(block)), 0)
    return first, last


def _pitched_in_line(doc, link) -> bool:
    """A link of a link line says what it offers in words of its own: its anchor, or the two words or
    more before a bare URL that do not introduce it ("images at: ki.se"), two words at least, neither an address
    nor a quoted title
    ("pic.twitter.com/x") nor a name or title, every word capitalised (a photo credit, "Press Office"),
    unless the title pitches: a sales or pitch word or a price ("Same Day Repair Deals", "TOW TRUCK NOW"). A bare URL
    after no word but a mark ("🔗 https://...") says it in the lines of its card above (`_card_lines`)."""
    words = link.text if not link.bare else _cited_words(doc).get(id(link)) or _words_before(doc, link)
    written = [word for word in _WRITTEN_WORD.findall(words) if len(word) > 2 and word.isalpha()]
    if len(written) < 2 or (" " not in words.strip() and any(mark in words for mark in "./")) \
            or words.strip()[:1] in _QUOTES:
        return False  # (one word is a name: "vlc", "Medscape"; a quoted title is a source's)
    keys = tokens(_fold(words)) if link.bare or all(word[0].isupper() for word in written) else ()
    if link.bare and (len(keys) < 2 or keys[-1] in _url_words_around()[0]):
        return False
    return not all(word[0].isupper() for word in written) or bool(_spam_data()[5].intersection(keys)) \
        or _PRICE.search(words) is not None or _doorway_row(doc, link)


_DOORWAY_LINKS = 3


def _doorway_row(doc, link) -> bool:
    """The link's line links `_DOORWAY_LINKS` or more pages of its site, by anchors that differ and share a word
    ("Roofers Leeds | Roofers York | Roofers Hull"): a doorway row of a business's pages, one a place, whose titles
    offer its service; not a credit, nor the titles of a source's pages ("Abstract | Full Text | PDF")."""
    links = shown_links_by_block(doc).get(link.block.index, ()) if link.block is not None else ()
    if len(links) < _DOORWAY_LINKS:
        return False
    anchors = {other.text.lower() for other in links if other.domain == link.domain}
    return len(anchors) >= _DOORWAY_LINKS and bool(set.intersection(*(set(_WRITTEN_WORD.findall(a)) for a in anchors)))


def _pasted_reason(doc, link, foreign: list[str]) -> str:
    box = _box_of(doc, link)
    where = (f"it stands in {box}" if box and (box == "a signature" or _pitched_in_line(doc, link))
             else "it stands alone after a sentence" if _after_a_sentence(link)
             else "it is pasted into a running sentence" if _in_running_text(link)
             else "it is set apart in a sentence's brackets or dashes" if _set_apart(link)
             else f"it stands as {_ITEMS.get(link.block.kind, 'a line of links of its own')}")
    # (a bare URL's words standing as an item or in a box are its block's, before it)
    written = link.text or (link.block.text if not where.startswith("it is") else unquote(link.url))
    return (f"{where}, about \"{_as_written(written, foreign[:5])}\", "
            "words the article uses nowhere else")


def _furniture_reason(link, foreign: list[str]) -> str:
    written = link.text or link.block.text
    return (f"it stands in a short block of the page's furniture (a byline, a credit, a note, a card), the one site "
            f"off the page there, about \"{_as_written(written, foreign[:5])}\", words the article uses nowhere else")


def _box_of(doc, link) -> str:
    """What box the article's author did not write holds the link, or "": a reader's comment (its
    header, "Jo says:", where the commenter's site is linked, and the two blocks after it), an
    author's bio (a block of `_BIO_WORDS` words at most that gives a writer's role, `bio_words`), or a
    quotation's attribution ("“...” — Name, <link>"). Links there were placed by someone else than
    the article's author, as link sellers place them."""
    block = link.block
    if block is None:
        return ""
    if block.index in _comment_blocks(doc):
        return "a reader's comment"
    if _is_bio(block):
        return "an author's bio"
    if _is_signature(block):
        return "a signature"
    start = block.text_index(link.start) if "—" in block.text or "–" in block.text or "―" in block.text else None
    attribution = _ATTRIBUTION.search(block.text, max(0, start - 120), start) if start is not None else None
    return "a quotation's attribution" if attribution else ""


# A quotation's attribution before a link: a closing quotation mark or the block's start, a dash, and a few
# words ("” — Jo B., ").
_ATTRIBUTION = re.compile(rf"(?:[”\"»]\s*|^)[—–―]\s*\S+(?:\s+\S+){{0,{_LINK_LINE_WORDS - 1}}}\s*$")
_BIO_WORDS = 60


@per_document
def _comment_blocks(doc) -> frozenset:
    """The indexes of the blocks of readers' comments: each comment's header that ends as a comment
    system writes it ("Jo says:", "Anonymous said..."; not a heading "What the evidence says") and the
    two blocks after it."""
    headers = [index for index in _comment_headers(doc)
               if doc.blocks[index].text.rstrip().endswith((":", "...", "…")) or _leads_its_block(doc.blocks[index])]
    return frozenset(index + after for index in headers for after in (0, 1, 2))


@functools.lru_cache(maxsize=None)
def _signature_pattern() -> re.Pattern:
    """A sign-off (`sign_offs`, with its comma: "Kind regards,"; or "--") opening a block, then a name: two
    or three words (`_is_signature`)."""
    sign_offs = sorted(load("links_spam")["sign_offs"], key=len, reverse=True)
    return re.compile(r"(?:--|(?i:" + "|".join(re.escape(s) for s in sign_offs) + r"),)\s+"
                      r"(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,2})\b")


def _is_signature(block) -> bool:
    """A block of fewer than `_BIO_WORDS` words that opens with a sign-off and a name, every word of it
    capitalised ("Kind regards, Jo Bloggs Owner, ..."; "-- Jo Bloggs"): someone signed it, as a letter,
    a comment or an e-mail is signed, and its links are the signer's."""
    text = block.text
    if text.count(" ") >= _BIO_WORDS:
        return False
    match = _signature_pattern().match(text)
    return match is not None and all(word[0].isupper() for word in match.group("name").split())


def _is_bio(block) -> bool:
    """A block of fewer than `_BIO_WORDS` words that names a writer's role (`bio_words`, as written:
    "journalists" is a subject, not a role)."""
    return block.text.count(" ") < _BIO_WORDS and _bio_words().search(block.text) is not None


@functools.lru_cache(maxsize=None)
def _bio_words() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(load("links_spam")["bio_words"]) + r")\b", re.I)


_ITEMS = {"list_item": "a list item", "heading": "a heading", "table_cell": "a table cell", "caption": "a caption",
          "quote": "a quotation's line"}


def _after_a_sentence(link) -> bool:
    """A bare URL right after a full sentence, opening none of its own words ("... calms the
    soreness. https://..."): nothing introduces it, as nothing introduces one pasted into a clause."""
    block = link.block
    if not link.bare or block is None:
        return False
    start = block.text_index(link.start)
    if start is None:
        return False
    before = block.text[max(0, start - 3):start].rstrip()
    return bool(before) and before[-1] in ".!?"


_WRITTEN_WORD = re.compile(r"\w+(?:['’]\w+)?")


def _as_written(text: str, keys: list[str]) -> str:
    """The stretch of `text` from the first to the last of its words whose word key is in `keys`,
    as the text writes it ("sketchy, substandard loans" for the keys "sketchy substandard loan"),
    so that the message quotes the page; the keys themselves if no word of `text` has one (a
    site name's fused words)."""
    wanted = set(keys)
    spans = [word.span() for word in _WRITTEN_WORD.finditer(text) if wanted.intersection(tokens(_fold(word.group())))]
    return text[spans[0][0]:spans[-1][1]] if spans else " ".join(keys)


def _pasted_off_subject(doc, model, link, domain: str, anchor_words: list[str], path_words: list[str],
                        sales, shop_address: bool, allow) -> list[str]:
    """The foreign words of a link pasted into a running sentence, standing as an item of its own (a
    line of links, a list item, a heading, a table cell, a caption) or in a box the article's author
    did not write (`_box_of`), on a site the article does not name, about another subject than the
    article's (`_foreign_words`); [] if it is not one.

    Where the article links many sites on other subjects from its text (`_cites_widely`), one
    more is a citation like theirs unless it also sells: a sales word, a price, a pitch word in
    its anchor, or a shop's or storefront's address."""
    after_a_sentence = _after_a_sentence(link)
    # (set apart, a name -- a person's, a title's -- is the sentence naming what it speaks of, "Cyd (<Jo Roe>)",
    # unless it is a business's whose site's name says a word of it)
    running = not after_a_sentence and (_in_running_text(link) or _set_apart(link) and not (
        _is_a_name(link.text) and not _names_a_trade(_words_of_subject(anchor_words), list(_domain_words(domain)),
                                                     path_words)))
    # standing as an item of its own (a line of links, a list item, a heading, a cell, a caption), or in a
    # box the article's author did not write (`_box_of`), offering something in words of its own
    # (a signature's link is the signer's own site, whatever its words)
    # (plainly `box = _box_of(doc, link)`; but a box other than a signature counts only for a link pitched in its line,
    # and a signature's block opens as one (`_is_signature`): most links' boxes are not read)
    pitched = _pitched_in_line(doc, link)
    box = _box_of(doc, link) if pitched or link.block is not None and _is_signature(link.block) else ""
    standing = box == "a signature" or pitched and (
        not after_a_sentence and not running and _in_a_link_line(doc, link) or bool(box))
    if not after_a_sentence and not running and not standing:
        return []
    # How much of the link's words must be foreign: an anchor, or a bare URL alone after a
    # sentence, two thirds; a bare URL that no word introduces, half ("the procedure ...
    # colorectal https://... cancer"); one that a word does ("is listed at https://... for
    # those"), all; one whose path names what the words before it do, none
    share = _FOREIGN_SHARE
    if standing and link.bare:
        # a bare URL standing so: what its line's words before it and its path say ("movies free in
        # HD https://.../watch/..."), the line's lead and separators being no subject
        path_words = anchor_words[-_LINK_LINE_WORDS:] + path_words
    elif link.bare and not link.text and not after_a_sentence:  # (a link in another markup's syntax has words)
        if _names_its_path(link, path_words):
            return []
        share = _DROPPED_FOREIGN_SHARE if _dropped_in(link, brackets=True) else 1.0
    words = _link_subject_words(link, domain, anchor_words, path_words, standing)
    foreign = _foreign_words(doc, model, words, link, share, _cited_words(doc).get(id(link), ""), standing)
    if not foreign or _mentioned_elsewhere(doc, domain, link) or _site_named(doc, link, domain):
        return []
    return foreign if not _cites_widely(doc, model, allow) or _sells(link, sales, shop_address, anchor_words) else []


def _sells(link, sales, shop_address: bool, anchor_words: list[str]) -> bool:
    """A sales word, a price or a pitch word in the link's anchor, or a shop's or storefront's address."""
    return bool(sales or shop_address or (link.text and (_PRICE.search(link.text) or
                                                         _spam_data()[5].intersection(anchor_words))))


# A block of the page's furniture: at most this many words (a byline, a credit line, a note, a card, a listing's
# item), and at most this many sites off the page's own linked from it and the blocks around it.
_FURNITURE_WORDS = 40
_FURNITURE_REACH = 2
_FURNITURE_SITES = 2


def _furniture_off_subject(doc, model, link, domain: str, anchor_words: list[str], path_words: list[str],
                           sales, shop_address: bool, allow) -> list[str]:
    """The foreign words of a link that stands in a short block of the page's furniture as the one site off the
    page there, to a site the article never names, whose words and address are both about another subject than
    the article's (`_foreign_words`, weighed as an item's); [] otherwise. Whatever the block is called (a byline,
    a credit or syndication line, a newsletter box, a store card, a listing's item, a switcher, show notes), such
    a link sends the reader to an outside business the article has nothing to do with: a placed link.

    A block of the furniture: `_FURNITURE_WORDS` words or fewer that say something besides their links (not a
    link standing alone, a menu's item), none of them a word of the article's subject (`_on_the_topic`: a short
    paragraph of the article, "A <Cochrane review> found zinc shortens colds", is about the article), the link
    neither in a running sentence nor after one nor a title in quotes (`_pasted_off_subject` judges those). What
    the link says it is takes two words or more of its own (its anchor, or the words its line writes before a
    bare URL: "Dunstaffe Paving: https://..."; not a name of one word, "Reuters", nor a label, "Photo - https://
    ..."); a name ("Hollinsby Paving") is a business's when its site's name says a word of it too; and its
    address names another subject (a shop's "/patios/" on "setsandkerb"; not a person's or a press office's
    site of one word, a link shortener, nor the original of a story on the article's subject).
    Not a link among other sites' links (more than `_FURNITURE_SITES` sites within `_FURNITURE_REACH` blocks: a
    list of sources, credits or sponsors, a site's footer; the site's own navigation links its own pages, which
    are not counted), nor one to a site made to be shown or named in other pages (an embed provider, a social
    network, a news wire: `data/links_embeds.toml`), nor, on a page that cites the web widely (`_cites_widely`),
    one that does not also sell."""
    block, card = link.block, _card_lines(doc, link)
    # an HTML card: a link around blocks (its title, description, site), its words past the block they start in
    spans = block is not None and len(link.text) > len(block.text) + 1 and link.text.startswith(block.text)
    if block is None or link.hidden or len(anchor_words) < 2 \
            or not (card or spans) and len(block.text) < len(link.text) + 6 \
            or block.text.count(" ") >= _FURNITURE_WORDS or _quoted_anchor(link) \
            or _sites_around(doc, block.index, model) > _FURNITURE_SITES \
            or _in_running_text(link) or _after_a_sentence(link):
        return []  # (a link alone, a menu's item; in running text or after a sentence: `_pasted_off_subject`'s)
    words = _words_of_subject(anchor_words if link.text else anchor_words[-_LINK_LINE_WORDS:])
    if len(words) < 2:
        return []
    besides = anchor_words if card else tokens(_fold(link.text[len(block.text):])) if spans \
        else _words_besides_links(doc, block)
    # (a name with a title, "Deutsch" whose tooltip sells, says more than a name: its title's words are judged)
    if not _words_of_subject(besides) or link.text and not link.title and _is_a_name(link.text) and \
            not _names_a_trade(words, list(_domain_words(domain)), path_words):
        return []
    # (the words of the furniture around it, a card's or a listing's other lines, are not the article's)
    lines = _lines_around(doc, block)
    if _used_elsewhere(doc, lines, besides, words) or _named_beyond_its_label(doc, link, domain):
        return []
    address_words = _link_subject_words(link, domain, [], path_words, standing=True)
    own = "\n".join(near.text for near in lines if _in_prose_text(doc, near)) or " "
    foreign = _foreign_words(doc, model, words, link, _FOREIGN_SHARE, own, True)
    address = foreign and _foreign_words(doc, model, address_words, link, _FOREIGN_SHARE, own, True)
    if not address:
        return []
    if _cites_widely(doc, model, allow) and not _sells(link, sales, shop_address, anchor_words):
        return []
    if _on_the_topic(doc, model, address_words + list(_domain_words(domain)), own) or \
            _on_the_topic(doc, model, besides, own) or _matches_domain(domain, _not_placed_domains()):
        return []
    return foreign + [word for word in address if word not in foreign]


_FURNITURE_LINES = 6
# A site's host written out in lower case ("shop.example", "www.shop.example/x"): an address, not a name in words.
_WRITTEN_HOST = re.compile(r"(?<![\w@.-])(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?")


def _named_beyond_its_label(doc, link, domain: str) -> bool:
    """`_mentioned_elsewhere` or `_site_named`, the site's host written out in the link's own block aside: a card
    or a link preview labels its link with the site's address ("🔗 shop.example", a bookmark card's publisher
    line), which is the address again, not the article naming the site in words."""
    block = link.block
    spanned = _spanned_blocks(doc, link)
    own = " ".join(near.text for near in spanned).lower().replace(link.url.lower(), " ") if block is not None else ""
    hosts = " ".join(_WRITTEN_HOST.findall(own))
    if not hosts:
        return _mentioned_elsewhere(doc, domain, link) or _site_named(doc, link, domain)
    name, squashed = domain.split(".")[0].lower(), _squashed_name(domain)
    return len(name) > 2 and lowered_body(doc).count(name) > link.url.lower().count(name) + hosts.count(name) \
        or _named_elsewhere(doc, block, domain, tuple(near.index for near in spanned)) \
        or len(squashed) >= 4 and squashed in _SQUASH.sub("", _WRITTEN_HOST.sub(" ", own))


def _spanned_blocks(doc, link) -> list:
    """The link's block and the blocks after it its words run on into (an HTML card: a link around its title's,
    description's and site's blocks)."""
    block = link.block
    if block is None:
        return []
    spanned, rest = [block], link.text[len(block.text):] if link.text.startswith(block.text) else ""
    for near in doc.blocks[block.index + 1:]:
        at = rest.find(near.text)
        if not near.text or at < 0 or rest[:at].strip():
            break
        spanned.append(near)
        rest = rest[at + len(near.text):]
    return spanned


def _lines_around(doc, block) -> list:
    """The block and the short blocks (fewer than `_PROSE_WORDS` words: a card's or a listing's other lines, its
    heading) next to it on either side, up to `_FURNITURE_LINES` each way."""
    def short(index: int) -> bool:
        return 0 <= index < len(doc.blocks) and doc.blocks[index].text.count(" ") < _PROSE_WORDS - 1
    first = last = block.index
    while first > block.index - _FURNITURE_LINES and short(first - 1):
        first -= 1
    while last < block.index + _FURNITURE_LINES and short(last + 1):
        last += 1
    return doc.blocks[first:last + 1]


def _used_elsewhere(doc, lines: list, besides: list[str], words: list[str]) -> bool:
    """A cheap pre-test on the whole text (str.find, no prose to build): some specific word of the block besides
    its links (five letters or more, `specificity` 2 or more) is used outside the furniture's `lines`, or fewer
    than two of the link's `words` are not (the tests on the article's prose come after, for the few left)."""
    body, own = lowered_body(doc), "\n".join(block.text for block in lines).lower()
    if any(len(word) >= 5 and specificity(word) >= 2 and _word_starts(body, word) > _word_starts(own, word)
           for word in besides):
        return True
    return sum(_word_starts(body, word) <= _word_starts(own, word) for word in words) < _FOREIGN_WORDS


def _names_a_trade(words: list[str], site_words: list[str], path_words: list[str]) -> bool:
    """A name's words are a business's: its site's name says one of them (the first five letters: "skydive"
    for "Skydiving"), or its path says some but not all of them (a person's own page spells the whole name,
    "/mara-quinn")."""
    def said(address_words):
        heads = {word[:5] for word in address_words if len(word) > 3}
        return [word for word in words if word[:5] in heads]
    in_path = said(path_words)
    return bool(said(site_words)) or bool(in_path) and len(in_path) < len(words)


def _in_prose_text(doc, block) -> bool:
    """The block is one `_prose_text` holds (its test, for one block)."""
    return not (block.index in shown_links_by_block(doc) and block.text.count(" ") < _PROSE_WORDS - 1) \
        and block.index not in _comment_blocks(doc) and not _is_bio(block)


def _on_the_topic(doc, model, words: list[str], own: str) -> bool:
    """Some word of `words` is a term of the article's topic, or a specific word (five letters or more,
    `specificity` 2 or more) that its prose uses outside `own`: str.find over the prose, no paragraph analysis
    (`_topic_overlap` has every paragraph analysed)."""
    body, own = _prose_text(doc), own.lower()
    for word in words:
        key = stem(word)
        if word in model.core or key in model.core or word in model.related or key in model.related:
            return True
        if len(word) >= 5 and specificity(word) >= 2 and _word_starts(body, word) > _word_starts(own, word):
            return True
    return False


@functools.lru_cache(maxsize=None)
def _not_placed_domains() -> frozenset:
    """Sites a link from the furniture goes to as a matter of course (embed providers, social networks, news
    wires: `links_embeds.toml`), and the retailers and affiliate networks LM104 judges."""
    return _embed_data()[0] | _shop_domains() | _affiliate_domains()


def _quoted_anchor(link) -> bool:
    """The anchor is a title in quotation marks (a source's: „Was hilft bei Gicht“)."""
    span = _link_span(link.block, link) if link.text else None
    text = link.block.text if span else ""
    return bool(span) and (link.text.strip()[:1] in _QUOTES or text[max(0, span[0] - 1):span[0]] in tuple(_QUOTES))


def _is_a_name(text: str) -> bool:
    """Every word of three letters or more is capitalised ("George Del Barrio", "Hollinsby Paving")."""
    written = [word for word in _WRITTEN_WORD.findall(text) if len(word) > 2 and word.isalpha()]
    return bool(written) and all(word[0].isupper() for word in written)


def _words_besides_links(doc, block) -> list[str]:
    """The words of a block outside its shown links' anchors and addresses."""
    text, cut = block.text, 0
    pieces = []
    for start, end in sorted(span for link in shown_links_by_block(doc).get(block.index, ())
                             if (span := _link_span(block, link)) is not None):
        pieces.append(text[cut:max(cut, start)])
        cut = max(cut, end)
    pieces.append(text[cut:])
    return tokens(_fold(" ".join(pieces)))


def _sites_around(doc, index: int, model) -> int:
    """How many sites off the page's own the shown links of block `index` and the `_FURNITURE_REACH` blocks
    before and after it go to."""
    by_block, sites = shown_links_by_block(doc), set()
    for near in range(index - _FURNITURE_REACH, index + _FURNITURE_REACH + 1):
        for other in by_block.get(near, ()):
            if other.is_external and not _own_site(other, model):
                sites.add(registrable(model.domain(other)))
    return len(sites)


# --- addresses and sentences in another script or language -------------------------

_SENTENCE_ENDS = (". ", "! ", "? ", "。", "！", "？", "\n")


def _link_sentence(link) -> tuple[str, int, int]:
    """(the sentence of its block that holds a link, where the link starts and ends in it); ("", 0, 0)
    when the link is not found in its block's text."""
    block = link.block
    if block is None:
        return "", 0, 0
    start = block.text_index(link.start)
    if start is None:
        return "", 0, 0
    end = bisect.bisect_left(block.offsets, link.end - 1) + 1 if link.bare else start + len(link.text)
    text = block.text
    first = max(text.rfind(mark, 0, start) + len(mark) if text.rfind(mark, 0, start) >= 0 else 0
                for mark in _SENTENCE_ENDS)
    last = min((at + 1 for mark in _SENTENCE_ENDS if (at := text.find(mark, end)) >= 0), default=len(text))
    return text[first:last], start - first, end - first


@per_document
def _blocks_in_no_english(doc) -> frozenset:
    """The blocks holding a link (by id) of six words or more with none of English's function words:
    where `language_by_vocabulary` may find a sentence in another language. (The plain definition
    asks it of each sentence; a whole block, in C, costs a tenth as much, and a spam run drops its
    sentence as a block of its own.)"""
    english, found = english_function_words(), set()
    for block in {id(link.block): link.block for link in doc.links if link.block is not None}.values():
        words = block.lowered.split()
        if len(words) >= 6 and english.isdisjoint(words):
            found.add(id(block))
    return frozenset(found)


@per_document
def _blocks_maybe_other_language(doc) -> frozenset:
    """The blocks holding a link whose text passes `may_be_other_language` (by id): none in an
    article that fails it as a whole (most)."""
    if not article_may_hold_other_language(doc):
        return frozenset()
    blocks = {id(link.block): link.block for link in doc.links if link.block is not None}
    return frozenset(key for key, block in blocks.items() if may_be_other_language(block.text))


def _in_another_script_or_language(doc, link, domain: str) -> str:
    """Why a link was dropped in from another language (`_other_language`), or "": its address is
    written in a script the article does not use (a ".한국" or "xn--" host in an English article), its
    anchor is, or the sentence that carries it is in another script or language than the article's
    (by its function words, or a short one by its vocabulary). The sentence's words are its own and
    the anchor's with its title after it, as plain text writes a link ("Deutsch (Gartenmöbel günstig):
    https://..."), not the URL's."""
    script = host_script(domain)
    if script and script_foreign(doc, script):
        return f"its address is written in {script}, a script the article does not use"
    # (a title is no block's text: a sentence with one is read whatever its block's words)
    titled = f" ({link.title})" if link.title and link.text else ""
    if not titled and id(link.block) not in _blocks_maybe_other_language(doc):
        # (most blocks: none of their sentences can be by function words, nor by vocabulary)
        if id(link.block) not in _blocks_in_no_english(doc):
            return ""
        sentence, start, end = _link_sentence(link)
        foreign = language_by_vocabulary(doc, sentence[:start] + " " + sentence[end:]) if sentence else ""
        return f"it sits in a sentence in {foreign}" if foreign else ""
    sentence, start, end = _link_sentence(link)
    foreign = other_language(doc, sentence[:start] + " " + (link.text if not link.bare else "") + titled + " "
                             + sentence[end:])
    if foreign:
        return f"it sits in a sentence in {foreign}"
    # its anchor alone, pasted into a running sentence in the article's language ("the drug <купить ...>
    # works"), on a site that is not of a country writing that script (a Greek daily cited by its name)
    if not link.text or link.text.isascii() or not _in_running_text(link):
        return ""
    anchor = other_language(doc, link.text)
    if anchor and _country_domain(domain) in _script_country_domains().get(anchor.split(",", 1)[0], ()):
        return ""
    return f"its anchor is in {anchor}" if anchor else ""


def _country_domain(domain: str) -> str:
    """A host's top-level domain, an internationalized one as it is written ("xn--p1ai" as "рф")."""
    tld = domain.rsplit(".", 1)[-1]
    try:
        return tld[4:].encode().decode("punycode") if tld.startswith("xn--") else tld
    except (UnicodeError, ValueError):
        return tld


@functools.lru_cache(maxsize=None)
def _script_country_domains() -> dict[str, frozenset]:
    return {script: frozenset(tlds) for script, tlds in load("links_scripts")["country_domains"].items()}


def _once(compute):
    """`compute` called at the first call only, its answer kept: ``functools.cache(compute)``, without the cost
    of making a cache (about 3 µs, for each of the page's links, where most never call it)."""
    answer = []

    def value():
        if not answer:
            answer.append(compute())
        return answer[0]
    return value


@rule("LM101", "unrelated-link", category="links", severity="warning",
      options={"allow_domains": Option([], "domains never flagged (their subdomains too), besides the shipped authorities"),
               "extra_spam_terms": Option([], "more words that mark link spam (casino, loans...)"),
               "topic": Option([], "terms naming the article's topic; overrides the title, first heading and metadata")})
def unrelated_link(doc, options):
    """A link or bare URL has nothing to do with the article's topic.

    ## What it does
    Reads each outbound link's domain, path and anchor text and compares them with the
    article's topic (the same topic model as LM201: title, first heading, metadata,
    the vocabulary groups they belong to, and the terms the article keeps returning
    to). A link to a member's profile page on another site ("/members/4417",
    "show_user.php?userid=96", on any host, an authority's too), whose member neither the
    link nor the article names, is reported: the page where link farms plant backlinks;
    and an address in a list of addresses (a print footer's "[1] https://...") is judged
    as a link with no words of its own. A link is reported when its address or anchor names a link-spam subject
    (casino, cocaine, viagra, payday loans, essay writing..., in English and other
    languages: "kokain", "rezeptfrei", "sin receta") that is not the article's own
    subject (its topic, or a word two other paragraphs hold), when it goes to a shop
    ("shop", "pharmacy", "apotheke", "tienda" in the site's name) about nothing the
    article discusses, or when a bare URL dropped into the middle of a sentence, on a
    country domain foreign to the article's language, points at a page about nothing
    the article discusses; and a bare URL pasted into a running clause with no word to
    introduce it ("affects https://... the liver"; "visit", "at", "see" introduce one,
    `url_introducers`, and so does a source credit in any language, "Dilansir dari X", "Según X",
    `source_credits`), on a site the article does not otherwise name, which is how
    hacked pages plant them (real articles in our corpora never write one so); and a
    storefront pasted into running text: a link with two signs of a shop, one of them in
    its address (a much-abused top-level domain like ".club" or ".xyz", a catalogue or deal
    path like "/collections/" or "/deal/", a strength like "-10mg" in the path; a sales or
    shop word or a price in the anchor; a place inside a sentence that reads on around
    it), none of whose words another paragraph holds, on a site the article does not name
    (when it has a sales word in its anchor and sits inside a running sentence, whatever
    words it shares with the article: "said <HGH injections best price> it wanted");
    and any link pasted into a running sentence (or a bare URL alone right after a sentence,
    "...calms the soreness. https://..."), on a site the article does not name, whose
    words weigh mostly on words the article uses nowhere else (term statistics against the
    article's vocabulary, not a word list: "CBD gummies for kids sleep" in an article on
    Alzheimer's surgery), unless the page links several sites on other subjects from its
    text as a news site or blog does, where the link must also sell; the same for a link standing
    as an item of its own between two paragraphs of prose (a line of links, "Partners: <model
    railway layouts>", a list item, a heading, a table cell or a caption that is a link) or in a
    box the article's author did not write (a reader's comment, an author's bio, a quotation's
    attribution; a signature, "Kind regards, Jo Bloggs ...", whatever its words), when it offers something in words of its own (two words or more; not an
    address, a name, a title or a quoted title: a photo credit, "Sources: Reuters"; a title
    that pitches, "Same Day Repair Deals", does offer), weighed against the article's prose
    alone (not the other items of its list) with half the weight; and a link standing in a short block of
    the page's furniture, whatever the block is called (a byline, a credit, a syndication note, a newsletter
    box, a store card, a listing's item, show notes: 40 words or fewer, none of its other words on the
    article's subject), as the one site off the page there, whose anchor (two words or more; a name whose
    site's name says a word of it) and address both weigh on words the article uses nowhere else, on a site
    it names nowhere ("Guest post by Jo B., founder of <Hollinsby Paving>"; not an embed provider, a social
    network or a news wire, nor a retailer LM104 judges: `_furniture_off_subject`); and, whatever its words,
    a link whose address is written in another script than the article's ("мебель-дом.рф",
    ".한국", "xn--..." decoded) or whose sentence is in another script or language (a Russian
    or a Spanish sentence in an English article; not a quoted title, a reference or a bilingual
    article's, `_other_language.py`), or whose anchor alone is in another script, pasted into a
    running sentence ("the brace <השכרת רכב> helps"; not on a site of a country writing that
    script, `data/links_scripts.toml`: a Greek daily cited by its Greek name). A link that opens a private
    chat in a messaging app with someone it names by a number or a handle ("t.me/name",
    "wa.me/4477...", "viber://chat?number=", "line.me/ti/p/~name"; not a share button:
    `chat_links`) is a seller's contact, whatever the article's subject; so is a link whose
    address writes a site's name or a login before an "@" so that it seems to go there
    ("https://clinic.example@shop.example/": it goes to shop.example, `_disguise`), and a link written to
    open its page in another browser than the app the reader is in ("intent://shop.example/buy#Intent;...",
    "x-safari-https://", "googlechromes://", "microsoft-edge:https://", "firefox://open-url?url=": the page
    is judged as the link, `Link.via` names the scheme; lint_med/browser_schemes.toml); and a link
    whose host writes a public body's name before another site's ("patient-advice.gov.shop.example",
    "official-guidance.shop.example": `_posing_host`), and a link in an article spinner's template published
    unspun ("{Book|Order} {local|trusted} help at <link>", `_spun`). A URL written inside
    another link's anchor is read as a bare URL of its own. A link's title (its tooltip, `<a title>`,
    Markdown's `[W](A "title")`) is read with its anchor, as plain text writes it beside the address
    ("Deutsch (Gartenmöbel günstig): https://..."): a language switcher's item whose tooltip sells. A site name written without a scheme
    or path, all lowercase, dropped into a running sentence with no word to introduce it and
    named nowhere else ("left him with screen-fix.co.th chronic pain") is read as such a URL
    (`_planted_site_names`; not "visit nhs.uk", "WebMD.com said", "a survey by x.com found").
    An address run into the letters around it ("find us athttps://shop.example", "at www.shop.co.ukfrom today"),
    as a copy that stripped its link leaves it, on a site the article names nowhere, is reported (`_glued`).
    A bare URL after a mark or a label on its line ("🔗 https://...", "Link: https://...") has the lines of its
    card above for words (a caption's trail of hashtags, `_words_before`).
    A link with no words of its own (a frame's, an embedded object's, a <meta>'s or <link>'s in the
    body, a quotation's cite, an anchor that is only a mark, "»"; and any address the article's markup
    carries that no reader follows: a ping, a tooltip's, a <base href>, one inside a QR code's image
    address, a string of its JSON-LD structured data, `parsers.carried_addresses`) is judged by its
    address and its place: reported when it goes to a site the article names nowhere, that is no embed provider
    (`data/links_embeds.toml`) and whose name reads as words none of which is the article's subject
    ("<iframe src=https://sootward-flues.example>" in an article on iron); so is a reference marker ("[3]") and
    a footnote's back-link ("#fnref:2"). A health word of a running sentence linked to a site whose name and path
    say nothing of health nor of the word, named nowhere ("may lower your <blood pressure>" to a hot-tub dealer), is
    a keyword auto-linker's plant (`_health_term_to_a_trade`).
    Selling medicines without a prescription ("online pharmacy",
    "ohne Rezept", `always_terms`) is reported even about the article's own drug.

    Never reported: links to government health agencies, intergovernmental bodies,
    PubMed, DOI, journals and professional bodies (see `data/links_authorities.toml`,
    extend with `allow_domains`); links whose address or anchor shares a term with the
    topic; links within the article's own site (relative links, its canonical domain).

    ## Why is this bad?
    An unrelated link in a health article is usually injected link spam (a hacked or
    paid placement). It sends readers to pages about drugs of abuse, gambling or scams,
    and search engines demote pages that take part in link schemes.

    ## Example
    "...the risks of low dose naltrexone (LDN), like how it affects
    https://oc-hudovernik.si/2022/10/25/how-long-does-cocaine-stay-in-your-system-5/ the liver."

    ## Use instead
    Remove the link. Cite a source on the article's subject (a label, a review, a
    guideline) where a claim needs one.

    ## References
    - Google Search Central, spam policies: link spam, hacked content (developers.google.com/search/docs/essentials/spam-policies).
    - Leontiadis, Moore & Christin, "Measuring and analyzing search-redirection attacks in the
      illicit online prescription drug trade", USENIX Security 2011.
    - Spam terms: `data/links_spam.toml`; authorities: `data/links_authorities.toml`.
    - Word weights: wordfreq's Zipf frequencies (Speer et al., wordfreq 3.1), as `specificity`.
    - More: `docs/links-and-off-topic.md`.
    """
    model = topic_model(doc, options)
    spam_terms = _spam_terms(tuple(str(t).lower() for t in options.extra_spam_terms))
    lang = (doc.meta.get("lang") or "en").lower()[:2]
    generic = generic_words()
    allow = tuple(options.allow_domains)
    quick = (*_profile_patterns()[4], _profile_patterns()[3])  # (`_profile_shaped`'s sets)
    for link in map(_address_as_written, doc.links + _urls_in_anchors(doc)):
        if _own_site(link, model):
            continue
        domain = model.domain(link)
        # a member's profile page on another site, an authority's too (the member wrote it, not the authority)
        profile = _profile_shaped(link.url, quick) and _member_profile(doc, link)
        if not profile and is_authority(domain, allow):
            continue
        # A link is reported only when it shows spam, a shop, a sale, a dropped URL or a
        # storefront (the reasons below), and shares no term with the topic.
        mid_sentence = _mid_sentence(link)
        foreign_tld = _cctld_mismatch(domain, lang)
        if foreign_tld and not foreign_tld.isascii() and not script_foreign(doc, host_script(foreign_tld)):
            foreign_tld = ""  # ".рф" in an article in Cyrillic: its own country's domain, whatever `lang` says
        domain_words, path_words, path = _url_words(link, domain)
        anchor = link.text or _cited_words(doc).get(id(link)) or _words_before(doc, link)
        if link.title and link.text:  # its tooltip is its words too, as plain text writes them: "Deutsch (title)"
            anchor = f"{link.text} ({link.title})"
        anchor_words = tokens(_fold(anchor))
        domain_keys = [normalize(w) for w in domain_words]
        spam = _spam_found([domain_keys, path_words, anchor_words], domain_words,
                           spam_terms)
        spam += _spam_of_site(domain, domain_words, anchor + " " + unquote(link.url), spam)
        shop = _shop_found(domain) or _shop_path(path)
        sales = _sales_words().intersection(anchor_words + path_words)
        if link.text and not sales:
            banner = _banner_in(link.text)  # "vials in stock", "shipped discreetly", "30% off"
            sales = {banner} if banner else sales
        dropped = mid_sentence and _dropped_in(link)
        # a storefront pasted into running text: two signs, one of them in the address
        address_signs, anchor_signs = _storefront(link, domain, path, sales,
                                                  anchor_words if link.text else anchor_words[-6:])
        pasted = bool(address_signs) and _in_running_text(link)
        storefront = bool(address_signs) and len(address_signs) + len(anchor_signs) + pasted >= 2
        # a storefront's sales link pasted into a running sentence sells whatever the article's
        # subject, as a shop's sales link does ("said <HGH injections best price> it wanted")
        sold = storefront and pasted and bool(sales) and bool(link.text) and \
            not _mentioned_elsewhere(doc, domain, link) and not _site_named(doc, link, domain)
        # (only a shop's or a foreign domain's link is reported for what it is about)
        subject_words = [w for w in path_words + anchor_words if w not in generic and len(w) > 2] \
            if shop or foreign_tld else []
        # A plain-text anchor: the words just before a bare URL pitch what its path names
        # ("tadalafil best price (https://.../buy-tadalafil-online)").
        pitched = not link.text and bool(sales.intersection(anchor_words[-6:])) and any(
            w in anchor_words[-6:] for w in path_words if w not in generic and w not in _spam_data()[5])
        # A link pasted into a running sentence on another subject than the article's, weighed
        # by its words (once, and only for a link with some reason or none other)
        pasted_off_subject = _once(lambda: _pasted_off_subject(
            doc, model, link, domain, anchor_words, path_words, sales, bool(address_signs or shop), allow))
        # ... or standing in a short block of the page's furniture (a byline, a credit, a note, a card) as the one
        # site off the page there
        furniture = _once(lambda: [] if pasted_off_subject() else _furniture_off_subject(
            doc, model, link, domain, anchor_words, path_words, sales, bool(address_signs or shop), allow))
        # Why the link would be reported if it were off the topic. This comes before
        # _topic_overlap, which reads the words the article keeps returning to and so needs
        # all of its text analysed: most links have no reason and never pay for it.
        # an address or a sentence in another script or language than the article's, on any subject
        other_language = _in_another_script_or_language(doc, link, domain)
        chat = _chat_link(link.url)
        disguise = _disguise(link)
        # a link with no words of its own (a frame's, a <meta>'s), judged by its address and its place
        wordless = _wordless_reason(doc, link, domain)
        health_term = ""
        if spam:
            reasons = [f"its {'address' if not link.text else 'address or anchor'} is about {', '.join(spam[:3])}"]
        elif other_language:
            reasons = [other_language]
        elif chat:
            reasons = ["it opens a private chat in a messaging app with a party the article does not name "
                       "(a seller's contact, not a source)"]
        elif disguise:
            reasons = [f"its address writes \"{disguise}\" before an @, so that it seems to go there; it goes to {domain}"]
        elif spun := _spun(link):
            reasons = [f"it stands in an article spinner's template published unspun (\"{spun[:60]}\"), links "
                       "and all"]
        elif posing := _posing_host(domain):
            reasons = [f"its host writes \"{posing}\" before {domain[len(posing) + 1:]}, so that it reads as a "
                       f"public body's site; it is a page of {domain[len(posing) + 1:]}"]
        elif link.via:
            reasons = [f"its address ({link.via}:) opens the page in another browser than the app the reader is in, "
                       "a way out of the app's own browser that no source needs"]
        elif shop and (sales or dropped):
            reasons = [f"it is a sales link (\"{sorted(sales)[0]}\") to a shop (\"{shop}\" in its name)" if sales
                       else f"it goes to a shop (\"{shop}\" in its name)"]
        elif sold:
            reasons = [f"it is a sales link to a storefront ({', '.join(address_signs + anchor_signs)}) "
                       "pasted into a running sentence"]
        elif sales and (link.text or pitched):
            pitch = "its anchor is" if link.text else "it and the words before it are"
            reasons = [f"{pitch} a sales pitch (\"{sorted(sales)[0]}\") for nothing the article discusses"]
        # (a shop the article names in words is its sponsor or its subject, not one dropped in)
        elif shop and (subject_words or link.bare) and not _site_named(doc, link, domain):
            selling = f" selling \"{' '.join(subject_words[:6])}\"" if subject_words else ""
            reasons = [f"it goes to a shop (\"{shop}\" in its name){selling}, on nothing the article discusses"]
        elif mid_sentence and foreign_tld and len(subject_words) >= 2:
            reasons = [f"its address is about \"{' '.join(path_words[:10])}\""]
        elif dropped and not _mentioned_elsewhere(doc, domain, link):
            reasons = []
        elif (glued := _glued(link)) and not _mentioned_elsewhere(doc, domain, link) \
                and not _address_named(doc, link, domain):
            reasons = [f"its address is run into the word \"{glued}\", as a copy that stripped its link leaves it"]
        # (_shares_a_word last: it has every paragraph analysed)
        elif storefront and not _mentioned_elsewhere(doc, domain, link) and not _site_named(doc, link, domain) \
                and not _shares_a_word(model, path_words + (anchor_words if link.text else [])
                                       + domain_keys, link.block):
            reasons = [f"it looks like a storefront ({', '.join(address_signs + anchor_signs)})"]
            if pasted and not mid_sentence:
                reasons.append("it is pasted into the middle of a sentence")
        elif wordless:
            reasons = [wordless]
        elif health_term := _health_term_to_a_trade(doc, link, domain, anchor_words, path_words):
            reasons = [health_term]
        elif pasted_off_subject():
            reasons = [_pasted_reason(doc, link, pasted_off_subject())]
        elif furniture():
            reasons = [_furniture_reason(link, furniture())]
        elif not profile:
            continue
        else:
            reasons = []
        # the words before a bare URL may be the article's own sentence: they can show spam,
        # but not make a link topical
        # (two-letter pieces of a split domain name, "ko-pe-ra-si", are no words)
        # (a health word auto-linked to a trade's site is on the article's topic; its address is not)
        topical = _topic_overlap(model, path_words + (anchor_words if link.text and not health_term else [])
                                 + [k for k, w in zip(domain_keys, domain_words) if len(w) > 2], link.block,
                                 2 if spam else 1)
        # The plain words of a spam phrase ("write" of "write my essay") do not make its link
        # topical; a spam term on its own (an addiction article's "cocaine") still can.
        topical -= {w for term in spam if " " in term for w in term.split()} - set(spam)
        if spam:
            topical -= _fused_pieces(domain_words, spam_terms)
        # ... if the article writes it: a vocabulary group's neighbour ("detox" near "medication") is not enough
        topical -= {t for t in spam if t not in model.core and not model.block_stems.get(stem(t))}
        # "/order", "top rated", "lose 3 pounds": a pitch's words, on any article's topic or none; a
        # shop's link with none of them may still be on it ("a pharmacy board's page on generics")
        topical -= _spam_data()[5] if spam or sales or dropped or storefront else _sales_words()
        # a URL dropped into a clause is on the topic by a topic term or by most of its words, not by
        # one ordinary word another paragraph holds ("/battery-replacement" in a transplant story)
        # (so is a link with no words but its address's: an invented brand's "haven" is no subject)
        if (dropped or wordless) and topical and not topical & (model.core | model.related) and \
                2 * len(topical) < len(_address_words(domain_words, path_words)):
            topical = set()
        # selling prescription drugs without one, or a sales link to a shop, or a shop's URL
        # pasted into a running clause: whatever the subject
        # (a pasted link on another subject may share a word or two with the article: "HGH
        # injections best price" in an article on eye injections)
        if topical and not _always_spam().intersection(spam) and not (shop and (sales or dropped)) and not sold \
                and not other_language and not chat and not disguise and not link.via and not profile \
                and not _posing_host(domain) and not _spun(link):
            if not pasted_off_subject() and not furniture():
                continue
            reason = _pasted_reason(doc, link, pasted_off_subject()) if pasted_off_subject() \
                else _furniture_reason(link, furniture())
            if reason not in reasons:
                reasons.append(reason)
        if profile:
            reasons.append(f"it goes to a member's profile page on another site (\"{profile}\"), a member the "
                           "article names nowhere: the page where link farms plant backlinks")
        if mid_sentence:
            reasons.append("it is a bare URL dropped in the middle of a sentence")
        if foreign_tld:
            reasons.append(f"it is on a .{foreign_tld} domain, in an article in {language_name(lang)}")
        if link.carrier and wordless not in reasons:
            reasons.append(f"it is {_carried_place(link)}")
        topic = f" ({model.label})" if model.label else ""
        yield Hit(link, f"Link to {domain} has nothing to do with the article's topic{topic}: "
                        + "; ".join(reasons) + ".",
                  suggestion="Remove the link; cite a source on the article's subject instead.")
    yield from _planted_site_names(doc, model, allow)
    yield from _spelled_out_sites(doc, model, allow)


# --- links with no words of their own -----------------------------------------------------

# The elements whose address the reader reaches by no words of their own: a frame's or an embedded object's
# page (its title is read out by a screen reader, never shown), a <meta> or <link> in the body, a quotation's
# cite. A form, a button or a menu's option shows its words: it is judged by them, as an <a> is, unless it has none.
_WORDLESS_ELEMENTS = frozenset((*FRAMES, "embed", "object", "meta", "link", "blockquote", "q"))
_ELEMENT_NAMES = {**dict.fromkeys(FRAMES, "a frame"), "embed": "an embedded object", "object": "an embedded object",
                  "meta": "a <meta> tag", "link": "a <link> tag", "blockquote": "a quotation's source (cite)",
                  "q": "a quotation's source (cite)", "form": "a form", "button": "a button", "input": "a button",
                  "option": "a menu's option"}
_NAME_PARTS = re.compile(r"[-_\d]+")
_PATH_PIECES = re.compile(r"[/?&=.,;:_+\-]+")


def _wordless(link) -> bool:
    """The link has no words of its own: an element's that shows none (`_WORDLESS_ELEMENTS`), one whose
    anchor holds no letter or digit (empty, a mark, an emoji: "→", "»", "🔗"), a reference marker's ("[3]",
    "(12)", "3": a citation's number says nothing of the page it goes to), a footnote's back-link (its address
    names the footnote's reference in the page it returns to, "#fnref:2", "#cite_ref-4": "[return]", "back"), or
    one whose anchor only says "follow me" ("click here", "go now", "cliquez ici": `generic_anchors`).
    Not a bare URL: the reader sees its address, written in the text."""
    return not link.bare and (link.element in _WORDLESS_ELEMENTS or not any(c.isalnum() for c in link.text)
                              or bool(_REFERENCE_MARKER.fullmatch(link.text))
                              or bool(_BACK_REFERENCE.search(link.url.rpartition("#")[2]))
                              or (len(link.text) < 24 and link.text.strip(" .!…»›>→:").lower() in _generic_anchors()))


@functools.lru_cache(maxsize=None)
def _generic_anchors() -> frozenset:
    """Anchors that only say "follow me" ("click here", "go now", "cliquez ici"): links_calls_to_action.toml."""
    return frozenset(load("links_calls_to_action")["generic_anchors"])


# a reference marker as an anchor: a number, in brackets or not ("[3]", "(12)", "[4, 5]")
_REFERENCE_MARKER = re.compile(r"\s*[\[(]?\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*[\])]?\s*")
# a fragment naming a footnote's reference, where a footnote's back-link returns (Markdown converters' "fnref",
# MediaWiki's "cite_ref", "footnote-ref", "ref-3")
_BACK_REFERENCE = re.compile(r"^(?:fnref|cite_ref|footnote-?ref|ref)\b|^fnref", re.I)


@functools.lru_cache(maxsize=None)
def _embed_data() -> tuple[frozenset, tuple[str, ...]]:
    """(the embed providers' sites with `widget_domains`, the words of a path made to be framed) of links_embeds.toml."""
    data = load("links_embeds")
    return frozenset(data["providers"]) | _widget_domains(), tuple(data["embed_paths"])


@functools.lru_cache(maxsize=4096)
def _host_words(domain: str) -> tuple[str, ...]:
    """The words a site's name reads as ("bestcheapmeds-online.example" -> best, cheap, meds, online): each
    part of its registrable name between hyphens and digits ("leakstop247", "suds2door"), a word or the words it fuses (`_segments`), of three letters or
    more (an invented brand's pieces are none: "sudsmere-steam" -> steam); () when it reads as none ("yimg").
    (`_wordless_reason` asks for two: a name that is one word is a brand's, "skype", "mozilla".)"""
    words = []
    for part in _NAME_PARTS.split(registrable(_without_example_suffix(domain)).split(".")[0]):
        pieces = (part,) if part in zipf_table() else _segments(part)
        words.extend(piece for piece in pieces if len(piece) > 2)
    return tuple(words)


def _without_example_suffix(domain: str) -> str:
    """A host name written for an example as a real one with a reserved name after it ("shop.co.uk.example",
    "bakery.lu.example", RFC 6761): the real one it stands for, whose registrable part names the site; any other
    host as it is."""
    head, _, last = domain.rpartition(".")
    if last in _EXAMPLE_SUFFIXES and "." in head and is_top_level_domain(head.rpartition(".")[2]):
        return head
    return domain


_EXAMPLE_SUFFIXES = frozenset(("example", "test", "invalid", "localhost"))
_LIST_MARKS = re.compile(r"(?:\[\d+\]|\(\d+\)|\d+[.)]|[-*•·])?")  # "[1]", "(2)", "3.", "4)", a bullet


@per_document
def _address_lists(doc) -> frozenset:
    """The blocks that are a list of addresses and nothing else (by index): each line or item an address written
    out (a bare URL, or an anchor that is its own address) with at most a number or a bullet before it, two
    addresses at least in the block or in it and the block next to it (a line, a list item) -- a print module's footer that lists the
    page's links, a link list pasted as text. Its addresses have no words of their own."""
    by_block = shown_links_by_block(doc)
    alone = set()
    for index, links in by_block.items():
        block = doc.blocks[index]
        spans = [_link_span(block, link) for link in links if link.bare or _bare_form(link.text.strip()) ==
                 _bare_form(link.url)]
        if not spans or None in spans or len(spans) < len(links):
            continue
        text, cut, rest = block.text, 0, []
        for start, end in sorted(spans):
            rest.append(text[cut:max(cut, start)])
            cut = max(cut, end)
        rest.append(text[cut:])
        if all(not _LIST_MARKS.sub("", piece).strip(" \t\n.,;:") for piece in rest):
            alone.add(index)
    return frozenset(index for index in alone if len(by_block[index]) >= 2 or index - 1 in alone or index + 1 in alone)


def _listed_address(doc, link) -> bool:
    """The link is an address in a list of addresses (`_address_lists`), not a reference the text cites by its
    number ("... found [1]." and "[1] https://...", `_cited_label`)."""
    return link.block is not None and (link.bare or "//" in link.text or "www." in link.text) and \
        link.block.index in _address_lists(doc) and not _cited_label(doc, link.block)


def _cited_label(doc, block) -> bool:
    """The block is a reference line ("[2] https://...") whose label the text cites in another block ("... found
    [2]."): a source of the article, not an address listed with no words."""
    line = _REFERENCE_LINE.match(block.text)
    cite = line and "[" + line.group(1) + "]"
    return bool(cite) and any(cite in other.text for other in doc.blocks if other is not block)


def _wordless_reason(doc, link, domain: str) -> str:
    """Why a link with no words of its own (`_wordless`) would be reported, judged by its address and its place: it leaves the page's site (the caller has
    seen to that, and to authorities) for a site whose name reads as words (`_host_words`), which the article
    names nowhere in its text, which is no embed provider (`links_embeds.toml`) and whose path is not made to
    be framed ("/embed/", "/plugins/", "player"); "" otherwise. The caller then asks that none of the address's
    words be on the article's topic, as for every link."""
    listed = not _wordless(link) and _listed_address(doc, link)
    if not _wordless(link) and not listed:
        return ""
    providers, embed_words = _embed_data()
    if _matches_domain(domain, providers):
        return ""
    words = _host_words(domain)
    # (a brand's one word, "skype"; a picture's own file; a site whose name is about health, "healthline",
    # "medicalnewstoday", "researchgate": on a health article's field, whatever the article's own subject --
    # by a word of five letters or more: a split's short pieces are often none of the name's, "gutters" -> gut)
    if len(words) < 2 or resource_address(link.url) or health_words(w for w in words if len(w) >= 5):
        return ""
    path = _split(link.url).path.lower()
    if any(word in piece for piece in _PATH_PIECES.split(path) for word in embed_words):
        return ""
    # (code to paste names its site in its own markup, not in the article's words: its block is not asked, nor an
    # address written out elsewhere, a feed item's enclosure on the same site, an e-mail address in the headers
    # of a pasted message: the other blocks are asked for the name in words, `_squashed_words`)
    # (nor, for an address in a list of addresses, its own line, which writes it)
    code = (link.carrier in ("code", "card", "data") or listed) and link.block is not None
    if _named_elsewhere(doc, link.block if code else None, domain, squashed=_squashed_words if code else None):
        return ""
    hidden = ", hidden from readers" if link.hidden and link.element not in ("meta", "link") and not link.carrier else ""
    what = "an address in a list of addresses, with no words of its own (a print footer's, a link list's)" if listed \
        else _carried_place(link) if link.carrier else \
        f"{_ELEMENT_NAMES[link.element]}'s address, with no words of its own" if link.element in _ELEMENT_NAMES \
        else f"a link whose anchor is only \"{link.text.strip()}\"" if link.text.strip() else "a link with no anchor text"
    return (f"it is {what}{hidden}, "
            f"to a site the article names nowhere, whose name reads \"{' '.join(words)}\"")




def _health_term_to_a_trade(doc, link, domain: str, anchor_words: list[str], path_words: list[str]) -> str:
    """Why a health word of a running sentence linked to another trade's site would be reported, as a keyword
    auto-linking plugin plants it ("lowers your [blood pressure](https://jets-and-steam-spas.example/quote)"): an
    anchor of a few words, one of them a health word, in running text, to a site whose name reads as two words or
    more (`_host_words`), none of them nor of its path a health word nor a word of the anchor, which the article
    names nowhere; "" otherwise. The caller then asks that none of the address's words be on the article's topic.
    A source's link names its subject or its site in its address ("/health/", "sleepfoundation.org"), or its site
    in the text ("the Washington Post reported")."""
    if link.bare or not link.text or len(anchor_words) > 4 or not _in_running_text(link):
        return ""
    said = health_words(anchor_words)
    if not said:
        return ""
    site = _host_words(domain)
    address = [*site, *path_words]
    if len(site) < 2 or health_words(address) or set(address) & set(anchor_words) \
            or _named_elsewhere(doc, None, domain):  # (its own sentence too: "the Courier says <sleep> helps")
        return ""
    return (f"its anchor, the health word \"{link.text.strip()}\" of a running sentence, goes to a site whose name "
            f"reads \"{' '.join(site)}\", as a keyword auto-linking plugin plants a trade's link")


def _carried_place(link) -> str:
    """Where an address carried in markup sits (`Link.carrier`, parsers.carried_addresses), in words."""
    carrier, element = link.carrier, link.element
    if carrier == "json-ld":
        return "an address in the page's structured data (JSON-LD), which no reader sees"
    if element == "base":
        return "the page's <base href>, which sends every relative link of the page there"
    if carrier == "href":  # (a MathML element's: parsers.carried_addresses)
        return f"an address in the href of MathML's <{element}>, a link only some browsers follow"
    if carrier == "content":
        return "an address a <style> in the article writes as generated content, text no reader can follow"
    if carrier == "code":
        return ("a link written in markup shown as text (code the page gives readers to paste into their own pages, "
                "an embed code's credit link; a feed's item), which every page that pastes or reads it will carry")
    if carrier == "value" and element == "input":
        return "an address a form shows filled in (<input value>: a comment form's \"website\"), which no reader follows"
    if carrier == "card":
        return "the URL of a contact card (vCard) pasted into the page as text, a site the card sends readers to"
    if carrier == "data":
        return "an address in the page a data: URL writes into its own address, which sends the reader on"
    if carrier == "message":
        return f"an address in the message a link pre-fills for the reader to send (<{element}>: sms:, mailto:)"
    if carrier == "ping":
        return f"an address a link reports its clicks to (<{element} ping>), which no reader sees"
    if "src" in carrier:
        return f"an address written inside an image's address (<{element} {carrier}>: a QR code's or a redirect's)"
    return f"an address in the {carrier} attribute of <{element}>, which no reader follows"


def _disguise(link) -> str:
    """The name an address writes before an "@" so that it seems to go there, "" for none: userinfo that reads as
    a site's name (with a dot: "https://clinic.example@shop.example/") or as a login (with a colon:
    "https://login:guest@shop.example/"). A browser goes to the host after the "@"; no honest link to a page
    needs a name before it (a bare key, a service's token in a "https://key@errors.example" DSN, is no
    disguise)."""
    if "@" not in link.url:  # (a cheap test: nearly no address holds one)
        return ""
    parts = _split(link.url)
    userinfo = parts.netloc.rpartition("@")[0] if parts.scheme in ("http", "https", "") else ""
    return userinfo if "." in userinfo or ":" in userinfo else ""


# A group of an article spinner's template ("{Book|Order|Get}"): two alternatives or more between braces, each
# written against the bar (the words of a set, "{x | x > 0}", and code stand apart from it).
_SPIN_GROUP = re.compile(r"\{[^{}|\s](?:[^{}|\n]*[^{}|\s])?(?:\|[^{}|\s](?:[^{}|\n]*[^{}|\s])?)+\}")


def _spun(link) -> str:
    """A group of an article spinner's template left unspun around the link, "" for none: the link stands in one
    ("{<https://shop-a.example>|<https://shop-b.example>}"), or its block holds two (a template's sentence,
    "{Book|Order} {trusted|local} help at <link>"). A spinner publishes one of each group's alternatives; a page
    that shows the braces published the template, links and all."""
    block = link.block
    if block is None or "|" not in block.text or "{" not in block.text:
        return ""
    groups = list(_SPIN_GROUP.finditer(block.text))
    if len(groups) >= 2:
        return groups[0].group()
    span = _link_span(block, link) if groups else None
    return next((group.group() for group in groups if span and group.start() < span[0] < group.end()), "")


@functools.lru_cache(maxsize=None)
def _posed_labels() -> tuple[frozenset, frozenset]:
    data = load("links_authorities")
    return frozenset(data["posed_labels"]), frozenset(data["posed_words"])


@functools.lru_cache(maxsize=4096)
def _posing_host(domain: str) -> str:
    """The labels a host writes before another site's name so that it reads as a public body's or a charity's site,
    "" for none: a label of one (`posed_labels`), maybe with a country code after it, that a name of three letters
    or more and a top-level domain follow ("patient-advice.gov.shop-name.example", "www.nhs.uk.shop-name.example",
    "care-quality.org.shop-name.co.uk"); or a label of words saying it is official ("official-guidance.shop-name
    .example": `posed_words`). Not a region's site under its country's ("health.gov.on.ca": a
    two-letter code and the country's domain follow) nor a public body's own subdomain ("www.england.nhs.uk")."""
    labels = domain.split(".")
    posed, words = _posed_labels()
    for at in range(len(labels) - 2):
        # (first, "www." left off, only before a country code: "nhs.uk.shop-name.example")
        if labels[at] in posed and (at or len(labels[1]) == 2):
            name = at + 2 if len(labels[at + 1]) == 2 else at + 1
        elif not words.isdisjoint(labels[at].split("-")):
            name = at + 1
        else:
            continue
        if name <= len(labels) - 2 and len(labels[name]) > 2:
            return ".".join(labels[:name])
    return ""


@functools.lru_cache(maxsize=None)
def _profile_patterns() -> tuple[re.Pattern, re.Pattern, frozenset, frozenset, tuple[frozenset, frozenset]]:
    """(a members' segment and the member after it, a profile script, the query keys holding a member's
    id, the keys that say so with no script; the segments and the scripts as sets, for the quick test)
    of links_spam.toml, `profile_segments`, `profile_scripts`, `profile_keys`."""
    data = load("links_spam")
    segments = "|".join(map(re.escape, data["profile_segments"]))
    scripts = "|".join(map(re.escape, data["profile_scripts"]))
    keys = frozenset(data["profile_keys"])
    literals = (frozenset(data["profile_segments"]), frozenset(data["profile_scripts"]))
    return (re.compile(rf"/(?:{segments})/(?P<handle>[^/?#]+)/?$", re.I),
            re.compile(rf"/(?:{scripts})\.(?:php\d?|aspx?|cgi|jsp|pl|html?)$", re.I),
            keys, frozenset(key for key in keys if len(key) > 4), literals)


_HANDLE_WORD = re.compile(r"[^\W\d_]{3,}")


def _profile_shaped(url: str, quick: tuple) -> bool:
    """The quick test of `_member_profile` (`quick`: the sets of `_profile_patterns`, and its keys with no script):
    the address's last two pieces are a members' segment and a member, a profile script, or hold a member's key."""
    segments, scripts, own_keys = quick
    last = url.rstrip("/").rsplit("/", 2)
    return len(last) == 3 and (last[1].lower() in segments or last[2].partition(".")[0].lower() in scripts or
                               ("=" in last[2] and any(f"{key}=" in last[2].lower() for key in own_keys)))


def _member_profile(doc, link) -> str:
    """The member's profile page a link goes to on someone else's site, by the shape of its path ("/members/4417",
    "/user/kx9", "show_user.php?userid=96"), whose member the link does not name (no anchor, or words that are no
    person's name) and the article names nowhere: a backlink planted on a forum's, a wiki's or a CMS's member page,
    whatever its host (the caller has asked `_profile_shaped`); "" if none. Not an expert's or an author's page
    named by the link or the text ("Jo Roe" -> "/people/jo-roe"), nor a social network's (`_not_placed_domains`)."""
    segment, script, keys, own_keys, _ = _profile_patterns()
    parts = _split(link.url)
    path = parts.path.rstrip("/") if parts.query else parts.path
    found = segment.search(path)
    if found:
        handle = unquote(found.group("handle"))
    else:
        query = dict((key.lower(), value) for key, value in parse_qsl(parts.query))
        key = next((key for key in query if key in (keys if script.search(path) else own_keys)), None)
        if key is None or not query[key]:
            return ""
        handle = query[key]
    if link.text and _is_a_name(link.text):
        return ""  # a byline or an expert's page, named by its anchor
    body = lowered_body(doc)
    named = [word for word in _HANDLE_WORD.findall(handle.lower()) if word in body.replace(link.url.lower(), " ")]
    if named or registrable(parts.hostname or "") in _not_placed_domains():
        return ""
    return (found.group().strip("/") if found else path.rsplit("/", 1)[-1] + "?" + parts.query)[:60]


@functools.lru_cache(maxsize=None)
def _chat_pattern() -> re.Pattern:
    return re.compile("|".join(f"(?:{each})" for each in load("links_spam")["chat_links"]), re.I)


def _chat_link(url: str) -> bool:
    """A link that opens a private chat in a messaging app with someone it names by a phone number or a
    handle (t.me/name, wa.me/number, viber://chat?number=, line.me/ti/p/~name: `chat_links` of
    links_spam.toml), not a share button: a seller's contact, never a source."""
    lowered = url.lower()  # (a cheap test first: most links name no messaging app)
    return any(sign in lowered for sign in _CHAT_SIGNS) and _chat_pattern().match(url.strip()) is not None


# What every address `chat_links` takes holds (a cheap test before the pattern).
_CHAT_SIGNS = ("t.me/", "telegram.me/", "tg:", "wa.me/", "whatsapp", "viber:", "line.me/", "signal", "skype:", "weixin:")


def _planted_site_names(doc, model, allow: tuple):
    """Site names written without a scheme or path ("shop-name.co.th") that were planted as
    addresses: all lowercase, as an address is typed (a site named in prose as a name is written
    as one, "WebMD.com"), dropped into a running sentence with no word to introduce it (as a bare
    URL, `_dropped_in`: "left him with shop-name.co.th chronic pain"; "visit nhs.uk" introduces
    one), not the sentence's agent or source ("a survey by shop.com found", `site_name_before`,
    `site_name_after`), on a site the article names nowhere else, whose name holds none of the
    topic's terms (the words of a fused name are guesses: only the topic's own terms count)."""
    before_words, after_words = _site_name_words()
    for link in site_names(doc.blocks, ((link.start, link.end) for link in doc.links)):
        # (the sentence's own words first: most site names fail there, before the article is read)
        domain, block = link.domain, link.block
        start, last = block.text_index(link.start), block.text_index(link.end - 1)
        if start is None or last is None or not block.text[start:last + 1].islower() \
                or not (_mid_sentence(link) and _dropped_in(link)):
            continue  # ("Football.London", "serve as.In people": a name, a missing space)
        before = block.text[max(0, start - 30):start].split()
        after = _NEXT_WORD.match(block.text, last + 1)
        # a site whose name is a word ("dictionary.com", "football.london") is named as a noun of the
        # sentence after a determiner or in a list; an invented name ("deskfinch.furniture") is not
        word_name = zipf_table().get(registrable(domain).split(".")[0], 0.0) >= _WORD_NAME_ZIPF
        if (before and before[-1].lower().strip(",") in before_words[word_name]) or \
                (after is not None and after.group(1).lower() in after_words):
            continue
        if _unnamed_site_off_topic(doc, model, link, allow):
            topic = f" ({model.label})" if model.label else ""
            yield Hit(link, f"Address {domain} has nothing to do with the article's topic{topic}: it is dropped "
                            "into the middle of a sentence with no word to introduce it, and the article names the "
                            "site nowhere else.",
                      suggestion="Remove the address; cite a source on the article's subject instead.")


def _unnamed_site_off_topic(doc, model, link, allow: tuple) -> bool:
    """An address written in the text is to a site that is not the article's own, an authority or one
    it names in words (`_address_named`), and whose name holds none of the topic's terms (the words of a fused name are
    guesses: only the topic's own terms count)."""
    domain = link.domain
    if _own_site(link, model) or is_authority(domain, allow) or _mentioned_elsewhere(doc, domain, link) \
            or _address_named(doc, link, domain):
        return False
    words = {normalize(w) for w in _domain_words(domain) if len(w) > 2}
    words |= {k for k, _ in model.lexicon.mentions(list(words))}
    return not words & (model.core | model.related)


# Words or signs written for the dot of an address spelled out (`spelled_addresses`), sought as literals
# in the lowered text before its pattern is tried on the blocks that hold one.
_SPELLED_SIGNS = (" dot ", "[dot]", "(dot)", "{dot}", "d0t", "[.]", "(.)", "{.}", "•", "・", "。", "·", " . ")


def _spelled_out_sites(doc, model, allow: tuple):
    """Addresses spelled out so that they are not links ("name dot com", "name[.]com", "name (dot) co .
    uk", `spelled_addresses`): spam writes them so to pass link filters, and an article that gives an
    address writes it as one. Reported on a site that is not the article's own or an authority, that the
    article names nowhere else and whose name holds none of the topic's terms (`_unnamed_site_off_topic`)."""
    lowered = lowered_body(doc)
    signs = [sign for sign in _SPELLED_SIGNS if sign in lowered]  # (str.find: most articles have none)
    if not signs:
        return
    blocks = doc.blocks
    if len(lowered) == len(doc.body_text):  # the blocks holding a sign, found by where it stands
        starts, indexes = block_starts(doc), set()
        for sign in signs:
            at = lowered.find(sign)
            while at >= 0:
                indexes.add(bisect.bisect_right(starts, at) - 1)
                at = lowered.find(sign, at + 1)
        blocks = [doc.blocks[index] for index in sorted(indexes)]
    for link in spelled_addresses(blocks):
        if _unnamed_site_off_topic(doc, model, link, allow):
            topic = f" ({model.label})" if model.label else ""
            spelled = link.block.text[link.block.text_index(link.start):link.block.text_index(link.end - 1) + 1]
            yield Hit(link, f"Address {link.domain} has nothing to do with the article's topic{topic}: it is spelled "
                            f"out so that it is not a link (\"{spelled}\"), as spam writes addresses to pass link "
                            "filters, and the article names the site nowhere else.",
                      suggestion="Remove the address; cite a source on the article's subject instead.")


_WORD_NAME_ZIPF = 3.0  # a site name used at least once per million words of English is a word


@functools.lru_cache(maxsize=None)
def _site_name_words() -> tuple[tuple[frozenset, frozenset], frozenset]:
    """((words before any site named in prose as a sentence's agent or source, and before a site
    whose name is a word), words after one)."""
    data = load("links_spam")
    before = frozenset(data["site_name_before"])
    return (before, before | frozenset(data["word_site_name_before"])), frozenset(data["site_name_after"])


@rule("LM102", "hidden-link", category="links", severity="error")
def hidden_link(doc, options):
    """A link is hidden from readers by CSS or HTML attributes.

    ## What it does
    Reports links to other sites that the page hides (`display: none`,
    `visibility: hidden`, zero size or opacity, off-screen positioning, the `hidden`
    attribute, on the link or an ancestor; the HTML parser records this). Links within
    the article's own site, links without anchor text (icons, widgets), skip links
    ("Skip to content") and links to app stores, ad servers and social widgets (hidden
    while a widget loads; `widget_domains` in `data/links_spam.toml`) are not reported.

    ## Why is this bad?
    Hidden links are a classic sign of a hacked site or a paid link scheme: the links
    are there for search engines, not readers. Google's spam policies name hidden links
    as a violation, and a health publisher whose pages carry them has been compromised
    or is selling placements.

    ## Example
    `<div style="display:none"><a href="https://cheap-pills.example/">buy viagra</a></div>`

    ## Use instead
    Remove the link (and look for how it got there). If it is a real reference, show it.

    ## References
    - Google Search Central, spam policies: hidden text and links.
    - Wang et al., "Search + Seizure: The Effectiveness of Interventions on SEO Campaigns", IMC 2014
      (hidden links in compromised sites).
    """
    model = topic_model(doc, options)
    for link in doc.links:
        if not link.hidden or _own_site(link, model) or not link.text.strip():
            continue
        if link.url.startswith("#") or _SKIP_LINK_TEXT.match(link.text):
            continue
        if _matches_domain(model.domain(link), _widget_domains()):
            continue
        yield Hit(link, f"Link to {model.domain(link)} (\"{link.text[:60]}\") is hidden from readers.",
                  suggestion="Remove hidden links; a link the reader cannot see is there for search engines only.")


# --- commercial links -----------------------------------------------------------------


def _commercial(link, domain: str, extra_domains=()) -> tuple[str, str]:
    """(kind, evidence): kind is "affiliate", "shop", "buy" or "" for an ordinary link."""
    data = _affiliate()
    url = link.url
    # Most links have no query string: without a "?" urlsplit (slow) can only find none.
    query = _split(url).query.lower() if "?" in url else ""
    pairs = parse_qsl(query, keep_blank_values=True) if query else []
    names = {k for k, _ in pairs}
    items = {f"{k}={v}" for k, v in pairs}
    for param in data["params"] if pairs else ():
        if ("=" in param and param in items) or ("=" not in param and param in names):
            return "affiliate", f"the affiliate parameter \"{param}\""
    if _matches_domain(domain, _affiliate_domains()) or (extra_domains and _matches_domain(domain, extra_domains)):
        return "affiliate", f"the affiliate network {domain}"
    shop = _matches_domain(domain, _shop_domains())
    if shop:
        if any(p in names for p in data["weak_params"]) or "/ref=" in url.lower():
            return "affiliate", f"a referral code on {domain}"
    buy = bool(link.text and _buy_pattern().search(link.text))
    if shop and buy:
        return "shop", f"a sales link to {domain}, \"{link.text[:40]}\""
    if buy:
        return "buy", f"the anchor \"{link.text[:40]}\""
    return "", ""


@functools.lru_cache(maxsize=None)
def _affiliate_domains() -> frozenset:
    return frozenset(d for d in _affiliate()["domains"] if "/" not in d)


@functools.lru_cache(maxsize=None)
def _shop_domains() -> frozenset:
    return frozenset(_affiliate()["shop_domains"])


@functools.lru_cache(maxsize=None)
def _buy_pattern():
    return phrase_pattern(literal(tuple(_affiliate()["buy_anchors"])))


@functools.lru_cache(maxsize=8)
def _disclosure_pattern(extra: tuple):
    return phrase_pattern(literal(tuple(_affiliate()["disclosure_phrases"]) + extra))


def _commercial_links(doc, model, options) -> list:
    """(link, kind, evidence) of every commercial link; computed once per document and settings."""
    return _commercial_links_of(doc, model, tuple(str(d).lower() for d in getattr(options, "extra_affiliate_domains", ())))


@per_document
def _commercial_links_of(doc, model, extra: tuple) -> list:
    found = []
    for link in doc.links:
        # (an address carried in markup, a ping's or structured data's, is no link that could carry rel)
        if link.carrier or _own_site(link, model):
            continue
        domain = model.domain(link)
        if is_authority(domain):
            continue
        kind, evidence = _commercial(link, domain, extra)
        if kind:
            found.append((link, kind, evidence))
    return found


@rule("LM103", "unqualified-commercial-link", category="links", severity="warning",
      options={"extra_affiliate_domains": Option([], "more affiliate tracking hosts")})
def unqualified_commercial_link(doc, options):
    """An affiliate or shop link lacks rel="sponsored" (or "nofollow").

    ## What it does
    Finds links that earn the publisher money or sell a product: affiliate tracking
    parameters (`tag=`, `aff=`, `affid=`, `utm_medium=affiliate`...), affiliate network
    hosts (amzn.to, ShareASale, Awin, CJ, Rakuten, Impact, ClickBank...), referral codes on
    shops (amazon.*/ref=...), and sales anchors ("buy now", "check price"). A plain link to
    a product page (a book cited on Amazon) is editorial and not reported. In HTML it
    reports those without `rel="sponsored"` or `rel="nofollow"`, and so in Markdown for
    links written as raw HTML `<a>`. Markdown's own links and plain text cannot carry
    `rel`, so there only clear affiliate links (a tracking parameter or network host) are
    reported, and the message says the format cannot qualify them.

    ## Why is this bad?
    Google asks that paid and affiliate links be qualified with `rel="sponsored"`;
    unqualified ones are treated as link schemes. For readers, an unmarked sales link
    in a health article blurs advice and advertising.

    ## Example
    `<a href="https://www.amazon.com/dp/B000000000?tag=healthblog-20">this magnesium</a>`

    ## Use instead
    `<a href="..." rel="sponsored">this magnesium</a>`, with a disclosure (see LM104). In
    Markdown, use your site's shortcode or raw HTML that sets `rel="sponsored"`.

    ## References
    - Google Search Central, "Qualify your outbound links to Google" (rel="sponsored", "nofollow").
    - FTC, Guides Concerning the Use of Endorsements and Testimonials in Advertising, 16 CFR Part 255 (2023).
    - Affiliate signals: `data/links_affiliate.toml` (the networks' documented link formats).
    """
    model = topic_model(doc, options)
    for link, kind, evidence in _commercial_links(doc, model, options):
        if doc.format == "html" or link.html:
            if {"sponsored", "nofollow"} & set(link.rel):
                continue
            yield Hit(link, f"Commercial link to {model.domain(link)} ({evidence}) lacks rel=\"sponsored\".",
                      suggestion="Add rel=\"sponsored\" (or \"nofollow\") to paid and affiliate links.")
        elif kind == "affiliate":
            fmt = {"markdown": "Markdown", "text": "plain text"}.get(doc.format, doc.format)
            yield Hit(link, f"Affiliate link to {model.domain(link)} ({evidence}); {fmt} cannot carry "
                            f"rel=\"sponsored\", so the link is unqualified.",
                      suggestion="Write it as HTML (or your site's shortcode) with rel=\"sponsored\".")


@rule("LM104", "undisclosed-affiliate", category="links", severity="warning",
      options={"extra_disclosure_phrases": Option([], "more phrases that count as an affiliate disclosure"),
               "extra_affiliate_domains": Option([], "more affiliate tracking hosts")})
def undisclosed_affiliate(doc, options):
    """The article has affiliate links and no disclosure of them.

    ## What it does
    When the article has affiliate links (a tracking parameter, an affiliate network
    host, or a referral code on a shop), looks for a disclosure anywhere in its text or
    metadata: "we may earn a commission", "this post contains affiliate links", "as an
    Amazon Associate", "sponsored", "paid partnership"... It reports once, at the first
    affiliate link, when there is none. `rel="sponsored"` does not count: it speaks to
    search engines, not readers.

    ## Why is this bad?
    The FTC's Endorsement Guides require a clear and conspicuous disclosure of a
    material connection, such as a commission on sales, wherever a reader meets the
    recommendation. In health content, an undisclosed commission is a conflict of
    interest the reader needs to weigh the advice (JAMA benchmarks, HONcode).

    ## Example
    A supplement round-up whose "check price" links carry `?tag=site-20`, with no
    mention of commissions.

    ## Use instead
    A plain sentence near the top: "We may earn a commission when you buy through
    links on this page."

    ## References
    - FTC, Guides Concerning the Use of Endorsements and Testimonials in Advertising, 16 CFR Part 255
      (2023), § 255.5 (disclosure of material connections).
    - FTC, "Disclosures 101 for Social Media Influencers" (2019).
    - Silberg et al., JAMA 1997;277:1244 (disclosure benchmark).
    """
    model = topic_model(doc, options)
    affiliate = [(link, evidence) for link, kind, evidence in _commercial_links(doc, model, options)
                 if kind == "affiliate"]
    if not affiliate:
        return
    pattern = _disclosure_pattern(tuple(str(p) for p in options.extra_disclosure_phrases))
    text = " ".join((doc.body_text, doc.meta.get("description", ""), doc.title))
    if pattern.search(text):
        return
    first, evidence = affiliate[0]
    count = len(affiliate)
    links = "an affiliate link" if count == 1 else f"{count} affiliate links"
    yield Hit(first, f"The article has {links} ({evidence}) and never discloses that it may earn from them.",
              suggestion="Add a disclosure such as \"We may earn a commission when you buy through links on this page.\"")


# --- calls to action in the text ---------------------------------------------------------

# An address written in text: a URL, or a bare domain on a common top-level domain
# ("nordguard.com/health"), which the parsers do not take for links.
_ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'()]+[^\s<>\"'().,;:!?]|"
    r"(?<![\w@./-])(?:[a-z0-9][a-z0-9-]*\.)+(?:com|net|org|shop|store|online|biz|info|co|io|us|site|"
    r"xyz|top|club|health|pharmacy|de|fr|es|it|nl|pl|ru|si|eu|uk|ca|au|in|example)\b(?:/[^\s<>\"'()]*[^\s<>\"'().,;:!?])?",
    re.I)
# What an address needs besides a scheme or "www.": a dot before a known top-level domain
# (the pattern opens with a literal dot, which the regex engine scans for quickly).
_TLD_HINT = re.compile(r"\.(?:com|net|org|shop|store|online|biz|info|co|io|us|site|xyz|top|"
                       r"club|health|pharmacy|de|fr|es|it|nl|pl|ru|si|eu|uk|ca|au|in|example)\b")
_SQUASH = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=8)
def _cta_patterns(extra: tuple) -> tuple:
    data = load("links_calls_to_action")

    def spaced(phrases):
        return tuple(p.replace(" ", r"\s+") for p in phrases)

    def search(phrases, flags=re.I):
        return PhraseSearch(phrase_pattern(phrases, flags), phrases)

    return (search(spaced(data["standalone"]) + literal(extra)),
            search(spaced(data["title_case"]), flags=0),
            search(spaced(data["invitations"])),
            search(spaced(data["keyphrases"])),
            search(spaced(data["pointing"])),
            phrase_pattern(literal(tuple(data["reference_words"]))),
            re.compile(r"\b(?:" + "|".join(re.escape(w) for w in data["warning_words"] if "'" not in w)
                       + r")\b|n['’]t\b", re.I),
            search(spaced(data["offer_terms"])),
            re.compile("|".join(f"(?:{cue})" for cue in data["seller_voice"]), re.I))


@functools.lru_cache(maxsize=None)
def _shop_notice_patterns() -> tuple:
    """(a block that is only shop banners, a one-link purchase disclosure, a product's strength,
    a banner anywhere)."""
    data = load("links_calls_to_action")
    banner = "(?:" + "|".join(p.replace(" ", r"\s+") for p in data["banners"]) + ")"
    disclosures = tuple(p.replace(" ", r"\s+") for p in data["link_disclosures"])
    return (re.compile(rf"{banner}(?:[\s!.,:;|*•·–—-]+{banner})*[\s!.]*", re.I),
            PhraseSearch(phrase_pattern(disclosures, re.I), disclosures),
            re.compile(data["product_strength"], re.I),
            re.compile(rf"\b{banner}\b", re.I))


def _banner_in(text: str) -> str:
    """A shop banner's words in a link's anchor ("BPC-157 vials in stock"), or ""."""
    match = _shop_notice_patterns()[3].search(text)
    return match.group().lower() if match else ""


def _shop_notice(doc, block, lowered: str) -> str:
    """The shop banner a block is ("In stock now"), or the one-link purchase disclosure it
    holds next to a product with a strength ("BPC-157 (10mg) We may earn a commission if you
    purchase through this link"); "" if neither."""
    banner, disclosure, strength, _ = _shop_notice_patterns()
    text = block.text.strip()
    if len(text) <= 60 and banner.fullmatch(text):
        return text
    if block.kind == "heading" or ("link" not in lowered and "button" not in lowered):
        return ""  # every one-link disclosure names its link (a cheap test before the pattern)
    match = disclosure.search(block.text, lowered)
    if match is None:
        return ""
    # the product box: just before the disclosure, in its block or the one before
    before = block.text[max(0, match.start() - 120):match.start()]
    if block.index > 0 and len(before) < 120:
        before = doc.blocks[block.index - 1].text[-120:] + " " + before
    return match.group() if strength.search(before) else ""


# The words of a product's name in a keyphrase sentence: letters first, up to three words.
_PRODUCT = r"(?P<product>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}?)"
_QUOTES = "\"'“”‘’«»„"


@functools.lru_cache(maxsize=None)
def _keyphrase_sentences() -> tuple:
    """(literals, patterns, words no product is named) of the keyphrase sentences."""
    data = load("links_calls_to_action")
    patterns = tuple(re.compile(p.replace(" ", r"\s+").replace("{product}", _PRODUCT) + r"[\s.!]*", re.I)
                     for p in data["keyphrase_sentences"])
    return (tuple(data["keyphrase_sentence_literals"]), patterns,
            frozenset(data["generic_products"]) | generic_words())


def _keyphrase_sentence(doc, block, lowered: str, warning, literals: tuple) -> str:
    """A sentence of the block that is nothing but a shop's keyphrase ("Tramadol no
    prescription", "Buy cheap X online"), where a link's anchor stood; "" if none.
    `literals`: those of the keyphrase sentences that the whole document holds."""
    _, patterns, not_products = _keyphrase_sentences()
    if not any(map(lowered.__contains__, literals)):
        return ""
    sentences = block.sentences
    for index, sentence in enumerate(sentences):
        text = sentence.text.strip()
        if len(text.split()) > 8 or text.endswith("?") or text[:1] in _QUOTES:
            continue
        match = next((m for m in (p.fullmatch(text) for p in patterns) if m), None)
        if match is None:
            continue
        words = match.group("product").lower().split()
        if not_products.intersection(words):
            continue
        # a list introduced by a colon gives examples or facts ("Pharmacists may now supply:")
        before = sentences[index - 1].text if index else _last_sentence(doc, block)
        if not warning.search(text) and not before.rstrip().endswith(":"):
            return text
    return ""


# The lower-case word that ends the searched text (the word before a vendor word).
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<name>[a-z][a-z0-9-]{1,20})\s+$")
# Quick tests before the patterns of the placed pitches: a buy verb after the word that
# every drug-sale frame puts before it; a company's website.
_BUY_VERB = re.compile(r"\b(?:can|of|with|for|about|by|than|to|also|now|easily|confidently|safely|securely|"
                       r"conveniently|discreetly|quickly|cheaply|effortlessly|instantly|reliably)\s+(?:buy|order|purchase|get)\s")
_SITE_OF = re.compile(r"(?:site|platform|portal|page)\s+of\s|['’]s?\s+(?:web\s?site|web-site|platform|portal|web\s?page)")


@functools.lru_cache(maxsize=None)
def _drug_sale_patterns() -> tuple:
    """(any product's sale frames, named drugs' sale frames, reported speech, pill shops' drugs, search
    queries' sale frames)."""
    data = load("links_calls_to_action")

    def compiled(phrases):
        return tuple(re.compile(r"\b" + p.replace(" ", r"\s+").replace("{product}", _PRODUCT) + r"\b", re.I)
                     for p in phrases)

    return (compiled(data["drug_sales"]), compiled(data["named_drug_sales"]),
            re.compile(r"\b(?:" + _speech.alternation("sales_reported") + r")\b", re.I),
            frozenset(data["pill_shop_drugs"]), compiled(data["drug_sale_queries"]))


def _drug_sale(doc, block, lowered: str, warning, reference) -> str:
    """A prescription drug sold to the reader in running text ("you can order X online without
    prescription", "it is safe to buy X from licensed online pharmacies", the anchor "buy X
    online" where a noun should be); "" if none."""
    if ("online" not in lowered and "pharmac" not in lowered) or not _BUY_VERB.search(lowered):
        return ""  # every frame has a buy verb and "online" or a pharmacy (a quick test before the patterns)
    any_product, named_drug, reported, pill_shop_drugs, queries = _drug_sale_patterns()
    not_products = _keyphrase_sentences()[2]
    frames = [(pattern, False) for pattern in any_product] + [(pattern, True) for pattern in named_drug] + \
        [(pattern, None) for pattern in queries]
    for pattern, named in frames:
        for match in pattern.finditer(block.text):
            product = match.group("product")
            if named is not None and not_products.intersection(product.lower().split()):
                continue  # (a query's grammar sells whatever it names: "order pain relief online no prescription")
            if named and not (find_drugs(product) or pill_shop_drugs.intersection(product.lower().split())):
                continue
            sentence = _sentence_around(block, match.start(), match.end())
            if sentence.rstrip().endswith("?") or reported.search(sentence) or \
                    _warned(doc, block, match.start(), match.end(), warning):
                continue
            return match.group()[:60]
    return ""


# An organisation's name: words in capitals, joined by "of", "and", "for", "&" ("Acme Care",
# "Medi & Co", "Department of Health and Social Care").
_COMPANY = r"(?P<name>[A-Z][\w&'’.-]*(?: (?:(?:of|and|for|&) )?[A-Z][\w&'’.-]*){0,5})"


@functools.lru_cache(maxsize=None)
def _company_pointer_patterns() -> tuple:
    """(the company pointers, the words of public bodies' names) of links_calls_to_action.toml."""
    data = load("links_calls_to_action")
    # case-insensitive but for the name, which must be in capitals
    return (tuple(re.compile(r"(?i:\b" + p.replace(" ", r"\s+").replace("{name}", ")" + _COMPANY + "(?i:") + r")")
                  for p in data["company_pointers"]),
            frozenset(data["public_bodies"]))


def _company_pointer(doc, block, lowered: str, warning, reference) -> str:
    """A sentence sending the reader to a named company's website to choose or buy ("you can
    find the right clinic ... on the website of Acme Care"); "" if none."""
    if ("you can" not in lowered and "one can" not in lowered) or not _SITE_OF.search(lowered):
        return ""  # every pointer speaks to the reader of a website (a quick test before the patterns)
    patterns, public_bodies = _company_pointer_patterns()
    for pattern in patterns:
        for match in pattern.finditer(block.text):
            if public_bodies.intersection(re.findall(r"[\w&]+", match.group("name").lower())):
                continue
            if not reference.search(_sentence_around(block, match.start(), match.end())) and \
                    not _warned(doc, block, match.start(), match.end(), warning):
                return match.group()[-60:]
    return ""


@functools.lru_cache(maxsize=None)
def _site_send_patterns() -> tuple:
    """(the frame, the named sites sent to, a site whose address is missing, evidence words) of
    links_calls_to_action.toml. The frame opens the sentence, or follows a clause ending in a
    comma ("To compare prices, head over to ..."); the objects are matched where it ends."""
    data = load("links_calls_to_action")

    def spaced(phrases):
        return "|".join(p.replace(" ", r"\s+") for p in phrases)

    frame = rf"(?:(?:{spaced(data['site_send_openers'])})\s+)*(?:{spaced(data['site_send_verbs'])})\s+"
    sites = "(?:" + "|".join(data["site_nouns"]) + ")"
    # case-insensitive but for the name, which must be in capitals
    objects = (p.replace(" ", r"\s+").replace("{site}", sites).replace("{name}", ")" + _COMPANY + "(?i:")
               for p in data["site_send_objects"])
    return (re.compile(frame, re.I), tuple(re.compile(rf"(?i:{named})") for named in objects),
            re.compile(spaced(data["site_send_holes"]), re.I),
            phrase_pattern(literal(tuple(data["evidence_words"]))))


@functools.lru_cache(maxsize=None)
def _not_company_names() -> tuple[frozenset, frozenset]:
    """(words of names that are no company's: public bodies, app stores, hospitals; the names of
    authorities' sites, squashed: "mayoclinic", "medlineplus")."""
    words = _company_pointer_patterns()[1] | frozenset(load("links_calls_to_action")["site_send_not_companies"])
    domains, _ = _authorities()
    return words, frozenset(registrable(domain).split(".")[0] for domain in domains)


# A name that is no company's: a determiner or the publisher's own ("Visit Our Online Store").
_NOT_A_NAME = frozenset(("our", "my", "this", "that", "their", "your", "his", "her", "its", "a", "an"))
_WHY_NOT = re.compile(r"\bwhy not\b", re.I)
# A negation that urges, not warns ("Don't wait — order ...", "don't miss out"): taken out of a
# sentence before it is tested for a warning.
_URGING = re.compile(r"\b(?:don['’]t|do not) (?:wait|miss(?: out)?|hesitate)\b", re.I)


def _site_send(doc, block, lowered: str, warning, reference) -> str:
    """A sentence that sends the reader to another company's website, store or shop ("head over
    to the GreenLeaf website", "besuchen Sie den Shop von Acme"), or to a website whose address
    is missing ("check out this website at and ..."); "" if none."""
    if block.index not in _site_word_blocks(doc):
        return ""  # no site, store, shop or page named (most blocks)
    frame, named, hole, evidence = _site_send_patterns()
    after = 0  # the end of the last sentence read
    # the sentences that name a site, store, shop or page, cut at the stops around the word (not
    # the block's sentence split: most blocks name none, and need no split)
    for word in _SITE_WORDS.finditer(lowered):
        if word.start() < after:
            continue
        begin = max(map(lowered.rfind, _STOPS, repeat(0), repeat(word.start()))) + 1
        after = min((at for at in map(lowered.find, _STOPS, repeat(word.end())) if at >= 0), default=len(lowered))
        text = block.text[begin:after + 1].strip()
        if text.endswith("?"):
            continue
        end = 0
        # where the frame may start: the sentence's start, and after each comma or colon of an
        # opening clause (a few places, each tried with one anchored match: no scan of the text)
        for start in _clause_starts(text):
            opened = frame.match(text, start)
            if opened is not None and (end := _site_sent_to(doc, text, opened.end(), named, hole)):
                break
        # evidence cited, or a warning, is no pitch ("why not visit..." invites: its "not" warns
        # against nothing)
        if end and not evidence.search(text) and not warning.search(_WHY_NOT.sub("", text)):
            return text[:end][-60:]
    return ""


def _clause_starts(text: str):
    """0, and the start of the word after each comma, colon or semicolon of the first 120 characters."""
    yield 0
    for match in _CLAUSE_END.finditer(text, 0, 120):
        yield match.end()


_CLAUSE_END = re.compile(r"[,:;]\s*")
_STOPS = (". ", "! ", "? ", "\n")
# The words every site sent to ends on (a quick test before the patterns).
_SITE_WORDS = re.compile("site|store|shop|page|link|tienda|sitio|web|magasin|boutique")


@per_document
def _site_word_blocks(doc) -> frozenset[int]:
    """The blocks (positions in doc.blocks) whose lowercase text holds one of _SITE_WORDS, sought in
    the article's lowercase text at once: most blocks hold none, and searching each for the pattern,
    whose first letters are common ones, cost more than the look-up. Only the words the article holds
    are sought (a word it lacks is in no block): asked of its literals, a search of its distinct words
    (a third of the text), not of the whole text ("tienda", "magasin" and "boutique" on most pages)."""
    words = tuple(filter(_article_literals(doc).holds, _SITE_WORDS.pattern.split("|")))
    return frozenset(block.index for block in blocks_holding(doc, words)) if words else frozenset()


def _site_sent_to(doc, text: str, start: int, named, hole) -> int:
    """Where the site the reader is sent to from `start` ends in the sentence, or 0: a company's
    (not a public body's, nor one the article names again) or one whose address is missing."""
    not_company_words, authorities = _not_company_names()
    for match in filter(None, (pattern.match(text, start) for pattern in named)):
        name = match.group("name")
        words = re.findall(r"[\w&]+", name.lower())
        # a medicine's brand ("the Spravato website") is its maker's commercial site, however often
        # the article names the medicine, its subject; a company named again is the publisher's
        if words and words[0] not in _NOT_A_NAME and not_company_words.isdisjoint(words) and \
                _SQUASH.sub("", name.lower()) not in authorities and \
                (find_drugs(name) or not _name_elsewhere(doc, name)):
            return match.end()
    match = hole.match(text, start)
    return match.end() if match else 0


def _name_elsewhere(doc, name: str) -> bool:
    """The article names the company more than once (the pointer itself is one): the subject of
    the story, or the publisher (a press release's "Acme, which makes ... visit the Acme website")."""
    squashed_name = _SQUASH.sub("", name.lower())
    return len(squashed_name) >= 3 and sum(text.count(squashed_name) for text in _squashed_blocks(doc).values()) > 1


def _quoted(text: str, start: int, end: int) -> bool:
    """text[start:end] is written in quotes: a phrase given as an example (a spam subject line)."""
    return (start > 0 and text[start - 1] in _QUOTES) or (end < len(text) and text[end] in _QUOTES)


@functools.lru_cache(maxsize=None)
def _spliced_patterns() -> tuple[re.Pattern, re.Pattern, tuple[str, ...]]:
    """(a lower-case name with market and tail words after it, one market word, the market words)
    of links_calls_to_action.toml (`spliced_buy_words`, `spliced_markets`, `spliced_tails`)."""
    data = load("links_calls_to_action")
    buy, markets = "|".join(data["spliced_buy_words"]), "|".join(data["spliced_markets"])
    after = "|".join(data["spliced_markets"] + data["spliced_tails"])
    return (re.compile(rf"(?<![\w'’.-])(?:(?P<buy>{buy})\s+)?(?P<name>[a-z][a-z-]{{3,}})"
                       rf"(?P<tail>(?:\s+(?:{after}))+)(?![\w'’-])"),
            re.compile(rf"\b(?:{markets})\b"), tuple(data["spliced_markets"]))


def _spliced_keyphrase(doc, block, lowered: str, warning, reference) -> str:
    """A pill shop's keyphrase spliced into a heading or sentence about something else ("Dosing
    and cheap tramadol uk pharmacy Advice"): a known drug in lower case, a market word after it,
    and a buy word before it or a second word after; "" if none (quoted, asked, warned: no)."""
    text = block.text
    held = _markets_held(doc)
    if not any(word in text for word in held):
        return ""  # most blocks hold none of the market words the article holds
    pattern, market, _ = _spliced_patterns()
    position = 0
    # sought only around each market word (the few a block holds), not from every offset
    for found in market.finditer(text):
        position = max(position, found.start() - _SPLICED_REACH)
        while match := pattern.search(text, position, found.end() + _SPLICED_REACH):
            position = match.end("name")  # the tail's words may start the next keyphrase ("take cheap X uk")
            if _spliced(doc, block, match, warning):
                return match.group()
    return ""


@per_document
def _markets_held(doc) -> tuple[str, ...]:
    """The market words of `_spliced_patterns` that the article's text holds (case-sensitive).
    Plainly ``word in doc.body_text``; an ASCII word is first looked up among the article's literals
    (its lowercase must be there, a look-up shared with the other phrase lists), most are not."""
    whole = _article_literals(doc)
    return tuple(word for word in _spliced_patterns()[2]
                 if (not word.isascii() or whole.holds(word.lower())) and word in doc.body_text)


_SPLICED_REACH = 60  # characters before and after a market word where its keyphrase can stand


def _spliced(doc, block, match, warning) -> bool:
    """`match` (of `_spliced_patterns`) is a keyphrase: a market word and a buy word or a second
    word in its tail, a known drug's name; not quoted, warned or asked."""
    tail = match.group("tail")
    if _spliced_patterns()[1].search(tail) is None or (len(tail.split()) < 2 and not match.group("buy")):
        return False
    name = match.group("name")
    if name not in _drug_sale_patterns()[3] and not find_drugs(name):
        return False
    start, end = match.span()
    # a spam subject line quoted as an example, a warning, a reader's question
    return not (_quoted(block.text, start, end) or _warned(doc, block, start, end, warning) or
                _asked(block, start, end))


# A paragraph that ends, after a full sentence, on a few lower-case words with no stop of their own
# ("... in animal models and in preclinical trials. dewormer for cancer"): a keyphrase, the anchor
# of a link the saved text lost. The stop ends a word of three letters or more that no number
# comes before: not an abbreviation ("i.e. stimulates the growth", "1 to 3 tsp. per day").
_TRAILING_WORDS = re.compile(r"(?<=[a-z]{3}[.!])\s+(?P<phrase>[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*){1,4})\s*$")
_TRAILING_LAST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")  # what the phrase ends on
_AFTER_NUMBER = re.compile(r"\d\S*\s+\S+$")
_TRAILING_SENTENCE_WORDS = 6  # the sentence before is a full one
_TRAILING_MENTIONS = 3  # blocks that name what the keyphrase names


def _trailing_keyphrase(doc, block, lowered: str, warning, reference) -> str:
    """The keyphrase that ends a paragraph where a link stood (`_TRAILING_WORDS`), when it names
    what the article keeps returning to: a word of it in three other blocks or more (a placed
    article's keyword, "fenben for cancer"; not "read more"); "" if none."""
    if block.kind not in ("paragraph", "list_item") or block.index == 0:
        return ""
    text = block.text
    # most paragraphs end on a stop, a quote or a bracket: the phrase's last letter, as
    # `_TRAILING_WORDS` reads it, rules them out before the pattern is tried at every offset
    if text.rstrip()[-1:] not in _TRAILING_LAST_CHARS:
        return ""
    match = _TRAILING_WORDS.search(text, max(0, len(text) - 80))
    if match is None or _AFTER_NUMBER.search(text, 0, match.start() - 1):
        return ""
    sentence_before = re.split(r"[.!?]\s", text[:match.start() - 1])[-1]
    if len(sentence_before.split()) < _TRAILING_SENTENCE_WORDS or warning.search(sentence_before):
        return ""
    stop = stopwords()
    words = [w for w in match.group("phrase").split() if len(w) > 2 and w not in stop]
    others = [b.text.lower() for b in doc.blocks if b is not block]
    if any(sum(_word_starts(other, word) > 0 for other in others) >= _TRAILING_MENTIONS for word in words):
        return match.group("phrase")
    return ""


@functools.lru_cache(maxsize=None)
def _query_patterns() -> tuple[dict, frozenset]:
    """(a lower-case word, in bytes -> [(the literal a shape of a search query holds, as written, the
    shapes, and a pattern the whole text must hold first, or None)], the verbs "near me" follows) of links_calls_to_action.toml (`query_places`,
    `query_demonyms`, `query_trades`, `query_no_verb_before`, `near_me_verbs`): case-sensitive,
    as a query is typed."""
    data = load("links_calls_to_action")

    def alternation(key):
        return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in data[key])

    not_verb = "|".join(p.capitalize() + "|" + p for p in data["query_no_verb_before"])
    product = r"(?P<product>[a-z][a-z0-9-]{2,}(?: [a-z][a-z0-9-]{2,}){0,2}?)"
    searches = "|".join(p.replace(" ", r"\s+") for p in data["search_for_sale"]).replace("{product}", product)
    place, demonym, near, buy, capital_buy, best, tail, sale = (re.compile(shape) for shape in (
        rf"(?<![\w./@#'’-])(?P<before>[a-z][\w-]*)\s+(?:{alternation('query_places')})(?![\w/@'’-]|\.\w)",
        rf"(?<![\w./@#'’-])(?P<nation>{alternation('query_demonyms')})\s+(?:{alternation('query_trades')})\b",
        r"\b(?P<near>[a-z][\w-]*)\s+near\s+me(?=\s*(?:[.,;:!)]|$))",
        rf"\b(?:{not_verb})\s+buy\s+(?:[\w-]+\s+){{0,3}}?online\b",
        r"(?<=[a-z,] )[A-Z][a-z]+[a-rt-z]\s+buy\s+online(?=\s+[a-z])",
        r"\bbest\s+(?:(?!of\b|in\b|for\b|since\b|from\b|the\b)[a-z0-9-]+\s+){1,4}?20\d\d\b",
        rf"(?<![\w./@#'’-])(?P<product>[a-z][a-z0-9-]{{2,}})\s+(?P<foreign>{alternation('query_market_tails')})(?![\w/@'’-])",
        rf"\b(?:{searches})\b",
    ))
    # each shape holds, as written, one of these (a run of the lowercase text first, then the
    # literal in the text as it is: most articles write their places in capitals)
    literals = {word: (" " + word, (place,), None) for word in data["query_places"]}  # ("new york": " new york")
    literals.update({word: (" " + word, (demonym,), None) for word in data["query_demonyms"]})
    # a tail by its last word ("kaufen" of "online kaufen"), and "for sale" by "sale"
    literals.update({tail_words: (" " + tail_words, (tail,), None) for tail_words in data["query_market_tails"]})
    literals.update(sale=("for sale", (sale,), None))
    # "buy" and "best" are common words: the article must hold "buy ... online", or the list query
    # itself (patterns that open on a literal, quick on a whole text), before its blocks are read
    literals.update(near=("near me", (near,), None), buy=("buy ", (buy, capital_buy), _BUY_ONLINE),
                    best=("best ", (best,), best))
    # by the first word, as a run of the lowercase text ("new" of "new york" and "new zealand")
    by_word: dict = {}
    for word, held in literals.items():
        key = word.split()[0] if word.split()[0].isascii() else word.split()[-1]  # "kaufen" of "günstig kaufen"
        by_word.setdefault(key.encode(), []).append(held)
    return by_word, frozenset(data["near_me_verbs"])


@per_document
def _query_literals(doc) -> tuple[tuple[str, tuple], ...]:
    """The literals of `_query_patterns` the article's text holds as written: a block without one
    holds no search query (most articles hold none, or write their places in capitals)."""
    literals = _query_patterns()[0]
    runs, text = distinct_words(doc)[0], doc.body_text
    return tuple((literal, shapes) for word in runs.intersection(literals) for literal, shapes, first in literals[word]
                 if literal in text and (first is None or _opens_somewhere(first, text, literal.split()[0])))


def _opens_somewhere(pattern: re.Pattern, text: str, opening: str) -> bool:
    """``pattern.search(text) is not None`` for a pattern every match of which opens on the literal
    `opening` (after a zero-width test, as "\\bbest"): tried only where `opening` stands (a pattern that
    opens on \\b is otherwise tried at every character of the article; match() sees the characters before)."""
    at = text.find(opening)
    while at != -1:
        if pattern.match(text, at):
            return True
        at = text.find(opening, at + 1)
    return False


_BUY_ONLINE = re.compile(r"buy\s+(?:[\w-]+\s+){0,3}?online\b")


def _in_quotes(block, start: int, end: int) -> bool:
    """block.text[start:end] stands between quotation marks in its sentence (a phrase given as an
    example: 'subject lines such as "cheap zolpidem uk pharmacy"')."""
    sentence_start = max((s.start for s in block.sentences if s.start <= start), default=0)
    sentence_end = min((s.end for s in block.sentences if s.end >= end), default=len(block.text))
    text = block.text
    return any(mark in text[sentence_start:start] for mark in _QUOTES) and \
        any(mark in text[end:sentence_end] for mark in _QUOTES)


def _search_query(doc, block, lowered: str, warning, reference) -> str:
    """A search query left in running text, the anchor words of a keyword link whose address the
    saved text lost: a place written in lower case ("microdose mushroom in canada", "berberine
    capsules uk") by a writer who capitalises other names, a nationality in lower case before a
    trade ("canadian pharmacy"), a product before a market tail of another language ("melatonin
    online kaufen"), a product searched for on sale ("look for kava extract for sale"), a noun
    "near me", "buy" where no verb can stand ("visit buy X online"), "best ... <year>"
    (`_query_patterns`); "" if none. The shapes are typed in English, so only an English
    article is read, and an English shape only in a block in English ("o organismo usa" is
    Portuguese); a market tail of another language is read in any block of an English article
    (where a shop typed it). Headings and a first short line (a shop's own title), quotes,
    warnings and questions are not read."""
    if block.kind not in ("paragraph", "list_item") or (block.index == 0 and len(lowered.split()) <= 12):
        return ""
    text = block.text
    shapes = {shape: None for literal, held in _query_literals(doc) if literal in text for shape in held}
    if not shapes or language(doc) not in (None, "en"):
        return ""  # an article in another language: its words are no English query's
    near_me_verbs, not_products = _query_patterns()[1], _keyphrase_sentences()[2]
    for match in (m for shape in shapes for m in shape.finditer(text)):
        found = match.groupdict()
        near, before, product = found.get("near"), found.get("before"), found.get("product")
        if near and (near in near_me_verbs or near in stopwords() or near.endswith(("ed", "ing"))):
            continue
        if before in ("the", "dot") or (product and not_products.issuperset(product.lower().split())):
            continue  # "across the uk", "nhs dot uk", "buy online kaufen": a sentence's place, no product
        if (before or found.get("nation")) and not _capitalises_names(text):
            continue  # "my cousin moved to canada": a writer who writes no name in capitals
        start, end = match.span()
        if not found.get("foreign") and _in_other_language(doc, block, start, end):
            continue  # "o organismo usa": an English word read in a sentence of another language
        if _in_quotes(block, start, end) or _warned(doc, block, start, end, warning) or _asked(block, start, end):
            continue
        sentence_start = max((s.start for s in block.sentences if s.start <= start), default=0)
        return text[max(sentence_start, text.rfind(" ", 0, max(0, start - 24)) + 1):end].lstrip()
    return ""


# A word in capitals in mid-sentence (after a small letter, a digit or a comma; not "I"): a name.
_NAME_IN_CAPITALS = re.compile(r"(?<=[a-z0-9,;)] )(?!I\b)[A-Z]")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
_COMMON_ZIPF = 4.0  # a word this frequent may be capitalised only as a sentence's first


def _capitalises_names(text: str) -> bool:
    """The writer of `text` writes names in capitals: one in mid-sentence, or a capitalised word
    that is no common English word ("Latisse has ..."), so a place written in lower case is typed
    ("... berberine capsules uk"), not a sloppy writer's ("my cousin moved to canada")."""
    if _NAME_IN_CAPITALS.search(text):
        return True
    table = zipf_table()
    return any(table.get(word.lower(), 0.0) < _COMMON_ZIPF for word in _CAPITALISED.findall(text))


def _in_other_language(doc, block, start: int, end: int) -> bool:
    """block.text[start:end] is written in a language other than English: the block holds another
    language's function words (`may_be_other_language`), or its sentence is made of another
    language's common words (`language_by_vocabulary`: "O organismo usa primeiro a glicose")."""
    return (article_may_hold_other_language(doc) and may_be_other_language(block.text)) or \
        bool(language_by_vocabulary(doc, _sentence_around(block, start, end)))


_SUBJECT_WORDS = 5  # the article's commonest words of three letters or more, its subject
_ADDRESS_TEXT_WORDS = 6  # words of the block besides the address: it is written in a sentence


@per_document
def _subject_words(doc) -> frozenset:
    """The article's subject: its commonest words (`_SUBJECT_WORDS`, three letters or more, no
    function word), as a page on DMSO or tongkat ali writes "dmso", "tongkat" and "ali" most."""
    stop = stopwords()
    counts = Counter(w for w in re.findall(r"[a-z0-9]{3,}", lowered_body(doc)) if w not in stop)
    return frozenset(word for word, _ in counts.most_common(_SUBJECT_WORDS))


def _spelled_from(name: str, words: frozenset) -> bool:
    """`name` (a site's name, letters and digits) is made of `words` end to end, but for one
    English word at most ("testing" of "testingtongkatali")."""
    table = zipf_table()
    best = [0] + [None] * len(name)  # best[i]: the fewest other words spelling name[:i]
    for end in range(1, len(name) + 1):
        for start in range(max(0, end - 24), end):
            if best[start] is None:
                continue
            piece = name[start:end]
            cost = 0 if piece in words else 1 if len(piece) >= 3 and table.get(piece, 0.0) >= 3.0 else None
            if cost is not None and (best[end] is None or best[start] + cost < best[end]):
                best[end] = best[start] + cost
    return best[-1] is not None and best[-1] <= 1 and any(word in name for word in words)


@per_document
def _address_held(doc) -> bool:
    """Whether the article's text holds an address (`_TLD_HINT`: a dot and a common top-level
    domain, which a scheme's address holds too): most hold none."""
    return _TLD_HINT.search(lowered_body(doc)) is not None


def _written_as_a_name(url: str) -> bool:
    """An address written as a company's name is ("Drugstore.com", "WebMD.com"): a capital first and
    a small letter after it, no scheme, no "www." and no path. An address typed to be followed is in
    lower case (or, shouted, in capitals); a name is one only as the object of a call ("Visit
    VChoice.com"), not further on ("available at retailers such as Walmart.com")."""
    return url[:1].isupper() and any(c.islower() for c in url) and "/" not in url and \
        not url.lower().startswith("www.")


def _shop_address(doc, block, lowered: str, warning, reference) -> str:
    """A shop's address written in the text: an address typed in lower case in a paragraph (not a
    line of its own, not a sentence that points at information), whose name is a keyword, not an
    organisation's: a trade that sells in it ("magicmushroomsdispensary.ca", `_shop_found`), on a
    site the article names nowhere in words; or a home page spelled from the article's subject
    words ("dmso.com.au" on a page about DMSO) pasted at the end of a paragraph, after a sentence
    or a label ("URL", "website": `_address_labels`); "" if none. An authority's address and the
    page's own site are not read."""
    if block.kind not in ("paragraph", "list_item") or not _TLD_HINT.search(lowered):
        return ""
    text = block.text
    for match in _ADDRESS.finditer(text):
        url = match.group()
        parts = _split(url if "://" in url else "http://" + url)
        domain = (parts.hostname or "").removeprefix("www.")
        if url != url.lower() or "." not in domain or is_authority(domain) or \
                registrable(domain) in topic_model(doc).site_domains:
            continue  # ("Drugstore.com": a company named as a name is written, not an address typed)
        before, after = text[:match.start()].split(), text[match.end():].strip()
        if len(before) + len(after.split()) < _ADDRESS_TEXT_WORDS:
            continue
        name = _SQUASH.sub("", registrable(domain).split(".")[0])
        # a shop's name the text around does not spell out, or a home page pasted at a paragraph's
        # end, after a sentence or a label, named for the subject (the cheap tests first)
        shop = _shop_found(domain) and \
            name not in _SQUASH.sub("", (text[:match.start()] + " " + text[match.end():]).lower()) and \
            not _named_elsewhere(doc, block, domain)
        pasted = not shop and after.strip(".!") == "" and parts.path.strip("/") == "" and \
            domain == registrable(domain) and \
            (before[-1].endswith((".", "!", "?")) or before[-1].lower().strip(":") in _address_labels()) and \
            _spelled_from(name, _subject_words(doc))
        if (shop or pasted) and not reference.search(_sentence_around(block, match.start(), match.end())):
            return url
    return ""


@functools.lru_cache(maxsize=None)
def _address_labels() -> frozenset:
    """The labels an address is written after in a list of details ("URL x.com", "his website
    x.com"): links_calls_to_action.toml, `address_labels`."""
    return frozenset(load("links_calls_to_action")["address_labels"])


_HERE_ENDINGS = (" here.", " here:", " here!", " official ")  # what every call of `_here_patterns` holds


@functools.lru_cache(maxsize=None)
def _here_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a sale ending its sentence on "here", a visit running on after "here:", a sale from "the
    official website" of no one named) of links_calls_to_action.toml (`here_sale_calls`,
    `here_visit_calls`, `official_sites`)."""
    data = load("links_calls_to_action")
    sales, visits, sites = ("|".join(p.replace(" ", r"\s+") for p in data[key])
                            for key in ("here_sale_calls", "here_visit_calls", "official_sites"))
    return (re.compile(rf"\b(?:{sales})(?:\s+[\w'’-]+){{0,4}}?\s+here(?=\s*(?:[.!:]\s*(?:$|[A-Z(\"“])))", re.I),
            re.compile(rf"\b(?:{visits})(?:\s+[\w'’-]+){{0,4}}?\s+here:\s+[a-z]", re.I),
            re.compile(rf"\b(?:{sales})(?:\s+[\w'’-]+){{0,4}}?\s+(?:from|at|on|through|via)\s+(?:the|its|their)\s+"
                       rf"official\s+(?:{sites})(?![\w'’-]|\s+(?:of|for)\b)", re.I))


@functools.lru_cache(maxsize=None)
def _glued_heads() -> tuple[str, ...]:
    """An affiliate's head nouns (links_calls_to_action.toml, `glued_head_nouns`), in lower case:
    the literals a block must hold before `_glued_pattern` reads it."""
    return tuple(head.lower() for head in load("links_calls_to_action")["glued_head_nouns"])


@functools.lru_cache(maxsize=None)
def _glued_pattern() -> re.Pattern:
    """An affiliate's head noun after a space (`_glued_heads`), sought first: the name before it
    is read only there. Longer heads first: "ingredients list" before "ingredients"."""
    heads = "|".join(head.replace(" ", r"\s+") for head in sorted(_glued_heads(), key=len, reverse=True))
    return re.compile(rf"(?<=\s)(?i:{heads})(?![\w'’-])")


# The name before a head noun, and the word or mark before the name (read backwards from the noun).
_GLUED_BEFORE = re.compile(r"(?:\b(?P<word>[A-Za-z]+)|(?P<mark>[.!?,]))\s+(?P<name>[A-Za-z]{3,})\s+$")
_GLUED_RARE_ZIPF = 2.5  # a name no common English word is (a product's, "ProDentim", "kerasal")


def _glued_keyword(doc, block, lowered: str, warning, reference) -> str:
    """An affiliate's keyword glued where the sentence's grammar breaks: a product's name (no
    common English word; with a capital, or in lower case opening a sentence) and an affiliate's
    head noun ("reviews", "ingredients", "scam", "coupon": `glued_head_nouns`) after a stop, a
    comma or a word that opens no noun phrase ("prevent diabetes StrictionD Review before it
    is", ". kerasal reviews on Nail fungus"), a name the article writes nowhere else (a keyword
    dropped in, not its subject); "" if none. Not after a function word ("the ProDentim
    reviews", "in Cochrane reviews"), not quoted, warned or asked."""
    if block.kind not in ("paragraph", "list_item") or not any(head in lowered for head in _glued_heads()):
        return ""  # (most blocks hold no head noun: a literal scan before the pattern)
    text, table, stop = block.text, zipf_table(), stopwords()
    for head in _glued_pattern().finditer(text):
        match = _GLUED_BEFORE.search(text, max(0, head.start() - 60), head.start())
        if match is None:
            continue
        name, word = match.group("name"), match.group("word")
        if table.get(name.lower(), 0.0) >= _GLUED_RARE_ZIPF or (word and word.lower() in stop) or \
                (name.islower() and match.group("mark") not in (".", "!", "?")) or _name_elsewhere(doc, name):
            continue  # (a product the article names again is its subject: "posted Ozempic reviews")
        start, end = match.start("name"), head.end()
        # a name in lower case opens its own sentence, which the splitter joins to the one before
        warned = warning.search(re.split(r"[.!?]\s", text[start:], maxsplit=1)[0]) if name.islower() else \
            _warned(doc, block, start, end, warning)
        if not (_in_quotes(block, start, end) or warned or _asked(block, start, end)):
            return text[start:end + 20].rsplit(" ", 1)[0] if end + 20 < len(text) else text[start:]
    return ""


@functools.lru_cache(maxsize=None)
def _market_keys() -> tuple[dict, dict, tuple]:
    """The products (`market_products`) and places (`query_places`) of a seller's market keyphrase
    by the longest ASCII run of each's first word ("comprim" of "comprimés", "new" of "new york"),
    as the bytes of `distinct_words` (and the short places, which may be glued to the next word): a
    block must hold one of each before `_market_keyphrase` reads it."""
    data = load("links_calls_to_action")
    keys: tuple[dict, dict] = ({}, {})
    for words, by_key in zip((data["market_products"], data["query_places"]), keys):
        for word in words:
            by_key.setdefault(max(ascii_runs(word.lower().split()[0]), key=len), []).append(word.lower())
    short = tuple(place for place in data["query_places"] if len(place) <= 3 and place.isalpha())
    return keys + (short,)


@per_document
def _market_words(doc) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The products and the places of `_market_keys` the article holds (set intersections of its
    words; a short place may be glued to the next word, "UAEinvolves": a run's start); ((), ())
    for an article that holds none of one of them."""
    products, places, short = _market_keys()
    runs, joined = distinct_words(doc)
    held = tuple(product for key in runs.intersection(products) for product in products[key])
    if not held:
        return (), ()
    at = tuple(place for key in runs.intersection(places) for place in places[key])
    glued = tuple(place for place in short if place not in at and (" " + place in joined or joined.startswith(place)))
    return (held, at + glued) if at or glued else ((), ())


@functools.lru_cache(maxsize=None)
def _market_pattern() -> re.Pattern:
    """A product (`market_products`) and a place (`query_places`) after a preposition of place
    (`market_prepositions`), with one word in lower case between ("Pastillas abortivas en"); the
    place may be glued to the next word ("UAEinvolves"). It opens on the product: the words
    before it are read only where it matches (`_MARKET_RUN`)."""
    data = load("links_calls_to_action")
    def alternation(words):
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"\b(?P<product>(?i:{alternation(data['market_products'])}))(?:[ \t]+[a-z]+)?[ \t]+"
        rf"(?:{alternation(data['market_prepositions'])})[ \t]+(?P<place>(?i:{alternation(data['query_places'])}))"
        r"(?:(?P<glued>(?<=[A-Z])[a-z]{2,})|(?!\w))")


# Up to three words before the product, the first in capitals (read backwards from the product).
_MARKET_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Za-z]+){0,2}?[ \t]+$")
_MARKET_COMMON_ZIPF = 3.0  # a word this frequent, written with a capital in mid-sentence, is no name


def _market_keyphrase(doc, block, lowered: str, warning, reference) -> str:
    """A seller's keyphrase glued into a sentence, the anchor of a link that stood there: a
    product and its market (`_market_pattern`: "Abortion Pills in Qatar", "Weight Loss Injections
    in Dubai") written as a name where English writes none, a common word opening on a capital
    in mid-sentence, or the product itself in capitals ("... clinic or Abortion Pills in Qatar
    practice"); read only where the page writes the phrase twice or more, or glues it to the next
    word ("Pills in UAEinvolves"); "" if none. Not a name ("Ozempic pills in Canada": the product
    in lower case after a brand), not at a sentence's start (unless glued), quoted, warned or asked."""
    products, places = _market_words(doc)
    if block.kind not in ("paragraph", "list_item") or not any(product in lowered for product in products) or \
            not any(place in lowered for place in places):
        return ""  # (most blocks name no such product and place: a literal scan before the pattern)
    text, table = block.text, zipf_table()
    for match in _market_pattern().finditer(text):
        product, place, glued = match.group("product", "place", "glued")
        run = _MARKET_RUN.search(text, max(0, match.start() - 40), match.start())
        if not place[0].isupper() or not (product[0].isupper() or
                                          (run and table.get(run.group().split()[0].lower(), 0.0) >= _MARKET_COMMON_ZIPF)):
            continue  # a place in lower case is `_search_query`'s; "Ozempic pills": a brand's name
        start, end = run.start() if run else match.start(), match.end("place")
        before = text[:start].rstrip()
        opens = not before or before[-1] in ".!?:;\n"
        phrase = text[start:end]
        if (opens and not glued) or (not glued and lowered_body(doc).count(phrase.lower()) < 2):
            continue
        if not (_warned(doc, block, start, end, warning) or _asked(block, start, end)):
            return text[start:match.end() + 20].rsplit(" ", 1)[0] if match.end() + 20 < len(text) else text[start:]
    return ""


_ONLY = re.compile(r"\bonly\b", re.I)  # "buy only from the official website": advice against fakes


def _lost_here_link(doc, block, lowered: str, warning, reference) -> str:
    """A call to buy or visit whose place is the anchor of a link the saved text lost, "here" or
    "the official website": a sale that ends its sentence on "here" ("available for purchase
    here."), a visit whose sentence runs on after "here:" ("check out his podcast here: have
    ..."), a sale from "the official website/site/store" of no one named ("Order Zentrol now
    from the official website", an affiliate's call; not "of the FDA", not "the official NHS
    website"); "" if none, or if the block holds a link (the link itself is judged), or the
    sentence points at information, warns, asks or says "only" (buy only from the maker's site)."""
    if not any(ending in lowered for ending in _HERE_ENDINGS) or block.index in _links_of(doc) or \
            block.kind not in ("paragraph", "list_item"):
        return ""  # (most blocks hold no "here" before a stop: a literal scan before the patterns)
    text = block.text
    for pattern in _here_patterns():
        for match in pattern.finditer(text):
            start, end = match.span()
            sentence = _sentence_around(block, start, end)
            if not (reference.search(sentence) or _ONLY.search(sentence) or
                    _warned(doc, block, start, end, warning) or _asked(block, start, end)):
                found = text[start:end]
                return found[:found.lower().rfind("here") + 4] if "here" in found.lower() else found
    return ""


@functools.lru_cache(maxsize=None)
def _vendor_words() -> tuple:
    """The vendor words (links_calls_to_action.toml, `vendor_words`), each after a space."""
    return tuple(" " + word for word in load("links_calls_to_action")["vendor_words"])


def _vendor_starts(text: str, words: tuple | None = None):
    """Where a vendor word (of `words`, by default every one) starts in `text`, after a space and
    ending a word (str.find: a pattern searched over a whole document costs more)."""
    for word in _vendor_words() if words is None else words:
        at = text.find(word)
        while at >= 0:
            after = at + len(word)
            if after == len(text) or not (text[after].isalnum() or text[after] == "-"):
                yield at + 1
            at = text.find(word, after)


@per_document
def _capitals_only_elsewhere(doc, name: str) -> bool:
    """The document writes `name` with two capitals or more ("SARMs", "CBD") at least twice,
    and in lower case only once: the anchor ("HEALTH" in a menu and "health" in the text is
    no anchor). Cached per document and name."""
    text, lowered = doc.body_text, lowered_body(doc)
    # two writings with a capital at least, as a part of a word (a quick test before the pattern)
    if lowered.count(name) - text.count(name) < 2:
        return False
    forms = re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I)
    return forms.count(name) == 1 and sum(sum(map(str.isupper, form)) >= 2 for form in forms) >= 2


@per_document
def _vendor_anchored_names(doc) -> set[str]:
    """The names before a vendor word anywhere in the document that it otherwise writes in capitals."""
    whole, generic = doc.body_text, generic_words()
    # the vendor words the article holds, in any case (its literals, a shorter text shared with other lists)
    held = tuple(word for word in _vendor_words() if _article_literals(doc).holds(word[1:]))
    before = {match.group("name") for start in _vendor_starts(whole, held)
              if (match := _WORD_BEFORE.search(whole, max(0, start - 23), start))}
    return {name for name in before - generic if _capitals_only_elsewhere(doc, name)}


def _vendor_anchor(doc, block, lowered: str, warning, reference) -> str:
    """A product's name in lower case next to a vendor word ("sarms source"), where the article
    writes the name in capitals: a shop link's anchor left in the sentence; "" if none."""
    anchored = _vendor_anchored_names(doc)
    if not anchored or not any(name in lowered for name in anchored):
        return ""
    text = block.text
    for start in _vendor_starts(text):
        # the word before the vendor word, as written (searched backwards from the vendor word:
        # a pattern that starts at every word is slow)
        match = _WORD_BEFORE.search(text, max(0, start - 23), start)
        end = text.find(" ", start) % (len(text) + 1)
        if match is not None and match.group("name") in anchored and \
                not _warned(doc, block, match.start(), end, warning):
            return text[match.start():end].rstrip(".,;:!?")
    return ""


@functools.lru_cache(maxsize=None)
def _placeholder_pattern() -> re.Pattern:
    """A link's placeholder in square brackets after a word of the sentence ("fiction [web site]")."""
    nouns = "|".join(p.replace(" ", r"\s+") for p in load("links_calls_to_action")["link_placeholders"])
    return re.compile(rf"\[(?:{nouns})\](?!\()", re.I)


def _link_placeholder(doc, block, lowered: str, warning, reference) -> str:
    """A link's placeholder left in a sentence ("exipure fact or fiction [internet site]"), where
    its anchor or address stood and no link is; "" if none."""
    if "[" not in lowered:
        return ""
    text = block.text
    for match in _placeholder_pattern().finditer(text):
        bracket = match.group()
        before = text[:match.start()].rstrip()
        if len(before) == match.start() or not before or not (before[-1].isalnum() or before[-1] in ",.;:"):
            continue  # after a word of the sentence, past a space (tested here: a look-behind is slow)
        if not any(link.text and bracket in link.text for link in _links_of(doc).get(block.index, ())):
            return " ".join(before[-60:].split()[-4:] + [bracket])
    return ""


# What may stand before a buy link's label on its line besides a sentence's end: an arrow, a
# bullet, a bar, a dash, a colon.
_LABEL_MARKS = ".!?:→➔➜»►▶|•–—-"
# A price after a label ("on Amazon ($24)").
_LABEL_PRICE = re.compile(r"\s*\(?[$£€]\s?\d[\d.,]*\)?")


@functools.lru_cache(maxsize=None)
def _retailers() -> tuple[tuple, tuple]:
    """(the retailers' names as written (links_calls_to_action.toml, `retailers`), the first word of
    each in lower case, for the quick tests)."""
    names = tuple(load("links_calls_to_action")["retailers"])
    return names, tuple(re.split(r"[^a-z0-9]+", name.lower())[0] for name in names)




@functools.lru_cache(maxsize=None)
def _retailer_label_pattern() -> re.Pattern:
    """A name in capitals or a buy button's words, then "on", "at", "from" or "via" and a retailer's
    name as written (links_calls_to_action.toml, `retailers`, `retailer_label_openers`)."""
    openers = "|".join(p.replace(" ", r"\s+") for p in load("links_calls_to_action")["retailer_label_openers"])
    name = r"(?:[A-Z0-9][\w'’.&+-]*\s+){1,6}?"
    retailers = "|".join(r"\s+".join(map(re.escape, retailer.split())) for retailer in _retailers()[0])
    return re.compile(rf"(?:(?i:{openers})\s+(?:[\w'’-]+\s+){{0,2}}?|{name})(?:on|at|from|via)\s+"
                      rf"(?:{retailers})(?![\w'’&])")


@per_document
def _retailers_named(doc) -> tuple:
    """The retailers the article names as written: a first word among the article's words (set
    lookups), then the name in its text (str.find; "target" in lower case is a common word)."""
    runs = distinct_words(doc)[0]
    return tuple(name for name, first in zip(*_retailers()) if first.encode() in runs and name in doc.body_text)


def _retailer_label(doc, block, lowered: str, warning, reference) -> str:
    """A buy link's label kept as text: a sentence, a line or what follows an arrow that is only a
    product's name (or a buy button's words) and a big retailer ("→ Acme Zinc on Amazon", "Check
    price at iHerb"); "" if none. A sentence that says where a thing is sold has a verb of its own
    ("it can be bought at Amazon") and is not one: the label must open where a sentence or a line
    does, and end where it does."""
    named = _retailers_named(doc)
    text = block.text
    if not named or not any(map(text.__contains__, named)):
        return ""
    for match in _retailer_label_pattern().finditer(text):
        before = text[:match.start()].rstrip()
        if before and before[-1] not in _LABEL_MARKS:
            continue
        end = match.end()
        price = _LABEL_PRICE.match(text, end)
        after = text[price.end() if price else end:].lstrip()
        if after and after[0] not in _LABEL_MARKS:
            continue
        if not _warned(doc, block, match.start(), end, warning):
            return match.group()[-60:]
    return ""


@functools.lru_cache(maxsize=None)
def _name_send_pattern() -> tuple[re.Pattern, re.Pattern]:
    """(an opener, a verb that sends the reader somewhere and a name in capitals; the verb and a
    capital, a quick test) of links_calls_to_action.toml, `site_send_openers`, `name_send_verbs`."""
    data = load("links_calls_to_action")
    openers = "|".join(p.replace(" ", r"\s+") for p in data["site_send_openers"])
    verbs = "|".join(p.replace(" ", r"\s+") for p in data["name_send_verbs"])
    return (re.compile(rf"(?i:(?:(?:{openers})\s+)*(?:{verbs})\s+(?:the\s+)?){_COMPANY}"),
            re.compile(rf"\b(?i:{verbs})\s+(?:(?i:the)\s+)?[A-Z]"))


@functools.lru_cache(maxsize=None)
def _name_send_words() -> tuple:
    """The words each of `name_send_verbs` opens on, up to any pattern syntax ("head (?:over )?to"
    -> "head"), for the quick tests."""
    return tuple(verb.split("(", 1)[0].strip() for verb in load("links_calls_to_action")["name_send_verbs"])


@per_document
def _name_send_words_held(doc) -> tuple:
    """The words of `_name_send_words` the article holds (a word of letters among its distinct
    words: the verb stands alone before a space), for the quick test of each block."""
    whole = _article_literals(doc)
    return tuple(filter(whole.holds, _name_send_words()))


# A name whose every word is this common in English is a place or a platform ("Thailand",
# "YouTube"), not a site the reader is sent to buy from (Zipf frequency, wordfreq).
_COMMON_NAME_ZIPF = 3.5


def _name_send(doc, block, lowered: str, warning, reference) -> str:
    """A sentence that ends by sending the reader to a site by its name alone ("If you are curious,
    check out Zentrol."), a name in capitals the article writes nowhere else: the site's link stood
    there; "" if none. Not a public body, an authority, a hospital, a common word or an address
    (the pointing frames read those), and not in a sentence that cites evidence, points at
    information ("For more information, visit Acme."), warns or asks."""
    pattern, verb_and_capital = _name_send_pattern()
    # plainly: a block holding one of `_name_send_words`; only those the article holds are sought
    # (a search of the block for each word costs as much as the whole text once)
    if not any(map(lowered.__contains__, _name_send_words_held(doc))) or not verb_and_capital.search(block.text):
        return ""  # no sending verb before a capital (quick tests before the sentences)
    evidence = _site_send_patterns()[3]
    not_company_words, authorities = _not_company_names()
    table = zipf_table()
    for sentence in block.sentences:
        text = sentence.text.strip()
        if text.endswith("?") or len(text.split()) > 25:
            continue
        for start in _clause_starts(text):
            match = pattern.match(text, start)
            if match is None:
                continue
            name = match.group("name").rstrip(".")
            if text[match.start("name") + len(name):].strip(" .!"):
                break  # the sentence goes on past the name: a place or a product discussed, not a pointer
            if "." in name:
                break  # an address ("Acme.com"): the pointing frames read those, with their own tests
            words = re.findall(r"[\w&]+", name.lower())
            if not words or words[0] in _NOT_A_NAME or not not_company_words.isdisjoint(words) or \
                    _SQUASH.sub("", name.lower()) in authorities or \
                    all(table.get(word, 0) >= _COMMON_NAME_ZIPF for word in words) or \
                    _name_elsewhere(doc, name) or evidence.search(text) or reference.search(text) or \
                    warning.search(text):
                break
            return text[match.start():][-60:]
    return ""


@functools.lru_cache(maxsize=None)
def _buy_inside_data() -> tuple[re.Pattern, frozenset, tuple[str, ...]]:
    """(a buy button's word with its capital after two words in lower case and before a name or a strength,
    the determiners that make the word a noun) of links_calls_to_action.toml, `buy_call_verbs`,
    `buy_inside_determiners`."""
    data = load("links_calls_to_action")
    capitals = tuple(f" {verb[:1].upper()}{verb[1:]} " for verb in data["buy_call_verbs"] if " " not in verb)
    verbs = "|".join(re.escape(verb.strip()) for verb in capitals)
    return (re.compile(rf"(?<![\w'’])(?P<before>[^\W\d_A-Z][\w'’-]*),? [^\W\d_A-Z][\w'’-]* (?P<verb>{verbs}) "
                       rf"(?P<name>[A-Z0-9][\w'’.+-]*)"),
            frozenset(data["buy_inside_determiners"]), capitals)


@per_document
def _buy_capitals_held(doc) -> tuple[str, ...]:
    """The buy words with their capital between spaces (`_buy_inside_data`) the article's text holds: its words
    first (a set), then the text, as written, for those."""
    held = _article_word(doc)
    return tuple(verb for verb in _buy_inside_data()[2] if held(verb.strip().lower()) and verb in doc.body_text)


def _buy_word_inside(doc, block, lowered: str, warning, reference) -> str:
    """A shop's buy word with its capital inside a running sentence, before a product's name ("Prescription
    drugs like Buy Acme 150 mg, ..."): the keyword anchor "Buy <product>" of a link the saved text lost; ""
    if none. Not a noun ("the Order form"), a title ("How to Buy Kava"), a button ("the Buy Now button"),
    a quote, a warning."""
    pattern, determiners, _ = _buy_inside_data()
    if not any(map(block.text.__contains__, _buy_capitals_held(doc))):
        return ""  # no buy word with its capital after a space (most blocks)
    table = zipf_table()
    for match in pattern.finditer(block.text):
        after = block.text[match.start("verb") - 1:match.start("verb")]
        name = match.group("name").rstrip(".,")
        if match.group("before").lower() in determiners or after in _QUOTES or \
                (name.isalpha() and table.get(name.lower(), 0) >= _COMMON_NAME_ZIPF):
            continue
        if _quoted(block.text, match.start("verb"), match.end()) or \
                warning.search(_sentence_around(block, match.start(), match.end())):
            continue
        return block.text[match.start("verb"):match.end()][:60]
    return ""


@functools.lru_cache(maxsize=None)
def _demonstrative_data() -> tuple[tuple[str, re.Pattern], ...]:
    """(a call and a demonstrative between spaces, " try this ", up to three words and a business noun right after
    it), ... of links_calls_to_action.toml, `demonstrative_calls`: in lower case, as the block's lowered text is."""
    shapes = []
    for entry in load("links_calls_to_action")["demonstrative_calls"]:
        noun = re.compile(rf"(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(entry['nouns'])})(?![\w-])")
        shapes += [(f" {call} {word} ", noun) for call in entry["calls"] for word in entry["demonstratives"]]
    return tuple(shapes)


@per_document
def _demonstratives_held(doc) -> tuple:
    """The shapes of `_demonstrative_data` whose call and demonstrative the article holds together: each of their
    words a word of the article (`_article_word`), then the two together (a find in its text; most articles hold
    none). Plainly ``shape[0][1:] in lowered_body(doc)``: the words are tested first, as the phrase holds them."""
    held, lowered = _article_word(doc), lowered_body(doc)
    return tuple(shape for demonstrative, shapes in _demonstratives_by_word().items() if held(demonstrative)
                 for shape in shapes if all(map(held, shape[2])) and shape[0][1:] in lowered)


def _article_word(doc):
    """A test of a lowercase word the text holds between spaces or marks: an ASCII word is looked up among the
    article's distinct words (`distinct_words`, a set of its runs of [a-z0-9]: a look-up, not a find in the
    text), another word sought in its text (`_article_literals`). For a gate whose phrase holds the word whole
    ("try this ", " Buy "): a word inside another ("retry") is no run of its own, nor a place the phrase can be."""
    runs, whole = distinct_words(doc)[0], _article_literals(doc)
    return lambda word: word.encode() in runs if word.isascii() and word.isalnum() else whole.holds(word)


@functools.lru_cache(maxsize=None)
def _demonstratives_by_word() -> dict[str, list]:
    """The shapes of `_demonstrative_data` by their demonstrative's last word, each with its call's words."""
    by_word: dict[str, list] = {}
    for call, noun in _demonstrative_data():
        words = call.split()
        by_word.setdefault(words[-1], []).append((call, noun, tuple(words[:-1])))
    return by_word


def _demonstrative_business(doc, block, lowered: str, warning, reference) -> str:
    """A call to go to, try or contact a business named only by a demonstrative ("You may also try this
    reputable eye doctor", "visitez cette clinique"), whose business (its words after the demonstrative) the
    article has not named before: "this" points at the anchor of a link the saved text lost; "" if none.
    Only the calls the article holds with their demonstrative are sought in a block (a regex over every block
    cost a sixth of LM105's time)."""
    for call, noun, _ in _demonstratives_held(doc):
        at = lowered.find(call[1:])
        while at >= 0:
            business = (at == 0 or not lowered[at - 1].isalnum()) and noun.match(lowered, at + len(call) - 1)
            if business:
                start, end = at, business.end()
                sentence = _sentence_around(block, start, end)
                if " ".join(business.group().split()) not in lowered_body(doc)[:block_starts(doc)[block.index] + start] \
                        and not warning.search(sentence) and not reference.search(sentence):
                    return block.text[start:end][:60]
            at = lowered.find(call[1:], at + 1)
    return ""

# Pitches of placed text, where a shop's or company's link stood: (finder, its gate, message,
# suggestion). The gate is words a document holds one of if the finder can find anything, or ()
# for a finder that tests the document itself, or a function of (doc, the article's literals)
# telling whether the finder can find anything in it: a test once per document, so that most
# documents skip the finder's per-block tests. A finder takes (doc, block, lowered text, warning
# pattern, reference pattern) and returns the words it found, or "".
# The name a buy call sells: words opening in a capital or a digit ("HCG Plus Drops", "BPC-157").
_CALLED_PRODUCT = re.compile(r"(?:[A-Z0-9][\w'’.+-]*(?:\s+|$)){1,4}")


@functools.lru_cache(maxsize=None)
def _buy_call_verbs() -> tuple:
    return tuple(verb + " " for verb in load("links_calls_to_action")["buy_call_verbs"])


def _buy_call(doc, block, lowered: str, warning, reference) -> str:
    """A block that is nothing but a call to buy the article's own product: one short sentence
    opening on an imperative sales verb, whose object is a name in capitals that two other
    paragraphs hold ("Buy Acme Drops from a trusted source!", "Order Zentrol Capsules Today");
    the seller's button or link text, kept as a line of the page; "" if none.

    The construction, not the words: the verb opens the block, and the name is the page's
    subject (the article's vocabulary), which a heading or advice in general ("Buy only from
    registered pharmacies", "Buying a monitor") does not name in capitals."""
    text = block.text.strip()
    if not lowered.lstrip().startswith(_buy_call_verbs()) or len(text.split()) > 12 or \
            text.endswith("?") or len(block.sentences) > 1 or warning.search(text):
        return ""
    if ":" in text or text == doc.title.strip():
        return ""  # a title ("Order Medicines Online: A Guide"), not a button
    verb_end = text.find(" ") + 1
    name = _CALLED_PRODUCT.match(text, verb_end)
    if name is None:
        return ""
    model = topic_model(doc)
    own = set(map(stem, model.blocks[block.index].content))
    for word in tokens(name.group()):
        key = stem(word)
        if len(word) > 2 and word not in generic_words() and model.block_stems.get(key, 0) - (key in own) >= 2:
            return text[:60]
    return ""


def _held_words(doc, words: tuple) -> tuple[str, ...]:
    """Which of `words` (lowercase) the article holds, without a scan of its text for most: a word's
    runs of ASCII letters and digits are looked up among the article's distinct words (a set); a word
    of nothing else is held when it is there, a phrase of them when its words are (a gate: the caller
    reads the text where it stands), a word with other letters ("pożyczka": "po", "yczka") is then
    sought in the text; a word with no run of three ("займ", "สั่งซื้อ", "köp") only
    on a page in another language that lint-med knows (declared, or told by its function words: one
    pass of a pattern over the text costs too much on every page; an English page holds one only in
    a pasted line of another language, which `_in_another_script_or_language` and LM911 read)."""
    by_part, every, latin, bare = _ascii_parts(words)
    present = distinct_words(doc)[0].intersection(every)
    found: dict[str, bool] = {}
    for part in present:
        for word, parts, plain in by_part.get(part, ()):
            if parts <= present:  # (a phrase of ASCII words is taken as held when its words are: a gate)
                found[word] = plain or word.isascii() or word in lowered_body(doc)
    if language(doc) not in ("en", None):
        lowered = lowered_body(doc)
        found.update((word, word in lowered) for word in latin)  # ("köp", "prêt": a find each)
        if bare is not None:  # (the rest, in other scripts: one pass for them all)
            found.update(dict.fromkeys(bare.findall(lowered), True))
    return tuple(word for word, held in found.items() if held)


@functools.lru_cache(maxsize=None)
def _ascii_parts(words: tuple) -> tuple[dict, frozenset, tuple[str, ...], re.Pattern | None]:
    """(each word's longest run of ASCII letters and digits, with the words filed under it, their runs,
    and whether they are single words of nothing else; every run; the words with no run of three
    letters or more, which only a page not in English is searched for: those opening on an ASCII
    letter, and a pattern of the others, whose first letters a text in Latin script seldom holds)."""
    by_part: dict = {}
    every: set = set()
    bare = []
    for word in words:
        parts, plain = frozenset(ascii_runs(word)), word.isascii() and word.isalnum()
        longest = max(parts, key=len, default=b"")
        if plain or len(longest) >= 3:  # (filed under its longest run, the rarest in a text)
            by_part.setdefault(longest, []).append((word, parts, plain))
            every.update(parts)
        else:  # runs of a letter or two ("köp": "k", "p") are in every text: no test
            bare.append(word)
    latin = tuple(word for word in bare if word[0].isascii())
    others = sorted((word for word in bare if not word[0].isascii()), key=len, reverse=True)
    return by_part, frozenset(every), latin, re.compile("|".join(map(re.escape, others))) if others else None


def _no_space_script(char: str) -> bool:
    """A letter of a script written without spaces between words (Chinese, Japanese, Thai)."""
    return unicodedata.name(char, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "THAI"))


@functools.lru_cache(maxsize=None)
def _buy_now_data() -> tuple[re.Pattern, tuple[str, ...]]:
    """(the buy-now lines, matched at a sentence's start after a bullet or an arrow; the literals
    one of which each holds)."""
    data = load("links_calls_to_action")
    entries = []
    for entry in data["buy_now_lines"]:
        last = next((c for c in reversed(entry) if c.isalpha()), "a")
        entries.append(entry.replace(" ", r"\s+") + ("" if _no_space_script(last) else r"(?!\w)"))
    return (re.compile(r"[^\w\s]{0,3}\s*(?:" + "|".join(entries) + ")", re.I),
            tuple(word.lower() for word in data["buy_now_literals"]))


@functools.lru_cache(maxsize=None)
def _line_words() -> tuple[tuple[str, ...], tuple[frozenset, ...]]:
    """(the words of the four lists of commercial lines, looked up in an article at once; each list's
    words: the buy-now lines', the trades', the click verbs', the seller's tails' keys)."""
    lists = (_buy_now_data()[1], _trade_line_data()[0], _click_data()[0], tuple(_glued_rx_tails()))
    return tuple(sorted(set().union(*lists))), tuple(map(frozenset, lists))


@per_document
def _lines_held(doc) -> tuple[frozenset, ...]:
    """The words of each list of `_line_words` that the article holds (one `_held_words` for all four)."""
    words, lists = _line_words()
    held = frozenset(_held_words(doc, words))
    return tuple(held & words_of for words_of in lists)


def _buy_now_held(doc) -> frozenset:
    """The words of the buy-now lines (`buy_now_literals`) that the article holds."""
    return _lines_held(doc)[0]


_BUTTON_WORDS = 12  # a button's line, or a short sentence opening on its words
_BUTTON_CHARACTERS = 40  # the same in a script without spaces


def _buy_now_line(doc, block, lowered: str, warning, reference) -> str:
    """A sentence that opens on a shop's buy button, a buy verb and "now" in any language
    ("Compra agora para pó de cravo, Spilanthes, e curcuma.", "Osta nyt!", "立即购买"), twelve words or
    fewer, not a question, not warned, no comma after the button's words ("Köp nu, betala senare", a
    slogan): the button's text kept where its link stood; "" if none."""
    if not any(literal in lowered for literal in _buy_now_held(doc)):
        return ""
    pattern = _buy_now_data()[0]
    for sentence in block.sentences:
        text = sentence.text.strip()
        match = pattern.match(text)
        if not match or text[match.end():match.end() + 1] in (",", "，") or text.endswith(("?", "？")) or \
                warning.search(text):
            continue  # (a comma after it: a slogan quoted, "Köp nu, betala senare" is buy-now-pay-later)
        words = text.split()
        if len(words) <= _BUTTON_WORDS and (len(words) > 1 or len(text) <= _BUTTON_CHARACTERS):
            return text[:60]
    return ""


@functools.lru_cache(maxsize=None)
def _trade_line_data() -> tuple[tuple[str, ...], tuple[str, ...], frozenset]:
    """(trades, longest first; sales marks, longest first; filler words) of a trade line."""
    data = load("links_calls_to_action")

    def longest_first(words):
        return tuple(sorted((w.lower() for w in words), key=len, reverse=True))

    return longest_first(data["trade_line_trades"]), longest_first(data["trade_line_marks"]), \
        frozenset(data["trade_line_fillers"])


@per_document
@per_document
def _trades_held(doc) -> tuple[str, ...]:
    """The trades of `trade_line_trades` that the article names once (as a part of a word too), longest
    first: a trade it does not write about (an article on gambling or debt names it again and again).
    Once per document: each block's test asks for them."""
    lowered = lowered_body(doc)
    return tuple(sorted((trade for trade in _lines_held(doc)[1] if lowered.count(trade) == 1), key=len, reverse=True))


_LINE_WORD = re.compile(r"\w+(?:[/'’.]\w+)*")  # "24/7", "cash's", "1.500"


def _trade_line(doc, block, lowered: str, warning, reference) -> str:
    """A sentence of eight words or fewer that is only a keyphrase of a trade the article does not
    write about: the trade (`trade_line_trades`: a loan, a casino, an essay service, in any language),
    a sales mark (a price or a figure, "online", "fast", "no credit check", "cepat cair") and at most one
    other word ("$500 loan online.", "Szybka pożyczka online 5000 zł."): the anchor of a link that
    stood there; "" if none. Not a question, a quote, or a warning."""
    trades = [trade for trade in _trades_held(doc) if trade in lowered]
    if not trades:
        return ""
    _, marks, fillers = _trade_line_data()
    for sentence in block.sentences:
        text = sentence.text.strip()
        words = _LINE_WORD.findall(text.lower())
        if not 2 <= len(words) <= 8 or text.endswith("?") or text[:1] in _QUOTES or warning.search(text):
            continue
        rest = f" {' '.join(words)} "
        trade = next((t for t in trades if f" {t} " in rest), None)
        if trade is None:
            continue
        rest = rest.replace(f" {trade} ", " ", 1)
        marked = bool(_PRICE.search(text))
        for mark in marks:
            if f" {mark} " in rest:
                rest, marked = rest.replace(f" {mark} ", " "), True
        left = rest.split()
        others = [w for w in left if w not in fillers and not w[0].isdigit()]  # (a figure is an amount)
        if (marked or len(others) < len(left) - sum(w in fillers for w in left)) and len(others) <= 1:
            return text[:60]
    return ""


@functools.lru_cache(maxsize=None)
def _glued_rx_tails() -> dict[str, tuple[str, ...]]:
    """The tails by the word looked up for them (their last, or the whole tail in a script without
    spaces), longest first."""
    tails: dict = {}
    for tail in sorted((t.lower() for t in load("links_calls_to_action")["glued_rx_tails"]), key=len, reverse=True):
        tails.setdefault(tail.split()[-1] if " " in tail or tail.isascii() else tail, []).append(tail)
    return {key: tuple(group) for key, group in tails.items()}


@per_document
def _glued_rx_keyphrases(doc) -> tuple[str, ...]:
    """The keyphrases of a product and a seller's tail glued into the article's sentences
    ("apoquel without prescription"), in lower case (see `_glued_rx_keyphrase`): each place of a
    tail's last word (a find, no pattern over the text), the tail before it, the two words before that."""
    tails = _glued_rx_tails()
    held = _lines_held(doc)[3]
    text, lowered = doc.body_text, lowered_body(doc)
    if not held or len(text) != len(lowered):
        return ()
    found, table, not_products = [], zipf_table(), _keyphrase_sentences()[2]
    for key in held:
        end = lowered.find(key) + len(key)
        while end >= len(key):
            start = next((end - len(tail) for tail in tails[key] if lowered.startswith(tail, end - len(tail))), -1)
            words = text[max(0, start - 40):start].split() if start > 0 else ()
            if len(words) >= 2 and (end == len(text) or not text[end].isalnum()):
                before, name = words[-2:]
                if name.islower() and name.replace("-", "").isalnum() and len(name) > 2 and before.isalpha() and \
                        before.islower() and name not in not_products and table.get(name, 0.0) < _GLUED_RARE_ZIPF \
                        and _capitalised_elsewhere(doc, name):
                    found.append(f"{name} {lowered[start:end]}")
            end = lowered.find(key, end) + len(key)
    return tuple(found)


def _capitalised_elsewhere(doc, name: str) -> bool:
    """The article writes `name` with a capital inside a sentence (after a word in lower case or a
    comma) at least twice, and more often than in lower case: a product's name ("obtaining Apoquel
    without"), whose lower-case form is a search keyphrase's; a capital opening a sentence or a line
    ("Zopiclone no prescription") makes no name."""
    forms = [(m.group(), doc.body_text[max(0, m.start() - 2):m.start()]) for m in
             re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.body_text, re.I)]
    lower = sum(form == name for form, _ in forms)
    named = sum(form[0].isupper() and before[-1:] == " " and (before[:1].islower() or before[:1] in ",;")
                for form, before in forms)
    return named >= 2 and named > lower


def _glued_rx_keyphrase(doc, block, lowered: str, warning, reference) -> str:
    """A product's name in lower case with a seller's tail (`glued_rx_tails`: "without prescription",
    "no rx", "sin receta", "bez recepty", in many languages) inside a sentence, after a word of it in
    lower case, where the article writes the name with a capital ("a veterinary consultation apoquel
    without prescription can save"): a search keyphrase, the anchor of a link that stood there; "" if
    none. Not quoted, warned or asked."""
    for phrase in _glued_rx_keyphrases(doc):
        start = lowered.find(phrase)
        if start >= 0:
            end = start + len(phrase)
            if not (_in_quotes(block, start, end) or _warned(doc, block, start, end, warning)
                    or _asked(block, start, end)):
                return block.text[start:end]
    return ""


@functools.lru_cache(maxsize=None)
def _click_data() -> tuple[tuple[str, ...], frozenset]:
    data = load("links_calls_to_action")
    return tuple(data["click_openers"]), frozenset(data["click_sold_words"])


@per_document
def _click_held(doc) -> tuple[str, ...]:
    """The click verbs (`click_openers`) that the article holds (once per document: each block's test asks)."""
    return tuple(_lines_held(doc)[2])


_CLICK_WORDS = 14
_CLICK_RARE_ZIPF = 2.5  # a company's name, no common English word ("ZRT", "Kiierr")


def _click_line(doc, block, lowered: str, warning, reference) -> str:
    """A line that only tells the reader to click for something sold (`click_sold_words`: a kit, a
    price, a deal) or for a company's wares (a capitalised name, no common word, that the article
    writes nowhere else): "(Click image for hormone testing kit)", "Click for list of Acme Labs
    tests)"; the caption of an affiliate's image or button whose link the text lost; "" if none.
    Not a block with a link in it (the link is there, LM101-LM104 judge it), not a pointer to
    information or to the image itself ("Click to enlarge", "click image for more information")."""
    openers = _click_held(doc)
    if not openers or not lowered.lstrip().lstrip("([").startswith(openers) or block.index in _links_of(doc):
        return ""
    text, sold = block.text.strip(), _click_data()[1]
    words = _LINE_WORD.findall(text)
    if len(words) > _CLICK_WORDS or len(block.sentences) > 1 or warning.search(text):
        return ""
    if sold.intersection(w.lower() for w in words):
        return text[:60]
    table = zipf_table()
    named = [w for w in words[1:] if w[0].isupper() and table.get(w.lower(), 0.0) < _CLICK_RARE_ZIPF
             and not text.isupper()]
    return text[:60] if named and not any(_name_elsewhere(doc, name) for name in named) else ""


# A name glued from two or more capitalised words ("CopperleaSaddlery", "AcmeWoodFiredOvens"); each word of
# three letters or more, so that "McNeil" or "GoFundMe" is none.
_GLUED_NAME = r"(?P<name>(?:[A-Z][a-z]{2,}){2,})(?![\w'’-]|\.\w)"
_GLUED_NAME_SIGN = re.compile(r"[a-z][A-Z][a-z]{2}")
_GLUED_NAME_ZIPF = 2.5  # a name this common in English is a platform's or a product's ("YouTube")
_ACKNOWLEDGED_WORDS = 3  # what a thanks is for follows the name ("for funding the"); the sentence may be the host's


@functools.lru_cache(maxsize=None)
def _glued_name_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a call to buy from, ask, see, visit or thank a business, then its glued name, `glued_name_calls`; a word
    of what a study acknowledges, `glued_name_acknowledged`)."""
    data = load("links_calls_to_action")
    calls = "|".join(p.replace(" ", r"\s+") for p in data["glued_name_calls"])
    return (re.compile(rf"(?<!\w)(?i:{calls})\s+(?:the\s+)?{_GLUED_NAME}"),
            re.compile(rf"\b(?:{'|'.join(data['glued_name_acknowledged'])})", re.I))


# Each byte as `_GLUED_NAME_SIGN` reads it: "a" for [a-z], "A" for [A-Z], a space for any other (a byte of a letter
# outside ASCII too: the pattern's classes hold ASCII letters only).
_CASE_SHAPES = bytes(b"a"[0] if 97 <= byte <= 122 else b"A"[0] if 65 <= byte <= 90 else 32 for byte in range(256))


@per_document
def _glued_name_blocks(doc) -> frozenset[int]:
    """The blocks whose text has a word with a capital inside it after lower-case letters (`_GLUED_NAME_SIGN`,
    `_glued_name_call`'s first test), sought once in the article's text: a match holds no "\n", so it lies in
    one block. Plainly: the indices of the blocks for which `_GLUED_NAME_SIGN.search(block.text)` finds one; here
    its shape, "aAaa", is found by str.find in the UTF-8 text's bytes turned to their shapes (`_CASE_SHAPES`), the
    blocks' starts counted in bytes (a regular expression tried at every character cost three times as much)."""
    encoded = doc.body_text.encode("utf-8", "surrogatepass")
    lines = encoded.split(b"\n")
    # (each block is a line of the text unless a block holds a "\n": then each block's text is measured)
    sizes = map(len, lines) if len(lines) == len(doc.blocks) else \
        (len(block.text.encode("utf-8", "surrogatepass")) for block in doc.blocks)
    starts = list(accumulate(sizes, lambda start, size: start + size + 1, initial=0))[:-1]
    return frozenset(texts_found(starts, functools.partial(encoded.translate(_CASE_SHAPES).find, b"aAaa")))


def _glued_name_call(doc, block, lowered: str, warning, reference) -> str:
    """A call to buy from, ask, see or thank a business by a name glued from its words, which the article writes
    nowhere else ("buy it at CopperleaSaddlery before the price goes up", "thanks to AcmeOrganRestoration for the
    organ"): a copy that stripped a link and the spaces of its anchor; "" if none. Not a name common in
    English (a platform, "YouTube") or an authority's, not in quotes or a question, not after a warning's
    word ("never buy it at ..."; only the three words before the call are read, as the call may stand in
    a sentence of the article's that warns of a risk)."""
    if _GLUED_NAME_SIGN.search(block.text) is None:
        return ""
    table, authorities = zipf_table(), _not_company_names()[1]
    call, acknowledged = _glued_name_patterns()
    for match in call.finditer(block.text):
        name, text = match.group("name"), block.text
        sentence = _sentence_around(block, match.start(), match.end()).strip()
        lead = " ".join(text[:match.start()].split()[-3:]) + " " + text[match.start():match.end()]
        if table.get(name.lower(), 0.0) >= _GLUED_NAME_ZIPF or name.lower() in authorities or \
                _name_elsewhere(doc, name) or _quoted(text, match.start(), match.end()) or \
                warning.search(lead) or sentence.endswith("?") or \
                acknowledged.search(" ".join(text[match.end():].split()[:_ACKNOWLEDGED_WORDS])):
            continue
        return sentence[sentence.find(match.group()):][:match.end() - match.start() + 30]
    return ""


_SPLICED_KEYPHRASE = (_spliced_keyphrase, lambda doc, whole: bool(_markets_held(doc)),
                      "Pharmacy keyphrase spliced into the text (\"{}\"): a drug in lower case with the market it is "
                      "sold in, amid words about something else; a pill shop's link anchor, where its link stood.",
                      "Remove it; an article informs, it does not sell.")
_BUY_CALL = (_buy_call, (), "Buy call in the text (\"{}\"): a line that only tells the reader to buy the article's "
             "product, the text of a shop's button or link.", "Remove it; an article informs, it does not sell.")
_BUY_NOW = (_buy_now_line, lambda doc, whole: bool(_buy_now_held(doc)),
            "Buy button in the text (\"{}\"): a line that opens on a call to buy now, the text of a shop's "
            "button or link, where its link stood or stands.", "Remove it; an article informs, it does not sell.")
@functools.lru_cache(maxsize=None)
def _widget_button_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a whole anchor that is an overlay's button; a button label in the text with an address after it:
    at a line's or sentence's start, after another button's bracket or a dot, in brackets or not,
    a size in parentheses and a colon or an arrow allowed before the address)."""
    buttons = "|".join(entry.replace(" ", r"\s+") for entry in load("links_calls_to_action")["widget_buttons"])
    anchor = re.compile(rf"(?:{buttons})", re.I)
    label = re.compile(rf"(?:^|(?<=[\n.!?\]·|]))\s*\[?(?P<button>(?:{buttons}))(?!\w)\]?(?:\s*\([^()\n]{{1,20}}\))?"
                       rf"\s*[:\-–—→»>]?\s*(?P<url>(?:https?://|www\.)[^\s<>\]]+)", re.I)
    return anchor, label


def _widget_button(doc, block, lowered: str, warning, reference) -> str:
    """An overlay's button that sends the reader to a site the article does not otherwise name: a link
    whose whole anchor is the button ("Allow", "Start chat", "Update now", "Claim my prize"), or in
    text the button's label with the address after it ("Chat with Anna: https://..."); "" if none.
    Not the article's own site or an authority's, not a site named in another paragraph (the
    publisher's own chat, its "Update" of the story), not in a warning."""
    anchor, label = _widget_button_patterns()
    model = topic_model(doc)
    for link in _links_of(doc).get(block.index, ()):
        words = _WIDGET_DECORATION.sub(" ", link.text or "").strip()
        if words and anchor.fullmatch(words) and not model.own_site(link) and \
                _widget_site_foreign(doc, block, model.domain(link)):
            return words
    if "http" not in lowered and "www." not in lowered:
        return ""
    for match in label.finditer(block.text):
        domain = (_split(match["url"] if "://" in match["url"] else "http://" + match["url"]).hostname or "")
        if _widget_site_foreign(doc, block, domain.removeprefix("www.")) and \
                not _warned(doc, block, match.start("button"), match.end("button"), warning):
            return match["button"]
    return ""


# what stands around an overlay button's words in its anchor: emoji, arrows, a size in parentheses
_WIDGET_DECORATION = re.compile(r"\([^()]{0,20}\)|[^\w\s'’-]+")


def _widget_site_foreign(doc, block, domain: str) -> bool:
    """A widget's address is on a site foreign to the article: a host, no authority's, and not named in
    words in another paragraph (its address there, as in a notification prompt's "shop.example wants
    to:", names no site the article speaks of)."""
    return "." in domain and not is_authority(domain) and len(_squashed_name(domain)) >= 4 \
        and not _named_elsewhere(doc, block, domain, squashed=_squashed_words)


_HOST_WRITTEN = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}\b(?:/\S*)?", re.I)


@per_document
def _squashed_words(doc) -> dict:
    """Block index -> its words without the addresses written in it, lower case, letters and digits only."""
    return {b.index: _SQUASH.sub("", _HOST_WRITTEN.sub(" ", b.text).lower()) for b in doc.blocks}


_WIDGET_BUTTON = (_widget_button, None,
                  "An overlay's button in the text (\"{}\"): a notification prompt, chat, update, human check or prize "
                  "drawn over the article, sending the reader to a site the article does not otherwise name.",
                  "Remove the overlay; it is not part of the article, and hacked pages use such widgets to send readers "
                  "to shops.")
_CLICK_LINE = (_click_line, lambda doc, whole: bool(_click_held(doc)),
               "A click line in the text (\"{}\"): it only tells the reader to click for something sold, the "
               "caption of an affiliate's image or button whose link stood there.",
               "Remove it, or disclose the commercial relationship (see LM104).")
_PLACED_PITCHES = (
    (_drug_sale, ("online", "pharmac"), "A drug sold to the reader in the text (\"{}\"): a pill shop's pitch, where its link "
                 "stood or stands.", "Remove the pitch; an article informs, it does not sell."),
    (_company_pointer, ("you can", "one can"), "The reader is sent to a company's website to choose or buy (\"{}\"): a placed "
                       "advertisement, where the company's link stood or stands.",
     "Remove the pointer, or disclose the commercial relationship (see LM104)."),
    (_site_send, ("site", "store", "shop", "page", "link", "web", "tienda", "magasin", "boutique"),
     "The reader is sent to another company's website or shop (\"{}\"): a placed advertisement, where "
     "its link stood or stands.", "Remove the pointer, or disclose the commercial relationship (see LM104)."),
    (_vendor_anchor, ("source", "shop", "store", "vendor", "supplier"),
     "Keyword anchor in the text (\"{}\"): a product named in lower case next to a vendor word, where "
     "the article writes it in capitals; a shop link's anchor words, where its link stood.",
     "Remove it, or write the sentence the article means."),
    (_link_placeholder, ("[",),
     "Link placeholder in the text (\"{}\"): a slot where a link's anchor or address stood, "
     "left by a spinner or template; the words before it are the anchor's.",
     "Remove the placeholder and the anchor words, or write the sentence the article means."),
    _BUY_CALL,
    _BUY_NOW,
    (_trade_line, lambda doc, whole: bool(_trades_held(doc)),
     "A line of another trade in the text (\"{}\"): a keyphrase of loans, casinos or essays, which "
     "the article does not write about, the anchor of a link that stood or stands there.",
     "Remove it; it advertises something the article is not about."),
    _CLICK_LINE,
    _WIDGET_BUTTON,
    (_glued_rx_keyphrase, lambda doc, whole: bool(_glued_rx_keyphrases(doc)),
     "A pill shop's keyphrase glued into a sentence (\"{}\"): a product the article writes with a capital, "
     "here in lower case with a pill shop's words, the anchor of a link that stood there.",
     "Remove it, or write the sentence the article means."),
    (_retailer_label, lambda doc, whole: bool(_retailers_named(doc)),
     "A buy link's label in the text (\"{}\"): a product and the retailer that sells it, where an affiliate or "
     "shop link stood or stands.", "Remove it, or disclose the commercial relationship (see LM104)."),
    (_buy_word_inside, lambda doc, whole: bool(_buy_capitals_held(doc)),
     "A buy link's anchor inside a sentence (\"{}\"): a shop's buy word with its capital before a product's "
     "name, where no verb can stand, the keyword anchor of a link the saved text lost.",
     "Remove it, or write the sentence the article means."),
    (_demonstrative_business, lambda doc, whole: bool(_demonstratives_held(doc)),
     "The reader is sent to a business named only as \"this\" (\"{}\"): a placed advertisement whose link, "
     "which named the business, the saved text lost.",
     "Remove the pointer, or name the business and disclose the commercial relationship (see LM104)."),
    (_name_send, lambda doc, whole: bool(_name_send_words_held(doc)),
     "The reader is sent to a site by its name (\"{}\"), which the article names nowhere else: a placed "
     "advertisement, where its link stood or stands.", "Remove the pointer, or disclose the commercial relationship "
     "(see LM104)."),
    (_glued_name_call, lambda doc, whole: bool(_glued_name_blocks(doc)),
     "A call to a business by a name glued from its words (\"{}\"), which the article names nowhere else: a link's "
     "anchor left in the sentence when a copy stripped the link.",
     "Remove it, or name the business plainly and disclose the commercial relationship (see LM104)."),
    (_trailing_keyphrase, (),
     "Keyphrase left at the end of a paragraph (\"{}\"): lower-case words after the last full stop, the "
     "anchor of a link that stood there.", "Remove it, or write the sentence the article means."),
    _SPLICED_KEYPHRASE,
    (_shop_address, lambda doc, whole: _address_held(doc),
     "A shop's address in the text (\"{}\"): a site named for what it sells, a trade or the article's own "
     "subject, written into a sentence; a placed advertisement, where its link stood or stands.",
     "Remove the address; an article informs, it does not sell."),
    (_lost_here_link, _HERE_ENDINGS,
     "A call to buy or visit a link that is not there (\"{}\"): \"here\" or \"the official website\" is the "
     "anchor of a link the text lost, a placed advertisement's, where its link stood.", "Remove the call, or write the sentence the article means."),
    (_glued_keyword, lambda doc, whole: any(map(whole.holds, _glued_heads())),
     "Affiliate keyword glued into a sentence (\"{}\"): a product's name and an affiliate's head noun "
     "(review, ingredients, scam) where the sentence's grammar breaks, the anchor of a link that stood there.",
     "Remove it, or write the sentence the article means."),
    (_market_keyphrase, lambda doc, whole: bool(_market_words(doc)[0]),
     "A seller's keyphrase glued into a sentence (\"{}\"): a product and the market it is sold in, written as a "
     "name where the sentence's grammar breaks, the anchor of a link that stood there.",
     "Remove it, or write the sentence the article means."),
    (_search_query, lambda doc, whole: bool(_query_literals(doc)),
     "Search query in the text (\"{}\"): words typed as into a search box (a place or a market in lower case, "
     "\"for sale\", \"near me\", \"buy\" where no verb can stand), a keyword link's anchor, where its link stood.",
     "Remove it, or write the sentence the article means."),
)


@per_document
def _name_send_blocks(doc) -> frozenset[int]:
    """The blocks whose lowercase text holds one of `_name_send_words_held` (`_name_send`'s first test),
    sought once in the article's lowercase text."""
    words = _name_send_words_held(doc)
    return frozenset(block.index for block in blocks_holding(doc, words)) if words else frozenset()


@per_document
def _vendor_anchor_blocks(doc) -> frozenset[int]:
    """The blocks whose lowercase text holds one of `_vendor_anchored_names` (`_vendor_anchor`'s first
    test; the names are lower-case words), sought once in the article's lowercase text."""
    names = tuple(_vendor_anchored_names(doc))
    return frozenset(block.index for block in blocks_holding(doc, names)) if names else frozenset()


@per_document
def _widget_button_blocks(doc) -> frozenset[int]:
    """The blocks `_widget_button` can find a button in (its first tests): those with a link, and those whose
    lowercase text holds "http" or "www." (sought once in the article's lowercase text)."""
    return frozenset(_links_of(doc)).union(block.index for block in blocks_holding(doc, ("http", "www.")))


@per_document
def _address_blocks(doc) -> frozenset[int]:
    """The paragraphs and list items whose lowercase text has a match of `_TLD_HINT` (`_shop_address`'s
    first test), sought once in the article's lowercase text: a match holds no "\n", so each lies in
    one block, and its closing \b reads the "\n" after a block as the block's end."""
    kinds = ("paragraph", "list_item")
    if len(lowered_body(doc)) != len(doc.body_text):  # a letter lowercased to two: the offsets move
        return frozenset(b.index for b in doc.blocks if b.kind in kinds and _TLD_HINT.search(b.lowered))
    body = lowered_body(doc)
    found = texts_found(block_starts(doc), lambda at: match.start() if (match := _TLD_HINT.search(body, at)) else -1)
    return frozenset(index for index in found if doc.blocks[index].kind in kinds)


# The blocks a placed pitch's finder can find anything in, for the finders most blocks fail at once: a
# function of the document, computed once, equal to the finder's own first test of a block (which the
# finder keeps, so that it stands alone); the rule does not call the finder on the other blocks (a call
# on every block of every page cost more than the tests).
_PITCH_BLOCKS = {_site_send: _site_word_blocks, _name_send: _name_send_blocks,
                 _vendor_anchor: _vendor_anchor_blocks, _shop_address: _address_blocks,
                 _glued_name_call: _glued_name_blocks, _widget_button: _widget_button_blocks}


def _introduces_warning(before: str, warning) -> bool:
    """The sentence before is a warning introducing a list of examples ("Signs of a rogue pharmacy:")."""
    return before.rstrip().endswith(":") and warning.search(before) is not None


def _warned(doc, block, start: int, end: int, warning) -> bool:
    """The sentence of block.text[start:end] warns against what it quotes (an urging "don't wait"
    is no warning), or a warning introduces it."""
    if warning.search(_URGING.sub("", _sentence_around(block, start, end))):
        return True
    first = block.sentences[0] if block.sentences else None
    return (first is None or first.end >= start) and _introduces_warning(_last_sentence(doc, block), warning)


def _last_sentence(doc, block) -> str:
    """The last sentence before the block, or before its list ("" at the start)."""
    index = block.index - 1
    while block.kind == "list_item" and index >= 0 and doc.blocks[index].kind == "list_item":
        index -= 1
    sentences = doc.blocks[index].sentences if index >= 0 else []
    return sentences[-1].text if sentences else ""


@functools.lru_cache(maxsize=None)
def _comment_patterns() -> tuple:
    """(a comment's header, a pointer to the writer's own site) of links_calls_to_action.toml."""
    data = load("links_calls_to_action")
    pointers = tuple(p.replace(" ", r"\s+") for p in data["own_site_pointers"])
    return (re.compile("(?:" + "|".join(data["comment_headers"]) + ")", re.I),
            PhraseSearch(phrase_pattern(pointers), pointers))


@per_document
def _comments(doc) -> frozenset:
    """Indexes of the blocks of readers' comments: the two blocks after each comment header."""
    return frozenset(index + after for index in _comment_headers(doc) for after in (1, 2))


_HEADER_LAST_WORDS = ("said", "says", "wrote", "commented", "replied", "anonymous", "guest", "reply")


def _leads_its_block(block) -> bool:
    """A quoting reply's header opens the block, the words it quotes after it on the same line ("Jo wrote: Who do
    you all use?"), as Markdown's "> **Jo wrote:** ..." and a forum's HTML write it (plain text puts it on a line
    of its own). Only "wrote", a forum's quoting word: a news story's "Dr Roe said: ..." opens a quotation."""
    text = block.text
    colon = text.find(":", 0, 61)
    return colon > 0 and text[:colon].rstrip().lower().endswith("wrote") and \
        _comment_patterns()[0].fullmatch(text[:colon + 1].strip()) is not None


@per_document
def _comment_headers(doc) -> frozenset:
    """Indexes of the comment headers ("Anonymous said...", "Jo says:"), the commenter's site's address
    left out ("jo https://jo.example says:")."""
    header = _comment_patterns()[0]
    found = set()
    for block in doc.blocks:
        # every header ends on one of the last words (a quick test before the pattern)
        if not block.text[-20:].rstrip(".…: \t\r\n").lower().endswith(_HEADER_LAST_WORDS):
            if _leads_its_block(block):
                found.add(block.index)
            continue
        text = block.text.strip()
        if "//" in text or "www." in text:
            text = " ".join(word for word in text.split() if "//" not in word and "www." not in word)
        if len(text) <= 60 and header.fullmatch(text):
            found.add(block.index)
    return frozenset(found)


def _keyphrase_hit(block, keyphrase: str) -> Hit:
    return Hit(block, f"Sales keyphrase as a sentence of its own (\"{keyphrase[:60]}\"): the anchor words "
                      "of a pharmacy or shop link, where a link stood or stands.",
               suggestion="Remove it; an article informs, it does not sell.")


def _stray_heading(doc, block) -> bool:
    """A heading with no section under it: the next block is a heading too, or there is none
    (a keyphrase line that plain text reads as a heading)."""
    following = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    return following is None or following.kind == "heading"


@functools.lru_cache(maxsize=None)
def _asked_question():
    """The start of a yes/no question put to be answered (`asked_questions`)."""
    openers = "|".join(load("links_calls_to_action")["asked_questions"])
    return re.compile(rf"(?:{openers})\b", re.I)


def _asked(block, start: int, end: int) -> bool:
    """block.text[start:end] is in a yes/no question the article answers ("Can you buy X online
    without a prescription?"), not a pitch."""
    sentence = _sentence_around(block, start, end).strip()
    return sentence.endswith("?") and _asked_question().match(sentence) is not None


def _sentence_around(block, start: int, end: int) -> str:
    """The sentence (or run of sentences) of the block's text that holds text[start:end]."""
    sentences = block.sentences  # the document model's split: addresses and abbreviations kept whole
    begin = max((s.start for s in sentences if s.start <= start), default=0)
    finish = min((s.end for s in sentences if s.end >= end), default=len(block.text))
    return block.text[begin:finish]


def _addresses(doc, block, after: str, model) -> list[str]:
    """Domains that the text just after a call to action points at: addresses written in it,
    and links whose anchor starts in it."""
    found = []
    for match in _ADDRESS.finditer(after):
        url = match.group()
        if _written_as_a_name(url) and after[:match.start()].strip():
            continue  # "available at retailers such as Walmart.com": companies named, not the call's object
        domain = _split(url if "://" in url else "http://" + url).hostname or ""
        found.append(domain.removeprefix("www."))
    for link in _links_of(doc).get(block.index, ()):
        # a link the publisher marks as paid (rel="sponsored", "nofollow") is qualified: LM103's matter
        if link.text and link.text[:30] in after and not model.own_site(link) and \
                not {"sponsored", "nofollow"} & set(link.rel):
            found.append(model.domain(link))
    return [d for d in found if "." in d and not is_authority(d)]


@per_document
def _links_of(doc) -> dict:
    """Block index -> its links (computed once per document)."""
    by_block = {}
    for link in doc.links:
        if link.block is not None:
            by_block.setdefault(link.block.index, []).append(link)
    return by_block


def _named_elsewhere(doc, block, domain: str, also: tuple = (), squashed=None) -> bool:
    """True when the article names the site in another paragraph ("Exact Sciences" for
    exactsciences.com): the publisher or the subject of the story, not a shop dropped in
    (`also`: more blocks of the link's own, a card's the link spans; `squashed`: the blocks' squashed
    texts to look in, `_squashed_blocks` unless told, `_squashed_words` for names in words only)."""
    name = _squashed_name(domain)
    if len(name) < 4:
        return False
    own = block.index if block is not None else -1  # (a frame alone in a raw HTML block stands in none)
    texts = (squashed or _squashed_blocks)(doc)
    return any(name in text for index, text in texts.items() if index != own and index not in also)


def _squashed_name(domain: str) -> str:
    """The site's name as a squashed text holds it: letters and digits only ("gutter-sweepers" ->
    "guttersweepers", as "Gutter Sweepers" squashes)."""
    return _SQUASH.sub("", registrable(domain).split(".")[0])


@per_document
def _squashed_blocks(doc) -> dict:
    """Block index -> its text in lower case, letters and digits only (computed once per document)."""
    return {b.index: _SQUASH.sub("", b.text.lower()) for b in doc.blocks}


def _site_named(doc, link, domain: str) -> bool:
    """The article names the site in words, in any paragraph, its URL aside ("the Harbour
    Audiology Clinic ... <a href="https://harbouraudiology.online/book">"); another of its addresses written out
    is no naming in words."""
    if _named_elsewhere(doc, link.block, domain, squashed=_squashed_words):
        return True
    # (in the link's own block a hyphenated name is still looked for with its hyphen: there its anchor or its
    # address written without a scheme would name it, the link naming itself)
    name = registrable(domain).split(".")[0]
    return len(name) >= 4 and link.block is not None and \
        name in _SQUASH.sub("", link.block.text.replace(link.url, " ").lower())


def _address_named(doc, link, domain: str) -> bool:
    """The article names in words the site of an address written in its text, in any block, the address
    aside ("the Footcare Guide ... footcare-guide dot example")."""
    name = _SQUASH.sub("", registrable(domain).split(".")[0])
    span = _link_span(link.block, link)
    if len(name) < 4 or span is None:
        return False
    text = link.block.text[:span[0]] + " " + link.block.text[span[1]:]
    return name in _SQUASH.sub("", text.lower()) or \
        any(name in squashed for index, squashed in _squashed_blocks(doc).items() if index != link.block.index)


def _article_literals(doc) -> TextLiterals:
    """The article's literals (_phrases.article_literals, made once per document and shared with the
    other rules): the literals it was asked about are known to every later finder."""
    return article_literals(doc)


def _pitched(doc, block, match, warning) -> bool:
    """A sales phrase found (`match`) that the block says as its own: not in a warning, not asked."""
    return match is not None and not _warned(doc, block, match.start(), match.end(), warning) \
        and not _asked(block, match.start(), match.end())


def _pitch_hit(block, phrase: str, how: str = "") -> Hit:
    return Hit(block, f"Sales call to action in the text (\"{phrase}\"){how}: a pitch, where a shop link stood or stands.",
               suggestion="Remove the pitch; an article informs, it does not sell.")


@rule("LM105", "commercial-call-to-action", category="links", severity="warning",
      options={"extra_phrases": Option([], "more phrases that are a sales call to action on their own")})
def commercial_call_to_action(doc, options):
    """The text pitches a sale: "order now", "buy it online at...", "use code X for 20% off".

    ## What it does
    Reports sentences of the body that are a sales call to action: imperative sales
    phrasing ("order now", "buy ... online today", "visit our store"), coupon codes and
    discounts ("use code SAVE20", "get 20% off"), prescription-free selling ("no
    prescription needed", "ohne Rezept bestellen", "comprar sin receta"), in English
    and other languages; telling the reader "you can now buy <product> online"; sale
    buttons ("Save Now >>", "Claim Offer"); an appeal to buy through the site's referral
    links ("support this site by ordering through our Amazon links"); the spun invitation
    of injected text ("If you liked this post and would like more info regarding
    <keyword>, kindly visit our web-site"); spam keyphrases left where a casino, loan or
    essay link's anchor stood ("online casino real money", "no deposit bonus"); a shop's
    keyphrase left as a sentence of its own ("Tramadol no prescription", "Buy cheap X
    online", "X for sale", "X sin receta"; not a question, a quote, a warning, or a
    generic noun like "Medicines without prescription"); a keyphrase left at the end of a
    paragraph, lower-case words after its last full stop that name what the article keeps
    returning to ("... in preclinical trials. dewormer for cancer"); a reader's comment (after "Name
    said...") that sends readers to "our site" or "my store"; a prescription drug sold to
    the reader in running text ("you can order X online without prescription", "it is safe
    to buy X from licensed online pharmacies", the anchor "buy X online" where a noun should
    be: "the effect of buy X online on"); the reader sent to a named company's website to
    choose or buy a clinic, treatment or product ("you can find the right clinic ... on the
    website of Acme Care", not a public body's: "... of the General Dental Council"); a
    shop link's anchor in lower case ("sarms source", "cbd shop") where the article writes
    the name in capitals ("SARMs", "CBD") and nowhere else in lower case; the reader
    sent to another company's website or shop in an imperative or modal frame ("head over
    to the GreenLeaf website", "besuchen Sie den Shop von Acme"), or to a site whose address
    the saved text lost ("check out this website at and ..."); a lower-case product glued to
    the market it is sold in ("berberine capsules uk", "melatonin online kaufen") or sought
    on sale ("look for kava extract for sale"); the seller's reassured purchase ("you can
    confidently purchase X online", "... online with confidence"); the page's own sale ("check
    out our Black Friday deals", "subscribe and save!"); a link placeholder left in a sentence
    ("<keyword> [web site]"); a pill shop's keyphrase spliced into a heading or sentence
    about something else, a drug in lower case with its market ("Dosing and cheap tramadol uk
    pharmacy Advice"); a seller's keyphrase, a product and its market written as a name where
    the grammar has no room for it, repeated or glued to the next word ("... in a clinic or Abortion
    Pills in Qatar practice", "Diet Pills in UKmeans"; not "Ozempic pills in Canada"); a term of sale in the seller's voice ("every order comes with our 60-day
    money-back guarantee", "now available to buy online!"); a line that only tells the reader to buy the article's own
    product, named in capitals ("Order Zentrol Capsules Today!"); a buy link's label kept as
    text, a name in capitals and a big retailer as a whole sentence, line or what follows an
    arrow ("→ Nordvale Zinc on Amazon", "Check price at iHerb"; not "it can be bought at
    Amazon"); a sentence ending by sending the reader to a site by a name the article writes
    nowhere else ("If you are curious, check out Rubivane."); a search query left in a
    sentence, words with the shape of what a shopper types, not of a sentence: a place in
    lower case after a word of the query ("valerian gummies in dubai", "knee brace shop
    toronto"; not "across the uk"), a nationality in lower case before a trade ("mexican
    pharmacies"), a noun and "near me" ending a clause ("an acupuncture clinic near me."),
    "buy" where no verb can stand ("see buy X online", "the effect of buy X online", "for
    Passionflower buy online its"), a "best ... 2025" list query with no function word in it; a
    shop's address typed in lower case into a paragraph, whose name is a keyword, not an
    organisation's: a trade that sells in it ("kava-dispensary.co.uk", "joint-care-pharmacy.com"),
    on a site the article names nowhere in words, or a home page spelled from the article's
    commonest words pasted at a paragraph's end after a sentence or a label ("... heavy drinkers.
    https://kavaroot.net/", "See the URL turmeric-gold.com"; not "visit www.kava.org", not a
    sentence that points at information); a call to buy or visit whose place is "here", the
    anchor of a link the saved text lost ("available to order here.", "take a look at the
    coach's training app here: it changed ..."; not in a block with a link, not "Read the full
    study here.", not "not sold here"); a line of another trade, a spam trade the article names
    nowhere else with a sales mark or a figure and at most one other word ("$500 loan online.",
    "Szybka pożyczka online 5000 zł."); a product in lower case with a pill shop's tail glued into a
    sentence, where the article writes it with a capital ("consultation apoquel without prescription
    can"); a shop's buy button opening a line, in any language ("Compra agora para ...", "Osta nyt:");
    a line that only tells the reader to click for something sold ("(Click image for hormone testing
    kit)"); a search query's "online no prescription" after a buy verb, whatever the product; and
    a shop's buy word with its capital inside a running sentence, before a product ("drugs like Buy Acme 150 mg");
    an overlay's button drawn into the article, a link's whole anchor or a label before an address
    ("[Block] [Allow] https://...", "Chat with Anna: https://...", "Update now", "Verify", "Claim my prize";
    `widget_buttons`), on a site the article names nowhere else in words;
    a call to a business named only as "this" ("try this reputable eye doctor", "visita esta clínica"); a call to
    buy from, ask, see or thank a business by a name glued from its words, which the article writes nowhere else
    ("buy it at CopperleaSaddlery before ...", "ask AcmeKayakHire about ..."; not a name common in English, an
    authority's, a study's acknowledgement "thanks to AcmeBio for funding", a warning, a question); and
    sentences that send the reader to buy from, or visit, an
    address the article does not otherwise name ("you can find it online at
    www.example-store.com", a sponsor's "go to example.com/health for a month free").
    This is the link spam of plain text, where a shop link stood or still stands.
    Not reported: addresses of authorities, of the article's own site, or of a
    company the article names in another paragraph (a press release's "visit
    www.company.com", "visit the Acme website"; but a medicine's brand site, "the Spravato
    website", is its maker's), or a public body's site ("visit the CDC
    website"), an authority's ("the Mayo Clinic website"), an app store's or a hospital's;
    a source cited, not a place to go ("according to the Acme website"); a yes/no
    question the article answers ("Can you buy X online without a prescription?"); a company
    named as a name is written further on than a call's object ("available at retailers such as
    Walmart.com and Drugstore.com"; "Visit VChoice.com" is a call); a
    country in capitals ("sold in the UK"); sentences that point at a study, a report, information or
    support ("the full study is available at..."); pitches quoted in a warning ("never
    buy medicines online without a prescription"); where a medicine is sold ("you can buy
    it online or at a pharmacy"); an availability statement or a buyer's advice with no
    seller's voice ("kits are available to buy online", "choose a seller that offers a
    money-back guarantee"); a keyphrase in quotes (a spam subject line given as an example); advice on buying medicines in general ("it is safe to buy
    medicines from registered online pharmacies"); and, in HTML, blocks whose sales
    link LM103 reports already. Phrases: `data/links_calls_to_action.toml`.

    ## Why is this bad?
    A sales pitch in a health article turns information into advertising without
    saying so, and prescription-free selling is the mark of illegal online pharmacies
    (FDA BeSafeRx). Injected "buy online" text is how hacked health pages sell pills.

    ## Example
    "Generic sildenafil is sold at www.example-meds.com with no prescription needed."

    ## Use instead
    Remove the pitch. Where readers need to know where a product is sold, say so
    plainly and disclose any commercial relationship (see LM104).

    ## References
    - FTC, 16 CFR Part 255 (2023); "Native Advertising: A Guide for Businesses" (2015).
    - FDA, BeSafeRx: know the signs of a fraudulent online pharmacy.
    - Leontiadis, Moore & Christin, USENIX Security 2011 (illicit online pharmacy spam).
    """
    model = topic_model(doc, options)
    searches = _cta_patterns(tuple(str(p) for p in options.extra_phrases))
    # the phrase lists' literals are sought once in the whole text, then in each block only those
    # it holds (the pointing list's too: every block with a link reads it, most blocks of a web page)
    whole = _article_literals(doc)
    standalone, title_case, invitations, keyphrases, pointing = (search.within(whole) for search in searches[:5])
    reference, warning = searches[5:7]
    offers, seller_voice = searches[7].within(whole), searches[8]
    comments, own_site = _comments(doc), _comment_patterns()[1]
    keyphrase_literals = tuple(literal for literal in _keyphrase_sentences()[0] if whole.holds(literal))
    links_of = _links_of(doc)
    # (finder, message, suggestion, the blocks it can find anything in or None for any block)
    placed_pitches = [(finder, message, suggestion, _PITCH_BLOCKS[finder](doc) if finder in _PITCH_BLOCKS else None)
                      for finder, gate, message, suggestion in _PLACED_PITCHES
                      if (gate(doc, whole) if callable(gate) else not gate or any(map(whole.holds, gate)))]
    lines_held = _lines_held(doc)  # (the words of the commercial lines' lists the article holds)
    sales_links = {link.block.index for link, kind, _ in _commercial_links(doc, model, options)
                   if link.block is not None and (doc.format == "html" or link.html)}
    for block in doc.blocks:
        if block.kind not in ("paragraph", "list_item", "quote", "heading") or block.index in sales_links:
            continue
        text = block.text
        lowered = block.lowered
        notice = _shop_notice(doc, block, lowered)
        if notice:
            yield Hit(block, f"Shop notice in the text (\"{notice[:60]}\"): a banner or purchase link "
                             "that sells the product the article discusses.",
                      suggestion="Remove the shop's banner or buy link; an article informs, it does not sell.")
            continue
        if block.kind == "heading":
            keyphrase = keyphrase_literals and _stray_heading(doc, block) and \
                _keyphrase_sentence(doc, block, lowered, warning, keyphrase_literals)
            if keyphrase:
                yield _keyphrase_hit(block, keyphrase)
            elif called := _buy_call(doc, block, lowered, warning, reference):
                yield Hit(block, _BUY_CALL[2].format(called), suggestion=_BUY_CALL[3])
            elif button := lines_held[0] and _buy_now_line(doc, block, lowered, warning, reference):
                yield Hit(block, _BUY_NOW[2].format(button), suggestion=_BUY_NOW[3])
            elif click := lines_held[2] and _click_line(doc, block, lowered, warning, reference):
                yield Hit(block, _CLICK_LINE[2].format(click), suggestion=_CLICK_LINE[3])
            elif spliced := _spliced_keyphrase(doc, block, lowered, warning, reference):
                yield Hit(block, _SPLICED_KEYPHRASE[2].format(spliced), suggestion=_SPLICED_KEYPHRASE[3])
            elif button := _widget_button(doc, block, lowered, warning, reference):
                yield Hit(block, _WIDGET_BUTTON[2].format(button), suggestion=_WIDGET_BUTTON[3])
            continue
        match = standalone.search(text, lowered) or title_case.search(text) or invitations.search(text, lowered)
        if _pitched(doc, block, match, warning):
            yield _pitch_hit(block, match.group())
            continue
        offer = next((m for m in offers.finditer(text, lowered)
                      if seller_voice.search(_sentence_around(block, m.start(), m.end()).strip())), None)
        if _pitched(doc, block, offer, warning):
            yield _pitch_hit(block, offer.group(), ", in the seller's voice")
            continue
        match = keyphrases.search(text, lowered)
        if match and not _warned(doc, block, match.start(), match.end(), warning):
            yield Hit(block, f"Spam keyphrase in the text (\"{match.group()}\"): the anchor words of a "
                             "casino, loan or essay link, where a link stood or stands.",
                      suggestion="Remove it; it advertises something the article is not about.")
            continue
        match = own_site.search(text, lowered) if block.index in comments else None
        if match:
            yield Hit(block, f"A reader's comment sends readers to its writer's own site (\"{match.group()}\"): "
                             "an advertisement, where a link stood or stands.",
                      suggestion="Remove the comment, or its pitch; moderate comments that advertise.")
            continue
        keyphrase = keyphrase_literals and _keyphrase_sentence(doc, block, lowered, warning, keyphrase_literals)
        if keyphrase:
            yield _keyphrase_hit(block, keyphrase)
            continue
        placed = next(((found, message, suggestion) for finder, message, suggestion, blocks in placed_pitches
                       if (blocks is None or block.index in blocks)
                       and (found := finder(doc, block, lowered, warning, reference))), None)
        if placed:
            found, message, suggestion = placed
            yield Hit(block, message.format(found), suggestion=suggestion)
            continue
        if block.index not in links_of and "http" not in lowered and "www." not in lowered \
                and not _TLD_HINT.search(lowered):
            continue  # nothing to point at: no link, URL or domain name in the block
        for match in pointing.finditer(text, lowered):
            sentence = _sentence_around(block, match.start(), match.end())
            if reference.search(sentence):
                continue
            # the address follows the call to action closely ("find it online at www...")
            after = text[match.end():match.end() + 80]
            domains = [d for d in _addresses(doc, block, after, model) if not _named_elsewhere(doc, block, d)]
            if domains:
                yield Hit(block, f"Sales call to action in the text (\"{match.group()}\" {domains[0]}): "
                                 "it sends readers to a site the article does not otherwise name.",
                          suggestion="Remove the pitch; an article informs, it does not sell.")
                break
