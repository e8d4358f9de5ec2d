"""A single teaser line for another story of the site (teaser41, LM203): a label that points to another
story ("Read also:", "RELATED:", "Lees ook:", "Xem thêm:", "Soma pia:"; or a label of two capitalised words
with no mark after it, "Also Read Storm Closes ...") and then a headline naming a subject the article does not
discuss, even when the headline shares a word or two with it. Our own sentences, each placed between the
paragraphs of a short article in Markdown, HTML and plain text; lines that look alike but belong to the
article (its own subject after the label, a sentence opening with the label's words, a "Key points:" or
"Sources:" line, a subheading, a caption, a byline) must stay quiet."""

import pytest
from test_core_offtopic_site_blocks import BODY, FORMATS, TITLE
from test_core_offtopic_site_blocks import _render as _render_metformin

from lint_med.engine import Linter, Overrides


def _render(fmt: str, title: str, paragraphs: list[str]) -> tuple[str, str]:
    source, path = _render_metformin(fmt, paragraphs)
    return source.replace(TITLE, title, 1), path


def _lm203_messages(fmt: str, title: str, paragraphs: list[str]) -> list[str]:
    source, path = _render(fmt, title, paragraphs)
    findings = Linter(Overrides(isolated=True)).lint_source(source, path).findings
    return [f.message for f in findings if f.code == "LM203"]


def _lm203(fmt: str, line: str, title: str = TITLE, body: list[str] = BODY) -> list[str]:
    return _lm203_messages(fmt, title, [*body[:2], line, *body[2:]])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "Read also: Council approves new cycle lanes along the harbour road",
    "RELATED: Ferry operator cancels island crossings after storm damages pier",
    # no mark after a label of two capitalised words; the headline's subject shares "stomach" with the article
    "Also Read Stomach Bug Outbreak Closes Two Primary Schools In Leeds",
    "Vídeo: Supermarket chain recalls frozen berries over hepatitis fears",
    "Lees ook: Stadion krijgt nieuw dak na stormschade",
    # a headline sharing the article's condition, on another subject
    "Read also: Diabetes charity opens a cycling club for retired firefighters",
])
def test_a_teaser_for_another_story_is_reported(fmt, line):
    assert any("teaser" in m for m in _lm203(fmt, line)), line


