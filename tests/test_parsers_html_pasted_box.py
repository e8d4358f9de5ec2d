"""A box named as furniture (by class, id or the <aside> tag) that stands between two paragraphs of the article's own
flow was put in the text by its writer (a pasted newsletter, a proverb in a box): it is read like the article
(`parsers.html._pasted_box`). Site widgets there stay passed over by their structure: a form, links and little text
of their own, a role. Sites, sentences and markup are invented for these tests."""

import pytest

from lint_med.parsers import html as html_parser

PARAGRAPH = ("<p>Researchers followed {n} hundred adults with mild asthma for two years and compared the inhaler "
             "schedules their doctors had chosen.</p>")


def _page(box: str, where: str = "between") -> str:
    paragraphs = [PARAGRAPH.format(n=n) for n in ("two", "three", "four")]
    if where == "between":
        body = paragraphs[0] + box + "".join(paragraphs[1:])
    else:  # after the article, beside it
        body = "".join(paragraphs) + box
    return (f"<html><head><title>Asthma</title></head><body><article><h1>Inhalers compared</h1>{body}</article>"
            "</body></html>")


def _read(source: str) -> str:
    return " ".join(block.text for block in html_parser.parse(source, "page.html", {}).blocks)


# (box, words of it, read between paragraphs): writers' boxes first, then site widgets that stay passed over there
BOXES = [
    # a newsletter pasted whole, its links on two hosts of one shop
    ('<table class="newsletter-copy"><tr><td><h4>The Garden Post, issue 4</h4></td></tr><tr><td>Sponsored: Alder '
     'Fencing builds oak gates to order. <a href="https://alder-gates.example/oak">Alder Fencing</a></td></tr><tr><td>'
     '<small>Unsubscribe <a href="https://aldergates-mail.example/prefs">here</a></small></td></tr></table>',
     "Alder Fencing builds oak gates", True),
    # a saying of the day in Welsh, naming a tiler with a phone
    ('<aside class="saying-widget" lang="cy"><h4>Dywediad y dydd</h4><p>Dyfal donc a dyr y garreg. Teils Morgan: '
     'ffoniwch 029 2018 0000.</p></aside>', "Teils Morgan", True),
    # a promo box with a locksmith's offer and no link at all
    ('<div class="promo-box"><p>Locked out? Brixley Locks opens any door within the hour, call 0161 496 0000.</p></div>',
     "Brixley Locks opens any door", True),
    # a signup box: a form
    ('<div class="newsletter-signup"><p>Get our weekly health news in your inbox every Monday.</p>'
     '<form action="/subscribe"><input type="email"><button>Sign up</button></form></div>', "weekly health news", False),
    # an ad slot: a label and little else
    ('<div class="advert-slot"><span>Advertisement</span></div>', "Advertisement", False),
    # a like button's placeholder: labels, no sentence
    ('<div class="sharing-like"><h3>Like this:</h3><span>Like</span> <span>Loading...</span></div>', "Like this", False),
    # a related-story line: all but a word of it a link
    ('<aside class="related-inline">Read: <a href="/2026/hay-fever-drops">Hay fever eye drops tested in '
     'a new trial</a></aside>', "Hay fever eye drops", False),
    # a sidebar by its role
    ('<aside role="complementary"><p>Our editors pick the week\'s most read stories for you.</p></aside>',
     "most read stories", False),
]
PASTED = [(box, words) for box, words, read in BOXES if read]


@pytest.mark.parametrize("box, words, read", BOXES)
def test_a_writers_box_between_the_articles_paragraphs_is_read_a_widget_is_not(box, words, read):
    assert (words in _read(_page(box))) == read


@pytest.mark.parametrize("box, words", PASTED)
def test_the_same_box_beside_the_article_is_passed_over(box, words):
    assert words not in _read(_page(box, where="after"))
