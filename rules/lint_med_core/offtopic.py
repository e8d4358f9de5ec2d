"""Off-topic rules: sections and paragraphs about another subject than the article's."""

from __future__ import annotations

import bisect
import functools
import re
import statistics
from collections import Counter

from lint_med import Hit, Option, per_document, rule

from ._data import literal, load, phrase_pattern
from ._evidence import distinct_words, lowered_body
from ._evidence import evidence as article_evidence
from ._other_language import (article_may_hold_other_language, english_function_words, holds_no_link,
                              language_by_vocabulary, may_be_other_language, other_language)
from ._language import language as article_language
from ._phrases import ASCII_FOLDS, PhraseSearch, article_literals
from ._topic import (PROSE_KINDS, TopicModel, analyse, health_words, merge, normalize, refers_to_topic,
                     section_members, section_prose, specificity, stem, stopwords, title_heading, tokens,
                     topic_model, weighted_share, zipf_table)
from .topic_structure import coverage

_TOPIC_OPTION = Option([], "terms naming the article's topic; overrides the title, first heading and metadata")
_PROSE = PROSE_KINDS
# A paragraph opening with a comparison ("By contrast, ketamine...") continues the
# article's argument about its own subject.
_CONTRAST = re.compile(r"^\W*(?:by contrast|in contrast|unlike|compared (?:with|to)|in comparison|"
                       r"similarly|likewise|whereas|by comparison)\b", re.I)


# A quoted passage: news quotes wander (a patient's story, an aside), so they are not judged
# by the words they share with the article.
_QUOTATION = re.compile(r"[“\"][^”\"]{20,}[”\"]")
# A personal story ("I wake up...", "my dreams"): blogs and patient stories wander on purpose.
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|I['’]m|I['’]ve)\b")
_ABOUT = re.compile(r"\s*about\b", re.I)
# A short line "About the University of X" (a heading written as a paragraph): the press
# release's boilerplate follows it.
_ABOUT_LINE = re.compile(r"\s*about\s+\S[^.!?]{0,80}$", re.I)


@functools.lru_cache(maxsize=1)
def _furniture() -> tuple[tuple[tuple[str, ...], re.Pattern], ...]:
    """(gate words, pattern) for each kind of publisher furniture (data/offtopic_furniture.toml)."""
    data = load("offtopic_furniture")
    return tuple((tuple(kind["gate"]), phrase_pattern(_spaced(kind["phrases"]))) for kind in data["kinds"].values())


@functools.lru_cache(maxsize=1)
def _furniture_line() -> re.Pattern:
    """The openings of a line of the page's own (data/offtopic_furniture.toml, `lines`)."""
    return phrase_pattern(_spaced(load("offtopic_furniture")["lines"]["phrases"]))


@functools.lru_cache(maxsize=1)
def _widget_label() -> re.Pattern:
    """The openings of a widget of other stories' label (data/offtopic_furniture.toml, `widget_labels`)."""
    return phrase_pattern(_spaced(load("offtopic_furniture")["widget_labels"]["phrases"]))


_LABEL_WORDS = 8


def widget_label(line: str) -> bool:
    """True for a short line that labels a list of other stories ("More from Science", "Editors' picks")."""
    return len(line.split()) <= _LABEL_WORDS and _widget_label().match(line.lstrip()) is not None


def furniture_line(line: str) -> bool:
    """True for a line that opens with a byline or a reading label ("Written by ...", "Advertisement")."""
    return _furniture_line().match(line.lstrip()) is not None


def publisher_furniture(text: str) -> bool:
    """True for a block of the publisher's furniture: a site's comment policy ("please keep your
    comments civil"), a journal's reuse and permissions notice ("to reuse this article ... RightsLink").
    It is printed with every story, is neither a subject nor a pitch, and says nothing about the story."""
    lowered = text.lower()
    return any(any(map(lowered.__contains__, gate)) and pattern.search(text) is not None
               for gate, pattern in _furniture())


# A run of five or more examples of a kind, each of one to three words ("foods high in oxalate
# include nuts, spinach, tea, rhubarb and beets"): examples are specific by nature, and a
# paragraph listing them is judged by the words around the list.
_EXAMPLES = re.compile(r"\b(?:include|includes|including|such as|like)\s+(?:[\w'’-]+(?: [\w'’-]+){0,2}, ){4,}"
                       r"(?:and |or )?[\w'’-]+(?: [\w'’-]+){0,2}", re.I)


def _share_without_examples(model: TopicModel, text: str) -> float:
    """The share of the paragraph's vocabulary the article uses, its lists of examples left out."""
    return model.share_of(analyse(_EXAMPLES.sub(" ", text), model.lexicon, model.generic))[0]


def about_boilerplate(doc, model: TopicModel) -> set:
    """Indexes of the blocks of a press release's "About ..." part: a section headed "About ...",
    or the paragraphs after a short "About ..." line written as a paragraph, to the section's end."""
    found = set()
    for section in doc.sections:
        inside = bool(_ABOUT.match(section.title or ""))
        for block in section_prose(model, section):
            if not inside and _ABOUT_LINE.match(block.text):
                inside = True
            if inside:
                found.add(block.index)
    return found
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
_WORDS = re.compile(r"\b\w+")


def _nested_body(model: TopicModel, doc, number: int) -> list:
    """The prose of a section and of its subsections (an h2 whose text sits under its h3s)."""
    sections = doc.sections
    level = sections[number].level
    blocks = section_prose(model, sections[number])
    for later in sections[number + 1:]:
        if later.heading is None or later.level <= level or level == 0:
            break
        blocks.extend(section_prose(model, later))
    return blocks


def off_topic_body(model: TopicModel, number: int, blocks: list, min_words: int, min_mentions: int):
    """The foreign mentions of text that never touches the topic, or None when it is on topic."""
    if not blocks:
        return None
    terms = merge(model.blocks[b.index] for b in blocks)
    if terms.length < min_words or model.names_topic(terms):
        return None
    if any(refers_to_topic(b.text) or _CONTRAST.match(b.text) for b in blocks):
        return None
    foreign = model.foreign(terms, number)
    mass = sum(foreign.values())
    if mass < min_mentions or len(foreign) < 2:
        return None
    # Only recurring words of the article remain as topic evidence: they must weigh at
    # least a quarter of the other subject's mentions for the text to count as on topic.
    if model.topic_weight(terms, number) >= 0.25 * mass:
        return None
    return foreign


def off_topic_heading(model: TopicModel, number: int, heading, body: list):
    """The foreign mentions of a heading that names another subject and not the topic.

    When the section's text discusses the heading's subject too, the section relates
    it to the article ("LDN has been tried in bipolar disorder"), so it is on topic.
    """
    terms = model.blocks[heading.index]
    if model.topic_hits(terms, number) or refers_to_topic(heading.text):
        return None
    foreign = model.foreign(terms, number)
    if not foreign:
        return None
    body_terms = merge(model.blocks[b.index] for b in body)
    if not model.topic_hits(body_terms, number):
        return foreign  # neither heading nor text touches the topic
    body_keys = body_terms.keys | {part for key in body_terms.found for part in key.split()}
    for key in foreign:
        if key in body_keys or any(model.lexicon.is_entity(w) and w in body_keys for w in key.split()):
            return None
    return foreign


def off_topic_sections(doc, options) -> dict:
    """Section number -> (reason, foreign mentions) for every off-topic section."""
    model = topic_model(doc, options)
    found = {}
    if not model.groups:
        # The topic is nothing the vocabulary knows: there is no telling which subjects
        # are foreign to it, so say nothing rather than guess.
        return found
    for number, section in enumerate(doc.sections):
        if section.heading is None or title_heading(doc, section):
            continue
        body = _nested_body(model, doc, number)
        foreign = off_topic_body(model, number, body, options.min_words, options.min_mentions)
        if foreign:
            found[number] = ("body", foreign)
            continue
        # a heading over (almost) no text is a label or a related-story line, not a section
        foreign = off_topic_heading(model, number, section.heading, body) if \
            sum(model.blocks[b.index].length for b in body) >= 12 else None
        if foreign:
            on_topic_text = model.topic_hits(merge(model.blocks[b.index] for b in body), number)
            found[number] = ("heading" if on_topic_text else "body", foreign)
    return found


@rule("LM201", "off-topic-section", category="off-topic", severity="warning",
      options={"topic": _TOPIC_OPTION,
               "min_words": Option(30, "a section body shorter than this is judged by its heading only"),
               "min_mentions": Option(3, "mentions of another subject a section body needs to be off topic")})
def off_topic_section(doc, options):
    """A section is about another subject than the article's topic.

    ## What it does
    Finds the article's topic (title, first heading, metadata title and description, or
    the `topic` option) and widens it with the medical vocabulary: every term of a
    group the topic belongs to is on topic (an article on naltrexone may discuss
    opioid receptors, endorphins, fibromyalgia). A section is off topic when its
    heading names a subject from another group and nothing of the topic ("Factors to
    Consider When Deciding In-Home vs In-Clinic Ketamine Therapy" in an article on low
    dose naltrexone), or when its text never names the topic or a related term but
    repeatedly names another subject (at least `min_mentions` mentions of two terms or
    more), and the words it shares with the rest of the article weigh less than a
    quarter of those mentions (each recurring word weighs by the share of the article's
    sections that hold it, a document-frequency weight).
    The rule only judges articles whose topic the vocabulary knows (a group of
    `data/medical_vocabulary.toml`, a pack's registered vocabulary, or the `topic`
    option naming such terms); on other articles it stays silent.

    A heading that names the topic together with another subject ("Low dose
    naltrexone in bipolar patients", "Statins vs fibrates") is on topic: the comparison
    or population is part of the article's subject. So is a heading naming another
    subject whose text ties it to the topic ("Bipolar disorder" over a paragraph on
    why an SSRI is not taken alone in bipolar disorder, in an SSRI article). Background
    that serves the topic ("What is cholesterol?" in an article on statins) is on topic
    through the vocabulary. When a heading names another subject over text on the
    topic, LM301 (heading-not-addressed) reports the mismatch too: the heading should
    go or be renamed.

    ## Why is this bad?
    Sections on another subject are the mark of spun or scraped content stitched
    together for search keywords. Readers looking for the article's subject are
    misled, and search engines treat such pages as scaled, unhelpful content.
    DISCERN question 3 asks whether an article is relevant to its stated aims.

    ## Example
    An article titled "Low Dose Naltrexone: Benefits and Side Effects" with a section
    "Understanding the Connection Between Bipolar Disorder and Anxiety".

    ## Use instead
    Remove the section, or rewrite it so that it serves the article's subject. If the
    article's subject is wider than its title, say so with the `topic` option.

    ## References
    - Charnock et al., DISCERN, J Epidemiol Community Health 1999;53:105 (question 3: relevance).
    - Google Search Central, spam policies: scaled content abuse and scraped content.
    - Vocabulary groups: MeSH tree (meshb.nlm.nih.gov), see `data/medical_vocabulary.toml`.
    """
    model = topic_model(doc, options)
    for number, (reason, foreign) in off_topic_sections(doc, options).items():
        section = doc.sections[number]
        subject = model.subject_of(foreign)
        if reason == "body":
            message = (f"Section \"{section.title}\" is about {subject}, not the article's topic "
                       f"({model.label}); it never mentions the topic.")
        else:
            message = (f"Heading \"{section.title}\" names another subject ({subject}) and nothing of "
                       f"the article's topic ({model.label}).")
        yield Hit(section.heading, message,
                  suggestion="Remove the section or rewrite it around the article's subject.")


@rule("LM202", "off-topic-paragraph", category="off-topic", severity="warning",
      options={"topic": _TOPIC_OPTION,
               "min_words": Option(25, "paragraphs shorter than this are not judged"),
               "min_mentions": Option(3, "mentions of another subject a paragraph needs to be off topic"),
               "min_words_pasted": Option(30, "paragraphs shorter than this are not judged as pasted from "
                                              "another story"),
               "max_shared": Option(0.2, "a paragraph with no health word that shares less than this share "
                                         "of its vocabulary (by specificity) with the article is reported"),
               "min_own_weight": Option(25.0, "a quotation, first-person account or paragraph with two health "
                                              "words is reported as pasted only when the words the article "
                                              "does not use weigh this much (specificity, about 10 words); "
                                              "any other paragraph, four fifths as much; a news item, half"),
               "max_relative": Option(0.4, "a paragraph is reported as pasted only when it shares less than "
                                           "this part of what the article's paragraphs typically share (their "
                                           "median share)")})
