"""Recording what happened to a request: an identity check, an action, the day the supporting
documents of a correction arrived, closing it.

Each dialog writes through one `services.requests` function when accepted (the domain's
workflow moves the status); a mistake is said in one sentence and the dialog stays
open. What the form suggests first (the identity method for the channel, the action
for the first open right) is the workflow's suggestion, not the dialog's. The result of a
search is an action of its own ("data found", "data not found"): the access reply lists
what was found, as the note says it, and is refused after "not found".
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import ALMATY
from app.domain.operator import signatory_parts
from app.domain.vocab import ACTION_KINDS, IDENTITY_METHODS, IDENTITY_RESULTS, OUTCOMES
from app.domain.workflow import ACTION_FULFILS, suggested_action, suggested_identity_method
from app.services import USER_ERRORS
from app.store import Register

from . import i18n, messages
from .common import code_combo, fill_combo, guarded, note_label


def _operator_person(register: Register) -> str:
    """Who signs for the operator, to prefill "checked by" and "done by"."""
    operator = register.get_operator() or {}
    return signatory_parts(operator.get("signatory"))[1]


class _RecordDialog(QDialog):
    """A small form with OK/Cancel, about one request."""

    def __init__(self, register: Register, request: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.request = request
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.heading = QLabel(objectName="dialogHeading")
        self.heading.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.heading)
        self.layout_.addLayout(self.form)
        self.setMinimumWidth(560)

    def finish_layout(self) -> None:
        """Add the buttons last and set the texts."""
        self.layout_.addStretch(1)  # a dialog made taller keeps its rows together
        self.layout_.addWidget(self.buttons)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Open as tall as the rows need at the dialog's width, no taller."""
        super().showEvent(event)
        self.fit_height()

    def event(self, event: QEvent) -> bool:
        """Grow when a note grows (another action chosen): its rows are never squeezed."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self.fit_height(shrink=False)
        return handled

    def fit_height(self, shrink: bool = True) -> None:
        """Take the height the rows need at the width the dialog has (*shrink*: also when
        it has more).

        The first size is computed before the wrapped notes know their width, as if each
        were a few words wide: a Kazakh close dialog opened twice as tall as its rows,
        its heading floating in the gap.
        """
        self.layout_.activate()
        height = max(self.heightForWidth(self.width()), self.minimumSizeHint().height())
        if height > self.height() or (shrink and 0 < height < self.height()):
            self.resize(self.width(), height)

    def retranslate(self) -> None:
        """Overridden by each dialog."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    def _heading(self) -> str:
        r = self.request
        return f"{r['number']} — {r['requester']['name']}"


class IdentityDialog(_RecordDialog):
    """How the requester's identity was checked, and whether it was confirmed."""

    def __init__(self, register: Register, request: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(register, request, parent)
        self.method = code_combo(IDENTITY_METHODS, i18n.identity_method_name,
                                 suggested_identity_method(request["channel"]))
        self.result_ = code_combo(IDENTITY_RESULTS, i18n.identity_result_name, "passed")
        self.checked_by = QLineEdit(_operator_person(register))
        self.note = QLineEdit()
        self.note_hint = note_label()
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.method, self.result_, self.checked_by,
                                               self.note), strict=True):
            self.form.addRow(label, widget)
        self.form.addRow("", self.note_hint)
        self.finish_layout()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Record identity check"))
        self.heading.setText(self._heading())
        for label, text in zip(self.labels, (self.tr("Method"), self.tr("Result"),
                                             self.tr("Checked by"), self.tr("Note")),
                               strict=True):
            label.setText(text)
        fill_combo(self.method, IDENTITY_METHODS, i18n.identity_method_name)
        fill_combo(self.result_, IDENTITY_RESULTS, i18n.identity_result_name)
        self.note.setPlaceholderText(self.tr("e.g. ID card, last digits 4821"))
        self.note_hint.setText(self.tr("Never keep a copy of an identity document: write at "
                                       "most its type and the last 4 digits of its number."))

    def accept(self) -> None:
        """Record the check."""
        from app.services import requests

        ok, _ = guarded(self, lambda: requests.record_identity(
            self.register, self.request["id"], self.method.currentData(),
            self.result_.currentData(), self.note.text().strip() or None,
            self.checked_by.text().strip() or None))
        if ok:
            super().accept()


