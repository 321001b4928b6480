"""Recording that a prepared letter was sent: how, and when (now unless the operator says
otherwise).

A letter made is only prepared. Recording it as sent (`services.letters.record_sent`)
is what answers the rights a reply answers, on the sending date, and what makes the
request answered; the dialog says so before it is done. A date before the letter was
made, or in the future, is refused in one sentence inside the dialog.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocab import SENT_VIA
from app.domain.workflow import suggested_sending
from app.services import USER_ERRORS
from app.store import Register

from . import i18n, messages
from .common import code_combo, fill_combo, from_qdatetime, note_label, to_qdatetime


def suggested_via(request: dict[str, Any]) -> str:
    """How a reply to *request* most likely goes (the domain's suggestion)."""
    return suggested_sending(str(request["channel"]), bool(request["requester"].get("email")),
                             bool(request.get("postal_address")))


class SentDialog(QDialog):
    """How and when one letter reached the requester."""

    def __init__(self, register: Register, request: dict[str, Any], letter: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.request = request
        self.letter = letter
        self.sent: dict[str, Any] | None = None
        self.setObjectName("sentDialog")
        self.setMinimumWidth(520)
        self.heading = QLabel(objectName="dialogHeading")
        self.heading.setWordWrap(True)
        self.via = code_combo(SENT_VIA, i18n.sent_via_name, suggested_via(request))
        self._now = to_qdatetime(register.now())
        self.when = QDateTimeEdit(self._now)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.effect = note_label()
        self.problem = note_label(kind="error")
        self.problem.hide()
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.labels[0], self.via)
        form.addRow(self.labels[1], self.when)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.effect)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        le = self.letter
        self.setWindowTitle(self.tr("Mark {0} as sent").format(le["number"]))
        self.heading.setText(self.tr("{0} — {1}, prepared on {2}").format(
            le["number"], i18n.letter_kind_name(le["kind"]),
            i18n.format_datetime(le["created_at"])))
        self.labels[0].setText(self.tr("Sent by"))
        self.labels[1].setText(self.tr("Sent on"))
        fill_combo(self.via, SENT_VIA, i18n.sent_via_name)
        self.effect.setText(self.tr("From this moment the letter counts as sent: a reply "
                                    "answers its rights on this date, and the request is "
                                    "answered once no reply is owed."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Record as sent"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    def moment(self) -> datetime | None:
        """When it was sent: None for now (the field left as it was); the field shows minutes,
        so the very minute the letter was made means the moment it was made."""
        if self.when.dateTime() == self._now:
            return None
        at = from_qdatetime(self.when.dateTime())
        made = datetime.fromisoformat(self.letter["created_at"])
        return made if at <= made < at + timedelta(minutes=1) else at

    def accept(self) -> None:
        """Record the sending; a refused date is said here and the dialog stays open."""
        from app.services.letters import record_sent

        try:
            self.sent = record_sent(self.register, self.letter["number"],
                                    via=self.via.currentData(), at=self.moment())
        except USER_ERRORS as exc:
            self.problem.setText(messages.word(exc))
            self.problem.show()
            return
        super().accept()
