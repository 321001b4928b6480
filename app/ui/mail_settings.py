"""Settings, tab Mail: the mailbox requests are read from, the SMTP server replies go through.

Both are optional and empty at first: nothing goes over the network until a server is
filled in here. Passwords go to the system keychain, never into the register or a file
(a password left empty keeps the one already kept). The values are checked by the same
rules as on the command line (`app.domain.mail`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.mail import MAX_INTERVAL_MINUTES, TLS_MODES
from app.services import mailbox, reply
from app.services import operator as settings_service
from app.store import Register

from .common import code_combo, fill_combo, note_label


class ServerFields(QObject):
    """Host, port, TLS, user and password of one server, in a form."""

    def __init__(self, form: QFormLayout, value: dict[str, Any] | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        value = value or {}
        self.host = QLineEdit(value.get("host") or "")
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setValue(int(value.get("port") or 0))
        self.tls = code_combo(TLS_MODES, self.tls_name, value.get("tls") or "implicit")
        self.user = QLineEdit(value.get("user") or "")
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.host, self.port, self.tls, self.user,
                                              self.password), strict=True):
            form.addRow(label, field)

    def tls_name(self, code: str) -> str:
        return {"implicit": self.tr("TLS (ports 993, 465)"),
                "starttls": self.tr("STARTTLS (ports 143, 587)"),
                "none": self.tr("None: not encrypted")}[code]

    def retranslate(self, host_example: str) -> None:
        for label, text in zip(self.labels, (
                self.tr("Server"), self.tr("Port"), self.tr("Encryption"), self.tr("User"),
                self.tr("Password")), strict=True):
            label.setText(text)
        self.host.setPlaceholderText(host_example)
        self.port.setSpecialValueText(self.tr("usual"))
        self.user.setPlaceholderText(self.tr("usually the full mail address"))
        self.password.setPlaceholderText(self.tr("kept in the system keychain; empty: "
                                                 "unchanged"))
        fill_combo(self.tls, TLS_MODES, self.tls_name)

    def values(self) -> dict[str, Any]:
        return {"host": self.host.text().strip(), "port": self.port.value() or None,
                "tls": self.tls.currentData(), "user": self.user.text().strip()}


class MailTab(QWidget):
    """The mailbox and the SMTP server."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailTab")
        self.register = register
        box = register.get_setting("mailbox")
        out = register.get_setting("smtp")
        self.note = note_label()
        self.inbox = QGroupBox(objectName="mailboxGroup")
        iform = QFormLayout(self.inbox)
        self.imap = ServerFields(iform, box, self)
        self.folders = QLineEdit(", ".join((box or {}).get("folders") or ["INBOX"]))
        self.filter = QLineEdit((box or {}).get("filter") or "")
        self.interval = QSpinBox()
        self.interval.setRange(0, MAX_INTERVAL_MINUTES)
        self.interval.setValue(int((box or {}).get("interval") or 0))
        self.inbox_labels = [QLabel() for _ in range(3)]
        for label, field in zip(self.inbox_labels, (self.folders, self.filter, self.interval),
                                strict=True):
            iform.addRow(label, field)
        self.outbox = QGroupBox(objectName="smtpGroup")
        oform = QFormLayout(self.outbox)
        self.smtp = ServerFields(oform, out, self)
        self.sender = QLineEdit((out or {}).get("from") or "")
        self.sender_label = QLabel()
        oform.addRow(self.sender_label, self.sender)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.inbox)
        layout.addWidget(self.outbox)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.note.setText(self.tr(
            "Optional. Nothing goes over the network until you fill in a server. The mailbox "
            "is only read: nothing on the server is marked as read, moved or deleted. New "
            "messages that look like requests wait under Incoming mail for you to accept or "
            "dismiss. Gmail, Yandex and mail.ru need an app password, not your usual one."))
        self.inbox.setTitle(self.tr("Mailbox requests arrive in (IMAP)"))
        self.outbox.setTitle(self.tr("Sending replies (SMTP)"))
        self.imap.retranslate("imap.gmail.com")
        self.smtp.retranslate("smtp.gmail.com")
        for label, text in zip(self.inbox_labels, (self.tr("Folders"), self.tr("Only messages"),
                                                   self.tr("Check every")), strict=True):
            label.setText(text)
        self.folders.setPlaceholderText(self.tr("INBOX, or several separated by commas"))
        self.filter.setPlaceholderText(self.tr(
            "to an alias or with these words in the subject, e.g. privacy@ | Персональные "
            "данные | Дербес деректер"))
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setSpecialValueText(self.tr("only when I click Check now"))
        self.sender_label.setText(self.tr("Replies come from"))
        self.sender.setPlaceholderText("privacy@example.kz")

    def check(self) -> None:
        """Check both servers as they would be saved (a user error on a bad value), before
        anything in the dialog is written."""
        from app.domain.mail import check_mailbox, check_smtp

        box, out = self.imap.values(), self.smtp.values()
        if box["host"]:
            check_mailbox(box | {"folders": [f.strip() for f in self.folders.text().split(",")],
                                 "interval": self.interval.value()})
        if out["host"]:
            check_smtp(out | {"from": self.sender.text().strip()})
        typed = (box["host"] and self.imap.password.text()) or (
            out["host"] and self.smtp.password.text())
        if typed:
            from app.store.secrets import keyring_available

            if not keyring_available():
                # Never kept anywhere else: say so before anything is saved.
                raise DomainError("mail_password_not_kept")

    def save(self) -> None:
        """Check and store both servers (a user error on a bad value); a password typed
        goes to the keychain. A server whose name was emptied is no longer used."""
        box = self.imap.values()
        out = self.smtp.values()
        if box["host"]:
            folders = [f.strip() for f in self.folders.text().split(",") if f.strip()]
            mailbox.set_mailbox(self.register, **box, folders=folders or ["INBOX"],
                                filter_text=self.filter.text(),
                                interval=self.interval.value(),
                                password=self.imap.password.text() or None)
        elif self.register.get_setting("mailbox") is not None:
            settings_service.save_settings(self.register, {"mailbox": None})
        if out["host"]:
            reply.set_smtp(self.register, **out, sender=self.sender.text().strip(),
                           password=self.smtp.password.text() or None)
        elif self.register.get_setting("smtp") is not None:
            settings_service.save_settings(self.register, {"smtp": None})


