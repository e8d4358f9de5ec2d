"""Test-only plugin: rules that flag a marker word, a link, and one that crashes."""

import re

from lint_med import Hit, hookimpl, rule, rules_in


@rule("TST001", "marker-word", category="claims", severity="error")
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
    for block in doc.blocks:
        for match in re.finditer(r"\bmiracle\b", block.text, re.I):
            yield Hit(block, f"marker word {match.group()!r}", span=match.span())


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


@hookimpl
def lint_med_register_rules(register):
    for r in rules_in(__import__(__name__)):
        register(r)
