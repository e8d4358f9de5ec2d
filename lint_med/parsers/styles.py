"""Whether CSS hides an element from readers: its inline style and a page's simple <style> rules.

Plain definition: an element is hidden when the declarations that apply to it (the rules of the
page's <style> elements that a simple selector matches, then its own ``style`` attribute, later
ones winning) say any of

- ``display: none``, ``visibility: hidden``, ``opacity: 0``, ``color: transparent``;
- a font too small to read (``font-size: 0``, ``1px``, ``0.1em``: under 3 CSS pixels);
- placed off the screen (``left: -9999px``, ``text-indent: -999em``, ``translateX(-9999px)``) or
  clipped away (``clip: rect(0 0 0 0)``, ``clip-path: inset(50%)``, a zero size with
  ``overflow: hidden``);
- text of the same colour as the background it stands on (its own, or its nearest ancestor's).

Only selectors a simple matcher honours are read: one element name, class, id or attribute test,
or a few of them joined (``p.note``, ``a[rel=sponsored]``), in a rule outside any ``@media`` or
other at-rule. A rule with a combinator or a pseudo-class (``.menu .x``, ``.collapse:not(.show)``)
is passed over: read without its context it would hide what the page shows, and a false hidden link
costs more than a missed one. Google's spam policies list these tricks as hidden text and links.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import cache, lru_cache
from importlib.resources import files

# The properties that can hide an element or colour its text; a rule setting none of them is not kept.
_PROPERTIES = frozenset((
    "display", "visibility", "opacity", "color", "background", "background-color", "font-size",
    "left", "right", "top", "bottom", "text-indent", "margin-left", "margin-top", "transform",
    "clip", "clip-path", "height", "width", "max-height", "max-width", "overflow",
))
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
_CLIP_ZERO = re.compile(r"rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)", re.I)
_CLIP_PATH_GONE = re.compile(r"inset\(\s*50%|circle\(\s*0|polygon\(\s*0\s+0\s*\)", re.I)
_IMPORTANT = re.compile(r"\s*!\s*important\s*$", re.I)


def declarations(style: str) -> dict[str, str]:
    """``"color: red; DISPLAY:none"`` as ``{"color": "red", "display": "none"}`` (the last one of a
    property wins, as in a browser), keeping only the properties that can hide text."""
    found = {}
    for declaration in style.split(";"):
        name, colon, value = declaration.partition(":")
        name = name.strip().lower()
        if colon and name in _PROPERTIES:
            found[name] = _IMPORTANT.sub("", value.strip().lower())
    return found


def _pixels(value: str) -> float | None:
    match = _LENGTH.match(value.strip())
    if match is None:
        return None
    return float(match.group(1)) * _PIXELS[match.group(2) or ""]


def _zero(value: str | None) -> bool:
    return value is not None and _pixels(value) == 0


def hides(style: dict[str, str]) -> bool:
    """Declarations that keep an element's text from readers (see the module's docstring); the
    colour of the background behind it is :func:`hides_on`'s question."""
    get = style.get
    if get("display") == "none" or get("visibility") in ("hidden", "collapse"):
        return True
    if _zero(get("opacity")) or colour(get("color")) == "transparent":
        return True
    size = get("font-size")
    if size is not None and (pixels := _pixels(size)) is not None and pixels < _TINY_FONT_PX:
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
    if _CLIP_ZERO.search(get("clip", "")) or _CLIP_PATH_GONE.search(get("clip-path", "")):
        return True
    # A zero-size box hides what is inside it only when it clips it: a <tr style="height:0">
    # without overflow:hidden still shows its cells.
    zero_size = any(_zero(get(name)) for name in ("height", "width", "max-height", "max-width"))
    return zero_size and get("overflow") in ("hidden", "clip")


def _colour_names() -> dict[str, str]:
    return _data()["colours"]


