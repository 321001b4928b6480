"""The operator's details form, shared by the first-run wizard and the settings.

The IIN or BIN is checked as it is typed (structure and check digit) and the form says
which of the two it is: an IIN is a sole proprietor, a BIN a legal entity. A sole
proprietor signs in person, so the form asks for the owner's full name (a letter never
signs with a trade name); the signatory's name and position are two fields, kept as the
record's one "Position, Name" line (`app.domain.operator.signatory_parts`). Those are
all the form checks itself: the record is built and checked by
`services.operator.build_operator`, the same rule as the command line's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.domain.identifiers import check_id
from app.domain.operator import SIGNATORY_SEPARATOR, signatory_parts

from .common import note_label, restyle


class OperatorForm(QWidget):
    """Name, IIN/BIN, address, email, phone and signatory of the operator."""

    changed = Signal()

    def __init__(self, operator: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        op = operator or {}
        self.name = QLineEdit(op.get("name") or "")
        self.id = QLineEdit(op.get("id") or "")
        self.id.setMaxLength(12)
        self.id_state = note_label()
        self.address = QLineEdit(op.get("address") or "")
        self.email = QLineEdit(op.get("email") or "")
        self.phone = QLineEdit(op.get("phone") or "")
        position, person = signatory_parts(op.get("signatory"))
        #: The signatory's full name; the position has a field of its own.
        self.signatory = QLineEdit(person)
        self.position = QLineEdit(position)
        self.signatory_hint = note_label()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel() for _ in range(7)]
        rows = (self.name, self.id, self.address, self.email, self.phone, self.signatory,
                self.position)
        for label, widget in zip(self.labels, rows, strict=True):
            form.addRow(label, widget)
            if widget is self.id:
                form.addRow("", self.id_state)
            widget.textChanged.connect(self.changed)
        form.addRow("", self.signatory_hint)
        self.id.textChanged.connect(self._check_id)
        for field in (self.name, self.signatory):
            field.textChanged.connect(self._show_signatory_hint)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        texts = (self.tr("Name"), self.tr("IIN or BIN"), self.tr("Address"), self.tr("Email"),
                 self.tr("Phone"), self.tr("Signatory's full name"), self.tr("Position"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("With the legal form, e.g. ИП Жумабаев Е.К. or "
                                             "ТОО «Ромашка»"))
        self.address.setPlaceholderText(self.tr("Postal address for the letterhead"))
        self.signatory.setPlaceholderText(self.tr("e.g. А.А. Ахметов"))
        self.position.setPlaceholderText(self.tr("e.g. Директор; a sole proprietor may leave "
                                                 "it empty"))
        self._check_id()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _check_id(self) -> None:
        value = self.id.text().strip()
        state = "hint"
        if not value:
            text = self.tr("12 digits: the IIN of a sole proprietor or the BIN of a company.")
        elif len(value) < 12 or not value.isdigit():
            text = self.tr("An IIN or BIN has exactly 12 digits.")
            state = "hint" if value.isdigit() else "error"
        else:
            result = check_id(value)
            if result.valid:
                state = "ok"
                text = (self.tr("A valid IIN: the operator is a sole proprietor.")
                        if result.kind == "IIN"
                        else self.tr("A valid BIN: the operator is a legal entity."))
            else:
                state = "error"
                text = self.tr("Not a valid IIN or BIN: check the digits.")
        self.id_state.setText(text)
        restyle(self.id_state, state)
        self._show_signatory_hint()

    def sole_proprietor(self) -> bool:
        """True when the IIN/BIN typed is a valid IIN: the owner signs in person."""
        result = check_id(self.id.text().strip())
        return result.valid and result.kind == "IIN"

    def problem(self) -> str | None:
        """What keeps the signatory line from being right, in one sentence; None when it is.

        A sole proprietor's letter is signed by the owner: without the owner's name, the
        letter would sign with the trade name.
        """
        if not self.sole_proprietor():
            return None
        person = self.signatory.text().strip()
        if not person:
            return self.tr("A sole proprietor signs letters in person: give the owner's full "
                           "name as the signatory.")
        if person.casefold() == self.name.text().strip().casefold():
            return self.tr("Give the owner's full name as the signatory, not the trade name.")
        return None

    def _show_signatory_hint(self) -> None:
        problem = self.problem()
        self.signatory_hint.setText(problem or self.tr(
            "A sole proprietor signs in person: the owner's full name. A company: the name and "
            "position of who signs."))
        restyle(self.signatory_hint, "error" if problem else "hint")

    def is_empty(self) -> bool:
        """True when nothing was typed."""
        return not any(w.text().strip() for w in (self.name, self.id, self.address, self.email,
                                                  self.phone, self.signatory, self.position))

    def is_complete(self) -> bool:
        """True when name, a valid IIN/BIN and address are given, and a sole proprietor's
        owner is named as the signatory."""
        return bool(self.name.text().strip() and self.address.text().strip()
                    and check_id(self.id.text().strip()).valid and self.problem() is None)

    def signatory_line(self) -> str:
        """The record's "Position, Name" line ("Name" alone without a position)."""
        return joined_signatory(self.position.text(), self.signatory.text())

    def fields(self) -> dict[str, str]:
        """What was typed, as `services.operator.build_operator` takes it."""
        return {"name": self.name.text(), "id_number": self.id.text(),
                "address": self.address.text(), "email": self.email.text(),
                "phone": self.phone.text(), "signatory": self.signatory_line()}

    def operator(self) -> dict[str, Any]:
        """The operator's record as the register keeps it; a user error when incomplete."""
        from app.services.operator import build_operator

        return build_operator(**self.fields())


def joined_signatory(position: str, person: str) -> str:
    """ "Position, Name" as the record keeps it; the name alone without a position."""
    position, person = position.strip(), person.strip()
    return f"{position}{SIGNATORY_SEPARATOR} {person}" if position else person
