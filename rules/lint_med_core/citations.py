"""Citations: markers that point nowhere, vague attributions, tertiary sites offered as evidence."""

from __future__ import annotations

import functools
import re

from lint_med import Hit, Option, rule

from . import _speech
from ._data import load
from ._evidence import (_STUDY_WORD, ANAPHORIC_STUDY, BARE_KINDS, CLAUSE_START, PEOPLE, Evidence, blocks_holding, candidate_sentences, evidence,
                        find_loose_appeal, find_vague, invoked_group,
                        is_bare, joined_starts, present_words, shows_established_effect, spaces, texts_found)
from ._pagekind import page_kind
from .statistics import teaser_line


def _group(markers):
    """Adjacent markers ("(11) (12)", "[3][4]") make one citation."""
    groups = []
    for marker in sorted(markers, key=lambda m: (m.block.index, m.start)):
        last = groups[-1][-1] if groups else None
        if last is not None and last.block is marker.block and \
                re.fullmatch(r"[\s,;]*", marker.block.text[last.end:marker.start]):
            groups[-1].append(marker)
        else:
            groups.append([marker])
    return groups


@rule("LM601", "dangling-citation", category="citations", severity="warning",
      options={"min_bare_markers": Option(2, "bare numbers after words (\"abuse 6,\") count as citation "
                                              "markers only when the article has at least this many "
                                              "of them, or other markers")})
def dangling_citation(doc, options):
    """Flag citation markers that point to no reference.

    ## What it does
    Finds citation markers in the article body (`[3]`, `(11) (12)`, "patología(1)." (glued to its
    word), `[^1]`, `[iv]` (lowercase
    Roman endnotes), `［3］` (full-width brackets), "1)" closing a paragraph after its full stop, superscript
    numbers (also as characters: "blood sugar.¹", not "20 m²"), short author-year citations
    that point into a list ("(Okafor, 2015)", "(Lindqvist MJ et al 1998; Haddad D 2004)"; not a full
    citation that carries its journal, nor a date "(March 2019)"), and numbers left bare after a word when a page lost its superscripts:
    "during 3 weeks 74.", "abuse 6, respectively"; a marker's own word flattened onto the
    text, "3 to 5 years.footnote 1"; markers whose spaces a copy lost, "strategies (1, 2)In this",
    "erforscht1,2 und") and checks them against the article's
    reference list (a section headed References, Sources, Bibliography, ...) and Markdown
    footnote definitions. It flags a numbered marker above the list's length and a footnote
    with no definition, each where it stands (each is a fix of its own); when the article has
    no reference list at all, one finding at the first marker says how many markers point
    nowhere and names them (the one fix is the missing list).

    Numbers that are quantities or labels are not markers: a bare number must follow a
    word and stand before a comma, full stop, semicolon or the end of the paragraph, and
    not follow a word that takes a number ("aged 74.", "Type 2,", "rose to 12.", "day 3,"; in the
    other languages the pack reads too: "zwischen dem 40. und 60. Lebensjahr", "entre 40 et 60.");
    "(1) take it with food, (2) ..." is an enumeration. Bare numbers count only when the
    article has other markers, or at least `min_bare_markers` bare ones (a single "was 74."
    is too weak a sign) whose numbers mostly go up through the article, as citation numbers
    do, or one group of several numbers going up glued after a full stop ("heart health.1,2,3"),
    or one number glued after the full stop that closes its paragraph ("from your body.1");
    a number
    after a preposition or a verb in -ed ("after 11", "gained 2") is a quantity.
    Markers that are links (`<sup><a href="#ref3">3</a></sup>`) point somewhere and are
    never flagged.

    ## Why is this bad?
    A marker promises a source. When it leads nowhere the reader cannot check the claim,
    and the article looks sourced when it is not. Dangling numbers are typical of text
    copied from a paper or another site without its reference list.

    ## Example
    ```text
    Anti-inflammatory effects have been attributed to toll-like receptor 4 (11) (12).
    ```
    (the article has no reference list)

    ## Use instead
    ```text
    Anti-inflammatory effects have been attributed to toll-like receptor 4 [11, 12].

    References
    ...
    11. Author A, et al. Title. Journal. 2018.
    ```

    ## References
    - Silberg WM et al. Assessing, controlling, and assuring the quality of medical
      information on the Internet. JAMA 1997;277:1244 (attribution: references and sources).
    - DISCERN question 4 (Charnock et al., J Epidemiol Community Health 1999;53:105).
    """
    found = evidence(doc)
    refs = found.references
    markers = found.markers
    trust_bare = found.bare_trusted(options.min_bare_markers)
    unlisted = []  # (first, last, text) of each marker group when the article has no reference list
    for group in _group(markers):
        problems = []
        for marker in group:
            if marker.is_link:
                continue
            if marker.kind == "footnote":
                if marker.label not in refs.footnotes:
                    problems.append(f"footnote [^{marker.label}] has no definition")
                continue
            if marker.kind in BARE_KINDS and (refs.exists or not trust_bare):
                continue
            if not refs.exists:
                problems.append("none")
            elif refs.has_list and refs.count and marker.numbers and max(marker.numbers) > refs.count:
                problems.append(f"{max(marker.numbers)} is above the {refs.count} entries of the reference list")
        if not problems:
            continue
        first, last = group[0], group[-1]
        shown = first.block.text[first.start:last.end]
        if all(p == "none" for p in problems):
            unlisted.append((first, last, shown))
            continue
        yield Hit(first.block, f"Citation marker '{shown}' points nowhere: " + "; ".join(p for p in problems if p != "none"),
                  span=(first.start, last.end),
                  suggestion="add the missing reference, or replace the marker with a named source or link")
    if unlisted:
        # With no reference list at all there is one thing to fix, the missing list: one finding
        # at the first marker, naming them all (a list that stops short is a fix per marker, above).
        first, last, shown = unlisted[0]
        if len(unlisted) == 1:
            message = f"Citation marker '{shown}' points nowhere: the article has no reference list"
        else:
            named = ", ".join(f"'{marker}'" for _, _, marker in unlisted[:_NAMED_MARKERS])
            more = f" and {len(unlisted) - _NAMED_MARKERS} more" if len(unlisted) > _NAMED_MARKERS else ""
            message = (f"{len(unlisted)} citation markers point nowhere, the first here: the article has no "
                       f"reference list ({named}{more})")
        yield Hit(first.block, message, span=(first.start, last.end),
                  suggestion="add the reference list, or replace the markers with named sources or links")


