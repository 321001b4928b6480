"""Working on the selected request: its identity check, what was done, the day its supporting
documents arrived, closing, reopening, and its evidence pack.

Each action asks in a small dialog (`record_dialogs`) or a question, and the dialog
writes through `services.requests`; the evidence pack is written in the background
by `services.exports`. The detail panel's next-step buttons land here too (`step`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from . import ask, desktop, i18n
from .common import guarded, offer_another_file, run_and_release

if TYPE_CHECKING:
    from app.store import Register

    from .main_window import MainWindow


class RequestActions(QObject):
    """What the operator records about the selected request."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def step(self, step: str, kind: str) -> None:
        """Do a next step the detail panel offered ("letter" with its kind, "close", ...)."""
        window = self.window
        {
            "letter": lambda: window.letters.make_letter(kind or None),
            "send": lambda: window.letters.mark_sent_number(kind),
            "identity": self.identity,
            "action": self.action,
            "close": self.close,
            "reopen": self.reopen,
            "evidence": self.evidence,
        }[step]()

    def _recorded(self, dialog_class: type, said: str) -> None:
        request = self.window.current_request()
        if request and run_and_release(dialog_class(self.window.register, request,
                                                    self.window)):
            self.window.refresh()
            self.window.statusBar().showMessage(said.format(request["number"]), 10000)

    def identity(self) -> None:
        """Record an identity check for the selected request."""
        from .record_dialogs import IdentityDialog

        self._recorded(IdentityDialog, self.tr("Identity check of {0} recorded."))

    def action(self) -> None:
        """Record an action for the selected request."""
        from .record_dialogs import ActionDialog

        self._recorded(ActionDialog, self.tr("Action for {0} recorded."))

    def documents(self) -> None:
        """Record the day the supporting documents of the selected request's correction came."""
        from .record_dialogs import DocumentsDialog

        window = self.window
        request = window.current_request()
        if not request:
            return
        if not any(i.get("waiting") for i in request["items"]):
            ask.tell_error(window, self.tr("No right of {0} waits for supporting documents.")
                           .format(request["number"]))
            return
        dialog = DocumentsDialog(window.register, request, window)
        if not run_and_release(dialog):
            return
        day, started = dialog.chosen_day(), list(dialog.started)
        window.refresh(select_id=request["id"])
        after = window.register.get_request(request["id"])
        due = min(i["due"] for i in after["items"] if i["type"] in started)
        window.statusBar().showMessage(self.tr(
            "Supporting documents of {0} recorded as received on {1}; due {2}.").format(
            request["number"], i18n.format_date(day), i18n.format_date(due)), 10000)

    def close(self) -> None:
        """Close the selected request with an outcome."""
        from .record_dialogs import CloseDialog

        self._recorded(CloseDialog, self.tr("{0} closed."))

    def reopen(self) -> None:
        """Reopen the selected (closed) request, with a reason."""
        from app.services import requests

        request = self.window.current_request()
        if not request:
            return
        reason = ask.ask_text(self.window, self.tr("Reopen request"),
                              self.tr("Why is {0} reopened?").format(request["number"]))
        if reason:
            ok, _ = guarded(self.window, lambda: requests.reopen_request(
                self.window.register, request["id"], reason))
            if ok:
                self.window.refresh()
                self.window.statusBar().showMessage(self.tr("{0} reopened.").format(
                    request["number"]), 10000)

    def evidence(self) -> None:
        """Write a ZIP with everything about the selected request, in the background."""
        window = self.window
        request = window.current_request()
        if not request:
            return
        if not ask.confirm(window, self.tr("The evidence pack is a plain ZIP file, not "
                                           "encrypted, with the request's personal data, "
                                           "letters and history. Continue?"),
                           self.tr("Continue")):
            return
        self._evidence_to_file(request)

    def _evidence_to_file(self, request: dict[str, Any]) -> None:
        """Ask where the evidence pack goes and write it there in the background; a refused
        file offers another."""
        window = self.window
        target = ask.ask_save_file(window, self.tr("Save the evidence pack"),
                                   Path.home() / f"{request['number']}-evidence.zip",
                                   self.tr("ZIP archives (*.zip)"))
        if not target:
            return
        request_id = request["id"]

        def work(register: Register, ctx: Any) -> dict[str, Any]:
            from app.services import exports

            # The save dialog asked before an existing file was chosen.
            return exports.evidence_pack(register, request_id, target, progress=ctx,
                                         overwrite=True)

        def done(out: dict[str, Any]) -> None:
            window.statusBar().showMessage(self.tr("Evidence pack of {0} saved: {1}").format(
                out["request"], out["path"]), 10000)
            desktop.show_file(window, Path(out["path"]))

        window.jobs.run(self.tr("Writing the evidence pack…"), work, done,
                        on_failed=offer_another_file(
                            window, lambda: self._evidence_to_file(request)))
