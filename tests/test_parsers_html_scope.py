"""On a full web page only the article body is linted; hidden links in it are kept."""

import pytest

from lint_med.parsers import html as html_parser

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <title>Low dose naltrexone: what the evidence says</title>
  <script>var nav = "Menu text in a script";</script>
  <style>.nav { color: red }</style>
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<header class="site-header"><a href="/">HealthSite home</a><p>Your trusted health source for everything.</p></header>
<nav><ul><li><a href="/conditions">Conditions</a></li><li><a href="/drugs">Drugs A to Z</a></li></ul></nav>
<div class="layout">
  <article class="post">
    <h1>Low dose naltrexone: what the evidence says</h1>
    <p class="byline">By Ana Ruiz</p>
    <p>Low dose naltrexone is naltrexone taken at a small fraction of the usual dose.</p>
    <div class="share-buttons"><a href="https://facebook.com/share">Share on Facebook</a> Tweet this article</div>
    <p>Small trials suggest it may reduce pain in fibromyalgia, but the evidence is limited.
       <a href="https://spam.example/pills" style="display:none">cheap pills online</a>
       <span hidden>secret keyword stuffing text</span></p>
    <ul><li>It is not approved for this use.</li><li>Ask your doctor first.</li></ul>
    <aside class="pullquote">An aside that is page furniture, not the article.</aside>
    <p>Side effects reported include vivid dreams and headaches.</p>
  </article>
  <div id="sidebar"><h3>Popular</h3><p>Ten foods that fight inflammation in your body.</p></div>
</div>
<section class="related-articles"><h2>Related articles</h2><ul><li><a href="/a">Naltrexone for alcohol use</a></li></ul></section>
<div id="comments" class="comments-area"><h2>Leave a comment</h2>
  <form action="/comment"><label>Your comment</label><textarea>Write here</textarea><button>Post comment</button></form>
  <p>Great article, thanks for writing about this treatment option!</p></div>
