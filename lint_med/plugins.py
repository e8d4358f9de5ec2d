"""The plugin manager: built-ins, installed packs and local plugin files."""

from __future__ import annotations

import functools
import importlib.util
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import Rule

import pluggy

from . import hookspecs

ENTRY_POINT_GROUP = "lint_med"
# Built-in parsers and formats are plugins too; the rule packs come through entry points.
DEFAULT_PLUGINS = ("lint_med.parsers", "lint_med.formats", "lint_med.meta_rules")


# Entry-point plugin name -> version of its distribution (for the result cache's key).
_VERSIONS: dict[str, str] = {}


class PluginError(Exception):
    """A plugin could not be loaded or registered something invalid."""


def get_plugin_manager(local_plugins: tuple[str, ...] = ()) -> pluggy.PluginManager:
    """Return the plugin manager with every plugin loaded (cached per plugin list).

    ``LINT_MED_LOAD_PLUGINS`` (comma-separated entry-point names) restricts
    which installed plugins load; set it empty to load none.
    """
    return _plugin_manager(tuple(local_plugins), os.environ.get("LINT_MED_LOAD_PLUGINS"))


@functools.lru_cache(maxsize=None)
def _plugin_manager(local_plugins: tuple[str, ...], allowed: str | None) -> pluggy.PluginManager:
    # Cached per plugin list and LINT_MED_LOAD_PLUGINS value, so a test can change the variable.
    pm = pluggy.PluginManager("lint_med")
    pm.add_hookspecs(hookspecs)
    for name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    for entry_point in _entry_points() if allowed != "" else ():
        if allowed is not None and entry_point.name not in allowed.split(","):
            continue
        if pm.has_plugin(entry_point.name):
            continue
        try:
            plugin = entry_point.load()
        except Exception as exc:  # a broken third-party pack must not stop the run
            raise PluginError(f"cannot load plugin {entry_point.name!r} ({entry_point.value}): {exc}") from exc
        pm.register(plugin, name=entry_point.name)
        _VERSIONS[entry_point.name] = entry_point.version
    for path in local_plugins:
        pm.register(_load_file(path), name=Path(path).stem)
    pm.check_pending()
    return pm


class EntryPoint:
    """An installed ``lint_med`` entry point: ``name = module[:attribute]``, and the version
    of the distribution that declares it."""

    def __init__(self, name: str, value: str, version: str = "") -> None:
        self.name, self.value, self.version = name, value, version

    def load(self):
        module, _, attribute = self.value.partition(":")
        loaded = importlib.import_module(module.strip())
        for part in filter(None, attribute.strip().split(".")):
            loaded = getattr(loaded, part)
        return loaded

    def __repr__(self) -> str:
        return f"EntryPoint({self.name!r}, {self.value!r})"


def _entry_points() -> list[EntryPoint]:
    """The ``lint_med`` entry points of the distributions on sys.path, sorted by name.

    Reads ``*.dist-info/entry_points.txt`` (and ``*.egg-info``) directly: the same
    files importlib.metadata reads, without its import cost (a sixth of the start-up
    time of linting one small file). The first distribution of a name on sys.path
    wins, as with importlib.metadata.
    """
    found: dict[str, EntryPoint] = {}
    seen_dists: set[str] = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue  # a zip file or a missing directory
        for name in sorted(names):
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            dist = name.rsplit("-", 1)[0] if name.endswith(".dist-info") else name[: -len(".egg-info")]
            dist = dist.split("-")[0].lower().replace("_", "-").replace(".", "-")
            if dist in seen_dists:
                continue
            seen_dists.add(dist)
            folder = os.path.join(entry or ".", name)
            for ep_name, value in _read_group(os.path.join(folder, "entry_points.txt")):
                found.setdefault(ep_name, EntryPoint(ep_name, value, _version(folder)))
    return sorted(found.values(), key=lambda ep: ep.name)


def _version(folder: str) -> str:
    """The version in a distribution's metadata (``Version:`` of METADATA or PKG-INFO)."""
    for metadata in ("METADATA", "PKG-INFO"):
        try:
            with open(os.path.join(folder, metadata), encoding="utf-8") as handle:
                for line in handle:
                    if line.startswith("Version:"):
                        return line.split(":", 1)[1].strip()
                    if not line.strip():  # the headers end at the first blank line
                        break
        except OSError:
            continue
    return ""


