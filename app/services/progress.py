"""Progress and cancelling for long operations (exports, imports, the demo register).

A long service takes any object with `step(done, total, text="")`: the window's job
context (which raises `Cancelled` once the user pressed Cancel) or a terminal bar.
Steps come every so many rows, so cancelling stops the work within a moment, and the
files it was writing are removed (they are written through temporary files).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar


class Cancelled(Exception):
    """The user asked the operation to stop; nothing half-done was kept."""


class Progress(Protocol):
    """Told how far a long operation is; may raise `Cancelled` to stop it."""

    def step(self, done: int, total: int, text: str = "") -> None:
        """Report *done* of *total*; raise Cancelled to stop."""


class NoProgress:
    """Progress nobody watches."""

    def step(self, done: int, total: int, text: str = "") -> None:
        """Do nothing."""


T = TypeVar("T")


def counted(items: Iterable[T], total: int, progress: Progress | None, every: int = 100
            ) -> Iterator[T]:
    """Yield *items*, telling *progress* after the first and then every *every* items."""
    n = 0
    for n, item in enumerate(items, start=1):
        if progress is not None and (n == 1 or n % every == 0):
            progress.step(n, max(n, total))
        yield item
    if progress is not None:
        progress.step(n, max(n, total))
