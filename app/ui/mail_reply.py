"""Reply by email: a prepared letter to the requester, as a draft or sent through SMTP.

The dialog shows what will go (to, subject, the short body, which may be edited here,
the attachments) and offers the two ways: "Save draft and open" writes a draft .eml
(it opens in the default mail client as a draft; the letter is marked sent once the
operator confirms it went), "Send now" sends it through the SMTP server of the
settings and records it as sent by email with its Message-ID. A PDF goes too when
LibreOffice can make one; the dialog says which converter, or that the .docx goes alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
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

from app.services import reply
from app.store import Register

from . import ask, messages
from .common import guarded_target, note_label


class ReplyDialog(QDialog):
    """What the reply says, and how it goes."""

    def __init__(self, register: Register, letter: dict[str, Any],
                 parent: QWidget | None = None, options: dict[str, Any] | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("replyDialog")
        self.setMinimumWidth(720)
        self.register = register
        self.letter = letter
        self.plan = reply.plan_reply(register, letter["number"])
        # What the operator chose: {"draft": result} (saved), or {"send": options} (the
        # window sends it as a job); None until then.
        self.outcome: dict[str, Any] | None = None
        self.to = QLabel(f"{self.plan.recipient_name} <{self.plan.recipient}>")
        self.subject = QLineEdit(self.plan.subject)
        self.body = QPlainTextEdit(self.plan.body)
        self.pdf = QCheckBox()
        self.pdf.setEnabled(self.plan.pdf_converter is not None)
        self.pdf.setChecked(self.plan.pdf_converter is not None)
        self.original = QCheckBox()
        self.original.setEnabled(self.plan.has_original)
        self.threading = note_label()
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(3)]
        for label, field in zip(self.labels, (self.to, self.subject, self.body), strict=True):
            self.form.addRow(label, field)
        self.form.addRow("", self.pdf)
        self.form.addRow("", self.original)
        self.draft_button = QPushButton(objectName="draftButton")
        self.send_button = QPushButton(objectName="sendButton")
        self.send_button.setEnabled(self.plan.smtp_ready)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.draft_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.draft_button.clicked.connect(self.save_draft)
        self.send_button.clicked.connect(self.send)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.threading)
        layout.addWidget(self.buttons)
        if options:  # shown again after a failed sending: nothing typed is lost
            self.subject.setText(options["subject"])
            self.body.setPlainText(options["body"])
            self.pdf.setChecked(options["pdf"] and self.pdf.isEnabled())
            self.original.setChecked(options["with_original"] and self.original.isEnabled())
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Reply by email — {0}").format(self.plan.number))
        for label, text in zip(self.labels, (self.tr("To"), self.tr("Subject"),
                                             self.tr("Message")), strict=True):
            label.setText(text)
        if self.plan.pdf_converter:
            self.pdf.setText(self.tr("Attach a PDF too (made by {0})").format(
                self.plan.pdf_converter))
        else:
            self.pdf.setText(self.tr("No PDF: LibreOffice is not installed; the .docx goes "
                                     "alone"))
        self.original.setText(self.tr("Attach the original request"))
        if self.plan.in_reply_to:
            threading = self.tr("The reply threads under the requester's message.")
        elif self.plan.subject.startswith("Re:"):
            threading = self.tr("The requester's message is not kept in the register: the "
                                "reply answers its subject but may not thread under it.")
        else:
            threading = self.tr("The request did not come by email: the subject is in the "
                                "letter's language.")
        self.threading.setText(threading)
        self.draft_button.setText(self.tr("Save draft and open…"))
        self.send_button.setText(self.tr("Send now"))
        self.send_button.setToolTip(
            "" if self.plan.smtp_ready else
            self.tr("Set up the SMTP server in Settings, Mail, to send from here."))

    def _options(self) -> dict[str, Any]:
        return {"pdf": self.pdf.isChecked(), "with_original": self.original.isChecked(),
                "body": self.body.toPlainText(), "subject": self.subject.text()}

    def save_draft(self) -> None:
        """Write the draft where the operator chooses (owner-only), then close."""
        suggested = ask.documents_folder() / f"{self.plan.number}_reply.eml"
        target = ask.ask_save_file(self, self.tr("Save the draft"), suggested,
                                   self.tr("Email (*.eml)"))
        if not target:
            return
        ok, out = guarded_target(self, lambda: reply.save_draft(
            self.register, self.plan.number, Path(target), **self._options()), self.save_draft)
        if ok:
            self.outcome = {"draft": out}
            self._warn(out)
            super().accept()

    def send(self) -> None:
        """Close with the choice to send; the window sends it off the GUI thread and
        records the letter as sent once the server took it."""
        self.outcome = {"send": self._options()}
        super().accept()

    def _warn(self, out: dict[str, Any]) -> None:
        if out.get("warnings"):
            ask.tell_info(self, "\n".join(messages.word(w) for w in out["warnings"]))