_NAMED_MARKERS = 8  # the markers an LM601 finding names; the rest are counted


@rule("LM602", "vague-attribution", category="citations", severity="warning",
      options={"extra_phrases": Option([], "more vague-attribution patterns (regular expressions)"),
               "extra_sources": Option([], "more names that count as a source (regular expressions)")})
def vague_attribution(doc, options):
    """Flag research or experts invoked with no source ("studies show").

    ## What it does
    Finds attributions to unnamed research or authorities, in every form: "studies show",
    "research suggests", "according to experts", "scientists have found", "a recent survey
    found", "one study", "doctors say", "many health care providers recommend", "many researchers believe", "evidence indicates", "it
    has been shown", "data suggest", "reports say", "decades of research that shows",
    "previous studies demonstrating", "Research previously found" (any adverb in -ly between the
    noun and its verb, not one of denial, custom or rhetoric: "Studies rarely show", "doctors usually
    advise", "what the research really shows"), "doctors who use the device say", "in several studies",
    "by some estimates", "according to recent industry reports" (any lowercase words before the
    evidence noun; not the press: "according to local news reports"), the progressive ("studies are
    showing", "experts are warning"; not "doctors have known about"), "if studies are to be believed", "research has tied X to Y", "with
    research showing", "experts question whether", "doctors are concerned that", a stance in
    unnamed mouths ("Nutritionists worldwide continue to emphasize", "dermatologists came out
    against", "Consumer advocates caution"), any medical
    specialty in the plural ("dermatologists agree", "orthodontists warn"), unnamed experts
    speaking to an outlet ("experts tell CNN", "..., experts tell" with the outlet lost), "recent findings
    show", "a clinical study showed", "studies conducted in Europe found"; a study told
    only by its year or size ("a 2017 study found", "a study conducted in 2017 found", "a
    trial involving 50 adults showed", "One of the studies involved 50 people", "documented in a
    trial of 60 women", "data from 9,000 patients have confirmed", unless its
    paragraph names them); a body of studies invoked to disagree ("Studies vary.") or to rest
    a claim on ("based upon hundreds of studies", "grounded in decades of research"; not
    when denied: "not supported by the published science"); a sentence
    that opens with evidence it does not identify ("In clinical trials, people who ...", "In
    new research, ..."; not when hedged: "In small studies, it may ..."); an agentless finding
    ("has been found to lower", "have been proven to protect", "is shown to stimulate", "It has
    also been reported that", "It has been suggested that"; not when hedged, negated, questioned
    or in what a named person says; "has been shown to" in a page that may speak for what it
    sells, not when what it shows is a lowered risk, "has been shown to reduce the risk of stroke",
    and elsewhere only when it claims one treatment beats another); and
    the same in other languages, one table per language (data/citations_languages.toml: research
    and expert nouns, verbs, "according to" forms, what names a source): "Studien zeigen", "según
    los científicos", "Estudos mostram que", "Selon les experts", "Araştırmalar ... gösteriyor",
    "uzmanlara göre", "Według ekspertów", "研究によると".
    On a page that names no source anywhere (at most one sentence with a marker, link, named
    body or author and year, no reference list), research invoked in any wording: an evidence
    noun and a verb of showing with up to eight words between ("A recent in vitro study
    demonstrated", "In an 8-week trial with 60 adults, valerian was found to"), "Supported by
    new studies", a bullet "Shown to ease joint pain" (see docs/evidence.md).
    One construction covers most of them: an evidence noun (research, a study, trials, reviews,
    evidence, experts, critics, ...) with any modifiers ("ongoing", "a short study done in
    Norway") stands as the source of a claim, in any role: subject of a verb of saying or
    showing ("continues to confirm", "backs up"), of an opinion ("researchers are skeptical"),
    "according to studies", a compound adjective ("science-backed benefits"), "there's ample
    evidence that", an agentless report ("it has been said that", "are also reported to be").
    It
    flags them unless a source comes with them: a cross-reference to another part of the page
    ("(see Question 4)", "(see 'Risk factors' below)"), a citation marker in its sentence, even one
    that points nowhere (the writer gave a source; LM601 reports the missing list: one
    problem, where it shows), or where a copy is cut off mid-sentence by the end of the text
    in an article that cites by markers (its marker may stand past the cut); a citation at or after the attribution
    (marker, also later in the paragraph; link; DOI or PubMed id; author and year;
    "published in"; "a 2019 Cochrane review", not a year alone; an author-year citation cut short by the end of its
    paragraph), a name attached to it ("experts at the Mayo Clinic",
    "according to data from the CDC"), a named body's speech tag closing the sentence ("...,
    the CDC says."), a named body or person saying it ("The NIH notes
    there is some evidence that"), a named source opening its clause ("According to the CDC, a
    study found"; "according to the poison control center" when the article named the "Fresno
    Poison Control Center": a definite description repeating the end of a name it gives), for officials an agency named in the sentence before or
    after ("..., according to the CDC. Health officials say ...", also by an abbreviation the
    article spelled out with its initials: "the National Dengue Control Unit (NDCU)" ... "The NDCU
    urges ... Health officials have stressed"), or, for research rather
    than people, a study cited in the next sentence (not one study given as an example of
    "many studies", "Current studies such as one published in X also ...", unless it is a review that pools them; nor a name given as an example of a
    kind: "Research from institutions like Johns Hopkins has demonstrated").

    Not read: another story's headline after a teaser label ("Read also: Studies show ...").
    Not vague: research summarised on an evidence monograph whose named grader rates the evidence
    ("The X database rates effectiveness ...", then "Early research suggests ..."); a dated
    study's own words quoted ("A 2011 review found that \"...\""); a named person's speech tag
    after it ("Some studies show ..., said Mintz"); a reported clause that only asks for evidence
    ("scientists caution that more research is needed"); an appeal inside a named holder's reported
    belief or claim ("because they believe it is backed by science", "Kennedy's claims that it is
    based on science"); a camp's objection that evidence is missing
    ("critics point out the lack of solid studies"; not experts' own "there is no evidence"); evidence
    the attribution calls anecdote ("Some anecdotal evidence suggests"; not with research in its
    clause: "Preliminary studies and anecdotal evidence"); a camp
    ("critics warn") one of whom is named speaking in the next paragraphs; "health officials" or
    "the authorities" in a story that has said whose officials speak ("Health officials in Costa
    Rica said ..."); evidence named inside a condition, which sets a criterion and claims no
    evidence exists ("unless ... or there is evidence that the baby will not survive", "only if
    blood tests show", "wenn Studien zeigen, dass": a conditional word earlier in the
    attribution's clause, `conditions` in data/citations_vague_attribution.toml); weak evidence
    summarised ("some studies show some promise, but"; "poorly supported by evidence"); an
    opinion weighed against the evidence in its sentence or the next three ("Some doctors
    believe that ... There is no clear evidence that ..."), and so a camp's stance ("Supporters of
    chelation recommend it ... its unproven ability"); a
    negation in an earlier clause does not count ("Although research is limited, some evidence
    suggests" is vague). Not vague: a determiner, possessive or name before it ("the researchers found", "our best
    available evidence shows", "Cochrane researchers found", "government data show", a trade record
    "export data shows" (goods moved, not evidence of an effect); but
    "state health officials say" names no agency), a negation ("no studies show", "there aren't any studies that"), a
    question, a hedged belief ("It is thought that the patch may ..."), an analysis or review of a study's own results ("a preliminary analysis of the
    results found") in an article that names that study, and an expert's own words in a
    quotation. News stories and press releases say
    "a new study suggests", "researchers say" or "..., a recent study found." for the study
    they report: these are not vague when the article names that study by its people or
    venue (lead author, journal, meeting, institution); a bare "Research suggests" counts
    so only in the lede, before the study is named.

    ## Why is this bad?
    "Studies show" borrows the authority of research without letting the reader check it.
    It is one of the commonest ways health content overstates weak or absent evidence; the
    FTC expects health claims to rest on competent and reliable scientific evidence that
    can be identified.

    ## Example
    ```text
    Research has demonstrated that LDN can reduce pro-inflammatory cytokines.
    ```

    ## Use instead
    ```text
    In a small 2014 pilot study, LDN lowered several pro-inflammatory cytokines [4].
    ```

    ## References
    - Redi M et al. Citation Needed: A Taxonomy and Algorithmic Assessment of Wikipedia's
      Verifiability. WWW 2019 (arXiv 1902.11116).
    - FTC Health Products Compliance Guidance, 2022.
    - DISCERN question 4 (Charnock et al. 1999).
    """
    extra = tuple(options.extra_phrases)
    found = evidence(doc, tuple(options.extra_sources))
    stems = None if extra else present_words(doc, found.attribution_words)  # the article's ones only
    if stems == ():
        return
    invoked = set()  # the groups invoked in a language without articles (`invoked_group`)
    for sentence in candidate_sentences(doc, found, stems):
        text = sentence.text
        if text.rstrip().endswith("?"):
            continue  # a question
        match = find_vague(text, extra, found.other_languages, shown=True)
        # "has been shown to" appeals to evidence in a page that may speak for what it sells; a
        # reference page, news story or forum uses it for established effects, as leaflets do for a
        # lowered risk ("has been shown to reduce the risk of stroke")
        if match is not None and match.kind == "shown" and \
                (not page_kind(doc).may_promote or shows_established_effect(text, match)):
            match = find_vague(text, extra, found.other_languages)  # the sentence's other attributions
        if match is None:
            # On a page that names no source anywhere, research invoked in any wording ("A recent
            # lab study demonstrated", "Shown to ease joint pain") can be answered nowhere
            loose = find_loose_appeal(text)
            if loose is not None and found.names_no_source and not found.carries_marker(sentence) and \
                    not found.sentence_has_source(sentence) and not teaser_line(sentence.block):
                yield Hit(sentence, f"Vague attribution '{loose.group().strip()}' with no source: "
                                    f"{_QUESTIONS['loose']}", span=(loose.start(), loose.end()),
                          suggestion="name the study, review or organisation and cite it (link or reference)")
            continue
        if teaser_line(sentence.block):
            continue  # another story's headline ("Read also: Studies show ..."); tested on a match only
        # The study the article reports: "a new study finds"; "In the trial, researchers found",
        # "In an editorial published with the study, experts note"
        # "a preliminary analysis of the results found": the study's own analysis of its data
        if found.reports_named_study(sentence, match) or (
                is_bare(match) and ANAPHORIC_STUDY.search(text[:match.start()])
                or _OWN_ANALYSIS.match(text, match.start())) and \
                (found.names_study or found.block_has_source(sentence.block)):
            continue
        # "Two trials in The BMJ ... One of the trials enrolled 200 women": one of those its paragraph names
        if _ONE_OF_THEM.match(match.group()) and found.block_has_source(sentence.block):
            continue
        # "In a 2021 trial, X has been found to be better", "In clinical trials run by the NIH, ...":
        # the source of an unnamed setting or passive may stand anywhere in its sentence
        if match.kind != "attribution" and (found.sentence_has_source(sentence) or
                                            ANAPHORIC_STUDY.search(text[:match.start()])):
            continue
        # "The NIH notes there is some evidence that ...": the attribution is a named body's words
        if found.named_speaker_before(sentence, match.start(), clause=match.kind in ("finding", "shown", "passive")) or \
                found.named_speaker_after(sentence, match.end()) or found.framed_by_source(sentence, match.start()):
            continue
        # Its own source, an expert's own words, or (for research, not people) a study cited
        # in the next sentence ("Studies show ... A 2019 review in JAMA found ...")
        people = PEOPLE.search(match.group()) is not None
        # An evidence monograph whose named grader rates the evidence ("The X database rates
        # effectiveness ..."): its "Early research suggests" is that body's grade (for research, not people)
        if not people and found.evidence_graded:
            continue
        # "Some doctors believe X. ... There is no clear evidence that X.": a view reported, then weighed;
        # "scientists caution that more research is needed": a call for evidence, no claim rests on it
        if _opinion_weighed(found, sentence, match) or _only_asks_for_evidence(match) or _anecdote(match):
            continue
        # "Research indicates that ... [4]": the writer gave the attribution a source; when the
        # marker points nowhere, LM601 reports it (one problem, where it shows), as for a figure (LM501)
        if found.carries_marker(sentence):
            continue
        if found.supports(sentence, match.start(), match.end()) or found.quoted_speaker(sentence, match.start()) or \
                not people and any(found.cites_research(s) and not _one_of_many(match, s.text)
                                   for s in found.beside(sentence, 0, 1)):
            continue
        # "Health officials say ..." with the agency named in the sentence before or after (news
        # name it once). Not for experts or doctors: a body named beside them is what the story is
        # about or another speaker's affiliation; nor a named person, often another speaker.
        if _OFFICIALS.search(match.group()) and any(found.names_body(s) for s in found.beside(sentence)):
            continue
        # "A 2011 review found that \"the effect is not well documented\"": a dated study's own words,
        # quoted, find it
        if _YEAR.search(match.group()) and _QUOTED_WORDS.match(text, match.end()):
            continue
        # "Critics warn that ..." and then a named critic speaks: news name one of the camp in the
        # rest of the paragraph or the next two (across an "Advertisement" line read as a heading)
        if _CAMP.search(match.group()) and _named_speaker_follows(doc, sentence):
            continue
        # "Reports indicated ...", "Reports suggest ..." in a paragraph, or after the two before it, that names who
        # reported (an agency receiving reports of illness, the outlets a story cites): those reports, not research
        if _REPORTS.match(match.group()) and any(found.block_has_source(block) for block in
                                                 doc.blocks[max(0, sentence.block.index - 2):sentence.block.index + 1]):
            continue
        # "Health officials say ..." after the story said whose officials speak ("officials in Costa
        # Rica said", "authorities at the ministry"): those officials, named once
        if _OFFICIALS.search(match.group()) and _identified_officials(doc, sentence):
            continue
        # "Uzmanlar ... öneriyor" after "uzmanlara göre": in a language without articles, the group
        # invoked again is the one already reported ("the experts")
        if match.kind == "other_language" and (group := invoked_group(match, found.other_languages)):
            if group in invoked:
                continue
            invoked.add(group)
        phrase = match.group().strip()
        question = _QUESTIONS.get(match.kind, "which studies, which experts?")
        yield Hit(sentence, f"Vague attribution '{phrase}' with no source: {question}",
                  span=(match.start(), match.end()),
                  suggestion="name the study, review or organisation and cite it (link or reference)")


