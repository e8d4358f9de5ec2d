"""Rules, what they yield, and what the engine makes of it."""

from __future__ import annotations

import operator
import re
import types
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

SEVERITIES = ("info", "warning", "error")
CATEGORIES = (
    "links", "off-topic", "disclaimer", "statistics", "citations", "regulatory", "claims",
    "duplication", "boilerplate", "readability", "drug-facts", "structure", "internal",
)
CODE_PATTERN = re.compile(r"^[A-Z]{1,4}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
DOC_SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## References")


@dataclass(frozen=True)
class Hit:
    """What a rule yields: a place in the document and a message.

    ``at`` is a Block, Sentence, Link or Section (anything with ``source_span``),
    or None for the document as a whole. ``span`` narrows it to
    ``(start, end)`` within ``at.text``.
    """

    at: Any
    message: str
    span: tuple[int, int] | None = None
    suggestion: str | None = None
    # A data-driven rule (e.g. a drug pack's fact) may set its own severity;
    # a `severity` entry in the user's config still wins.
    severity: str | None = None


@dataclass(frozen=True)
class Finding:
    """A problem in a file: the only type output formats serialise."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    category: str
    severity: str
    message: str
    context: str = ""  # the source line, or a window of a long one (see findings.CONTEXT_WIDTH)
    context_column: int = 1  # the column of the line that ``context`` starts at
    pack: str = ""
    suggestion: str | None = None

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.message)


# A finding's fields as a tuple, in order (Finding(*finding_values(f)) == f): the compact
# form the result cache stores and --jobs workers send back.
finding_values = operator.attrgetter(*Finding.__dataclass_fields__)


@dataclass(frozen=True)
class Option:
    """A rule option: its default and what it means."""

    default: Any
    description: str


@dataclass
class Rule:
    """A check with a stable code and name."""

    code: str
    name: str
    category: str
    severity: str
    check: Callable[..., Iterable[Hit]] | None
    doc: str
    options: dict[str, Option] = field(default_factory=dict)
    pack: str = ""
    # Its findings are about the article as a whole, whatever passage they point to (a report
    # that shows the article lists them above it). A Hit with ``at=None`` is always such a finding.
    whole_article: bool = False

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0] if self.doc.strip() else ""

    def defaults(self) -> dict[str, Any]:
        return {key: option.default for key, option in self.options.items()}

    def run(self, doc, options: dict[str, Any]) -> Iterator[Hit]:
        if self.check is None:
            return iter(())
        return iter(self.check(doc, types.SimpleNamespace(**options)))


def rule(code: str, name: str, *, category: str, severity: str = "warning",
         options: dict[str, Option] | None = None, whole_article: bool = False) -> Callable[[Callable], Rule]:
    """Declare a rule: decorate a generator ``check(doc, options)`` that yields Hits.

    The docstring is the rule's documentation: a one-line summary, then the
    sections ``## What it does``, ``## Why is this bad?``, ``## Example``,
    ``## Use instead`` and ``## References``.
    """

    def decorate(check: Callable) -> Rule:
        return Rule(code=code, name=name, category=category, severity=severity, check=check,
                    whole_article=whole_article,
                    doc=_dedent_doc(check.__doc__ or ""), options=dict(options or {}))

    return decorate


def rules_in(*modules: types.ModuleType) -> list[Rule]:
    """Every Rule defined at the top level of the given modules, in code order."""
    found = [value for module in modules for value in vars(module).values() if isinstance(value, Rule)]
    return sorted(found, key=lambda r: r.code)


def validate_rule(rule: Rule) -> list[str]:
    """Return what is wrong with a rule's declaration (empty when it is sound)."""
    problems = []
    if not CODE_PATTERN.match(rule.code):
        problems.append(f"code {rule.code!r} is not a prefix of 1-4 capitals and 3 digits")
    if not NAME_PATTERN.match(rule.name):
        problems.append(f"name {rule.name!r} is not kebab-case")
    if rule.severity not in SEVERITIES:
        problems.append(f"severity {rule.severity!r} is not one of {', '.join(SEVERITIES)}")
    if not re.match(r"^[a-z][a-z-]*$", rule.category):
        problems.append(f"category {rule.category!r} is not a lowercase word")
    if not rule.summary:
        problems.append("has no documentation")
    return problems


def _dedent_doc(doc: str) -> str:
    import inspect

    return inspect.cleandoc(doc)


# --- selection ----------------------------------------------------------------


def selector_matches(selector: str, rule: Rule) -> int:
    """How specifically ``selector`` names ``rule``: 0 for not at all.

    An exact code or name beats a code prefix, which beats a category, which
    beats ``ALL``; a longer prefix beats a shorter one.
    """
    if selector == rule.code or selector == rule.name:
        return 1000
    if selector == "ALL":
        return 1
    if selector == rule.category:
        return 2
    if selector.isupper() and rule.code.startswith(selector):
        return 10 + len(selector)
    return 0


def is_selected(rule: Rule, select: Iterable[str], ignore: Iterable[str]) -> bool:
    chosen = max((selector_matches(s, rule) for s in select), default=0)
    dropped = max((selector_matches(s, rule) for s in ignore), default=0)
    return chosen > 0 and chosen > dropped


def selector_is_known(selector: str, rules: Iterable[Rule]) -> bool:
    return any(selector_matches(selector, r) for r in rules)
