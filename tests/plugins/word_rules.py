"""Test-only plugin: rules that flag a marker word, a link, and one that crashes."""

import re

from lint_med import Hit, Option, hookimpl, rule, rules_in

@rule("TST001", "marker-word", category="claims", severity="error",
      options={"extra_words": Option([], "more words to flag")})
def marker_word(doc, options):
    """Flag every occurrence of the word "miracle".

    ## What it does
    Finds "miracle".
    ## Why is this bad?
    Test rule.
    ## Example
    A miracle cure.
    ## Use instead
    A treatment.
    ## References
    - none
    """
    words = ["miracle", *options.extra_words, *options.pack.get("words", [])]
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)
    for block in doc.blocks:
        for match in pattern.finditer(block.text):
            yield Hit(block, f"marker word {match.group()!r}", span=match.span(),
                      suggestion="say what it does")


@rule("TST002", "any-link", category="links", severity="warning")
def any_link(doc, options):
    """Flag every link.

    ## What it does
    Flags links.
    """
    for link in doc.links:
        yield Hit(link, f"link to {link.url}")


@rule("TST003", "crashes", category="structure", severity="info")
def crashes(doc, options):
    """Raise on documents mentioning "crash"."""
    if "crash" in doc.body_text:
        raise RuntimeError("boom")
    return iter(())


@rule("TST004", "long-sentence", category="readability", severity="info",
      options={"max_words": Option(25, "longest sentence allowed")})
def long_sentence(doc, options):
    """Flag sentences longer than max_words words."""
    for sentence in doc.sentences:
        if len(sentence.text.split()) > options.max_words:
            yield Hit(sentence, f"sentence of {len(sentence.text.split())} words")


@hookimpl
def lint_med_register_rules(register):
    for r in rules_in(__import__(__name__)):
        register(r)


@hookimpl
def lint_med_configure(config):
    from lint_med.config import ConfigError

    words = config.pack_options("word_rules").get("words", [])
    if not isinstance(words, list):
        raise ConfigError(f"{config.path or 'command line'}: packs.word_rules.words: expected a list")
