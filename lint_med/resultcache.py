"""Results per file, kept between runs: re-linting an unchanged file costs a hash and a read.

An entry is keyed by a SHA-256 of:

- the file's path (findings name it; per-file settings depend on it) and its text;
- the effective configuration (every setting, serialised as sorted JSON, and the input
  format forced on the command line);
- the code that produced the findings: lint-med's version, each loaded plugin's name and
  version, the rule set (codes, names, severities), and the bytes of every file of
  lint-med and of each plugin's package (so an edited rule or word list, or a development
  checkout, never serves stale results), and of any file or directory that a pack's or
  rule's settings name (e.g. a drug pack's extra ``paths``). Those files are hashed again
  only when their size or modification time changes (see ResultCache._files_digest).

Entries live in ``.lint-med-cache/`` beside the configuration file (else in the current
directory), or the configured ``cache-dir``, with a ``.gitignore`` that ignores it all.
Each is written to a temporary file and renamed into place, so concurrent runs never read
half an entry; an unreadable or corrupt entry is a miss and is rewritten. ``--no-cache``
neither reads nor writes. Nothing is ever deleted: remove the directory to reclaim space.
"""

from __future__ import annotations

import marshal
import os
import time
from pathlib import Path

from . import __version__
from .rules import Finding, finding_values

DEFAULT_DIR = ".lint-med-cache"
_GITIGNORE = "# Created by lint-med: its per-file result cache.\n*\n"
_CACHEDIR_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# lint-med's result cache (https://bford.info/cachedir/)\n"


def default_directory(config) -> Path:
    """``cache-dir`` (relative to the configuration file), else ``.lint-med-cache`` beside it or in the cwd."""
    if config.cache_dir:
        return config.root / config.cache_dir
    return config.root / DEFAULT_DIR


