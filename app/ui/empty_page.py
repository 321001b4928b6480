"""What the register table shows when it has no rows: a sentence, and for an empty register
the three ways a first request comes in, as buttons.

An empty view ("Nothing is due today.") is just said. An empty register offers: import an
email file, paste an email (for webmail that cannot save one), log a phone call. Each button
triggers the window's own command, so it does exactly what the menu entry does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyPage(QWidget):
    """A sentence, with the ways in underneath when the register is empty."""

    def __init__(self, import_email: QAction, paste_email: QAction, phone: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyPage")
        self.label = QLabel(objectName="placeholder", alignment=Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.import_button = QPushButton(objectName="emptyImport")
        self.paste_button = QPushButton(objectName="emptyPaste")
        self.phone_button = QPushButton(objectName="emptyPhone")
        row = QHBoxLayout()
        row.addStretch(1)
        for button, action in ((self.import_button, import_email),
                               (self.paste_button, paste_email), (self.phone_button, phone)):
            button.setIcon(action.icon())
            button.setMinimumHeight(40)
            button.clicked.connect(action.trigger)
            row.addWidget(button)
        row.addStretch(1)
        self.ways = QWidget()
        self.ways.setLayout(row)
        self.hint = QLabel(objectName="placeholderHint", alignment=Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.ways)
        layout.addWidget(self.hint)
        layout.addStretch(2)
        self.show_ways(False)
        self.retranslate()

    def retranslate(self) -> None:
        """The buttons' words in the interface language."""
        self.import_button.setText(self.tr("Import an email file…"))
        self.import_button.setToolTip(self.tr("An .eml or .msg file saved from your mail "
                                              "program (you can also drop it here)"))
        self.paste_button.setText(self.tr("Paste an email…"))
        self.paste_button.setToolTip(self.tr("Copy the email's text (and its headers) from "
                                             "your webmail and paste it"))
        self.phone_button.setText(self.tr("Log a phone call…"))
        self.phone_button.setToolTip(self.tr("While you are on the call"))
        self.hint.setText(self.tr("A letter or a visit: Register → New written or in-person "
                                  "request. Help → Guide (F1) shows the daily routine."))

    def setText(self, text: str) -> None:  # noqa: N802  (as QLabel, which this replaces)
        """The sentence shown."""
        self.label.setText(text)

    def text(self) -> str:
        """The sentence shown."""
        return self.label.text()

    def say(self, *, note: str | None, search: str, view: str, register_empty: bool) -> None:
        """The sentence for an empty table: the window's note, no match for the search, an
        empty register (with the ways in), or an empty view. Words of the window's context."""
        if note:
            text = note
        elif search:
            text = QCoreApplication.translate(
                "MainWindow", "Nothing in this view matches “{0}”.").format(search)
        elif register_empty:
            text = QCoreApplication.translate(
                "MainWindow", "The register is empty. How did the first request come in?")
        else:
            text = {
                "due_today": QCoreApplication.translate("MainWindow", "Nothing is due today."),
                "due_soon": QCoreApplication.translate(
                    "MainWindow", "Nothing is due within the next three working days."),
                "overdue": QCoreApplication.translate("MainWindow", "Nothing is overdue."),
                "awaiting_identity": QCoreApplication.translate(
                    "MainWindow", "No request is waiting for an identity check."),
            }.get(view, QCoreApplication.translate("MainWindow", "No requests in this view."))
        self.setText(text)
        self.show_ways(not (note or search) and register_empty)

    def show_ways(self, shown: bool) -> None:
        """Show the buttons (an empty register) or only the sentence (an empty view)."""
        self.ways.setVisible(shown)
        self.hint.setVisible(shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
