"""A progress bar on standard error while lint-med lints many files.

Shown only where a person watches: standard error is a terminal that is not ``TERM=dumb``,
``--quiet`` is not given, and the run has lasted long enough to be worth it. It is
erased before anything is printed, so it never mixes with the output.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Iterable, Iterator, TextIO, TypeVar

T = TypeVar("T")

# Runs shorter than this show no bar at all (no flicker on a quick check).
DELAY = 0.5
REDRAW_EVERY = 0.1  # seconds


def track(items: Iterable[T], total: int, *, quiet: bool = False, stream: TextIO | None = None,
          label: str = "files") -> Iterator[T]:
    """Yield the items, drawing a bar of how many of ``total`` have been yielded."""
    stream = stream or sys.stderr
    bar = ProgressBar(total, stream, label) if wanted(stream, total, quiet) else None
    try:
        for item in items:
            yield item
            if bar:
                bar.advance()
    finally:
        if bar:
            bar.close()


def wanted(stream: TextIO, total: int, quiet: bool) -> bool:
    if quiet or total < 2 or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False


class ProgressBar:
    """``[#########·········] 12/40 files``, redrawn in place with a carriage return."""

    def __init__(self, total: int, stream: TextIO, label: str = "files") -> None:
        self.total, self.stream, self.label = total, stream, label
        self.done = 0
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.visible = False
        self.color = "NO_COLOR" not in os.environ

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self.started < DELAY or (now - self.drawn_at < REDRAW_EVERY and self.done < self.total):
            return
        self.drawn_at = now
        self._draw()

    def _draw(self) -> None:
        count = f" {self.done}/{self.total} {self.label}"
        try:
            columns = os.get_terminal_size(self.stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 80
        width = max(10, min(40, columns - len(count) - 3))
        filled = width * self.done // max(self.total, 1)
        bar = "#" * filled + "-" * (width - filled)
        if self.color:
            bar = f"\033[36m{bar[:filled]}\033[2m{bar[filled:]}\033[0m"
        self.stream.write(f"\r\033[K[{bar}]{count}")
        self.stream.flush()
        self.visible = True

    def close(self) -> None:
        if self.visible:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.visible = False
