"""A block said again under the same label (offdup43, LM801): a template prints a label block twice, once
under a label line ("CLAIM") and once with a prefix ("FULL CLAIM: ..."), or with two prefixes sharing a
word ("Verdict:" / "Our verdict:"), reworded a little, so that no sentence is a near copy of the other. The
property: a label word shared, and the shorter block's content words (eight or more) standing in the other
in the same order (80%), the other holding all its numbers. Our own text, in Markdown, HTML and plain text;
sections of one template with other facts, a conclusion in new words, an abstract and its body, an FAQ
answering the body stay quiet."""

import html

import pytest

from lint_med.engine import Linter, Overrides

FORMATS = ["markdown", "html", "text"]


def _render(fmt: str, blocks: list[tuple[str, str]]) -> tuple[str, str]:
    """(kind, text) blocks: "h" a heading, "p" a paragraph."""
    if fmt == "markdown":
        return "\n\n".join(f"## {t}" if k == "h" else t for k, t in blocks) + "\n", "page.md"
    if fmt == "html":
        body = "".join(f"<h2>{html.escape(t)}</h2>" if k == "h" else f"<p>{html.escape(t)}</p>" for k, t in blocks)
        return f"<html><head><title>{html.escape(blocks[0][1])}</title></head><body><article>{body}</article></body></html>", "page.html"
    return "\n\n".join(t for _, t in blocks) + "\n", "page.txt"


def _lm801(fmt: str, blocks: list[tuple[str, str]]) -> list[str]:
    source, path = _render(fmt, blocks)
    return [f.message for f in Linter(Overrides(isolated=True)).lint_source(source, path).findings if f.code == "LM801"]


REVIEW = ("p", "Our reviewers read the advertisement, the product's own website and the studies it cites, and "
               "asked the company for comment before publishing this review.")