_ONE_OF_THEM = re.compile(r"\w+ of (?:the|these|those) ", re.I)


# What the reader cannot tell, by the kind of attribution (_evidence.Attribution.kind).
_QUESTIONS = {"setting": "which trials or studies?", "passive": "found by whom, in which study?",
              "loose": "which study? the page names no source for anything"}


# A study's analysis of its own data ("a preliminary analysis of the results"), not another
# study ("an earlier analysis of six of the trials").
_OWN_ANALYSIS = re.compile(r"(?:an?|the|its|their)\s+(?:(?:preliminary|interim|early|first|initial|planned|final)\s+)?"
                           r"(?:analysis|review|look)\s+of\s+(?:the|its|their)\s+(?:(?:study's|trial's|study’s|trial’s)\s+)?"
                           r"(?:results|data|findings)\b", re.I)


# A single study given as an example ("Studies show ... For instance, a 2019 study ...", "Current
# studies such as one published in X also ...") is not the source of a body of studies; nor is one
# study the source of "many" or "multiple studies", unless it pools them (a review, a meta-analysis).
_EXAMPLE = re.compile(r"\s*(?:for (?:instance|example)|e\.g\.|one (?:such|of them|of these)|in one)\b", re.I)
_AN_EXAMPLE = re.compile(r"\b(?:such as|like|including|among them)\s+(?:the\s+)?(?:one|an?)\s", re.I)
_MANY = re.compile(r"\b(?:many|several|multiple|numerous|countless|dozens|hundreds|a number of|plenty|lots|a host|a wealth)\b", re.I)
_POOLED = re.compile(r"\b(?:reviews?|meta-analys[ie]s|pooled|studies|trials)\b", re.I)


