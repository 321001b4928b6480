"""The main window: views with live counts, the register table, the request's detail, the tools.

It only composes (STYLE.md): it lays out the widgets, holds the register shown and the
request selected, and hands every user operation to a small controller, each doing
one group of actions through the services: `intake_actions` (new requests, email),
`request_actions` (identity, action, close, reopen, evidence), `correction_actions`
(edit, void), `letter_actions` (letters, sending, originals), `keeping_actions`
(exports, backups, restore, purge), `switching` (another register under the window),
`day_checks` (what each day needs), `notices` (the banners) and `jobs` (long work off
the GUI thread, with progress and Cancel in the status bar). What a view holds is
`app.store.views`; which buttons a request offers is `services.letters.next_steps`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.store import Register, views

from . import ask, icons, window_state
from .calendar_actions import CalendarActions
from .common import guarded, run_and_release
from .correction_actions import CorrectionActions
from .day_checks import DayChecks
from .empty_page import EmptyPage
from .intake_actions import IntakeActions
from .jobs import JobRunner
from .keeping_actions import KeepingActions
from .letter_actions import LetterActions
from .mail_incoming import MailActions
from .models import RequestTableModel, ViewsModel, view_label
from .notices import Notices
from .request_actions import RequestActions
from .request_panel import RequestPanel
from .sidebar import ViewList
from .switching import Switching
from .tray import Reminders
from .window_actions import WindowActions
from .workers import RegisterSource

SEARCH_DELAY_MS = 150
DEFAULT_VIEW = "open"
COLUMN_WIDTHS = {"number": 98, "received": 94, "channel": 34, "requester": 136,
                 "types": 220, "identity": 34, "status": 128, "due": 86, "left": 78}
# The columns as first shown: the deadline and the days left beside the requester, the
# requested rights last (they take the room left, and scroll into view on a narrow screen
# rather than being squeezed unreadable).
COLUMN_ORDER = ("number", "received", "channel", "requester", "due", "left", "status",
                "identity", "types")


class MainWindow(QMainWindow):
    """A window titled "Otinish — <register>" over one open register."""

    def __init__(self, register: Register, source: RegisterSource | None = None,
                 parent: QWidget | None = None, auto_backup: bool = False,
                 setup_path: Path | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.source = source
        # Where the user's own register is set up when they leave the demo.
        self.setup_path = setup_path
        self.current_id: int | None = None
        self.dashboard: Any = None
        self._empty_note: str | None = None  # what the empty table says meanwhile
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.icon("otinish"))
        self.setAcceptDrops(True)

        # The controllers: each does one group of the user's operations.
        self.jobs = JobRunner(self)
        self.notices = Notices(self)
        self.checks = DayChecks(self, auto_backup)
        self.intake = IntakeActions(self)
        self.requests = RequestActions(self)
        self.corrections = CorrectionActions(self)
        self.letters = LetterActions(self)
        self.mail = MailActions(self)  # issue 14: incoming mail, reply by email
        self.mail.start_timer()
        self.keeping = KeepingActions(self)
        self.switching = Switching(self)
        self.calendar = CalendarActions(self)

        self.views_model = ViewsModel(self)
        self.model = RequestTableModel(register, self)
        self.model.view = DEFAULT_VIEW

        self.commands = WindowActions(self)
        self.toolbar = self.commands.toolbar
        # The tray and the notifications; they start when the app is up (app/__main__.py).
        self.reminders = Reminders(self)
        self._build_central()
        self.register_label = QLabel()
        self.statusBar().addPermanentWidget(self.register_label)
        window_state.restore(self)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)

        self.retranslate()
        self.refresh()
        self.view_list.setCurrentIndex(self.views_model.index(
            self.views_model.row_of(DEFAULT_VIEW)))
        self.notices.show_all()
        # The day's checks and the daily backup wait until the window is up, and never
        # outlive it.
        self.checks.start()

    # ================================================================== building
    def _build_central(self) -> None:
        self.view_list = ViewList(self.views_model)
        self.view_list.selectionModel().currentChanged.connect(self._view_chosen)
        self.views_title = QLabel(objectName="sidebarTitle")
        side = QWidget(objectName="sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 10, 0, 8)
        side_layout.addWidget(self.views_title)
        side_layout.addWidget(self.view_list, 1)
        # Incidents (breaches of security) sit beside the requests: their own window.
        from .incidents_view import IncidentsEntry

        self.incidents_entry = IncidentsEntry(self)
        side_layout.addWidget(self.incidents_entry)
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
        header.setStretchLastSection(True)
        for i, col in enumerate(RequestTableModel.COLUMNS):
            self.table.setColumnWidth(i, COLUMN_WIDTHS[col])
        for place, col in enumerate(COLUMN_ORDER):
            header.moveSection(header.visualIndex(RequestTableModel.COLUMNS.index(col)), place)
        for col in ("channel", "identity"):
            header.setSectionResizeMode(RequestTableModel.COLUMNS.index(col),
                                        QHeaderView.ResizeMode.Fixed)
        header.setSortIndicator(RequestTableModel.COLUMNS.index("received"),
                                Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.doubleClicked.connect(lambda _index: self.corrections.edit())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.commands.table_menu)
        self.table.setAcceptDrops(False)
        self.table.viewport().setAcceptDrops(False)
        c = self.commands
        self.empty = EmptyPage(c.import_email, c.paste_email, c.phone)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)
        for signal in (self.model.modelReset, self.model.rowsInserted):
            signal.connect(self._update_empty)

        centre = QWidget(objectName="centre")
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(10, 10, 6, 6)
        for banner in self.notices.banners:
            centre_layout.addWidget(banner)
        centre_layout.addLayout(head)
        centre_layout.addWidget(self.table_stack, 1)

        self.panel = RequestPanel()
        self.panel.stepRequested.connect(self.requests.step)
        self.panel.editRequested.connect(self.corrections.edit)
        self.panel.documentsRequested.connect(self.requests.documents)
        self.panel.work.voidCheck.connect(self.corrections.void_identity)
        self.panel.work.voidAction.connect(self.corrections.void_action)
        tab = self.panel.letters_tab
        tab.letterOpen.connect(self.letters.open_letter)
        tab.letterShow.connect(self.letters.show_letter)
        tab.letterSave.connect(self.letters.save_letter_copy)
        tab.letterSent.connect(self.letters.mark_sent)
        tab.letterReply.connect(self.mail.reply)
        tab.attachmentSave.connect(self.letters.save_attachment)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(side)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes(list(window_state.SPLIT))
        self.setCentralWidget(self.splitter)

    # ================================================================== texts
    def retranslate(self) -> None:
        """Every fixed text in the interface language (also after a language switch)."""
        from app.store.paths import REGISTER_FILE_NAME

        # The register set up at the first start has a file name, not a name of its own.
        name = (self.tr("my register") if self.register.path.name == REGISTER_FILE_NAME
                else self.register.path.stem)
        self.setWindowTitle(self.tr("Otinish — {0}").format(name))
        self.commands.retranslate()
        self.views_title.setText(self.tr("Views"))
        self.drop_hint.setText(self.tr("Drop .eml or .msg files anywhere on the window to "
                                       "import them."))
        self.search.setPlaceholderText(self.tr("Search name, email, phone, number or text"))
        self.jobs.retranslate()
        self.register_label.setText(self.tr("Register: {0}").format(self.register.path))
        self.register_label.setToolTip(str(self.register.path))
        self.views_model.retranslate()
        self.model.retranslate()
        self._fit_headers()
        self._update_view_title()
        self._update_empty()
        self.notices.retranslate()
        self.reminders.retranslate()

    def _fit_headers(self) -> None:
        # A title longer than its column's dates or numbers ("Түскен күні") widens the
        # column so the title and its sort arrow show; a column is never narrowed here.
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column in ("received", "due", "left"):
            i = RequestTableModel.COLUMNS.index(column)
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal) or "")
            need = metrics.horizontalAdvance(title) + 30  # padding and the sort arrow
            header.resizeSection(i, max(header.sectionSize(i), need))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "panel"):
            self.retranslate()
        super().changeEvent(event)

    def _update_view_title(self) -> None:
        self.view_title.setText(view_label(self.model.view))
        if self.model.search:
            text = self.tr("%Ln found", "", self.model.total)
        else:
            text = self.tr("%Ln request(s)", "", self.model.total)
        self.view_count.setText(text)

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            self.empty.say(note=self._empty_note, search=self.model.search, view=self.model.view,
                           register_empty=self.views_model.count("all") == 0)
        self.table_stack.setCurrentIndex(1 if empty else 0)

    # ================================================================== refreshing
    def refresh(self, select_id: int | None = None) -> None:
        """Re-read counts, the table and the detail (after any change)."""
        keep = select_id if select_id is not None else self.current_id
        counts = views.counts(self.register)
        self.views_model.set_counts(counts)
        self.reminders.update_count(counts)  # the tray shows the same two counts
        self.incidents_entry.refresh()
        self.model.refresh()
        self._update_view_title()
        self._update_empty()
        self.mail.show_count()
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
        self.commands.update_for(request)

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

    def current_request(self) -> dict[str, Any] | None:
        """The selected request as the register has it now; None (and said) when none is."""
        if self.current_id is None:
            ask.tell_error(self, self.tr("Select a request first."))
            return None
        ok, request = guarded(self, lambda: self.register.get_request(self.current_id))
        return request if ok else None

    def set_empty_note(self, text: str | None) -> None:
        """What the empty table says while the register is being filled (None: the usual)."""
        self._empty_note = text
        self._update_empty()

    # ================================================================== while switching
    def set_enabled(self, enabled: bool) -> None:
        """Let the user act on the window, or not (no register is open meanwhile)."""
        for widget in (self.centralWidget(), self.menuBar(), self.toolbar):
            widget.setEnabled(enabled)
        for act in self.actions():
            act.setEnabled(enabled)

    def stop_search(self) -> None:
        """Let no typing pause search a register that is closing."""
        self._search_timer.stop()

    def clear_search(self) -> None:
        """Empty the search box without searching."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.search = ""

    def close_dashboard(self) -> None:
        """Close the dashboard (it shows the register that is closing), and the incidents."""
        self.incidents_entry.close_view()
        if self.dashboard is not None:
            self.dashboard.close()
            self.dashboard.deleteLater()
            self.dashboard = None

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
        if run_and_release(dialog):
            if dialog.language_changed:  # at once; Qt's LanguageChange events follow later
                self.retranslate()
                self.panel.retranslate()
            self.refresh()
            self.mail.start_timer()  # the mailbox's interval may have changed
            self.notices.show_purge_notice()  # the retention period may have changed
            self.reminders.settings_changed()  # the reminder time may have changed

    def about(self) -> None:
        """What this is: its version, license, the register's file and the data folder."""
        from .guide import show_about

        show_about(self)

    def guide(self) -> None:
        """The illustrated guide, in the interface language (F1)."""
        from .guide import show_guide

        show_guide(self)

    # ================================================================== events
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        """Accept email files dropped anywhere on the window."""
        self.intake.drag_enter(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        """Keep accepting while the files move over the window."""
        self.intake.drag_move(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Import the dropped emails."""
        self.intake.drop(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Save the layout; let a running job stop first. With "keep running in the tray"
        on, only hide: the register stays open for the reminders."""
        if self.reminders.keeps_running():
            event.ignore()
            self.reminders.hide_to_tray()
            return
        self.reminders.stop()
        self.checks.stop()
        self.jobs.stop()
        window_state.save(self)
        if self.dashboard is not None:
            self.dashboard.close()
        super().closeEvent(event)
