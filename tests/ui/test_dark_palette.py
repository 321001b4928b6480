"""Story: in dark mode (Windows 11, macOS) overdue rows and banners stay readable.

Before, urgent rows had a light red or amber background and the palette's text colour,
which a dark palette makes white; the banners and the due-date preview likewise. Now the
text colour is set with the background, and greys and accents have dark-palette values.
Checked by the WCAG contrast of what the model and the style sheet give.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.domain.clock import ALMATY
from app.ui import colours, icons
from app.ui.models import RequestTableModel
from app.ui.notices import Banner
from tests.builders import add_request

TEXT = 4.5  # WCAG AA for normal text


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp):
    before = QApplication.palette()
    if request.param == "dark":
        QApplication.setPalette(colours.sample_dark_palette())
    qapp.setStyleSheet(icons.style_sheet())
    yield QApplication.palette()
    QApplication.setPalette(before)
    qapp.setStyleSheet(icons.style_sheet())


def test_every_cell_of_an_urgent_row_is_readable(register, palette):
    overdue = add_request(register, name="Ерлан", types=["deletion"],
                          received=datetime(2026, 11, 18, 9, tzinfo=ALMATY))
    model = RequestTableModel(register)
    model.refresh()
    row = model.row_of(overdue)
    for column in range(model.columnCount()):
        index = model.index(row, column)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        assert background is not None
        text = index.data(Qt.ItemDataRole.ForegroundRole)
        ink = text.color() if text is not None else palette.color(QPalette.ColorRole.Text)
        assert colours.contrast(ink, background.color()) >= TEXT, model.COLUMNS[column]


def test_every_colour_pair_is_readable_in_its_palette(palette):
    base = palette.color(QPalette.ColorRole.Base)
    pairs = [("overdue_fg", "overdue_bg"), ("soon_fg", "soon_bg"),
             ("urgent_text", "overdue_bg"), ("urgent_text", "soon_bg"),
             ("added_text", "added_bg")]
    for ink, ground in pairs:
        assert colours.contrast(colours.colour(ink), colours.colour(ground)) >= TEXT, ink
    for ink in ("overdue_fg", "prepared"):
        assert colours.contrast(colours.colour(ink), base) >= TEXT, ink
    assert colours.contrast(colours.colour("grey"), base) >= 3, "grey"


def test_a_banner_says_its_text_in_a_dark_ink_on_its_light_ground(qtbot, palette):
    banner = Banner(name="attention")
    qtbot.addWidget(banner)
    banner.setProperty("severity", "alert")
    banner.text.setText("2 overdue")
    banner.show()
    banner.style().unpolish(banner)
    banner.style().polish(banner)
    label: QLabel = banner.text
    label.ensurePolished()
    ground = banner.grab().toImage().pixelColor(2, banner.height() // 2)
    ink = label.palette().color(QPalette.ColorRole.WindowText)
    assert colours.contrast(ink, ground) >= TEXT