def _one_of_many(match, cited: str) -> bool:
    """Whether a sentence citing research gives one study as an example of the attribution's body
    of studies, and so does not source it."""
    return _EXAMPLE.match(cited) is not None or _AN_EXAMPLE.search(cited) is not None or \
        _MANY.search(match.group()) is not None and _POOLED.search(cited) is None


@functools.lru_cache(maxsize=None)
def _opinions() -> tuple[re.Pattern, re.Pattern]:
    """(verbs of opinion, denials of evidence): data/citations_vague_attribution.toml."""
    data = load("citations_vague_attribution")
    return (re.compile(r"\b(?:" + "|".join(data["opinion_verbs"]) + r")\b", re.I),
            re.compile(r"\b(?:" + "|".join(spaces(x) for x in data["evidence_denials"]) + r")\b", re.I))


@functools.lru_cache(maxsize=None)
def _asks_for_evidence() -> tuple[re.Pattern, re.Pattern]:
    """What follows an attribution that only calls for evidence ("... that more research is
    needed"), and what follows a camp's objection that evidence is missing ("critics point out
    the lack of solid studies"): a call, or a denial within three words of its clause
    (data/citations_vague_attribution.toml, `evidence_calls`, `evidence_denials`)."""
    data = load("citations_vague_attribution")
    calls = "|".join(spaces(x) for x in data["evidence_calls"])
    denials = "|".join(spaces(x) for x in data["evidence_denials"])
    return (re.compile(rf"[\s,:]*(?:that\s+)?(?:{calls})\b", re.I),
            re.compile(rf"[\s,:]*(?:that\s+)?(?:there\s+(?:is|are|was|were)\s+|[\w’'-]+\s+){{0,3}}?(?:{denials})\b", re.I))


