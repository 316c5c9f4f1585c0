"""Time-series charts of the Performance page (QtCharts); they only plot core arrays."""

from __future__ import annotations

import numpy as np
from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

MAX_POINTS = 2000  # decimated for drawing; the data keep every step


class TimeChart(QChartView):
    """One quantity against time (hours or minutes)."""

    def __init__(self, name: str, color: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(2, 2, 2, 2))
        super().__init__(chart, parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.line = QLineSeries()
        self.line.setPen(QPen(QColor(color), 1.6))
        chart.addSeries(self.line)
        self.x_axis, self.y_axis = QValueAxis(), QValueAxis()
        for axis, side in (
            (self.x_axis, Qt.AlignmentFlag.AlignBottom),
            (self.y_axis, Qt.AlignmentFlag.AlignLeft),
        ):
            chart.addAxis(axis, side)
            self.line.attachAxis(axis)
            axis.setVisible(False)  # no ticks of an empty 0..1 range before a run
        self.setMinimumHeight(160)

    def plot(self, x: np.ndarray, y: np.ndarray, x_title: str, y_title: str) -> None:
        keep = np.isfinite(x) & np.isfinite(y)
        x, y = x[keep], y[keep]
        if x.size > MAX_POINTS:
            pick = np.linspace(0, x.size - 1, MAX_POINTS).astype(int)
            x, y = x[pick], y[pick]
        self.line.replace([QPointF(float(a), float(b)) for a, b in zip(x, y, strict=True)])
        if x.size:
            self.x_axis.setRange(float(x.min()), float(max(x.max(), x.min() + 1e-9)))
            lo, hi = float(y.min()), float(y.max())
            pad = max((hi - lo) * 0.08, abs(hi) * 0.01, 1e-3)
            self.y_axis.setRange(lo - pad, hi + pad)
            self.y_axis.applyNiceNumbers()
        self.x_axis.setTitleText(x_title)
        self.y_axis.setTitleText(y_title)
        for axis in (self.x_axis, self.y_axis):
            axis.setVisible(bool(x.size))

    def points(self) -> int:
        return self.line.count()
