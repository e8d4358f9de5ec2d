"""The ``lint-med`` command.

Exit codes: 0 nothing at or above the fail level; 1 findings at or above it;
2 a usage or configuration error, a file that could not be linted, or a rule
that crashed (the other files and rules still ran).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_ERROR
    thresholds = gc.get_threshold()
    # A run allocates many long-lived objects (rules, word lists, compiled data) and few
    # reference cycles: collecting every 700 allocations (Python's default) took about 8%
    # of the time to lint one small file. mypy raises the threshold the same way.
    gc.set_threshold(100_000, 50, 100)
    from . import datacache
    from .config import ConfigError
    from .plugins import PluginError

    datacache.enable()
    try:
        return args.run(args)
    except (ConfigError, PluginError) as exc:
        print(f"lint-med: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `lint-med check ... | head`
        sys.stderr.close()
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    finally:
        datacache.disable()
        gc.set_threshold(*thresholds)


def run() -> None:
    """The ``lint-med`` command: :func:`main`, then exit without tearing the interpreter down.

    Freeing every object and module at exit took a fifth of the time to lint one small
    file; output is flushed first, but ``atexit`` handlers do not run (mypy exits the
    same way). Call :func:`main` to lint from Python.
    """
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe or stream: nothing more can be said
        pass
    os._exit(code)


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(prog="lint-med", description="Lint health articles for the problems "
                                     "that hurt readers: spam links, unsourced statistics, overclaims, ...")
    parser.add_argument("--version", action="version", version=f"lint-med {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="lint files and directories")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help="files or directories to lint ('-' reads standard input); default: .")
    check.add_argument("--output-format", "-o", default="text", metavar="FORMAT",
                       help="text (default), json, sarif, github, junit or html; a file name such as "
                            "report.html writes that file in the format its suffix names")
    check.add_argument("--output-file", metavar="PATH", help="write the output to this file instead of stdout")
    check.add_argument("--quiet", "-q", action="store_true", help="show no progress bar")
    check.add_argument("--select", type=_codes, help="rules to run (codes, prefixes, names or categories; "
                       "comma-separated); replaces the configured selection")
    check.add_argument("--extend-select", type=_codes, default=(), help="rules to run in addition")
    check.add_argument("--ignore", type=_codes, default=(), help="rules not to run")
    check.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                       help="lowest severity that makes the exit status 1 (default: error)")
    check.add_argument("--format-in", metavar="FORMAT", help="parse every input as html, markdown or text")
    check.add_argument("--content-selector", metavar="CSS", help="CSS selector of the article body in HTML")
    check.add_argument("--stdin-filename", metavar="PATH", help="the path to report for '-' (and to find "
                       "its configuration and format)")
    check.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                       help="lint files in N processes (0: one per CPU); output order is unchanged")
    check.add_argument("--statistics", action="store_true", help="print counts per rule instead of findings")
    check.add_argument("--no-cache", action="store_true", help="neither read nor write cached results "
                       "(also: LINT_MED_NO_CACHE=1)")
    check.add_argument("--cache-dir", metavar="DIR", help="where results are cached (default: the cache-dir "
                       "setting, else .lint-med-cache beside the configuration file or in the current directory)")
    _config_arguments(check)
    check.set_defaults(run=_check)

    rules = commands.add_parser("rules", help="list every rule")
    rules.add_argument("--output-format", "-o", choices=("text", "json"), default="text")
    _config_arguments(rules)
    rules.set_defaults(run=_rules)

    rule = commands.add_parser("rule", help="print a rule's documentation")
    rule.add_argument("code", help="rule code or name")
    _config_arguments(rule)
    rule.set_defaults(run=_rule)

    config = commands.add_parser("config", help="print the merged configuration and where each value comes from")
    config.add_argument("path", nargs="?", default=".", help="file or directory whose configuration to show")
    _config_arguments(config)
    config.set_defaults(run=_config)

    lsp = commands.add_parser("lsp", help="run the language server on stdio (needs lint-med[lsp])")
    lsp.set_defaults(run=_lsp)

    show = commands.add_parser("show", help="print the text lint-med treats as the article, block by block")
    show.add_argument("path", help="the article to read")
    show.add_argument("--content-selector", metavar="CSS", help="CSS selector of the article body in HTML")
    _config_arguments(show)
    show.set_defaults(run=_show)
    return parser


def _config_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="PATH", help="use this configuration file for every input")
    parser.add_argument("--isolated", action="store_true", help="ignore all configuration files")


def _codes(value: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in value.split(",") if c.strip())


def _linter(args):
    from .engine import Linter, Overrides

    return Linter(Overrides(
        config_file=args.config, isolated=args.isolated,
        select=getattr(args, "select", None), extend_select=getattr(args, "extend_select", ()),
        ignore=getattr(args, "ignore", ()), fail_on=getattr(args, "fail_on", None),
        format_in=getattr(args, "format_in", None), content_selector=getattr(args, "content_selector", None),
    ))


# `-o FILE` with one of these suffixes writes FILE in that format.
_FORMAT_OF_SUFFIX = {".html": "html", ".htm": "html", ".json": "json", ".sarif": "sarif", ".xml": "junit"}


def _check(args) -> int:
    from .engine import STDIN, FileResult, Report, expand_paths, read_decoded, without_lone_surrogates

    linter = _linter(args)
    config = linter.config_for(args.paths[0] if args.paths[0] != STDIN else ".")
    registry = linter.registry(config)
    if args.output_format not in registry.formats and not args.output_file:  # `-o report.html`
        by_suffix = _FORMAT_OF_SUFFIX.get(os.path.splitext(args.output_format)[1].lower())
        if by_suffix:
            args.output_file, args.output_format = args.output_format, by_suffix
    if args.output_format not in registry.formats:
        print(f"lint-med: error: unknown output format {args.output_format!r} "
              f"(known: {', '.join(registry.formats)})", file=sys.stderr)
        return EXIT_ERROR
    linter.keep_documents = getattr(registry.formats[args.output_format], "shows_article", False)
    if args.jobs < 0:
        print("lint-med: error: --jobs must be 0 or more", file=sys.stderr)
        return EXIT_ERROR
    if not (args.no_cache or os.environ.get("LINT_MED_NO_CACHE", "") not in ("", "0")):
        from .resultcache import ResultCache, default_directory

        linter.cache = ResultCache(args.cache_dir or default_directory(config))
    files = expand_paths(args.paths, linter)
    results: list[FileResult] = []
    if STDIN in files:
        name = args.stdin_filename or STDIN
        try:
            source, decoding = read_decoded(STDIN, config.max_file_size)
            results.append(linter.lint_within_limit(
                source, name, linter.config_for(name if args.stdin_filename else "."), decoding))
        except Exception as exc:  # InputError, or a config error for the named file
            results.append(FileResult(name, error=str(exc)))
    others = [f for f in files if f != STDIN]
    from .progress import track

    done: list = [None] * len(others)
    for index, result in track(_lint_files(others, linter, args.jobs), len(others), quiet=args.quiet):
        done[index] = result
    results.extend(done)
    report = Report(files=results, rules=registry.rules, fail_on=config.fail_on)
    report.color = not args.output_file and sys.stdout.isatty() and "NO_COLOR" not in os.environ and args.output_format == "text"
    report.statistics = args.statistics
    # A file name that is not UTF-8 reaches us with a lone surrogate for each bad byte: shown as
    # U+FFFD, so that the output is valid UTF-8 (JSON, SARIF) and writing it to a file cannot fail.
    output = without_lone_surrogates(registry.formats[args.output_format](report))
    if args.output_file:
        with open(args.output_file, "w", encoding="utf-8") as handle:
            handle.write(output)
    else:
        sys.stdout.write(output)
    for result in results:
        if result.notice:
            print(f"{result.path}: {result.notice}", file=sys.stderr)
    return report.exit_code()


def _lint_files(files: list[str], linter, jobs: int):
    """Lint the files, yielding (index in ``files``, FileResult) as each is done (any order with --jobs)."""
    workers = min(jobs or os.cpu_count() or 1, len(files))
    if workers <= 1:
        yield from enumerate(map(linter.lint_path, files))
        return
    import multiprocessing

    from .engine import FileResult
    from .rules import Finding

    # Largest files first, so no big file is left to one worker at the end, in small chunks
    # that keep the workers evenly busy; results come back as plain tuples (pickled in C,
    # unlike dataclasses) in any order, with their index in ``files``.
    order = sorted(range(len(files)), key=lambda i: -_size(files[i]))
    chunksize = max(1, min(8, len(files) // (workers * 8)))
    gc.freeze()  # forked workers share the loaded rules and data without copying them
    try:
        with multiprocessing.get_context().Pool(
                workers, _init_worker,
                (linter.overrides, linter.unreadable, linter.cache, linter.keep_documents)) as pool:
            for index, (findings, error, notice, decoding, document) in pool.imap_unordered(
                    _lint_in_worker, [(i, files[i]) for i in order], chunksize):
                yield index, FileResult(files[index], [Finding(*f) for f in findings], error, notice,
                                        document=document, decoding=decoding)
    finally:
        gc.unfreeze()


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


_worker_linter = None


def _init_worker(overrides, unreadable, cache, keep_documents) -> None:
    global _worker_linter
    from .engine import Linter

    gc.set_threshold(100_000, 50, 100)  # as in main(), for workers that do not fork from it
    _worker_linter = Linter(overrides, cache)
    _worker_linter.unreadable = dict(unreadable)
    _worker_linter.keep_documents = keep_documents


def _lint_in_worker(task: tuple[int, str]):
    from .rules import finding_values

    index, path = task
    result = _worker_linter.lint_path(path)
    return index, (list(map(finding_values, result.findings)), result.error, result.notice, result.decoding,
                   result.document)


def _rules(args) -> int:
    linter = _linter(args)
    registry = linter.registry(linter.config_for("."))
    if args.output_format == "json":
        import json

        print(json.dumps([{"code": r.code, "name": r.name, "category": r.category, "severity": r.severity,
                           "pack": r.pack, "summary": r.summary} for r in registry.rules.values()], indent=2))
        return EXIT_CLEAN
    rows = [(r.code, r.name, r.category, r.severity, r.pack, r.summary) for r in registry.rules.values()]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        print("  ".join(value.ljust(widths[i]) for i, value in enumerate(row[:5])) + "  " + row[5])
    return EXIT_CLEAN


def _rule(args) -> int:
    linter = _linter(args)
    registry = linter.registry(linter.config_for("."))
    rule = registry.rule(args.code)
    if rule is None:
        print(f"lint-med: error: no rule has code or name {args.code!r} (see `lint-med rules`)", file=sys.stderr)
        return EXIT_ERROR
    print(f"# {rule.code} {rule.name}\n")
    print(f"Category: {rule.category} · default severity: {rule.severity} · pack: {rule.pack}\n")
    print(rule.doc)
    if rule.options:
        print("\n## Options")
        for key, option in rule.options.items():
            print(f"- `{key}` (default {option.default!r}): {option.description}")
    return EXIT_CLEAN


def _config(args) -> int:
    import dataclasses
    import json

    linter = _linter(args)
    config = linter.config_for(args.path)
    print(f"# configuration for {args.path}: {config.path or 'defaults (no configuration file found)'}")
    for item in dataclasses.fields(config):
        if item.name in ("path", "origins"):
            continue
        key = item.name.replace("_", "-")
        value = getattr(config, item.name)
        origin = config.origins.get(key, "default")
        print(f"{key} = {json.dumps(value)}  # from {origin}")
    return EXIT_CLEAN


def _lsp(args) -> int:
    from .lsp import serve

    return serve()

def _show(args) -> int:
    """Print each block of the article with its line and kind, so users see why a finding appears."""
    from .document import outline
    from .engine import InputError, read_source

    linter = _linter(args)
    config = linter.config_for(args.path)
    try:
        source = read_source(args.path, config.max_file_size)
    except InputError as exc:
        print(f"lint-med: {args.path}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    parser = linter.registry(config).parser_for(args.path, source, config.input_format_for(args.path))
    try:
        doc = parser.parse(source, args.path, {"content_selector": config.content_selector})
    except Exception as exc:  # as `check` reports it: one line, not a traceback
        print(f"lint-med: {args.path}: cannot parse as {parser.name}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(f"# {args.path}: {len(doc.blocks)} blocks read as {doc.format} (line, kind, text)")
    print("\n".join(outline(doc)))
    return EXIT_CLEAN


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