TL_TITLE = "Metformin at sakit ng tiyan"
TL_BODY = [
    "Ang metformin ay nagpapababa ng asukal sa dugo ng mga taong may type 2 diabetes, at ito ang unang gamot "
    "na inirereseta ng doktor sa karamihan ng bagong pasyente.",
    "Ang karaniwang epekto ng metformin ay pagduduwal at pagtatae, na kadalasang nawawala pagkalipas ng ilang linggo.",
    "Ang pag-inom ng metformin kasabay ng pagkain at ang dahan-dahang pagtaas ng dosis ay nagpapabawas ng sakit ng tiyan.",
    "Maaaring suriin ng doktor ang iyong bato bago magreseta ng metformin dahil sa bato ito inilalabas.",
]
SW_TITLE = "Metformin na maumivu ya tumbo"
SW_BODY = [
    "Metformin hupunguza sukari kwenye damu kwa watu wenye kisukari cha aina ya pili, na madaktari huitoa "
    "kama dawa ya kwanza kwa watu wazima wengi.",
    "Madhara ya kawaida ya metformin ni kichefuchefu na kuharisha, ambayo huisha baada ya wiki chache za dawa.",
    "Kumeza metformin pamoja na chakula na kuongeza dozi polepole hupunguza maumivu ya tumbo kwa watu wengi.",
    "Daktari anaweza kupima figo zako kabla ya kukupa metformin kwa sababu dawa hutolewa na figo.",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, body, line", [
    # Tagalog and Swahili: languages no labelled page is written in
    (TL_TITLE, TL_BODY, "Basahin din: Bagong tulay sa Pasig bubuksan na sa susunod na buwan"),
    (SW_TITLE, SW_BODY, "Soma pia: Timu ya taifa yashinda mechi ya kirafiki jijini Arusha"),
])
def test_a_teaser_in_the_article_s_own_language_is_reported(fmt, title, body, line):
    assert any("teaser" in m for m in _lm203(fmt, line, title, body)), line


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    # a teaser for more of the article's own subject
    "Read also: How metformin lowers blood sugar in type 2 diabetes",
    "RELATED: Kidney function checks before starting metformin",
    "Read More About Metformin Dosing With Meals",
    # another story, but on the article's subject (its title's most specific word)
    "MORE: Could Metformin Help Healthy Adults Live Longer? Trials Begin",
    # the label's words opening a sentence of the article
    "Also read the leaflet that comes with your metformin tablets before the first dose.",
    "See also Marsh and Patel, who compared metformin doses in 2019.",
    "More than half of people starting metformin notice some stomach upset.",
    # the article's own furniture and structure
    "Key points: take metformin with food and raise the dose slowly.",
    "Sources: national prescribing guidance for type 2 diabetes, 2023.",
    "Video: A pharmacist shows how to take metformin with a meal",
    "By Anna Clarke, health reporter",
    "Side Effects Of Metformin",
])
def test_the_article_s_own_lines_are_not_teasers(fmt, line):
    assert _lm203(fmt, line) == [], line


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    # the label's family: a verb of looking next to a word of another item, in either order, then a colon (a space
    # before it too), a dash or a bar (a label written "Word:" between two paragraphs is read by another test)
    "Also Check : Ferry operator cancels island crossings after storm damages pier",
    "Check Also - Council approves new cycle lanes along the harbour road",
    "See More – Stadium roof repairs begin after the winter storm",
    "Watch Next | EU ministers agree on new fishing quotas for the Baltic",
    # languages and label wordings no labelled page has
    "Zobacz również \u2013 Nowy most na Wiśle otwarty dla rowerzystów",
    "Confira também : Prefeitura abre novas ciclovias na orla do porto",
    "Mira también | El ayuntamiento aprueba nuevos carriles bici en el puerto",
])
def test_a_composed_teaser_label_is_reported(fmt, line):
    assert any("teaser" in m for m in _lm203(fmt, line)), line


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "Check Also: Metformin Dosing With Meals And Kidney Checks",  # the article's own subject
    "Check also the leaflet that comes with your metformin tablets before the first dose.",
    "See more people with type 2 diabetes start on metformin than on any other tablet.",
])
def test_a_composed_label_over_the_article_s_own_lines_is_quiet(fmt, line):
    assert _lm203(fmt, line) == [], line


def test_without_the_label_a_headline_line_is_not_this_rule_s():
    # the same unrelated headline with no label: LM203's teaser test does not ask it
    assert not any("teaser" in m for m in _lm203("text", "Council approves new cycle lanes along the harbour road"))


def _glued_lm203(line: str) -> list[str]:
    # a page flattened to plain text glues the teaser to the end of the paragraph before it
    return _lm203_messages("text", TITLE, [*BODY[:1], f"{BODY[1]} {line}", *BODY[2:]])


@pytest.mark.parametrize("line", [
    "Also Read: Council approves new cycle lanes along the harbour road",
    "RELATED: Ferry operator cancels island crossings after storm damages pier",
    "Baca Juga: Pemerintah kota membuka jalur sepeda baru di pelabuhan",
    "Lees Ook: Stadion krijgt nieuw dak na stormschade",
])
def test_a_teaser_glued_to_the_paragraph_before_it_is_reported(line):
    assert any("teaser" in m for m in _glued_lm203(line)), line


@pytest.mark.parametrize("line", [
    "Watch: the council's cycle lanes along the harbour road open in May.",  # a sentence, not a label
    "also read: council approves new cycle lanes along the harbour road",  # not written as a label
    "Also Read: How to take metformin with a meal to spare the stomach",  # the article's own subject
])
def test_a_glued_sentence_that_is_no_teaser_is_left_alone(line):
    assert not any("teaser" in m for m in _glued_lm203(line)), line
