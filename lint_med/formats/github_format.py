"""GitHub Actions workflow commands: one annotation per finding."""

from __future__ import annotations

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def render(report) -> str:
    lines = []
    for f in report.findings:
        properties = (f"file={_property(f.path)},line={f.line},col={f.column},"
                      f"endLine={f.end_line},endColumn={f.end_column},title={_property(f.code)}")
        message = f"{f.message} [{f.name}]" + (f" (fix: {f.suggestion})" if f.suggestion else "")
        lines.append(f"::{_LEVEL[f.severity]} {properties}::{_data(message)}")
    for result in report.errors:
        lines.append(f"::error file={_property(result.path)},title=lint-med::{_data(result.error)}")
    return "\n".join(lines) + ("\n" if lines else "")


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
