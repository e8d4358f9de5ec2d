"""LM901's named-speaker pattern, tried only at a word's start with one of its alternatives' first letters, finds
what its plain definition finds (_voice._named_speaker against re.compile(_named_speaker_shape()))."""

import re

import pytest

from lint_med_core import _voice

TEXTS = [
    "", "said", "Dr Lena Okafor said the rash fades.", "The rash fades, said Professor Ito.",
    "Pat Quill, a nurse in Derby, says to rest.", "Pat Quill, head of care at Bay Clinic, told us so.",
    "Mr Ode — lead pharmacist at Kell Health — warned that doses vary.", "It helps, according to the GP Dr Anne Vo.",
    "Nurse Bo Lin has said so; Mrs Kay Dee had told us.", "explained Ms Rue Tan", "says Sam Holt, the owner",
    "xsaid Dr Lee", "Dr.Lee said", "Health Canada, for example, says nothing.", "Ann Bee, which is odd, said",
    "recalled Prof. Ada Moss, noted Mr Jo Fry", "Überarzt Dr Öz said", "according to some local reports Dr Max Ford",
    "Dr Eve Stone\nsaid", "«Dr Ida Lund» stated",
]


@pytest.mark.parametrize("text", TEXTS)
def test_named_speaker_is_the_plain_pattern(text):
    plain = re.compile(_voice._named_speaker_shape())
    fast = _voice._named_speaker()
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_named_speaker_finds_a_speaker():
    assert _voice._named_speaker().search("The dose is low, said Dr Rita Moon.")
