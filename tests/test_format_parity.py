"""Format parity: a block or a link planted in Markdown is read as the same thing written in HTML or plain
text is (our own sentences, of several trades and languages)."""

import pytest

from lint_med import lint_text

ARTICLE = ("# Shingles in older adults\n\nShingles is a painful rash caused by the chickenpox virus waking up "
           "in the nerves. Dr Okafor of Kelvedon Hospital treats shingles with antiviral tablets started within "
           "three days of the rash.\n\nThe shingles vaccine halves the risk of the rash and of the nerve pain "
           "that can follow it, the hospital's nurses say.\n\n{block}\n\nPeople over 70 are offered the shingles "
           "vaccine by their doctor; the rash itself is not passed on as shingles.\n")


def _codes_at(text: str, path: str, line: int) -> set:
    return {f.code for f in lint_text(text, path=path) if f.line == line}


@pytest.mark.parametrize("block", [
    # a business's line set off as a quotation (Markdown's "> "), under a bold head, in any language
    "> **Dicton du jour**\n>\n> Quenby Pest Control chasse les guêpes! Appelez le 0161 496 0732.",
    "> **Proverb of the day**\n>\n> Slow and steady! Brackmoor Roofing fixes leaks: 0113 496 0592.",
])
def test_a_pitch_set_off_as_a_quotation_is_read_as_one(block):
    text = ARTICLE.format(block=block)
    line = text[:text.index(block)].count("\n") + 3
    assert "LM203" in _codes_at(text, "a.md", line)


def test_a_quotation_of_the_article_stays_clean():
    block = ("> \"Most people recover from shingles within a month,\" said Dr Okafor. \"Call 0161 496 0732 "
             "if the rash reaches your eye.\"")
    text = ARTICLE.format(block=block)
    assert not {f for f in lint_text(text, path="a.md") if f.code in ("LM202", "LM203")}
