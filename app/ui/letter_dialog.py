"""Making a letter: choose its kind and language, read a preview, then the .docx is made and opened.

The preview renders the real template with a placeholder outgoing number
(`services.letters.preview_letter`) and shows its text, so what the operator reads is
what the letter will say; a missing operator detail or profile shows up here, as one
sentence, before any number is taken. The kinds offered are the declared ones
(`app.letters.kinds`), each named by its own heading. A letter that would contradict the
record (an access reply after the data were destroyed) is flagged as soon as it is
chosen (`services.letters.contradiction`), and is made only with a reason the operator
gives, which the history keeps. What the operator should know before making it (the
requisites or profile of the letter's language not filled in, no address to send it
to, a paragraph in another language: `services.letters.letter_warnings`) is said as the
kind, language and paragraph change, with a button to Settings where one can be filled in;
so is a missing operator record or profile, which keeps the letter from being made until
then (its button is disabled meanwhile).
A withdrawal confirmation names the processing purposes ticked in the profile of the
letter's language (`letter_purposes`), all of them at first.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.languages import DEFAULT_LETTER_LANGUAGE, LETTER_LANGUAGES
from app.letters.errors import LetterError
from app.letters.kinds import KINDS, letter_kinds
from app.letters.names import REFUSAL_GROUNDS
from app.services import USER_ERRORS
from app.store import Register

from . import ask, i18n, messages
from .common import (
    code_combo,
    fill_combo,
    guarded,
    note_label,
    run_and_release,
    select_code,
    show_user_error,
)
from .letter_purposes import PurposesChooser, profile_purposes

#: The warnings Settings can put right: the tab where the missing language is filled in.
SETTINGS_TAB = {"requisites_fallback": "operator", "profile_fallback": "profile"}
#: The problems that keep a letter from being made until Settings are filled in: the tab
#: (at the register's own language, the record every other language falls back to).
BLOCKING_TAB = {"operator_missing": "operator", "profile_missing_access": "profile",
                "profile_missing_withdrawal": "profile"}
#: The problems of a letters folder that refuses letters: another folder is offered.
FOLDER_PROBLEMS = ("letter_folder_denied", "letter_folder_read_only",
                   "letter_folder_controlled")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraph_html(paragraph: Any) -> str:
    runs = []
    for run in paragraph.runs:
        text = _escape(run.text).replace("\n", "<br>")
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        runs.append(text)
    align = {1: "center", 2: "right", 3: "justify"}.get(
        int(paragraph.alignment) if paragraph.alignment is not None else 0, "left")
    body = "".join(runs) or "&nbsp;"
    return f'<p align="{align}" style="margin: 0 0 6px 0;">{body}</p>'


def letter_preview(register: Register, request_id: int, kind: str, lang: str,
                   note: str | None, grounds: list[str] | None,
                   templates_dir: Path | None = None,
                   purposes: list[str] | None = None) -> str:
    """The letter as it would be made now (with a placeholder number), as simple HTML."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from app.services.letters import preview_letter

    content = preview_letter(register, request_id, kind, lang=lang, note=note,
                             grounds=grounds, templates_dir=templates_dir,
                             purposes=purposes)
    document = Document(io.BytesIO(content))
    parts: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append(_paragraph_html(Paragraph(block, document)))
        elif tag == "tbl":
            rows = []
            for row in Table(block, document).rows:
                cells = "".join(
                    '<td valign="top" style="padding: 0 12px 0 0;">'
                    + "".join(_paragraph_html(p) for p in cell.paragraphs) + "</td>"
                    for cell in row.cells)
                rows.append(f"<tr>{cells}</tr>")
            parts.append(f'<table width="100%" cellspacing="0">{"".join(rows)}</table>')
    return "".join(parts)


