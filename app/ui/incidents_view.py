"""Incidents: breaches of personal-data security, beside the requests.

The sidebar's entry (`IncidentsEntry`) shows how many incidents are open and turns red
when a notice to the authorized body is due today or overdue; it opens `IncidentsView`,
a window listing the incidents with what to do next: describe one, name the affected
subjects, make the notice (kk, ru) or the subjects' letter (kk, ru, en), record a letter
as sent, close it, name the person responsible, export them. The forms are in
incident_dialogs.py; every write goes through app/services/incidents.py.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.incidents import NOTICE, SUBJECTS_LETTER
from app.letters.incidents import LANGUAGES
from app.services import incidents

from . import ask, desktop, i18n
from .common import guarded, note_label, restyle, run_and_release
from .incident_dialogs import (
    IncidentForm,
    IncidentSentDialog,
    ResponsibleDialog,
    SubjectDialog,
)

if TYPE_CHECKING:
    from .main_window import MainWindow


class IncidentsEntry(QPushButton):
    """The sidebar's entry: "Incidents" with the open count; red when a notice is due."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.setObjectName("incidentsEntry")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view: IncidentsView | None = None
        self._counts = {"open": 0, "due": 0}
        self.clicked.connect(self.open_view)
        self.refresh()

    def refresh(self) -> None:
        """Count again from the register."""
        register = self.window.register
        counts = register.incident_counts()
        self._counts = {"open": counts["open"],
                        "due": len(incidents.open_incidents_due(register))}
        self.retranslate()
        if self.view is not None and self.view.isVisible():
            self.view.refresh()

    def retranslate(self) -> None:
        """The entry's words in the interface language."""
        self.setText(self.tr("Incidents ({0})").format(self._counts["open"]))
        self.setToolTip(self.tr("Breaches of personal-data security: the notice to the "
                                "authorized body is due one working day after detection"))
        restyle_button(self, "alert" if self._counts["due"] else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_view(self) -> IncidentsView:
        """Open (or raise) the incidents window."""
        if self.view is None:
            self.view = IncidentsView(self.window, self)
        self.view.refresh()
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        return self.view

    def close_view(self) -> None:
        """Close the window (its register is closing)."""
        if self.view is not None:
            self.view.close()
            self.view.deleteLater()
            self.view = None


def restyle_button(button: QPushButton, state: str) -> None:
    """Red text when something is due (no style sheet change needed elsewhere)."""
    button.setStyleSheet("QPushButton#incidentsEntry { text-align: left; padding: 6px 12px; "
                         + ("color: #b3261e; font-weight: bold; " if state else "") + "}")


class IncidentsView(QWidget):
    """The incidents window: the list, the selected one's details, and what to do."""

    COLUMNS = ("number", "detected", "notice", "what")

    def __init__(self, window: MainWindow, entry: IncidentsEntry) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.window = window
        self.entry = entry
        self.setObjectName("incidentsView")
        self.resize(900, 560)
        self.rows: list[dict[str, Any]] = []
        self.urgent = note_label(kind="error")
        self.urgent.hide()
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.details = QLabel(objectName="incidentDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lang = QComboBox()
        self.buttons = {name: QPushButton() for name in (
            "new", "edit", "subject", "notice", "subjects_letter", "sent", "close",
            "responsible", "export")}
        actions = {"new": self.new, "edit": self.edit, "subject": self.add_subject,
                   "notice": self.make_notice, "subjects_letter": self.make_subjects_letter,
                   "sent": self.mark_sent, "close": self.close_incident,
                   "responsible": self.responsible, "export": self.export}
        for name, button in self.buttons.items():
            button.setObjectName(f"incident_{name}")
            button.clicked.connect(actions[name])
        top = QHBoxLayout()
        for name in ("new", "edit", "subject", "close"):
            top.addWidget(self.buttons[name])
        top.addStretch(1)
        for name in ("responsible", "export"):
            top.addWidget(self.buttons[name])
        letters = QHBoxLayout()
        letters.addWidget(self.lang)
        for name in ("notice", "subjects_letter", "sent"):
            letters.addWidget(self.buttons[name])
        letters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.urgent)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.details, 1)
        layout.addLayout(letters)
        self.retranslate()

    @property
    def register(self) -> Any:
        """The window's register (it may change when the operator switches)."""
        return self.window.register

    # ------------------------------------------------------------------ showing
    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Incidents — breaches of personal-data security"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Detected"), self.tr("Notice to the authorized body"),
            self.tr("What happened")])
        words = {"new": self.tr("New incident…"), "edit": self.tr("Edit…"),
                 "subject": self.tr("Add affected subject…"),
                 "notice": self.tr("Make the notice to the authorized body"),
                 "subjects_letter": self.tr("Make the letter to the subjects"),
                 "sent": self.tr("Mark a letter as sent…"),
                 "close": self.tr("Close incident"),
                 "responsible": self.tr("Responsible person…"),
                 "export": self.tr("Export…")}
        for name, text in words.items():
            self.buttons[name].setText(text)
        keep = self.lang.currentData()
        self.lang.clear()
        for code in ("kk", "ru", "en"):
            self.lang.addItem(i18n.language_name(code), code)
        self.lang.setCurrentIndex(max(self.lang.findData(keep or "ru"), 0))
        if self.rows:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def due_words(self, incident: dict[str, Any], today: date) -> str:
        """What the notice's date means today: due today, overdue, or due on a day."""
        due = incident.get("due") or ""
        if incident.get("status") != "open":
            return self.tr("closed")
        if incident.get("notify_body") == "no":
            return self.tr("no notice needed")
        if any(x["kind"] == NOTICE and x.get("sent_at") for x in incident.get("letters", [])):
            return self.tr("notice sent")
        if due and date.fromisoformat(due) < today:
            return self.tr("notice overdue since {0}").format(i18n.format_date(due))
        if due and date.fromisoformat(due) == today:
            return self.tr("notice due TODAY")
        return self.tr("notice due {0}").format(i18n.format_date(due))

    def refresh(self, select: int | None = None) -> None:
        """Read the incidents again; keep (or move to) the selected one."""
        keep = select if select is not None else self.current_id()
        today = self.register.today()
        self.rows = [self.register.get_incident(r["id"])
                     for r in self.register.list_incidents()]
        self.table.setRowCount(len(self.rows))
        for row, incident in enumerate(self.rows):
            cells = (incident["number"], i18n.format_datetime(incident["detected_at"]),
                     self.due_words(incident, today), incident["what"] or "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, incident["id"])
                if col == 2 and incident.get("urgency") in ("today", "overdue") \
                        and not incident["notify_body"] == "no":
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, col, item)
        due = incidents.open_incidents_due(self.register, today)
        if due:
            self.urgent.setText(self.tr(
                "Notify the authorized body today: {0}. The notice is due one working day "
                "after the day of detection.").format(", ".join(i["number"] for i in due)))
            restyle(self.urgent, "error")
            self.urgent.show()
        else:
            self.urgent.hide()
        ids = [r["id"] for r in self.rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        elif ids:
            self.table.selectRow(0)
        self._selected()

    def current_id(self) -> int | None:
        """The selected incident's id."""
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def current(self) -> dict[str, Any] | None:
        """The selected incident."""
        iid = self.current_id()
        return next((r for r in self.rows if r["id"] == iid), None)

    def _selected(self) -> None:
        incident = self.current()
        for name in ("edit", "subject", "notice", "subjects_letter", "sent", "close"):
            self.buttons[name].setEnabled(incident is not None and (
                incident["status"] == "open" or name == "sent"))
        if incident is None:
            self.details.setText(self.tr("No incident yet. When a breach of personal-data "
                                         "security is detected, register it here at once."))
            return
        yes_no = {"yes": self.tr("yes"), "no": self.tr("no"), None: self.tr("not decided")}
        lines = [
            self.tr("Detected: {0}").format(i18n.format_datetime(incident["detected_at"])),
            self.tr("Notice due: {0} ({1})").format(i18n.format_date(incident["due"]),
                                                    _basis(incident)),
            self.tr("Cause: {0}").format(incident["cause"] or "—"),
            self.tr("Data affected: {0}; subjects: {1}").format(
                incident["categories"] or "—",
                "—" if incident["subjects_count"] is None else incident["subjects_count"]),
            self.tr("Measures taken: {0}").format(incident["measures"] or "—"),
            self.tr("Notify the authorized body: {0} — {1}").format(
                yes_no[incident["notify_body"]], incident["notify_body_why"] or "—"),
            self.tr("Notify the subjects: {0} — {1}").format(
                yes_no[incident["notify_subjects"]], incident["notify_subjects_why"] or "—"),
            self.tr("Affected subjects named: {0}").format(len(incident["subjects"])),
        ]
        for letter in incident["letters"]:
            lines.append(self.tr("Letter {0} ({1}): {2}").format(
                letter["number"], i18n.language_name(letter["lang"]),
                self.tr("sent {0}").format(i18n.format_datetime(letter["sent_at"]))
                if letter["sent_at"] else self.tr("prepared, not sent")))
        self.details.setText("\n".join(lines))

    def _changed(self, select: int | None = None) -> None:
        self.refresh(select)
        self.entry.refresh()
        self.window.notices.show_start_notice()

    # ------------------------------------------------------------------ actions
    def new(self) -> None:
        """Register a breach."""
        form = IncidentForm(self.register, None, self)
        if run_and_release(form):
            self._changed(form.saved_id)

    def edit(self) -> None:
        """Change what is known of the selected incident."""
        incident = self.current()
        if incident is None or incident["status"] != "open":
            return
        form = IncidentForm(self.register, incident, self)
        if run_and_release(form):
            self._changed(incident["id"])

    def add_subject(self) -> None:
        """Name an affected subject for the notice."""
        incident = self.current()
        if incident is None:
            return
        if run_and_release(SubjectDialog(self.register, incident, self)):
            self._changed(incident["id"])

    def _make(self, code: str) -> None:
        incident = self.current()
        if incident is None:
            return
        lang = self.lang.currentData()
        if lang not in LANGUAGES[code]:
            ask.tell_error(self, self.tr("The notice to the authorized body is made in "
                                         "Kazakh or Russian."))
            return
        ok, made = guarded(self, lambda: incidents.make_incident_letter(
            self.register, incident["id"], code, lang=lang))
        if not ok:
            return
        self._changed(incident["id"])
        desktop.open_path(made.path)
        if made.warnings:
            from . import messages

            ask.tell_info(self, " ".join(messages.word(w) for w in made.warnings))

    def make_notice(self) -> None:
        """The notice to the authorized body, in the chosen language."""
        self._make(NOTICE)

    def make_subjects_letter(self) -> None:
        """The notification of the affected subjects, in the chosen language."""
        self._make(SUBJECTS_LETTER)

    def mark_sent(self) -> None:
        """Record that one of the incident's letters was sent."""
        incident = self.current()
        if incident is None:
            return
        unsent = [x for x in incident["letters"] if not x["sent_at"]]
        if not unsent:
            ask.tell_info(self, self.tr("Every letter of this incident is recorded as sent."))
            return
        if run_and_release(IncidentSentDialog(self.register, unsent, self)):
            self._changed(incident["id"])

    def close_incident(self) -> None:
        """Close the selected incident once nothing is left to do."""
        incident = self.current()
        if incident is None:
            return
        if not ask.confirm(self, self.tr("Close the incident {0}? Its personal data are "
                                         "erased when the retention period is over.")
                           .format(incident["number"])):
            return
        ok, _ = guarded(self, lambda: incidents.close_incident(self.register, incident["id"]))
        if ok:
            self._changed(incident["id"])

    def responsible(self) -> None:
        """Name the person responsible for organising the processing."""
        run_and_release(ResponsibleDialog(self.register, self))

    def export(self) -> None:
        """Write every incident to a spreadsheet."""
        from pathlib import Path

        path = ask.ask_save_file(self, self.tr("Export incidents (a plain, unencrypted "
                                               "file)"),
                                 Path.home() / f"otinish-incidents-{self.register.today()}.xlsx",
                                 self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path is None:
            return
        ok, out = guarded(self, lambda: incidents.export_incidents(self.register, path))
        if ok:
            ask.tell_info(self, self.tr("%Ln incident(s) written to {0}.", "", out["count"])
                          .format(out["path"]))


def _basis(incident: dict[str, Any]) -> str:
    """The notice rule's period, the kind of its basis and its citation, in the interface
    language (the stored one-line basis is English, for the command line)."""
    from datetime import date

    from app.domain.rules import incident_rule_for

    rule = incident_rule_for(date.fromisoformat(incident["detected_date"]))
    lang = i18n.names_language()
    kind = i18n.basis_kind_name(rule.basis_kind)
    kind = kind[:1].lower() + kind[1:]  # inside the brackets of a sentence
    return (f"{i18n.period_text(rule.count, rule.unit)}, {kind}"
            f": {rule.citation.get(lang) or rule.citation.get('en', '')}")
