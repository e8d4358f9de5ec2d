"""The careful-set table (benchmarks/realworld/careful.py): its page list and its provenance file.

The page texts are git-ignored (cache/careful, cache/pages) or in ../shared: the check on them
skips when none is present.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REALWORLD = Path(__file__).resolve().parent.parent / "benchmarks" / "realworld"


def _careful():
    spec = importlib.util.spec_from_file_location("realworld_careful", REALWORLD / "careful.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_careful_page_has_its_provenance():
    pages = tomllib.loads((REALWORLD / "provenance" / "careful.toml").read_text(encoding="utf-8"))["page"]
    assert len(pages) >= 10
    assert len({page["file"] for page in pages}) == len(pages)
    for page in pages:
        assert page["url"].startswith(("http://", "https://")), page["file"]
        assert page["title"] and page["query"] and page["publisher"], page["file"]


def test_the_table_lists_only_pages_that_are_present(capsys):
    careful = _careful()
    pages = careful.careful_pages()
    assert all(path.is_file() for _, path in pages)
    if not pages:
        pytest.skip("no careful page present (caches not rebuilt, ../shared absent)")
    assert careful.main([]) == 0
    out = capsys.readouterr().out
    assert f"of {len(pages)} careful pages within the target" in out


@pytest.mark.parametrize("text, cut", [
    ("Word " * 400 + "and the treatment is", True),        # ~2,000 characters, stops mid-sentence
    ("Word " * 400 + "the end.", False),                  # as long, but finished
    ("Short and stops mid", False),                       # not the tool's length: the page is this short
])
def test_a_cut_copy_is_a_long_saved_text_that_stops_mid_sentence(tmp_path, text, cut):
    page = tmp_path / "page.txt"
    page.write_text(text + "\n", encoding="utf-8")
    assert _careful().is_cut_copy(page) is cut
    html = tmp_path / "page.html"
    html.write_text(text, encoding="utf-8")
    assert _careful().is_cut_copy(html) is False  # a real HTML page is the whole page
