from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "ldn-seo-article.txt"
CORPUS = SHARED / "corpus" / "readability-test-pages"


@pytest.fixture
def seed_source():
    if not SEED.is_file():
        pytest.skip("../shared/seed is not present")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(autouse=True, scope="session")
def _data_cache_in_a_temporary_directory(tmp_path_factory):
    """Commands run by the tests keep lint-med's data cache out of the user's cache directory,
    and cache no results (a test that changes a rule in the process must see it run)."""
    import os

    os.environ.setdefault("LINT_MED_DATA_CACHE", str(tmp_path_factory.mktemp("lint-med-data-cache")))
    os.environ.setdefault("LINT_MED_NO_CACHE", "1")


@pytest.fixture
def parsed_fixtures():
    """Every fixture article, parsed as the engine parses it: a list of (path, document),
    fresh for each test (rules keep results on a document). For tests that compare a fast
    path with its plain definition on real shapes of text."""
    from lint_med.engine import Linter, Overrides, read_source

    linter = Linter(Overrides(isolated=True))
    return [(path, linter.parse(read_source(str(path), 10**9), str(path)))
            for path in sorted((Path(__file__).parent.parent / "fixtures").rglob("*"))
            if path.suffix in (".txt", ".md", ".html")]
