"""lint-med: a plugin-based linter for health articles."""

__version__ = "0.1.0"

from .hookspecs import hookimpl  # noqa: E402
from .rules import Finding, Hit, Option, Rule, rule, rules_in  # noqa: E402


def lint_text(text, path="<text>", input_format=None, config=None):
    """Lint a string; return its findings. See :func:`lint_med.engine.lint_text`."""
    from .engine import lint_text as _lint_text

    return _lint_text(text, path, input_format, config)


__all__ = ["Finding", "Hit", "Option", "Rule", "hookimpl", "lint_text", "rule", "rules_in", "__version__"]