def _only_asks_for_evidence(match) -> bool:
    """Whether an attribution claims nothing: it calls for evidence ("scientists caution that more
    research is needed"), or a camp objects that evidence is missing ("critics point out the lack
    of solid scientific studies"; not experts' own word, "experts say there is no evidence", which
    rests a finding on them)."""
    calls, denials = _asks_for_evidence()
    text, end = match.string, match.end()
    return calls.match(text, end) is not None or \
        _CAMP.search(match.group()) is not None and denials.match(text, end) is not None


def _opinion_weighed(found, sentence, match) -> bool:
    """Whether unnamed people's opinion ("Some doctors believe"), or a camp's stance ("Supporters of
    chelation recommend it"), is weighed against the evidence in the rest of its sentence or the
    next three ("There is no clear evidence that ...", "EDTA's unproven ability")."""
    opinion, denial = _opinions()
    if not opinion.search(match.group()) and not _CAMP.search(match.group()):
        return False
    following = [sentence.text[match.end():]] + [s.text for s in found.beside(sentence, 0, 3)]
    return any(denial.search(text) for text in following)


@functools.lru_cache(maxsize=None)
def _anecdotes() -> re.Pattern:
    """Words that call evidence anecdote (data/citations_vague_attribution.toml, `anecdote_words`)."""
    return re.compile(r"\b(?:" + "|".join(load("citations_vague_attribution")["anecdote_words"]) + r")\b", re.I)


