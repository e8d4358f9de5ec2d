"""LM601 dangling-citation, LM602 vague-attribution, LM603 tertiary-source."""

import re

import pytest

from lint_med import lint_text
from lint_med.config import parse_table


def lint(text, path="a.txt", select=("LM601", "LM602", "LM603"), **rules):
    config = parse_table({"select": list(select), "rules": rules}, None)
    return [(f.code, f.line, f.message) for f in lint_text(text, path=path, config=config)]


def codes(text, path="a.txt", **kw):
    return [(code, line) for code, line, _ in lint(text, path, **kw)]


def dangling(text, path="a.txt"):
    """The markers LM601 reports, in order: one finding names them all when there is no list."""
    return [marker for _, _, message in lint(text, path, select=["LM601"])
            for marker in re.findall(r"'([^']*)'", message)]


REFS = "\n\n## References\n\n1. One. 2020.\n2. Two. 2021.\n3. Three. 2022.\n"


def test_markers_without_a_reference_list_point_nowhere():
    found = lint("# T\n\nLDN was tested in a pilot [1]. Pain fell (2) (3).\n", path="a.md", select=["LM601"])
    # no list at all: one thing to fix, one finding at the first marker naming every marker
    assert [(c, l) for c, l, _ in found] == [("LM601", 3)]
    assert found[0][2] == ("2 citation markers point nowhere, the first here: the article has no reference "
                           "list ('[1]', '(2) (3)')")
    found = lint("# T\n\nLDN was tested in a pilot [1].\n", path="a.md", select=["LM601"])
    assert found[0][2] == "Citation marker '[1]' points nowhere: the article has no reference list"
    many = "# T\n\n" + " ".join(f"Claim number {n} [{n}]." for n in range(1, 11)) + "\n"
    assert lint(many, path="a.md", select=["LM601"])[0][2].endswith("'[7]', '[8]' and 2 more)")


def test_markers_past_a_short_list_are_one_finding_each():
    # each marker past the list's end is its own fix (a missing entry), so each is reported
    text = "# T\n\nA pilot [1]. A trial [3]. A review [4].\n\n## References\n\n1. Smith J. A pilot. J Pain. 2019.\n"
    found = lint(text, path="a.md", select=["LM601"])
    assert [m for _, _, m in found] == [
        "Citation marker '[3]' points nowhere: 3 is above the 1 entries of the reference list",
        "Citation marker '[4]' points nowhere: 4 is above the 1 entries of the reference list"]


def test_markers_within_the_list_are_fine_and_beyond_it_are_flagged():
    text = "# T\n\nOne [1]. Two [2, 3]. Range [1-3]. Past the end [4]. Range past [2-5].\n" + REFS
    found = lint(text, path="a.md", select=["LM601"])
    assert [(c, l) for c, l, _ in found] == [("LM601", 3), ("LM601", 3)]
    assert "4 is above the 3 entries of the reference list" in found[0][2]


def test_markdown_footnotes_need_definitions():
    text = "# T\n\nDefined.[^a] Undefined.[^b]\n\n[^a]: A source. 2020.\n"
    found = lint(text, path="a.md", select=["LM601"])
    assert [(c, l) for c, l, _ in found] == [("LM601", 3)]
    assert "[^b] has no definition" in found[0][2]


@pytest.mark.parametrize("sentence", [
    "The mean age was 74. Most were women.",
    "People with Type 2, or with stage 3 kidney disease, were excluded.",
    "Levels rose to 12. Doctors then stopped the drug.",
    "Patients aged 74, 75 and 80 took part.",
    "On day 3, the rash faded. By week 6, it had gone.",
    "You can (1) take it with food or (2) take it at night.",
    "Most tablets contain 400, 1,000 or 2,000 IU.",
    "Toll-like receptor 4, found on microglia, is one target. Interleukin 6, another, rises.",
    "The portal failed with error 500. A retry gave status code 503; the app's model 2, older, kept working.",
])
def test_quantities_and_labels_are_not_citation_markers(sentence):
    assert dangling(f"Title here\n\n{sentence} Another claim 12. More detail 14.\n") == [
        "12", "14"]  # only the two bare markers we added


