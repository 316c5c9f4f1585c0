"""Cost breakdown of one pack (QtCharts horizontal bars) from the core's cost lines."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from packconfig import display
from packconfig.core.commerce.costing import PackCost

#: Cost line keys (core ``CostLine.key``) -> label in the chart; unknown keys (user cost
#: components) keep the label from the settings.
LINE_LABELS = {
    "cells": QT_TRANSLATE_NOOP("CostChart", "Cells"),
    "module_hardware": QT_TRANSLATE_NOOP("CostChart", "Module hardware"),
    "junction_box": QT_TRANSLATE_NOOP("CostChart", "Junction box"),
    "pack_hardware": QT_TRANSLATE_NOOP("CostChart", "Pack hardware"),
    "bms": QT_TRANSLATE_NOOP("CostChart", "BMS"),
    "enclosure": QT_TRANSLATE_NOOP("CostChart", "Enclosure & structure"),
    "busbars": QT_TRANSLATE_NOOP("CostChart", "Busbars & interconnects"),
    "thermal": QT_TRANSLATE_NOOP("CostChart", "Thermal management"),
    "assembly": QT_TRANSLATE_NOOP("CostChart", "Assembly labour"),
    "eol_test": QT_TRANSLATE_NOOP("CostChart", "End-of-line testing"),
    "packaging": QT_TRANSLATE_NOOP("CostChart", "Packaging"),
}


def line_label(key: str, label: str) -> str:
    if key not in LINE_LABELS:
        return label
    text = QCoreApplication.translate("CostChart", LINE_LABELS[key])
    if key == "thermal" and label.endswith("(air)"):
        text = QCoreApplication.translate("CostChart", "Thermal management (air)")
    return text


class CostChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        super().__init__(chart, parent)
        self.setObjectName("costChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setToolTip(self.tr("Cost build-up of one pack, in the quote currency"))
        self._series: QHorizontalBarSeries | None = None
        self._axes: list = []
        self._shown: tuple[PackCost | None, str] = (None, "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.setToolTip(self.tr("Cost build-up of one pack, in the quote currency"))
        super().changeEvent(event)

    def show_cost(self, cost: PackCost | None, message: str = "",
                  language: str = "en") -> None:
        chart = self.chart()
        if self._series is not None:
            chart.removeSeries(self._series)
        for axis in self._axes:
            chart.removeAxis(axis)
        self._series, self._axes = None, []
        if cost is None:
            chart.setTitle(message)
            return
        rows = [(line_label(ln.key, ln.label) + (" *" if ln.estimated else ""), ln.amount)
                for ln in cost.lines]
        rows += [(self.tr("Overhead"), cost.overhead), (self.tr("Warranty"), cost.warranty)]
        rows = [r for r in rows if r[1].amount != 0][::-1]  # top to bottom
        bars = QBarSet(self.tr("Cost"))
        bars.setColor(QColor("#42a5f5"))
        bars.setBorderColor(QColor("#1e88e5"))
        for _label, money in rows:
            bars.append(float(money.amount))
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        cats = QBarCategoryAxis()
        cats.append([label for label, _m in rows])
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        values.setTitleText(cost.currency)
        top = max((float(m.amount) for _l, m in rows), default=1.0)
        values.setRange(0, top * 1.25)
        values.applyNiceNumbers()
        chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(cats)
        series.attachAxis(values)
        self._series, self._axes = series, [cats, values]
        chart.setTitle(self.tr("Unit cost %1 · list price %2").replace(
            "%1", display.money(cost.cost, language)).replace(
            "%2", display.money(cost.price, language)))
