"""Linting one small Markdown file (the pre-commit case) loads no heavy module it does not need."""

import json
import os
import subprocess
import sys

import pytest

# The engine itself needs none of these for Markdown; with the packs loaded, a readability
# rule legitimately needs textstat (which imports importlib.metadata), but nothing needs the HTML stack.
HEAVY = ("bs4", "lxml", "soupsieve", "textstat", "importlib.metadata", "yaml")
HTML_STACK = ("bs4", "lxml", "soupsieve")

SCRIPT = """
import json, sys
from lint_med.cli import main
heavy = tuple(sys.argv[2].split(","))
code = main(["check", "--isolated", sys.argv[1]])
loaded = sorted(m for m in sys.modules if m in heavy or m.split(".")[0] in heavy)
print(json.dumps({"code": code, "loaded": loaded}))
"""


@pytest.mark.parametrize("packs, heavy", [("", HEAVY), (None, HTML_STACK)],
                         ids=["engine-only", "with-installed-packs"])
def test_small_markdown_file_imports_no_heavy_module(tmp_path, packs, heavy):
    article = tmp_path / "note.md"
    article.write_text("# Iron and fatigue\n\nIron deficiency can cause tiredness.\n")
    env = dict(os.environ)
    env.pop("LINT_MED_LOAD_PLUGINS", None)
    if packs is not None:
        env["LINT_MED_LOAD_PLUGINS"] = packs
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(article), ",".join(heavy)], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["loaded"] == [], f"linting Markdown imported {result['loaded']}"


def test_html_does_load_the_html_parser(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Hello.</p></body></html>")
    env = {**os.environ, "LINT_MED_LOAD_PLUGINS": ""}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(page), ",".join(HEAVY)], capture_output=True,
                          text=True, env=env, timeout=60)
    assert "lxml" in json.loads(done.stdout.strip().splitlines()[-1])["loaded"]  # the check can fail


def test_the_command_flushes_all_output_and_keeps_the_exit_code_when_it_exits_early(tmp_path):
    """`lint-med` exits without tearing the interpreter down (os._exit): output must be complete."""
    for i in range(40):
        (tmp_path / f"a{i}.md").write_text(f"# Cure {i}\n\nThis miracle pill cures cancer in 100% of cases.\n")
    done = subprocess.run([sys.executable, "-m", "lint_med", "check", "--isolated", "--no-cache", "-o", "json",
                           str(tmp_path)], capture_output=True, text=True, timeout=120)
    report = json.loads(done.stdout)  # the whole document arrived
    assert len({f["path"] for f in report["findings"]}) == 40
    errors = any(f["severity"] == "error" for f in report["findings"])
    assert done.returncode == (1 if errors else 0), done.stderr