@pytest.mark.parametrize("sentence", [
    "Drink water. 3 cups a day is enough. Take it daily,2 tablets at most.",
    "It appeared in Macworld. 1 May 1998 was the date. Levels of omega-3,6 and 9 vary.",
    "See Fig.2 Then turn the page. The ratio was 3:1 in adults.",
    "Fish oil is sold as 1,2-diglyceride. Take it with food.",
])
def test_quantities_after_punctuation_are_not_flattened_markers(sentence):
    # the two flattened markers added are the only ones
    assert dangling(f"Title here\n\n{sentence} Zinc is sold in pharmacies.1 Makers say it works,2 but not all.\n"
                    ) == ["1", "2"]


@pytest.mark.parametrize("text", [
    "Zinc is sold in pharmacies.1 Makers say it works,2 but not all.",
    "Zinc causes “zinc nausea.”1 Take it with food. 2\n\nCheck these before taking it:3",
])
def test_markers_flattened_onto_punctuation(text):
    assert len(dangling(f"Title here\n\n{text}\n")) >= 2


def test_a_numbered_list_closing_the_article_is_its_reference_list():
    text = ("Title here\n\nSome studies suggest that high doses of beta-carotene can harm smokers.1 Others found "
            "no effect at all in the wider population.2\n\n")
    entries = "1. World Cancer Research Fund. Supplements and cancer. 2016.\n2. Smith J, et al. A trial. BMJ. 2019.\n"
    assert codes(text + entries, select=["LM601", "LM602"]) == []
    # a closing list of tips is not one
    tips = "1. Drink water every day.\n2. Sleep well in 2024.\n"
    assert ("LM601", 3) in codes(text + tips, select=["LM601", "LM602"])


def test_a_single_bare_number_is_too_weak_a_sign():
    assert codes("Title here\n\nThe effect lasted for some time 80, then faded.\n", select=["LM601"]) == []
    assert codes("Title here\n\nThe effect lasted for some time 80, then faded.\n", select=["LM601"],
                 LM601={"min_bare_markers": 1}) == [("LM601", 3)]


def test_linked_superscripts_and_exponents_are_not_dangling():
    html = ("<html><body><article><h1>T</h1><p>Shown in trials.<sup><a href='#r1'>1</a></sup> "
            "An area of 10 cm<sup>2</sup>, and n<sup>2</sup> terms.</p></article></body></html>")
    assert codes(html, path="a.html", select=["LM601"]) == []
    html_unlinked = "<html><body><article><h1>T</h1><p>Shown in trials.<sup>1</sup></p></article></body></html>"
    assert codes(html_unlinked, path="a.html", select=["LM601"]) == [("LM601", 1)]


def test_code_blocks_are_not_prose():
    html = "<html><body><article><h1>T</h1><pre>values = [2, 3, 5]\nstep 2.\nmerge [6] fix</pre></article></body></html>"
    assert codes(html, path="a.html") == []


@pytest.mark.parametrize("sentence", [
    "Studies show that zinc shortens colds.",
    "Research has demonstrated that zinc shortens colds.",
    "According to experts, zinc shortens colds.",
    "Scientists say zinc shortens colds.",
    "Many studies have found that zinc shortens colds.",
    "Research suggests zinc shortens colds.",
    "It has been proven that zinc shortens colds.",
])
def test_vague_attributions_are_flagged(sentence):
    assert codes(f"Title here\n\n{sentence} It is cheap.\n", select=["LM602"]) == [("LM602", 3)]


@pytest.mark.parametrize("sentence", [
    "Studies show that zinc shortens colds [1].",
    "Studies show that zinc shortens colds. A 2017 Cochrane review pooled them.",
    "The researchers found that zinc shortened colds.",
    "No studies show that zinc prevents colds.",
    "Cochrane researchers found that zinc shortened colds.",
    "Do studies show that zinc works?",
    "Research suggests zinc shortens colds (Hemila, 2017).",
    "Research suggests zinc shortens colds, according to the NIH.",
])
def test_sourced_or_negated_attributions_are_not_vague(sentence):
    assert codes(f"# Title\n\n{sentence}\n" + REFS, path="a.md", select=["LM602"]) == []


