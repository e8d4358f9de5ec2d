"""Configuration discovery, validation errors, and what each setting does."""

import json
import shutil
import textwrap
from pathlib import Path

import pytest

from lint_med.cli import main

PLUGIN = Path(__file__).resolve().parent / "plugins" / "word_rules.py"
ARTICLE = "# Title\n\nA miracle cure for everything.\n\nSee [the source](https://example.org/a).\n"


@pytest.fixture(autouse=True)
def only_test_plugin(monkeypatch, tmp_path):
    monkeypatch.setenv("LINT_MED_LOAD_PLUGINS", "")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plugins").mkdir()
    shutil.copy(PLUGIN, tmp_path / "plugins" / "word_rules.py")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def run_json(capsys, *args):
    code = main(["check", "--output-format", "json", *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def codes(report):
    return [(f["code"], f["line"], f["severity"]) for f in report["findings"]]


def test_pyproject_table_is_found_and_nearest_file_wins(tmp_path, capsys):
    write(tmp_path / "pyproject.toml", """
        [tool.lint-med]
        plugins = ["plugins/word_rules.py"]
        select = ["TST001"]
    """)
    write(tmp_path / "a.md", ARTICLE)
    # a nearer lint-med.toml replaces the pyproject table for files under it
    write(tmp_path / "sub" / "lint-med.toml", """
        plugins = ["../plugins/word_rules.py"]
        select = ["TST002"]
    """)
    write(tmp_path / "sub" / "b.md", ARTICLE)
    code, report, _ = run_json(capsys, "a.md", "sub/b.md")
    assert code == 1
    assert [(f["path"], f["code"]) for f in report["findings"]] == [("a.md", "TST001"), ("sub/b.md", "TST002")]


def test_pyproject_without_table_is_not_a_config(tmp_path, capsys):
    write(tmp_path / "lint-med.toml", 'plugins = ["plugins/word_rules.py"]\nselect = ["TST002"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    write(tmp_path / "sub" / "a.md", ARTICLE)
    code, report, _ = run_json(capsys, "sub/a.md")
    assert [c for c, _, _ in codes(report)] == ["TST002"]


def test_config_option_and_isolated(tmp_path, capsys):
    write(tmp_path / "lint-med.toml", 'plugins = ["plugins/word_rules.py"]\nselect = ["TST002"]\n')
    write(tmp_path / "other.toml", 'plugins = ["plugins/word_rules.py"]\nselect = ["TST001"]\n')
    write(tmp_path / "a.md", ARTICLE)
    _, report, _ = run_json(capsys, "--config", "other.toml", "a.md")
    assert [c for c, _, _ in codes(report)] == ["TST001"]
    # --isolated: no file at all, so the test plugin is not loaded and nothing is found
    code, report, _ = run_json(capsys, "--isolated", "a.md")
    assert code == 0 and report["findings"] == []


@pytest.mark.parametrize("table, key", [
    ('selekt = ["TST001"]', "'selekt'"),
    ('select = "TST001"', "select: expected a list"),
    ('select = [1]', "select: expected a string"),
    ('fail-on = "sometimes"', "fail-on"),
    ('max-file-size = "big"', "max-file-size: expected an integer"),
    ('select = ["TST999"]', "select: 'TST999'"),
    ('ignore = ["no-such-rule"]', "ignore: 'no-such-rule'"),
    ('extend-select = ["XYZ"]', "extend-select: 'XYZ'"),
    ('[severity]\nTST998 = "error"', "severity: 'TST998'"),
    ('[severity]\nTST001 = "fatal"', "severity.TST001"),
    ('[rules.TST997]\nmax_words = 3', "rules.TST997"),
    ('[rules.TST004]\nmax_wordz = 3', "rules.TST004.max_wordz"),
    ('[rules.long-sentence]\nmax_words = "three"', "rules.long-sentence.max_words: expected an integer"),
    ('[per-file-ignores]\n"*.md" = ["TST996"]', "per-file-ignores"),
    ('[packs.word_rules]\nenabled = "no"', "packs.word_rules.enabled"),
    ('[packs.word_rules]\nwords = "miracle"', "packs.word_rules.words"),  # the pack's own validation
    ('select = [', "not valid TOML"),
])
def test_config_errors_name_file_and_key(tmp_path, capsys, table, key):
    config = write(tmp_path / "lint-med.toml", 'plugins = ["plugins/word_rules.py"]\n' + table + "\n")
    write(tmp_path / "a.md", ARTICLE)
    code = main(["check", "a.md"])
    out, err = capsys.readouterr()
    assert code == 2
    assert str(config) in err and key in err, err
    assert err.count("\n") == 1  # one clear line


def test_unknown_key_in_pyproject(tmp_path, capsys):
    config = write(tmp_path / "pyproject.toml", "[tool.lint-med]\ncolour = true\n")
    write(tmp_path / "a.md", ARTICLE)
    assert main(["check", "a.md"]) == 2
    err = capsys.readouterr().err
    assert str(config) in err and "'colour'" in err


def test_command_line_selector_must_exist(tmp_path, capsys):
    write(tmp_path / "a.md", ARTICLE)
    assert main(["check", "--isolated", "--select", "NOPE1", "a.md"]) == 2
    assert "NOPE1" in capsys.readouterr().err


def test_per_file_ignores_severity_and_rule_options(tmp_path, capsys):
    write(tmp_path / "lint-med.toml", """
        plugins = ["plugins/word_rules.py"]
        select = ["TST001", "TST004"]
        [per-file-ignores]
        "drafts/*.md" = ["marker-word"]
        [severity]
        TST001 = "info"
        readability = "error"
        [rules.TST001]
        extra_words = ["wonder"]
        [rules.long-sentence]
        max_words = 2
    """)
    write(tmp_path / "a.md", "# Title\n\nA wonder drug.\n\nA miracle.\n")
    write(tmp_path / "drafts" / "b.md", "# Title\n\nA wonder drug.\n")
    _, report, _ = run_json(capsys, "a.md", "drafts/b.md")
    found = [(f["path"], f["code"], f["line"], f["severity"]) for f in report["findings"]]
    assert found == [("a.md", "TST004", 3, "error"), ("a.md", "TST001", 3, "info"), ("a.md", "TST001", 5, "info"),
                     ("drafts/b.md", "TST004", 3, "error")]


def test_pack_options_and_disabled_pack(tmp_path, capsys):
    write(tmp_path / "lint-med.toml", """
        plugins = ["plugins/word_rules.py"]
        select = ["TST001"]
        [packs.word_rules]
        words = ["cure"]
    """)
    write(tmp_path / "a.md", ARTICLE)
    _, report, _ = run_json(capsys, "a.md")
    assert [f["message"] for f in report["findings"]] == ["marker word 'miracle'", "marker word 'cure'"]
    write(tmp_path / "off" / "lint-med.toml", """
        plugins = ["../plugins/word_rules.py"]
        [packs.word_rules]
        enabled = false
    """)
    write(tmp_path / "off" / "a.md", ARTICLE)
    code, report, _ = run_json(capsys, "off/a.md")
    assert code == 0 and report["findings"] == []


def test_select_by_code_prefix_name_and_category(tmp_path, capsys):
    write(tmp_path / "lint-med.toml", 'plugins = ["plugins/word_rules.py"]\n')
    write(tmp_path / "a.md", ARTICLE)
    for selector, expected in [("TST001", ["TST001"]), ("TST00", ["TST001", "TST002"]),
                               ("any-link", ["TST002"]), ("links", ["TST002"]), ("claims", ["TST001"])]:
        _, report, _ = run_json(capsys, "--select", selector, "a.md")
        assert sorted({c for c, _, _ in codes(report)}) == expected, selector
    _, report, _ = run_json(capsys, "--select", "TST001", "--extend-select", "links", "a.md")
    assert sorted({c for c, _, _ in codes(report)}) == ["TST001", "TST002"]
    _, report, _ = run_json(capsys, "--ignore", "TST00", "a.md")
    assert codes(report) == []
    _, report, _ = run_json(capsys, "--ignore", "marker-word,links", "--select", "ALL", "a.md")
    assert codes(report) == []
    # the more specific selector wins: a code prefix beats a category
    _, report, _ = run_json(capsys, "--ignore", "links", "--select", "TST", "a.md")
    assert [c for c, _, _ in codes(report)] == ["TST001", "TST002"]


def test_config_command_shows_origins(tmp_path, capsys):
    config = write(tmp_path / "lint-med.toml", 'plugins = ["plugins/word_rules.py"]\nfail-on = "warning"\n')
    assert main(["config", "."]) == 0
    out = capsys.readouterr().out
    assert str(config) in out.splitlines()[0]
    assert f'fail-on = "warning"  # from {config}' in out
    assert 'select = ["ALL"]  # from default' in out
    assert main(["config", "--isolated", "."]) == 0
    assert "fail-on = \"error\"  # from default" in capsys.readouterr().out


def test_missing_or_broken_plugin_file_is_a_clear_error(tmp_path, capsys):
    write(tmp_path / "lint-med.toml", 'plugins = ["plugins/nope.py"]\n')
    write(tmp_path / "a.md", ARTICLE)
    assert main(["check", "a.md"]) == 2
    err = capsys.readouterr().err
    assert "nope.py" in err and err.count("\n") == 1
    write(tmp_path / "broken" / "lint-med.toml", 'plugins = ["bad.py"]\n')
    write(tmp_path / "broken" / "bad.py", "raise ImportError('missing dependency')\n")
    write(tmp_path / "broken" / "a.md", ARTICLE)
    assert main(["check", "broken/a.md"]) == 2
    assert "missing dependency" in capsys.readouterr().err
