"""Link.domain is computed once per link and equals the plain definition."""

import re

from lint_med.document import Link


def plain_domain(url: str) -> str:
    match = re.match(r"(?:[a-z][a-z0-9+.-]*:)?//([^/?#:]+)", url, re.I)
    return match.group(1).lower().removeprefix("www.") if match else ""


URLS = ["https://WWW.Example.COM/a", "//cdn.example.org:8080/x", "mailto:a@b.c", "/relative/path", "",
        "HTTP://İstanbul.example/ı", "https://ſite.example?q=1", "http://1.2.3.4#frag",
        "https://www.\u00a0odd.example/", "ftp://www.www.example.net", "https:/one-slash.example"]


def test_cached_domain_equals_the_plain_definition():
    for url in URLS:
        link = Link(url, "", 0, 0)
        assert link.domain == plain_domain(url), url
        assert link.domain is link.domain  # the second read comes from the cache
        assert link.is_external == bool(plain_domain(url))


def test_domain_is_cached_on_the_link():
    link = Link("https://www.example.com/", "", 0, 0)
    assert "domain" not in vars(link)
    assert link.domain == "example.com"
    assert vars(link)["domain"] == "example.com"
