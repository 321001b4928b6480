"""The parts the intake dialogs share: the rights chooser, the live due dates, the address.

`TypesChooser` ticks the rights detected until the operator ticks one; `DuePreview`
computes each right's due date on the register's calendar as it is ticked;
`AddressFields` asks how letters greet the requester (never guessed: the operator
chooses) and where a letter by post goes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import ALMATY
from app.domain.deadlines import items_due
from app.domain.vocab import ADDRESS_FORMS, REQUEST_TYPES
from app.languages import DEFAULT_LETTER_LANGUAGE
from app.store import Register

from . import i18n
from .common import WrappingCheckDelegate, code_combo, fill_combo, note_label


class TypesChooser(QGroupBox):
    """The rights requested, as a list of check boxes whose long names wrap.

    Detection ticks them until the user ticks one; `changed` follows every tick.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.touched = False
        self._setting = False
        self.list = QListWidget(objectName="typesList")
        self.list.setWordWrap(True)
        self.list.setItemDelegate(WrappingCheckDelegate(self.list))
        self.list.setSpacing(1)
        # Room for all ten rights (two of them wrap) without a scroll bar.
        self.list.setMinimumHeight(320)
        self.list.setUniformItemSizes(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.items: dict[str, QListWidgetItem] = {}
        for code in REQUEST_TYPES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
            self.items[code] = item
        self.list.itemChanged.connect(self._item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list)
        self.retranslate()

    def retranslate(self) -> None:
        """Names in the interface language."""
        self.setTitle(self.tr("Rights requested"))
        self._setting = True
        for code, item in self.items.items():
            item.setText(i18n.type_name(code))
            item.setToolTip(i18n.type_name(code))
        self._setting = False

    def chosen(self) -> list[str]:
        """The ticked types, in the register's order."""
        return [c for c, i in self.items.items() if i.checkState() == Qt.CheckState.Checked]

    def set_chosen(self, codes: list[str], *, by_user: bool = False) -> None:
        """Tick exactly *codes*; detection calls this only until the user ticks a box."""
        if self.touched and not by_user:
            return
        self._setting = True
        for code, item in self.items.items():
            item.setCheckState(Qt.CheckState.Checked if code in codes
                               else Qt.CheckState.Unchecked)
        self._setting = False
        self.touched = self.touched or by_user
        self.changed.emit()

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._setting:
            self.touched = True
            self.changed.emit()


class DuePreview(QLabel):
    """The due date of each chosen right, as the register's calendar computes it."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setObjectName("duePreview")
        self.dates: dict[str, str] = {}

    def update_for(self, types: list[str], received: datetime) -> None:
        """Recompute for *types* received at *received*."""
        lines, tips = [], []
        self.dates = {}
        day = received.astimezone(ALMATY).date()
        for item in items_due(self.register.calendar(), types, day):
            name = i18n.type_name(item.type)
            self.dates[item.type] = item.due.isoformat()
            lines.append(f"<b>{i18n.format_date(item.due)}</b> — {_html(name)}")
            tips.append(f"{name}: {item.rule.cites(i18n.names_language())}")
        if not lines:
            hint = self.tr("Tick at least one right to see its due date.")
            self.setText(f"<i>{_html(hint)}</i>")
        else:
            head = _html(self.tr("Due dates (working days, Kazakh calendar):"))
            self.setText(f"{head}<br>" + "<br>".join(lines))
        self.setToolTip("\n".join(tips))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


#: The hint under the form of address when letters are in Kazakh or English.
GREETS_ALIKE = QT_TRANSLATE_NOOP(
    "AddressFields", "Letters in this language greet everyone alike: «{0}». The choice matters "
                     "for letters in Russian.")


class AddressFields(QObject):
    """How letters greet the requester, and their postal address: two rows of a form.

    The form of address is neutral until the operator chooses («Здравствуйте, …!»); it is
    what a Russian letter needs (Kazakh and English greet everyone alike), and it is
    never guessed from the name or the IIN. The examples follow the letter language
    chosen in *lang*: a Kazakh requester's choices read «Құрметті …».
    """

    def __init__(self, form: QFormLayout, lang: QComboBox,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.address_form: QComboBox = code_combo(ADDRESS_FORMS, i18n.address_form_name,
                                                  "neutral")
        self.postal_address = QLineEdit()
        self.hint = note_label()
        self.form_label, self.address_label = QLabel(), QLabel()
        form.addRow(self.form_label, self.address_form)
        form.addRow("", self.hint)
        form.addRow(self.address_label, self.postal_address)
        lang.currentIndexChanged.connect(self.show_examples)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.form_label.setText(self.tr("Form of address"))
        self.address_label.setText(self.tr("Postal address"))
        self.show_examples()
        self.postal_address.setPlaceholderText(self.tr("Optional: where a letter by post "
                                                       "goes"))

    def show_examples(self) -> None:
        """The choices and the hint, with the greetings of the letter language chosen now."""
        lang = self.lang.currentData()
        fill_combo(self.address_form, ADDRESS_FORMS,
                   lambda code: i18n.address_form_name(code, lang))
        self.hint.setText(address_form_hint(lang, self.tr(
            "How a Russian letter greets the requester: «Уважаемый …!», «Уважаемая …!» or "
            "«Здравствуйте, …!». Chosen by you, never guessed from the name.")))

    def values(self) -> dict[str, Any]:
        """The form of address and the postal address, as the intake services take them."""
        return {"address_form": self.address_form.currentData(),
                "postal_address": self.postal_address.text().strip() or None}


def address_form_hint(lang: str | None, russian: str) -> str:
    """What the form of address does for letters in *lang*: *russian* (the dialog's own
    sentence) for Russian ones; for others, that they greet everyone alike."""
    if lang in (None, DEFAULT_LETTER_LANGUAGE):
        return russian
    return QCoreApplication.translate("AddressFields", GREETS_ALIKE).format(
        i18n.greeting(None, lang))
