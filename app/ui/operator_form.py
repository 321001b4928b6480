"""The operator's details form, shared by the first-run wizard and the settings.

The IIN or BIN is checked as it is typed (structure and check digit) and the form says
which of the two it is: an IIN is a sole proprietor, a BIN a legal entity. That hint is
all the form checks itself: the record is built and checked by
`services.operator.build_operator`, the same rule as the command line's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.domain.identifiers import check_id

from .common import note_label


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
        self.signatory = QLineEdit(op.get("signatory") or "")
        self.signatory_hint = note_label()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel() for _ in range(6)]
        rows = (self.name, self.id, self.address, self.email, self.phone, self.signatory)
        for label, widget in zip(self.labels, rows, strict=True):
            form.addRow(label, widget)
            if widget is self.id:
                form.addRow("", self.id_state)
            widget.textChanged.connect(self.changed)
        form.addRow("", self.signatory_hint)
        self.id.textChanged.connect(self._check_id)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        texts = (self.tr("Name"), self.tr("IIN or BIN"), self.tr("Address"), self.tr("Email"),
                 self.tr("Phone"), self.tr("Signatory"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("e.g. ИП Жумабаев Е.К. or ТОО «Ромашка»"))
        self.address.setPlaceholderText(self.tr("Postal address for the letterhead"))
        self.signatory.setPlaceholderText(self.tr("Position, name — e.g. Директор, А.А. Ахметов"))
        self.signatory_hint.setText(self.tr("A sole proprietor signs in person and may leave "
                                            "this empty."))
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
        self.id_state.setObjectName(state)
        self.id_state.style().unpolish(self.id_state)
        self.id_state.style().polish(self.id_state)

    def is_empty(self) -> bool:
        """True when nothing was typed."""
        return not any(w.text().strip() for w in (self.name, self.id, self.address, self.email,
                                                  self.phone, self.signatory))

    def is_complete(self) -> bool:
        """True when name, a valid IIN/BIN and address are given."""
        return bool(self.name.text().strip() and self.address.text().strip()
                    and check_id(self.id.text().strip()).valid)

    def fields(self) -> dict[str, str]:
        """What was typed, as `services.operator.build_operator` takes it."""
        return {"name": self.name.text(), "id_number": self.id.text(),
                "address": self.address.text(), "email": self.email.text(),
                "phone": self.phone.text(), "signatory": self.signatory.text()}

    def operator(self) -> dict[str, Any]:
        """The operator's record as the register keeps it; a user error when incomplete."""
        from app.services.operator import build_operator

        return build_operator(**self.fields())
