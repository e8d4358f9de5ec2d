"""JSON output, versioned; the schema is lint_med/formats/report.schema.json (docs/json-output.md)."""

from __future__ import annotations

import dataclasses
import json

SCHEMA_VERSION = 1


def render(report) -> str:
    findings = [dataclasses.asdict(f) for f in report.findings]
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "lint-med", "version": report.version},
        "findings": findings,
        "errors": [{"path": r.path, "message": r.error} for r in report.files if r.error],
        "skipped": [{"path": r.path, "message": r.notice} for r in report.files if r.notice],
        "notes": [{"path": r.path, "message": r.decoding} for r in report.files if r.decoding],
        "summary": {
            "files": len(report.files),
            "files_with_findings": sum(1 for r in report.files if r.findings),
            "files_with_errors": len(report.errors),
            "findings": len(findings),
            "by_severity": report.counts(),
            "fail_on": report.fail_on,
            "failed": report.failed(),
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
