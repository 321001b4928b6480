"""The list of views on the left: each view's name with its count drawn as a badge."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .models import ViewsModel

Index = QModelIndex | QPersistentModelIndex

BADGE_COLOURS = {"overdue": ("#b3261e", "#ffffff"), "due_today": ("#c77700", "#ffffff")}


class ViewDelegate(QStyledItemDelegate):
    """Paints a view's name and, on the right, its count (red for overdue, amber for today)."""

    #: Space left of the name and right of the badge, the badge's least room, and the
    #: least gap between the name and a wide badge («2 000»).
    MARGINS = (12, 10)
    BADGE_ROOM = 44
    GAP = 8

    @staticmethod
    def _badge_font(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    def _badge_width(self, font: QFont, count: int) -> int:
        """The badge's width for *count*, written as the language groups it."""
        text = QLocale().toString(count)  # 1 976 in kk and ru, 1,976 in en
        return max(QFontMetrics(self._badge_font(font)).horizontalAdvance(text) + 14, 26)

    def _text_width(self, total: int, badge_width: int) -> int:
        """The name's width: the row's, less the margins and the badge with its gap."""
        room = max(self.BADGE_ROOM, badge_width + self.GAP)
        return max(60, total - self.MARGINS[0] - self.MARGINS[1] - room)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """A comfortable row height; a long name (Kazakh, Russian) wraps onto two lines."""
        size = super().sizeHint(option, index)
        view = self.parent()
        width = view.viewport().width() if view is not None else size.width()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        badge_width = self._badge_width(option.font, int(index.data(ViewsModel.CountRole) or 0))
        bounds = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, self._text_width(width, badge_width), 1000),
            int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, max(option.fontMetrics.height() + 16, bounds.height() + 12))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Name on the left, count badge on the right."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        count = int(index.data(ViewsModel.CountRole) or 0)
        view = index.data(ViewsModel.KeyRole)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        painter.save()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        badge_text = QLocale().toString(count)  # 1 976 in kk and ru, 1,976 in en
        bold = self._badge_font(opt.font)
        badge_w = self._badge_width(opt.font, count)
        badge_h = QFontMetrics(bold).height() + 4
        rect = opt.rect.adjusted(self.MARGINS[0], 0, -self.MARGINS[1], 0)
        badge = QRect(rect.right() - badge_w, rect.center().y() - badge_h // 2 + 1,
                      badge_w, badge_h)
        colours = BADGE_COLOURS.get(view) if count else None
        if colours:
            bg, fg = QColor(colours[0]), QColor(colours[1])
        else:
            bg = opt.palette.color(QPalette.ColorRole.Mid)
            bg.setAlpha(70)
            fg = opt.palette.color(QPalette.ColorRole.Text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(badge, badge_h / 2, badge_h / 2)
        painter.setFont(bold)
        painter.setPen(fg)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
        painter.setFont(opt.font)
        # The selected row's background is light (style.qss), so the text stays dark.
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(foreground.color() if foreground is not None
                       else opt.palette.color(QPalette.ColorRole.Text))
        # The name keeps its weight when selected, so it wraps the same way sizeHint measured.
        text_rect = QRect(rect.left(), rect.top(), self._text_width(opt.rect.width(), badge_w),
                          rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
                                        | Qt.TextFlag.TextWordWrap), text)
        painter.restore()


class ViewList(QListView):
    """The views, one click away."""

    def __init__(self, model: ViewsModel) -> None:
        super().__init__()
        self.setObjectName("viewList")
        self.setModel(model)
        self.setItemDelegate(ViewDelegate(self))
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(False)
        self.setMouseTracking(True)
