"""Letters from the window: prepare one for the selected request, record it as sent, then open,
show or save letters and the originals kept in the register.

A letter made is only prepared: the status bar says so, and a reply answers nothing
until it is recorded as sent (`SentDialog`, from the Letters tab, the next-step button
or the Request menu). Where a letter's file is comes from one rule,
`services.letters.letter_path` (the letters folder now chosen / year received /
inbound number). When the file has moved since, the copy kept inside the register can
be saved instead; when no program opens it, the window says so (`desktop.open_file`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from . import ask, desktop, i18n
from .common import guarded, run_and_release

if TYPE_CHECKING:
    from .main_window import MainWindow


class LetterActions(QObject):
    """Letters of the selected request, and its originals."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def make_letter(self, kind: str | None = None) -> None:
        """Choose, preview and prepare a letter; the .docx is opened when made."""
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
            window.statusBar().showMessage(self.tr(
                "Letter {0} prepared, not sent yet: {1}. Mark it as sent once it has gone.")
                .format(letter.number, letter.path), 15000)
            window.notices.show_letter_warnings(request["id"], list(letter.warnings))
            desktop.open_file(window, letter.path)

    # ------------------------------------------------------------------ sending
    def mark_sent(self, letter: dict[str, Any]) -> None:
        """Record how and when *letter* (of the request shown) reached the requester."""
        from .sent_dialog import SentDialog

        window = self.window
        request = window.current_request()
        if not request:
            return
        if letter.get("sent_at"):
            ask.tell_error(window, self.tr("{0} is already recorded as sent on {1}.").format(
                letter["number"], i18n.format_datetime(letter["sent_at"])))
            return
        dialog = SentDialog(window.register, request, letter, window)
        if run_and_release(dialog) and dialog.sent is not None:
            sent = dialog.sent
            window.refresh(select_id=request["id"])
            window.statusBar().showMessage(self.tr("{0} recorded as sent on {1} ({2}).").format(
                sent["number"], i18n.format_datetime(sent["sent_at"]),
                i18n.sent_via_name(sent["via"], capital=False)), 10000)

    def mark_sent_number(self, number: str) -> None:
        """Record the letter *number* of the request shown as sent (a next-step button)."""
        request = self.window.current_request()
        if not request:
            return
        for letter in request["letters"]:
            if letter["number"] == number:
                self.mark_sent(letter)
                return
        ask.tell_error(self.window, self.tr("There is no letter {0} in this request.")
                       .format(number))

    def mark_sent_current(self) -> None:
        """Record as sent the letter selected on the Letters tab, else the oldest not sent."""
        request = self.window.current_request()
        if not request:
            return
        selected = self.window.panel.letters_tab.current_letter()
        unsent = [le for le in request["letters"] if not le.get("sent_at")]
        chosen = [le for le in unsent if selected and le["number"] == selected["number"]]
        if not unsent:
            ask.tell_error(self.window, self.tr("No letter of {0} is waiting to be recorded as "
                                                "sent.").format(request["number"]))
            return
        self.mark_sent((chosen or unsent)[0])

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
            desktop.open_file(self.window, path)

    def show_letter(self, letter: dict[str, Any]) -> None:
        """Show a letter's file in the file manager."""
        path = self._existing(letter)
        if path:
            desktop.show_file(self.window, path)

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
        from app.services.letters import save_copy

        register = self.window.register
        ok, _ = guarded(self.window, lambda: save_copy(register, target, content()))
        if not ok:
            return None
        self.window.statusBar().showMessage(self.tr("Saved {0}").format(target), 8000)
        return target
