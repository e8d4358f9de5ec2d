"""CSS that hides text from readers: a page's simple <style> rules, inline styles, the same colour
as the background, tiny fonts, off-screen and clipped boxes (lint_med/parsers/styles.py)."""

import pytest

from lint_med.parsers.html import parse
from lint_med.parsers.styles import StyleSheet, hidden_by_attributes


def page(style: str, body: str) -> str:
    return (f"<html><head><style>{style}</style></head><body><article><h1>Shin splints</h1>"
            "<p>Shin splints are pain along the inner edge of the shin bone in runners.</p>"
            f"{body}</article></body></html>")


def link_hidden(style: str, body: str) -> bool:
    links = [link for link in parse(page(style, body), "page.html", {}).links if "spam" in link.url]
    assert len(links) == 1
    return links[0].hidden


@pytest.mark.parametrize("style, body", [
    (".x{display:none}", '<div class="x"><a href="https://spam.example/">spins</a></div>'),
    ("#y{position:absolute;left:-9999px}", '<p id="y"><a href="https://spam.example/">spins</a></p>'),
    ("p.z { visibility: hidden }", '<p class="z"><a href="https://spam.example/">spins</a></p>'),
    (".o{opacity:0}", '<span class="o"><a href="https://spam.example/">spins</a></span>'),
    (".f{font-size:0}", '<div class="f"><p>Text <a href="https://spam.example/">spins</a></p></div>'),
    (".f{font-size:1px}", '<span class="f"><a href="https://spam.example/">spins</a></span>'),
    (".f{font-size:.1em}", '<span class="f"><a href="https://spam.example/">spins</a></span>'),
    ("[data-k=v]{clip:rect(0,0,0,0);position:absolute}", '<i data-k="v"><a href="https://spam.example/">s</a></i>'),
    (".c{clip-path:inset(50%)}", '<i class="c"><a href="https://spam.example/">spins</a></i>'),
    (".t{transform:translateX(-9999px)}", '<i class="t"><a href="https://spam.example/">spins</a></i>'),
    (".n{text-indent:-99em}", '<i class="n"><a href="https://spam.example/">spins</a></i>'),
    (".w{color:#fff}.b{background:#FFFFFF}", '<div class="b"><a class="w" href="https://spam.example/">s</a></div>'),
    ("", '<div style="background-color:white"><p><a style="color:#fff" href="https://spam.example/">s</a></p></div>'),
    ("", '<td bgcolor="#000"><font color="black"><a href="https://spam.example/">spins</a></font></td>'),
    ("", '<span style="color:rgba(0,0,0,0)"><a href="https://spam.example/">spins</a></span>'),
    # a clip rectangle of no width or height, an inset of more than half, a box set past the left edge
    ("", '<i style="position:absolute;clip:rect(2px, 2px, 2px, 2px)"><a href="https://spam.example/">s</a></i>'),
    ("", '<i style="clip-path:inset(75% 0 0 0)"><a href="https://spam.example/">s</a></i>'),
    (".k{position:fixed;bottom:120%}", '<p class="k"><a href="https://spam.example/">spins</a></p>'),
])
def test_css_hides_the_link(style, body):
    assert link_hidden(style, body)


@pytest.mark.parametrize("style, body", [
    # shown on wide screens, on hover or when a script adds a class: the page shows it
    (".m{display:none} @media (min-width:700px){.m{display:block}}", '<div class="m"><a href="https://spam.example/">s</a></div>'),
    (".m{display:none} .m:hover{display:block}", '<div class="m"><a href="https://spam.example/">s</a></div>'),
    (".m{display:none} .m.open{display:block}", '<div class="m"><a href="https://spam.example/">s</a></div>'),
    # a rule with a context is not read without it
    (".nav .m{display:none}", '<div class="m"><a href="https://spam.example/">s</a></div>'),
    ("@media print{.m{display:none}}", '<div class="m"><a href="https://spam.example/">s</a></div>'),
    # the rule names another element, or the inline style wins
    (".x{display:none}", '<div class="xx"><a href="https://spam.example/">s</a></div>'),
    (".x{display:none}", '<div class="x" style="display:block"><a href="https://spam.example/">s</a></div>'),
    # white on dark, white over an image, a half-transparent tint, small print
    (".d{background:#1a1a1a;color:#fff}", '<div class="d"><a href="https://spam.example/">s</a></div>'),
    ("body{background:#fff}.h{background:url(a.jpg);color:#fff}", '<div class="h"><a href="https://spam.example/">s</a></div>'),
    ("", '<pre style="background:rgba(0,0,0,.05)"><a style="color:rgba(0,0,0,.8)" href="https://spam.example/">s</a></pre>'),
    (".s{font-size:0.8em}", '<p class="s"><a href="https://spam.example/">s</a></p>'),
    (".p{margin-left:-120px}", '<p class="p"><a href="https://spam.example/">s</a></p>'),
    # a clip that keeps part of the box, a small inset, a flyout opening to the right, a box not positioned
    ("", '<i style="position:absolute;clip:rect(0 120px 40px 0)"><a href="https://spam.example/">s</a></i>'),
    ("", '<i style="clip-path:inset(10% 5%)"><a href="https://spam.example/">s</a></i>'),
    ("", '<i style="position:absolute;left:100%"><a href="https://spam.example/">s</a></i>'),
    ("", '<i style="right:100%"><a href="https://spam.example/">s</a></i>'),
])
def test_css_that_hides_nothing_the_reader_would_see(style, body):
    assert not link_hidden(style, body)


