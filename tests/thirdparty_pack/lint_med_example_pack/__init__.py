"""An example third-party pack: one rule, registered through the ``lint_med`` entry point."""

import re

from lint_med import Hit, Option, hookimpl, rule

_SHOUTING = re.compile(r"\b[A-Z]{4,}\b")


@rule("XMP001", "shouting", category="readability", severity="warning",
      options={"min_letters": Option(4, "shortest all-capitals word to flag")})
def shouting(doc, options):
    """Avoid words in capitals for emphasis.

    ## What it does
    Flags words written entirely in capital letters, like "AMAZING".

    ## Why is this bad?
    Capitals read as shouting and as advertising; they make a health article
    look less trustworthy.

    ## Example
    This AMAZING supplement works.

    ## Use instead
    This supplement helped some people in one small trial.

    ## References
    - Example pack for lint-med's plugin tests.
    """
    for block in doc.prose_blocks:
        for match in _SHOUTING.finditer(block.text):
            if len(match.group()) >= options.min_letters:
                yield Hit(block, f"{match.group()!r} is written in capitals", span=match.span(),
                          suggestion="write it in lower case")


@hookimpl
def lint_med_register_rules(register):
    register(shouting)