@cache
def _data() -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib
    return tomllib.loads(files(__package__).joinpath("styles.toml").read_text(encoding="utf-8"))


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
    that could match it. A rule that hides is trusted only when no other selector of the page names
    its classes, id or tag: a theme hides a menu, a tab or a caption by default and shows it in an
    ``@media`` block, on ``:hover`` or with a class a script adds (``.menu.open``), and the page
    shows it; the spam's ``.x { display: none }`` stands alone.
    """

    def __init__(self, css_texts: list[str]) -> None:
        self.by_key: dict[str, list[tuple]] = {}
        rules = [rule for text in css_texts for rule in _rules(_COMMENT.sub(" ", text))]
        named = Counter(name for selectors, _, _ in rules for selector in selectors.split(",")
                        for name in set(_NAMES.findall(selector)))
        for order, (selectors, body, nested) in enumerate(rules):
            style = declarations(body)
            if nested or not style:
                continue
            hiding = hides(style)
            if not hiding and not ("color" in style or "background" in style or "background-color" in style):
                continue
            for selector in selectors.split(","):
                parsed = _simple_selector(selector.strip())
                if parsed is None or hiding and any(named[name] > 1 for name in _NAMES.findall(selector)):
                    continue
                tag, classes, ident, tests = parsed
                key = f"#{ident}" if ident else f".{classes[0]}" if classes else tag or "*"
                self.by_key.setdefault(key, []).append((order, tag, classes, ident, tests, style))

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
_BRACE = re.compile(r"[{}]")
# The names a selector uses: classes, ids and element names (".menu", "#x", "a").
_NAMES = re.compile(r"[.#][\w-]+|(?<![\w.#:\[=\-])[a-z][\w-]*(?![\w-]*\s*[=\]])", re.I)
# At-rules whose blocks hold rules (applied only under a condition, so never honoured as hiding).
_GROUPING = ("@media", "@supports", "@container", "@layer", "@document", "@scope")


def _rules(css: str, nested: bool = False):
    """(selectors, declarations, nested) of each rule, with those inside ``@media`` and other
    grouping at-rules marked nested; other at-rules (``@font-face``, ``@keyframes``) are passed over."""
    depth, start, opened = 0, 0, 0
    for brace in _BRACE.finditer(css):
        if brace.group() == "{":
            if depth == 0:
                opened = brace.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                prelude = css[start:opened].rpartition(";")[2].strip()  # after "@import ...;"
                body = css[opened + 1:brace.start()]
                if prelude.startswith(_GROUPING):
                    yield from _rules(body, nested=True)
                elif not prelude.startswith("@"):
                    yield prelude, body, nested
                start = brace.end()


_COMPOUND = re.compile(r"([a-z][a-z0-9-]*|\*)?((?:[.#][\w-]+|\[[^\]]+\])*)$", re.I)
_PART = re.compile(r"([.#])([\w-]+)|\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(\"[^\"]*\"|'[^']*'|[^\]\s]+)\s*)?\]")


def _simple_selector(selector: str):
    """``p.note#x[rel=sponsored]`` as (tag, classes, id, attribute tests); None for what the simple
    matcher does not honour (combinators, pseudo-classes and pseudo-elements)."""
    match = _COMPOUND.match(selector)
    if not selector or match is None:
        return None
    tag = (match.group(1) or "").lower()
    tag = "" if tag == "*" else tag
    classes, ident, tests = [], None, []
    for part in _PART.finditer(match.group(2)):
        if part.group(1) == ".":
            classes.append(part.group(2))
        elif part.group(1) == "#":
            ident = part.group(2)
        else:
            tests.append((part.group(3).lower(), part.group(4), (part.group(5) or "").strip("\"'")))
    if not (tag or classes or ident or tests):
        return None
    return tag, tuple(classes), ident, tuple(tests)


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


def hidden_by_attributes(attrs) -> bool:
    """An HTML element that readers do not see: the ``hidden`` attribute or a hiding inline style
    (also text coloured like the background the same style gives it)."""
    if "hidden" in attrs:
        return True
    style = str(attrs.get("style") or "")
    if not style:
        return False
    found = declarations(style)
    return hides(found) or _same_colour(found, background(found))


def _same_colour(style: dict[str, str], behind: str | None) -> bool:
    return behind is not None and "color" in style and colour(style["color"]) == behind
