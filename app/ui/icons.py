"""The app's icons (SVG line icons in `resources/icons`) and its style sheet."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from .i18n import RESOURCES

ICONS = RESOURCES / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon called *name* (an empty icon when the file is missing)."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def style_sheet() -> str:
    """The app's Qt style sheet (small touches on top of the platform style)."""
    path = RESOURCES / "style.qss"
    return path.read_text(encoding="utf-8") if path.is_file() else ""
