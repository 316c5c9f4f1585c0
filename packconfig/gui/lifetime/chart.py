"""State of health over years (QtCharts): capacity (%) on the left axis, resistance
(× new) on the right, the 80 % and 70 % lines. Values come from the core's
:class:`~packconfig.core.life.outputs.LifeSummary`; this view only plots them."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget


class LifeChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        super().__init__(chart, parent)
        self.setObjectName("lifeChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.capacity, self.resistance = QLineSeries(), QLineSeries()
        self.capacity.setPen(QPen(QColor("#1565c0"), 2.2))
        self.resistance.setPen(QPen(QColor("#c62828"), 1.8, Qt.PenStyle.DashLine))
        self.levels = [QLineSeries(), QLineSeries()]
        for line in self.levels:
            line.setPen(QPen(QColor("#9e9e9e"), 1, Qt.PenStyle.DotLine))
        self.x_axis, self.y_axis, self.r_axis = QValueAxis(), QValueAxis(), QValueAxis()
        self.x_axis.setLabelFormat("%d")
        self.y_axis.setLabelFormat("%d")
        self.r_axis.setLabelFormat("%.2f")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.r_axis, Qt.AlignmentFlag.AlignRight)
        for series in (self.capacity, *self.levels):
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        chart.addSeries(self.resistance)
        self.resistance.attachAxis(self.x_axis)
        self.resistance.attachAxis(self.r_axis)
        for line in self.levels:
            chart.legend().markers(line)[0].setVisible(False)
        self._show_axes(False)  # no ticks of an empty 0..1 range before a projection
        self.retranslate_ui()

    def _show_axes(self, shown: bool) -> None:
        for axis in (self.x_axis, self.y_axis, self.r_axis):
            axis.setVisible(shown)
        self.chart().legend().setVisible(shown)

    def has_axes(self) -> bool:
        """Whether the axes are shown (only with a curve on them)."""
        return self.x_axis.isVisible()

    def retranslate_ui(self) -> None:
        self.x_axis.setTitleText(self.tr("Years"))
        self.y_axis.setTitleText(self.tr("Capacity (% of new)"))
        self.r_axis.setTitleText(self.tr("Resistance (× new)"))
        self.capacity.setName(self.tr("Capacity"))
        self.resistance.setName(self.tr("Resistance"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_curve(self, years, capacity, resistance) -> None:
        """Plot capacity fractions and resistance factors against years."""
        self.capacity.replace([QPointF(float(y), float(c) * 100)
                               for y, c in zip(years, capacity, strict=True)])
        self.resistance.replace([QPointF(float(y), float(r))
                                 for y, r in zip(years, resistance, strict=True)])
        end = float(years[-1]) if len(years) else 1.0
        for line, level in zip(self.levels, (80, 70), strict=True):
            line.replace([QPointF(0, level), QPointF(end, level)])
        self.x_axis.setRange(0, end)
        self.x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.x_axis.setTickAnchor(0)
        self.x_axis.setTickInterval(next(step for step in (1, 2, 5, 10, 20) if end / step <= 10))
        low = min(60.0, float(min(capacity)) * 100 - 5) if len(capacity) else 60.0
        self.y_axis.setRange(max(0.0, low), 100)
        self.y_axis.applyNiceNumbers()
        top = float(max(resistance)) if len(resistance) else 1.5
        self.r_axis.setRange(1.0, max(1.5, top + 0.05))
        self.r_axis.applyNiceNumbers()
        self._show_axes(len(years) > 0)

    def clear(self) -> None:
        for series in (self.capacity, self.resistance, *self.levels):
            series.clear()
        self._show_axes(False)
