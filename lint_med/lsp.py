"""The language server: ``lint-med lsp`` (stdio), for VS Code, Neovim and any LSP client.

Lints a document when it is opened or saved, and a moment after the typing stops
(``DEBOUNCE``); each finding becomes a diagnostic at its exact range, with the rule's
code, a link to its documentation, and a quick fix that adds a
``lint-med: disable-next-line CODE`` comment above the line. The configuration is found
from the document's path, as ``lint-med check`` finds it. Setup: docs/editors.md.

Needs the ``lsp`` extra: ``pip install "lint-med[lsp]"`` (pygls).
"""

from __future__ import annotations

import asyncio
import inspect
import re
import sys
from pathlib import Path

DEBOUNCE = 0.3  # seconds without a change before a re-lint
_LINES = re.compile(r"\r\n|\r|\n")  # LSP's line ends, and lint-med's (Document.line_starts)
# An editor's language for a document whose file name does not say its format (an unsaved buffer).
_FORMAT_OF_LANGUAGE = {"markdown": "markdown", "html": "html", "plaintext": "text"}


def serve() -> int:
    try:
        server = build_server()
    except ImportError as exc:
        print(f"lint-med: error: the language server needs pygls ({exc}); "
              'install it with: pip install "lint-med[lsp]"', file=sys.stderr)
        return 2
    server.start_io()
    return 0


def build_server():
    from lsprotocol import types
    from pygls.lsp.server import LanguageServer

    from . import __version__

    server = LanguageServer("lint-med", __version__)
    pending: dict[str, asyncio.TimerHandle] = {}
    findings_by_uri: dict[str, list] = {}

    def cancel(uri: str) -> None:
        """Drop a debounced re-lint (a save or close supersedes it)."""
        handle = pending.pop(uri, None)
        if handle is not None:
            handle.cancel()

    def publish(uri: str) -> None:
        cancel(uri)
        document = server.workspace.get_text_document(uri)
        diagnostics, findings, rules = lint_to_diagnostics(
            document.source, document.uri, document.language_id, server.workspace.position_encoding, types)
        findings_by_uri[uri] = (findings, rules)
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=document.version, diagnostics=diagnostics))

    def later(uri: str) -> None:
        cancel(uri)
        pending[uri] = asyncio.get_running_loop().call_later(DEBOUNCE, publish, uri)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls, params: types.DidOpenTextDocumentParams) -> None:
        forget_config_files()
        publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls, params: types.DidChangeTextDocumentParams) -> None:
        later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls, params: types.DidSaveTextDocumentParams) -> None:
        forget_config_files()
        publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        cancel(uri)
        findings_by_uri.pop(uri, None)
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls, params: types.CodeActionParams) -> list:
        document = server.workspace.get_text_document(params.text_document.uri)
        lines = _LINES.split(document.source)
        try:
            comment_format = _input_format(document.source, document.uri, document.language_id)
        except Exception:  # a configuration error: reported as a diagnostic already
            return []
        actions = []
        for diagnostic in params.context.diagnostics:
            if diagnostic.source != "lint-med" or not diagnostic.code:
                continue
            line = diagnostic.range.start.line
            target = lines[line] if line < len(lines) else ""
            indent = target[: len(target) - len(target.lstrip(" \t"))]
            text = f"{indent}{disable_comment(str(diagnostic.code), comment_format)}\n"
            edit = types.TextEdit(range=types.Range(start=types.Position(line, 0), end=types.Position(line, 0)),
                                  new_text=text)
            actions.append(types.CodeAction(
                title=f"Disable {diagnostic.code} for this line (lint-med comment)",
                kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                edit=types.WorkspaceEdit(changes={document.uri: [edit]})))
        return actions

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls, params: types.HoverParams):
        """The full documentation of the rules whose findings are under the cursor."""
        document = server.workspace.get_text_document(params.text_document.uri)
        lines = _LINES.split(document.source)
        encoding = server.workspace.position_encoding
        here = (params.position.line, params.position.character)
        findings, rules = findings_by_uri.get(document.uri, ([], {}))
        seen = []
        for f in findings:
            start, end = _range(f, lines, encoding)
            if start <= here <= end and f.code in rules and f.code not in seen:
                seen.append(f.code)
        if not seen:
            return None
        text = "\n\n---\n\n".join(f"**{code} {rules[code].name}**\n\n{rules[code].doc}" for code in seen)
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text))

    return server


# -- linting -------------------------------------------------------------------------


