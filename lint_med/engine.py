"""Run the selected rules on files and turn their hits into findings."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import os
import re
import signal
import stat
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from . import __version__
from .config import Config, ConfigError, find_config_file, parse_table, read_file
# Reading and decoding live in .decoding; these names stay importable from here.
from .decoding import STDIN, Decoded, InputError, decode, decode_bytes, read_decoded, read_source  # noqa: F401
from .document import Block, Document
from .findings import make_finding
from .plugins import Registry, load_registry
from .rules import SEVERITIES, Finding, Hit, Rule, selector_matches
from .suppressions import apply_suppressions


class ParseError(Exception):
    """A parser failed on a text: the message says so in one line."""


class FileTimeout(BaseException):
    """Linting one file took longer than ``time-limit``.

    A BaseException, so that the engine's guards around each rule and parser (which catch
    Exception) let it through to the file's own guard.
    """


@contextlib.contextmanager
def time_limit(seconds: float):
    """Raise FileTimeout in the block after ``seconds`` (0: no limit).

    Uses SIGALRM, which interrupts Python code and a running regular expression alike;
    where there is none (Windows) or outside the main thread, there is no limit.
    """
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise FileTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class FileResult:
    """What linting one file produced."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None  # why the file could not be linted
    notice: str | None = None  # why it was skipped (empty file)
    # The article's text as linted, for formats that show it (html); None unless the Linter keeps it.
    document: Document | None = None
    decoding: str | None = None  # how the file was decoded, when by guess or with bytes replaced
    timed_out: bool = False  # not linted within the configured time-limit


