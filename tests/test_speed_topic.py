"""The fast paths of the topic analysis give the answers of its plain definitions."""

import random
from collections import Counter

import pytest

from lint_med_core import _topic

TRICKY = [
    "", "   ", "'", "''", "’", "a", "S", "SSRIs", "NSAIDs' effects", "ABs'x", "Crohn's", "Crohn’s disease",
    "don't", "rock'n'roll", "'90s", "'quoted'", "it's 5'10\"", "naïve café", "x-ray", "covid-19",
    "Allergies, SSRIs and Crohn's headaches", "women’s health’s", "1,000 mg/day", "\u00a0tab\tnew\nline\x0bvt",
    "O'Neil's SSRI's", "İstanbul ıd", "children’s teeth", "ﬁbre", "e\u0301", "'s 's'",
]


def plain_tokens(text):
    return [_topic._token(word) for word in _topic._WORD.findall(text)]


@pytest.mark.parametrize("text", TRICKY)
def test_tokens_are_the_word_regex_matches(text):
    assert _topic.tokens(text) == plain_tokens(text)
    assert _topic.tokens(text) == plain_tokens(text)  # again, from the cache


def test_tokens_of_random_text_are_the_word_regex_matches():
    rng = random.Random(7)
    alphabet = "aAsSzZ09'’ -.é\u00a0\n\tİı"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert _topic.tokens(text) == plain_tokens(text), repr(text)


def plain_analyse(text, lex, generic):
    words = plain_tokens(text)
    found = lex.mentions(words)
    inside = set()
    for key, start in found:
        if " " in key:
            inside.update(range(start, start + key.count(" ") + 1))
    content = Counter([w for i, w in enumerate(words)
                       if i not in inside and w not in generic and len(w) > 1 and not w.isdigit()])
    mentions = Counter([key for key, _ in found if key not in generic])
    return content, mentions, len(words)


@pytest.mark.parametrize("text", TRICKY + [
    "She had a heart attack and type 2 diabetes; the attack and the diabetes came back in 2 years.",
    "Heart attack heart attack, migraine attack, attack. Low dose naltrexone (LDN) and naltrexone.",
    "The doctor said the risk of a heart attack is low for 2 of 3 people with type 2 diabetes.",
])
def test_analyse_counts_what_the_plain_definition_counts(text):
    lex, generic = _topic.lexicon(), _topic.generic_words()
    terms = _topic.analyse(text, lex, generic)
    content, mentions, length = plain_analyse(text, lex, generic)
    # The order matters too: messages list the most frequent terms, ties in first-seen order.
    assert list(terms.words.items()) == list(content.items())
    assert list(terms.mentions.items()) == list(mentions.items())
    assert terms.length == length


def plain_mentions(lex, words):
    """Leftmost-longest matching, word by word."""
    found, i = [], 0
    while i < len(words):
        for parts in lex.by_first.get(words[i], ()):  # longest first
            if tuple(words[i:i + len(parts)]) == parts:
                found.append((" ".join(parts), i))
                i += len(parts)
                break
        else:
            i += 1
    return found


def test_mentions_are_the_leftmost_longest_terms():
    lex = _topic.lexicon()
    rng = random.Random(11)
    # Pieces of multi-word terms, whole or cut short, so that terms overlap, nest and break off.
    terms = sorted(parts for group in lex.by_first.values() for parts in group if len(parts) > 1)[::7]
    for _ in range(3000):
        words = []
        for _ in range(rng.randint(0, 6)):
            parts = rng.choice(terms)
            words += parts[rng.randint(0, len(parts) - 1):] if rng.random() < 0.3 else parts
            words += parts[:rng.randint(1, len(parts))] if rng.random() < 0.3 else ["the"]
        assert lex.mentions(words) == plain_mentions(lex, words), words



def plain_merge(parts):
    words, mentions, length = Counter(), Counter(), 0
    for part in parts:
        words.update(part.words)
        mentions.update(part.mentions)
        length += part.length
    return words, mentions, length


