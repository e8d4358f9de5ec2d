"""The drug packs' activation pre-test (a literal substring test) agrees with the plain regex."""

import random
import re

from lint_med_drugs import activation
from lint_med_drugs.model import FLAGS, builtin_packs

ALIASES = tuple(alias for pack in builtin_packs().values() for alias in pack.data["names"]["aliases"])
EXTRA = (r"\bKetamine\b", r"\bSpravato\b", r"\blow[- ]dose\s+naltrexone\b", r"(?x) ldn \d", r"\bſtatin\b")

AWKWARD = [
    "", "KETAMİNE helps", "ketamıne", "ſpravato", "SPRAVATO", "\u212aetamine", "esketamine2",
    "low\u00a0dose naltrexone", "low-dose naltrexone", "Ultra-low dose naltrexone", "very low dose naltrexone",
    "couldn't", "LDN 4.5 mg", "LDN4", "ldn\u00a0", "low dose\u00a0naltrexone", "İİİ ſſſ", "STATIN", "ſtatın",
]


def plain(aliases, text):
    any_alias = activation._any_alias(aliases)
    return any_alias is None or any_alias.search(text) is not None


def test_fold_table_lists_every_non_ascii_character_a_case_insensitive_regex_matches_to_ascii():
    others = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    found = {char: next(a for a in map(chr, range(128)) if re.fullmatch(re.escape(a), char, FLAGS)).lower()
             for char in re.findall(r"[\x00-\x7f]", others, FLAGS)}
    assert found == {chr(k): v for k, v in activation._FOLD.items()}


def test_required_literals_are_found():
    assert activation._required_literals((r"\bLDN\b", r"\blow(?<!x)[- ]dose naltrexone\b")) == ("ldn", "dose naltrexone")
    assert activation._required_literals((r"\bLDN\b", r"\d+ ?(?:mg|g)")) is None


def test_fast_path_agrees_with_the_plain_regex_on_awkward_text():
    rng = random.Random(7)
    pieces = ["ket", "amine", "es", "Spra", "vato", "LDN", "ldn", "low", " dose ", "-dose ", "naltrexone",
              "İ", "ı", "ſ", "\u212a", "\u00a0", "4", " ", "-", "ultra-", "statin", "STAT", "IN"]
    texts = AWKWARD + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    for aliases in (ALIASES, EXTRA, ALIASES + EXTRA):
        for text in texts:
            assert activation._may_name(aliases, text) == plain(aliases, text), (aliases, text)
    assert any(plain(ALIASES, t) for t in texts) and not all(plain(ALIASES, t) for t in texts)


def test_the_lowered_text_a_caller_passes_gives_the_same_answer_when_no_letter_folds():
    """active_packs passes the article's lowercase (lowered_body) for a body holding none of ASCII_FOLDS."""
    rng = random.Random(11)
    pieces = ["ket", "amine", "es", "Spra", "vato", "LDN", "ldn", "low", " dose ", "-dose ", "naltrexone",
              "É", "ß", "\u00a0", "4", " ", "-", "ultra-", "statin", "STAT", "IN", "Ω"]
    texts = [t for t in AWKWARD if not any(c in t for c in "İıſ\u212a")]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(2000)]
    for aliases in (ALIASES, EXTRA, ALIASES + EXTRA):
        for text in texts:
            assert activation._may_name(aliases, text, text.lower()) == plain(aliases, text), (aliases, text)


def test_a_body_with_a_folding_letter_is_folded_not_lowered(monkeypatch):
    """"KETAMİNE" lowers to "ketami̇ne" (two characters for İ), which holds no "ketamine": such a body is
    folded (_fold), never read through the article's lowercase."""
    from lint_med.document import Block, Document

    def not_asked(doc):
        raise AssertionError("lowered_body read for a body holding a folding letter")

    monkeypatch.setattr(activation, "lowered_body", not_asked)
    text = "Patients given KETAMİNE at the clinic reported relief; ketamine works in hours. " * 3
    doc = Document(path="x.txt", format="text", source=text, blocks=[Block(text, list(range(len(text))))])
    assert activation._may_name(ALIASES, doc.body_text) == plain(ALIASES, doc.body_text)
    activation.active_packs(doc, {})  # does not read lowered_body
