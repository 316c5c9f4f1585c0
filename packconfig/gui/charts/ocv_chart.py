"""Pack open-circuit voltage vs state of charge (QtCharts): chemistry OCV × S, with the
usable SOC window shaded. The curve values come from :meth:`Chemistry.ocv` and the
pack's cell count in series; this view only plots them."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from packconfig.core.pack.physics import DischargeCurve


class OcvChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        super().__init__(chart, parent)
        self.setObjectName("ocvChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._line = QLineSeries()
        self._line.setPen(QPen(QColor("#1565c0"), 2.2))
        self._lo, self._hi = QLineSeries(), QLineSeries()
        self._window = QAreaSeries(self._hi, self._lo)
        self._window.setBrush(QColor(76, 175, 80, 45))
        self._window.setPen(QPen(Qt.PenStyle.NoPen))
        chart.addSeries(self._window)
        chart.addSeries(self._line)
        self.x_axis, self.y_axis = QValueAxis(), QValueAxis()
        self.x_axis.setRange(0, 100)
        self.x_axis.setLabelFormat("%d")
        self.y_axis.setLabelFormat("%.0f")
        for axis, side in ((self.x_axis, Qt.AlignmentFlag.AlignBottom),
                           (self.y_axis, Qt.AlignmentFlag.AlignLeft)):
            chart.addAxis(axis, side)
            self._line.attachAxis(axis)
            self._window.attachAxis(axis)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.x_axis.setTitleText(self.tr("State of charge (%)"))
        self.y_axis.setTitleText(self.tr("Pack OCV (V)"))
        self.setToolTip(self.tr("Pack open-circuit voltage against state of charge "
                                "(chemistry OCV curve × S); shaded: usable SOC window"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_curve(self, curve: DischargeCurve, series: int, name: str) -> None:
        """Plot a core :class:`DischargeCurve` (pack OCV vs SOC) with its usable window."""
        soc, volts = curve.soc, curve.voltage.to("V").magnitude
        self._line.replace([QPointF(s * 100, v) for s, v in zip(soc, volts, strict=True)])
        lo, hi = float(volts.min()), float(volts.max())
        pad = max((hi - lo) * 0.08, 0.05 * series)
        self.y_axis.setRange(lo - pad, hi + pad)
        self.y_axis.applyNiceNumbers()
        bottom = self.y_axis.min()
        mask = (soc >= curve.soc_min - 1e-9) & (soc <= curve.soc_max + 1e-9)
        self._hi.replace([QPointF(s * 100, v) for s, v in zip(soc[mask], volts[mask],
                                                               strict=True)])
        self._lo.replace([QPointF(s * 100, bottom) for s in soc[mask]])
        self.chart().setTitle(self.tr("%1 · %2S").replace("%1", name)
                              .replace("%2", str(series)))
