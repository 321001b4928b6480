"""Pasting an email copied from webmail, for people whose mail cannot be saved as an .eml.

The operator pastes the message (the header block and the text, Gmail's "Show original", or
just the text). While they paste, the dialog says what the headers give: the sender and the
time received. Where the text has no sender or date, the operator types them; the received
time is never "now" unless they leave it so, and the import dialog says when the typed time
is used. "Next" reads the text (`services.requests.read_pasted`) into the very draft an
.eml file gives, and the usual import dialog follows (types, language, duplicates).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import USER_ERRORS
from app.store import Register

from . import i18n
from .common import from_qdatetime, guarded, note_label, to_qdatetime


class PasteEmailDialog(QDialog):
    """Paste an email's text; the sender and time come from its headers or are typed."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.draft: Any = None  # services.requests.EmailDraft, once read
        self.setObjectName("pasteEmailDialog")
        self.setMinimumSize(760, 560)
        self.intro = QLabel(wordWrap=True)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.paste_button = QPushButton()
        self.paste_button.clicked.connect(self.paste_clipboard)
        self.found = note_label()
        self.sender = QLineEdit()
        self.received = QDateTimeEdit(to_qdatetime(register.now()))
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.form = QFormLayout()
        self.labels = {k: QLabel() for k in ("sender", "received")}
        self.form.addRow(self.labels["sender"], self.sender)
        self.form.addRow(self.labels["received"], self.received)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.paste_button)
        layout.addWidget(self.found)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.look)
        self.text.textChanged.connect(self._timer.start)
        self.retranslate()

    def retranslate(self) -> None:
        """Every fixed text in the interface language."""
        self.setWindowTitle(self.tr("Paste an email"))
        self.intro.setText(self.tr(
            "Copy the email in your webmail and paste it below: best with its headers (From, "
            "Date, Subject), as “Show original” or a forward shows them; the text alone will "
            "do if you type the sender and the time it arrived."))
        self.text.setPlaceholderText(self.tr("From: …\nDate: …\nSubject: …\n\nThe text of "
                                             "the email"))
        self.paste_button.setText(self.tr("Paste from the clipboard"))
        self.labels["sender"].setText(self.tr("From, if not in the text"))
        self.sender.setPlaceholderText(self.tr("name@example.kz or the sender's name"))
        self.labels["received"].setText(self.tr("Received on, if not in the text"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Next…"))
        self.look()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    def paste_clipboard(self) -> None:
        """Put the clipboard's text in the box (for those who do not know Ctrl+V)."""
        self.text.setPlainText(QGuiApplication.clipboard().text())
        self.look()

    def look(self) -> None:
        """Say what the pasted headers give, so the operator knows what to type."""
        from app.services.requests import read_pasted

        text = self.text.toPlainText()
        if not text.strip():
            self.found.setText("")
            return
        try:
            mail = read_pasted(text, "-", from_qdatetime(self.received.dateTime())).mail
        except USER_ERRORS:
            self.found.setText(self.tr("This does not read as an email yet."))
            return
        codes = {w.code for w in mail.warnings}
        has_date = not codes & {"pasted_date_typed", "email_date_from_import_time"}
        has_sender = bool(mail.sender_email) and mail.sender_name != "-"
        parts = []
        if has_sender:
            parts.append(self.tr("from {0}").format(mail.sender_email))
        if has_date:
            parts.append(self.tr("received {0}").format(i18n.format_datetime(mail.received)))
        said = (self.tr("Found in the text: {0}.").format(", ".join(parts)) if parts
                else self.tr("No headers found in the text."))
        if not has_sender:
            said += " " + self.tr("Type the sender below.")
        if not has_date:
            said += " " + self.tr("The time received typed below is used.")
        self.found.setText(said)
        self.form.setRowVisible(0, not has_sender)
        self.form.setRowVisible(1, not has_date)

    def done(self, result: int) -> None:
        """Stop the typing timer: nothing runs after the dialog is gone."""
        self._timer.stop()
        super().done(result)

    def accept(self) -> None:
        """Read the pasted email; on a problem say it in one sentence and stay open."""
        from app.services.requests import read_pasted

        ok, draft = guarded(self, lambda: read_pasted(
            self.text.toPlainText(), self.sender.text().strip(),
            from_qdatetime(self.received.dateTime())))
        if ok:
            self.draft = draft
            super().accept()
