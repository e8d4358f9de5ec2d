"""Findings the engine itself reports: about suppression comments, crashed rules and parts of a
file the parser could not read."""

from __future__ import annotations

from .hookspecs import hookimpl
from .rules import Rule

_DOCS = {
    "LM001": ("unknown-suppression", "warning", """A suppression comment names a rule that does not exist.

## What it does
Checks each `lint-med:` comment: its action must be `disable`, `enable`,
`disable-next-line` or `disable-file`, and every code it names must be a
registered rule code or name.

## Why is this bad?
A misspelt code suppresses nothing, so the finding it was meant to silence
still shows, or the comment silently outlives the rule it named.

## Example
    <!-- lint-med: disable LM9999 -->

## Use instead
    <!-- lint-med: disable LM101 -->

## References
- Modelled on markdownlint's inline configuration comments.
"""),
    "LM002": ("unused-suppression", "warning", """A suppression comment silenced nothing.

## What it does
Reports a `disable`, `disable-next-line` or `disable-file` comment when no
finding of the rules it names (all rules, when it names none) fell in its range.

## Why is this bad?
Stale suppressions hide future problems: the text they covered was fixed, but
the next problem written there will be silenced too.

## Example
    <!-- lint-med: disable-next-line LM601 -->
    Naltrexone may help some people with fibromyalgia [1].

## Use instead
Delete the comment.

## References
- Like ruff's RUF100 (unused `noqa`).
"""),
    "LM003": ("rule-crashed", "error", """A rule raised an error on this file (a bug in lint-med or a plugin).

## What it does
Reports a rule that crashed, with the exception and where it was raised.
The other rules still ran on the file, and other files were still linted.

## Why is this bad?
The crashed rule checked nothing on this file, so its problems are unknown.
The run exits with status 2.

## Example
    article.md:1:1: LM003 [error] rule LM101 (unrelated-link) crashed: KeyError: 'href'

## Use instead
Report the bug to the pack's authors with the file; meanwhile `--ignore` the rule.

## References
- flake8 and ruff report plugin failures the same way instead of aborting.
"""),
    "LM004": ("unreadable-front-matter", "warning", """A Markdown file's front matter does not parse.

## What it does
Reports YAML (`---`) or TOML (`+++`) front matter that does not parse, or that is
not a table of keys and values, with the parser's reason. The article below it is
still linted, as a Markdown renderer still shows it, but without its metadata.

## Why is this bad?
The site generator may refuse the page or drop its title, author and dates; and the
rules that read them (the reviewer and date checks, the title's topic) read nothing.

## Example
    ---
    title: Low dose naltrexone: what we know
    date: 2024-13-45
    ---

## Use instead
    ---
    title: "Low dose naltrexone: what we know"
    date: 2024-12-05
    ---

## References
- YAML 1.1 reads `2024-13-45` as a timestamp and a bare `: ` inside a value as a new key;
  quoting the value avoids both.
"""),
}

META_RULES = tuple(
    Rule(code=code, name=name, category="internal" if code == "LM003" else "structure",
         severity=severity, check=None, doc=doc.strip(), pack="lint-med")
    for code, (name, severity, doc) in _DOCS.items()
)


@hookimpl
def lint_med_register_rules(register):
    for rule in META_RULES:
        register(rule)
