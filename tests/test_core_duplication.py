"""LM801 repeated-sentence: exact and near repeats, the line of the first, and what is skipped."""


from lint_med import lint_text
from lint_med.config import parse_table


def lint(text, path="a.md", **options):
    config = parse_table({"select": ["LM801"], "rules": {"LM801": options} if options else {}}, None)
    return [(f.line, f.message) for f in lint_text(text, path=path, config=config)]


BASE = "Regular blood tests show whether the medicine is working as expected."


def test_exact_repeat_is_reported_at_the_second_with_the_line_of_the_first():
    text = f"# Title\n\n{BASE} It is taken daily.\n\nSomething else entirely here today.\n\n- {BASE.upper()}\n"
    found = lint(text)
    assert found == [(7, "This sentence repeats, word for word, the sentence at line 3")]


def test_near_repeat_with_one_changed_word_in_a_long_sentence():
    first = "People who have taken this medicine for more than four years should have their vitamin level checked."
    second = "People who have taken this medicine for more than four years should have their vitamin levels checked."
    found = lint(f"{first}\n\nA different paragraph sits between them.\n\n{second}\n", path="a.txt")
    assert found == [(5, "This sentence nearly repeats the sentence at line 1")]
    # similarity 1.0 turns near-duplicates off
    assert lint(f"{first}\n\nA different paragraph.\n\n{second}\n", path="a.txt", similarity=1.0) == []


def test_sentences_sharing_a_template_are_not_near_repeats():
    text = ("Tell your doctor if you are pregnant or plan to become pregnant soon.\n\n"
            "Tell your doctor if you are breastfeeding or plan to breastfeed your baby.\n")
    assert lint(text, path="a.txt") == []


def test_short_sentences_table_cells_and_quotes_are_skipped():
    assert lint("Ask your pharmacist.\n\nAsk your pharmacist.\n", path="a.txt") == []
    html = (f"<html><body><article><p>{BASE}</p><blockquote>{BASE}</blockquote>"
            f"<table><tr><td>{BASE}</td></tr><tr><td>{BASE}</td></tr></table></article></body></html>")
    assert lint(html, path="a.html") == []
    # the option decides: without skipped kinds, the quote repeats the paragraph
    # one sentence written four times: one finding at its first copy, counting the others
    assert lint(html, path="a.html", skip_kinds=[]) == [
        (1, "This sentence repeats, word for word, the sentence at line 1; it is written 2 more times, at line 1")]


