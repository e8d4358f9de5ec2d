"""The publisher's promotion of itself between the article's paragraphs (teaser41, LM203): a short line that
names the site as the page's byline or dateline prints it and offers the reader something of the site (a free
gift, a prize, its app, a download), its other words not the article's. Our own sentences and site names, in
Markdown, HTML and plain text, in English, Swahili and Portuguese articles (languages and a page kind, a
portal's dateline, that no labelled page has in these forms); the dateline itself, a report naming the site and
an offer of more of the article's subject stay quiet."""

import pytest
from test_core_offtopic_site_blocks import BODY, FORMATS, TITLE
from test_core_offtopic_site_blocks import _render as _render_metformin

from lint_med.engine import Linter, Overrides

SW_TITLE = "Metformin na maumivu ya tumbo"
SW_BODY = [
    "Habarileo.co.tz, Dar es Salaam - Metformin hupunguza sukari kwenye damu kwa watu wenye kisukari cha aina ya "
    "pili, na madaktari huitoa kama dawa ya kwanza kwa watu wazima wengi.",
    "Madhara ya kawaida ya metformin ni kichefuchefu na kuharisha, ambayo huisha baada ya wiki chache za dawa.",
    "Kumeza metformin pamoja na chakula na kuongeza dozi polepole hupunguza maumivu ya tumbo kwa watu wengi.",
    "Daktari anaweza kupima figo zako kabla ya kukupa metformin kwa sababu dawa hutolewa na figo.",
]
PT_TITLE = "Diabetes: a metformina e a dor de estômago"
PT_BODY = [
    "Saudenahora.com.br, Recife - A metformina baixa o açúcar no sangue de pessoas com diabetes tipo 2 e costuma "
    "ser o primeiro remédio receitado pelos médicos.",
    "Os efeitos colaterais mais comuns da metformina são náusea e diarreia, que passam em poucas semanas.",
    "Tomar a metformina junto com as refeições e subir a dose aos poucos diminui a dor de estômago.",
    "O médico pode examinar os rins antes de receitar a metformina, porque o remédio sai pelos rins.",
]
EN_BODY = [f"Harbourline.com, Leeds - {BODY[0]}", *BODY[1:]]


def _lm203(fmt: str, line: str, title: str = TITLE, body: list[str] = EN_BODY) -> list[str]:
    source, path = _render_metformin(fmt, [*body[:2], line, *body[2:]])
    source = source.replace(TITLE, title, 1)
    return [f.message for f in Linter(Overrides(isolated=True)).lint_source(source, path).findings
            if f.code == "LM203"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, body, line", [
    (TITLE, EN_BODY, "Win a weekend break for two: download the Harbourline.com app before Sunday."),
    (TITLE, EN_BODY, "* Readers get a free cinema voucher with every new Harbourline.com account."),
    (SW_TITLE, SW_BODY, "Pakua app ya Habarileo.co.tz upate zawadi kila wiki."),
    (PT_TITLE, PT_BODY, "Baixe o aplicativo do Saudenahora.com.br e concorra a um carro zero."),
])
def test_the_publisher_s_pitch_for_itself_is_reported(fmt, title, body, line):
    assert any("promotion of itself" in m for m in _lm203(fmt, line, title, body)), line


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    # a report that names the site, with no offer
    "Harbourline.com asked six pharmacists how they explain these side effects to patients.",
    # an offer of more of the article's subject
    "Download the free Harbourline.com guide to metformin doses, kidney checks and side effects.",
    # the site's dateline opening a paragraph
    "Harbourline.com, Leeds - Doctors say the extended release tablets are worth asking about.",
])
def test_the_site_s_own_lines_on_the_subject_are_not_self_promotion(fmt, line):
    assert _lm203(fmt, line) == [], line


def test_a_site_the_page_does_not_print_as_its_own_is_not_the_publisher():
    # the same pitch on a page with no byline or dateline naming the site: not this test's
    assert not any("promotion of itself" in m for m in _lm203(
        "text", "Win a weekend break for two: download the Harbourline.com app before Sunday.", body=BODY))