def test_vague_attribution_options():
    text = "Title here\n\nInsiders reckon zinc shortens colds. It is cheap.\n"
    assert codes(text, select=["LM602"]) == []
    assert codes(text, select=["LM602"], LM602={"extra_phrases": ["insiders reckon"]}) == [("LM602", 3)]
    named = "Title here\n\nStudies show zinc helps, says the Zinc Watch group. It is cheap.\n"
    assert codes(named, select=["LM602"]) == [("LM602", 3)]
    assert codes(named, select=["LM602"], LM602={"extra_sources": ["Zinc Watch"]}) == []


@pytest.mark.parametrize("sentence, flagged", [
    ("According to Healthline, zinc shortens colds.", True),
    ("WebMD says zinc shortens colds.", True),
    ("Per Medical News Today, zinc shortens colds.", True),
    ("As reported by Verywell Health, zinc shortens colds.", True),
    ("Sites such as Healthline summarise the same trials.", False),
    ("According to the NIH, zinc shortens colds.", False),
])
def test_consumer_sites_as_evidence(sentence, flagged):
    assert (codes(f"Title here\n\n{sentence}\n", select=["LM603"]) == [("LM603", 3)]) is flagged


def test_extra_tertiary_sites():
    text = "Title here\n\nAccording to HealthyHub, zinc shortens colds.\n"
    assert codes(text, select=["LM603"]) == []
    assert codes(text, select=["LM603"], LM603={"extra_sites": ["healthyhub"]}) == [("LM603", 3)]


def test_a_dangling_marker_leaves_the_attribution_to_LM601():
    # the writer gave "Research shows" a source; that it points nowhere is LM601's one finding
    text = "Title here\n\nResearch shows kratom relieves pain 12. It is sold online 14.\n"
    assert codes(text, select=["LM601", "LM602"]) == [("LM601", 3)]
    assert dangling(text) == ["12", "14"]
    assert codes(text + "\nReferences\n\n" + "".join(f"{i}. Source {i}. 2020.\n" for i in range(1, 15)),
                 select=["LM601", "LM602"]) == []
    unmarked = "Title here\n\nResearch shows kratom relieves pain. It is sold online.\n"
    assert codes(unmarked, select=["LM601", "LM602"]) == [("LM602", 3)]


def test_links_to_consumer_sites_offered_as_evidence():
    text = ("# Zinc\n\nStudies show that [zinc shortens colds](https://www.healthline.com/zinc).\n\n"
            "Zinc is found in seeds ([more about zinc](https://www.webmd.com/zinc)).\n\n"
            "According to [this page](https://en.wikipedia.org/wiki/Zinc), zinc heals wounds.\n\n"
            "A review found shorter colds ([Hemila, 2017](https://pubmed.ncbi.nlm.nih.gov/28515951/)).\n")
    found = lint(text, path="a.md", select=["LM603"])
    assert [(c, l) for c, l, _ in found] == [("LM603", 3), ("LM603", 7)]
    assert "healthline.com" in found[0][2] and "en.wikipedia.org" in found[1][2]


def test_every_vague_phrase_holds_one_of_its_anchor_words():
    """A sentence without an anchor word is not searched for the phrases: each must hold one."""
    from lint_med_core._data import load

    data = load("citations_vague_attribution")
    for phrase in data["phrases"]:
        assert any(anchor in phrase for anchor in data["phrase_anchors"]), phrase


@pytest.mark.parametrize("path, text", [
    ("a.txt", "Recovery\n\nResearch\u2011backed care eases pain.\n"),
    ("a.md", "# Recovery\n\nResearch\u2011backed care eases pain.\n"),
    ("a.html", "<html><body><h1>Recovery</h1><p>Research\u2011backed care eases pain.</p></body></html>"),
])
def test_a_non_breaking_hyphen_is_a_hyphen_in_every_format(path, text):
    # folded where each parser builds a block's text (same length), so every rule reads "research-backed"
    from lint_med.parsers import html, markdown, text as plain

    parser = {"a.txt": plain, "a.md": markdown, "a.html": html}[path]
    blocks = [block.text for block in parser.parse(text, path, {}).blocks]
    assert any("Research-backed" in block for block in blocks) and not any("\u2011" in block for block in blocks)
    assert codes(text, path, select=["LM602"]) == [("LM602", 3 if path != "a.html" else 1)]


