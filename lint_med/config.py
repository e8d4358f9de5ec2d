"""Configuration: ``[tool.lint-med]`` in pyproject.toml, or lint-med.toml.

The nearest file above each linted file wins; ``--config`` names one file for
all, ``--isolated`` ignores them all. Every value remembers where it came from
(``lint-med config`` prints it). Unknown keys and wrong types are errors.
"""

from __future__ import annotations

import fnmatch
import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .datacache import load_toml
from .rules import SEVERITIES, Rule, is_selected, selector_is_known, selector_matches

DEFAULT_INCLUDE = ("*.html", "*.htm", "*.xhtml", "*.md", "*.markdown", "*.txt")
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", "build", "dist")
DEFAULT_MAX_FILE_SIZE = 10_000_000
DEFAULT_TIME_LIMIT = 120.0  # seconds per file: far above any real article (benchmarks/bigfile.py)
FAIL_LEVELS = ("error", "warning", "info", "never")


class ConfigError(Exception):
    """A configuration value that is wrong; the message names the file and key."""


@dataclass
class Config:
    """Settings for the files under one configuration file."""

    path: Path | None = None  # the file these settings came from (None: defaults)
    select: list[str] = field(default_factory=lambda: ["ALL"])
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)  # per-rule options by code or name
    packs: dict[str, dict[str, Any]] = field(default_factory=dict)
    content_selector: str | None = None
    plugins: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    format_in: dict[str, str] = field(default_factory=dict)  # glob -> input format
    fail_on: str = "error"
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    cache_dir: str | None = None  # the result cache's directory, relative to this file
    time_limit: float = DEFAULT_TIME_LIMIT  # seconds to lint one file; 0: no limit
    origins: dict[str, str] = field(default_factory=dict)  # key -> where its value came from

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def pack_options(self, pack: str) -> dict[str, Any]:
        return self.packs.get(pack, {})

    def pack_enabled(self, pack: str) -> bool:
        return self.pack_options(pack).get("enabled", True) is not False

    def rule_enabled(self, rule: Rule, path: str | None = None) -> bool:
        if not self.pack_enabled(rule.pack):
            return False
        ignore = list(self.ignore)
        if path is not None:
            ignore += self.ignores_for(path)
        return is_selected(rule, [*self.select, *self.extend_select], ignore)

    def ignores_for(self, path: str) -> list[str]:
        if not self.per_file_ignores:
            return []
        relative = _relative(path, self.root)
        return [code for pattern, codes in self.per_file_ignores.items()
                if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(path).name, pattern)
                for code in codes]

    def severity_of(self, rule: Rule) -> str:
        best, severity = 0, rule.severity
        for selector, value in self.severity.items():
            score = selector_matches(selector, rule)
            if score > best:
                best, severity = score, value
        return severity

    def options_for(self, rule: Rule) -> dict[str, Any]:
        return {**rule.defaults(), **self.rules.get(rule.code, {}), **self.rules.get(rule.name, {})}

    def input_format_for(self, path: str) -> str | None:
        relative = _relative(path, self.root)
        for pattern, name in self.format_in.items():
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(path).name, pattern):
                return name
        return None

    def is_excluded(self, path: Path) -> bool:
        relative = _relative(str(path), self.root)
        parts = Path(relative).parts
        return any(fnmatch.fnmatch(relative, p) or any(fnmatch.fnmatch(part, p) for part in parts)
                   for p in self.exclude)

    def is_included(self, path: Path) -> bool:
        return any(fnmatch.fnmatch(path.name, pattern) for pattern in self.include)

    def check(self, rules: dict[str, Rule], formats: set[str]) -> None:
        """Raise ConfigError for rule selectors, options or formats that name nothing."""
        where = str(self.path) if self.path else "command line"
        listed = [("select", self.select), ("extend-select", self.extend_select), ("ignore", self.ignore),
                  *((f"per-file-ignores.{k!r}", v) for k, v in self.per_file_ignores.items()),
                  ("severity", list(self.severity))]
        for key, selectors in listed:
            for selector in selectors:
                if not selector_is_known(selector, rules.values()):
                    raise ConfigError(f"{where}: {key}: {selector!r} is no rule code, code prefix, rule name "
                                      "or category (see `lint-med rules`)")
        by_name = {r.name: r for r in rules.values()}
        for key, options in self.rules.items():
            rule = rules.get(key) or by_name.get(key)
            if rule is None:
                raise ConfigError(f"{where}: rules.{key}: no rule has this code or name")
            for option, value in options.items():
                if option not in rule.options:
                    known = ", ".join(rule.options) or "none"
                    raise ConfigError(f"{where}: rules.{key}.{option}: unknown option (known: {known})")
                _check_type(where, f"rules.{key}.{option}", value, rule.options[option].default)
        for pattern, name in self.format_in.items():
            if name not in formats:
                raise ConfigError(f"{where}: format-in.{pattern!r}: unknown input format {name!r}")


