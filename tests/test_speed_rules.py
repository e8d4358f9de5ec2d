"""The rules' fast paths give their plain definitions' answers: LM901's advice markers opening on
a look-behind, and the phrase searches' test of a text's case folding (LM105 and others)."""

import random

import pytest

from lint_med_core._phrases import folds_plainly
from lint_med_core.disclaimer import _Marker, _advice

AWKWARD = [
    "", "how important to take", "it is important to take it", "how it is important to take",
    "important to take. how important to see. wise to ask", "how how important to ask", "xhow wise to see",
    "otherwise to ask", "how otherwise to ask", "howimportant to take", "how  important to take",
    "important important to take", "best to take best to use", "how best to take it, but best to ask",
    "a good idea to ask how a good idea to ask", "\nhow \nimportant to take", "it is better not to mix",
]


def _spans(matches):
    return [(m.start(), m.end(), m.group()) for m in matches]


def _look_behind_markers():
    statements, questions, _, _ = _advice()
    markers = [marker for _, marker in statements + questions if marker._bare is not None]
    assert markers, "no marker opens on a look-behind: the fast path is no longer used"
    return markers


@pytest.mark.parametrize("text", AWKWARD)
def test_marker_fast_path_matches_the_full_pattern(text):
    for marker in _look_behind_markers():
        assert _spans(marker.finditer(text)) == _spans(marker.pattern.finditer(text)), (marker.pattern.pattern, text)


def test_marker_fast_path_on_random_text():
    pieces = ["how ", "how", " ", "important", "wise", "other", "best", "to ", "take", "ask", "not ", ". ", "\n", "x"]
    rng = random.Random(901)
    markers = _look_behind_markers()
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for marker in markers:
            assert _spans(marker.finditer(text)) == _spans(marker.pattern.finditer(text)), text


def test_a_look_behind_of_other_words():
    marker = _Marker(r"(?<!no )(?:way|path)s? (?:to|for)\b")
    assert marker._bare is not None
    for text in ["no way to", "the way to go, no paths for", "no no way for", "a way, no way to, ways for"]:
        assert _spans(marker.finditer(text)) == _spans(marker.pattern.finditer(text)), text


def _folds_plainly_plain(text: str) -> bool:
    return text.isascii() or all(c.isascii() or c.lower() == c.upper() == c for c in set(text))


FOLD_TEXTS = ["", "a", "Order now", "Order now \u2019s", "\u201cquoted\u201d \u2014 dash\u00a0space", "caf\u00e9", "\u00c9", "\u0130nscrivez",
              "\u017f", "\u212a", "\u00df", "\u00b5g", "x\u0131", "\u00bd \u2026 \u20ac5", "\u4e2d\u6587", "\u00aa\u00ba", "A\u2019B\u00e9"]


@pytest.mark.parametrize("text", FOLD_TEXTS)
def test_folds_plainly_is_the_plain_definition(text):
    assert folds_plainly(text) == _folds_plainly_plain(text)


def test_folds_plainly_on_random_text():
    rng = random.Random(105)
    alphabet = "aZ ’“—\u00a0é\u00c9\u0130\u0131\u017f\u212a\u00df\u00b5½中\u00aa"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert folds_plainly(text) == _folds_plainly_plain(text), text


def test_a_look_behind_before_a_top_level_alternation_is_left_to_the_pattern():
    marker = _Marker(r"(?<!no )way to|path for")  # the look-behind is the first alternative's only
    assert marker._bare is None
    for text in ["no path for", "no way to", "a way to, no path for"]:
        assert _spans(marker.finditer(text)) == _spans(marker.pattern.finditer(text)), text


def test_site_send_reads_every_block_naming_a_site(parsed_fixtures):
    """_site_send skips the blocks outside _site_word_blocks: each holds no match of _SITE_WORDS
    (its sentences cannot send the reader to a site), on every fixture article; and the blocks
    inside are those that do."""
    from lint_med_core.links import _SITE_WORDS, _site_word_blocks

    inside = 0
    for _, doc in parsed_fixtures:
        held = _site_word_blocks(doc)
        for block in doc.blocks:
            assert (block.index in held) == bool(_SITE_WORDS.search(block.text.lower())), block.text
            inside += block.index in held
    assert inside > 50



