"""Whether CSS hides an element from readers: its inline style and a page's simple <style> rules.

Plain definition: an element is hidden when the declarations that apply to it (the rules of the
page's short <style> elements that a simple selector matches, then its own ``style`` attribute,
later ones winning) say any of

- ``display: none``, ``visibility: hidden``, ``content-visibility: hidden``, ``color: transparent``;
- drawn fully transparent: ``opacity: 0`` (also ``0%``), or the same said as a filter,
  ``filter: opacity(0)`` (CSS Filter Effects 1) or Internet Explorer's ``filter: alpha(opacity=0)``;
- a font too small to read (``font-size: 0``, ``1px``, ``0.1em``, the ``font`` shorthand's
  ``font: 0/0 a``: under 3 CSS pixels), unless
  the elements inside set a size of their own (a row of inline blocks);
- placed off the screen (``left: -9999px``, ``text-indent: -999em``, ``translateX(-9999px)``, a
  positioned box at ``right: 100%`` or ``bottom: 100%``) or clipped away (``clip: rect(0 0 0 0)``
  or any rectangle of no width or height, ``clip-path: inset(50%)`` or more, a box under 3 CSS pixels
  high or wide with ``overflow: hidden``, too small for a line of text; a <marquee> always clips its
  content, and its ``width`` and ``height`` attributes size it: HTML's rendering section);
- text of the same colour as the background it stands on (its own, or its nearest ancestor's; the
  browser's white canvas when nothing on the page paints one), or so close to it that the contrast
  ratio of WCAG 2 is under 1.1:1 (``#fefefe`` on white; WCAG asks 4.5:1 of body text).

Only selectors a simple matcher honours are read: one element name, class, id or attribute test,
or a few of them joined (``p.note``, ``a[rel=sponsored]``), in a rule outside any ``@media`` or
other at-rule. A rule with a combinator or a pseudo-class (``.menu .x``, ``.collapse:not(.show)``)
is passed over: read without its context it would hide what the page shows, and a false hidden link
costs more than a missed one. For the same reason a hiding rule counts only when its class, id or
attribute is written nowhere else in the page's CSS, and never on an element name alone (see
StyleSheet). Google's spam policies list these tricks as hidden text and links.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

# The properties that can hide an element or colour its text; a rule setting none of them is not kept.
_PROPERTIES = frozenset((
    "display", "visibility", "opacity", "color", "background", "background-color", "font-size",
    "left", "right", "top", "bottom", "text-indent", "margin-left", "margin-top", "transform",
    "clip", "clip-path", "height", "width", "max-height", "max-width", "overflow", "position",
    "filter", "-ms-filter", "content-visibility", "font",
))
# The properties that can hide by themselves (a background alone hides nothing; a colour may be transparent).
_HIDING_PROPERTIES = _PROPERTIES - {"background", "background-color"}
# How far back an offset must put an element to take it off the screen, in CSS pixels: a position
# of -100px or more (as a three-digit offset always was here), a margin of -1000px or more (layouts
# pull images and quotes out by a few hundred).
_OFF_SCREEN_PX = {"left": 100, "right": 100, "top": 100, "bottom": 100, "text-indent": 100,
                  "margin-left": 1000, "margin-top": 1000, "transform": 1000}
# CSS pixels per unit (an em taken as 16 px; a vw, vh or % as a 1,000-pixel screen's hundredth).
_PIXELS = {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0, "vw": 10.0, "vh": 10.0, "%": 10.0, "": 1.0}
_TINY_FONT_PX = 3
_LENGTH = re.compile(r"(-?\d*\.?\d+)\s*(px|pt|em|rem|vw|vh|%)?")
_TRANSLATE = re.compile(r"translate[xy3d]*\(\s*(-\d*\.?\d+)\s*(px|em|rem|vw|vh|%)?", re.I)
_SCALE_ZERO = re.compile(r"scale[xy]?\(\s*0(?:\.0+)?\s*[,)]", re.I)
# clip: rect(top, right, bottom, left), each an offset from the box's top or left edge.
_CLIP_RECT = re.compile(r"rect\(\s*(-?[\d.]+)(?:px)?[\s,]+(-?[\d.]+)(?:px)?[\s,]+(-?[\d.]+)(?:px)?[\s,]+(-?[\d.]+)(?:px)?\s*\)", re.I)
# clip-path: an inset of half the box or more from its first side(s), a zero circle, a one-point polygon.
_CLIP_PATH_GONE = re.compile(r"inset\(\s*(?:[5-9]\d|\d{3,})(?:\.\d+)?%|circle\(\s*0|polygon\(\s*0\s+0\s*\)", re.I)
# A positioned box whose right (bottom) edge is set at 100% or more of its containing block's width
# (height) from that block's right (bottom) edge lies wholly before its left (top) edge: off the page.
_BEFORE_THE_EDGE = ("right", "bottom")
# A filter that draws the element fully transparent: opacity(0) or opacity(0%) (CSS Filter Effects 1), or
# Internet Explorer's alpha(opacity=0) (also written progid:DXImageTransform.Microsoft.Alpha(Opacity=0)).
_FILTER_TRANSPARENT = re.compile(r"opacity\(\s*(?:0+\.?0*|\.0+)\s*%?\s*\)|alpha\(\s*opacity\s*=\s*0+\s*\)", re.I)
# A clipped box under this many CSS pixels high or wide cannot show a line of text (as a font under
# 3 px cannot be read).
_TOO_SMALL_BOX_PX = 3
_IMPORTANT = re.compile(r"\s*!\s*important\s*$", re.I)


def declarations(style: str) -> dict[str, str]:
    """``"color: red; DISPLAY:none"`` as ``{"color": "red", "display": "none"}`` (the last one of a
    property wins, as in a browser), keeping only the properties that can hide text."""
    found = {}
    for declaration in style.split(";"):
        name, colon, value = declaration.partition(":")
        name = name.strip().lower()
        if colon and name in _PROPERTIES:
            value = value.strip().lower()
            found[name] = _IMPORTANT.sub("", value) if "!" in value else value
    return found


def _pixels(value: str) -> float | None:
    match = _LENGTH.match(value.strip())
    if match is None:
        return None
    return float(match.group(1)) * _PIXELS[match.group(2) or ""]


def _percent(value: str | None) -> float | None:
    """A length given in percent ("100%"), as a number; None for any other value."""
    match = _LENGTH.fullmatch(value.strip()) if value else None
    return float(match.group(1)) if match is not None and match.group(2) == "%" else None


def _zero(value: str | None) -> bool:
    return value is not None and _pixels(value) == 0


def hides(style: dict[str, str]) -> bool:
    """Declarations that keep an element's text from readers (see the module's docstring); the
    colour of the background behind it is :func:`hides_on`'s question."""
    if _HIDING_PROPERTIES.isdisjoint(style):
        return False
    get = style.get
    if get("display") == "none" or get("visibility") in ("hidden", "collapse") or get("content-visibility") == "hidden":
        return True
    if _zero(get("opacity")) or colour(get("color")) == "transparent":
        return True
    if any(_FILTER_TRANSPARENT.search(get(name) or "") for name in ("filter", "-ms-filter")):
        return True
    if tiny_font(style):
        return True
    for name, far in _OFF_SCREEN_PX.items():
        value = get(name)
        if value is None:
            continue
        if name == "transform":
            if _SCALE_ZERO.search(value):
                return True
            match = _TRANSLATE.search(value)
            value = match.group(1) + (match.group(2) or "") if match else ""
        if value.startswith("-") and (_pixels(value) or 0) <= -far:
            return True
    if get("position") in ("absolute", "fixed") and any((_percent(get(name)) or 0) >= 100 for name in _BEFORE_THE_EDGE):
        return True
    rect = _CLIP_RECT.search(get("clip", ""))
    if rect is not None:  # nothing of the box inside the rectangle: no width or no height
        top, right, bottom, left = map(float, rect.groups())
        if right <= left or bottom <= top:
            return True
    if _CLIP_PATH_GONE.search(get("clip-path", "")):
        return True
    # A box too small for a line of text hides what is inside it only when it clips it: a
    # <tr style="height:0"> without overflow:hidden still shows its cells.
    return get("overflow") in ("hidden", "clip") and any(
        _too_small(get(name)) for name in ("height", "width", "max-height", "max-width"))


