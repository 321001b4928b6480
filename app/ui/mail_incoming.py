"""The window's mail: Incoming mail and its count, Check now, Reply by email.

`MailActions` is the window's part: "Incoming mail (N)" in the Register menu, "Check
now" (a fetch as a window job, with progress and Cancel in the status bar; Cancel keeps
what was read), the optional check every so many minutes while the window runs, and
"Reply by email" on a prepared letter. `IncomingMailDialog` lists what waits; Accept
opens the usual import dialog (rights, language, duplicates) with the message received
when it arrived on the server; Dismiss asks for the reason, which is kept (the view
is `mail_queue.py`, loaded when first opened, like the mail services: the window starts
without them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton

from app.domain.errors import DomainError

from . import ask, messages
from .common import guarded, run_and_release

if TYPE_CHECKING:
    from app.store import Register

    from .mail_queue import IncomingMailDialog
    from .main_window import MainWindow


class MailActions(QObject):
    """The window's mail: the queue, fetching, the timer, replying by email."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: IncomingMailDialog | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.check_now(quiet=True))
        # In the status bar while messages wait: the count, one click from the view.
        self.badge = QPushButton(objectName="incomingMailBadge")
        self.badge.setFlat(True)
        self.badge.clicked.connect(self.show_queue)
        self.badge.hide()
        window.statusBar().addWidget(self.badge)

    def count(self) -> int:
        """How many messages wait (0 without a register)."""
        register = self.window.register
        return register.mail_queue_count() if register is not None else 0

    def show_count(self) -> None:
        """Say how many messages wait: in the Register menu, and in the status bar."""
        n = self.count()
        self.window.commands.show_mail_count(n)
        self.badge.setText(self.tr("Incoming mail: %Ln message(s) to review", "", n))
        self.badge.setVisible(n > 0)

    def start_timer(self) -> None:
        """Check the mailbox every so many minutes while the window runs, if chosen."""
        register = self.window.register
        setting = register.get_setting("mailbox") if register is not None else None
        minutes = int((setting or {}).get("interval") or 0)
        self.timer.stop()
        if minutes:
            self.timer.start(minutes * 60_000)

    def show_queue(self) -> None:
        """Open the Incoming mail view (not modal: the status bar's Cancel stays usable)."""
        from .mail_queue import IncomingMailDialog

        if self.dialog is None:
            self.dialog = IncomingMailDialog(self.window.register, self.window, self.check_now)
            self.dialog.finished.connect(self._closed)
        self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()

    def _closed(self) -> None:
        accepted = self.dialog.accepted_ids if self.dialog else []
        self.dialog = None
        self.window.refresh(select_id=accepted[-1] if accepted else None)

    def check_now(self, quiet: bool = False) -> None:
        """Fetch new messages as a window job; Cancel keeps what was read."""
        if self.window.register.get_setting("mailbox") is None:
            if not quiet:
                ask.tell_error(self.window, messages.word(
                    DomainError("mailbox_not_set")))
            return

        def work(register: Register, ctx: Any) -> dict[str, Any]:
            from app.services import mailbox

            return mailbox.fetch(register, progress=ctx)

        def done(out: dict[str, Any]) -> None:
            notes = [messages.word(n) for n in out["notices"]]
            self.window.statusBar().showMessage(self.tr(
                "%Ln new message(s) in Incoming mail.", "", out["new"]), 10000)
            if notes and not quiet:
                ask.tell_info(self.window, "\n".join(notes))
            if self.dialog is not None:
                self.dialog.reload()

        def failed(exc: BaseException) -> None:
            if quiet:  # the interval's check: say it in the status bar, not in a dialog
                self.window.statusBar().showMessage(messages.word(exc), 15000)
            else:
                ask.tell_error(self.window, messages.word(exc))

        self.window.jobs.run(self.tr("Checking the mailbox…"), work, done, quiet=quiet,
                             on_failed=failed, on_end=lambda how: self._ended(how))

    def _ended(self, how: str) -> bool:
        if self.dialog is not None:
            self.dialog.reload()
        return True

    def reply(self, letter: dict[str, Any], options: dict[str, Any] | None = None) -> None:
        """Reply by email with a prepared letter (*options*: as typed before a failure)."""
        from .mail_reply import ReplyDialog

        window = self.window
        request = window.current_request()
        if not request:
            return
        ok, dialog = guarded(window, lambda: ReplyDialog(window.register, letter, window,
                                                         options))
        if not ok or not run_and_release(dialog) or dialog.outcome is None:
            return
        if "send" in dialog.outcome:
            self._send(request["id"], letter, dialog.outcome["send"])
            return
        draft = dialog.outcome["draft"]
        from pathlib import Path

        from . import desktop

        desktop.open_file(window, Path(draft["path"]))
        if ask.confirm(window, self.tr(
                "The draft of {0} opened in your mail client. Once you have sent it, record "
                "the letter as sent.").format(draft["number"]), self.tr("Record as sent…")):
            window.letters.mark_sent(letter)

    def _send(self, request_id: int, letter: dict[str, Any], options: dict[str, Any]) -> None:
        """Send through SMTP as a window job; a failure is said and the dialog comes back
        with what was typed."""
        from app.services import reply

        window = self.window
        number = letter["number"]

        def work(register: Register, ctx: Any) -> dict[str, Any]:
            return reply.send_reply(register, number, **options)

        def done(sent: dict[str, Any]) -> None:
            window.refresh(select_id=request_id)
            window.statusBar().showMessage(self.tr("{0} sent to {1} and recorded as sent.")
                                           .format(sent["number"], sent["to"]), 10000)
            if sent["warnings"]:
                ask.tell_info(window, "\n".join(messages.word(w) for w in sent["warnings"]))

        def failed(exc: BaseException) -> None:
            ask.tell_error(window, messages.word(exc))
            window.jobs.when_idle(lambda: self.reply(letter, options))

        window.jobs.run(self.tr("Sending {0}…").format(number), work, done,
                        cancellable=False, on_failed=failed)
