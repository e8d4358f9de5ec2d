"""The forms of session 13's widget, kicker and stitched-story tests (LM202), on lines we wrote."""

import pytest

from lint_med_core.offtopic import _KICKER, _item_head, _item_meta, headline_shaped, widget_label


class _Block:
    def __init__(self, text: str):
        self.text = text


@pytest.mark.parametrize("line", ["More from Health", "Related stories", "Editors' picks", "Most read",
                                  "You may also like", "Trending now", "In other news"])
def test_widget_labels(line):
    assert widget_label(line)


@pytest.mark.parametrize("line", ["More than half of the patients improved",
                                  "Related side effects are listed in the leaflet that comes with the pack"])
def test_a_sentence_is_no_widget_label(line):
    assert not widget_label(line)


@pytest.mark.parametrize("text, head", [
    ("Dentists warn that whitening kits can burn the gums · 4 min read", "Dentists warn that whitening kits can burn the gums"),
    ("Dentists warn that whitening kits can burn the gums 2 hours ago", "Dentists warn that whitening kits can burn the gums"),
    ("Dentists warn that whitening kits can burn the gums\nMarch 3, 2024", "Dentists warn that whitening kits can burn the gums"),
    ("Dentists warn that whitening kits can burn the gums\nBy Jane Porter", "Dentists warn that whitening kits can burn the gums"),
    ("Dentists warn that whitening kits can burn the gums\nand the regulator agrees", ""),
])
def test_an_items_date_reading_time_or_byline_is_left_out(text, head):
    assert _item_head(_Block(text)) == head


def test_a_block_of_only_a_date_is_item_meta():
    assert _item_meta("12 May 2023") and not _item_meta("Take it with food")


def test_a_listicle_number_opens_a_headline_in_title_case_only():
    assert headline_shaped("12 Celebrities And The Foods They Refuse To Eat")
    assert not headline_shaped("2 tablets a day for the first week")


@pytest.mark.parametrize("line, kicker", [("Recalls:More cases reported in a deli outbreak", True),
                                          ("Travel:Airports ease the limits on liquids", True),
                                          ("Recalls: More cases reported in a deli outbreak", False),
                                          ("Note:take it with food", False)])
def test_a_label_glued_to_a_headline(line, kicker):
    assert bool(_KICKER.match(line)) is kicker
