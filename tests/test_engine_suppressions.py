"""In-article suppression directives, one syntax for every format."""

from pathlib import Path

import pytest

from lint_med.config import parse_table
from lint_med.engine import Linter, Overrides

PLUGIN = Path(__file__).resolve().parent / "plugins" / "word_rules.py"


@pytest.fixture(autouse=True)
def only_test_plugin(monkeypatch):
    monkeypatch.setenv("LINT_MED_LOAD_PLUGINS", "")


def lint(source, path="a.md", **table):
    table = {"plugins": [str(PLUGIN)], "select": ["TST001", "LM00"], **table}
    linter = Linter(Overrides(isolated=True))
    return [(f.code, f.line) for f in linter.lint_source(source, path, linter.prepare(parse_table(table, None))).findings]


def test_disable_enable_range():
    source = ("# T\n\nmiracle one\n\n<!-- lint-med: disable TST001 -->\n\nmiracle two\n\nmiracle three\n\n"
              "<!-- lint-med: enable -->\n\nmiracle four\n")
    assert lint(source) == [("TST001", 3), ("TST001", 13)]


def test_disable_without_codes_and_unclosed_range():
    source = "# T\n\nmiracle one\n\n<!-- lint-med: disable -->\n\nmiracle two\n"
    assert lint(source) == [("TST001", 3)]


def test_enable_of_other_code_keeps_range_open():
    source = ("# T\n\n<!-- lint-med: disable TST001 -->\n\nmiracle\n\n<!-- lint-med: enable TST004 -->\n\n"
              "miracle\n")
    assert lint(source, select=["TST001", "TST004", "LM00"]) == []


def test_disable_next_line_html_and_markdown():
    source = "# T\n\n<!-- lint-med: disable-next-line TST001 -->\nmiracle one\nmiracle two\n"
    assert lint(source) == [("TST001", 5)]
    html = ("<html><body><article><p>miracle one</p>\n<!-- lint-med: disable-next-line marker-word -->\n"
            "<p>miracle two</p>\n<p>miracle three</p></article></body></html>")
    assert lint(html, "a.html") == [("TST001", 1), ("TST001", 4)]


def test_disable_file():
    source = "# T\n\nmiracle one\n\n<!-- lint-med: disable-file TST001 -->\n\nmiracle two\n"
    assert lint(source) == []


def test_plain_text_directives_on_their_own_line():
    source = ("Title\n\nmiracle one.\n\nlint-med: disable-next-line TST001\nmiracle two.\n\n"
              "lint-med: disable TST001\nmiracle three.\nlint-med: enable\nmiracle four.\n")
    assert lint(source, "a.txt") == [("TST001", 3), ("TST001", 11)]
    # a directive written inside a sentence is text, not a directive
    assert lint("Title\n\nWe say lint-med: disable TST001 here, miracle.\n", "a.txt") == [("TST001", 3)]


def test_unknown_codes_and_actions_are_reported():
    source = "# T\n\n<!-- lint-med: disable TST999 -->\n\n<!-- lint-med: silence TST001 -->\n\nmiracle\n"
    assert lint(source) == [("LM001", 3), ("LM001", 5), ("TST001", 7)]


def test_unused_suppressions_are_reported():
    source = ("# T\n\n<!-- lint-med: disable-next-line TST001 -->\nnothing here\n\n"
              "<!-- lint-med: disable-file -->\n")
    assert lint(source) == [("LM002", 3), ("LM002", 6)]
    # a suppression of a rule that is not selected cannot be judged unused
    assert lint("# T\n\n<!-- lint-med: disable-next-line TST004 -->\nok\n") == []


def test_meta_rules_can_be_ignored():
    source = "# T\n\n<!-- lint-med: disable TST999 -->\n"
    assert lint(source, ignore=["LM001"]) == []


def test_crash_findings_are_not_suppressible():
    source = "# T\n\n<!-- lint-med: disable-file -->\n\nthis will crash\n"
    found = lint(source, select=["TST003", "LM00"])
    assert ("LM003", 1) in found


def test_an_unknown_code_can_itself_be_suppressed():
    # e.g. a directive for a pack that is not installed on this machine
    source = "# T\n\n<!-- lint-med: disable-next-line LM001 -->\n<!-- lint-med: disable-file XYZ123 -->\n"
    assert lint(source) == []
    source = "# T\n\n<!-- lint-med: disable-next-line LM001 -->\nmiracle\n"
    assert lint(source) == [("LM002", 3), ("TST001", 4)]
