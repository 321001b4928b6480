"""The dashboard: open, due soon and overdue counts, timeliness, and requests per month.

QtCharts is imported here only, and this module only when the dashboard is opened, so
the window starts without it.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.store import Register, views

from . import i18n

#: One colour per request type, distinguishable and calm.
TYPE_COLOURS = {
    "access": "#2f6f9f", "correction": "#5b8e3e", "blocking": "#c07a12",
    "unblocking": "#d9a441", "deletion": "#b3412e", "withdrawal": "#7a4f9a",
    "objection": "#3c8c8c", "public_source": "#8a6d4b", "portability": "#5f7fbf",
    "other": "#8c8c8c",
}


def _months(first: str, last: str) -> str:
    """The chart's period ("YYYY-MM" to "YYYY-MM") as each language writes it after a comma.

    Month names in lower case (Qt's standalone names are capitalised in Kazakh), and
    Kazakh puts the year first: «2026 ж. қаңтар – желтоқсан», «2025 жылғы наурыз – 2026
    жылғы ақпан»; Russian «март 2025 – февраль 2026»; English "March 2025 – February 2026".
    """
    locale, lang = i18n.qlocale(), i18n.current()

    def month(value: str) -> str:
        name = locale.standaloneMonthName(int(value[5:]), QLocale.FormatType.LongFormat)
        return name if lang == "en" else name.lower()

    start, end, y1, y2 = month(first), month(last), first[:4], last[:4]
    if lang == "kk":
        if y1 == y2:
            return f"{y1} ж. {start} – {end}"
        return f"{y1} жылғы {start} – {y2} жылғы {end}"
    return f"{start} {y1} – {end} {y2}"


def integer_ticks(top: int, most: int = 8) -> tuple[int, int]:
    """The step and the number of steps of a count axis reaching above *top*.

    Every tick is a whole number at its true place: the step is 1, 2 or 5 times a power
    of ten, the fewest ticks that leave room above the highest bar, at most *most* steps
    (a step of 1.86 printed as "%d" read 0, 1, 3, 5, 7 at the wrong heights).
    """
    need = max(top + 1, 4)  # the highest bar never touches the top; an empty chart has 4
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            steps = -(-need // step)  # ceiling
            if steps <= most:
                return step, steps
        magnitude *= 10


class StatCard(QFrame):
    """One figure with its caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.value = QLabel(objectName="statValue")
        self.caption = QLabel(objectName="statCaption")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)

    def set(self, value: str, caption: str, state: str = "") -> None:
        """Show *value* with *caption*; *state* "alert" colours it."""
        self.value.setText(value)
        self.caption.setText(caption)
        self.value.setProperty("state", state)
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)


class Dashboard(QDialog):
    """A window of figures and a chart over the register; refreshed each time it is shown."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setObjectName("dashboard")
        self.setModal(False)
        self.resize(1180, 720)
        self.stats: views.Dashboard | None = None
        self.cards = [StatCard() for _ in range(6)]  # the sixth: incidents
        self.incidents: dict[str, int] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, card in enumerate(self.cards):
            grid.addWidget(card, 0, i)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.chart.legend().setMaximumWidth(380)
        self.chart.setMargins(QMargins(6, 6, 6, 6))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_title = QLabel(objectName="sectionTitle")
        self.note = QLabel(objectName="hint")
        self.note.setWordWrap(True)
        self.per_type: dict[str, dict[str, int]] = {}
        self.per_type_label = QLabel(objectName="hint")
        self.per_type_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.per_type_label)
        layout.addSpacing(8)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(self.note)
        self.refresh()

    def refresh(self) -> None:
        """Recompute every figure and the chart."""
        self.stats = views.dashboard(self.register)
        from datetime import date

        from app.services.incidents import open_incidents_due
        from app.services.report import on_time_by_type

        self.per_type = on_time_by_type(self.register,
                                        date.fromisoformat(self.stats.months[0] + "-01"),
                                        self.register.today())

        self.incidents = {**self.register.incident_counts(),
                          "due": len(open_incidents_due(self.register))}
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts and chart labels in the interface language."""
        s = self.stats
        assert s is not None
        self.setWindowTitle(self.tr("Dashboard — {0}").format(self.register.path.stem))
        rate = f"{s.on_time_rate * 100:.0f} %" if s.on_time_rate is not None else "—"
        median = (QLocale().toString(float(s.median_working_days), "g", 3)
                  if s.median_working_days is not None else "—")
        count = QLocale().toString  # 1 976 in kk and ru
        self.cards[0].set(count(s.open), self.tr("Open requests"))
        self.cards[1].set(count(s.due_soon), self.tr("Due within 3 working days"),
                          "warn" if s.due_soon else "")
        self.cards[2].set(count(s.overdue), self.tr("Overdue"), "alert" if s.overdue else "")
        self.cards[3].set(rate, self.tr("Answered on time, last 12 months (%Ln answered)", "",
                                        s.answered))
        self.cards[4].set(median, self.tr("Median working days to answer"))
        self.cards[5].set(count(self.incidents.get("open", 0)),
                          self.tr("Open incidents (%Ln in all)", "",
                                  self.incidents.get("total", 0)),
                          "alert" if self.incidents.get("due") else "")
        self.per_type_label.setText(self._per_type_text())
        self.chart_title.setText(self.tr("Requests per month by right requested, {0}")
                                 .format(_months(s.months[0], s.months[-1])))
        self.note.setText(self.tr("A request counts as answered on time when every right in it "
                                  "was answered by its own due date; withdrawn requests are "
                                  "left out.", "handled, including by a reasoned refusal"))
        self._draw_chart(s)

    def _per_type_text(self) -> str:
        """Per right: the share of rights due so far whose reply was sent by the due date."""
        parts = []
        for code, n in self.per_type.items():
            due = n["on_time"] + n["answered_late"] + n["open_late"]
            if due:
                parts.append(self.tr("{0}: {1} % ({2} of {3})").format(
                    i18n.short_type_name(code), round(100 * n["on_time"] / due),
                    n["on_time"], due))
        return self.tr("Replies sent by the due date, by right, last 12 months: {0}").format(
            "; ".join(parts) if parts else "—")

    def _draw_chart(self, s: views.Dashboard) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        series = QStackedBarSeries()
        for code in TYPE_COLOURS:
            counts = s.per_month.get(code)
            if not counts or not any(counts):
                continue
            bar = QBarSet(i18n.short_type_name(code))
            bar.setColor(QColor(TYPE_COLOURS[code]))
            bar.setBorderColor(QColor(TYPE_COLOURS[code]))
            bar.append([float(n) for n in counts])
            series.append(bar)
        series.setBarWidth(0.6)
        self.chart.addSeries(series)
        locale = i18n.qlocale()
        # Month names only, so they fit under narrow bars; the title gives the years.
        labels = [locale.standaloneMonthName(int(m[5:]), QLocale.FormatType.ShortFormat)
                  for m in s.months]
        x = QBarCategoryAxis()
        x.append(labels)
        y = QValueAxis()
        top = max([sum(col) for col in zip(*s.per_month.values(), strict=True)] or [0])
        step, steps = integer_ticks(top)
        y.setRange(0, step * steps)
        y.setLabelFormat("%d")
        y.setTickCount(steps + 1)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self.chart.legend().setVisible(series.count() > 0)