def _too_small(value: str | None) -> bool:
    """A box size under 3 CSS pixels (not a percentage: that depends on the box around it)."""
    if value is None or value.rstrip().endswith("%"):
        return _zero(value)
    pixels = _pixels(value)
    return pixels is not None and 0 <= pixels < _TOO_SMALL_BOX_PX


def tiny_font(style: dict[str, str]) -> bool:
    """A font too small to read (under 3 CSS pixels), by ``font-size`` or the ``font`` shorthand."""
    size = style.get("font-size")
    if size is None and "font" in style:
        match = _FONT_SHORTHAND_SIZE.search(style["font"])
        size = match.group(1) if match else None
    return size is not None and (pixels := _pixels(size)) is not None and pixels < _TINY_FONT_PX


# The size in the ``font`` shorthand: a length (a unit, or 0), maybe "/line-height", before the family.
_FONT_SHORTHAND_SIZE = re.compile(r"(?:^|\s)(0|\d*\.?\d+(?:px|pt|em|rem|vw|vh|%))\s*(?:/\s*[\w.%-]+\s*)?\s[\"'\w-]")


def _colour_names() -> dict[str, str]:
    return _data()["colours"]


@cache
def _data() -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib
    return tomllib.loads(Path(__file__).with_name("styles.toml").read_text(encoding="utf-8"))


