"""LM202: a contact makes a block the publisher's furniture only when the contact is its point
(`contact_note`); a story on another subject that ends on a contact is judged as any paragraph."""

import pytest

from lint_med_core.offtopic import contact_note


@pytest.mark.parametrize("text", [
    "Media contact: Priya Landon, Children's Trial Office, press@childtrials.example, +1 617 555 0178.",
    "For further information, please contact: Dr. Ana Ruiz, ana.ruiz@uni.example, 555-201-3344.",
    "To arrange an interview, call the press office at 555-201-3344 or e-mail press@uni.example.",
])
def test_a_press_office_line_is_a_contact_note(text):
    assert contact_note(text, 30)


@pytest.mark.parametrize("text", [
    "Harrowgate Lawn Services has opened a second depot on the ring road and now mows, edges and reseeds "
    "gardens in twelve more suburbs. The family firm, run by two brothers since 1998, says bookings for the "
    "spring have doubled. For quotes write to office@harrowgate-lawns.example or ring 555-0143.",
    "Ferncastle Removals is looking for two van drivers for its busy summer season, with paid overtime, a "
    "company phone and a weekend rota. A clean driving licence is needed and training is given on the job. "
    "Send your CV to jobs@ferncastle.example by Friday.",
])
def test_a_story_that_ends_on_a_contact_is_no_contact_note(text):
    assert not contact_note(text, 30)


def test_a_block_without_a_contact_is_no_contact_note():
    assert not contact_note("Call the office for details.", 30)
