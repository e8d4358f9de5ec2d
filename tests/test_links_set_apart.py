"""A link set apart in a sentence's brackets or dashes ("... helps (see [anchor]).", "... helps — [anchor] — and")
is slipped in as into running text: LM101 judges its words as running text's (`links._set_apart`), in every format
and in every markup a link is written in. Sites, sentences and markup are invented for these tests."""

import pytest

from lint_med_core.links import unrelated_link
from test_parsers_read_as_shown import _doc, _run as run  # (the same invented article around each form)


@pytest.mark.parametrize("fmt, body", [
    # invented forms: none of them is a labelled quote nor an injected template
    ("html", '<p>Iron tablets can upset the stomach (see <a href="https://gutter-cleaning.example/">gutter cleaning '
             'for terraced houses</a>). Take them with food.</p>'),
    ("html", '<p>Iron tablets can upset the stomach (via <a href="https://patio-paving.example/">patio slabs '
             'delivered free</a>; 2025).</p>'),
    ("html", '<p>Iron tablets can upset the stomach – <a href="https://harbour-kayaks.example/">sea kayak tours '
             'for families</a> – so take them with food.</p>'),
    ("text", "Iron tablets can upset the stomach (see [[https://kayak-tours.example/trips|sea kayak tours from £40]])."),
    ("text", "Iron tablets can upset the stomach [more: [url=https://drum-lessons.example]drum kit lessons for "
             "adults[/url]]."),
    ("markdown", "Iron tablets can upset the stomach (more at [snooker table baize refitted]"
                 "(https://baize-fitters.example/recover)). Take them with food."),
])
def test_a_link_set_apart_is_judged_by_its_words(fmt, body):
    messages = run(unrelated_link, _doc(body, fmt))
    assert len(messages) == 1 and "nothing to do" in messages[0], messages


@pytest.mark.parametrize("fmt, body", [
    # its words are the article's: a source in brackets
    ("html", '<p>Iron tablets can upset the stomach (see <a href="https://iron-guide.example/">iron tablets and '
             'the stomach</a>).</p>'),
    ("markdown", "Iron tablets can upset the stomach (source: [Iron supplements and tiredness]"
                 "(https://journal.example/iron))."),
    # a name in brackets: the sentence names who or what it speaks of
    ("html", '<p>The nurse in the film (<a href="https://films.example/people/77">Rosa Delgado</a>) explains iron '
             'tablets well.</p>'),
    # an aside that is a clause of its own, the link its last words, not a link slipped in
    ("html", '<p>Iron tablets can upset the stomach (as the team that wrote the leaflet found on '
             '<a href="https://harbour-kayaks.example/">sea kayak tours for families</a>).</p>'),
])
def test_a_source_or_a_note_in_brackets_is_not(fmt, body):
    assert not run(unrelated_link, _doc(body, fmt))