def test_merge_counts_and_orders_as_counter_update():
    lex, generic = _topic.lexicon(), _topic.generic_words()
    rng = random.Random(3)
    vocabulary = ["heart", "attack", "migraine", "type", "2", "diabetes", "naltrexone", "low", "dose", "pain",
                  "sleep", "the", "liver", "anxiety", "bipolar", "disorder"]
    for _ in range(500):
        parts = [_topic.analyse(" ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 12))), lex, generic)
                 for _ in range(rng.randint(0, 5))]
        merged = _topic.merge(iter(parts))
        words, mentions, length = plain_merge(parts)
        assert list(merged.words.items()) == list(words.items())
        assert list(merged.mentions.items()) == list(mentions.items())
        assert merged.length == length


LAZY_ARTICLE = """# Low dose naltrexone (LDN)

Low-dose naltrexone (LDN) is used off label for fibromyalgia and Crohn's disease.

- [Home](/) [About](/about) [Contact](/contact) [Shop](https://shop.example.com/)

## Selective serotonin reuptake inhibitors (SSRIs)

SSRIs treat depression and anxiety; the heart attack risk is low in people without
type 2 diabetes. LDN is not an SSRI.

## Fibromyalgia

Fibromyalgia causes widespread pain and poor sleep; LDN trials report less pain.
"""


def test_lazy_topic_model_is_the_same_whatever_is_asked_first():
    from lint_med.parsers import markdown

    def model():
        doc = markdown.parse(LAZY_ARTICLE, "article.md", {})
        return doc, _topic.topic_model(doc)

    def snapshot(doc, m):
        blocks = [(m.blocks[b.index].content, m.blocks[b.index].found, m.blocks[b.index].length) for b in doc.blocks]
        return blocks, m.section_keys, list(m.section_df.items()), m.defined

    doc, first = model()
    section_df_first = list(first.section_df.items())  # analyses every block, in document order
    assert snapshot(doc, first)[2] == section_df_first
    doc, second = model()
    for block in reversed(doc.blocks):  # blocks first, last to first
        second.blocks[block.index]
    assert snapshot(doc, second) == snapshot(doc, first)
    assert first.defined["ldn"] == {"low dose naltrexone"}
    assert "ssri" in first.defined



def test_topic_model_without_options_is_the_model_of_empty_settings():
    """topic_model(doc) skips building its key: it is the model of no topic, vocabulary or stopwords."""
    from types import SimpleNamespace

    from lint_med.parsers import markdown

    doc = markdown.parse(LAZY_ARTICLE, "article.md", {})
    plain = _topic.topic_model(doc)
    assert _topic.topic_model(doc, SimpleNamespace(topic=[], pack={})) is plain
    assert _topic.topic_model(doc, SimpleNamespace(topic=[], pack={"vocabulary": {}, "extra_stopwords": []})) is plain
    assert _topic.topic_model(doc, SimpleNamespace(topic=["fibromyalgia"], pack={})) is not plain
    assert _topic.topic_model(doc, SimpleNamespace(topic=[], pack={"extra_stopwords": ["ldn"]})) is not plain
    other = markdown.parse(LAZY_ARTICLE, "article.md", {})  # built with options first, then asked without
    assert _topic.topic_model(other, SimpleNamespace(topic=[], pack={})) is _topic.topic_model(other)

PROMOTION_TRICKY = [
    "Big Summer Sale! Up to 30% off", "wholesale! prices", "'tis the season sale!", "x-ray sale!",
    "SIGN UP FOR OUR FREE WEEKLY NEWSLETTER", "Sign up now to get it", "unsign up for our newsletter",
    "Join 40,000 subscribers", "join 4k+ readers", "This episode is brought to you by Acme",
    "Suscríbete hoy", "SUSCRÍBETE", "Ke\u212aep comments civil", "Keep comments civil", "ſale! now",
    "“Like” Health News on Facebook", "Offer ends Friday — sitewide", "Save your seat. Save your spot!",
    "forward-looking statements", "İnscrivez-vous à notre newsletter", "follow me on X and on Threads",
]


def test_promotion_search_finds_what_the_plain_pattern_finds():
    from pathlib import Path

    from lint_med_core import offtopic

    kinds, _, every = offtopic._promotion(())
    texts = list(PROMOTION_TRICKY)
    for path in sorted((Path(__file__).parent.parent / "fixtures").rglob("*")):
        if path.suffix in (".txt", ".md", ".html"):
            texts.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    for text in texts:
        lowered = text.lower()
        held = frozenset(filter(lowered.__contains__, every))
        for _, search in kinds:
            # the literal pre-filter is part of the definition ("ſale!" holds no "sale")
            plain = search.pattern.search(text) if held.intersection(search.literals) else None
            fast = search.search(text, lowered)
            assert (fast and (fast.span(), fast.group())) == (plain and (plain.span(), plain.group())), text


def test_shared_share_counting_to_two_is_the_full_count(parsed_fixtures):
    """shared_share without the article's full word counts (_CountsToTwo) gives their answers."""
    from lint_med_core._topic import topic_model

    compared = 0
    for path, doc in parsed_fixtures:
        model = topic_model(doc)
        blocks = [b for b in doc.blocks if b.index in model.section_of]
        counted_to_two = [model.shared_share(b) for b in blocks]
        assert "block_stems" not in model.__dict__
        model.block_stems, model.block_terms  # noqa: B018 - now the full counts
        assert counted_to_two == [model.shared_share(b) for b in blocks], path
        compared += len(blocks)
    assert compared > 1000


def test_form_lookup_is_the_set_of_the_texts_stems():
    """LM301's test for another form of a heading word looks up the stem with each suffix;
    the plain definition stems every one-word key of the text."""
    from lint_med_core._topic import stem
    from lint_med_core.topic_structure import _form_in

    rng = random.Random(11)
    roots = ["stor", "test", "treat", "nation", "sens", "act", "form", "use", "dos", "it", "a"]
    vocabulary = [root + suffix for root in roots for suffix in ("", *_topic._SUFFIXES, "s", "ings")]
    vocabulary += ["type 2 diabetes", "storage room", "x"]
    for _ in range(300):
        body = set(rng.sample(vocabulary, 40))
        stems = {stem(w) for w in body if " " not in w}
        for word in rng.sample(vocabulary, 15):
            assert _form_in(stem(word), body) == (stem(word) in stems), (word, sorted(body))
