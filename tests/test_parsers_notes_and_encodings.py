"""Links carried by forms the document model reads since session 19: a link in a ruby annotation (<rt>, shown above
its base text), a margin note (Tufte's "marginnote"/"sidenote" span in HTML, a Pandoc inline note `^[...]` in
Markdown: a note of its own, out of its sentence), markup pasted as a mail's quoted-printable source (=3D, soft line
breaks), and an address given to a program's call in a leaked error ("include(https://...): failed"). Sites,
sentences and trades are invented for these tests."""

import pytest

from lint_med.parsers import html, markdown, pasted_addresses, text
from lint_med_core.links import unrelated_link

SENTENCES = ["Feeling tired all the time can come from low iron, which a blood test shows.",
             "A doctor may offer iron tablets for three months; some people get an upset stomach from them.",
             "Beans, red meat and dark leafy greens are good sources of iron in food."]
SHOPS = [("https://gutterguard-cleaning.example/quote", "gutter cleaning quotes"),
         ("https://harbourkayak-hire.example/book", "sea kayak hire by the hour")]


def _html(sentence: str):
    paragraphs = "".join(f"<p>{each}</p>" for each in SENTENCES[1:])
    return html.parse(f"<html><body><article><h1>Iron and tiredness</h1><p>{sentence}</p>{paragraphs}</article>"
                      "</body></html>", "article.html", {})


def _markdown(sentence: str):
    return markdown.parse("\n\n".join(["# Iron and tiredness", sentence, *SENTENCES[1:]]) + "\n", "article.md", {})


def _text(paragraph: str):
    return text.parse("\n\n".join(["Iron and tiredness", SENTENCES[1], paragraph, SENTENCES[2]]) + "\n",
                      "article.txt", {})


def _run(doc) -> list[str]:
    doc.vocabulary = {}
    return [hit.message for hit in unrelated_link.run(doc, {**unrelated_link.defaults(), "pack": {}})]


@pytest.mark.parametrize("url, words", SHOPS)
def test_a_link_in_a_ruby_annotation_is_shown_apart_from_its_base(url, words):
    doc = _html(f'Feeling tired <ruby>all<rp>(</rp><rt><a href="{url}">{words}</a></rt><rp>)</rp></ruby> the time '
                "can come from low iron, which a blood test shows.")
    assert [(link.url, link.text, link.hidden) for link in doc.links] == [(url, words, False)]
    assert f"all {words} the time" in doc.blocks[1].text
    assert len(_run(doc)) == 1


def test_a_ruby_annotation_without_a_link_stays_out_of_the_text():
    doc = _html("Feeling <ruby>tired<rp>(</rp><rt>taiaad</rt><rp>)</rp></ruby> all the time comes from low iron.")
    assert "taiaad" not in doc.blocks[1].text


@pytest.mark.parametrize("url, words", SHOPS)
@pytest.mark.parametrize("css_class", ["marginnote", "sidenote", "margin-note"])
def test_an_html_margin_note_is_a_block_of_its_own(url, words, css_class):
    doc = _html(f'Feeling tired all the time<label for="n1" class="margin-toggle">⊕</label><input type="checkbox" '
                f'id="n1" class="margin-toggle"><span class="{css_class}">Our pick: <a href="{url}">{words}</a>.</span>'
                " can come from low iron, which a blood test shows.")
    assert f"Our pick: {words}." in [block.text for block in doc.blocks]
    assert len(_run(doc)) == 1


@pytest.mark.parametrize("url, words", SHOPS)
def test_a_pandoc_inline_note_is_a_block_of_its_own(url, words):
    doc = _markdown(f"Feeling tired all the time ^[Our pick: [{words}]({url}) [for you].] can come from low iron, "
                    "which a blood test shows.")
    texts = [block.text for block in doc.blocks]
    assert f"Our pick: {words} [for you]." in texts
    assert "Feeling tired all the time can come from low iron, which a blood test shows." in texts
    assert doc.links[0].block.text == f"Our pick: {words} [for you]."
    assert len(_run(doc)) == 1


def test_a_caret_bracket_in_code_is_no_note():
    doc = _markdown("The pattern `^[a-z]+` matches a word in lower case, as in iron.")
    assert doc.blocks[1].text == "The pattern ^[a-z]+ matches a word in lower case, as in iron."


@pytest.mark.parametrize("url, words", SHOPS)
def test_markup_in_quoted_printable_is_read_decoded(url, words):
    import quopri

    body = f'<p style="font-family:Arial,sans-serif;font-size:15px">We like <a href="{url}" style="color:#1a73e8">{words}</a> a lot.</p>'
    encoded = quopri.encodestring(body.encode()).decode()
    assert "=3D" in encoded and "=\n" in encoded
    found = pasted_addresses(encoded)
    assert [found_url for _, _, found_url in found] == [url]
    start, end, _ = found[0]
    assert encoded[start:end].replace("=\n", "").replace("=3D", "=") == url
    assert [link.url for link in _markdown(f"A reader sent us this:\n\n```\n{encoded}```").links] == [url]


@pytest.mark.parametrize("function", ["include", "file_get_contents", "require_once"])
@pytest.mark.parametrize("url, words", SHOPS)
def test_an_address_a_call_is_given_is_code(function, url, words):
    doc = _text(f"Warning: {function}({url}): failed to open stream: Connection timed out in "
                "/var/www/html/wp-content/themes/child/header.php on line 12")
    assert [(link.url, link.carrier) for link in doc.links] == [(url, "code")]
    assert len(_run(doc)) == 1


def test_an_address_in_a_sentence_bracket_is_no_call():
    doc = _text(f"Iron tablets help most people (https://www.nhs.uk/conditions/iron-deficiency-anaemia/) within weeks.")
    assert [(link.url, link.carrier, link.bare) for link in doc.links] == \
        [("https://www.nhs.uk/conditions/iron-deficiency-anaemia/", "", True)]