def off_topic_paragraph(doc, options):
    """A paragraph is about another subject than the article's topic.

    ## What it does
    Uses the same topic analysis as LM201 (off-topic-section) on single paragraphs:
    a paragraph of at least `min_words` words that mentions nothing of the topic, of
    its vocabulary group, or of the terms the article keeps returning to, and names
    another subject at least `min_mentions` times (two different terms at least), is
    off topic. A paragraph that refers back to the article's drug ("this medication")
    or opens with a comparison ("By contrast, ketamine...") is on topic. Paragraphs inside a
    section LM201 reports are not reported again.

    On any article about health, whether or not the vocabulary knows its topic, it also
    reports a paragraph of at least `min_words_pasted` words that reads as pasted from
    another story, judged against the article's own statistics rather than a list of
    subjects. Each distinct word weighs by how rare it is in general English (wordfreq's
    Zipf frequency: "said" weighs little, "sedan" much, an inverse document frequency
    with English as the collection); the paragraph's *share* is the weight of its words
    that another block of the article (or its title) also holds over the weight of all
    of them. It reads as pasted when its share is below `max_shared` and below
    `max_relative` of the article's *baseline*, the median share of its paragraphs
    (cohesive news shares much, a stitched page of snippets little, so a fixed
    threshold either misses in one or flags the other; a share under a quarter of
    `max_shared` is next to nothing anywhere), when the words it does not share weigh
    four fifths of `min_own_weight` (another story brings a subject of its own: names,
    places, specific words; an opening anecdote in plain words does not), and when it
    holds at most one word of health, medicine or the life sciences
    (`data/offtopic_health_words.toml`, and terms of the medical vocabulary; one is
    chance: "risk", "die", "teeth"). A quotation, a first-person account or a paragraph
    with two health words may wander on purpose (a patient's story, background on
    another condition): it is reported only when it shares less than half of
    `max_shared` and its own words weigh the whole `min_own_weight`; a quotation whose
    speaker is a pronoun ("she said") goes on with one of the article's people, and a
    first-person account in an article a quarter of whose paragraphs are in the first
    person (a blog) is its voice: neither is reported. A paragraph holding one of the
    article's two most characteristic words (specific words, Zipf 4.5 or less, that more
    than three of its blocks hold, ranked by blocks times specificity) describes its
    subject ("you might spot this white fungus resembling a lion's mane"), and so does one
    right under a heading or short line holding such a word ("Castor oil packs."): neither
    is reported. A paragraph among the first three that the next one answers with an opener
    pointing back ("But when you're trying to lose weight..." after one on how hard weeknight
    dinners are to plan; `data/offtopic_answers.toml`), or that holds a longer form of a word of the
    title that the next paragraph names ("hairline" under "Hair Loss in Men", the next paragraph on hair
    loss), is the lead-in of the article's own argument and is not reported either; nor is a
    paragraph that refers back to the one before ("It is also found in the seeds of...": a pronoun, then "also"), that the prose block
    before announces ("... is set out below."; same file), or that answers a short question
    line or heading asking of the subject by a pronoun ("So why do so many people swear by it?"). In an article of fewer than five paragraphs, whose
    vocabulary says little, the words of its own must weigh half as much again. Lists of
    names, press contacts, a press release's "About ..." part (a section so headed, or the
    paragraphs after a short "About ..." line), a site's comment policy ("please keep your
    comments civil") or a journal's reuse and permissions notice (`data/offtopic_furniture.toml`:
    the page's furniture, printed with every story, neither a subject nor a pitch) are not
    judged this way; nor is the first paragraph (or standfirst), an opening anecdote in plain
    words, unless it stands apart like a paragraph pasted above the article: it shares next
    to nothing (under a quarter of `max_shared`) and its own words weigh twice
    `min_own_weight` (another story's names, places and trade), and then it is judged as any
    other paragraph, the title above it being no label of its subject ("The town's rowing
    regatta returns to the river..." over a story on the shingles vaccine). Articles that are
    not about health are not judged: those without a health word in the title (or, without a
    title, three health words in the first 80, counted after an opening that stands apart)
    and, in plain text (whose "title" is only its first line) or without a title, with fewer
    than a quarter of their paragraphs (two at least) holding two.
    A paragraph naming a health word or vocabulary term that three other blocks of the
    article hold is the article's own subject, however it words the rest (a clinic's
    "we aim to restore your hormone levels..." on its hormone therapy page). In plain
    text, a headline line glued on top of a paragraph ("Councillor cites depression,
    insomnia and alcohol dependence in fraud appeal") does not count towards its health
    words: a stitched page's snippet names the other story's subject in passing.

    A page that runs another story on after the article's (a wire feed or an aggregator
    printing stories one after another) gives paragraphs that share their words with each
    other and none with the article, so that none reads as pasted by itself. The paragraphs
    are cut into stories where lexical cohesion breaks (fewer than a tenth of the content
    words of the next two paragraphs are words of the two before: TextTiling's measure), and
    a story of two paragraphs or more after the first, of 40 words at least, is judged as one
    paragraph: it is reported when the article's own paragraphs are most of the page (three
    at least), when the blocks outside it hold less than `max_shared` of its vocabulary and
    less than `max_relative` of the article's baseline, when its own words weigh
    `min_own_weight`, and when it holds at most one word of health, none of the article's
    most characteristic words and no quotation or first-person account (a patient's story):
    "Cabela's is planning to open two new stores..." after a story on energy drinks.

    A box pasted between two paragraphs (a product's announcement, its pitch line, "Featured
    inside:" and its bullets) is a run of blocks each too short to be judged alone (under
    `min_words_pasted` words) that together reach that length; it opens and closes on a line of
    its own (a heading, a label, a list item, a short line: the full sentences at the run's ends
    are the article's), holds one title at most (a run of headlines over their lines is a page of
    items), has a paragraph of the article on each side that goes on across it (the two after share
    a tenth of their words with the two before), and its title shares less than `max_shared` of its
    words with the article ("Where to find iron in food", a box of examples on the article's
    subject, is its own). It is judged as one paragraph ("The Complete Allotment Planner - out this
    spring!" over its sowing calendar, in a story on iron tablets).

    It also reports a run of two or more headline-shaped lines (5-16 words, no closing
    period, no year, address, aside or label) none of whose specific words the rest of
    the article uses: a news page's "More News" list or a stitched page's stray titles,
    one finding for the run. Lines without letters and short labels ("Sports Video") do
    not end a run; list items (symptoms, steps), references, headlines on the topic
    (a "Related" list of the same subject) and lines with two words of health or
    vocabulary terms (a plain-text list of risk factors) are not headlines of other stories;
    nor are the lines under a line of the article that introduces them with a colon ("Each
    leaflet sets out:", sharing the article's specific words), up to the first that ends a
    sentence: a list saved without its markup. A label sharing none ("More News:") introduces
    nothing of the article's.
    A text without a title is judged this way when its first 80 words hold three
    different health words.

    A headline alone between two paragraphs of the article, with no label (a related story's
    title pasted mid-text), is reported when the text goes on across it (the two paragraphs
    after share a tenth of their words with the two before), when it is unrelated as a run's
    headline is (its words weigh less than a fifth in the rest of the article, one it does not
    share is specific) with at most one word of health, and when its own words weigh half
    `min_own_weight`, as a teaser's: "Man found dead in a river town" between two paragraphs on
    erection pills. Such a headline with more words of health, or fewer of its own, is reported too
    when it is a teaser by form: printed in a news site's headline style (most words capitalised),
    opening with no byline or reading label ("Written by", "Advertisement"; `lines` of
    `data/offtopic_furniture.toml`), and none of its specific terms (two or more, as LM301 counts
    them) taken up by the two paragraphs after it, as a section heading of the article would be
    ("Surgeons Perform First Kidney Transplant Between Twin Sisters" in a story on head lice). In an article in another language its words, and a run's headlines', are
    weighed by how common they are in that language (wordfreq's list for it: Indonesian "yang"
    weighs nothing there, 4 as an unknown English word), and such an article is judged when
    two of its paragraphs name a term of the medical vocabulary or a word of health (drug
    names are written alike in most languages; the list of health words is English).

    It also reports a widget of other stories that ends the page ("More news", "Editors'
    picks", "Trending"): two teasers or more, each a headline line (5-16 words, no closing
    period, not a question) over at most a paragraph of one or two sentences (40 words), one
    teaser paragraph at least, every headline different, after an article of three paragraphs or
    more, when some of its items hold no word of health and no vocabulary term, share less than
    `max_shared` of their vocabulary with the article and bring words of their own weighing half
    `min_own_weight`: one finding at the first, naming them all ("Striker signs a three-year
    deal" under a story on walking after meals). A "Related" list of other stories on health,
    single-sentence paragraphs of a news story (they end with a full stop), a list of steps and an
    FAQ's questions are not such widgets or not on another subject.

    It also reports a strip of other stories at the story's edge (before its first paragraph or after
    its last: a news portal's "Live" or "Today's headlines" list over a wire story, the ledes of other
    stories after it), in any language and format: three items or more (two, each with its lede), each
    a title-shaped line (4-20 words, no sentence end; a kicker before a bar and a date, time or byline
    after it left out) with or without its lede, or, at the page's end, a lede alone; every item shares
    less than `max_shared` of its specific words with the story (the other items left out), the items
    differ from one another (fewer than half share a specific word with another) and fewer than a third
    name health: "Harbour ferry fares rise again for the winter timetable" over a story on measles. In
    plain text, whose first line may be such a headline, a first line with its lede that shares next to
    nothing (a quarter of `max_shared`) and brings words of its own weighing `min_own_weight` is another
    story's headline and standfirst pasted over the article. An HTML or Markdown page whose title names
    no health is not judged; a plain text is, whatever its first line names (it may be the strip).

    On a page of news items saved as plain text (four or more pairs of a headline line
    over a summary line of 15 words or more, making up three quarters of its lines, as a
    site's "Health" category page; its items are not judged as pasted paragraphs), it
    reports an item that holds no word of health and no vocabulary term (a common word with a
    health sense that no other item or line of the page uses is chance: "the court is hearing
    arguments on how the law treats..."; a specific one, Zipf 4.5 or rarer, always counts),
    shares less than `max_shared` of its vocabulary (by specificity) with the other items and
    blocks, and
    brings words of its own weighing half `min_own_weight`, when at least a third of the
    items (three or more) hold two health words: "Finland tops the happiness ranking for
    retirees" among stories on cancer, dementia and sleep.

    A glossary or definition entry ("Natural: there is no rule on the use of the word...")
    of a term the rest of the article uses twice or more is not judged as pasted: it
    explains the article's own words.

    A paragraph sharing next to nothing (under a quarter of `max_shared`) that stands right
    under a heading or label line (at most six words) none of whose specific words the
    article uses either is an aside on a subject of its own ("Tangential Miscellany:" over
    news of a practice's receptionist leaving for nursing school): it is reported whatever
    its health words, when its own words weigh `min_own_weight`. A label the article's words
    share ("Storage" over "Store this medicine...") or an "About ..." part is not such a line.

    In any article about health it also reports a poster's signature: the text after a delimiter line
    (a rule of dashes or underscores, "-- ", <hr>) to the next one or the end, after a longer post, of
    at most 50 words, in the first person singular, with no word of health, no labelled lead-in
    ("Editor's note:") and sharing less than half `max_shared` of its vocabulary with the rest ("I am
    the poultrygeist." under a post on tramadol's legal status); and a reference entry pasted into
    running text: a sentence of a paragraph, not its first, that opens with a reference number and a
    study's title with no verb of its own ("20 The use of complementary medicine in hospitalized
    patients..."; title heads in `data/offtopic_other_work.toml`) on another subject (its specific words
    weigh less than `max_shared` in the rest of the article).

    In any article about health it also reports a copyright notice with its year ("© 2004-2020
    Publisher Ltd", "Copyright 2019 ...") standing inside a paragraph (a line of one, in plain
    text), with 20 words of running text before it and 40 after: a publisher's footer caught
    between snippets of other pages that a page stitched together. A footer's notice ends the
    text and a caption's credit stands alone; neither is reported.

    It also reports a paragraph that turns from the article's subject to other work or
    business of its researchers or institution ("Professor X also led a major study
    of...", "...highlight the university's impact on the state's economy"; phrases in
    `data/offtopic_other_work.toml`) and, from the sentence of the turn on, never names
    the topic or a term the article keeps returning to. Earlier work on the same subject
    names it and is background; an "About ..." part is never judged, by any of LM202's
    tests.

    ## Why is this bad?
    A generic paragraph about another condition, pasted into an article, is filler
    written for search keywords. It dilutes the article and can mislead readers into
    thinking the treatment discussed applies to that condition.

    ## Example
    In a news story on a flu vaccine, between two paragraphs on the trial: "The carmaker
    said its new electric hatchback would reach dealers in the spring..."

    At the end of a release on a vitamin K review: "Professor Hart also led a large study
    of how often families recycle their household waste..."

    In an article on low dose naltrexone, a closing paragraph: "Anxiety is a common
    mental health condition... Traditional treatment options for anxiety include
    psychotherapy... and medications such as SSRIs and benzodiazepines."

    ## Use instead
    Remove the paragraph, or tie it to the article's subject with a sourced statement
    (what is known about the treatment for that condition).

    ## References
    - Charnock et al., DISCERN, J Epidemiol Community Health 1999;53:105 (question 3: relevance).
    - Google Search Central, spam policies: scaled content abuse.
    - Vocabulary groups: MeSH tree (meshb.nlm.nih.gov), see `data/medical_vocabulary.toml`.
    - Story breaks: M. A. Hearst, TextTiling, Computational Linguistics 1997;23:33 (lexical cohesion
      between adjacent windows of text).
    - Word specificity: R. Speer, wordfreq 3.1 (doi:10.5281/zenodo.7199437), Zipf scale of
      van Heuven et al., Q J Exp Psychol 2014;67:1176; the weighting is Sparck Jones's inverse
      document frequency (J Doc 1972;28:11) with general English as the collection.
    """
    model = topic_model(doc, options)
    # a section LM201 reports is one finding: its paragraphs are not reported again
    reported = off_topic_sections(doc, _section_defaults(options)) if model.groups else {}
    about_other_subject = set()
    # the institution's "About" part is not the article's text: none of the tests below judge it
    boilerplate = about_boilerplate(doc, model)
    for number, section in enumerate(doc.sections if model.groups else ()):
        if reported.get(number, ("",))[0] == "body":
            continue
        for block in section_prose(model, section):
            if block.index in boilerplate:
                continue
            foreign = off_topic_body(model, number, [block], options.min_words, options.min_mentions)
            if foreign:
                about_other_subject.add(block.index)
                yield Hit(block, f"This paragraph is about {model.subject_of(foreign)}, not the article's "
                                 f"topic ({model.label}).",
                          suggestion="Remove it, or relate it to the article's subject.")
    # a paragraph is reported once: by the subject it names when the vocabulary knows it, then
    # by the turn to other work, then as pasted
    for block, what, evidence in other_work_paragraphs(doc, model, reported, boilerplate):
        if block.index not in about_other_subject:
            about_other_subject.add(block.index)
            yield Hit(block, f"This paragraph turns from the article's subject to {what} (\"{evidence}\") "
                             f"and never comes back to its topic ({model.label}).",
                      suggestion="Remove it, or keep to what bears on the article's subject.")
    for hit in _pasted_paragraphs(doc, model, options, reported, boilerplate):
        if hit.at.index not in about_other_subject:
            about_other_subject.add(hit.at.index)
            yield hit
    for hit in _pasted_items(doc, model, options, reported, boilerplate):
        if hit.at.index not in about_other_subject:
            about_other_subject.add(hit.at.index)
            yield hit
    in_runs = set()  # a list of headlines reported as a run is not reported again as a widget
    for block, span, first, count in headline_runs(doc, model):
        in_runs.add(block.index)
        if block.index not in about_other_subject:
            yield Hit(block, f"These {count} lines are headlines of other stories (\"{first[:60]}\"), none sharing "
                             f"a specific word with the article: a list of unrelated news pasted into it.",
                      span=span, suggestion="Remove the list, or keep it apart from the article's text.")
    for block, headlines in edge_strips(doc, model, options.max_shared, options.min_own_weight):
        if block.index not in about_other_subject and block.index not in in_runs:
            about_other_subject.add(block.index)
            named = "; ".join(f'"{headline[:50]}"' for headline in headlines[:3])
            yield Hit(block, f"{f'These {len(headlines)} items' if len(headlines) > 1 else 'This headline'} at "
                             f"the edge of the story ({named}) share{'' if len(headlines) > 1 else 's'} almost none "
                             f"of the article's words{' nor of one another' if len(headlines) > 1 else ''}: other "
                             f"stories printed around it.",
                      suggestion="Remove them, or keep other stories apart from the article's text.")
    for block, span in stitched_stories(doc, model, options.max_shared, options.min_own_weight, reported,
                                        boilerplate):
        if block.index not in about_other_subject:
            yield Hit(block, f"This sentence turns to another story (\"{block.text[slice(*span)][:60]}\") and shares "
                             f"almost none of its words with the text before it: a second story stitched into the page.",
                      span=span, suggestion="Remove the other story, or keep the page to one subject.")
    widget = teaser_widget(doc, model, options.max_shared, options.min_own_weight)
    if widget and widget[0].index not in about_other_subject and not widget[2] & in_runs:
        block, headlines, _ = widget
        named = "; ".join(f'"{headline[:50]}"' for headline in headlines)
        yield Hit(block, f"The list of other stories that ends the page holds {len(headlines)} on another "
                         f"subject ({named}), sharing almost none of the article's words.",
                  suggestion="Remove them, or keep the list to stories on the article's subject.")
    for signed in signatures(doc, model, options.max_shared) if _about_health(doc, model, untitled=True) else ():
        if signed[0].index not in about_other_subject:
            about_other_subject.add(signed[0].index)
            yield Hit(signed[0], f"The lines after the post's delimiter (\"{signed[0].text[:60]}\") are the "
                                 f"poster's signature: about the poster, sharing no word with the post.",
                      suggestion="Remove the signature from the text, or keep it apart from the post.")
    for block, span in pasted_references(doc, model, options.max_shared) if _about_health(doc, model, True) else ():
        if block.index not in about_other_subject:
            about_other_subject.add(block.index)
            yield Hit(block, f"A reference entry (\"{block.text[slice(*span)][:60]}\") stands in the running text, "
                             f"the title of a study on another subject: pasted from another page.",
                      span=span, suggestion="Remove it, or cite the study where the article discusses it.")
    for block, span in inner_copyright_lines(doc, model):
        if block.index not in about_other_subject:
            yield Hit(block, f"A copyright line (\"{block.text[slice(*span)][:60]}\") stands in the middle of a "
                             f"paragraph: the text around it is stitched from snippets of other pages.",
                      span=span, suggestion="Remove the snippets, or write the article in your own words.")


# A signature delimiter: a line of only dashes, underscores, equals signs, tildes or asterisks (three
# or more), e-mail's and Usenet's "-- ", or an HTML rule (<hr>).
_RULE_LINE = re.compile(r"[ \t]*(?:--[ \t]?|(?:[-_=~*][ \t]?){3,})\r?")
_HR = re.compile(r"<hr\b", re.I)
# What a delimiter holds, sought with str.find ("--" alone would find every HTML comment).
_RULE_MARKS = ("---", "___", "===", "~~~", "***", "* * *", "- - -", "_ _ _", "\n--\n", "\n-- \n", "\n--\r", "<hr", "<HR")
# A signature's most words: a line or three, never the post itself.
_SIGNATURE_WORDS = 50
# A labelled note's lead-in ("Editor's note:", "Update:", "Disclosure:"): a note on the post, not the poster.
_NOTE_LABEL = re.compile(r"\W*[\w'’]+(?: [\w'’]+){0,2}:\s")


def _delimited(doc, before, after) -> bool:
    """True when a delimiter line or an <hr> stands between two blocks in the source, with no heading
    between them (a heading's setext underline opens a section). The source is searched in place with
    str.find for what a delimiter holds: an HTML page's gaps hold megabytes of markup."""
    if any(block.kind == "heading" for block in doc.blocks[before.index + 1:after.index]):
        return False
    source, start, end = doc.source, before.offsets[-1] + 1, after.offsets[0]
    for mark in _RULE_MARKS:
        at = source.find(mark, start, end)
        while at != -1:
            if mark[0] == "<":
                if _HR.match(source, at):
                    return True
            else:
                first = source.rfind("\n", start, at + (mark[0] == "\n")) + 1  # 0: the line began before
                last = source.find("\n", max(first, at + 1), end)
                last = end if last == -1 else last
                if first and _RULE_LINE.fullmatch(source, first, last):
                    return True
                at = max(at, last - 1)  # the rest of this line holds no other delimiter
            at = source.find(mark, at + 1, end)
    return False


def signatures(doc, model: TopicModel, max_shared: float) -> list:
    """The blocks of each poster's signature: the text after a delimiter line (a rule of dashes or
    underscores, "-- ", <hr>) up to the next delimiter or the end of the text, after a longer post,
    of at most _SIGNATURE_WORDS words, opening in the first person singular (about the poster), with no word
    of health and sharing less than half `max_shared` of its vocabulary (by specificity) with the rest
    of the text ("I am the poultrygeist." under a post on tramadol's legal status). A heading's
    underline ("Side effects" over "----") opens a section, not a signature. An author's note after a
    rule names the article's subject or speaks of the author in the third person, a labelled note ("Editor's note: I updated...") is about the
    post, and a rule between an article's sections is followed by more of the article: none is one."""
    prose = [block for block in doc.blocks if block.kind in _PROSE and block.offsets]
    found = []
    for cut in range(1, len(prose)):
        # a short first block in the first person first: a delimiter is sought before it only then
        if len(prose[cut].text.split(None, _SIGNATURE_WORDS)) > _SIGNATURE_WORDS or \
                not _FIRST_PERSON.search(prose[cut].text) or not _delimited(doc, prose[cut - 1], prose[cut]):
            continue
        after = cut + 1
        while after < len(prose) and not _delimited(doc, prose[after - 1], prose[after]):
            after += 1
        signed = prose[cut:after]
        words = sum(len(block.text.split()) for block in signed)
        text = " ".join(block.text for block in signed)
        if words > _SIGNATURE_WORDS or sum(len(block.text.split()) for block in prose[:cut]) <= words or \
                _NOTE_LABEL.match(text) or furniture_line(text) or _health_count(model, text):
            continue
        counts, _ = model.counts_to_two()  # a word another block holds (the signature holds it once)
        share = weighted_share(analyse(text, model.lexicon), lambda word: counts.get(stem(word), 0) >= 2,
                               lambda term: False, model.weigh)[0]
        if share < max_shared / 2:  # as little as a first-person paragraph pasted from elsewhere shares
            found.append(signed)
    return found


# A sentence opening with a reference number and a capital, after a sentence's end: tested on the
# whole text once (most hold none) before each sentence is read as a reference entry.
_NUMBERED_SENTENCE = re.compile(r"[.!?]\s+\d{1,3}\.?\s+[A-Z]")
# A verb of its own: a reference's title has none ("The use of..."), a sentence does ("3 The patients were...").
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|can|could|may|might|will|would|should|must|"
                        r"do|does|did)\b", re.I)


@functools.lru_cache(maxsize=1)
def _reference_title() -> re.Pattern:
    """A reference number, then a study title's head (data/offtopic_other_work.toml, [reference_title])."""
    heads = "|".join(load("offtopic_other_work")["reference_title"]["heads"])
    return re.compile(r"\d{1,3}\.?\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:" + heads +
                      r")\s+(?:of|between|in|for|on|among|with|after|to)\b", re.I)


def pasted_references(doc, model: TopicModel, max_shared: float) -> list:
    """(block, span) of each reference entry pasted into running text: a sentence of a paragraph, not
    its first and not in a reference list, that opens with a reference number and a study title (a
    research noun phrase, `_reference_title`, with no verb of its own) whose specific words weigh less
    than `max_shared` in the rest of the article and one of which it does not use is specific: "20 The
    use of complementary and alternative medicine in hospitalized patients with type 2 diabetes
    mellitus in Israel." between two sentences on heartburn. A title on the article's subject is a
    citation of its own evidence, and a numbered list item is a list."""
    if not _NUMBERED_SENTENCE.search(doc.body_text):
        return []
    found = []
    title = _reference_title()
    listed = article_evidence(doc)
    for block in doc.blocks:
        if block.kind != "paragraph" or not _NUMBERED_SENTENCE.search(block.text) or listed.in_references(block):
            continue
        for sentence in block.sentences[1:]:
            text = sentence.text
            if title.match(text) is None or _AUXILIARY.search(text):
                continue
            shared, total, rarest = _shared_weight(model, block, text)
            if total > 0 and shared / total < max_shared and rarest >= _SPECIFIC_WORD:
                found.append((block, (sentence.start, sentence.end)))
    return found


# A copyright notice with its year: "© 2004-2020 Publisher Ltd", "Copyright 2019 ...".
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:19|20)\d\d\b[^.!?]{0,80}", re.I)
# Words of running text on each side of a copyright notice inside a paragraph; a footer's notice
# ends the text, a caption's credit stands alone.
_AROUND_COPYRIGHT = 20


def inner_copyright_lines(doc, model: TopicModel):
    """(block, span) of each copyright notice standing inside a paragraph (a line of one, in plain
    text) between _AROUND_COPYRIGHT words of running text before it and twice as many after: a
    publisher's footer line caught between search snippets that a page stitched together."""
    if not any(mark in lowered_body(doc) for mark in ("©", "(c)", "copyright")) or \
            not _about_health(doc, model, untitled=True):
        return
    for block in doc.blocks:
        if block.kind not in _PROSE:
            continue
        for start, end in source_lines(doc, block):
            line = block.text[start:end]
            for match in _COPYRIGHT.finditer(line):
                if len(line[:match.start()].split()) >= _AROUND_COPYRIGHT and \
                        len(line[match.end():].split()) >= 2 * _AROUND_COPYRIGHT:
                    yield block, (start + match.start(), start + match.end())
                    break


@functools.lru_cache(maxsize=1)
def _turns_to_other_work() -> tuple:
    """(label, search) for each kind of turn to other work (data/offtopic_other_work.toml)."""
    found = []
    for kind in load("offtopic_other_work")["kinds"].values():
        phrases = _spaced(kind["phrases"])
        search = PhraseSearch(phrase_pattern(phrases), phrases)
        search.literals = tuple(kind["anchors"])  # rarer than the words the patterns require
        found.append((kind["label"], search))
    return tuple(found)


def other_work_paragraphs(doc, model: TopicModel, skip_sections=(), boilerplate=frozenset()):
    """(block, what, phrase) for each paragraph that turns to other work or business of the
    article's researchers or institution ("also led a major study", "the university's impact on
    the state's economy") and, from the sentence of the turn on, never names the topic.
    `boilerplate`: indexes of the blocks not judged (about_boilerplate)."""
    if not _about_health(doc, model):
        return
    prose = [b for section in doc.sections for b in section_prose(model, section)]
    for block in prose[1:]:  # not the lead
        number = model.section_of.get(block.index)
        if number in skip_sections or block.index in boilerplate:
            continue
        text = block.text
        lowered = block.lowered
        what, match = next(((label, m) for label, search in _turns_to_other_work()
                            if (m := search.search(text, lowered)) is not None), ("", None))
        if match is None:
            continue
        # from the start of the sentence that turns (the document model's sentences)
        start = max((sentence.start for sentence in block.sentences if sentence.start <= match.start()),
                    default=0)
        rest = analyse(text[start:], model.lexicon, model.generic)
        if not model.names_topic(rest) and not model.topic_hits(rest, number):
            yield block, what, " ".join(match.group().split())


@functools.lru_cache(maxsize=1)
def _story_turn() -> tuple[tuple[str, ...], re.Pattern]:
    """(anchors, pattern at a sentence's start) of the openers that turn to another story
    (data/offtopic_other_work.toml, `story_turn`)."""
    data = load("offtopic_other_work")["story_turn"]
    return tuple(data["anchors"]), re.compile(r"(?:^|(?<=[.!?] ))\W{0,3}(?:" + "|".join(_spaced(data["phrases"])) +
                                              r")\b", re.I)


_NOT_WORD = re.compile(r"\W+")
# The story a turn leaves: the blocks just above it (and its paragraph's text before it).
_TURN_WINDOW = 3


def stitched_stories(doc, model: TopicModel, max_shared: float, min_own_weight: float, skip_sections=(),
                     boilerplate=frozenset()):
    """(block, span) of each sentence that turns to another story ("Meanwhile, the tragic death of ...",
    `_story_turn`) whose words share next to nothing (a quarter of `max_shared`, by specificity) with the
    title and all the text before it, and bring their own, weighing half `min_own_weight`: a second story
    stitched into the page (an aggregator's summary joining two stories), where a story's own "Meanwhile,
    the regulator said ..." goes on with what it was saying. The story it leaves (the three blocks above
    it and its paragraph's text before it) holds three words of health at least (the gate of an untitled
    page's opening)."""
    anchors, turn = _story_turn()
    anchors = [anchor for anchor in anchors if anchor in doc.body_text]
    if not anchors:  # the cheap test: most pages hold none
        return
    for at, block in enumerate(doc.blocks):
        if not at or block.kind not in _PROSE:
            continue
        if not any(anchor in block.text for anchor in anchors):
            continue
        if block.index not in boilerplate and model.section_of.get(block.index) not in skip_sections and \
                turn.search(block.text):
            for sentence in block.sentences:
                text = block.text[sentence.start:sentence.end]
                if not turn.match(text):
                    continue
                # the story it leaves, just above it, is about health
                near = " ".join([*(b.text for b in doc.blocks[max(0, at - _TURN_WINDOW):at]), block.text[:sentence.start]])
                if len(set(health_words(tokens(near.lower())))) < _OPENING_HEALTH:
                    continue
                # the text above it: the title, the blocks before and its paragraph's text before it; a word
                # is shared when a word there opens with its stem (the few words of one sentence are looked
                # up, not the page's words stemmed)
                above = " " + _NOT_WORD.sub(" ", " ".join([doc.title, *(b.text for b in doc.blocks[:at]), near]).lower())
                terms = analyse(text, model.lexicon, model.generic)
                share, _, own_weight = weighted_share(terms, lambda word: f" {stem(word)}" in above,
                                                      lambda term: False, model.weigh)
                if share < max_shared / 4 and own_weight >= min_own_weight / 2:
                    yield block, (sentence.start, sentence.end)


