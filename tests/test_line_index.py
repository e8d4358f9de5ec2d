"""Line and column of source offsets: the counting index against the plain definition
(Document.line_starts and a bisect), and a finding's context window on long lines."""

import bisect
import random

import pytest

from lint_med.document import Document, NewlineIndex
from lint_med.findings import CONTEXT_WIDTH, _context


def plain_line_col(source: str, offset: int) -> tuple[int, int]:
    starts = Document("x", "text", source).line_starts
    line = bisect.bisect_right(starts, offset) - 1
    return line + 1, offset - starts[line] + 1


SOURCES = [
    "", "\n", "\n\n\n", "one line", "a\nbb\n\nccc\n", "x" * 500 + "\n" + "y" * 30 + "\n\nz",
    "".join(random.Random(7).choice("ab \n") for _ in range(3000)),
]


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("seed", range(4))
def test_counting_index_answers_as_the_line_list_in_any_order(source, seed):
    offsets = list(range(len(source) + 1)) * 2  # each offset twice: an answered one is asked again
    random.Random(seed).shuffle(offsets)
    index = NewlineIndex(source)
    assert [index.line_col(o) for o in offsets] == [plain_line_col(source, o) for o in offsets]


def test_a_document_with_carriage_returns_counts_them_as_line_ends():
    doc = Document("x", "text", "a\r\nb\rc\nd")
    assert [doc.line_col(o) for o in (0, 3, 5, 7)] == [(1, 1), (2, 1), (3, 1), (4, 1)]


def plain_context(source: str, line: int, column: int) -> tuple[int, str]:
    """findings._context as it was written over Document.line_starts."""
    starts = Document("x", "text", source).line_starts
    begin = starts[line - 1]
    end = starts[line] if line < len(starts) else len(source)
    for terminator in "\n\r":
        if end > begin and source[end - 1] == terminator:
            end -= 1
    length = end - begin
    first = 0 if length <= CONTEXT_WIDTH else max(0, min(column - 61, length - CONTEXT_WIDTH))
    return first + 1, source[begin + first:min(end, begin + first + CONTEXT_WIDTH)]


@pytest.mark.parametrize("source", [
    "short\nline", "x" * 1000, "a" * 250 + "\r\n" + "b" * 900 + "\rc", "p" * 199 + "\n" + "q" * 201 + "\n",
    "".join(random.Random(3).choice("ab \n") for _ in range(2000)) + "y" * 700,
])
def test_context_window_as_the_line_list_gives_it(source):
    doc = Document("x", "text", source)
    for offset in range(0, len(source), 7):
        line, column = doc.line_col(offset)
        assert _context(doc, offset - (column - 1), column) == plain_context(source, line, column)
