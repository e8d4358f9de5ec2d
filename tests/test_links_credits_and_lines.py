"""LM101 and LM105 on lines of commerce and on credited addresses (links41a's families).

A source credit ("Dilansir dari X", "Según X", "Kwa mujibu wa X") names a site as a story's origin:
never an address dropped into the sentence. The sentences are our own, in languages no labelled
page is written in (Swahili, Tagalog, Polish) besides Spanish."""
import pytest

from lint_med import lint_text
from lint_med.document import url_host


def _codes(text, code):
    return [f for f in lint_text(text, "page.txt") if f.code == code]


def _cold_water(lead: str, credit: str, site: str, rest: str, tail: str) -> str:
    return f"{lead}\n\n{credit} {site} {rest}\n\n{tail}\n"


CREDITED = {
    "sw": ("Faida za kuoga maji baridi\n\nKuoga maji baridi asubuhi kunasaidia mwili kuamka na kuongeza nguvu kwa siku "
           "nzima. Watu wengi hupenda kuoga maji ya moto, lakini maji baridi yana faida zake kwa afya ya moyo.",
           "Kwa mujibu wa", "afyabora.co.tz", "kuoga maji baridi huongeza chembe nyeupe za damu mwilini. Chembe hizi "
           "husaidia mwili kupambana na magonjwa na maambukizi ya virusi.",
           "Maji baridi pia husaidia ngozi na nywele kuwa na afya."),
    "tl": ("Mga benepisyo ng malamig na paligo\n\nAng pagligo sa malamig na tubig tuwing umaga ay nakakatulong sa "
           "katawan. Maraming tao ang ayaw nito, pero may mga benepisyo ito sa kalusugan ng puso at balat.",
           "Ayon sa", "kalusugan-ngayon.ph", "ang malamig na tubig ay nagpaparami ng puting selula ng dugo sa katawan. "
           "Ang mga selulang ito ay lumalaban sa mga impeksyon at sakit.",
           "Ang malamig na tubig ay mabuti rin sa balat at buhok."),
    "pl": ("Zimny prysznic rano\n\nZimny prysznic rano pobudza organizm i poprawia krążenie krwi. Wiele osób go unika, "
           "ale zimna woda ma korzystny wpływ na serce i skórę.",
           "Według", "zdrowiedzis.pl", "zimna woda zwiększa liczbę białych krwinek w organizmie. Białe krwinki pomagają "
           "walczyć z infekcjami i chorobami.",
           "Zimna woda poprawia też kondycję skóry i włosów."),
    "es": ("Duchas frías por la mañana\n\nUna ducha fría por la mañana activa el cuerpo y mejora la circulación de la "
           "sangre. Muchas personas la evitan, pero el agua fría tiene beneficios para el corazón y la piel.",
           "Según", "vidasana-hoy.es", "el agua fría aumenta los glóbulos blancos del cuerpo. Los glóbulos blancos "
           "ayudan a combatir las infecciones.",
           "El agua fría también mejora la piel y el cabello."),
}


@pytest.mark.parametrize("language", sorted(CREDITED))
def test_a_source_credit_introduces_its_address(language):
    lead, credit, site, rest, tail = CREDITED[language]
    assert not _codes(_cold_water(lead, credit, site, rest, tail), "LM101")


@pytest.mark.parametrize("language", sorted(CREDITED))
def test_the_same_address_dropped_with_no_credit_is_reported(language):
    lead, credit, site, rest, tail = CREDITED[language]
    words = rest.split()
    dropped = " ".join(words[:3] + [site] + words[3:])  # into the clause, after a plain word
    assert _codes(_cold_water(lead, "", "", dropped, tail).replace("\n\n  ", "\n\n"), "LM101")


def test_via_inside_a_clause_is_a_preposition():
    text = ("Iron and tiredness\n\nIron deficiency makes many women tired and weak, and doctors test ferritin to find it.\n\n"
            "Iron pills are delivered via pawnshop-deals.example the next morning to most homes.\n\n"
            "Ferritin below 30 suggests low iron stores in the blood.\n")
    assert _codes(text, "LM101")


def test_a_hosts_name_ends_at_a_bracket():
    assert url_host("https://www.typebar-ribbons.example[/embed]") == "typebar-ribbons.example"
    assert url_host("http://[::1]:8080/x") == "[::1]"
    text = ("Iron and tiredness\n\nIron deficiency is common in women and causes tiredness and weakness, see "
            "www.typebar-ribbons.example[/embed] for more on iron stores.\n\nDoctors test ferritin to check iron.\n")
    messages = [f.message for f in _codes(text, "LM101")]
    assert messages and all("example[" not in m for m in messages) and "typebar-ribbons.example " in messages[0]
