"""The core pack: problems any health article can have.

Each public module (no leading underscore) holds the rules of one topic;
modules starting with an underscore are shared helpers.
"""

from __future__ import annotations

import importlib
import pkgutil

from lint_med import hookimpl, rules_in


def rule_modules():
    """The pack's rule modules, in name order."""
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    return [importlib.import_module(f"{__name__}.{name}") for name in names]


@hookimpl
def lint_med_register_rules(register):
    for rule in rules_in(*rule_modules()):
        register(rule)