def test_an_expert_quoted_after_a_role_with_modifiers_speaks_for_the_quote():
    # the speaker named before a colon, with a role of several words ("family sleep therapist"): the
    # unnamed "studies" inside the quotation are that expert's words, not the page's own appeal
    quote = ("There is little reason for panic, says family sleep therapist Mara Lindqvist: \u201cWe see that "
             "evening use matters less. The real problem \u2013 as studies show \u2013 is the lost hour.\u201d")
    bare = "Studies show that screens ruin sleep in every child."
    for path, text in (("a.txt", f"Screens\n\n{quote}\n\n{bare}\n"), ("a.md", f"# Screens\n\n{quote}\n\n{bare}\n"),
                       ("a.html", f"<html><body><article><h1>Screens</h1><p>{quote}</p><p>{bare}</p>"
                                  f"</article></body></html>")):
        found = lint(text, path, select=["LM602"])
        assert [m for _, _, m in found] == ["Vague attribution 'Studies show' with no source: "
                                            "which studies, which experts?"], path
    # the same words with no speaker are the page's own
    assert len(lint(f"Screens\n\n{quote.replace('says family sleep therapist Mara Lindqvist', 'we say')}\n\n{bare}\n",
                    select=["LM602"])) == 2


@pytest.mark.parametrize("path, wrap", [("a.txt", "Stones\n\n{}\n"), ("a.md", "# Stones\n\n{}\n"),
                                        ("a.html", "<html><body><article><h1>Stones</h1><p>{}</p></article></body></html>")])
def test_a_person_found_to_have_something_is_a_diagnosis_not_research(path, wrap):
    for sentence in ("You have been found to have a small stone and can go home with pain relief.",
                     "Your son has been found to have a narrow valve, so he will see a surgeon."):
        assert codes(wrap.format(sentence), path, select=["LM602"]) == [], sentence
    # a remedy as the subject: research invoked with no source
    assert codes(wrap.format("Lemon juice has been found to dissolve stones within a week."), path,
                 select=["LM602"]) == [("LM602", 3 if path != "a.html" else 1)]


# Evidence named inside a condition is a criterion for what follows, not a claim that such
# evidence exists (session 15): any evidence noun, any conditional word, in text, Markdown and HTML.
@pytest.mark.parametrize("sentence", [
    "The clinic will refer you, unless your scan is clear or there is evidence that the cyst has shrunk.",
    "If there is evidence of a bacterial infection, the nurse may suggest an antibiotic cream.",
    "Treatment stops only if blood tests show that the kidneys are struggling.",
    "Your pharmacist will check whether research shows any clash with your other tablets.",
    "The vaccine will be offered to toddlers provided that trials show it is safe for them.",
    "Die Behandlung wird erstattet, wenn Studien zeigen, dass sie wirkt.",
])
@pytest.mark.parametrize("path, wrap", [("a.txt", "Cysts\n\n{}\n"), ("a.md", "# Cysts\n\n{}\n"),
                                        ("a.html", "<html><body><h1>Cysts</h1><p>{}</p></body></html>")])
def test_evidence_inside_a_condition_is_not_an_attribution(sentence, path, wrap):
    assert codes(wrap.format(sentence), path=path, select=["LM602"]) == []


@pytest.mark.parametrize("sentence", [
    "If you have pain, studies show that a warm compress helps most people.",  # the condition ends at the comma
    "Research shows that cysts shrink if you rest.",  # the condition comes after the attribution
    "If studies are to be believed, the cream clears cysts in a week.",  # leaning on the studies
])
def test_an_attribution_outside_the_condition_is_still_vague(sentence):
    assert codes(f"Cysts\n\n{sentence}\n", select=["LM602"]) == [("LM602", 3)]


# "Health officials" in a story that has said whose officials speak ("officials in <place>") are
# those officials; with no such naming they stay vague.
@pytest.mark.parametrize("place", ["Costa Rica", "the Ministry of Health", "Bavaria"])
def test_officials_after_the_story_said_whose_they_are(place):
    text = (f"Outbreak\n\nHealth officials in {place} said 300 people have fallen ill this month.\n\n"
            "The outbreak has spread to three towns.\n\n"
            "Health authorities said they were surprised by how fast it spread.\n")
    assert codes(text, select=["LM602"]) == []


