"""Settings: the deadline rules, the app's and the operator's, and adding one.

The table reads `services.operator.rule_rows`: each version of each right's period, in
force from a date (and until the next version), with what starts its clock, what it
rests on and its citation. A rule the operator added is marked: it binds where it
gives an earlier date than the app's, and letters then cite both. A new rule is added
at once by `services.operator.add_rule` from a small dialog (`AddRuleDialog`); a value
the rule's check refuses is said inside that dialog, and nothing typed is lost.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.rules import BASIS_KINDS, OPERATOR, OPERATOR_TARGET, UNITS
from app.domain.vocab import REQUEST_TYPES
from app.languages import LETTER_LANGUAGES
from app.services import USER_ERRORS
from app.services import operator as settings_service
from app.store import Register

from . import colours, i18n, messages
from .common import code_combo, fill_combo, note_label, run_and_release

#: The table's columns, left to right.
COLUMNS = ("type", "in_force", "period", "clock_start", "basis", "citation")
#: Pixels added to each row's height, so wrapped lines do not touch the grid.
ROW_AIR = 6
#: The background of a rule the operator added.


class DeadlinesTab(QWidget):
    """Every deadline rule, read-only, and the button that adds one."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.rows: list[dict[str, Any]] = []
        self.note = note_label()
        self.table = QTableWidget(0, len(COLUMNS), objectName="rulesTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, column in enumerate(COLUMNS):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if column == "citation"
                                        else QHeaderView.ResizeMode.Interactive)
        widths = {"type": 140, "in_force": 100, "period": 124, "clock_start": 170,
                  "basis": 136}
        for column, width in widths.items():
            self.table.setColumnWidth(COLUMNS.index(column), width)
        header.sectionResized.connect(lambda *_: self.fit_rows())
        self.add = QPushButton(objectName="addRule")
        self.add.clicked.connect(self.add_rule)
        self.added_note = note_label()
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addWidget(self.added_note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.note.setText(self.tr("Every period in force, the app's and yours. A rule you add "
                                  "binds where it gives an earlier date than the app's, and "
                                  "letters then cite both."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Right"), self.tr("In force"), self.tr("Period"),
            self.tr("Counted from"), self.tr("Basis"), self.tr("Citation")])
        self.add.setText(self.tr("Add rule…"))
        self.added_note.setText(self.tr("Rules you added are shaded. Requests already "
                                        "registered keep their dates."))
        self.fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def fit_rows(self) -> None:
        """Give each row the height of its wrapped text, and some air."""
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, self.table.rowHeight(row) + ROW_AIR)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Wrap the long cells anew for the width the table now has."""
        super().resizeEvent(event)
        self.fit_rows()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Rows fit their text once the table has its real width."""
        super().showEvent(event)
        self.fit_rows()

    def fill(self) -> None:
        """(Re)read every rule into the table."""
        # In the order the window lists rights everywhere, each right's versions by date.
        self.rows = sorted(settings_service.rule_rows(self.register),
                           key=lambda r: (REQUEST_TYPES.index(r["type"]), r["from"],
                                          r["added_by"]))
        lang = i18n.citation_language()
        self.table.setRowCount(len(self.rows))
        for i, rule in enumerate(self.rows):
            added = rule["added_by"] == "operator"
            right = i18n.short_type_name(rule["type"])
            if added:
                right += "\n" + self.tr("added by you")
            cells = (right, self._in_force(rule), i18n.period_text(rule["count"], rule["unit"]),
                     i18n.clock_start_name(rule["clock_start"]),
                     i18n.basis_kind_name(rule["basis_kind"]), rule["citation"].get(lang, ""))
            tip = "\n".join(part for part in (i18n.type_name(rule["type"]), rule["note"],
                                              rule["source"]) if part)
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip if j != COLUMNS.index("citation") else f"{text}\n\n{tip}")
                if added:
                    item.setBackground(colours.colour("added_bg"))
                    item.setForeground(colours.colour("added_text"))
                self.table.setItem(i, j, item)
        self.fit_rows()

    def _in_force(self, rule: dict[str, Any]) -> str:
        since = i18n.format_date(rule["from"])
        if not rule["until"]:
            return self.tr("from {0}").format(since)
        last = date.fromisoformat(rule["until"]) - timedelta(days=1)
        return f"{since} –\n{i18n.format_date(last)}"

    def texts(self) -> list[list[str]]:
        """The table as it reads, row by row (for tests and accessibility)."""
        return [[self.table.item(i, j).text() for j in range(len(COLUMNS))]
                for i in range(self.table.rowCount())]

    def add_rule(self) -> None:
        """Ask for a new rule; it is added at once and the table shows it."""
        dialog = AddRuleDialog(self.register, self)
        if run_and_release(dialog):
            self.fill()
            added = [i for i, r in enumerate(self.rows) if r["added_by"] == "operator"]
            if added:
                self.table.scrollToItem(self.table.item(added[-1], 0))


