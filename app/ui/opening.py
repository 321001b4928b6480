"""Opening a register: its secret, a wrong passphrase retried, and files the system hands us.

`open_register` is the one path every register is opened by in the window (at start,
and later when the system asks the app to open a `.otinish` file). On macOS a
double-click in the Finder does not start the app with the file as an argument: it
sends the running application a `QFileOpenEvent`, which `OtinishApplication` turns
into `fileOpenRequested` (and remembers, for the start, before any window exists).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QApplication

REGISTER_SUFFIX = ".otinish"


class OtinishApplication(QApplication):
    """The application object: hands on the register files the system asks it to open."""

    # A `.otinish` file to open (its path, as a string).
    fileOpenRequested = Signal(str)  # noqa: N815

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        # Files asked for so far; the start opens the last one when no --db is given.
        self.pending_files: list[Path] = []

    def event(self, event: QEvent) -> bool:
        """Take a file-open request (macOS Finder, "Open With") for a register file."""
        if event.type() == QEvent.Type.FileOpen:
            path = Path(event.file())  # type: ignore[attr-defined]
            if path.suffix.lower() == REGISTER_SUFFIX:
                self.pending_files.append(path)
                self.fileOpenRequested.emit(str(path))
                return True
        return super().event(event)


def open_register(path: Path, parent: Any = None) -> tuple[Any, str] | None:
    """Open the register at *path* (creating it if missing); return it with its secret.

    Returns None when the user cancels. The secret lets a worker thread open a second
    connection to the same file.
    """
    from app.store import Register, SecretUnavailableError, WrongSecretError
    from app.store.secrets import secret_for_existing_register, secret_for_new_register
    from app.ui import ask
    from app.ui.i18n import service_message

    def prompt(message: str) -> str | None:
        return ask.ask_passphrase(parent, service_message(message))

    def prompt_new(message: str) -> str | None:
        return ask.ask_new_passphrase(parent, service_message(message))

    try:
        if not path.exists():
            secret = secret_for_new_register(path, prompt_new)
            return Register.create(path, secret.value), secret.value
        secret = secret_for_existing_register(path, prompt)
    except SecretUnavailableError:
        return None
    while True:
        try:
            return Register.open(path, secret.value), secret.value
        except WrongSecretError:
            from PySide6.QtCore import QCoreApplication

            value = ask.ask_passphrase(parent, QCoreApplication.translate(
                "start", "The passphrase does not open the register {0}; nothing was changed. "
                "Check it and type it again.").format(path.name))
            if not value:
                return None
            secret = type(secret)(value, "prompt")


def open_or_create(path: Path, parent: Any = None):
    """Open the register at *path* (creating it on first run), asking for a secret if needed.

    Returns None when the user cancels.
    """
    opened = open_register(path, parent)
    return opened[0] if opened else None
