"""SARIF 2.1.0: one run, the tool's rules with their help, one result per finding."""

from __future__ import annotations

import json
from pathlib import Path

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render(report) -> str:
    used = sorted({f.code for f in report.findings} | set(report.rules))
    index = {code: i for i, code in enumerate(used)}
    # ruleIndex points into this list, so every code that has a result has a descriptor.
    rules = [_rule(report.rules[code]) if code in report.rules else {"id": code} for code in used]
    results = [{
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": _LEVEL[f.severity],
        "message": {"text": f.message + (f" Fix: {f.suggestion}" if f.suggestion else "")},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(f.path)},
            "region": {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
                       "endColumn": f.end_column},
            "contextRegion": _context_region(f),
        }}],
        "properties": {"name": f.name, "category": f.category, "pack": f.pack, "severity": f.severity},
    } for f in report.findings]
    notifications = [{"level": "error", "message": {"text": r.error},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}]}
                     for r in report.errors]
    run = {
        "tool": {"driver": {"name": "lint-med", "version": report.version,
                            "informationUri": "https://github.com/lint-med/lint-med", "rules": rules}},
        # Columns count characters (code points), as every lint-med output does.
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [{"executionSuccessful": not notifications,
                         "toolExecutionNotifications": notifications}],
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, indent=2, ensure_ascii=False) + "\n"


def _context_region(f) -> dict:
    """The finding's line, or the window of a long line that the finding quotes (Finding.context)."""
    return {"startLine": f.line, "endLine": f.line, "startColumn": f.context_column,
            "endColumn": f.context_column + len(f.context), "snippet": {"text": f.context}}


def _rule(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.summary},
        "help": {"text": rule.doc, "markdown": rule.doc},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"category": rule.category, "pack": rule.pack, "tags": [rule.category]},
    }


def _uri(path: str) -> str:
    return Path(path).as_posix() if path != "-" else "stdin"
