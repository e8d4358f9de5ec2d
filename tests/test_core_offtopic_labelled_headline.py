"""A headline of another story standing alone between two paragraphs under ANY label (offdup43, LM203): a
site's series or section label ("Fact check:", "Explainer:", "Opinion:", "Pagsusuri:") written as a label
(capitalised, a colon and a space) over a headline (capitalised, five words or more, no closing stop) that
names a subject the article does not discuss and the two paragraphs after it do not take up. The property
is the block's (a labelled headline line amid running text) and its relation to the article's words, not a
list of labels or subjects. Our own sentences, placed between the paragraphs of a short article in
Markdown, HTML and plain text; the article's own labelled lines (its subject after the label, a note, a
sentence, a list item) must stay quiet."""

import pytest
from test_core_offtopic_site_blocks import BODY, FORMATS, TITLE
from test_core_offtopic_teaser_line import SW_BODY, SW_TITLE, TL_BODY, TL_TITLE, _lm203, _lm203_messages


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "Fact check: No, the new harbour bridge will not close for a whole year",
    "Explainer: Why bus fares in the city rise again in January",
    "Opinion: The national rugby side needs a new captain before the autumn tour",
    "Weekend Reads: The lighthouse keeper who painted every storm for forty years",
    # a school newsletter's section label: a page kind no labelled page is
    "Sports Desk: Under-twelve netball squad wins the county final in Derby",
    "Live Blog: Transfer window closes with three late signings at the city club",
])
def test_a_labelled_headline_of_another_story_is_reported(fmt, line):
    assert any("teaser" in m for m in _lm203(fmt, line)), line


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, body, line", [
    # Tagalog and Swahili, with labels of their own ("Analysis:"), in no label table
    (TL_TITLE, TL_BODY, "Pagsusuri: Bagong tulay sa Pasig bubuksan na sa susunod na buwan"),
    (SW_TITLE, SW_BODY, "Uchambuzi: Timu ya taifa yashinda mechi ya kirafiki jijini Arusha"),
    (SW_TITLE, SW_BODY, "Michezo Leo: Klabu ya Simba yasajili mshambuliaji mpya kutoka Ghana"),
])
def test_a_labelled_headline_in_another_language_is_reported(fmt, title, body, line):
    assert any("teaser" in m for m in _lm203(fmt, line, title, body)), line


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    # the article's own subject after the label
    "Fact check: Does metformin really cause stomach upset in most people",
    "Explainer: How metformin lowers blood sugar after a meal",
    # a note or a sentence, not a headline
    "Note: take metformin with your evening meal to spare the stomach.",
    "Update: this page was revised in March with new dosing advice.",
    "Photo: Getty Images",
    # a speaker's label over the article's subject
    "Dr Anna Clarke: Why I tell patients to take metformin with food",
])
def test_the_article_s_own_labelled_lines_are_not_teasers(fmt, line):
    assert _lm203(fmt, line) == [], line


def test_a_labelled_list_item_is_the_list_s_own():
    # a checklist item ("Assess the brand: Does it ...") is no headline between two paragraphs
    body = [*BODY[:2], "- Assess the clinic: Does it keep opening hours that suit working parents", BODY[2]]
    assert _lm203_messages("markdown", TITLE, body) == []
