"""LM401 cms-boilerplate, LM402 keyword-heading, LM403 inserted-keyword, LM404 spun-phrasing."""

import pytest

from lint_med import lint_text
from lint_med.config import parse_table
from lint_med_core._data import load


def lint(text, path, select, **rules):
    config = parse_table({"select": list(select), "rules": rules}, None)
    return [(f.code, f.line, f.message) for f in lint_text(text, path=path, config=config)]


def codes(text, path, select, **rules):
    return [(code, line) for code, line, _ in lint(text, path, select, **rules)]


BOILERPLATE = load("boilerplate")
LABELS = [(lang, label) for lang, table in BOILERPLATE.items() for label in table.get("labels", ())]
PHRASES = [(lang, phrase) for lang, table in BOILERPLATE.items() for phrase in table.get("phrases", ())]


# --- LM401 ---------------------------------------------------------------------------------

def test_every_language_of_the_brief_is_in_the_data_file():
    assert {"en", "id", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "ru", "vi"} <= set(BOILERPLATE)


@pytest.mark.parametrize("lang, label", LABELS, ids=[f"{lang}:{label}" for lang, label in LABELS])
def test_each_label_alone_in_a_list_item_is_boilerplate(lang, label):
    text = f"Title\n\nSome article text about iron tablets.\n\n  • {label}\n"
    assert codes(text, "a.txt", ["LM401"]) == [("LM401", 5)]


def _sample(phrase):
    """A plain-text instance of a phrase written as a regular expression."""
    import re

    text = re.sub(r"\(\?:[^)]*\)\?", "", phrase)  # optional groups: left out
    text = re.sub(r"\(\?:([^|)]*)[^)]*\)", r"\1", text)  # other groups: the first alternative
    text = text.replace("-?", "-").replace("\\*", "*").replace("\\(", "(").replace("\\)", ")")
    return text


@pytest.mark.parametrize("lang, phrase", PHRASES, ids=[f"{lang}:{p[:30]}" for lang, p in PHRASES])
def test_each_phrase_is_found_inside_a_paragraph(lang, phrase):
    text = f"Title\n\nSome article text about iron tablets.\n\nThe form said: {_sample(phrase)}. Then more.\n"
    assert codes(text, "a.txt", ["LM401"]) == [("LM401", 5)]


@pytest.mark.parametrize("sentence", [
    "Share your worries with someone you trust.",
    "You can email your nurse or print the leaflet.",
    "Patients shared rooms; related conditions were treated too.",
    "Leave a reply card at the front desk if the clinic is closed, and we will call back.",
])
def test_prose_using_widget_words_is_not_boilerplate(sentence):
    assert codes(f"Title\n\n{sentence}\n", "a.txt", ["LM401"]) == []


def test_network_names_alone_are_not_boilerplate_but_after_a_share_label_they_are_one_bar():
    assert codes("Title\n\nPlatforms studied:\n\n  • Facebook\n  • Instagram\n  • Twitter\n", "a.txt", ["LM401"]) == []
    found = lint("Title\n\nText.\n\n  • Share\n  • Facebook\n  • Twitter\n\nMore text.\n\nLeave a Reply\n",
                 "a.txt", ["LM401"])
    assert [(c, l) for c, l, _ in found] == [("LM401", 5), ("LM401", 11)]
    assert "Share / Facebook / Twitter" in found[0][2]


def test_a_share_bar_and_the_comment_form_right_after_it_are_one_finding():
    # one template's tail (share bar, then "Leave a Reply"): one thing to delete; the run is
    # adjacent from the bar's LAST item, and the finding covers the bar and the form
    from lint_med import lint_text as run
    from lint_med.config import parse_table as table
    for bar in ("  • Share\n  • Facebook\n  • Twitter\n", "Share this:\n\n  • Facebook\n  • Email\n"):
        text = "Title\n\nIron tablets can upset the stomach.\n\n" + bar + "\nLeave a Reply\n"
        found = list(run(text, path="a.txt", config=table({"select": ["LM401"]}, None)))
        assert [(f.line, f.end_line) for f in found] == [(5, len(text.splitlines()))], bar
        assert "Leave a Reply" in found[0].message and "Share" in found[0].message
    # a comment form, then a share bar: one finding that ends with the bar's last item
    text = "Title\n\nText.\n\nLeave a Reply\n\n  • Bagikan\n  • Facebook\n  • Twitter\n"
    found = list(run(text, path="a.txt", config=table({"select": ["LM401"]}, None)))
    assert [(f.line, f.end_line) for f in found] == [(5, 9)]


def test_a_page_whose_only_leftover_is_its_english_share_bar_is_not_reported():
    # a news page saved with its share buttons; a foreign label or a comment form next to it is
    # the mark of a scraped template
    article = "Measles cases rose this spring.\n\nThe clinic opens on Monday.\n\n"
    for bar in ("Share this article\n", "Share:\n", "  • Share\n  • Facebook\n  • Email\n"):
        assert codes("Title\n\n" + bar + "\n" + article, "a.txt", ["LM401"]) == []
        assert codes("Title\n\n" + bar + "\n" + article + "Leave a Reply\n", "a.txt", ["LM401"])[:1] == [("LM401", 3)]
    assert codes("Title\n\nBagikan\n\n" + article, "a.txt", ["LM401"]) == [("LM401", 3)]


def test_extra_labels_and_phrases_from_config():
    text = "Title\n\nText.\n\n  • Deel op Mastodon\n\nReacties zijn gesloten.\n"
    assert codes(text, "a.txt", ["LM401"]) == []
    found = lint(text, "a.txt", ["LM401"], LM401={"extra_labels": ["Deel op Mastodon"],
                                                 "extra_phrases": ["Reacties zijn gesloten"]})
    # two leftovers in adjacent blocks: one finding naming both
    assert [(c, l) for c, l, _ in found] == [("LM401", 5)]
    assert "Deel op Mastodon" in found[0][2] and "Reacties zijn gesloten" in found[0][2]


