"""LM302 empty-section, LM303 missing-author, LM304 missing-date, LM305 missing-references."""

import datetime

import pytest

from lint_med import lint_text
from lint_med.config import parse_table
from lint_med_core.structure import is_authority, parse_date


def codes(text, path, select, **rules):
    config = parse_table({"select": list(select), "rules": rules}, None)
    return [(f.code, f.line) for f in lint_text(text, path=path, config=config)]


def page(body, head=""):
    return f"<!DOCTYPE html>\n<html><head><title>T</title>{head}</head>\n<body><article>\n{body}\n</article></body></html>\n"


# --- LM302 ---------------------------------------------------------------------------------

def test_heading_followed_by_a_same_level_heading_is_empty():
    text = "# Title\n\nIntro.\n\n## Storage\n\n## Side effects\n\nNausea.\n"
    assert codes(text, "a.md", ["LM302"]) == [("LM302", 5)]


def test_heading_followed_by_a_subheading_or_an_image_is_not_empty():
    text = "# Title\n\nIntro.\n\n## Dosing\n\n### Adults\n\nOne a day.\n\n## Tablet\n\n![pill](p.png)\n\n## End\n\nDone.\n"
    assert codes(text, "a.md", ["LM302"]) == []


def test_subheading_followed_by_a_higher_heading_and_a_last_heading_are_empty():
    text = page("<h1>T</h1><p>Intro.</p>\n<h2>Use</h2>\n<h3>Adults</h3>\n<h2>Risks</h2><p>Some.</p>\n<h2>Notes</h2>")
    assert codes(text, "a.html", ["LM302"]) == [("LM302", 6), ("LM302", 8)]  # "Adults", "Notes"


def test_link_only_teaser_headings_are_not_sections():
    text = page('<h1>T</h1><p>Intro.</p>\n<h2>More</h2>\n<h3><a href="/a">Other article</a></h3>\n'
                '<h3><a href="/b">Another one</a></h3>')
    assert codes(text, "a.html", ["LM302"]) == []


# A line that credits a picture or names a file a link downloads stands for the picture or the
# file (lost in a text copy): no section is empty there (session 15), in text, Markdown and HTML.
@pytest.mark.parametrize("line", ["Illustration by Mara Lindqvist", "PHOTO: Tomas Berg/Getty", "Image credit: NIAID",
                                  "Foto: Klinikum Nord", "© 2025 Oskar Hale", "Patient leaflet (PDF, 340 KB)",
                                  "Welsh PDF"])
@pytest.mark.parametrize("path", ["a.txt", "a.md", "a.html"])
def test_a_picture_credit_or_a_file_link_heads_no_section(line, path):
    body = ("Shingles\n\nShingles is a painful rash caused by the chickenpox virus waking up again.\n\n"
            f"{{}}\n\nWho can get shingles\n\nAnyone who has had chickenpox can get shingles later in life.\n")
    if path == "a.md":
        text = body.replace("Shingles\n", "# Shingles\n", 1).replace("{}", "## {}").replace("Who can", "## Who can")
    elif path == "a.html":
        text = page("<h1>Shingles</h1><p>Shingles is a painful rash caused by the chickenpox virus waking up again.</p>"
                    "<h2>{}</h2><h2>Who can get shingles</h2><p>Anyone who has had chickenpox can get it.</p>")
    else:
        text = body
    assert codes(text.format(line), path, ["LM302"]) == []
    # the same place with a real heading: an empty section
    assert codes(text.format("How shingles spreads"), path, ["LM302"]) != []


@pytest.mark.parametrize("heading", ["Credit card fees", "Imaging tests", "Pictures of shingles rashes"])
def test_headings_that_start_like_credits_still_head_sections(heading):
    text = ("Shingles\n\nShingles is a painful rash caused by the chickenpox virus waking up again.\n\n"
            f"{heading}\n\nWho can get shingles\n\nAnyone who has had chickenpox can get shingles later in life.\n")
    assert codes(text, "a.txt", ["LM302"]) == [("LM302", 5)]


# --- LM303 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("head, body", [
    ('<meta name="author" content="Ana Ruiz">', ""),
    ('<script type="application/ld+json">{"@type": "Article", "author": {"name": "Ana Ruiz"}}</script>', ""),
    ("", '<a rel="author" href="/ana">Ana Ruiz</a>'),
    ("", "<p>By Ana Ruiz, MD</p>"),
    ("", "<p>Medically reviewed by Omar Haddad, MD, on May 2, 2025</p>"),
])
def test_author_found_in_any_place_the_page_offers(head, body):
    assert codes(page(f"<h1>T</h1>{body}<p>Text.</p>", head), "a.html", ["LM303"]) == []


def test_page_without_author_is_reported_once_at_the_title():
    text = page("<h1>T</h1><p>By taking iron with vitamin C, absorption improves.</p>")
    assert codes(text, "a.html", ["LM303"]) == [("LM303", 4)]  # a finding on the whole article points at its h1


@pytest.mark.parametrize("text, path", [
    ("Title\n\nNo author here.\n", "a.txt"),
    ("# Title\n\nNo front matter, no author.\n", "a.md"),
    ("<article><h1>T</h1><p>An HTML fragment from a CMS export.</p></article>\n", "a.html"),
])
def test_formats_that_cannot_carry_an_author_are_never_reported(text, path):
    assert codes(text, path, ["LM303", "LM304"]) == []


def test_front_matter_without_author_is_reported():
    assert codes("---\ntitle: T\n---\n\n# T\n\nText.\n", "a.md", ["LM303"]) == [("LM303", 5)]


# --- LM304 ---------------------------------------------------------------------------------