_RGB = re.compile(r"rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)")


_COLOUR_TOKEN = re.compile(r"#[0-9a-f]+|rgba?\([^)]*\)|[a-z]+")


@lru_cache(maxsize=1024)
def colour(value: str | None) -> str | None:
    """An opaque colour as ``#rrggbb`` (``#FFF``, ``white``, ``rgb(255, 255, 255)``); ``transparent``
    for one with zero alpha; None for anything else, a half-transparent colour included (what shows
    through it is not known)."""
    if not value:
        return None
    if value.startswith("#"):
        digits = value[1:]
        if len(digits) in (3, 4):
            digits = "".join(c * 2 for c in digits)
        if len(digits) not in (6, 8) or not all(c in "0123456789abcdef" for c in digits):
            return None
        alpha = digits[6:] or "ff"
        return "#" + digits[:6] if alpha == "ff" else "transparent" if alpha == "00" else None
    match = _RGB.match(value)
    if match:
        alpha = match.group(4)
        if alpha is not None:
            opacity = float(alpha.rstrip("%")) / (100 if alpha.endswith("%") else 1)
            if opacity < 1:
                return "transparent" if opacity == 0 else None
        return "#" + "".join(f"{min(int(part), 255):02x}" for part in match.group(1, 2, 3))
    return "transparent" if value == "transparent" else _colour_names().get(value)


# The colour a browser paints behind a page that sets no background of its own (CSS 2.1, 14.2: the
# canvas; every browser's default is white).
CANVAS = "#ffffff"
# Text whose contrast ratio with its background (WCAG 2) is under this cannot be told from it.
_UNREADABLE_CONTRAST = 1.1


def _luminance(rgb: str) -> float:
    """WCAG 2's relative luminance of ``#rrggbb``."""
    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(rgb[1:3]) + 0.7152 * channel(rgb[3:5]) + 0.0722 * channel(rgb[5:7])


