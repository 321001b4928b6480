"""Two tabs of the request panel: what was checked and done, and the letters with the originals.

They only show, like the panel: each list offers its commands as buttons and in a
context menu (the Menu key opens it too), and emits a signal with the row's record;
the window's controllers do the work. A row voided by mistake stays, greyed and struck
through, with the reason as its tooltip; a letter says whether it is only prepared or
when and how it was sent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import ask, colours, i18n, icons
from .flow_layout import FlowLayout

#: A letter prepared and not sent yet (the colour of "due soon").


def tree(columns: int, stretch: int = -1, whole: tuple[int, ...] = ()) -> QTreeWidget:
    """A flat list with headers; column *stretch* takes the spare width, the columns in
    *whole* (dates, numbers) are never narrower than their values (see `ColumnFitter`)."""
    widget = QTreeWidget()
    widget.setColumnCount(columns)
    widget.setRootIsDecorated(False)
    widget.setUniformRowHeights(True)
    widget.setAlternatingRowColors(True)
    widget.setSelectionBehavior(QTreeWidget.SelectionBehavior.SelectRows)
    widget.setWordWrap(False)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    widget.setAcceptDrops(False)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header = widget.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    ColumnFitter(widget, stretch if stretch >= 0 else columns - 1, whole)
    return widget


def fit_columns(widget: QTreeWidget) -> None:
    """Share *widget*'s width among its columns again (after its rows or headers changed)."""
    fitter = widget.findChild(ColumnFitter)
    if fitter is not None:
        fitter.fit()


