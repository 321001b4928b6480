"""Letters from the window: make one for the selected request, then open, show or save letters
and the originals kept in the register.

Where a letter's file is comes from one rule, `services.letters.letter_path` (the
letters folder now chosen / year received / inbound number). When the file has moved
since, the copy kept inside the register can be saved instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from . import ask, desktop
from .common import guarded, run_and_release

if TYPE_CHECKING:
    from .main_window import MainWindow


class LetterActions(QObject):
    """Letters of the selected request, and its originals."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def make_letter(self, kind: str | None = None) -> None:
        """Choose, preview and make a letter; the .docx is opened when made."""
        from app.services.letters import default_letter_kind

        from .letter_dialog import LetterDialog

        window = self.window
        request = window.current_request()
        if not request:
            return
        dialog = LetterDialog(window.register, request, kind or default_letter_kind(request),
                              window)
        if run_and_release(dialog) and dialog.letter is not None:
            letter = dialog.letter
            window.refresh()
            window.statusBar().showMessage(self.tr("Letter {0} saved: {1}").format(
                letter.number, letter.path), 10000)
            desktop.open_path(letter.path)

    def letter_path(self, letter: dict[str, Any]) -> Path:
        """Where a letter of the request shown was saved."""
        from app.services.letters import letter_path

        window = self.window
        request = window.panel.request or window.register.get_request(window.current_id)
        return letter_path(window.register, request, letter)

    def _existing(self, letter: dict[str, Any]) -> Path | None:
        path = self.letter_path(letter)
        if path.is_file():
            return path
        if ask.confirm(self.window, self.tr("The file of letter {0} is no longer in {1}. Save "
                                            "a copy from the register?").format(
                letter["number"], path.parent)):
            return self.save_letter_copy(letter)
        return None

    def open_letter(self, letter: dict[str, Any]) -> None:
        """Open a letter in the word processor."""
        path = self._existing(letter)
        if path:
            desktop.open_path(path)

    def show_letter(self, letter: dict[str, Any]) -> None:
        """Show a letter's file in the file manager."""
        path = self._existing(letter)
        if path:
            desktop.show_in_folder(path)

    def save_letter_copy(self, letter: dict[str, Any]) -> Path | None:
        """Save the copy of a letter kept in the register to a file the user chooses."""
        # Suggested next to the letters folder's years, where the operator looks first.
        suggested = self.letter_path(letter).parent.parent.parent / letter["file_name"]
        target = ask.ask_save_file(self.window, self.tr("Save a copy of the letter"),
                                   suggested, self.tr("Word documents (*.docx)"))
        if not target:
            return None
        register = self.window.register
        return self._write_copy(target, lambda: register.letter_content(letter["id"]))

    def save_attachment(self, attachment: dict[str, Any]) -> None:
        """Save an original (the email as received) to a file."""
        target = ask.ask_save_file(self.window, self.tr("Save the original"),
                                   Path.home() / attachment["file_name"],
                                   self.tr("All files (*)"))
        if target:
            register = self.window.register
            self._write_copy(target, lambda: register.attachment_content(attachment["id"]))

    def _write_copy(self, target: Path, content: Callable[[], bytes]) -> Path | None:
        ok, data = guarded(self.window, content)
        if not ok:
            return None
        try:
            target.write_bytes(data)
        except OSError as exc:
            ask.tell_error(self.window, self.tr("Cannot write {0}: {1}. Choose another "
                                                "folder.").format(target, exc.strerror))
            return None
        self.window.statusBar().showMessage(self.tr("Saved {0}").format(target), 8000)
        return target
