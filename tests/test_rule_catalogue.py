"""Meta-tests that keep the rule catalogue honest (as proselint's and datasette's do)."""

import inspect
import re
from pathlib import Path

import pytest

from lint_med import hookspecs
from lint_med.plugins import load_registry
from lint_med.rules import DOC_SECTIONS, is_selected
from lint_med.testing import _FILE_CODE, parse_markers

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REGISTRY = load_registry()
RULES = [r for r in REGISTRY.rules.values()]
CHECKED = [r for r in RULES if r.check is not None]


def _fixture_cases():
    """(path, expected codes, selectors that run in it) for every fixture."""
    cases = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix not in (".md", ".html", ".txt"):
            continue
        _, expected, table = parse_markers(path.read_text(encoding="utf-8", errors="replace"))
        select = table.get("select")
        if select is None:
            code = _FILE_CODE.match(path.name)
            select = [code.group(1)] if code else ["ALL"]
        cases.append((path, {code for code, _ in expected}, select, table.get("ignore", [])))
    return cases


CASES = _fixture_cases()


def test_the_built_in_packs_are_loaded():
    packs = {r.pack for r in RULES}
    assert {"lint-med", "core", "drugs"} <= packs


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_documentation_has_every_section(rule):
    missing = [s for s in DOC_SECTIONS if s not in rule.doc]
    assert not missing, f"{rule.code} docstring lacks {missing}"
    assert rule.summary and not rule.summary.startswith("#")


@pytest.mark.parametrize("rule", CHECKED, ids=[r.code for r in CHECKED])
def test_rule_has_a_failing_and_a_passing_fixture(rule):
    runs = [(path, expected) for path, expected, select, ignore in CASES if is_selected(rule, select, ignore)]
    failing = [p for p, expected in runs if rule.code in expected]
    passing = [p for p, expected in runs if rule.code not in expected]
    assert failing, f"no fixture expects {rule.code}"
    assert passing, f"no fixture runs {rule.code} and expects it to stay silent"


def test_codes_and_names_are_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


def test_each_pack_uses_one_code_prefix():
    """One prefix per pack; the engine's own rules take LM0xx, which no pack may use."""
    prefixes = {}
    for rule in RULES:
        prefixes.setdefault(rule.pack, set()).add(re.match(r"[A-Z]+", rule.code).group())
    for pack, found in prefixes.items():
        assert len(found) == 1, f"pack {pack} uses several prefixes: {found}"
    packs = [p for p in prefixes if p != "lint-med"]
    assert len({next(iter(prefixes[p])) for p in packs}) == len(packs)
    assert all(r.code.startswith("LM0") == (r.pack == "lint-med") for r in RULES if r.code.startswith("LM"))


@pytest.mark.parametrize("name", [n for n in dir(hookspecs) if n.startswith("lint_med_")])
def test_hookspecs_are_documented(name):
    doc = inspect.getdoc(getattr(hookspecs, name))
    assert doc and ":param" in doc
