"""Every fixture under fixtures/ lints to exactly the findings its markers expect."""

from pathlib import Path

import pytest

from lint_med.testing import assert_fixture

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PATHS = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".md", ".html", ".txt") and p.is_file())


@pytest.mark.parametrize("path", PATHS, ids=[str(p.relative_to(FIXTURES)) for p in PATHS])
def test_fixture(path):
    assert_fixture(path)
