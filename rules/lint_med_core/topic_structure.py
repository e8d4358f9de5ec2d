"""Structure rule that needs the topic analysis: headings their sections do not address."""

from __future__ import annotations

import functools
import re
from collections import Counter

from lint_med import Hit, Option, rule

from ._topic import (_SUFFIXES, _WORD, filler_words, generic_words, merge, normalize, section_prose, stem,
                     title_heading, topic_model)

_QUESTION = re.compile(r"\?\s*$|^\s*(?:what|how|why|which|who)\s", re.I)
# A question asking for a quantity ("How long does it take to work?", "How many sessions?") is
# answered by a number, whatever words come with it ("within 1 to 2 weeks", "1.5-2.0 ATA").
_QUANTITY_QUESTION = re.compile(r"\bhow (?:long|many|much|often|soon)\b", re.I)
_ENTITY_WEIGHT = 2  # a named condition or drug says more about a heading than a plain word


@functools.lru_cache(maxsize=8)
def _generic_stems(generic: frozenset) -> frozenset:
    return frozenset(stem(w) for w in generic)


def specific_terms(model, heading_terms) -> tuple[list, list]:
    """(named conditions or drugs, plain words) of a heading that a section must take up.

    Specific terms are the heading's words and vocabulary terms that are neither
    function words, generic health words, heading filler, nor the article's own
    topic terms (every section of the article is about those).
    """
    lex = model.lexicon
    filler = filler_words()
    # Terms of the topic's own vocabulary group ("Fibromyalgia" in an article on low
    # dose naltrexone) head a part of the subject; text on the topic addresses them.
    entities = [k for k in heading_terms.mentions
                if lex.is_entity(k) and k not in model.core and k not in model.related]
    entity_words = {w for k in entities for w in k.split()}
    topic_words = {w for k in model.core for w in k.split()}
    related_words = {w for k in heading_terms.mentions if k in model.related for w in k.split()}
    words = [w for w in heading_terms.words
             if w not in filler and w not in model.core and w not in topic_words and w not in entity_words
             and w not in related_words
             and len(w) > 2 and not w.isdigit()]
    return entities, words


def coverage(model, heading_terms, body_terms):
    """(covered, missing) specific terms of a heading, judged against its section's text."""
    lex = model.lexicon
    filler = filler_words()
    entities, words = specific_terms(model, heading_terms)
    # "diabetes" is addressed by text on "type 2 diabetes": parts of terms count too.
    body_keys = body_terms.keys | {p for k in body_terms.found for p in k.split()}
    generic_stems = _generic_stems(model.generic or generic_words())
    covered, missing = [], []
    for key in entities:
        parts = [w for w in key.split() if lex.is_entity(w) or w not in filler]
        hit = (key in body_keys or any(p in body_keys and lex.is_entity(p) for p in parts)
               or _alias_in(model, key, body_keys))
        (covered if hit else missing).append((key, True))
    for word in words:
        if stem(word) in generic_stems:
            continue  # "tested" is a form of the generic "test"
        hit = word in body_keys or _form_in(stem(word), body_keys) or _alias_in(model, word, body_keys)
        (covered if hit else missing).append((word, False))
    return covered, missing


def _form_in(word_stem: str, body_keys: set) -> bool:
    """Whether the text writes another form of a word: a one-word key with the stem
    ``word_stem``, i.e. ``word_stem in {stem(w) for w in body_keys if " " not in w}``.
    stem() only strips one of _SUFFIXES, so such a key is the stem itself or the stem
    and a suffix: those few are looked up, not the stems of every word of the text."""
    forms = body_keys.intersection(map(word_stem.__add__, _NO_SUFFIX_OR_ONE))
    return any(" " not in key and stem(key) == word_stem for key in forms)


_NO_SUFFIX_OR_ONE = ("", *_SUFFIXES)


def _alias_in(model, key: str, body_keys: set) -> bool:
    """True when the text writes another name of ``key``: "LDN" is taken up by "low-dose naltrexone"."""
    for alias in model.aliases(key):
        if alias in body_keys or (" " in alias and all(part in body_keys for part in alias.split())):
            return True
    return False


def not_addressed(model, heading_terms, body_terms, question: bool) -> list | None:
    """The heading's terms the section never takes up, when that makes it unanswered."""
    covered, missing = coverage(model, heading_terms, body_terms)
    if not missing:
        return None
    weight = lambda items: sum(_ENTITY_WEIGHT if entity else 1 for _, entity in items)  # noqa: E731
    has_entity = any(entity for _, entity in covered + missing)
    if has_entity:
        # A heading naming a condition or drug: unanswered when no named subject is
        # taken up and less than half of what the heading says is.
        if any(entity for _, entity in covered) or weight(covered) * 2 >= weight(covered + missing):
            return None
    elif covered or len(missing) < 2 or not question or not model.groups:
        # Plain words: only a question heading promises an answer; it is unanswered when
        # two or more distinctive words all go unmentioned. One word is too little to go
        # on ("Who should be tested?" answered by "your doctor checks..."), and statement
        # headings without a named subject are often teasers ("Designed to be redesigned").
        return None
    return [term for term, _ in missing]


