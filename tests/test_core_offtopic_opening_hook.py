"""An opening hook in the article's own words (offdup43, LM202): a paragraph among the first three that
shares no word with the rest as written, but holds a longer form of a title word ("sleepless" under "Sleep
...", "migraineur" under "Migraine ...") that the paragraph after it names, leads into the article's
subject and is not pasted from another story. A paragraph pasted from another story in the same place, with
no form of a title word, is still reported. Our own text, in Markdown, HTML and plain text."""

import html

import pytest

from lint_med.engine import Linter, Overrides

FORMATS = ["markdown", "html", "text"]


def _render(fmt: str, title: str, paragraphs: list[str]) -> tuple[str, str]:
    if fmt == "markdown":
        return f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n", "page.md"
    if fmt == "html":
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>", "page.html"
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n", "page.txt"


def _lm202(fmt: str, title: str, paragraphs: list[str]) -> list[str]:
    source, path = _render(fmt, title, paragraphs)
    return [f.message for f in Linter(Overrides(isolated=True)).lint_source(source, path).findings if f.code == "LM202"]


SLEEP_TITLE = "Sleep Problems in Night Shift Nurses"
SLEEP_BODY = [
    "Night shift work disturbs the body clock, and many nurses who work nights report poor sleep, daytime "
    "fatigue and a higher risk of mistakes at the end of a long shift.",
    "Sleep experts advise keeping the bedroom dark and cool after a night shift, going to bed at the same time "
    "each morning and avoiding caffeine in the last hours of the shift.",
    "Short naps before a night shift can improve alertness, and bright light at the start of the shift helps "
    "the body clock shift towards night work.",
    "Nurses with insomnia that lasts more than a month should speak to their doctor, as cognitive behavioural "
    "therapy for insomnia helps many shift workers sleep better.",
]
MIGRAINE_TITLE = "Migraine in Teenagers: What Parents Can Do"
MIGRAINE_BODY = [
    "Migraine is common in teenagers, and attacks often bring a throbbing headache, nausea and a strong "
    "dislike of light and noise that can keep them off school.",
    "Doctors suggest keeping a migraine diary to spot triggers such as missed meals, poor sleep, dehydration "
    "or long hours in front of screens.",
    "Simple painkillers taken early in a migraine attack work best, and a doctor can advise on preventive "
    "treatment when attacks are frequent.",
    "Regular meals, enough water and a steady bedtime reduce migraine attacks in many teenagers.",
]

HOOKS = [
    (SLEEP_TITLE, SLEEP_BODY, "If you have ever stared at the ceiling at ten in the morning while the "
     "neighbours mow their lawns and the postman rattles the letterbox, you know how sleepless the daytime "
     "can feel for anybody clocking off at dawn."),
    (MIGRAINE_TITLE, MIGRAINE_BODY, "When a fourteen-year-old draws the curtains at noon, refuses the "
     "birthday pizza and hides under a duvet with sunglasses on, the household may have met its first young "
     "migraineur, and the bewildered parents rarely know what comes next."),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, body, hook", HOOKS, ids=["sleepless", "migraineur"])
def test_an_opening_hook_holding_a_form_of_a_title_word_is_not_pasted(fmt, title, body, hook):
    assert _lm202(fmt, title, [body[0], hook, *body[1:]]) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_pasted_paragraph_in_the_same_place_is_still_reported(fmt):
    pasted = ("The harbour council approved a new ferry timetable on Tuesday, with extra crossings to the "
              "island on summer weekends and a cheaper return fare for pensioners and students from the town college.")
    assert _lm202(fmt, SLEEP_TITLE, [SLEEP_BODY[0], pasted, *SLEEP_BODY[1:]])
