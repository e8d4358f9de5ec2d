"""LM101 on site names written in prose without a scheme or a path ("shop-name.co.th"): one typed
as an address (lowercase) and dropped into a running sentence, on a site the article names nowhere
else, was planted; a site named as a name, introduced, cited as a source, an authority, an e-mail
address, a file name, a version number or an abbreviation is not. Top-level domains: IANA's list."""

import pytest

from lint_med.parsers import html, markdown, site_names, text
from lint_med_core.links import unrelated_link

PARSERS = {"md": markdown, "html": html, "txt": text}

_TITLE = "Plantar fasciitis: heel pain in runners"
_OPENING = ("Plantar fasciitis is an irritation of the thick band of tissue under the foot that runs from the "
            "heel to the toes. Runners and people who stand all day are most often affected.")
_CLOSING = ("Stretching the calf and the arch twice a day, supportive shoes and a few weeks of rest from running "
            "ease the heel pain in most people within a year.")


def article(sentence: str, ext: str) -> str:
    if ext == "html":
        return (f"<html lang='en'><head><title>{_TITLE}</title></head><body><article><h1>{_TITLE}</h1>"
                f"<p>{_OPENING}</p><p>{sentence}</p><p>{_CLOSING}</p></article></body></html>")
    if ext == "md":
        return f"# {_TITLE}\n\n{_OPENING}\n\n{sentence}\n\n{_CLOSING}\n"
    return f"{_TITLE}\n\n{_OPENING}\n\n{sentence}\n\n{_CLOSING}\n"


def findings(sentence: str, ext: str) -> list:
    doc = PARSERS[ext].parse(article(sentence, ext), f"article.{ext}", {})
    doc.vocabulary = {}
    return list(unrelated_link.run(doc, {**unrelated_link.defaults(), "pack": {}}))


PLANTED = [
    # other trades: boat hire, tutoring, roofing, Polish and Thai country domains, a new generic domain
    ("The pain is worst with the first steps kayakrentalbay.fishing in the morning.", "kayakrentalbay.fishing"),
    ("Night splints hold the foot mathtutorplume.co.th flexed while you sleep.", "mathtutorplume.co.th"),
    ("Orthotics may spread the load dachdecker-eilig.pl across the arch.", "dachdecker-eilig.pl"),
    ("Icing the heel after a run roofquotefast.ae often eases the ache.", "roofquotefast.ae"),
    # an invented name after a determiner or a list's word ("the glossary.io definition" is a word's)
    ("Splints like kayakmoor.furniture night braces hold the foot flexed.", "kayakmoor.furniture"),
]


CLEAN = [
    # an agency named by its domain, introduced ("visit"), and an authority
    "For more on foot care, visit nhs.uk or ask a podiatrist.",
    "The advice on cdc.gov is much the same for walkers.",
    # a product's own site named in a news story: capitalised, the agent, or named elsewhere
    "Stridewell.com said its new insole sold out in a week.",
    "A survey by runnersdigest.com found that most runners stretch too little.",
    "The glossary.io definition of overpronation is broader.",
    # e-mail addresses, file names, version numbers, abbreviations with dots
    "Write to clinic.team@heelcare.example with questions about the trial.",
    "The leaflet heel-care.pdf and the video stretches.mov show each exercise.",
    "The app moved to version 2.4.1 in May, e.g. with reminders, i.e. alerts at 8 a.m. daily.",
    "The U.S. guideline by Dr. A. Lee et al. agrees, as does the Ph.D. thesis.",
    # a missing space after a full stop
    "Rest helps most people.Pain that lasts a year needs a doctor's review.",
]


def test_a_site_name_the_article_names_elsewhere_is_not_reported():
    sentence = "Heel cups from the Padwise brand padwise.shop now come in three sizes."
    assert findings(sentence, "txt") == []


def test_site_names_read_the_root_zone_and_not_file_extensions():
    doc = text.parse("Try trip.travel or lovely.love or slides.zip or notes.md or fake.notatld today.", "a.txt", {})
    assert [link.url for link in site_names(doc.blocks)] == ["http://trip.travel", "http://lovely.love"]


def test_an_address_with_a_path_on_any_root_zone_domain_is_a_bare_link():
    doc = text.parse("Book at harbourvans.travel/hire?from=today and singles.love/leeds now.", "a.txt", {})
    assert [link.url for link in doc.links] == ["http://harbourvans.travel/hire?from=today",
                                                "http://singles.love/leeds"]


# A bare URL with a path dropped into a clause: after an abbreviation or a measure (plain words of
# the clause), and sharing one ordinary word with the article ("stretching" of guitar drills).
DROPPED = [
    ("Watch for full, free relief: the heel pad thins by 2.5mm https://kitehollow.example/watch/full-stunt-free "
     "every decade after forty.", "kitehollow.example"),
    ("Watch for full, free relief and ask Lena Park, M.D, https://kitehollow.example/watch/full-stunt-free whether "
     "the night splint helps.", "kitehollow.example"),
    ("Calf work eases https://guitarlessons.example/finger-stretching-drills the heel within weeks.",
     "guitarlessons.example"),
]


CITED = [
    # on the topic by its path, cited in brackets, after a sentence's last word, introduced
    "Calf work eases https://footclinic.example/heel-pain-stretches the heel within weeks.",
    "A 2019 trial (https://trials.example/study/4471) found the same for runners.",
    "The splint is sold at https://splintmaker.example/night-splint for those who want one.",
]


@pytest.mark.parametrize("ext", ["txt", "md", "html"])
@pytest.mark.parametrize("sentence, domain", PLANTED + DROPPED)
def test_a_site_name_or_url_dropped_into_a_sentence_is_reported(sentence, domain, ext):
    found = findings(sentence, ext)
    assert [f for f in found if domain in f.message], found


@pytest.mark.parametrize("ext", ["txt", "md", "html"])
@pytest.mark.parametrize("sentence", CLEAN + CITED)
def test_a_site_named_in_prose_or_a_url_on_the_topic_is_not_reported(sentence, ext):
    assert findings(sentence, ext) == []
