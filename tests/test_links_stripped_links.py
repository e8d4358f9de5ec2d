"""Links whose markup a copy stripped, defined by a property, not a wording (session 19, links19): an address run
into the letters around it (the parser reads it from its scheme or "www.", the glued next word cut from its host;
LM101 reports it on a site the article does not name, `_glued`); a call to buy from, ask, see or thank a business by
a name glued from its words, which the article writes nowhere else (LM105, `_glued_name_call`); a caption's link
after a mark ("🔗 ", "Link: "), whose words are the lines above it, a trail of hashtags, in plain text and in HTML
(LM101, `_words_before`, `_card_lines`).
Sites, businesses and sentences are invented for these tests, in other trades and languages than the injected
ones."""

import pytest

from lint_med.parsers import addresses_in, html, markdown, text
from lint_med_core.links import commercial_call_to_action, unrelated_link

PARSERS = {"txt": text, "md": markdown, "html": html}


def _run(rule, source: str, kind: str = "txt") -> list[str]:
    doc = PARSERS[kind].parse(source, f"article.{kind}", {})
    doc.vocabulary = {}
    return [hit.message for hit in rule.run(doc, {**rule.defaults(), "pack": {}})]


# --- the parser: an address glued to the words around it ----------------------------------------------------

@pytest.mark.parametrize("written,address", [
    ("call or book athttps://lakeside-kayaks.example/hire today", "https://lakeside-kayaks.example/hire"),
    ("details onwww.tilers-guild.co.uk/quotes please", "http://www.tilers-guild.co.uk/quotes"),
    # the next word glued to the host: the longest top-level domain its last label opens on is the host's
    ("see https://www.brightpaws.co.ukfrom Monday", "https://www.brightpaws.co.uk"),
    ("prices at www.harbourbikes.comand more", "http://www.harbourbikes.com"),
])
def test_an_address_glued_to_words_is_read_from_its_scheme_to_its_host(written, address):
    assert [url for _, _, url in addresses_in(written)] == [address]


@pytest.mark.parametrize("written", ["Awww. That is nice.", "an e-mail to jo@www.example is fine", "x=https"])
def test_no_address_is_read_in_words(written):
    assert list(addresses_in(written)) == []


def test_an_address_on_a_top_level_domain_keeps_its_host():
    assert [url for _, _, url in addresses_in("visit https://www.nhs.uk today")] == ["https://www.nhs.uk"]


# --- LM101: an address glued to the words around it ------------------------------------------------------------

GUMS = ("Bleeding gums\n\nBleeding gums are often the first sign of gum disease, and brushing gently helps.\n\n"
        "{}\n\nA dentist can remove hardened plaque that brushing leaves behind.\n")


@pytest.mark.parametrize("source,kind,site", [
    (GUMS.format("Flossing daily reduces bleeding within two weeks, tickets atwww.marina-jetski.example/rides "
                 "this weekend, as most dentists advise."), "txt", "marina-jetski.example"),
    (GUMS.format("Flossing daily reduces bleeding, reserve viahttps://glasshouse-orchids.example/ordernow "
                 "for most people."), "md", "glasshouse-orchids.example"),
    ("<article><h1>Bleeding gums</h1><p>Bleeding gums are often the first sign of gum disease.</p>"
     "<p>Flossing daily reduces bleeding, Termine unterhttps://www.fahrschule-brandt.example/kursejetzt "
     "for most people.</p><p>A dentist can remove hardened plaque.</p></article>", "html", "fahrschule-brandt.example"),
    # introduced by its glued "at" at a sentence's end: reported for the glue
    (GUMS.format("Flossing helps. Tickets for the regatta athttps://www.marina-jetski.example/rides."), "txt",
     "marina-jetski.example"),
    # introduced by its glued "at", the next word glued to its host: reported for the glue
    (GUMS.format("Flossing daily reduces bleeding, prices athttps://www.copperkettle-cafe.comfrom today."), "txt",
     "copperkettle-cafe.com"),
])
def test_a_glued_address_of_a_site_the_article_does_not_name_is_reported(source, kind, site):
    found = _run(unrelated_link, source, kind)
    assert len(found) == 1 and found[0].startswith(f"Link to {site} "), found