@lru_cache(maxsize=256)
def invisible_on(text: str | None, behind: str | None) -> bool:
    """Text of colour ``text`` cannot be read on ``behind`` (both as :func:`colour` gives them): the
    same colour, or a contrast ratio under 1.1:1."""
    if text is None or behind is None or text == "transparent" or behind == "transparent":
        return False
    if text == behind:
        return True
    lighter, darker = sorted((_luminance(text), _luminance(behind)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05) < _UNREADABLE_CONTRAST


def background(style: dict[str, str]) -> str | None:
    """The colour an element paints behind its text, if its declarations say (None for none or
    transparent); in the ``background`` shorthand, its one colour ("no-repeat #fff url(x)")."""
    if "background-color" in style:
        found = colour(style["background-color"])
    else:
        found = next((c for c in map(colour, _COLOUR_TOKEN.findall(style.get("background", ""))) if c), None)
    return None if found == "transparent" else found


class StyleSheet:
    """The hiding and colouring rules of a page's <style> elements, by simple selector.

    Each rule is kept as (order, tag, classes, id, attribute tests, declarations) under one key the
    element must have (its id, a class, or its tag), so an element is compared only with the rules
    that could match it. A rule that hides is trusted only when the page's CSS writes its classes, id
    and attribute names nowhere else (a rule on a tag alone never hides: "p { display: none }" is a
    print or script's style): a theme hides a menu, a tab or a caption by default and shows it in an
    ``@media`` block, on ``:hover`` or with a class a script adds (``.menu.open``), and the page
    shows it; the spam's ``.x { display: none }`` stands alone.
    """

    def __init__(self, css_texts: list[str]) -> None:
        self.by_key: dict[str, list[tuple]] = {}
        # The classes and ids an element must carry for a rule to change whether it is hidden
        # (a tag's rule only paints the background behind what lies inside: see may_hide).
        self.classes: set[str] = set()
        self.ids: set[str] = set()
        self.attribute_rules = False  # a hiding rule on attribute tests alone ("[data-x=y]"): any element
        css = _COMMENT.sub(" ", "\n".join(css_texts))
        named: Counter | None = None  # how often the CSS writes each ".class" and "#id", once needed
        for order, (selectors, body) in enumerate(_simple_rules(css)):
            style = declarations(body)
            hiding = hides(style)
            if not hiding and not _KEPT_UNHIDING.intersection(style):
                continue
            for selector in selectors.split(","):
                tag, classes, ident, tests = _simple_selector(selector.strip())
                if hiding:
                    named = named if named is not None else Counter(_CLASS_OR_ID.findall(css))
                    names = [f".{name}" for name in classes] + [f"#{ident}"] * bool(ident)
                    if not names and not tests or any(named[name] > 1 for name in names) \
                            or any(css.count(name) > 1 for name, _, _ in tests):
                        continue  # a tag's rule, or names written elsewhere: shown somewhere
                key = f"#{ident}" if ident else f".{classes[0]}" if classes else tag or "*"
                self.by_key.setdefault(key, []).append((order, tag, classes, ident, tests, style))
                if ident:
                    self.ids.add(ident)
                elif classes:
                    self.classes.add(classes[0])
                elif hiding:
                    self.attribute_rules = True

    def may_hide(self, tag: str, get) -> bool:
        """Whether a rule may hide the element itself or colour its text (cheap, for every element)."""
        if self.attribute_rules:
            return True
        if self.ids and get("id") in self.ids:
            return True
        return bool(self.classes) and any(name in self.classes for name in (get("class") or "").split())

    def __bool__(self) -> bool:
        return bool(self.by_key)

    def style_of(self, tag: str, get) -> dict[str, str]:
        """The declarations that apply to an element (``get`` reads its attributes): the matching
        rules in source order, then its inline style."""
        class_names = (get("class") or "").split()
        ident = get("id")
        candidates = [*self.by_key.get(tag, ()), *self.by_key.get("*", ())]
        for name in class_names:
            candidates.extend(self.by_key.get(f".{name}", ()))
        if ident:
            candidates.extend(self.by_key.get(f"#{ident}", ()))
        style: dict[str, str] = {}
        for _, rule_tag, classes, rule_id, tests, found in sorted(candidates, key=lambda rule: rule[0]):
            if (rule_tag and rule_tag != tag or rule_id and rule_id != ident
                    or any(name not in class_names for name in classes)
                    or any(not _attribute_matches(get(name), op, value) for name, op, value in tests)):
                continue
            style.update(found)
        inline = get("style")
        if inline:
            style.update(declarations(inline))
        return style


_COMMENT = re.compile(r"/\*.*?\*/", re.S)
# What a rule that hides nothing is kept for: the colours behind and of text, a font size set inside a "font-size: 0" row.
_KEPT_UNHIDING = frozenset(("color", "background", "background-color", "font-size"))
# A top-level statement: an at-rule ("@import ...;", or a block holding rules one level deep, as
# @media and @supports do: a rule there applies only under a condition) or a rule.
_CLASS_OR_ID = re.compile(r"[.#][\w-]+")
_STATEMENT = re.compile(r"@[^{};]*(?:;|\{(?:[^{}]*\{[^{}]*\})*[^{}]*\})|([^{}@;]*)\{([^{}]*)\}")
# A simple selector: an element name, classes, an id, attribute tests ("p.note#x[rel=sponsored]").
_SIMPLE = re.compile(r"(?:[a-z][\w-]*|\*)?(?:[.#][\w-]+|\[[^\]{}]*\])*", re.I)
_PART = re.compile(r"([.#])([\w-]+)|\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(\"[^\"]*\"|'[^']*'|[^\]\s]+)\s*)?\]")


def _simple_rules(css: str):
    """(selectors, declarations) of each rule outside at-rules whose selectors are all simple."""
    for statement in _STATEMENT.finditer(css):
        selectors = statement.group(1)
        if selectors is None:
            continue
        selectors = selectors.strip()
        if (" " in selectors or ":" in selectors or ">" in selectors) and "[" not in selectors and "," not in selectors:
            continue  # the common case, ".menu .item" or "a:hover": settled without a regex
        if all(selector and _SIMPLE.fullmatch(selector) for selector in map(str.strip, selectors.split(","))):
            yield selectors, statement.group(2)


def _simple_selector(selector: str) -> tuple:
    """``p.note#x[rel=sponsored]`` (a selector _STATEMENT found simple) as (tag, classes, id, attribute tests)."""
    tag = re.match(r"[a-z][\w-]*", selector, re.I)
    classes, ident, tests = [], None, []
    for part in _PART.finditer(selector):
        if part.group(1) == ".":
            classes.append(part.group(2))
        elif part.group(1) == "#":
            ident = part.group(2)
        else:
            tests.append((part.group(3).lower(), part.group(4), (part.group(5) or "").strip("\"'")))
    return (tag.group().lower() if tag else ""), tuple(classes), ident, tuple(tests)


def _attribute_matches(found: str | None, op: str | None, value: str) -> bool:
    if found is None:
        return False
    if op is None:
        return True
    if op == "=":
        return found == value
    if op == "~=":
        return value in found.split()
    if op == "|=":
        return found == value or found.startswith(value + "-")
    if op == "^=":
        return found.startswith(value)
    if op == "$=":
        return found.endswith(value)
    return value in found  # *=


def marquee_style(style: dict[str, str], get) -> dict[str, str]:
    """A <marquee>'s declarations with what HTML's rendering section gives it: ``overflow: hidden``
    always, and its ``width`` and ``height`` attributes as sizes ("1" is one pixel) where no style sets them."""
    style = {**style, "overflow": "hidden"}
    for name in ("width", "height"):
        value = str(get(name) or "").strip()
        if value and name not in style:
            style[name] = value + "px" if value.replace(".", "", 1).isdigit() else value
    return style


def hidden_by_attributes(attrs, tag: str = "") -> bool:
    """An HTML element that readers do not see: the ``hidden`` attribute or a hiding inline style
    (also text coloured like the background the same style gives it, and a <marquee> sized too
    small to show its text)."""
    if "hidden" in attrs:
        return True
    style = str(attrs.get("style") or "")
    if not style and tag != "marquee":
        return False
    found = declarations(style)
    if tag == "marquee":
        found = marquee_style(found, attrs.get)
    return hides(found) or _same_colour(found, background(found))


def _same_colour(style: dict[str, str], behind: str | None) -> bool:
    return "color" in style and invisible_on(colour(style["color"]), behind)
