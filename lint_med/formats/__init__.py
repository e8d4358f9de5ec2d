"""Built-in output formats: text, json, sarif, github and junit.

Every format renders the same :class:`lint_med.engine.Report`.
"""

from __future__ import annotations

import importlib

from ..hookspecs import hookimpl

BUILTIN = ("text", "json", "sarif", "github", "junit")


def _lazy(name: str):
    def render(report) -> str:
        module = importlib.import_module(f"{__name__}.{name}_format")
        return module.render(report)

    return render


@hookimpl
def lint_med_register_formats(register):
    for name in BUILTIN:
        register(name, _lazy(name))
