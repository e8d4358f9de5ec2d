"""Links whose address the page lost or hid in a member's page, defined by a property, not a wording
(session 18, links46): a member's profile page on someone else's site (LM101, `_member_profile`: the shape of
the path), a shop's buy word with its capital inside a running sentence (LM105, `_buy_word_inside`), and a call
to a business named only as "this" (LM105, `_demonstrative_business`). Sites, products and sentences are
invented for these tests; several are in languages or page kinds no labelled page has (Icelandic, Polish,
Italian, German, a forum's Markdown post, an HTML member link with no words)."""

import pytest

from lint_med.parsers import html, markdown, text
from lint_med_core.links import commercial_call_to_action, unrelated_link

PARSERS = {"txt": text, "md": markdown, "html": html}


def _run(rule, source: str, kind: str = "txt") -> list[str]:
    doc = PARSERS[kind].parse(source, f"article.{kind}", {})
    doc.vocabulary = {}
    return [hit.message for hit in rule.run(doc, {**rule.defaults(), "pack": {}})]


# --- a member's profile page: the path's shape, on any host (an authority's too) ---------------------------

PROFILE_ARTICLE = ("Caring for dry eyes\n\nDry eyes sting and feel gritty, and screens make them worse.\n\n{}\n\n"
                   "Warm compresses and blinking breaks help most people within a few weeks.\n")


@pytest.mark.parametrize("source,kind", [
    # a bare address of a forum member's page, on a university's server (an authority's host)
    (PROFILE_ARTICLE.format("https://boinc.physics.example.edu/show_user.php?userid=4417302"), "txt"),
    # a keyword anchor to a member's page of a gardening forum, in Markdown
    # (the article's own links, two to its site, so that the member's site is not taken for the page's own)
    (PROFILE_ARTICLE.format("Many readers found [best eye drops 2026](https://allotment-talk.example/members/88123/) "
                            "helpful during the winter. See [our guide](https://eyes.example/guide) and "
                            "[our clinic list](https://eyes.example/clinics)."), "md"),
    # an empty link to a vBulletin member's page, in HTML
    ("<article><h1>Dry eyes</h1><p>Dry eyes sting and feel gritty, and screens make them worse.</p>"
     "<p>Blinking breaks help. <a href=\"https://forum.kayakers.example/member.php?u=5531\"></a></p>"
     "<p>Warm compresses help most people within a few weeks.</p></article>", "html"),
    # Icelandic article, a wiki user's page planted at its end
    ("Augnþurrkur\n\nAugnþurrkur er algengur og veldur sviða í augum.\n\nHlýir bakstrar hjálpa flestum.\n\n"
     "https://wiki.fuglaskodun.example/user/kx9fjord\n", "txt"),
])
def test_a_members_page_on_another_site_is_reported(source, kind):
    found = _run(unrelated_link, source, kind)
    assert any("member's profile page" in message for message in found), found


@pytest.mark.parametrize("source,kind", [
    # an expert the article quotes, linked to her university page
    (PROFILE_ARTICLE.format("\"Most cases are mild,\" said Dr. Ylva Brandt of the eye clinic "
                            "(https://med.example.edu/people/ylva-brandt)."), "txt"),
    # a byline: the link's words are the member's name
    (PROFILE_ARTICLE.format("Written by [Oskar Lind](https://community.example/members/oskar-lind/)."), "md"),
    # a page of the member's articles is no profile: the path goes on past the member
    (PROFILE_ARTICLE.format("Read more: https://blog.example/members/88123/eye-strain-and-screens-guide-part-two"), "txt"),
])
def test_a_named_members_page_or_another_path_is_not_reported(source, kind):
    found = _run(unrelated_link, source, kind)
    assert not any("member's profile page" in message for message in found), found


# --- a buy word with its capital inside a sentence ("Buy <product>", an anchor whose link was lost), and a
# business named only as "this" (the demonstrative points at a lost anchor) ------------------------------------

BUY_ARTICLE = "Joint pain\n\nJoint pain is common after fifty.\n\n{}\n\nGentle exercise helps most people.\n"
BUY_INSIDE, THIS_BUSINESS = "buy link's anchor inside a sentence", "named only as \"this\""


@pytest.mark.parametrize("sentence,message", [
    ("Anti-inflammatory creams such as Order Velmorin 40 mg Gel can ease the ache for a few hours.", BUY_INSIDE),
    ("Many people who try Purchase Artroflex Capsules, the fish-oil blend, say they sleep better.", BUY_INSIDE),
    # Polish: "painkillers such as Kup Dolorex 100 mg"
    ("Leki przeciwbólowe takie jak Kup Dolorex 100 mg działają szybko.", BUY_INSIDE),
    # Italian: "creams like Acquista Flexiderm"
    ("Le creme come Acquista Flexiderm riducono il dolore alle ginocchia.", BUY_INSIDE),
    ("If the pain keeps you awake, you may want to visit this friendly chiropractor near the station.", THIS_BUSINESS),
    ("If your heel still hurts, book with this experienced foot surgeon in Leeds.", THIS_BUSINESS),
    # Spanish: "visit this trusted clinic"
    ("Si el dolor continúa, visita esta clínica de confianza en Valencia.", THIS_BUSINESS),
    # German: "visit this practice in Graz"
    ("Bei starken Schmerzen besuchen Sie diese Praxis in Graz.", THIS_BUSINESS),
])
def test_a_lost_anchor_of_a_sale_or_a_business_is_reported(sentence, message):
    found = _run(commercial_call_to_action, BUY_ARTICLE.format(sentence))
    assert any(message in found_message for found_message in found), found


