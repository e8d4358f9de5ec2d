"""Built-in input formats: HTML, Markdown and plain text.

Each parser module is imported only when a file of its format is linted, so
linting Markdown never loads beautifulsoup4.
"""

from __future__ import annotations

import bisect
import importlib
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Callable, Iterator

from ..document import ABSOLUTE_ADDRESS as _ABSOLUTE, Block, Directive, Document, Link, _browser_schemes, opened_address, url_host
from ..hookspecs import hookimpl
# Whether CSS hides an element: its own module (inline styles, a page's <style> rules, colours).
from .styles import hidden_by_attributes  # noqa: F401  (the parsers import it from here)


@dataclass(frozen=True)
class InputFormat:
    """An input format: how to recognise a file and parse it into a Document."""

    name: str
    extensions: tuple[str, ...]
    parse: Callable[[str, str, dict], Document]
    sniff: Callable[[str], bool] | None = None
    priority: int = 0  # higher sniffs first


def _lazy(module: str) -> Callable[[str, str, dict], Document]:
    def parse(source: str, path: str, options: dict) -> Document:
        return importlib.import_module(f"{__name__}.{module}").parse(source, path, options)

    return parse


def _sniff_html(source: str) -> bool:
    head = source[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(html|head|body|article|div|p)[\s>]", head))


def _sniff_markdown(source: str) -> bool:
    return bool(re.search(r"^(#{1,6} |---\s*$|\+\+\+\s*$|\* |- |\d+\. )|\[[^\]]+\]\([^)]+\)",
                          source[:5000], re.M))


@hookimpl
def lint_med_register_parsers(register):
    register(InputFormat("html", (".html", ".htm", ".xhtml"), _lazy("html"), _sniff_html, priority=2))
    register(InputFormat("markdown", (".md", ".markdown", ".mdown", ".mkd"), _lazy("markdown"),
                         _sniff_markdown, priority=1))
    register(InputFormat("text", (".txt", ".text"), _lazy("text"), lambda source: True))


# --- helpers shared by the parsers -------------------------------------------

_DIRECTIVE = re.compile(
    r"<!--\s*lint-med:\s*(?P<action>[a-z-]+)(?P<codes>[^>]*?)\s*-->"
    r"|(?:^|(?<=\r))[ \t]*lint-med:[ \t]*(?P<text_action>[a-z-]+)(?P<text_codes>[^\r\n]*)(?=\r|\n|\Z)",
    re.M,
)


def find_directives(source: str, plain_text: bool, in_comments: bool | None = None) -> list[Directive]:
    """Find ``lint-med:`` suppression directives (HTML comments, or own lines in text).

    Plainly: every match of _DIRECTIVE in the source. ``in_comments``: whether a comment of the page
    holds "lint-med:", when the parser knows it (the HTML parser meets every comment as it indexes the
    tree); False, the common case, spares the search of the page: about 2 ns a character, 0.4 ms on
    an average page of the readability corpus, 4% of its parse (a page with non-ASCII text is stored
    two or four bytes a character, and "lint-med:" is made of letters and signs common in a page).
    """
    directives = []
    if in_comments is False or "lint-med:" not in source:  # the common case: no directive
        return directives
    for match in _DIRECTIVE.finditer(source):
        if match.group("action"):
            action, codes = match.group("action"), match.group("codes")
        elif plain_text:
            action, codes = match.group("text_action"), match.group("text_codes")
        else:
            continue
        names = tuple(c for c in re.split(r"[\s,]+", codes.strip()) if c)
        directives.append(Directive(action, names, match.start(), match.end()))
    return directives


# HTML elements that start a new block of text, and the kind of block some of them make.
BLOCK_KINDS = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "p": "paragraph", "li": "list_item", "dd": "list_item", "dt": "list_item", "blockquote": "quote",
    "td": "table_cell", "th": "table_cell", "figcaption": "caption", "caption": "caption",
}
BLOCK_TAGS = frozenset(BLOCK_KINDS) | frozenset((
    "div", "section", "article", "main", "header", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot",
    "tr", "figure", "pre", "address", "details", "summary", "hr", "center", "body", "html",
))
# Elements of an SVG image that hold text the image does not show.
SVG_NOT_SHOWN = ("title", "desc", "metadata", "style", "script")
# Elements whose content browsers do not show (scripts run and frames are shown), though a page holds it: the HTML
# standard's rendering section displays none of a <datalist> (its options are offered by an input, as values) nor
# of an <rp> in a browser that draws ruby (every current one); MathML draws the first child of a <semantics> alone, never
# its <annotation> or <annotation-xml> (the formula's source, or the formula in another markup).
NEVER_SHOWN = frozenset(("noscript", "noframes", "script", "style", "template", "datalist", "rp", "annotation",
                         "annotation-xml"))


# The types of a script that the browser runs or reads as data (JavaScript, JSON, speculation rules).
_PROGRAM_TYPE = re.compile(r"java|ecma|jscript|livescript|json|speculation", re.I)


def markup_script(script_type: str | None) -> bool:
    """A script of this type is a data block that holds markup: a type that names no program nor data (not
    JavaScript, a module, an import map or JSON: "text/x-template", "text/html"). The browser neither runs nor
    shows it; the parsers read the markup in it as content never shown (its links kept, as hidden links)."""
    kind = (script_type or "").strip().lower()
    return kind not in ("", "module", "importmap") and not _PROGRAM_TYPE.search(kind)


def not_shown(tag: str, inside: list[str]) -> bool:
    """Whether a browser leaves the content of element ``tag`` (within the elements ``inside``) unshown:
    <noscript>, <noframes>, a script, style or template, an SVG image's <title> or <desc>. Its text is
    not read; its links are kept, as hidden links (spam hides there). The HTML parser's walk reads so,
    and the Markdown parser so reads the tags written inside a paragraph."""
    return tag in NEVER_SHOWN or tag in SVG_NOT_SHOWN and "svg" in inside


# A link run by a script: the element's onclick handler, or a "javascript:" href, sends the reader to an
# address written in it as a string literal ('https://...'), or as the base64 of one (atob('aHR0c...'), also
# of a data-* attribute the script reads: atob(this.dataset.go)).
_SCRIPT_STRING = re.compile(r"""(['"`])(.{4,2000}?)\1""", re.S)


def script_address(attributes: dict) -> str | None:
    """The address an element's script takes the reader to, or None (``attributes``: the element's, by
    name). Read only when its href goes nowhere ("#", none, or a "javascript:" URL) and it has an onclick
    handler or such a URL: the first string literal of the script that is an absolute address (http(s) or
    "//"), or else the first that decodes from base64 to one when the script decodes base64 (atob): a
    literal of the script or a data-* attribute of the element (the script may read it from there)."""
    href = str(attributes.get("href") or "").strip()
    script = str(attributes.get("onclick") or attributes.get("on") or "")
    if href.lower().startswith("javascript:"):
        script = href + " " + script
    elif href not in ("", "#"):
        return None
    literals = [match.group(2).strip() for match in _SCRIPT_STRING.finditer(script)]
    for literal in literals:
        if _ABSOLUTE.match(literal):
            return literal
    if "atob" not in script:
        return None
    import base64
    import binascii

    data = [str(value) for name, value in attributes.items() if name.startswith("data-") and value]
    for literal in literals + data:
        try:
            decoded = base64.b64decode(literal.strip(), validate=True).decode("utf-8").strip()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if _ABSOLUTE.match(decoded):
            return decoded
    return None