# English fact check: the claim under its label, then again with a prefix and a tail
CLAIM_EN = [
    ("p", "Magnesium sprays do not cure sleeplessness, whatever the advertisements say"),
    ("h", "CLAIM"),
    ("p", "Famous television doctors recommend a magnesium spray; the spray cures insomnia and restless legs within days"),
    REVIEW,
    ("p", "FULL CLAIM: Famous television presenters recommend a magnesium spray; the spray cures insomnia and "
          "restless legs within days, and helps with anxiety and cramps."),
]
# two prefixes sharing a word, in a product card
VERDICT = [
    ("p", "A review of the Harbourline blood pressure cuff for home use"),
    ("p", "Verdict: the cuff gives steady readings at home, its cuff fits large arms and the app keeps a clear "
          "record for your doctor."),
    REVIEW,
    ("p", "Our verdict: this cuff gives steady readings at home, the cuff fits large arms, and its app keeps a "
          "clear record to show your doctor."),
]
# German: no labelled page is a German fact check
CLAIM_DE = [
    ("p", "Magnesiumspray heilt keine Schlaflosigkeit"),
    ("h", "BEHAUPTUNG"),
    ("p", "Bekannte Fernsehärzte empfehlen ein Magnesiumspray, das Schlaflosigkeit und unruhige Beine in wenigen Tagen heilt"),
    REVIEW,
    ("p", "VOLLSTÄNDIGE BEHAUPTUNG: Bekannte Fernsehmoderatoren empfehlen ein Magnesiumspray, das Schlaflosigkeit "
          "und unruhige Beine in wenigen Tagen heilt und gegen Angst hilft."),
]
# Spanish summary box said again
SUMMARY_ES = [
    ("p", "Vacuna de la gripe para mayores de sesenta y cinco años"),
    ("p", "Resumen: la vacuna de la gripe protege a las personas mayores, reduce los ingresos en el hospital y "
          "se pone cada otoño en el centro de salud."),
    ("p", "La campaña empieza en octubre y dura hasta que se acaban las dosis del centro de salud de cada barrio."),
    ("p", "Resumen completo: la vacuna contra la gripe protege a las personas mayores, reduce los ingresos "
          "hospitalarios y se pone cada otoño en su centro de salud."),
]
# Indonesian fact check: a language of labelled pages, a page kind none is
CLAIM_ID = [
    ("p", "Semprotan magnesium tidak menyembuhkan susah tidur"),
    ("h", "KLAIM"),
    ("p", "Dokter terkenal di televisi menganjurkan semprotan magnesium yang menyembuhkan susah tidur dan kaki gelisah dalam beberapa hari"),
    REVIEW,
    ("p", "KLAIM LENGKAP: Para dokter terkenal dari televisi menganjurkan sebuah semprotan magnesium, yang konon "
          "menyembuhkan susah tidur maupun kaki gelisah hanya dalam beberapa hari saja, serta mengatasi cemas."),
]
# a pharmacy leaflet's storage box printed twice
STORAGE = [
    ("p", "Amoxicillin oral suspension for children"),
    ("h", "Storage"),
    ("p", "Keep the mixed suspension in the fridge, shake the bottle well before each dose and throw away any "
          "medicine left after the course"),
    ("p", "Give the doses at evenly spaced times through the day, and finish the course even when your child "
          "feels better."),
    ("p", "Storage advice: keep your mixed suspension inside a fridge, and shake your bottle really well before "
          "every dose, then throw away all medicine that is left after finishing the course."),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("blocks", [CLAIM_EN, VERDICT, CLAIM_DE, SUMMARY_ES, CLAIM_ID, STORAGE],
                         ids=["claim-en", "verdict", "claim-de", "summary-es", "claim-id", "storage"])
def test_a_label_block_said_again_is_reported(fmt, blocks):
    # (or its sentence, reworded with a word swapped every few words: a sentence test's finding comes first)
    assert any("under the same label" in m or "rewords the sentence" in m for m in _lm801(fmt, blocks)), blocks[-1][1]


def test_an_exact_copy_under_its_label_keeps_the_sentence_message():
    # a paragraph copied word for word is told by the sentence test, not again as a label block
    blocks = [*CLAIM_EN[:4], ("p", "FULL CLAIM: " + CLAIM_EN[2][1] + ".")]
    messages = _lm801("markdown", blocks)
    assert not any("under the same label" in m for m in messages)


# a template's two sections under one label, with other facts (a dose for each use)
DOSES = [
    ("p", "Tadalafil doses for two uses"),
    ("p", "Dose for an enlarged prostate: the usual dose is 5 mg once a day, taken at about the same time "
          "every day, with or without food."),
    REVIEW,
    ("p", "Dose for erection problems: the usual dose is 10 mg taken before sexual activity, at most once a "
          "day, with or without food."),
]
# a conclusion that sums up in new words
CONCLUSION = [
    ("p", "Walking after meals and blood sugar"),
    ("p", "Summary: a short walk after each meal lowers the rise in blood sugar that follows it, in people "
          "with and without diabetes."),
    ("p", "In the trial, volunteers walked for ten minutes after breakfast, lunch and dinner for two weeks."),
    ("p", "Summary of what this means: taking a few minutes on your feet once you have eaten is a cheap habit "
          "that may help, though the trials were small."),
]
# a careful article's abstract and its body
ABSTRACT = [
    ("p", "Vitamin D and falls in older adults"),
    ("h", "Abstract"),
    ("p", "We pooled twelve randomised trials of vitamin D in adults over seventy and found no fewer falls in "
          "those who took it than in those who took a placebo."),
    ("h", "Results"),
    ("p", "Across the twelve trials, the rate of falls was much the same with vitamin D as with placebo, in "
          "men and women, at every dose studied."),
]
# an FAQ answering the body
FAQ = [
    ("p", "Taking iron tablets"),
    ("p", "Iron tablets are best absorbed on an empty stomach, but many people find they upset the stomach and "
          "take them with food instead."),
    ("h", "FAQ"),
    ("p", "Question: Can I take my iron tablet with breakfast? Answer: yes, if it upsets your stomach, though "
          "a little less iron is absorbed with food."),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("blocks", [DOSES, CONCLUSION, ABSTRACT, FAQ], ids=["doses", "conclusion", "abstract", "faq"])
def test_other_words_or_other_facts_under_a_label_are_not_reported(fmt, blocks):
    assert _lm801(fmt, blocks) == [], blocks
