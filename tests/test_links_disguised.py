"""An address that writes a name before "@" (userinfo) so that it seems to go there: the host is what follows the
"@" (`document.url_host`), and LM101 reports the disguise whatever the link's words (`links._disguise`). Sites,
sentences and markup are invented for these tests."""

import pytest

from lint_med.document import url_host
from lint_med_core.links import unrelated_link
from test_parsers_read_as_shown import _doc, _run as run  # (the same invented article around each form)



@pytest.mark.parametrize("url, host", [
    ("https://iron-guide.example@tyre-fitting.example/offer", "tyre-fitting.example"),
    ("http://login:guest@www.lawn-mowing.example", "lawn-mowing.example"),
    ("//journal.example@plumb-fast.example/fix", "plumb-fast.example"),
    ("https://www.iron-guide.example/people/@jo", "iron-guide.example"),  # an @ in the path is no userinfo
    ("https://iron-guide.example/?from=jo@mail.example", "iron-guide.example"),
])
def test_the_host_is_what_follows_the_userinfo(url, host):
    assert url_host(url) == host


@pytest.mark.parametrize("fmt, body", [
    # invented forms: none of them is a labelled quote nor an injected template
    ("text", "For dosing, the anaemia charity's page (https://anaemia-charity.example@tyre-fitting.example/offer) helps."),
    ("text", "Iron tablets: HTTPS://WWW.IRON-GUIDE.EXAMPLE@CARPET-CLEANERS.EXAMPLE/QUOTE lists them."),
    ("markdown", "Read [the clinic's advice](http://myclinic.example:8080@cheap-roofing.example/) before you start."),
    ("markdown", "Iron tablets are listed at <https://admin:pw@driveway-paving.example/prices> for every brand."),
    ("html", '<p>See <a href="https://user:pass@lawn-mowing.example/">the dosing guide</a> for iron tablets.</p>'),
    ("html", '<p>The <a href="//bloodtest-results.example@plumb-fast.example/fix">results page</a> explains ferritin.</p>'),
])
def test_a_name_before_the_at_is_a_disguise(fmt, body):
    messages = run(unrelated_link, _doc(body, fmt))
    assert len(messages) == 1 and "before an @" in messages[0], messages


@pytest.mark.parametrize("fmt, body", [
    # a bare key before the @ (a service's token) is no name; an @ in a path or a query is no userinfo
    ("html", '<p>Errors are reported to <a href="https://7f3a9c21@errors-tracker.example/12">the tracker</a>.</p>'),
    ("text", "Iron tablets are discussed at https://iron-forum.example/people/@ironnurse by a nurse."),
    ("markdown", "Write to [the clinic](mailto:iron@clinic.example) with questions about iron tablets."),
])
def test_no_disguise(fmt, body):
    assert not any("before an @" in message for message in run(unrelated_link, _doc(body, fmt)))


@pytest.mark.parametrize("fmt, body", [
    # a host that writes a public body's name before another site's (invented sites and sentences)
    ("text", "The dosing table (https://dosing-advice.gov.gutter-clearing.example/iron) lists every tablet."),
    ("markdown", "Read [the health service's page](https://www.nhs.uk.driveway-paving.co.uk/iron-tablets) first."),
    ("html", '<p>See <a href="https://blood-tests.org.piano-tuners.net/ferritin">the charity\'s guide</a> on iron.</p>'),
    ("html", '<p>See <a href="https://official-iron-advice.boat-sales.example/">the guidance</a> on iron tablets.</p>'),
])
def test_a_host_posing_as_a_public_body(fmt, body):
    messages = run(unrelated_link, _doc(body, fmt))
    assert len(messages) == 1 and "reads as a public body's site" in messages[0], messages


@pytest.mark.parametrize("url", [
    "https://www.england.nhs.uk/iron/",  # a public body's own subdomain
    "https://www.health.gov.on.ca/en/iron.aspx",  # a province's site under its country's domain
    "https://www.ironadvice.gov.au/tablets",
    "https://official-guidance.co.uk/iron",  # the registered name itself (a claim LM101 weighs otherwise)
])
def test_not_posing(url):
    body = f'<p>See <a href="{url}">the iron tablet guide</a> on iron tablets.</p>'
    assert not any("public body" in message for message in run(unrelated_link, _doc(body, "html")))


@pytest.mark.parametrize("fmt, body", [
    # an article spinner's template published unspun around a link (invented sites and sentences)
    ("text", "Iron tablets help. {Call|Ring|Phone} the {best|nearest} roofer at {https://roof-fix.example|https://tiles.example/quote}."),
    ("markdown", "Iron tablets help: see {[the guide](https://gutter-clearing.example/)|[this page](https://paving.example/)}."),
    ("html", '<p>{Hire|Rent} a {fast|cheap} van from <a href="https://van-hire.example/">our partners</a> today.</p>'),
])
def test_a_link_in_an_unspun_template(fmt, body):
    messages = run(unrelated_link, _doc(body, fmt))
    assert messages and all("spinner's template" in message for message in messages), messages


@pytest.mark.parametrize("fmt, body", [
    # braces with bars that are no template: a set, one group away from the link
    ("text", "For the set {x | x > 0} see https://iron-maths.example/sets on iron tablets."),
    ("markdown", "Iron tablets {morning|evening} doses are listed at [the iron guide](https://iron-guide.example/)."),
])
def test_no_unspun_template(fmt, body):
    assert not any("spinner" in message for message in run(unrelated_link, _doc(body, fmt)))