def _anecdote(match) -> bool:
    """Whether the attribution calls its evidence anecdote ("Some anecdotal evidence suggests",
    "Anecdotal reports say"): users' stories, with no study to name; not when its clause (from the
    last comma, colon, bracket or dash before it) also invokes research ("Preliminary studies and
    anecdotal evidence support")."""
    phrase = match.group()
    if _anecdotes().search(phrase) is None:
        return False
    clause = CLAUSE_START.split(match.string[:match.start()])[-1]
    return _STUDY_WORD.search(clause + phrase) is None


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_QUOTED_WORDS = re.compile(r"(?:\s+that)?[\s,:]*[\"“]")


# A camp for or against a claim ("critics", "proponents").
_CAMP = re.compile(r"\b(?:critics|skeptics|sceptics|proponents|advocates|supporters)\b", re.I)


def _named_speaker_follows(doc, sentence) -> bool:
    block = sentence.block
    following = [block.text[sentence.end:]] + [b.text for b in doc.blocks[block.index + 1:block.index + 4]]
    return any(Evidence.person_says(text) for text in following)


# Reports, bare: "Reports indicated", "Media reports suggest" (not "studies and reports").
_REPORTS = re.compile(r"\s*(?:(?:news|media|press|initial|early|recent|some|other|several|many)\s+)?reports\b", re.I)


