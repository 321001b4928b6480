"""The detail panel of one request: who asked, what for and by when, and everything done since.

It only shows: buttons and lists emit signals, and the main window's controllers do the
work. The "next step" buttons come from `services.letters.next_steps` (the workflow's
suggestion). The checks and actions, and the letters and originals, are tabs of their
own (`panel_tabs`); the history tab is a `timeline.Timeline`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.letters import next_steps

from . import i18n, icons
from .common import ElidedLabel
from .flow_layout import FlowLayout
from .panel_tabs import LettersTab, WorkTab, fit_columns, strike, tree
from .timeline import Timeline

#: The values that are one word, elided where the panel is too narrow (an email address
#: keeps its start and its domain).
ONE_LINE = {"email": Qt.TextElideMode.ElideMiddle, "phone": Qt.TextElideMode.ElideRight,
            "iin": Qt.TextElideMode.ElideRight}


class RequestPanel(QWidget):
    """Shows one request; asks the window to act through its signals."""

    #: (step, letter kind or number or "") — a next-step button was pressed.
    stepRequested = Signal(str, str)  # noqa: N815
    editRequested = Signal()  # noqa: N815
    #: The supporting documents of a correction arrived: record the day.
    documentsRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestPanel")
        self.request: dict[str, Any] | None = None
        self.events: list[dict[str, Any]] = []
        self.setMinimumWidth(340)
        self.setAcceptDrops(False)

        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.placeholder = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)

        page = QWidget()
        self.stack.addWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.setSpacing(6)

        self.number = QLabel(objectName="detailNumber")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit = QPushButton(icons.icon("written"), "")
        self.edit.setObjectName("editRequest")
        self.edit.clicked.connect(self.editRequested)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addStretch(1)
        number_row.addWidget(self.edit)
        layout.addLayout(number_row)
        self.requester = QLabel(objectName="detailTitle")
        self.requester.setWordWrap(True)
        self.requester.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.requester)
        # The status has a row of its own: it can be long ("ожидает подтверждения личности").
        chip_row = QHBoxLayout()
        self.status_chip = QLabel(objectName="statusChip")
        chip_row.addWidget(self.status_chip)
        chip_row.addStretch(1)
        layout.addLayout(chip_row)
        self.subline = QLabel(objectName="detailSub")
        self.subline.setWordWrap(True)
        layout.addWidget(self.subline)
        self.due_line = QLabel(objectName="dueLine")
        self.due_line.setWordWrap(True)
        layout.addWidget(self.due_line)

        steps = QWidget()
        self.steps_row = FlowLayout(steps)
        self.step_buttons: list[QPushButton] = []
        for _ in range(3):
            button = QPushButton()
            button.clicked.connect(self._step_clicked)
            self.steps_row.addWidget(button)
            self.step_buttons.append(button)
        layout.addWidget(steps)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Four tabs must fit a narrow panel: they shrink and elide instead of scrolling.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.tabBar().setExpanding(False)
        layout.addWidget(self.tabs, 1)

        # --- the request
        request_tab = QWidget()
        rl = QVBoxLayout(request_tab)
        rl.setContentsMargins(0, 8, 0, 0)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_labels: dict[str, QLabel] = {}
        self.form_values: dict[str, QLabel] = {}
        for key in ("email", "phone", "iin", "language", "postal_address", "address_form",
                    "representative"):
            label = QLabel()
            value: QLabel
            if key in ONE_LINE:
                # No space to wrap at: elided, the whole value in the tooltip.
                value = ElidedLabel(ONE_LINE[key])
            else:
                value = QLabel()
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setWordWrap(True)
            self.form.addRow(label, value)
            self.form_labels[key], self.form_values[key] = label, value
        rl.addLayout(self.form)
        self.items_title = QLabel(objectName="sectionTitle")
        rl.addWidget(self.items_title)
        # The short right and its due date always show; a long state is elided (tooltip).
        self.items = tree(3, stretch=2, whole=(1,))
        self.items.setMaximumHeight(120)
        rl.addWidget(self.items)
        # A right whose clock waits for the supporting documents: record when they came.
        self.documents = QPushButton(objectName="documentsReceived")
        self.documents.clicked.connect(self.documentsRequested)
        docs_row = QHBoxLayout()
        docs_row.addWidget(self.documents)
        docs_row.addStretch(1)
        rl.addLayout(docs_row)
        self.text_title = QLabel(objectName="sectionTitle")
        rl.addWidget(self.text_title)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setAcceptDrops(False)
        rl.addWidget(self.text, 1)
        self.tabs.addTab(request_tab, "")

        # --- identity checks and actions; letters and originals
        self.work = WorkTab()
        self.checks, self.actions = self.work.checks, self.work.actions
        self.checks_title, self.actions_title = self.work.checks_title, self.work.actions_title
        self.tabs.addTab(self.work, "")
        self.letters_tab = LettersTab()
        self.letters = self.letters_tab.letters
        self.open_letter = self.letters_tab.open_letter
        self.mark_sent = self.letters_tab.mark_sent
        self.tabs.addTab(self.letters_tab, "")

        # --- history: a wrapped list, newest last, as the audit log tells it
        self.timeline = Timeline()
        self.tabs.addTab(self.timeline, "")

        self._steps: list[tuple[str, str | None]] = []
        self.retranslate()
        self.show_request(None)

    # ------------------------------------------------------------------ public
    def show_request(self, request: dict[str, Any] | None,
                     events: list[dict[str, Any]] | None = None) -> None:
        """Show *request* (as `Register.get_request` returns it), or the placeholder."""
        self.request = request
        self.events = events or []
        if request is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        r = request
        self.number.setText(r["number"])
        self.status_chip.setText(i18n.status_name(r["status"]))
        self.status_chip.setProperty("status", r["status"])
        self.status_chip.style().unpolish(self.status_chip)
        self.status_chip.style().polish(self.status_chip)
        self.requester.setText(r["requester"]["name"])
        self.subline.setText(self.tr("{channel} · received {when}").format(
            channel=i18n.channel_name(r["channel"]),
            when=i18n.format_datetime(r["received"])))
        self._show_due(r)
        self._show_steps(r)

        values = {
            "email": r["requester"].get("email") or "—",
            "phone": r["requester"].get("phone") or "—",
            "iin": r["requester"].get("iin") or "—",
            "language": i18n.language_name(r["lang"]),
            "postal_address": r.get("postal_address") or "—",
            "address_form": i18n.address_form_name(r.get("address_form"), r["lang"]),
            "representative": r.get("representative") or "—",
        }
        for key, value in values.items():
            self.form_values[key].setText(value)

        self.items.clear()
        for item in r["items"]:
            if item.get("removed"):
                state = self.tr("removed", "a right registered by mistake")
            elif item["done"]:
                # "done" and "answered" include a reasoned refusal: the comment says so.
                state = self.tr("done {0}", "handled, including by a reasoned refusal").format(
                    i18n.format_date(item["done_at"]))
                if item.get("outcome"):
                    state += f" — {i18n.outcome_name(item['outcome'], capital=False)}"
            elif item.get("waiting"):
                state = self.tr("waiting for the supporting documents")
            else:
                state = self.tr("open", "state of a requested right: not answered yet")
            # The short name fits the narrow panel; the tooltip names the right in full.
            row = QTreeWidgetItem([i18n.short_type_name(item["type"]),
                                   i18n.format_date(item["due"]), state])
            tip = self.tr("Deadline basis: {0}").format(
                i18n.deadline_basis(item, r["received"]))
            if item.get("waiting"):
                tip += "\n" + self.tr("Until the documents arrive, the date is counted from "
                                      "the receipt of the request.")
            row.setToolTip(0, f"{i18n.type_name(item['type'])}\n{tip}")
            row.setToolTip(1, tip)
            row.setToolTip(2, f"{state}\n{tip}")
            if item.get("removed"):
                strike(row, self.tr("Removed: {0}").format(item.get("removed_reason") or ""))
            self.items.addTopLevelItem(row)
        fit_columns(self.items)

        self.documents.setVisible(any(i.get("waiting") for i in r["items"])
                                  and r["status"] != "closed")
        text = "\n\n".join(part for part in (r.get("summary"), r.get("text")) if part)
        self.text.setPlainText(text or self.tr("No text was recorded for this request."))
        self.work.show_request(r)
        self.letters_tab.show_request(r)
        self.timeline.show_events(self.events)
        self._retitle_tabs()

    def retranslate(self) -> None:
        """Set every fixed text in the interface language and re-show the request."""
        self.placeholder.setText(self.tr("Select a request to see who asked, what for, by when, "
                                         "and everything done since."))
        labels = {"email": self.tr("Email"), "phone": self.tr("Phone"), "iin": self.tr("IIN"),
                  "language": self.tr("Language"), "postal_address": self.tr("Postal address"),
                  "address_form": self.tr("Form of address"),
                  "representative": self.tr("Representative")}
        for key, text in labels.items():
            self.form_labels[key].setText(text)
        self.items_title.setText(self.tr("Rights requested"))
        self.items.setHeaderLabels([self.tr("Right"), self.tr("Due"), self.tr("State")])
        fit_columns(self.items)
        self.text_title.setText(self.tr("What the requester wrote or said"))
        self.documents.setText(self.tr("Documents received…"))
        self.documents.setToolTip(self.tr("Record the day the supporting documents of the "
                                          "correction arrived: its period runs from then "
                                          "(Ctrl+Shift+D)"))
        self.edit.setText(self.tr("Edit…", "button: correct the request's details"))
        self.edit.setToolTip(self.tr("Correct the requester's details or the rights asked "
                                     "for (Ctrl+E)"))
        self.work.retranslate()
        self.letters_tab.retranslate()
        self._retitle_tabs()
        if self.request is not None:
            self.show_request(self.request, self.events)

    @property
    def timeline_lines(self) -> list[tuple[str, str]]:
        """The history shown, as (when, what) lines (for tests and accessibility)."""
        return self.timeline.lines

    def step_texts(self) -> list[str]:
        """The labels of the visible next-step buttons (for tests and accessibility)."""
        return [b.text() for b in self.step_buttons if not b.isHidden()]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ helpers
    def _retitle_tabs(self) -> None:
        # Counts go in the section titles: the four tab names must fit a narrow panel.
        r = self.request or {}
        titles = [self.tr("Request"), self.tr("Actions"), self.tr("Letters"),
                  self.tr("History")]
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        counts = {self.checks_title: (self.tr("Identity checks"), "identity_checks"),
                  self.actions_title: (self.tr("Actions taken"), "actions"),
                  self.items_title: (self.tr("Rights requested"), "items")}
        for label, (text, key) in counts.items():
            n = len([x for x in r.get(key, []) if not (x.get("voided") or x.get("removed"))])
            label.setText(f"{text} ({n})" if n else text)

    def _show_due(self, r: dict[str, Any]) -> None:
        left = r.get("working_days_left")
        state = ""
        if r["status"] == "closed":
            text = self.tr("Closed {0}: {1}").format(i18n.format_date(r.get("closed_at")),
                                                     i18n.outcome_name(r.get("outcome"),
                                                                       capital=False))
        elif not r.get("due"):
            text = self.tr("Every requested right is answered.",
                           "handled, including by a reasoned refusal")
        else:
            due = i18n.format_date(r["due"])
            if left is not None and left < 0:
                text = self.tr("Overdue since {0} — %Ln working day(s) late", "", -left).format(due)
                state = "overdue"
            elif left == 0:
                text = self.tr("Due today, {0}").format(due)
                state = "soon"
            else:
                text = self.tr("Due {0} — %Ln working day(s) left", "", left or 0).format(due)
                state = "soon" if left == 1 else ""
        self.due_line.setText(text)
        self.due_line.setProperty("state", state)
        self.due_line.style().unpolish(self.due_line)
        self.due_line.style().polish(self.due_line)

    def _step_label(self, step: str, kind: str | None) -> str:
        if step == "send":  # kind is the number of a reply prepared, not sent yet
            made = [le["created_at"] for le in (self.request or {}).get("letters", [])
                    if le["number"] == kind]
            if made:
                return self.tr("Send the reply prepared on {0}").format(
                    i18n.format_date(made[0]))
            return self.tr("Mark {0} as sent").format(kind)
        if step == "letter":
            if kind == "acknowledgement":
                return self.tr("Acknowledge receipt")
            if kind == "identity_request":
                return self.tr("Ask to confirm identity")
            if kind:
                return self.tr("Write the reply")
            return self.tr("Write a letter")
        return {
            "identity": self.tr("Record identity check"),
            "action": self.tr("Record action"),
            "close": self.tr("Close request"),
            "reopen": self.tr("Reopen"),
            "evidence": self.tr("Evidence pack"),
        }[step]

    def _show_steps(self, r: dict[str, Any]) -> None:
        self._steps = next_steps(r)
        for i, button in enumerate(self.step_buttons):
            if i < len(self._steps):
                step, kind = self._steps[i]
                button.setText(self._step_label(step, kind))
                button.setProperty("step", step)
                button.setProperty("kind", kind or "")
                button.setDefault(i == 0)
                button.setObjectName("primaryStep" if i == 0 else "")
                button.style().unpolish(button)
                button.style().polish(button)
                button.show()
            else:
                button.hide()

    def _step_clicked(self) -> None:
        button = self.sender()
        self.stepRequested.emit(str(button.property("step")), str(button.property("kind") or ""))
