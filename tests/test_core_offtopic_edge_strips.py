"""Strips of other stories at the edge of a story (offtopic40, LM202): a portal's list of unrelated
headlines above or after the article, each headline with or without its lede, a date, a byline or a
kicker, in any language and format. Our own sentences; clean counterparts (a related list, a table of
contents, a menu, a list of other health topics, the article's own title and standfirst) stay quiet."""

import html

import pytest

from lint_med.engine import Linter, Overrides

TITLE = "Measles cases climb in three northern districts"
STORY = [
    "Health officials reported 212 new measles cases in the three northern districts this month, most of "
    "them in children who had not received both doses of the vaccine.",
    "The district clinics have opened extra vaccination sessions on Saturdays, and school nurses are "
    "checking the immunisation records of every pupil in the affected towns.",
    "Measles spreads through the air and can cause pneumonia and brain swelling, so officials urged parents "
    "to book the second dose as soon as a child is old enough to receive it.",
    "Last year the same districts recorded fewer than forty cases, according to the regional public health "
    "office, which publishes the figures every week.",
]

# The headlines of other stories a portal prints around the article (invented).
STRIP = [
    "Harbour ferry fares rise again for the winter timetable",
    "Striker signs three-year deal with coastal football club",
    "Council approves new bridge over the old canal basin",
    "Film festival jury names its shortlist of debut directors",
    "Airline adds direct route between two island capitals",
]


def _render(fmt: str, before: list, after: list = (), listed: bool = True, title: bool = True) -> tuple[str, str]:
    """The story with `before` and `after` around it: lines of a list (`listed`) or paragraphs."""
    if fmt == "markdown":
        def part(lines):
            return ("\n".join(f"- {line}" for line in lines) if listed else "\n\n".join(lines)) + "\n\n" if lines else ""
        head = f"# {TITLE}\n\n" if title else ""
        return part(before) + head + "\n\n".join(STORY) + "\n\n" + part(after), "page.md"
    if fmt == "html":
        def part(lines):
            if not lines:
                return ""
            if listed:
                return "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"
            return "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        head = f"<h1>{TITLE}</h1>" if title else ""
        body = part(before) + head + "".join(f"<p>{html.escape(p)}</p>" for p in STORY) + part(after)
        return f"<html><head><title>{TITLE}</title></head><body>{body}</body></html>", "page.html"
    # plain text: a strip's lines one under another (one paragraph to the parser), other blocks apart
    join = "\n" if listed else "\n\n"
    lines = join.join(before) + "\n\n" if before else ""
    head = f"{TITLE}\n\n" if title else ""
    tail = "\n" + join.join(after) + "\n" if after else ""
    return lines + head + "\n\n".join(STORY) + "\n" + tail, "page.txt"


def _edge(source: str, path: str) -> list[str]:
    """LM202's findings (the story alone has none): a strip of headlines some of the older tests find
    (a run of headlines, a widget that ends the page), the others only edge_strips."""
    findings = Linter(Overrides(isolated=True)).lint_source(source, path).findings
    return [f.message for f in findings if f.code == "LM202"]


def _strip(source: str, path: str) -> list[str]:
    """edge_strips' own findings (the negatives: older tests may judge those lines otherwise)."""
    return [message for message in _edge(source, path) if "edge of the story" in message]


def test_the_story_alone_is_quiet():
    for fmt in FORMATS:
        assert not _edge(*_render(fmt, []))


FORMATS = ["markdown", "html", "text"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_list_of_unrelated_headlines_above_the_story(fmt):
    assert _edge(*_render(fmt, STRIP))


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_list_of_unrelated_headlines_after_the_story(fmt):
    assert _edge(*_render(fmt, [], STRIP))


@pytest.mark.parametrize("fmt", FORMATS)
def test_headlines_with_a_date_byline_and_kicker(fmt):
    dated = [f"VIDEO | {line} 12-Mar-24, 9:15 AM | Staff reporter, Coast Daily" for line in STRIP[:4]]
    assert _edge(*_render(fmt, dated, listed=False))


def test_a_strip_in_another_language():
    # Spanish headlines over the English story: the test weighs words, not a language's list
    spanish = ["Suben las tarifas del transbordador para el horario de invierno",
               "El delantero firma un contrato de tres años con el club costero",
               "El ayuntamiento aprueba un nuevo puente sobre el canal viejo",
               "El jurado del festival de cine anuncia su lista de directores noveles"]
    assert _edge(*_render("text", spanish))


def test_another_storys_headline_and_standfirst_over_the_article():
    # German: a weather headline and its standfirst pasted above a story with no title of its own
    pasted = ["Sturmwarnung für die Küste: Fähren bleiben am Wochenende im Hafen",
              "Der Wetterdienst erwartet Böen bis zu hundert Kilometern pro Stunde, und die Reedereien haben "
              "alle Abfahrten bis Sonntagabend gestrichen."]
    assert _edge(*_render("text", pasted, listed=False, title=False))


def test_ledes_of_other_stories_after_the_article():
    ledes = ["The harbour board confirmed on Tuesday that ferry fares will rise by six percent when the winter "
             "timetable starts next month.",
             "The coastal football club has signed the striker on a three-year deal after a long season of "
             "talks with his former team.",
             "Councillors approved the new bridge over the old canal basin after a vote that ran late into "
             "the evening."]
    assert _edge(*_render("text", [], ledes, listed=False))


# --- what is not a strip of other stories ---------------------------------------------------------

RELATED = ["Measles vaccine uptake falls among toddlers in rural districts",
           "Why the second measles dose matters for school pupils",
           "Public health office publishes weekly measles figures online",
           "Parents queue for extra vaccination sessions at district clinics"]
CONTENTS = ["Where the new measles cases were reported",
            "How the district clinics are responding",
            "What measles does and why the second dose matters",
            "How this year compares with the last"]
MENU = ["Home", "News", "Health", "Sport", "Contact us"]
OTHER_HEALTH = ["Living with asthma through the winter months",
                "How high blood pressure damages the kidneys",
                "Caring for a toddler with eczema at night",
                "What to expect after a knee replacement operation"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lines", [RELATED, CONTENTS, MENU, OTHER_HEALTH], ids=["related", "contents", "menu", "health"])
def test_lists_on_the_article_or_on_health_are_not_strips(fmt, lines):
    assert not _strip(*_render(fmt, lines))
    assert not _strip(*_render(fmt, [], lines))


def test_the_articles_own_title_and_standfirst():
    standfirst = ["Measles outbreak grows in the northern districts",
                  "Officials say most of the new measles cases are in children who missed the second dose."]
    assert not _strip(*_render("text", standfirst, listed=False, title=False))


def test_two_unrelated_headlines_are_not_a_strip():
    # a site's two lines of furniture are no portal's strip: three items, or two each with a lede
    assert not _strip(*_render("text", STRIP[:2]))


def test_a_patients_quoted_account_at_the_end_is_no_lede():
    account = ["\u201cI felt the rash spread across my back within a day, and my mother drove me to the clinic "
               "before breakfast,\u201d one pupil said.",
               "I stayed home from school for a week and watched every episode of my favourite cartoon twice."]
    assert not _strip(*_render("text", [], account, listed=False))
