"""A cache of what every start rebuilds: parsed TOML data files and compiled regular expressions.

Linting one small file (a pre-commit hook) used to spend more time building the same
things on every start than linting: parsing the packs' TOML word lists and compiling
several hundred regular expressions (the rules' phrase lists, and the patterns that
markdown-it and PyYAML compile on import). The command line keeps them in one file in
the user cache directory (``$XDG_CACHE_HOME/lint-med``, ``~/Library/Caches/lint-med``,
``%LOCALAPPDATA%\\lint-med\\Cache``), named after the lint-med and Python versions.

The cache is never needed for correctness. A TOML entry is used only while the file's
bytes are those it was parsed from; a regular expression is keyed by its own
text and flags, and its compiled form is checked by the regex engine when loaded. A
missing, unreadable or corrupt cache file is ignored and everything is built in memory;
the file is written to a temporary name and renamed over the old one, so concurrent
runs never read half a file (the last writer wins).

``LINT_MED_DATA_CACHE=off`` disables it (``--no-cache`` is for results only); ``LINT_MED_DATA_CACHE=DIR``
puts it in DIR. Only the command line turns it on (:func:`enable`): the library API
leaves the process's ``re`` module alone. The core pack keeps one file of its own in the
same directory (LM101's word hashes, `lint_med_core._other_language`), under the same switch.
"""

from __future__ import annotations

import marshal
import os
import sys
import time
from pathlib import Path

from . import __version__

ENV = "LINT_MED_DATA_CACHE"
# Bounds on what the file keeps: patterns built from documents, and configuration files of
# every project linted, must not grow it without end. Past a bound, that part starts over.
MAX_PATTERNS = 5000
MAX_TOML_FILES = 500
# Write the file only when building what it lacked took this long: writing costs a few
# milliseconds, and some libraries build a pattern whose text differs on every run
# (markdown-it-py joins a set of characters), which must not cause a write every time.
SAVE_AFTER_SECONDS = 0.005


class _State:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.toml: dict[str, tuple[bytes, dict]] = {}  # path -> (its bytes, parsed)
        self.patterns: dict[tuple, tuple] = {}
        self.rebuild_seconds = 0.0  # time spent building what the file lacked
        self.original_compile = None


_state: _State | None = None


def cache_dir() -> Path | None:
    """The directory of the cache file, or None when the cache is off."""
    setting = os.environ.get(ENV)
    if setting is not None:
        return None if setting.strip().lower() in ("", "0", "off", "false", "no") else Path(setting)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base, "lint-med", "Cache")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "lint-med"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "lint-med")


def cache_file() -> Path | None:
    directory = cache_dir()
    if directory is None:
        return None
    python = f"{sys.implementation.cache_tag}-{sys.version_info.releaselevel}{sys.version_info.serial}"
    return directory / f"data-{__version__}-{python}.marshal"


def enable() -> None:
    """Use the cache in this process: read the file and route regex compilation through it."""
    global _state
    if _state is not None:
        return
    _state = _State(cache_file())
    if _state.path is None:
        return
    try:
        stored = marshal.loads(_state.path.read_bytes())
        if stored.get("python") == sys.version:
            _state.toml = dict(stored["toml"])
            _state.patterns = dict(stored["patterns"])
    except Exception:  # missing, unreadable or corrupt: start empty
        pass
    _install_regex_hook(_state)


def disable(save_first: bool = True) -> None:
    """Write what is new (if asked) and stop using the cache."""
    global _state
    if _state is None:
        return
    if save_first:
        save()
    if _state.original_compile is not None:
        _compiler_module().compile = _state.original_compile
    _state = None


def save(force: bool = False) -> None:
    """Write the cache file if this run built enough that it lacked (or ``force``);
    any failure leaves the old file."""
    state = _state
    if state is None or state.path is None or (state.rebuild_seconds < SAVE_AFTER_SECONDS and not force):
        return
    if len(state.patterns) > MAX_PATTERNS:
        state.patterns.clear()  # rebuilt from the patterns the next runs compile
    if len(state.toml) > MAX_TOML_FILES:
        state.toml.clear()
    try:
        write_atomically(state.path, marshal.dumps({"python": sys.version, "toml": state.toml,
                                                    "patterns": state.patterns}))
        state.rebuild_seconds = 0.0
    except (OSError, ValueError):  # read-only home, full disk, unmarshallable value
        pass


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it over ``path``: concurrent
    runs never read half a file. Raises OSError."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".data-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


# -- TOML ------------------------------------------------------------------------


def load_toml(path: str | os.PathLike) -> dict:
    """The parsed TOML file (raises OSError, or ValueError for invalid TOML); from the cache
    when the file's bytes are those cached."""
    with open(path, "rb") as handle:
        raw = handle.read()
    state = _state
    key = os.fspath(path)
    cached = state.toml.get(key) if state is not None and state.path is not None else None
    if cached is not None and cached[0] == raw:
        return cached[1]
    started = time.perf_counter()
    data = _parse_toml(raw)
    if state is not None and state.path is not None:
        try:
            marshal.dumps(data)  # dates and times are not marshallable: such a file is parsed each time
        except ValueError:
            return data
        state.toml[key] = (raw, data)
        state.rebuild_seconds += time.perf_counter() - started
    return data


def _parse_toml(raw: bytes) -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib.loads(raw.decode("utf-8"))  # what tomllib.load does


# -- regular expressions ----------------------------------------------------------------
#
# re.compile parses a pattern and generates the regex engine's code in Python; the engine
# (_sre) then builds the pattern object from that code, checking it. For the several
# hundred patterns a run compiles, the parsing and code generation cost tens of
# milliseconds; the code is a list of integers, cached here and handed straight to _sre.
# The steps below are those of CPython's own re compiler (unchanged from 3.10 to 3.13);
# on any other implementation, or any error, re compiles as usual.


def _compiler_module():
    if sys.version_info >= (3, 11):
        import re._compiler as compiler
    else:  # pragma: no cover
        import sre_compile as compiler
    return compiler


def _install_regex_hook(state: _State) -> None:
    if sys.implementation.name != "cpython":
        return
    import _sre

    compiler = _compiler_module()
    parse = compiler._parser.parse if hasattr(compiler, "_parser") else compiler.sre_parse.parse
    original = state.original_compile = compiler.compile
    generate, debug = compiler._code, compiler.SRE_FLAG_DEBUG

    def compile(pattern, flags=0):
        # exact types only: marshal stores no subclass (and a parsed pattern is no text)
        if type(pattern) not in (str, bytes) or type(flags) is not int or flags & debug:
            return original(pattern, flags)
        key = (pattern, flags)
        cached = state.patterns.get(key)
        if cached is not None:
            try:
                return _sre.compile(pattern, *cached)
            except Exception:  # a corrupt entry: compile it afresh
                pass
        started = time.perf_counter()
        try:
            parsed = parse(pattern, flags)
            code = list(map(int, generate(parsed, flags)))  # plain ints (opcodes are an int subclass)
            groupindex = dict(parsed.state.groupdict)
            indexgroup = [None] * parsed.state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            entry = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
            compiled = _sre.compile(pattern, *entry)
        except Exception:  # let re raise its own error (or compile a way this hook does not know)
            return original(pattern, flags)
        state.patterns[key] = entry
        state.rebuild_seconds += time.perf_counter() - started
        return compiled

    compiler.compile = compile
