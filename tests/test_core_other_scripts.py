"""Another script than the article's, by property (`_other_language`, session 18): any letter outside Latin, named
by its Unicode name, not a list of scripts. Sentences written for these tests."""

import pytest

from lint_med.parsers.html import parse as parse_html
from lint_med.parsers.text import parse
from lint_med_core import _other_language

ARTICLE = ("Vitamin D helps the body absorb calcium from food, and most people get enough of it from sunlight in "
           "summer. Doctors check the level with a blood test when bones ache or break easily. ") * 4


@pytest.mark.parametrize("block, script", [
    ("ᤕᤠᤰᤌᤢᤱ ᤐᤠᤴ ᤀᤠᤱᤃᤢ ᤕᤠᤰᤌᤢᤱ", "Limbu"),  # Limbu: no labelled page holds it
    ("𑄌𑄋𑄴𑄟 𑄞𑄌𑄴 𑄌𑄋𑄴𑄟 𑄞𑄌𑄴", "Chakma"),
    ("ꆈꌠꁱꂷ ꀉꂿ ꌠ ꆈꌠꁱꂷ", "Yi"),
    ("ᨅᨔ ᨕᨘᨁᨗ ᨅᨔ ᨕᨘᨁᨗ", "Buginese"),
    ("ᱚᱞ ᱪᱤᱠᱤ ᱚᱞ ᱪᱤᱠᱤ", "Ol"),  # Ol Chiki: the first word of its name
    ("Это лекарство помогает каждый день", "Cyrillic"),
    ("この薬は毎日効きます", "Chinese or Japanese characters"),
])
def test_a_block_in_any_other_script_is_told_in_an_english_article(block, script):
    for doc in (parse(f"{ARTICLE}\n\n{block}\n", "a.txt", {}), parse(f"# Vitamin D\n\n{ARTICLE}\n\n> {block}\n", "a.md", {}),
                parse_html(f"<html><body><article><p>{ARTICLE}</p><p>{block}</p></article></body></html>", "a.html", {})):
        assert _other_language.other_language(doc, block) == f"{script}, a script the article does not use"


@pytest.mark.parametrize("text", ["naïve café, Ærø and Łódź", "ﬁrst ½ dose № 3 — “quoted” ™ 🙂", "ʼokina ˈstress"])
def test_latin_letters_symbols_and_modifiers_are_no_other_script(text):
    assert _other_language.script_counts(text) == {}