def lint_to_diagnostics(source: str, uri: str, language_id: str | None, encoding, types):
    """Lint a document's text; return its diagnostics and the findings they came from."""
    from .config import ConfigError
    from .plugins import PluginError

    path = _path_of(uri)
    try:
        linter, config, registry, forced = _setup(path, language_id)
        result = linter.lint_source(source, path, config, forced)
        problem = result.error
    except (ConfigError, PluginError) as exc:
        problem = f"lint-med configuration: {exc}"
    if problem:
        start = types.Position(0, 0)
        return [types.Diagnostic(range=types.Range(start=start, end=start), message=problem, source="lint-med",
                                 severity=types.DiagnosticSeverity.Error)], [], {}
    lines = _LINES.split(source)
    diagnostics = [to_diagnostic(f, lines, encoding, registry.rules.get(f.code), types) for f in result.findings]
    return diagnostics, result.findings, registry.rules


_SEVERITY = {"error": 1, "warning": 2, "info": 3}  # DiagnosticSeverity: Error, Warning, Information


def to_diagnostic(finding, lines: list[str], encoding, rule, types):
    (line, character), (end_line, end_character) = _range(finding, lines, encoding)
    message = finding.message + (f"\nHelp: {finding.suggestion}" if finding.suggestion else "")
    docs = rule_docs_uri(rule) if rule else None
    return types.Diagnostic(
        range=types.Range(start=types.Position(line, character), end=types.Position(end_line, end_character)),
        severity=types.DiagnosticSeverity(_SEVERITY[finding.severity]),
        code=finding.code,
        code_description=types.CodeDescription(href=docs) if docs else None,
        source="lint-med",
        message=message,
        data={"name": finding.name, "category": finding.category},
    )


def _range(finding, lines: list[str], encoding) -> tuple[tuple[int, int], tuple[int, int]]:
    """A finding's 1-based line and code-point columns as 0-based LSP positions in the client's units."""

    def position(line: int, column: int) -> tuple[int, int]:
        index = min(max(line - 1, 0), len(lines) - 1)
        return index, code_units(lines[index][: max(column - 1, 0)], encoding)

    return position(finding.line, finding.column), position(finding.end_line, finding.end_column)


def forget_config_files() -> None:
    """Look for configuration files anew: a server runs for hours, and a CLI run caches where they are."""
    from .config import find_config_file

    clear = getattr(find_config_file, "cache_clear", None)
    if clear:
        clear()


def code_units(text: str, encoding) -> int:
    """The length of text in the negotiated position encoding (LSP's default: UTF-16 code units)."""
    encoding = str(getattr(encoding, "value", encoding) or "utf-16")
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def rule_docs_uri(rule) -> str | None:
    """Where a rule's documentation is: the file that defines it (its docstring), as a file: URI.

    lint-med has no hosted documentation; the installed source is always there, offline, and
    matches the installed version, for third-party packs too. ``lint-med rule CODE`` prints
    the same text, and hovering over a diagnostic shows it.
    """
    if rule is None or rule.check is None:
        return None
    try:
        source = inspect.getsourcefile(rule.check)
    except TypeError:
        return None
    return Path(source).resolve().as_uri() if source else None


def disable_comment(code: str, input_format: str) -> str:
    """A suppression for the next line, in the syntax the document's format reads (see suppressions.py)."""
    if input_format == "text":
        return f"lint-med: disable-next-line {code}"
    return f"<!-- lint-med: disable-next-line {code} -->"


def _path_of(uri: str) -> str:
    from pygls.uris import to_fs_path

    if uri.startswith("file:"):
        return to_fs_path(uri) or uri
    return uri.rsplit("/", 1)[-1].rsplit(":", 1)[-1] or "untitled"  # untitled:Untitled-1 -> Untitled-1


def _setup(path: str, language_id: str | None):
    """The linter, configuration, registry and forced input format for a document, as the CLI finds them."""
    from .engine import Linter, Overrides

    # A new Linter each time: an edited configuration file counts at the next lint.
    linter = Linter(Overrides())
    config = linter.config_for(path)
    registry = linter.registry(config)
    forced = config.input_format_for(path)
    if forced is None:
        # The editor's language, for a file whose name gives no known format (an unsaved buffer).
        known = {ext for parser in registry.parsers.values() for ext in parser.extensions}
        if Path(path).suffix.lower() not in known:
            forced = _FORMAT_OF_LANGUAGE.get(language_id or "")
    return linter, config, registry, forced


def _input_format(source: str, uri: str, language_id: str | None) -> str:
    path = _path_of(uri)
    _, _, registry, forced = _setup(path, language_id)
    return registry.parser_for(path, source, forced).name
