"""Correcting the selected request in the open: edit its details and rights, void what was
recorded by mistake.

Nothing is deleted. An edit is an audited change whose before and after the history
shows; a voided request, identity check or action stays in the record with its reason,
and a voided request is no longer counted. Each asks in a dialog (`edit_dialog`) or a
question with a reason (`ask`), writes through `services.requests`, and says in the
status bar what was recorded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from . import ask, i18n
from .common import guarded, run_and_release

if TYPE_CHECKING:
    from .main_window import MainWindow

STATUS_MS = 10000


class CorrectionActions(QObject):
    """Edit and void, on the request the window shows."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _done(self, request_id: int, text: str) -> None:
        self.window.refresh(select_id=request_id)
        self.window.statusBar().showMessage(text, STATUS_MS)

    def edit(self) -> None:
        """Correct the requester's details and the rights asked for."""
        from .edit_dialog import EditRequestDialog

        window = self.window
        request = window.current_request()
        if not request:
            return
        dialog = EditRequestDialog(window.register, request, window)
        accepted = run_and_release(dialog)
        if dialog.applied:  # also when a later step was refused and the dialog cancelled
            self._done(request["id"], self.tr("{0} corrected: {1}.").format(
                request["number"], ", ".join(dialog.applied)))
        elif accepted:
            window.statusBar().showMessage(self.tr("Nothing was changed."), STATUS_MS)

    def void_request(self) -> None:
        """Void the selected request as registered by mistake, with a reason."""
        from app.services import requests

        window = self.window
        request = window.current_request()
        if not request:
            return
        reason = ask.ask_text(window, self.tr("Void request"), self.tr(
            "Void {0} as registered by mistake? It stays listed under “All requests” and in its "
            "history, but no statistic or on-time rate counts it any more.\n\nWhy is it "
            "voided?")
            .format(request["number"]))
        if not reason:
            return
        ok, _ = guarded(window, lambda: requests.void_request(window.register, request["id"],
                                                              reason))
        if ok:
            self._done(request["id"], self.tr("{0} voided: {1}").format(request["number"],
                                                                          reason))

    def void_identity(self, check: dict[str, Any]) -> None:
        """Void an identity check recorded by mistake, with a reason."""
        from app.services import requests

        what = self.tr("the identity check of {0} ({1})").format(
            i18n.format_datetime(check["at"]),
            i18n.identity_method_name(check["method"], capital=False))
        self._void(what, lambda rid, reason: requests.void_identity(
            self.window.register, rid, check["id"], reason))

    def void_action(self, action: dict[str, Any]) -> None:
        """Void an action recorded by mistake, with a reason; the rights only it fulfilled
        open again."""
        from app.services import requests

        what = self.tr("the action of {0} ({1})").format(
            i18n.format_datetime(action["at"]), i18n.action_name(action["kind"], capital=False))
        self._void(what, lambda rid, reason: requests.void_action(
            self.window.register, rid, action["id"], reason))

    def _void(self, what: str, work: Any) -> None:
        window = self.window
        request = window.current_request()
        if not request:
            return
        reason = ask.ask_text(window, self.tr("Void"), self.tr(
            "Void {0} as recorded by mistake? It stays in the record, struck through, with "
            "your reason.\n\nWhy is it voided?").format(what))
        if not reason:
            return
        ok, _ = guarded(window, lambda: work(request["id"], reason))
        if ok:
            self._done(request["id"], self.tr("{0}: voided {1}.").format(request["number"],
                                                                          what))
