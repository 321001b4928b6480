"""Incoming mail, the view: messages fetched from the mailbox, accepted or dismissed.

`IncomingMailDialog` lists what waits; Accept opens the usual import dialog (rights,
language, duplicates) with the message received when it arrived on the server; Dismiss
asks for the reason, which is kept. The window's part (the menu, the count, Check now)
is `mail_incoming.MailActions`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
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

from app.services import mailbox
from app.store import Register

from . import ask, i18n
from .common import guarded, note_label, run_and_release
from .intake_dialogs import ImportEmailDialog


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
        self.setWindowTitle(self.tr("Incoming mail (%Ln)", "", n))
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
