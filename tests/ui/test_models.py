"""The Qt models pass QAbstractItemModelTester and load the register a page at a time."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.store import views
from app.ui import i18n
from app.ui.models import PAGE_SIZE, RequestTableModel, ViewsModel
from tests.builders import ALMATY, add_request

pytestmark = pytest.mark.gui

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def fill(register, n: int) -> list[int]:
    """*n* requests over the past weeks, some overdue, in one transaction-free loop."""
    start = datetime(2026, 10, 1, 10, tzinfo=ALMATY)
    return [add_request(register, name=f"Заявитель {i:03d}", types=["deletion"] if i % 3 else
                        ["access", "withdrawal"], received=start + timedelta(hours=9 * i))
            for i in range(n)]


def test_the_views_model_passes_the_model_tester(register, qtbot):
    fill(register, 3)
    model = ViewsModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_counts(views.counts(register))
    assert model.rowCount() == len(views.VIEWS)
    overdue = model.index(model.row_of("overdue"))
    assert overdue.data() == "Overdue"
    assert overdue.data(ViewsModel.CountRole) == views.count(register, "overdue")
    i18n.install("ru")
    model.retranslate()
    assert overdue.data() == "Просрочено"


def test_the_table_model_passes_the_tester_while_paging_and_sorting(register, qtbot):
    fill(register, PAGE_SIZE + 40)
    model = RequestTableModel(register)
    model.view = "all"
    QAbstractItemModelTester(model, FATAL)
    model.refresh()
    # Given a register larger than one page, only the first page is loaded
    assert model.rowCount() == PAGE_SIZE and model.total == PAGE_SIZE + 40
    assert model.canFetchMore(QModelIndex())
    # When the view asks for more, the next page arrives
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE + 40 and not model.canFetchMore(QModelIndex())
    # Sorting drops back to one page, in SQL order
    model.sort(RequestTableModel.COLUMNS.index("requester"), Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == PAGE_SIZE
    requester = RequestTableModel.COLUMNS.index("requester")
    assert model.index(0, requester).data() == "Заявитель 000"
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == PAGE_SIZE
    model.set_search("Заявитель 123")
    assert model.rowCount() == 1


def test_the_table_shows_names_dates_and_urgency(register, qtbot):
    rid = add_request(register, name="Ерлан", types=["deletion"],
                      received=datetime(2026, 11, 18, 9, tzinfo=ALMATY))
    model = RequestTableModel(register)
    QAbstractItemModelTester(model, FATAL)
    model.refresh()
    cols = RequestTableModel.COLUMNS
    row = model.row_of(rid)
    types = model.index(row, cols.index("types"))
    assert types.data() == "Deletion"  # in short; the tooltip names the right as the law does
    assert types.data(Qt.ItemDataRole.ToolTipRole) == "Destruction (deletion) of personal data"
    assert model.index(row, cols.index("status")).data() == "Received"
    assert model.index(row, cols.index("due")).data() == "19/11/2026"
    assert model.index(row, cols.index("left")).data() == "−2"
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Overdue by 2 working days" in model.index(row, cols.index("left")).data(
        Qt.ItemDataRole.ToolTipRole)
    i18n.install("kk")
    model.retranslate()
    assert model.headerData(cols.index("requester"), Qt.Orientation.Horizontal) == \
        "Өтініш беруші"
    assert model.index(row, cols.index("due")).data() == "19.11.2026"
    assert model.index(row, cols.index("types")).data() == "Жою"


def test_row_of_fetches_pages_up_to_a_request(register, qtbot):
    ids = fill(register, PAGE_SIZE + 10)
    model = RequestTableModel(register)
    model.view = "all"
    model.refresh()
    oldest = ids[0]  # newest first: the oldest request is on the second page
    row = model.row_of(oldest)
    assert row is not None and model.row_at(row).id == oldest