@pytest.mark.parametrize("text", [
    "Our shampoo is sold in every boutique in town.\n\nNothing else here.",  # only a word most pages lack
    "A plain paragraph about sleep.\n\nAnother one about naps.",  # no site word at all
    "İstanbul clinics list a webshop.\n\nThe Magasin du Nord stocks it.\n\nNo such word.",  # lowercase moves places
    "Visit the STORE today.\n\nThe sitio is closed; see the pagebreak.",  # capitals, words inside words
])
def test_site_word_blocks_on_invented_pages(text):
    """_site_word_blocks seeks only the site words the article holds: the blocks whose lowercase
    text has a match of _SITE_WORDS, on pages of invented text."""
    from lint_med.parsers.markdown import parse
    from lint_med_core.links import _SITE_WORDS, _site_word_blocks

    doc = parse(text, "page.md", {})
    assert _site_word_blocks(doc) == {block.index for block in doc.blocks if _SITE_WORDS.search(block.text.lower())}

def _vendor_names_plainly(doc) -> set[str]:
    """_vendor_anchored_names with every vendor word sought in the whole text (its plain definition)."""
    from lint_med_core.links import _WORD_BEFORE, _capitals_only_elsewhere, _vendor_starts
    from lint_med_core._topic import generic_words

    whole = doc.body_text
    before = {match.group("name") for start in _vendor_starts(whole)
              if (match := _WORD_BEFORE.search(whole, max(0, start - 23), start))}
    return {name for name in before - generic_words() if _capitals_only_elsewhere(doc, name)}


def test_vendor_names_seek_only_the_vendor_words_the_article_holds(parsed_fixtures):
    """_vendor_anchored_names seeks only the vendor words among the article's literals: the same
    names as seeking every one, on the fixtures and on invented pages (a vendor word in capitals,
    a plural, a word that only starts like one)."""
    from lint_med.engine import Linter, Overrides
    from lint_med_core.links import _vendor_anchored_names

    linter = Linter(Overrides(isolated=True))
    pages = [
        "# Kratom\n\nKRATOM is sold widely. Our KRATOM review covers doses.\n\nFind a kratom source near you.\n",
        "# NMN\n\nNMN capsules are popular. The NMN market grows.\n\nThe best nmn suppliers ship fast.\n",
        "# CBD\n\nCBD oil is legal. CBD gummies too.\n\nVisit a cbd Shop or a cbd storefront today.\n",
        "# SARMs\n\nSARMs are not approved. SARMs carry risks.\n\nsarms Vendors, sarms vendor lists.\n",
    ]
    docs = [doc for _, doc in parsed_fixtures] + [linter.parse(page, "page.md") for page in pages]
    found = 0
    for doc in docs:
        fast = _vendor_anchored_names(doc)
        assert fast == _vendor_names_plainly(doc), doc.path
        found += bool(fast)
    assert found >= 2


_PITCH_BLOCK_PAGES = [
    "# Kratom\n\nKRATOM is sold widely.\n\nFind a kratom source near you, or head to Zentrol.\n\n- see acme-kratom.com",
    "İstanbul clinics: visit kava-dispensary.co.uk today.\n\nCheck out Rubivane.\n\nA plain line.",  # places move
    "A paragraph ending in an address.com\n\nAnother naming example.org.\n\n# A heading.com\n\nNo address here.",
    "Buy it at CopperleaSaddlery today.\n\nSee HTTP://Widget.example now.\n\n[Allow](https://push.example) it.\n\nPlain.",
]


