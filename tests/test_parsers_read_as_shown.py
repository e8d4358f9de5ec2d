"""Addresses a reader sees but a parser would not: text read as it is shown (`document.as_shown`: mathematical,
enclosed and full-width letters folded, a right-to-left override's run reversed, <bdo dir="rtl"> and the CSS override
too), links in code given to paste (`parsers.pasted_addresses`: a <textarea>, a code box, markup in plain text), an
address a <style> in the article writes as generated content (`styled_addresses`) and a MathML element's href. Sites,
sentences and markup are invented for these tests."""

import pytest

from lint_med.document import as_shown
from lint_med.parsers import html, markdown, pasted_addresses, styled_addresses, text
from lint_med_core.links import hidden_link, unrelated_link

LEAD = ["Iron and tiredness", "Feeling tired all the time can come from low iron, which a blood test shows.",
        "A doctor may offer iron tablets for three months; some people get an upset stomach from them."]
TAIL = "Beans, red meat and dark leafy greens are good sources of iron in food."
SITE = "gutterguard-cleaning.example"


def _doc(body: str, fmt: str):
    if fmt == "html":
        paragraphs = "".join(f"<p>{each}</p>" for each in LEAD[1:])
        return html.parse(f"<html><body><article><h1>{LEAD[0]}</h1>{paragraphs}{body}<p>{TAIL}</p></article></body>"
                          "</html>", "article.html", {})
    if fmt == "markdown":
        return markdown.parse("\n\n".join(["# " + LEAD[0], *LEAD[1:], body, TAIL]) + "\n", "article.md", {})
    return text.parse("\n\n".join([*LEAD, body, TAIL]) + "\n", "article.txt", {})


def _run(rule, doc) -> list[str]:
    doc.vocabulary = {}
    return [hit.message for hit in rule.run(doc, {**rule.defaults(), "pack": {}})]


def _bold(word: str) -> str:
    return "".join(chr(0x1D41A + ord(c) - ord("a")) if "a" <= c <= "z" else c for c in word)


# -- the text as it is shown


@pytest.mark.parametrize("written, shown", [
    (_bold("gutterguard") + ".example", "gutterguard.example"),
    ("\u24d6\u24e4\u24e3\u24e3\u24d4\u24e1.example", "gutter.example"),  # circled letters
    ("\uff47\uff55\uff54\uff54\uff45\uff52 ８", "gutter 8"),  # full-width letters and digits
    ("see \u202eelpmaxe.rettug//:sptth\u202c now", "see  https://gutter.example  now"),
    ("see \u202eelpmaxe.rettug", "see  gutter.example"),  # an override runs to the end of its text
    ("\u2460 and \u2469, 5 \u2103", "1 and \u2469, 5 \u2103"),  # what folds to more than one character stays
    ("铁剂，每天一次！", "铁剂，每天一次！"),  # full-width punctuation is Chinese's own
    ("Iron’s role — plainly", "Iron’s role — plainly"),
])
def test_as_shown_keeps_the_length(written, shown):
    assert as_shown(written) == shown and len(as_shown(written)) == len(written)


@pytest.mark.parametrize("fmt, body", [
    ("text", f"Clear your gutters: {_bold('gutterguard-cleaning')}.example/quote today."),
    ("markdown", f"Clear your gutters: {_bold('gutterguard-cleaning')}.example/quote today."),
    ("html", f"<p>Clear your gutters: {_bold('gutterguard-cleaning')}.example/quote today.</p>"),
    ("text", "Clear your gutters: \u202eetouq/elpmaxe.gninaelc-draugrettug//:sptth\u202c today."),
    ("markdown", "Clear your gutters: &#8238;etouq/elpmaxe.gninaelc-draugrettug//:sptth&#8236; today."),
    ("markdown", 'Clear your gutters: <bdo dir="rtl">etouq/elpmaxe.gninaelc-draugrettug//:sptth</bdo> today.'),
    ("html", '<p>Clear your gutters: <bdo dir="rtl">etouq/elpmaxe.gninaelc-draugrettug//:sptth</bdo> today.</p>'),
    ("html", '<p>Clear your gutters: <span style="direction: rtl; unicode-bidi: bidi-override">'
             "etouq/elpmaxe.gninaelc-draugrettug</span> today.</p>"),
])
def test_an_address_shown_otherwise_is_an_address(fmt, body):
    doc = _doc(body, fmt)
    assert [link.url.split("//")[-1] for link in doc.links] == [SITE + "/quote"]
    # judged as the address written plainly is
    plain = _doc(f"<p>Iron tablets {doc.links[0].url} work best with food.</p>" if fmt == "html"
                 else f"Iron tablets {doc.links[0].url} work best with food.", fmt)
    shown = _doc(body.replace("Clear your gutters:", "Iron tablets").replace("today.", "work best with food."), fmt)
    assert _run(unrelated_link, shown) == _run(unrelated_link, plain) != []


