"""Problems a user can cause, as values: a code and its fields, worded by each face.

A layer raises `DomainError("request_closed")` or `StoreError("disk_full", path=...)`;
it never writes a sentence. The command line words the code from its catalog
(`app/cli/messages.py`), the window from its translated one (`app/ui/messages.py`), so
the same problem reads right in a terminal and in a Kazakh window, and nothing ever
parses a sentence back. `str()` of a problem is its code only: logs may print it, and a
code holds no personal data (the values may, so they are never part of `str()`).
A test checks that every code raised anywhere has its wording in both catalogs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class UserError(Exception):
    """Something the user caused or can fix; `code` says what, `values` fill the sentence."""

    def __init__(self, code: str, /, **values: Any) -> None:
        super().__init__(code)
        self.code = code
        self.values = values

    def __str__(self) -> str:
        return self.code

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep the values when the error crosses a process or thread boundary by pickling.
        return (_rebuild, (type(self), self.code, self.values))


def _rebuild(cls: type[UserError], code: str, values: dict[str, Any]) -> UserError:
    error = cls.__new__(cls)
    UserError.__init__(error, code, **values)
    return error


class DomainError(UserError):
    """A business rule the user's input breaks (an illegal transition, a bad value)."""


@dataclass(frozen=True)
class Notice:
    """A warning for the user that stops nothing: a code and its values, like an error."""

    code: str
    values: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.code
