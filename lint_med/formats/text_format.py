"""Human-readable output: each finding with its source line underlined."""

from __future__ import annotations

from collections import Counter

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m", "bold": "\033[1m",
            "dim": "\033[2m", "reset": "\033[0m"}


def render(report) -> str:
    paint = _painter(getattr(report, "color", False))
    lines: list[str] = []
    if getattr(report, "statistics", False):
        lines.extend(_statistics(report))
    else:
        for result in report.files:
            for finding in result.findings:
                lines.extend(_finding(finding, paint))
    for result in report.files:
        if result.error:
            lines.append(f"{paint('bold', result.path)}: {paint('error', 'error')}: {result.error}")
    lines.append(_summary(report, paint))
    return "\n".join(lines) + "\n"


def _painter(enabled: bool):
    def paint(style: str, text: str) -> str:
        return f"{_COLOURS[style]}{text}{_COLOURS['reset']}" if enabled else text

    return paint


def _finding(f, paint) -> list[str]:
    head = (f"{paint('bold', f.path)}:{f.line}:{f.column}: {paint(f.severity, f.code)} "
            f"[{f.severity}] {f.message}")
    lines = [head]
    if f.context.strip():
        # Columns within f.context, which starts at column f.context_column of the line.
        column = f.column - f.context_column
        context, start = _window(f.context, column)
        width = len(str(f.line))
        end = f.end_column - f.context_column if f.end_line == f.line else len(f.context)
        length = max(1, min(end, len(f.context)) - column)
        caret_start = column - start
        length = min(length, len(context) - caret_start) if context else 1
        lines.append(f"{' ' * width} {paint('dim', '|')}")
        lines.append(f"{f.line} {paint('dim', '|')} {context}")
        # Pad and underline by display width, so carets sit under CJK text and emoji too.
        pad = _width(context[:caret_start])
        carets = max(1, _width(context[caret_start:caret_start + length]))
        lines.append(f"{' ' * width} {paint('dim', '|')} {' ' * pad}{paint(f.severity, '^' * carets)}")
    if f.suggestion:
        lines.append(f"  {paint('dim', '= help:')} {f.suggestion}")
    lines.append("")
    return lines


def _width(text: str) -> int:
    """Columns a terminal gives the text: wide (CJK, emoji) characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 0 if unicodedata.combining(char) else 1
               for char in text)


def _window(line: str, column: int, width: int = 120) -> tuple[str, int]:
    """Cut a long source line (an HTML page can be one line) around the column."""
    line = line.replace("\t", " ")
    if len(line) <= width:
        return line, 0
    start = max(0, min(column - 30, len(line) - width))
    return line[start:start + width], start


def _statistics(report) -> list[str]:
    counts = Counter((f.code, f.name, f.severity) for f in report.findings)
    return [f"{count:5d}  {code:<7} {name} [{severity}]"
            for (code, name, severity), count in sorted(counts.items(), key=lambda i: (-i[1], i[0]))]


def _summary(report, paint) -> str:
    counts = report.counts()
    total = sum(counts.values())
    files = len(report.files)
    with_findings = sum(1 for r in report.files if r.findings)
    errors = len(report.errors)
    unreadable = f"; {errors} file{'s' if errors != 1 else ''} could not be linted" if errors else ""
    if not total:
        return paint("bold", f"No problems found in {files} file{'s' if files != 1 else ''}{unreadable}.")
    parts = ", ".join(f"{n} {name}{'s' if n != 1 and name != 'info' else ''}"
                      for name, n in (("error", counts["error"]), ("warning", counts["warning"]),
                                      ("info", counts["info"])) if n)
    return paint("bold", f"Found {total} problem{'s' if total != 1 else ''} ({parts}) in {with_findings} of "
                         f"{files} file{'s' if files != 1 else ''}{unreadable}.")