def _years_ago(years):
    today = datetime.date.today()
    return today.replace(year=today.year - years, day=min(today.day, 28))


def test_recent_date_passes_and_old_date_is_stale_relative_to_today():
    fresh = f"---\ntitle: T\nauthor: A\nupdated: {_years_ago(1).isoformat()}\n---\n\n# T\n\nText.\n"
    stale = f"---\ntitle: T\nauthor: A\nupdated: {_years_ago(5).isoformat()}\n---\n\n# T\n\nText.\n"
    assert codes(fresh, "a.md", ["LM304"]) == []
    assert codes(stale, "a.md", ["LM304"]) == [("LM304", 4)]  # at the date in the front matter
    assert codes(stale, "a.md", ["LM304"], LM304={"max_age_years": 10}) == []
    assert codes(stale, "a.md", ["LM304"], LM304={"max_age_years": 0}) == []


def test_most_recent_date_counts_and_visible_review_lines_are_read():
    old, recent = _years_ago(8), _years_ago(1)
    text = page(f"<h1>T</h1><p>Published {old:%B} {old.day}, {old.year}</p>"
                f"<p>Last reviewed: {recent:%d %B %Y}</p><p>Text.</p>")
    assert codes(text, "a.html", ["LM304"]) == []
    text = f"Title\n\nLast updated: {old:%B %Y}\n\nText of the article.\n"
    assert codes(text, "a.txt", ["LM304"]) == [("LM304", 3)]


def test_a_year_in_prose_is_not_the_articles_date():
    text = page("<h1>T</h1><p>In 2015, the FDA approved a new formulation.</p>")
    assert codes(text, "a.html", ["LM304"]) == [("LM304", 4)]


@pytest.mark.parametrize("text, expected", [
    ("2024-03-05", datetime.date(2024, 3, 5)),
    ("2024-03-05T10:00:00Z", datetime.date(2024, 3, 5)),
    ("March 3, 2025", datetime.date(2025, 3, 3)),
    ("Feb. 23, 2015", datetime.date(2015, 2, 23)),
    ("3 March 2025", datetime.date(2025, 3, 3)),
    ("Sept 2019", datetime.date(2019, 9, 30)),
    ("2019", datetime.date(2019, 12, 31)),
    ("05/29/2007 09:49:00", datetime.date(2007, 12, 31)),
    ("no date", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


# --- LM305 ---------------------------------------------------------------------------------

FILLER = " ".join(["Iron helps the blood carry oxygen and most people get enough from food."] * 30)


@pytest.mark.parametrize("extra", [
    "See https://pubmed.ncbi.nlm.nih.gov/12345678/ for the trial.",
    "The trial is doi:10.1000/xyz123.",
    "A large trial (Smith et al., 2019) found no benefit.",
    "According to the World Health Organization, anaemia affects many pregnant women.",
    "The study was published in The Lancet last year.",
    "Guidance at https://www.nhs.uk/conditions/iron-deficiency-anaemia/ explains the tests.",
    "The results appear in the current issue of the Annals of Haematology.",
    "The trial was published online Friday in the journal Blood.",
])
def test_any_real_source_is_enough(extra):
    assert codes(f"Iron\n\n{FILLER} {extra}\n", "a.txt", ["LM305"]) == []


@pytest.mark.parametrize("extra", [
    "According to healthline, iron is important.",
    "The FDA regulates iron supplements as foods, and no FDA-approved claim exists.",
    "Buy it at https://shop.example.com/iron today.",
])
def test_mentions_that_are_not_sources_do_not_count(extra):
    assert codes(f"Iron\n\n{FILLER} {extra}\n", "a.txt", ["LM305"]) == [("LM305", 1)]


@pytest.mark.parametrize("extra", [
    "\u201cMost people never notice,\u201d said Dr. Amara Nwosu, a haematologist at a city hospital.",
    "Dr. Okafor says the tablets work best on an empty stomach.",
    "The maker, Vitalis Pharma, told reporters it would recall two batches.",
    "The Food Standards Agency, which tested the tablets, said the labels were wrong.",
    "Her mother wrote to the hospital, and the trust explained its decision to Reuters in May.",
    "The benefit was modest, Okafor notes, and it faded after a year.",
])
def test_a_named_speaker_quoted_or_reported_is_a_source(extra):
    for path, text in (("a.txt", f"Iron\n\n{FILLER} {extra}\n"), ("a.md", f"# Iron\n\n{FILLER} {extra}\n"),
                       ("a.html", f"<html><body><article><h1>Iron</h1><p>{FILLER} {extra}</p></article></body></html>")):
        assert codes(text, path, ["LM305"]) == [], path


@pytest.mark.parametrize("extra", [
    "Experts say iron is best taken with orange juice.",
    "\u201cIt changed my life,\u201d she said.",
    "The company said on Tuesday that sales had doubled.",
    "Many doctors told us the same thing.",
    "Researchers explained that absorption varies.",
    "The label notes that iron can darken the stools.",
    "An issue of concern is constipation.",
])
def test_a_speaker_with_no_name_is_not_a_source(extra):
    assert codes(f"Iron\n\n{FILLER} {extra}\n", "a.txt", ["LM305"]) == [("LM305", 1)]


def test_short_articles_are_not_reported():
    assert codes("Iron\n\nIron helps the blood carry oxygen.\n", "a.txt", ["LM305"]) == []


def test_authority_domains():
    assert is_authority("pubmed.ncbi.nlm.nih.gov") and is_authority("www.cdc.gov")
    assert is_authority("health.gov.au") and is_authority("ox.ac.uk") and is_authority("dx.doi.org")
    assert not is_authority("healthline.com") and not is_authority("oc-hudovernik.si")
