"""Small pieces the dialogs share: the user-error edge, running a dialog, combo boxes of codes,
a note label, moments in Almaty time for a date-time field."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QWidget,
)

from app.domain.clock import ALMATY
from app.services import USER_ERRORS

from . import ask, messages


def show_user_error(parent: QWidget | None, exc: BaseException) -> None:
    """Say what went wrong in one sentence, in the interface language."""
    ask.tell_error(parent, messages.word(exc))


#: A file the operator chose that the system refused for a cause we name (open in Word or
#: Excel, held by another program, Controlled Folder Access; app/letters/refusals.py).
REFUSED_TARGET = ("output_open_in_office", "output_in_use", "export_folder_controlled")


def offer_another_file(parent: QWidget | None, again: Callable[[], Any]
                       ) -> Callable[[BaseException], None]:
    """A job's failure handler: a refused target is said with "Choose another file…",
    which runs *again* (asking for the file anew); any other failure is said."""
    def failed(exc: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication

        if getattr(exc, "code", None) in REFUSED_TARGET and ask.offer(
                parent, messages.word(exc),
                QCoreApplication.translate("common", "Choose another file…")):
            again()
        else:
            ask.tell_error(parent, messages.word(exc))
    return failed


def guarded_target(parent: QWidget | None, work: Callable[[], Any],
                   again: Callable[[], Any]) -> tuple[bool, Any]:
    """`guarded`, for writing a file the operator chose: a refused target is said with
    "Choose another file…", which runs *again* (asking for the file anew)."""
    try:
        return True, work()
    except USER_ERRORS as exc:
        offer_another_file(parent, again)(exc)
        return False, None


def guarded(parent: QWidget | None, work: Callable[[], Any]) -> tuple[bool, Any]:
    """Run *work*; a user-caused error is shown and (False, None) returned."""
    try:
        return True, work()
    except USER_ERRORS as exc:
        show_user_error(parent, exc)
        return False, None


def run_and_release(dialog: QDialog) -> bool:
    """Show one of our dialogs (through ask, so tests answer it), then let it go."""
    try:
        return ask.run_dialog(dialog)
    finally:
        dialog.deleteLater()


def code_combo(codes: Iterable[str], name: Callable[[str], str],
               current: str | None = None) -> QComboBox:
    """A combo box showing names and holding codes (itemData)."""
    combo = QComboBox()
    fill_combo(combo, codes, name, current)
    return combo


def fill_combo(combo: QComboBox, codes: Iterable[str], name: Callable[[str], str],
               current: str | None = None) -> None:
    """(Re)fill a code combo box, keeping *current* (or its current code) selected."""
    keep = current if current is not None else combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code in codes:
        combo.addItem(name(code), code)
        combo.setItemData(combo.count() - 1, name(code), Qt.ItemDataRole.ToolTipRole)
    index = combo.findData(keep) if keep is not None else -1
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def select_code(combo: QComboBox, code: str) -> None:
    """Select the entry holding *code*."""
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


def to_qdatetime(moment: datetime) -> QDateTime:
    """*moment* as a date-time field shows it: Almaty time, to the minute."""
    local = moment.astimezone(ALMATY)
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


def from_qdatetime(value: QDateTime) -> datetime:
    """What a date-time field holds, as a moment in Almaty time."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=ALMATY)


class FittingLabel(QLabel):
    """A wrapped label as tall as its text at the width it has.

    QLabel sizes wrapped text for a guessed width, and a form row keeps that height:
    a hint three lines long at the real width got the room of five, its text floating
    in the middle, away from the field it explains.
    """

    def sizeHint(self) -> QSize:  # noqa: N802
        """The guessed size, with the height the text needs at the label's real width."""
        hint = super().sizeHint()
        if self.wordWrap() and self.width() > 0 and self.text():
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Ask the layout again when the width (hence the height needed) changed."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


