"""Story: on a laptop's 1280x800 screen the deadlines are in sight without scrolling.

The deadline and the working days left are what the register is for: at 1280 pixels the
table shows them beside the requester, the requested rights keep a readable width (the
table scrolls sideways for them rather than squeezing them to «Тр»), clicking a view
changes neither, and a first window never opens larger than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.ui.models import RequestTableModel
from tests.builders import add_request
from tests.ui.test_flows import choose_view

COLS = RequestTableModel.COLUMNS


def _visible(window, column: str) -> bool:
    """Whether the whole of *column* lies inside the table's viewport as it stands."""
    header = window.table.horizontalHeader()
    logical = COLS.index(column)
    left = header.sectionViewportPosition(logical)
    return left >= 0 and left + header.sectionSize(logical) <= window.table.viewport().width()


def test_the_deadline_columns_are_in_sight_at_a_laptops_width(window, register, qtbot):
    for _ in range(3):
        add_request(register)
    window.refresh()
    window.resize(1280, 800)
    qtbot.wait(50)
    for column in ("number", "requester", "due", "left"):
        assert _visible(window, column), column
    types = window.table.horizontalHeader().sectionSize(COLS.index("types"))
    assert types >= 150
    choose_view(window, "due_soon")
    choose_view(window, "open")
    qtbot.wait(50)
    assert window.table.horizontalHeader().sectionSize(COLS.index("types")) == types
    assert _visible(window, "due") and _visible(window, "left")


def test_a_first_window_fits_the_screen(qtbot, register, answers, opened):
    from app.ui.main_window import MainWindow

    QSettings().remove("window")
    win = MainWindow(register)
    qtbot.addWidget(win)
    win.checks.start_timer.stop()
    screen = win.screen().availableGeometry()
    assert win.width() <= screen.width() and win.height() <= screen.height()
    assert sum(win.splitter.sizes()) <= screen.width()


def test_the_register_set_up_at_first_start_is_not_titled_by_its_file_name(window):
    assert window.register.path.name == "register.otinish"
    assert window.windowTitle() == "Otinish — my register"
