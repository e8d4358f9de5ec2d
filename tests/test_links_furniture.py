"""LM101 on links in a page's furniture (a byline, a credit line, a syndication note, a newsletter box, a store
card, a listing): a link off the site to a business on another subject, the one site linked there, that the
article never names, is a placed link whatever the block is called; a source, a picture's credit, a social
network, the original of a syndicated story on the article's subject, a title in quotes, a list of several
sites' links and a sentence of the article are not. Every sentence here is invented for the test."""

import pytest

from lint_med.parsers import html, markdown, text
from lint_med_core.links import unrelated_link

PARSERS = {"md": markdown, "html": html, "txt": text}

_TITLE = "Tinnitus: ringing in the ears after loud music"
_OPENING = ("Tinnitus is a ringing, hissing or buzzing heard in one or both ears when no outside sound is there. "
            "It often follows a loud concert and fades within a day or two.")
_MIDDLE = ("When the ringing lasts for weeks, an audiologist can test the hearing and suggest sound therapy, which "
           "masks the ringing with a gentle background noise while the brain learns to ignore it.")
_CLOSING = ("Wearing earplugs at concerts and keeping headphones below half volume are the simplest ways to protect "
            "the ears from the damage that leads to tinnitus.")


def article(block: str, ext: str) -> str:
    """An article with `block` (one line per format: a link as [words](address), or a bare address) between
    its paragraphs."""
    if ext == "html":
        import re
        block = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', block)
        return (f"<html lang='en'><head><title>{_TITLE}</title></head><body><article><h1>{_TITLE}</h1>"
                f"<p>{_OPENING}</p><p>{_MIDDLE}</p><p>{block}</p><p>{_CLOSING}</p></article></body></html>")
    if ext == "txt":
        import re
        block = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 (\2)", block)
        return f"{_TITLE}\n\n{_OPENING}\n\n{_MIDDLE}\n\n{block}\n\n{_CLOSING}\n"
    return f"# {_TITLE}\n\n{_OPENING}\n\n{_MIDDLE}\n\n{block}\n\n{_CLOSING}\n"


def findings(block: str, ext: str) -> list:
    doc = PARSERS[ext].parse(article(block, ext), f"article.{ext}", {})
    doc.vocabulary = {}
    return list(unrelated_link.run(doc, {**unrelated_link.defaults(), "pack": {}}))


PLACED = [
    # a guest author's business, a designer's credit, a syndication note, a newsletter's partner, a sponsor
    ("Guest post by Odile Farrant, who runs [Quayside Kiln Pottery Classes](https://kilnpottery-quayside.example/"
     "pottery-classes).", "kilnpottery-quayside.example"),
    ("Site design and hosting: [Marbleford Loft Conversions](https://marbleford-lofts.example/loft-conversions)",
     "marbleford-lofts.example"),
    ("This piece was first published by [Grantley Septic Tank Emptying](https://septic-grantley.example/"
     "septic-tank-emptying); it appears here with thanks.", "septic-grantley.example"),
    ("Our weekly letter comes to you with help from [cheap chimney sweeping quotes](https://sootbrush.example/"
     "chimney-sweeping-quotes).", "sootbrush.example"),
    ("Gardening tips by Ned Halloway · Contributor · [Ashcombe Koi Pond Supplies](https://koipond-ashcombe.example/"
     "pond-pumps)", "koipond-ashcombe.example"),
]

NOT_PLACED = [
    # a picture's credit to a person's own site, the original of a story on the article's subject, a social
    # network, a title in quotes, a sentence of the article citing a source on its subject
    "Photo by [Perrin Waldegrave](https://waldegrave.example)",
    "This story first ran on [Ashby Evening Post](https://ashbypost.example/health/tinnitus-ringing-ears-concerts).",
    "Follow us on [Twitter and Facebook](https://twitter.com/earhealthdesk) for more.",
    "The charity's leaflet, “[Living with ringing ears](https://earcharity.example/leaflets/ringing)”, is free.",
    "A [review of sound therapy](https://earjournal.example/sound-therapy-review) found it helps most people.",
]

SPONSORS = ("Thanks to our sponsors: [Harlow Boat Hire](https://harlowboats.example/boat-hire) · "
            "[Penrose Garden Rooms](https://penrose-rooms.example/garden-rooms) · "
            "[Tilbury Van Leasing](https://tilburyvans.example/van-leasing)")


@pytest.mark.parametrize("ext", ["txt", "md", "html"])
@pytest.mark.parametrize("block, domain", PLACED)
def test_a_business_linked_from_the_furniture_is_reported(block, domain, ext):
    found = findings(block, ext)
    assert [f for f in found if domain in f.message], found


@pytest.mark.parametrize("ext", ["txt", "md", "html"])
@pytest.mark.parametrize("block", NOT_PLACED)
def test_credits_sources_and_sentences_of_the_article_are_not_reported(block, ext):
    assert findings(block, ext) == []


@pytest.mark.parametrize("ext", ["md", "html"])
def test_a_list_of_several_sites_is_not_judged_as_furniture(ext):
    assert not [f for f in findings(SPONSORS, ext) if "furniture" in f.message]


def test_a_website_line_of_a_card_in_plain_text_is_reported():
    card = "Grantley Septic Services\nUnit 4, Mill Lane\nWebsite: septic tank emptying https://septic-grantley.example/septic-tank-emptying"
    found = findings(card, "txt")
    assert [f for f in found if "septic-grantley.example" in f.message], found