@functools.lru_cache(maxsize=4096)  # resolving touches the file system; the engine asks once per rule per file
def _relative(path: str, root: Path) -> str:
    try:
        # realpath, not Path.resolve: a symbolic link loop makes resolve raise (RuntimeError before 3.13)
        return Path(os.path.realpath(path)).relative_to(os.path.realpath(root)).as_posix()
    except ValueError:
        return Path(path).as_posix()


# key in the file -> (attribute, expected type, element type)
_KEYS: dict[str, tuple[str, type, type | None]] = {
    "select": ("select", list, str),
    "extend-select": ("extend_select", list, str),
    "ignore": ("ignore", list, str),
    "per-file-ignores": ("per_file_ignores", dict, list),
    "severity": ("severity", dict, str),
    "rules": ("rules", dict, dict),
    "packs": ("packs", dict, dict),
    "content-selector": ("content_selector", str, None),
    "plugins": ("plugins", list, str),
    "include": ("include", list, str),
    "exclude": ("exclude", list, str),
    "extend-exclude": ("exclude", list, str),
    "format-in": ("format_in", dict, str),
    "fail-on": ("fail_on", str, None),
    "max-file-size": ("max_file_size", int, None),
    "cache-dir": ("cache_dir", str, None),
    "time-limit": ("time_limit", float, None),
}


def _check_type(where: str, key: str, value: Any, expected: Any) -> None:
    kind = expected if isinstance(expected, type) else type(expected)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return
    if kind is tuple:
        kind = list
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(f"{where}: {key}: expected {_type_name(kind)}, got {_type_name(type(value))} {value!r}")


def _type_name(kind: type) -> str:
    return {str: "a string", list: "a list", dict: "a table", int: "an integer", float: "a number",
            bool: "true or false"}.get(kind, kind.__name__)


def parse_table(table: dict[str, Any], path: Path | None, base: Config | None = None) -> Config:
    """Build a Config from a ``[tool.lint-med]`` table, checking keys and types."""
    config = Config(path=path) if base is None else base
    where = str(path) if path else "command line"
    for key, value in table.items():
        if key not in _KEYS:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(sorted(_KEYS))})")
        attribute, kind, element = _KEYS[key]
        _check_type(where, key, value, kind)
        if element is not None:
            items = value.values() if isinstance(value, dict) else value
            for item in items:
                _check_type(where, key, item, element)
        if key == "extend-exclude":
            value = [*config.exclude, *value]
        if key == "plugins" and path is not None:
            value = [str((path.parent / p).resolve()) for p in value]
        setattr(config, attribute, value)
        config.origins[key] = where
    if config.fail_on not in FAIL_LEVELS:
        raise ConfigError(f"{where}: fail-on: {config.fail_on!r} is not one of {', '.join(FAIL_LEVELS)}")
    for selector, severity in config.severity.items():
        if severity not in SEVERITIES:
            raise ConfigError(f"{where}: severity.{selector}: {severity!r} is not one of {', '.join(SEVERITIES)}")
    for pack, options in config.packs.items():
        if "enabled" in options:
            _check_type(where, f"packs.{pack}.enabled", options["enabled"], bool)
    if config.max_file_size <= 0:
        raise ConfigError(f"{where}: max-file-size: must be a positive number of bytes")
    if config.time_limit < 0:
        raise ConfigError(f"{where}: time-limit: must be 0 (no limit) or a positive number of seconds")
    return config


def read_file(path: Path) -> Config:
    """Read one configuration file (pyproject.toml or lint-med.toml)."""
    try:
        data = load_toml(path)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from exc
    except ValueError as exc:  # tomllib.TOMLDecodeError
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    table = data.get("tool", {}).get("lint-med", {}) if path.name == "pyproject.toml" else data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.lint-med] must be a table")
    return parse_table(table, path)


@functools.lru_cache(maxsize=None)
def find_config_file(directory: Path) -> Path | None:
    """The nearest lint-med.toml, or pyproject.toml with a [tool.lint-med] table."""
    for folder in (directory, *directory.parents):
        candidate = folder / "lint-med.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and _has_lint_med_table(candidate):
            return candidate
    return None


def _has_lint_med_table(path: Path) -> bool:
    try:
        return "lint-med" in load_toml(path).get("tool", {})
    except (OSError, ValueError):
        return False
