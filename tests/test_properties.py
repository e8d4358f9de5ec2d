"""Property tests: no input makes the parsers, the engine or the formats fail.

Generated HTML, Markdown and plain text (article sentences mixed with control characters,
every kind of line end, lone surrogates, odd entities, long runs and broken markup) go
through each parser and through the whole pipeline and every output format. Each run
must finish without an exception or an internal error, and every finding must lie inside
the file, with its context the file's own text at that place.

The suite runs few examples (``LINT_MED_FUZZ_EXAMPLES``, default 15 per test) to stay
within the test suite's time; ``python benchmarks/fuzz.py`` runs thousands.
"""

from __future__ import annotations

import json
import os
import re
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from lint_med.document import Document
from lint_med.decoding import InputError, decode_bytes
from lint_med.engine import FileResult, Linter, Overrides, Report
from lint_med.findings import CONTEXT_WIDTH
from lint_med.parsers import html, markdown, text

EXAMPLES = int(os.environ.get("LINT_MED_FUZZ_EXAMPLES", "15"))
# A long run reports failures as found, unshrunk: shrinking an article-sized input takes minutes.
PHASES = [Phase.explicit, Phase.reuse, Phase.generate] + ([] if os.environ.get("LINT_MED_FUZZ_NO_SHRINK") else
                                                          [Phase.shrink])
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 50, phases=PHASES,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SENTENCES = [
    "Low-dose naltrexone cures fibromyalgia in 90% of patients.", "Studies show it is safe and effective.",
    "Dr. Smith, e.g. at St. Mary's, said so [1].", "Experts say 3 in 4 adults benefit.",
    "Take 4.5 mg at night.", "See https://example.com/buy?x=1&y=2 now.", "No side effects at all!",
    "The 2021 trial (n = 120) found a 12.5% fall in pain.", "Ask your doctor first.", "lint-med: disable LM701",
    "Results may vary; this is not medical advice.", "It's a miracle — “truly” amazing…",
    # letters whose lowercase has another length or matches another letter case-insensitively
    "The supplement İmproves immune function İn 3 days.", "İstanbul: 40% of adults ſay ſo.",
    "Take K2 tablets; it ﬁghts inﬂammation.", "STRAẞE ǅ ı",
]
ODD = ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\u00ad",
       "\u200b", "\ud800", "\udfff", "\ufffd", "\t", " ", "  ", "\r", "\n", "\r\n", "\n\n", "\r\r\n",
       "&", "&amp;", "&#0;", "&#xD800;", "&#99999999999;", "&#x110000;", "&nbsp", "&bogus;", "&#;", "&#x;",
       "<", ">", "\"", "'", "`", "\\", "*", "_", "#", "[", "]", "(", ")", "|", "-", "+", "1.", ">", "中文", "🙂"]
MARKDOWN = ["# ", "## ", "- ", "* ", "1. ", "> ", "```\n", "~~~\n", "    ", "---\n", "+++\n", "| a | b |\n|---|---|\n",
            "[link](https://example.org)", "[ref][1]", "\n[1]: https://x.org\n", "<https://a.b>", "**bold**",
            "<a href='https://spam.example'>cheap pills</a>", "<div>", "</div>", "<!-- lint-med: disable -->",
            "![img](x.png)", "\\", "`code`", "title: x\n"]
HTML = ["<p>", "</p>", "<div>", "</div>", "<h1>", "</h2>", "<li>", "<ul>", "<a href=\"https://ex.org/a\">",
        "<a href=x>", "</a>", "<br>", "<br/>", "<table><tr><td>", "</td>", "<script>var a = '<p>';</script>",
        "<style>p{}</style>", "<!--", "-->", "<!-- lint-med: disable-next-line LM701 -->", "<![CDATA[x]]>",
        "<?xml version='1.0'?>", "<!DOCTYPE html>", "<meta charset=utf-8>", "<p style='display:none'>",
        "<span hidden>", "<article>", "<main>", "<nav>", "<footer>", "<figcaption>", "<blockquote>", "<pre>",
        "<img alt='a' src=x>", "<a href='", "\" onclick=\"", "<p class=\"", "<svg><text>x</text></svg>",
        "<noscript>", "<template>", "<textarea>", "<select><option>", "<html>", "<body>", "</body>", "<head>",
        "<title>Title</title>", "<b>", "<i>", "</i></b>", "<math>", "<frameset>", "<hr>", "<h2>Q?</h2>"]


