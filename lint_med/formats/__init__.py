"""Built-in output formats: text, json, sarif, github, junit and html.

Every format renders the same :class:`lint_med.engine.Report`. A format that shows the
article itself has ``shows_article = True``: the engine then keeps each file's text
(``FileResult.document``) for it.
"""

from __future__ import annotations

import importlib

from ..hookspecs import hookimpl

BUILTIN = ("text", "json", "sarif", "github", "junit", "html")
SHOWING_ARTICLE = ("html",)


def _lazy(name: str):
    def render(report) -> str:
        module = importlib.import_module(f"{__name__}.{name}_format")
        return module.render(report)

    render.shows_article = name in SHOWING_ARTICLE
    return render


@hookimpl
def lint_med_register_formats(register):
    for name in BUILTIN:
        register(name, _lazy(name))
