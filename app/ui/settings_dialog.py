"""Settings: the operator, the processing profile, letters, the calendar, data keeping, language.

Everything about the operator and the register is stored in the register (audited),
through the settings declared once in `app.store.settings` and saved by
`services.operator.save_settings`; only the interface language lives in QSettings,
because it belongs to this computer's user, not to the register. Nothing is saved
until OK, and nothing at all when one value is refused.
"""

from __future__ import annotations

import shutil
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
    QPlainTextEdit,
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
from app.domain.profile import PROFILE_LISTS, PROFILE_TEXTS
from app.languages import LETTER_LANGUAGES
from app.services import operator as settings_service
from app.services.letters import default_letters_dir
from app.store import Register
from app.store.settings import RETENTION_YEARS_RANGE

from . import ask, desktop, i18n
from .common import code_combo, fill_combo, guarded, note_label
from .operator_form import OperatorForm


class SettingsDialog(QDialog):
    """All settings, in tabs."""

    def __init__(self, register: Register, parent: QWidget | None = None,
                 templates_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setObjectName("settingsDialog")
        self.resize(860, 640)
        self.language_changed = False
        self.purged = False
        from app.letters.render import user_templates_dir

        self.templates_dir = templates_dir or user_templates_dir()
        self.tabs = QTabWidget()

        # --- operator
        self.operator = OperatorForm(register.get_operator())
        op_page = QWidget()
        op_layout = QVBoxLayout(op_page)
        self.operator_note = note_label()
        op_layout.addWidget(self.operator_note)
        op_layout.addWidget(self.operator)
        op_layout.addStretch(1)
        self.tabs.addTab(op_page, "")

        # --- processing profile
        profile = register.get_profile() or {}
        prof_page = QWidget()
        prof_layout = QVBoxLayout(prof_page)
        self.profile_note = note_label()
        prof_layout.addWidget(self.profile_note)
        pform = QFormLayout()
        pform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.profile_fields: dict[str, QPlainTextEdit | QLineEdit] = {}
        self.profile_labels: dict[str, QLabel] = {}
        for key in PROFILE_LISTS:
            edit = QPlainTextEdit("\n".join(profile.get(key) or []))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
            self.profile_fields[key] = edit
        for key in PROFILE_TEXTS:
            self.profile_fields[key] = QLineEdit(profile.get(key) or "")
        for key in PROFILE_LISTS + PROFILE_TEXTS:
            label = QLabel()
            label.setWordWrap(True)
            self.profile_labels[key] = label
            pform.addRow(label, self.profile_fields[key])
        prof_layout.addLayout(pform)
        prof_layout.addStretch(1)
        self.tabs.addTab(prof_page, "")

        # --- letters
        let_page = QWidget()
        lform = QFormLayout(let_page)
        lform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.letter_lang = code_combo(LETTER_LANGUAGES, i18n.language_name,
                                      settings_service.default_letter_language(register))
        self.letters_folder = QLineEdit(register.get_setting("letters_dir") or "")
        self.letters_folder.setReadOnly(True)
        self.choose_letters = QPushButton()
        self.choose_letters.clicked.connect(self._choose_letters)
        row = QHBoxLayout()
        row.addWidget(self.letters_folder, 1)
        row.addWidget(self.choose_letters)
        self.templates_path = QLineEdit(str(self.templates_dir))
        self.templates_path.setReadOnly(True)
        self.open_templates = QPushButton()
        self.open_templates.clicked.connect(self._open_templates)
        self.copy_templates = QPushButton()
        self.copy_templates.clicked.connect(self._copy_templates)
        self.reset_templates = QPushButton()
        self.reset_templates.clicked.connect(self._reset_templates)
        trow = QHBoxLayout()
        for b in (self.open_templates, self.copy_templates, self.reset_templates):
            trow.addWidget(b)
        trow.addStretch(1)
        self.templates_note = note_label()
        self.letter_labels = [QLabel() for _ in range(3)]
        lform.addRow(self.letter_labels[0], self.letter_lang)
        lform.addRow(self.letter_labels[1], row)
        lform.addRow(self.letter_labels[2], self.templates_path)
        lform.addRow("", trow)
        lform.addRow("", self.templates_note)
        self.tabs.addTab(let_page, "")

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

    # ------------------------------------------------------------------ texts
    def _kind_name(self, code: str) -> str:
        return self.tr("Day off") if code == "holiday" else self.tr("Working day")

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Settings"))
        for i, title in enumerate((self.tr("Operator"), self.tr("Processing profile"),
                                   self.tr("Letters"), self.tr("Calendar"),
                                   self.tr("Keeping data"), self.tr("Interface"))):
            self.tabs.setTabText(i, title)
        self.operator_note.setText(self.tr("These details head every letter."))
        self.profile_note.setText(self.tr("What you process, as an access response lists it. "
                                          "Write one entry per line in the lists."))
        for key, label in self.profile_labels.items():
            label.setText(i18n.profile_field_name(key))
        for label, text in zip(self.letter_labels, (self.tr("Default letter language"),
                                                    self.tr("Letters folder"),
                                                    self.tr("Your templates")), strict=True):
            label.setText(text)
        fill_combo(self.letter_lang, LETTER_LANGUAGES, i18n.language_name)
        self.letters_folder.setPlaceholderText(str(default_letters_dir()))
        self.choose_letters.setText(self.tr("Choose…"))
        self.open_templates.setText(self.tr("Open folder"))
        self.copy_templates.setText(self.tr("Copy the defaults there"))
        self.reset_templates.setText(self.tr("Reset to defaults"))
        self.templates_note.setText(self.tr("A template in this folder replaces the default of "
                                            "the same name (e.g. refusal.ru.docx). Edit it in "
                                            "Word; keep the fields in {{ }} as they are."))
        self.calendar_note.setText(self.tr("Public holidays and transferred days come with "
                                           "the app. Add next year's transferred days here "
                                           "when the decree is published; open requests keep "
                                           "their dates."))
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
    def _choose_letters(self) -> None:
        folder = ask.ask_folder(self, self.tr("Letters folder"),
                                Path(self.letters_folder.text() or Path.home()))
        if folder:
            self.letters_folder.setText(str(folder))

    def _choose_backup(self) -> None:
        folder = ask.ask_folder(self, self.tr("Backup folder"),
                                Path(self.backup_folder.text() or Path.home()))
        if folder:
            self.backup_folder.setText(str(folder))

    def _open_templates(self) -> None:
        self.templates_dir.mkdir(parents=True, exist_ok=True)
        desktop.open_file(self, self.templates_dir)

    def _copy_templates(self) -> None:
        from app.letters.render import DEFAULT_TEMPLATES_DIR

        self.templates_dir.mkdir(parents=True, exist_ok=True)
        copied = 0
        for source in sorted(DEFAULT_TEMPLATES_DIR.glob("*.docx")):
            target = self.templates_dir / source.name
            if not target.exists():
                shutil.copy2(source, target)
                copied += 1
        ask.tell_info(self, self.tr("%Ln template(s) copied; your own were kept.", "", copied))
        desktop.open_file(self, self.templates_dir)

    def _reset_templates(self) -> None:
        own = sorted(self.templates_dir.glob("*.docx")) if self.templates_dir.is_dir() else []
        if not own:
            ask.tell_info(self, self.tr("You have no templates of your own; the defaults are "
                                        "in use."))
            return
        if not ask.confirm(self, self.tr("Use the default templates again? Your %Ln template(s) "
                                         "are moved into a folder named “replaced” next to "
                                         "them, not deleted.", "", len(own))):
            return
        aside = self.templates_dir / "replaced"
        aside.mkdir(exist_ok=True)
        stamp = self.register.now().strftime("%Y%m%d-%H%M%S")
        for path in own:
            path.rename(aside / f"{path.stem}.{stamp}{path.suffix}")

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
    def _profile(self) -> dict[str, Any] | None:
        """What was typed in the profile tab; None when the tab was left empty."""
        values: dict[str, Any] = {}
        for key in PROFILE_LISTS:
            edit = self.profile_fields[key]
            assert isinstance(edit, QPlainTextEdit)
            values[key] = [line.strip() for line in edit.toPlainText().splitlines()
                           if line.strip()]
        for key in PROFILE_TEXTS:
            edit = self.profile_fields[key]
            assert isinstance(edit, QLineEdit)
            values[key] = edit.text().strip()
        return values if any(values.values()) else None

    def save(self) -> None:
        """Check and store every setting (raises a user error on a bad value)."""
        reg = self.register
        changes: dict[str, Any] = {
            "default_letter_language": self.letter_lang.currentData(),
            "letters_dir": self.letters_folder.text().strip() or None,
            "retention_years": self.retention.value(),
            "backup_folder": self.backup_folder.text().strip() or None,
        }
        if not self.operator.is_empty():
            changes["operator"] = self.operator.operator()
        profile = self._profile()
        if profile is not None:
            changes["profile"] = profile
        # One check of every value first: a refused one leaves everything as it was.
        settings_service.save_settings(reg, changes)
        for day, kind, note in self.pending_overrides:
            settings_service.add_calendar_override(reg, day, kind, note or None)
        self.pending_overrides = []
        lang = self.ui_lang.currentData()
        if lang != i18n.current():
            i18n.save_language(lang)
            i18n.install(lang)
            self.language_changed = True

    def accept(self) -> None:
        """Save; on a bad value say it and stay open."""
        ok, _ = guarded(self, self.save)
        if ok:
            super().accept()