def source_lines(doc, block) -> list:
    """(start, end) in `block.text` of each line of the source it spans: a plain-text
    paragraph the parser joined from lines no blank line separates; one span otherwise."""
    offsets, text = block.offsets, block.text
    if doc.format != "text" or not offsets or "\n" not in doc.source[offsets[0]:offsets[-1]]:
        return [(0, len(text))]
    spans, start = [], 0
    at = doc.source.find("\n", offsets[0], offsets[-1])
    while at >= 0:
        end = bisect.bisect_left(offsets, at)  # the first character after the line break
        if end > start:
            spans.append((start, end))
        start = end
        at = doc.source.find("\n", at + 1, offsets[-1])
    spans.append((start, len(text)))
    return [(a, b) for a, b in ((a, b - (len(text[a:b]) - len(text[a:b].rstrip()))) for a, b in spans) if b > a]


# A headline: a line of four to sixteen words that does not end a sentence (news pages' lists
# of other stories, a stitched snippet's title), or that a widget cut short with an ellipsis after
# a word ("Remedy for ... with plants without ..."); not a reference (a year, a DOI, an address).
_HEADLINE_END = re.compile(r"[\w'’\"”?!)]$|\w\s?(?:\.\.\.|…)$")
_REFERENCE = re.compile(r"\b(?:1[89]|20)\d\d\b|doi|https?:|www\.", re.I)


def headline_shaped(line: str) -> bool:
    """True for a line shaped like a news headline (4-16 words, no closing period; an ellipsis may cut it), opening with a
    capital or with a listicle's number before words in title case ("12 Celebrities And The Foods
    They Refuse To Eat", "54% Of Drinks Hold Less Than Advertised")."""
    words = line.split()
    return 4 <= len(words) <= 16 and bool(_HEADLINE_END.search(line)) and not _REFERENCE.search(line) and \
        (line[:1].isupper() or line[:1].isdigit() and _title_case(" ".join(words[1:])))


def _glued_headline_end(doc, block) -> int:
    """Where a headline glued on top of a plain-text paragraph ends (its first line), or 0."""
    lines = source_lines(doc, block)
    if len(lines) < 2:
        return 0
    start, end = lines[0]
    # the paragraph below opens a sentence of its own (a hard-wrapped paragraph's next line
    # mostly goes on in lowercase)
    after = block.text[lines[1][0]:lines[1][0] + 1]
    return lines[1][0] if after.isupper() and headline_shaped(block.text[start:end]) else 0


# A line of a list of headlines holds no aside, label or contact ("(e.g., ...)", "Desk: 901-...").
_NOT_A_HEADLINE = re.compile(r"[(:@]|\d{3}")
# A run of headlines needs this many lines, each about nothing the article discusses.
_MIN_HEADLINES = 2


def headline_runs(doc, model: TopicModel):
    """(block, span in its text, first headline, count) for each run of headline-shaped lines
    ("Singer announces engagement", "Council says fixing the lakes a top priority") none of
    whose specific words the rest of the article uses: a news site's list of other stories, or
    a stitched page's stray titles. Lines without letters ("-") and short labels ("Sports
    Video") between them do not end a run; a sentence, or a headline on the topic, does."""
    if not _about_health(doc, model, untitled=True):
        return
    title = doc.sections[0].heading if doc.sections else None
    run: list = []
    introduced = False  # under a line of the article that introduces a list ("The leaflet covers:")
    for section in doc.sections:
        for block in [section.heading] if section.heading else []:
            if introduced:
                introduced = not _ENDS_SENTENCE.search(block.text)
                continue
            yield from _headline_lines(doc, model, block, run, block is title)
        for block in section.blocks:
            if block.kind in _PROSE and not model.is_link_list(block):
                if introduced:  # an item of the list: the list ends with its first sentence
                    yield from _end_run(run)
                    introduced = not _ENDS_SENTENCE.search(block.text)
                    continue
                yield from _headline_lines(doc, model, block, run, False)
                introduced = _introduces_list(model, block)
            else:
                yield from _end_run(run)
    yield from _end_run(run)


_ENDS_SENTENCE = re.compile(r"[.!?][\"'’”)]*\s*$")


def _introduces_list(model: TopicModel, block) -> bool:
    """True for a prose block whose last line ends with a colon and speaks of the article's subject
    ("CMI documents include:"): the lines under it are the list it introduces, not headlines of
    other stories. A label with none of the article's specific words ("More News:") introduces
    nothing of the article's."""
    text = block.text.rstrip()
    if not text.endswith(":"):
        return False
    line = text[text.rfind("\n") + 1:]
    shared, total, _ = _shared_weight(model, block, line)
    return shared > 0 and shared >= 0.2 * total


def _headline_lines(doc, model: TopicModel, block, run: list, is_title: bool):
    for start, end in source_lines(doc, block):
        line = block.text[start:end]
        if not any(map(str.isalpha, line)) or (len(line.split()) <= 3 and not line.endswith(".")):
            continue  # a separator or a label: the run goes on
        if not is_title and block.kind != "list_item" and len(line.split()) >= 5 and \
                not _NOT_A_HEADLINE.search(line) and headline_shaped(line) and _unrelated_headline(model, block, line) \
                and _health_count(model, line) < 2:
            run.append((block, start, end, line))
        else:
            yield from _end_run(run)


def _end_run(run: list):
    if len(run) >= _MIN_HEADLINES:
        block, start, _, first = run[0]
        end = run[-1][2] if run[-1][0] is block else len(block.text)
        yield block, (start, end), first, len(run)
    run.clear()


# A strip of other stories at the story's edge (a news portal's "Live" or "Today's headlines" list above
# a wire story, another story's headline and standfirst pasted over it), in any language and format: each
# item a title-shaped line (4 to 20 words, not lowercase at its start, no sentence end; a kicker label
# before a bar and a date, time or byline after it left out), with its lede after it (a paragraph of one
# or two sentences) or alone.
_EDGE_KICKER = re.compile(r"^[^|]{1,25}\s\|\s")
_EDGE_META = re.compile(r"(?:\s+\|\s.*|\s+\d{1,2}[-/. ](?:\d{1,2}|[^\W\d_]{3,9})[-/. ]\d{2,4}\b.*|\s+\d{1,2}:\d\d\b.*)$")
_EDGE_NOT_TITLE = re.compile(r"doi|https?:|www\.|@|et al\.|[.;,]$", re.I)
_EDGE_MIN_WORDS, _EDGE_MAX_WORDS, _LEDE_WORDS = 4, 20, 50
# The story around a strip: this many paragraphs of running text (12 words or more, ending a sentence).
_EDGE_STORY = 3
# A strip holds this many items, or two each with its lede.
_EDGE_ITEMS = 3


def _edge_title(text: str) -> str:
    """The headline of a block that is one title-shaped line (its kicker and trailing meta left out), or ''."""
    line = text.strip()
    if "\n" in line:
        return ""
    line = _EDGE_META.sub("", _EDGE_KICKER.sub("", line, count=1)).strip()
    words = line.split()
    if not _EDGE_MIN_WORDS <= len(words) <= _EDGE_MAX_WORDS or line[:1].islower() or \
            _EDGE_NOT_TITLE.search(line) or not any(map(str.isalpha, line[:1] + words[-1])):
        return ""
    return line


def _lede(block) -> bool:
    """True for a lede: a paragraph of one or two sentences (_LEDE_WORDS words at most) that ends one."""
    return block.kind == "paragraph" and len(block.sentences) <= _TEASER_SENTENCES and \
        len(block.text.split(None, _LEDE_WORDS)) <= _LEDE_WORDS and _ENDS_SENTENCE.search(block.text) is not None


def _edge_items(doc, blocks: list, forward: bool) -> list:
    """The items a strip at the start of `blocks` can hold, in order: (headline block, its title, lede
    block or None); labels (three words or fewer) and an item's meta between them are skipped. Stops at
    the first block that is neither. Read backwards (`forward` False: the page's end), an item is a
    headline alone or a lede alone (a saved page keeps the ledes of the stories after the article without
    their headlines, the page's last one cut short)."""
    items, at = [], 0
    while at < len(blocks):
        block = blocks[at]
        text = block.text.strip()
        if len(text.split()) <= 3 or _item_meta(text) or furniture_line(text):
            at += 1
            continue
        lines = [block.text[a:b] for a, b in source_lines(doc, block)]
        if len(lines) > 1:  # plain-text lines one under another: a strip when each is a headline
            titles = [_edge_title(line) for line in lines]
            if not all(titles):
                break
            items += [(block, title, None) for title in titles]
            at += 1
            continue
        title = _edge_title(text) if block.kind in _BOX_KINDS else ""
        # a lede alone: a teaser's sentences in the third person, not a quotation (an account's end)
        if not title and not forward and (_lede(block) or at == 0 and _teaser(block, True)) and \
                len(text.split(None, _SENTENCE_WORDS)) > _SENTENCE_WORDS and not publisher_furniture(text) and \
                not _QUOTATION.search(text) and not _FIRST_PERSON.search(text) and text[:1] not in "“\"'‘":
            items.append((block, "", block))
            at += 1
            continue
        if not title:
            break
        lede = blocks[at + 1] if forward and at + 1 < len(blocks) else None
        if lede is not None and not (_lede(lede) and not _edge_title(lede.text)):
            lede = None
        items.append((block, title, lede))
        at += 2 if lede is not None else 1
    return items


def edge_strips(doc, model: TopicModel, max_shared: float, min_own_weight: float):
    """(first block, headlines) for each strip of other stories at the start or the end of the page
    (_edge_items): a run of items none of which shares a fifth of the weight of its specific words with
    the story outside the strip (one word it does not share is specific), with at most one word of health
    each, that differ from one another too (fewer than half of them share a specific word with another
    item: a table of contents or a related list has one subject, a portal's strip as many as items),
    two items or more (the first at the page's start, and none among the story's own lines); or, at the
    start, one headline with its lede that shares next to nothing (a quarter of `max_shared`) and whose
    own words weigh twice `min_own_weight` (another story's headline and standfirst over the article).
    The story must hold _EDGE_STORY paragraphs of running text outside the strip."""
    # an HTML or Markdown page's title says what it is about: one not on health is not judged (as by every
    # test of LM202); a plain text's first line may be the strip itself, so it is judged whatever it names
    if doc.format != "text" and not _about_health(doc, model, untitled=True):
        return
    blocks = [b for b in doc.blocks if any(map(str.isalpha, b.text))]
    for forward in (True, False):
        ordered = blocks if forward else blocks[::-1]
        items = _edge_items(doc, ordered, forward)
        found = _edge_judged(doc, model, blocks, items, max_shared, min_own_weight, forward)
        if found:
            yield found


def _edge_judged(doc, model: TopicModel, blocks: list, items: list, max_shared: float, min_own_weight: float,
                 forward: bool):
    """The strip `edge_strips` reports among `items` (from one edge), or None."""
    single = forward and doc.format == "text" and bool(items) and items[0][2] is not None and \
        items[0][0] is blocks[0]
    # words weigh in the article's language for the lone headline (a page's first line in Portuguese over
    # a story in it), in English for a strip (its items' own words weigh, shared or not, alike)
    weigh = model.weigh if single and len(items) < 2 else specificity
    read = []
    for block, title, lede in items:
        text = title if lede is None else f"{title} {lede.text}".strip()
        terms = analyse(text, model.lexicon, model.generic)
        words = {stem(w) for w in terms.content if len(w) > 2 and weigh(w) >= _SPECIFIC_WORD}
        read.append((block, title, lede, terms, words, _health_count(model, text, terms)))
    # the cheap test first, on the items alone: some run of them from the edge is a strip by its form
    if not single and not any(_strip_form(read[:end]) for end in range(2, len(read) + 1)):
        return None
    stems_of = model.stems_of
    held = Counter(stem_ for b in blocks for stem_ in stems_of[b.index])  # stem -> blocks holding it
    strip, inside = [], set()
    # each item against the page without it, the strip's items before it (the edge's side) and the other
    # headlines (a strip's items may share a word with one another, not with the story)
    headlines = {block.index for block, title, _ in items if title}
    for item in read:
        block, title, lede, terms, _, _ = item
        own = set() if block.index in inside else {b.index for b in (block, lede) if b is not None}
        out = Counter(stem_ for index in inside | own | headlines for stem_ in stems_of[index])
        share, _, own_weight = weighted_share(terms, lambda word: held[stem(word)] > out[stem(word)],
                                              lambda term: False, weigh)
        # the story's own line ends the strip, and so does a line naming nothing (a lede alone must
        # name its subject with words of its own)
        if share >= max_shared or not own_weight or not title and own_weight < min_own_weight / 2:
            break
        strip.append((*item, share, own_weight))
        inside |= own
    story = [b for b in blocks if b.index not in inside and b.kind in _PROSE and
             len(b.text.split(None, _SENTENCE_WORDS)) > _SENTENCE_WORDS and _ENDS_SENTENCE.search(b.text)]
    if len(story) < _EDGE_STORY:
        return None
    if _strip_form(strip):
        strip.sort(key=lambda item: item[0].index)
        return strip[0][0], [item[1] or item[2].text for item in strip]
    if single and strip and strip[0][2] is not None and strip[0][6] < max_shared / 4 and \
            strip[0][7] >= min_own_weight and strip[0][5] <= 1:
        return strip[0][0], [strip[0][1]]
    return None


def _strip_form(items: list) -> bool:
    """True for items (block, title, lede, terms, specific stems, health words, ...) that make a strip by
    their form: three or more (two each with its lede), differing from one another (fewer than half share
    a specific word with another) and fewer than a third naming health."""
    if not (len(items) >= _EDGE_ITEMS or len(items) >= 2 and all(item[2] is not None for item in items)):
        return False
    linked = sum(any(item[4] & other[4] for other in items if other is not item) for item in items)
    return linked < len(items) / 2 and sum(item[5] > 0 for item in items) < len(items) / 3


# A widget of other stories that ends the page ("More news", "Editors' picks"): teasers, each a
# headline line over at most a short paragraph of one or two sentences.
_TEASER_WORDS, _TEASER_SENTENCES = 40, 2
# An article around the widget says what its own subject is in this many paragraphs of 12 words.
_WIDGET_ARTICLE = 3
# A widget of headlines without teaser paragraphs (each headline over a one-line dek, or alone)
# needs this many lines.
_HEADLINES_ONLY = 4


def teaser_widget(doc, model: TopicModel, max_shared: float, min_own_weight: float):
    """(block, headlines, indexes of the widget's blocks) for a widget of teasers of other stories that
    ends the page (two items or more, one with its teaser paragraph at least or four headlines, each
    headline different; short labels after it, and an item's date, reading time or byline, do not count;
    the items of a list only under a widget's label), when some of its items share less than `max_shared`
    of their vocabulary (by specificity) with the article (a quarter of it for an item on health, judged
    only under a paragraph longer than a teaser) and bring words of their own weighing half
    `min_own_weight`, or, none long enough alone, all its items together the whole `min_own_weight`:
    `block` is the first such headline, `headlines` all of theirs."""
    if not _about_health(doc, model, untitled=True):
        return None
    blocks = [b for b in doc.blocks if any(map(str.isalpha, b.text))]
    end = len(blocks)
    while end and len(blocks[end - 1].text.split()) <= 3:  # a share bar's, a label's line
        end -= 1
    title = next((b for b in doc.blocks if b.kind == "heading"), None)
    items, at = [], end - 1
    while at >= 0:
        if _item_meta(blocks[at].text):  # a date, reading time or byline of an item
            at -= 1
            continue
        # the page's last teaser may be cut short (a saved page's end): it need not end a sentence
        teaser = blocks[at] if _teaser(blocks[at], at == len(blocks) - 1) else None
        head = at - 1 if teaser else at
        while head > 0 and teaser and _item_meta(blocks[head].text):
            head -= 1
        if head < 0 or blocks[head] is title or widget_label(blocks[head].text) or \
                not _teaser_headline(model, blocks[head]):
            break
        items.append((blocks[head], teaser))
        at = head - 1
    # a list's items are headlines only under a widget's label: an article's own list has none
    labelled = at >= 0 and widget_label(blocks[at].text)
    if any(head.kind == "list_item" for head, _ in items) and not labelled:
        return None
    if len(items) < 2 or not any(teaser for _, teaser in items) and len(items) < _HEADLINES_ONLY or \
            len({_item_head(head) for head, _ in items}) < len(items):
        return None
    inside = {b.index for item in items for b in item if b is not None}
    article = [b for b in blocks[:at + 1] if b.kind in _PROSE and len(b.text.split(None, 12)) > 12]
    if len(article) < _WIDGET_ARTICLE:
        return None
    # an item on health is another story only under an article (a paragraph longer than a teaser):
    # on a page of teasers throughout, the items on health are the page's own
    judge_health = not all(_teaser(b, True) for b in article)
    elsewhere = set().union(*(stems for index, stems in model.stems_of.items() if index not in inside),
                            (stem(w) for w in analyse(doc.title, model.lexicon).content))
    def other_subject(text: str, own_bar: float) -> bool:
        terms = analyse(text, model.lexicon, model.generic)
        # an item on health must share next to nothing: another health story, not a section of the article
        bar = max_shared if not _health_count(model, text, terms) else max_shared / 4 if judge_health else 0
        share, _, own_weight = weighted_share(terms, lambda word: stem(word) in elsewhere, lambda term: False)
        return share < bar and own_weight >= own_bar

    items.reverse()
    texts = [_item_head(head) if teaser is None else f"{_item_head(head)} {teaser.text}" for head, teaser in items]
    other = [head for (head, _), text in zip(items, texts) if other_subject(text, min_own_weight / 2)]
    # items too short to judge one by one (headlines over a standfirst line) are judged together
    if not other and other_subject(" ".join(texts), min_own_weight):
        other = [head for head, _ in items]
    return (other[0], [_item_head(head) for head in other], {b.index for item in items for b in item if b}) \
        if other else None


def _teaser(block, cut: bool = False) -> bool:
    """True for a teaser's paragraph: one or two sentences, at most _TEASER_WORDS words; with `cut`
    (the page's last block), the last need not end."""
    return block.kind == "paragraph" and len(block.sentences) <= _TEASER_SENTENCES and \
        len(block.text.split(None, _TEASER_WORDS)) <= _TEASER_WORDS and (cut or block.text.rstrip()[-1:] in ".!?…")


# What a widget prints with an item's headline, after it or on a line of its own: a reading time,
# an age, a date, a byline ("· 4 min read", "2 hours ago", "March 3, 2024", "By Jane Porter").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_ITEM_META = re.compile(r"(?:^|\s*[|·•–—-]\s*|\s+)(?:\d+\s*min(?:ute)?s?\.?\s+read|\d+\s+(?:seconds?|minutes?|"
                        r"hours?|days?|weeks?|months?)\s+ago|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|"
                        r"\d{1,2}\s+" + _MONTH + r",?\s+(?:19|20)\d\d|[Bb]y\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*$")


def _item_meta(text: str) -> bool:
    """True for a block that is only an item's date, reading time or byline (_ITEM_META)."""
    lines = text.strip().split("\n")
    return all((m := _ITEM_META.search(line.strip())) is not None and m.start() == 0 for line in lines)


def _item_head(block) -> str:
    """A widget item's headline: the block's first line without the date, reading time or byline
    printed after it (_ITEM_META), when its other lines are only such; '' otherwise."""
    first, *rest = block.text.strip().split("\n")
    if not all(_item_meta(line) for line in rest):
        return ""
    while (m := _ITEM_META.search(first)) is not None and m.start() > 0:
        first = first[:m.start()]
    return first.strip()


def _teaser_headline(model: TopicModel, block) -> bool:
    """True for a teaser's headline: a line of five words or more shaped like a headline, not a
    question (an FAQ's), an aside or a label; a date, reading time or byline after it left out."""
    line = _item_head(block)
    return block.kind in ("paragraph", "heading", "list_item") and len(line.split()) >= 5 and \
        not line.endswith("?") and not _NOT_A_HEADLINE.search(line) and headline_shaped(line) and \
        not model.is_link_list(block)


def _health_count(model: TopicModel, text: str, terms=None) -> int:
    """How many different words of health and terms of the medical vocabulary `text` holds
    (`terms`: its analysis, if at hand)."""
    found = (terms or analyse(text, model.lexicon, model.generic)).found
    return len(set(health_words(tokens(text))) | set(found))


# An untitled text (a page saved as plain text) is about health when its opening words hold
# this many different health words ("flu", "vaccine", "illness"; one or two are chance).
_OPENING_WORDS, _OPENING_HEALTH = 80, 3


def _about_health(doc, model: TopicModel, untitled: bool = False) -> bool:
    """True for an article the vocabulary knows the topic of, or whose title names health;
    with `untitled`, for one without a title whose opening words name health (a list of
    other stories or a page of news items stands apart from them by its layout; a paragraph
    of an untitled page has no article to be judged against). Asked by several tests of a
    document: answered once (_health_article)."""
    return _health_article(doc, model, untitled)


@per_document
def _health_article(doc, model: TopicModel, untitled: bool) -> bool:
    if model.groups:
        return True
    named = " ".join((doc.title, doc.meta.get("title", "")))
    if named.strip() or not untitled:
        return bool(health_words(tokens(named)))
    return len(set(health_words(tokens(lowered_body(doc))[:_OPENING_WORDS]))) >= _OPENING_HEALTH


