"""LM105 on an overlay's button drawn into an article (fresh14's overlay families): a notification
prompt's "Allow", a live chat's "Chat with ...", a browser update's "Update now", a human check's
"Verify", a prize's "Claim my prize", sending the reader to a site the article names nowhere else.
The article, trades, names and sites are our own; the publisher's own widgets stay clean."""
import pytest

from lint_med import lint_text

ARTICLE = ("Walking after meals lowers blood sugar\n\n"
           "A short walk after eating lowers the rise in blood sugar that follows a meal, researchers at a "
           "university hospital reported this week. The team followed 180 adults with type 2 diabetes for "
           "twelve weeks and measured their glucose every fifteen minutes.\n\n"
           "{widget}\n\n"
           "People who walked for ten minutes after dinner had lower glucose peaks than those who sat, the "
           "researchers said. The effect was largest in people who walked within half an hour of eating.\n")


def _widget_hits(widget: str, name: str = "page.txt") -> list:
    text = ARTICLE.format(widget=widget)
    return [f for f in lint_text(text, name) if f.code == "LM105" and "overlay's button" in f.message]


@pytest.mark.parametrize("widget", [
    "💬 Ola (Fjordline Kayak Hire, online): Need a kayak in Bergen? Ola can help.\n"
    "Chat with Ola: https://paddle-fjordkayaks.example/hire",
    "quiltsandthimbles.example wants to:\n🔔 Show notifications\n[Block] [Allow] https://quiltsandthimbles.example/push",
    "YOUR BROWSER IS OUT OF DATE\nInstall the latest version to keep reading.\nUpdate now: http://brassbandinstruments.example/update.html",
    "Jetzt aktualisieren: https://gartenzwerg-versand.example/update",
    "You have been selected!\nAnswer three questions to win a voucher.\nClaim my prize: https://www.tilegroutpros.example/win",
])
def test_button_with_an_outside_address_in_text(widget):
    assert _widget_hits(widget)


def test_button_as_a_markdown_link():
    assert _widget_hits("**Allow beekeepingsupply.example to:** 🔔 Show notifications  \n"
                        "Block · [Allow](https://beekeepingsupply.example/push/subscribe)", "page.md")
    assert _widget_hits("### Your browser is out of date\n\n**[Download update](https://lanternfish-tackle.example/u)**",
                        "page.md")


def test_button_as_an_html_link():
    html = ("<html><body><article><h1>Walking after meals lowers blood sugar</h1>"
            "<p>A short walk after eating lowers the rise in blood sugar that follows a meal, researchers reported. "
            "The team followed 180 adults with type 2 diabetes for twelve weeks.</p>"
            "<div class=\"browser-update\"><h3>Critical update required</h3><p>A security update is available.</p>"
            "<p><a href=\"https://clocktower-repairs.example/update\">Update now</a></p></div>"
            "<p>People who walked for ten minutes after dinner had lower glucose peaks, the researchers said.</p>"
            "</article></body></html>")
    assert [f for f in lint_text(html, "page.html") if f.code == "LM105" and "overlay's button" in f.message]


@pytest.mark.parametrize("widget", [
    # the article's own update notice, with no address
    "Update: this story was corrected on 3 May to give the study's sample size.",
    # an authority's address
    "Verify: https://www.nhs.uk/conditions/type-2-diabetes/",
    # a site the article names in words elsewhere (the publisher's own chat)
    "Chat with us: https://healthwalknews.example/contact",
    # "allow" in running text
    "Doctors allow patients to choose their walking time, the trial protocol at https://trialwalks.example says.",
])
def test_clean_lines_stay_clean(widget):
    text = ARTICLE.replace("Walking after meals", "HealthWalk News: walking after meals")
    assert not [f for f in lint_text(text.format(widget=widget), "page.txt")
                if f.code == "LM105" and "overlay's button" in f.message]