class ColumnFitter(QObject):
    """Shares a list's width among its columns, so that every header can be read.

    Qt's own modes could not: columns sized to their contents squeezed the stretching one
    to «Сп» in a narrow panel, or pushed a note out of sight. Here each column gets at
    least its header's width (a date or a number, its whole value), then the room left
    goes to the columns that want more, the least hungry first and the rest in equal
    shares; when everything fits, the spare width goes to the *stretch* column. A value
    cut short is elided, and every header names itself in a tooltip. It fits when the
    list's width changes; whoever fills the list calls `fit_columns` after.
    """

    def __init__(self, widget: QTreeWidget, stretch: int, whole: tuple[int, ...]) -> None:
        super().__init__(widget)
        self.widget, self.stretch, self.whole = widget, stretch, whole
        widget.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Fit again when the list's width changes."""
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def widths(self, available: int) -> list[int]:
        """The width of each column in *available* pixels."""
        widget, header = self.widget, self.widget.header()
        count = header.count()
        heads = [header.sectionSizeFromContents(col).width() for col in range(count)]
        wanted = [max(heads[col], widget.sizeHintForColumn(col)) for col in range(count)]
        widths = [wanted[col] if col in self.whole else heads[col] for col in range(count)]
        room = available - sum(widths)
        if room < 0:  # not even the headers fit: the others give way in proportion
            flexible = [col for col in range(count) if col not in self.whole]
            total = sum(widths[col] for col in flexible) or 1
            for col in flexible:
                widths[col] = max(header.minimumSectionSize(),
                                  widths[col] + room * widths[col] // total)
            return widths
        hungry = [col for col in range(count) if wanted[col] > widths[col]]
        while room > 0 and hungry:
            share = room // len(hungry)
            fed = [col for col in hungry if wanted[col] - widths[col] <= share]
            if not fed:
                for col in hungry:
                    widths[col] += share
                room -= share * len(hungry)
                break
            for col in fed:
                room -= wanted[col] - widths[col]
                widths[col] = wanted[col]
            hungry = [col for col in hungry if col not in fed]
        widths[self.stretch] += max(room, 0)
        return widths

    def fit(self) -> None:
        """Set the columns' widths for the list's width now; headers get their tooltips."""
        widget, header = self.widget, self.widget.header()
        available = widget.viewport().width()
        if available <= 0 or header.count() == 0:
            return
        head = widget.headerItem()
        for col in range(header.count()):
            if head.toolTip(col) != head.text(col):
                head.setToolTip(col, head.text(col))
        for col, width in enumerate(self.widths(available)):
            if header.sectionSize(col) != width:
                header.resizeSection(col, width)


def strike(row: QTreeWidgetItem, tip: str) -> None:
    """Show *row* as no longer counting (voided, removed): grey, struck through, *tip* says why."""
    for col in range(row.columnCount()):
        font = QFont(row.font(col))
        font.setStrikeOut(True)
        row.setFont(col, font)
        row.setForeground(col, QBrush(colours.colour("grey")))
        row.setToolTip(col, tip)


def record_of(widget: QTreeWidget) -> dict[str, Any] | None:
    """The record behind the current row of *widget* (None when no row is current)."""
    item = widget.currentItem()
    return item.data(0, Qt.ItemDataRole.UserRole) if item else None


def _context_menu(widget: QTreeWidget, entries: Callable[[], list[QPushButton]]) -> None:
    """Offer the enabled buttons of *entries* as the list's context menu."""
    def show(pos: QPoint) -> None:
        item = widget.itemAt(pos)
        if item is not None:
            widget.setCurrentItem(item)
        buttons = [b for b in entries() if b.isEnabled()]
        if not buttons:
            return
        menu = QMenu(widget)
        for button in buttons:
            menu.addAction(button.icon(), button.text(), button.click)
        ask.run_menu(menu, widget.viewport().mapToGlobal(pos))
        menu.deleteLater()

    widget.customContextMenuRequested.connect(show)


class WorkTab(QWidget):
    """Identity checks and actions, each list with its Void… command."""

    voidCheck = Signal(dict)  # noqa: N815
    voidAction = Signal(dict)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.checks_title = QLabel(objectName="sectionTitle")
        self.checks = tree(4, stretch=3, whole=(0,))
        self.void_check = QPushButton()
        self.actions_title = QLabel(objectName="sectionTitle")
        self.actions = tree(3, stretch=2, whole=(0,))
        self.void_action = QPushButton()
        for title, widget, button, signal in (
                (self.checks_title, self.checks, self.void_check, self.voidCheck),
                (self.actions_title, self.actions, self.void_action, self.voidAction)):
            layout.addWidget(title)
            layout.addWidget(widget, 1)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            layout.addLayout(row)
            button.clicked.connect(lambda _=False, w=widget, s=signal: self._emit(w, s))
            widget.itemSelectionChanged.connect(self._update_buttons)
            _context_menu(widget, lambda b=button: [b])
        self._update_buttons()

    def retranslate(self) -> None:
        """Fixed texts in the interface language."""
        self.checks.setHeaderLabels([self.tr("When"), self.tr("Method"), self.tr("Result"),
                                     self.tr("Note")])
        self.actions.setHeaderLabels([self.tr("When"), self.tr("Action"), self.tr("Note")])
        fit_columns(self.checks)
        fit_columns(self.actions)
        for button in (self.void_check, self.void_action):
            button.setText(self.tr("Void…", "mark a record made by mistake as void"))
        self.void_check.setToolTip(self.tr("Mark the selected identity check as recorded by "
                                           "mistake; it stays in the record, struck through"))
        self.void_action.setToolTip(self.tr("Mark the selected action as recorded by mistake; "
                                            "the rights only it fulfilled open again"))

    def show_request(self, r: dict[str, Any]) -> None:
        """Show the checks and actions of *r*."""
        self.checks.clear()
        for c in r.get("identity_checks", []):
            # The day only: four columns must fit a narrow panel; the tooltip has the time.
            row = QTreeWidgetItem([i18n.format_date(c["at"]),
                                   i18n.identity_method_name(c["method"]),
                                   i18n.identity_result_name(c["result"]), c.get("note") or ""])
            row.setData(0, Qt.ItemDataRole.UserRole, c)
            row.setToolTip(0, i18n.format_datetime(c["at"]))
            row.setToolTip(1, i18n.identity_method_name(c["method"]))
            row.setToolTip(2, i18n.identity_result_name(c["result"]))
            row.setToolTip(3, c.get("note") or "")
            if c.get("voided"):
                strike(row, self.tr("Voided: {0}").format(c.get("void_reason") or ""))
            self.checks.addTopLevelItem(row)
        self.actions.clear()
        for a in r.get("actions", []):
            note = i18n.note_text(a["note"])
            row = QTreeWidgetItem([i18n.format_date(a["at"]), i18n.action_name(a["kind"]),
                                   note])
            row.setData(0, Qt.ItemDataRole.UserRole, a)
            row.setToolTip(0, i18n.format_datetime(a["at"]))
            row.setToolTip(1, i18n.action_name(a["kind"]))
            row.setToolTip(2, note)
            if a.get("voided"):
                strike(row, self.tr("Voided: {0}").format(a.get("void_reason") or ""))
            self.actions.addTopLevelItem(row)
        fit_columns(self.checks)
        fit_columns(self.actions)
        self._update_buttons()

    def _emit(self, widget: QTreeWidget, signal: Signal) -> None:
        record = record_of(widget)
        if record and not record.get("voided"):
            signal.emit(record)

    def _update_buttons(self) -> None:
        for widget, button in ((self.checks, self.void_check), (self.actions, self.void_action)):
            record = record_of(widget)
            button.setEnabled(bool(record) and not record.get("voided"))


class LettersTab(QWidget):
    """The letters made (prepared or sent) and the originals kept in the register."""

    letterOpen = Signal(dict)  # noqa: N815
    letterShow = Signal(dict)  # noqa: N815
    letterSave = Signal(dict)  # noqa: N815
    letterSent = Signal(dict)  # noqa: N815
    letterReply = Signal(dict)  # noqa: N815  (issue 14: reply by email)
    attachmentSave = Signal(dict)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        # Two columns, the letter told on two lines (its title, then prepared or sent): three
        # columns of long words do not fit the narrow panel.
        self.letters = tree(2, stretch=1, whole=(0,))
        self.letters.setUniformRowHeights(False)
        self.letters.itemDoubleClicked.connect(lambda *_: self._emit(self.letterOpen))
        self.letters.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.letters, 2)
        # The narrow list says when; the selected letter is told in full below it.
        self.letter_about = QLabel(objectName="hint")
        self.letter_about.setWordWrap(True)
        self.letter_about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.letter_about)
        # The buttons wrap onto a second line rather than cut their words in a narrow panel.
        buttons_row = QWidget()
        buttons = FlowLayout(buttons_row)
        self.mark_sent = QPushButton(icons.icon("letter"), "")
        self.reply_mail = QPushButton(icons.icon("import"), "", objectName="replyByEmail")
        self.open_letter = QPushButton(icons.icon("open"), "")
        self.show_letter = QPushButton(icons.icon("folder"), "")
        self.save_letter = QPushButton(icons.icon("save"), "")
        self.letter_buttons = (self.mark_sent, self.reply_mail, self.open_letter,
                               self.show_letter, self.save_letter)
        for button, signal in zip(self.letter_buttons, (self.letterSent, self.letterReply,
                                                        self.letterOpen, self.letterShow,
                                                        self.letterSave),
                                  strict=True):
            button.clicked.connect(lambda _=False, s=signal: self._emit(s))
            buttons.addWidget(button)
        _context_menu(self.letters, lambda: list(self.letter_buttons))
        layout.addWidget(buttons_row)
        self.originals_title = QLabel(objectName="sectionTitle")
        layout.addWidget(self.originals_title)
        self.originals = tree(3, stretch=0, whole=(1, 2))
        self.originals.setMaximumHeight(90)
        layout.addWidget(self.originals)
        obuttons = QHBoxLayout()
        self.save_original = QPushButton(icons.icon("save"), "")
        self.save_original.clicked.connect(self._save_original)
        obuttons.addWidget(self.save_original)
        obuttons.addStretch(1)
        layout.addLayout(obuttons)
        _context_menu(self.originals, lambda: [self.save_original])
        self._update_buttons()

    def retranslate(self) -> None:
        """Fixed texts in the interface language."""
        self.letters.setHeaderLabels([self.tr("Out. No."), self.tr("Letter")])
        self.mark_sent.setText(self.tr("Mark as sent…"))
        self.mark_sent.setToolTip(self.tr("Record when and how the selected letter reached "
                                          "the requester: only then does a reply answer"))
        self.reply_mail.setText(self.tr("Reply by email…"))
        self.reply_mail.setToolTip(self.tr("Send the selected letter to the requester by "
                                           "email, or save it as a draft for your mail client"))
        self.open_letter.setText(self.tr("Open", "button: open the letter's file"))
        self.show_letter.setText(self.tr("Show in folder"))
        self.save_letter.setText(self.tr("Save a copy…"))
        self.originals_title.setText(self.tr("Originals kept in the register"))
        self.originals.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Date saved")])
        fit_columns(self.letters)
        fit_columns(self.originals)
        self.save_original.setText(self.tr("Save the original…"))

    def state(self, letter: dict[str, Any]) -> str:
        """"prepared on …" or "sent on … (how)"."""
        if letter.get("sent_at"):
            return self.tr("sent on {0} ({1})").format(
                i18n.format_date(letter["sent_at"]),
                i18n.sent_via_name(letter.get("sent_via"), capital=False))
        return self.tr("prepared on {0}", "a letter made, not sent yet").format(
            i18n.format_date(letter["created_at"]))

    def about(self, letter: dict[str, Any]) -> str:
        """The letter in full: its number, kind and language, when it was made and sent, how."""
        kind = i18n.letter_kind_name(letter["kind"])
        lang = i18n.language_name(letter["lang"], capital=False)
        # The kind's name may end in brackets of its own: the language follows a semicolon.
        head = f"{letter['number']} — {kind}; {lang}."
        made = i18n.format_datetime(letter["created_at"])
        if letter.get("sent_at"):
            state = self.tr("Sent on {0} ({1}); prepared on {2}.").format(
                i18n.format_datetime(letter["sent_at"]),
                i18n.sent_via_name(letter.get("sent_via"), capital=False), made)
        else:
            state = self.tr("Prepared on {0}; not recorded as sent yet: mark it as sent once "
                            "it has gone.").format(made)
        return f"{head} {state}"

    def show_request(self, r: dict[str, Any]) -> None:
        """Show the letters and originals of *r*; the newest letter is selected."""
        self.letters.clear()
        for letter in r.get("letters", []):
            kind = i18n.letter_kind_name(letter["kind"])
            row = QTreeWidgetItem([letter["number"], f"{kind}\n{self.state(letter)}"])
            row.setData(0, Qt.ItemDataRole.UserRole, letter)
            row.setToolTip(0, self.about(letter))
            row.setToolTip(1, f"{self.about(letter)}\n{letter['file_name']}")
            if not letter.get("sent_at"):  # prepared, not sent: what still needs doing
                row.setForeground(1, QBrush(colours.colour("prepared")))
            self.letters.addTopLevelItem(row)
        if self.letters.topLevelItemCount():
            self.letters.setCurrentItem(self.letters.topLevelItem(
                self.letters.topLevelItemCount() - 1))
        self._update_buttons()
        self.originals.clear()
        for att in r.get("attachments", []):
            row = QTreeWidgetItem([att["file_name"], _human_size(att.get("size") or 0),
                                   i18n.format_datetime(att["created_at"])])
            row.setData(0, Qt.ItemDataRole.UserRole, att)
            self.originals.addTopLevelItem(row)
        fit_columns(self.letters)
        fit_columns(self.originals)
        self.save_original.setEnabled(bool(r.get("attachments")))

    def select_letter(self, number: str) -> bool:
        """Make the letter *number* current; False when the request has none such."""
        for i in range(self.letters.topLevelItemCount()):
            item = self.letters.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole)["number"] == number:
                self.letters.setCurrentItem(item)
                return True
        return False

    def current_letter(self) -> dict[str, Any] | None:
        """The letter selected, if any."""
        return record_of(self.letters)

    def _emit(self, signal: Signal) -> None:
        letter = self.current_letter()
        if letter:
            signal.emit(letter)

    def _update_buttons(self) -> None:
        letter = self.current_letter()
        self.letter_about.setText(self.about(letter) if letter else "")
        self.letter_about.setVisible(letter is not None)
        for button in self.letter_buttons:
            button.setEnabled(letter is not None)
        self.mark_sent.setEnabled(letter is not None and not letter.get("sent_at"))
        self.reply_mail.setEnabled(letter is not None and not letter.get("sent_at"))

    def _save_original(self) -> None:
        item = self.originals.currentItem() or self.originals.topLevelItem(0)
        if item:
            self.attachmentSave.emit(item.data(0, Qt.ItemDataRole.UserRole))


def _human_size(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)
