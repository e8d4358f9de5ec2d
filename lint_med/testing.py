"""Fixture testing for lint-med packs: expected findings written inside the article.

Markers are HTML comments, invisible when the article is rendered::

    LDN is FDA-approved for fibromyalgia. <!-- expect: DRG102 -->
    <!-- expect: LM301 @+1 -->           (the next line; @-2 two lines up; @7 line 7)
    <!-- expect: LM101, LM101 -->        (two findings of LM101 on this line)
    <!-- lint-med-test-config: {"select": ["LM1"], "rules": {"LM101": {"min_words": 3}}} -->

:func:`check_fixture` blanks every marker in place (newlines kept, so line
numbers and readability hold), lints the article and compares the sorted
``(code, line)`` pairs. A fixture without ``expect`` markers must lint clean.
By default a fixture whose file name starts with a rule code
(``LM101_unrelated-link.md``) runs only that rule; others run every rule.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .config import Config, parse_table
from .engine import Linter, Overrides, decode

_MARKER = re.compile(r"<!--\s*(expect|lint-med-test-config):\s*(.*?)\s*-->", re.S)
_FILE_CODE = re.compile(r"^([A-Z]{1,4}[0-9]{3})_")


@dataclass
class FixtureResult:
    """How a fixture's findings compare with its markers."""

    path: str
    missing: list[tuple[str, int]]
    unexpected: list[tuple[str, int, str]]  # code, line, message
    findings: list

    @property
    def ok(self) -> bool:
        return not self.missing and not self.unexpected

    def explain(self) -> str:
        lines = [f"{self.path}:"]
        lines += [f"  missing:    {code} at line {line}" for code, line in self.missing]
        lines += [f"  unexpected: {code} at line {line}: {message}" for code, line, message in self.unexpected]
        return "\n".join(lines)


def parse_markers(source: str) -> tuple[str, list[tuple[str, int]], dict]:
    """Return the source with markers blanked, the expected (code, line) pairs, and test config."""
    expected: list[tuple[str, int]] = []
    table: dict = {}
    for match in _MARKER.finditer(source):
        line = source.count("\n", 0, match.start()) + 1
        if match.group(1) == "lint-med-test-config":
            table.update(json.loads(match.group(2)))
            continue
        body = match.group(2)
        where = re.search(r"@([+-]?\d+)\s*$", body)
        if where:
            body = body[: where.start()]
            value = where.group(1)
            line = line + int(value) if value[0] in "+-" else int(value)
        expected.extend((code, line) for code in re.split(r"[\s,]+", body.strip()) if code)
    blanked = _MARKER.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), source)
    return blanked, sorted(expected), table


def check_fixture(path: str | Path, config: Config | None = None) -> FixtureResult:
    """Lint a fixture and compare its findings with its markers."""
    path = Path(path)
    source = decode(path.read_bytes())
    blanked, expected, table = parse_markers(source)
    if "select" not in table:
        code = _FILE_CODE.match(path.name)
        if code:
            table["select"] = [code.group(1)]
    base = config or Config()
    base = parse_table(table, None, base) if table else base
    linter = Linter(Overrides(isolated=True))
    result = linter.lint_source(blanked, str(path), linter.prepare(base))
    if result.error:
        raise AssertionError(f"{path}: {result.error}")
    found = Counter((f.code, f.line) for f in result.findings)
    wanted = Counter(expected)
    missing = sorted((wanted - found).elements())
    extra = found - wanted
    unexpected = []
    for finding in result.findings:
        key = (finding.code, finding.line)
        if extra.get(key, 0) > 0:
            extra[key] -= 1
            unexpected.append((finding.code, finding.line, finding.message))
    return FixtureResult(str(path), missing, unexpected, result.findings)


def assert_fixture(path: str | Path, config: Config | None = None) -> FixtureResult:
    """Raise AssertionError listing missing and unexpected findings; return the result."""
    result = check_fixture(path, config)
    if not result.ok:
        raise AssertionError(result.explain())
    return result