def test_pitch_blocks_are_the_finders_first_tests(parsed_fixtures):
    """LM105 calls a finder of _PITCH_BLOCKS only on the blocks its set names: each set is the blocks
    that pass the finder's own first test (its plain definition), on the fixtures and invented pages."""
    from lint_med.engine import Linter, Overrides
    from lint_med_core.links import (_GLUED_NAME_SIGN, _SITE_WORDS, _TLD_HINT, _address_blocks, _glued_name_blocks,
                                     _links_of, _name_send_blocks, _name_send_words_held, _site_word_blocks,
                                     _vendor_anchor_blocks, _vendor_anchored_names, _widget_button_blocks,
                                     _PITCH_BLOCKS)

    # every block set below is the one LM105 asks for its finder (a set computed and never asked for gates nothing)
    assert set(_PITCH_BLOCKS.values()) == {_name_send_blocks, _vendor_anchor_blocks, _address_blocks,
                                           _site_word_blocks, _glued_name_blocks, _widget_button_blocks}

    linter = Linter(Overrides(isolated=True))
    docs = [doc for _, doc in parsed_fixtures] + [linter.parse(page, "page.md") for page in _PITCH_BLOCK_PAGES]
    inside = {"name": 0, "vendor": 0, "address": 0, "glued": 0, "widget": 0}
    for doc in docs:
        names, words = _vendor_anchored_names(doc), _name_send_words_held(doc)
        for block in doc.blocks:
            lowered = block.text.lower()
            name_send = any(word in lowered for word in words)
            vendor = any(name in lowered for name in names)
            address = block.kind in ("paragraph", "list_item") and bool(_TLD_HINT.search(lowered))
            assert (block.index in _name_send_blocks(doc)) == name_send, block.text
            assert (block.index in _vendor_anchor_blocks(doc)) == vendor, block.text
            assert (block.index in _address_blocks(doc)) == address, block.text
            assert (block.index in _site_word_blocks(doc)) == bool(_SITE_WORDS.search(lowered)), block.text
            glued = bool(_GLUED_NAME_SIGN.search(block.text))
            widget = block.index in _links_of(doc) or "http" in lowered or "www." in lowered
            assert (block.index in _glued_name_blocks(doc)) == glued, block.text
            assert (block.index in _widget_button_blocks(doc)) == widget, block.text
            inside["glued"] += glued
            inside["widget"] += widget
            inside["name"] += name_send
            inside["vendor"] += vendor
            inside["address"] += address
    assert all(count > 0 for count in inside.values()), inside


HELD_TEXTS = [
    "You should take it with food.", "Young people consult their GP.", "It is important to rest; you'll need help.",
    "İt is importante che tu... il faut prendre", "quantité à prendre: 2 comprimés", "people should-not", "",
    "My patients\u00a0should rest", "Wir fragen sie nicht. Il est important.", "recommended doses 2 times a day",
]


@pytest.mark.parametrize("text", HELD_TEXTS)
def test_advice_words_held_are_the_words_the_lowercase_text_holds(text):
    """advises_reader tests a marker's required words against present_words, plainly `required in lower`."""
    from lint_med.parsers import markdown
    from lint_med_core._evidence import lowered_body, present_words
    from lint_med_core.disclaimer import _required_words

    doc = markdown.parse(text, "article.md", {})
    lower = lowered_body(doc)
    assert set(present_words(doc, _required_words())) == {word for word in _required_words() if word in lower}


def test_glued_name_blocks_with_a_line_break_in_a_block():
    """_glued_name_blocks counts its blocks' starts in bytes by the lines of the text, or, when a block holds a
    line break, by each block's own length: either way the blocks it gives are those the pattern finds a sign in."""
    from types import SimpleNamespace

    from lint_med_core.links import _GLUED_NAME_SIGN, _glued_name_blocks

    for texts in (["Café one", "buy at CopperleaSaddlery", "Über"], ["Café\nsé", "Ünd\nbuy at AcmeKayakHire", "no", "eBayShop"]):
        doc = SimpleNamespace(blocks=[SimpleNamespace(text=text) for text in texts], body_text="\n".join(texts))
        plain = frozenset(index for index, text in enumerate(texts) if _GLUED_NAME_SIGN.search(text))
        assert _glued_name_blocks.__wrapped__(doc) == plain
        assert plain
