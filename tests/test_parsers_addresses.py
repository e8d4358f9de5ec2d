"""Bare URLs written without a scheme ("shop.example/buy?id=7", "//x.biz", "аптека.рф") are links;
a site named in prose ("WebMD.com says", "see nhs.uk"), file names, versions, abbreviations and
e-mail addresses are not."""

import pytest

from lint_med.parsers.text import parse


def bare_urls(text: str) -> list[str]:
    return [link.url for link in parse(text, "article.txt", {}).links]


@pytest.mark.parametrize("text, url", [
    ("Order at vita-shop.example/offer?id=7 today.", "http://vita-shop.example/offer?id=7"),
    ("Try cheapmeds.xyz?ref=99 now.", "http://cheapmeds.xyz?ref=99"),
    ("See //cheap-pills.biz/buy?aff=12 here.", "http://cheap-pills.biz/buy?aff=12"),
    ("See //cheap-pills.biz here.", "http://cheap-pills.biz"),
    ("Купите на аптека-здоровье.рф/купить сейчас.", "http://аптека-здоровье.рф/купить"),
    ("Купите на аптека.рф сейчас.", "http://аптека.рф"),
    ("지금 건강약국.한국 방문", "http://건강약국.한국"),
    ("見る 薬局.jp/買う", "http://薬局.jp/買う"),
    ("Visit xn--80aswg.xn--p1ai now.", "http://xn--80aswg.xn--p1ai"),
    ("The guidance is at cdc.gov/flu.", "http://cdc.gov/flu"),
    ("Read https://example.org/a?b=1, then", "https://example.org/a?b=1"),
    ("Or www.example.com.", "http://www.example.com"),
    # a host name's case means nothing (RFC 4343)
    ("Rent one at WWW.Vanhire-Depot.example for the weekend.", "http://WWW.Vanhire-Depot.example"),
])
def test_an_address_without_a_scheme_is_a_bare_link(text, url):
    assert bare_urls(text) == [url]


@pytest.mark.parametrize("text", [
    "WebMD.com says the pain is worst in the morning.",
    "The advice on nhs.uk is much the same.",
    "The app is built with Node.js, e.g. for timers, i.e. reminders.",
    "The leaflet report.pdf and the sheet data.xlsx list them; notes.md/drafts too.",
    "Version 1.2.3/4 of the U.S. guideline by Dr. J. Smith et al. gives 0.5 mg/kg; 5.mg/dL.",
    "Write to clinic.team@footcare.example or user.name@site.com/help.",
    "Take it at 8 a.m./p.m. and/or with food; Ph.D./M.D. staff.",
    "[the guide](guide.example/page) in a text file",
    "ftp://files.example/x and C:/Users/me/file.shop/x",
])
def test_a_name_in_prose_is_not_a_link(text):
    assert bare_urls(text) == []


@pytest.mark.parametrize("text", [
    "Order at vita-shop.example/offer?id=7 today.", "See //cheap-pills.biz here.", "Купите на аптека.рф сейчас.",
    "지금 건강약국.한국 방문", "Visit xn--80aswg.xn--p1ai now.", "Lu dans Télérama.fr hier.", "Or www.example.com.",
    "Read https://example.org/a?b=1, then", "Take 5 mg/dL and/or 2.5 ml, e.g. at 3 p.m.", "WebMD.com says so.",
    "Rent one at WWW.Vanhire-Depot.example for the weekend.",
])
def test_the_cheap_test_before_the_pattern_drops_no_address(text, monkeypatch):
    """_may_hold_address only spares blocks the pattern would find nothing in."""
    import lint_med.parsers as parsers

    found = bare_urls(text)
    monkeypatch.setattr(parsers, "_may_hold_address", lambda text: True)
    assert bare_urls(text) == found


def test_the_fast_address_sign_is_the_plain_one():
    """_ADDRESS_SIGN_FAST finds a sign exactly where _ADDRESS_SIGN does, on random text of the
    characters its alternatives read."""
    import random

    from lint_med.parsers import _ADDRESS_SIGN, _ADDRESS_SIGN_FAST

    rng = random.Random(31)
    alphabet = ["w", "W", "x", "n", "-", ".", "/", "?", "#", "a", "B", "7", "_", " ", "é", "р", "’", "\u00a0", "ww",
                "www.", "xn--", "//", ".fr", ".рф", "a.b"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        plain = _ADDRESS_SIGN.search(text) is not None
        assert (_ADDRESS_SIGN_FAST.search(text) is not None) == plain, text
        found += plain
    assert 2000 < found < 18000  # both answers are met often
