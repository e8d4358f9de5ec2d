"""The HTML report: marks on the flagged spans, every finding listed, nothing from an article live."""

import json
import os
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from lint_med.cli import main
from lint_med.engine import FileResult, Report
from lint_med.plugins import load_registry
from lint_med.rules import Finding

# A draft with an unsourced statistic, a vague attribution, an overclaim, and hostile markup.
DRAFT = """\
# Magnesium for sleep: what to know

Magnesium is a mineral found in nuts, seeds, beans and leafy greens. Many people take it as a \
supplement in the evening, hoping it will help them fall asleep.

About 80% of adults do not get enough magnesium from their diet.

Experts say that a daily supplement improves deep sleep.

Magnesium glycinate is guaranteed to cure insomnia.

<script>alert("pwned")</script>

<img src="x" onerror="alert('img')"> See [the guide](javascript:alert('link')) or type \
`<script>alert(2)</script>` and <a href="javascript:alert(3)" onclick="alert(4)">this</a>.

## How to take it

Take magnesium with food, and tell your pharmacist about any other medicines you use.
"""

# Plain text keeps markup as it is: every tag below is article text.
HOSTILE_TEXT = """\
Sleep tips <img src=x onerror=alert(1)>

Click <a href="javascript:alert(1)">here</a> and <script>alert(3)</script>. About 80% of adults \
sleep badly.

<iframe src="https://example.invalid/"></iframe> <style>body{display:none}</style>
"""


