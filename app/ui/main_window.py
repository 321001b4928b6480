"""The main window: views with live counts, the register table, the request's detail, the tools.

Thin by design (STYLE.md): it lays out widgets and calls services; what a view holds
is `app.store.views`, what a step writes is a `Register` method or a service, and
which buttons a request offers is `steps.next_steps`. Long work runs in a `workers.Job`
on its own connection to the register, with progress and Cancel in the status bar.

Soon after it opens, the window checks what the day needs: the daily integrity check
(in the background, on its own connection), closed requests past the retention period
(offered for purging), the demo register to fill, the daily backup. The register it
shows can be replaced while it runs: restored from a backup, or another register
opened (the system's "open this file"), or the user's own after the demo.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.store import Register, views

from . import ask, desktop, i18n, icons
from .common import guarded
from .models import RequestTableModel, ViewsModel, view_label
from .request_panel import RequestPanel
from .sidebar import ViewList
from .workers import Job, JobSignals, RegisterSource, Task, run_inline, user_error_types

EMAIL_SUFFIXES = (".eml", ".msg")
SEARCH_DELAY_MS = 150
# The day's checks start this long after the window opens (it is drawn first).
START_CHECKS_MS = 300
DEFAULT_VIEW = "open"
COLUMN_WIDTHS = {"number": 98, "received": 94, "channel": 34, "requester": 136,
                 "types": 220, "identity": 34, "status": 128, "due": 86, "left": 78}


def email_paths(urls: list[Any]) -> list[Path]:
    """The local .eml/.msg files among dropped URLs."""
    paths = []
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in EMAIL_SUFFIXES:
                paths.append(path)
    return paths


class Notice(QFrame):
    """A banner over the table: what needs attention, with a button to act on it."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setAccessibleName(name)
        # A calm blue for news (the demo); the app's style sheet has warn and alert.
        self.setStyleSheet('#notice[severity="info"] { background: #e8f1fb; '
                           'border: 1px solid #b9d3ee; border-radius: 6px; }')
        self._action: Callable[[], Any] | None = None
        self.icon = QLabel()
        self.icon.setPixmap(icons.icon("warning").pixmap(20, 20))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.show_button = QPushButton()
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        self.show_button.clicked.connect(self._act)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.hide()

    def say(self, text: str, button: str, action: Callable[[], Any],
            severity: str = "warn") -> None:
        """Show *text* with a button doing *action*, coloured by *severity*."""
        self.text.setText(text)
        self.icon.setVisible(severity != "info")
        self.show_button.setText(button)
        self._action = action
        if self.property("severity") != severity:
            self.setProperty("severity", severity)
            self.style().unpolish(self)
            self.style().polish(self)
        self.show()

    def _act(self) -> None:
        if self._action is not None:
            self._action()


