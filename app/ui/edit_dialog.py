"""Correcting a request: the requester's details and the rights asked for.

The form shows the request as recorded; only what the operator changes is written,
through `services.requests` (`edit_request` for the details, `add_right` and
`remove_right` for the rights), each an audited change the history shows with its
before and after. A right is removed with a reason and stays in the record, struck
through. A refused value (a phone that is not one, an IIN with a wrong check digit) is
said in one sentence inside the dialog, its field gets the focus, and nothing typed is
lost; what was already written stays written and is not written twice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocab import ADDRESS_FORMS, REQUEST_TYPES
from app.domain.workflow import is_open
from app.languages import LETTER_LANGUAGES
from app.services import USER_ERRORS
from app.store import Register

from . import ask, colours, i18n, messages
from .common import ElidingComboBox, code_combo, fill_combo, note_label
from .intake_widgets import address_form_hint

#: The requester's details, in the order of the form (the services' names).
FIELDS = ("name", "email", "phone", "iin", "lang", "postal_address", "address_form")
#: Which field a refused value belongs to, to put the cursor there.
FIELD_OF_PROBLEM = {"not_an_email_address": "email", "not_a_phone_number": "phone",
                    "invalid_iin": "iin", "iin_is_a_bin": "iin",
                    "requester_name_missing": "name"}


def recorded(request: dict[str, Any]) -> dict[str, str]:
    """The requester's details as the register has them ("" for none)."""
    r = request["requester"]
    return {"name": r.get("name") or "", "email": r.get("email") or "",
            "phone": r.get("phone") or "", "iin": r.get("iin") or "",
            "lang": request["lang"], "postal_address": request.get("postal_address") or "",
            "address_form": request.get("address_form") or ""}