def _read_group(path: str) -> list[tuple[str, str]]:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError:
        return []
    entries, in_group = [], False
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            in_group = line.strip("[] ") == ENTRY_POINT_GROUP
        elif in_group and "=" in line:
            name, value = line.split("=", 1)
            entries.append((name.strip(), value.strip()))
    return entries


def _load_file(path: str):
    spec = importlib.util.spec_from_file_location(f"lint_med_local_{Path(path).stem}", path)
    if spec is None or spec.loader is None:
        raise PluginError(f"cannot load plugin file {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise PluginError(f"cannot load plugin file {path}: {exc}") from exc
    return module


def call_register_hook(pm: pluggy.PluginManager, hook_name: str, register) -> None:
    """Call a ``register`` hook so that ``register`` learns which plugin calls it."""
    hook = getattr(pm.hook, hook_name)
    for impl in reversed(hook.get_hookimpls()):
        impl.function(register=functools.partial(register, plugin=impl.plugin_name))


class Registry:
    """What the loaded plugins registered: rules, input formats and output formats."""

    def __init__(self, pm: pluggy.PluginManager) -> None:
        self.pm = pm
        self.rules: dict[str, "Rule"] = {}
        self.parsers: dict[str, object] = {}
        self.formats: dict[str, object] = {}
        self.vocabulary: dict[str, tuple[str, ...]] = {}
        call_register_hook(pm, "lint_med_register_rules", self._add_rule)
        call_register_hook(pm, "lint_med_register_vocabulary", self._add_vocabulary)
        call_register_hook(pm, "lint_med_register_parsers", self._add_parser)
        call_register_hook(pm, "lint_med_register_formats", self._add_format)
        self.rules = dict(sorted(self.rules.items()))

    def _add_rule(self, rule, plugin: str) -> None:
        from .rules import validate_rule

        problems = validate_rule(rule)
        if problems:
            raise PluginError(f"plugin {plugin!r}: rule {rule.code}: {'; '.join(problems)}")
        for other in self.rules.values():
            if rule.code == other.code or rule.name == other.name:
                raise PluginError(f"plugin {plugin!r}: rule {rule.code} ({rule.name}) clashes with "
                                  f"{other.code} ({other.name}) from plugin {other.pack!r}")
        rule.pack = rule.pack or plugin
        self.rules[rule.code] = rule

    def _add_vocabulary(self, subject: str, terms, plugin: str) -> None:
        merged = dict.fromkeys((*self.vocabulary.get(subject.lower(), ()), *(t.lower() for t in terms)))
        self.vocabulary[subject.lower()] = tuple(merged)

    def _add_parser(self, input_format, plugin: str) -> None:
        self.parsers[input_format.name] = input_format

    def _add_format(self, name: str, render, plugin: str) -> None:
        self.formats[name] = render

    def plugin_versions(self) -> dict[str, str]:
        """Every loaded plugin's name, and its distribution's version when it was installed."""
        return {name: _VERSIONS.get(name, "") for name, _ in self.pm.list_name_plugin()}

    def source_paths(self) -> list[Path]:
        """The files of lint-med and of each plugin's package (or module): what the code and data are."""
        paths = {Path(__file__).resolve().parent}
        for _, plugin in self.pm.list_name_plugin():  # a module, or an object defined in one
            module = plugin if hasattr(plugin, "__file__") else sys.modules.get(getattr(plugin, "__module__", ""))
            package = getattr(module, "__path__", None)
            if package:
                paths.update(Path(p) for p in package)
            elif getattr(module, "__file__", None):
                paths.add(Path(module.__file__))
        return sorted(paths)

    def rule(self, code_or_name: str):
        return self.rules.get(code_or_name) or next(
            (r for r in self.rules.values() if r.name == code_or_name), None)

    def parser_for(self, path: str, source: str, forced: str | None = None):
        if forced:
            return self.parsers[forced]
        suffix = Path(path).suffix.lower()
        for parser in self.parsers.values():
            if suffix in parser.extensions:
                return parser
        for parser in sorted(self.parsers.values(), key=lambda p: -p.priority):
            if parser.sniff and parser.sniff(source):
                return parser
        return self.parsers.get("text")


def load_registry(local_plugins: tuple[str, ...] = ()) -> Registry:
    return _registry(tuple(local_plugins), os.environ.get("LINT_MED_LOAD_PLUGINS"))


@functools.lru_cache(maxsize=None)
def _registry(local_plugins: tuple[str, ...], allowed: str | None) -> Registry:
    return Registry(_plugin_manager(local_plugins, allowed))
