"""The parsers' fast paths give the plain definitions' answers."""

import random
import re
from pathlib import Path

import pytest

from lint_med.document import _find_char, find_char_plain, window_chars
from lint_med.parsers.html import _COMMENT_REST, _UNTIL_END_TAG_1

# --- align: finding one character of a parser's text in the source --------------------

AWKWARD_SOURCES = [
    "", "<", ">", "&", "a<b>c", "<a href='x'>x</a>x", "&amp;&", "&amp", "&#38;x", "&lt;<p>&gt;", "<<>>a",
    "x<!-- a -->a", "<p title='a&amp;b'>&amp;</p>", "&nbsp;\u00a0", "&#x3C;<", "&unknown;u", "a" * 500 + "b",
]


@pytest.mark.parametrize("source", AWKWARD_SOURCES)
@pytest.mark.parametrize("char", ["a", "&", "<", ">", "\u00a0", "x", "b"])
@pytest.mark.parametrize("skip_tags", [True, False])
def test_find_char_is_the_plain_scan_on_awkward_source(source, char, skip_tags):
    for start in range(len(source) + 1):
        for limit in range(start, len(source) + 1):
            assert _find_char(source, char, start, limit, skip_tags) == \
                find_char_plain(source, char, start, limit, skip_tags), (source, char, start, limit)


PIECES = ["a", "b", " ", "<", ">", "&", "&amp;", "&amp", "&a", "&#97;", "&#x61;", "<p>", "</p>", "<a b='&amp;'>",
          "&lt;", "&gt;", "\u00a0", "&nbsp;", "&NotEqualTilde;", "<!--", "-->"]
CHARS = "ab&<>;\u00a0"


def random_windows(seed: int, count: int = 3000):
    """Random sources of awkward pieces, each with a window (start, limit) in it."""
    rng = random.Random(seed)
    for _ in range(count):
        source = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(source))
        yield source, start, rng.randint(start, len(source))


def test_find_char_is_the_plain_scan_on_random_source():
    found = 0
    for source, start, limit in random_windows(11):
        for char in CHARS:
            for skip_tags in (True, False):
                expected = find_char_plain(source, char, start, limit, skip_tags)
                assert _find_char(source, char, start, limit, skip_tags) == expected, (source, char, start, limit)
                found += expected[0] != -1
    assert found > 1000  # the random sources do hold matches, not only misses


def test_window_chars_hold_every_character_the_plain_scan_finds():
    checked = 0
    for source, start, limit in random_windows(13):
        for skip_tags in (True, False):
            window = window_chars(source, start, limit, skip_tags)
            for char in CHARS:
                if find_char_plain(source, char, start, limit, skip_tags)[0] != -1:
                    assert char in window, (source, char, start, limit)
                    checked += 1
    assert checked > 1000


# --- HTML: comments and scripts passed over, written out rather than lazy -------------

@pytest.mark.parametrize("name", ["div", "script", "title"])
def test_written_out_comment_and_end_tag_match_the_lazy_forms(name):
    plain = re.compile(rf"<(?:!--.*?-->|({name}|style)\b.*?</\1\s*>|(p)(?=[\s>/]))", re.S | re.I)
    fast = re.compile(rf"<(?:{_COMMENT_REST}|({name}|style)\b{_UNTIL_END_TAG_1}|(p)(?=[\s>/]))", re.S | re.I)
    pieces = ["<!--", "-->", "--", "-", "->", "<!-->", "<!--->", f"<{name}>", f"</{name}>", f"</{name.upper()} >",
              f"</{name}x>", "<style>", "</style>", "</STYLE\n>", "<p>", "<P ", "<p", "</p>", "<", ">", "a", "\n"]
    rng = random.Random(17)
    matched = 0
    for _ in range(5000):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        expected = [(m.span(), m.groups()) for m in plain.finditer(source)]
        assert [(m.span(), m.groups()) for m in fast.finditer(source)] == expected, source
        matched += len(expected)
    assert matched > 3000