def test_a_buy_word_inside_a_sentence_in_html():
    source = ("<article><h1>Joint pain</h1><p>Joint pain is common after fifty.</p><p>Cooling gels like Buy Reumastop "
              "5% work on the skin over the joint.</p><p>Gentle exercise helps most people.</p></article>")
    assert any(BUY_INSIDE in message for message in _run(commercial_call_to_action, source, "html"))


@pytest.mark.parametrize("sentence,message", [
    ("Fill in the Order form and your pharmacist will check it.", BUY_INSIDE),  # a noun, after a determiner
    ("Our guide How to Buy Hearing Aids explains the costs.", BUY_INSIDE),  # a title in title case
    ("Press the Buy Now button only on your pharmacy's own site.", BUY_INSIDE),  # a button, a common word after
    ("Ask your doctor before you buy Velmorin online.", BUY_INSIDE),  # no capital
    # the business is named before: "this" points back
    ("The Eastgate Physio Centre offers free assessments. Call this physio centre before booking any scan.",
     THIS_BUSINESS),
    ("Never visit this kind of clinic if it promises a cure.", THIS_BUSINESS),  # a warning
    ("For more information, visit this page about joint health.", THIS_BUSINESS),  # no business: a page
])
def test_a_noun_a_title_a_button_a_this_that_points_back_or_a_warning_is_not_reported(sentence, message):
    found = _run(commercial_call_to_action, BUY_ARTICLE.format(sentence))
    assert not any(message in found_message for found_message in found), found


# --- an address in a list of addresses: no words of its own (a print footer, a pasted link list) ---------------

LIST_ARTICLE = ("Dry eyes\n\nDry eyes sting and feel gritty, and screens make them worse.\n\n"
                "Warm compresses and blinking breaks help most people within a few weeks.\n\n{}\n")


@pytest.mark.parametrize("source,kind", [
    (LIST_ARTICLE.format("Printed from the web on 3 May\nLinks in this article:\n[1] https://www.nhs.uk/conditions/dry-eyes/\n"
                         "[2] https://lakeland-canoehire.example/family-trips\n[3] https://www.aao.org/eye-health"), "txt"),
    (LIST_ARTICLE.format("**Links**\n\n1. <https://www.nhs.uk/conditions/dry-eyes/>\n"
                         "2. <https://harbour-sailmakers.example/repairs>"), "md"),
    ("<article><h1>Dry eyes</h1><p>Dry eyes sting and feel gritty, and screens make them worse.</p><p>Warm compresses "
     "help most people.</p><div class=\"print-footer\"><ol><li><a href=\"https://www.nhs.uk/conditions/dry-eyes/\">"
     "https://www.nhs.uk/conditions/dry-eyes/</a></li><li><a href=\"https://orchard-beekeeping.example/hives\">"
     "https://orchard-beekeeping.example/hives</a></li></ol></div></article>", "html"),
    # Finnish: a printed page's footer in a language no labelled page has
    ("Kuivat silmät\n\nKuivat silmät kirvelevät, ja näyttöruudut pahentavat oireita.\n\nLämpimät hauteet auttavat "
     "useimpia muutamassa viikossa.\n\nTulostettu 3.5.\nSivun linkit:\n(1) https://www.terveyskirjasto.fi/silmat\n"
     "(2) https://saunamaster-kiukaat.example/tarjous\n", "txt"),
])
def test_an_address_in_a_list_of_addresses_is_judged_as_a_link_with_no_words(source, kind):
    found = _run(unrelated_link, source, kind)
    assert any("a list of addresses" in message for message in found), found


@pytest.mark.parametrize("footer", [
    # the listed sites are sources of the subject, or named in the article
    "Links in this article:\n[1] https://www.nhs.uk/conditions/dry-eyes/\n[2] https://www.aao.org/eye-health",
    "Thanks to Lakeland Canoe Hire for the photos.\n\n[1] https://www.nhs.uk/conditions/dry-eyes/\n"
    "[2] https://lakeland-canoehire.example/family-trips",
    # one address alone on its line, after a sentence: no list (LM101's other tests judge it)
    "Read more at https://www.aao.org/eye-health",
])
def test_a_list_of_sources_or_of_named_sites_is_not_reported(footer):
    found = _run(unrelated_link, LIST_ARTICLE.format(footer))
    assert not any("a list of addresses" in message for message in found), found
