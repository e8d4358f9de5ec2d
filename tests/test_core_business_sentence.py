"""The forms LM203's business pitch reads: a phone number in any country's writing, and a trade name
the rest of the article never writes (our own sentences; the fixtures
`LM203_business-sentence-without-link.*` place such pitches and their clean counterparts in an article)."""

import pytest

from lint_med.engine import Linter, Overrides
from lint_med_core.offtopic import new_trade_name, phone_number


@pytest.mark.parametrize("text, number", [
    ("Ring Harlow Glazing on 0161 496 0732 before noon.", "0161 496 0732"),
    ("Call (555) 018-2290 for a quote.", "(555) 018-2290"),
    ("Text +44 20 7946 0958 now.", "+44 20 7946 0958"),
    ("Wählen Sie 030 901820 für einen Termin.", "030 901820"),
    # counts, years, doses and decimals are no phone numbers
    ("Of 1,024 patients, 312 improved between 2019 and 2021.", ""),
    ("The dose was 2.5 mg twice a day for 14 days.", ""),
    ("Samaritans answer on 116 123.", ""),
])
def test_phone_number(text, number):
    assert phone_number(text) == number


def _doc(body: str):
    return Linter(Overrides(isolated=True)).parse(body, "article.md")


ARTICLE = ("# Shingles\n\nShingles is a painful rash caused by the chickenpox virus. Dr Okafor of Kelvedon "
           "Hospital treats it with antiviral tablets.\n\n{line}\n")


@pytest.mark.parametrize("line, name", [
    ("Leaking roof? Brackmoor Roofing patches it the same day.", "Brackmoor Roofing"),
    ("Quenby Pest Control clears wasp nests from £40.", "Quenby Pest Control"),
    ("ピアノ調律ならFenwyck調律サービスへ。", "Fenwyck"),
    # a sentence's common first word, a day, a place, capitals: no trade name
    ("Order tickets on Monday in Cape Town.", ""),
    ("Earn CME credits in your profession.", ""),
    # a name the article writes elsewhere is its own subject's (the hospital treating the rash)
    ("Book an appointment at Kelvedon Hospital today.", ""),
])
def test_new_trade_name(line, name):
    doc = _doc(ARTICLE.format(line=line))
    block = next(b for b in doc.blocks if b.text.startswith(line[:12]))
    assert new_trade_name(doc, block.text) == name