def test_officials_nobody_has_placed_stay_vague():
    text = ("Outbreak\n\nThe outbreak has spread to three towns this month.\n\n"
            "Health authorities said they were surprised by how fast it spread.\n")
    assert codes(text, select=["LM602"]) == [("LM602", 5)]


# A copy cut off mid-sentence at the end of the text, in an article that cites by markers: the
# last sentence's marker may stand past the cut (session 15). Its attribution and figure are not
# reported; the same sentence finished, or on a page with no markers, still is.
_CITED = ("Sleep apnoea\n\nSnoring affects many adults (1). Weight loss eases it in some people (2).\n\n"
          "Mouth guards help people who cannot use a mask (3).\n\n{}\n")
_CUT = ["Randomised trials have shown that the guard lowers the number of pauses in 55% of patients, improves",
        "Research suggests that nasal sprays help about a third of adults with mild snoring and also",
        "Studies show the device cuts daytime sleepiness in 40% of users after a month of nightly use, as well as",
        "Estudios clínicos han demostrado una mejoría del sueño en el 60% de los pacientes, con menos",
        "Experts say positional therapy works for half of people whose pauses happen on their back, and"]


@pytest.mark.parametrize("cut", _CUT)
@pytest.mark.parametrize("path, wrap", [("a.txt", "{}"), ("a.md", "# {}"),
                                        ("a.html", "<html><body><article>{}</article></body></html>")])
def test_a_sentence_cut_by_the_end_of_a_cited_text_may_have_its_marker_past_the_cut(cut, path, wrap):
    text = _CITED.format(cut)
    if path == "a.html":
        title, *paragraphs = [p for p in text.split("\n\n") if p.strip()]
        text = wrap.format(f"<h1>{title}</h1>" + "".join(f"<p>{p.strip()}</p>" for p in paragraphs))
    elif path == "a.md":
        text = wrap.format(text)
    assert codes(text, path=path, select=["LM501", "LM602"]) == []


@pytest.mark.parametrize("cut", _CUT)
def test_a_finished_sentence_or_an_uncited_page_is_still_read(cut):
    finished = codes(_CITED.format(cut + " daytime naps."), select=["LM501", "LM602"])
    uncited = codes(re.sub(r" \(\d\)", "", _CITED.format(cut)), select=["LM501", "LM602"])
    assert finished and uncited, (finished, uncited)


# An abbreviation the article spells out as a name (its initials in brackets) names that body
# wherever it comes back: officials beside it are that body's (session 15).
@pytest.mark.parametrize("name, acronym", [("National Dengue Control Unit", "NDCU"),
                                           ("Centre for Health Protection", "CHP"),
                                           ("Regional Office of Food Safety", "ROFS"),
                                           ("Agence Nationale de la Sécurité", "ANS"),
                                           ("Tick Borne Illness Response Team", "TBIRT")])
def test_officials_beside_an_abbreviation_spelled_out_earlier(name, acronym):
    text = (f"Outbreak\n\nCases rose to 900 this spring, according to the {name} ({acronym}).\n\n"
            f"The {acronym} is asking residents to clear standing water.\n"
            "Health officials have also stressed early testing.\n")
    assert codes(text, select=["LM602"]) == []
    # brackets that do not hold the name's initials define nothing
    unspelled = text.replace(f"the {name} ({acronym})", f"the Weekly Bulletin ({acronym})")
    assert codes(unspelled, select=["LM602"]) == [("LM602", 6)]


@pytest.mark.parametrize("line", ["MORE: Studies show coffee may protect the liver",
                                  "(Read also: Experts say naps make you sharper)",
                                  "Lire aussi : Research suggests walking eases back pain"])
def test_an_attribution_in_another_story_teaser_is_not_the_article_s(line):
    text = f"Sleep\n\nA nap helps some people feel rested.\n\n{line}\n\nShort naps are best early in the afternoon.\n"
    assert codes(text, select=["LM602"]) == []
    assert codes(text.replace(line, line.split(":", 1)[1].strip(" ()") + "."), select=["LM602"]) == [("LM602", 5)]


