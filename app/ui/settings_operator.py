"""Settings: the operator's requisites and the processing profile, in each letter language.

A Kazakh letter carries Kazakh requisites and an English one Latin ones (glossary,
"Letter conventions"), so both tabs hold one sub-tab per letter language. The Russian
one is the register's own record (`operator`, `profile`): the IIN/BIN, email and
phone are kept there once, and a language not filled in falls back to it, which each
sub-tab says. The others are saved by `services.operator.set_requisites` and
`set_profile` when the dialog is accepted. A sub-tab is either empty or complete: what
keeps one from being saved is said in one sentence (`problem`) before anything is
written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.operator import signatory_parts
from app.domain.profile import PROFILE_LISTS, PROFILE_TEXTS
from app.languages import DEFAULT_LETTER_LANGUAGE, LETTER_LANGUAGES

from . import i18n
from .common import note_label, restyle
from .operator_form import OperatorForm, joined_signatory

#: The letter languages, the register's own first (its record is the one the others
#: fall back to).
LANGS: tuple[str, ...] = (DEFAULT_LETTER_LANGUAGE,
                          *(lang for lang in LETTER_LANGUAGES if lang != DEFAULT_LETTER_LANGUAGE))

#: Examples of requisites as letters in each language write them (glossary), shown in
#: the empty fields: they are letter text, not interface text, so they are not translated.
EXAMPLES: dict[str, dict[str, str]] = {
    "kk": {"name": "«Алма Софт» ЖШС; ЖК Жұмабаев Е.Қ.",
           "address": "Алматы қ., Абай даңғ., 10, 5-кеңсе", "signatory": "А.Б. Сейтқали",
           "position": "Директор"},
    "en": {"name": "Alma Soft LLP; IE Zhumabayev Ye.K.",
           "address": "10 Abay Ave, office 5, Almaty", "signatory": "A.B. Seitkali",
           "position": "Director"},
}


def language_tabs() -> QTabWidget:
    """A tab widget with one sub-tab per letter language, named as the interface names it."""
    tabs = QTabWidget(objectName="languageTabs")
    tabs.setDocumentMode(True)
    return tabs


class RequisitesForm(QWidget):
    """The operator's name, address and signatory as letters in one language write them."""

    changed = Signal()

    def __init__(self, lang: str, saved: dict[str, Any] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        saved = saved or {}
        position, person = signatory_parts(saved.get("signatory"))
        self.name = QLineEdit(saved.get("name") or "")
        self.address = QLineEdit(saved.get("address") or "")
        self.signatory = QLineEdit(person)
        self.position = QLineEdit(position)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(self.labels, self.fields(), strict=True):
            form.addRow(label, field)
            field.textChanged.connect(self.changed)
        self.retranslate()

    def fields(self) -> tuple[QLineEdit, ...]:
        """The four fields, in the order of the form."""
        return (self.name, self.address, self.signatory, self.position)

    def retranslate(self) -> None:
        """Texts in the interface language."""
        for label, text in zip(self.labels, (
                self.tr("Name with its legal form"), self.tr("Address"),
                self.tr("Signatory's full name"), self.tr("Position")), strict=True):
            label.setText(text)
        examples = EXAMPLES.get(self.lang, {})
        for key, field in zip(("name", "address", "signatory", "position"), self.fields(),
                              strict=True):
            field.setPlaceholderText(self.tr("e.g. {0}").format(examples[key])
                                     if key in examples else "")

    def is_empty(self) -> bool:
        """True when nothing was typed: letters in this language fall back."""
        return not any(f.text().strip() for f in self.fields())

    def values(self) -> dict[str, Any] | None:
        """What `services.operator.set_requisites` takes; None when the form is empty."""
        if self.is_empty():
            return None
        return {"name": self.name.text().strip(), "address": self.address.text().strip(),
                "signatory": joined_signatory(self.position.text(), self.signatory.text())
                or None}

    def problem(self, sole_proprietor: bool) -> str | None:
        """Why the form cannot be saved as it is, in one sentence; None when it can."""
        if self.is_empty():
            return None
        language = i18n.language_name(self.lang, capital=False)
        if not (self.name.text().strip() and self.address.text().strip()):
            return self.tr("Give the operator's name and address in {0} too, or leave that "
                           "tab empty.").format(language)
        if sole_proprietor and not self.signatory.text().strip():
            return self.tr("A sole proprietor signs letters in person: give the owner's full "
                           "name in {0} too.").format(language)
        return None


class OperatorTab(QWidget):
    """The operator: the register's own record, and its requisites in the other languages."""

    def __init__(self, operator: dict[str, Any] | None, requisites: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note_label()
        self.form = OperatorForm(operator)
        self.requisites = {lang: RequisitesForm(lang, requisites.get(lang))
                           for lang in LANGS[1:]}
        self.states: dict[str, QLabel] = {}
        self.langs = language_tabs()
        for lang in LANGS:
            page = QWidget()
            layout = QVBoxLayout(page)
            self.states[lang] = note_label()
            layout.addWidget(self.states[lang])
            form = self.form if lang == DEFAULT_LETTER_LANGUAGE else self.requisites[lang]
            layout.addWidget(form)
            layout.addStretch(1)
            form.changed.connect(self._show_states)
            self.langs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.langs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.note.setText(self.tr("These details head every letter, in the letter's language."))
        for i, lang in enumerate(LANGS):
            self.langs.setTabText(i, i18n.language_name(lang))
        self._show_states()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_states(self) -> None:
        self.states[DEFAULT_LETTER_LANGUAGE].setText(self.tr(
            "The register's own record: the IIN/BIN, email and phone are the same in every "
            "language, and letters in a language not filled in use these details."))
        for lang, form in self.requisites.items():
            empty = form.is_empty()
            self.states[lang].setText(self.tr(
                "Not filled in yet: letters in this language will use the Russian requisites.")
                if empty else self.tr("Letters in this language carry these requisites; the "
                                      "IIN/BIN, email and phone are those of the Russian tab."))
            restyle(self.states[lang], "warning" if empty else "hint")

    def select_language(self, lang: str) -> None:
        """Show the sub-tab of *lang*."""
        if lang in LANGS:
            self.langs.setCurrentIndex(LANGS.index(lang))

    def problem(self, operator_saved: bool) -> str | None:
        """What keeps the tab from being saved (and shows its sub-tab); None when nothing."""
        problem = self.form.problem()
        if problem:
            self.select_language(DEFAULT_LETTER_LANGUAGE)
            return problem
        filled = [lang for lang, form in self.requisites.items() if not form.is_empty()]
        if filled and not operator_saved and self.form.is_empty():
            self.select_language(DEFAULT_LETTER_LANGUAGE)
            return self.tr("Fill in the Russian tab first: the IIN/BIN, email and phone of "
                           "every letter come from it.")
        for lang, form in self.requisites.items():
            problem = form.problem(self.form.sole_proprietor())
            if problem:
                self.select_language(lang)
                return problem
        return None


class ProfileForm(QWidget):
    """The processing profile in one language: four lists and three texts."""

    changed = Signal()

    def __init__(self, profile: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        profile = profile or {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, QPlainTextEdit | QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for key in PROFILE_LISTS:
            edit = QPlainTextEdit("\n".join(profile.get(key) or []))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(62)
            edit.textChanged.connect(self.changed)
            self.fields[key] = edit
        for key in PROFILE_TEXTS:
            line = QLineEdit(profile.get(key) or "")
            line.textChanged.connect(self.changed)
            self.fields[key] = line
        for key in PROFILE_LISTS + PROFILE_TEXTS:
            label = QLabel()
            label.setWordWrap(True)
            self.labels[key] = label
            form.addRow(label, self.fields[key])
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        for key, label in self.labels.items():
            label.setText(i18n.profile_field_name(key))

    def values(self) -> dict[str, Any] | None:
        """What was typed, as the profile is kept; None when the form was left empty."""
        values: dict[str, Any] = {}
        for key in PROFILE_LISTS:
            edit = self.fields[key]
            assert isinstance(edit, QPlainTextEdit)
            values[key] = [line.strip() for line in edit.toPlainText().splitlines()
                           if line.strip()]
        for key in PROFILE_TEXTS:
            line = self.fields[key]
            assert isinstance(line, QLineEdit)
            values[key] = line.text().strip()
        return values if any(values.values()) else None


class ProfileTab(QWidget):
    """The processing profile: the register's own, and its versions in the other languages."""

    def __init__(self, own: dict[str, Any] | None, others: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note_label()
        self.forms = {lang: ProfileForm(own if lang == DEFAULT_LETTER_LANGUAGE
                                        else others.get(lang)) for lang in LANGS}
        self.states: dict[str, QLabel] = {}
        self.langs = language_tabs()
        for lang in LANGS:
            page = QWidget()
            layout = QVBoxLayout(page)
            self.states[lang] = note_label()
            layout.addWidget(self.states[lang])
            layout.addWidget(self.forms[lang])
            layout.addStretch(1)
            self.forms[lang].changed.connect(self._show_states)
            self.langs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.langs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.note.setText(self.tr("What you process, as an access response lists it. "
                                  "Write one entry per line in the lists."))
        for i, lang in enumerate(LANGS):
            self.langs.setTabText(i, i18n.language_name(lang))
            self.forms[lang].retranslate()
        self._show_states()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_states(self) -> None:
        self.states[DEFAULT_LETTER_LANGUAGE].setText(self.tr(
            "The register's own profile: letters in a language not filled in list this one."))
        for lang in LANGS[1:]:
            empty = self.forms[lang].values() is None
            self.states[lang].setText(self.tr(
                "Not filled in yet: letters in this language will list the Russian profile.")
                if empty else self.tr("Access replies and withdrawal confirmations in this "
                                      "language list this profile."))
            restyle(self.states[lang], "warning" if empty else "hint")

    def select_language(self, lang: str) -> None:
        """Show the sub-tab of *lang*."""
        if lang in LANGS:
            self.langs.setCurrentIndex(LANGS.index(lang))
