"""LM101 on a row of links written on one line ("A | B | C"), read as plain text's lines of links are, a doorway
row of a business's pages for each town it serves, and an address after a label of a few words ("Target URL:").
Sentences and sites are invented for these tests."""

import pytest

from lint_med import lint_text

INTRO = ("Shingles is a painful rash caused by the chickenpox virus waking up in the nerves of older adults.",
         "Doctors treat shingles with antiviral tablets started within three days of the rash appearing.")
OUTRO = ("The shingles vaccine halves the risk of the rash and of the nerve pain that can follow it later.",
         "People over seventy are offered the shingles vaccine by their doctor during the autumn months.")


def _article(block: str, fmt: str) -> tuple[str, str]:
    if fmt == "html":
        paragraphs = "".join(f"<p>{p}</p>" for p in INTRO) + block + "".join(f"<p>{p}</p>" for p in OUTRO)
        return f"<html><body><article><h1>Shingles in older adults</h1>{paragraphs}</article></body></html>", "a.html"
    return "# Shingles in older adults\n\n" + "\n\n".join((*INTRO, block, *OUTRO)) + "\n", "a.md"


def _row(fmt: str, head: str, site: str, anchors: list[str]) -> str:
    if fmt == "html":
        links = " | ".join(f'<a href="https://{site}/{a.lower().replace(" ", "-")}">{a}</a>' for a in anchors)
        return f"<h4>{head}</h4><p>{links}</p>"
    return f"#### {head}\n\n" + " | ".join(f"[{a}](https://{site}/{a.lower().replace(' ', '-')})" for a in anchors)


def _lm101(text: str, path: str, site: str) -> int:
    return sum(1 for f in lint_text(text, path=path) if f.code == "LM101" and site in f.message)


@pytest.mark.parametrize("fmt", ["markdown", "html"])
@pytest.mark.parametrize("head, site, anchors", [
    ("Areas we cover", "brightpane-windows.example", ["Window Cleaning Leeds", "Window Cleaning York", "Window Cleaning Hull", "Window Cleaning Ripon"]),
    ("We serve", "kestrel-kites.example", ["stunt kites in Otley", "stunt kites in Selby", "stunt kites in Hull"]),
    ("Nos zones", "toiture-martin.example", ["Couvreur Rennes", "Couvreur Vannes", "Couvreur Brest", "Couvreur Quimper"]),
])
def test_a_doorway_row_on_one_line_is_reported(fmt, head, site, anchors):
    text, path = _article(_row(fmt, head, site, anchors), fmt)
    assert _lm101(text, path, site) >= len(anchors) - 1


@pytest.mark.parametrize("fmt", ["markdown", "html"])
@pytest.mark.parametrize("head, site, anchors", [
    # a journal's pages of one paper, a health site's pages on the subject, different sources
    ("Read the study", "journal-of-dermatology.example", ["Abstract", "Full Text", "Supplementary Data"]),
    ("More on shingles", "nerve-health-guide.example", ["Shingles Vaccine", "Shingles Rash", "Nerve Pain After Shingles"]),
])
def test_a_row_of_sources_on_the_subject_stays_clean(fmt, head, site, anchors):
    text, path = _article(_row(fmt, head, site, anchors), fmt)
    assert _lm101(text, path, site) == 0


BRIEF = ("--- Writer brief (remove) ---\nClient: Marlow Leisure Ltd\nAnchor text: stunt kites for beach flyers\n"
         "Target keyword: stunt kites Whitby\nTarget URL: https://kestrel-kites.example/stunt\n---")


def test_an_address_after_a_label_of_several_words_is_read_with_its_card():
    text = "Shingles in older adults\n\n" + "\n\n".join(INTRO) + "\n\n" + BRIEF + "\n\n" + "\n\n".join(OUTRO) + "\n"
    assert _lm101(text, "a.txt", "kestrel-kites.example") == 1