def vague_in(text: str) -> bool:
    """Whether LM602 reports the text, as the one paragraph of a Markdown page."""
    return bool(codes("# Title\n\n" + text + "\n", path="a.md", select=["LM602"]))


# careful41 (session 16). Family: an attribution that rests no claim on its source. A camp's
# objection that evidence is missing only reports the state of the evidence; experts' own word
# that there is none still rests a finding on unnamed authority. Sentences invented here.
@pytest.mark.parametrize("text, fires", [
    ("Many people swear by cupping, while critics point out the lack of solid scientific studies behind it.", False),
    ("Skeptics note that there is little clinical evidence for ear candling.", False),
    ("Sceptics say the absence of human trials makes the claims premature.", False),
    ("Critics point out that studies show the device lowers blood pressure.", True),
    ("The posts say the pill melts fat, but nutrition experts say there is no evidence supporting that.", True),
    ("Proponents claim the mat improves sleep, and critics warn it is expensive.", True),
])
def test_a_camps_objection_that_evidence_is_missing_is_no_appeal(text, fires):
    assert vague_in(text) is fires


def test_a_camps_objection_in_an_html_faq():
    page = ("<html><body><article><h1>Grounding mats: questions</h1><ul>"
            "<li>Do they work? Critics point out the lack of solid studies on grounding mats.</li>"
            "<li>Why are they popular? Proponents say studies show grounding mats improve sleep.</li>"
            "</ul></article></body></html>")
    assert [code for code, _ in codes(page, path="a.html", select=["LM602"])] == ["LM602"]


# Evidence the attribution itself calls anecdote invokes users' stories: no study to name; not when
# its clause also invokes research.
@pytest.mark.parametrize("text, fires", [
    ("Some anecdotal evidence suggests that ginger settles the stomach faster than mint.", False),
    ("Anecdotal reports suggest that the balm soothes itching within an hour.", False),
    ("Although trials are lacking, anecdotal evidence suggests that the gel calms sunburn.", False),
    ("Preliminary studies and anecdotal evidence support the claims about lion's mane.", True),
    ("Studies show that the balm soothes itching within an hour.", True),
])
def test_evidence_called_anecdote_names_no_study_to_ask_for(text, fires):
    assert vague_in(text) is fires


def test_anecdote_in_a_markdown_list():
    text = "# Tea tree oil\n\n- Anecdotal evidence suggests it clears spots in a week.\n- Experts say it clears spots in a week.\n"
    assert codes(text, path="a.md", select=["LM602"]) == [("LM602", 4)]


# Health professionals by any generic name ("health care providers", "practitioners"), as
# "professionals": unnamed people invoked for a recommendation.
@pytest.mark.parametrize("text, fires", [
    ("When the infection comes back, many health care providers recommend a second course.", True),
    ("Many practitioners recommend the tincture for sleep.", True),
    ("Healthcare providers at the Mayo Clinic recommend a consultation first.", False),
    ("Insurance providers say the plan covers the test.", False),
    ("Our providers recommend a consultation before the first dose.", False),
])
def test_health_providers_are_unnamed_people(text, fires):
    assert vague_in(text) is fires


# Portuguese attributions, as the Spanish ones (pages in Portuguese: `_language`); a negation or a
# name after them ("da Universidade ...") keeps them quiet. The texts are long enough to tell the language.
_PT_OPENING = ("O gengibre é usado há séculos em muitas cozinhas do mundo, e hoje aparece em chás, balas e "
               "cápsulas vendidos em farmácias de todo o país. ")
_PT_CLOSING = (" É importante lembrar que o chá não substitui a consulta com o médico, e que grávidas devem "
               "conversar com o obstetra antes de usar qualquer suplemento.")


@pytest.mark.parametrize("sentence, fires", [
    ("Estudos mostram que o chá de gengibre alivia o enjoo da gravidez em poucos dias.", True),
    ("Segundo especialistas, o cravo também ajuda a reduzir a inflamação da gengiva.", True),
    ("Os médicos recomendam beber duas xícaras por dia.", True),
    ("Está cientificamente comprovado que o gengibre acalma o estômago.", True),
    ("Poucos estudos mostram algum efeito do gengibre sobre a enxaqueca.", False),
    ("Os especialistas da Universidade de São Paulo recomendam duas xícaras por dia.", False),
])
def test_portuguese_attributions(sentence, fires):
    text = "# Chá de gengibre\n\n" + _PT_OPENING + sentence + _PT_CLOSING + "\n"
    assert bool(codes(text, path="a.md", select=["LM602"])) is fires


