"""Guards that keep one odd file from stalling or breaking a run: size and time limits, pipes, link loops, names."""

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


def test_a_file_that_grows_while_read_is_refused_at_the_limit(tmp_path, monkeypatch):
    # A device or pipe (a link to /dev/zero) has no size to check first: reading stops one byte over the limit.
    from lint_med import decoding

    (tmp_path / "endless.md").write_text("word " * 1000)
    monkeypatch.setattr(decoding.os.path, "getsize", lambda path: 0)
    with pytest.raises(decoding.InputError, match=r"too large to lint \(over 1,000 bytes"):
        decoding.read_decoded(str(tmp_path / "endless.md"), 1000)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes here")
def test_pipes_and_devices_in_a_directory_are_not_read(tmp_path):
    import os

    from lint_med.engine import Linter, Overrides, expand_paths

    (tmp_path / "article.md").write_text("# Title\n")
    os.mkfifo(tmp_path / "pipe.md")  # opening it would wait for a writer for ever
    if os.path.exists("/dev/zero"):
        (tmp_path / "zero.md").symlink_to("/dev/zero")  # reading it would never end
    assert expand_paths([str(tmp_path)], Linter(Overrides(isolated=True))) == [str(tmp_path / "article.md")]


def test_a_symbolic_link_loop_gets_one_line_and_the_run_goes_on(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").symlink_to("b.md")
    (tmp_path / "b.md").symlink_to("a.md")
    (tmp_path / "c.md").write_text("# Title\n\nText.\n")
    code = main(["check", "--isolated", "--no-cache", "-o", "json", "."])
    report = json.loads(capsys.readouterr().out)
    assert code == 2
    assert [e["path"] for e in report["errors"]] == ["a.md", "b.md"]
    assert all("symbolic links" in e["message"] for e in report["errors"]) and report["summary"]["files"] == 3


@pytest.mark.parametrize("output_format", ["json", "sarif", "html", "junit"])
def test_a_file_name_that_is_not_utf8_is_written_as_valid_utf8(tmp_path, monkeypatch, output_format):
    import os

    monkeypatch.chdir(tmp_path)
    try:
        (tmp_path / os.fsdecode(b"caf\xe9.md")).write_text("Miracle cure works 100%.\n")
    except (OSError, UnicodeError):
        pytest.skip("the file system takes UTF-8 names only")
    code = main(["check", "--isolated", "--no-cache", "-o", output_format, "--output-file", "out", "."])
    written = (tmp_path / "out").read_bytes().decode("utf-8")  # no UnicodeEncodeError, no raw byte
    assert code in (0, 1) and "caf\ufffd.md" in written


def test_standard_input_is_read_only_up_to_the_limit(monkeypatch):
    # `lint-med check - < /dev/zero` read for ever.
    import io
    import sys

    from lint_med import decoding

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"word " * 1000)))
    with pytest.raises(decoding.InputError, match=r"too large to lint \(over 1,000 bytes"):
        decoding.read_decoded("-", 1000)
