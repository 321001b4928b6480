"""The one exception intake raises for problems a user can cause with an outside file.

Dropping a damaged, foreign or oversized file onto the window is an everyday mistake, not a
bug: the interface catches :class:`IntakeError` at its edge and words its code from its own
catalog, filling in the values (always ``file``, the base name to show, and sometimes a
``reason`` or sizes), so the user reads one sentence that names the file and says what is
wrong, never a traceback or a library's internal message. Programming errors are not turned
into this exception quietly: the parsers log them with their traceback before converting them
(see ``mail_common.parse_boundary``).
"""

from __future__ import annotations

import re
from typing import Any

from app.domain.errors import UserError

_WHITESPACE = re.compile(r"\s+")


class IntakeError(UserError):
    """A file could not be taken in; ``code`` says why, ``values`` fill the sentence."""

    def __init__(self, code: str, /, filename: str | None = None, **values: Any) -> None:
        """``filename`` is the base name of the file, if any; it is kept as given."""
        # Turn each run of whitespace in a text value into one space, so a newline in a file
        # name or a library message can never turn the worded sentence into several lines in
        # a dialog or a log (spaces are kept: ' a.eml' is still the name the user sees).
        cleaned = {key: _WHITESPACE.sub(" ", value) if isinstance(value, str) else value
                   for key, value in values.items()}
        super().__init__(code, **cleaned)
        self.filename = filename

    def __reduce__(self) -> tuple[Any, ...]:
        # The base rebuilds through UserError.__init__, which knows nothing of ``filename``.
        return (_rebuild, (self.code, self.filename, self.values))


def _rebuild(code: str, filename: str | None, values: dict[str, Any]) -> IntakeError:
    return IntakeError(code, filename, **values)
