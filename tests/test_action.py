"""action.yml: it loads as YAML, and its run: steps work in a shell as a runner would run them.

The harness substitutes the ${{ ... }} expressions the action uses (inputs, github.action_path,
runner.temp, step outputs) and runs each step with bash as GitHub does; `uses:` steps are not
run. Installing lint-med into the action's own virtual environment takes a few seconds, so it
is done once for the module.
"""

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS = ACTION["runs"]["steps"]
INSTALL = "Install lint-med"
_EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
_COMPARISON = re.compile(r"([\w.-]+)\s*(==|!=)\s*'([^']*)'")

DRAFT = """\
# Magnesium for sleep

Magnesium is a mineral found in nuts, seeds and leafy greens. Many people take it at night.

About 80% of adults do not get enough magnesium from their diet.

Magnesium glycinate is guaranteed to cure insomnia.
"""


class Runner:
    """Runs the action's steps with given inputs, as a GitHub runner would."""

    def __init__(self, inputs: dict, workspace: Path, temp: Path):
        self.inputs = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
        unknown = set(inputs) - set(self.inputs)
        assert not unknown, f"not inputs of the action: {unknown}"
        self.inputs.update(inputs)
        self.workspace, self.temp = workspace, temp
        self.outputs: dict[str, dict[str, str]] = {}
        self.ran: dict[str, subprocess.CompletedProcess | None] = {}

    def value(self, reference: str) -> str:
        if reference.startswith("inputs."):
            return self.inputs[reference.removeprefix("inputs.")]
        if reference == "github.action_path":
            return str(ROOT)
        if reference == "runner.temp":
            return str(self.temp)
        step = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", reference)
        if step:
            return self.outputs.get(step.group(1), {}).get(step.group(2), "")
        raise AssertionError(f"the test harness does not know the expression {reference!r}")

    def evaluate(self, expression: str):
        expression = _EXPRESSION.sub(lambda m: m.group(1), expression).strip()
        comparison = _COMPARISON.fullmatch(expression)
        if comparison:
            left, operator, right = comparison.groups()
            return (self.value(left) == right) == (operator == "==")
        return self.value(expression)

    def substitute(self, text: str) -> str:
        return _EXPRESSION.sub(lambda m: str(self.evaluate(m.group(1))), text)

    def run(self, skip: tuple[str, ...] = ()) -> dict:
        for step in STEPS:
            name = step.get("name", step.get("id"))
            if name in skip or ("if" in step and not self.evaluate(step["if"])):
                self.ran[name] = None
                continue
            if "uses" in step:
                self.ran[name] = "uses"
                continue
            output_file = self.temp / f"output-{len(self.ran)}"
            output_file.write_text("")
            env = {**os.environ, "GITHUB_OUTPUT": str(output_file), "GITHUB_WORKSPACE": str(self.workspace),
                   **{key: self.substitute(str(value)) for key, value in step.get("env", {}).items()}}
            env.pop("VIRTUAL_ENV", None)
            assert step["shell"] == "bash"
            completed = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c",
                                        self.substitute(step["run"])], cwd=self.workspace, env=env,
                                       capture_output=True, text=True, timeout=600)
            self.ran[name] = completed
            if "id" in step:
                self.outputs[step["id"]] = dict(line.split("=", 1) for line in output_file.read_text().splitlines()
                                                if "=" in line)
            if completed.returncode != 0:
                break
        return self.ran


def test_the_action_loads_and_can_be_listed():
    assert ACTION["name"] == "lint-med" and ACTION["description"]
    assert ACTION["branding"]["icon"] and ACTION["branding"]["color"] in (
        "white", "black", "yellow", "blue", "green", "orange", "red", "purple", "gray-dark")
    assert ACTION["runs"]["using"] == "composite"
    assert {"paths", "fail-on", "args", "sarif-file"} <= set(ACTION["inputs"])
    assert all("description" in spec for spec in ACTION["inputs"].values())
    setup = next(s for s in STEPS if "uses" in s)
    assert setup["uses"].startswith("actions/setup-python@") and "steps.python.outputs.found" in setup["if"]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The runner's temp directory with lint-med installed by the action's own install step."""
    temp = tmp_path_factory.mktemp("runner-temp")
    runner = Runner({}, temp, temp)
    ran = runner.run(skip=tuple(s.get("name") for s in STEPS if s.get("name") not in (INSTALL, None)))
    install = ran[INSTALL]
    assert install.returncode == 0, install.stderr[-2000:]
    assert "lint-med" in install.stdout
    return temp


@pytest.fixture
def workspace(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "draft.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def _lint(installed, workspace, **inputs):
    runner = Runner(inputs, workspace, installed)
    ran = runner.run(skip=(INSTALL,))
    assert runner.outputs["python"]["found"] == "true"  # so setup-python is not needed here
    assert ran["Set up Python"] is None
    return ran


def test_annotations_appear_and_findings_below_fail_on_pass(installed, workspace):
    ran = _lint(installed, workspace, paths="content", **{"fail-on": "error"})
    lint = ran["Lint"]
    assert lint.returncode == 0, lint.stderr
    assert ran["Write SARIF"] is None
    annotations = lint.stdout.splitlines()
    assert any(a.startswith("::warning file=content/draft.md,line=5,") and "LM501" in a for a in annotations)
    assert any(a.startswith("::warning file=content/draft.md,line=7,") and "LM701" in a for a in annotations)


def test_the_exit_status_follows_fail_on(installed, workspace):
    assert _lint(installed, workspace, paths="content", **{"fail-on": "warning"})["Lint"].returncode == 1
    assert _lint(installed, workspace, paths="content", **{"fail-on": "never"})["Lint"].returncode == 0


def test_extra_arguments_and_a_sarif_file(installed, workspace):
    ran = _lint(installed, workspace, paths="content", args="--select LM501",
                **{"sarif-file": "lint-med.sarif", "fail-on": "warning"})
    assert ran["Write SARIF"].returncode == 0, ran["Write SARIF"].stderr
    sarif = json.loads((workspace / "lint-med.sarif").read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["LM501"]
    lint = ran["Lint"]
    assert lint.returncode == 1
    assert [line.split("title=")[1].split("::")[0] for line in lint.stdout.splitlines()] == ["LM501"]


def test_a_file_that_cannot_be_read_fails_the_step(installed, workspace):
    ran = _lint(installed, workspace, paths="content missing.md", **{"fail-on": "never"})
    assert ran["Lint"].returncode == 2
    assert "::error file=missing.md" in ran["Lint"].stdout
