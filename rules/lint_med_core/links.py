"""Link rules: unrelated (spam) links, hidden links, commercial links and their disclosure."""

from __future__ import annotations

import bisect
import functools
import re
from urllib.parse import parse_qsl, unquote, urlsplit

from lint_med import Hit, Option, rule

from ._data import literal, load, phrase_pattern
from ._topic import generic_words, normalize, term_key, tokens, topic_model

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
_LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
                   "it": "Italian", "nl": "Dutch", "id": "Indonesian", "sl": "Slovenian"}
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
def _spam_terms(extra: tuple) -> tuple[frozenset, tuple]:
    """(term keys, words long enough to find inside a domain label like "bestcasino")."""
    words = tuple(load("links_spam")["terms"]) + extra
    keys = frozenset(k for k in (term_key(w) for w in words) if k)
    inner = tuple(sorted({w for w in (x.lower() for x in words) if " " not in w and len(w) >= 5}))
    return keys, inner


def _affiliate():
    return load("links_affiliate")


# --- what a link is about -----------------------------------------------------------


def _own_site(link, model) -> bool:
    return model.own_site(link)


def _url_words(link, domain: str) -> tuple[list[str], list[str]]:
    """(domain words, path words) of a link, normalised, without URL filler."""
    parts = _split(link.url if "://" in link.url else "http://" + link.url)
    labels = domain.split(".")[:-1]  # the top-level domain says nothing of the subject
    domain_words = [w for label in labels for w in _SPLIT_DOMAIN.split(label) if w and w != "www"]
    path = unquote(parts.path + " " + " ".join(v for _, v in parse_qsl(parts.query) if not v.startswith("http")))
    path_words = [w for w in tokens(path) if w not in _URL_FILLER and not w.isdigit() and len(w) > 1]
    return [w.lower() for w in domain_words], path_words


def _spam_found(sequences: list[list[str]], domain_words: list[str], spam_keys, inner) -> list[str]:
    found = []
    for words in sequences:
        for n in (4, 3, 2, 1):
            for i in range(len(words) - n + 1):
                key = " ".join(words[i : i + n])
                if key in spam_keys and not any(key in other for other in found):
                    found.append(key)
    # "bestcasino", "cheapviagra": a spam word fused at either end of a domain label
    # (not inside it: "specialists" holds "cialis").
    for label in domain_words:
        if not (label.startswith(inner) or label.endswith(inner)):
            continue  # one C-speed test for all the words, as nearly every label holds none
        for word in inner:
            if label.startswith(word) or label.endswith(word):
                if word not in found and term_key(word) not in found:
                    found.append(word)
    return found


def _mid_sentence(link) -> bool:
    """A bare URL with the sentence going on after it ("affects https://... the liver")."""
    block = link.block
    if not link.bare or block is None:
        return False
    # Offsets rise through a block: a binary search, not list.index (a scan of the block per link).
    end = bisect.bisect_left(block.offsets, link.end - 1)
    if end == len(block.offsets) or block.offsets[end] != link.end - 1:
        return False
    end += 1
    after = block.text[end:].lstrip()
    return bool(after) and (after[0].islower() or after[0].isdigit())


def _cctld_mismatch(domain: str, lang: str) -> str:
    tld = domain.rsplit(".", 1)[-1]
    if len(tld) != 2 or tld in _GENERIC_CCTLDS:
        return ""
    allowed = _CCTLDS_OF_LANGUAGE.get(lang, set())
    return "" if tld in allowed else tld


def _topic_overlap(model, words: list[str]) -> set:
    """Words and vocabulary terms of a link that are on the article's topic."""
    found = set()
    keys = set(words) | {k for k, _ in model.lexicon.mentions(words)}
    for key in keys:
        if key in model.core or key in model.related:
            found.add(key)
        elif len(key) >= 5 and model.section_df.get(key, 0) >= 2:
            found.add(key)  # a word the article keeps returning to ("free" is too short to tell)
    return found


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
    to). A link is reported when its address or anchor names a link-spam subject
    (casino, cocaine, viagra, payday loans, essay writing...) that is not the article's
    own subject, or when a bare URL dropped into the middle of a sentence, on a country
    domain foreign to the article's language, points at a page about nothing the
    article discusses.

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
    """
    model = topic_model(doc, options)
    spam_keys, inner = _spam_terms(tuple(str(t).lower() for t in options.extra_spam_terms))
    lang = (doc.meta.get("lang") or "en").lower()[:2]
    generic = generic_words()
    allow = tuple(options.allow_domains)
    for link in doc.links:
        if _own_site(link, model):
            continue
        domain = model.domain(link)
        if is_authority(domain, allow):
            continue
        # A link is reported only when it is spam or a bare URL mid-sentence on a foreign
        # country domain (on a topic the vocabulary does not know: spam that is one of
        # those). These tests come before _topic_overlap, which reads the words the
        # article keeps returning to and so needs all of its text analysed.
        mid_sentence = _mid_sentence(link)
        foreign_tld = _cctld_mismatch(domain, lang)
        if not model.groups and not (mid_sentence or foreign_tld):
            continue
        domain_words, path_words = _url_words(link, domain)
        anchor_words = tokens(link.text)
        spam = _spam_found([[normalize(w) for w in domain_words], path_words, anchor_words], domain_words,
                           spam_keys, inner)
        if not spam and not (mid_sentence and foreign_tld):
            continue
        topical = _topic_overlap(model, path_words + anchor_words + [normalize(w) for w in domain_words])
        if topical:
            continue
        subject_words = [w for w in path_words + anchor_words if w not in generic and len(w) > 2]
        about = " ".join(path_words[:10])
        if not model.groups and not (spam and (mid_sentence or foreign_tld)):
            continue  # a topic the vocabulary does not know: only the plainest spam is certain
        if spam:
            reasons = [f"its {'address' if not link.text else 'address or anchor'} is about {', '.join(spam[:3])}"]
        elif mid_sentence and foreign_tld and len(subject_words) >= 2:
            reasons = [f"its address is about \"{about}\""]
        else:
            continue
        if mid_sentence:
            reasons.append("it is a bare URL dropped in the middle of a sentence")
        if foreign_tld:
            reasons.append(f"it is on a .{foreign_tld} domain, in an article in {_LANGUAGE_NAMES.get(lang, lang)}")
        topic = f" ({model.label})" if model.label else ""
        yield Hit(link, f"Link to {domain} has nothing to do with the article's topic{topic}: "
                        + "; ".join(reasons) + ".",
                  suggestion="Remove the link; cite a source on the article's subject instead.")


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
    extra = tuple(str(d).lower() for d in getattr(options, "extra_affiliate_domains", ()))
    cache = doc.__dict__.setdefault("_lint_med_commercial_links", {})
    if extra not in cache:
        found = []
        for link in doc.links:
            if _own_site(link, model):
                continue
            domain = model.domain(link)
            if is_authority(domain):
                continue
            kind, evidence = _commercial(link, domain, extra)
            if kind:
                found.append((link, kind, evidence))
        cache[extra] = found
    return cache[extra]


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
