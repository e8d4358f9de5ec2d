"""Guards that keep one file from stalling a run: max-file-size and time-limit."""

import json

import pytest

from lint_med.cli import main
from lint_med.config import ConfigError, parse_table

SLOW_PLUGIN = '''
import re
from lint_med import hookimpl, rule

@rule("TST901", "backtracks", category="structure", severity="info")
def backtracks(doc, options):
    """Backtrack for ever on a document that says "slow" (a regular expression gone wrong)."""
    if "slow" in doc.body_text:
        re.match(r"(a+)+$", "a" * 64 + "!")
    return iter(())

@hookimpl
def lint_med_register_rules(register):
    register(backtracks)
'''


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LINT_MED_LOAD_PLUGINS", "")
    (tmp_path / "slow_rules.py").write_text(SLOW_PLUGIN)
    (tmp_path / "lint-med.toml").write_text('plugins = ["slow_rules.py"]\nselect = ["TST901"]\ntime-limit = 0.5\n')
    (tmp_path / "a-slow.md").write_text("# Title\n\nThis one is slow.\n")
    (tmp_path / "b-fine.md").write_text("# Title\n\nThis one is fine.\n")
    return tmp_path


def test_a_file_over_the_time_limit_gets_one_line_and_the_run_goes_on(project, capsys):
    code = main(["check", "--output-format", "json", "a-slow.md", "b-fine.md"])
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert code == 2 and captured.err == ""
    assert report["errors"] == [{"path": "a-slow.md", "message": "not linted: took longer than time-limit (0.5 s); "
                                 "raise time-limit in the configuration, or split the file"}]
    assert report["summary"]["files"] == 2 and report["findings"] == []  # not a rule crash (LM003)


def test_standard_input_has_the_same_time_limit(project, capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"# Title\n\nThis one is slow.\n")))
    code = main(["check", "--output-format", "json", "-", "--stdin-filename", "draft.md"])
    report = json.loads(capsys.readouterr().out)
    assert code == 2
    assert [e["path"] for e in report["errors"]] == ["draft.md"]
    assert "time-limit" in report["errors"][0]["message"]


def test_no_time_limit_with_zero(project):
    config = parse_table({"time-limit": 0}, None)
    assert config.time_limit == 0
    assert parse_table({"time-limit": 2.5}, None).time_limit == 2.5


@pytest.mark.parametrize("value", [-1, "10", True])
def test_time_limit_must_be_a_non_negative_number(value):
    with pytest.raises(ConfigError, match="time-limit"):
        parse_table({"time-limit": value}, None)


def test_max_file_size_refuses_in_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lint-med.toml").write_text("max-file-size = 1000\n")
    (tmp_path / "big.txt").write_text("word " * 1000)
    code = main(["check", "big.txt"])
    out = capsys.readouterr().out
    assert code == 2 and "big.txt: error: too large to lint (5,000 bytes; max-file-size is 1,000)" in out
