"""The progress bar: on a terminal's stderr only, never in the output on stdout."""

import io
import json
import os
import sys

import pytest

from lint_med import progress
from lint_med.cli import main

ARTICLE = "# Sleep\n\nAbout 80% of adults sleep badly.\n"


class _Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.fixture
def articles(tmp_path, monkeypatch):
    for n in range(12):
        (tmp_path / f"a{n:02d}.md").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(progress, "DELAY", 0.0)  # draw from the first file on
    monkeypatch.setattr(progress, "REDRAW_EVERY", 0.0)
    monkeypatch.delenv("TERM", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_bar_on_a_terminals_stderr_and_none_in_stdout(articles, monkeypatch, capsys):
    import pty

    leader, follower = pty.openpty()
    terminal = os.fdopen(follower, "w", encoding="utf-8", closefd=True)
    monkeypatch.setattr(sys, "stderr", terminal)
    code = main(["check", str(articles), "-o", "json", "--isolated"])
    terminal.flush()
    drawn = os.read(leader, 65536).decode("utf-8")
    terminal.close()
    os.close(leader)
    assert code == 0
    assert "12/12 files" in drawn and "1/12 files" in drawn
    assert "\033[36m" in drawn  # coloured
    assert drawn.endswith("\r\033[K")  # erased before the output
    report = json.loads(capsys.readouterr().out)  # stdout is the JSON alone
    assert report["summary"]["files"] == 12


@pytest.mark.parametrize("setting", ["quiet", "dumb", "pipe", "one-file"])
def test_no_bar_when_not_wanted(articles, monkeypatch, setting):
    stream = io.StringIO() if setting == "pipe" else _Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    args = ["check", str(articles), "-o", "json", "--isolated"]
    if setting == "quiet":
        args.append("--quiet")
    if setting == "dumb":
        monkeypatch.setenv("TERM", "dumb")
    if setting == "one-file":
        args[1] = str(articles / "a00.md")
    main(args)
    assert stream.getvalue() == ""


def test_no_colour_with_no_color(articles, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    stream = _Terminal()
    list(progress.track(range(3), 3, stream=stream))
    assert "3/3 files" in stream.getvalue() and "\033[3" not in stream.getvalue()


def test_jobs_report_progress_too(articles, monkeypatch):
    stream = _Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    main(["check", str(articles), "-o", "json", "--isolated", "--jobs", "2"])
    assert "12/12 files" in stream.getvalue()
