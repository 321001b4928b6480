"""The processing purposes a withdrawal confirmation names, chosen in the letter dialog.

A withdrawal of consent usually concerns some of the operator's purposes, not all of
them (a newsletter sent with consent, not the contract the requester still has). The
purposes offered are those of the processing profile in the letter's language
(`services.operator.letter_requisites`), all ticked at first; the ticked ones are passed
as `purposes` to `services.letters.preview_letter` and `make_letter`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.services import USER_ERRORS
from app.services.operator import letter_requisites
from app.store import Register

from .common import WrappingCheckDelegate, note_label

#: The list is as tall as its purposes, up to this; more scroll.
MAX_HEIGHT = 150


def profile_purposes(register: Register, lang: str) -> list[str]:
    """The purposes of the processing profile a letter in *lang* uses (none without one)."""
    try:
        profile = letter_requisites(register, lang)[1]
    except USER_ERRORS:
        return []
    return [str(p) for p in (profile or {}).get("purposes") or []]


class PurposesChooser(QWidget):
    """A hint and a list of check boxes, one per purpose; `changed` follows every tick
    (not a new list: whoever fills it shows the letter anew)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = note_label()
        self.list = QListWidget(objectName="purposesList")
        self.list.setWordWrap(True)
        self.list.setItemDelegate(WrappingCheckDelegate(self.list))
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setFixedHeight(MAX_HEIGHT)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.hint.setText(self.tr("Name only the purposes this withdrawal concerns (usually "
                                  "those based on consent)."))

    def purposes(self) -> list[str]:
        """Every purpose offered, in the profile's order."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def chosen(self) -> list[str]:
        """The purposes ticked, in the profile's order."""
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_chosen(self, purposes: list[str]) -> None:
        """Tick exactly *purposes*."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in purposes
                               else Qt.CheckState.Unchecked)

    def fill(self, purposes: list[str]) -> None:
        """Offer *purposes* (another language's, or the profile edited), keeping the choice.

        A purpose offered before keeps its tick; when none is (the profile of another
        language) and there are as many, the ticks follow the order, since a profile is
        translated line by line; otherwise every purpose is ticked.
        """
        before = self.purposes()
        if purposes == before:
            return
        ticked = self.chosen()
        if set(purposes) & set(before):
            keep = [p in ticked or p not in before for p in purposes]
        elif before and len(purposes) == len(before):
            keep = [p in ticked for p in before]
        else:
            keep = [True] * len(purposes)
        self.list.blockSignals(True)
        self.list.clear()
        for purpose, checked in zip(purposes, keep, strict=True):
            item = QListWidgetItem(purpose)
            item.setToolTip(purpose)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._fit()

    def _fit(self) -> None:
        """As tall as the purposes need at the width the list has (a long one wraps)."""
        rows = sum(self.list.sizeHintForRow(i) + 2 * self.list.spacing()
                   for i in range(self.list.count()))
        frame = 2 * self.list.frameWidth() + 8
        self.list.setFixedHeight(max(min(rows + frame, MAX_HEIGHT), 48))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """A new width wraps the purposes anew."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()
