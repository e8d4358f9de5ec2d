"""Drug packs: facts about each drug as data, checked by shared code."""

from lint_med import hookimpl


@hookimpl
def lint_med_register_rules(register):
    return None
