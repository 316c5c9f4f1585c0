"""The requirements form (unit-aware line edits checked with the core parser) and the
price-vs-mass Pareto chart."""

from __future__ import annotations

import math

from PySide6.QtCharts import QChart, QChartView, QScatterSeries, QValueAxis
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from packconfig.core.errors import PackconfigError
from packconfig.core.explorer import OBJECTIVES, Requirements, requirements_from_text
from packconfig.core.explorer_result import SearchResult
from packconfig.core.money import CURRENCIES

#: (Requirements field, label, placeholder example)
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("min_voltage", "Min nominal voltage", "350 V"),
    ("max_voltage", "Max nominal voltage", "420 V"),
    ("max_charge_voltage", "Max charge voltage", "e.g. 470 V"),
    ("min_cutoff_voltage", "Min cut-off voltage", "e.g. 280 V"),
    ("min_energy_usable", "Min usable energy", "60 kWh"),
    ("min_energy", "Min nominal energy", "e.g. 70 kWh"),
    ("min_capacity", "Min capacity", "e.g. 150 A*h"),
    ("min_power", "Min continuous power", "150 kW"),
    ("min_current", "Min continuous current", "e.g. 400 A"),
    ("min_charge_power", "Min charge power", "e.g. 50 kW"),
    ("max_mass", "Max mass", "450 kg"),
    ("max_volume", "Max volume", "e.g. 300 L"),
    ("max_length", "Max length", "e.g. 1800 mm"),
    ("max_width", "Max width", "e.g. 1200 mm"),
    ("max_height", "Max height", "e.g. 200 mm"),
    ("max_price", "Max unit price", "e.g. 80000 CNY"),
    ("chemistries", "Chemistries", "any, or e.g. LFP, NMC"),
    ("formats", "Formats", "any, or cylindrical, prismatic, pouch, 21700"),
    ("manufacturers", "Manufacturers", "any, or e.g. CATL, EVE"),
    ("series", "Series range", "1-400"),
    ("parallel", "Parallel range", "1-200"),
)
INVALID_STYLE = "QLineEdit { background: #ffe0e0; }"


class RequirementsForm(QWidget):
    """Line edits for every requirement. Each field is checked as you type with the
    core parser (``parse_quantity`` naming the field); an invalid one is shaded and
    its tooltip says why. ``validityChanged(bool)`` follows the whole form."""

    validityChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, str] = {}
        for name, label, example in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.setPlaceholderText(example)
            edit.textChanged.connect(lambda _t, n=name: self._check(n))
            layout.addRow(label, edit)
            self.edits[name] = edit
        self.sort = QComboBox(self)
        for key, (label, _k, _d) in OBJECTIVES.items():
            self.sort.addItem(label, key)
        layout.addRow("Sort by", self.sort)
        self.currency = QComboBox(self)
        self.currency.addItems(sorted(CURRENCIES))
        self.currency.setCurrentText("CNY")
        layout.addRow("Currency", self.currency)

    def _labels(self) -> dict[str, str]:
        return {name: label for name, label, _e in FIELDS}

    def _check(self, name: str) -> None:
        text = self.edits[name].text()
        try:
            requirements_from_text({name: text}, self._labels())
        except PackconfigError as exc:
            self.errors[name] = str(exc)
        else:
            self.errors.pop(name, None)
        self._mark(name)
        self.validityChanged.emit(not self.errors)

    def _mark(self, name: str) -> None:
        edit = self.edits[name]
        error = self.errors.get(name)
        edit.setStyleSheet(INVALID_STYLE if error else "")
        edit.setToolTip(error or "")
        edit.setProperty("invalid", bool(error))

    def set_values(self, values: dict[str, str]) -> None:
        for name, text in values.items():
            self.edits[name].setText(text)

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}

    def requirements(self) -> Requirements:
        """The requirements (raises InputError naming the first bad field; the whole
        form is checked, so window checks such as min > max are caught too)."""
        return requirements_from_text(self.values(), self._labels())

    @property
    def objective(self) -> str:
        return str(self.sort.currentData())


class ParetoChart(QChartView):
    """Price vs pack mass of the returned designs, the Pareto front highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_ = QChart()
        self.chart_.setTitle("Price vs mass")
        self.designs = QScatterSeries()
        self.designs.setName("designs")
        self.designs.setMarkerSize(6)
        self.front = QScatterSeries()
        self.front.setName("Pareto front (price, mass, volume)")
        self.front.setMarkerSize(11)
        self.front.setColor(Qt.GlobalColor.red)
        for series in (self.designs, self.front):
            self.chart_.addSeries(series)
        self.ax = QValueAxis()
        self.ax.setTitleText("unit price")
        self.ay = QValueAxis()
        self.ay.setTitleText("pack mass (kg)")
        self.chart_.addAxis(self.ax, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.ay, Qt.AlignmentFlag.AlignLeft)
        for series in (self.designs, self.front):
            series.attachAxis(self.ax)
            series.attachAxis(self.ay)
        self.setChart(self.chart_)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)

    def show_result(self, result: SearchResult | None) -> None:
        self.designs.clear()
        self.front.clear()
        if result is None or result.currency is None or len(result) == 0:
            return
        a = result.arrays
        scale = 10.0 ** CURRENCIES[result.currency]
        xs, ys = a["price_minor"] / scale, a["mass_pack"]
        ok = (a["price_minor"] >= 0) & [math.isfinite(v) for v in ys]
        pts_all = [(float(x), float(y)) for x, y, k in zip(xs, ys, ok, strict=True) if k]
        if not pts_all:
            return
        front = [(float(x), float(y)) for x, y, k, f in zip(xs, ys, ok, a["pareto"],
                                                            strict=True) if k and f]
        self.designs.append([_point(x, y) for x, y in pts_all])
        self.front.append([_point(x, y) for x, y in front])
        self.ax.setTitleText(f"unit price ({result.currency})")
        lo_x, hi_x = min(x for x, _ in pts_all), max(x for x, _ in pts_all)
        lo_y, hi_y = min(y for _, y in pts_all), max(y for _, y in pts_all)
        pad_x, pad_y = (hi_x - lo_x) * 0.05 or 1.0, (hi_y - lo_y) * 0.05 or 1.0
        self.ax.setRange(lo_x - pad_x, hi_x + pad_x)
        self.ay.setRange(lo_y - pad_y, hi_y + pad_y)


def _point(x: float, y: float):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)
