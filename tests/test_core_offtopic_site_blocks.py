"""Blocks that are not the article (offtopic35): a notice about the site itself or the publisher's appeal
(LM203), a poster's signature after a delimiter and a reference entry pasted into running text (LM202).
Our own sentences, each placed in a short article in Markdown, HTML and plain text, with clean
counterparts that must stay quiet."""

import html

import pytest

from lint_med.engine import Linter, Overrides

TITLE = "Metformin and stomach upset"
BODY = [
    "Metformin lowers blood sugar in people with type 2 diabetes, and doctors prescribe it as the first "
    "treatment for most adults who are newly diagnosed with the condition.",
    "Common side effects of metformin include nausea and diarrhoea, which usually settle within a few "
    "weeks of starting the tablets, and the extended release form causes fewer of them.",
    "Your doctor may check your kidney function before prescribing metformin, because the drug is "
    "cleared by the kidneys and builds up when they work poorly.",
]


def _render(fmt: str, paragraphs: list[str]) -> tuple[str, str]:
    if fmt == "markdown":
        return f"# {TITLE}\n\n" + "\n\n".join(paragraphs) + "\n", "page.md"
    if fmt == "html":
        body = "".join("<hr>" if p == "---" else f"<p>{html.escape(p)}</p>" for p in paragraphs)
        return f"<html><head><title>{TITLE}</title></head><body><article>{body}</article></body></html>", "page.html"
    return f"{TITLE}\n\n" + "\n\n".join(paragraphs) + "\n", "page.txt"


def _findings(fmt: str, paragraphs: list[str], code: str) -> list[str]:
    source, path = _render(fmt, paragraphs)
    return [f.message for f in Linter(Overrides(isolated=True)).lint_source(source, path).findings if f.code == code]


FORMATS = ["markdown", "html", "text"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("notice", [
    "This domain may be for sale. Make an offer by email.",
    "The domain name harlowmeds.example is currently available for acquisition, contact the owner for details.",
    "Our website is currently under construction, please check back soon.",
    "Your hosting account has expired. Renew now to restore the site.",
    "Diese Domain steht zum Verkauf.",
    "Este dominio está en venta.",
    "You have reached your free article limit. Already a subscriber? Log in.",
    "Reader support funds our journalism, so please give what you can.",
    "Get all your news in one place, with hundreds of premium titles in a single app.",
])
def test_site_notice_or_appeal_is_reported(fmt, notice):
    messages = _findings(fmt, [notice, *BODY], "LM203")
    assert any("the site itself" in m or "publisher's appeal" in m for m in messages), messages


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "The recalled tablets should no longer be available for sale in shops.",
    "The injection site is under construction of new tissue after a week.",
    "Your donation helps fund research into diabetes care at the hospital.",
    "Metformin has been available for purchase in pharmacies since the 1990s.",
])
def test_clean_lines_are_not_site_notices(fmt, line):
    messages = _findings(fmt, [BODY[0], line, *BODY[1:]], "LM203")
    assert not any("the site itself" in m or "publisher's appeal" in m for m in messages), messages


POST = ("I started taking metformin for my type 2 diabetes last spring and the stomach upset was rough for the "
        "first three weeks. My doctor switched me to the extended release tablets and the nausea mostly stopped. "
        "My blood sugar readings are far better than before, so I am staying on it.")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("signature", [
    "I collect vintage fountain pens and I never leave home without my lucky green umbrella.",
    "My garden gnome collection is the biggest on the street, and I am proud of it.",
])
def test_signature_after_a_delimiter_is_reported(fmt, signature):
    rule = "---" if fmt != "text" else "__________________"
    messages = _findings(fmt, [POST, rule, signature], "LM202")
    assert any("signature" in m for m in messages), messages


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("after", [
    # more of the post on its subject; a third-person author's note; a labelled note on the post
    "I also tried taking my metformin with dinner, which helped with the nausea too.",
    "Jane Harlow writes about gardening and travel from her home in Leeds.",
    "Editor's note: I updated this post on 3 May to fix a broken link.",
])
def test_clean_text_after_a_delimiter_is_no_signature(fmt, after):
    messages = _findings(fmt, [POST, "---" if fmt != "text" else "-----", after], "LM202")
    assert not any("signature" in m for m in messages), messages


def test_signature_needs_a_delimiter():
    messages = _findings("markdown", [POST, "I collect vintage fountain pens and my cat is called Biscuit."], "LM202")
    assert not any("signature" in m for m in messages), messages


HEARTBURN = [
    "Heartburn happens when stomach acid flows back into the oesophagus and causes a burning feeling "
    "behind the breastbone after meals.",
    "Eating smaller meals, avoiding late dinners and raising the head of the bed can ease heartburn for "
    "many people. {line} Antacids neutralise stomach acid quickly, while proton pump inhibitors reduce "
    "how much acid the stomach makes.",
    "Heartburn that comes back often, or food that sticks on the way down, is a reason to see a doctor.",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, reported", [
    ("7 Long-term outcomes of knee surgery in professional football players.", True),
    ("4 A randomised trial of vitamin D supplements for bone fractures in elderly women.", True),
    # a sentence with a verb of its own; a title on the article's own subject
    ("3 The patients were followed for a year in rural clinics.", False),
    ("12 Effect of antacids on heartburn after meals in adults.", False),
])
def test_reference_entry_in_running_text(fmt, line, reported):
    global TITLE
    saved, TITLE = TITLE, "Heartburn: causes and relief"
    try:
        paragraphs = [HEARTBURN[0], HEARTBURN[1].format(line=line), HEARTBURN[2]]
        messages = _findings(fmt, paragraphs, "LM202")
    finally:
        TITLE = saved
    assert any("reference entry" in m for m in messages) is reported, messages