def test_a_left_to_right_bdo_reverses_nothing():
    doc = _doc('<p>Clear your gutters: <bdo dir="ltr">etouq/elpmaxe.gninaelc-draugrettug</bdo> today.</p>', "html")
    assert "etouq/elpmaxe" in " ".join(block.text for block in doc.blocks)


# -- links in code given to paste


CODE = f'<a href="https://www.{SITE}/quote"><img src="https://www.{SITE}/charts/iron.png" alt="Iron chart"></a>'


@pytest.mark.parametrize("fmt, body", [
    ("text", f"Put this chart on your site:\n{CODE}"),
    ("markdown", f"**Put this chart on your site**\n\n```html\n{CODE}\n```"),
    ("markdown", f"Put this chart on your site:\n\n    {CODE}"),
    ("markdown", f"Put this chart on your site: `{CODE}`"),
    ("html", "<div><p>Put this chart on your site</p><textarea readonly>"
             + CODE.replace("<", "&lt;").replace(">", "&gt;") + "</textarea></div>"),
    ("html", "<pre><code>" + CODE.replace("<", "&lt;").replace(">", "&gt;") + "</code></pre>"),
])
def test_a_link_in_code_to_paste_is_a_carried_link(fmt, body):
    doc = _doc(body, fmt)
    assert [(link.url, link.carrier, link.hidden) for link in doc.links] == [(f"https://www.{SITE}/quote", "code", True)]
    assert "code the page gives readers to paste" in _run(unrelated_link, doc)[0]
    assert _run(hidden_link, doc) == []


@pytest.mark.parametrize("code, expected", [
    ('<A HREF=//shop.example/x>Shop</A>', ["http://shop.example/x"]),
    ('<a class="c" href=\'https://shop.example/\'>x</a> <a href="https://shop.example/">y</a>', ["https://shop.example/"]),
    ('<a href="/iron/tablets">relative</a>', []),
    # a <link> that loads a resource is no page; one with no relation is a feed's (Atom: rel="alternate")
    ('<link rel="stylesheet" href="https://fonts.example/css">', []),
    ('<link href="https://fonts.example/css">', ["https://fonts.example/css"]),
    ("no markup at all: href is a word", []),
])
def test_pasted_addresses(code, expected):
    assert [url for _, _, url in pasted_addresses(code)] == expected


# -- an address in the article's own style sheet, a MathML href


@pytest.mark.parametrize("sheet, expected", [
    ('.p1::after{content:"Gutters cleaned \\2192  https://gutterguard-cleaning.example/quote"}',
     ["https://gutterguard-cleaning.example/quote"]),
    (".p1::before{content: 'Call gutterguard-cleaning.example/quote'}", ["http://gutterguard-cleaning.example/quote"]),
    ('.b1{background:url("https://cdn.example/banner.png")} .q::before{content:"\\201C"}', []),
    ('@import url("https://widgets.example/w.css?ref=iron");', []),
])
def test_styled_addresses(sheet, expected):
    assert styled_addresses(sheet) == expected


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_an_address_in_generated_content_is_carried(fmt):
    body = (f'<style>.n7::after{{content:"Gutters cleaned: https://{SITE}/quote"}}</style>'
            '<div class="n7">Reader offer</div>')
    doc = _doc(body, fmt)
    assert [(link.url, link.carrier) for link in doc.links] == [(f"https://{SITE}/quote", "content")]
    assert "generated content" in _run(unrelated_link, doc)[0]


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_a_mathml_href_is_a_link(fmt):
    body = f'Iron need <math><mrow href="https://{SITE}/quote"><mi>x</mi><mtext>gutters</mtext></mrow></math> varies.'
    doc = _doc(f"<p>{body}</p>" if fmt == "html" else body, fmt)
    assert [link.url for link in doc.links] == [f"https://{SITE}/quote"]
    assert "MathML" in _run(unrelated_link, doc)[0]


@pytest.mark.parametrize("body", [
    # a code box of the page's own kind (no absolute link), a style of pictures and quotes, formulas, an SVG picture
    '<pre><code>&lt;a href="#top"&gt;Back to top&lt;/a&gt;</code></pre>',
    '<style>.fig::before{content:"Figure " counter(fig)} .hero{background:url(https://cdn.example/iron.jpg)}</style>',
    "<p>Dose <math><mi>d</mi><mo>=</mo><mn>2</mn></math> mg.</p>",
    '<svg width="20" height="20"><use href="https://cdn.example/icons.svg#iron"></use></svg>',
    "<p>The 𝑝 value was 0.04 (ⓐ in the table).</p>",
])
def test_clean_markup_stays_quiet(body):
    doc = _doc(body, "html")
    assert doc.links == [] and _run(unrelated_link, doc) == []
