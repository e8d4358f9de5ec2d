"""An address written to open its page in another browser than the app the reader is in (an Android intent, iOS
Safari's x-safari-https:, Chrome's googlechromes:, Edge's microsoft-edge:, Firefox's open-url): the link goes to the
page it opens (`document.opened_address`, `Link.via`), and LM101 reports it whatever its words. Sites, sentences and
markup are invented for these tests."""

import pytest

from lint_med.document import Link
from lint_med.document import opened_address
from lint_med.parsers import addresses_in
from lint_med_core.links import unrelated_link
from test_parsers_read_as_shown import _doc, _run as run  # (the same invented article around each form)


@pytest.mark.parametrize("url, page, scheme", [
    ("intent://gutter-clearing.example/quote#Intent;scheme=https;package=com.android.chrome;end",
     "https://gutter-clearing.example/quote", "intent"),
    ("intent://www.dog-grooming.example#Intent;action=android.intent.action.VIEW;end", "http://www.dog-grooming.example",
     "intent"),
    ("X-SAFARI-HTTPS://piano-tuners.example/book", "https://piano-tuners.example/book", "x-safari-https"),
    ("googlechrome://boat-sales.example/", "http://boat-sales.example/", "googlechrome"),
    ("microsoft-edge:https://kitchen-fitters.example/?area=leeds", "https://kitchen-fitters.example/?area=leeds",
     "microsoft-edge"),
    ("firefox://open-url?url=https%3A%2F%2Fsolar-panels.example%2Fdeal", "https://solar-panels.example/deal", "firefox"),
])
def test_the_page_an_app_browser_address_opens(url, page, scheme):
    assert opened_address(url) == (page, scheme)
    link = Link(url, "", 0, 1)
    assert (link.url, link.via) == (page, scheme)


@pytest.mark.parametrize("url", ["mailto:jo@clinic.example", "tel:+441632960000", "https://clinic.example/",
                                 "firefox://open-url?x=1", "x-safari-https:nothing", "/relative/page"])
def test_no_page_opened(url):
    assert opened_address(url) is None
    assert Link(url, "", 0, 1).via == ""


def test_written_out_in_plain_text():
    text = "Tap x-safari-https://piano-tuners.example/book, or intent://boat-sales.example/#Intent;scheme=https;end now."
    assert [url for _, _, url in addresses_in(text)] == [
        "x-safari-https://piano-tuners.example/book", "intent://boat-sales.example/#Intent;scheme=https;end"]


@pytest.mark.parametrize("fmt, body", [
    ("text", "Iron tablets are best taken with food. App users tap: x-safari-https://www.piano-tuners.example/book"),
    ("text", "Open in your browser: firefox://open-url?url=https%3A%2F%2Fsolar-panels.example%2Firon to read on."),
    ("markdown", "Iron tablets are best taken with food ([open outside this app](googlechromes://boat-sales.example/))."),
    ("markdown", "Read [the iron guide](microsoft-edge:https://kitchen-fitters.example/iron-tablets) before you start."),
    ("html", '<p>Iron tablets <a href="intent://dog-grooming.example/iron#Intent;scheme=https;end">in your browser</a>.</p>'),
])
def test_an_app_browser_link_is_reported(fmt, body):
    messages = run(unrelated_link, _doc(body, fmt))
    assert len(messages) == 1 and "opens the page in another browser" in messages[0], messages


def test_an_authority_opened_so_is_not_reported():
    body = '<p>See <a href="x-safari-https://www.nhs.uk/medicines/ferrous-sulfate/">the NHS page</a> on iron tablets.</p>'
    assert not run(unrelated_link, _doc(body, "html"))
