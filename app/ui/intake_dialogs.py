"""Logging a request: a phone call, a written or in-person request, or an email to confirm.

Each dialog shows the rights detected from the text and its language for the operator to
confirm, the due date of each right computed live on the register's calendar, and a
warning when an open request already has the same email or phone. The operator also
chooses how letters greet the requester and may give a postal address. Accepting calls
`services.requests` (an email is imported from the very draft the dialog showed, with the
form of address and postal address given); a mistake (a bad phone number, no name) is
said in one sentence and the dialog stays open with everything typed. The parts both dialogs share
are `intake_widgets`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.identifiers import check_id
from app.domain.vocab import CHANNELS
from app.languages import DEFAULT_LETTER_LANGUAGE, LETTER_LANGUAGES
from app.services import USER_ERRORS
from app.services.requests import format_phone
from app.store import Register

from . import ask, i18n, messages
from .common import (
    code_combo,
    fill_combo,
    from_qdatetime,
    guarded,
    note_label,
    select_code,
    to_qdatetime,
)
from .intake_widgets import AddressFields, DuePreview, TypesChooser

WRITTEN_CHANNELS = tuple(c for c in CHANNELS if c != "phone")


class NewRequestDialog(QDialog):
    """Log a phone call, or a written / in-person / eGov / web-form / messenger request."""

    def __init__(self, register: Register, mode: str = "phone", parent: QWidget | None = None,
                 default_lang: str = DEFAULT_LETTER_LANGUAGE) -> None:
        super().__init__(parent)
        self.register = register
        self.mode = mode
        self.logged: Any = None
        self._lang_touched = False
        self.setObjectName("newRequestDialog")
        self.setMinimumWidth(980)

        self.channel = code_combo(WRITTEN_CHANNELS if mode == "written" else ("phone",),
                                  i18n.channel_name, "letter" if mode == "written" else "phone")
        self.channel.setEnabled(mode == "written")
        self.received = QDateTimeEdit(to_qdatetime(register.now()))
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.iin = QLineEdit()
        self.iin.setMaxLength(12)
        self.iin_state = note_label()
        self.lang = code_combo(LETTER_LANGUAGES, i18n.language_name, default_lang)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.detected = note_label()
        self.types = TypesChooser()
        self.due = DuePreview(register)
        self.duplicates = note_label(kind="warning")
        self.duplicates.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("channel", self.channel), ("received", self.received),
                            ("name", self.name), ("phone", self.phone), ("email", self.email),
                            ("iin", self.iin), ("", self.iin_state), ("lang", self.lang)):
            label = QLabel()
            self.labels[key] = label
            self.form.addRow(label, widget)
        self._iin_row = self.form.rowCount() - 2
        self.address = AddressFields(self.form, self.lang, self)
        left = QVBoxLayout()
        left.addLayout(self.form)
        self.text_label = QLabel()
        left.addWidget(self.text_label)
        left.addWidget(self.text, 1)
        left.addWidget(self.detected)
        right = QVBoxLayout()
        right.addWidget(self.types)
        right.addWidget(self.due)
        right.addWidget(self.duplicates)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self._detect_timer = QTimer(self, singleShot=True, interval=250)
        self._detect_timer.timeout.connect(self._detect)
        self._dup_timer = QTimer(self, singleShot=True, interval=300)
        self._dup_timer.timeout.connect(self._check_duplicates)
        self.text.textChanged.connect(self._detect_timer.start)
        self.name.textChanged.connect(self._detect_timer.start)
        self.email.textChanged.connect(self._dup_timer.start)
        self.phone.textChanged.connect(self._dup_timer.start)
        self.iin.textChanged.connect(self._check_iin)
        self.lang.activated.connect(self._lang_chosen)
        self.types.changed.connect(self._update_due)
        self.received.dateTimeChanged.connect(self._update_due)
        self.retranslate()
        self._update_due()
        self._check_iin()

    def retranslate(self) -> None:
        """Every fixed text in the interface language."""
        self.setWindowTitle(self.tr("New phone request") if self.mode == "phone"
                            else self.tr("New written or in-person request"))
        texts = {"channel": self.tr("Channel"), "received": self.tr("Received on"),
                 "name": self.tr("Requester"), "phone": self.tr("Phone"),
                 "email": self.tr("Email"), "iin": self.tr("IIN (optional)"), "": "",
                 "lang": self.tr("Language")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.name.setPlaceholderText(self.tr("Full name as the person gave it"))
        self.phone.setPlaceholderText(self.tr("+7 701 555 12 34"))
        self.email.setPlaceholderText(self.tr("name@example.kz"))
        self.text_label.setText(self.tr("What was asked, in the requester's words")
                                if self.mode == "written"
                                else self.tr("What the caller asked, in their words"))
        fill_combo(self.channel, WRITTEN_CHANNELS if self.mode == "written" else ("phone",),
                   i18n.channel_name)
        fill_combo(self.lang, LETTER_LANGUAGES, i18n.language_name)
        self.address.retranslate()
        self.types.retranslate()
        self._update_due()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ live feedback
    def _detect(self) -> None:
        from app.services.requests import detect

        text = self.text.toPlainText()
        if not text.strip():
            self.detected.setText("")
            return
        found, lang = detect(text)
        self.types.set_chosen(found)
        if not self._lang_touched:
            # The language of what was asked, not of the name (a Kazakh name, a Russian call).
            select_code(self.lang, lang)
        if found:
            self.detected.setText(self.tr("Detected from the text: {0}. Check and correct the "
                                          "ticks if needed.").format(
                i18n.type_names_in_sentence(found)))
        else:
            self.detected.setText(self.tr("No right could be recognised in the text; tick "
                                          "the rights requested."))
        self._update_due()

    def _lang_chosen(self) -> None:
        self._lang_touched = True

    def _update_due(self) -> None:
        self.due.update_for(self.types.chosen(), from_qdatetime(self.received.dateTime()))

    def _check_iin(self) -> None:
        value = self.iin.text().strip()
        self.form.setRowVisible(self._iin_row, bool(value))
        if not value:
            self.iin_state.setText("")
            return
        result = check_id(value)
        if result.valid and result.kind == "IIN":
            self.iin_state.setObjectName("ok")
            self.iin_state.setText(self.tr("A valid IIN."))
        elif result.valid:
            self.iin_state.setObjectName("error")
            self.iin_state.setText(self.tr("This is a BIN; a person is identified by an IIN."))
        else:
            self.iin_state.setObjectName("error" if len(value) == 12 else "hint")
            self.iin_state.setText(self.tr("An IIN has 12 digits.") if len(value) < 12
                                   else self.tr("Not a valid IIN: check the digits."))
        self.iin_state.style().unpolish(self.iin_state)
        self.iin_state.style().polish(self.iin_state)

    def _check_duplicates(self) -> None:
        from app.services.requests import find_duplicates

        # Half-typed contacts are no mistake yet: they just match nothing.
        ok, found = True, []
        try:
            found = find_duplicates(self.register, self.email.text(), self.phone.text())
        except USER_ERRORS:
            ok = False
        self.duplicates.setVisible(ok and bool(found))
        self.duplicates.setText("\n".join(messages.word(d.notice) for d in found))

    def done(self, result: int) -> None:
        """Stop the typing timers: nothing runs after the dialog is gone."""
        self._detect_timer.stop()
        self._dup_timer.stop()
        super().done(result)

    # ------------------------------------------------------------------ accept
    def values(self) -> dict[str, Any]:
        """What the operator entered, as the intake service takes it."""
        return {
            "channel": self.channel.currentData(),
            "types": self.types.chosen(),
            "name": self.name.text().strip(),
            "email": self.email.text().strip() or None,
            "phone": self.phone.text().strip() or None,
            "iin": self.iin.text().strip() or None,
            "lang": self.lang.currentData(),
            "received": from_qdatetime(self.received.dateTime()),
            "text": self.text.toPlainText().strip() or None,
            **self.address.values(),
        }

    def accept(self) -> None:
        """Log the request; on a mistake say it and keep the dialog open."""
        from app.services.requests import log_request

        values = self.values()
        if not values["types"]:
            ask.tell_error(self, self.tr("Tick at least one right requested."))
            return
        ok, logged = guarded(self, lambda: log_request(self.register, **values))
        if ok:
            self.logged = logged
            super().accept()


def _first_name(mailbox: str, found: str | None) -> str:
    """The name to offer: the mailbox's, unless the text gives a fuller one of the same
    person ("Айгерим" in the mailbox, "Айгерим Ахметова" in the text) or the mailbox none."""
    if found and (not mailbox or (found.split()[0].casefold() == mailbox.split()[0].casefold()
                                  and len(found) > len(mailbox))):
        return found
    return mailbox or ""


class ImportEmailDialog(QDialog):
    """Confirm one email before it becomes a request: rights, language, sender, due dates."""

    def __init__(self, register: Register, draft: Any, parent: QWidget | None = None,
                 again: str | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.draft = draft  # services.requests.EmailDraft: the email read once
        self.again = again  # why a message already in the register is imported again
        self.mail = mail = draft.mail
        self.logged: Any = None
        self.setObjectName("importEmailDialog")
        self.setMinimumWidth(980)
        self.detected_types = list(draft.types)
        self.detected_lang = draft.lang

        self.sender = QLabel()
        self.sender.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sender.setWordWrap(True)
        # The name as the person gave it: a mailbox's display name is often a nickname, so a
        # name the text gives ("меня зовут …") is offered where the mailbox gives none.
        self.found_name = getattr(draft, "found_name", None)
        self.found_phone = getattr(draft, "found_phone", None)
        self.name = QLineEdit(_first_name(mail.sender_name, self.found_name))
        self.phone = QLineEdit(format_phone(self.found_phone))
        self.found = note_label()
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        self.when = QLabel()
        self.lang = code_combo(LETTER_LANGUAGES, i18n.language_name, self.detected_lang)
        self.body = QPlainTextEdit(readOnly=True)
        self.body.setPlainText(mail.text)
        self.parse_notes = note_label(kind="warning")
        self.parse_notes.setText("\n".join(messages.word(w) for w in mail.warnings))
        self.parse_notes.setVisible(bool(mail.warnings))
        self.types = TypesChooser()
        self.types.set_chosen(self.detected_types)
        self.detected = note_label()
        self.due = DuePreview(register)
        self.duplicates = note_label(kind="warning")

        self.form = QFormLayout()
        self.labels = {k: QLabel() for k in ("from", "name", "phone", "subject", "received",
                                             "lang")}
        self.form.addRow(self.labels["from"], self.sender)
        self.form.addRow(self.labels["name"], self.name)
        self.form.addRow(self.labels["phone"], self.phone)
        self.form.addRow("", self.found)
        self.form.addRow(self.labels["subject"], self.subject)
        self.form.addRow(self.labels["received"], self.when)
        self.form.addRow(self.labels["lang"], self.lang)
        self.address = AddressFields(self.form, self.lang, self)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.body, 1)
        left.addWidget(self.parse_notes)
        right = QVBoxLayout()
        right.addWidget(self.types)
        right.addWidget(self.detected)
        right.addWidget(self.due)
        right.addWidget(self.duplicates)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.types.changed.connect(self._update_due)

        from app.services.requests import find_duplicates

        found = find_duplicates(register, mail.sender_email or None, self.found_phone)
        self.duplicates.setText("\n".join(messages.word(d.notice) for d in found))
        self.duplicates.setVisible(bool(found))
        self.retranslate()

    def retranslate(self) -> None:
        """Every fixed text in the interface language."""
        self.setWindowTitle(self.tr("Import email — {0}").format(self.mail.filename))
        self.labels["from"].setText(self.tr("From"))
        self.labels["name"].setText(self.tr("Requester"))
        self.labels["phone"].setText(self.tr("Phone"))
        self.phone.setPlaceholderText(self.tr("+7 701 555 12 34"))
        found = []
        if self.found_name and self.found_name != self.mail.sender_name:
            found.append(self.tr("the name {0}").format(self.found_name))
        if self.found_phone:
            found.append(self.tr("the phone {0}").format(format_phone(self.found_phone)))
        self.found.setText(self.tr("The text gives {0}: check the fields above.").format(
            ", ".join(found)) if found else "")
        self.found.setVisible(bool(found))
        self.name.setPlaceholderText(self.tr("Full name as the person gave it"))
        self.labels["subject"].setText(self.tr("Subject"))
        self.labels["received"].setText(self.tr("Received on"))
        self.labels["lang"].setText(self.tr("Language"))
        m = self.mail
        sender = " ".join(p for p in (m.sender_name, f"<{m.sender_email}>" if m.sender_email
                                      else "") if p)
        self.sender.setText(sender or self.tr("(no sender)"))
        self.subject.setText(m.subject or self.tr("(no subject)"))
        self.when.setText(i18n.format_datetime(m.received))
        fill_combo(self.lang, LETTER_LANGUAGES, i18n.language_name)
        self.address.retranslate()
        self.types.retranslate()
        if self.detected_types:
            self.detected.setText(self.tr("Detected from the text: {0}. Check and correct the "
                                          "ticks if needed.").format(
                i18n.type_names_in_sentence(self.detected_types)))
        else:
            self.detected.setText(self.tr("No right could be recognised in the text; tick "
                                          "the rights requested."))
        self._update_due()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    def _update_due(self) -> None:
        self.due.update_for(self.types.chosen(), self.mail.received)

    def _import(self, types: list[str]) -> Any:
        from app.services.requests import import_email

        address = self.address.values()
        # Neutral is how a letter greets when nothing was chosen: recorded only as a choice.
        form = address["address_form"] if address["address_form"] != "neutral" else None
        return import_email(self.register, self.draft, types=types,
                            lang=self.lang.currentData(),
                            name=self.name.text().strip() or None, again=self.again,
                            phone=self.phone.text().strip() or None,
                            postal_address=address["postal_address"] or None,
                            address_form=form)

    def accept(self) -> None:
        """Import the email with the confirmed rights, language, name and form of address."""
        types = self.types.chosen()
        if not types:
            ask.tell_error(self, self.tr("Tick at least one right requested."))
            return
        ok, logged = guarded(self, lambda: self._import(types))
        if ok:
            self.logged = logged
            super().accept()