def pasted_paragraphs(doc, model: TopicModel, min_words: int, max_shared: float, skip_sections=(),
                      min_own_weight: float = 25.0, boilerplate=frozenset(), max_relative: float = 0.4):
    """(kind, block, share, words of its own, detail) for each paragraph that reads as pasted from another
    story (kind "paragraph"), the first of a run of paragraphs that goes on with another story ("story",
    pasted_runs) or of a box of short blocks pasted between paragraphs ("box", pasted_boxes; `detail` their
    number): it shares less than `max_shared` of its vocabulary (by specificity) with the
    rest of the article, and less than `max_relative` of what the article's paragraphs typically share (the
    median: a per-article baseline), and holds at most two health words; or it shares next to nothing under a
    heading or label line of its own that shares nothing either ("aside"; `detail`: that line's text).
    Lists of names are not judged, nor the paragraphs of `skip_sections` (section numbers) or the blocks of
    `boilerplate` (indexes)."""
    # An article not about health is not judged: there every paragraph "says nothing of health".
    # It is about health when its title (or opening words, without a title) names health, or,
    # in plain text, whose "title" is only its first line (a site's name, a heading), when a
    # quarter of its paragraphs (two at least; the first left out) hold two health words (one
    # is chance: "risk"). An HTML or Markdown article whose title does not name health is not
    # analysed at all.
    named_health = _about_health(doc, model, untitled=True)
    if not named_health and doc.format != "text" and " ".join((doc.title, doc.meta.get("title", ""))).strip():
        return
    prose = [b for section in doc.sections for b in section_prose(model, section) if model.blocks[b.index].length >= 12]
    health_page = named_health or \
        sum(model.blocks[b.index].health >= 2 for b in prose[1:]) >= max(2, len(prose[1:]) / 4) or \
        _health_in_other_language(model, prose)
    opening = _pasted_opening(model, prose, min_words, max_shared, _own_bar(min_own_weight, prose), boilerplate)
    if not health_page and not opening:
        return
    promotion = promotional_blocks(doc, model)  # LM203's finding, not a second one here
    # the items of a page of news items share little with each other by nature: pasted_items judges them
    items = {line[0].index for item in _page_items(doc, model)[1] for line in item}
    judged = [b for b in prose if b.index not in promotion and b.index not in items]
    min_own_weight = _own_bar(min_own_weight, judged)
    candidates = list(_pasted_candidates(doc, model, judged, min_words, max_shared, skip_sections,
                                         min_own_weight, boilerplate, opening and judged[:1] == prose[:1]))
    runs = list(pasted_runs(doc, model, judged, max_shared, min_own_weight, skip_sections, boilerplate))
    boxes = list(pasted_boxes(doc, model, judged, min_words, max_shared, min_own_weight,
                              {*skip_sections}, {*boilerplate, *promotion, *items}))
    headlines = list(pasted_headlines(doc, model, judged, min_own_weight, {*boilerplate, *promotion, *items},
                                      skip_sections))
    if not candidates and not runs and not boxes and not headlines:
        return
    # The article's own baseline: how much of their vocabulary its paragraphs typically share
    # with the rest (a stitched page of snippets shares little everywhere; a news story much).
    # A paragraph sharing less than a quarter of `max_shared` shares next to nothing anywhere.
    baseline = statistics.median(model.shared_share(b)[0] for b in judged)
    bar = max(max_relative * baseline, max_shared / 4)
    for block, share, own, label in candidates:
        if share < bar:
            yield ("aside", block, share, own, label) if label else ("paragraph", block, share, own, 1)
    for blocks, share, own in runs:
        if share < bar:
            yield "story", blocks[0], share, own, len(blocks)
    for blocks, share, own in boxes:
        if share < bar:
            yield "box", blocks[0], share, own, len(blocks)
    for block, share, own, teaser in headlines:  # judged as a headline (_unrelated_headline), not by the baseline
        yield "headline", block, share, own, "teaser" if teaser else 1


# An article in another language is about health when this many of its paragraphs name health.
_OTHER_LANGUAGE_HEALTH = 2


def _health_in_other_language(model: TopicModel, prose: list) -> bool:
    """True for an article in another language than English (its words weighed in it: TopicModel.weigh)
    two of whose paragraphs or more (the first left out) name a term of the medical vocabulary or a word of
    health: drug and condition names are written alike in most languages ("sildenafil", "Viagra"), while
    the list of words of health (and so the English test, two in a quarter of the paragraphs) is English."""
    return model.weigh is not specificity and sum(
        bool(model.blocks[b.index].found) or model.blocks[b.index].health > 0 for b in prose[1:]) >= \
        _OTHER_LANGUAGE_HEALTH


def _counts_inside(model: TopicModel, blocks) -> tuple[Counter, Counter]:
    """(stem -> how many of `blocks` hold it, term -> how many mention it): what the blocks of a run hold
    among themselves, to tell the words the rest of the article holds (_share_outside)."""
    return (Counter(key for b in blocks for key in model.stems_of[b.index]),
            Counter(term for b in blocks for term in set(model.blocks[b.index].found)))


def _share_outside(model: TopicModel, terms, inside: Counter, inside_terms: Counter) -> tuple:
    """weighted_share of `terms` (of a run of blocks whose counts are `inside`, `inside_terms`) in the blocks
    outside the run and the title: (share, words not shared, their weight)."""
    return weighted_share(terms, lambda word: model.block_stems.get(stem(word), 0) > inside[stem(word)],
                          lambda term: model.block_terms.get(term, 0) > inside_terms[term])


def _titled_with_own_words(model: TopicModel, title, inside: Counter, inside_terms: Counter, max_shared: float) -> bool:
    """A box's first block (its title) shares `max_shared` of its vocabulary or more with the blocks outside
    the box, by a word that says something: a specific one (_SPECIFIC_WORD) or one the article keeps
    returning to (more than _RECURRING blocks outside), or a term. "Terms and conditions", "Small print"
    share only common words ("conditions" once in a news story) and title nothing of the article's."""
    terms = model.blocks[title.index]
    if _share_outside(model, terms, inside, inside_terms)[0] < max_shared:
        return False
    return any(model.block_terms.get(term, 0) > inside_terms[term] for term in terms.found) or \
        any(model.block_stems.get(key := stem(word), 0) - inside[key] > (0 if specificity(word) >= _SPECIFIC_WORD
                                                                          else _RECURRING)
            for word in terms.content if len(word) > 2)


# Two neighbouring pairs of paragraphs go on with one story when this share of the later pair's
# content words are words of the earlier pair; below it, a new story begins.
_STORY_BREAK = 0.1
# A story run of a stitched page holds at least this many words.
_RUN_WORDS = 40


def story_runs(model: TopicModel, prose: list) -> list:
    """The runs of consecutive paragraphs of `prose` that go on with one story: a run ends where
    fewer than _STORY_BREAK of the content words (by stem) of the next two paragraphs are words of
    the two before (the lexical cohesion of TextTiling, Hearst 1997)."""
    stems = [model.stems_of[b.index] for b in prose]
    runs = [[prose[0]]] if prose else []
    for i in range(1, len(prose)):
        after = stems[i] | stems[i + 1] if i + 1 < len(prose) else stems[i]
        before = stems[i - 1] | stems[i - 2] if i >= 2 else stems[i - 1]
        if len(after & before) < _STORY_BREAK * len(after):
            runs.append([prose[i]])
        else:
            runs[-1].append(prose[i])
    return runs


def pasted_runs(doc, model: TopicModel, prose: list, max_shared: float, min_own_weight: float,
                skip_sections=(), boilerplate=frozenset()):
    """(blocks, share, words of their own) for each run of two paragraphs or more that goes on with
    a story of its own (story_runs), not the first: a page that runs another story on after the
    article's (a wire feed, an aggregator), whose paragraphs share their words with each other and
    none with the article, so that none of them reads as pasted by itself; the article's own
    paragraphs are most of the page, three at least. The run is judged as
    one paragraph: its words that no block outside it (nor the title) holds weigh
    `min_own_weight`, and those others hold less than `max_shared` of its vocabulary; it holds at
    most one word of health, none of the article's most characteristic words (_subject_words) and no
    quotation or first-person account."""
    if len(prose) < 5:
        return  # a run of two and three paragraphs of the article's own
    for run in story_runs(model, prose)[1:]:
        # the article's own story holds most of the page, three paragraphs at least
        if len(run) < 2 or 2 * len(run) > len(prose) or len(prose) - len(run) < 3 or \
                sum(model.blocks[b.index].length for b in run) < _RUN_WORDS or \
                any(b.index in boilerplate or model.section_of.get(b.index) in skip_sections for b in run):
            continue
        inside, inside_terms = _counts_inside(model, run)
        # the cheap test first: most runs (the article's own sections) share most of their words
        if 2 * sum(model.block_stems[key] > count for key, count in inside.items()) >= len(inside):
            continue
        terms = merge(model.blocks[b.index] for b in run)
        share, own, own_weight = _share_outside(model, terms, inside, inside_terms)
        if share < max_shared and own_weight >= min_own_weight and \
                _health_count(model, " ".join(b.text for b in run), terms) <= 1 and \
                _subject_words(model).isdisjoint(terms.content) and \
                not any(_voice(b.text) or publisher_furniture(b.text) for b in run):
            yield run, share, own


_BOX_KINDS = (*_PROSE, "heading")
# a box may be a table too (a spec sheet's caption and cells), read as one run of short blocks
_BOX_RUN_KINDS = (*_BOX_KINDS, "caption", "table_cell")


def pasted_boxes(doc, model: TopicModel, prose: list, min_words: int, max_shared: float, min_own_weight: float,
                 skip_sections=frozenset(), skipped=frozenset()):
    """(blocks, share, words of their own) for each box between two paragraphs of the article (box_runs)
    that reads as pasted: judged as one paragraph is (_reads_as_pasted: it shares less than `max_shared` of
    its vocabulary with the blocks outside it and its own words weigh, with at most one word of health),
    when it names none of the article's most characteristic words and no word of health or term the
    article keeps returning to (in three other blocks)."""
    for run, share, own, own_weight in box_runs(doc, model, prose, min_words, max_shared, skip_sections, skipped):
        terms = merge(model.blocks[b.index] for b in run)
        inside, inside_terms = _counts_inside(model, run)
        text = " ".join(b.text for b in run)
        if _reads_as_pasted(_health_count(model, text, terms), bool(_voice(text)), share, own_weight, max_shared,
                            min_own_weight) and _subject_words(model).isdisjoint(terms.content) and \
                not any(model.block_stems.get(key, 0) - inside[key] >= _RECURRING
                        for key in map(stem, health_words(terms.content))) and \
                not any(model.block_terms.get(term, 0) - inside_terms[term] >= _RECURRING for term in terms.found):
            yield run, share, own


# A shorter box (a spec sheet's four lines, "Freefall: about 30 seconds") is judged from this share of
# `min_words` on when it shares no word at all with the article.
_SHORT_BOX = 0.5


def box_runs(doc, model: TopicModel, prose: list, min_words: int, max_shared: float, skip_sections=frozenset(),
             skipped=frozenset()):
    """(blocks, share, words of their own, their weight) for each box standing between two paragraphs of
    the article (`prose`): a run of two blocks or more (headings, lines, paragraphs, list items) each too
    short to be judged alone (under `min_words` words) that together reach `min_words` ("Buyers Guide -
    Now available!" over a line of its pitch, "Featured inside:" and its bullets), its ends trimmed of
    the article's own sentences (_trimmed_box). The article's text goes on across it (the two
    paragraphs after it share a tenth of their words with the two before: no story break, as story_runs
    reads one); it holds one title at most (a heading or a headline-shaped line: a run of headlines over
    their lines is a page of items or sections, each judged with its heading; a line opening on a label and its
    colon, "Lost: a blue scooter", "Tue: paper and card", is an item of a list saved without its markup, as a
    list item is, not a title); and its title shares
    less than `max_shared` of its vocabulary with the article (a box titled with the article's words,
    "Where to find iron in food", is the article's own, however many examples it lists). `share` is of
    its vocabulary (by specificity) that the blocks outside it hold. `skipped`: indexes of blocks that
    are not the article's text (boilerplate, promotion LM203 reports, news items)."""
    if len(prose) < 2:
        return
    runs, run = [], []
    for block in doc.blocks:
        if block.kind in _BOX_RUN_KINDS and block.index in model.section_of and not model.is_link_list(block) and \
                model.blocks[block.index].length < min_words:
            run.append(block)
            continue
        runs.append(run)
        run = []
    runs.append(run)
    starts = [b.index for b in prose]
    least = min_words * _SHORT_BOX
    for run in runs:
        # the cheap test first: most runs are short (a heading over a paragraph)
        if sum(model.blocks[b.index].length for b in run) < least:
            continue
        run = _trimmed_box(run)
        # a pitch LM203 reports closing the box (its sponsor's credit line) is its finding; the rest is judged here
        while run and run[-1].index in skipped:
            run = run[:-1]
        length = sum(model.blocks[b.index].length for b in run)
        if len(run) < 2 or length < least:
            continue
        # a paragraph of the article before it and after it
        at, end = bisect.bisect_left(starts, run[0].index), bisect.bisect_right(starts, run[-1].index)
        if not at or end == len(prose) or \
                any(b.index in skipped or model.section_of.get(b.index) in skip_sections for b in run):
            continue
        before = set().union(*(model.stems_of[b.index] for b in prose[max(0, at - 2):at]))
        after = set().union(*(model.stems_of[b.index] for b in prose[end:end + 2]))
        if len(after & before) < _STORY_BREAK * len(after) or \
                sum(b.kind == "heading" or headline_shaped(b.text.strip()) for b in run
                    if b.kind != "list_item" and not _SPACED_LABEL.match(b.text)) > 1:
            continue
        inside, inside_terms = _counts_inside(model, run)
        if not _titled_with_own_words(model, run[0], inside, inside_terms, max_shared):
            share, own, weight = _share_outside(model, merge(model.blocks[b.index] for b in run), inside, inside_terms)
            if length >= min_words or not share:
                yield run, share, own, weight


# A news site's section label glued to the headline it files, with no space ("Recalls:More cases
# reported in ...", "Health:New rules for ..."): a teaser copied with its kicker.
_KICKER = re.compile(r"[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)?:(?=[A-Z][a-z])")


def pasted_headlines(doc, model: TopicModel, prose: list, min_own_weight: float, skipped=frozenset(),
                     skip_sections=frozenset()):
    """(block, share, words of its own, teaser) for each headline of another story standing alone between two
    paragraphs of the article (`prose`), with no label ("Pria Tewas Tanpa Celana Ditemukan..." pasted
    mid-story in an Indonesian article on erection pills): a block of one headline-shaped line (5 to 16
    words, no aside, label or contact, as a run of headlines' lines), the article's text going on across
    it (the two paragraphs after share a tenth of their words with the two before: no story break, as
    box_runs asks), unrelated to the article (_unrelated_headline: its words weigh less than a fifth in the
    rest of the article, and one it does not share is specific), with at most one word of health and words
    of its own weighing half `min_own_weight` (as a teaser's in a widget of other stories). Its words are
    weighed in the article's language (`TopicModel.weigh`). Such a headline with more health words or
    fewer words of its own is a teaser (`teaser` True) when it is printed in a news site's headline style
    (most words capitalised, _title_case: the article's own sentences and sentence-case headings are not,
    or, with a section label glued to it with no space (_KICKER: "Recalls:More cases reported in ..."),
    wherever the article's text above it goes on: _kicker_teaser),
    the two paragraphs after it take up none of its specific terms (_not_taken_up) and it opens with no
    byline or reading label (furniture_line): a
    headline of another health story ("Surgeons Perform a First Kidney Transplant Abroad" in a story on a
    skin salve). `skipped`: indexes of blocks that are not the article's text."""
    at_of = {b.index: at for at, b in enumerate(prose)}
    for block in doc.blocks[1:-1]:
        # the cheap test first: most blocks have no paragraph of the article on one side
        if block.index - 1 not in at_of:
            continue
        line = block.text.strip()
        kicker = _KICKER.match(line)
        if kicker:  # a teaser under its glued label, below the article's text, whatever follows it
            if block.index in model.section_of and model.section_of[block.index] not in skip_sections and _kicker_teaser(model, block, line[kicker.end():], skipped, doc.blocks[block.index + 1:block.index + 3]):
                yield block, *model.share_of(model.blocks[block.index], model.weigh)[:2], True
            continue
        if block.index + 1 not in at_of:
            continue
        if block.kind not in _BOX_KINDS or block.index in skipped or block.index not in model.section_of or \
                model.section_of[block.index] in skip_sections or "\n" in line or len(line.split()) < 5 or \
                not headline_shaped(line) or _NOT_A_HEADLINE.search(line):
            continue
        start, end = at_of[block.index - 1], at_of[block.index + 1]
        before = set().union(*(model.stems_of[b.index] for b in prose[max(0, start - 1):start + 1]))
        after = set().union(*(model.stems_of[b.index] for b in prose[end:end + 2]))
        if len(after & before) < _STORY_BREAK * len(after) or not _unrelated_headline(model, block, line):
            continue
        share, own, own_weight = model.share_of(model.blocks[block.index], model.weigh)
        if _health_count(model, line) <= 1 and own_weight >= min_own_weight / 2:
            yield block, share, own, False
        elif _title_case(line) and not furniture_line(line) and _not_taken_up(model, block, prose[end:end + 2]):
            yield block, share, own, True


def _kicker_teaser(model: TopicModel, block, headline: str, skipped, following: list) -> bool:
    """True for a block of one line, a section label glued to a headline (_KICKER), whose headline is
    unrelated to the article and not taken up by the two blocks after it: a teaser of another story
    copied with its label ("Recalls:More cases reported in a deli meat outbreak" in a story on a candy
    recall). The glued label marks it as a teaser, as title case does a lone headline."""
    return block.kind in _BOX_KINDS and block.index not in skipped and "\n" not in headline and \
        headline_shaped(headline) and len(headline.split()) >= 5 and not _NOT_A_HEADLINE.search(headline) and \
        _unrelated_headline(model, block, headline) and _not_taken_up(model, block, following)


def _not_taken_up(model: TopicModel, block, following: list) -> bool:
    """True when the two paragraphs after a headline take up none of its specific terms, two or more
    (LM301's terms: neither function words, generic health words, heading filler nor the article's topic
    terms; other forms of a word count): a teaser of another story, on health or not ("Surgeons Perform
    a First Kidney Transplant Abroad" between two paragraphs on a skin salve), where a section heading
    of the article is taken up by the text under it."""
    covered, missing = coverage(model, model.blocks[block.index], merge(model.blocks[b.index] for b in following))
    return bool(following) and not covered and len(missing) >= 2


def _trimmed_box(run: list) -> list:
    """`run` without the blocks at its ends that are the article's: a box opens and closes on a line of
    its own (a heading, a label, a list item, a line of a few words), so a paragraph of a sentence or
    more (12 words or more, ending as a sentence ends) at either end, or a block without a letter, is
    the article's text beside it."""
    def articles(block) -> bool:
        text = block.text
        return not any(map(str.isalpha, text)) or block.kind in ("paragraph", "quote") and \
            len(text.split(None, _SENTENCE_WORDS)) > _SENTENCE_WORDS and _ENDS_SENTENCE.search(text) is not None

    start, end = 0, len(run)
    while start < end and articles(run[start]):
        start += 1
    while end > start and articles(run[end - 1]):
        end -= 1
    return run[start:end]


def _own_bar(min_own_weight: float, prose: list) -> float:
    """What a paragraph's own words must weigh: `min_own_weight`, half as much again in a short
    article (fewer than _SHORT_ARTICLE paragraphs), whose vocabulary says little."""
    return min_own_weight * 1.5 if len(prose) < _SHORT_ARTICLE else min_own_weight


# An opening paragraph is judged as pasted only when its own words weigh this many times
# `min_own_weight`: an opening anecdote in plain words brings little of its own, another story
# (names, places, a trade's words) much.
_OPENING_OWN = 2


def _pasted_opening(model: TopicModel, prose: list, min_words: int, max_shared: float, min_own_weight: float,
                    boilerplate) -> bool:
    """True when the first paragraph of `prose` stands apart from the article like a paragraph
    pasted above it: it shares next to nothing (under a quarter of `max_shared`) of its
    vocabulary, its own words weigh _OPENING_OWN times `min_own_weight`, and the words after it
    name health as an untitled article's opening does (_OPENING_HEALTH different words of health in
    the first _OPENING_WORDS): the article starts below it. An opening anecdote ("many of us get our
    best ideas in the shower") brings too few words of its own; a lead the article goes on from
    shares its words."""
    if len(prose) < 2 or prose[0].index in boilerplate or model.blocks[prose[0].index].length < min_words:
        return False
    # the cheap test first: most pages that are not about health stop here
    after: list = []
    for block in prose[1:]:
        after += tokens(block.text.lower())
        if len(after) >= _OPENING_WORDS:
            break
    if len(set(health_words(after[:_OPENING_WORDS]))) < _OPENING_HEALTH:
        return False
    share, _, own_weight = model.shared_share(prose[0])
    return share < max_shared / 4 and own_weight >= _OPENING_OWN * min_own_weight