class ActionDialog(_RecordDialog):
    """Something done for the request: data found, corrected, blocked, deleted, ..."""

    def __init__(self, register: Register, request: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(register, request, parent)
        self.kind = code_combo(ACTION_KINDS, i18n.action_name,
                               suggested_action(request["items"], request.get("actions", ())))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.by = QLineEdit(_operator_person(register))
        self.effect = note_label()
        self.labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.labels, (self.kind, self.note, self.by), strict=True):
            self.form.addRow(label, widget)
        self.form.addRow("", self.effect)
        self.kind.currentIndexChanged.connect(self._show_effect)
        self.finish_layout()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Record action"))
        self.heading.setText(self._heading())
        for label, text in zip(self.labels, (self.tr("Action"), self.tr("What was done"),
                                             self.tr("Done by")), strict=True):
            label.setText(text)
        fill_combo(self.kind, ACTION_KINDS, i18n.action_name)
        self._show_effect()

    def _placeholder(self, kind: str) -> str:
        """What the note should say for this kind of action."""
        if kind == "data_found":
            return self.tr("What was found, e.g. name, email and order history in the CRM")
        if kind in ("data_not_found", "searched"):
            return self.tr("Where you searched, e.g. the CRM, the mailing list and the "
                           "accounting system")
        return self.tr("e.g. Account and order history erased in the CRM and the mailing list")

    def _role(self, kind: str) -> str:
        """What recording a search result means for the letters."""
        from app.services.letters import quoted_actions

        if kind == "data_found":
            return self.tr("The access reply lists this note as the data held about the "
                           "requester: write it in the language of the letter.")
        if kind == "data_not_found":
            return self.tr("An access reply can no longer be made: answer with the letter "
                           "“{0}”.").format(i18n.letter_kind_name("no_data"))
        if kind in quoted_actions():
            return self.tr("The confirmation letter quotes this note to the requester: "
                           "write it in the language of the letter.")
        return ""

    def _show_effect(self) -> None:
        kind = self.kind.currentData() or ""
        self.note.setPlaceholderText(self._placeholder(kind))
        fulfils = ACTION_FULFILS.get(kind, ())
        open_types = [i["type"] for i in self.request["items"] if not i["done"]
                      and i["type"] in fulfils]
        sentences = [self._role(kind)]
        if open_types:
            sentences.append(self.tr("This marks as done: {0}.").format(
                i18n.type_names_in_sentence(open_types)))
        self.effect.setText(" ".join(s for s in sentences if s))

    def accept(self) -> None:
        """Record the action."""
        from app.services import requests

        ok, _ = guarded(self, lambda: requests.record_action(
            self.register, self.request["id"], self.kind.currentData(),
            self.note.toPlainText(), self.by.text().strip() or None))
        if ok:
            super().accept()


class CloseDialog(_RecordDialog):
    """Close the request with an outcome (every right still open is closed with it)."""

    def __init__(self, register: Register, request: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(register, request, parent)
        open_items = [i for i in request["items"] if not i["done"]]
        self.outcome = code_combo(OUTCOMES, i18n.outcome_name, "fulfilled")
        self.reason = QLineEdit()
        self.open_note = note_label(kind="warning")
        self.open_note.setVisible(bool(open_items))
        self._open_types = [i["type"] for i in open_items]
        self.labels = [QLabel() for _ in range(2)]
        for label, widget in zip(self.labels, (self.outcome, self.reason), strict=True):
            self.form.addRow(label, widget)
        self.form.addRow("", self.open_note)
        self.finish_layout()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Close request"))
        self.heading.setText(self._heading())
        self.labels[0].setText(self.tr("Outcome"))
        self.labels[1].setText(self.tr("Reason or comment"))
        fill_combo(self.outcome, OUTCOMES, i18n.outcome_name)
        self.reason.setPlaceholderText(self.tr("Optional; kept with the request"))
        self.open_note.setText(self.tr("Still open: {0}. Closing gives them this outcome.")
                               .format(i18n.type_names_in_sentence(self._open_types)))

    def accept(self) -> None:
        """Close the request."""
        from app.services import requests

        ok, _ = guarded(self, lambda: requests.close_request(
            self.register, self.request["id"], self.outcome.currentData(),
            self.reason.text().strip() or None))
        if ok:
            super().accept()


class DocumentsDialog(_RecordDialog):
    """The day the supporting documents of a correction arrived: its period runs from then."""

    def __init__(self, register: Register, request: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(register, request, parent)
        self.started: list[str] = []
        received = datetime.fromisoformat(request["received"]).astimezone(ALMATY).date()
        today = register.today()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        # Not before the request was received, not in the future (the store checks too).
        self.day.setDateRange(QDate(received.year, received.month, received.day),
                              QDate(today.year, today.month, today.day))
        self.waiting = [i["type"] for i in request["items"] if i.get("waiting")]
        self.label = QLabel()
        self.form.addRow(self.label, self.day)
        self.explain = note_label()
        self.form.addRow("", self.explain)
        self.problem = note_label(kind="error")
        self.problem.hide()
        self.layout_.addWidget(self.problem)
        self.finish_layout()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Supporting documents received"))
        self.heading.setText(self._heading())
        self.label.setText(self.tr("Received on"))
        self.explain.setText(self.tr(
            "The period of {0} runs from the day after this date; until it is recorded, the "
            "date is counted from the receipt of the request.").format(
            i18n.type_names_in_sentence(self.waiting)))

    def chosen_day(self) -> date:
        """The day chosen."""
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def accept(self) -> None:
        """Record the day; a refused one is said here."""
        from app.services import requests

        try:
            self.started = requests.documents_received(self.register, self.request["id"],
                                                       self.chosen_day())
        except USER_ERRORS as exc:
            self.problem.setText(messages.word(exc))
            self.problem.show()
            return
        super().accept()