def followed_address(tag: str, attributes) -> str | None:
    """Where an element takes the reader, if it is a link: an <a>'s or <area>'s href, or the address its
    script goes to when the href goes nowhere (`script_address`: onclick, an AMP page's action, on="tap:AMP.navigateTo(
    url='...')", "javascript:"), also on an
    element that is no <a> (a <span> or <button> with an onclick handler). ``attributes``: the element's,
    by name (a dict, or an lxml element's attribute map). One definition for both parsers: HTML, and raw
    HTML in Markdown."""
    href = attributes.get("href") if tag in ("a", "area") else None
    if attributes.get("onclick") is None and attributes.get("on") is None \
            and not (href and href.lstrip()[:11].lower() == "javascript:"):
        return href.strip() if href else None
    return script_address(dict(attributes.items())) or (href.strip() if href else None)


def overrides(tag: str, get) -> bool:
    """The element shows its text right to left, backwards (a right-to-left override): a <bdo dir="rtl">, or an
    inline style "unicode-bidi: bidi-override; direction: rtl". ``get``: its attributes' look-up."""
    if tag == "bdo":
        return str(get("dir") or "").strip().lower() == "rtl"
    style = "".join(str(get("style") or "").lower().split())
    return "unicode-bidi:bidi-override" in style and "direction:rtl" in style


def no_size(value: str | None) -> bool:
    """A width or height attribute of one pixel or none ("0", "1", "0px"): an image so sized shows
    nothing a reader can see (a spacer GIF, an SVG of no size)."""
    return value is not None and value.strip().lower().removesuffix("px") in ("0", "1", "0.0")


# An address written out in prose. With a scheme or "www." ("https://...", "www.shop.com"); or without
# one, a host on a known top-level domain (addresses.toml), maybe after "//", maybe with a path or query
# ("//shop.example/buy", "pharmacy-name.shop/offer?id=7", "аптека.рф/купить", "xn--80a.xn--p1ai"). Not
# inside a longer word, an e-mail address or a path ("@", "/", "." before it), nor after "](" (Markdown
# link syntax in a text file); in parentheses it is a URL of plain text. A scheme or "www." glued to the
# letters before it is an address all the same: scraped text that lost the space before a link ("find us
# athttps://shop.example", "onwww.shop.example"); a host without either is not read inside a word.
_BARE_URL = re.compile(
    r"(?<![\d_@/\"'=.:-])(?<!\]\()(?:(?:https?://|www\.)[^\s<>\"'()]+[^\s<>\"'().,;:!?]"
    r"|(?<![^\W\d_])(?![^\W\d_]+www\.)(?P<slashes>//)?(?P<host>(?:[^\W_](?:[\w-]*[^\W_])?\.)+(?P<tld>xn--[a-z0-9-]+|[^\W\d_]{2,}))"
    r"(?![\w@-]|\.[^\W_])(?P<path>[/?#](?:[^\s<>\"'()]*[^\s<>\"'().,;:!?])?)?)",
    re.I)


