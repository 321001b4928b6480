"""The incident forms: a breach described, an affected subject, a letter sent, the person
responsible. Each validates and saves in `accept()` through app/services/incidents.py; a
refused value is said in one sentence inside the dialog, which stays open."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocab import SENT_VIA
from app.services import USER_ERRORS, incidents

from . import i18n, messages
from .common import code_combo, fill_combo, from_qdatetime, note_label, to_qdatetime


class _Form(QDialog):
    """A form with labelled rows, a problem line and OK/Cancel."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(560)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.hint = note_label()
        self.problem = note_label(kind="error")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def row(self, key: str, field: QWidget) -> QWidget:
        self.labels[key] = QLabel()
        self.form.addRow(self.labels[key], field)
        return field

    def say(self, exc: BaseException) -> None:
        self.problem.setText(messages.word(exc))
        self.problem.show()

    def retranslate(self) -> None:  # pragma: no cover - each form has its own
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self.labels:
            self.retranslate()
        super().changeEvent(event)


def _text(widget: QLineEdit | QPlainTextEdit) -> str | None:
    value = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    return value.strip() or None


class IncidentForm(_Form):
    """A breach: when it was detected, what happened, what it affects, what was done, and
    whether the authorized body and the subjects are to be notified, and why."""

    DECISIONS = ("", "yes", "no")

    def __init__(self, register: Any, incident: dict[str, Any] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.incident = incident
        self.saved_id: int | None = None
        self.setObjectName("incidentForm")
        self.detected = QDateTimeEdit(to_qdatetime(
            datetime.fromisoformat(incident["detected_at"]) if incident else register.now()))
        self.detected.setCalendarPopup(True)
        self.detected.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.detected.setEnabled(incident is None)  # the clock started then: kept
        self.detected.dateTimeChanged.connect(self._show_due)
        self.what = QPlainTextEdit()
        self.what.setTabChangesFocus(True)
        self.what.setFixedHeight(70)
        self.cause = QLineEdit()
        self.categories = QLineEdit()
        self.subjects = QSpinBox()
        self.subjects.setRange(-1, 100_000_000)
        self.subjects.setSpecialValueText("—")  # -1: not known yet
        self.measures = QPlainTextEdit()
        self.measures.setTabChangesFocus(True)
        self.measures.setFixedHeight(70)
        self.notify_body = QComboBox()
        self.why = QLineEdit()
        self.notify_subjects = QComboBox()
        self.why_subjects = QLineEdit()
        for key, field in (("detected", self.detected), ("what", self.what),
                           ("cause", self.cause), ("categories", self.categories),
                           ("subjects", self.subjects), ("measures", self.measures),
                           ("notify_body", self.notify_body), ("why", self.why),
                           ("notify_subjects", self.notify_subjects),
                           ("why_subjects", self.why_subjects)):
            self.row(key, field)
        if incident:
            self.what.setPlainText(incident["what"] or "")
            self.cause.setText(incident["cause"] or "")
            self.categories.setText(incident["categories"] or "")
            count = incident["subjects_count"]
            self.subjects.setValue(-1 if count is None else int(count))
            self.measures.setPlainText(incident["measures"] or "")
            self.why.setText(incident["notify_body_why"] or "")
            self.why_subjects.setText(incident["notify_subjects_why"] or "")
        else:
            self.subjects.setValue(-1)
        self.retranslate()
        if incident:
            self.notify_body.setCurrentIndex(max(self.notify_body.findData(
                incident["notify_body"] or ""), 0))
            self.notify_subjects.setCurrentIndex(max(self.notify_subjects.findData(
                incident["notify_subjects"] or ""), 0))

    def _decision(self, code: str) -> str:
        return {"": self.tr("not decided yet"), "yes": self.tr("yes"),
                "no": self.tr("no")}[code]

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Incident {0}").format(self.incident["number"])
                            if self.incident else self.tr("New incident"))
        words = {"detected": self.tr("Detected at"), "what": self.tr("What happened"),
                 "cause": self.tr("Cause"), "categories": self.tr("Data categories affected"),
                 "subjects": self.tr("Subjects affected"),
                 "measures": self.tr("Measures taken"),
                 "notify_body": self.tr("Notify the authorized body"),
                 "why": self.tr("Why (or why not)"),
                 "notify_subjects": self.tr("Notify the subjects"),
                 "why_subjects": self.tr("Why (or why not) for the subjects")}
        for key, text in words.items():
            self.labels[key].setText(text)
        for combo in (self.notify_body, self.notify_subjects):
            fill_combo(combo, self.DECISIONS, self._decision)
        self._show_due()

    def _show_due(self) -> None:
        due = incidents.due_for(self.register, from_qdatetime(self.detected.dateTime()))
        today = self.register.today().isoformat()
        text = self.tr("The notice to the authorized body is due on {0}: one working day "
                       "after the day of detection.").format(i18n.format_date(due["due"]))
        if due["due"] <= today:
            text += " " + self.tr("Send it today.")
        self.hint.setText(text)

    def values(self) -> dict[str, Any]:
        """What the form holds, as the service takes it."""
        count = self.subjects.value()
        return {"what": _text(self.what), "cause": _text(self.cause),
                "categories": _text(self.categories),
                "subjects": None if count < 0 else count, "measures": _text(self.measures),
                "notify_body": self.notify_body.currentData() or None, "why": _text(self.why),
                "notify_subjects": self.notify_subjects.currentData() or None,
                "why_subjects": _text(self.why_subjects)}

    def accept(self) -> None:
        """Save; a refused value is said here and the form stays open."""
        v = self.values()
        try:
            if self.incident is None:
                self.saved_id = incidents.add_incident(
                    self.register, detected=from_qdatetime(self.detected.dateTime()), **v)["id"]
            else:
                incidents.update_incident(
                    self.register, self.incident["id"], what=v["what"], cause=v["cause"],
                    categories=v["categories"], subjects_count=v["subjects"],
                    measures=v["measures"], notify_body=v["notify_body"],
                    notify_body_why=v["why"], notify_subjects=v["notify_subjects"],
                    notify_subjects_why=v["why_subjects"])
                self.saved_id = self.incident["id"]
        except USER_ERRORS as exc:
            self.say(exc)
            return
        super().accept()