class ResultCache:
    """Reads and writes the entries of one cache directory."""

    def __init__(self, directory: str | os.PathLike) -> None:
        self.directory = Path(directory)
        self._entries = self.directory / __version__
        self._prepared = False
        self._fingerprints: dict[int, tuple[object, str]] = {}

    def key(self, path: str, text: str, config, registry, input_format: str | None) -> str:
        digest = _sha256(self._fingerprint(config, registry, input_format).encode())
        digest.update(b"\0" + path.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get(self, key: str):
        """The cached FileResult fields ``(findings, error)``, or None."""
        try:
            with open(self._entries / key[:2] / key, "rb") as handle:
                stored = marshal.load(handle)
            findings = [Finding(*values) for values in stored["findings"]]
            return findings, stored["error"]
        except Exception:  # missing, unreadable, corrupt or from another layout: a miss
            return None

    def put(self, key: str, findings: list[Finding], error: str | None) -> None:
        """Store an entry; a failure to write (read-only disk, full disk) only costs the next run."""
        try:
            data = marshal.dumps({"findings": list(map(finding_values, findings)),
                                  "error": error})
            self._prepare()
            folder = self._entries / key[:2]
            folder.mkdir(exist_ok=True)
            temporary = folder / f".{key}.{os.getpid()}.tmp"
            with open(temporary, "wb") as handle:
                handle.write(data)
            os.replace(temporary, folder / key)
        except (OSError, ValueError):
            pass

    def _prepare(self) -> None:
        if self._prepared:
            return
        self._entries.mkdir(parents=True, exist_ok=True)
        for name, text in ((".gitignore", _GITIGNORE), ("CACHEDIR.TAG", _CACHEDIR_TAG)):
            marker = self.directory / name
            if not marker.exists():
                marker.write_text(text, encoding="utf-8")
        self._prepared = True

    def _files_digest(self, roots: list[Path]) -> str:
        """A digest of the bytes of every file under the roots, named relative to its root.

        A file is read and hashed again only when its size or modification time differs
        from what ``files.marshal`` (in the cache directory) recorded: a fresh install (CI)
        gives every file a new time but the same bytes, and so the same digest. A file
        modified within two seconds of being recorded is hashed on every run (a coarse
        file-system clock could hide a second edit), as git does with its index.
        """
        index_path = self._entries / "files.marshal"
        try:
            index = marshal.loads(index_path.read_bytes())
        except Exception:  # missing or corrupt: hash everything
            index = {}
        now, changed = time.time_ns(), False
        digest = _sha256(b"")
        for name, path, size, mtime in _files_state(roots):
            known = index.get(path)
            if known is None or known[:2] != (size, mtime) or not known[3]:
                try:
                    with open(path, "rb") as handle:
                        content = _sha256(handle.read()).digest()
                except OSError:
                    continue
                known = index[path] = (size, mtime, content, mtime < now - 2_000_000_000)
                changed = True
            digest.update(name.encode("utf-8", "surrogatepass") + b"\0" + known[2])
        if changed:
            try:
                self._prepare()
                temporary = index_path.with_name(f".files.{os.getpid()}.tmp")
                temporary.write_bytes(marshal.dumps(index))
                os.replace(temporary, index_path)
            except (OSError, ValueError):
                pass
        return digest.hexdigest()

    def _fingerprint(self, config, registry, input_format: str | None) -> str:
        """Everything but the file that decides its findings, as one string (computed once per configuration)."""
        cached = self._fingerprints.get(id(config))
        if cached is not None and cached[0] is config:
            return cached[1]
        settings = {name: value for name, value in vars(config).items() if name != "origins"}
        rules = [(r.code, r.name, r.severity, r.category, r.pack) for r in registry.rules.values()]
        code = {"lint-med": __version__, "plugins": registry.plugin_versions(), "rules": rules,
                "files": self._files_digest(registry.source_paths() + _named_paths(config))}
        text = repr(_canonical({"settings": settings, "format": input_format, "code": code}))
        self._fingerprints[id(config)] = (config, text)
        return text


def _sha256(data: bytes):
    # CPython's own SHA-256 module: importing hashlib loads OpenSSL first (2 ms of a
    # pre-commit run); the digests are the same
    try:
        from _sha2 import sha256  # Python 3.12+
    except ImportError:
        try:
            from _sha256 import sha256  # Python 3.10, 3.11
        except ImportError:
            from hashlib import sha256
    return sha256(data)


def _canonical(value):
    """A stable form of settings for repr(): tables sorted by key, lists as tuples, the rest as text."""
    if isinstance(value, dict):
        return tuple(sorted((str(key), _canonical(item)) for key, item in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(map(_canonical, value))
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)  # a Path; an object a plugin put in the configuration


def _named_paths(config) -> list[Path]:
    """Files and directories that packs' and rules' settings name (relative to the configuration file)."""
    found = []
    for table in (*config.packs.values(), *config.rules.values()):
        for value in table.values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str) and ("/" in item or "\\" in item or item.endswith(".toml")):
                    path = config.root / item
                    if path.exists():
                        found.append(path)
    return found


def _files_state(roots: list[Path]) -> list[tuple[str, str, int, int]]:
    """(name, path, size, mtime) of every file under the roots (a root may be a single
    file); the name is the path relative to the root's parent ("lint_med/rules.py")."""
    state: list[tuple[str, str, int, int]] = []
    walked: list[str] = []
    for root in sorted(set(map(str, roots))):
        if any(root.startswith(folder + os.sep) for folder in walked):
            continue  # inside a directory already walked (lint_med/parsers in lint_med)
        parent = os.path.dirname(root)
        if os.path.isfile(root):
            paths = [root]
        else:
            walked.append(root)
            paths = []
            for folder, dirs, names in os.walk(root):
                dirs[:] = sorted(d for d in dirs if d != "__pycache__")
                paths.extend(os.path.join(folder, name) for name in sorted(names))
        for path in paths:
            try:
                stat = os.stat(path)
            except OSError:
                continue
            state.append((os.path.relpath(path, parent).replace(os.sep, "/"), path, stat.st_size, stat.st_mtime_ns))
    return state
