"""The per-file result cache: a hit serves the stored findings; anything that could change them is a miss.

Each test lints once (filling the cache), replaces every stored entry with a made-up
finding ("POISON"), changes one thing and lints again: the made-up finding must appear
when nothing changed and must not appear after a change.
"""

import json
import marshal
import os
import shutil
import time
from pathlib import Path

import pytest

from lint_med import resultcache
from lint_med.cli import main
from lint_med.rules import Finding

ARTICLE = "# Iron\n\nThis miracle supplement cures fatigue.\n"
PLUGIN = Path(__file__).resolve().parent / "plugins" / "word_rules.py"


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LINT_MED_LOAD_PLUGINS", raising=False)
    monkeypatch.delenv("LINT_MED_NO_CACHE", raising=False)  # conftest turns the cache off for other tests
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / "lint-med.toml").write_text("")
    return tmp_path


def lint(capsys, *extra) -> list[dict]:
    capsys.readouterr()
    code = main(["check", "-o", "json", *extra, "a.md"])
    assert code in (0, 1)
    return json.loads(capsys.readouterr().out)["findings"]


def entries(directory: Path) -> list[Path]:
    return [p for p in directory.rglob("*") if p.is_file() and len(p.name) == 64]


def poison(directory: Path) -> int:
    fake = Finding("a.md", 1, 1, 1, 2, "LM999", "made-up", "claims", "info", "POISON")
    for entry in entries(directory):
        entry.write_bytes(marshal.dumps({"findings": [tuple(vars(fake).values())], "error": None}))
    return len(entries(directory))


def messages(findings) -> list[str]:
    return [f["message"] for f in findings]


def test_an_unchanged_file_is_served_from_the_cache_with_the_same_findings(site, capsys):
    first = lint(capsys)
    assert first
    assert lint(capsys) == first
    assert (site / ".lint-med-cache" / ".gitignore").read_text().strip().endswith("*")
    assert poison(site / ".lint-med-cache") == 1
    assert messages(lint(capsys)) == ["POISON"]  # proves the second run read the entry


def test_a_changed_file_is_linted_again(site, capsys):
    lint(capsys)
    poison(site / ".lint-med-cache")
    (site / "a.md").write_text(ARTICLE + "\nA second paragraph.\n")
    assert "POISON" not in messages(lint(capsys))


def test_a_changed_configuration_is_a_miss(site, capsys):
    before = lint(capsys)
    poison(site / ".lint-med-cache")
    (site / "lint-med.toml").write_text('ignore = ["LM701"]\n')
    after = lint(capsys)
    assert "POISON" not in messages(after)
    assert "LM701" in {f["code"] for f in before} - {f["code"] for f in after}


def test_command_line_settings_are_part_of_the_key(site, capsys):
    lint(capsys)
    poison(site / ".lint-med-cache")
    assert "POISON" not in messages(lint(capsys, "--ignore", "LM701"))
    assert "POISON" not in messages(lint(capsys, "--format-in", "text"))


def test_another_lint_med_version_is_a_miss(site, capsys, monkeypatch):
    lint(capsys)
    poison(site / ".lint-med-cache")
    monkeypatch.setattr(resultcache, "__version__", "99.0")
    assert "POISON" not in messages(lint(capsys))


def test_an_edited_plugin_or_another_plugin_set_is_a_miss(site, capsys, monkeypatch):
    shutil.copy(PLUGIN, site / "word_rules.py")
    (site / "lint-med.toml").write_text('plugins = ["word_rules.py"]\n')
    assert "TST001" in {f["code"] for f in lint(capsys)}
    poison(site / ".lint-med-cache")
    assert messages(lint(capsys)) == ["POISON"]
    with open(site / "word_rules.py", "a") as plugin:
        plugin.write("\n# edited\n")
    assert "POISON" not in messages(lint(capsys))
    poison(site / ".lint-med-cache")
    monkeypatch.setenv("LINT_MED_LOAD_PLUGINS", "core")  # the drug pack not loaded
    assert "POISON" not in messages(lint(capsys))


@pytest.fixture
def pack_data(site, monkeypatch):
    """A data folder counted as part of a plugin's package."""
    from lint_med.plugins import Registry

    folder = site / "pack_data"
    folder.mkdir()
    (folder / "words.toml").write_text('terms = ["cure"]\n')
    real = Registry.source_paths
    monkeypatch.setattr(Registry, "source_paths", lambda self: [*real(self), folder])
    return folder


def test_an_edited_pack_data_file_is_a_miss_even_with_its_old_size_and_time(site, capsys, pack_data):
    lint(capsys)
    poison(site / ".lint-med-cache")
    words = pack_data / "words.toml"
    before = words.stat()
    words.write_text('terms = ["heal"]\n')  # the same size ...
    os.utime(words, ns=(before.st_atime_ns, before.st_mtime_ns))  # ... and time: only the bytes differ
    assert "POISON" not in messages(lint(capsys))


def test_new_file_times_with_the_same_bytes_still_hit(site, capsys, pack_data):
    """A fresh install (CI) writes the same files at a new time: the results still apply."""
    lint(capsys)
    poison(site / ".lint-med-cache")
    an_hour_ago = time.time() - 3600
    os.utime(pack_data / "words.toml", (an_hour_ago, an_hour_ago))
    assert messages(lint(capsys)) == ["POISON"]


def test_no_cache_neither_reads_nor_writes(site, capsys, monkeypatch):
    lint(capsys, "--no-cache")
    assert not (site / ".lint-med-cache").exists()
    lint(capsys)
    poison(site / ".lint-med-cache")
    assert "POISON" not in messages(lint(capsys, "--no-cache"))
    monkeypatch.setenv("LINT_MED_NO_CACHE", "1")
    assert "POISON" not in messages(lint(capsys))


def test_a_corrupt_entry_is_a_miss_and_is_rewritten(site, capsys):
    first = lint(capsys)
    (entry,) = entries(site / ".lint-med-cache")
    entry.write_bytes(b"\x00garbage")
    assert lint(capsys) == first
    assert entry.read_bytes() != b"\x00garbage"


def test_cache_dir_setting_and_option(site, capsys):
    (site / "lint-med.toml").write_text('cache-dir = "build/lint"\n')
    lint(capsys)
    assert entries(site / "build" / "lint") and not (site / ".lint-med-cache").exists()
    lint(capsys, "--cache-dir", "elsewhere")
    assert entries(site / "elsewhere")


def test_parallel_workers_share_the_cache(site, capsys):
    for i in range(4):
        (site / f"b{i}.md").write_text(ARTICLE + f"\nPage {i}.\n")
    capsys.readouterr()
    assert main(["check", "-o", "json", "--jobs", "2", "."]) in (0, 1)
    first = json.loads(capsys.readouterr().out)["findings"]
    assert len(entries(site / ".lint-med-cache")) == 5
    assert main(["check", "-o", "json", "--jobs", "2", "."]) in (0, 1)
    assert json.loads(capsys.readouterr().out)["findings"] == first
    assert not [p for p in (site / ".lint-med-cache").rglob("*.tmp")]  # no temporary file left behind
    assert os.listdir(site / ".lint-med-cache")
