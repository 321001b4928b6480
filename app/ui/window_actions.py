"""The window's commands: every menu entry and toolbar button, its shortcut, icon and words.

One table declares each command once (its name, icon, shortcut, and the controller
method it calls); the menus and the toolbar list commands by name, and `retranslate`
gives each its menu text, its short toolbar text and its tip. Which commands apply to
the selected request is decided here too (`update_for`), from the request's status.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from app.domain.workflow import is_open

from . import ask, icons, report_dialog
from .action_reasons import why_disabled

if TYPE_CHECKING:
    from .main_window import MainWindow

#: The toolbar, left to right (None: a separator).
# The request's commands whose tooltip says why they are disabled.
REASONED = ("identity", "action", "documents", "letter", "mark_sent", "edit", "void", "close",
            "reopen", "evidence")
TOOLBAR = ("phone", "written", "import_email", None, "identity", "action", "letter", "close",
           None, "export", "dashboard", "settings")


class WindowActions(QObject):
    """The window's QActions, menus and toolbar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        w = window
        intake, requests, letters, keeping = w.intake, w.requests, w.letters, w.keeping
        corrections = w.corrections
        key = QKeySequence.StandardKey
        self.phone = self._add("newPhone", "phone", "Ctrl+N",
                               lambda: intake.new_request("phone"))
        self.written = self._add("newWritten", "written", "Ctrl+Shift+N",
                                 lambda: intake.new_request("written"))
        self.import_email = self._add("importEmail", "import", "Ctrl+I", intake.choose_emails)
        self.paste_email = self._add("pasteEmail", "import", "Ctrl+Shift+V", intake.paste_email)
        self.incoming = self._add("incomingMail", "import", "Ctrl+Shift+M", w.mail.show_queue)
        self.check_mail = self._add("checkMail", "refresh", None, w.mail.check_now)
        self.mail_count = 0
        self.identity = self._add("recordIdentity", "identity", "Ctrl+Shift+I",
                                  requests.identity)
        self.action = self._add("recordAction", "action", "Ctrl+Shift+A", requests.action)
        self.documents = self._add("documentsReceived", None, "Ctrl+Shift+D",
                                   requests.documents)
        self.letter = self._add("generateLetter", "letter", "Ctrl+L",
                                lambda: letters.make_letter())
        self.mark_sent = self._add("markSent", None, "Ctrl+Shift+S", letters.mark_sent_current)
        self.edit = self._add("editRequest", "written", "Ctrl+E", corrections.edit)
        self.void = self._add("voidRequest", None, None, corrections.void_request)
        self.close = self._add("closeRequest", "close", "Ctrl+Shift+C", requests.close)
        self.reopen = self._add("reopenRequest", "reopen", None, requests.reopen)
        self.export = self._add("exportRegister", "export", "Ctrl+Shift+X",
                                keeping.export_register)
        self.report = self._add("reportPeriod", None, None, lambda: report_dialog.make_report(w))
        self.evidence = self._add("evidencePack", "evidence", "Ctrl+Shift+E",
                                  requests.evidence)
        self.export_calendar = self._add("exportCalendar", None, None, w.calendar.export_all)
        self.add_to_calendar = self._add("addToCalendar", None, None, w.calendar.add_request)
        self.backup = self._add("backupNow", "save", None, keeping.backup_now)
        self.restore = self._add("restoreBackup", None, None, keeping.restore_backup)
        self.recovery = self._add("recoveryPassphrase", None, None, keeping.recovery_passphrase)
        self.dashboard = self._add("dashboard", "dashboard", "Ctrl+D", w.open_dashboard)
        self.settings = self._add("settings", "settings", key.Preferences, w.open_settings)
        if self.settings.shortcut().isEmpty():
            self.settings.setShortcut(QKeySequence("Ctrl+,"))
        self.refresh = self._add("refresh", "refresh", key.Refresh, w.refresh)
        self.find = self._add("find", "search", key.Find, w.focus_search)
        self.quit = self._add("quit", None, key.Quit, lambda: w.reminders.quit())
        self.guide = self._add("guide", None, key.HelpContents, w.guide)
        if self.guide.shortcut().isEmpty():
            self.guide.setShortcut(QKeySequence("F1"))
        self.about = self._add("about", None, None, w.about)
        self._build_menus()
        self.toolbar = self._build_toolbar()

    def _add(self, name: str, icon: str | None, shortcut: Any,
             slot: Callable[[], Any]) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda checked=False: slot())
        self.window.addAction(action)
        return action

    def _menu(self, names: tuple[str | None, ...]) -> QMenu:
        menu = QMenu(self.window)
        for name in names:
            menu.addSeparator() if name is None else menu.addAction(getattr(self, name))
        self.window.menuBar().addMenu(menu)
        return menu

    def _build_menus(self) -> None:
        self.menu_register = self._menu(("phone", "written", "import_email", "paste_email",
                                         "incoming", "check_mail", None, "export", "report",
                                         "export_calendar", "evidence", "backup", "restore",
                                         "recovery",
                                         None, "settings", None, "quit"))
        self.menu_request = self._menu(("identity", "action", "documents", "letter",
                                        "mark_sent", "add_to_calendar", None,
                                        "edit", "void", None, "close", "reopen"))
        self.menu_view = self._menu(("dashboard", "find", "refresh"))
        self.menu_help = self._menu(("guide", None, "about"))

    def _build_toolbar(self) -> QToolBar:
        tb = QToolBar(self.window)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        tb.setIconSize(tb.iconSize().scaled(22, 22, Qt.AspectRatioMode.KeepAspectRatio))
        for name in TOOLBAR:
            tb.addSeparator() if name is None else tb.addAction(getattr(self, name))
        self.window.addToolBar(tb)
        return tb

    def show_mail_count(self, n: int) -> None:
        """The number of messages waiting in Incoming mail, in the command's name."""
        if n != self.mail_count:
            self.mail_count = n
            self.incoming.setText(self.tr("Incoming &mail (%Ln)…", "", n))

    def update_for(self, request: dict[str, Any] | None) -> None:
        """Enable what applies to *request* (None: nothing selected)."""
        still_open = request is not None and is_open(request["status"])
        for act in (self.identity, self.action, self.close, self.void):
            act.setEnabled(still_open)
        for act in (self.letter, self.evidence, self.edit, self.add_to_calendar):
            act.setEnabled(request is not None)
        self.mark_sent.setEnabled(request is not None and any(
            not letter.get("sent_at") for letter in request.get("letters", [])))
        self.reopen.setEnabled(request is not None and request["status"] == "closed")
        self.documents.setEnabled(still_open and request is not None and any(
            item.get("waiting") for item in request["items"]))
        self._last = request
        self._say_why(request)

    def _say_why(self, request: dict[str, Any] | None) -> None:
        """A disabled command's tooltip and status tip say why it is disabled."""
        reasons = why_disabled(request)
        for name, reason in [(n, reasons.get(n)) for n in REASONED]:
            act = getattr(self, name)
            tip, status = act.property("baseTip") or "", act.property("baseStatus") or ""
            if reason and not act.isEnabled():
                tip, status = f"{tip}\n{reason}", f"{status} — {reason}"
            act.setToolTip(tip)
            act.setStatusTip(status)

    def table_menu(self, pos: QPoint) -> None:
        """The register table's context menu: what can be done to the request clicked."""
        window = self.window
        index = window.table.indexAt(pos)
        if index.isValid():
            window.table.selectRow(index.row())
        if window.current_id is None:
            return
        menu = QMenu(window.table)
        for act in (self.edit, self.identity, self.action, self.documents, self.letter,
                    self.mark_sent, None,
                    self.void, self.close, self.reopen, None, self.evidence,
                    self.add_to_calendar):
            if act is None:
                menu.addSeparator()
            elif act.isEnabled():
                menu.addAction(act)
        ask.run_menu(menu, window.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def retranslate(self) -> None:
        """Every command's words in the interface language."""
        texts = {
            self.phone: (self.tr("New &phone request…"), self.tr("Phone call")),
            self.written: (self.tr("New &written or in-person request…"), self.tr("Written")),
            self.import_email: (self.tr("&Import email…"), self.tr("Import email")),
            self.incoming: (self.tr("Incoming &mail (%Ln)…", "", self.mail_count),
                            self.tr("Incoming mail")),
            self.check_mail: (self.tr("Chec&k mailbox now"), self.tr("Check mail")),
            self.identity: (self.tr("Record &identity check…"),
                            self.tr("Identity", "toolbar: record an identity check")),
            self.action: (self.tr("Record &action…"), self.tr("Action")),
            self.documents: (self.tr("Supporting &documents received…"),
                             self.tr("Documents")),
            self.letter: (self.tr("Generate &letter…"), self.tr("Letter")),
            self.mark_sent: (self.tr("Mark letter as &sent…"), self.tr("Sent")),
            self.edit: (self.tr("&Edit…"), self.tr("Edit", "toolbar: correct the request")),
            self.void: (self.tr("&Void request…"), self.tr("Void")),
            self.close: (self.tr("&Close request…"),
                         self.tr("Close", "toolbar: close the request with an outcome")),
            self.reopen: (self.tr("&Reopen request…"), self.tr("Reopen")),
            self.export: (self.tr("&Export register…"), self.tr("Export")),
            self.evidence: (self.tr("E&vidence pack…"), self.tr("Evidence")),
            self.report: (self.tr("Rep&ort for a period…"), self.tr("Report")),
            self.export_calendar: (self.tr("Export deadlines to &calendar…"),
                                   self.tr("Calendar")),
            self.add_to_calendar: (self.tr("Add &to calendar…"), self.tr("Calendar")),
            self.backup: (self.tr("&Back up now…"), self.tr("Back up")),
            self.restore: (self.tr("&Restore from backup…"), self.tr("Restore")),
            self.recovery: (self.tr("Recovery passp&hrase…"), self.tr("Recovery")),
            self.dashboard: (self.tr("&Dashboard"), self.tr("Dashboard")),
            self.settings: (self.tr("&Settings…"), self.tr("Settings")),
            self.refresh: (self.tr("&Refresh"), self.tr("Refresh")),
            self.find: (self.tr("&Find"), self.tr("Find")),
            self.quit: (self.tr("&Quit"), self.tr("Quit")),
            self.paste_email: (self.tr("P&aste email…"), self.tr("Paste email")),
            self.guide: (self.tr("&Guide"), self.tr("Guide")),
            self.about: (self.tr("&About Otinish"), self.tr("About")),
        }
        tips = {
            self.phone: self.tr("Log a request made by phone, while you are on the call"),
            self.written: self.tr("Log a request received by post, in person, through eGov, "
                                  "a web form or a messenger"),
            self.import_email: self.tr("Import .eml or .msg files (you can also drop them on "
                                       "the window)"),
            self.paste_email: self.tr("Paste an email copied from webmail: its headers and "
                                      "text, or the text alone"),
            self.guide: self.tr("A short illustrated guide: the daily routine, deadlines, "
                                "letters, backups"),
            self.incoming: self.tr("Messages from your mailbox that look like requests, to "
                                   "accept or dismiss"),
            self.check_mail: self.tr("Read new messages from the mailbox of Settings, Mail "
                                     "(nothing on the server is changed)"),
            self.identity: self.tr("Record how the requester's identity was checked"),
            self.action: self.tr("Record what was done: data found, corrected, blocked, "
                                 "deleted"),
            self.documents: self.tr("Record the day the supporting documents of a correction "
                                    "arrived: its period runs from then"),
            self.letter: self.tr("Prepare a letter as a Word document and open it; mark it as "
                                 "sent once it has gone"),
            self.mark_sent: self.tr("Record when and how a prepared letter reached the "
                                    "requester: only then does a reply answer"),
            self.edit: self.tr("Correct the requester's details or the rights asked for"),
            self.void: self.tr("Void a request registered by mistake: it stays listed, "
                               "but is no longer counted"),
            self.close: self.tr("Close the request with an outcome"),
            self.export: self.tr("Export the register to a plain (unencrypted) file"),
            self.evidence: self.tr("A ZIP with everything about the request, for an "
                                   "inspection"),
            self.report: self.tr("The inspection pack of a period: a Word report and an "
                                 "Excel annex, in Kazakh, Russian or English"),
            self.export_calendar: self.tr("An iCalendar file with the due date of every open "
                                          "right, with alarms, for your own calendar"),
            self.add_to_calendar: self.tr("An iCalendar file with this request's due dates"),
            self.backup: self.tr("An encrypted copy of the register, to a file you choose"),
            self.restore: self.tr("Replace the register with a backup; a safety copy of the "
                                  "current one is kept"),
            self.recovery: self.tr("A passphrase, shown once, that gets the register's key back "
                                   "on another computer if the keychain is lost"),
            self.dashboard: self.tr("Figures and a chart of the register"),
            self.settings: self.tr("Operator, processing profile, letters, deadlines, "
                                   "calendar, keeping data, interface language"),
        }
        for act, (text, short) in texts.items():
            act.setText(text)
            act.setIconText(short)
            tip = tips.get(act, short)
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{tip} ({keys})" if keys else tip)
            act.setStatusTip(tip)
            act.setProperty("baseTip", act.toolTip())
            act.setProperty("baseStatus", tip)
        self._say_why(getattr(self, "_last", None))
        self.menu_register.setTitle(self.tr("&Register"))
        self.menu_request.setTitle(self.tr("Re&quest"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