class LetterDialog(QDialog):
    """Choose a letter kind and language, see the text, make the .docx."""

    def __init__(self, register: Register, request: dict[str, Any], kind: str | None = None,
                 parent: QWidget | None = None, templates_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.request = request
        self.templates_dir = templates_dir
        self.letter: Any = None
        self.setObjectName("letterDialog")
        self.resize(1160, 720)

        self.kind = code_combo(letter_kinds(), i18n.letter_kind_name,
                               kind or letter_kinds()[0])
        self.lang = code_combo(LETTER_LANGUAGES, i18n.language_name, request["lang"])
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(96)
        self.grounds = QListWidget()
        self.grounds.setWordWrap(True)
        self.grounds.setFixedHeight(150)
        for code in REFUSAL_GROUNDS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.grounds.addItem(item)
        self.purposes = PurposesChooser()
        self.where = note_label()
        self.preview = QTextBrowser()
        self.preview.setObjectName("letterPreview")
        self.preview.setOpenLinks(False)
        self.problem = note_label(kind="error")
        self.problem.hide()
        #: Settings at the tab that puts the problem right, when Settings can.
        self.problem_button = QPushButton()
        self.problem_button.hide()
        self.problem_button.clicked.connect(self._settings_for_problem)
        self._problem_tab: str | None = None
        self.conflict = note_label(kind="warning")
        self.conflict.hide()
        self.warnings = QWidget(objectName="letterWarnings")
        self.warnings_layout = QVBoxLayout(self.warnings)
        self.warnings_layout.setContentsMargins(0, 0, 0, 0)
        #: The warning shown for each code, and its Settings button where there is one.
        self.warning_labels: dict[str, QLabel] = {}
        self.warning_buttons: dict[str, QPushButton] = {}

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = {k: QLabel() for k in ("kind", "lang", "note", "grounds", "purposes")}
        self.labels["note"].setWordWrap(True)
        self.form.addRow(self.labels["kind"], self.kind)
        self.form.addRow(self.labels["lang"], self.lang)
        self.form.addRow(self.labels["note"], self.note)
        self.form.addRow(self.labels["grounds"], self.grounds)
        self.form.addRow(self.labels["purposes"], self.purposes)
        self.heading = QLabel(objectName="dialogHeading")
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addLayout(self.form)
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.problem, 1)
        problem_row.addWidget(self.problem_button, 0, Qt.AlignmentFlag.AlignTop)
        left.addLayout(problem_row)
        left.addWidget(self.conflict)
        left.addWidget(self.warnings)
        self.about = QLabel(objectName="duePreview")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        left.addWidget(self.about)
        left.addStretch(1)
        left.addWidget(self.where)
        right = QVBoxLayout()
        self.preview_title = QLabel(objectName="sectionTitle")
        right.addWidget(self.preview_title)
        right.addWidget(self.preview, 1)
        columns = QHBoxLayout()
        # Half and half: the kinds' long headings («Об отзыве согласия на сбор и обработку
        # персональных данных») fit their list, and the preview stays a page's width.
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.update_preview)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.lang.currentIndexChanged.connect(self._timer.start)
        self.note.textChanged.connect(self._timer.start)
        self.grounds.itemChanged.connect(self._timer.start)
        self.purposes.changed.connect(self._timer.start)
        self.retranslate()
        self._kind_changed()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Generate letter"))
        self.heading.setText(f"{self.request['number']} — {self.request['requester']['name']}")
        self.labels["kind"].setText(self.tr("Letter"))
        self.labels["lang"].setText(self.tr("Language"))
        self.labels["note"].setText(self.tr("Your paragraph"))
        self.labels["grounds"].setText(self.tr("Grounds"))
        self.labels["purposes"].setText(self.tr("Purposes"))
        self.purposes.retranslate()
        fill_combo(self.kind, letter_kinds(), i18n.letter_kind_name)
        fill_combo(self.lang, LETTER_LANGUAGES, i18n.language_name)
        for i in range(self.grounds.count()):
            item = self.grounds.item(i)
            text = i18n.refusal_ground_text(item.data(Qt.ItemDataRole.UserRole))
            item.setText(text)
            item.setToolTip(text)
        self.preview_title.setText(self.tr("Preview"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Make and open"))
        self.about.setText(self._about())
        folder = self._folder()
        self.where.setText(self.tr("The .docx is saved in {0} and opened in your word "
                               "processor; a copy stays in the register. It is only prepared: "
                               "mark it as sent once it has gone.").format(folder))
        self._kind_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    def _about(self) -> str:
        """The rights asked for and the letters already made, to choose the right letter."""
        r = self.request
        rights, made = self.tr("Rights requested"), self.tr("Letters made")
        lines = [f"<b>{_escape(rights)}</b>"]
        for item in r["items"]:
            state = (self.tr("answered", "handled, including by a reasoned refusal")
                     if item["done"]
                     else self.tr("due {0}").format(i18n.format_date(item["due"])))
            lines.append(f"• {_escape(i18n.type_name(item['type']))} — {_escape(state)}")
        lines.append(f"<br><b>{_escape(made)}</b>")
        letters = r.get("letters") or []
        for letter in letters:
            kind = i18n.letter_kind_name(letter["kind"])
            lang = i18n.language_name(letter["lang"], capital=False)
            state = (self.tr("sent {0}").format(i18n.format_date(letter["sent_at"]))
                     if letter.get("sent_at") else self.tr("not sent yet"))
            lines.append(f"• {letter['number']} — {_escape(kind)} ({_escape(lang)}), "
                         f"{_escape(state)}")
        if not letters:
            lines.append(_escape(self.tr("none yet")))
        return "<br>".join(lines)

    def _folder(self) -> Path:
        from app.services.letters import letters_dir, request_folder

        return request_folder(letters_dir(self.register), self.request)

    def set_kind(self, kind: str) -> None:
        """Choose the letter kind."""
        select_code(self.kind, kind)

    def chosen_grounds(self) -> list[str]:
        """The refusal grounds ticked."""
        return [self.grounds.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.grounds.count())
                if self.grounds.item(i).checkState() == Qt.CheckState.Checked]

    def takes_purposes(self) -> bool:
        """Whether the kind chosen names processing purposes (a withdrawal confirmation)."""
        return "purposes" in KINDS[self.kind.currentData() or letter_kinds()[0]].fields

    def chosen_purposes(self) -> list[str] | None:
        """The purposes ticked, for a kind that names them; None for another kind."""
        return self.purposes.chosen() if self.takes_purposes() else None

    def _fill_purposes(self) -> None:
        """Offer the purposes of the profile in the letter's language (for a kind naming
        them); none to offer (no profile yet) hides the list: the preview says why."""
        if self.takes_purposes():
            self.purposes.fill(profile_purposes(self.register, self.lang.currentData()))
        shown = self.takes_purposes() and bool(self.purposes.purposes())
        self.purposes.setVisible(shown)
        self.labels["purposes"].setVisible(shown)

    def _purposes_problem(self) -> str | None:
        """None ticked: the letter would name every purpose, which is not what was meant."""
        if self.takes_purposes() and self.purposes.purposes() and not self.purposes.chosen():
            return self.tr("Tick at least one purpose this withdrawal concerns.")
        return None

    def _kind_changed(self) -> None:
        kind = self.kind.currentData() or letter_kinds()[0]
        # Grounds are asked for where the kind's templates use them (a reasoned refusal).
        takes_grounds = "grounds" in KINDS[kind].fields
        self.grounds.setVisible(takes_grounds)
        self.labels["grounds"].setVisible(takes_grounds)
        self._fill_purposes()
        required = KINDS[kind].note_required
        self.note.setPlaceholderText(
            self.tr("Required for this letter: explain in your own words.") if required
            else self.tr("Optional: a paragraph of your own for the letter."))
        self._show_conflict()
        self._timer.start()

    def contradiction(self) -> Any:
        """What in the record the chosen letter would contradict (a problem), or None."""
        from app.services.letters import contradiction

        notice = contradiction(self.register, self.request["id"], self.kind.currentData())
        return None if notice is None else LetterError("letter_contradicts_record",
                                                       reason=notice)

    def _show_conflict(self) -> None:
        conflict = self.contradiction()
        self.conflict.setVisible(conflict is not None)
        if conflict is not None:
            self.conflict.setText(messages.word(conflict) + " " + self.tr(
                "You will be asked for the reason to make it anyway."))

    def show_warnings(self) -> None:
        """Say what the operator should know before this letter is made, as chosen now."""
        from app.services.letters import letter_warnings

        try:
            notices = letter_warnings(self.register, self.request["id"],
                                      self.kind.currentData(), self.lang.currentData(),
                                      self.note.toPlainText().strip() or None)
        except USER_ERRORS:
            notices = []  # the preview says what is wrong
        while self.warnings_layout.count():
            row = self.warnings_layout.takeAt(0)
            while row.layout() is not None and row.layout().count():
                widget = row.layout().takeAt(0).widget()
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self.warning_labels, self.warning_buttons = {}, {}
        for notice in notices:
            row = QHBoxLayout()
            label = note_label(messages.word(notice), kind="warning")
            row.addWidget(label, 1)
            self.warning_labels[notice.code] = label
            tab = SETTINGS_TAB.get(notice.code)
            if tab is not None:
                lang = str(notice.values.get("lang") or "")
                button = QPushButton(self._settings_button_text(tab))
                button.setToolTip(self.tr("Settings, at this language's tab"))
                button.clicked.connect(lambda _=False, t=tab, la=lang: self.open_settings(t, la))
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                self.warning_buttons[notice.code] = button
            self.warnings_layout.addLayout(row)
        self.warnings.setVisible(bool(notices))

    def _settings_button_text(self, tab: str) -> str:
        return (self.tr("Fill in the requisites…") if tab == "operator"
                else self.tr("Fill in the profile…"))

    def _settings_for_problem(self) -> None:
        if self._problem_tab is not None:
            self.open_settings(self._problem_tab, DEFAULT_LETTER_LANGUAGE)

    def _show_problem(self, problem: str | None, code: str | None = None) -> None:
        """Say why the letter cannot be made now (None: it can), with the button to the
        Settings tab that puts it right where there is one; the letter is not offered
        meanwhile."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        self._problem_tab = BLOCKING_TAB.get(code or "")
        self.problem.setVisible(problem is not None)
        self.problem.setText(problem or "")
        self.problem_button.setVisible(self._problem_tab is not None)
        if self._problem_tab is not None:
            self.problem_button.setText(self._settings_button_text(self._problem_tab))

    def warning_texts(self) -> list[str]:
        """The warnings shown now (for tests and accessibility)."""
        return [label.text() for label in self.warning_labels.values()]

    def open_settings(self, tab: str, lang: str) -> None:
        """Settings at *tab* and the sub-tab of *lang*; then the letter is shown anew."""
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.register, self, self.templates_dir, tab=tab, lang=lang)
        if run_and_release(dialog):
            self.update_preview()

    def update_preview(self) -> None:
        """Render the preview now (also called after a short pause in typing)."""
        self.show_warnings()
        self._fill_purposes()  # another language, or the profile edited in Settings
        problem = self._purposes_problem()
        code = None
        text = ""
        if problem is None:
            try:
                text = letter_preview(self.register, self.request["id"],
                                      self.kind.currentData(), self.lang.currentData(),
                                      self.note.toPlainText(), self.chosen_grounds(),
                                      self.templates_dir, self.chosen_purposes())
            except USER_ERRORS as exc:
                problem, code = messages.word(exc), getattr(exc, "code", None)
        self._show_problem(problem, code)
        if problem is not None:
            self.preview.setPlainText("")
            return
        self.preview.setHtml(text)

    def done(self, result: int) -> None:
        """Stop the preview timer: nothing runs after the dialog is gone."""
        self._timer.stop()
        super().done(result)

    def accept(self) -> None:
        """Make the letter (a new outgoing number, the file, the copy in the register); one
        that contradicts the record only with the reason the operator gives."""
        from app.services.letters import make_letter

        problem = self._purposes_problem()
        if problem is not None:
            ask.tell_error(self, problem)
            return
        despite = None
        conflict = self.contradiction()
        if conflict is not None:
            despite = ask.ask_text(self, self.tr("The letter contradicts the record"),
                                   messages.word(conflict) + "\n\n" + self.tr(
                                       "Make it anyway? Give the reason; the request's "
                                       "history keeps it."))
            if not despite:
                return
        def make() -> Any:
            return make_letter(
                self.register, self.request["id"], self.kind.currentData(),
                lang=self.lang.currentData(), note=self.note.toPlainText().strip() or None,
                grounds=self.chosen_grounds() or None, templates_dir=self.templates_dir,
                despite=despite, purposes=self.chosen_purposes())

        try:
            letter = make()
        except LetterError as exc:
            # A folder that refuses letters (permission, read-only, Controlled Folder
            # Access): say why and offer another folder, kept as the letters folder.
            if exc.code not in FOLDER_PROBLEMS or not self._choose_other_folder(exc):
                show_user_error(self, exc)
                return
            ok, letter = guarded(self, make)
            if not ok:
                return
        except USER_ERRORS as exc:
            show_user_error(self, exc)
            return
        self.letter = letter
        super().accept()

    def _choose_other_folder(self, problem: LetterError) -> bool:
        """Offer another letters folder after *problem*; True when one was chosen (and
        saved in the settings)."""
        from app.services import operator

        if not ask.offer(self, messages.word(problem), self.tr("Choose another folder…")):
            return False
        folder = ask.ask_folder(self, self.tr("Letters folder"))
        if folder is None:
            return False
        ok, _ = guarded(self, lambda: operator.save_settings(
            self.register, {"letters_dir": str(folder)}))
        return ok