def test_inline_styles_as_before():
    assert hidden_by_attributes({"style": "position:absolute; left:-9999px"})
    assert hidden_by_attributes({"style": "width:0;height:0;overflow:hidden"})
    assert hidden_by_attributes({"hidden": ""})
    assert not hidden_by_attributes({"style": "height:0"})  # a zero-size row still shows its cells
    assert not hidden_by_attributes({"style": "left:-10px;color:red"})


def test_hidden_text_is_not_read():
    doc = parse(page(".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}",
                     '<p><span class="sr">Photo</span> Credit line here.</p>'), "page.html", {})
    assert [block.text for block in doc.blocks][-1] == "Credit line here."


def test_only_rules_a_simple_matcher_honours_are_kept():
    sheet = StyleSheet(["a.x, p#y {display:none} .q, .y > b {display:none} .z:hover {display:none} "
                        "@font-face{font-family:x} @media print{.w{display:none}} div{color:red} .u{margin:0}"])
    assert sorted(sheet.by_key) == ["#y", ".x", "div"]


def test_font_size_zero_on_a_row_whose_items_set_their_own_size_hides_nothing():
    style = ".row{font-size:0}.item{display:inline-block;font-size:16px}"
    assert not link_hidden(style, '<div class="row"><span class="item"><a href="https://spam.example/">s</a></span></div>')
    assert link_hidden(".row{font-size:0}", '<div class="row"><span><a href="https://spam.example/">s</a></span></div>')


@pytest.mark.parametrize("body", [
    # white text on a page that paints no background: the browser's white canvas
    '<p><span style="color:#ffffff"><a href="https://spam.example/">spins</a></span></p>',
    '<p><a style="color: rgb(255, 255, 255)" href="https://spam.example/">spins</a></p>',
    # a colour a shade off the background's: a contrast ratio under 1.1:1
    '<p><a style="color:#fcfcfc" href="https://spam.example/">spins</a></p>',
    '<div style="background:#102030"><a style="color:#112131" href="https://spam.example/">s</a></div>',
])
def test_text_the_colour_of_what_is_behind_it(body):
    assert link_hidden("", body)


@pytest.mark.parametrize("head, body", [
    # the page's own stylesheet may paint it dark: not known, so not hidden
    ('<link rel="stylesheet" href="/theme.css">', '<p><a style="color:#fff" href="https://spam.example/">s</a></p>'),
    ('<style>@import url(theme.css);</style>', '<p><a style="color:#fff" href="https://spam.example/">s</a></p>'),
    # a box the page's CSS names, or a dark body
    ("", '<div class="banner"><a style="color:#fff" href="https://spam.example/">s</a></div>'),
    ("<style>body{background:#222}</style>", '<p><a style="color:#fff" href="https://spam.example/">s</a></p>'),
    # light grey on white is faint but readable (1.16:1 and more)
    ("", '<p><a style="color:#eeeeee" href="https://spam.example/">s</a></p>'),
])
def test_light_text_whose_background_is_not_known_or_differs(head, body):
    html = (f"<html><head>{head}</head><body><article><h1>Shin splints</h1>"
            "<p>Shin splints are pain along the inner edge of the shin bone in runners.</p>"
            f"{body}</article></body></html>")
    links = [link for link in parse(html, "page.html", {}).links if "spam" in link.url]
    assert len(links) == 1 and not links[0].hidden


