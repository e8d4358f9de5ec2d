"""The lint-med command: exit codes, stdin, --jobs, crashing rules, unreadable inputs, sub-commands."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint_med.cli import main

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = Path(__file__).resolve().parent / "plugins" / "word_rules.py"


@pytest.fixture(autouse=True)
def project(monkeypatch, tmp_path):
    monkeypatch.setenv("LINT_MED_LOAD_PLUGINS", "")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lint-med.toml").write_text(f"plugins = [{json.dumps(str(PLUGIN))}]\n")
    return tmp_path


def findings(capsys, *args):
    code = main(["check", "-o", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_exit_codes_and_fail_on(tmp_path, capsys):
    (tmp_path / "clean.md").write_text("# Title\n\nNothing here.\n")
    (tmp_path / "warn.md").write_text("# Title\n\nA [link](https://example.org).\n")
    (tmp_path / "err.md").write_text("# Title\n\nA miracle.\n")
    assert main(["check", "clean.md"]) == 0
    assert main(["check", "warn.md"]) == 0  # a warning is below the default fail level
    assert main(["check", "--fail-on", "warning", "warn.md"]) == 1
    assert main(["check", "err.md"]) == 1
    assert main(["check", "--fail-on", "never", "err.md"]) == 0
    (tmp_path / "info.md").write_text("# Title\n\n" + "word " * 30 + "end.\n")
    assert main(["check", "--select", "TST004", "info.md"]) == 0
    assert main(["check", "--select", "TST004", "--fail-on", "info", "info.md"]) == 1
    capsys.readouterr()
    assert main(["check", "-o", "yaml", "clean.md"]) == 2
    assert "unknown output format 'yaml'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--fail-on", "sometimes", "clean.md"])
    assert exit_.value.code == 2  # argparse's usage error


def test_fail_on_from_config(tmp_path):
    (tmp_path / "lint-med.toml").write_text(f"plugins = [{json.dumps(str(PLUGIN))}]\nfail-on = \"warning\"\n")
    (tmp_path / "warn.md").write_text("# Title\n\nA [link](https://example.org).\n")
    assert main(["check", "warn.md"]) == 1


def test_stdin_with_stdin_filename(tmp_path, capsys, monkeypatch):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "lint-med.toml").write_text(
        f"plugins = [{json.dumps(str(PLUGIN))}]\nselect = [\"TST001\"]\n")
    html = "<html><body><article><p>A <b>miracle</b> cure.</p></article></body></html>\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html.encode())))
    code, report = findings(capsys, "-", "--stdin-filename", "site/page.html")
    assert code == 1
    # parsed as HTML (the name's extension), with site/lint-med.toml (TST001 only), reported under the name
    assert [(f["path"], f["code"], f["line"], f["column"]) for f in report["findings"]] == [
        ("site/page.html", "TST001", 1, 30)]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"# T\n\nA miracle.\n")))
    code, report = findings(capsys, "-")
    assert [(f["path"], f["line"]) for f in report["findings"]] == [("-", 3)]


def test_jobs_output_is_identical_and_ordered(tmp_path, capsys):
    for i in range(12):
        body = "miracle " * (i % 3) + "plain words. " + (f"[x](https://example.org/{i})" if i % 2 else "")
        suffix = (".md", ".txt", ".html")[i % 3]
        text = f"<html><body><p>{body}</p></body></html>" if suffix == ".html" else f"Title\n\n{body}\n"
        (tmp_path / "docs").mkdir(exist_ok=True)
        (tmp_path / "docs" / f"f{i:02d}{suffix}").write_text(text)
    (tmp_path / "docs" / "bad.md").write_bytes(b"\xff\xfe\xfd not utf-8 \x00")
    outputs = {}
    for jobs in ("1", "2", "0"):
        code = main(["check", "-o", "json", "--jobs", jobs, "docs"])
        outputs[jobs] = (code, capsys.readouterr().out)
    assert outputs["1"] == outputs["2"] == outputs["0"]
    report = json.loads(outputs["1"][1])
    paths = [f["path"] for f in report["findings"]]
    assert paths == sorted(paths) and len(set(paths)) >= 6


def test_rule_that_raises_becomes_lm003(tmp_path, capsys):
    (tmp_path / "a.md").write_text("# Title\n\nThis will crash, says the miracle.\n")
    (tmp_path / "b.md").write_text("# Title\n\nA miracle.\n")
    code, report = findings(capsys, "a.md", "b.md")
    assert code == 2
    got = [(f["path"], f["code"], f["line"]) for f in report["findings"]]
    assert got == [("a.md", "LM003", 1), ("a.md", "TST001", 3), ("b.md", "TST001", 3)]
    crash = report["findings"][0]
    assert crash["severity"] == "error" and crash["category"] == "internal"
    assert "TST003 (crashes) crashed: RuntimeError: boom [word_rules.py:" in crash["message"]


def test_unreadable_inputs_one_line_each_others_linted(tmp_path, capsys, monkeypatch):
    (tmp_path / "lint-med.toml").write_text(f"plugins = [{json.dumps(str(PLUGIN))}]\nmax-file-size = 200\n")
    (tmp_path / "ok.md").write_text("# Title\n\nA miracle.\n")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02\x03PNG")
    (tmp_path / "latin1.txt").write_bytes(b"Caf\xe9 au lait\n")
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "huge.txt").write_text("word " * 100)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inside.md").write_text("# T\n\nmiracle\n")
    if os.geteuid() == 0:
        # root reads any directory: simulate the permission error os.walk would meet
        real_scandir = os.scandir

        def scandir(path="."):
            if Path(path).resolve() == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        locked.chmod(0)
    try:
        code = main(["check", ".", "missing.md"])
    finally:
        locked.chmod(0o755)
    captured = capsys.readouterr()
    out = captured.out.splitlines()
    assert code == 2
    assert "ok.md:3:3: TST001 [error] marker word 'miracle'" in out
    errors = sorted(line for line in out if ": error: " in line)
    assert errors == [
        "binary.md: error: binary file, not an article (it contains NUL bytes)",
        "huge.txt: error: too large to lint (500 bytes; max-file-size is 200)",
        "locked: error: cannot list directory: permission denied",
        "missing.md: error: no such file",
    ]
    assert "empty.md: skipped: the file is empty" in captured.err
    # latin1.txt is linted (decoded by guess), with a note, and not counted as an error
    assert "latin1.txt: info: decoded as windows-1252, a guess (no byte-order mark or declared charset, " \
           "and not UTF-8)" in out
    assert out[-1] == "Found 1 problem (1 error) in 1 of 7 files; 4 files could not be linted."


def test_declared_charset_and_utf16_are_decoded(tmp_path, capsys):
    (tmp_path / "latin.html").write_bytes(b'<html><head><meta charset="iso-8859-1"></head><body>'
                                          b"<p>Caf\xe9 miracle</p></body></html>")
    (tmp_path / "utf16.md").write_bytes("# Título\n\nmiracle\n".encode("utf-16"))
    code, report = findings(capsys, "latin.html", "utf16.md")
    assert [(f["path"], f["code"]) for f in report["findings"]] == [("latin.html", "TST001"), ("utf16.md", "TST001")]


def test_format_in_overrides_extension(tmp_path, capsys):
    (tmp_path / "page.txt").write_text("<html><body><p>A <b>miracle</b></p></body></html>")
    _, report = findings(capsys, "--format-in", "html", "--select", "TST001", "page.txt")
    assert report["findings"][0]["column"] == 21
    (tmp_path / "noext").write_text("# Heading\n\nA [miracle](https://example.org) here.\n")
    _, report = findings(capsys, "--select", "TST002", "noext")  # sniffed as Markdown: the link is found
    assert [f["code"] for f in report["findings"]] == ["TST002"]


def test_rules_and_rule_commands(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert any(line.split()[:5] == ["TST001", "marker-word", "claims", "error", "word_rules"]
               for line in out.splitlines())
    assert main(["rules", "-o", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {"code": "LM003", "name": "rule-crashed", "category": "internal", "severity": "error",
            "pack": "lint-med"}.items() <= next(r for r in listed if r["code"] == "LM003").items()
    assert main(["rule", "TST004"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# TST004 long-sentence")
    assert "- `max_words` (default 25): longest sentence allowed" in out
    assert main(["rule", "marker-word"]) == 0
    assert "## What it does" in capsys.readouterr().out
    assert main(["rule", "NOPE"]) == 2
    assert "no rule has code or name 'NOPE'" in capsys.readouterr().err


def test_python_dash_m():
    env = {**os.environ, "LINT_MED_LOAD_PLUGINS": ""}
    done = subprocess.run([sys.executable, "-m", "lint_med", "check", "--isolated", "-"], input="# T\n\nHello.\n",
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "No problems found in 1 file." in done.stdout
