"""Linting one small Markdown file (the pre-commit case) loads no heavy module it does not need."""

import json
import os
import subprocess
import sys

import pytest

HEAVY = ("bs4", "lxml", "textstat", "importlib.metadata", "yaml")

SCRIPT = """
import json, sys
from lint_med.cli import main
code = main(["check", "--isolated", sys.argv[1]])
loaded = sorted(m for m in sys.modules if m in %r or m.split(".")[0] in %r)
print(json.dumps({"code": code, "loaded": loaded}))
""" % (HEAVY, HEAVY)


@pytest.mark.parametrize("packs", ["", None], ids=["engine-only", "with-installed-packs"])
def test_small_markdown_file_imports_no_heavy_module(tmp_path, packs):
    article = tmp_path / "note.md"
    article.write_text("# Iron and fatigue\n\nIron deficiency can cause tiredness.\n")
    env = dict(os.environ)
    env.pop("LINT_MED_LOAD_PLUGINS", None)
    if packs is not None:
        env["LINT_MED_LOAD_PLUGINS"] = packs
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(article)], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["loaded"] == [], f"linting Markdown imported {result['loaded']}"


def test_html_does_load_the_html_parser(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Hello.</p></body></html>")
    env = {**os.environ, "LINT_MED_LOAD_PLUGINS": ""}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(page)], capture_output=True, text=True, env=env,
                          timeout=60)
    assert "bs4" in json.loads(done.stdout.strip().splitlines()[-1])["loaded"]  # the check can fail
