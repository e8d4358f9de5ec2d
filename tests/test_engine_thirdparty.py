"""A third-party pack, packaged on its own (tests/thirdparty_pack), loads through the entry point.

Installing it with pip would take seconds, so the test "installs" it the way an
installer leaves it: a ``*.dist-info`` directory with ``entry_points.txt`` on
``sys.path``, next to the package. importlib.metadata then finds the entry
point exactly as it finds the built-in packs' entry points.
"""

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from lint_med import plugins
from lint_med.cli import main

PACK = Path(__file__).resolve().parent / "thirdparty_pack"


def read_entry_points() -> str:
    import tomllib

    table = tomllib.loads((PACK / "pyproject.toml").read_text())
    group = table["project"]["entry-points"]["lint_med"]
    return "[lint_med]\n" + "".join(f"{name} = {target}\n" for name, target in group.items())


@pytest.fixture
def installed(tmp_path, monkeypatch):
    site = tmp_path / "site-packages"
    dist = site / "lint_med_example_pack-0.1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: lint-med-example-pack\nVersion: 0.1.0\n")
    (dist / "entry_points.txt").write_text(read_entry_points())
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.syspath_prepend(str(PACK))
    # Load only this pack, through the same entry-point code path the built-in packs take.
    monkeypatch.setenv("LINT_MED_LOAD_PLUGINS", "example")
    plugins._plugin_manager.cache_clear()
    plugins._registry.cache_clear()
    yield site
    plugins._plugin_manager.cache_clear()
    plugins._registry.cache_clear()
    sys.modules.pop("lint_med_example_pack", None)


def test_entry_point_is_discovered(installed):
    names = {ep.name: ep.value for ep in plugins._entry_points()}
    assert names["example"] == "lint_med_example_pack"


def test_pack_rule_runs_like_a_built_in_pack(installed, tmp_path, monkeypatch, capsys):
    registry = plugins.load_registry()
    rule = registry.rules["XMP001"]
    assert (rule.name, rule.pack) == ("shouting", "example")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("# Title\n\nThis AMAZING cure works.\n")
    (tmp_path / "lint-med.toml").write_text("[rules.shouting]\nmin_letters = 3\n[severity]\nXMP001 = \"error\"\n")
    assert main(["check", "-o", "json", "a.md"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [(f["code"], f["line"], f["column"], f["end_column"], f["pack"], f["severity"])
            for f in report["findings"]] == [("XMP001", 3, 6, 13, "example", "error")]
    assert main(["rule", "XMP001"]) == 0
    assert "## Why is this bad?" in capsys.readouterr().out


def test_pack_is_listed_by_a_fresh_process(installed):
    env = {**os.environ, "LINT_MED_LOAD_PLUGINS": "example",
           "PYTHONPATH": os.pathsep.join([str(installed), str(PACK), os.environ.get("PYTHONPATH", "")])}
    script = str(Path(sysconfig.get_path("scripts")) / "lint-med")
    command = [script] if os.path.exists(script) else [sys.executable, "-m", "lint_med"]
    done = subprocess.run([*command, "rules"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert any(line.split()[:5] == ["XMP001", "shouting", "readability", "warning", "example"]
               for line in done.stdout.splitlines())
