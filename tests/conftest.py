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
