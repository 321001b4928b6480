"""Incoming mail: messages fetched from the mailbox, for the operator to accept or dismiss.

`MailActions` is the window's part: "Incoming mail (N)" in the Register menu, "Check
now" (a fetch as a window job, with progress and Cancel in the status bar; Cancel keeps
what was read), the optional check every so many minutes while the window runs, and
"Reply by email" on a prepared letter. `IncomingMailDialog` lists what waits; Accept
opens the usual import dialog (rights, language, duplicates) with the message received
when it arrived on the server; Dismiss asks for the reason, which is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.services import mailbox
from app.store import Register

from . import ask, i18n, messages
from .common import guarded, note_label, run_and_release
from .intake_dialogs import ImportEmailDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


class AcceptMailDialog(ImportEmailDialog):
    """The usual import dialog, for a message of the queue (accepted, not imported)."""

    def __init__(self, register: Register, queue_id: int, parent: QWidget | None = None
                 ) -> None:
        self.queue_id = queue_id
        super().__init__(register, mailbox.read_queued(register, queue_id), parent)

    def _import(self, types: list[str]) -> Any:
        address = self.address.values()
        form = address["address_form"] if address["address_form"] != "neutral" else None
        return mailbox.accept(self.register, self.queue_id, types=types,
                              lang=self.lang.currentData(),
                              name=self.name.text().strip() or None,
                              postal_address=address["postal_address"] or None,
                              address_form=form)


class IncomingMailDialog(QDialog):
    """The review queue: what was fetched and waits for a decision."""

    COLUMNS = 5

    def __init__(self, register: Register, parent: QWidget | None = None,
                 check_now: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("incomingMailDialog")
        self.resize(960, 480)
        self.register = register
        self.rows: list[dict[str, Any]] = []
        self.accepted_ids: list[int] = []
        self.note = note_label()
        self.table = QTableWidget(0, self.COLUMNS, objectName="mailQueue")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda *_: self.accept_selected())
        self.check = QPushButton(objectName="checkNow")
        self.check.setEnabled(check_now is not None)
        if check_now is not None:
            self.check.clicked.connect(check_now)
        self.accept_button = QPushButton(objectName="acceptMail")
        self.accept_button.clicked.connect(self.accept_selected)
        self.dismiss_button = QPushButton(objectName="dismissMail")
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        for button in (self.check, self.accept_button, self.dismiss_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.table.setHorizontalHeaderLabels([
            self.tr("Arrived"), self.tr("From"), self.tr("Subject"), self.tr("Rights"),
            self.tr("Language")])
        self.check.setText(self.tr("Check now"))
        self.accept_button.setText(self.tr("Accept…"))
        self.dismiss_button.setText(self.tr("Dismiss…"))
        self.close_button.setText(self.tr("Close"))
        self._title()

    def _title(self) -> None:
        n = len(self.rows)
        self.setWindowTitle(self.tr("Incoming mail (%n)", "", n))
        self.note.setText(self.tr(
            "Messages from your mailbox that look like requests. Accept one to register it, "
            "received when it arrived on the server; dismiss the others with a reason. "
            "Nothing on the server is changed.") if n else self.tr(
            "No message waits. Check now reads the mailbox of Settings, Mail."))

    def reload(self) -> None:
        """Show the queue as the register has it now."""
        self.rows = mailbox.queue(self.register)
        self.table.setRowCount(len(self.rows))
        for i, m in enumerate(self.rows):
            cells = (i18n.format_datetime(m["arrived"]), m["from"], m["subject"],
                     i18n.short_type_names(m["types"]) if m["types"] else "",
                     i18n.language_name(m["lang"]) if m["lang"] else "")
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m["id"])
                self.table.setItem(i, j, item)
        if self.rows:
            self.table.selectRow(0)
        enabled = bool(self.rows)
        self.accept_button.setEnabled(enabled)
        self.dismiss_button.setEnabled(enabled)
        self._title()

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def accept_selected(self) -> None:
        """Open the import dialog for the selected message; it becomes a request."""
        queue_id = self.selected_id()
        if queue_id is None:
            return
        ok, dialog = guarded(self, lambda: AcceptMailDialog(self.register, queue_id, self))
        if ok and run_and_release(dialog) and dialog.logged is not None:
            self.accepted_ids.append(dialog.logged.request_id)
        self.reload()

    def dismiss_selected(self) -> None:
        """Dismiss the selected message with a reason (kept; it is not fetched again)."""
        queue_id = self.selected_id()
        if queue_id is None:
            return
        reason = ask.ask_text(self, self.tr("Dismiss"), self.tr(
            "Why is this message not a request? (e.g. spam, a reply to our letter)"))
        if reason and guarded(self, lambda: mailbox.dismiss(self.register, queue_id,
                                                            reason))[0]:
            self.reload()


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
        return mailbox.queue_count(register) if register is not None else 0

    def show_count(self) -> None:
        """Say how many messages wait: in the Register menu, and in the status bar."""
        n = self.count()
        self.window.commands.show_mail_count(n)
        self.badge.setText(self.tr("Incoming mail: %n message(s) to review", "", n))
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
            return mailbox.fetch(register, progress=ctx)

        def done(out: dict[str, Any]) -> None:
            notes = [messages.word(n) for n in out["notices"]]
            self.window.statusBar().showMessage(self.tr(
                "%n new message(s) in Incoming mail.", "", out["new"]), 10000)
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
