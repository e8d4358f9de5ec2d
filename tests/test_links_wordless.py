"""LM101 on links with no words of their own (a frame's, a <meta>'s, a quotation's cite, an anchor that is
only a mark): judged by their address and their place. Sentences and sites are invented for these tests."""

import pytest

from lint_med.parsers import html, markdown
from lint_med_core.links import _host_words, unrelated_link

ARTICLE = ("<h1>Iron and tiredness</h1>"
           "<p>Low iron is a common cause of tiredness, and a blood test can show it.</p>"
           "<p>Doctors may suggest iron tablets for a few months; they can upset the stomach.</p>"
           "<p>Eating red meat, beans and leafy greens also helps keep iron levels up.</p>")
ARTICLE_MD = ("# Iron and tiredness\n\nLow iron is a common cause of tiredness, and a blood test can show it.\n\n"
              "Doctors may suggest iron tablets for a few months; they can upset the stomach.\n\n{}\n\n"
              "Eating red meat, beans and leafy greens also helps keep iron levels up.\n")


def _findings(body: str, fmt: str = "html", head: str = "") -> list[str]:
    if fmt == "html":
        source = f"<html><head>{head}</head><body><article>{ARTICLE}{body}</article></body></html>"
        doc = html.parse(source, "article.html", {})
    else:
        doc = markdown.parse(ARTICLE_MD.format(body), "article.md", {})
    doc.vocabulary = {}
    return [hit.message for hit in unrelated_link.run(doc, {**unrelated_link.defaults(), "pack": {}})]


@pytest.mark.parametrize("body", [
    '<iframe src="https://lawnkeeper-mowing.example/quote" width="300" height="250"></iframe>',
    '<object data="https://quickdrain-plumbers.example" type="text/html"></object>',
    '<meta http-equiv="refresh" content="4; url=https://sunnydeck-boatrides.example/">',
    '<link rel="alternate" hreflang="cy" href="https://sunnydeck-boatrides.example/tours">',
    '<blockquote cite="https://brightpane-window-cleaners.example/offer"><p>Clean windows lift the mood.</p></blockquote>',
    '<iframe srcdoc="&lt;a href=&quot;https://lawnkeeper-mowing.example/&quot;&gt;mowing&lt;/a&gt;"></iframe>',
    '<p>Iron tablets work best on an empty stomach <a href="https://stormproof-roofing.example/">»</a>.</p>',
])
def test_wordless_link_to_a_site_whose_name_is_off_the_topic(body):
    found = _findings(body)
    assert len(found) == 1 and "names nowhere" in found[0]


@pytest.mark.parametrize("body", [
    "<iframe src=\"https://quickdrain-plumbers.example/\" width=\"300\" height=\"250\"></iframe>",
    "Iron tablets work best on an empty stomach [→](https://stormproof-roofing.example/rates).",
    '<meta http-equiv="refresh" content="0;url=https://sunnydeck-boatrides.example/">',
])
def test_wordless_links_in_markdown(body):
    assert len(_findings(body, "md")) == 1


@pytest.mark.parametrize("body", [
    # a video player, a map, a social post: embed providers
    '<iframe src="https://www.youtube.com/embed/abc123"></iframe>',
    '<iframe src="https://www.google.com/maps/embed?pb=1"></iframe>',
    # a page made to be framed (a calculator's "/embed/" path)
    '<iframe src="https://moneywise-planner.example/embed/budget"></iframe>',
    # a site the article names in its text
    '<p>Quickdrain Plumbers sponsored this page.</p><iframe src="https://quickdrain-plumbers.example/"></iframe>',
    # a name of one word (a brand's) or of none
    '<iframe src="https://zephyr.example/page"></iframe>',
    '<iframe src="https://xq7vt.example/page"></iframe>',
    # a picture's own file behind an empty link
    '<a href="https://photohost-gallery.example/full/iron-pills.jpg"><img src="/thumb.jpg" alt=""></a>',
    # a site whose name is on the article's subject, or on health
    '<iframe src="https://iron-tablets-guide.example/"></iframe>',
    '<p>Iron stores take months to refill <a href="https://kindlyhealth-news.example/iron">↗</a>.</p>',
    # the page's own site
    '<meta property="og:url" content="https://irontired-news.example/story">',
])
def test_wordless_links_that_stay_clean(body):
    head = '<link rel="canonical" href="https://irontired-news.example/story">'
    assert _findings(body, head=head) == []


def test_a_canonical_put_in_the_body_does_not_make_its_site_the_pages():
    found = _findings('<link rel="canonical" href="https://sunnydeck-boatrides.example/">')
    assert len(found) == 1 and "sunnydeck" in found[0]


