"""Word and phrase lists of the core pack, kept as TOML files in ``data/``.

Each list file says where its entries come from; rules let users extend
them through options (``extra_*``).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from lint_med.datacache import load_toml

DATA = Path(__file__).resolve().parent / "data"


@functools.lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed ``data/<name>.toml`` (from lint-med's data cache when the command line runs)."""
    return load_toml(DATA / f"{name}.toml")


@functools.lru_cache(maxsize=None)
def phrase_pattern(phrases: tuple[str, ...], flags: int = re.I) -> re.Pattern:
    """One regex matching any of the phrases as whole words (phrases may hold regex syntax)."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(ordered) + r")(?!\w)", flags)


def literal(phrases) -> tuple[str, ...]:
    """Escape plain phrases for :func:`phrase_pattern`, letting any whitespace separate words."""
    return tuple(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in phrases)
