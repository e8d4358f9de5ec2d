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
    """Commands run by the tests keep lint-med's data cache out of the user's cache directory."""
    import os

    os.environ.setdefault("LINT_MED_DATA_CACHE", str(tmp_path_factory.mktemp("lint-med-data-cache")))