<footer><p>Copyright 2024 HealthSite. All rights reserved. Terms of use.</p></footer>
</body>
</html>
"""


def test_only_the_article_is_linted():
    doc = html_parser.parse(PAGE, "page.html", {})
    text = doc.body_text
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "paragraph", "paragraph", "list_item",
                                            "list_item", "paragraph"]
    assert doc.blocks[0].text == "Low dose naltrexone: what the evidence says"
    assert "Small trials suggest it may reduce pain in fibromyalgia" in text
    for furniture in ("cookies", "HealthSite", "Conditions", "Share on Facebook", "Tweet", "Popular",
                      "Related articles", "Leave a comment", "Post comment", "Great article", "Copyright",
                      "Menu text", "color: red", "An aside"):
        assert furniture not in text, furniture


def test_hidden_link_is_kept_but_hidden_text_is_not_prose():
    doc = html_parser.parse(PAGE, "page.html", {})
    spam = next(link for link in doc.links if "spam.example" in link.url)
    assert spam.hidden and spam.text == "cheap pills online"
    assert doc.source[spam.start:spam.end] == "cheap pills online"
    assert spam.block is not None and spam.block.text.startswith("Small trials")
    assert "cheap pills" not in doc.body_text
    assert "secret keyword" not in doc.body_text
    # links in furniture are not the article's links
    assert not any("facebook" in link.url or link.url in ("/a", "/drugs") for link in doc.links)


def test_content_selector_from_options():
    doc = html_parser.parse(PAGE, "page.html", {"content_selector": "#sidebar"})
    assert [b.text for b in doc.blocks] == ["Popular", "Ten foods that fight inflammation in your body."]


def test_article_is_the_container_with_the_prose_not_the_first_match():
    # Many <article> teasers on a listing page, and a generic .content widget: the real body wins.
    teaser = '<article class="card"><p>Teaser {0} text about something else entirely.</p></article>'
    page = ("<html><body>" + "".join(teaser.format(i) for i in range(3))
            + '<div class="content">Small widget</div>'
            + '<div class="story">' + "".join(f"<p>Paragraph {i} of the real story, long enough to be prose.</p>"
                                              for i in range(12)) + "</div></body></html>")
    doc = html_parser.parse(page, "page.html", {})
    assert doc.blocks[0].text.startswith("Paragraph 0")
    assert not any("Teaser" in b.text for b in doc.blocks)


def test_furniture_class_holding_the_whole_article_is_not_skipped():
    # An ASP.NET page wraps everything in one <form>; themes name article columns "l-sidebar-fixed".
    body = "".join(f"<p>Sentence number {i} of the article body, written as real prose.</p>" for i in range(10))
    page = f'<html><body><form id="aspnetForm"><div class="l-sidebar-fixed">{body}</div></form></body></html>'
    doc = html_parser.parse(page, "page.html", {})
    assert len(doc.blocks) == 10


def test_text_repeated_in_head_is_found_in_the_body():
    page = ("<html><head><title>Iron and tiredness</title>\n<script>document.write('<div>Iron and tiredness</div>')"
            "</script></head>\n<body><div><p>Iron and tiredness</p></div>\n<div><p>More text.</p></div></body></html>")
    doc = html_parser.parse(page, "page.html", {})
    start, _ = doc.blocks[0].source_span()
    assert doc.line_col(start) == (3, 15)


def test_zero_size_hides_links_only_when_it_clips_them():
    row = ('<article><h1>T</h1><table><tr style="height:0"><td><a href="https://play.google.com/x">Get the app</a>'
           '</td></tr></table><div style="height:0;overflow:hidden"><a href="https://spam.example/">cheap pills</a>'
           '</div><p>Some text here.</p></article>')
    doc = html_parser.parse(row, "a.html", {})
    hidden = {link.url: link.hidden for link in doc.links}
    assert hidden == {"https://play.google.com/x": False, "https://spam.example/": True}


STORY = "".join(f"<p>Paragraph {i} of the story about iron deficiency, long enough to be prose.</p>" for i in range(8))


def card(i: int, heading: str = "h3") -> str:
    return (f'<li class="item"><img src="{i}.jpg"><{heading}><a href="/story-{i}">Other story {i}</a></{heading}>'
            f"<p>Summary of other story {i}, a teaser long enough to count as prose.</p></li>")


def test_furniture_boxes_and_teaser_cards_inside_the_article_are_left_out():
    page = ('<html><body><article><h1>Iron deficiency</h1>' + STORY
            + '<div class="box-1"><h3>You may also like</h3><p>A promoted story that is not this article at all.</p></div>'
            + '<ul class="list-2">' + "".join(card(i) for i in range(3)) + "</ul>"
            + "<p>The last paragraph of the story, after the widgets.</p></article></body></html>")
    doc = html_parser.parse(page, "page.html", {})
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Iron deficiency" and texts[-1] == "The last paragraph of the story, after the widgets."
    assert len(texts) == 10
    assert not any("story-" in link.url for link in doc.links)
    # the text after the skipped widgets still points at itself
    last = doc.blocks[-1]
    assert doc.source[last.offsets[0]:last.offsets[-1] + 1] == last.text


def test_linked_headings_in_the_flow_and_a_bare_furniture_heading_stay():
    # A list of products whose headings are links, and a "Related posts" line pasted into the text
    # (rule LM401 reports it): both are the article as served.
    page = ("<html><body><article><h1>Five blood pressure monitors</h1>" + STORY
            + "".join(f'<h3><a href="/shop/{i}">Monitor {i}</a></h3><p>Monitor {i} is accurate and easy to use '
                      f"for most adults at home.</p>" for i in range(3))
            + "<h3>Related posts</h3></article></body></html>")
    texts = [b.text for b in html_parser.parse(page, "page.html", {}).blocks]
    assert "Monitor 0" in texts and "Monitor 2 is accurate and easy to use for most adults at home." in texts
    assert texts[-1] == "Related posts"


def test_a_stream_of_teasers_is_not_taken_for_the_article():
    # The stream holds more prose than the story; once its cards are set aside, the story is the article.
    stream = '<div class="stream"><ul>' + "".join(card(i) for i in range(12)) + "</ul></div>"
    page = ('<html><body><div class="page"><article class="story"><h1>Iron deficiency</h1>' + STORY[:300]
            + "</article>" + stream + "</div></body></html>")
    texts = [b.text for b in html_parser.parse(page, "page.html", {}).blocks]
    assert texts[0] == "Iron deficiency"
    assert not any("Other story" in text or "Summary" in text for text in texts)


def test_screen_reader_and_aria_hidden_text_is_left_out():
    page = ("<html><body><article><h1>Iron</h1>" + STORY
            + '<p>Shared <span class="off-screen">comments</span> 12 times.</p>'
            + '<span aria-hidden="true" role="presentation">SHARE</span></article></body></html>')
    text = html_parser.parse(page, "page.html", {}).body_text
    assert "Shared 12 times." in text
    assert "comments" not in text and "SHARE" not in text


def test_a_navigation_box_inside_the_article_that_leaves_the_site_is_read():
    # A table of contents is the page's own furniture while its entries stay on the page; one
    # whose every outgoing link goes to another site is read, so a planted entry gets judged.
    page = ("<html><body><article><h1>Knee pain after running</h1>"
            "<p>Runners often feel pain around the kneecap after long runs on hard ground.</p>"
            "<nav class='toc'><ol><li><a href='#causes'>Causes</a></li>"
            "<li><a href='https://gate-welders.example/railings'>Wrought iron railings</a></li></ol></nav>"
            "<p>Rest, ice and a slow return to training help most runners recover.</p></article></body></html>")
    doc = html_parser.parse(page, "page.html", {})
    assert any("gate-welders.example" in link.url for link in doc.links)
    own = page.replace("https://gate-welders.example/railings", "#treatment")
    doc = html_parser.parse(own, "page.html", {})
    assert "Causes" not in doc.body_text and not doc.links


def _knee_page(box: str) -> str:
    return ("<html><head><link rel='canonical' href='https://kneeclinic.example/runners'></head><body><article>"
            "<h1>Knee pain after running</h1>"
            "<p>Runners often feel pain around the kneecap after long runs on hard ground.</p>"
            f"{box}<p>Rest, ice and a slow return to training help most runners recover.</p></article></body></html>")


@pytest.mark.parametrize("tag", ["aside", "footer"])
def test_a_small_aside_or_footer_inside_the_article_that_leaves_the_site_is_read(tag):
    # A line or two set apart (a newsletter blurb, a credit) whose link goes to another site is read,
    # so a planted shop link gets judged; a sidebar, a share bar and the site's own links are not.
    shop = (f"<{tag}><p>Our newsletter is brought to you by "
            f"<a href='https://patio-heaters.example/'>Patio heaters for every garden</a>.</p></{tag}>")
    doc = html_parser.parse(_knee_page(shop), "page.html", {})
    assert any("patio-heaters.example" in link.url for link in doc.links)
    long_box = shop.replace("Our newsletter", "Our newsletter " + "with many words " * 15)
    # (beside the article, after its paragraphs: between two of them a box is its writer's, read by _pasted_box)
    assert not html_parser.parse(_knee_page("").replace("</article>", long_box + "</article>"), "page.html", {}).links
    share = (f"<{tag}><a href='https://social.example/share?u=https://kneeclinic.example/runners'>Share</a></{tag}>")
    assert not html_parser.parse(_knee_page(share), "page.html", {}).links
    parent = shop.replace("https://patio-heaters.example/", "https://example/")
    home = _knee_page(parent).replace("https://kneeclinic.example/runners", "https://blog.kneeclinic.example/runners")
    home = home.replace("https://example/", "https://kneeclinic.example/")
    assert not html_parser.parse(home, "page.html", {}).links