def _pasted_candidates(doc, model: TopicModel, prose: list, min_words: int, max_shared: float, skip_sections,
                       min_own_weight: float, boilerplate, opening: bool = False):
    """(block, share, words of its own) for each paragraph of `prose` that reads as pasted by itself,
    before it is weighed against the article's baseline (see pasted_paragraphs); the first only when it
    stands apart (`opening`: _pasted_opening)."""
    first_person = None
    # every paragraph's share is asked: count the article's words once (shared_share then reads
    # these counts instead of searching the text for each word)
    model.block_stems, model.block_terms
    for position, block in enumerate(prose if opening else prose[1:], 0 if opening else 1):
        if model.section_of.get(block.index) in skip_sections or block.index in boilerplate:
            continue  # reported with its section; a press release's "About the company" boilerplate
        text = block.text
        if model.blocks[block.index].length < min_words:
            continue
        # most paragraphs share a fifth of their vocabulary or more: the cheapest test first
        share, own, own_weight = model.shared_share(block)
        if share < max_shared and _EXAMPLES.search(text):
            share = _share_without_examples(model, text)
        if share >= max_shared or publisher_furniture(text) or \
                len(_CAPITALISED.findall(text)) > 0.4 * len(_WORDS.findall(text)):
            continue
        # different words of health, and terms of the medical vocabulary ("omeprazole"), below a
        # headline the text parser glued on top of it (a stitched page's snippet: the headline
        # names the other story's subject in passing, "... suffered from mental health issues")
        body = text[_glued_headline_end(doc, block):]
        health = _health_count(model, body, None if body is not text else model.blocks[block.index])
        # a paragraph sharing next to nothing under a heading or label line that shares nothing
        # either ("Tangential Miscellany:" over news of the practice's staff) starts a subject of its
        # own, whatever its words of health ("nursing school", "patients")
        aside = share < max_shared / 4 and _under_foreign_line(doc, model, block)
        if health >= 3 and not aside:
            continue
        # A word of health the article keeps returning to (in three other blocks or more) is
        # its own subject: a paragraph naming it in other words ("restore your hormone levels"
        # in a clinic's page on hormone therapy) speaks of the article's service.
        terms = model.blocks[block.index]
        if any(model.block_stems.get(stem(word), 0) > _RECURRING for word in health_words(terms.content)) or \
                any(model.block_terms.get(term, 0) > _RECURRING for term in terms.found) or \
                _defines_own_term(doc, text):
            continue
        # a paragraph naming the article's subject ("this white fungus resembling a lion's mane"),
        # or under a heading or short line that names it ("Castor oil packs."), describes it,
        # however it words the rest (the opening stands under the article's title, not a label)
        if not _subject_words(model).isdisjoint(terms.content) or \
                position and _under_subject_line(doc, model, block):
            continue
        # a paragraph naming a name of the article's that its language's word list does not know (a brand,
        # a product, a person: "after taking Cortexi for 60 days" in a review of that supplement) goes
        # on with the article's subject: another story brings names of its own
        if _shares_a_name(model, text):
            continue
        # a paragraph near the top that the next one answers ("But when you're trying to lose
        # weight...") leads in to the article's own argument
        if position < _LEAD_IN and (_answered_by_next(doc, block) or _leads_into_title(doc, model, block)):
            continue
        # one that refers back to the paragraph before ("It is also found in...") or that the
        # block before announces ("... is set out below.") is the article's own thread
        if _cohesive_with_previous(doc, block):
            continue
        voice = _voice(text)
        pasted = _reads_as_pasted(health, bool(voice), share, own_weight, max_shared, min_own_weight)
        if not pasted and not (aside and own_weight >= min_own_weight):
            continue
        # A quotation that goes on with one of the article's people ("she said") is the
        # article's (an opening has no people before it); a first-person account is judged only
        # where the article is not written in the first person (a blog).
        if voice == "quotation" and position and _OWN_SPEAKER.search(text):
            continue
        if voice == "first person":
            if first_person is None:
                first_person = sum(_voice(b.text) == voice for b in prose)
            if 4 * (first_person - 1) >= len(prose):
                continue
        yield block, share, own, "" if pasted else doc.blocks[block.index - 1].text


def _subject_words(model: TopicModel) -> frozenset:
    """The article's _SUBJECT_WORDS most characteristic words: specific words (Zipf frequency 4.5
    or less) that more than _RECURRING of its blocks hold, ranked by blocks holding them times
    specificity (the tf-idf of the article's own vocabulary against general English); cached on
    the model."""
    found = model.__dict__.get("_subject_words")
    if found is None:
        counts = Counter(word for section in model.sections for block in section_members(section)
                         for word in set(model.blocks[block.index].content))
        ranked = sorted(((count * specificity(word), word) for word, count in counts.items()
                         if count > _RECURRING and specificity(word) >= _SPECIFIC_WORD), reverse=True)
        found = model.__dict__["_subject_words"] = frozenset(word for _, word in ranked[:_SUBJECT_WORDS])
    return found


_SUBJECT_WORDS = 2
# A word outside the article's language's word list weighs this (specificity's ceiling): a name, a brand.
_UNKNOWN_WORD = 4.0


def _shares_a_name(model: TopicModel, text: str) -> bool:
    """True when `text` names, capitalised inside a sentence (_NAME), a name its language's word list does
    not know (weighing _UNKNOWN_WORD: a brand, a product, a person) that another block of the article holds."""
    weigh, counts = model.weigh, model.block_stems
    names = {re.sub(r"['’]s?$", "", name).lower() for name in _NAME.findall(text)}
    return any(weigh(name) >= _UNKNOWN_WORD and counts.get(stem(name), 0) >= 2 for name in names)


def _under_subject_line(doc, model: TopicModel, block) -> bool:
    """True for a block right under a heading or a line of a heading's length (at most _SHORT_LINE
    words: "Castor Oil Packs.") holding one of the article's subject words (_subject_words)."""
    above = doc.blocks[block.index - 1] if block.index else None
    return above is not None and (above.kind == "heading" or len(above.text.split()) <= _SHORT_LINE) and \
        not _subject_words(model).isdisjoint(model.blocks[above.index].content)


def _under_foreign_line(doc, model: TopicModel, block) -> bool:
    """True for a block right under a heading or a line of a heading's length (at most _SHORT_LINE
    words) that holds no word of health and none of whose specific words another block of the
    article holds ("Tangential Miscellany:", "Office news"): the label of an aside on another
    subject. A heading naming health ("How these medicines are chosen") heads the article's own
    subject, maybe in other words."""
    above = doc.blocks[block.index - 1] if block.index else None
    if above is None or not (above.kind == "heading" or len(above.text.split()) <= _SHORT_LINE):
        return False
    share, _, own_weight = model.shared_share(above)
    return share == 0 and own_weight > 0 and not _health_count(model, above.text, model.blocks[above.index])


@functools.lru_cache(maxsize=1)
def _answering_opener() -> re.Pattern:
    """The start of a paragraph that answers the one before it (data/offtopic_answers.toml)."""
    return re.compile(r"\W{0,3}(?:" + "|".join(_spaced(load("offtopic_answers")["openers"])) + r")\b", re.I)


# The paragraphs of an article's lead-in (an opening, its hook) are the first few.
_LEAD_IN = 3


def _answered_by_next(doc, block) -> bool:
    """True for a paragraph the block right after it answers with an opener pointing back
    ("But when you're trying to lose weight, ..." after one on planning weeknight dinners)."""
    after = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    return after is not None and after.kind in _PROSE and _answering_opener().match(after.text) is not None


# A title word an opening's longer word begins with has this many letters at least ("hair" of "hairline").
_TITLE_PREFIX = 4


def _leads_into_title(doc, model: TopicModel, block) -> bool:
    """True for an opening paragraph holding a longer form of a word of the title ("hairline" under "Hair
    Loss in Men: ...") that the paragraph after it names too: a hook that leads into the article's subject
    in its own words ("If you've caught yourself staring at your hairline..."), which shares no word with
    the article as written, where a paragraph pasted from another story holds no form of the title's."""
    words = {word for word in tokens(doc.title.lower()) if len(word) >= _TITLE_PREFIX and word.isalpha()}
    after = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    if not words or after is None or after.kind not in _PROSE:
        return False
    following = model.stems_of[after.index]
    return any(word != title_word and word.startswith(title_word) and stem(title_word) in following
               for word in set(tokens(block.text.lower())) for title_word in words)


