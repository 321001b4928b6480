"""The main window's size, parts and columns as the user left them, kept between starts.

A first window takes its usual size where the screen allows, and the screen's room on a
smaller one (a laptop's 1280x800), narrowing the side panels first so that the table
keeps its width.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

#: The first window's size, and its three parts' widths, where the screen allows.
WINDOW_SIZE = (1440, 900)
SPLIT = (196, 884, 360)
#: Where the header's arrangement is kept (a new key when the arrangement changes).
HEADER_KEY = "window/columns"
#: Where it was kept before the deadline columns moved beside the requester.
OLD_HEADER_KEY = "window/header"


def _saved(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore(window: Any) -> None:
    """Give *window* the geometry, splitter and columns the user left, or the defaults."""
    settings = QSettings()
    geometry = _saved(settings, "window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        fit_to_screen(window)
    splitter = _saved(settings, "window/splitter")
    if splitter is not None:
        window.splitter.restoreState(splitter)
    header = _saved(settings, HEADER_KEY)
    if header is not None:
        window.table.horizontalHeader().restoreState(header)


def restore_geometry(window: Any) -> None:
    """Only the size and place the window had (for the frame shown at start-up)."""
    geometry = _saved(QSettings(), "window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        room = window.screen().availableGeometry()
        window.resize(min(WINDOW_SIZE[0], room.width()), min(WINDOW_SIZE[1], room.height()))


def fit_to_screen(window: Any) -> None:
    """A first window: its usual size, or the screen's room, side panels narrowed first."""
    room = window.screen().availableGeometry()
    width, height = min(WINDOW_SIZE[0], room.width()), min(WINDOW_SIZE[1], room.height())
    window.resize(width, height)
    side, _, panel = SPLIT
    if width < WINDOW_SIZE[0]:
        side, panel = side * 9 // 10, panel * 9 // 10
    window.splitter.setSizes([side, max(width - side - panel, 0), panel])


def save(window: Any) -> None:
    """Keep *window*'s geometry, splitter and columns for the next start."""
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue(HEADER_KEY, window.table.horizontalHeader().saveState())
    settings.remove(OLD_HEADER_KEY)