def test_a_style_element_in_markdown_hides_the_links_beside_it():
    from lint_med.parsers.markdown import parse as parse_markdown

    text = ("# Shin splints\n\nShin splints are pain along the inner edge of the shin bone.\n\n"
            '<style>.tq{{visibility:hidden}}</style><div class="{name}"><a href="https://spam.example/">s</a></div>\n\n'
            "Rest and ice help most runners.\n")
    hidden = {name: [link.hidden for link in parse_markdown(text.format(name=name), "a.md", {}).links]
              for name in ("tq", "other")}
    assert hidden == {"tq": [True], "other": [False]}


# -- drawn transparent, clipped to a sliver, scrolled in a <marquee> (session 10) -------------------------------

@pytest.mark.parametrize("style, body", [
    # fully transparent said as a filter (CSS Filter Effects 1, Internet Explorer's alpha), or as a percentage
    ("", '<section style="filter: opacity(0%)"><a href="https://spam.example/">rent a van</a></section>'),
    ("", '<div style="-ms-filter:alpha(Opacity=0);filter:alpha(opacity=0)"><a href="https://spam.example/">vans</a></div>'),
    (".fd{filter:opacity(0)}", '<p class="fd"><a href="https://spam.example/">van hire deals</a></p>'),
    ("", '<div style="content-visibility:hidden"><a href="https://spam.example/">bouquets</a></div>'),
    # a clipped box too small for a line of text
    ("", '<div style="height:2px;overflow:hidden"><a href="https://spam.example/">roses by post</a></div>'),
    # the font shorthand's size
    ("", '<b style="font:0/0 serif"><a href="https://spam.example/">van rental</a></b>'),
    (".tn{font: italic 1px Georgia}", '<i class="tn"><a href="https://spam.example/">florist</a></i>'),
    # a marquee sized to nothing by its attributes or its style (it always clips what it scrolls)
    ("", '<marquee width="1" height="1"><a href="https://spam.example/">cheap van hire</a></marquee>'),
    ("", '<marquee height="0" direction="down"><a href="https://spam.example/">lilies</a></marquee>'),
    ("", '<marquee style="width:0"><a href="https://spam.example/">tulips</a></marquee>'),
])
def test_transparent_clipped_and_squeezed_links_are_hidden(style, body):
    assert link_hidden(style, body)


@pytest.mark.parametrize("style, body", [
    # half transparent, a shadow filter, content that renders when scrolled to, a readable font shorthand
    ("", '<div style="filter:opacity(60%)"><a href="https://spam.example/">vans</a></div>'),
    ("", '<div style="filter:drop-shadow(0 0 2px #000)"><a href="https://spam.example/">vans</a></div>'),
    ("", '<div style="content-visibility:auto"><a href="https://spam.example/">vans</a></div>'),
    ("", '<p style="font: 700 15px/1.4 Georgia, serif"><a href="https://spam.example/">vans</a></p>'),
    # a clipped box tall enough for a line, or sized in percent of a box not known
    ("", '<div style="max-height:48px;overflow:hidden"><a href="https://spam.example/">vans</a></div>'),
    ("", '<div style="height:10%;overflow:hidden"><a href="https://spam.example/">vans</a></div>'),
    # a news ticker of a readable size, sized by default or by its attributes
    ("", '<marquee><a href="https://spam.example/">Clinic closed on Monday</a></marquee>'),
    ("", '<marquee height="24" width="100%"><a href="https://spam.example/">Flu jabs</a></marquee>'),
])
def test_visible_filters_boxes_and_tickers_hide_nothing(style, body):
    assert not link_hidden(style, body)


@pytest.mark.parametrize("wrapper, hidden", [
    ('<marquee height="1" width="1">{}</marquee>', True),
    ('<span style="filter:opacity(0)">{}</span>', True),
    ('<marquee scrollamount="3">{}</marquee>', False),
    ('<span style="filter:opacity(0.7)">{}</span>', False),
])
def test_markdown_reads_marquees_and_filters_inline(wrapper, hidden):
    from lint_med.parsers.markdown import parse as parse_markdown

    link = wrapper.format('<a href="https://spam.example/">van hire</a>')
    text = f"# Shin splints\n\nShin splints are pain along the shin bone, {link} and rest and ice help most runners.\n"
    assert [found.hidden for found in parse_markdown(text, "a.md", {}).links] == [hidden]
