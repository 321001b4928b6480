"""Settings: letters. Their usual language, where they are saved, the operator's own templates,
how their outgoing numbers print and who prepared them, and the authorized body a refusal
names for an appeal.

The number format (`letter_number_format`) is checked as it is typed: the next outgoing
number is shown as a letter would print it («Исх. № 1/2026»), or, for a format that
cannot be used, the sentence saying why; the dialog then refuses to save anything. The
executor (`executor`) is a name and a phone printed under the signature; no name, no line.

The body's name is a setting per letter language (`authorized_body`), because a
ministry is renamed now and then; a field left empty uses the default in
`app.letters.names.AUTHORIZED_BODY`, shown in it in grey. The folders and templates are
files on this computer; what is stored in the register goes through
`services.operator.save_settings` when the settings dialog is accepted.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.languages import LETTER_LANGUAGES
from app.letters.names import AUTHORIZED_BODY
from app.letters.typeset import shown_number
from app.services import USER_ERRORS
from app.services import operator as settings_service
from app.services.letters import default_letters_dir
from app.store import Register
from app.store.settings import SETTINGS

from . import ask, desktop, i18n, messages
from .common import code_combo, fill_combo, note_label, restyle

NUMBER_FORMAT = SETTINGS["letter_number_format"]


def next_number_shown(register: Register, number_format: str) -> str:
    """The next outgoing number as a letter with *number_format* prints it (an empty format
    is the default); a format that cannot be used raises its user error."""
    text = number_format.strip() or str(NUMBER_FORMAT.default)
    try:
        checked = NUMBER_FORMAT.check(text)
        shown = shown_number(register.peek_number("OUT", register.today().year), checked)
    except (AttributeError, TypeError, ValueError, KeyError, IndexError):
        # "{seq[0]}", "{seq.x}": the setting's own check lets these errors out.
        raise DomainError("number_format_invalid", value=text) from None
    return shown.replace("\u2011", "-")  # the letter's no-break hyphen, shown plainly


class LettersTab(QWidget):
    """The letters' language, folder, templates and the authorized body they name."""

    def __init__(self, register: Register, templates_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.templates_dir = templates_dir
        lform = QFormLayout()
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
        self.letters_note = note_label()  # where letters go, and why there
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
        self.labels = [QLabel() for _ in range(3)]
        lform.addRow(self.labels[0], self.letter_lang)
        lform.addRow(self.labels[1], row)
        lform.addRow("", self.letters_note)
        lform.addRow(self.labels[2], self.templates_path)
        lform.addRow("", trow)
        lform.addRow("", self.templates_note)

        # The authorized body, per letter language (the default in grey).
        self.saved_body: dict[str, str] = dict(register.get_setting("authorized_body"))
        self.body_box = QGroupBox()
        bform = QFormLayout(self.body_box)
        bform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body_note = note_label()
        bform.addRow(self.body_note)
        self.body: dict[str, QLineEdit] = {}
        self.body_labels: dict[str, QLabel] = {}
        for lang in LETTER_LANGUAGES:
            field = QLineEdit(self.saved_body.get(lang, ""))
            field.setPlaceholderText(AUTHORIZED_BODY[lang])
            field.setToolTip(AUTHORIZED_BODY[lang])
            field.setCursorPosition(0)
            self.body[lang], self.body_labels[lang] = field, QLabel()
            bform.addRow(self.body_labels[lang], field)

        # The outgoing number as printed, and who prepared the letter.
        self.saved_format = str(register.get_setting("letter_number_format"))
        self.saved_executor = register.get_setting("executor")
        self.out_box = QGroupBox()
        oform = QFormLayout(self.out_box)
        oform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.number_format = QLineEdit(self.saved_format)
        self.number_format.setPlaceholderText(str(NUMBER_FORMAT.default))
        self.number_format.textChanged.connect(self._show_example)
        self.number_example = note_label()
        self.number_hint = note_label()
        self.executor_name = QLineEdit((self.saved_executor or {}).get("name") or "")
        self.executor_phone = QLineEdit((self.saved_executor or {}).get("phone") or "")
        self.executor_hint = note_label()
        self.out_labels = [QLabel() for _ in range(3)]
        oform.addRow(self.out_labels[0], self.number_format)
        oform.addRow("", self.number_example)
        oform.addRow("", self.number_hint)
        oform.addRow(self.out_labels[1], self.executor_name)
        oform.addRow(self.out_labels[2], self.executor_phone)
        oform.addRow("", self.executor_hint)

        layout = QVBoxLayout(self)
        layout.addLayout(lform)
        layout.addWidget(self.out_box)
        layout.addWidget(self.body_box)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        for label, text in zip(self.labels, (self.tr("Default letter language"),
                                             self.tr("Letters folder"),
                                             self.tr("Your templates")), strict=True):
            label.setText(text)
        fill_combo(self.letter_lang, LETTER_LANGUAGES, i18n.language_name)
        self.letters_folder.setPlaceholderText(str(default_letters_dir()))
        self._say_where_letters_go()
        self.choose_letters.setText(self.tr("Choose…"))
        self.open_templates.setText(self.tr("Open folder"))
        self.copy_templates.setText(self.tr("Copy the defaults there"))
        self.reset_templates.setText(self.tr("Reset to defaults"))
        self.templates_note.setText(self.tr("A template in this folder replaces the default of "
                                            "the same name (e.g. refusal.ru.docx). Edit it in "
                                            "Word; keep the fields in {{ }} as they are."))
        self.out_box.setTitle(self.tr("Outgoing number and executor"))
        for label, text in zip(self.out_labels, (self.tr("Number format"),
                                                 self.tr("Executor"),
                                                 self.tr("Executor's phone")), strict=True):
            label.setText(text)
        self.number_hint.setText(self.tr("{year} is the year and {seq} the letter's count "
                                         "within it; {seq:04d} writes the count with four "
                                         "digits (0012). The register keeps its own numbers "
                                         "(OUT-2026-0012) whatever the format."))
        self.executor_name.setPlaceholderText(self.tr("e.g. Zhumabayeva D.K."))
        self.executor_phone.setPlaceholderText(self.tr("e.g. +7 7172 79 00 12"))
        self.executor_hint.setText(self.tr("Printed under the signature of every letter: "
                                           "“Prepared by: name, tel. phone”. Leave the name "
                                           "empty for no such line."))
        self._show_example()
        self.body_box.setTitle(self.tr("Authorized body named in refusals"))
        self.body_note.setText(self.tr("A refusal tells the requester they may appeal to the "
                                       "authorized body for personal data protection (also "
                                       "through e-Otinish) or to a court. When the body is "
                                       "renamed, write its new name here; an empty field uses "
                                       "the name shown in grey."))
        for lang, label in self.body_labels.items():
            label.setText(i18n.language_name(lang))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ number, executor
    def _show_example(self) -> None:
        """The next number as it will print, or why the format cannot be used."""
        problem = self.problem()
        if problem is None:
            shown = next_number_shown(self.register, self.number_format.text())
            self.number_example.setText(self.tr("Next letter: Ref. {0}").format(shown))
        else:
            self.number_example.setText(problem)
        restyle(self.number_example, "ok" if problem is None else "error")

    def problem(self) -> str | None:
        """Why the number format cannot be saved, in one sentence; None when it can."""
        try:
            next_number_shown(self.register, self.number_format.text())
        except USER_ERRORS as exc:
            return messages.word(exc)
        return None

    def executor(self) -> dict[str, Any] | None:
        """Who prepares letters as typed: None without a name."""
        name, phone = self.executor_name.text().strip(), self.executor_phone.text().strip()
        return {"name": name, "phone": phone or None} if name else None

    def changes(self) -> dict[str, Any]:
        """The settings this tab changes, as `services.operator.save_settings` takes them."""
        changes: dict[str, Any] = {
            "default_letter_language": self.letter_lang.currentData(),
            "letters_dir": self.letters_folder.text().strip() or None,
        }
        number_format = self.number_format.text().strip() or str(NUMBER_FORMAT.default)
        if number_format != self.saved_format:
            changes["letter_number_format"] = number_format
        if self.executor() != self.saved_executor:
            changes["executor"] = self.executor()
        body = {lang: field.text().strip() for lang, field in self.body.items()
                if field.text().strip()}
        if body != self.saved_body:
            changes["authorized_body"] = body
        return changes

    def _say_where_letters_go(self) -> None:
        """Say where letters go and why there (services.letters.letters_place)."""
        from app.services import letters

        chosen = self.letters_folder.text().strip()
        folder, why = (Path(chosen), letters.CHOSEN) if chosen else \
            letters.letters_place(None)
        text = {
            letters.CHOSEN: self.tr("Letters go to {0}, the folder you chose, in a folder per "
                                    "year and request."),
            letters.DOCUMENTS: self.tr("Letters go to {0} in your Documents folder, in a "
                                       "folder per year and request."),
            letters.LOCAL_NOT_CLOUD: self.tr(
                "Letters go to {0}, on this computer: your Documents folder is in OneDrive, "
                "which would copy the letters (personal data) to the cloud. Choose a folder "
                "to change it."),
            letters.CLOUD_ALREADY: self.tr(
                "Letters go to {0}, inside OneDrive (your Documents folder is there), which "
                "copies them (personal data) to the cloud. Choose a folder on this computer "
                "to change it."),
        }[why]
        self.letters_note.setText(text.format(folder))

    # ------------------------------------------------------------------ folders
    def _choose_letters(self) -> None:
        folder = ask.ask_folder(self, self.tr("Letters folder"),
                                Path(self.letters_folder.text() or Path.home()))
        if folder:
            self.letters_folder.setText(str(folder))
            self._say_where_letters_go()

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
        # "~$…docx" is Word's lock file of a template open in Word: not a template.
        own = sorted(p for p in self.templates_dir.glob("*.docx")
                     if not p.name.startswith("~$")) if self.templates_dir.is_dir() else []
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
        kept = []
        for path in own:
            try:
                path.rename(aside / f"{path.stem}.{stamp}{path.suffix}")
            except OSError:  # open in Word (Windows locks it), or a read-only folder
                kept.append(path.name)
        if kept:
            ask.tell_error(self, self.tr("These templates could not be moved and are still in "
                                         "use: {0}. Close them in Word and try again.")
                           .format(", ".join(kept)))