@pytest.mark.parametrize("source", [
    # an authority's site
    GUMS.format("Flossing daily reduces bleeding, read more athttps://www.nhs.uk/conditions/gum-disease/ today."),
    # a site the article names in words, in another paragraph
    GUMS.format("Flossing helps. Tickets for the regatta athttps://www.marina-jetski.example/rides.")
    + "\nThe Marina Jetski club sponsors the local dental charity.\n",
])
def test_a_glued_address_of_an_authority_or_a_named_site_is_not_reported(source):
    assert _run(unrelated_link, source) == []


# --- LM105: a call to a business by a name glued from its words -------------------------------------------------

KNEES = ("Knee pain after running\n\nRunners with knee pain often rest for weeks before it eases.\n\n{}\n\n"
         "Most knee pain eases with rest, ice and a gradual return to running.\n")


@pytest.mark.parametrize("source,kind", [
    (KNEES.format("Strengthening the thigh helps, order yours from BrightsideTileWarehouse today, as "
                  "physiotherapists advise."), "txt"),
    (KNEES.format("Strengthening the thigh helps, ask HollowmereKayakHire about group rates, and rest."), "md"),
    ("<article><h1>Knee pain</h1><p>Runners with knee pain often rest for weeks.</p><p>Strengthening the thigh "
     "helps, thanks to QuillbrookPianoTuning for the piano tuning, and so does rest.</p>"
     "<p>Most knee pain eases with rest.</p></article>", "html"),
    # Dutch: "bij", after the sentence
    (KNEES.format("Kracht helpt. Verkrijgbaar bij ZonnehoekFietsenmakerij tot zaterdag."), "txt"),
])
def test_a_call_to_a_glued_name_written_nowhere_else_is_reported(source, kind):
    found = _run(commercial_call_to_action, source, kind)
    assert len(found) == 1 and "glued from its words" in found[0], found


@pytest.mark.parametrize("sentence", [
    # the article names the business again, as spaced words
    "Hollowmere Kayak Hire sponsored the race. Ask HollowmereKayakHire about group rates.",
    # a study's acknowledgement
    "We thank CastlewoodBiotech for funding the trial.",
    # a warning before the call
    "Never buy braces at CheapoBraceOutlet, a known scam.",
    # a name common in English: a platform
    "See YouTube for the best stretching videos.",
    # a company named as a name, not called to
    "The drug came from GlaxoSmithKline last year.",
    # a question
    "Should you ask KneeFixClinic about surgery?",
])
def test_a_glued_name_named_elsewhere_acknowledged_warned_of_or_common_is_not_reported(sentence):
    assert [m for m in _run(commercial_call_to_action, KNEES.format(sentence)) if "glued" in m] == []


# --- LM101: a caption's link after a mark, its words the hashtags above -----------------------------------------

def test_a_captions_link_after_a_mark_reads_the_hashtags_above_it():
    caption = ("What a day on the water, would go again\n\n#saturdayplans #HollowmereKayakHire #paddleboarding\n"
               "🔗 https://www.hollowmere-paddles.example/hire?boards=2")
    found = _run(unrelated_link, GUMS.format(caption))
    assert len(found) == 1 and "hollowmere-paddles.example" in found[0], found


def test_an_html_captions_link_after_a_mark_reads_the_hashtags_above_it():
    page = ("<article><h1>Bleeding gums</h1><p>Bleeding gums are often the first sign of gum disease, and brushing "
            "gently twice a day with a soft brush helps most people.</p>"
            "<div class=\"post\"><p>Best birthday ever</p><p><span>#sundayfunday</span> <span>#QuarryEndClimbingWall</span> "
            "<span>#bouldering</span></p>\n<p>Link: <a href=\"https://chalkandrope-walls.example/\">"
            "https://chalkandrope-walls.example/</a></p></div><p>A dentist can remove the hardened plaque that brushing "
            "leaves behind, and check the gums for deeper pockets.</p></article>")
    found = _run(unrelated_link, page, "html")
    assert len(found) == 1 and "chalkandrope-walls.example" in found[0], found


def test_a_labelled_link_under_a_title_on_the_subject_is_not_reported():
    card = "Gum disease: signs, causes and treatment of bleeding gums\nLink: https://www.gumcare-guide.example/bleeding"
    assert _run(unrelated_link, GUMS.format(card)) == []