def test_leftovers_in_adjacent_blocks_are_one_finding_over_the_run():
    from lint_med import lint_text as run
    from lint_med.config import parse_table as table
    form = "Leave a Reply\n\nYour email address will not be published.\n\nThis site uses Akismet to reduce spam.\n"
    text = "Title\n\nIron tablets can upset the stomach.\n\n" + form
    found = list(run(text, path="a.txt", config=table({"select": ["LM401"]}, None)))
    assert [(f.line, f.end_line) for f in found] == [(5, 9)]
    assert text.splitlines()[found[0].end_line - 1][:found[0].end_column - 1].endswith("reduce spam")
    assert "3 blocks in a row" in found[0].message
    # the same leftovers apart, with the article between them: one finding each
    text = "Title\n\nLeave a Reply\n\nIron tablets can upset the stomach.\n\nThis site uses Akismet to reduce spam.\n"
    assert codes(text, "a.txt", ["LM401"]) == [("LM401", 3), ("LM401", 7)]


# --- LM402 ---------------------------------------------------------------------------------

def test_lowercase_keyphrase_heading_is_reported_and_real_headings_pass():
    text = ("# Statins: Benefits and Side Effects\n\nIntro.\n\n## statin muscle pain\n\nText.\n\n"
            "## Side effects\n\nText.\n\n## How statins work\n\nText.\n\n## Side effects of statins\n\nText.\n")
    found = lint(text, "a.md", ["LM402"])
    assert [(c, l) for c, l, _ in found] == [("LM402", 5)]
    assert "lowercase" in found[0][2]


def test_duplicate_title_keyphrase_headings_are_reported_but_duplicate_generic_ones_are_not():
    text = ("# Statin Side Effects in Older Adults\n\nIntro.\n\n## Statin Side Effects\n\nA.\n\n"
            "## Atorvastatin\n\n### Common problems reported\n\nB.\n\n## Rosuvastatin\n\n### Common problems reported\n\nC.\n\n"
            "## Statin Side Effects\n\nD.\n")
    assert codes(text, "a.md", ["LM402"]) == [("LM402", 5), ("LM402", 21)]


def test_the_title_itself_is_never_a_keyword_heading():
    assert codes("statin side effects in older adults\n\nText of the article.\n", "a.txt", ["LM402"]) == []


# --- LM403 ---------------------------------------------------------------------------------

KEYWORD_ARTICLE = "Statins and Muscle Pain\n\nIntro text here.\n\nstatin muscle pain\n\n{}\n"


@pytest.mark.parametrize("sentence, expected", [
    ("Few cases statin muscle pain of this severity were seen.", [("LM403", 7)]),
    ("In rare cases statin muscle pain can be severe.", []),  # a clause boundary, not an insertion
    ("The risk of statin muscle pain is small.", []),
    ("Findings amid what is rhabdomyolysis routine checks were rare.", [("LM403", 7)]),
    ("Doctors explain what is rhabdomyolysis routinely at the first visit.", []),  # after an embedder
    ("It depends on what is normal for you.", []),
    ("What is rhabdomyolysis exactly, and why does it matter?", []),  # a question
    ('Patients typed "amid what is rhabdomyolysis routine" into search engines.', []),  # quoted
    ("Search for lipid clinics near me to find one.", [("LM403", 7)]),
    ("The nurse sat near me during the test.", []),
])
def test_inserted_keyword_signals(sentence, expected):
    assert codes(KEYWORD_ARTICLE.format(sentence), "a.txt", ["LM403"]) == expected


def test_configured_keyphrases_are_used():
    text = "Statins\n\nFew cases atorvastatin liver enzymes of concern were seen.\n"
    assert codes(text, "a.txt", ["LM403"]) == []
    assert codes(text, "a.txt", ["LM403"], LM403={"keyphrases": ["atorvastatin liver enzymes"]}) == [("LM403", 3)]


# --- LM404 ---------------------------------------------------------------------------------

SPUN = load("spun_phrases")["phrases"]


@pytest.mark.parametrize("phrase, original", sorted(SPUN.items()))
def test_each_spun_phrase_is_found_and_its_original_suggested(phrase, original):
    found = lint(f"Title\n\nIn this article, {phrase} is discussed at length.\n", "a.txt", ["LM404"])
    assert [(c, l) for c, l, _ in found] == [("LM404", 3)]
    assert f'"{original}"' in found[0][2]


def test_originals_are_not_flagged_and_extra_phrases_work():
    originals = " ".join(f"{o}." for o in SPUN.values())
    assert codes(f"Title\n\n{originals}\n", "a.txt", ["LM404"]) == []
    text = "Title\n\nThe glucose level sugar was high.\n"
    found = lint(text, "a.txt", ["LM404"], LM404={"extra_phrases": {"glucose level sugar": "blood sugar"}})
    assert [(c, l) for c, l, _ in found] == [("LM404", 3)] and '"blood sugar"' in found[0][2]


def test_a_heading_in_a_script_without_case_is_not_written_in_lowercase():
    from lint_med_core.boilerplate import _is_lowercase

    assert _is_lowercase("ldn side effects")
    assert not _is_lowercase("LDN Side Effects")
    assert not _is_lowercase("जो बातें ध्यान रखनी हैं")  # Devanagari has no case
    assert not _is_lowercase("ઘરેલુ ઉપાય")  # nor has Gujarati
