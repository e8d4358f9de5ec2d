"""The pre-commit hook: its definition, its entry on the files pre-commit would pass, and try-repo."""

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / ".pre-commit-hooks.yaml"
FILES = {"article.md": "# Iron\n\nIron deficiency can cause tiredness.\n",
         "page.html": "<html><body><article><p>Iron helps.</p></article></body></html>",
         "notes.txt": "Iron\n\nIron deficiency can cause tiredness.\n",
         "script.py": "print('not an article')\n",
         "data.json": "{}\n"}


def hook() -> dict:
    hooks = yaml.safe_load(HOOKS.read_text())
    return next(h for h in hooks if h["id"] == "lint-med")


def passed_files(definition: dict, names) -> list[str]:
    """The files pre-commit passes to the hook: `files` regex and `types_or` tags (via identify, if present)."""
    chosen = [n for n in names if re.search(definition.get("files", ""), n)]
    try:
        from identify import identify
    except ImportError:
        return chosen
    wanted = set(definition.get("types_or", []))
    return [n for n in chosen if identify.tags_from_filename(n) & wanted or not wanted]


def test_hook_definition():
    definition = hook()
    assert definition["entry"].split()[:2] == ["lint-med", "check"]
    assert definition["language"] == "python"
    assert set(definition["types_or"]) == {"html", "markdown", "text"}
    assert sorted(passed_files(definition, FILES)) == ["article.md", "notes.txt", "page.html"]


def test_hook_entry_runs_on_the_files_pre_commit_passes(tmp_path):
    for name, text in FILES.items():
        (tmp_path / name).write_text(text)
    definition = hook()
    entry = shlex.split(definition["entry"])
    script = Path(sys.executable).parent / entry[0]
    command = [str(script) if script.exists() else entry[0], *entry[1:], *passed_files(definition, FILES)]
    env = {**os.environ, "LINT_MED_LOAD_PLUGINS": ""}
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No problems found in 3 files." in done.stdout
    (tmp_path / "bad.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00")  # binary
    done = subprocess.run([*command, "bad.md"], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2  # pre-commit fails the commit on any non-zero status


def _pre_commit() -> str | None:
    local = Path(sys.executable).parent / "pre-commit"
    return str(local) if local.exists() else shutil.which("pre-commit")


@pytest.mark.skipif(_pre_commit() is None, reason="pre-commit is not installed")
@pytest.mark.skipif(bool(os.environ.get("LINT_MED_SKIP_SLOW")), reason="LINT_MED_SKIP_SLOW is set")
def test_pre_commit_try_repo(tmp_path):
    """pre-commit builds the hook's environment from this repository (about a minute) and runs it."""
    repo = tmp_path / "content"
    repo.mkdir()
    for name, text in FILES.items():
        (repo / name).write_text(text)
    git = ["git", "-c", "user.email=test@example.org", "-c", "user.name=test"]
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "."], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "articles"], cwd=repo, check=True)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "LINT_MED_LOAD_PLUGINS": ""}
    done = subprocess.run([_pre_commit(), "try-repo", str(ROOT), "lint-med", "--all-files", "--verbose"],
                          cwd=repo, capture_output=True, text=True, env=env, timeout=540)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No problems found in 3 files." in done.stdout