class MainWindow(QMainWindow):
    """A window titled "Otinish — <register>" over one open register."""

    #: Emitted when a background job ends: "done", "failed" or "cancelled".
    jobFinished = Signal(str)  # noqa: N815

    def __init__(self, register: Register, source: RegisterSource | None = None,
                 parent: QWidget | None = None, auto_backup: bool = False,
                 setup_path: Path | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.source = source
        # Where the user's own register is set up when they leave the demo.
        self.setup_path = setup_path
        self.auto_backup = auto_backup
        self.current_id: int | None = None
        self.job: Any = None  # the running Job, if any
        self._job_signals: JobSignals | None = None
        self._idle_queue: list[Callable[[], Any]] = []  # work waiting for the running job
        self._empty_note: str | None = None  # what the empty table says meanwhile
        self._past_retention = 0  # closed requests past the retention period, last counted
        self._job_quiet = False  # the running job is the window's own (a check, a backup)
        self.dashboard: Any = None
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.icon("otinish"))
        self.setAcceptDrops(True)

        self.views_model = ViewsModel(self)
        self.model = RequestTableModel(register, self)
        self.model.view = DEFAULT_VIEW

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._restore_state()

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self._day_timer = QTimer(self, interval=60_000)
        self._day_timer.timeout.connect(self._check_new_day)
        self._day_timer.start()

        self.retranslate()
        self.refresh()
        self.view_list.setCurrentIndex(self.views_model.index(
            self.views_model.row_of(DEFAULT_VIEW)))
        self.show_start_notice()
        self.show_demo_notice()
        # The day's checks and the daily backup wait until the window is up, and never
        # outlive it.
        self._start_timer = QTimer(self, singleShot=True, interval=START_CHECKS_MS)
        self._start_timer.timeout.connect(self.after_start)
        self._start_timer.start()
        self._backup_timer = QTimer(self, singleShot=True, interval=2000)
        self._backup_timer.timeout.connect(lambda: self.when_idle(self.backup_daily))
        if auto_backup:
            self._backup_timer.start()

    # ================================================================== building
    def _action(self, name: str, icon: str | None = None, shortcut: Any = None,
                slot: Callable[[], Any] | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_phone = a("newPhone", "phone", "Ctrl+N", lambda: self.new_request("phone"))
        self.act_written = a("newWritten", "written", "Ctrl+Shift+N",
                             lambda: self.new_request("written"))
        self.act_import = a("importEmail", "import", "Ctrl+I", self.choose_emails)
        self.act_identity = a("recordIdentity", "identity", "Ctrl+Shift+I", self.record_identity)
        self.act_action = a("recordAction", "action", "Ctrl+Shift+A", self.record_action)
        self.act_letter = a("generateLetter", "letter", "Ctrl+L", lambda: self.make_letter())
        self.act_close = a("closeRequest", "close", "Ctrl+Shift+C", self.close_request)
        self.act_reopen = a("reopenRequest", "reopen", None, self.reopen_request)
        self.act_export = a("exportRegister", "export", "Ctrl+E", self.export_register)
        self.act_evidence = a("evidencePack", "evidence", "Ctrl+Shift+E", self.evidence_pack)
        self.act_backup = a("backupNow", "save", None, self.backup_now)
        self.act_restore = a("restoreBackup", None, None, self.restore_backup)
        self.act_dashboard = a("dashboard", "dashboard", "Ctrl+D", self.open_dashboard)
        self.act_settings = a("settings", "settings", QKeySequence.StandardKey.Preferences,
                              self.open_settings)
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_refresh = a("refresh", "refresh", QKeySequence.StandardKey.Refresh,
                             self.refresh)
        self.act_find = a("find", "search", QKeySequence.StandardKey.Find, self.focus_search)
        self.act_quit = a("quit", None, QKeySequence.StandardKey.Quit, self.close)
        self.act_about = a("about", None, None, self.about)
        self.request_actions = (self.act_identity, self.act_action, self.act_letter,
                                self.act_close, self.act_reopen, self.act_evidence)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_register = QMenu(self)
        for act in (self.act_phone, self.act_written, self.act_import, None, self.act_export,
                    self.act_evidence, self.act_backup, self.act_restore, None,
                    self.act_settings, None, self.act_quit):
            self.menu_register.addSeparator() if act is None else self.menu_register.addAction(act)
        self.menu_request = QMenu(self)
        for act in (self.act_identity, self.act_action, self.act_letter, None, self.act_close,
                    self.act_reopen):
            self.menu_request.addSeparator() if act is None else self.menu_request.addAction(act)
        self.menu_view = QMenu(self)
        for act in (self.act_dashboard, self.act_find, self.act_refresh):
            self.menu_view.addAction(act)
        self.menu_help = QMenu(self)
        self.menu_help.addAction(self.act_about)
        for menu in (self.menu_register, self.menu_request, self.menu_view, self.menu_help):
            bar.addMenu(menu)

    def _build_toolbar(self) -> None:
        tb = QToolBar(self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        tb.setIconSize(tb.iconSize().scaled(22, 22, Qt.AspectRatioMode.KeepAspectRatio))
        for act in (self.act_phone, self.act_written, self.act_import, None,
                    self.act_identity, self.act_action, self.act_letter, self.act_close, None,
                    self.act_export, self.act_dashboard, self.act_settings):
            tb.addSeparator() if act is None else tb.addAction(act)
        self.toolbar = tb
        self.addToolBar(tb)

    def _build_central(self) -> None:
        self.view_list = ViewList(self.views_model)
        self.view_list.selectionModel().currentChanged.connect(self._view_chosen)
        self.views_title = QLabel(objectName="sidebarTitle")
        side = QWidget(objectName="sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 10, 0, 8)
        side_layout.addWidget(self.views_title)
        side_layout.addWidget(self.view_list, 1)
        self.drop_hint = QLabel(objectName="dropHint")
        self.drop_hint.setWordWrap(True)
        side_layout.addWidget(self.drop_hint)

        self.search = QLineEdit(objectName="search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAcceptDrops(False)
        self.view_title = QLabel(objectName="viewTitle")
        self.view_count = QLabel(objectName="viewCount")
        head = QHBoxLayout()
        head.addWidget(self.view_title)
        head.addWidget(self.view_count)
        head.addStretch(1)
        head.addWidget(self.search, 1)

        self.table = QTableView(objectName="registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 12)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for i, col in enumerate(RequestTableModel.COLUMNS):
            self.table.setColumnWidth(i, COLUMN_WIDTHS[col])
        header.setSectionResizeMode(RequestTableModel.COLUMNS.index("types"),
                                    QHeaderView.ResizeMode.Stretch)
        for col in ("channel", "identity"):
            header.setSectionResizeMode(RequestTableModel.COLUMNS.index(col),
                                        QHeaderView.ResizeMode.Fixed)
        header.setSortIndicator(RequestTableModel.COLUMNS.index("received"),
                                Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.setAcceptDrops(False)
        self.table.viewport().setAcceptDrops(False)
        self.empty = QLabel(objectName="placeholder", alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)
        for signal in (self.model.modelReset, self.model.rowsInserted):
            signal.connect(self._update_empty)

        self.notice = Notice(name="attention")
        self.purge_notice = Notice(name="retention")
        self.demo_notice = Notice(name="demo")
        centre = QWidget(objectName="centre")
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(10, 10, 6, 6)
        for notice in (self.notice, self.purge_notice, self.demo_notice):
            centre_layout.addWidget(notice)
        centre_layout.addLayout(head)
        centre_layout.addWidget(self.table_stack, 1)

        self.panel = RequestPanel()
        self.panel.stepRequested.connect(self._step)
        self.panel.letterOpen.connect(self.open_letter)
        self.panel.letterShow.connect(self.show_letter)
        self.panel.letterSave.connect(self.save_letter_copy)
        self.panel.attachmentSave.connect(self.save_attachment)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(side)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([196, 884, 360])
        self.setCentralWidget(self.splitter)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.job_label = QLabel()
        self.job_progress = QProgressBar()
        self.job_progress.setFixedWidth(220)
        self.job_progress.setTextVisible(False)
        self.job_cancel = QPushButton()
        self.job_cancel.clicked.connect(self.cancel_job)
        self.job_widgets = (self.job_label, self.job_progress, self.job_cancel)
        for w in self.job_widgets:
            bar.addPermanentWidget(w)
            w.hide()
        self.register_label = QLabel()
        bar.addPermanentWidget(self.register_label)

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        header = settings.value("window/header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)

    def _save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/header", self.table.horizontalHeader().saveState())

    # ================================================================== texts
    def retranslate(self) -> None:
        """Every fixed text in the interface language (also after a language switch)."""
        self.setWindowTitle(self.tr("Otinish — {0}").format(self.register.path.stem))
        texts = {
            self.act_phone: (self.tr("New &phone request…"), self.tr("Phone call")),
            self.act_written: (self.tr("New &written or in-person request…"),
                               self.tr("Written")),
            self.act_import: (self.tr("&Import email…"), self.tr("Import email")),
            self.act_identity: (self.tr("Record &identity check…"), self.tr("Identity")),
            self.act_action: (self.tr("Record &action…"), self.tr("Action")),
            self.act_letter: (self.tr("Generate &letter…"), self.tr("Letter")),
            self.act_close: (self.tr("&Close request…"), self.tr("Close")),
            self.act_reopen: (self.tr("&Reopen request…"), self.tr("Reopen")),
            self.act_export: (self.tr("&Export register…"), self.tr("Export")),
            self.act_evidence: (self.tr("E&vidence pack…"), self.tr("Evidence")),
            self.act_backup: (self.tr("&Back up now…"), self.tr("Back up")),
            self.act_restore: (self.tr("Re&store from backup…"), self.tr("Restore")),
            self.act_dashboard: (self.tr("&Dashboard"), self.tr("Dashboard")),
            self.act_settings: (self.tr("&Settings…"), self.tr("Settings")),
            self.act_refresh: (self.tr("&Refresh"), self.tr("Refresh")),
            self.act_find: (self.tr("&Find"), self.tr("Find")),
            self.act_quit: (self.tr("&Quit"), self.tr("Quit")),
            self.act_about: (self.tr("&About Otinish"), self.tr("About")),
        }
        tips = {
            self.act_phone: self.tr("Log a request made by phone, while you are on the call"),
            self.act_written: self.tr("Log a request received by post, in person, through "
                                      "eGov, a web form or a messenger"),
            self.act_import: self.tr("Import .eml or .msg files (you can also drop them on the "
                                     "window)"),
            self.act_identity: self.tr("Record how the requester's identity was checked"),
            self.act_action: self.tr("Record what was done: data found, corrected, blocked, "
                                     "deleted"),
            self.act_letter: self.tr("Make a letter as a Word document and open it"),
            self.act_close: self.tr("Close the request with an outcome"),
            self.act_export: self.tr("Export the register to a plain (unencrypted) file"),
            self.act_evidence: self.tr("A ZIP with everything about the request, for an "
                                       "inspection"),
            self.act_backup: self.tr("An encrypted copy of the register, to a file you choose"),
            self.act_restore: self.tr("Replace the register with a backup; a safety copy of "
                                      "the current one is kept"),
            self.act_dashboard: self.tr("Figures and a chart of the register"),
            self.act_settings: self.tr("Operator, profile, letters, calendar, language"),
        }
        for act, (text, short) in texts.items():
            act.setText(text)
            act.setIconText(short)
            tip = tips.get(act, short)
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{tip} ({keys})" if keys else tip)
            act.setStatusTip(tip)
        self.menu_register.setTitle(self.tr("&Register"))
        self.menu_request.setTitle(self.tr("Re&quest"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.views_title.setText(self.tr("Views"))
        self.drop_hint.setText(self.tr("Drop .eml or .msg files anywhere on the window to "
                                       "import them."))
        self.search.setPlaceholderText(self.tr("Search name, email, phone, number or text"))
        self.job_cancel.setText(self.tr("Cancel"))
        for notice in (self.notice, self.purge_notice, self.demo_notice):
            notice.close_button.setToolTip(self.tr("Hide this notice"))
        self.register_label.setText(self.tr("Register: {0}").format(self.register.path))
        self.register_label.setToolTip(str(self.register.path))
        self.views_model.retranslate()
        self.model.retranslate()
        self._update_view_title()
        self._update_empty()
        if self.notice.isVisible():
            self.show_start_notice()
        if self.purge_notice.isVisible():
            self.show_purge_notice(self._past_retention)
        if self.demo_notice.isVisible():
            self.show_demo_notice()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "panel"):
            self.retranslate()
        super().changeEvent(event)

    def _update_view_title(self) -> None:
        self.view_title.setText(view_label(self.model.view))
        if self.model.search:
            text = self.tr("%n found", "", self.model.total)
        else:
            text = self.tr("%n request(s)", "", self.model.total)
        self.view_count.setText(text)

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            if self._empty_note:
                text = self._empty_note
            elif self.model.search:
                text = self.tr("Nothing in this view matches “{0}”.").format(self.model.search)
            elif self.views_model.count("all") == 0:
                text = self.tr("The register is empty.\n\nLog a phone call (Ctrl+N), a written "
                               "request (Ctrl+Shift+N), or drop an email here.")
            else:
                text = {
                    "due_today": self.tr("Nothing is due today."),
                    "due_soon": self.tr("Nothing is due within the next three working days."),
                    "overdue": self.tr("Nothing is overdue."),
                    "awaiting_identity": self.tr("No request is waiting for an identity "
                                                 "check."),
                }.get(self.model.view, self.tr("No requests in this view."))
            self.empty.setText(text)
        self.table_stack.setCurrentIndex(1 if empty else 0)

    # ================================================================== refreshing
    def refresh(self, select_id: int | None = None) -> None:
        """Re-read counts, the table and the detail (after any change)."""
        keep = select_id if select_id is not None else self.current_id
        self.views_model.set_counts(views.counts(self.register))
        self.model.refresh()
        self._update_view_title()
        self._update_empty()
        self.select_request(keep)

    def select_request(self, request_id: int | None, *, switch_view: bool = False) -> None:
        """Show *request_id* in the panel and select its row when the view holds it."""
        self.current_id = request_id
        row = self.model.row_of(request_id) if request_id is not None else None
        if row is None and request_id is not None and switch_view:
            self.set_view("all")
            row = self.model.row_of(request_id)
        selection = self.table.selectionModel()
        if row is not None:
            index = self.model.index(row, 0)
            selection.blockSignals(True)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            selection.blockSignals(False)
            self.table.viewport().update()
            self.table.scrollTo(index)
        else:
            selection.clearSelection()
        self._show_detail()

    def _show_detail(self) -> None:
        request = None
        if self.current_id is not None:
            ok, request = guarded(self, lambda: self.register.get_request(self.current_id))
            if not ok:
                self.current_id = None
        events = self.register.events_of(self.current_id) if request else []
        self.panel.show_request(request, events)
        self._update_actions(request)

    def _update_actions(self, request: dict[str, Any] | None) -> None:
        is_open = request is not None and request["status"] != "closed"
        for act in (self.act_identity, self.act_action, self.act_close):
            act.setEnabled(is_open)
        self.act_letter.setEnabled(request is not None)
        self.act_evidence.setEnabled(request is not None)
        self.act_reopen.setEnabled(request is not None and request["status"] == "closed")

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is not None:
            self.current_id = row.id
            self._show_detail()

    def _view_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.set_view(current.data(ViewsModel.KeyRole), from_list=True)

    def set_view(self, view: str, from_list: bool = False) -> None:
        """Show one of the views (Due today, Overdue, ...)."""
        if not from_list:
            self.view_list.selectionModel().blockSignals(True)
            self.view_list.setCurrentIndex(self.views_model.index(self.views_model.row_of(view)))
            self.view_list.selectionModel().blockSignals(False)
        self.model.set_view(view)
        self._update_view_title()
        self._update_empty()
        row = self.model.row_of(self.current_id) if self.current_id is not None else None
        if row is not None:
            self.table.selectRow(row)

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())
        self._update_view_title()
        self._update_empty()
        if self.model.rowCount() and (self.current_id is None
                                      or self.model.row_of(self.current_id) is None):
            self.table.selectRow(0)

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search.setFocus()
        self.search.selectAll()

    def _check_new_day(self) -> None:
        bounds = getattr(self.model, "_bounds", None)
        if bounds is not None and bounds.today != self.register.today():
            self.refresh()

    # ================================================================== notice
    def show_start_notice(self) -> None:
        """Say plainly what is overdue or due by the next working day (hidden when nothing)."""
        if self.register.damaged:
            self._notice_view = "all"
            self.notice.say(self.tr(
                "The register failed its integrity check, so it is open read-only and nothing "
                "can be changed. Restore the newest backup."),
                self.tr("Restore from backup…"), self.restore_backup, "alert")
            return
        overdue, soon = views.attention(self.register)
        parts = []
        if overdue:
            parts.append(self.tr("%n request(s) overdue", "", overdue))
        if soon:
            parts.append(self.tr("%n due by the next working day", "", soon))
        if not parts:
            self.notice.hide()
            return
        self._notice_view = "overdue" if overdue else "due_soon"
        self.notice.say(self.tr("Needs attention: {0}.").format("; ".join(parts)),
                        self.tr("Show"), self._show_notice_view,
                        "alert" if overdue else "warn")

    def _show_notice_view(self) -> None:
        self.set_view(getattr(self, "_notice_view", "overdue"))

    def show_purge_notice(self, past: int | None = None) -> None:
        """Offer the purge when closed requests are past the retention period.

        *past*: how many, when a background job has counted them already.
        """
        if self.register.damaged:
            self.purge_notice.hide()
            return
        n = past if past is not None else len(
            self.register.purge_candidates(self.register.retention_cutoff()))
        self._past_retention = n
        if not n:
            self.purge_notice.hide()
            return
        years = self.tr("%n year(s)", "", self.register.retention_years())
        self.purge_notice.say(self.tr(
            "%n closed request(s) are past the retention period ({0}): their personal data "
            "should now be erased.", "", n).format(years),
            self.tr("Review and purge…"), self.purge_old)

    def purge_old(self) -> None:
        """Say what the purge would erase, and erase it when the user agrees."""
        cutoff = self.register.retention_cutoff()
        ok, plan = guarded(self, lambda: self.register.purge_closed_before(cutoff,
                                                                           dry_run=True))
        if not ok or not plan["purged"]:
            self.show_purge_notice()
            return
        numbers = plan["numbers"]
        listed = ", ".join(numbers[:3]) + (", …" if len(numbers) > 3 else "")
        if not ask.confirm(self, self.tr(
                "Erase the personal data of %n request(s) closed before {0} ({1})? Names, "
                "contacts, texts, originals and copies of letters are erased; numbers, dates, "
                "rights and outcomes stay for the statistics. This cannot be undone.", "",
                plan["purged"]).format(i18n.format_date(cutoff), listed), self.tr("Erase")):
            return

        def work(register: Register, ctx: Any) -> tuple[dict[str, Any], int]:
            ctx.step(0, 0, "")
            out = register.purge_closed_before(cutoff)
            return out, len(register.purge_candidates(register.retention_cutoff()))

        def done(result: tuple[dict[str, Any], int]) -> None:
            out, past = result
            self.show_purge_notice(past)
            self.statusBar().showMessage(self.tr("The personal data of %n request(s) was "
                                                 "erased.", "", out["purged"]), 10000)

        self.run_job(self.tr("Erasing old personal data…"), work, done, cancellable=False)

    def show_demo_notice(self) -> None:
        """Say that this is the demo register, and how to set up one's own."""
        from .demo_register import DEMO_PASSPHRASE, is_demo

        if not is_demo(self.register.path):
            self.demo_notice.hide()
            return
        self.demo_notice.say(self.tr(
            "This is the demo register: invented requests in a separate file ({0}), locked "
            "with the passphrase “{1}”. Nothing you do here touches your own register.")
            .format(self.register.path.name, DEMO_PASSPHRASE),
            self.tr("Set up my own register…"), self.set_up_own_register, "info")

    # ================================================================== the day's checks
    def after_start(self) -> None:
        """What the day needs, once the window is up: the demo filled, or the day's checks."""
        from .demo_register import is_demo

        if is_demo(self.register.path) and not self.register.damaged \
                and views.count(self.register, "all") == 0:
            self.when_idle(self.fill_demo)
        else:
            self.when_idle(self.check_day)

    def check_day(self) -> None:
        """The day's checks, on a second connection off the GUI thread: the full integrity
        check when it is due (seconds on a large register), then the closed requests past
        the retention period (offered for purging)."""
        if self.register.damaged:
            self.purge_notice.hide()
            return
        due = self.register.integrity_check_due
        self.register.integrity_check_due = False  # once: a repeated start does not rerun it

        def work(register: Register, ctx: Any) -> tuple[str | None, int]:
            ctx.step(0, 0, "")
            problem = None
            if due:
                # A second connection in this process is never "due" itself: this one runs it.
                register.integrity_check_due = True
                problem = register.daily_check()
            past = 0 if problem else len(register.purge_candidates(register.retention_cutoff()))
            return problem, past

        def done(result: tuple[str | None, int]) -> None:
            problem, past = result
            if problem:
                self.register.mark_damaged(problem)
                self.show_start_notice()
                self.statusBar().showMessage(self.tr("The register failed its integrity "
                                                     "check."), 10000)
            self.show_purge_notice(past)

        def failed(message: str) -> None:  # the worker could not even open the file
            if due:
                done((message, 0))

        self.run_job(self.tr("Checking the register's integrity…"), work, done, quiet=True,
                     cancellable=False, on_failed=failed, silent=not due)

    def fill_demo(self, size: int | None = None) -> bool:
        """Fill the (empty) demo register with invented requests, in the background."""
        from . import demo_register

        if views.count(self.register, "all"):  # filled already (a repeated start)
            return False
        total = size or demo_register.DEMO_SIZE

        def work(register: Register, ctx: Any) -> tuple[int, int]:
            ctx.step(0, total, "")
            n = demo_register.fill_demo(register, total,
                                        progress=lambda n: ctx.step(n, total, ""))
            return n, len(register.purge_candidates(register.retention_cutoff()))

        def done(result: tuple[int, int]) -> None:
            n, past = result
            self._empty_note = None
            self.refresh()
            self.show_start_notice()
            self.show_purge_notice(past)
            self.statusBar().showMessage(self.tr("The demo register holds %n invented "
                                                 "request(s).", "", n), 10000)

        self._empty_note = self.tr("Filling the demo register with invented requests…")
        self._update_empty()
        started = self.run_job(self.tr("Filling the demo register…"), work, done,
                               cancellable=False, on_end=self._demo_filled)
        if not started:
            self._empty_note = None
        return started

    def _demo_filled(self, how: str) -> bool:
        self._empty_note = None
        return True

    # ================================================================== intake
    def new_request(self, mode: str) -> None:
        """Log a phone call or a written / in-person request."""
        from .intake_dialogs import NewRequestDialog
        from .settings_dialog import default_letter_language

        dialog = NewRequestDialog(self.register, mode, self,
                                  default_lang=default_letter_language(self.register))
        if self._run(dialog) and dialog.logged is not None:
            self._logged(dialog.logged)

    def _logged(self, logged: Any) -> None:
        self.refresh()
        self.select_request(logged.request_id, switch_view=True)
        number = self.register.get_request(logged.request_id)["number"]
        self.statusBar().showMessage(self.tr("Request {0} logged.").format(number), 8000)

    def choose_emails(self) -> None:
        """Pick .eml / .msg files to import (several at once)."""
        paths = ask.ask_open_files(self, self.tr("Import email"),
                                   self.tr("Email files (*.eml *.msg *.EML *.MSG)"))
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> None:
        """Import emails: one is confirmed in a dialog, several are imported in the background."""
        paths = [p for p in paths if p.suffix.lower() in EMAIL_SUFFIXES]
        if not paths:
            ask.tell_error(self, self.tr("Only .eml and .msg email files can be imported."))
            return
        if len(paths) == 1:
            self._import_one(paths[0])
        else:
            self._import_many(paths)

    def _import_one(self, path: Path) -> None:
        from app.intake.email_parse import parse_email_file

        from .intake_dialogs import ImportEmailDialog

        ok, mail = guarded(self, lambda: parse_email_file(path))
        if not ok:
            return
        dialog = ImportEmailDialog(self.register, path, mail, self)
        if self._run(dialog) and dialog.logged is not None:
            self._logged(dialog.logged)

    def _import_many(self, paths: list[Path]) -> None:
        Result = tuple[str, str | None, list[str], list[Any]]  # noqa: N806

        def work(register: Register, ctx: Any) -> list[Result]:
            from app.intake.service import import_email

            results: list[Result] = []
            for i, path in enumerate(paths):
                ctx.step(i, len(paths), path.name)
                try:
                    logged = import_email(register, path)
                except user_error_types() as exc:
                    results.append((path.name, None, [str(exc)], []))
                    continue
                number = register.get_request(logged.request_id)["number"]
                duplicates = {d.sentence() for d in logged.duplicates}
                notes = [w for w in logged.warnings if w not in duplicates]
                results.append((path.name, number, notes, list(logged.duplicates)))
            ctx.step(len(paths), len(paths), "")
            return results

        def done(results: list[Result]) -> None:
            from .intake_dialogs import duplicate_text

            def said(notes: list[str], duplicates: list[Any]) -> str:
                return "; ".join([i18n.service_message(n) for n in notes]
                                 + [duplicate_text(d) for d in duplicates])

            imported = [r for r in results if r[1]]
            failed = [r for r in results if not r[1]]
            lines = [self.tr("%n email(s) imported.", "", len(imported))]
            lines += [f"• {number} ← {name}" + (f" ({said(notes, dups)})" if notes or dups
                                                else "")
                      for name, number, notes, dups in imported]
            if failed:
                lines.append(self.tr("%n file(s) could not be imported:", "", len(failed)))
                lines += [f"• {name}: {said(notes, dups)}" for name, _, notes, dups in failed]
            self.set_view("open")
            ask.tell_info(self, "\n".join(lines))

        self.run_job(self.tr("Importing emails…"), work, done)

    # ---- drag and drop anywhere on the window
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        """Accept email files."""
        if event.mimeData().hasUrls() and email_paths(event.mimeData().urls()):
            event.acceptProposedAction()
            self.statusBar().showMessage(self.tr("Drop to import the email(s)."), 3000)
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        """Keep accepting while the files move over the window."""
        if event.mimeData().hasUrls() and email_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Import the dropped emails."""
        paths = email_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Let the drag finish (the source application waits) before a dialog opens.
        QTimer.singleShot(0, lambda: self.import_files(paths))

    @staticmethod
    def _run(dialog: Any) -> bool:
        """Show one of our dialogs (through ask, so tests answer it), then let it go."""
        try:
            return ask.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    # ================================================================== request steps
    def _request(self) -> dict[str, Any] | None:
        if self.current_id is None:
            ask.tell_error(self, self.tr("Select a request first."))
            return None
        ok, request = guarded(self, lambda: self.register.get_request(self.current_id))
        return request if ok else None

    def _step(self, step: str, kind: str) -> None:
        {
            "letter": lambda: self.make_letter(kind or None),
            "identity": self.record_identity,
            "action": self.record_action,
            "close": self.close_request,
            "reopen": self.reopen_request,
            "evidence": self.evidence_pack,
        }[step]()

    def record_identity(self) -> None:
        """Record an identity check for the selected request."""
        from .record_dialogs import IdentityDialog

        request = self._request()
        if request and self._run(IdentityDialog(self.register, request, self)):
            self.refresh()

    def record_action(self) -> None:
        """Record an action for the selected request."""
        from .record_dialogs import ActionDialog

        request = self._request()
        if request and self._run(ActionDialog(self.register, request, self)):
            self.refresh()

    def close_request(self) -> None:
        """Close the selected request with an outcome."""
        from .record_dialogs import CloseDialog

        request = self._request()
        if request and self._run(CloseDialog(self.register, request, self)):
            self.refresh()

    def reopen_request(self) -> None:
        """Reopen the selected (closed) request, with a reason."""
        request = self._request()
        if not request:
            return
        reason = ask.ask_text(self, self.tr("Reopen request"),
                              self.tr("Why is {0} reopened?").format(request["number"]))
        if reason:
            ok, _ = guarded(self, lambda: self.register.reopen_request(request["id"], reason))
            if ok:
                self.refresh()

    def make_letter(self, kind: str | None = None) -> None:
        """Choose, preview and make a letter; the .docx is opened when made."""
        from .letter_dialog import LetterDialog
        from .settings_dialog import letters_dir
        from .steps import reply_kind

        request = self._request()
        if not request:
            return
        if kind is None:
            kind = ("acknowledgement" if request["status"] == "received" and not request["letters"]
                    else reply_kind(request) or "acknowledgement")
        dialog = LetterDialog(self.register, request, kind, self,
                              out_dir=letters_dir(self.register))
        if self._run(dialog) and dialog.letter is not None:
            letter = dialog.letter
            self.refresh()
            self.statusBar().showMessage(self.tr("Letter {0} saved: {1}").format(
                letter.number, letter.path), 10000)
            desktop.open_path(letter.path)

    # ---- letters and originals
    def letter_path(self, letter: dict[str, Any]) -> Path:
        """Where a letter's file was saved (the letters folder / year / request number)."""
        from app.letters.service import default_letters_dir

        from .settings_dialog import letters_dir

        request = self.register.get_request(self.current_id) if self.current_id else None
        base = letters_dir(self.register) or default_letters_dir()
        year = request["received"][:4] if request else letter["created_at"][:4]
        number = request["number"] if request else ""
        return Path(base) / year / number / letter["file_name"]

    def _existing_letter(self, letter: dict[str, Any]) -> Path | None:
        path = self.letter_path(letter)
        if path.is_file():
            return path
        if ask.confirm(self, self.tr("The file of letter {0} is no longer in {1}. Save a copy "
                                     "from the register?").format(letter["number"],
                                                                  path.parent)):
            return self.save_letter_copy(letter)
        return None

    def open_letter(self, letter: dict[str, Any]) -> None:
        """Open a letter in the word processor."""
        path = self._existing_letter(letter)
        if path:
            desktop.open_path(path)

    def show_letter(self, letter: dict[str, Any]) -> None:
        """Show a letter's file in the file manager."""
        path = self._existing_letter(letter)
        if path:
            desktop.show_in_folder(path)

    def save_letter_copy(self, letter: dict[str, Any]) -> Path | None:
        """Save the copy of a letter kept in the register to a file the user chooses."""
        target = ask.ask_save_file(self, self.tr("Save a copy of the letter"),
                                   self.letter_path(letter).parent.parent.parent
                                   / letter["file_name"],
                                   self.tr("Word documents (*.docx)"))
        if not target:
            return None
        return self._write_copy(target, lambda: self.register.letter_content(letter["id"]))

    def save_attachment(self, attachment: dict[str, Any]) -> None:
        """Save an original (the email as received) to a file."""
        target = ask.ask_save_file(self, self.tr("Save the original"),
                                   Path.home() / attachment["file_name"],
                                   self.tr("All files (*)"))
        if target:
            self._write_copy(target, lambda: self.register.attachment_content(attachment["id"]))

    def _write_copy(self, target: Path, content: Callable[[], bytes]) -> Path | None:
        try:
            target.write_bytes(content())
        except OSError as exc:
            ask.tell_error(self, self.tr("Cannot write {0}: {1}. Choose another folder.").format(
                target, exc.strerror))
            return None
        self.statusBar().showMessage(self.tr("Saved {0}").format(target), 8000)
        return target

    # ================================================================== exports (background)
    def export_register(self) -> None:
        """Export the register to a plain file (with a clear warning), in the background."""
        from .export_dialog import ExportDialog
        from .settings_dialog import default_letter_language

        dialog = ExportDialog(self.register.today(), default_letter_language(self.register),
                              self)
        if not self._run(dialog):
            return
        options = dialog.options()
        suggested = Path.home() / f"otinish-register-{self.register.today()}.{options['fmt']}"
        target = ask.ask_save_file(self, self.tr("Export register (a plain, unencrypted file)"),
                                   suggested, f"*.{options['fmt']}")
        if not target:
            return
        if target.suffix.lower() != f".{options['fmt']}":
            target = target.with_name(target.name + f".{options['fmt']}")
        expected = views.export_count(self.register, date_from=options["date_from"],
                                      date_to=options["date_to"], status=options["status"])

        def work(register: Register, ctx: Any) -> dict[str, Any]:
            from app.letters.exports import export_register

            if hasattr(register, "expected_rows"):
                register.expected_rows = expected  # type: ignore[attr-defined]
            ctx.step(0, max(expected, 1), "")
            return export_register(register, options["fmt"], target,
                                   date_from=options["date_from"], date_to=options["date_to"],
                                   status=options["status"], lang=options["lang"])

        def done(out: dict[str, Any]) -> None:
            ask.tell_info(self, self.tr("%n request(s) exported to {0}. It is a plain file, not "
                                        "encrypted: keep it safe.", "", out["requests"])
                          .format(out["path"]))

        self.run_job(self.tr("Exporting the register…"), work, done, observed=True)

    def evidence_pack(self) -> None:
        """Write a ZIP with everything about the selected request, in the background."""
        request = self._request()
        if not request:
            return
        if not ask.confirm(self, self.tr("The evidence pack is a plain ZIP file, not encrypted, "
                                         "with the request's personal data, letters and "
                                         "history. Continue?"), self.tr("Continue")):
            return
        target = ask.ask_save_file(self, self.tr("Save the evidence pack"),
                                   Path.home() / f"{request['number']}-evidence.zip",
                                   self.tr("ZIP archives (*.zip)"))
        if not target:
            return
        request_id = request["id"]

        def work(register: Register, ctx: Any) -> dict[str, Any]:
            from app.letters.exports import evidence_pack

            ctx.step(0, 1, "")
            out = evidence_pack(register, request_id, target)
            ctx.step(1, 1, "")
            return out

        def done(out: dict[str, Any]) -> None:
            self.statusBar().showMessage(self.tr("Evidence pack of {0} saved: {1}").format(
                out["request"], out["path"]), 10000)
            desktop.show_in_folder(Path(out["path"]))

        self.run_job(self.tr("Writing the evidence pack…"), work, done)

    # ================================================================== backups
    def backup_daily(self) -> None:
        """Once a day, an encrypted backup into the backup folder (in the background)."""
        from .demo_register import is_demo
        from .settings_dialog import backup_folder

        # Never the demo: its copies would rotate the real register's backups away.
        if self.register.damaged or self.source is None or not self.isVisible() \
                or is_demo(self.register.path):
            return
        folder = backup_folder(self.register)

        def work(register: Register, ctx: Any) -> Path | None:
            from app.store.backup import auto_backup

            ctx.step(0, 1, "")
            return auto_backup(register, folder)

        def done(path: Path | None) -> None:
            if path:
                self.statusBar().showMessage(self.tr("Daily backup saved: {0}").format(path),
                                             8000)

        self.run_job(self.tr("Backing up the register…"), work, done, quiet=True)

    def backup_now(self) -> None:
        """An encrypted copy of the register, to a file the user chooses (in the background)."""
        from app.store.backup import BACKUP_SUFFIX

        from .settings_dialog import backup_folder

        folder = backup_folder(self.register)
        suggested = folder / (f"{self.register.path.stem}-"
                              f"{self.register.now():%Y%m%d-%H%M}{BACKUP_SUFFIX}")
        target = ask.ask_save_file(self, self.tr("Back up the register"), suggested,
                                   self.tr("Otinish backups (*{0})").format(BACKUP_SUFFIX))
        if not target:
            return

        def work(register: Register, ctx: Any) -> dict[str, Any]:
            from app.store.backup import backup_register

            ctx.step(0, 1, "")
            return backup_register(register, target)

        def done(_: Any) -> None:
            self.statusBar().showMessage(self.tr("Backup saved: {0}").format(target), 10000)

        self.run_job(self.tr("Backing up the register…"), work, done)

    def restore_backup(self) -> None:
        """Replace the register with a backup the user chooses (a safety copy is kept)."""
        from app.store.backup import BACKUP_SUFFIX, list_backups, verify_backup

        from .settings_dialog import backup_folder

        if not self._may_start(False):
            return
        folder = backup_folder(self.register)
        newest = list_backups(folder, self.register.path)
        backup = ask.ask_open_file(self, self.tr("Restore from backup"),
                                   self.tr("Otinish backups (*{0});;All files (*)")
                                   .format(BACKUP_SUFFIX),
                                   newest[0] if newest else folder)
        if not backup:
            return
        secret = self.register.secret or (self.source.secret if self.source else "")
        ok, info = guarded(self, lambda: verify_backup(backup, secret))
        if not ok:
            return
        from datetime import datetime

        saved = i18n.format_datetime(datetime.fromtimestamp(backup.stat().st_mtime))
        path = self.register.path
        if not ask.confirm(self, self.tr(
                "Replace the register {0} with the backup {1} of {2}, which holds %n "
                "request(s)? Everything recorded after that backup is replaced. A safety copy "
                "of the register as it is now is kept next to it first.", "",
                info["requests"]).format(path.name, backup.name, saved),
                self.tr("Restore")):
            return
        clock = self.source.clock if self.source is not None else None
        self._detach_register()

        def work(ctx: Any) -> dict[str, Any]:
            from app.store.backup import restore_register

            ctx.step(0, 0, "")
            return restore_register(path, backup, secret)

        def reopen(how: str) -> bool:
            # Restored or not (a failed restore leaves the register as it was), reopen it.
            try:
                register = Register.open(path, secret, clock=clock)
            except user_error_types() as exc:
                ask.tell_error(self, self.tr("The register cannot be opened again ({0}); "
                                             "start Otinish again.").format(
                    i18n.service_message(str(exc))))
                self.close()
                return False
            self._attach_register(register)
            return True

        def done(out: dict[str, Any]) -> None:
            ask.tell_info(self, self.tr(
                "The register was restored from {0} (%n request(s)). The register as it was "
                "before is kept in {1}.", "", out["requests"]).format(
                backup.name, out["safety_copy"] or "—"))

        self.run_task(self.tr("Restoring the register…"), work, done, on_end=reopen)

    # ================================================================== switching registers
    def _detach_register(self) -> None:
        """Close the register and let nothing use it until `_attach_register`."""
        self._start_timer.stop()
        self._backup_timer.stop()
        self._day_timer.stop()
        self._search_timer.stop()
        if self.dashboard is not None:
            self.dashboard.close()
            self.dashboard.deleteLater()
            self.dashboard = None
        for widget in (self.centralWidget(), self.menuBar(), self.toolbar):
            widget.setEnabled(False)
        for act in self.actions():
            act.setEnabled(False)
        self.register.close()

    def _attach_register(self, register: Register, source: RegisterSource | None = None
                         ) -> None:
        """Show *register* from now on: every model, panel and notice read it afresh."""
        self.register = register
        if source is not None:
            self.source = source
        self.model.register = register
        self.current_id = None
        for widget in (self.centralWidget(), self.menuBar(), self.toolbar):
            widget.setEnabled(True)
        for act in self.actions():
            act.setEnabled(True)
        self._empty_note = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.search = ""
        self.retranslate()
        self.refresh()
        self.purge_notice.hide()  # counted again by the day's checks, in the background
        self.show_start_notice()
        self.show_demo_notice()
        self._day_timer.start()
        self._start_timer.start()
        if self.auto_backup:  # the daily backup of the register now shown
            self._backup_timer.start()

    def switch_register(self, register: Register, source: RegisterSource) -> None:
        """Close the register shown and show *register* instead."""
        self._idle_queue.clear()
        self._detach_register()
        self._attach_register(register, source)

    def open_register_file(self, path: Path | str) -> bool:
        """Open another register file (the system asked us to: a double-click in the Finder)."""
        from .opening import open_register

        path = Path(path)
        self.raise_()
        self.activateWindow()
        if path.resolve() == self.register.path.resolve():
            return True
        if not path.is_file():
            ask.tell_error(self, self.tr("There is no register at {0}.").format(path))
            return False
        if QApplication.activeModalWidget() is not None:  # a dialog is using this register
            ask.tell_error(self, self.tr("Finish what is open in the window first, then open "
                                         "{0} again.").format(path.name))
            return False
        if not self._may_start(False):
            return False
        ok, opened = guarded(self, lambda: open_register(path, self))
        if not ok or opened is None:
            return False
        register, secret = opened
        clock = self.source.clock if self.source is not None else None
        self.switch_register(register, RegisterSource(path, secret, clock))
        self.statusBar().showMessage(self.tr("Opened {0}").format(path), 8000)
        return True

    def set_up_own_register(self) -> None:
        """Leave the demo: set up the user's own register (the first-run questions)."""
        from app.store.paths import default_register_path

        from .opening import open_register
        from .wizard import run_first_run

        if not self._may_start(False):
            return
        path = self.setup_path or default_register_path()
        from .demo_register import is_demo

        if is_demo(path):
            path = default_register_path()
        clock = self.source.clock if self.source is not None else None
        if path.exists():
            ok, opened = guarded(self, lambda: open_register(path, self))
        else:
            ok, opened = guarded(self, lambda: run_first_run(path, self, clock,
                                                             offer_demo=False))
        if not ok or opened is None:
            return
        register, secret = opened
        self.switch_register(register, RegisterSource(register.path, secret, clock))

    # ================================================================== jobs
    def run_job(self, text: str, work: Callable[[Register, Any], Any],
                on_done: Callable[[Any], None], observed: bool = False,
                quiet: bool = False, *, cancellable: bool = True, silent: bool = False,
                on_failed: Callable[[str], None] | None = None,
                on_end: Callable[[str], bool] | None = None) -> bool:
        """Run *work* off the GUI thread with progress and Cancel; False when one is running.

        *silent*: brief work the status bar need not show. *on_failed* replaces the error
        message; *on_end* runs first however the job ended (returning False stops there:
        the window has no register to show).
        """
        if self.job is not None and not quiet and self._job_quiet:
            # A background check or backup is running: the user's work follows it.
            self._idle_queue.append(lambda: self.run_job(
                text, work, on_done, observed, quiet, cancellable=cancellable, silent=silent,
                on_failed=on_failed, on_end=on_end))
            self.statusBar().showMessage(self.tr("Starting when the current check ends…"),
                                         5000)
            return True
        if not self._may_start(quiet):
            return False
        self._job_quiet = quiet
        if self.source is None:
            # No second connection can be opened (no secret known): run here, briefly.
            signals = self._job_begin(text, on_done, cancellable, on_failed, on_end, silent)
            self.job = object()  # a marker while it runs; nothing goes to the pool
            run_inline(self.register, work, signals)
            return True
        from .workers import ObservedRegister

        job = Job(self.source, work, ObservedRegister if observed else Register)
        return self._launch(job, text, on_done, cancellable, on_failed, on_end, silent)

    def run_task(self, text: str, work: Callable[[Any], Any], on_done: Callable[[Any], None],
                 *, on_failed: Callable[[str], None] | None = None,
                 on_end: Callable[[str], bool] | None = None) -> bool:
        """Run *work* (needing no connection to the register) off the GUI thread."""
        if not self._may_start(False):
            return False
        return self._launch(Task(work), text, on_done, False, on_failed, on_end)

    def when_idle(self, work: Callable[[], Any]) -> None:
        """Do *work* now, or as soon as the running job has ended."""
        if self.job is None:
            work()
        else:
            self._idle_queue.append(work)

    def _may_start(self, quiet: bool) -> bool:
        if self.job is None:
            return True
        if not quiet:
            ask.tell_error(self, self.tr("Wait for the current task to finish, or cancel it."))
        return False

    def _job_begin(self, text: str, on_done: Callable[[Any], None], cancellable: bool,
                   on_failed: Callable[[str], None] | None,
                   on_end: Callable[[str], bool] | None, silent: bool = False) -> JobSignals:
        signals = JobSignals(self)
        self._job_signals = signals
        signals.progress.connect(self._job_progress)
        signals.done.connect(
            lambda result: self._job_end("done", result, on_done, on_failed, on_end))
        signals.failed.connect(
            lambda message: self._job_end("failed", message, on_done, on_failed, on_end))
        signals.cancelled.connect(
            lambda: self._job_end("cancelled", None, on_done, on_failed, on_end))
        if not silent:
            self.job_label.setText(text)
            self.job_progress.setRange(0, 0)
            for w in self.job_widgets:
                w.show()
            self.job_cancel.setVisible(cancellable)
        return signals

    def _launch(self, runnable: Any, text: str, on_done: Callable[[Any], None],
                cancellable: bool, on_failed: Callable[[str], None] | None,
                on_end: Callable[[str], bool] | None, silent: bool = False) -> bool:
        signals = self._job_begin(text, on_done, cancellable, on_failed, on_end, silent)
        runnable.signals.progress.connect(signals.progress)
        runnable.signals.done.connect(signals.done)
        runnable.signals.failed.connect(signals.failed)
        runnable.signals.cancelled.connect(signals.cancelled)
        self.job = runnable
        QThreadPool.globalInstance().start(runnable)
        return True

    def cancel_job(self) -> None:
        """Ask the running job to stop."""
        if self.job is not None and hasattr(self.job, "context"):
            self.job.context.cancel()
            self.job_label.setText(self.tr("Cancelling…"))

    def _job_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.job_progress.setRange(0, total)
            self.job_progress.setValue(done)
        if text:
            self.job_progress.setToolTip(text)

    def _job_end(self, how: str, result: Any, on_done: Callable[[Any], None],
                 on_failed: Callable[[str], None] | None,
                 on_end: Callable[[str], bool] | None) -> None:
        self.job = None
        for w in self.job_widgets:
            w.hide()
        if on_end is not None and not on_end(how):
            self.jobFinished.emit(how)
            return
        self.refresh()
        if how == "done":
            on_done(result)
        elif how == "failed":
            if on_failed is not None:
                on_failed(str(result))
            else:
                ask.tell_error(self, i18n.service_message(str(result)))
        elif how == "cancelled":
            self.statusBar().showMessage(self.tr("Cancelled; nothing was left half-written."),
                                         8000)
        self.jobFinished.emit(how)
        while self.job is None and self._idle_queue:
            self._idle_queue.pop(0)()

    # ================================================================== other windows
    def open_dashboard(self) -> None:
        """Open (or refresh and raise) the dashboard; QtCharts loads only now."""
        from .dashboard import Dashboard

        if self.dashboard is None:
            self.dashboard = Dashboard(self.register, self)
        else:
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()

    def open_settings(self) -> None:
        """Settings; the language switch applies at once."""
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.register, self)
        if self._run(dialog):
            if dialog.language_changed:  # at once; Qt's LanguageChange events follow later
                self.retranslate()
                self.panel.retranslate()
            self.refresh()
            self.show_purge_notice()  # the retention period may have changed

    def about(self) -> None:
        """What this is."""
        ask.tell_info(self, self.tr("Otinish — a register of personal-data subject requests "
                                    "under Law No. 94-V of the Republic of Kazakhstan.\n\n"
                                    "Free software under the GNU GPL, version 3 or later."))

    # ================================================================== closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Save the layout; let a running job stop first."""
        self._backup_timer.stop()
        self._start_timer.stop()
        self._day_timer.stop()
        self._idle_queue.clear()
        if self.job is not None and hasattr(self.job, "context"):
            self.job.context.cancel()
            QThreadPool.globalInstance().waitForDone(10_000)
        self._save_state()
        if self.dashboard is not None:
            self.dashboard.close()
        super().closeEvent(event)