# --- align: a text looked for near the cursor first, and not at all where it cannot be -------

def _sources_and_texts(seed: int, count: int = 400):
    """Random pages of text, entities and markup (some longer than the near window), with texts cut
    from them or decoded from them ("\u2019" where the page writes "&rsquo;")."""
    from lint_med import document

    rng = random.Random(seed)
    words = ["dose", "risk", "&rsquo;", "\u2019", "&amp;", "&", "<p>", "</p>", " ", "\n", "caf\u00e9", "\u00a0",
             "x" * (document._NEAR // 3)]
    for _ in range(count):
        source = "".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        start = rng.randint(0, len(source))
        end = rng.randint(start, len(source))
        cut = rng.randint(0, len(source))
        piece = source[cut:cut + rng.randint(1, 30)] or "dose"
        for text in (piece, piece.replace("&rsquo;", "\u2019").replace("&amp;", "&"), "\u2019s dose", "caf\u00e9 risk"):
            yield source, text, start, end


def test_find_text_is_str_find():
    from lint_med import document
    from lint_med.document import CharactersHeld, find_text

    seen_lacking = 0
    for source, text, start, end in _sources_and_texts(7):
        held = CharactersHeld(source)
        seen_lacking += held.lacks_one_of(text)
        assert find_text(source, text, start, end, held) == source.find(text, start, end), (source, text, start, end)
        assert find_text(source, text, start, end, None) == source.find(text, start, end)
    assert seen_lacking  # the pre-test was tried on texts the source cannot hold
    far = "<p>" + "x" * (2 * document._NEAR) + "caf\u00e9 risk &rsquo;s</p>"  # found only past the near window
    for text in ("caf\u00e9 risk", "risk \u2019s", "x</p>"):
        assert find_text(far, text, 0, len(far), CharactersHeld(far)) == far.find(text)


def test_characters_held_lacks_only_what_the_source_lacks():
    from lint_med.document import CharactersHeld

    held = CharactersHeld("<p>It&rsquo;s caf\u00e9 \u00a0time</p>")
    assert held.lacks_one_of("It\u2019s caf\u00e9")  # "\u2019" is written as an entity
    assert not held.lacks_one_of("caf\u00e9\u00a0")
    assert not held.lacks_one_of("It&rsquo;s")  # ASCII: never said to be lacking


# --- pass_over: the last text of a skipped element --------------------------------------------

LAST_STRING_PAGES = [
    "<nav><a>Home</a> <a>News</a>\n  </nav>",
    "<nav><a>Home</a><span>\u00a0</span>\n</nav>",  # the last text XPath finds not blank is blank to Python
    "<nav><a>Home</a><script>var menu = 1;</script>\n</nav>",  # the last text is a script's
    "<nav><a>Home</a><script>x()</script>tail words<style>p{}</style> </nav>",
    "<nav>\n  \t</nav>", "<nav></nav>", "<nav>only</nav>", "<nav><b>a</b>\u2003<i>b</i>\u2003</nav>",
    "<aside><p>One</p><template><p>later</p></template><!-- c -->\n</aside>",
]


@pytest.mark.parametrize("page", LAST_STRING_PAGES)
def test_last_string_is_the_last_unblank_of_strings(page):
    from lint_med.parsers.html import _TagIndex, _last_string, _strings, parse_tree

    root = parse_tree(page)
    opaque = _TagIndex(root).opaque
    for tag in root.iter("nav", "aside"):
        plain = [s for s in _strings(tag, opaque) if s.strip()]
        assert _last_string(tag, opaque) == (plain[-1] if plain else None)


# --- TextBuilder: the text kept in pieces is the text built one character at a time ------------


def build_plainly(pieces: list[tuple[str, list[int]] | None]) -> tuple[str, list[int], bool]:
    """TextBuilder's definition, character by character: each run of whitespace is one space
    (at the offset of its first character), none at the start or end; a soft hyphen is dropped,
    a non-breaking hyphen is "-". ``None`` is a call of space(). Also whether the text holds a
    character other than a space (TextBuilder's truth)."""
    chars: list[str] = []
    offsets: list[int] = []
    for piece in pieces:
        if piece is None:
            piece = (" ", [offsets[-1]] if offsets else [0])
        for char, offset in zip(*piece):
            if char == "\u00ad":
                continue
            if char.isspace():
                if not chars or chars[-1] == " ":
                    continue
                char = " "
            chars.append("-" if char == "\u2011" else char)
            offsets.append(offset)
    truth = any(c != " " for c in chars)
    while chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets, truth


BUILDER_PIECES = ["word", " ", "  ", "\n", "\t ", "a b", " lead", "trail ", "\u00a0", "soft\u00adhyphen",
                  "post\u2011op", "\u00ad", "x\n\ny", " \u00ad ", "\u3000", "end."]


def test_text_builder_is_the_plain_character_by_character_build():
    from lint_med.document import TextBuilder

    rng = random.Random(31)
    for _ in range(4000):
        pieces, at = [], 0
        for _ in range(rng.randint(0, 6)):
            if rng.random() < 0.2:
                pieces.append(None)
                continue
            text = "".join(rng.choice(BUILDER_PIECES) for _ in range(rng.randint(1, 3)))
            pieces.append((text, list(range(at, at + len(text)))))
            at += len(text) + rng.randint(0, 3)
        builder = TextBuilder()
        for piece in pieces:
            if piece is None:
                builder.space()
            else:  # as align gives them: a range where the text stands whole in the source
                builder.add(piece[0], range(piece[1][0], piece[1][-1] + 1) if rng.random() < 0.5 else piece[1])
        truth = bool(builder)
        text, offsets = builder.build()
        assert (text, offsets, truth) == build_plainly(pieces), pieces


ODD_SPACE_PIECES = ["a", "b", " ", "  ", "\t", "\n", "\r", "\u00a0", "\u3000", "\u2009", "\u00ad", "\u2011", "-", ".", "é"]


def test_odd_space_pattern_is_the_plain_one():
    """_ODD_SPACE, written to start with the characters that start a match, finds one where the plain
    alternatives ([^\\S ]|  |\\u00ad|\\u2011) do."""
    from lint_med.document import _ODD_SPACE

    plain = re.compile(r"[^\S ]|  |\u00ad|\u2011")
    rng = random.Random(31)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(ODD_SPACE_PIECES) for _ in range(rng.randint(0, 8)))
        expected = plain.search(text) is not None
        assert (_ODD_SPACE.search(text) is not None) == expected, repr(text)
        found += expected
    assert 2000 < found < 18000


# --- the prose weights: furniture told once per element ------------------------------------------


def test_furniture_known_is_the_plain_test_on_every_page():
    """_in_furniture_known, which keeps each element's answer, answers as _in_furniture for every
    element holding a prose run, on the fixture pages and the shared corpus pages."""
    from lint_med.parsers.html import _in_furniture, _in_furniture_known, _TagIndex, parse_tree

    root_dir = Path(__file__).resolve().parent.parent
    corpus = root_dir.parent / "shared" / "corpus" / "readability-test-pages"  # absent: the fixtures alone
    pages = sorted((root_dir / "fixtures").rglob("*.html")) + sorted(corpus.glob("*/source.html"))[:40]
    asked = inside = 0
    for page in pages:
        root = parse_tree(page.read_text(encoding="utf-8", errors="replace"))
        if root is None:
            continue
        index, known = _TagIndex(root), {}
        for element in [parent for _, parent in index.prose if parent is not None] + list(root.iter("a", "p", "li")):
            answer = _in_furniture(element)
            assert _in_furniture_known(element, known) == answer, (page, element)
            asked, inside = asked + 1, inside + answer
    assert asked > 1000 and inside > 50  # both answers are met