@functools.lru_cache(maxsize=1)
def _cohesion_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(the start of a paragraph going on with the one before, the end of a block announcing
    the one after it): data/offtopic_answers.toml, `continuing_subjects`, `announcing_ends`."""
    data = load("offtopic_answers")
    subjects = "|".join(_spaced(data["continuing_subjects"]))
    ends = "|".join(_spaced(data["announcing_ends"]))
    return (re.compile(rf"\W{{0,3}}(?:{subjects})\b(?:\s+[\w'’-]+){{0,3}}?\s+also\b", re.I),
            re.compile(rf"\b(?:{ends})\s*[.:]?\W{{0,3}}$", re.I))


def _cohesive_with_previous(doc, block) -> bool:
    """True for a paragraph that refers back to the prose block before it ("It is also found in
    the seeds of...") or that the block before announces ("The standard plan is set out below.")."""
    before = doc.blocks[block.index - 1] if block.index else None
    if before is None or before.kind not in (*_PROSE, "heading"):
        return False
    if _asks(before.text) and _PRONOUN.search(_FIRST_SENTENCE.match(block.text).group()) is not None:
        return True
    if before.kind == "heading":
        return False
    continuing, announcing = _cohesion_patterns()
    return continuing.match(block.text) is not None or announcing.search(before.text) is not None


def _asks(text: str) -> bool:
    """True for a short line or heading that asks a question of the article's subject by a pronoun
    ("So if it's so great, why is it so little known?"): a paragraph under it that speaks of the
    subject by a pronoun too in its first sentence ("Well, it is cheap ...") answers it, in the
    article's own thread, whatever other words the answer uses. A paragraph that opens on a subject
    of its own ("Uber presented itself as ...") is no answer: pasted after a question, it is still
    judged. A question naming a subject ("What is anxiety?") is judged by its words, as any heading."""
    return text.rstrip().endswith("?") and len(text.split(None, _SHORT_QUESTION)) <= _SHORT_QUESTION and \
        _PRONOUN.search(text) is not None


# A question line is of at most this many words (a paragraph ending on a question is not a line).
_SHORT_QUESTION = 16
# The pronoun by which a question refers to the article's subject.
_PRONOUN = re.compile(r"\b(?:it|its|it['’]s|they|them|this|these)\b", re.I)
# A paragraph's first sentence (all of it when it has no stop followed by a space).
_FIRST_SENTENCE = re.compile(r".*?(?:[.!?](?=\s)|$)", re.S)


# An article of fewer paragraphs (of 12 words or more) than this is short.
_SHORT_ARTICLE = 5
# A quotation whose speaker is a pronoun ("she said") goes on with a person of the article.
_OWN_SPEAKER = re.compile(r"\b(?:s?he|they) (?:said|says|added|adds|recalled|recalls|explained|explains|"
                          r"told|tells)\b|\b(?:said|says|added|adds) (?:s?he|they)\b", re.I)


def _voice(text: str) -> str:
    """"quotation" for a paragraph quoting someone, "first person" for a first-person account
    (two first-person words outside quotation marks), "" for other text."""
    if _QUOTATION.search(text):
        return "quotation"
    return "first person" if len(_FIRST_PERSON.findall(text)) >= 2 else ""


# An entry of a glossary or definition list: a term of one to four words, a colon, its explanation.
_DEFINITION = re.compile(r"\W{0,3}([A-Z][\w'’-]*(?: [\w'’-]+){0,3}):\s+\S")


def _defines_own_term(doc, text: str) -> bool:
    """True for a definition entry ("Natural: there is no rule on the use of the word...") of a
    term the rest of the article uses twice or more (its title included): it explains the
    article's own words."""
    match = _DEFINITION.match(text)
    if match is None:
        return False
    term = match.group(1).lower()
    return lowered_body(doc).count(term) - text.lower().count(term) + doc.title.lower().count(term) >= 2


def _reads_as_pasted(health: int, voiced: bool, share: float, own_weight: float, max_shared: float,
                     min_own_weight: float) -> bool:
    """True for text that shares less than `max_shared` of its vocabulary (by specificity) and
    brings words of its own weighing four fifths of `min_own_weight` (another story brings a
    subject of its own: names, places, specific words), with at most one health word. A
    quotation or first-person account (`voiced`), or text with two health words (background on
    another condition), may wander on purpose: it shares half as much and brings the whole
    `min_own_weight`."""
    if health > 2:
        return False
    if health == 2 or voiced:
        return share < max_shared / 2 and own_weight >= min_own_weight
    return share < max_shared and own_weight >= 0.8 * min_own_weight


# A page of news items saved as plain text: a headline line (at most _ITEM_HEADLINE words) over a
# summary line (at least _ITEM_SUMMARY words; a hard-wrapped paragraph's lines are shorter), at
# least _MIN_ITEMS of them, making up _ITEMS_SHARE of the page's lines (an article's paragraphs
# of mixed lengths pair up here and there, not line after line).
_ITEM_HEADLINE, _ITEM_SUMMARY, _MIN_ITEMS, _ITEMS_SHARE = 16, 15, 4, 0.75


def text_lines(doc, blocks) -> list:
    """(block, start, end) of each source line of `blocks`, in order: a plain-text paragraph the
    parser joined from several lines gives one per line, a block of one line itself."""
    return [(block, start, end) for block in blocks for start, end in source_lines(doc, block)]


def news_items(lines: list) -> list:
    """(headline line, summary line) of each news item of `lines` (text_lines) laid out as a page
    of news items (a headline line over a summary line, _MIN_ITEMS or more, most of the lines);
    [] for other text."""
    items, i = [], 0
    while i + 1 < len(lines):
        (block, start, end), (after_block, after, last) = lines[i], lines[i + 1]
        if len(block.text[start:end].split()) <= _ITEM_HEADLINE and \
                len(after_block.text[after:last].split()) >= _ITEM_SUMMARY:
            items.append((lines[i], lines[i + 1]))
            i += 2
        else:
            i += 1
    return items if len(items) >= _MIN_ITEMS and 2 * len(items) >= _ITEMS_SHARE * len(lines) else []


@per_document
def _page_items(doc, model: TopicModel) -> tuple:
    """(text_lines of the page's prose and headings, news_items of them) of a plain-text page."""
    # headlines may be read as headings (a short line alone)
    blocks = [b for b in doc.blocks if (b.kind in _PROSE or b.kind == "heading") and not model.is_link_list(b)]
    lines = text_lines(doc, blocks) if doc.format == "text" else []
    return lines, news_items(lines)


def pasted_items(doc, model: TopicModel, min_words: int, max_shared: float, min_own_weight: float,
                 skip_sections=(), boilerplate=frozenset()):
    """(block, span, share, words of its own) of the headline of each item of a page of news
    items (news_items) that shares nothing with the health vocabulary (no word of health, no
    vocabulary term: _health_evidence) and less than `max_shared` of its vocabulary (by specificity) with the
    rest of the page, and brings words of its own weighing half `min_own_weight`, on a page
    most of whose items speak of health (two health words or more in a third of them, three
    at least)."""
    if not _about_health(doc, model, untitled=True):
        return
    lines, items = _page_items(doc, model)
    items = [item for item in items if not any(
        line[0].index in boilerplate or model.section_of.get(line[0].index) in skip_sections for line in item)]
    if not items:
        return
    texts = [head[0].text[head[1]:head[2]] + " " + summary[0].text[summary[1]:summary[2]] for head, summary in items]
    analysed = [analyse(text, model.lexicon, model.generic) for text in texts]
    health = [_health_count(model, text, terms) for text, terms in zip(texts, analysed)]
    if sum(count >= 2 for count in health) < max(3, len(items) / 3):
        return
    # the words of each item, and of the rest of the page (a title, a standfirst)
    stems = [{stem(w) for w in terms.content} for terms in analysed]
    in_items = {id(line) for item in items for line in item}
    rest_text = " ".join(line[0].text[line[1]:line[2]] for line in lines if id(line) not in in_items) + \
        " " + doc.title
    rest = analyse(rest_text, model.lexicon, model.generic)
    stems.append({stem(w) for w in rest.content})
    # the words of health of each item, and how many items and lines of the page use each
    own_health = [Counter(set(health_words(tokens(text)))) for text in texts]
    page_health = sum(own_health, Counter(set(health_words(tokens(rest_text)))))
    for number, ((head, _), terms) in enumerate(zip(items, analysed)):
        if terms.length < min_words:
            continue
        if health[number] and _health_evidence(texts[number], terms, page_health - own_health[number]):
            continue
        others = set().union(*stems[:number], *stems[number + 1:])
        share, own, own_weight = weighted_share(terms, lambda word: stem(word) in others,
                                                lambda term: False)  # an item without health holds no term
        if share < max_shared and own_weight >= min_own_weight / 2:
            block, start, end = head
            yield block, ((start, end) if (start, end) != (0, len(block.text)) else None), share, own


# A specific word: Zipf 4.5 or rarer ("mortality", "exercising", "habits"). A word of health this
# specific names health wherever it stands; a commoner one ("hearing", "treat", "care") has other
# senses. A headline names a subject of its own only with a specific word ("foods", "make" do not).
_SPECIFIC_WORD = 2.0


def _health_evidence(text: str, terms, elsewhere: Counter) -> set:
    """The words of health and vocabulary terms of a news item that say it is about health:
    every term, every specific word of health, and a common one ("treat", "hearing") only
    when the page's other items or lines use the same word too (`elsewhere`: word -> how many;
    "treats" in a court story is not the "treatment" of another item). A common
    word with a health sense that nothing else on a health page uses is chance: "the Supreme
    Court is hearing arguments on how the law treats..." in a court story."""
    return set(terms.found) | {word for word in health_words(tokens(text))
                               if specificity(word) >= _SPECIFIC_WORD or elsewhere[word] > 0}


# Blocks (besides the one judged) that hold a word the article keeps returning to.
_RECURRING = 3


def _pasted_paragraphs(doc, model: TopicModel, options, skip_sections, boilerplate):
    for kind, block, share, own, detail in pasted_paragraphs(doc, model, options.min_words_pasted,
                                                             options.max_shared, skip_sections,
                                                             options.min_own_weight, boilerplate,
                                                             options.max_relative):
        if kind == "story":
            yield Hit(block, f"These {detail} paragraphs go on with another story: together they share almost none "
                             f"of their words with the rest of the article ({share:.0%} of their vocabulary, by "
                             f"specificity) and hardly a word of health (about {', '.join(own[:4])}).",
                      suggestion="Remove them, or keep the page to one story.")
            continue
        if kind == "box":
            yield Hit(block, f"These {detail} short blocks between the article's paragraphs (a box, a list, its "
                             f"heading) together share almost none of their words with the rest of the article "
                             f"({share:.0%} of their vocabulary, by specificity) and hardly a word of health: "
                             f"a box pasted in on another subject (about {', '.join(own[:4])}).",
                      suggestion="Remove the box, or keep it apart from the article's text.")
            continue
        if kind == "headline" and detail == "teaser":
            yield Hit(block, f"This line between the article's paragraphs is the headline of another story: it "
                             f"shares almost none of its words with the article, and the paragraphs after it "
                             f"never take it up (about {', '.join(own[:4])}).",
                      suggestion="Remove it, or keep links to other stories apart from the article's text.")
            continue
        if kind == "headline":
            yield Hit(block, f"This line between the article's paragraphs is the headline of another story: it "
                             f"shares almost none of its words with the article and hardly a word of health "
                             f"(about {', '.join(own[:4])}).",
                      suggestion="Remove it, or keep links to other stories apart from the article's text.")
            continue
        if kind == "aside":
            yield Hit(block, f"This paragraph, under \"{detail.strip()[:40]}\", shares none of its words with the "
                             f"rest of the article ({share:.0%} of its vocabulary, by specificity), nor does that "
                             f"line: an aside on another subject (about {', '.join(own[:4])}).",
                      suggestion="Remove it, or keep it apart from the article's text.")
            continue
        yield Hit(block, f"This paragraph shares almost none of its words with the rest of the article "
                         f"({share:.0%} of its vocabulary, by specificity) and hardly a word of health: "
                         f"it reads as pasted from another story (about {', '.join(own[:4])}).",
                  suggestion="Remove it, or relate it to the article's subject.")


def _pasted_items(doc, model: TopicModel, options, skip_sections, boilerplate):
    for block, span, share, own in pasted_items(doc, model, options.min_words_pasted, options.max_shared,
                                                options.min_own_weight, skip_sections, boilerplate):
        yield Hit(block, f"This news item shares almost none of its words with the other items of the page "
                         f"({share:.0%} of its vocabulary, by specificity) and hardly a word of health: "
                         f"a story on another subject (about {', '.join(own[:4])}).",
                  span=span, suggestion="Remove it, or keep the page to its subject.")


def _section_defaults(options):
    """LM201's default thresholds with LM202's topic settings (to skip what LM201 reports)."""
    import types

    return types.SimpleNamespace(topic=getattr(options, "topic", None), pack=getattr(options, "pack", {}),
                                 min_words=30, min_mentions=3)


# --- promotional blocks -------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def teaser_labels() -> tuple[str, ...]:
    """The teaser labels listed in data/offtopic_promotion.toml (`[teaser]`)."""
    return tuple(load("offtopic_promotion")["teaser"]["labels"])


@functools.lru_cache(maxsize=1)
def _composed_parts() -> tuple[frozenset, frozenset]:
    """(verbs of looking, words of another item) of `[teaser.composed]`, lowercased, every language's together: a
    label is one of each, in either order ("also check", "check also")."""
    table = load("offtopic_promotion")["teaser"]["composed"].values()
    return (frozenset(verb for language in table for verb in language["verbs"]),
            frozenset(other for language in table for other in language["others"]))


def _composed_label() -> str:
    """The composed labels as a pattern: a verb and a word of another item, either way round."""
    verbs, others = (r"(?:" + "|".join(sorted((r",?\s+".join(w.split()) for w in words), key=len, reverse=True)) + ")"
                     for words in _composed_parts())
    return rf"{verbs},?\s+{others}|{others},?\s+{verbs}"


@functools.lru_cache(maxsize=1)
def _teaser_label() -> re.Pattern:
    """A teaser for another story of the site, in any language: a label of the [teaser] table of
    data/offtopic_promotion.toml ("MORE", "Also, read", "Baca Juga", "Leia também"; its words may be
    parted by a comma) at the start of a block, then a colon, a spaced dash or a gap of two spaces, then the
    headline (group 1)."""
    labels = (r",?\s+".join(label.split()) for label in teaser_labels())
    return _label_then_headline("|".join(sorted(labels, key=len, reverse=True)))


@functools.lru_cache(maxsize=1)
def _composed_teaser_label() -> re.Pattern:
    """`_teaser_label` for the composed labels ("Also Check :", "Zobacz również –"), asked only of a block opening
    with their words (a pattern of its own: added to the listed labels', it doubled the time of every block's
    test, LM501's too)."""
    return _label_then_headline(_composed_label())


def _label_then_headline(labels: str) -> re.Pattern:
    return re.compile(r"^\W{0,3}(?:" + labels + r")(?:\s*[:：|]|\s+[–—-]\s|\s{2,})\s*(\S.{5,})", re.I)


@functools.lru_cache(maxsize=1)
def _bare_teaser_label() -> re.Pattern:
    """A teaser label of two words or more with no mark after it, then the headline (group 2):
    "Also Read A Wildcat Turns ...". `_labelled_teaser` asks that both be written as a label and a
    headline are (capitalised), as a sentence opening with the same words ("Read more about it") is not."""
    labels = (r",?\s+".join(label.split()) for label in teaser_labels()
              if " " in label.strip())
    return re.compile(r"^\W{0,3}(" + "|".join(sorted(labels, key=len, reverse=True)) + r")\s+(\S.{5,})", re.I)


@functools.lru_cache(maxsize=1)
def _composed_bare_label() -> re.Pattern:
    """`_bare_teaser_label` for the composed labels."""
    return re.compile(r"^\W{0,3}(" + _composed_label() + r")\s+(\S.{5,})", re.I)


_FIRST_WORD = re.compile(r"\W{0,3}([^\W_]+)")
# Any label of one to three words, then a colon and a space, before a headline ("Fact check: No, ...",
# "Explainer: ...", "Kesehatan: ..."): a site's series or section label over one of its stories.
_SPACED_LABEL = re.compile(r"[^\W\d_][\w'’&-]*(?: [\w'’&-]+){0,2}:[ \t]+(?=[^\W\d_])")
# The paragraphs on each side of a labelled headline hold this many words at least.
_AROUND_WORDS = 12


_FIRST_TWO_WORDS = re.compile(r"\W{0,3}([^\W_]+),?\s+([^\W_]+)")


@functools.lru_cache(maxsize=1)
def _teaser_first_words() -> tuple[frozenset, frozenset]:
    """The first words of the listed teaser labels and of the composed ones, lowercased: a block opening with none
    is no teaser (set look-ups before the labels' patterns, which cost more than the rest of the test on every
    block)."""
    return (frozenset(_FIRST_WORD.match(label).group(1).lower() for label in teaser_labels()),
            frozenset().union(*_composed_firsts()))


def _opens_composed(text: str, first: str) -> bool:
    """Whether `text` opens on a verb of looking and a word of another item, either way round (their first words,
    lowercased, `first` the text's first word): "Also Check", "Confira também"."""
    verbs, others, longer = _composed_firsts()
    if first in longer:
        return True  # a part of two words ("sehen sie", "à lire"): the pattern decides
    if first not in verbs and first not in others:
        return False
    two = _FIRST_TWO_WORDS.match(text)
    second = two.group(2).lower() if two else ""
    return (first in verbs and second in others) or (first in others and second in verbs)


@functools.lru_cache(maxsize=1)
def _composed_firsts() -> tuple[frozenset, frozenset, frozenset]:
    """The first words of the composed labels' verbs and words of another item, and those of their parts of two
    words or more."""
    verbs, others = _composed_parts()
    return (frozenset(word.split()[0] for word in verbs), frozenset(word.split()[0] for word in others),
            frozenset(word.split()[0] for word in verbs | others if " " in word))


def _labelled_teaser(text: str) -> str:
    """The headline of a block that opens with a teaser label (`_teaser_label`; or a label of two
    words or more, each capitalised, then a capitalised headline with no mark between), or ""."""
    first = _FIRST_WORD.match(text)
    if first is None:
        return ""
    word = first.group(1).lower()
    listed, composed = _teaser_first_words()
    tried = [(_teaser_label, _bare_teaser_label)] if word in listed else []
    if word in composed and _opens_composed(text, word):
        tried.append((_composed_teaser_label, _composed_bare_label))
    for labelled, bare in tried:
        match = labelled().match(text)
        if match:
            return match.group(1)
        match = bare().match(text)
        if match and match.group(2)[0].isupper() and all(word[0].isupper() for word in match.group(1).split()):
            return match.group(2)
    return ""


def _labelled_headline(doc, model: TopicModel, block) -> str:
    """The headline of a one-line paragraph or heading between two paragraphs (no list items: a list's
    "Assess the brand: Does it ...") of the article that is a label (any
    words, `_SPACED_LABEL`: capitalised, as its headline is) over a headline (`headline_shaped`, five
    words or more, no aside or contact) none of whose terms the two paragraphs after it take up (as
    `_not_taken_up` asks, of the headline's terms only), or "". Whatever its label says, a headline standing
    alone under a label amid the text is a teaser of another story when it names another subject
    (`_another_story`, asked by the caller)."""
    text = block.text
    if text.find(":", 0, 40) < 0 or block.kind not in ("paragraph", "heading") or "\n" in text or not text[:1].isupper():
        return ""
    match = _SPACED_LABEL.match(text)
    if match is None or not text[match.end()].isupper():
        return ""
    around = doc.blocks[block.index - 1:block.index + 2]
    if len(around) < 3 or block.index == 0 or not all(
            b.kind == "paragraph" and len(b.text.split(None, _AROUND_WORDS)) > _AROUND_WORDS for b in (around[0], around[2])):
        return ""
    headline = text[match.end():].strip()
    if len(headline.split()) < 5 or not headline_shaped(headline) or _NOT_A_HEADLINE.search(headline):
        return ""
    # the headline's terms, not the label's ("check" of "Fact check:"), are those the text after may take up
    following = doc.blocks[block.index + 1:block.index + 3]
    covered, missing = coverage(model, analyse(headline, model.lexicon), merge(model.blocks[b.index] for b in following))
    return "" if covered or len(missing) < 2 else headline


@functools.lru_cache(maxsize=8)
def _promotion(extra: tuple) -> tuple:
    """(label, search) for each kind of promotion."""
    kinds = [(kind["label"], _spaced(kind["phrases"])) for kind in load("offtopic_promotion")["kinds"].values()]
    if extra:
        kinds.append(("promotion", literal(extra)))
    # one search per kind: each runs only when one of its literals is in the text; and the
    # literals of all kinds together first, as most blocks hold none
    searches = tuple((label, PhraseSearch(phrase_pattern(phrases), phrases)) for label, phrases in kinds)
    literals = [search.literals for _, search in searches]
    every = tuple(sorted(set().union(*(found for found in literals if found is not None))))
    return searches, None if None in literals else every, every


def _spaced(phrases) -> tuple:
    """Phrases whose spaces match any run of whitespace."""
    return tuple(p.replace(" ", r"\s+") for p in phrases)


def promotional_blocks(doc, model: TopicModel, extra: tuple = ()) -> dict:
    """Block index -> (block, what it promotes, evidence) for each promotional block of the body;
    a block continuing the one before it (a "Safe Harbor" heading and its text) is not counted again."""
    return _find_promotion(doc, model, tuple(extra))


@per_document
def _find_promotion(doc, model: TopicModel, extra: tuple) -> dict:
    kinds, literals, every = _promotion(extra)
    inner = every
    if literals is not None:  # each block is scanned for the literals the whole article holds
        whole = article_literals(doc)  # shared with the other rules' phrase lists
        # the literals that are whole words of their phrases ("pass" of a product card's "pass:") are
        # sought among the article's words, not as parts of words ("passed")
        runs = distinct_words(doc)[0] if not any(map(doc.body_text.__contains__, ASCII_FOLDS)) else None
        kinds = [(label, search.within(whole, runs)) for label, search in kinds]
        every = tuple(set().union(*(search.literals for _, search in kinds)))
        # inside the article, the literals of the kinds read at its edges only are not sought
        edge_only = _kinds_marked("edges_only")
        inner = tuple(set().union(*(search.literals for label, search in kinds if label not in edge_only)))
    gambling = _gambling_test(doc)
    blurbs = _blurb_frame(0).search(lowered_body(doc)) is not None  # the common case: none, tested once
    other_languages = article_may_hold_other_language(doc)  # and the common case here: none
    health_page = _about_health(doc, model, untitled=True)
    # a business's pitch of a sentence or two, in English or in another language, is read in an
    # English health article (its signs are English words, numbers and marks)
    pitches_read = health_page and article_language(doc) == "en"
    found = {}
    last, last_what = None, ""  # position in `blocks` and kind of the last promotional block
    blocks = [block for section in doc.sections for block in section_members(section)
              if block.kind in _PROSE or block.kind == "heading"]
    first_prose = _first_prose_sentence(blocks)
    own_sites = _own_site_names(blocks, first_prose)
    # the opening paragraph's "This guide explains..." introduces the page itself, not another article
    opening = next((block for block in blocks if block.kind in _PROSE), None)
    for position, block in enumerate(blocks):
        text = block.text
        lowered = block.lowered
        at_edge = position < _EDGE_BLOCKS or position >= len(blocks) - _EDGE_BLOCKS
        held = frozenset(filter(lowered.__contains__, every if at_edge else inner))
        what, match, span = _pitch(doc, model, kinds, block, lowered, held, at_edge) if literals is None or held \
            else ("", None, None)
        evidence = match.group() if match else ""
        if not what:
            teaser = _labelled_teaser(text)
            headline = "" if teaser else _glued_teaser(doc, block) or _labelled_headline(doc, model, block)
            # (a teaser that is only a link has no words in the topic model: the links rules read it)
            if teaser and model.blocks[block.index].content and _another_story(model, block, teaser):
                what, evidence = "a teaser for an unrelated story", teaser[:60]
            elif headline and _another_story(model, block, headline):
                what, evidence = "a teaser for an unrelated story", headline[:60]
            elif block.kind == "paragraph" and gambling is not None and gambling(lowered):
                what, evidence = _GAMBLING, _gambling()[0].search(lowered).group()
            elif blurbs and block.kind in _PROSE and block is not opening and \
                    (blurb := _unrelated_blurb(model, block)) is not None:
                what, evidence, span = "a teaser for an unrelated story", block.text[slice(*blurb)], blurb
            elif health_page and (evidence := other_trademark(doc, block)):
                what = _OTHER_TRADEMARK
            elif health_page and (evidence := promotion_of_other_subject(doc, model, block)):
                what = _OTHER_SUBJECT
            elif pitches_read and (evidence := business_sentence(doc, model, block)):
                what = _BUSINESS
            elif own_sites and position > first_prose and (evidence := _self_promotion(model, block, own_sites)):
                what = _SELF_PROMOTION
        # (a heading too: a short line with no full stop, "新款特惠，欢迎选购！", is read as one)
        if not what and (other_languages or (pitches_read and _short_block(block, any_line=True) and
                                             english_function_words().isdisjoint(lowered.split()))):
            what, evidence = _promotion_in_other_language(doc, block, other_languages, pitches_read)
        if not what and at_edge:
            what, evidence, span = _edge_promotion(doc, model, block)
        if not what or (what in _kinds_marked("masthead_item") and position < _first_prose_sentence(blocks)):
            continue
        # one finding for a run of promotion (a "Safe Harbor" heading and its text; a banner,
        # its countdown and button; an event box and a sign-up box): blocks of one kind, or
        # of any kinds with short lines between them ("Free", "00 Days"); two paragraphs of
        # different pitches side by side are two findings
        between = blocks[last + 1:position] if last is not None else ()
        if last is None or position - last > _PROMOTION_GAP or \
                any(len(b.text.split()) > _SHORT_LINE for b in between) or (what != last_what and not between):
            found[block.index] = (block, what, evidence, span)
        last, last_what = position, what
    return found


@functools.lru_cache(maxsize=1)
def _pitch_signs() -> tuple[str, ...]:
    return tuple(load("offtopic_promotion")["pitch_signs"])


def _pitch_mark(text: str) -> bool:
    """A pitch's mark in any language (`pitch_signs`), each sought with str.find: a pattern with no
    literal to start from cost more than the rest of LM203."""
    return any(map(text.__contains__, _pitch_signs()))


def _promotion_in_other_language(doc, block, may_hold: bool = True, pitches_read: bool = False) -> tuple[str, str]:
    """(what, evidence) for a block written in another script or language than the article's
    (`_other_language`: not a quoted passage, a reference or a bilingual article's) that shows a
    pitch's mark, a percentage, a price's currency, an address or an exclamation: a spam run's
    deal or announcement dropped in ("Скидки до 50% на диваны! Звоните ..."), in any trade;
    ("", "") otherwise. Asked only of an article that `article_may_hold_other_language`."""
    text = block.text
    # a trade name the article never writes (in a Thai or Greek sentence: a Latin-script word of a
    # capital), or a phone number: a business named, in any language, with no link (LM101's); asked
    # of an English article's text that may be in another language (in C: most hold an English
    # function word)
    words = block.lowered.split()
    named = pitches_read and _short_block(block, any_line=True) and \
        (len(words) >= _FOREIGN_WORDS and english_function_words().isdisjoint(words) or
         not text.isascii() and may_be_other_language(text)) \
        and holds_no_link(doc, block) and (phone_number(text) or new_trade_name(doc, text)) and \
        not publisher_furniture(text)
    if not named and not _pitch_mark(text):
        return "", ""
    language = other_language(doc, text, holds_no_link(doc, block)) if may_hold else ""
    if not language and named:  # a short sentence in another Latin-script language, told by its words
        language = language_by_vocabulary(doc, text)
    if language and named and not _pitch_mark(text) and not phone_number(text) and \
            not new_trade_name(doc, text, ("en", *_codes_of(language))):
        return "", ""  # its capitals are the language's common words ("Deine", "Anda"), not a name
    return (f"a promotion in {language}", text) if language else ("", "")


def _codes_of(language: str) -> tuple:
    """The code of a Latin-script language named in `other_language`'s answer ("German, a language..."),
    as a 1-tuple, or () for a script."""
    names = load("languages")["names"]
    return tuple(code for code, name in names.items() if language.startswith(name + ", a language"))[:1]


# A Latin-script text is told to be in another language from six words on (`language_by_vocabulary`):
# a shorter heading ("Treatment Options") is not asked.
_FOREIGN_WORDS = 6


def _short_block(block, any_line: bool = False, one_line: bool = False) -> bool:
    """A paragraph of one or two sentences, as a business's pitch is (`one_line`: or a line of them
    that a text's parser reads as a heading, having no full stop); (`any_line`) a paragraph or a
    line standing as a heading, as short. A block set off as a quotation (Markdown's "> ", where HTML
    has a box, <aside>, that its parser reads as paragraphs) is a paragraph here: a quotation's own
    words are told apart by their voice, not by the frame."""
    if len(block.text) > _BUSINESS_CHARS:
        return False
    # (its stops counted, and a last sentence with none, not block.sentences: splitting each short
    # block cost more than the rest)
    text = block.text.rstrip()
    return block.kind in ("paragraph", "quote", "heading") if any_line else \
        (block.kind in ("paragraph", "quote") or one_line and block.kind == "heading" and "\n" not in text) and \
        len(_SENTENCE_END.findall(text)) + (text[-1:] not in _STOPS) <= 2


def _pitch(doc, model: TopicModel, kinds, block, lowered: str, held: frozenset, at_edge: bool = True) -> tuple:
    """(what, match, span of its line or None) for the first pitch in `block` of the kinds of
    promotion (`held`: the literals of all kinds the block holds; `at_edge`: the block is one of
    the first or last _EDGE_BLOCKS), or ("", None, None). A pitch of a kind related on the
    article's subject that names that subject alone is passed over."""
    text = block.text
    for label, search in kinds:
        if search.literals is not None and held.isdisjoint(search.literals):
            continue  # a kind holding none of the literals found cannot match
        if not at_edge and label in _kinds_marked("edges_only"):
            continue  # a banner's pitch, read at the article's edges only
        related = label in _related_on_subject()
        most_words = _label_words().get(label)
        for match in search.finditer(text, lowered) if related or most_words else \
                filter(None, [search.search(text, lowered)]):
            span = _line_at(doc, block, match.start())
            line = text[slice(*span)] if span else text
            if related and _pitches_own_subject(doc, model, label, line):
                continue  # the publisher's newsletter on the article's own subject
            if most_words and len(line.split(None, most_words)) > most_words:
                continue  # "sponsored links" in a sentence is a subject, not a widget's label
            if label in _kinds_marked("other_product") and not _subject_words(model).isdisjoint(tokens(line)):
                continue  # a card for the product the article discusses: not another subject
            return label, match, span
    return "", None, None


def _line_at(doc, block, offset: int) -> tuple | None:
    """The (start, end) in `block.text` of the source line holding `offset`, in a plain-text paragraph
    of several lines (a page saved as text keeps one line per paragraph); None otherwise."""
    lines = source_lines(doc, block)
    if len(lines) < 2:
        return None
    return next(((start, end) for start, end in lines if start <= offset < end), None)


@functools.lru_cache(maxsize=None)
def _kinds_marked(flag: str) -> frozenset:
    """The labels of the kinds of promotion of data/offtopic_promotion.toml marked with `flag`:
    `edges_only` (read at the article's edges only), `other_product` (selling another product)
    or `masthead_item` (above the article's prose, the site's menu)."""
    return frozenset(kind["label"] for kind in load("offtopic_promotion")["kinds"].values() if kind.get(flag))


@functools.lru_cache(maxsize=1)
def _label_words() -> dict:
    """Label -> most words of the line holding the phrase, for the kinds of promotion whose phrases
    are a widget's labels standing alone ("Sponsored Links")."""
    return {kind["label"]: kind["max_words"] for kind in load("offtopic_promotion")["kinds"].values()
            if "max_words" in kind}


_SENTENCE_WORDS = 12


def _first_prose_sentence(blocks: list) -> int:
    """The position of the first prose block that reads as a paragraph (twelve words or more,
    ending as a sentence ends): what stands above it is the page's masthead and headline."""
    return next((position for position, block in enumerate(blocks) if block.kind in _PROSE
                 and len(block.text.split(None, _SENTENCE_WORDS)) > _SENTENCE_WORDS
                 and block.text.rstrip().rstrip("\"'”’)").endswith((".", "!", "?"))), len(blocks))


@functools.lru_cache(maxsize=1)
def _related_on_subject() -> dict:
    """Label -> the words of its phrases, for the kinds of promotion that are related when they
    name the article's subject and nothing else."""
    return {kind["label"]: frozenset(tokens(" ".join(re.findall(r"[a-z]{2,}", " ".join(kind["phrases"])))))
            for kind in load("offtopic_promotion")["kinds"].values() if kind.get("related_when_on_subject")}


def _pitches_own_subject(doc, model: TopicModel, what: str, line: str) -> bool:
    """True for a pitch line whose words, but those of the pitch itself ("sign up for our ...
    newsletter"), are all words of health or of medical vocabulary terms, in a health article: "Sign up for our health
    newsletter" on a health page offers more of its subject. A pitch naming anything else
    ("the latest fitness news", "trade news") is not."""
    pitch = _related_on_subject()[what]
    words = [w for w in tokens(line) if w not in pitch and w not in stopwords() and len(w) > 2]
    terms = {part for term in analyse(line, model.lexicon).found for part in term.split()}
    return bool(words) and _about_health(doc, model, untitled=True) and \
        all(w in terms or health_words([w]) for w in words)


# The blocks at each edge of the article where an ad banner or a contest line stands.
_EDGE_BLOCKS = 2

_SELF_PROMOTION = "the publisher's promotion of itself (its app, a prize, a download)"


@functools.lru_cache(maxsize=1)
def _site_name() -> re.Pattern:
    """A site's name as a byline or dateline prints it: "Harianku.com", "news-portal.co.id" (a name, a dot
    and a site's ending of `site_endings` in [self_promotion]: not "Node.js")."""
    endings = "|".join(load("offtopic_promotion")["self_promotion"]["site_endings"])
    return re.compile(r"\b[A-Za-z][\w-]{2,}\.(?:" + endings + r")(?:\.[a-z]{2})?\b")
# A dateline opens the first paragraph of running text: its first characters are read for the site's name;
# a byline is a short line (at most _BYLINE_WORDS words) among the page's first _BYLINE_BLOCKS blocks above it.
_DATELINE_CHARS = 60
_BYLINE_BLOCKS, _BYLINE_WORDS = 8, 20


def _own_site_names(blocks: list, first_prose: int) -> frozenset:
    """The lowercased site names (name.tld) the page prints above its running text (a byline: "oleh
    Harianku.com") or at the start of its first paragraph of it (a dateline: "Harianku.com, Jakarta -")."""
    texts = [block.text for block in blocks[:min(first_prose, _BYLINE_BLOCKS)]
             if len(block.text.split(None, _BYLINE_WORDS)) <= _BYLINE_WORDS]
    if first_prose < len(blocks):
        texts.append(blocks[first_prose].text[:_DATELINE_CHARS])
    return frozenset(name.lower() for text in texts if "." in text for name in _site_name().findall(text))


@functools.lru_cache(maxsize=1)
def _offer_words() -> frozenset:
    return frozenset(load("offtopic_promotion")["self_promotion"]["offers"])


def _self_promotion(model: TopicModel, block, own_sites: frozenset) -> str:
    """The text of a short paragraph (or a bullet's line) that promotes the publisher itself, or "": it names the site as the
    page's byline or dateline prints it (`own_sites`), not at its own start (a dateline), offers the
    reader something (a word of `offers` in [self_promotion] of data/offtopic_promotion.toml: free, a
    prize, the app, a download) and its other words weigh under a fifth in the rest of the article
    ("Dapatkan hadiah gratis dengan unduh aplikasi Harianku.com" in a story on cold baths)."""
    lowered = block.text.lower()
    names = [name for name in own_sites if name in lowered]
    short = _short_block(block) or block.kind == "list_item" and len(lowered) <= _BUSINESS_CHARS  # a bullet's line
    if not names or not short or lowered.lstrip(" *•·-–—").startswith(tuple(names)):
        return ""
    if _offer_words().isdisjoint(re.findall(r"[\w-]+", lowered)):
        return ""
    ignore = frozenset(part for name in names for part in re.findall(r"\w+", name))
    shared, total, _ = _shared_weight(model, block, block.text, ignore)
    return block.text if total and shared < 0.2 * total else ""


@functools.lru_cache(maxsize=1)
def _edge_words() -> tuple:
    """(label, most words of a line, promotion words) of the [edge] table."""
    data = load("offtopic_promotion")["edge"]
    return data["label"], data["max_words"], frozenset(normalize(word) for word in data["words"])


def _edge_promotion(doc, model: TopicModel, block) -> tuple:
    """(what, evidence, span) for a short line of `block` made of promotion words that names nothing
    of the article (see [edge] in data/offtopic_promotion.toml), or ("", "", None)."""
    label, max_words, words = _edge_words()
    if doc.format != "text" and len(block.text.split(None, max_words)) > max_words:
        return "", "", None  # most blocks: a paragraph, not a line
    for start, end in source_lines(doc, block):
        line = block.text[start:end]
        if len(line.split(None, max_words)) <= max_words and len(words.intersection(tokens(line))) >= 2 and \
                not _health_count(model, line) and _shared_weight(model, block, line, words)[0] == 0:
            return label, line, (start, end) if (start, end) != (0, len(block.text)) else None
    return "", "", None


# Blocks of one run of promotion stand at most this many blocks apart, with only lines of at
# most _SHORT_LINE words between them ("Free", "E-newsletter", a countdown's "00 Days").
_PROMOTION_GAP = 4
_SHORT_LINE = 6


_GAMBLING = "a gambling promotion"
# Parts of the gambling words, one of which a paragraph holding two of them must hold.
# A teaser line glued into a paragraph, where a text keeps one line per paragraph and no
# blank lines: "...into your skin. READ MORE: Couple slam order to take down CCTV".
@functools.lru_cache(maxsize=1)
def _glued_teaser_label() -> re.Pattern:
    """A teaser label (the [teaser] table) and its colon right after a sentence's end, in any case: a
    page flattened to text glues "Also Read: <headline>" to the paragraph before it. `_glued_teaser`
    then asks that the label be written as one (each word capitalised, a one-word label in capitals)."""
    labels = (r",?\s+".join(label.split()) for label in teaser_labels())
    return re.compile(r"(?<=[.!?”\"’)] )(" + "|".join(sorted(labels, key=len, reverse=True)) + r")\s*[:：]\s*(?=\S)",
                      re.I)


def _written_as_label(label: str) -> bool:
    """A label of two words or more with each word capitalised ("Also Read"), or one word in capitals
    ("RELATED"); scripts with no capitals pass. A sentence opening "Watch: ..." is no label."""
    words = label.replace(",", " ").split()
    if len(words) == 1:
        return not words[0].islower() and (words[0].isupper() or not words[0].istitle())
    return all(not word[:1].islower() for word in words)


def _glued_teaser(doc, block) -> str:
    """The headline of a teaser line glued into a plain-text paragraph (to the end of its line), or ""."""
    if doc.format != "text":
        return ""
    match = next((m for m in _glued_teaser_label().finditer(block.text) if _written_as_label(m.group(1))), None)
    if match is None:
        return ""
    start = match.end()
    line_end = doc.source.find("\n", block.offsets[start])
    end = start
    while end < len(block.text) and (line_end < 0 or block.offsets[end] < line_end):
        end += 1
    return block.text[start:end].strip()


def _unrelated_headline(model: TopicModel, block, headline: str) -> bool:
    """True when the specific words of a headline inside `block` weigh less than a fifth in the
    rest of the article (the rest of its paragraph included) and one it does not share is a
    specific word (_SPECIFIC_WORD): a headline of common words ("15 Foods That Make You...") names
    no subject to tell from the article's."""
    shared, total, rarest = _shared_weight(model, block, headline)
    return total > 0 and shared / total < 0.2 and rarest >= _SPECIFIC_WORD


# The words of a labelled teaser's headline the article does not use name a subject of their own
# from this weight on (about two specific words: "dog food recall", "napping").
_OWN_SUBJECT = 2 * _SPECIFIC_WORD


def _another_story(model: TopicModel, block, headline: str) -> bool:
    """True when a headline the site labels as another story's ("Read also: ...") names a subject
    the article does not discuss: it does not name the article's subject (`_names_subject`), and its
    words the rest of the article does not use weigh at least as much as those it uses, and at least
    _OWN_SUBJECT; or it is unrelated as any headline is (`_unrelated_headline`). A headline naming the
    subject ("MORE: Will an Aspirin Prolong Your Life?" in a story on aspirin and skin cancer), or made
    for the most part of the article's words, points to more of its subject."""
    shared, total, rarest = _shared_weight(model, block, headline)
    if rarest < _SPECIFIC_WORD:
        return False
    if shared < 0.2 * total:
        return True
    return total - shared >= max(shared, _OWN_SUBJECT) and not _names_subject(model, headline)


def _names_subject(model: TopicModel, text: str) -> bool:
    """True when `text` holds the most specific term of the article's topic (of its title: "aspirin" of
    "Can Aspirin Help Ward Off Skin Cancer?", not "skin"), the subject a story of its own would name."""
    if not model.core:
        return False
    subject = max(model.core, key=lambda key: (model.weigh(key), key))
    terms = analyse(text, model.lexicon)
    return subject in terms.keys or any(subject in key.split() for key in terms.found)


_TWO_CAPITALS = re.compile(r"\b[A-Z]{2}\b")


def _shared_weight(model: TopicModel, block, line: str, ignore=frozenset()) -> tuple:
    """(weight of the specific words of `line`, a part of `block`, that the rest of the article uses,
    weight of all of them, weight of the rarest it does not use), by specificity; the words of
    `ignore` left out. Words of two letters count only as an acronym written in capitals ("AI", "EU")."""
    acronyms = {word.lower() for word in _TWO_CAPITALS.findall(line)}
    words = {w for w in analyse(line, model.lexicon).content if (len(w) > 2 or w in acronyms) and w not in ignore}
    own = list(map(stem, model.blocks[block.index].content))
    counts, _ = model.counts_to_two()
    total = shared = rarest = 0.0
    weigh = model.weigh
    for word in words:
        key = stem(word)
        weight = weigh(word)
        total += weight
        # another block holds it, or this block holds it outside the line
        if counts.get(key, 0) >= 2 or own.count(key) > 1:
            shared += weight
        else:
            rarest = max(rarest, weight)
    return shared, total, rarest


@functools.lru_cache(maxsize=None)
def _gambling() -> tuple:
    """(terms, selling words, harm words) patterns of the [gambling] table, and its hints."""
    data = load("offtopic_promotion")["gambling"]
    patterns = tuple(phrase_pattern(literal(tuple(data[key]))) for key in ("terms", "selling", "harm"))
    return (*patterns, tuple(data["hints"]))


def _gambling_test(doc):
    """A test of a lowercased paragraph for a gambling promotion, or None when the title names gambling."""
    terms, selling, harm, all_hints = _gambling()
    body = lowered_body(doc)
    # the common case, tested once for the whole text
    hints = tuple(hint for hint in all_hints if hint in body)
    if not hints or terms.search(doc.title or ""):
        return None

    def promotes(lowered: str) -> bool:
        if not any(map(lowered.__contains__, hints)):
            return False
        found = {m.group() for m in terms.finditer(lowered)}
        return len(found) >= 2 and bool(selling.search(lowered)) and not harm.search(lowered)

    return promotes


@functools.lru_cache(maxsize=2)
def _blurb_frame(flags: int = re.I) -> re.Pattern:
    """The frame of a blurb for an article ([blurb] of data/offtopic_promotion.toml, in lowercase),
    as a whole word; searched case-sensitively (flags 0, for the lowercase text) it opens on a
    literal, which the regex engine finds by a quick scan, and may match inside a word."""
    frame = load("offtopic_promotion")["blurb"]["frame"]
    return re.compile(r"\b" + frame if flags else frame, flags)


def _unrelated_blurb(model: TopicModel, block) -> tuple | None:
    """The span of a blurb for another article ("This is a detailed article about...", and a next
    sentence going on with "It ...") whose words after the frame bring a subject of their own: the
    words the rest of the article does not use outweigh those it uses (by specificity), weigh
    _BLURB_OWN_WEIGHT at least and hold the blurb's most specific word; None when there is none."""
    text = block.text
    for match in _blurb_frame().finditer(text):
        sentences = block.sentences
        number = next((i for i, s in enumerate(sentences) if s.start <= match.start() < s.end), None)
        if number is None:
            continue
        end = sentences[number].end
        if number + 1 < len(sentences) and sentences[number + 1].text.startswith("It "):
            end = sentences[number + 1].end
        rest = analyse(text[:sentences[number].start] + " " + text[end:], model.lexicon, model.generic)
        outside, outside_terms = {stem(w) for w in rest.content}, set(rest.found)
        subject = analyse(text[match.end():end], model.lexicon, model.generic)
        counts, mentioned = model.counts_to_two()
        share, own, own_weight = weighted_share(
            subject, lambda word: stem(word) in outside or counts.get(stem(word), 0) >= 2,
            lambda term: term in outside_terms or mentioned.get(term, 0) >= 2)
        # the blurb's most specific word (its subject's name: "NAD+" in a guide on NAD+ describing
        # itself) is one the article does not use
        rarest = max(map(_weight, (*(w for w in subject.content if len(w) > 2), *subject.found)), default=0.0)
        if share < 0.5 and own_weight >= _BLURB_OWN_WEIGHT and _weight(own[0]) >= rarest:
            return sentences[number].start, end
    return None


def _weight(key: str) -> float:
    """The specificity of a word, or of a term by its rarest word (as weighted_share weighs them)."""
    return max(map(specificity, key.split()))


# The words of a blurb that the article does not use weigh at least this much (specificity: a
# name, or two or three specific words) when it announces another subject.
_BLURB_OWN_WEIGHT = 5.0


# --- a trademark notice for another product ------------------------------------------

_OTHER_TRADEMARK = "a trademark notice for a product the article is not about"


@functools.lru_cache(maxsize=1)
def _trademark_frame() -> re.Pattern:
    """The frame of a trademark notice, any of the [trademark] phrases of data/offtopic_promotion.toml."""
    return phrase_pattern(tuple(load("offtopic_promotion")["trademark"]["frames"]))


_CAPITAL_WORD = re.compile(r"\b[A-Z][\w&'’-]*[A-Za-z]")


def other_trademark(doc, block) -> str:
    """The sentence of a trademark notice ("Dodge is a registered trademark of FCA US LLC.") none of whose
    capitalised words (the marks and their owner) the article's title (or first block) holds: the legal furniture of a site
    selling another product, scraped with its footer; "" when there is none. A notice for the article's own
    product (a press release on "Oncotype DX" naming its marks) names a word of the title."""
    text = block.text
    if "trade" not in text and "marca" not in text and "marque" not in text and "merek" not in text:
        return ""  # the common case, cheaply
    match = _trademark_frame().search(text)
    if match is None:
        return ""
    sentence = next((s for s in block.sentences if s.start <= match.start() < s.end), None)
    line = text[sentence.start:sentence.end] if sentence else text
    # without a title (plain text), the first block stands for it
    title = (doc.title or (doc.blocks[0].text if doc.blocks else "")).lower()
    names = {w.lower() for w in _CAPITAL_WORD.findall(line)} - {"all", "the", "a", "an"}
    return line[:80] if names and not any(name in title for name in names) else ""


# --- a promotion of another subject ---------------------------------------------------

_OTHER_SUBJECT = "a promotion of something the article is not about"
# The marks of a banner's offer: a price, a percentage.
_BANNER_MARKS = ("$", "€", "£", "¥", "% off")
# A block addressing the reader ("you", "your").
_YOU = re.compile(r"\byou(?:r|rs|rself|['’](?:ll|re|ve|d))?\b", re.I)
# A capitalised word inside a sentence (after a lowercase word or a comma): a name.
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][\w&'’-]*[a-z][\w'’-]*")
# A promotion is judged from this many words on ("Claim 200 free spins at luckyspin.example today!"),
# up to this many: a pitch is short; a longer block holding a price and an address is a page's text.
_PROMOTION_MIN_WORDS, _PROMOTION_MAX_WORDS = 8, 120
# The same in characters, a cheaper first test: words of English run to five or six characters with
# their space (a block of many lines is judged by its words).
_PROMOTION_MIN_CHARS, _PROMOTION_MAX_CHARS = 40, 1200
# It shares less than this of its vocabulary (by specificity) with the article, and the words it
# does not share weigh this much at least (a product, a shop, a place: a subject of its own).
_PROMOTION_MAX_SHARE, _PROMOTION_OWN_WEIGHT = 0.2, 10.0
# A word of the title at least this specific ("caffeine", "dairy"; not "new", "protect") names the subject.
_TITLE_WORD = 2.5


