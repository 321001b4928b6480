"""The main window. For now a read-only list of the register; the full window comes later."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMainWindow, QTableWidget, QTableWidgetItem

from app.store import Register

#: Rows shown at most until the paged model of the full window exists.
MAX_ROWS = 500


class MainWindow(QMainWindow):
    """A window titled "Otinish — <register>" listing the newest requests."""

    def __init__(self, register: Register) -> None:
        super().__init__()
        self.register = register
        self.setWindowTitle(self.tr("Otinish — {0}").format(register.path.stem))
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Received"), self.tr("Channel"), self.tr("Requester"),
            self.tr("Status"), self.tr("Due"),
        ])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.setCentralWidget(self.table)
        self.resize(1000, 600)
        self.reload()

    def reload(self) -> None:
        """Fill the table from the register."""
        rows: list[dict[str, Any]] = self.register.list_requests(limit=MAX_ROWS)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = [r["number"], r["received"][:16].replace("T", " "), r["channel"],
                      r["requester"]["name"], r["status"], r["due"] or ""]
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self.statusBar().showMessage(self.tr("%n request(s)", "", len(rows)))