class EditRequestDialog(QDialog):
    """Edit the requester's details and the rights of one request."""

    def __init__(self, register: Register, request: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.request = request
        self.before = recorded(request)
        #: What was written, named for the status bar ("email", "right added: access").
        self.applied: list[str] = []
        self.to_add: list[str] = []
        self.to_remove: dict[str, str] = {}  # right -> reason
        self.setObjectName("editRequestDialog")
        self.setMinimumWidth(900)

        b = self.before
        self.name = QLineEdit(b["name"])
        self.email = QLineEdit(b["email"])
        self.phone = QLineEdit(b["phone"])
        self.iin = QLineEdit(b["iin"])
        self.iin.setMaxLength(12)
        self.lang = code_combo(LETTER_LANGUAGES, i18n.language_name, b["lang"])
        self.postal_address = QLineEdit(b["postal_address"])
        # No form chosen yet reads "—"; once one is chosen, one of the three is kept.
        self.address_form = QComboBox()
        self.form_hint = note_label()
        self.inputs: dict[str, QWidget] = {
            "name": self.name, "email": self.email, "phone": self.phone, "iin": self.iin,
            "lang": self.lang, "postal_address": self.postal_address,
            "address_form": self.address_form}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = {key: QLabel() for key in FIELDS}
        for key in FIELDS:
            self.form.addRow(self.labels[key], self.inputs[key])
        self.form.addRow("", self.form_hint)
        self.lang.currentIndexChanged.connect(self.show_address_forms)

        self.rights_box = QGroupBox()
        self.rights = QListWidget(objectName="rightsList")
        self.rights.setMinimumHeight(120)
        self.add_type = ElidingComboBox()
        # A long right's name must not widen the dialog: the field takes the box's width and
        # elides it, the open list and the tooltip show it whole.
        self.add_type.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_type.setMinimumContentsLength(22)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.rights.currentRowChanged.connect(self._update_buttons)
        self.rights_note = note_label()
        # Remove acts on the list's selection, under it; a right to add gets a row of its own.
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_type, 1)
        add_row.addWidget(self.add_button)
        box = QVBoxLayout(self.rights_box)
        box.addWidget(self.rights)
        box.addLayout(remove_row)
        box.addLayout(add_row)
        box.addWidget(self.rights_note)

        self.heading = QLabel(objectName="dialogHeading")
        self.problem = note_label(kind="error")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        # Half and half: the rights' long names need the room more than the short fields.
        columns.addLayout(self.form, 1)
        columns.addWidget(self.rights_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()

    # ------------------------------------------------------------------ showing
    def retranslate(self) -> None:
        """Texts in the interface language."""
        r = self.request
        self.setWindowTitle(self.tr("Edit request {0}").format(r["number"]))
        self.heading.setText(f"{r['number']} — {r['requester']['name']}")
        texts = {"name": self.tr("Requester"), "email": self.tr("Email"),
                 "phone": self.tr("Phone"), "iin": self.tr("IIN"), "lang": self.tr("Language"),
                 "postal_address": self.tr("Postal address"),
                 "address_form": self.tr("Form of address")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.name.setPlaceholderText(self.tr("Full name as the person gave it"))
        self.email.setPlaceholderText(self.tr("name@example.kz"))
        self.phone.setPlaceholderText(self.tr("+7 701 555 12 34"))
        self.postal_address.setPlaceholderText(self.tr("Where a letter by post goes"))
        fill_combo(self.lang, LETTER_LANGUAGES, i18n.language_name)
        self.show_address_forms()
        self.rights_box.setTitle(self.tr("Rights requested"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove…"))
        self.remove_button.setToolTip(self.tr("Remove a right registered by mistake; it stays "
                                              "in the record with your reason"))
        still_open = is_open(r["status"])
        self.rights_note.setText("" if still_open else self.tr(
            "The rights of a closed request cannot be changed; reopen it first."))
        self.rights_note.setVisible(not still_open)
        self.show_rights()

    def show_address_forms(self) -> None:
        """The forms of address and their hint, with the greetings of the letter language
        chosen now (a Kazakh letter greets everyone «Құрметті …!»)."""
        lang = self.lang.currentData()
        forms = ([""] if not self.before["address_form"] else []) + list(ADDRESS_FORMS)
        fill_combo(self.address_form, forms, lambda code: i18n.address_form_name(code, lang),
                   self.address_form.currentData() if self.address_form.count()
                   else self.before["address_form"])
        self.form_hint.setText(address_form_hint(lang, self.tr(
            "The greeting of a Russian letter: chosen by you, never guessed from the name or "
            "the IIN.")))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    def asked(self) -> list[str]:
        """The rights the request asks for now (not removed), with those to be added."""
        live = [i["type"] for i in self.request["items"] if not i.get("removed")]
        return [t for t in REQUEST_TYPES if t in live or t in self.to_add]

    def show_rights(self) -> None:
        """List the rights: asked, to be added, to be removed, removed before (struck)."""
        keep = self.rights.currentItem().data(Qt.ItemDataRole.UserRole) \
            if self.rights.currentItem() else None
        self.rights.clear()
        removed = {i["type"]: i.get("removed_reason") or "" for i in self.request["items"]
                   if i.get("removed")}
        for code in REQUEST_TYPES:
            name = i18n.type_name(code)
            if code in self.to_add:
                text = self.tr("{0} (to be added)").format(name)
            elif code in self.to_remove:
                text = self.tr("{0} (to be removed: {1})").format(name, self.to_remove[code])
            elif code in self.asked():
                text = name
            elif code in removed:
                text = self.tr("{0} (removed: {1})").format(name, removed[code])
            else:
                continue
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(text)
            if code in self.to_remove or (code in removed and code not in self.asked()):
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(colours.colour("grey"))
            if code in self.to_add:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.rights.addItem(item)
            if code == keep:
                self.rights.setCurrentItem(item)
        # Only rights not asked yet can be added (a removed one can be asked again).
        fill_combo(self.add_type, [t for t in REQUEST_TYPES if t not in self.asked()],
                   i18n.type_name)
        self.add_type.fit()
        self._update_buttons()

    def _update_buttons(self) -> None:
        still_open = is_open(self.request["status"])
        chosen = self.rights.currentItem()
        code = chosen.data(Qt.ItemDataRole.UserRole) if chosen else None
        self.add_type.setEnabled(still_open and self.add_type.count() > 0)
        self.add_button.setEnabled(still_open and self.add_type.count() > 0)
        self.remove_button.setEnabled(still_open and code is not None and (
            code in self.to_add or (code in self.asked() and code not in self.to_remove)))

    # ------------------------------------------------------------------ rights
    def add_chosen(self) -> None:
        """Add the right chosen in the combo box (written when the dialog is accepted)."""
        code = self.add_type.currentData()
        if code and code not in self.asked():
            self.to_add.append(code)
            self.show_rights()

    def remove_selected(self) -> None:
        """Remove the selected right, asking why (written when the dialog is accepted)."""
        item = self.rights.currentItem()
        code = item.data(Qt.ItemDataRole.UserRole) if item else None
        if code is None:
            return
        if code in self.to_add:  # not written yet: no reason needed
            self.to_add.remove(code)
            self.show_rights()
            return
        reason = ask.ask_text(self, self.tr("Remove a right"), self.tr(
            "Why is “{0}” removed? It stays in the record, struck through, with your reason.")
            .format(i18n.type_name(code, capital=False)))
        if reason:
            self.to_remove[code] = reason
            self.show_rights()

    # ------------------------------------------------------------------ accept
    def values(self) -> dict[str, str]:
        """What the form holds now."""
        texts = {key: widget.text().strip() for key, widget in self.inputs.items()
                 if isinstance(widget, QLineEdit)}
        return texts | {"lang": self.lang.currentData(),
                        "address_form": self.address_form.currentData() or ""}

    def changes(self) -> dict[str, str]:
        """Only the details that differ from the record ("" clears one)."""
        return {key: value for key, value in self.values().items()
                if value != self.before[key] and not (key == "address_form" and not value)}

    def _say(self, problem: BaseException) -> None:
        self.problem.setText(messages.word(problem))
        self.problem.show()
        field = FIELD_OF_PROBLEM.get(getattr(problem, "code", ""))
        if field:
            self.inputs[field].setFocus()

    def accept(self) -> None:
        """Write the changes, details first; on a refusal say it and keep everything typed."""
        from app.services import requests

        register, rid = self.register, self.request["id"]
        try:
            changes = self.changes()
            if changes:
                requests.edit_request(register, rid, **changes)
                self.before.update(changes)
                self.applied += [i18n.edited_field_name(key) for key in changes]
            while self.to_add:
                requests.add_right(register, rid, self.to_add[0])
                self.applied.append(self.tr("right added: {0}").format(
                    i18n.short_type_name(self.to_add.pop(0), capital=False)))
            for code in list(self.to_remove):
                requests.remove_right(register, rid, code, self.to_remove[code])
                del self.to_remove[code]
                self.applied.append(self.tr("right removed: {0}").format(
                    i18n.short_type_name(code, capital=False)))
        except USER_ERRORS as exc:
            self._say(exc)
            if self.applied:  # what was written shows as written now
                self.request = register.get_request(rid)
                self.show_rights()
            return
        super().accept()
