"""Choosing what to export from the register, with a warning that the file is not encrypted.

The formats are those `services.exports` writes (the workbook offered first, as most
operators open exports in Excel); the languages are the letter languages.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Notice
from app.domain.vocab import STATUSES
from app.languages import LETTER_LANGUAGES
from app.services.exports import FORMATS as SERVICE_FORMATS

from . import ask, i18n, messages
from .common import code_combo, fill_combo, note_label

#: The service's formats, the workbook first.
FORMATS = tuple(sorted(SERVICE_FORMATS, key=lambda f: f != "xlsx"))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportDialog(QDialog):
    """Format, period, status and language of a register export."""

    def __init__(self, today: date, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setMinimumWidth(560)
        self.fmt = code_combo(FORMATS, self._format_name, "xlsx")
        self.use_period = QCheckBox()
        self.date_from = QDateEdit(_qdate(date(today.year, 1, 1)))
        self.date_to = QDateEdit(_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setEnabled(False)
        self.use_period.toggled.connect(self.date_from.setEnabled)
        self.use_period.toggled.connect(self.date_to.setEnabled)
        period = QHBoxLayout()
        period.addWidget(self.use_period)
        period.addWidget(self.date_from)
        self.dash = QLabel("—")
        period.addWidget(self.dash)
        period.addWidget(self.date_to)
        period.addStretch(1)
        self.status = code_combo(("", *STATUSES), self._status_name, "")
        self.lang = code_combo(LETTER_LANGUAGES, i18n.language_name, lang)
        self.warning = note_label(kind="warning")
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.fmt, period, self.status, self.lang),
                                strict=True):
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.retranslate()

    def _format_name(self, code: str) -> str:
        return {"xlsx": self.tr("Excel workbook (.xlsx)"), "csv": self.tr("CSV table (.csv)"),
                "docx": self.tr("Word journal (.docx)")}.get(code, f".{code}")

    def _status_name(self, code: str) -> str:
        return i18n.status_name(code) if code else self.tr("Every status")

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Export register"))
        for label, text in zip(self.labels, (self.tr("Format"), self.tr("Period"),
                                             self.tr("Status"), self.tr("Language")),
                               strict=True):
            label.setText(text)
        self.use_period.setText(self.tr("Only requests received in the period"))
        fill_combo(self.fmt, FORMATS, self._format_name)
        fill_combo(self.status, ("", *STATUSES), self._status_name)
        fill_combo(self.lang, LETTER_LANGUAGES, i18n.language_name)
        self.warning.setText(self.tr("The export is a plain file, not encrypted: anyone who "
                                     "gets it can read the personal data in it. Keep it "
                                     "somewhere safe and delete it when it is no longer "
                                     "needed."))
        self.ok_button.setText(self.tr("Export…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    def options(self) -> dict[str, Any]:
        """What to export, as `export_register` takes it (without the file)."""
        period = self.use_period.isChecked()
        return {
            "fmt": self.fmt.currentData(),
            "date_from": _pydate(self.date_from.date()) if period else None,
            "date_to": _pydate(self.date_to.date()) if period else None,
            "status": self.status.currentData() or None,
            "lang": self.lang.currentData(),
        }

    def accept(self) -> None:
        """Check the period, then close."""
        o = self.options()
        if o["date_from"] and o["date_to"] and o["date_from"] > o["date_to"]:
            ask.tell_error(self, messages.word(Notice("period_reversed")))
            return
        super().accept()