@cache
def _address_data() -> dict:
    """addresses.toml, beside this file."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib
    return tomllib.loads((Path(__file__).parent / "addresses.toml").read_text(encoding="utf-8"))


@cache
def _top_level_domains() -> tuple[frozenset[str], frozenset[str]]:
    """(the names of the root zone, lowercase, punycode ones also decoded ("рф"), with the names
    reserved for examples; the ones also file extensions or units, not taken as such)."""
    here = Path(__file__).parent
    data = _address_data()
    root_zone = [line.strip().lower() for line in
                 (here / "tlds-alpha-by-domain.txt").read_text(encoding="ascii").splitlines()
                 if line.strip() and not line.startswith("#")]
    decoded = [name.encode("ascii").decode("idna") for name in root_zone if name.startswith("xn--")]
    return frozenset((*root_zone, *decoded, *data["reserved"])), frozenset(data["file_extensions"])


def is_top_level_domain(tld: str) -> bool:
    """A name of the root zone (or one reserved for examples) that is not also a file extension."""
    names, file_extensions = _top_level_domains()
    tld = tld.lower()
    return tld in names and tld not in file_extensions


def _on_top_level_domain(match: re.Match) -> bool:
    """The host's last label is a top-level domain (not one also a file extension; any punycode one),
    and the name before it holds a letter ("5.mg" is none)."""
    tld = match.group("tld")
    if not (is_top_level_domain(tld) or tld.lower().startswith("xn--")):
        return False
    return any(char.isalpha() for char in match.group("host").rsplit(".", 2)[-2])


def _is_address(match: re.Match) -> bool:
    """A host without a scheme is an address when its top-level domain is one (the root zone's
    list, or punycode) and the text says so: "//" before it, a path or query after it, or a name
    in another script or in punycode. A bare ASCII name ("WebMD.com says", "see nhs.uk") is a site
    named in prose (`site_names`), not a link; its name must hold a letter ("5.mg")."""
    host = match.group("host")
    if host is None:  # "https://..." or "www."
        return True
    if not _on_top_level_domain(match):
        return False
    return bool(match.group("slashes") or match.group("path") or not host.isascii() or "xn--" in host.lower())


# What an address shows that prose seldom does, so that most blocks skip _BARE_URL (whose host branch
# is tried at every word): a scheme or "www." (in any case, as the pattern reads it: "WWW."); "//" before a host; a top-level domain followed by a
# path or query ("shop.example/buy"); punycode; a host with a letter outside ASCII ("аптека.рф",
# "薬局.jp"). Every address _is_address accepts shows one of them.
_ADDRESS_SIGN = re.compile(r"[wW]{3}\.|//[^\W_]|\.[^\W\d_]{2,}[/?#]|xn--|[^\x00-\x7f][\w-]*\.[^\W\d_]|\.[^\x00-\x7f]")
# _ADDRESS_SIGN written to start with the set of its alternatives' first characters, each alternative
# going on after the one it starts with (told by a look-behind): the regex engine then skips in C to
# each of those characters, where it tried all six alternatives at every character (twice as slow).
_ADDRESS_SIGN_FAST = re.compile(r"[wW/.x\u0080-\U0010ffff](?:(?<=[wW])[wW]{2}\.|(?<=/)/[^\W_]|(?<=\.)[^\W\d_]{2,}[/?#]"
                                r"|(?<=x)n--|(?<=[^\x00-\x7f])[\w-]*\.[^\W\d_]|(?<=\.)[^\x00-\x7f])")


def _may_hold_address(text: str) -> bool:
    """A cheap test before the pattern: a block with no sign of an address holds none. Plainly
    ``_ADDRESS_SIGN.search(text) is not None``, sought as _ADDRESS_SIGN_FAST."""
    return "www." in text or _ADDRESS_SIGN_FAST.search(text) is not None


@cache
def _browser_address() -> re.Pattern:
    """An address in one of those schemes written out in prose (not inside a longer word or another address)."""
    schemes = "|".join(re.escape(scheme) for scheme in sorted(_browser_schemes(), key=len, reverse=True))
    return re.compile(rf"(?<![\w@/.:-])(?:{schemes}):[^\s<>\"'()]+[^\s<>\"'().,;:!?]", re.I)


_HOST_OF_URL = re.compile(r"(?:https?://)?([^/?#]+)$", re.I)


def _glued_end(url: str) -> int:
    """Where an address with a scheme or "www." ends when the word after it was glued to its host ("find us
    at https://shop.examplefrom today", "shop.co.ukand"): its last label is no top-level domain, but opens on
    one followed by letters only; len(url) when it is not so glued (or has a path, whose end no name tells)."""
    host = _HOST_OF_URL.match(url)
    if host is None or "." not in host.group(1):
        return len(url)
    label = host.group(1).rsplit(".", 1)[1]
    if is_top_level_domain(label) or not label.isalpha():
        return len(url)
    cut = next((i for i in range(len(label) - 2, 1, -1) if is_top_level_domain(label[:i])), None)
    return len(url) - len(label) + cut if cut else len(url)


def addresses_in(text: str) -> Iterator[tuple[int, int, str]]:
    """The addresses written out in a text: (start, end, absolute URL) of each; an address that opens a page in
    another browser than an app's own as it is written (`opened_address` reads it)."""
    if not _may_hold_address(text):
        return
    opening = [match.span() for match in _browser_address().finditer(text)] if ":" in text else []
    passed = 0  # (the end of the last of them yielded: an address inside one is part of it)
    for match in _BARE_URL.finditer(text):
        while opening and opening[0][0] <= match.start():
            start, passed = opening.pop(0)
            yield start, passed, text[start:passed]
        if match.start() < passed:
            continue
        if _is_address(match):
            url = match.group()
            if match.group("host") is None:  # (a scheme's or "www."'s: the next word may be glued to it)
                url = url[:_glued_end(url)]
            end = match.start() + len(url)
            url = url if "://" in url else "http:" + url if url.startswith("//") else "http://" + url
            yield match.start(), end, url
    for start, end in opening:
        yield start, end, text[start:end]


def bare_links(blocks: list[Block], linked_spans: set[tuple[int, int]] = frozenset()) -> list[Link]:
    """URLs written out in prose (not inside a link already)."""
    links = []
    for block in blocks:
        for at, until, url in addresses_in(block.text):
            start, end = block.source_span(at, until)
            if any(s <= start < e for s, e in linked_spans):
                continue
            if _CALLED.search(block.text, max(0, at - 40), at):
                # an address a program's call is given ("include(https://...)", a leaked PHP warning's), code
                # written into the text: carried as pasted markup's addresses are, not a bracket of the sentence
                links.append(Link(url, "", start, end, hidden=True, block=block, element="code", carrier="code"))
                continue
            links.append(Link(url, "", start, end, bare=True, block=block))
    return links


# A function's name and the bracket of its call, right before an address ("file_get_contents(", "url(").
_CALLED = re.compile(r"(?<![\w.-])[A-Za-z_]\w*\($")


# --- links in code to paste -----------------------------------------------------------------------------------------
# Markup shown as text -- in a code box (a <textarea>, a <pre> or <code>, a fenced or indented code block, a code
# span) or written into plain text -- is code the page gives readers to paste into their own pages (an "embed this
# infographic" box), or data leaked into the page (a feed's item, a sitemap's entry): each address its markup would
# carry is carried by every page that pastes or reads it. One definition for the three formats, the markup read as
# the parsers read a page's: each written-out tag gives the addresses its element would (its link's href,
# `followed_address`; its own address, `element_addresses`: an Atom <link href>; those its attributes carry,
# `carried_addresses`), and a written-out element whose whole text is an address gives it (an RSS <link>https://...
# </link>, a sitemap's <loc>): each a carried link (carrier "code"). Not a file it draws (an image's src, a feed's
# enclosure.mp3), nor a namespace (xmlns), nor a relative address.
_WRITTEN_TAG = re.compile(r"<([A-Za-z][\w:.-]*)(\s[^<>]*)?>")
_WRITTEN_ATTRIBUTE = re.compile(r"""([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`]+))""")
_WRITTEN_ADDRESS = re.compile(r"\s*((?:https?:)?//[^\W_][^\s<>\"']*)\s*</([A-Za-z][\w:.-]*)\s*>")


def _may_hold_markup(code: str) -> bool:
    """What markup holding an address shows: a tag's "<" and an address's "//" (literal tests: nearly every text
    has neither)."""
    return "<" in code and "//" in code


# Markup pasted as a mail's raw source in quoted-printable (RFC 2045, 6.7): every "=" written "=3D", a byte not
# ASCII "=" and its two hex digits, lines broken by an "=" at their end (a soft break, an address split by it);
# its text read so, after a line break made a space (a block's text), is read decoded.
_QUOTED_PRINTABLE = re.compile(r"=3D", re.I)
_QUOTED = re.compile(r"=(?:([0-9A-Fa-f]{2})|[ \t]*\r?\n|[ \t]+(?=\S))")


def _unquoted(code: str) -> tuple[str, list[int]]:
    """Quoted-printable text decoded, and for each of its characters where it is written in ``code``."""
    pieces, where, position = [], [], 0
    for match in _QUOTED.finditer(code):
        pieces.append(code[position:match.start()])
        where.extend(range(position, match.start()))
        position = match.end()
        if match.group(1):
            pieces.append(chr(int(match.group(1), 16)))  # (a byte of a character not ASCII: kept as one character)
            where.append(match.start())
    pieces.append(code[position:])
    where.extend(range(position, len(code)))
    return "".join(pieces), where


def pasted_addresses(code: str) -> list[tuple[int, int, str]]:
    """(start, end, absolute address) of each address that markup written out in a text carries (see above),
    once each; markup in quoted-printable is read decoded."""
    if "=" in code and _QUOTED_PRINTABLE.search(code) and "<" in code:
        decoded, where = _unquoted(code)
        return [(where[start], where[end - 1] + 1, url) for start, end, url in _written_addresses(decoded)]
    return _written_addresses(code)


def _written_addresses(code: str) -> list[tuple[int, int, str]]:
    if not _may_hold_markup(code):
        return []
    resource_path = _resources()[2]
    found, seen = [], set()
    for tag in _WRITTEN_TAG.finditer(code):
        name = tag.group(1).lower()
        attributes = {}
        for attribute in _WRITTEN_ATTRIBUTE.finditer(tag.group(2) or ""):
            value = next(v for v in attribute.group(2, 3, 4) if v is not None)
            attributes.setdefault(attribute.group(1).lower(), value)
        urls = []
        if attributes:
            followed = followed_address(name, attributes)
            urls += [followed] if followed and _ABSOLUTE.match(followed) else []
            urls += element_addresses(name, attributes.get)
            own = ADDRESS_ATTRIBUTES.get(name, "href" if name in ("a", "area") else "")
            urls += [url for _, url in carried_addresses(name, attributes.items(), skip=(own,))]
        content = _WRITTEN_ADDRESS.match(code, tag.end())
        if content and content.group(2).lower() == name and not resource_path.search(content.group(1)):
            urls.append(content.group(1))
        for written in urls:
            url = "http:" + written if written.startswith("//") else written
            if url in seen:
                continue
            seen.add(url)
            at = code.find(written, tag.start())  # (where it is written; else the tag, an address it decodes)
            found.append((tag.start(), tag.end(), url) if at == -1 else (at, at + len(written), url))
    return found


# The generated content of a style sheet's rules ("content: 'Visit shop.example'"): text the page shows.
_GENERATED = re.compile(r"\bcontent\s*:\s*([^;}]*)", re.I)


def styled_addresses(sheet: str) -> list[str]:
    """The absolute addresses a style sheet writes into the page as generated content (`_GENERATED`: a rule's
    content, shown before or after an element, where no reader can follow it); not a file it draws (url())."""
    if "content" not in sheet:  # (a cheap test: most style sheets generate no text)
        return []
    return [url for match in _GENERATED.finditer(sheet) for _, _, url in addresses_in(match.group(1))
            if "url(" not in match.group(1)[:5]]


# A contact card (vCard, RFC 6350) or a calendar entry (iCalendar, RFC 5545) pasted as text: its URL property, written
# as the format writes it (upper case, maybe a group and parameters, the colon right before the value:
# "URL:https://...", "item1.URL;TYPE=work:shop.example"), names the site the card is for.
_CARD_URL = re.compile(r"(?<!\S)(?:[\w-]+\.)?URL(?:;[^\s:]*)?:(\S+)")


_DATA_URL = re.compile(r"(?<![\w\"'=])data:[\w/+.-]*(?:;[\w=.-]+)*,[^\s)\]\"'<>]+", re.I)


def card_addresses(text: str) -> list[tuple[int, int, str]]:
    """(start, end, absolute address) of each contact card's URL written in a text (`_CARD_URL`)."""
    if "URL" not in text:  # (a cheap test: nearly no text holds one)
        return []
    return [(match.start(1), match.end(1), found[0]) for match in _CARD_URL.finditer(text)
            if (found := _attribute_addresses(match.group(1), False))]


_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def _shown(written: str) -> tuple[str, list[int]]:
    """A stretch of source as it shows, its character references decoded (an HTML page's <pre> writes the markup
    it shows with "&lt;"), and for each character where it is written in the stretch."""
    if "&" not in written:
        return written, range(len(written))
    from html import unescape

    pieces, where, position = [], [], 0
    for match in _ENTITY.finditer(written):
        pieces.append(written[position:match.start()])
        where.extend(range(position, match.start()))
        shown = unescape(match.group())
        pieces.append(shown)
        where.extend([match.start()] * len(shown))
        position = match.end()
    pieces.append(written[position:])
    where.extend(range(position, len(written)))
    return "".join(pieces), where


def pasted_links(blocks: list[Block], source: str = "") -> list[Link]:
    """The links written as markup in the blocks' text (`pasted_addresses`) and the URL of a contact card written
    in them (`_CARD_URL`, carrier "card"): carried links, with no words. Markup in quoted-printable is read where
    the ``source`` writes it (`_shown`), line ends and all: a soft line break ("=" at a line's end) is no space, and one
    before a line that opens with a space ("<a=" then " href=3D...") keeps that space, which a block's text,
    its lines joined by one space, cannot tell apart."""
    links = []
    for block in blocks:
        text = block.text
        for at, until, url in card_addresses(text):
            start, end = block.source_span(at, until)
            links.append(Link(url, "", start, end, hidden=True, block=block, element="code", carrier="card"))
        if "data:" in text:  # a data: URL written out (a Markdown link to one, which renderers leave as text)
            for match in _DATA_URL.finditer(text):
                start, end = block.source_span(match.start(), match.end())
                links.extend(Link(url, "", start, end, hidden=True, block=block, element="code", carrier=carrier)
                             for carrier, url in message_addresses(match.group()))
        if "<" not in text:  # (the first test of `pasted_addresses`, spared a call)
            continue
        if source and "=" in text and _QUOTED_PRINTABLE.search(text):
            at, until = block.source_span()
            written, where = _shown(source[at:until])
            if "<" in written and _QUOTED_PRINTABLE.search(written):
                links.extend(Link(url, "", at + where[start], at + where[end - 1] + 1, hidden=True, block=block,
                                  element="code", carrier="code") for start, end, url in pasted_addresses(written))
                continue
        for at, until, url in pasted_addresses(text):
            start, end = block.source_span(at, until)
            links.append(Link(url, "", start, end, hidden=True, block=block, element="code", carrier="code"))
    return links


# --- links in another markup's syntax --------------------------------------------------------------------------------
# A link written in the link syntax of a markup the page does not render (a forum's, a wiki's, a chat's, a
# documentation format's) is still a link: the reader sees its address and its words side by side, and a page that
# renders that markup (or a reader who pastes it) follows it. One definition for the three formats: an absolute
# address and words bound together by a lightweight markup's link syntax are a link whose anchor is those words.
# The syntaxes (the address A, the words W): BBCode "[url=A]W[/url]", "[url]A[/url]", "[link=A]W[/link]"; MediaWiki
# "[A W]"; DokuWiki/Creole "[[A|W]]"; Org mode "[[A][W]]"; Jira/Confluence "[W|A]"; Slack "<A|W>"; reStructuredText
# "`W <A>`_"; AsciiDoc "A[W]", "link:A[W]"; Textile "\"W\":A"; LaTeX "\\href{A}{W}", "\\url{A}" (in prose or a
# formula MathJax or KaTeX renders: both render \\href as a link). A Markdown link is the Markdown parser's own.
_A = r"""(?:https?://|//)[^\s\[\]|<>"'`]+"""
_TEX_A = r"(?:https?://|//)[^\s{}]+"  # (braces close a LaTeX argument; "\\#", "\\%" are escapes, undone)
_MARKUP_LINK = re.compile(
    rf"""\[(?P<bb>url|link)=["']?(?P<a1>{_A})["']?\](?P<w1>.*?)\[/(?P=bb)\]"""
    rf"|\[(?P<bb2>url|link)\](?P<a2>{_A})\[/(?P=bb2)\]"
    rf"|\[\[(?P<a3>{_A})(?:\||\]\[)(?P<w3>[^\[\]|]+)\]\]"
    rf"|\[(?P<a4>{_A})\s+(?P<w4>[^\[\]|]+)\]"
    rf"|\[(?P<w5>[^\[\]|]+)\|(?P<a5>{_A})\]"
    rf"|<(?P<a6>{_A})\|(?P<w6>[^<>|]+)>"
    rf"|`(?P<w7>[^`<]+?)\s*<(?P<a7>{_A})>`_{{1,2}}"
    rf"|(?:link:)?(?P<a8>{_A})\[(?P<w8>(?!/)[^\[\]]*[^\W\d_][^\[\]]*)\]"  # (words: not a note's "[3]" nor a closing tag's "[/embed]")
    rf"""|"(?P<w9>[^"]+)":(?P<a9>{_A})"""
    # (LaTeX's words: braces two deep; a formula that is the link alone, its delimiters with it: "$\\href{A}{W}$")
    rf"|(?P<tex>\$\$?|\\[(\[])?\\href\s*\{{(?P<a10>{_TEX_A})\}}\s*\{{(?P<w10>(?:[^{{}}]|\{{(?:[^{{}}]|\{{[^{{}}]*\}})*\}})*)\}}"
    rf"(?(tex)\s*(?:\$\$?|\\[)\]]))"
    rf"|\\url\s*\{{(?P<a11>{_TEX_A})\}}",
    re.I | re.S)
_MARKUP_ADDRESSES = tuple(f"a{n}" for n in range(1, 12))
_MARKUP_WORDS = tuple(f"w{n}" for n in (1, 3, 4, 5, 6, 7, 8, 9, 10))
_TEX_ESCAPE = re.compile(r"\\([#$%&_~{}])")
_TEX_COMMAND = re.compile(r"\\[A-Za-z]+\*?|\\.|[{}]")  # (a command's name, an escape's backslash, a group's braces)
_BBCODE_TAG = re.compile(r"\[/?[a-z]+(?:=[^\]]*)?\]", re.I)


def _may_hold_markup_link(text: str) -> bool:
    """What a link in another markup's syntax shows: an address's "//" and a bracket, a bar, a backquote, a
    quote's colon or a LaTeX command's backslash (literal tests: nearly no block has both)."""
    return "//" in text and ("[" in text or "|" in text or "`" in text or '":' in text or "\\" in text)


# A shortcode (WordPress's and its plugins', a forum's) left raw where nothing renders it: a bracketed tag with
# attributes, maybe closed, "[button link="A"]W[/button]", "[aff_link href="A"]W[/aff_link]", "[thirstylink
# linktext="W" href="A"]", or one whose whole content is an address, "[embed]A[/embed]". Its address is in any of its
# attributes (written out, or percent-encoded: "link="url:https%3A%2F%2F..."), its words its content or the attribute
# that names them.
_SHORTCODE = re.compile(r"\[(?P<name>[a-z][\w-]*)(?P<attributes>\s[^\[\]]*)?\](?:(?P<words>[^\[\]]*)\[/(?P=name)\])?",
                        re.I)
_SHORTCODE_WORDS = ("text", "linktext", "title", "label", "anchor")


def _shortcode_link(match: re.Match) -> tuple[str, str] | None:
    """(address, words) of a raw shortcode (`_SHORTCODE`), or None when it carries no address."""
    from urllib.parse import unquote

    if match.group("name").lower() in ("url", "link"):  # (BBCode's own: `_MARKUP_LINK`)
        return None
    words = (match.group("words") or "").strip()
    attributes = {}
    for attribute in _WRITTEN_ATTRIBUTE.finditer(match.group("attributes") or ""):
        value = next(v for v in attribute.group(2, 3, 4) if v is not None)
        attributes.setdefault(attribute.group(1).lower(), unquote(value) if "%3" in value else value)
    if not attributes:
        return (words, "") if _ABSOLUTE.match(words) else None
    for name, value in attributes.items():
        if name not in _SHORTCODE_WORDS:
            found = _attribute_addresses(value.partition("||")[0].removeprefix("url:"), False)
            if found:
                return found[0], words or next((attributes[key] for key in _SHORTCODE_WORDS if key in attributes), "")
    return None


def markup_links(blocks: list[Block]) -> list[Link]:
    """The links written in another markup's link syntax in the blocks' text (`_MARKUP_LINK`), each spanning its
    whole markup, its words the anchor (a BBCode link's own tags aside: "[url=A][b]W[/b][/url]" reads W); and those
    of raw shortcodes (`_SHORTCODE`)."""
    links = []
    for block in blocks:
        text = block.text
        if "[" in text and ("//" in text or "%2F" in text or "%2f" in text):
            for match in _SHORTCODE.finditer(text):
                found = _shortcode_link(match)
                if found and not resource_address(found[0]):  # (not a picture's: "[img]A[/img]")
                    url, words = found
                    url = "http:" + url if url.startswith("//") else url
                    start, end = block.source_span(match.start(), match.end())
                    links.append(Link(url, " ".join(words.split()), start, end, bare=True, block=block))
        if not _may_hold_markup_link(text):
            continue
        for match in _MARKUP_LINK.finditer(text):
            url = next(match.group(name) for name in _MARKUP_ADDRESSES if match.group(name) is not None)
            words = next((match.group(name) for name in _MARKUP_WORDS if match.group(name) is not None), "")
            if match.group("a10") or match.group("a11"):  # LaTeX: its escapes undone, its commands' names and braces dropped
                url, words = _TEX_ESCAPE.sub(r"\1", url), _TEX_COMMAND.sub(" ", _TEX_ESCAPE.sub(r"\1", words))
            words = " ".join(_BBCODE_TAG.sub(" ", words).split())
            url = "http:" + url if url.startswith("//") else url
            start, end = block.source_span(match.start(), match.end())
            links.append(Link(url, words, start, end, bare=True, block=block))
    return links


# A Gemini page (gemtext) pasted as it is: a line that starts with "=>" and an absolute address is a link line, the
# words after the address, to the line's end, its words ("=> https://shop.example/offer Our offer"). Only at a line's
# start: "=>" elsewhere is an arrow in prose.
_GEMTEXT_LINK = re.compile(r"=>[^\S\r\n]*(?P<address>[a-z][a-z0-9+.-]*://\S+)", re.I)


def gemtext_links(blocks: list[Block], source: str) -> list[Link]:
    """The gemtext link lines in the blocks' text (`_GEMTEXT_LINK`): each a written link (bare) with its words,
    spanning its line. ``source``: the document's, which tells where its lines start and end."""
    # (a cheap test: nearly no block holds one. The blocks' text first: the source is many times longer and its
    # scripts often hold one, "x => x + 1"; searching it first cost 20 ms over the 130 readability pages. A link line
    # is written so in the source too, not as "=&gt;", as before.)
    marked = [block for block in blocks if "=>" in block.text]
    if not marked or "=>" not in source:
        return []
    links = []
    for block in marked:
        text = block.text
        for match in _GEMTEXT_LINK.finditer(text):
            at = block.offsets[match.start()]
            if source[max(source.rfind("\n", 0, at), source.rfind("\r", 0, at)) + 1:at].strip():
                continue  # (not at the line's start)
            line_end = min(end for end in (source.find("\n", at), source.find("\r", at), len(source)) if end != -1)
            last = bisect.bisect_left(block.offsets, line_end) - 1  # the block's last character on the line
            words = " ".join(text[match.end():last + 1].split())
            links.append(Link(match.group("address"), words, at, block.offsets[last] + 1, bare=True, block=block))
    return links


# --- links in a diagram's code --------------------------------------------------------------------------------------
# A diagram written as code that the page's renderer draws (Mermaid: a ```mermaid fence, an element of class
# "mermaid"; PlantUML, Graphviz: their fences) links its shapes: a click on the shape opens the address. Mermaid's
# `click ID "A" "tooltip"`, `click ID href "A"`, a class diagram's `link ID "A"`; PlantUML's `[[A]]`, `[[A{tooltip}
# W]]`; Graphviz's URL="A" or href="A" among a node's attributes. The link's words are what the shape shows: the label
# of the shape (Mermaid's ID[W], ID(W), ID{W}, ...; PlantUML's W; Graphviz's label="W"), else its tooltip. A diagram
# drawn (a Markdown fence, an HTML element of class "mermaid") shows its shapes, not its code: each linked shape's label
# is a block of its own (as an SVG chart's labels are, kind "table_cell") and its link an anchor of those words.
_MERMAID_START = re.compile(
    r"\s*(?:%%\{.*?\}%%\s*|---\s.*?\s---\s*)*(?:flowchart|graph|classDiagram|stateDiagram(?:-v2)?|gantt|"
    r"sequenceDiagram|erDiagram|journey|mindmap|timeline|requirementDiagram|C4\w+|block-beta|architecture-beta)\b",
    re.S)
_GRAPHVIZ_START = re.compile(r"\s*(?:strict\s+)?(?:di)?graph\b[^{}]*\{")
_MERMAID_CLICK = re.compile(r"(?<![\w-])(?:click|link)[^\S\r\n]+(?P<shape>[\w.-]+)[^\S\r\n]+(?:href[^\S\r\n]+)?"
                            r"\"(?P<address>(?:https?:)?//[^\"\s]+)\"(?:[^\S\r\n]+\"(?P<tooltip>[^\"\r\n]*)\")?")
_PLANTUML_LINK = re.compile(r"\[\[(?P<address>(?:https?:)?//[^\s\[\]{}]+)(?:\{(?P<tooltip>[^{}\]]*)\})?"
                            r"(?:[^\S\r\n]+(?P<words>[^\[\]\r\n]+))?\]\]")
_GRAPHVIZ_LINK = re.compile(r"(?P<shape>[\w.]+|\"[^\"]*\")?\s*\[(?P<attributes>[^\[\]]*?\b(?:URL|href)\s*=\s*"
                            r"\"(?P<address>(?:https?:)?//[^\"\s]+)\"[^\[\]]*)\]", re.I)
_GRAPHVIZ_LABEL = re.compile(r"\b(?:label|tooltip)\s*=\s*\"([^\"]*)\"", re.I)


def diagram_language(code: str, info: str = "") -> str:
    """The diagram language a renderer draws the code in ("mermaid", "plantuml", "graphviz"), or "": by a Markdown
    fence's info string when it names one, else by how the code starts."""
    name = info.strip().split(None, 1)[0].lower() if info.strip() else ""
    if name in ("mermaid", "plantuml", "graphviz"):
        return name
    if name in ("puml", "dot", "gv"):
        return "plantuml" if name == "puml" else "graphviz"
    head = code[:1000]  # (a declaration opens the code, after its configuration at most)
    if _MERMAID_START.match(head):
        return "mermaid"
    if head.lstrip().startswith("@startuml"):
        return "plantuml"
    return "graphviz" if _GRAPHVIZ_START.match(head) else ""


def diagram_links(code: str, language: str) -> list[tuple[int, int, str, str, tuple[int, int] | None]]:
    """(start, end, absolute address, words, where the words stand) of each link of a diagram's shapes written in its
    code (see above): the link's statement, and its shape's label in the code (None when the words are a tooltip's or
    none), in the order of the labels."""
    if "//" not in code:  # (a cheap test: most diagrams link nothing)
        return []
    found = []
    if language == "mermaid":
        for match in _MERMAID_CLICK.finditer(code):
            shape = re.escape(match.group("shape"))
            label = re.search(rf"(?<![\w-]){re.escape(shape)}[^\S\r\n]*[\[({{>]+[/\\]?[^\S\r\n]*\"?(?P<words>[^\"\[\](){{}}/\\\r\n]+)",
                              code)
            if label and label.group("words").strip():
                found.append((match, label.group("words"), label.span("words")))
            else:
                found.append((match, match.group("tooltip") or "", None))
    elif language == "plantuml":
        found = [(match, match.group("words") or match.group("tooltip") or "",
                  match.span("words") if match.group("words") else None) for match in _PLANTUML_LINK.finditer(code)]
    elif language == "graphviz":
        for match in _GRAPHVIZ_LINK.finditer(code):
            label = _GRAPHVIZ_LABEL.search(match.group("attributes"))
            if label:
                at = match.start("attributes")
                found.append((match, label.group(1), (at + label.start(1), at + label.end(1))))
            else:
                found.append((match, (match.group("shape") or "").strip('"'), None))
    links = []
    for match, words, span in found:
        url = match.group("address")
        if span is not None:  # (the label's own words, without the spaces around them)
            span = (span[0] + len(words) - len(words.lstrip()), span[1] - len(words) + len(words.rstrip()))
        links.append((match.start(), match.end(), "http:" + url if url.startswith("//") else url, " ".join(words.split()),
                      span))
    return sorted(links, key=lambda link: link[4] or (link[0], link[1]))


def diagram_block_links(blocks: list[Block]) -> list[Link]:
    """The links of a diagram whose code a block holds as text (pasted into a text, or in an element a renderer does
    not draw), `diagram_links`: each a written link (bare) with its shape's words."""
    links = []
    for block in blocks:
        text = block.text
        if "//" not in text or not (language := diagram_language(text)):
            continue
        for at, until, url, words, _ in diagram_links(text, language):
            start, end = block.source_span(at, until)
            links.append(Link(url, words, start, end, bare=True, block=block))
    return links


def text_links(blocks: list[Block], linked_spans: set[tuple[int, int]] = frozenset(), source: str = "") -> list[Link]:
    """The links written in the blocks' text: URLs written out (`bare_links`, not inside a link already:
    `linked_spans`), links in another markup's syntax (`markup_links`, a gemtext page's link lines: `gemtext_links`
    in the ``source`` given, a diagram's: `diagram_block_links`) and the addresses of markup shown as text
    (`pasted_links`); an address written so is the markup's link, once (an RSS <link>https://...</link>)."""
    written = markup_links(blocks) + gemtext_links(blocks, source) + diagram_block_links(blocks) + pasted_links(blocks, source)
    if written:
        linked_spans = set(linked_spans) | {(link.start, link.end) for link in written}
    return bare_links(blocks, linked_spans) + written


# A name that may be a host on a top-level domain: a dot and two letters or more (a pattern that
# starts with the dot is sought at the dots alone, ten times faster than one that starts with a class).
_SITE_NAME_SIGN = re.compile(r"\.[^\W\d_]{2,}\b")


def site_names(blocks: list[Block], linked_spans=()) -> list[Link]:
    """Host names written in prose without a scheme, "//" or a path ("shop-name.co.th", "nhs.uk",
    "WebMD.com"), on a top-level domain of the root zone, not inside a link (`linked_spans`, the
    links' (start, end), any iterable: read only if a name is found): sites named in words, which
    `bare_links` does not take for links. A rule that reads them decides which one was planted as
    an address (LM101: one dropped into a sentence, named nowhere else)."""
    names, spans = [], None
    for block in blocks:
        if _SITE_NAME_SIGN.search(block.text) is None:
            continue
        for match in _BARE_URL.finditer(block.text):
            host = match.group("host")
            if host is None or match.group("slashes") or match.group("path") or not host.isascii() \
                    or "xn--" in host.lower() or not _on_top_level_domain(match):
                continue
            start, end = block.source_span(match.start(), match.end())
            spans = sorted(linked_spans) if spans is None else spans
            at = bisect.bisect_right(spans, (start, float("inf"))) - 1  # the last link starting at or before it
            if at >= 0 and spans[at][0] <= start < spans[at][1]:
                continue
            names.append(Link("http://" + host, "", start, end, bare=True, block=block))
    return names


# An address spelled out so that it is not a link: a site's name and its top-level domain joined by a dot
# written in words or signs ("name dot com", "name[.]com", "name (dot) co . uk", "name・jp", "NAME DOT COM").
_SPELLED_DOT = r"(?:\s*[\[({]\s*(?:\.|dot)\s*[\])}]\s*|\s+(?:dot|d0t)\s+|\s*[•・。·]\s*|\s+\.\s+)"
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_SPELLED_ADDRESS = re.compile(rf"(?<![\w@.-])(?P<host>{_LABEL}(?:{_SPELLED_DOT}{_LABEL})*){_SPELLED_DOT}(?P<tld>[^\W\d_]{{2,24}})(?![\w-])",
                              re.I)
_SPELLED_DOT_SPLIT = re.compile(_SPELLED_DOT)
# What such an address shows: a word or sign for the dot (a cheap test before the pattern).
_SPELLED_SIGN = re.compile(r"[\[({]\s*(?:\.|dot)\s*[\])}]|\b(?:dot|d0t)\b|[•・。·]|\s\.\s", re.I)


def spelled_addresses(blocks: list[Block]) -> list[Link]:
    """Addresses spelled out in prose so that they are not links ("name dot com", "name[.]com", "name (dot)
    co . uk", "w w w . name . com", "name・jp"), as spam writes them to pass filters: labels joined by a dot
    in words or signs, ending on a top-level domain of the root zone (not one also a file extension), typed
    as an address is (all lowercase or all capitals), its name three characters or more ("on dot org" is
    words), not an e-mail address ("jo [at] name [dot] com").
    Each is a bare Link to the host it spells, whose span is the spelled text."""
    found = []
    for block in blocks:
        text = block.text
        if _SPELLED_SIGN.search(text) is None:
            continue
        for match in _SPELLED_ADDRESS.finditer(text):
            spelled = match.group()
            tld = match.group("tld").lower()
            if not is_top_level_domain(tld) or not (spelled.islower() or spelled.isupper()):
                continue
            labels = [label.lower() for label in _SPELLED_DOT_SPLIT.split(match.group("host"))]
            while labels and labels[0] in ("w", "www"):  # "w w w . name . com"
                labels.pop(0)
            before = text[max(0, match.start() - 8):match.start()].lower().rstrip()
            if not labels or len(labels[0]) < 3 or before.endswith(("@", "[at]", "(at)", "{at}")):
                continue  # (a word, "on dot org"; an e-mail address, "jo [at] name [dot] com")
            start, end = block.source_span(match.start(), match.end())
            found.append(Link("http://" + ".".join(labels + [tld]), "", start, end, bare=True, block=block))
    return found


# Front-matter / JSON-LD / meta-tag keys, mapped to the model's metadata names.
_META_KEYS = {
    "author": ("author", "authors", "byline", "creator", "article:author", "dc.creator", "citation_author"),
    "reviewer": ("reviewer", "reviewed_by", "reviewedby", "medically_reviewed_by", "medical_reviewer"),
    "published": ("date", "published", "date_published", "datepublished", "publish_date", "pubdate",
                  "article:published_time", "citation_publication_date", "dc.date"),
    "updated": ("updated", "modified", "lastmod", "last_modified", "date_modified", "datemodified",
                "last_reviewed", "lastreviewed", "article:modified_time", "reviewed"),
    "lang": ("lang", "language", "inlanguage", "locale"),
    "title": ("title", "headline", "og:title"),
    "description": ("description", "og:description", "summary"),
    # who publishes the page (an organisation): front matter, Dublin Core, Highwire, Open Graph
    "publisher": ("publisher", "dc.publisher", "citation_publisher", "og:site_name"),
}
_META_LOOKUP = {alias: key for key, aliases in _META_KEYS.items() for alias in aliases}


def normalize_meta(raw: dict, meta: dict) -> dict:
    """Copy recognised keys of ``raw`` into ``meta`` (first value wins), as strings."""
    for key, value in raw.items():
        name = _META_LOOKUP.get(str(key).strip().lower().replace("-", "_"))
        if name is None:
            name = _META_LOOKUP.get(str(key).strip().lower())
        if name and name not in meta:
            text = _meta_text(value)
            if text:
                meta[name] = text
    return meta


def _meta_text(value) -> str:
    if isinstance(value, dict):
        return _meta_text(value.get("name") or value.get("@value") or "")
    if isinstance(value, (list, tuple)):
        return ", ".join(t for t in (_meta_text(v) for v in value) if t)
    return str(value).strip() if value is not None else ""


# Where an element other than a link (<a>, <area>) sends the browser to another page: a frame's or an
# embedded object's page, where a form (or one of its buttons) sends its reader, a menu's choice, a
# redirect or a page named in a <meta>/<link>, a quotation's source. Its address is a link candidate,
# judged as an <a> is (see `element_addresses`). Not an image's or a script's source: those load
# resources (a CDN's), not pages a reader is sent to.
# The frames newer than <iframe> show a page the same way: a portal's, a fenced frame's, a browser shell's <webview>,
# an AMP page's <amp-iframe>.
FRAMES = ("iframe", "frame", "portal", "fencedframe", "webview", "amp-iframe")
ADDRESS_ATTRIBUTES = {
    **dict.fromkeys(FRAMES, "src"), "embed": "src", "object": "data", "form": "action",
    "button": "formaction", "input": "formaction", "option": "value", "meta": "content", "link": "href",
    "blockquote": "cite", "q": "cite",
}
# Of those, the elements whose address the reader never sees (no words, nothing drawn): their links are hidden.
ADDRESS_NOT_SHOWN = frozenset(("meta", "link", "blockquote", "q"))
# Of those, the elements whose words are in an attribute (a frame's title, a submit button's value), not inside.
ADDRESS_WORDS_IN_ATTRIBUTES = frozenset((*FRAMES, "embed", "object", "input"))


@cache
def _resources() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    """What names a resource the page draws (a stylesheet, an icon, an image, a font or script preloaded), not
    a page, in addresses.toml: (a <link>'s relations, a pattern of a <meta>'s names, one of a file's address)."""
    data = _address_data()
    names = re.compile("|".join(map(re.escape, data["resource_names"])), re.I)
    path = re.compile(r"\.(?:" + "|".join(map(re.escape, data["resource_extensions"])) + r")(?:[?#]|$)", re.I)
    return frozenset(data["resource_rels"]), names, path
# Where a page's links and forms send the reader (in an <iframe srcdoc>'s page).
_PAGE_LINKS = re.compile(r"""\b(?:href|action|formaction)\s*=\s*["']?([^"'\s>]+)""", re.I)
def resource_address(url: str) -> bool:
    """The address is a file the page draws or plays (a stylesheet, a script, an image, a font, a sound or a
    video: `_resources`), not a page a reader is sent to."""
    return bool(_resources()[2].search(url))


_REFRESH_URL = re.compile(r"^\s*\d*\s*[;,]?\s*url\s*=\s*['\"]?([^'\"\s]+)", re.I)


def element_addresses(tag: str, get) -> list[str]:
    """The absolute addresses (http, https or scheme-relative) an element other than a link sends the
    browser to (`ADDRESS_ATTRIBUTES`; a <meta> refresh's "3; url=..." too; an <iframe srcdoc>'s page
    written out). ``get`` reads an attribute. A relative address stays on the site, and a resource the page
    draws (`_resources`) is no page: neither is a candidate."""
    name = ADDRESS_ATTRIBUTES.get(tag)
    rels, resource_name, resource_path = _resources()
    if tag == "link" and rels.intersection((get("rel") or "").lower().split()) or \
            tag == "meta" and resource_name.search(" ".join(get(key) or "" for key in ("property", "name",
                                                                                        "itemprop"))):
        return []
    values = [get(name) or ""] if name else []
    if tag == "iframe" and get("srcdoc"):  # the page written out: its links' addresses, and any in its text
        values += _PAGE_LINKS.findall(get("srcdoc")) + [url for _, _, url in addresses_in(get("srcdoc"))]
    found = []
    for value in values:
        value = value.strip()
        if tag == "meta":
            refresh = _REFRESH_URL.match(value)
            value = refresh.group(1) if refresh else value
        lower = value[:8].lower()
        if (lower.startswith(("http://", "https://")) or value.startswith("//") and len(value) > 2) \
                and not resource_path.search(value):
            found.append(value)
    return found


# --- addresses a page carries in its markup ------------------------------------------------------------------------
# One definition for every address an element carries that is not a link the reader follows (an <a>'s or <area>'s
# href, an element's script: `followed_address`; an element's own address: `element_addresses`): any address written
# in any of its attributes -- its whole value ("ping", "cite", a <base>'s href, "data-href"), one of a list ("ping",
# "srcset") or in its words (a tooltip's "title", "data-tooltip", "aria-label") -- and any string of structured data
# (JSON-LD) that is an address. Not an attribute naming a vocabulary, a namespace, a style or a script
# (`vocabulary_attributes`), nor a file the page draws (an image's "src", "srcset", "poster", "data-lazy-src": a
# resource); but an address written in the query of any address is carried too (a QR code's image address holds the
# address it encodes; a redirect's, the address it sends to). The rules judge each by its address and its place, as a
# link with no words of its own (LM101).

@cache
def _carrying() -> tuple[frozenset, re.Pattern, frozenset, re.Pattern, frozenset]:
    """(vocabulary attributes, a pattern of resource attributes' names, vocabulary keys, a pattern of resource keys,
    MathML's elements) of addresses.toml."""
    data = _address_data()
    resource = re.compile("|".join(map(re.escape, data["resource_attributes"])), re.I)
    return (frozenset(data["vocabulary_attributes"]), resource, frozenset(data["vocabulary_keys"]),
            _resources()[1], frozenset(data["mathml_elements"]))


# An address written whole inside another: a value of its query ("?data=https%3A%2F%2Fshop.example%2F", "&u=//shop
# .example"), or a segment of its path, percent-encoded ("/img/https%3A%2F%2Fshop.example%2Fbuy.png") or not, to its end
# ("/go/https://shop.example/buy").
_INNER_ADDRESS = re.compile(r"[?&][^=&#]*=((?:https?(?::|%3a)|//|%2f%2f)[^&#\s\"'<>]+)"
                            r"|/(https?%3a%2f%2f[^/?#&\s\"'<>]+|https?://[^\s\"'<>]+)", re.I)


def inner_sign(value: str) -> bool:
    """What an address written inside another shows: a percent-encoded colon, or a scheme or "//" after "=" or "/"
    (literal tests: a regex costs more on an image's long address)."""
    return "%3" in value or "=http" in value or "=//" in value or "/http" in value


def _inner_addresses(url: str) -> list[str]:
    """The absolute addresses written whole inside an address (`_INNER_ADDRESS`), and theirs. A percent-encoded
    segment at the end of the path that ends with the extension of the file the outer address is, ends without it
    ("/qr/https%3A%2F%2Fshop.example%2Fbuy.png": the outer address is the picture, named by the encoded address;
    an address written as it is, "/http://cdn.example/photo.jpg", keeps its own)."""
    if "%3" not in url[8:].lower() and "=" not in url and "://" not in url[8:]:
        return []
    from urllib.parse import unquote

    found = []
    for match in _INNER_ADDRESS.finditer(url, 8):
        written = match.group(1) or match.group(2)
        inner = unquote(written).strip()
        if "%" in written[:8] and match.end() == len(url):  # (a name the file's extension follows is without it)
            extension = _resources()[2].search(url)
            inner = inner[:-len(extension.group())] if extension and inner.endswith(extension.group()) \
                else inner
        if _ABSOLUTE.match(inner):
            found.append(inner if "://" in inner else "http:" + inner)
            found.extend(_inner_addresses(inner))
    return found


_SPACE = re.compile(r"\s")
_NAME_ALONE = re.compile(r"[\w.-]+")  # a value that may be a site's name alone (no "=", "&", ":")


def _attribute_addresses(value: str, resource: bool) -> list[str]:
    """The absolute addresses written in an attribute's value (as `addresses_in` finds them); and, in a value not a
    resource's, a site's name on a top-level domain written in lower case ("shop-name.example", "the team at
    go.name.lv can help"): in an attribute, where nobody writes prose, a name so written is an address (in prose it
    is `site_names`'), unless it is a query's key ("&rft.date=") or one word of a value that is no words."""
    if resource:
        return [url for _, _, url in addresses_in(value)]
    value = value.strip()
    words = _SPACE.search(value) is not None  # (else the value must be the name alone)
    found = []
    for match in _BARE_URL.finditer(value):  # (one pass for both)
        host = match.group("host")
        if _is_address(match):
            url = match.group()
            found.append(url if "://" in url else "http:" + url if url.startswith("//") else "http://" + url)
        elif host is not None and not match.group("slashes") and not match.group("path") and host.islower() \
                and (words or match.group() == value) and not value.startswith("=", match.end()) \
                and _on_top_level_domain(match):
            found.append("http://" + host)
    return found


# An href attribute, maybe in a namespace ("href", "xlink:href", lxml's "{http://www.w3.org/1999/xlink}href").
_HREF_NAME = re.compile(r"(?:^|[:}])href\Z")


def carried_addresses(tag: str, attributes, skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(attribute, absolute address) of each address an element carries in its attributes (see above), in their
    order. ``attributes``: the element's, by name (a dict or an lxml element's attribute map); ``skip``: the
    attribute the caller reads otherwise (the element's own address). A resource's address is none, an address
    in any address's query is one; an address without a scheme counts when it is written as one ("shop.example/
    buy", `addresses_in`)."""
    vocabulary, resource_name, _, _, mathml = _carrying()
    resource_path = _resources()[2]
    found = []
    link = tag in ("a", "area")  # its href is the link itself (an SVG link's xlink:href: the caller's `skip`)
    for name, value in attributes:
        # (every address and site name has a dot: most attributes are passed over at the first test)
        if "." not in value or name in skip or name.startswith(("on", "xmlns")) or name.lower() in vocabulary:
            continue
        href = _HREF_NAME.search(name) is not None
        if link and name == "href":
            continue  # (an HTML link's xlink:href, outside SVG, is no link: an address it carries)
        # (an SVG element's href other than a link's draws a picture or a shape: a resource; a MathML element's is
        # a link)
        resource = href and not link and tag != "base" and tag not in mathml or resource_name.search(name) is not None
        if not (inner_sign(value) if resource else _may_hold_address(value) or _SITE_NAME_SIGN.search(value)
                and (_SPACE.search(value) or _NAME_ALONE.fullmatch(value.strip()))):
            continue  # (a resource's address is read only for one inside it; a site's name, in words or alone)
        for url in _attribute_addresses(value, resource):
            if not (resource or resource_path.search(url)):
                found.append((name, url))
            found.extend((name, inner) for inner in _inner_addresses(url) if not resource_path.search(inner))
    if link and found:  # an address of the link's own site is the link's (its title, its tracking)
        own = url_host(next((str(value) for name, value in attributes if name == "href"), ""))
        found = [(name, url) for name, url in found if url_host(url) != own]
    return found


# A link may go to no page but carry one: a data: URL is a document written into the address itself (a page whose
# refresh or script sends the reader on), an sms: or mailto: URL a message it pre-fills for the reader to send (its
# body, percent-encoded). The addresses written in that document or message are carried by the link (`message_addresses`).
_CARRYING_SCHEMES = ("data:", "sms:", "smsto:", "mms:", "mailto:")
_DOCUMENT_ADDRESS = re.compile(r"(?:https?:)?//[^\W_][^\s\"'<>()\\]*", re.I)


def message_addresses(url: str) -> list[tuple[str, str]]:
    """(carrier, absolute address) of each address a link's URL carries without going there: one written in the
    document a data: URL holds (base64 or percent-encoded; not a picture, a font or a sound's, which are drawn),
    carrier "data"; one in the message an sms:, mms: or mailto: URL pre-fills (its query's values: body, subject),
    carrier "message" (a site's name written alone counts, as in an attribute: `_attribute_addresses`)."""
    head = url[:7].lower()
    if not head.startswith(_CARRYING_SCHEMES):
        return []
    from urllib.parse import unquote

    if head.startswith("data:"):
        kind, _, payload = url[5:100_000].partition(",")
        kind = kind.lower()
        if kind.startswith(("image/", "font/", "audio/", "video/")):
            return []
        if kind.endswith(";base64"):
            import base64
            import binascii

            try:
                text = base64.b64decode(unquote(payload) + "===", validate=False).decode("utf-8", "replace")
            except (binascii.Error, ValueError):
                return []
        else:
            text = unquote(payload)
        found = [match.group() for match in _DOCUMENT_ADDRESS.finditer(text)]
        found += [address for _, _, address in addresses_in(text) if not any(address.endswith(f) for f in found)]
        return [("data", address if "://" in address else "http:" + address) for address in found]
    _, _, query = url.partition("?")
    return [("message", address) for pair in query.split("&") for address in
            _attribute_addresses(unquote(pair.partition("=")[2]), False)]


def structured_addresses(data) -> list[str]:
    """The absolute addresses among the strings of structured data (parsed JSON-LD), in order: any key's but a
    vocabulary's or a type's ("@context", "@type": `vocabulary_keys`) and a resource's ("image", "logo",
    "thumbnailUrl": `resource_names`), with those in their queries; not a file the page draws."""
    _, _, vocabulary, resource_key, _ = _carrying()
    resource_path = _resources()[2]
    found, stack = [], [("", data)]
    while stack:
        key, value = stack.pop()
        if isinstance(value, dict):
            stack.extend((k, v) for k, v in reversed(list(value.items()))
                         if k not in vocabulary and not resource_key.search(str(k)))
        elif isinstance(value, list):
            stack.extend((key, v) for v in reversed(value))
        elif isinstance(value, str):
            url = value.strip()
            if _ABSOLUTE.match(url) and not resource_path.search(url):
                found.append(url if "://" in url else "http:" + url)
                found.extend(inner for inner in _inner_addresses(url) if not resource_path.search(inner))
    return found