@functools.lru_cache(maxsize=1)
def _pitch_patterns() -> tuple:
    """(calls to action, offer, way to order, urgency, appeal to give) of the [other_subject] table
    of data/offtopic_promotion.toml: the calls to action as a set of verbs (of one or two words),
    the others as patterns of lowercase text."""
    data = load("offtopic_promotion")["other_subject"]
    # sought in lowercase text, case-sensitively (a third faster)
    return (frozenset(data["actions"]),
            *(phrase_pattern(_spaced(data[key]), 0) for key in ("offers", "contacts", "urgencies")),
            phrase_pattern(literal(tuple(data["appeals"])), 0))


# The first word of each sentence of a lowercase text (after a stop, or a line break put before the
# text), and the same with the word after it. Opening on a character set, which the regex engine
# scans for quickly.
_OPENER = re.compile(r"[.!?:;\n][^\w\n]{0,3}(\w+(?:-\w+)?)")
_OPENER_PAIR = re.compile(r"[.!?:;\n][^\w\n]{0,3}(\w+ \w+)")


@functools.lru_cache(maxsize=1)
def _paid_label_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a block that is only a paid-placement label, a block opening with one as a lead-in) of
    `paid_labels` ([other_subject] of data/offtopic_promotion.toml), on lowercase text: the label, the
    sponsor's name after "by" or "with" (a few words, no stop), then the block's end, or a colon, a
    closing bracket, a bar, a dash or a full stop before the text it labels; an ad slot's label
    (`ad_labels`) as a lead-in only."""
    data = load("offtopic_promotion")["other_subject"]
    labels, ads, sponsor = ("|".join(sorted(map(re.escape, data[key]), key=len, reverse=True))
                            for key in ("paid_labels", "ad_labels", "paid_label_sponsor"))
    label = rf"[^\w\n]{{0,3}}(?:{labels})(?: (?:{sponsor}) [^\n.!?:|\],]{{1,60}}?)?"
    return re.compile(rf"{label}[^\w\n]{{0,3}}$"), \
        re.compile(rf"(?:{label}|[^\w\n]{{0,3}}(?:{ads}))\s*[:\]|–—.](?!\w)")


def _paid_label(doc, block) -> tuple:
    """(the paid-placement label, "Sponsored" or "In partnership with Harlow Pools", that `block` opens
    with as a lead-in or that the block before it is; that block or None), or ("", None)."""
    alone, lead_in = _paid_label_patterns()
    match = lead_in.match(block.lowered)
    if match is not None:
        return block.text[:match.end()], None
    before = doc.blocks[block.index - 1] if block.index else None
    if before is not None and len(before.text) <= _BOX_LINE_CHARS and alone.match(before.text.lower().strip()):
        return before.text.strip(), before
    return "", None


def _call_to_action(lowered: str) -> str:
    """The imperative opening a sentence of a lowercase text ("order yours today": "order"), or "".
    (The plain definition, a regex of a stop and a verb of the list, costs a regex of sixty
    alternatives at every stop: the sentences' first words are gathered and met with the verbs as
    sets instead.)"""
    actions = _pitch_patterns()[0]
    text = "\n" + lowered
    firsts = _OPENER.findall(text)
    found = actions.intersection(firsts)
    if not found and not _pair_openers().isdisjoint(firsts):  # "check out", "sign up"
        found = actions.intersection(_OPENER_PAIR.findall(text))
    return min(found, default="")


@functools.lru_cache(maxsize=1)
def _pair_openers() -> frozenset:
    """The first words of the calls to action of two words ("sign" of "sign up")."""
    return frozenset(verb.split()[0] for verb in _pitch_patterns()[0] if " " in verb)


def pitch_signs(doc, text: str) -> dict:
    """Sign -> its first evidence, for the signs of a pitch in `text`, a block of `doc`: "action" (an
    imperative opening a sentence: "Order yours today"), "offer" (a price, a discount, a code, a
    deal), "contact" (a web address, an e-mail, a phone number, "visit our shop"), "urgency" (or a
    product's superlative: "today only", "the best"), "name" (a name twice in the block and nowhere
    else in the article: the brand). A pitch shows an offer and one more sign, or a call to action
    with a way to order or reach the seller and an urgency or a brand."""
    return _signs(doc, text, every=True)


def _signs(doc, text: str, every: bool, action: str | None = None) -> dict:
    """pitch_signs, or (`every` false) {} as soon as they cannot make a pitch: the regexes are the
    costly part, and most blocks addressing the reader ("you should rest") show no offer.
    `action`: the block's call to action, when known."""
    _, offer, contact, urgency, _ = _pitch_patterns()
    lowered = text.lower()
    # the evidence as written, where lowercasing kept the places of the characters
    original = text if len(lowered) == len(text) else lowered
    found = {}
    action = _call_to_action(lowered) if action is None else action
    if action:
        found["action"] = action
    for sign, pattern in (("offer", offer), ("contact", contact)):
        if (match := pattern.search(lowered)) is not None:
            found[sign] = original[match.start():match.end()].strip()
    if not every and "offer" not in found and not ("action" in found and "contact" in found):
        return {}
    if (match := urgency.search(lowered)) is not None:
        found["urgency"] = original[match.start():match.end()]
    names = Counter(_NAME.findall(text))
    body = lowered_body(doc)
    brand = next((name for name, count in names.items() if count >= 2 and
                  body.count(name.lower()) <= lowered.count(name.lower())), None)
    if brand:
        found["name"] = brand
    return found


def _pitches(signs: dict) -> bool:
    """True for the signs of a pitch (pitch_signs)."""
    return len(signs) >= 2 and ("offer" in signs or ("action" in signs and "contact" in signs and len(signs) >= 3))


def promotion_of_other_subject(doc, model: TopicModel, block) -> str:
    """The evidence of a pitch ("Order now", "$39.95", "harwickhome.example") for a block that pitches
    something to the reader and is about another subject than the article's, or "". A list, or a run
    of short lines, is judged whole at its first (a box's "Summer clearance / Patio sets from $149 /
    Free delivery / Call ...").

    The pitch calls the reader to act (an imperative opening a sentence), or is a banner (a price or
    a percentage off, a way to order and a third sign), and shows its signs (pitch_signs, _pitches);
    the subject is another when the block shares less than _PROMOTION_MAX_SHARE of its
    vocabulary with the article (by specificity, as LM202 weighs a pasted paragraph), brings words of
    its own weighing _PROMOTION_OWN_WEIGHT, and names none of the article's most characteristic
    words nor a word of health the article keeps returning to. A clinic's booking line or its pitch
    for its own service shares the article's words; a news report quoting a company's price does
    not address the reader; an appeal to give to a charity sells nothing."""
    # the cheap tests first, on the block itself: most blocks are too short or too long, or do not
    # address the reader
    text = block.text
    if not _PROMOTION_MIN_CHARS < len(text) < _PROMOTION_MAX_CHARS and not _box_line(block):
        return ""
    unit = _unit_of(doc, block)
    if not unit:
        return ""  # inside a run of short lines, judged at its first
    text = "\n".join(b.text for b in unit) if len(unit) > 1 else text
    lowered = text.lower()
    action = _call_to_action(lowered)
    if not _PROMOTION_MIN_WORDS < len(text.split(None, _PROMOTION_MAX_WORDS)) <= _PROMOTION_MAX_WORDS:
        return ""
    # a block the publisher labels as paid ("Sponsored") is a pitch by its label; a label line above it
    # is judged with it (the sponsor it names is not a word the article shares)
    label, label_line = _paid_label(doc, unit[0])
    # else, it calls the reader to act, or it may be a banner (a price or a percentage off)
    if not label and not action and not any(map(text.__contains__, _BANNER_MARKS)):
        return ""
    signs = _signs(doc, text, bool(label), action)
    # it calls the reader to act or speaks to them ("you"), or it is a banner: an offer, a way to
    # order and a third sign
    addressed = "action" in signs or _YOU.search(text) is not None or \
        ("offer" in signs and "contact" in signs and len(signs) >= 3)
    if not label and (not addressed or not _pitches(signs)) or _pitch_patterns()[4].search(lowered) or \
            _voice(text) == "quotation":
        return ""
    # around it, an article of _SHORT_ARTICLE paragraphs at least: a shorter one says too little of
    # its vocabulary to tell another subject from its own
    if sum(b.kind in _PROSE and len(b.text.split(None, 12)) > 12 for b in doc.blocks if b not in unit) < \
            _SHORT_ARTICLE:
        return ""
    # how much of its vocabulary the rest of the article holds (the other blocks, the title; not a label
    # line above it, whose sponsor's name is the pitch's own word)
    terms = merge(model.blocks[b.index] for b in unit)
    inside, inside_terms = _counts_inside(model, unit if label_line is None else [label_line, *unit])
    share, _, own_weight = model.shared_share(block) if len(unit) == 1 and label_line is None else \
        _share_outside(model, terms, inside, inside_terms)
    if share >= _PROMOTION_MAX_SHARE or own_weight < _PROMOTION_OWN_WEIGHT:
        return ""
    # the article's own subject, however the pitch words it: a specific word of the title, one of
    # the article's most characteristic words, a word of health it keeps returning to
    title = {stem(w) for w in analyse(doc.title, model.lexicon).content if specificity(w) >= _TITLE_WORD}
    if not title.isdisjoint(inside) or not _subject_words(model).isdisjoint(terms.content) or \
            any(model.block_stems.get(key, 0) - inside[key] >= _RECURRING
                for key in map(stem, health_words(terms.content))) or \
            any(model.block_terms.get(term, 0) - inside_terms[term] >= _RECURRING for term in terms.found):
        return ""
    return signs.get("offer") or signs.get("contact") or signs.get("action") or label


