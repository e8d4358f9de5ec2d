"""lint-med: a plugin-based linter for health articles."""

__version__ = "0.1.0"

from .document import per_document  # noqa: E402
from .hookspecs import hookimpl  # noqa: E402
from .rules import Finding, Hit, Option, Rule, rule, rules_in  # noqa: E402


def lint_text(text, path="<text>", input_format=None, config=None):
    """Lint a string; return its findings. See :func:`lint_med.engine.lint_text`."""
    from .engine import lint_text as _lint_text

    return _lint_text(text, path, input_format, config)


def lint_file(path, config=None):
    """Read and lint a file; return its findings. See :func:`lint_med.engine.lint_file`."""
    from .engine import lint_file as _lint_file

    return _lint_file(path, config)


def load_config(path="."):
    """The checked, picklable configuration for a path. See :func:`lint_med.engine.load_config`."""
    from .engine import load_config as _load_config

    return _load_config(path)


__all__ = ["Finding", "Hit", "Option", "Rule", "hookimpl", "lint_file", "lint_text", "load_config", "per_document",
           "rule", "rules_in", "__version__"]