class SubjectDialog(_Form):
    """One affected subject the notice names: full name and/or IIN and/or mobile number."""

    def __init__(self, register: Any, incident: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.incident = incident
        self.setObjectName("incidentSubjectDialog")
        self.name = self.row("name", QLineEdit())
        self.iin = self.row("iin", QLineEdit())
        self.phone = self.row("phone", QLineEdit())
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Affected subject — {0}").format(self.incident["number"]))
        self.labels["name"].setText(self.tr("Full name"))
        self.labels["iin"].setText(self.tr("IIN"))
        self.labels["phone"].setText(self.tr("Mobile number"))
        self.hint.setText(self.tr("The notice to the authorized body gives what is needed to "
                                  "notify each subject: the full name and/or IIN and/or "
                                  "mobile number. Kept encrypted; erased by retention."))

    def accept(self) -> None:
        """Keep the subject; a refused value is said here."""
        try:
            incidents.add_subject(self.register, self.incident["id"], name=_text(self.name),
                                  iin=_text(self.iin), phone=_text(self.phone))
        except USER_ERRORS as exc:
            self.say(exc)
            return
        super().accept()


class ResponsibleDialog(_Form):
    """The person responsible for organising the processing of personal data."""

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setObjectName("responsibleDialog")
        now = register.get_setting("responsible") or {}
        self.name = self.row("name", QLineEdit(now.get("name") or ""))
        self.position = self.row("position", QLineEdit(now.get("position") or ""))
        self.phone = self.row("phone", QLineEdit(now.get("phone") or ""))
        self.email = self.row("email", QLineEdit(now.get("email") or ""))
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Person responsible for organising the processing"))
        for key, text in (("name", self.tr("Full name")), ("position", self.tr("Position")),
                          ("phone", self.tr("Phone")), ("email", self.tr("Email"))):
            self.labels[key].setText(text)
        self.hint.setText(self.tr("A breach notice gives this person's contacts to the "
                                  "authorized body, and the subjects' letter to them."))

    def accept(self) -> None:
        """Save the setting; a refused value is said here."""
        try:
            incidents.set_responsible(self.register, name=_text(self.name),
                                      position=_text(self.position), phone=_text(self.phone),
                                      email=_text(self.email))
        except USER_ERRORS as exc:
            self.say(exc)
            return
        super().accept()


class IncidentSentDialog(_Form):
    """Which of an incident's letters was sent, how and when."""

    def __init__(self, register: Any, letters: list[dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.letters = letters
        self.setObjectName("incidentSentDialog")
        self.letter = self.row("letter", QComboBox())
        self.via = self.row("via", code_combo(SENT_VIA, i18n.sent_via_name, "email"))
        self._now = to_qdatetime(register.now())
        self.when = self.row("when", QDateTimeEdit(self._now))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Mark a letter as sent"))
        keep = self.letter.currentData()
        self.letter.clear()
        for x in self.letters:
            self.letter.addItem(f"{x['number']} ({x['lang']})", x["number"])
        self.letter.setCurrentIndex(max(self.letter.findData(keep), 0))
        self.labels["letter"].setText(self.tr("Letter"))
        self.labels["via"].setText(self.tr("Sent by"))
        self.labels["when"].setText(self.tr("Sent on"))
        fill_combo(self.via, SENT_VIA, i18n.sent_via_name)

    def accept(self) -> None:
        """Record the sending; a refused date is said here."""
        at = None if self.when.dateTime() == self._now else from_qdatetime(
            self.when.dateTime())
        try:
            incidents.record_sent(self.register, self.letter.currentData(),
                                  via=self.via.currentData(), at=at)
        except USER_ERRORS as exc:
            self.say(exc)
            return
        super().accept()