# --- a business's one-line pitch, with no link ----------------------------------------

_BUSINESS = "a pitch for a business the article does not name"
# A trade name: a run of capitalised Latin-script words (with "&" between them), standing alone in
# any script ("Harlow Glazing", "Brackmoor & Sons"; inside Thai or Hebrew text too).
_TRADE_NAME = re.compile(r"(?<![A-Za-z'’])[A-Z][a-z][A-Za-z\u00c0-\u024f'’-]*(?:[ ](?:&[ ])?[A-Z][A-Za-z\u00c0-\u024f'’-]*)*")
# A phone number in any country's writing: groups of digits, parted by spaces, dots or dashes, with a
# country code or area code in brackets, seven digits or more ("(0161) 496 0021", "+44 20 7946 0958").
_PHONE = re.compile(r"(?<![\w.,/])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?|\d{2,5}[ .-])\d{2,6}(?:[ .-]\d{2,4}){0,2}"
                    r"(?![\w,/]|\.\d)")
_PHONE_DIGITS = 7
# A percentage ("40% off", "30 % billigare"), a question put to the reader before the pitch ("Locked
# out?") or an exclamation ("Sale!"): signs of a pitch in any language.
_PERCENT = re.compile(r"\d\s?%")
# A clock time ("9:00", "17.30", "10h00"; not a price, "£12.50"): two of them in a business's line are its
# opening hours or a timetable's slots ("Mon-Fri 9:00-17:00", "07:00 News · 10:00 ..."), in any language.
_CLOCK_TIME = re.compile(r"(?<![\d.,:$€£¥])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d.,:]?\d)")
# One sign at least is a number (a phone number, a price, a percentage, an hour), a question or an
# exclamation, "you" ("your") or a handle's "@": tested first, in C.
_PITCH_CHARACTERS = (*"0123456789?!@", "you", "You")
_PUT_TO_READER = re.compile(r"[?？!！](?=\s*\S)|[!！]\s*$")
# A business's pitch is one or two sentences: at most this many characters (some 45 words; a
# paragraph of the article is longer).
_BUSINESS_CHARS = 320
# The end of a sentence: a stop, a question or an exclamation mark before a space or the end.
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")
_STOPS = ".!?。！？\"”’)"
# A word of a trade name at most this common in English (a Zipf frequency: "Brackmoor", "Quenby"; not
# "Park", "Monday"): a name of its own, not a phrase in capitals.
_NAME_ZIPF = 3.0


# A handle on a social or messaging platform ("@harlow_glazing", "@harlow.co"; not an e-mail's "@"): a way
# to reach a business, as its phone number is.
_HANDLE = re.compile(r"(?<![\w.@])@([A-Za-z0-9_](?:[\w.]*\w)?)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def new_handle(doc, text: str) -> str:
    """The first handle in `text` (a block of `doc`) of three characters or more that the rest of the
    article never writes, or ""."""
    for match in _HANDLE.finditer(text):
        name = match.group(1).lower()
        if len(name) >= 3 and lowered_body(doc).count(name) <= text.lower().count(name):
            return match.group()
    return ""


def phone_number(text: str) -> str:
    """The first phone number in `text` (seven digits or more), or ""."""
    return next((m.group() for m in _PHONE.finditer(text) if sum(map(str.isdigit, m.group())) >= _PHONE_DIGITS), "")


def new_trade_name(doc, text: str, languages: tuple = ("en",)) -> str:
    """The first trade name in `text` (a block of `doc`) that the rest of the article never writes: a run
    of capitalised words holding a word uncommon in English (and in each of `languages`: German writes
    its nouns with a capital), not a lone word opening a sentence; or ""."""
    body = lowered = None
    tables = [zipf_table(code) for code in languages]
    for match in _TRADE_NAME.finditer(text):
        words = match.group().replace("&", " ").split()
        before = match.start() - 1
        while before >= 0 and text[before] == " ":
            before -= 1
        if before < 0 or text[before] in ".!?:;—–-\"“(¿¡？！。":
            words = words[1:]  # "Order", "Earn": a sentence's first word ("Brackmoor" stays rare below)
            if words and all(table.get(match.group().split()[0].lower(), 0) < _NAME_ZIPF for table in tables):
                words = match.group().replace("&", " ").split()
        # a word of a name is written as one ("Quenby"), not in capitals ("CME", "NHS")
        rare = [w.lower() for w in words if not w.isupper() and
                all(table.get(part, 0) < _NAME_ZIPF for table in tables for part in re.split(r"[-'’/]", w.lower()))]
        if rare:
            body, lowered = (body, lowered) if body is not None else (lowered_body(doc), text.lower())
            if all(body.count(w) <= lowered.count(w) for w in rare):
                return match.group()
    return ""


def _title_case(text: str) -> bool:
    """Most words of `text` open with a capital: a headline or a masthead's line ("Now Offering X!")."""
    words = text.split()
    return sum(word[:1].isupper() for word in words) * 2 > len(words)


@functools.lru_cache(maxsize=1)
def _not_a_pitch() -> re.Pattern:
    return phrase_pattern(literal(tuple(load("offtopic_promotion")["business_sentence"]["not_a_pitch"])), 0)


@functools.lru_cache(maxsize=1)
def _credit() -> re.Pattern:
    """A sponsor's credit ending where a business's name begins ("... in association with ")
    (`credits` of [business_sentence] in data/offtopic_promotion.toml), on lowercase text."""
    credits = "|".join(sorted(map(re.escape, load("offtopic_promotion")["business_sentence"]["credits"]),
                              key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{credits})\s+$")


def _credits_name(text: str, name: str) -> str:
    """The credit ("sponsored by") written just before `name` in `text`, or ""."""
    at = text.find(name)
    match = _credit().search(text[max(0, at - 40):at].lower()) if at > 0 else None
    return match.group().strip() if match else ""


def business_sentence(doc, model: TopicModel, block) -> str:
    """The evidence for a block of one or two sentences that pitches a business to the reader and
    carries no link, or "": it names a business the article names nowhere else (a trade name; else a
    phone number or a handle, "@harlow_glazing", stands for it), shows two signs of a pitch besides the
    name (a call to act opening a clause, an offer, a phone number or an e-mail address, a handle,
    urgency, a question put to the reader, the reader addressed as "you", two clock times: the
    business's opening hours or its slot in a timetable, a sponsor's credit just before the name:
    "in association with") and shares no word with the article's subject: no word
    of health, no vocabulary term, less than a fifth of its words by specificity, none of the
    title's. A credited business's line is weighed against the article outside the short lines it
    closes (the listing or notice it sponsors: tide times, a TV guide, a family notice). A line
    pointing to help or to the press office, a news report's "said", a charity's appeal, a quotation
    are not pitches."""
    text = block.text
    if not _short_block(block, one_line=True) or not any(map(text.__contains__, _PITCH_CHARACTERS)) or \
            not holds_no_link(doc, block):
        return ""  # a pitch with a link is LM101's or LM105's
    name = new_trade_name(doc, text)
    # a headline capitalises its words (a business's name capitalises its own: not counted)
    if _title_case(text.replace(name, "", 1) if name else text):
        return ""
    phone = phone_number(text)
    handle = new_handle(doc, text) if "@" in text else ""
    if not name and not phone and not handle:
        return ""
    lowered = text.lower()
    # the signs shown by a mark or a number first; the patterns of words only when they are short of two;
    # a handle is a way to reach the business besides a phone number or an e-mail address
    email = _EMAIL.search(text) if handle else None
    signs = {"contact": phone or email.group()} if phone or email else {}
    if handle:
        signs["handle"] = handle
    if (match := _PERCENT.search(text)) is not None:
        signs["offer"] = match.group()
    if (match := _PUT_TO_READER.search(text)) is not None:
        signs["question"] = match.group()
    if _YOU.search(text):
        signs["you"] = "you"
    if len(times := _CLOCK_TIME.findall(text)) >= 2:
        signs["hours"] = " ".join(times[:2])
    credit = _credits_name(text, name) if name and _closes_feature(doc, block) else ""
    if credit:
        signs["credit"] = credit
    if len(signs) < 2:
        found = _signs(doc, text, True, _call_to_action("\n" + re.sub(r"\s[—–-]\s", ". ", lowered)))
        found.pop("name", None)
        signs = {**found, **signs}
    if len(signs) < 2 or _not_a_pitch().search(lowered) or _pitch_patterns()[4].search(lowered) or \
            _voice(text) == "quotation" or publisher_furniture(text):
        return ""
    # a word of health or a term of the vocabulary that another block of the article holds ties it
    # to the subject ("resort" or "birth" of a business's trade, that the article never uses, does not)
    analysed = model.blocks[block.index]
    counts, mentioned = model.counts_to_two()
    if any(mentioned.get(term, 0) > 1 for term in set(analysed.found)) or \
            any(counts.get(stem(word), 0) > 1 for word in set(health_words(analysed.content))):
        return ""
    if credit:
        inside, inside_terms = _counts_inside(model, [*_lines_above(doc, block), block])
        share = _share_outside(model, analysed, inside, inside_terms)[0]
    else:
        share = model.shared_share(block)[0]
    title = {stem(w) for w in analyse(doc.title, model.lexicon).content if specificity(w) >= _TITLE_WORD}
    if share >= _PROMOTION_MAX_SHARE or not title.isdisjoint(map(stem, analysed.content)):
        return ""
    return name or phone or handle


# A sponsored listing or notice holds at most this many short lines above its credit line.
_CREDITED_LINES = 8


def _closes_feature(doc, block) -> bool:
    """`block` closes a feature of short lines or a notice: the block above it is a heading, a short
    line or a list item, or the one above that is a heading (a notice under its heading); a heading
    of marks only ("###", a press release's end) heads nothing. A credit after a paragraph of the
    article ("the trial ran in association with ...") credits its work."""
    def head_or_line(above) -> bool:
        return any(map(str.isalpha, above.text)) and (above.kind == "heading" or bool(_box_line(above)))

    return block.index >= 1 and head_or_line(doc.blocks[block.index - 1]) or \
        block.index >= 2 and doc.blocks[block.index - 2].kind == "heading" and \
        any(map(str.isalpha, doc.blocks[block.index - 2].text))


def _lines_above(doc, block) -> list:
    """The run of short lines, list items and headings just above `block` (at most _CREDITED_LINES):
    the feature its sponsor's credit closes."""
    start = block.index
    while start > 0 and block.index - start < _CREDITED_LINES and \
            (doc.blocks[start - 1].kind == "heading" or _box_line(doc.blocks[start - 1])):
        start -= 1
    return doc.blocks[start:block.index]


# A line of a box of selling points ("Free local delivery this weekend only") holds at most this many words.
_BOX_LINE_WORDS = 12
_BOX_LINE_CHARS = 200


def _box_line(block) -> str:
    """"item" for a list item, "line" for a short line (a heading's or a selling point's length), ""
    for other blocks."""
    if block.kind == "list_item":
        return "item"
    # (most blocks are longer than twelve words could make: counted only below that length)
    short = block.kind in (*_PROSE, "heading") and len(block.text) <= _BOX_LINE_CHARS and \
        len(block.text.split(None, _BOX_LINE_WORDS)) <= _BOX_LINE_WORDS
    return "line" if short else ""


def _unit_of(doc, block) -> list:
    """[block] for a paragraph; for a list item or a short line, the run of them it opens (a list, a
    box of selling points saved as short lines, a heading among them but not at their start); []
    for a heading and for an item or a line inside such a run (judged with its first)."""
    kind = _box_line(block)
    if not kind:
        return [block]
    before = doc.blocks[block.index - 1] if block.index else None
    # a heading over a run is the section's (a title, "Treatment"), not a line of the box
    if block.kind == "heading" or (before is not None and before.kind != "heading" and _box_line(before) == kind):
        return []
    end = block.index + 1
    while end < len(doc.blocks) and _box_line(doc.blocks[end]) == kind:
        end += 1
    return doc.blocks[block.index:end]


@rule("LM203", "promotional-block", category="off-topic", severity="warning",
      options={"extra_phrases": Option([], "more phrases that mark a promotional block")})
def promotional_block(doc, options):
    """A block of the article's body promotes something other than the article's subject.

    ## What it does
    Reports paragraphs and lines that pitch something to the reader instead of telling
    them about the subject: a newsletter or subscription sign-up ("Sign up for our
    weekly newsletter"), a pitch to follow or like the publisher on social media
    ("Follow me on Instagram", "continue the discussion on our Facebook page"), a
    sponsor's message ("This episode is brought to you by..."), an event announcement
    ("Register now for our free webinar"), a securities disclaimer in a press release
    ("This release contains forward-looking statements..."), a sale banner ("Father's
    Day Sale! Up to 50% off", "Offer ends Fri"), a paragraph promoting gambling in an
    article about something else (two gambling words and one of casinos' selling words,
    none of the words of a report on gambling harm, and a title that does not name
    gambling), a teaser for another story ("MORE: ...", "Baca juga: ...", any label that pairs a verb of
    looking with a word of another item, either way round, "Also Check : ...", "Zobacz również – ...", a label of capitalised
    words with no mark, "Also Read Storm Closes ...", also a "READ MORE:" line glued into a
    paragraph of plain text; and, whatever its label says, a line alone between two paragraphs that is
    a label of one to three words, a colon and a capitalised headline of five words or more, none of
    whose terms the two paragraphs after it take up: "Fact check: ...", "Explainer: ...") whose headline
    names another subject: sharing almost none of its
    specific words with the article, or not naming the article's most specific topic term with
    its words new to the article weighing at least as much as those it shares; either way
    naming a subject of its own by a specific word (Zipf 4.5 or rarer: "ferry", "regatta"; a
    headline of common words only, "Foods That Keep You Full", says too little to tell),
    and a blurb for another article stitched into the text ("This is a detailed article
    about X. It includes...") whose words the article does not use outweigh those it uses
    (by specificity) and hold its most specific word (a page describing itself, "This
    guide examines ... NAD+ therapy", names its own subject; and in its opening paragraph,
    "This guide explains how red light therapy works...", it introduces itself). A widget of
    sponsored links kept in the text (a line of at most four words: "Sponsored Links",
    "Promoted Stories"; a site's own "You may also like" list is not one) is
    promotion too. So are a notice about the site itself (its domain for sale or "available for
    acquisition", parked or expired, the site under construction; a line of at most 40 words, in
    several languages) and the publisher's appeal for the reader's support of its journalism, its
    paywall's gate and its reading app's pitch ("Your donation allows us to keep sending journalists",
    "100's of premium titles"), wherever they stand. So is the publisher's promotion of itself: a short
    paragraph or bullet line after the article has begun that names the site as the page's byline or
    dateline prints it ("Harianku.com, Jakarta -"), not at its own start, offers the reader something
    of it (free, a prize, its app, a download: `[self_promotion]`, several languages) and whose other
    words weigh under a fifth in the rest of the article. So is a block written in another script or language than the article's
    (not quoted, not a reference, not a bilingual article's) that shows a pitch's mark, a
    percentage, a price's currency, an address or an exclamation: a deal dropped in by a spam run
    ("Скидки до 50% на диваны!" in an English article), whatever it sells. At the first or last two blocks it also reports a new customer's discount
    ("$100 off for new patients", "20% off your first order": a banner's offer), and a short
    line (at most 8 words) holding two promotion words and nothing of the article, no health
    word and no specific word the article uses: an ad banner above the text ("EXCLUSIVE DEAL:
    Bonus Voucher Inside!") or a contest line under it ("Weekend Raffle Winner Corner"). A sign-up line whose only words besides the pitch
    are words of health or vocabulary terms ("Sign up for our migraine newsletter" on a
    migraine page) offers more of the article's subject and is not reported; in a
    plain-text paragraph of several lines, the finding is on the line that pitches.
    In any language of the article, it reports a block that promotes another subject,
    recognised by what it is rather than by what it sells: a pitch (an offer, a price, a
    discount or a code and one more sign, or a call to action with a way to order, an address,
    an e-mail or a phone number, and an urgency or a name repeated that the article never uses;
    calling the reader to act, or a banner's price with an address and a third sign) whose
    vocabulary the article does not share (less than a fifth of its words, weighted by
    specificity as LM202 weighs a pasted paragraph; its own words weighing about three
    specific words) and that names no specific word of the title, none of the article's most
    characteristic words and no word of health the article keeps returning to: a sofa shop's
    sale, a loan, a casino, an essay service, a trip, an app dropped into an article on heel
    pain. A block the publisher labels as paid (under a line that is only "Sponsored",
    "Promoted by Harlow Pools" or "In partnership with ...", or opening with such a label as a
    lead-in: "Sponsored:", "[Sponsored]") is a pitch by its label, whatever its wording, and is
    reported by the same test of its subject (an ad slot's "Advertisement" is not such a label:
    what a saved page keeps under it is the page's own text). A list, or a run of short lines (a box of selling points), is judged whole, and
    only in an article of five paragraphs or more around it. A clinic's booking line or its
    pitch for its own service shares the article's words; a news report of a company's price
    does not address the reader; an appeal to donate to a charity sells nothing: none is
    reported. So is a business's pitch of one or two sentences with no link, in any language:
    it names a business the rest of the article never names (a trade name, a phone number, or a
    handle on a social or messaging platform, "@harlow_glazing"),
    shows two signs of a pitch (a call to act, a price or percentage, a phone number, a handle, urgency,
    a question or exclamation put to the reader, "you", two clock times: its opening hours or a
    timetable's slots) and no word tied to the article's
    subject ("Leaking roof? Brackmoor Roofing patches it the same day, call 0161 496 0732";
    "Quenby Saddlery: Llun i Gwener 8:30–17:30. Ffoniwch 01632 960 415" in any language);
    a chatbot's reply pasted whole keeps its frame ("Certainly! Here is a paragraph that...",
    "Let me know if you would like me to...", "as an AI language model"), and a defacer's banner
    its claim and taunts ("Hacked by ...", "Greetz", "Your security is zero"), each a line of its
    own: both are reported by that frame, whatever the text inside sells;
    a line to a helpline or press office, a news report's "said" and a headline are not.
    A run of promotion (a banner, its countdown and button; an event box and a sign-up
    box with short lines between them) is one finding. The phrases are in
    `data/offtopic_promotion.toml`. Stating who funded a study ("the trial was
    sponsored by...") and a plain "About the institution" paragraph are not promotion.
    Sales calls to action with a link or address ("order now at...") are LM105's.

    ## Why is this bad?
    Promotion mixed into the body of a health article blurs information and
    advertising; readers cannot tell where the article ends. The FTC asks that
    advertising be identifiable as such, and search engines treat pages stuffed with
    unrelated promotion as low-quality.

    ## Example
    Between two paragraphs on a blood-pressure trial: "Keep up with the latest health
    news by subscribing now to our weekly newsletter."

    ## Use instead
    Move sign-up forms, sponsor messages and teasers out of the article's text (a
    sidebar, a labelled box), or remove them.

    ## References
    - FTC, "Native Advertising: A Guide for Businesses" (2015); 16 CFR Part 255.
    - Charnock et al., DISCERN, J Epidemiol Community Health 1999;53:105 (question 3: relevance).
    - Phrases: `data/offtopic_promotion.toml`.
    """
    model = topic_model(doc, options)
    extra = tuple(str(p) for p in options.extra_phrases)
    found = promotional_blocks(doc, model, extra).values()
    # a gambling paragraph in a section LM201 reports as off-topic is that section's finding
    reported = off_topic_sections(doc, _section_defaults(options)) \
        if model.groups and any(what == _GAMBLING for _, what, _, _ in found) else {}
    for block, what, evidence, span in found:
        if what == _GAMBLING and model.section_of.get(block.index) in reported:
            continue
        yield Hit(block, f"This block is {what} (\"{evidence.strip()[:60]}\"), not part of the article.",
                  span=span, suggestion="Move it out of the article's text, or remove it.")
