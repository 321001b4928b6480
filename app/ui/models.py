"""Qt models over the register: the list of views with counts, and the paged request table.

The table model never holds the whole register: it asks `app.store.views` for one page
of rows at a time (`canFetchMore` / `fetchMore`), sorted in SQL by the chosen column,
so a register of 100,000 requests opens at once and sorts without loading every row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from app.store import Register, views

from . import colours, i18n, icons

#: Columns shown as an icon (with the name as tooltip), to leave room for the long names.
ICON_COLUMNS = ("channel", "identity")

Index = QModelIndex | QPersistentModelIndex

#: Rows fetched per page.
PAGE_SIZE = 200


def view_labels() -> dict[str, str]:
    """The names of the views in the interface language.

    Spelled out as `translate` calls so that lupdate reads each with its disambiguation
    ("Open" is also a button and a state; QT_TRANSLATE_NOOP cannot carry one).
    """
    return {
        "due_today": QCoreApplication.translate("views", "Due today"),
        "due_soon": QCoreApplication.translate("views", "Due within 3 working days"),
        "overdue": QCoreApplication.translate("views", "Overdue"),
        "awaiting_identity": QCoreApplication.translate("views", "Awaiting identity"),
        "open": QCoreApplication.translate("views", "Open", "view: every request not closed yet"),
        "closed": QCoreApplication.translate("views", "Closed"),
        "all": QCoreApplication.translate("views", "All requests"),
    }


def view_tips() -> dict[str, str]:
    """What each view holds, in the interface language."""
    return {
        "due_today": QCoreApplication.translate("views", "Open requests whose answer is due "
                                                         "today"),
        "due_soon": QCoreApplication.translate("views", "Open requests due today or within "
                                                        "the next three working days"),
        "overdue": QCoreApplication.translate("views", "Open requests past their due date"),
        "awaiting_identity": QCoreApplication.translate(
            "views", "Requests waiting for the requester's identity to be confirmed"),
        "open": QCoreApplication.translate("views", "Every request not closed yet"),
        "closed": QCoreApplication.translate("views", "Requests closed with an outcome"),
        "all": QCoreApplication.translate("views", "The whole register"),
    }


def view_label(view: str) -> str:
    """The name of a view in the interface language."""
    return view_labels()[view]


class ViewsModel(QAbstractListModel):
    """The views of the register (Due today, Overdue, ...) with their live counts."""

    KeyRole = Qt.ItemDataRole.UserRole + 1
    CountRole = Qt.ItemDataRole.UserRole + 2
    #: The views whose count is a warning when it is not zero.
    ALERTS = {"overdue": "overdue_fg", "due_today": "soon_fg"}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, int] = dict.fromkeys(views.VIEWS, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802
        """Seven views, flat."""
        return 0 if parent.isValid() else len(views.VIEWS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name, key, count, tooltip of a view."""
        if not index.isValid() or not 0 <= index.row() < len(views.VIEWS):
            return None
        view = views.VIEWS[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return view_label(view)
        if role == Qt.ItemDataRole.ToolTipRole:
            return view_tips()[view]
        if role == self.KeyRole:
            return view
        if role == self.CountRole:
            return self._counts.get(view, 0)
        if role == Qt.ItemDataRole.ForegroundRole:
            if view in self.ALERTS and self._counts.get(view, 0):
                return QBrush(colours.colour(self.ALERTS[view]))
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{view_label(view)}: {QLocale().toString(self._counts.get(view, 0))}"
        return None

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show new counts."""
        self._counts = dict(counts)
        self.dataChanged.emit(self.index(0), self.index(len(views.VIEWS) - 1))

    def count(self, view: str) -> int:
        """The count shown for a view."""
        return self._counts.get(view, 0)

    def retranslate(self) -> None:
        """Names changed language."""
        self.dataChanged.emit(self.index(0), self.index(len(views.VIEWS) - 1))

    def row_of(self, view: str) -> int:
        """The row of a view."""
        return views.VIEWS.index(view)


class RequestTableModel(QAbstractTableModel):
    """The register table: one row per request, fetched a page at a time, sorted in SQL."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    COLUMNS: tuple[str, ...] = ("number", "received", "channel", "requester", "types",
                                "identity", "status", "due", "left")
    def headers(self) -> dict[str, str]:
        """Column titles in the interface language (short ones carry a disambiguation)."""
        return {
            "number": self.tr("In. No."),
            "received": self.tr("Received on"),
            "channel": self.tr("Channel"),
            "requester": self.tr("Requester"),
            "types": self.tr("Rights requested"),
            "identity": self.tr("Identity", "column: the result of the latest identity check"),
            "status": self.tr("Status"),
            "due": self.tr("Due"),
            "left": self.tr("Left", "column: working days left until the due date"),
        }

    def header_tips(self) -> dict[str, str]:
        """Column tooltips, where the title alone says too little."""
        return {
            "number": self.tr("Inbound number of the request"),
            "channel": self.tr("How the request came in"),
            "identity": self.tr("The latest identity check"),
            "due": self.tr("When the first open right is due"),
            "left": self.tr("Working days left (negative: overdue)"),
        }

    def __init__(self, register: Register, parent: Any = None) -> None:
        super().__init__(parent)
        self.register = register
        self.view = "open"
        self.search = ""
        self.sort_key = "received"
        self.descending = True
        self._rows: list[views.RequestRow] = []
        self._total = 0
        self._bounds: views.Bounds | None = None

    # ---------------------------------------------------------------- Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802
        """The fixed columns."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        """True while the view holds rows not loaded yet."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        """Load the next page."""
        if parent.isValid() or len(self._rows) >= self._total:
            return
        more = self._page(len(self._rows))
        if not more:  # the register changed under us; stop asking
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column in ICON_COLUMNS else self.headers()[column]
        if role == Qt.ItemDataRole.DecorationRole and column in ICON_COLUMNS:
            return icons.icon("channel" if column == "channel" else "identity")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.headers()[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips().get(column) or self.headers()[column]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a cell shows, its colour and tooltip."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return None if column in ICON_COLUMNS else self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column in ICON_COLUMNS:
            name = (f"ch-{row.channel}" if column == "channel"
                    else f"id-{row.identity}" if row.identity else None)
            return icons.icon(name) if name else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column in ICON_COLUMNS:
            return self._display(row, column)
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        urgency = self._urgency(row)
        # Background and text together: the palette's text may be white (dark mode).
        if role == Qt.ItemDataRole.BackgroundRole and urgency:
            return QBrush(colours.colour("overdue_bg" if urgency == "overdue" else "soon_bg"))
        if role == Qt.ItemDataRole.ForegroundRole and urgency:
            if column not in ("due", "left"):
                return QBrush(colours.colour("urgent_text"))
            return QBrush(colours.colour("overdue_fg" if urgency == "overdue" else "soon_fg"))
        if role == Qt.ItemDataRole.FontRole and urgency == "overdue" and column in (
                "due", "left"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "left":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column, in SQL (the loaded pages are dropped and fetched again)."""
        if not 0 <= column < len(self.COLUMNS):
            return
        self.sort_key = self.COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # ---------------------------------------------------------------- our API
    def set_view(self, view: str) -> None:
        """Show another view of the register."""
        self.view = view
        self.refresh()

    def set_search(self, text: str) -> None:
        """Filter by a full-text search (prefix match on every word)."""
        self.search = text.strip()
        self.refresh()

    def refresh(self) -> None:
        """Re-read the first page (after a change, a new day, a new filter)."""
        self.beginResetModel()
        self._bounds = views.Bounds.of(self.register)
        self._total = views.count(self.register, self.view, search=self.search,
                                  bounds=self._bounds)
        self._rows = self._page(0)
        self._total = max(self._total, len(self._rows))
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many requests the current view and search hold (loaded or not)."""
        return self._total

    def row_at(self, row: int) -> views.RequestRow | None:
        """The loaded row at *row*."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, request_id: int) -> int | None:
        """The row of a request, fetching the pages up to it if needed; None when absent."""
        for i, r in enumerate(self._rows):
            if r.id == request_id:
                return i
        position = views.position_of(self.register, request_id, self.view, search=self.search,
                                     sort=self.sort_key, descending=self.descending,
                                     bounds=self._bounds)
        if position is None:
            return None
        while len(self._rows) <= position and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        for i in range(min(position, len(self._rows) - 1), -1, -1):
            if self._rows[i].id == request_id:
                return i
        return None

    def retranslate(self) -> None:
        """Names of codes and headers changed language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    # ---------------------------------------------------------------- helpers
    def _page(self, offset: int) -> list[views.RequestRow]:
        return views.page(self.register, self.view, search=self.search, sort=self.sort_key,
                          descending=self.descending, limit=PAGE_SIZE, offset=offset,
                          bounds=self._bounds)

    @staticmethod
    def _urgency(row: views.RequestRow) -> str | None:
        left = row.working_days_left
        if left is None:
            return None
        if left < 0:
            return "overdue"
        if left <= 1:
            return "soon"
        return None

    def _display(self, row: views.RequestRow, column: str) -> str:
        if column == "number":
            return row.number
        if column == "received":
            return i18n.format_date(row.received_at)
        if column == "channel":
            return i18n.channel_name(row.channel)
        if column == "requester":
            return row.requester
        if column == "types":  # in short; the tooltip names each right as the law does
            return i18n.short_type_names(row.types)
        if column == "identity":
            return i18n.identity_result_name(row.identity) if row.identity else "—"
        if column == "status":
            return i18n.status_name(row.status)
        if column == "due":
            return i18n.format_date(row.due) if row.due else "—"
        if column == "left":
            return self._left_text(row)
        return ""

    def _left_text(self, row: views.RequestRow) -> str:
        left = row.working_days_left
        if left is None:
            return ""
        if left < 0:
            return f"−{-left}"
        if left == 0:
            return self.tr("today")
        return str(left)

    def _tooltip(self, row: views.RequestRow, column: str) -> str | None:
        if column == "channel":
            return i18n.channel_name(row.channel)
        if column == "identity":
            return (self.tr("Identity: {0}").format(i18n.identity_result_name(row.identity))
                    if row.identity else self.tr("Identity not checked yet"))
        if column == "types":
            return "\n".join(i18n.type_name(t) for t in row.types)
        if column == "received":
            return i18n.format_datetime(row.received_at)
        if column == "requester":
            contacts = [c for c in (row.email, row.phone) if c]
            return "\n".join([row.requester, *contacts])
        if column in ("due", "left") and row.due:
            left = row.working_days_left
            if left is None:
                return None
            if left < 0:
                return self.tr("Overdue by %Ln working day(s)", "", -left)
            if left == 0:
                return self.tr("Due today")
            return self.tr("%Ln working day(s) left", "", left)
        if column == "status":  # the column is narrow: its full text, and how it ended
            status = i18n.status_name(row.status)
            return (f"{status} — {i18n.outcome_name(row.outcome, capital=False)}"
                    if row.outcome else status)
        if row.summary:
            return row.summary
        return None
