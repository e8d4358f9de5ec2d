"""LM202: a contact does not make a block the publisher's furniture. A story on another subject that ends
on its contact is judged as any paragraph; a press office's lines are left alone by what they are (short,
or mostly names), not by their address or number."""

from lint_med import lint_text

ARTICLE = """Nasal flu vaccine works as well as the shot in children, trial finds

A nasal spray flu vaccine protected children aged two to eight about as well as the injected vaccine over one winter, according to a trial of 4,200 children published in a paediatrics journal.

Children were assigned at random to the spray or the injection, and parents recorded fever, cough and sore throat each day. Swabs from children with symptoms were tested for influenza in a central laboratory.

{block}

Laboratory-confirmed flu occurred in 3.1% of children given the spray and 3.4% of those given the injection, a difference the authors describe as within the trial's margin for equivalence.

The spray caused more runny noses in the first three days, while the injection caused more sore arms. No child in either group was admitted to hospital because of the vaccine.
"""


def _off_topic_lines(block: str) -> set:
    text = ARTICLE.format(block=block)
    line = text[:text.index(block)].count("\n") + 1
    return {f.line for f in lint_text(text, path="a.txt") if f.code in ("LM202", "LM203")}  # LM203 when it reads as a pitch & {line}


def test_a_story_that_ends_on_a_contact_is_judged():
    assert _off_topic_lines(
        "The Ridgeway Harriers beat their neighbours two goals to one on Saturday to lift the county cup, with a "
        "late header from the captain. Sponsors Brackenby Tiles laid on a buffet at the clubhouse; tickets for the "
        "end-of-season dinner are on sale now from 555-0164.")
    assert _off_topic_lines(
        "Harrowgate Lawn Services has opened a second depot on the ring road and now mows, edges and reseeds "
        "gardens in twelve more suburbs. The family firm, run by two brothers since 1998, says bookings for the "
        "spring have doubled. For quotes write to office@harrowgate-lawns.example or ring 555-0143.")


def test_a_press_office_block_is_not_reported():
    assert not _off_topic_lines(
        "For further information, please contact: Priya Landon, Media Relations Manager, Children's Trial Office, "
        "University Hospital of Eastbridge, press@childtrials.example, +1 617 555 0178; or Tom Ewart, "
        "Communications Officer, Eastbridge Vaccine Centre, tom.ewart@eastbridge.example, +1 617 555 0179.")
