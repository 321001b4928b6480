"""The one exception intake raises for problems a user can cause with an outside file.

Dropping a damaged, foreign or oversized file onto the window is an everyday mistake, not a
bug: the interface catches :class:`IntakeError` at its edge and shows its text as it is. So the
text is always a single sentence that names the file and says what is wrong, never a traceback
or a library's internal message. Programming errors are not turned into this exception quietly:
the parsers log them with their traceback before converting them (see ``email_parse``).
"""

from __future__ import annotations


class IntakeError(Exception):
    """A file could not be taken in; ``str()`` is one user-facing sentence."""

    def __init__(self, message: str, filename: str | None = None) -> None:
        """Keep ``message`` as one line; ``filename`` is the base name of the file, if any."""
        # Collapse whitespace so a newline in a file name or a library message can never turn
        # the sentence into several lines in a dialog or a log.
        self.message = " ".join(message.split())
        self.filename = filename
        super().__init__(self.message)

    def __str__(self) -> str:
        """Return the user-facing sentence."""
        return self.message
