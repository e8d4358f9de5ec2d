"""The data cache (parsed TOML, compiled regular expressions) changes no result and is never required."""

import re
import subprocess
import sys

import pytest

from lint_med import datacache

PATTERNS = [
    (r"(?<!\w)(?:blood\s+test|iron(?:-rich)?)(?!\w)", re.I),
    (r"(?P<dose>\d+(?:\.\d+)?)\s*(?P<unit>mg|mcg|µg)\b", 0),
    (rb"[\x00-\x08]+", 0),
    (r"^\s*#+\s*(?:references|sources)\s*$", re.I | re.M),
]
TEXT = "A blood test: 4.5 mg of IRON-rich food.\n## References\n"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(datacache.ENV, str(tmp_path / "cache"))
    datacache.disable(save_first=False)
    yield tmp_path / "cache"
    datacache.disable(save_first=False)


def _behaviour(pattern):
    subject = TEXT.encode() if isinstance(pattern.pattern, bytes) else TEXT
    return (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex),
            [(m.span(), m.groups()) for m in pattern.finditer(subject)])


def _compile_all():
    re.purge()  # past re's own in-process cache, to the compiler
    return [re.compile(p, f) for p, f in PATTERNS]


def test_patterns_from_the_cache_behave_as_freshly_compiled_ones(cache_dir):
    fresh = [_behaviour(p) for p in _compile_all()]
    datacache.enable()
    first = _compile_all()  # compiled by the hook, then stored
    datacache.save(force=True)
    datacache.disable()
    assert list(cache_dir.iterdir()), "the cache file was written"
    datacache.enable()
    assert all((p, f) in datacache._state.patterns for p, f in PATTERNS)
    cached = _compile_all()  # built from the stored code
    assert [_behaviour(p) for p in first] == fresh
    assert [_behaviour(p) for p in cached] == fresh


def test_a_corrupt_entry_or_file_is_rebuilt(cache_dir):
    datacache.enable()
    _compile_all()
    key = PATTERNS[0]
    datacache._state.patterns[key] = (0, [1, 2, 3], 0, {}, ())  # code the regex engine rejects
    assert _behaviour(_compile_all()[0]) == _behaviour(re.compile(*key))
    datacache.disable(save_first=False)
    cache_dir.mkdir(parents=True, exist_ok=True)
    datacache.cache_file().write_bytes(b"not a marshal file")
    datacache.enable()
    assert datacache._state.patterns == {}
    assert [_behaviour(p) for p in _compile_all()][1][4]  # still matches


def test_a_changed_toml_file_is_read_again(cache_dir, tmp_path):
    data = tmp_path / "words.toml"
    data.write_text('terms = ["cure"]\n')
    datacache.enable()
    assert datacache.load_toml(data) == {"terms": ["cure"]}
    datacache.save(force=True)
    datacache.disable()
    datacache.enable()
    assert str(data) in datacache._state.toml  # kept between runs
    data.write_text('terms = ["cure", "miracle"]\n')  # another size: another file
    assert datacache.load_toml(data) == {"terms": ["cure", "miracle"]}


def test_off_means_no_file_and_no_regex_hook(monkeypatch, tmp_path):
    monkeypatch.setenv(datacache.ENV, "off")
    datacache.disable(save_first=False)
    from re import _compiler

    original = _compiler.compile
    datacache.enable()
    try:
        assert datacache.cache_file() is None
        assert _compiler.compile is original
        assert datacache.load_toml(_write(tmp_path / "a.toml", "x = 1\n")) == {"x": 1}
    finally:
        datacache.disable(save_first=False)


def _write(path, text):
    path.write_text(text)
    return path


def test_the_command_line_gives_the_same_output_with_a_cold_and_a_warm_cache(tmp_path):
    article = tmp_path / "note.md"
    article.write_text("# Iron\n\nThis miracle supplement cures fatigue in 100% of people.\n")
    outputs = []
    for setting in ("off", str(tmp_path / "cache"), str(tmp_path / "cache")):  # none, cold, warm
        done = subprocess.run([sys.executable, "-m", "lint_med", "check", "--isolated", "--no-cache", "-o", "json",
                               str(article)], capture_output=True, text=True,
                              env={**_env(), datacache.ENV: setting}, timeout=60)
        assert done.returncode in (0, 1), done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert '"code"' in outputs[0]  # there are findings to compare
    assert list((tmp_path / "cache").iterdir())


def _env():
    import os

    return {k: v for k, v in os.environ.items() if k != datacache.ENV}