def test_host_words_split_a_domain_name():
    assert _host_words("bestcheapmeds-online.example") == ("best", "cheap", "meds", "online")
    assert _host_words("leakstop247.example") == ("leak", "stop")
    assert _host_words("yimg.example") == () and _host_words("0rz.example") == ()


# a reference marker, a footnote's back-link and a read-only field's value: no words of their own (other trades,
# other languages)
@pytest.mark.parametrize("body", [
    '<p>Iron tablets work best on an empty stomach.<sup class="reference"><a href="https://stormproof-roofing.example/quote">[3]</a></sup></p>',
    '<p>Iron tablets work best with orange juice <a href="https://quickdrain-plumbers.example/angebot">(12)</a>.</p>',
    '<ol><li id="fn:2"><p>Provisional figures. <a href="https://stormproof-roofing.example/blog/7#fnref:2">[return]</a></p></li></ol>',
    '<p><label for="r">Dein Rabattlink</label> <input id="r" type="text" readonly value="https://gartenmoebel-lager.de.example/sale"></p>',
])
def test_markers_backlinks_and_fields_are_judged_by_their_address(body):
    assert len(_findings(body)) == 1


@pytest.mark.parametrize("body", [
    # a marker to the article's own notes, to a journal, to a site on the subject, to a site it names
    '<p>Iron tablets work best on an empty stomach.<sup><a href="#cite_note-3">[3]</a></sup></p>',
    '<p>Iron tablets work best on an empty stomach.<sup><a href="https://doi.org/10.1000/182">[3]</a></sup></p>',
    '<p>Iron tablets work best on an empty stomach.<sup><a href="https://iron-tablets-guide.example/">[3]</a></sup></p>',
    '<p>Stormproof Roofing funded the survey.</p><p>It found tiredness common.<sup><a href="https://stormproof-roofing.example/survey">[3]</a></sup></p>',
])
def test_markers_that_stay_clean(body):
    head = '<link rel="canonical" href="https://irontired-news.example/story">'
    assert _findings(body, head=head) == []


def test_a_reserved_example_suffix_reads_as_the_name_it_follows():
    assert _host_words("get.stormproof-roofing.co.uk.example") == _host_words("stormproof-roofing.co.uk")
    assert _host_words("offers.window-cleaners.fr.example") == ("window", "cleaners")


@pytest.mark.parametrize("sentence", [
    "Iron tablets may <a href=\"https://stormproof-roofing.example/quote\">lower blood pressure</a> in some people.",
    "Too little iron can raise <a href=\"https://quickdrain-plumbers.example/angebot\">stress</a> at work, she says.",
    "Iron and good <a href=\"https://bright-pane-windows.example\">sleep</a> both help, she says.",
])
def test_a_health_word_linked_to_a_trade(sentence):
    found = _findings(f"<p>{sentence}</p>")
    assert len(found) == 1 and "auto-linking" in found[0]


@pytest.mark.parametrize("sentence", [
    # a source on health, on the word, or named in the text; the page's own
    "Iron tablets may <a href=\"https://www.heart-foundation.example/blood-pressure\">lower blood pressure</a> in some.",
    "Iron and good <a href=\"https://sleep-council.example/tips\">sleep</a> both help, she says.",
    "Iron and good <a href=\"https://daily-courier.example/news/health/iron\">sleep</a> both help, she says.",
    "The Daily Courier says iron and <a href=\"https://daily-courier.example/story\">sleep</a> both help, she says.",
    "Iron and good <a href=\"https://irontired-news.example/sleep\">sleep</a> both help, she says.",
])
def test_health_words_linked_to_sources_stay_clean(sentence):
    head = '<link rel="canonical" href="https://irontired-news.example/story">'
    assert _findings(f"<p>{sentence}</p>", head=head) == []


@pytest.mark.parametrize("body", [
    '<p>This page has moved. Continue to <a href="https://quickdrain-plumbers.example/quote">click here</a>.</p>',
    '<p>Vous allez être redirigé. Sinon, <a href="https://stormproof-roofing.example/devis">cliquez ici</a>.</p>',
    '<p>Iron tablets are best taken with food: <a href="https://sunnydeck-boatrides.example/tours">go now</a>!</p>',
])
def test_an_anchor_that_only_says_follow_me_is_judged_by_its_address(body):
    assert len(_findings(body)) == 1


@pytest.mark.parametrize("body", [
    '<p>The full guidance is <a href="https://www.nice.org.uk/guidance/ng1">here</a>.</p>',
    '<p>Read the iron tablets leaflet <a href="https://iron-tablets-guide.example/leaflet">here</a>.</p>',
    '<p>Quickdrain Plumbers sponsored this page; <a href="https://quickdrain-plumbers.example/">click here</a>.</p>',
])
def test_follow_me_anchors_to_sources_stay_clean(body):
    head = '<link rel="canonical" href="https://irontired-news.example/story">'
    assert _findings(body, head=head) == []