# People who speak for an agency ("health officials", "the authorities").
_OFFICIALS = re.compile(r"\b(?:officials|authorities|agencies)\b", re.I)
# Officials whose body or place the sentence gives: "officials in Costa Rica", "officials at the CDC".
_OFFICIALS_OF = re.compile(r"\b(?:officials|authorities)\s+(?:in|at|from|of|with|for)\s+(?:the\s+)?[A-Z]")


def _identified_officials(doc, sentence) -> bool:
    """Whether an earlier paragraph, or this one, says whose officials speak ("Health officials
    in Costa Rica said"): later "health officials" in the story are read as theirs."""
    return any(_OFFICIALS_OF.search(block.text) for block in doc.blocks[:sentence.block.index + 1])


_tertiary_use: list = []
# A word of every built-in site name (data/citations_tertiary_sites.toml), for a cheap first test.
_SITE_STEMS = ("healthline", "webmd", "web md", "medical news", "medicalnews", "verywell", "everyday",
               "medicinenet", "livestrong", "mindbodygreen", "prevention.com", "health.com", "goop", "axe",
               "mercola", "wiki", "medium.com", "quora", "reddit", "emedicinehealth", "patient.info",
               "netdoctor", "womenshealthmag", "menshealth", "greatist", "healthy", "eat this", "eatthis")


def _tertiary_use_pattern(extra: tuple[str, ...]) -> re.Pattern:
    data = load("citations_tertiary_sites")
    sites = "|".join(spaces(x) for x in list(data["sites"]) + list(extra))
    before = "|".join(spaces(re.escape(p).replace("\\ ", " ")) for p in data["before"])
    after = "|".join(re.escape(p) for p in data["after"])
    return re.compile(
        rf"(?<![\w-])(?:(?:{before})\s+(?:the\s+)?(?:(?:website|site|article|page)s?\s+(?:on\s+)?)?(?P<a>{sites})(?![\w-])"
        rf"|(?P<b>{sites})(?:\s+\w+)?\s+(?:{after})\b)",
        re.I,
    )


@rule("LM603", "tertiary-source", category="citations", severity="info",
      options={"extra_sites": Option([], "more tertiary consumer sites (regular expressions)")})