class ElidedLabel(QLabel):
    """One line of plain text elided where it does not fit, the whole value in its tooltip.

    A value with no space to wrap at (an email address) was cut mid-word in a narrow
    panel, with no sign that more followed. `text()` is the whole value, and the context
    menu's Copy copies it whole (a selection of the elided text would copy the "…").
    """

    def __init__(self, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def setText(self, text: str) -> None:  # noqa: N802
        """Show *text*, elided to the label's width."""
        self._full = text
        self._elide()
        self.updateGeometry()

    def text(self) -> str:
        """The whole value, as given (not as elided)."""
        return self._full

    def shown_text(self) -> str:
        """What the label shows now: the value, or its elided form."""
        return super().text()

    def is_elided(self) -> bool:
        """True when the value does not fit and is shown elided."""
        return self.shown_text() != self._full

    def sizeHint(self) -> QSize:  # noqa: N802
        """Room for the whole value on one line."""
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = (self.fontMetrics().horizontalAdvance(self._full) + margins.left()
                 + margins.right() + 2 * self.margin())
        return QSize(max(hint.width(), width), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """A few letters: the layout may make it narrower than the value."""
        hint = super().minimumSizeHint()
        return QSize(min(self.sizeHint().width(), self.fontMetrics().horizontalAdvance("W…W")),
                     hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Elide anew for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin()
        shown = (self.fontMetrics().elidedText(self._full, self._mode, width)
                 if width > 0 else self._full)
        if shown != super().text():
            super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        selected = self.selectedText() if self.hasSelectedText() else ""
        whole = self._full if self.is_elided() or not selected else selected
        menu.addAction(self.tr("Copy"), lambda: QApplication.clipboard().setText(whole))
        ask.run_menu(menu, self.mapToGlobal(pos))
        menu.deleteLater()


class ElidingComboBox(QComboBox):
    """A combo box whose field elides a long entry ("…") instead of cutting it mid-word,
    the whole entry in its tooltip, and whose list is as wide as its longest entry.

    Call `fit()` after filling it with its signals blocked (`fill_combo`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(self.fit)

    def fit(self) -> None:
        """The list as wide as the longest entry (within the screen); the tooltip names
        the entry chosen in full."""
        view = self.view()
        metrics = view.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                      default=0)
        room = (2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
                + 4 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16)
        screen = self.screen().availableGeometry().width() if self.screen() else longest + room
        view.setMinimumWidth(min(longest + room, screen))
        self.setToolTip(self.currentText())

    def showPopup(self) -> None:  # noqa: N802
        """Open the list, wide enough for every entry."""
        self.fit()
        super().showPopup()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Draw the box with the entry elided to the field's width."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        width = field.width() - (option.iconSize.width() + 4 if not option.currentIcon.isNull()
                                 else 0)
        option.currentText = self.fontMetrics().elidedText(option.currentText,
                                                           Qt.TextElideMode.ElideRight, width)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def note_label(text: str = "", kind: str = "hint") -> QLabel:
    """A wrapped label styled as a hint, a warning or an error (see style.qss)."""
    label = FittingLabel(text)
    label.setWordWrap(True)
    label.setObjectName(kind)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def restyle(label: QLabel, state: str) -> None:
    """Give a note label the style of *state* (hint, ok, warning, error; see style.qss)."""
    label.setObjectName(state)
    label.style().unpolish(label)
    label.style().polish(label)


class WrappingCheckDelegate(QStyledItemDelegate):
    """Wraps a check box item's text over as many lines as it needs, never eliding it.

    Qt measures a wrapped item's height over the whole row, forgetting the check box's
    room; a text a little longer than the rest of the row then gets one line and is
    painted elided ("Исключение персональных данных из общедоступных …").
    """

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """The height the text needs beside its check box."""
        opt = QStyleOptionViewItem(option)
        if index.flags() & Qt.ItemFlag.ItemIsUserCheckable and opt.rect.isValid():
            style = opt.widget.style() if opt.widget else QApplication.style()
            room = (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, opt, opt.widget)
                    + 2 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt,
                                            opt.widget) + 2)
            opt.rect.setWidth(max(1, opt.rect.width() - room))
        return super().sizeHint(opt, index)
