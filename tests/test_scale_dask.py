"""The dask recipe of docs/scale.md, run as written on dask's local scheduler (processes).

Skipped when dask is not installed (``pip install "lint-med[dask]"``).
"""

import json
import pickle
import re
import shutil
from pathlib import Path

import pytest

from lint_med import load_config
from lint_med.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"


def recipe() -> dict:
    """The first Python block of docs/scale.md, executed: its functions."""
    text = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    namespace: dict = {"__name__": "scale_recipe"}
    exec(compile(code, "docs/scale.md", "exec"), namespace)
    return namespace


def test_the_configuration_is_picklable(tmp_path):
    (tmp_path / "lint-med.toml").write_text('ignore = ["LM304"]\n[rules.LM921]\ntarget_grade = 10\n')
    config = load_config(tmp_path)
    assert pickle.loads(pickle.dumps(config)) == config
    assert config.ignore == ["LM304"]


def test_the_dask_recipe_writes_the_findings_the_command_line_reports(tmp_path, capsys):
    pytest.importorskip("dask.bag")
    site = tmp_path / "site"
    shutil.copytree(ARTICLES, site)
    (site / "lint-med.toml").write_text('ignore = ["LM304"]\n')  # the site's settings must reach the workers
    (site / "broken.txt").write_bytes(b"\x00\x01 not an article")
    out = tmp_path / "audit"

    recipe()["audit"](str(site), str(out), partition_size=2)

    records = [json.loads(line) for part in sorted(out.glob("findings-*.jsonl"))
               for line in part.read_text(encoding="utf-8").splitlines()]
    findings = [r for r in records if "error" not in r]
    errors = [r for r in records if "error" in r]
    assert [Path(e["path"]).name for e in errors] == ["broken.txt"]
    assert findings and not any(f["code"] == "LM304" for f in findings)

    capsys.readouterr()
    main(["check", "--no-cache", "-o", "json", str(site)])
    expected = json.loads(capsys.readouterr().out)["findings"]
    key = lambda f: (f["path"], f["line"], f["column"], f["code"], f["message"])  # noqa: E731
    assert sorted(map(key, findings)) == sorted(map(key, expected))
