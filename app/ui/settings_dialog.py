"""Settings: the operator, the processing profile, letters, deadlines, the calendar, data
keeping, language.

Everything about the operator and the register is stored in the register (audited),
through the settings declared once in `app.store.settings` and saved by
`services.operator` (`save_settings`, and `set_requisites` / `set_profile` for the
letter languages other than the record's own); only the interface language lives in
QSettings, because it belongs to this computer's user, not to the register. Nothing is
saved until OK, and nothing at all when one value is refused. The exception is a
deadline rule: it is added at once, from its own dialog (`settings_deadlines`). The
larger tabs are modules of their own: `settings_operator` (the operator and the
profile, per letter language), `settings_letters` and `settings_deadlines`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.calendar import OVERRIDE_KINDS
from app.domain.clock import years_before
from app.domain.profile import check_profile
from app.languages import DEFAULT_LETTER_LANGUAGE
from app.services import operator as settings_service
from app.store import Register
from app.store.settings import RETENTION_YEARS_RANGE

from . import ask, i18n
from .common import code_combo, fill_combo, guarded, note_label
from .settings_deadlines import DeadlinesTab
from .settings_letters import LettersTab
from .settings_operator import LANGS, OperatorTab, ProfileTab
from .settings_reminders import RemindersTab

#: The tabs, in order, by the names `SettingsDialog(tab=...)` takes.
TABS = ("operator", "profile", "letters", "deadlines", "calendar", "keeping", "reminders",
        "mail", "interface")


class SettingsDialog(QDialog):
    """All settings, in tabs."""

    def __init__(self, register: Register, parent: QWidget | None = None,
                 templates_dir: Path | None = None, tab: str = "operator",
                 lang: str | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setObjectName("settingsDialog")
        self.resize(1100, 700)
        self.language_changed = False
        self.purged = False
        from app.letters.render import user_templates_dir

        self.templates_dir = templates_dir or user_templates_dir()
        self.tabs = QTabWidget()

        # --- operator and profile, in each letter language; letters; deadlines
        self.operator_tab = OperatorTab(register.get_operator(),
                                        register.get_setting("requisites"))
        self.operator = self.operator_tab.form  # the register's own record
        self.profile = ProfileTab(register.get_profile(), register.get_setting("profiles"))
        self.profile_fields = self.profile.forms[DEFAULT_LETTER_LANGUAGE].fields
        self.letters = LettersTab(register, self.templates_dir)
        self.letter_lang = self.letters.letter_lang
        self.deadlines = DeadlinesTab(register)
        for page in (self.operator_tab, self.profile, self.letters, self.deadlines):
            self.tabs.addTab(page, "")

        # --- calendar
        cal_page = QWidget()
        cal_layout = QVBoxLayout(cal_page)
        self.calendar_note = note_label()
        cal_layout.addWidget(self.calendar_note)
        self.overrides = QTableWidget(0, 3)
        self.overrides.verticalHeader().hide()
        self.overrides.horizontalHeader().setStretchLastSection(True)
        self.overrides.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.overrides.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        cal_layout.addWidget(self.overrides, 1)
        add = QHBoxLayout()
        today = register.today()
        self.override_date = QDateEdit(QDate(today.year + 1, 1, 2))
        self.override_date.setCalendarPopup(True)
        self.override_date.setDisplayFormat("dd.MM.yyyy")
        self.override_kind = code_combo(OVERRIDE_KINDS, self._kind_name, "holiday")
        self.override_note = QLineEdit()
        self.add_override = QPushButton()
        self.add_override.clicked.connect(self._add_override)
        add.addWidget(self.override_date)
        add.addWidget(self.override_kind)
        add.addWidget(self.override_note, 1)
        add.addWidget(self.add_override)
        cal_layout.addLayout(add)
        self.pending_overrides: list[tuple[date, str, str]] = []
        self.saved_overrides = [(date.fromisoformat(o["date"]), o["kind"], o["note"] or "")
                                for o in register.list_calendar_overrides()]
        self.tabs.addTab(cal_page, "")

        # --- data keeping
        data_page = QWidget()
        dform = QFormLayout(data_page)
        self.retention = QSpinBox()
        self.retention.setRange(*RETENTION_YEARS_RANGE)
        self.retention.setValue(register.retention_years())
        self.retention.valueChanged.connect(self._retention_changed)
        self.retention_note = note_label()
        self.purge_button = QPushButton()
        self.purge_button.clicked.connect(self._purge)
        self.purge_note = note_label()
        prow = QHBoxLayout()
        prow.addWidget(self.purge_button)
        prow.addWidget(self.purge_note, 1)
        self.backup_folder = QLineEdit(register.get_setting("backup_folder") or "")
        self.backup_folder.setReadOnly(True)
        self.choose_backup = QPushButton()
        self.choose_backup.clicked.connect(self._choose_backup)
        brow = QHBoxLayout()
        brow.addWidget(self.backup_folder, 1)
        brow.addWidget(self.choose_backup)
        self.backup_note = note_label()
        self.data_labels = [QLabel() for _ in range(2)]
        dform.addRow(self.data_labels[0], self.retention)
        dform.addRow("", self.retention_note)
        dform.addRow("", prow)
        dform.addRow(self.data_labels[1], brow)
        dform.addRow("", self.backup_note)
        self.tabs.addTab(data_page, "")

        # --- reminders
        self.reminders = RemindersTab(register)
        self.tabs.addTab(self.reminders, "")

        # --- mail (issue 14): the mailbox read and the SMTP server, both optional
        from .mail_settings import MailTab

        self.mail = MailTab(register)
        self.tabs.addTab(self.mail, "")

        # --- interface
        ui_page = QWidget()
        uform = QFormLayout(ui_page)
        self.ui_lang = code_combo(i18n.LANGUAGES, lambda c: i18n.AUTONYMS[c], i18n.current())
        self.ui_label = QLabel()
        uform.addRow(self.ui_label, self.ui_lang)
        self.tabs.addTab(ui_page, "")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._fill_overrides()
        self.retranslate()
        self.show_tab(tab, lang)

    # ------------------------------------------------------------------ texts
    def _kind_name(self, code: str) -> str:
        return self.tr("Day off") if code == "holiday" else self.tr("Working day")

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Settings"))
        for i, title in enumerate((self.tr("Operator"), self.tr("Processing profile"),
                                   self.tr("Letters"), self.tr("Deadlines"),
                                   self.tr("Calendar"), self.tr("Keeping data"),
                                   self.tr("Reminders"),
                                   self.tr("Mail"), self.tr("Interface"))):
            self.tabs.setTabText(i, title)
        # The table is empty in a new register: the note says why that is right.
        self.calendar_note.setText(self.tr(
            "The public holidays of Kazakhstan and the days moved by government decree are "
            "built into the app and counted without being listed here. This table lists only "
            "the days you add yourself: next year's transferred days once the decree is "
            "published, or a religious holiday's corrected date. Open requests keep their "
            "dates."))
        self.overrides.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"),
                                                  self.tr("Note")])
        fill_combo(self.override_kind, OVERRIDE_KINDS, self._kind_name)
        self.override_note.setPlaceholderText(self.tr("e.g. Government decree of 20.12"))
        self.add_override.setText(self.tr("Add"))
        for label, text in zip(self.data_labels,
                               (self.tr("Retention period for closed requests"),
                                self.tr("Backup folder")), strict=True):
            label.setText(text)
        self._set_years_suffix()
        self.retention_note.setText(self.tr("After this period the personal data of closed "
                                            "requests is erased; numbers, dates and outcomes "
                                            "stay for the statistics."))
        self.purge_button.setText(self.tr("Purge now…"))
        self._show_purge()
        self.choose_backup.setText(self.tr("Choose…"))
        self.backup_folder.setPlaceholderText(str(settings_service.backup_folder(self.register)))
        self.backup_note.setText(self.tr("Once a day, at start, an encrypted copy of the "
                                         "register is made here; the last 14 are kept. Choose "
                                         "a folder on another disk."))
        self.ui_label.setText(self.tr("Interface language"))
        self.mail.retranslate()
        self._fill_overrides()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ calendar
    def _fill_overrides(self) -> None:
        rows = self.saved_overrides + self.pending_overrides
        rows.sort()
        self.overrides.setRowCount(len(rows))
        for i, (day, kind, note) in enumerate(rows):
            for j, text in enumerate((i18n.format_date(day), self._kind_name(kind), note)):
                self.overrides.setItem(i, j, QTableWidgetItem(text))

    def _add_override(self) -> None:
        d = self.override_date.date()
        self.pending_overrides.append((date(d.year(), d.month(), d.day()),
                                       self.override_kind.currentData(),
                                       self.override_note.text().strip()))
        self.override_note.clear()
        self._fill_overrides()

    # ------------------------------------------------------------------ folders
    def _choose_backup(self) -> None:
        folder = ask.ask_folder(self, self.tr("Backup folder"),
                                Path(self.backup_folder.text() or Path.home()))
        if folder:
            self.backup_folder.setText(str(folder))

    # ------------------------------------------------------------------ retention
    def _set_years_suffix(self) -> None:
        # The unit agrees with the number: «1 год», «3 года», «5 лет».
        years = self.tr("year(s)", "unit after the number in a spin box", self.retention.value())
        self.retention.setSuffix(f" {years}")

    def _retention_changed(self) -> None:
        self._set_years_suffix()
        self._show_purge()

    def _cutoff(self) -> date:
        """The retention cutoff with the period as now chosen (not yet saved)."""
        return years_before(self.register.today(), self.retention.value())

    def _show_purge(self) -> None:
        n = len(self.register.purge_candidates(self._cutoff()))
        self.purge_button.setEnabled(n > 0)
        self.purge_note.setText(self.tr("%Ln closed request(s) past the period.", "", n))

    def _purge(self) -> None:
        cutoff = self._cutoff()
        n = len(self.register.purge_candidates(cutoff))
        if not n or not ask.confirm(self, self.tr(
                "Erase the personal data of %Ln request(s) closed before {0}? This cannot be "
                "undone.", "", n).format(i18n.format_date(cutoff)), self.tr("Erase")):
            return
        from app.services import keeping

        ok, _ = guarded(self, lambda: keeping.purge(self.register, cutoff))
        if ok:
            self.purged = True
            self._show_purge()

    # ------------------------------------------------------------------ saving
    def show_tab(self, tab: str, lang: str | None = None) -> None:
        """Open on *tab* (one of `TABS`), at the sub-tab of the letter language *lang*."""
        self.tabs.setCurrentIndex(TABS.index(tab))
        if lang and tab in ("operator", "profile"):
            (self.operator_tab if tab == "operator" else self.profile).select_language(lang)

    def problem(self) -> str | None:
        """What the window itself refuses before saving (a sole proprietor's signatory, a
        language half filled in, a number format), in one sentence, its tab shown; None
        when nothing."""
        problem = self.operator_tab.problem(self.register.get_operator() is not None)
        if problem:
            self.tabs.setCurrentWidget(self.operator_tab)
            return problem
        problem = self.letters.problem()  # a number format that cannot be used
        if problem:
            self.tabs.setCurrentWidget(self.letters)
        return problem

    def save(self) -> None:
        """Check and store every setting (raises a user error on a bad value).

        Every value is checked before the first is written: the register's own record and
        profile by `save_settings`, the other languages' profiles by the same domain check.
        """
        reg = self.register
        self.mail.check()
        changes: dict[str, Any] = {
            **self.letters.changes(),
            **self.reminders.changes(),
            "retention_years": self.retention.value(),
            "backup_folder": self.backup_folder.text().strip() or None,
        }
        if not self.operator.is_empty():
            changes["operator"] = self.operator.operator()
        own, *others = LANGS
        profiles = {lang: self.profile.forms[lang].values() for lang in LANGS}
        if profiles[own] is not None:
            changes["profile"] = profiles[own]
        for lang in others:
            if profiles[lang] is not None:
                check_profile(profiles[lang])
        requisites = {lang: self.operator_tab.requisites[lang].values() for lang in others}
        # One check of every value first: a refused one leaves everything as it was.
        settings_service.save_settings(reg, changes)
        for lang in others:
            if requisites[lang] is not None:
                settings_service.set_requisites(reg, lang, **requisites[lang])
            if profiles[lang] is not None:
                settings_service.set_profile(reg, profiles[lang], lang)
        # A language emptied falls back again to the register's own record.
        for key, values in (("requisites", requisites), ("profiles", profiles)):
            kept = {lang: v for lang, v in reg.get_setting(key).items()
                    if values.get(lang) is not None}
            if kept != reg.get_setting(key):
                settings_service.save_settings(reg, {key: kept})
        self.mail.save()
        for day, kind, note in self.pending_overrides:
            settings_service.add_calendar_override(reg, day, kind, note or None)
        self.pending_overrides = []
        self.reminders.apply_here()
        lang = self.ui_lang.currentData()
        if lang != i18n.current():
            i18n.save_language(lang)
            i18n.install(lang)
            self.language_changed = True

    def accept(self) -> None:
        """Save; on a bad value say it and stay open."""
        problem = self.problem()
        if problem:
            ask.tell_error(self, problem)
            return
        ok, _ = guarded(self, self.save)
        if ok:
            super().accept()