@dataclass
class Report:
    """Everything one run found; what output formats render."""

    files: list[FileResult]
    rules: dict[str, Rule]
    fail_on: str = "error"
    version: str = __version__
    color: bool = False  # text output: ANSI colours
    statistics: bool = False  # text output: counts per rule instead of findings

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.files for f in result.findings]

    @property
    def errors(self) -> list[FileResult]:
        return [r for r in self.files if r.error]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(SEVERITIES, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    def failed(self) -> bool:
        if self.fail_on == "never":
            return False
        level = SEVERITIES.index(self.fail_on)
        return any(SEVERITIES.index(f.severity) >= level for f in self.findings)

    def exit_code(self) -> int:
        if self.errors or any(f.category == "internal" for f in self.findings):
            return 2
        return 1 if self.failed() else 0


@dataclass(frozen=True)
class Overrides:
    """Settings from the command line, applied over every configuration file."""

    config_file: str | None = None
    isolated: bool = False
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    format_in: str | None = None
    content_selector: str | None = None


class Linter:
    """Lints files with the configuration that applies to each."""

    def __init__(self, overrides: Overrides = Overrides(), cache=None) -> None:
        self.overrides = overrides
        self.cache = cache  # a lint_med.resultcache.ResultCache, used by lint_path
        self._configs: dict[Path | None, Config] = {}
        # Directories that could not be listed while expanding paths: path -> one-line reason.
        self.unreadable: dict[str, str] = {}
        # Keep each file's text in its FileResult (see text_of), for formats that show the article.
        self.keep_documents = False

    # -- configuration ---------------------------------------------------------

    def config_for(self, path: str | Path) -> Config:
        """The configuration for a file (or directory), with command-line overrides applied."""
        o = self.overrides
        if o.isolated:
            config_path = None
        elif o.config_file:
            config_path = Path(o.config_file).resolve()
        else:
            start = Path.cwd() if str(path) == STDIN else Path(os.path.realpath(path))  # a link loop too
            config_path = find_config_file(start if start.is_dir() else start.parent)
        if config_path not in self._configs:
            config = read_file(config_path) if config_path else Config()
            self._configs[config_path] = self.prepare(config)
        return self._configs[config_path]

    def prepare(self, config: Config) -> Config:
        """Apply the command-line overrides to a config, check it against the registry, let packs validate it."""
        o = self.overrides
        table: dict = {}
        if o.select is not None:
            table["select"] = list(o.select)
        if o.extend_select:
            table["extend-select"] = [*config.extend_select, *o.extend_select]
        if o.ignore:
            table["ignore"] = [*config.ignore, *o.ignore]
        if o.fail_on:
            table["fail-on"] = o.fail_on
        if o.content_selector:
            table["content-selector"] = o.content_selector
        config = parse_table(table, None, dataclasses.replace(config, origins=dict(config.origins)))
        registry = self.registry(config)
        config.check(registry.rules, set(registry.parsers))
        if o.format_in and o.format_in not in registry.parsers:
            raise ConfigError(f"--format-in: unknown input format {o.format_in!r} "
                              f"(known: {', '.join(registry.parsers)})")
        registry.pm.hook.lint_med_configure(config=config)
        return config

    def registry(self, config: Config) -> Registry:
        return load_registry(tuple(config.plugins))

    # -- linting -----------------------------------------------------------------

    def lint_path(self, path: str) -> FileResult:
        """Lint one file; never raises for a bad file."""
        if path in self.unreadable:
            return FileResult(path, error=self.unreadable[path])
        try:
            config = self.config_for(path)
            source, decoding = read_decoded(path, config.max_file_size)
        except InputError as exc:
            return FileResult(path, error=str(exc))
        if not source.strip():
            return FileResult(path, notice="skipped: the file is empty")
        if self.cache is None or self.keep_documents:  # a cached result has no document to show
            return self.lint_within_limit(source, path, config, decoding)
        key = self.cache.key(path, source, config, self.registry(config), self.overrides.format_in)
        cached = self.cache.get(key)
        if cached is not None:
            return FileResult(path, findings=cached[0], error=cached[1], decoding=decoding)
        result = self.lint_within_limit(source, path, config, decoding)
        if not result.timed_out:  # a slow file may be linted in time on a less busy machine
            self.cache.put(key, result.findings, result.error)
        return result

    def lint_within_limit(self, source: str, path: str, config: Config, decoding: str | None) -> FileResult:
        """Lint decoded text under the configured time-limit (files and standard input alike)."""
        try:
            with time_limit(config.time_limit):
                return dataclasses.replace(self.lint_decoded(source, path, config), decoding=decoding)
        except FileTimeout:
            return FileResult(path, error=f"not linted: took longer than time-limit ({config.time_limit:g} s); "
                                          "raise time-limit in the configuration, or split the file",
                              timed_out=True)

    def lint_source(self, source: str, path: str, config: Config | None = None,
                    input_format: str | None = None) -> FileResult:
        """Lint a string from anywhere (the API, an editor): lone surrogates become U+FFFD first."""
        return self.lint_decoded(without_lone_surrogates(source), path, config, input_format)

    def lint_decoded(self, source: str, path: str, config: Config | None = None,
                     input_format: str | None = None) -> FileResult:
        """lint_source for text that the decoding module decoded, which holds no lone surrogate
        (a strict or replacing decoder never makes one): looking for them cost as much as a
        tenth of the parse."""
        with collector_paused():  # (back on once the document is freed, on return from _lint_decoded)
            return self._lint_decoded(source, path, config or self.config_for(path), input_format)

    def _lint_decoded(self, source: str, path: str, config: Config, input_format: str | None) -> FileResult:
        try:
            doc = self.parse(source, path, config, input_format)
        except ParseError as exc:  # a parser bug or malformed input: one line, go on
            return FileResult(path, error=str(exc))
        findings = lint_document(doc, self.registry(config), config)
        kept = text_of(doc) if self.keep_documents else None
        doc.release()
        return FileResult(path, findings=findings, document=kept)

    def parse(self, source: str, path: str, config: Config | None = None,
              input_format: str | None = None) -> Document:
        """The document the engine lints for this text: read by the parser of its format, with the
        packs' vocabulary. Tests and benchmark scripts that study documents build them here too.
        Raises ParseError (one line) when the parser fails."""
        config = config or self.config_for(path)
        registry = self.registry(config)
        parser = registry.parser_for(path, source, input_format or self.overrides.format_in
                                     or config.input_format_for(path))
        try:
            doc = parser.parse(source, path, {"content_selector": config.content_selector})
        except Exception as exc:
            raise ParseError(f"cannot parse as {parser.name}: {_one_line(exc)}") from exc
        doc.vocabulary = registry.vocabulary
        return doc


@contextlib.contextmanager
def collector_paused():
    """Python's cycle collector off in the block (unless it was off already), back on after it.

    A file's objects (the element tree's proxies, blocks whose offsets hold a number a character,
    sentences, links) live until the file is done, and are then freed by reference counting
    (`Document.release` breaks the document's cycles): a collection while the file is linted frees
    none of them but reads them all, each time the allocations since the last one pass a threshold
    (one in every 700), a tenth of the parse's time. Paused, the collector runs as usual after the
    file, when they are gone (the count of allocations drops as they are freed: turned back on while
    the document is still held, the collector would read it all at the next allocation). Only speed depends on it: a thread that finds the collector paused by
    another leaves it as it is."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def text_of(doc: Document) -> Document:
    """The article's source and blocks, without what rules computed on it (small to keep and to pickle)."""
    blocks = [Block(b.text, b.offsets, kind=b.kind, level=b.level) for b in doc.blocks]
    return Document(doc.path, doc.format, doc.source, title=doc.title, blocks=blocks)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(source: str) -> str:
    """U+FFFD for each lone surrogate, which no file decodes to but a string from the API (or a
    file name that is not UTF-8) may hold, and which the parsers and formats cannot encode; one
    character each, so columns hold."""
    if source.isascii():  # known without a scan
        return source
    return _LONE_SURROGATE.sub("\ufffd", source) if _LONE_SURROGATE.search(source) else source


def lint_document(doc: Document, registry: Registry, config: Config) -> list[Finding]:
    """Run every selected rule on a parsed document; apply suppressions; sort."""
    findings = []
    doc.vocabulary = registry.vocabulary
    enabled = [r for r in registry.rules.values() if r.check and config.rule_enabled(r, doc.path)]
    for rule in enabled:
        # `options.pack` is the rule's pack table, [tool.lint-med.packs.<pack>]
        options = {**config.options_for(rule), "pack": config.pack_options(rule.pack)}
        try:
            for hit in rule.run(doc, options):
                findings.append(_finding(doc, rule, hit, config))
        except Exception as exc:
            findings.append(_rule_error(doc, rule, exc, registry, config))
    unread = registry.rules["LM004"]
    if doc.unread and config.rule_enabled(unread, doc.path):
        findings.extend(make_finding(doc, unread, start, end, f"{message}: the article was linted without "
                                     "its title, author and dates", config) for start, end, message in doc.unread)
    findings = apply_suppressions(doc, findings, registry, config)
    return sorted(set(findings), key=Finding.sort_key)


def _finding(doc: Document, rule: Rule, hit: Hit, config: Config) -> Finding:
    start, end = _hit_span(doc, hit)
    finding = make_finding(doc, rule, start, end, hit.message, config, hit.suggestion)
    if hit.severity in SEVERITIES and not any(selector_matches(s, rule) for s in config.severity):
        finding = dataclasses.replace(finding, severity=hit.severity)
    return finding


def _hit_span(doc: Document, hit: Hit) -> tuple[int, int]:
    if hit.at is None:
        return doc.anchor_span()
    if hit.span is not None:
        return hit.at.source_span(*hit.span)
    return hit.at.source_span()


def _rule_error(doc: Document, rule: Rule, exc: Exception, registry: Registry, config: Config) -> Finding:
    import traceback

    crash = registry.rules["LM003"]
    where = traceback.extract_tb(exc.__traceback__)[-1]
    message = (f"rule {rule.code} ({rule.name}) crashed: {_one_line(exc)} "
               f"[{Path(where.filename).name}:{where.lineno}]; the other rules still ran")
    return make_finding(doc, crash, 0, 0, message, config)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}" if not isinstance(exc, (InputError, ConfigError)) else text