class _Page(HTMLParser):
    """Collects the marks (code -> text), the tags and attributes of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes = [], []
        self.marks: dict[str, str] = {}  # data-finding -> its marked text
        self.mark_codes: dict[str, str] = {}
        self.mark_titles: dict[str, str] = {}
        self.open_marks: list[str] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self.hrefs.append(attrs.get("href", ""))
        if tag == "mark":
            key = attrs["data-finding"]
            self.mark_codes[key] = attrs["data-code"]
            self.mark_titles[key] = attrs["title"]
            self.open_marks.append(key)
            self.marks.setdefault(key, "")

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open_marks.pop()

    def handle_data(self, data):
        for key in self.open_marks:
            self.marks[key] += data

    @property
    def marked(self) -> dict[str, list[str]]:
        """code -> the texts marked for it."""
        found: dict[str, list[str]] = {}
        for key, text in self.marks.items():
            found.setdefault(self.mark_codes[key], []).append(text)
        return found


def _report(tmp_path, name: str, text: str, *extra: str) -> tuple[str, list[dict]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "report.html"
    main(["check", str(path), "-o", "html", "--output-file", str(out), "--quiet", "--isolated", *extra])
    as_json = tmp_path / "report.json"
    main(["check", str(path), "-o", "json", "--output-file", str(as_json), "--quiet", "--isolated", *extra])
    return out.read_text(encoding="utf-8"), json.loads(as_json.read_text(encoding="utf-8"))["findings"]


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def test_each_flagged_span_is_a_mark_and_every_finding_is_listed(tmp_path):
    page, findings = _report(tmp_path, "draft.md", DRAFT)
    parsed = _parse(page)
    marked = parsed.marked
    assert marked["LM501"] == ["80% of adults"]
    assert marked["LM602"] == ["Experts say"]
    assert marked["LM701"] == ["guaranteed to"]
    for finding in findings:
        # Listed with its message; the list entry links to the mark, the mark back to the entry.
        assert f">{_escaped(finding['message'])}</p>" in page
    assert {f["code"] for f in findings} >= {"LM501", "LM602", "LM701"}
    for key in parsed.marks:
        assert f"finding-{key}" in parsed.ids and f"#finding-{key}" in parsed.hrefs
        assert f"mark-{key}" in parsed.ids and f"#mark-{key}" in parsed.hrefs
    assert parsed.mark_titles["1-" + _number(findings, "LM501")].startswith("LM501 unsourced-statistic")


def _number(findings, code) -> str:
    return str(next(i for i, f in enumerate(findings, start=1) if f["code"] == code))


def _escaped(text: str) -> str:
    from html import escape

    return escape(text)


def _assert_inert(page: str) -> None:
    parsed = _parse(page)
    assert "script" not in parsed.tags and "iframe" not in parsed.tags and "img" not in parsed.tags
    assert parsed.tags.count("style") == 1  # the page's own
    assert not [name for name, _ in parsed.attributes if name.startswith("on")]
    assert not [href for href in parsed.hrefs if not href.startswith("#")]
    # Content-Security-Policy: no script could run even if one got in.
    assert "default-src 'none'" in page


def test_hostile_markup_in_an_article_and_its_path_is_inert_text(tmp_path):
    page, _ = _report(tmp_path, "<b onmouseover=alert(9)>draft.txt", HOSTILE_TEXT)
    _assert_inert(page)
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'href=&quot;javascript:alert(1)&quot;' in page
    assert "&lt;b onmouseover=alert(9)&gt;draft.txt" in page
    assert _parse(page).marked["LM501"] == ["80% of adults"]


def test_hostile_markup_in_markdown_is_inert(tmp_path):
    page, _ = _report(tmp_path, "draft.md", DRAFT)
    _assert_inert(page)
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page  # the code span, shown as text


def test_whole_article_findings_are_at_the_top_not_marked(tmp_path):
    registry = load_registry()
    rule = registry.rules["LM901"]
    page_text = "# Title\n\nSome text about sleep.\n"
    from lint_med.document import Block, Document

    doc = Document("a.md", "markdown", page_text, blocks=[
        Block("Title", list(range(2, 7)), kind="heading", level=1),
        Block("Some text about sleep.", list(range(9, 31)))])
    whole = Finding("a.md", 1, 3, 1, 8, "LM901", rule.name, rule.category, "warning", "No disclaimer")
    local = Finding("a.md", 3, 6, 3, 10, "LM501", "unsourced-statistic", "statistics", "info", "Here")
    report = Report(files=[FileResult("a.md", findings=[whole, local], document=doc)], rules=registry.rules)
    page = registry.formats["html"](report)
    parsed = _parse(page)
    assert parsed.marked == {"LM501": ["text"]}
    top = page.index("About the whole article")
    assert top < page.index("No disclaimer") < page.index("<h3>Title</h3>")


def test_without_the_article_text_the_findings_are_still_listed():
    registry = load_registry()
    finding = Finding("a.md", 3, 6, 3, 10, "LM501", "unsourced-statistic", "statistics", "warning", "Msg <b>")
    page = registry.formats["html"](Report(files=[FileResult("a.md", findings=[finding])], rules=registry.rules))
    assert "Msg &lt;b&gt;" in page and "not available" in page and "<mark" not in page


def test_other_formats_do_not_keep_the_article(tmp_path):
    from lint_med.engine import Linter, Overrides

    path = tmp_path / "a.md"
    path.write_text(DRAFT, encoding="utf-8")
    linter = Linter(Overrides(isolated=True))
    assert linter.lint_path(str(path)).document is None
    linter.keep_documents = True
    kept = linter.lint_path(str(path)).document
    assert [b.text for b in kept.blocks][:1] == ["Magnesium for sleep: what to know"]


def test_jobs_keep_the_article_too(tmp_path):
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(DRAFT, encoding="utf-8")
    out = tmp_path / "report.html"
    main(["check", str(tmp_path / "a.md"), str(tmp_path / "b.md"), "-o", "html", "--jobs", "2",
          "--output-file", str(out), "--quiet", "--isolated"])
    assert _parse(out.read_text(encoding="utf-8")).marked["LM501"] == ["80% of adults"] * 2


CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="headless Chromium is not installed")
def test_chromium_renders_the_report_with_its_marks(tmp_path):
    page, findings = _report(tmp_path, "draft.md", DRAFT)
    report = tmp_path / "report.html"
    profile = tmp_path / "profile"
    shot = tmp_path / "report.png"
    common = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--window-size=1400,1000"]
    dom = subprocess.run([*common, "--dump-dom", report.as_uri()], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    parsed = _parse(dom)
    assert parsed.marked["LM501"] == ["80% of adults"]
    assert parsed.marked["LM602"] == ["Experts say"]
    assert parsed.marked["LM701"] == ["guaranteed to"]
    assert "script" not in parsed.tags
    assert dom.count("<li id=\"finding-") == len(findings)
    subprocess.run([*common, f"--screenshot={shot}", report.as_uri()], capture_output=True,
                   timeout=120, check=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1400, 1000)
    keep = os.environ.get("LINT_MED_SCREENSHOT")  # to look at it: LINT_MED_SCREENSHOT=/tmp/report.png
    if keep:
        shutil.copy(shot, keep)
    assert Path(shot).stat().st_size > 20_000  # a blank page compresses to a few kilobytes