def test_a_spanish_negation_keeps_few_studies_quiet():
    opening = ("El jengibre se usa desde hace siglos en muchas cocinas del mundo y hoy aparece en tés, caramelos "
               "y cápsulas que se venden en farmacias. ")
    closing = (" Es importante recordar que el té no sustituye la consulta con el médico, y que las embarazadas "
               "deben hablar con su obstetra antes de usar cualquier suplemento.")
    few = "Pocos estudios muestran algún efecto del jengibre sobre la migraña."
    many = "Los estudios muestran que el té de jengibre alivia las náuseas del embarazo."
    assert codes("# Jengibre\n\n" + opening + few + closing + "\n", path="a.md", select=["LM602"]) == []
    assert codes("# Jengibre\n\n" + opening + many + closing + "\n", path="a.md", select=["LM602"]) == [("LM602", 3)]


# A news story names the study it reports by its authors' place, also set off by a comma ("wrote the
# authors, from the London Health Sciences Center"): its ", a review shows" points to that study.
@pytest.mark.parametrize("second, fires", [
    ("Taping helped only mild cases, wrote the authors, from the London Health Sciences Center in Ontario.", False),
    ("The researchers, who work at the University of Leeds, tested 40 candles.", False),
    ("The team, all from Karolinska Institutet, pooled twelve studies.", False),
    ("The researchers tested 40 candles, from cheap to premium.", True),
    ("Taping helped only mild cases, wrote the authors.", True),
])
def test_a_study_named_by_its_authors_place_after_a_comma(second, fires):
    assert vague_in("Ear candles do not remove wax, a new review shows. " + second) is fires


def test_a_study_named_by_its_authors_place_in_html_news():
    page = ("<html><body><article><h1>Ear candles</h1><p>Ear candles do not remove wax, a review shows.</p>"
            "<p>The authors, from Uppsala University, pooled twelve trials.</p></article></body></html>")
    assert codes(page, path="a.html", select=["LM602"]) == []
    unnamed = page.replace(", from Uppsala University,", "")
    assert [code for code, _ in codes(unnamed, path="a.html", select=["LM602"])] == ["LM602"]


# A camp's stance reported and then weighed against the evidence in its sentence or the next three
# ("Supporters of chelation recommend it ... EDTA's unproven ability"), as an opinion is: the page
# reports a dispute, it rests no claim on the camp.
@pytest.mark.parametrize("text, fires", [
    ("Supporters of chelation recommend it for heart disease. Its benefit for the arteries is unproven.", False),
    ("Proponents say the diet reverses diabetes. There is no good evidence that it does.", False),
    ("Advocates claim the unproven drops improve eyesight.", False),
    ("Advocates claim the drops improve eyesight.", True),
    ("Proponents say the diet reverses diabetes. Many people try it every January.", True),
])
def test_a_camps_stance_weighed_against_the_evidence(text, fires):
    assert vague_in(text) is fires


def test_a_camps_stance_weighed_in_the_next_html_paragraph():
    page = ("<html><body><article><h1>Ozone therapy</h1><p>Supporters of ozone therapy recommend it for "
            "infections.</p><p>{}</p></article></body></html>")
    assert codes(page.format("Its benefit remains unproven."), path="a.html", select=["LM602"]) == []
    assert len(codes(page.format("It is given in clinics."), path="a.html", select=["LM602"])) == 1


# Someone's belief or claim reported with the evidence inside it ("because they believe they are backed
# by science"): the holder's appeal (a pronoun or a name), which the page reports; not unnamed holders.
@pytest.mark.parametrize("text, fires", [
    ("A Gallup poll of 1,200 adults found that a third back the ban because they believe it is backed by science.", False),
    ("The minister's claims that the diet is based on science were rejected by the panel.", False),
    ("Gomez insists that studies prove the pills melt fat, but the regulator disagrees.", False),
    ("Many people believe studies show that the pills melt fat.", True),
    ("They believe the pills work, and studies show they are safe.", True),
])
def test_an_appeal_inside_a_reported_belief_is_the_holders(text, fires):
    assert vague_in(text) is fires


