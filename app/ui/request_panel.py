"""The detail panel of one request: who asked, what for and by when, and everything done since.

It only shows: buttons and lists emit signals, and the main window's controllers do the
work. The "next step" buttons come from `services.letters.next_steps` (the workflow's
suggestion); the history tab is a `timeline.Timeline`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.letters import next_steps

from . import i18n, icons
from .flow_layout import FlowLayout
from .timeline import Timeline


def _tree(columns: int, stretch: int = -1) -> QTreeWidget:
    """A flat list with headers; column *stretch* takes the spare width, the rest fit."""
    tree = QTreeWidget()
    tree.setColumnCount(columns)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionBehavior(QTreeWidget.SelectionBehavior.SelectRows)
    tree.setWordWrap(False)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    tree.setAcceptDrops(False)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = tree.header()
    header.setStretchLastSection(False)
    stretch = stretch if stretch >= 0 else columns - 1
    for col in range(columns):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return tree


def _human_size(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


class RequestPanel(QWidget):
    """Shows one request; asks the window to act through its signals."""

    #: (step, letter kind or "") — a next-step button was pressed.
    stepRequested = Signal(str, str)  # noqa: N815
    letterOpen = Signal(dict)  # noqa: N815
    letterShow = Signal(dict)  # noqa: N815
    letterSave = Signal(dict)  # noqa: N815
    attachmentSave = Signal(dict)  # noqa: N815

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
        layout.addWidget(self.number)
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
        for key in ("email", "phone", "iin", "language", "representative"):
            label, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.form.addRow(label, value)
            self.form_labels[key], self.form_values[key] = label, value
        rl.addLayout(self.form)
        self.items_title = QLabel(objectName="sectionTitle")
        rl.addWidget(self.items_title)
        # The short right and its due date always show; a long state is elided (tooltip).
        self.items = _tree(3, stretch=2)
        self.items.setMaximumHeight(120)
        rl.addWidget(self.items)
        self.text_title = QLabel(objectName="sectionTitle")
        rl.addWidget(self.text_title)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setAcceptDrops(False)
        rl.addWidget(self.text, 1)
        self.tabs.addTab(request_tab, "")

        # --- identity checks and actions
        work_tab = QWidget()
        wl = QVBoxLayout(work_tab)
        wl.setContentsMargins(0, 8, 0, 0)
        self.checks_title = QLabel(objectName="sectionTitle")
        wl.addWidget(self.checks_title)
        self.checks = _tree(4, stretch=1)
        wl.addWidget(self.checks, 1)
        self.actions_title = QLabel(objectName="sectionTitle")
        wl.addWidget(self.actions_title)
        self.actions = _tree(3, stretch=2)
        wl.addWidget(self.actions, 1)
        self.tabs.addTab(work_tab, "")

        # --- letters and originals
        letters_tab = QWidget()
        ll = QVBoxLayout(letters_tab)
        ll.setContentsMargins(0, 8, 0, 0)
        self.letters = _tree(4, stretch=1)
        self.letters.itemDoubleClicked.connect(lambda *_: self._letter_signal(self.letterOpen))
        self.letters.itemSelectionChanged.connect(self._update_letter_buttons)
        ll.addWidget(self.letters, 2)
        # The buttons wrap onto a second line rather than cut their words in a narrow panel.
        buttons_row = QWidget()
        buttons = FlowLayout(buttons_row)
        self.open_letter = QPushButton(icons.icon("open"), "")
        self.open_letter.clicked.connect(lambda: self._letter_signal(self.letterOpen))
        self.show_letter = QPushButton(icons.icon("folder"), "")
        self.show_letter.clicked.connect(lambda: self._letter_signal(self.letterShow))
        self.save_letter = QPushButton(icons.icon("save"), "")
        self.save_letter.clicked.connect(lambda: self._letter_signal(self.letterSave))
        for b in (self.open_letter, self.show_letter, self.save_letter):
            buttons.addWidget(b)
        ll.addWidget(buttons_row)
        self.originals_title = QLabel(objectName="sectionTitle")
        ll.addWidget(self.originals_title)
        self.originals = _tree(3, stretch=0)
        self.originals.setMaximumHeight(90)
        ll.addWidget(self.originals)
        obuttons = QHBoxLayout()
        self.save_original = QPushButton(icons.icon("save"), "")
        self.save_original.clicked.connect(self._save_original)
        obuttons.addWidget(self.save_original)
        obuttons.addStretch(1)
        ll.addLayout(obuttons)
        self.tabs.addTab(letters_tab, "")

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
            "representative": r.get("representative") or "—",
        }
        for key, value in values.items():
            self.form_values[key].setText(value)

        self.items.clear()
        for item in r["items"]:
            if item["done"]:
                # "done" and "answered" include a reasoned refusal: the comment says so.
                state = self.tr("done {0}", "handled, including by a reasoned refusal").format(
                    i18n.format_date(item["done_at"]))
                if item.get("outcome"):
                    state += f" — {i18n.outcome_name(item['outcome'], capital=False)}"
            else:
                state = self.tr("open", "state of a requested right: not answered yet")
            # The short name fits the narrow panel; the tooltip names the right in full.
            row = QTreeWidgetItem([i18n.short_type_name(item["type"]),
                                   i18n.format_date(item["due"]), state])
            tip = self.tr("Deadline basis: {0}").format(
                i18n.deadline_basis(item, r["received"]))
            row.setToolTip(0, f"{i18n.type_name(item['type'])}\n{tip}")
            row.setToolTip(1, tip)
            row.setToolTip(2, f"{state}\n{tip}")
            self.items.addTopLevelItem(row)
        self._fit(self.items)

        text = "\n\n".join(part for part in (r.get("summary"), r.get("text")) if part)
        self.text.setPlainText(text or self.tr("No text was recorded for this request."))

        self.checks.clear()
        for c in r.get("identity_checks", []):
            row = QTreeWidgetItem([i18n.format_datetime(c["at"]),
                                   i18n.identity_method_name(c["method"]),
                                   i18n.identity_result_name(c["result"]), c.get("note") or ""])
            row.setToolTip(1, i18n.identity_method_name(c["method"]))
            self.checks.addTopLevelItem(row)
        self._fit(self.checks)
        self.actions.clear()
        for a in r.get("actions", []):
            row = QTreeWidgetItem([i18n.format_datetime(a["at"]), i18n.action_name(a["kind"]),
                                   a["note"]])
            row.setToolTip(1, i18n.action_name(a["kind"]))
            row.setToolTip(2, a["note"])
            self.actions.addTopLevelItem(row)
        self._fit(self.actions)

        self.letters.clear()
        for letter in r.get("letters", []):
            # The date alone leaves the letter's title some room; the tooltips say the rest.
            kind = i18n.letter_kind_name(letter["kind"])
            row = QTreeWidgetItem([letter["number"], kind, i18n.language_name(letter["lang"]),
                                   i18n.format_date(letter["created_at"])])
            row.setData(0, Qt.ItemDataRole.UserRole, letter)
            row.setToolTip(1, f"{kind}\n{letter['file_name']}")
            row.setToolTip(3, i18n.format_datetime(letter["created_at"]))
            self.letters.addTopLevelItem(row)
        self._fit(self.letters)
        if self.letters.topLevelItemCount():
            self.letters.setCurrentItem(self.letters.topLevelItem(
                self.letters.topLevelItemCount() - 1))
        self._update_letter_buttons()

        self.originals.clear()
        for att in r.get("attachments", []):
            row = QTreeWidgetItem([att["file_name"], _human_size(att.get("size") or 0),
                                   i18n.format_datetime(att["created_at"])])
            row.setData(0, Qt.ItemDataRole.UserRole, att)
            self.originals.addTopLevelItem(row)
        self._fit(self.originals)
        self.save_original.setEnabled(bool(r.get("attachments")))

        self.timeline.show_events(self.events)
        self._retitle_tabs()

    def retranslate(self) -> None:
        """Set every fixed text in the interface language and re-show the request."""
        self.placeholder.setText(self.tr("Select a request to see who asked, what for, by when, "
                                         "and everything done since."))
        labels = {"email": self.tr("Email"), "phone": self.tr("Phone"), "iin": self.tr("IIN"),
                  "language": self.tr("Language"), "representative": self.tr("Representative")}
        for key, text in labels.items():
            self.form_labels[key].setText(text)
        self.items_title.setText(self.tr("Rights requested"))
        self.items.setHeaderLabels([self.tr("Right"), self.tr("Due"), self.tr("State")])
        self.text_title.setText(self.tr("What the requester wrote or said"))
        self.checks_title.setText(self.tr("Identity checks"))
        self.checks.setHeaderLabels([self.tr("When"), self.tr("Method"), self.tr("Result"),
                                     self.tr("Note")])
        self.actions_title.setText(self.tr("Actions taken"))
        self.actions.setHeaderLabels([self.tr("When"), self.tr("Action"), self.tr("Note")])
        self.letters.setHeaderLabels([self.tr("Out. No."), self.tr("Letter"),
                                      self.tr("Language"), self.tr("Date made")])
        self.open_letter.setText(self.tr("Open", "button: open the letter's file"))
        self.show_letter.setText(self.tr("Show in folder"))
        self.save_letter.setText(self.tr("Save a copy…"))
        self.originals_title.setText(self.tr("Originals kept in the register"))
        self.originals.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Date saved")])
        self.save_original.setText(self.tr("Save the original…"))
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
            n = len(r.get(key, []))
            label.setText(f"{text} ({n})" if n else text)

    @staticmethod
    def _fit(tree: QTreeWidget) -> None:
        """Nothing to do: the header sizes the columns (see _tree)."""

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

    def _current_letter(self) -> dict[str, Any] | None:
        item = self.letters.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _letter_signal(self, signal: Signal) -> None:
        letter = self._current_letter()
        if letter:
            signal.emit(letter)

    def _update_letter_buttons(self) -> None:
        has = self._current_letter() is not None
        for b in (self.open_letter, self.show_letter, self.save_letter):
            b.setEnabled(has)

    def _save_original(self) -> None:
        item = self.originals.currentItem() or self.originals.topLevelItem(0)
        if item:
            self.attachmentSave.emit(item.data(0, Qt.ItemDataRole.UserRole))
