"""A box of lines that each open on a label and its colon ("Lost: a blue scooter", "Tue: paper and card"),
pasted between two paragraphs of an article (offdisc46, LM202): a notice board's items saved without their
list markup. Such lines are the box's items, as list items are, not a run of headlines (a page of items,
judged elsewhere), so the box is judged as one paragraph. Our own notices, in languages and page kinds no
labelled page has (a lost-and-found board, a bin-day rota, a sailing club's fixtures; a German club's); a box of the
article's own labelled lines must stay quiet."""

import pytest
from test_core_offtopic_site_blocks import _render

from lint_med.engine import Linter, Overrides

BODY = [
    "Metformin lowers blood sugar in people with type 2 diabetes, and doctors prescribe it as the first "
    "treatment for most adults who are newly diagnosed with the condition, usually at a low dose that is raised over "
    "the first month.",
    "Common side effects of metformin include nausea and diarrhoea, which usually settle within a few "
    "weeks of starting the tablets, and the extended release form causes fewer of them in most of the people who "
    "try it.",
    "Taking metformin with a meal and raising the dose slowly over several weeks spares the stomach, "
    "and most people who stop because of nausea tolerate the extended release tablets when they try them again "
    "later.",
    "Your doctor may check your kidney function before prescribing metformin, because the drug is "
    "cleared by the kidneys and builds up when they work poorly, which raises the small risk of lactic acidosis "
    "in older adults.",
    "People with type 2 diabetes who take metformin for many years may also need a vitamin B12 check, "
    "since the drug lowers its absorption in the gut over time and a shortage can cause numbness in the hands "
    "and feet.",
]


def _lm202(fmt: str, box: list[str]) -> list[str]:
    source, path = _render(fmt, [*BODY[:2], *box, *BODY[2:]])
    return [f.message for f in Linter(Overrides(isolated=True)).lint_source(source, path).findings if f.code == "LM202"]


BOXES = [
    ["Have you seen?", "Lost: a brown leather wallet near the bakery on Mill Lane",
     "Found: a child's red mitten by the war memorial", "Lost: a grey parrot called Biscuit, last seen by the church",
     "Notices printed courtesy of Ashcombe Kite Shop, 01632 960 111."],
    ["Bin days", "Mon: garden waste in the brown wheelie bin, Orchard Road and Tanners Row",
     "Wed: paper, card and glass in the blue crate, Quarry Hill", "Fri: general rubbish, all streets north of the canal",
     "Rota kindly printed by Holloway Skip Hire, 01632 960 222."],
    ["Sailing club", "Sat: dinghy racing from the slipway, first gun at half past ten",
     "Sun: cruiser rally to Pendle Cove, skippers' briefing in the clubhouse",
     "Thu: rope work and knots for juniors in the boat shed", "Fixtures sponsored by Marrow Bay Chandlery, 01632 960 333."],
]


@pytest.mark.parametrize("box", BOXES)
def test_a_board_of_labelled_lines_between_paragraphs_is_reported(box):
    assert any("short blocks" in m for m in _lm202("text", box)), box


def test_a_board_in_another_language_is_reported_either_way():
    # a German club's fixtures in an English article: LM203 reads it as another language's promotion first
    box = ["Vereinsnachrichten", "Samstag: Heimspiel gegen den TSV Oberbach, Anstoß um drei Uhr auf dem Sportplatz",
           "Sonntag: Frühschoppen im Vereinsheim mit der Blaskapelle aus Niederau",
           "Dienstag: Training der Alten Herren auf dem Kunstrasenplatz", "Mit freundlicher Unterstützung von Autohaus Krämer."]
    source, path = _render("text", [*BODY[:2], *box, *BODY[2:]])
    codes = {f.code for f in Linter(Overrides(isolated=True)).lint_source(source, path).findings}
    assert codes & {"LM202", "LM203"}


def test_the_article_s_own_labelled_lines_stay_quiet():
    box = ["Before you start", "Dose: one 500 mg metformin tablet with the evening meal for the first week",
           "Kidneys: a blood test of kidney function before the first prescription",
           "Stomach: nausea that settles as the body gets used to metformin"]
    assert _lm202("text", box) == []
