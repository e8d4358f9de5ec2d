"""A short box of the page's furniture inside the article (any name: a consent notice, a toolbar, a trackback
list, a rating widget, a language menu) that links exactly one site besides the page's own, a site the page links
nowhere else, is read like the article (`parsers.html._one_site_off`), so that LM101 judges the one outside
business placed there. Sites, sentences and markup are invented for these tests."""

import pytest

from lint_med.parsers import html as html_parser
from lint_med_core.links import unrelated_link
from test_parsers_read_as_shown import _doc, _run as run  # (the same invented article around each form)

# Invented boxes, none of them a labelled quote nor an injected template: each is furniture by its name, role or
# tag, its other links stay on the page's site, and one goes to an outside business.
BOXES = [
    # a print and save toolbar
    '<div class="tools-widget"><a href="/print/iron">Print</a> · <a href="/save/iron">Save</a> · '
    'Sponsored: <a href="https://harbour-kayaks.example/tours">sea kayak tours from £40</a></div>',
    # a consent dialog named by its role only
    '<div role="dialog"><p>We and our partner <a href="https://quick-skip-hire.example/">cheap skip hire '
    'near you</a> store cookies.</p><button>OK</button></div>',
    # a list of trackbacks by its id
    '<div id="comments"><h4>Linked from</h4><ul><li><a href="https://drumkit-lessons.example/blog/beginners">'
    'Beginner drum kit lessons for adults</a></li></ul></div>',
    # a rating widget with a "powered by" line
    '<div class="rating-widget">Was this helpful? <a href="/rate/iron?v=1">Yes</a> <a href="/rate/iron?v=0">No</a> '
    'Powered by <a href="https://gutter-cleaning.example/quote">gutter cleaning quotes</a></div>',
    # a language menu in a <nav> whose one other entry leaves the site
    '<nav class="translations">Read in: <a href="/fr/iron">Français</a> · <a href="/pl/iron">Polski</a> · '
    '<a href="https://limo-bookings.example/prom">prom night limousine hire</a></nav>',
    # a post navigation box: the previous post is the site's own, the "next" one a shop
    '<div class="post-nav"><a href="/2026/anaemia">← Anaemia in pregnancy</a> '
    '<a href="https://patio-paving.example/slabs">Next: patio slabs delivered</a></div>',
]


@pytest.mark.parametrize("box", BOXES)
def test_the_one_outside_site_of_a_furniture_box_is_read(box):
    doc = _doc(box, "html")
    site = next(link for link in doc.links if link.url.startswith("https://"))
    assert site.block is not None and site.text and site.text in doc.body_text


@pytest.mark.parametrize("box", [BOXES[0], BOXES[2], BOXES[3], BOXES[5]])
def test_lm101_judges_it_as_the_pages_furniture(box):
    messages = run(unrelated_link, _doc(box, "html"))
    assert len(messages) == 1, messages


@pytest.mark.parametrize("box", [
    # a share bar of social sites: each button carries the page's address
    '<div class="share">Share: <a href="https://social-one.example/share?u=https%3A%2F%2Firon.example%2Fa">One</a> '
    '<a href="/print/iron">Print</a></div>',
    # two outside sites: a list of sponsors or sources, not one placed business
    '<div class="widget"><a href="https://harbour-kayaks.example/">kayak tours</a> '
    '<a href="https://quick-skip-hire.example/">skip hire</a></div>',
    # a follow button: the page's own presence on a social site
    '<div class="share">Follow us: <a href="/newsletter">Newsletter</a> '
    '<a href="https://www.instagram.com/iron_and_you">Instagram</a></div>',
    # only the site's own links
    '<div class="article-tools"><a href="/print/iron">Print</a> <a href="/save/iron">Save</a></div>',
])
def test_other_furniture_stays_out(box):
    doc = _doc(box, "html")
    assert not [link for link in doc.links if link.url.startswith("https://")]


def test_a_long_box_beside_the_article_stays_out():
    # a sidebar, not a line or two; it stands after the article's paragraphs (between two of them it would be a
    # box its writer put in the text, read by `_pasted_box`: tests/test_parsers_html_pasted_box.py)
    box = ('<div class="widget"><p>' + "Iron helps the blood carry oxygen around the body. " * 6 +
           '<a href="https://harbour-kayaks.example/">kayak tours</a></p></div>')
    page = ("<html><body><article><h1>Iron and anaemia</h1><p>Iron helps the blood carry oxygen around the body "
            f"and to the muscles.</p><p>Most people get enough iron from a varied diet of meat and beans.</p>{box}"
            "</article></body></html>")
    doc = html_parser.parse(page, "page.html", {})
    assert not [link for link in doc.links if link.url.startswith("https://")]


def test_a_site_the_page_links_elsewhere_is_not_placed_in_the_box():
    # the same outside site linked from the article too: the box is the page's own furniture about it
    box = BOXES[0] + '<p>Our sister site <a href="https://harbour-kayaks.example/">Harbour Kayaks</a> says hi.</p>'
    doc = _doc(box, "html")
    assert "sea kayak tours" not in doc.body_text


def test_an_outside_address_that_names_the_pages_site_is_its_own():
    # the page's own presence on another site, or its partner named after it ("ironclinic" at a social site)
    page = ("<html><head><link rel='canonical' href='https://ironclinic.example/anaemia'></head><body><article>"
            "<h1>Iron and anaemia</h1><p>Iron helps the blood carry oxygen around the body and to the muscles.</p>"
            "<div class='social'><a href='/contact'>Contact</a> <a href='https://social-one.example/ironclinic'>"
            "Follow the clinic</a></div><p>Most people get enough iron from a varied diet of meat and beans.</p>"
            "</article></body></html>")
    doc = html_parser.parse(page, "page.html", {})
    assert "Follow the clinic" not in doc.body_text
