"""A plain-text card: an address alone on its line, right under one or two short lines (its title, its
description) that only a line end cuts from it; those lines are its words, as an anchor's would be
(`links._card_lines`). Cards, sites and sentences are invented for these tests."""

import pytest

from lint_med.parsers import text
from lint_med_core.links import unrelated_link

ARTICLE = ("Iron and tiredness\n\nLow iron is a common cause of tiredness, and a blood test can show it.\n\n"
           "Doctors may suggest iron tablets for a few months; they can upset the stomach.\n\n{}\n\n"
           "Eating red meat, beans and leafy greens also helps keep iron levels up.\n")


def _findings(card: str) -> list[str]:
    doc = text.parse(ARTICLE.format(card), "article.txt", {})
    doc.vocabulary = {}
    return [hit.message for hit in unrelated_link.run(doc, {**unrelated_link.defaults(), "pack": {}})]


@pytest.mark.parametrize("card", [
    # title and description over the address
    "Kestrel Roofing | slate roof repairs in Truro\nSame-week slate and chimney repairs, free quotes.\n"
    "https://kestrelroofers.example/slate-repairs",
    # one line only, with a pointing hand (any mark)
    "👉 Boat engine servicing and winter storage on the Solent\nhttps://marinaworks.example/engines",
    # Welsh: a card in another language than any labelled page's (its words are the article's nowhere)
    "Atgyweirio peiriannau golchi yng Nghaerdydd\nGwasanaeth cyflym, prisiau teg.\nhttps://golchwyr.example/caerdydd",
    # Swahili, the address with a query
    "Ukarabati wa paa na mabati Mombasa\nBei nafuu, huduma ya haraka.\nhttps://paa-bora.example/huduma?mji=mombasa",
    # a chat export: the host only, with its path, in a monospace-free line
    "Drum lessons for adults, first lesson free\nwww.drumroomstudio.example/adults",
])
def test_a_plain_text_cards_lines_are_its_words(card):
    found = _findings(card)
    assert len(found) == 1, found


@pytest.mark.parametrize("card", [
    # the card is on the article's subject
    "Iron-rich meals for tired teenagers\nRecipes with beans, red meat and leafy greens.\nhttps://family-kitchen.example/iron",
    # a blank line between the words and the address: no card, a paragraph and a link standing alone
    "Kestrel Roofing | slate roof repairs in Truro\n\nhttps://kestrelroofers.example/slate-repairs",
    # a long paragraph of the article right above the address is no card's line
    "Iron tablets work best on an empty stomach, but many people take them with food to avoid nausea and pain.\n"
    "https://www.nhs.uk/medicines/ferrous-sulfate/",
])
def test_no_card_or_a_card_on_the_subject_is_not_reported(card):
    assert _findings(card) == []