class AddRuleDialog(QDialog):
    """A rule the operator adds: a right, a period, from a date, its basis and citations."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.rule: dict[str, Any] | None = None
        self.setObjectName("addRuleDialog")
        self.setMinimumWidth(640)
        self.type = code_combo(REQUEST_TYPES, i18n.type_name, "deletion")
        self.count = QSpinBox()
        self.count.setRange(1, 365)
        self.count.setValue(15)
        self.unit = code_combo(UNITS, self._unit_name, "calendar_days")
        self.count.valueChanged.connect(self._name_units)
        period = QHBoxLayout()
        period.addWidget(self.count)
        period.addWidget(self.unit, 1)
        today = register.today()
        self.since = QDateEdit(QDate(today.year, today.month, today.day))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd.MM.yyyy")
        self.basis = code_combo(BASIS_KINDS, i18n.basis_kind_name, "law")
        self.basis.currentIndexChanged.connect(self._basis_chosen)
        self.citation = {lang: QLineEdit() for lang in LETTER_LANGUAGES}
        self.source = QLineEdit()
        self.problem = note_label(kind="error")
        self.problem.hide()
        self.explain = note_label()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, Any]] = [("type", self.type), ("period", period),
                                       ("since", self.since), ("basis", self.basis)]
        rows += [(f"citation_{lang}", self.citation[lang]) for lang in LETTER_LANGUAGES]
        rows.append(("source", self.source))
        for key, field in rows:
            self.labels[key] = QLabel()
            self.form.addRow(self.labels[key], field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.retranslate()

    def _unit_name(self, code: str) -> str:
        # The unit agrees with the number typed: «15 календарных дней».
        return i18n.period_text(self.count.value(), code).split(" ", 1)[-1]

    def _name_units(self) -> None:
        fill_combo(self.unit, UNITS, self._unit_name)

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Add a deadline rule"))
        self.explain.setText(self.tr(
            "For a right, a period that applies to requests received from a date on: a "
            "stricter reading, or a new law. Where it gives an earlier date than the app's "
            "rule it binds, and letters cite both. It is kept in the register's history."))
        texts = {"type": self.tr("Right"), "period": self.tr("Period"),
                 "since": self.tr("In force from"), "basis": self.tr("Basis"),
                 "source": self.tr("Source")}
        for lang in LETTER_LANGUAGES:
            texts[f"citation_{lang}"] = self.tr("Citation ({0})").format(
                i18n.language_name(lang, capital=False))
        for key, text in texts.items():
            self.labels[key].setText(text)
        fill_combo(self.type, REQUEST_TYPES, i18n.type_name)
        fill_combo(self.basis, BASIS_KINDS, i18n.basis_kind_name)
        self._name_units()
        self.citation["ru"].setPlaceholderText(self.tr("e.g. {0}").format(
            "пункт 2 статьи 25 Закона"))
        self.citation["kk"].setPlaceholderText(self.tr("e.g. {0}").format(
            "Заңның 25-бабының 2-тармағы"))
        self.citation["en"].setPlaceholderText(self.tr("e.g. {0}").format(
            "Article 25(2) of the Law"))
        self.source.setPlaceholderText(self.tr("Where the rule comes from: the act, its date, "
                                               "where you read it"))
        self.ok.setText(self.tr("Add rule"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    def _basis_chosen(self) -> None:
        # An operator's own period cites no provision: its words are the same in every rule.
        if self.basis.currentData() == OPERATOR:
            for lang, field in self.citation.items():
                if not field.text().strip():
                    field.setText(OPERATOR_TARGET[lang])

    def values(self) -> dict[str, Any]:
        """The rule as `services.operator.add_rule` takes it."""
        d = self.since.date()
        return {"type": self.type.currentData(), "count": self.count.value(),
                "unit": self.unit.currentData(),
                "effective_from": date(d.year(), d.month(), d.day()).isoformat(),
                "basis_kind": self.basis.currentData(),
                "citation": {lang: f.text().strip() for lang, f in self.citation.items()},
                "source": self.source.text().strip()}

    def accept(self) -> None:
        """Add the rule; a refused value is said here and everything typed stays."""
        try:
            self.rule = settings_service.add_rule(self.register, **self.values())
        except USER_ERRORS as exc:
            self.problem.setText(messages.word(exc))
            self.problem.show()
            lang = getattr(exc, "values", {}).get("lang")
            if lang in self.citation:
                self.citation[lang].setFocus()
            return
        super().accept()