def tertiary_source(doc, options):
    """Note a consumer health website offered as the evidence for a claim.

    ## What it does
    Finds a tertiary consumer health site (Healthline, WebMD, Medical News Today, Verywell,
    Everyday Health, Wikipedia, ...) named as the source of a claim: "according to
    healthline", "per WebMD", "Medical News Today reports"; and a link to such a site offered
    as the source ("Studies show that [zinc shortens colds](https://www.healthline.com/...)",
    "according to [this page](https://en.wikipedia.org/...)"): the link's anchor names
    research, or the 40 characters before it attribute ("according to", "studies show").
    Mentions and links that do not present the site as evidence ("sites such as Healthline
    summarise...", "[more about zinc](https://www.webmd.com/...)") are left alone.

    ## Why is this bad?
    Consumer sites summarise other sources. Citing them as evidence hides the primary
    research or guideline, and readers cannot judge its quality. It is a mild problem
    (info): the fix is to cite what the site itself cites.

    ## Example
    ```text
    According to healthline, naltrexone can cause liver damage in rare cases.
    ```

    ## Use instead
    ```text
    The naltrexone label warns that liver injury has been reported, mostly at doses well
    above those used in LDN [2].
    ```

    ## References
    - HealthNewsReview.org review criteria, criterion 6 ("Does the story use independent
      sources?").
    - Redi M et al., WWW 2019 (arXiv 1902.11116): sources a claim needs.
    """
    key = tuple(options.extra_sites)
    if key not in dict(_tertiary_use):
        _tertiary_use.append((key, _tertiary_use_pattern(key)))
    pattern = dict(_tertiary_use)[key]
    found = evidence(doc)
    prefilter = not key
    stems = present_words(doc, _SITE_STEMS) if prefilter else ()  # the article's ones only
    for block in blocks_holding(doc, stems) if prefilter else doc.prose_blocks:
        if block.kind == "heading" or found.skipped(block):
            continue
        for match in pattern.finditer(block.text):
            site = match.group("a") or match.group("b")
            yield Hit(block, f"'{site}' is a consumer health site, not evidence: cite the primary source it relies on",
                      span=(match.start(), match.end()),
                      suggestion="link the study, guideline or drug label instead")
    yield from _tertiary_links(doc, found, tuple(options.extra_sites), pattern)


@functools.lru_cache(maxsize=1)
def _evidence_words() -> re.Pattern:
    """Words just before a link that offer it as the source: a report ("according to", "says":
    data/speech.toml, [uses.evidence_offered]) or evidence ("studies", "shows":
    data/citations_tertiary_sites.toml, `evidence_words`)."""
    words = _speech.alternation("evidence_offered") + "|" + "|".join(load("citations_tertiary_sites")["evidence_words"])
    return re.compile(r"\b(?:" + words + r")\b", re.I)


_EVIDENCE_ANCHOR = re.compile(r"\b(?:study|studies|research|evidence|trial|trials|review|shows|found that)\b", re.I)


def _tertiary_links(doc, found, extra_sites, named_pattern):
    """Links to a consumer site offered as the source: "studies show (link to healthline.com)"."""
    urls = [link.url for link in doc.links]
    joined = "\n".join(urls).lower()
    # one test per domain, not per link
    domains = tuple(filter(joined.__contains__, load("citations_tertiary_sites")["domains"]))
    if not domains:
        return
    if len(joined) == len(urls) - 1 + sum(map(len, urls)):  # lowercasing kept every character's place
        # the links whose URL holds a domain, found in the joined URLs (cheap test before parsing the domain)
        starts, held = joined_starts(urls), set()
        for d in domains:
            held |= texts_found(starts, functools.partial(joined.find, d))
        links = [doc.links[index] for index in sorted(held)]
    else:
        links = [link for link in doc.links if any(d in link.url.lower() for d in domains)]
    for link in links:
        block = link.block
        if block is None or link.hidden or found.skipped(block):
            continue
        domain = link.domain
        if not any(domain == d or domain.endswith("." + d) for d in domains):
            continue
        for sentence in block.sentences:
            first, last = sentence.source_span()
            if not first <= link.start < last:
                continue
            at = _index_of(block, link.start, sentence)
            if named_pattern.search(sentence.text):
                break  # already reported by name
            before = sentence.text[:max(0, at - sentence.start)][-40:]
            if _EVIDENCE_ANCHOR.search(link.text) or _evidence_words().search(before):
                yield Hit(link, f"The link to {domain} offers a consumer health site as the evidence: "
                                "cite the primary source it relies on",
                          suggestion="link the study, guideline or drug label instead")
            break


def _index_of(block, offset, sentence):
    import bisect

    return bisect.bisect_left(block.offsets, offset, sentence.start, sentence.end)