def _piece(extra: list[str]):
    return st.one_of(
        st.sampled_from(SENTENCES), st.sampled_from(ODD), st.sampled_from(extra),
        st.text(max_size=12),  # any code points, surrogates included
        st.builds(lambda s, n: s * n, st.sampled_from(["a", "word ", "<b>", "&amp;", "9", "\n", "x" * 50]),
                  st.integers(1, 100)),  # long runs: huge words, lines, attributes
    )


def sources(extra: list[str]):
    return st.lists(_piece(extra), max_size=25).map("".join)


PIPELINE_FORMATS = ["json", "sarif", "text", "github", "junit"]
_LINTER = Linter(Overrides(isolated=True))


def check_document(doc: Document, source: str) -> None:
    """Every block's offsets lie inside the source, and rise through the block."""
    assert doc.source == source
    for block in doc.blocks:
        assert len(block.offsets) == len(block.text)
        assert all(0 <= offset < max(len(source), 1) for offset in block.offsets)
        assert all(a <= b for a, b in zip(block.offsets, block.offsets[1:]))
        for sentence in block.sentences:
            assert 0 <= sentence.start <= sentence.end <= len(block.text)
    for link in doc.links:
        assert 0 <= link.start <= link.end <= len(source)


def lines_of(source: str) -> list[str]:
    """The file's lines as lint-med counts them (\\r\\n, \\r and \\n end a line)."""
    return re.split(r"\r\n|\r|\n", source)


def lint_everything(source: str, path: str) -> FileResult:
    result = _LINTER.lint_source(source, path)
    if result.error and result.error.startswith("cannot parse as markdown: front matter "):
        return result  # the file's fault, refused in one line
    assert result.error is None, result.error
    lines = lines_of(re.sub("[\ud800-\udfff]", "\ufffd", source))  # what the engine lints
    for f in result.findings:
        assert f.category != "internal", f.message  # LM003: a rule crashed
        assert 1 <= f.line <= f.end_line <= len(lines)
        line = lines[f.line - 1]
        assert 1 <= f.column <= len(line) + 1 and f.end_column >= 1
        if f.end_line == f.line:
            assert f.column < f.end_column <= len(line) + 2  # past the end: the line end itself
        # The context is the file's own text around the finding, and holds the finding's start.
        assert len(f.context) <= CONTEXT_WIDTH
        assert line[f.context_column - 1:f.context_column - 1 + len(f.context)] == f.context
        assert f.context_column <= f.column <= f.context_column + len(f.context)
    report = Report(files=[result], rules=_LINTER.registry(_LINTER.config_for(path)).rules)
    for name in PIPELINE_FORMATS:
        out = _LINTER.registry(_LINTER.config_for(path)).formats[name](report)
        if name in ("json", "sarif"):
            json.loads(out)
        if name == "junit":
            ElementTree.fromstring(out)  # XML 1.0 holds no control character, even escaped
    return result


def test_junit_is_xml_whatever_characters_a_path_or_message_holds():
    from lint_med.formats import junit_format

    result = FileResult("odd\x01name\x1f.md", error="cannot read: \x0b\x0c\ufffe")
    out = junit_format.render(Report(files=[result], rules={}))
    (case,) = ElementTree.fromstring(out).iter("testcase")
    assert case.get("name") == "odd\ufffdname\ufffd.md"


