"""The hooks a lint-med plugin can implement.

A plugin is a module or object with functions marked ``@lint_med.hookimpl``,
installed under the ``lint_med`` entry-point group or named in the
``plugins`` config key. The built-in packs use the same route.
"""

from __future__ import annotations

from typing import Any, Callable

import pluggy

hookspec = pluggy.HookspecMarker("lint_med")
hookimpl = pluggy.HookimplMarker("lint_med")


@hookspec
def lint_med_register_rules(register: Callable[..., None]) -> None:
    """Register this plugin's rules.

    :param register: call ``register(rule)`` once for each :class:`lint_med.rules.Rule`.
        Codes must be unique across all plugins; the engine records which plugin
        registered each rule as its pack.
    """


@hookspec
def lint_med_register_parsers(register: Callable[..., None]) -> None:
    """Register input formats.

    :param register: call ``register(InputFormat(...))`` (see
        :class:`lint_med.parsers.InputFormat`): a name, file extensions, a
        ``parse(source, path, options) -> Document`` function and an optional
        ``sniff(source) -> bool`` used for files whose extension is unknown.
    """


@hookspec
def lint_med_register_formats(register: Callable[..., None]) -> None:
    """Register output formats.

    :param register: call ``register(name, render)`` where
        ``render(report: lint_med.engine.Report) -> str`` returns the whole output.
        A format that shows the articles' text sets ``render.shows_article = True``;
        each ``FileResult.document`` then holds the article's source and blocks.
    """


@hookspec
def lint_med_configure(config: Any) -> None:
    """Validate and take this plugin's own settings, once per configuration file.

    :param config: the :class:`lint_med.config.Config` being loaded. A pack reads
        ``config.pack_options(name)`` (its ``[tool.lint-med.packs.<name>]`` table)
        and raises :class:`lint_med.config.ConfigError` naming the key when a value
        is wrong.
    """


@hookspec
def lint_med_register_vocabulary(register: Callable[..., None]) -> None:
    """Register subject vocabularies: terms that belong together in one article.

    The core pack's topic rules treat terms of one subject as related (an
    article on naltrexone may discuss opioid receptors and endorphins).

    :param register: call ``register(subject, terms)``, e.g.
        ``register("naltrexone", ["naltrexone", "LDN", "opioid receptor", "endorphin"])``.
        Terms are matched case-insensitively as words or phrases.
    """
