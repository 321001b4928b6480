"""The window's "Report for a period…": the inspection pack of a period, in one language.

A small dialog asks for the period and the report's language, then a folder; the pack
(a .docx and its .xlsx annex, app/services/report.py) is written in the background and
the window says where, with the head of the audit trail that ties it to the register.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
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
from app.languages import LETTER_LANGUAGES

from . import ask, i18n, messages
from .common import code_combo, fill_combo, note_label, run_and_release
from .export_dialog import _pydate, _qdate

if TYPE_CHECKING:
    from app.store import Register

    from .main_window import MainWindow


def quarter_before(today: date) -> tuple[date, date]:
    """The last full quarter before *today* (what an inspection usually asks for)."""
    first_month = (today.month - 1) // 3 * 3 + 1
    end = date(today.year, first_month, 1).toordinal() - 1
    last = date.fromordinal(end)
    return date(last.year, (last.month - 1) // 3 * 3 + 1, 1), last


class ReportDialog(QDialog):
    """The period and the language of an inspection pack."""

    def __init__(self, today: date, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setMinimumWidth(520)
        start, end = quarter_before(today)
        self.date_from, self.date_to = QDateEdit(_qdate(start)), QDateEdit(_qdate(end))
        period = QHBoxLayout()
        for i, edit in enumerate((self.date_from, self.date_to)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            if i:
                period.addWidget(QLabel("—"))
            period.addWidget(edit)
        period.addStretch(1)
        self.lang = code_combo(LETTER_LANGUAGES, i18n.language_name, lang)
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.labels[0], period)
        form.addRow(self.labels[1], self.lang)
        self.note = note_label(kind="warning")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Report for a period"))
        self.labels[0].setText(self.tr("Requests received"))
        self.labels[1].setText(self.tr("Language of the report"))
        fill_combo(self.lang, LETTER_LANGUAGES, i18n.language_name)
        self.note.setText(self.tr(
            "A Word report and an Excel annex for an inspection: the journal, counts, "
            "deadlines met, late rights, refusals, incidents, the rules in force and the "
            "register's check. They are plain files, not encrypted: keep them safe."))
        self.ok_button.setText(self.tr("Make report…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    def options(self) -> dict[str, Any]:
        """The period and language, as `services.report.make_report` takes them."""
        return {"date_from": _pydate(self.date_from.date()),
                "date_to": _pydate(self.date_to.date()), "lang": self.lang.currentData()}

    def accept(self) -> None:
        """Check the period, then close."""
        o = self.options()
        if o["date_from"] > o["date_to"]:
            ask.tell_error(self, messages.word(Notice("period_reversed")))
            return
        super().accept()


def make_report(window: MainWindow) -> None:
    """Ask for the period, the language and a folder; write the pack in the background."""
    from app.services.operator import default_letter_language

    register = window.register
    dialog = ReportDialog(register.today(), default_letter_language(register), window)
    if not run_and_release(dialog):
        return
    options = dialog.options()
    folder = ask.ask_folder(window, QCoreApplication.translate("ReportDialog",
                                                               "Folder for the report"))
    if folder is None:
        return
    stem = f"report_{options['date_from']}_{options['date_to']}_{options['lang']}"
    overwrite = False
    if any((folder / f"{stem}.{ext}").exists() for ext in ("docx", "xlsx")):
        if not ask.confirm(window, QCoreApplication.translate(
                "ReportDialog", "A report of this period in this language is already in "
                "that folder. Replace it?"), QCoreApplication.translate("ReportDialog",
                                                                        "Replace")):
            return
        overwrite = True

    def work(register: Register, ctx: Any) -> dict[str, Any]:
        from app.services import report

        ctx.step(0, 0, "")
        return report.make_report(register, options["date_from"], options["date_to"],
                                  options["lang"], folder, overwrite=overwrite)

    def done(out: dict[str, Any]) -> None:
        ask.tell_info(window, QCoreApplication.translate(
            "ReportDialog", "The report is in {0} and {1}. The audit trail's head is {2} "
            "({3} entries). They are plain files, not encrypted: keep them safe.").format(
            out["docx"], out["xlsx"], out["audit_head"], out["events"]))

    window.jobs.run(QCoreApplication.translate("ReportDialog", "Making the report…"), work,
                    done)