@SETTINGS
@given(sources(MARKDOWN))
@example("&#0;</div>Studies show it.</div>\ufffd")  # found by the fuzz run: offsets at the end of the file
@example("A cure.[link](https://example.org)" + "<b>" * 200 + "B.\x00~~~\n")  # an <a> tag not found
def test_markdown_parser_takes_any_input(source):
    doc = markdown.parse(source, "a.md", {})  # front matter that does not parse is reported, not refused
    assert all("\n" not in message and 0 <= start <= end <= len(source) for start, end, message in doc.unread)
    check_document(doc, source)


@SETTINGS
@given(sources(MARKDOWN))
def test_text_parser_takes_any_input(source):
    check_document(text.parse(source, "a.txt", {}), source)


@SETTINGS
@given(sources(HTML))
@example("Studies show it is safe.<body>Low-dose naltrexone cures fibromyalgia.")  # text moved into the body
@example('<a href="https://ex.org/a"><body>')  # an empty anchor moved into the body
def test_html_parser_takes_any_input(source):
    source = re.sub("[\ud800-\udfff]", "\ufffd", source)  # as the engine hands it over (lxml reads UTF-8)
    check_document(html.parse(source, "a.html", {}), source)


@SETTINGS
@given(sources(MARKDOWN), st.sampled_from(["a.md", "a.txt"]))
def test_pipeline_on_markdown_and_text(source, path):
    lint_everything(source, path)


@SETTINGS
@given(sources(HTML))
def test_pipeline_on_html(source):
    lint_everything(source, "a.html")


@SETTINGS
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=30), st.sampled_from(["\n", "\r\n", "\r", " "]))
def test_findings_on_plain_text_quote_the_text_they_point_at(sentences, separator):
    """A finding that quotes text ("...") points at a place where that text is."""
    source = "Title of the article" + separator * 2 + separator.join(sentences) + separator
    result = lint_everything(source, "a.txt")
    flat = " ".join(lines_of(source))
    starts = [0]
    for line in lines_of(source):
        starts.append(starts[-1] + len(line) + 1)
    for f in result.findings:
        quoted = re.search(r"[\"“]([^\"”]{4,})[\"”]", f.message)
        if not quoted or f.line == f.end_line == 1 and f.column == 1:  # article-level findings point at the title
            continue
        excerpt = " ".join(quoted.group(1).rstrip("…").split())
        pointed = " ".join(flat[starts[f.line - 1] + f.column - 1:starts[f.end_line - 1] + f.end_column - 1].split())
        sentence_start = flat.rfind(".", 0, starts[f.line - 1] + f.column - 1)
        around = flat[sentence_start + 1:starts[f.end_line - 1] + f.end_column + 200]
        assert excerpt in pointed or pointed in excerpt or excerpt in " ".join(around.split()), (f, pointed)


@SETTINGS
@given(st.binary(max_size=300) | sources(MARKDOWN).map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_any_bytes_decode_or_are_refused_in_one_line(data):

    try:
        decoded = decode_bytes(data)
    except InputError as exc:
        assert "\n" not in str(exc) and "binary" in str(exc)
        return
    assert isinstance(decoded.text, str) and (decoded.note is None or "\n" not in decoded.note)
    # Lines survive decoding: as many line ends as the bytes have (for ASCII-compatible encodings).
    if not decoded.note or "UTF-16" not in decoded.note and "UTF-32" not in decoded.note:
        assert decoded.text.count("\n") == data.count(b"\n")


@pytest.mark.parametrize("source", [
    "+++\n[x\n+++\n# T\n", "---\n: [\n---\ntext\n", "---\n- a\n---\ntext\n", "", " ", "\n", "\r\n\r\n", "\t \x0b\x0c", "\ufeff", "\x00", "\ud800", "&#0;", "<", "<!--", "#", "---\n---\n",
    "-", "1.", "> ", "```", "\r" * 1000, "a" * 100_000, "<p " + "x=\"1\" " * 20_000 + ">text</p>",
    "<a href=\"" + "h" * 100_000 + "\">miracle cure</a>", "\u2028\u2029\x85",
])
@pytest.mark.parametrize("path", ["a.html", "a.md", "a.txt"])
def test_odd_inputs(source, path):
    lint_everything(source, path)
