"""The core pack: problems any health article can have."""

from lint_med import hookimpl


@hookimpl
def lint_med_register_rules(register):
    from lint_med.rules import rules_in

    for rule in rules_in(*_modules()):
        register(rule)


def _modules():
    import importlib

    return [importlib.import_module(f"{__name__}.{name}") for name in MODULES]


# One module per category; each defines its rules at top level.
MODULES: tuple[str, ...] = ()