@rule("LM301", "heading-not-addressed", category="structure", severity="warning",
      options={"topic": Option([], "terms naming the article's topic; overrides the title, first heading and metadata"),
               "min_words": Option(15, "sections with less text than this are left to the empty-section rules")})
def heading_not_addressed(doc, options):
    """A section's text does not address its heading.

    ## What it does
    Takes each heading's distinctive terms (leaving out function words, words generic
    to health writing such as "side effects" or "treatment", framing words such as
    "understanding" or "factors to consider", and the article's own topic terms and
    the terms of its vocabulary group, which every section is about: "Fibromyalgia"
    over a paragraph on LDN trials in an LDN article is fine) and looks for them, or
    other forms of the same word ("storage"/"store"), in the text under the heading. The heading is not
    addressed when none of the conditions or drugs it names is taken up and less
    than half of its terms are, or, for a question heading without a named condition
    or drug, when two or more distinctive words all go unmentioned. Statement headings
    without a named subject are left alone (journalists' teaser headings), and so are
    plain-word questions in articles whose topic the vocabulary does not know. A question
    asking for a quantity ("How long can I expect it to work?", "How many sessions does it
    need?") is answered by a number in its text ("around 3 months", "1.5-2.0 ATA for 40
    sessions"), whatever words come with it.

    A heading LM201 (off-topic-section) reports for naming another subject can be
    reported here too when the text under it is about something else again (the
    seed's "Bipolar Disorder and Anxiety" heading over text on side effects and the
    liver): the two findings call for different fixes (drop the foreign subject;
    make heading and text match). Sections with less than `min_words` words are
    left to the empty-section rules. A heading printed over several sections (a video
    transcript's speaker label, "Jo Reid (pharmacist, Hillside clinic)", "Narrator") labels
    turns, not subjects, and is not judged.

    ## Why is this bad?
    Headings are how readers (and screen readers, and search engines) find their
    way. A question heading answered by text on another matter, typical of spun or
    keyword-stuffed articles, leaves the reader's question unanswered and hides
    what the section really says.

    ## Example
    "What should I know about storage and disposal of this medication?" followed by a
    paragraph on the drug's FDA status.

    ## Use instead
    Write the section the heading promises, or rename the heading after what the
    section says.

    ## References
    - Charnock et al., DISCERN, J Epidemiol Community Health 1999;53:105 (question 1: clear aims).
    - W3C WAI, Headings tutorial (w3.org/WAI/tutorials/page-structure/headings/): headings convey
      what the section is about.
    """
    model = topic_model(doc, options)
    titles = None  # each heading's count, made when a heading is about to be reported
    for number, section in enumerate(doc.sections):
        if section.heading is None or title_heading(doc, section) or model.is_link_list(section.heading):
            continue
        heading_terms = model.blocks[section.heading.index]
        if not any(specific_terms(model, heading_terms)):
            continue  # the heading only restates the topic or frames it
        body = section_prose(model, section)
        if body and all(b.kind == "list_item" for b in body):
            continue  # a list under its heading names instances of it ("Triggers": smoke, pollen)
        body_terms = merge(model.blocks[b.index] for b in body)
        if body_terms.length < options.min_words:
            continue
        missing = not_addressed(model, heading_terms, body_terms,
                                _QUESTION.search(section.title) is not None)
        if not missing or _answers_with_a_number(section.title, body):
            continue
        if titles is None:
            titles = Counter(s.title.strip().lower() for s in doc.sections if s.heading is not None)
        if titles[section.title.strip().lower()] > 1:
            continue  # a label over several turns (a transcript's speaker, "Answer"), not a section's subject
        about = _main_terms(body_terms, set(missing))
        listed = ", ".join(f"\"{_display(m, section.title)}\"" for m in missing)
        verb = "never comes up" if len(missing) == 1 else "never come up"
        message = f"The text under \"{section.title}\" does not address it: {listed} {verb}"
        message += f"; it is about {about} instead." if about else "."
        yield Hit(section.heading, message,
                  suggestion="Rename the heading after what the section says, or write the section it promises.")


def _answers_with_a_number(heading: str, body) -> bool:
    """Whether a heading asks for a quantity and the text under it gives a number."""
    return _QUANTITY_QUESTION.search(heading) is not None and any(map(str.isdigit, "".join(b.text for b in body)))


def _display(key: str, heading: str) -> str:
    """A term as the heading writes it ("diabetes", not the normalised "diabete")."""
    written = {normalize(w): w.lower() for w in _WORD.findall(heading)}
    return " ".join(written.get(part, part) for part in key.split())


def _main_terms(terms, exclude: set) -> str:
    """The most frequent distinctive words of a text, for the message."""
    counts = Counter({k: v for k, v in terms.mentions.items() if k not in exclude})
    for word, count in terms.words.items():
        if len(word) > 3 and word not in exclude and not any(word in key.split() for key in counts):
            counts[word] += count
    return ", ".join(k for k, _ in counts.most_common(3))
