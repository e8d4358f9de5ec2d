"""benchmarks/realworld/agreement.py: Cohen's kappa and the second labellings' shape."""

import importlib.util
import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REALWORLD = Path(__file__).resolve().parent.parent / "benchmarks" / "realworld"
_spec = importlib.util.spec_from_file_location("realworld_agreement", REALWORLD / "agreement.py")
agreement = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = agreement
_spec.loader.exec_module(agreement)


def test_kappa_of_known_tables():
    assert agreement.kappa([(True, True), (False, False)] * 3) == pytest.approx(1.0)
    # observed 0.75; positive rates 0.5 and 0.25, so chance 0.5: kappa 0.5
    assert agreement.kappa([(True, True), (False, False), (True, False), (False, False)]) == pytest.approx(0.5)
    # raters who disagree on every document score below zero
    assert agreement.kappa([(True, False), (False, True)]) == pytest.approx(-1.0)
    assert agreement.kappa([(False, False)] * 4) is None  # nothing to agree on beyond chance


@pytest.mark.parametrize("path", sorted((REALWORLD / "agreement").glob("*.toml")), ids=lambda p: p.name)
def test_second_labelling_covers_documents_of_its_set(path):
    set_name = path.stem.rsplit("-", 1)[0]
    first = {Path(d["file"]).name for d in tomllib.loads((REALWORLD / "labels" / f"{set_name}.toml").read_text("utf-8"))["doc"]}
    second = tomllib.loads(path.read_text("utf-8"))["doc"]
    assert second and {Path(d["file"]).name for d in second} <= first
    for doc in second:
        assert set(agreement.LABELS) <= set(doc), doc["file"]