def test_many_sentences_sharing_stock_phrases_are_not_repeats():
    """Distinct sentences built on one template share most shingles with many others: none of them is a
    near-repeat at a high bar. (How the cost grows with the number of sentences is measured by
    benchmarks/bigfile.py, not by a timed test.)"""
    sentences = [f"Patients in group {i} took the tablet at {i % 24} hours with water and food." for i in range(3000)]
    text = "\n\n".join(" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5))
    assert lint(text, path="a.txt", similarity=0.99) == []


def test_reference_lists_repeat_by_nature_and_are_skipped():
    plain = "The national library keeps a copy of the report in its main reading room."
    text = f"# Title\n\nSome body text that is long enough to count here.\n\n## References\n\n- {plain}\n- {plain}\n"
    assert lint(text) == []  # under a References heading
    assert len(lint(text.replace("## References", "## Where to read it"))) == 1
    entry = "Archived from the original on 11 May 2011 by the national library service."
    assert lint(text.replace("## References", "## Where to read it").replace(plain, entry)) == []  # reads like a reference


def test_the_length_shortcut_never_skips_a_sentence_with_enough_words():
    """Sentences too short to hold `min_words` words are skipped before tokenising; a
    non-ASCII one is tokenised anyway, since NFKC turns "¼" into the words 1 and 4."""
    ascii_text = "# T\n\nA b c.\n\nA b c.\n"  # 5 characters, 3 words: exactly the bound
    assert lint(ascii_text, min_words=3) == [(5, "This sentence repeats, word for word, the sentence at line 3")]
    fractions = "# T\n\n¼ ½.\n\nOther words here.\n\n¼ ½.\n"  # 4 characters, 4 words after NFKC
    assert lint(fractions, min_words=4) == [(7, "This sentence repeats, word for word, the sentence at line 3")]


SPUN_FIRST = ("Vitamin D is a nutrient made in the skin in sunlight that helps the body to absorb calcium, it is also "
              "sold as a supplement in drops and tablets, and because of its low price and wide availability, vitamin D "
              "has become one of the most popular supplements for adults in the winter months.")
SPUN_SECOND = ("Vitamin D is a substance produced in the skin in daylight which helps the body to take up calcium, it is "
               "also sold as a remedy in drops or capsules, and as a result of its low price and wide availability, "
               "vitamin D has also become one of the most popular supplements for older people in the winter months.")


def test_reworded_sentence_is_reported_with_the_line_of_the_first():
    text = f"{SPUN_FIRST}\n\nA different paragraph sits between the two versions.\n\n{SPUN_SECOND}\n"
    found = lint(text, path="a.txt")
    assert [(line, message.split(":")[0]) for line, message in found] == [
        (5, "This sentence rewords the sentence at line 1")]
    assert lint(text, path="a.txt", reworded_runs=0) == []  # the test turned off


LIGHT_FIRST = ("Most people who take the new tablets every morning notice less joint pain within the first two "
               "weeks of regular use.")
LIGHT_SECOND = ("Most people who use the new tablets every morning observe less joint pain within the initial two "
                "weeks of regular use.")


def test_lightly_spun_sentence_is_a_reworded_sentence():
    """Three words swapped for near-synonyms, far apart: three shared runs cover most of the sentence, too few
    shingles for a near-duplicate and too few runs for a heavily spun one."""
    text = f"{LIGHT_FIRST}\n\nA different paragraph sits between the two versions.\n\n{LIGHT_SECOND}\n"
    found = lint(text, path="a.txt")
    assert [(line, message.split(":")[0]) for line, message in found] == [
        (5, "This sentence rewords the sentence at line 1")]
    assert lint(text, path="a.txt", reworded_runs=0) == []  # the test turned off


def test_sentences_sharing_a_template_but_not_their_facts_are_not_reworded():
    """Parallel sentences differ where a spinner does not touch: a number, a name."""
    dose = LIGHT_FIRST.replace("take the", "take 10 mg of the")
    other_dose = LIGHT_SECOND.replace("use the", "use 20 mg of the")
    assert lint(f"{dose}\n\nA paragraph between.\n\n{other_dose}\n", path="a.txt") == []
    named = LIGHT_FIRST.replace("the new tablets", "Fenbrix tablets")
    other_name = LIGHT_SECOND.replace("the new tablets", "Zolvamet tablets")
    assert lint(f"{named}\n\nA paragraph between.\n\n{other_name}\n", path="a.txt") == []


def test_a_line_printed_three_times_in_a_row_is_one_finding():
    promo = "Free delivery on every second order"
    text = f"# Fenbrix tablets\n\n{promo}\n\n{promo}\n\n{promo}\n\n{BASE}\n"
    assert lint(text) == [(5, "This line is printed 3 times in a row, from line 3")]
    assert lint(text.replace(f"{promo}\n\n", "", 1)) == []  # twice, among no running text: furniture
    # the page's title printed again and again at the top is furniture
    title = "Fenbrix tablets for joint pain"
    assert lint(f"# {title}\n\n{title}\n\n{title}\n\n{title}\n\n{BASE}\n") == []
    # a label of few words ("Read more") is not a line pasted again
    assert lint(f"# T\n\nRead more\n\nRead more\n\nRead more\n\n{BASE}\n") == []


def test_restated_clause_is_not_a_reworded_sentence():
    """A body sentence that takes up the lede's finding shares one long run, not many."""
    lede = ("Adults over 70 who walked for at least 30 minutes a day had fewer falls over two years than those "
            "who walked less, according to a cohort study from Bergen.")
    body = ("After adjusting for age and earlier falls, the researchers found that adults over 70 who walked for at "
            "least 30 minutes a day had a fifth fewer falls than the least active.")
    assert lint(f"{lede}\n\nParticipants wore step counters.\n\n{body}\n", path="a.txt") == []


def test_embed_code_in_the_text_is_not_a_repeated_sentence():
    embed = '<iframe src="" width="100%" height="290" frameborder="0" title="embedded audio player">'
    text = f"  • Download\n  • {embed}\n\n{BASE}\n\n  • Download\n  • {embed}\n"
    assert lint(text, path="a.txt") == []
    assert lint(f"{BASE}\n\nA paragraph.\n\n{BASE}\n", path="a.txt") != []  # prose still compared


def test_words_said_twice_in_a_row_are_quoted_as_written():
    # list items pasted twice and run together; the message quotes the text, not its word key
    text = ("# Care at home\n\nAfter the shot, Keep the dressing dry, avoid hot baths Keep the dressing dry, "
            "avoid hot baths for two days.\n")
    found = lint(text)
    assert found == [(3, 'This sentence says the same words twice in a row ("Keep the dressing dry, avoid hot baths")')]


def test_the_shortest_run_said_twice_in_a_row_is_found_and_one_repeated_shingle_is_not():
    # four words twice in a row say two of their three-word shingles again: the least the pre-test lets through
    text = "# Rash care\n\nPatients should wear loose cotton clothing wear loose cotton clothing during the hot summer months.\n"
    assert lint(text) == [(3, 'This sentence says the same words twice in a row ("wear loose cotton clothing")')]
    # three words said twice in a row (one shingle said again) are below the bar, with or without the pre-test
    text = "# Rash care\n\nPatients should wear loose clothing wear loose clothing during the hot summer months.\n"
    assert lint(text) == []
    # with one-word shingles, every word said again counts: the run is still found
    text = "# Rash care\n\nPatients should wear loose cotton clothing wear loose cotton clothing during the hot summer months.\n"
    assert lint(text, shingle_size=1) == [(3, 'This sentence says the same words twice in a row ("wear loose cotton clothing")')]


def test_a_paragraph_pasted_twice_is_one_finding_over_the_copy():
    one = "Regular blood tests show whether the medicine is working as expected."
    two = "Your nurse will tell you how often to have them during the first year."
    other = "Most people feel no different for the first few weeks of taking it."
    config = parse_table({"select": ["LM801"]}, None)
    text = f"# T\n\n{one} {two}\n\n{other}\n\n{one} {two}\n"
    found = list(lint_text(text, path="a.md", config=config))
    assert [(f.line, f.column, f.end_line, f.message) for f in found] == [
        (7, 1, 7, "These 2 sentences repeat, word for word, the 2 sentences from line 3")]
    assert found[0].end_column == len(f"{one} {two}") + 1
    # the same two sentences copied in the other order: two copies, two findings
    text = f"# T\n\n{one} {two}\n\n{other}\n\n{two} {one}\n"
    assert len(list(lint_text(text, path="a.md", config=config))) == 2


def test_a_sentence_written_again_on_several_lines_names_each_line():
    text = "\n\n".join([BASE, "Rest is the usual advice for a sprain.", BASE,
                       "Ice helps in the first two days.", BASE, "A bandage gives support.", BASE]) + "\n"
    assert lint(text, path="a.txt") == [
        (5, "This sentence repeats, word for word, the sentence at line 1; it is written 2 more times, at lines 9, 13")]


def test_a_sentence_copied_with_a_phrase_swapped_or_left_out():
    first = ("Dorvexa is a nasal spray used to ease the blocked nose caused by seasonal allergies, "
             "such as hay fever and dust mite allergy.")
    second = ("Dorvexa is used to ease the blocked nose caused by seasonal allergies including hay fever "
              "and dust mite allergy.")
    found = lint(f"{first}\n\nMost people use it once a day in each nostril for a month.\n\n{second}\n", path="a.txt")
    assert found == [(5, "This sentence repeats the sentence at line 1 with a phrase swapped or left out")]


def test_a_sentence_restated_with_content_words_swapped_is_no_phrase_copy():
    # two swaps (the opening and the verb): restated in other words; a content word swapped: another fact;
    # a negation added: the opposite
    first = "In recent years there has been a growing interest in using cold water swimming for low mood."
    other = "However, there is a growing interest in using cold water swimming for low mood."
    fact = "In recent years there has been a growing interest in using cold water swimming for joint pain."
    negated = "In recent years there has not been a growing interest in using cold water swimming for low mood."
    for second in (other, fact, negated):
        found = lint(f"{first}\n\nA short paragraph stands between the two here.\n\n{second}\n", path="a.txt")
        assert not any("phrase swapped" in message for _, message in found), second


def test_a_title_printed_again_with_a_label_is_furniture():
    title = "Can a daily walk after dinner really lower your blood sugar over a whole week?"
    body = ("Blood sugar rises after a meal. A short walk uses some of that sugar in the muscles, "
            "and small trials found lower readings after a walk.")
    for labelled in (f"Video: {title}", f"वीडियो: {title}", f"Watch now - {title} | HealthTube"):
        text = f"Contents:\n\n{title}\n{title}\n\n{labelled}\n\n{body}\n\n{labelled}\n"
        assert lint(text, path="a.txt") == [], labelled
    # a sentence of the running text printed again is still reported
    text = f"{title}\n\n{body}\n\nVideo: {title}\n\nOther words stand here, and they say something else.\n\n{body}\n"
    assert [line for line, _ in lint(text, path="a.txt")] == [9]


FILLER = "\n\n".join(["A walk after lunch is pleasant in the spring.", "Many people enjoy a quiet evening at home.",
                      "The garden needs water twice a week in summer."])


def test_a_spun_restatement_far_down_the_page_is_reported():
    """A spinner swaps content words for synonyms and cuts clauses: the two sentences open on the same words
    and keep most of their content words in order, several paragraphs apart (here shorter than 12 words)."""
    first = "Ginger tea relaxes the stomach muscles that push the trapped gas out of your gut."
    spun = "Ginger tea relaxes stomach muscles, which push your trapped gas."
    found = lint(f"# Title\n\n{first}\n\n{FILLER}\n\n{spun}\n")
    assert found == [(11, "This sentence rewords the sentence at line 3: long runs of their words match in the same "
                         "order, with words swapped between them (spun text)")]
    synonyms = "Ginger tea, sometimes called a medical herbal infusion, is a gentle alternative to antacid tablets for adults."
    swapped = "Ginger tea, often called a medicinal herbal infusion, is a gentle substitute for chemical antacids."
    assert [line for line, _ in lint(f"# Title\n\n{synonyms}\n\n{FILLER}\n\n{swapped}\n")] == [11]


def test_restatements_next_to_each_other_in_lists_or_differing_in_facts_are_not_spun():
    first = "Ginger tea relaxes the stomach muscles that push the trapped gas out of your gut."
    spun = "Ginger tea relaxes stomach muscles, which push your trapped gas."
    assert lint(f"# Title\n\n{first}\n\nA walk after lunch is pleasant.\n\n{spun}\n") == []  # near: a summary
    assert lint(f"# Title\n\n- {first}\n- {FILLER.replace(chr(10) * 2, chr(10) + '- ')}\n- {spun}\n") == []  # one list
    dose = "Take the blue tablet with 200 ml of water before breakfast each morning."
    other = "Take the blue tablet with 500 ml of water before dinner each evening."
    assert lint(f"# Title\n\n{dose}\n\n{FILLER}\n\n{other}\n") == []  # a template: its facts differ
    frame = "Tell your doctor straight away if you notice stomach pain, nausea or vomiting."
    second = "Tell your doctor straight away if you notice chest pain, a rash or swelling."
    assert lint(f"# Title\n\n{frame}\n\n{FILLER}\n\n{second}\n") == []  # a frame: its subject words differ


# A one-sentence standfirst above the first heading, printed again as the first sentence of the lede
# (dup40). Invented, in five languages and three formats; the copy is reported at its line.
STANDFIRSTS = [
    ("Winter brings more cases of norovirus to care homes, where it spreads quickly between residents.",
     "Staff who catch it should stay home for two days after the last symptom.", "What staff can do"),
    ("La temporada de lluvias trae cada año un aumento de los casos de leptospirosis en los barrios bajos.",
     "Los médicos piden evitar el agua estancada y usar botas al limpiar las casas.", "Cómo protegerse"),
    ("Mit dem Frühling beginnt für viele Menschen mit Heuschnupfen wieder eine schwierige Zeit im Freien.",
     "Eine Apotheke kann zu rezeptfreien Tabletten und Nasensprays beraten.", "Was hilft"),
    ("Les vagues de chaleur augmentent le risque de déshydratation chez les personnes âgées qui vivent seules.",
     "Les mairies tiennent un registre des personnes à appeler pendant une alerte.", "Les bons réflexes"),
    ("Memasuki musim kemarau, kasus infeksi saluran pernapasan pada anak kembali meningkat di banyak kota.",
     "Orang tua diminta memperhatikan demam yang tidak turun setelah tiga hari.", "Yang perlu diwaspadai"),
]


def _standfirst_page(fmt, above, lede, heading, between=None):
    """A page: title, the block `above`, a heading (or the line `between`), the paragraph `lede`, one more."""
    tail = "Another paragraph here, with nothing repeated from anything said above it."
    if fmt == "txt":
        return "\n\n".join(["A story about the season", above, between or heading, lede, tail]) + "\n", "a.txt"
    if fmt == "md":
        return "\n\n".join(["# A story about the season", above, between or f"## {heading}", lede, tail]) + "\n", "a.md"
    mid = f"<p>{between}</p>" if between else f"<h2>{heading}</h2>"
    return (f"<html><body><article><h1>A story about the season</h1><p>{above}</p>{mid}<p>{lede}</p>"
            f"<p>{tail}</p></article></body></html>"), "a.html"


def test_a_one_sentence_standfirst_printed_again_as_the_lede_is_reported():
    for standfirst, rest, heading in STANDFIRSTS:
        for fmt in ("txt", "md", "html"):
            text, path = _standfirst_page(fmt, standfirst, f"{standfirst} {rest}", heading)
            found = lint(text, path=path)
            assert len(found) == 1 and "word for word" in found[0][1] and (found[0][0] > 1 or fmt == "html"), (fmt, standfirst, found)


def test_teasers_previews_and_summaries_above_the_lede_stay_furniture():
    for standfirst, rest, heading in STANDFIRSTS:
        lede = f"{standfirst} {rest}"
        cut = " ".join(standfirst.split()[:-3])  # a teaser cut off mid-sentence
        summary = " ".join(standfirst.split()[:6]) + "."  # a real summary: shorter, in other words
        # a summary of two sentences, the lede going on in other words
        two = f"{standfirst} It is worse in the first weeks of the season."
        for fmt in ("txt", "md", "html"):
            # a newsletter's preview line: the e-mail's own line follows it, not the article's heading
            text, path = _standfirst_page(fmt, standfirst, lede, heading, between="View this email in your browser.")
            assert lint(text, path=path) == [], (fmt, standfirst)
            for above in (cut, summary, two):
                text, path = _standfirst_page(fmt, above, lede, heading)
                assert lint(text, path=path) == [], (fmt, above)


# A sentence copied out of a longer earlier one (a run-on scraped paragraph, a summary joined to the next
# sentence), edited inside only: a phrase left out, a function word swapped (dup40). Invented.
CONTAINED = [
    ("Reviews of the trials say that ginger tea is safe and associated with mild stomach upset in adults "
     "but may interact with certain blood thinners and the risk of bruising rises",
     "Ginger tea is safe and associated with mild stomach upset but may interact with some blood thinners."),
    ("Most walkers who train three times a week find that the knee pain eases within a month of regular "
     "stretching and rest and the swelling goes down",
     "The knee pain eases within a month of stretching and rest and the swelling goes down."),
    ("Readers often ask about fluoride and the dentists we spoke to agree that a pea-sized amount of toothpaste "
     "is enough for children under six years of age as long as they spit it out",
     "A pea-sized amount of toothpaste is enough for children under six as long as they spit it out."),
    ("Según la guía publicada este año los médicos recomiendan que las personas mayores caminen al menos "
     "treinta minutos cada día durante la semana para cuidar el corazón",
     "Los médicos recomiendan que las personas mayores caminen al menos treinta minutos cada día para cuidar el corazón."),
    ("Selon le médecin du quartier les enfants qui toussent depuis plus de trois semaines doivent passer une "
     "radio des poumons sans attendre la fin de l'hiver",
     "Les enfants qui toussent depuis plus de trois semaines doivent passer une radio sans attendre la fin de l'hiver."),
]


def _contained_page(fmt, longer, shorter):
    between = "A paragraph on something else stands between the two, as it does on a page."
    if fmt == "html":
        return (f"<html><body><article><h1>Title of the page</h1><p>{longer}</p><p>{between}</p><p>{shorter}</p>"
                "</article></body></html>"), "a.html"
    return f"{longer}\n\n{between}\n\n{shorter}\n", "a." + fmt


def test_a_sentence_copied_out_of_a_longer_one_with_a_phrase_left_out_is_reported():
    for longer, shorter in CONTAINED:
        for fmt in ("txt", "md", "html"):
            text, path = _contained_page(fmt, longer, shorter)
            found = lint(text, path=path)
            assert len(found) == 1 and "phrase swapped or left out" in found[0][1], (fmt, shorter, found)


def test_sentences_sharing_a_middle_but_not_a_stretch_are_not_copies():
    cases = [
        # another opening: a restatement in other words
        ("In recent years there has been a growing push to allow nurses to prescribe common antibiotics for "
         "simple infections in rural clinics and pharmacies",
         "However, there is a growing push to allow nurses to prescribe common antibiotics for simple infections."),
        # a hedge added at the end
        ("Try the willow bark tea: it is a gentle way to ease a tension headache after a long day at work",
         "It is a gentle way to ease a tension headache after a long day for some people."),
        # a fact changed inside the stretch
        ("The leaflet says that adults can take two tablets of 200 mg every six hours with food and water "
         "when the pain is bad",
         "Adults can take two tablets of 400 mg every six hours with food and water."),
        # a negation added inside the stretch
        ("Doctors at the clinic said that children with a mild fever can go to school the next day if they "
         "feel well enough to play",
         "Children with a mild fever cannot go to school the next day if they feel well enough."),
    ]
    for longer, shorter in cases:
        for fmt in ("txt", "md", "html"):
            text, path = _contained_page(fmt, longer, shorter)
            assert lint(text, path=path) == [], (fmt, shorter, lint(text, path=path))


# The same sentence said again with words added or left out, in any script (dup41). A short sentence (below
# min_words_near words) opening its block is compared for this one form; a standfirst said again in the lede
# with a phrase in front is the common case. Invented; Vietnamese, Swahili and Bengali are languages no
# labelled page is in, and Bengali ends its sentences on a danda.
SAID_AGAIN = [
    ("Here are five benefits of a cold shower you may not expect.",
     "Besides waking you up, here are five benefits of a cold shower you may not expect."),
    ("Hizi ni faida tano za kuoga maji baridi ambazo huenda hukutarajia.",
     "Mbali na kukuamsha, hizi ni faida tano za kuoga maji baridi ambazo huenda hukutarajia."),
    ("Dưới đây là vài lợi ích của việc tắm nước lạnh mà bạn có thể chưa biết.",
     "Ngoài việc giúp tỉnh táo, dưới đây là vài lợi ích của việc tắm nước lạnh mà bạn có thể chưa biết."),
    ("ঠান্ডা জলে স্নানের কয়েকটি উপকারিতা এখানে দেওয়া হলো যা আপনি হয়তো জানেন না।",
     "সতেজ হওয়া ছাড়াও, ঠান্ডা জলে স্নানের কয়েকটি উপকারিতা এখানে দেওয়া হলো যা আপনি হয়তো জানেন না।"),
    ("Cette année, la grippe est arrivée plus tôt dans les écoles du nord.",
     "Cette année, la grippe est arrivée un peu plus tôt dans les écoles du nord."),
]


def _said_again_page(fmt, first, again):
    middle = "A paragraph about something else stands between the two, as it does on a real page."
    lede = f"{again} Another sentence follows in the same paragraph, saying something new."
    if fmt == "html":
        return (f"<html><body><article><h1>A page on cold water</h1><p>{first}</p><p>{middle}</p><p>{lede}</p>"
                "</article></body></html>"), "a.html"
    return f"A page on cold water\n\n{first}\n\n{middle}\n\n{lede}\n", "a." + fmt


def test_a_sentence_said_again_with_words_added_is_reported_in_any_script():
    for first, again in SAID_AGAIN:
        for fmt in ("txt", "md", "html"):
            if fmt == "txt" and first.endswith("।"):
                continue  # the text parser reads a lone line ending on a danda as a heading (left to the parser)
            for one, two in ((first, again), (again, first)):  # either order
                text, path = _said_again_page(fmt, one, two)
                found = lint(text, path=path)
                # (a long pair is nearly a repeat by its shingles already)
                assert len(found) == 1 and ("phrase swapped" in found[0][1] or "nearly" in found[0][1]), (fmt, two, found)


def test_words_of_scripts_with_vowel_signs_are_whole():
    from lint_med_core.duplication import _words

    assert _words("ঠান্ডা জলে স্নানের।") == ["ঠান্ডা", "জলে", "স্নানের"]
    assert _words("घास पर नंगे पैर") == ["घास", "पर", "नंगे", "पैर"]


def test_short_sentences_of_one_frame_and_claims_reported_are_not_copies():
    pairs = [
        # a list of doses: the same frame, another subject in front
        ("Adults: take one tablet twice a day with water.", "Children over twelve: take one tablet twice a day with water."),
        # side effects: a word swapped
        ("Tell your doctor if you get a headache that does not go away.",
         "Tell your doctor if you get a rash that does not go away."),
        # function words swapped: another sentence on few words
        ("We did not know how to build a mobile app.", "We did not know if we should build a mobile app."),
        # a statement and its question
        ("Vitamin D in winter has lowered colds in the trial.", "Has vitamin D in winter lowered colds in the trial?"),
        # a claim, then the claim reported
        ("The patches melt belly fat while you sleep at night.", "Sellers claim the patches melt belly fat while you sleep at night."),
        # a FAQ's two answers
        ("Yes, you can take it with food or on an empty stomach.", "No, you should not take it with food or on an empty stomach."),
    ]
    for first, again in pairs:
        for fmt in ("txt", "md", "html"):
            text, path = _said_again_page(fmt, first, again)
            assert lint(text, path=path) == [], (fmt, again, lint(text, path=path))


# A pull quote: a sentence printed as a block of its own and again inside the longer quotation it is cut from
# (dup41). Furniture, like a block quote (`skip_kinds`): a careful page prints it by design. Invented, in
# English and German; a statement then its quotation with the speaker is no copy either.
PULL_QUOTES = [
    ("We are already seeing more people get into trouble in cold lakes and rivers this spring.",
     "\"We are already seeing more people get into trouble in cold lakes and rivers this spring, and the best "
     "way to stop it is to tell them about cold shock before they swim.\""),
    ("Wir sehen schon jetzt mehr Menschen, die in kalten Seen und Flüssen in Not geraten.",
     "\"Wir sehen schon jetzt mehr Menschen, die in kalten Seen und Flüssen in Not geraten, und der beste "
     "Schutz ist, vor dem Schwimmen über den Kälteschock aufzuklären.\""),
]


def _pull_quote_page(fmt, first, second):
    paragraphs = ["A page on swimming outdoors", "The weather is warming and more people swim in open water.",
                  "Experts at the university study how the body reacts to sudden cold.",
                  "Cold shock makes people gasp and breathe fast in the first minute.", first,
                  "Professor Ada Lind, Cold Water Laboratory", "The professor said the risk is highest in May.", second]
    if fmt == "html":
        body = "".join(f"<p>{p}</p>" for p in paragraphs[1:])
        return f"<html><body><article><h1>{paragraphs[0]}</h1>{body}</article></body></html>", "a.html"
    return "\n\n".join(paragraphs) + "\n", "a." + fmt


def test_a_pull_quote_printed_before_its_quotation_is_furniture():
    for pulled, quote in PULL_QUOTES:
        for fmt in ("txt", "md", "html"):
            assert lint(*_pull_quote_page(fmt, pulled, quote)) == [], (fmt, pulled)


def test_a_statement_then_its_quote_with_the_speaker_and_a_summary_above_are_not_pull_quotes():
    sentence = "Most people with a mild sprain can walk normally again within two or three weeks of rest."
    quoted = f"\"{sentence[:-1]},\" says Dr Lin Okafor, a nurse at the clinic."
    for fmt in ("txt", "md", "html"):
        assert lint(*_pull_quote_page(fmt, sentence, quoted)) == [], fmt
    # a summary line above the article, restated by the lede with a frame in front
    summary = "A scan can find the earliest signs of a tumour coming back after treatment."
    lede = ("Researchers at the city's university hospital have now shown in mice that a scan can find the earliest "
            "signs of a tumour coming back after treatment.")
    text = f"A new scan\n\n{summary}\n\n{lede} It was tested in mice.\n\nMore text about the study here.\n"
    assert lint(text, path="a.txt") == []


# Session 19: a sentence spun throughout (a word swapped every few words), our own sentences in other
# trades and languages than the injection's synonym list; beside them, sentences that share a frame.
_BETWEEN = ["The clinic opens at eight and closes late on most weekdays for walk-in visits.",
            "Parking is free behind the building, and the bus stops right at the door.",
            "Staff can help you fill in the forms if you bring your card and a list of medicines."]
SPUN_THROUGHOUT = [
    ("Nurses who work long night shifts often sleep poorly during the day and feel tired at the start of their "
     "next shift.",
     "Nurses who work extended night shifts frequently sleep poorly during the daytime and feel weary at the start "
     "of their next shift."),
    ("Painters who sand old window frames in a small room may breathe in fine dust that irritates the lungs for "
     "several days afterwards.",
     "Indeed, painters who sand aged window frames in a tiny room might breathe in fine dust that inflames the "
     "lungs for several days afterwards."),
    ("Le café du matin peut aider les adultes à rester attentifs pendant les longues réunions de travail selon "
     "une petite étude.",
     "Le café du matin pourrait aider les adultes à demeurer attentifs pendant les longues séances de travail "
     "selon une modeste étude."),
]
FRAMED_NOT_SPUN = [
    # a template: a name and a service at two places
    ("Faces Places is currently streaming on Netflix and available to rent on Google Play and YouTube for a "
     "small fee.",
     "Lady Bird is currently streaming on Amazon Prime and available to rent on Google Play and Vudu for a small "
     "fee."),
    # a negation: the opposite said
    ("Regular walking after dinner can help older adults keep their blood sugar steady through the night, "
     "according to a small trial.",
     "Regular walking after dinner cannot help older adults keep their blood pressure steady through the day, "
     "according to a small trial."),
    # a dose list's items: numbers at the places
    ("Take 2 tablets after breakfast and 2 after dinner with a full glass of water for 10 days in a row.",
     "Take 1 tablet after breakfast and 1 after lunch with a full glass of milk for 5 days in a row."),
    # one frame, other subjects at every place
    ("Patients with mild asthma should use the blue inhaler before exercise and keep it with them at school.",
     "Patients with severe eczema should use the thick cream before bathing and keep it with them at work."),
]


def _page(fmt, first, second):
    paragraphs = [first, *_BETWEEN, second]
    if fmt == "html":
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        return f"<html><body><article><h1>A title</h1>{body}</article></body></html>", "a.html"
    return "# A title\n\n" + "\n\n".join(paragraphs) + "\n", "a." + fmt


def test_a_sentence_spun_throughout_is_reported_in_every_format():
    for first, spun in SPUN_THROUGHOUT:
        for fmt in ("txt", "md", "html"):
            found = lint(*_page(fmt, first, spun))
            assert len(found) == 1 and "rewords the sentence" in found[0][1], (fmt, spun)


def test_sentences_sharing_a_frame_with_names_numbers_negations_or_other_subjects_are_not_spun():
    for first, second in FRAMED_NOT_SPUN:
        for fmt in ("txt", "md", "html"):
            assert lint(*_page(fmt, first, second)) == [], (fmt, second)


# A quotation said again (dup20): spun, cut at "said Dr.", or given another speaker's frame; only the quoted
# words are compared with other quotations. Invented: a dentist, a swimming coach, a French baker.
REQUOTED = [
    # the quotation spun, its frame kept
    ("\"Brushing twice a day with a soft brush protects the gums better than brushing hard once,\" said Dr. Ola Brandt.",
     "\"Cleaning twice a day with a gentle brush protects the gums better than scrubbing hard once,\" stated Dr. Ola Brandt."),
    # the same quotation with another frame (the speaker named in other words)
    ("\"Children who learn to float first are far calmer when they fall into deep water by accident,\" said coach "
     "Mina Roth of the city pool.",
     "\"Children who learn to float first are far calmer when they fall into deep water by accident,\" Roth told "
     "the newsletter."),
    # a copy cut at the speaker's title, a word of the quotation swapped
    ("\"Le pain au levain se garde plus longtemps que la baguette blanche ordinaire,\" a dit le boulanger Paul Morel.",
     "« Le pain au levain se conserve plus longtemps que la baguette blanche ordinaire », a dit le boulanger."),
]
NOT_REQUOTED = [
    # testimonials on one template: other people's words
    ("\"This toothpaste made my teeth whiter in just two weeks and I will never go back to another brand,\" says Anna.",
     "\"This mouthwash made my breath fresher in just two weeks and I will never go back to another brand,\" says Tom."),
    # the same speaker saying the opposite
    ("\"Children who learn to float first are far calmer when they fall into deep water by accident,\" said Roth.",
     "\"Children who learn to float first are not calmer when they fall into deep water by accident,\" said Roth."),
    # the writer's sentence, then the expert quoted saying it: reporting
    ("Children who learn to float first are far calmer when they fall into deep water by accident.",
     "\"Children who learn to float first are far calmer when they fall into deep water by accident,\" says coach "
     "Mina Roth."),
    # a title in headline case cited twice
    ("Click here to read \"Floating Lessons and Panic in Young Swimmers: A Randomised Trial in Three City Pools\"",
     "Article: \"Floating Lessons and Panic in Young Swimmers: A Randomised Trial in Three City Pools\" (doi: 10.1/x)"),
]


def test_a_quotation_said_again_spun_or_with_another_frame_is_reported():
    for first, again in REQUOTED:
        for fmt in ("txt", "md", "html"):
            found = lint(*_page(fmt, first, again))
            assert len(found) == 1 and "quotes again" in found[0][1], (fmt, again, found)


def test_other_peoples_quotations_a_negation_a_quoted_statement_and_a_cited_title_are_not_requoted():
    for first, again in NOT_REQUOTED:
        for fmt in ("txt", "md", "html"):
            assert lint(*_page(fmt, first, again)) == [], (fmt, again)


def test_a_pull_quote_standing_alone_after_its_quotation_is_furniture():
    quotation = ("\"Children who learn to float first are far calmer when they fall into deep water by accident,\" "
                 "said coach Mina Roth.")
    pulled = "\"Children who learn to float first are far calmer when they fall into deep water.\""
    for fmt in ("txt", "md", "html"):
        assert lint(*_page(fmt, quotation, pulled)) == [], fmt


def test_a_name_kept_between_two_swapped_words_is_no_changed_fact():
    """A spun sentence whose speaker's name stands alone between two swapped words ("often, Brandt said" /
    "frequently, Brandt explained"): the name is kept, so the place changes no fact (dup20); another name there
    is another speaker."""
    first = ("People who walk for twenty minutes after dinner sleep better and wake less often, Brandt said, and "
             "they feel more rested in the morning.")
    spun = ("People who stroll for twenty minutes after supper sleep better and wake less frequently, Brandt "
            "explained, and they feel more rested in the morning.")
    other = spun.replace("Brandt", "Morel")
    for fmt in ("txt", "md", "html"):
        found = lint(*_page(fmt, first, spun))
        assert len(found) == 1 and "rewords the sentence" in found[0][1], (fmt, found)
        assert lint(*_page(fmt, first, other)) == [], fmt


# A sentence said again with its negation changed says the opposite (dup20b): no test of near repeats takes
# it, whatever its form (one word changed, a contraction, spun words, another language); the same sentence
# with its negation kept is a repeat.
SAID_OPPOSITE = [
    ("Regular brisk walking for thirty minutes a day lowers blood pressure in most adults with mild "
     "hypertension, the review found.",
     "Regular brisk walking for thirty minutes a day does not lower blood pressure in most adults with mild "
     "hypertension, the review found."),
    ("Daily flossing after meals removes plaque between the teeth and helps prevent gum disease in older "
     "patients, the dentists said.",
     "Daily flossing after meals doesn't remove plaque between the teeth and help prevent gum disease in older "
     "patients, the dentists said."),
    ("Sanding oak floors without a dust mask is safe for most carpenters who work in a well aired room all day, "
     "the guild wrote.",
     "Sanding oak floors without a dust mask is never safe for most carpenters who work in a well aired room "
     "all day, the guild wrote."),
    ("Das tägliche Dehnen der Wadenmuskulatur nach dem Laufen verringert das Risiko von Verletzungen bei "
     "älteren Läufern deutlich, so die Studie.",
     "Das tägliche Dehnen der Wadenmuskulatur nach dem Laufen verringert das Risiko von Verletzungen bei "
     "älteren Läufern nicht, so die Studie."),
    ("Le café du matin protège le foie des buveurs réguliers selon les chercheurs de trois hôpitaux de la "
     "région parisienne.",
     "Le café du matin ne protège pas le foie des buveurs réguliers selon les chercheurs de trois hôpitaux de "
     "la région parisienne."),
]


def test_a_sentence_said_again_with_its_negation_changed_is_no_repeat():
    for first, opposite in SAID_OPPOSITE:
        for fmt in ("txt", "md", "html"):
            assert lint(*_page(fmt, first, opposite)) == [], (fmt, opposite)
            # the negation kept on both sides: a repeat (a word dropped, "n't" for "not")
            again = opposite.replace("deutlich, ", "").replace("doesn't", "does not").replace("mild ", "")
            found = lint(*_page(fmt, opposite, again.replace("all day, ", "").replace(" la ", " cette ")))
            assert len(found) == 1 and "repeats" in found[0][1], (fmt, opposite, found)


def test_an_opening_sentence_with_a_dateline_said_again_spun_in_a_summary_is_reported():
    """A news story's first line opens on its dateline ("Feb. 14, 2023 -- ..."): the month's abbreviation
    ends no sentence (dup20b), so the opening said again after "In summary," with two words swapped is one
    sentence spun at three places, as it is without a dateline."""
    first = ("Feb. 14, 2023 -- A new saliva test called DentaScan spots early gum disease more often than a "
             "routine dental exam in adults over fifty, a small trial shows.")
    for again in ("In summary, Feb. 14, 2023 -- A new saliva check called DentaScan spots early gum disease more "
                  "often than a routine dental exam in adults over fifty, a little trial shows.",
                  "To sum up, sept. 9, 2021 -- A new saliva check called DentaScan spots early gum disease more "
                  "often than a routine dental exam in adults over fifty, a little trial shows."):
        first_here = first if again.startswith("In") else first.replace("Feb. 14, 2023", "Sept. 9, 2021")
        for fmt in ("txt", "md", "html"):
            found = lint(*_page(fmt, first_here, again))
            assert len(found) == 1 and "rewords the sentence" in found[0][1], (fmt, again, found)


def test_a_sentence_pasted_after_a_line_closing_no_sentence_is_a_repeat():
    """A sentence pasted whole onto a line that ends with no mark (a citation ending on its DOI, a label): the
    splitter reads the two as one sentence, which ends with the earlier one word for word (dup20b)."""
    said = "Swimming lessons before the age of four cut the risk of drowning in later childhood by a third."
    citation = ("\"Early swim training and drowning in childhood\", by L. Ortega and P. Nwosu, Journal of Water "
                "Safety doi:10.1000/jws.2041")
    for fmt in ("txt", "md", "html"):
        found = lint(*_page(fmt, said, f"{citation} {said}"))
        assert len(found) == 1 and "nearly repeats" in found[0][1], (fmt, found)
        # a long frame reporting it, the copy not opening on its capital: a statement reported
        reported = (f"Coaches in three city pools who have taught thousands of toddlers over twenty years told us "
                    f"that {said[0].lower()}{said[1:]}")
        assert lint(*_page(fmt, said, reported)) == [], fmt
