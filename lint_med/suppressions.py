"""In-article suppression comments: ``<!-- lint-med: disable CODE -->`` and friends."""

from __future__ import annotations

from .config import Config
from .document import Directive, Document
from .findings import make_finding
from .rules import Finding

ACTIONS = ("disable", "enable", "disable-next-line", "disable-file")


def apply_suppressions(doc: Document, findings: list[Finding], registry, config: Config) -> list[Finding]:
    """Drop suppressed findings; add findings for bad or unused directives."""
    def meta(code: str, directive: Directive, message: str) -> Finding | None:
        rule = registry.rules[code]
        if not config.rule_enabled(rule, doc.path):
            return None
        return make_finding(doc, rule, directive.start, directive.end, message, config)

    problems: list[Finding | None] = []
    scopes = []  # (directive, codes or None for all, first line, last line)
    open_disables: list[tuple[Directive, frozenset | None, int]] = []
    last_line = len(doc.line_starts) if doc.directives else 0  # the list is built only when needed
    for directive in doc.directives:
        line = doc.line_col(directive.start)[0]
        end_line = doc.line_col(max(directive.end - 1, directive.start))[0]
        if directive.action not in ACTIONS:
            problems.append(meta("LM001", directive, f"unknown lint-med directive {directive.action!r} "
                                 f"(use one of: {', '.join(ACTIONS)})"))
            continue
        unknown = [c for c in directive.codes if registry.rule(c) is None]
        for code in unknown:
            problems.append(meta("LM001", directive, f"suppression names unknown rule {code!r}"))
        codes = frozenset(registry.rule(c).code for c in directive.codes if registry.rule(c)) or None
        if directive.codes and not codes:
            continue
        if directive.action == "disable-file":
            scopes.append((directive, codes, 1, last_line))
        elif directive.action == "disable-next-line":
            target = _next_content_line(doc, end_line)
            scopes.append((directive, codes, target, target))
        elif directive.action == "disable":
            open_disables.append((directive, codes, line))
        else:  # enable: close the matching open disables (all, when it names none)
            still_open = []
            for opened, opened_codes, first in open_disables:
                if codes is None or opened_codes is None or opened_codes <= codes:
                    scopes.append((opened, opened_codes, first, line))
                else:
                    still_open.append((opened, opened_codes, first))
            open_disables = still_open
    scopes.extend((d, c, first, last_line) for d, c, first in open_disables)

    # A directive naming a rule of a pack not installed here is reported (LM001) and can itself be
    # suppressed, like any finding: `disable-next-line LM001` above it.
    unknown_directives = [p for p in problems if p is not None]
    problems = []
    kept, used = [], set()
    for finding in [*findings, *unknown_directives]:
        covering = [s for s in scopes if s[2] <= finding.line <= s[3] and (s[1] is None or finding.code in s[1])]
        if covering and finding.category != "internal":
            used.update(id(s[0]) for s in covering)
        else:
            kept.append(finding)
    for directive, codes, _, _ in scopes:
        if id(directive) in used:
            continue
        rules = [registry.rules[c] for c in codes] if codes else []
        if codes and not any(config.rule_enabled(r, doc.path) for r in rules):
            continue  # the rules are off here: nothing could have been suppressed
        names = ", ".join(sorted(codes)) if codes else "any rule"
        problems.append(meta("LM002", directive, f"this suppression of {names} silenced nothing; remove it"))
    return kept + [p for p in problems if p is not None]


def _next_content_line(doc: Document, line: int) -> int:
    for candidate in range(line + 1, len(doc.line_starts) + 1):
        if doc.line_text(candidate).strip():
            return candidate
    return line + 1
