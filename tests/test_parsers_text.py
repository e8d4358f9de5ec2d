"""The plain-text parser: blocks from blank lines, and from line ends when there are none."""

from lint_med.parsers import text as text_parser


def parse(source):
    return text_parser.parse(source, "a.txt", {})


def kinds(doc):
    return [(b.kind, b.text[:24]) for b in doc.blocks]


def line_col(doc, block):
    return doc.line_col(block.offsets[0])


# One paragraph per line, as a page copied from a browser or a CMS export gives it.
WEB_COPY = (
    "Cold sores: how to shorten an outbreak\n"
    "Cold sores are small blisters on the lips caused by a herpes virus. Most clear up on their own in ten days.\n"
    "Antiviral creams work best when applied at the first tingle, five times a day for four or five days.\n"
    "When to see a pharmacist\n"
    "Ask a pharmacist if a sore has not started to heal after ten days, or if you have a weak immune system.\n"
    "Get 25% off all lip care this weekend only!\n"
)


def test_web_copy_is_one_block_per_line():
    doc = parse(WEB_COPY)
    assert kinds(doc) == [("heading", "Cold sores: how to shorte"[:24]), ("paragraph", "Cold sores are small bli"),
                          ("paragraph", "Antiviral creams work be"), ("heading", "When to see a pharmacist"),
                          ("paragraph", "Ask a pharmacist if a so"), ("paragraph", "Get 25% off all lip care")]
    assert doc.title == "Cold sores: how to shorten an outbreak"
    assert [b.level for b in doc.blocks if b.kind == "heading"] == [1, 2]
    # positions stay exact: the second sentence of line 2
    second = doc.blocks[1].sentences[1]
    assert second.text == "Most clear up on their own in ten days."
    start, end = second.source_span()
    assert doc.line_col(start) == (2, 69) and doc.source[start:end] == second.text
    assert line_col(doc, doc.blocks[5]) == (6, 1)


def test_web_copy_sentence_running_across_a_line_end_goes_on():
    # a link or a line break left in a scraped sentence: no stop, the next line in lower case
    doc = parse("Zinc lozenges are sold as a cold remedy in\nmost pharmacies, often next to the tills.\n"
                "A second paragraph starts here, with its own sentence.\n")
    assert [b.text for b in doc.blocks] == [
        "Zinc lozenges are sold as a cold remedy in most pharmacies, often next to the tills.",
        "A second paragraph starts here, with its own sentence."]
    assert line_col(doc, doc.blocks[1]) == (3, 1)


# Hard-wrapped at 60 columns, no blank lines: paragraphs end where a line stops short.
WRAPPED = (
    "Magnesium is a mineral the body needs for muscles, nerves\n"
    "and bones. Most people get enough from green vegetables,\n"
    "nuts and whole grains.\n"
    "Supplements are sold for cramps and poor sleep, but trials\n"
    "have found little benefit for either. High doses cause\n"
    "diarrhoea, and people with kidney disease should avoid them.\n"
    "Who should take it\n"
    "A doctor may prescribe magnesium when a blood test shows a\n"
    "low level, for example after long use of some heartburn\n"
    "medicines.\n"
)


def test_hard_wrapped_text_keeps_its_paragraphs():
    doc = parse(WRAPPED)
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph", "heading", "paragraph"]
    assert doc.blocks[0].text.endswith("green vegetables, nuts and whole grains.")
    assert doc.blocks[1].text.startswith("Supplements are sold") and doc.blocks[1].text.endswith("avoid them.")
    assert doc.blocks[2].text == "Who should take it"
    assert [line_col(doc, b) for b in doc.blocks] == [(1, 1), (4, 1), (7, 1), (8, 1)]
    # a sentence across a wrapped line end maps back to both lines
    sentence = doc.blocks[1].sentences[1]
    assert sentence.text.startswith("High doses cause diarrhoea")
    start, end = sentence.source_span()
    assert doc.line_col(start) == (5, 39) and doc.line_col(end - 1)[0] == 6


def test_blank_lines_still_separate_blocks_and_join_wrapped_lines():
    doc = parse("Title of the page\n\nFirst paragraph wrapped over\ntwo lines. Still the same one.\n\n"
                "Short lone line\n\nA last paragraph.\n")
    assert kinds(doc) == [("heading", "Title of the page"), ("paragraph", "First paragraph wrapped "),
                          ("heading", "Short lone line"), ("paragraph", "A last paragraph.")]


def test_a_run_of_short_lines_is_not_a_run_of_headings():
    # a menu or a byline above the text: only the line that text follows is a heading
    doc = parse("Home\nNews\nHealth\nAsthma inhalers: which is which\n"
                "Reliever inhalers open the airways within minutes and are used when symptoms start.\n")
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph", "paragraph", "heading", "paragraph"]
    assert doc.title == ""


def test_separator_lines_table_rows_and_markers():
    doc = parse("Comparing the two creams\n-\n| Cream | Works in | Cost |\n|---|---|---|\n"
                "| Aciclovir | 4 days | low |\n"
                "Tell your pharmacist about these medicines before taking zinc:4\n"
                "Zinc can also upset the stomach when taken without food.\n")
    texts = [(b.kind, b.text) for b in doc.blocks]
    assert ("heading", "Comparing the two creams") in texts
    assert not any(t in ("-", "|---|---|---|") for _, t in texts)  # rules between blocks, not text
    assert all(kind == "paragraph" for kind, t in texts if "|" in t or t.endswith("zinc:4"))


def test_a_list_item_takes_its_wrapped_continuation():
    doc = parse("Side effects include:\n- a dry mouth and a\nmild headache in the first week\n- drowsiness\n"
                "Call your doctor if they last.\n")
    assert kinds(doc) == [("paragraph", "Side effects include:"), ("list_item", "a dry mouth and a mild h"),
                          ("list_item", "drowsiness"), ("paragraph", "Call your doctor if they")]


def test_a_long_line_does_not_widen_the_wrap():
    # wrapped at 60, an address left whole: a sentence that filled its line does not end the paragraph
    text = ("Iron tablets are best taken on an empty stomach, an hour\n"
            "before a meal or two hours after it. Tea, coffee and milk\n"
            "reduce how much of the iron the body takes up, so keep them\n"
            "apart from the dose. A glass of orange juice helps instead.\n"
            "Constipation and dark stools are common in the first weeks.\n"
            "They are harmless, and they usually settle as the body gets\n"
            "used to the tablets.\n"
            "\n"
            "The full leaflet is at\n"
            "https://medicines.example.org/leaflets/ferrous-sulfate-200mg-film-coated-tablets-uk\n"
            "and your pharmacist can go through it with you.\n")
    doc = parse(text)
    assert [b.text[:20] for b in doc.blocks] == ["Iron tablets are bes", "The full leaflet is "]
    assert doc.blocks[0].text.endswith("used to the tablets.")
