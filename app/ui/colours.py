"""The app's few colours, for a light and a dark palette, and their contrast.

Urgency is shown by a row's background *and* its text colour, set together: a light
red row with the palette's text colour is unreadable when the palette is dark (white
text, Windows 11 and macOS dark mode). Each colour here comes in a pair, picked by the
lightness of the palette's base colour; `contrast` (WCAG 2) is what the tests check.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

#: name -> (light palette, dark palette)
PAIRS: dict[str, tuple[str, str]] = {
    "overdue_bg": ("#fde8e6", "#4a1f1c"),
    "overdue_fg": ("#b3261e", "#ffb4ab"),
    "soon_bg": ("#fff3dc", "#3d2e10"),
    "soon_fg": ("#8a5300", "#ffcf7a"),
    # The other cells of an urgent row: the palette's text would be white on light red.
    "urgent_text": ("#1f2328", "#f1f3f5"),
    "prepared": ("#9a5b00", "#ffcf7a"),
    "added_bg": ("#fff6dd", "#3d3416"),
    "added_text": ("#1f2328", "#f1f3f5"),
    "grey": ("#8a939c", "#9aa4ad"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether *palette* (the application's by default) draws light text on dark."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def colour(name: str, palette: QPalette | None = None) -> QColor:
    """The colour *name* for *palette* (the application's by default)."""
    light, dark = PAIRS[name]
    return QColor(dark if is_dark(palette) else light)


def _luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21; text wants 4.5)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def sample_dark_palette() -> QPalette:
    """A dark palette like Windows 11's or macOS's dark mode (for tests and screenshots)."""
    palette = QPalette()
    for role, value in ((QPalette.ColorRole.Window, "#202124"),
                        (QPalette.ColorRole.Base, "#1b1c1f"),
                        (QPalette.ColorRole.AlternateBase, "#26272b"),
                        (QPalette.ColorRole.Text, "#ffffff"),
                        (QPalette.ColorRole.WindowText, "#ffffff"),
                        (QPalette.ColorRole.Button, "#2d2e32"),
                        (QPalette.ColorRole.ButtonText, "#ffffff"),
                        (QPalette.ColorRole.Highlight, "#3b6ea5"),
                        (QPalette.ColorRole.HighlightedText, "#ffffff"),
                        (QPalette.ColorRole.ToolTipBase, "#2d2e32"),
                        (QPalette.ColorRole.ToolTipText, "#ffffff"),
                        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
                        (QPalette.ColorRole.Mid, "#44474c"),
                        (QPalette.ColorRole.Light, "#3a3c40"),
                        (QPalette.ColorRole.Dark, "#151618")):
        palette.setColor(role, QColor(value))
    return palette
