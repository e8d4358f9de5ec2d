"""The rules' fast paths give their plain definitions' answers: LM901's advice markers opening on
a look-behind."""

import random

import pytest

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