# -- files to lint -----------------------------------------------------------------


def expand_paths(paths: Iterable[str], linter: Linter) -> list[str]:
    """Files named on the command line, and the included files under named directories."""
    files: list[str] = []
    for given in paths:
        path = Path(given)
        if given == STDIN or not path.is_dir():
            files.append(given)
            continue
        walked = _walk(path, linter)
        files.extend(walked)
    return list(dict.fromkeys(files))


def _walk(directory: Path, linter: Linter) -> list[str]:
    found = []
    errors = []

    def onerror(exc: OSError) -> None:
        reason = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
        name = str(Path(exc.filename))  # "./locked" -> "locked", like the files found
        linter.unreadable[name] = f"cannot list directory: {reason}"
        errors.append(name)

    for root, dirs, names in os.walk(directory, onerror=onerror):
        root_path = Path(root)
        config = linter.config_for(root_path)
        dirs[:] = sorted(d for d in dirs if not config.is_excluded(root_path / d))
        for name in sorted(names):
            candidate = root_path / name
            if config.is_included(candidate) and not config.is_excluded(candidate) and not _special(candidate):
                found.append(str(candidate))
    found.extend(errors)  # unreadable directories are reported as errors by lint_path
    return found


def _special(path: Path) -> bool:
    """A pipe, socket or device (or a link to one) found in a directory: opening a pipe waits
    for a writer for ever, and a device such as /dev/zero never ends. Only files named on
    the command line are read whatever they are."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # a broken link or a link loop: lint_path reports it in one line
        return False


@functools.lru_cache(maxsize=1)
def _default_linter() -> Linter:
    return Linter(Overrides(isolated=True))


def load_config(path: str | os.PathLike = ".") -> Config:
    """The configuration that ``lint-med check`` uses for ``path`` (a file or directory:
    the nearest lint-med.toml, or pyproject.toml with [tool.lint-med], above it; defaults
    when there is none), checked against the installed plugins.

    A plain dataclass, picklable: load it once and send it with the files to other
    processes or machines (see docs/scale.md). Local plugin files it names are absolute
    paths, which must exist there too.
    """
    return Linter().config_for(path)


def lint_file(path: str | os.PathLike, config: Config | None = None) -> list[Finding]:
    """Read a file as the command line does (size limit, charset) and return its findings.

    Raises InputError when it cannot be read or parsed. ``config`` defaults to the
    built-in settings (no configuration file is read); pass :func:`load_config`'s.
    """
    path = os.fspath(path)
    config = config if config is not None else Config()
    return lint_text(read_source(path, config.max_file_size), path, config=config)


def lint_text(text: str, path: str = "<text>", input_format: str | None = None,
              config: Config | None = None) -> list[Finding]:
    """Lint a string and return its findings (the API for scripts and tests)."""
    linter = _default_linter() if config is None else Linter(Overrides(isolated=True))
    if config is not None:
        config = linter.prepare(config)
    result = linter.lint_source(text, path, config, input_format)
    if result.error:
        raise InputError(result.error)
    return result.findings