def test_a_reported_belief_in_a_markdown_quote_block():
    text = "# Poll\n\n> Most parents say they trust the schedule because they believe it is backed by science.\n"
    assert codes(text, path="a.md", select=["LM602"]) == []


# --- "Reports" bare, after a paragraph that names who reported (session 17) ----------------------------------

@pytest.mark.parametrize("text", [
    # a product recall notice, a court story, a school closure notice, a ferry incident story
    "Kettle recall\n\nThe Office for Product Safety received complaints about the kettles in May.\n\n"
    "Reports indicated burns to the hands and arms in several homes.\n",
    "Clinic inquest\n\nThe inquest opened this week, the Yorkshire Post reported. The coroner heard from two "
    "nurses. Reports suggest the family will appeal.\n",
    "School closed\n\nThe Kent County Health Department said on Friday that it had been told of a stomach bug at the "
    "school. Parents were sent home early. Reports indicated that most pupils recovered within two days.\n",
    "Ferry illness\n\nAccording to the Maritime and Coastguard Agency, 40 passengers fell ill on the crossing. "
    "Crew handed out water. Staff opened the windows. Reports suggest the cause was a kitchen fault.\n",
])
def test_reports_after_a_named_reporter_are_those_reports(text):
    assert lint(text) == []


@pytest.mark.parametrize("text", [
    "Kettle recall\n\nSome kettles were sold in May.\n\nReports indicated burns to the hands and arms in several homes.\n",
    "Turmeric and joints\n\nMany people take turmeric. Reports suggest it eases stiff knees within a week.\n",
])
def test_reports_with_nobody_named_stay_vague(text):
    assert [code for code, *_ in lint(text)] == ["LM602"]


# A relative clause between the unnamed evidence noun and its verb, and any plural
# "-ist" profession as the unnamed agent: the family, in page kinds no labelled page has
# (a recipe card, a forum reply, a pet-care FAQ, an HTML product sheet).
@pytest.mark.parametrize("path, text", [
    ("a.md", "# Ginger tea recipe\n\nSteep for five minutes. Studies that were run over many years have confirmed "
             "that ginger settles the stomach.\n"),
    ("a.txt", "Re: knee pain\n\nTrials which were carried out abroad clearly showed that the brace cures arthritis.\n"),
    ("a.md", "# Cat care FAQ\n\nResearch that has been published recently has established that fish oil heals "
             "kidney disease in cats.\n"),
    ("a.html", "<html><body><h1>Sleep drops</h1><p>Scientists have repeatedly demonstrated that these drops end "
               "insomnia.</p></body></html>"),
    ("a.txt", "Herbal bitters\n\nHerbalists have warned that the bitters can damage the liver.\n"),
    ("a.md", "# Reflux\n\nGeneticists agree; toxicologists also advise "
             "against the powder.\n"),
    ("a.md", "# Foot care\n\nPodiatrists say the insoles cure plantar fasciitis.\n"),
    ("a.html", "<html><body><h1>Vision</h1><p>Optometrists have long maintained that the drops reverse "
               "cataracts.</p></body></html>"),
])
def test_relative_clause_and_profession_attributions_are_vague(path, text):
    assert "LM602" in [code for code, _ in codes(text, path, select=["LM602"])]


@pytest.mark.parametrize("text", [
    "Ginger\n\nStudies that are needed have not been run yet.\n",  # a call for evidence (no verb of showing)
    "Ginger\n\nMore studies are needed before anyone recommends ginger.\n",
    "Ginger\n\nThe 2019 GINGER trial, which enrolled 300 adults, showed a small effect (Lee et al., 2020).\n",
    "Ginger\n\nTourists have warned each other about the stalls. Journalists have reported on the market.\n",
    "Ginger\n\nThe artists say the mural took a week. Cyclists said the road was closed.\n",
    "Ginger\n\nTake 400 mg per day with food.\n",
])
def test_named_studies_calls_for_research_and_other_ists_stay_quiet(text):
    assert "LM602" not in [code for code, _ in codes(text, select=["LM602"])]
