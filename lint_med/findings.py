"""Building a finding from a span of a document: its line, columns and a window of context."""

from __future__ import annotations

from .config import Config
from .document import Document
from .rules import Finding, Rule


def make_finding(doc: Document, rule: Rule, start: int, end: int, message: str, config: Config,
                 suggestion: str | None = None) -> Finding:
    line, column = doc.line_col(start)
    end_line, end_column = doc.line_col(max(end, start + 1) - 1)
    context_column, context = _context(doc, start - (column - 1), column)
    return Finding(
        path=doc.path, line=line, column=column, end_line=end_line, end_column=end_column + 1,
        code=rule.code, name=rule.name, category=rule.category, severity=config.severity_of(rule),
        message=message, context=context, context_column=context_column, pack=rule.pack,
        suggestion=suggestion,
    )


# A finding quotes at most this many characters of its line, starting this many before it:
# a page or an article can be one line of megabytes, and each finding copying all of it made
# memory grow with (line length x findings).
CONTEXT_WIDTH = 200
CONTEXT_LEAD = 60


def _context(doc: Document, begin: int, column: int) -> tuple[int, str]:
    """The line that starts at ``begin``, where a finding starts at ``column``, or a CONTEXT_WIDTH
    window of it: (its first column, its text)."""
    lead = max(column - 1 - CONTEXT_LEAD, 0)
    # The window ends at most here: a longer line's end is not needed (nor sought: a page can be one line)
    end = doc.line_end(begin, begin + lead + CONTEXT_WIDTH)
    length = end - begin
    first = 0 if length <= CONTEXT_WIDTH else min(lead, length - CONTEXT_WIDTH)
    return first + 1, doc.source[begin + first:min(end, begin + first + CONTEXT_WIDTH)]
