"""The app's icons (SVG line icons in `resources/icons`) and its style sheet."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from .i18n import RESOURCES

ICONS = RESOURCES / "icons"


#: The grey line colours of the icons, and their colour in a dark palette.
DARK_STROKES = {"#3b4754": "#d5dbe1", "#55606b": "#b7c0c9"}


def icon(name: str) -> QIcon:
    """The icon called *name* (an empty icon when the file is missing); in a dark palette
    its grey lines are drawn light."""
    from . import colours

    return _icon(name, colours.is_dark())


@cache
def _icon(name: str, dark: bool) -> QIcon:
    path = ICONS / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    if not dark:
        return QIcon(str(path))
    text = path.read_text(encoding="utf-8")
    for grey, light in DARK_STROKES.items():
        text = text.replace(f'"{grey}"', f'"{light}"')
    result = QIcon()
    for size in (16, 20, 24, 32, 48, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        QSvgRenderer(QByteArray(text.encode("utf-8"))).render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def style_sheet() -> str:
    """The app's Qt style sheet (small touches on top of the platform style); in a dark
    palette with its dark overlay after it."""
    from . import colours

    names = ("style.qss", "style-dark.qss") if colours.is_dark() else ("style.qss",)
    return "\n".join((RESOURCES / name).read_text(encoding="utf-8") for name in names
                     if (RESOURCES / name).is_file())
