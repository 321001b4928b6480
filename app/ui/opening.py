"""Opening a register: its secret, a wrong passphrase retried, and files the system hands us.

`open_register` is the one path every register is opened by in the window (at start,
and later when the system asks the app to open a `.otinish` file): it calls
`services.registers`, which decides where the secret comes from, and supplies the
window's prompts (worded from the prompt's code). On macOS a
double-click in the Finder does not start the app with the file as an argument: it
sends the running application a `QFileOpenEvent`, which `OtinishApplication` turns
into `fileOpenRequested` (and remembers, for the start, before any window exists).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from app.services.registers import Opened
    from app.store import Register
    from app.store.connection import Clock
    from app.store.secrets import Prompt

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


def _prompt(parent: Any, ask_how: Callable[[Any, str], str | None]) -> Prompt:
    """A prompt for `app.store.secrets`: it passes a code, the window words it."""
    from app.domain.errors import Notice

    from . import messages

    return lambda code: ask_how(parent, messages.word(Notice(code)))


def open_register(path: Path, parent: Any = None, clock: Clock | None = None
                  ) -> Opened | None:
    """Open the register at *path* (creating it if missing); return it with its secret.

    Returns None when the user cancels. The secret lets a worker thread open a second
    connection to the same file.
    """
    from PySide6.QtCore import QCoreApplication

    from app.services import registers
    from app.store import SecretUnavailableError, WrongSecretError
    from app.store.secrets import Secret

    from . import ask

    try:
        return registers.open_or_create(
            path, prompt=_prompt(parent, ask.ask_passphrase),
            prompt_new=_prompt(parent, ask.ask_new_passphrase), clock=clock,
            defer_check=True)  # after a crash the window is up at once; it checks then
    except SecretUnavailableError as exc:
        return _keychain_unreachable(path, parent, clock, exc)
    except WrongSecretError:
        pass
    while True:  # the secret found (the environment, a typo) is wrong: ask again
        value = ask.ask_passphrase(parent, QCoreApplication.translate(
            "start", "The passphrase does not open the register {0}; nothing was changed. "
            "Check it and type it again.").format(path.name))
        if not value:
            return None
        try:
            return registers.open_register(path, clock=clock, secret=Secret(value, "prompt"),
                                           defer_check=True)
        except WrongSecretError:
            continue


#: A keychain register whose keychain cannot be reached: said, never asked a passphrase.
UNREACHABLE = ("keychain_key_unreachable", "keychain_key_unreachable_recovery",
               "keychain_key_locked", "keychain_locked")


def _keychain_unreachable(path: Path, parent: Any, clock: Clock | None,
                          exc: Any) -> Opened | None:
    """Say why a keychain register cannot be opened; with a recovery file, offer to put
    its key back with the recovery passphrase and open it. None when it stays closed."""
    from PySide6.QtCore import QCoreApplication

    from app.services import USER_ERRORS, registers
    from app.services.recovery import recover

    from . import ask, messages

    if exc.code not in UNREACHABLE:
        return None  # the user cancelled a prompt
    if exc.code != "keychain_key_unreachable_recovery":
        ask.tell_error(parent, messages.word(exc))
        return None
    while ask.offer(parent, messages.word(exc), QCoreApplication.translate(
            "start", "Use the recovery passphrase…")):
        phrase = ask.ask_passphrase(parent, QCoreApplication.translate(
            "start", "The recovery passphrase of the register {0}:").format(path.name))
        if not phrase:
            return None
        try:
            recover(path, phrase)
            return registers.open_register(path, clock=clock, defer_check=True)
        except USER_ERRORS as problem:
            ask.tell_error(parent, messages.word(problem))
    return None


def open_or_create(path: Path, parent: Any = None) -> Register | None:
    """Open the register at *path* (creating it on first run), asking for a secret if needed.

    Returns None when the user cancels.
    """
    opened = open_register(path, parent)
    return opened.register if opened else None
