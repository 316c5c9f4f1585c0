"""The requirements form (unit-aware line edits checked with the core parser) and the
price-vs-mass Pareto chart."""

from __future__ import annotations

import math

from PySide6.QtCharts import QChart, QChartView, QScatterSeries, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from packconfig.core import messages
from packconfig.core.errors import PackconfigError
from packconfig.core.explore.requirements import OBJECTIVES, Requirements, requirements_from_text
from packconfig.core.explore.results import SearchResult
from packconfig.core.money import CURRENCIES
from packconfig.gui.i18n import current_language

#: (Requirements field, label, placeholder: an example, or the default of an empty field)
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("min_voltage", QT_TRANSLATE_NOOP("RequirementsForm", "Min nominal voltage"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 350 V")),
    ("max_voltage", QT_TRANSLATE_NOOP("RequirementsForm", "Max nominal voltage"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 420 V")),
    ("max_charge_voltage", QT_TRANSLATE_NOOP("RequirementsForm", "Max charge voltage"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 470 V")),
    ("min_cutoff_voltage", QT_TRANSLATE_NOOP("RequirementsForm", "Min cut-off voltage"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 280 V")),
    ("min_energy_usable", QT_TRANSLATE_NOOP("RequirementsForm", "Min usable energy"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 60 kWh")),
    ("min_energy", QT_TRANSLATE_NOOP("RequirementsForm", "Min nominal energy"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 70 kWh")),
    ("min_capacity", QT_TRANSLATE_NOOP("RequirementsForm", "Min capacity"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 150 A*h")),
    ("min_power", QT_TRANSLATE_NOOP("RequirementsForm", "Min continuous power"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 150 kW")),
    ("min_current", QT_TRANSLATE_NOOP("RequirementsForm", "Min continuous current"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 400 A")),
    ("min_charge_power", QT_TRANSLATE_NOOP("RequirementsForm", "Min charge power"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 50 kW")),
    ("max_mass", QT_TRANSLATE_NOOP("RequirementsForm", "Max mass"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 500 kg")),
    ("max_volume", QT_TRANSLATE_NOOP("RequirementsForm", "Max volume"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 300 L")),
    ("max_length", QT_TRANSLATE_NOOP("RequirementsForm", "Max length"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 1800 mm")),
    ("max_width", QT_TRANSLATE_NOOP("RequirementsForm", "Max width"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 1200 mm")),
    ("max_height", QT_TRANSLATE_NOOP("RequirementsForm", "Max height"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 200 mm")),
    ("max_price", QT_TRANSLATE_NOOP("RequirementsForm", "Max unit price"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 80000 CNY")),
    ("chemistries", QT_TRANSLATE_NOOP("RequirementsForm", "Chemistries"),
     QT_TRANSLATE_NOOP("RequirementsForm", "any, or e.g. LFP, NMC")),
    ("formats", QT_TRANSLATE_NOOP("RequirementsForm", "Formats"),
     QT_TRANSLATE_NOOP("RequirementsForm", "any, or cylindrical, prismatic, pouch, 21700")),
    ("manufacturers", QT_TRANSLATE_NOOP("RequirementsForm", "Manufacturers"),
     QT_TRANSLATE_NOOP("RequirementsForm", "any, or e.g. CATL, EVE")),
    ("series", QT_TRANSLATE_NOOP("RequirementsForm", "Series range"),
     QT_TRANSLATE_NOOP("RequirementsForm", "1-400 (default)")),
    ("parallel", QT_TRANSLATE_NOOP("RequirementsForm", "Parallel range"),
     QT_TRANSLATE_NOOP("RequirementsForm", "1-200 (default)")),
)
#: Objective keys (core ``OBJECTIVES``) -> name in the "Sort by" list.
OBJECTIVE_LABELS = {
    "price": QT_TRANSLATE_NOOP("RequirementsForm", "unit price"),
    "mass": QT_TRANSLATE_NOOP("RequirementsForm", "pack mass"),
    "volume": QT_TRANSLATE_NOOP("RequirementsForm", "pack volume"),
    "gravimetric": QT_TRANSLATE_NOOP("RequirementsForm", "pack energy density (mass)"),
    "volumetric": QT_TRANSLATE_NOOP("RequirementsForm", "pack energy density (volume)"),
    "price_per_kwh": QT_TRANSLATE_NOOP("RequirementsForm", "price per usable kWh"),
}
INVALID_STYLE = "QLineEdit { background: #ffe0e0; }"
#: What the "Example" button fills in: a 400-V class vehicle pack (the values of the
#: README's explorer example). An empty field is no requirement.
EXAMPLE: dict[str, str] = {"min_voltage": "350 V", "max_voltage": "420 V",
                           "min_energy_usable": "60 kWh", "min_power": "150 kW",
                           "max_mass": "500 kg"}
#: Placeholder text colour: lighter than any entered value, so an empty field does not
#: read as a requirement.
PLACEHOLDER_COLOUR = "#a0a0a0"


class RequirementsForm(QWidget):
    """Line edits for every requirement. Each field is checked as you type with the
    core parser (``parse_quantity`` naming the field); an invalid one is shaded and
    its tooltip says why. ``validityChanged(bool)`` follows the whole form."""

    validityChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        main = QWidget(self)
        layout = QFormLayout(main)
        outer.addWidget(main)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER_COLOUR))
        self.setPalette(palette)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, str] = {}
        self._row_labels: dict[str, QLabel] = {}
        for name, _label, _example in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.textChanged.connect(lambda _t, n=name: self._check(n))
            self._row_labels[name] = QLabel(self)
            layout.addRow(self._row_labels[name], edit)
            self.edits[name] = edit
        self.sort = QComboBox(self)
        for key, (label, _k, _d) in OBJECTIVES.items():
            self.sort.addItem(label, key)
        self._row_labels["sort"] = QLabel(self)
        layout.addRow(self._row_labels["sort"], self.sort)
        self.currency = QComboBox(self)
        self.currency.addItems(sorted(CURRENCIES))
        self.currency.setCurrentText("CNY")
        self._row_labels["currency"] = QLabel(self)
        layout.addRow(self._row_labels["currency"], self.currency)
        self._add_groups(outer)
        self.retranslate_ui()

    def _add_groups(self, outer: QVBoxLayout) -> None:
        """The collapsible Modules, In use and Lifetime groups (form_groups.py)."""
        from packconfig.gui.explorer.form_groups import InUseGroup, LifetimeGroup, ModulesGroup

        self.modules, self.in_use, self.lifetime = (ModulesGroup(self), InUseGroup(self),
                                                    LifetimeGroup(self))
        self.groups = (self.modules, self.in_use, self.lifetime)
        for name, edit in self.modules.edits.items():  # Requirements fields, as the others
            self.edits[name] = edit
            edit.textChanged.connect(lambda _t, n=name: self._check(n))
        self.group_edits = {**self.in_use.edits, **self.lifetime.edits}
        for group in (self.in_use, self.lifetime):
            for name, edit in group.edits.items():
                edit.textChanged.connect(lambda _t, n=name, g=group: self._check_group(g, n))
            group.changed.connect(lambda g=group: self._titles())
        self.modules.changed.connect(self._titles)
        for group in self.groups:
            outer.addWidget(group)
        outer.addStretch(1)

    def width_hint(self) -> int:
        """The width the form needs with every group open (the groups start closed)."""
        bodies = [g.body.sizeHint().width() + g.form.contentsMargins().left()
                  for g in self.groups]
        return max(self.sizeHint().width(), *bodies)

    def _titles(self) -> None:
        for group in self.groups:
            group.retranslate()

    def _check_group(self, group, name: str) -> None:
        try:
            group.check(name)
        except PackconfigError as exc:
            self.errors[name] = messages.text(exc, current_language())
        else:
            self.errors.pop(name, None)
        edit = self.group_edits[name]
        error = self.errors.get(name)
        edit.setStyleSheet(INVALID_STYLE if error else "")
        edit.setToolTip(error or "")
        edit.setProperty("invalid", bool(error))
        self.validityChanged.emit(not self.errors)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Labels, examples and sort names in the current language."""
        for name, label, example in FIELDS:
            self._row_labels[name].setText(QCoreApplication.translate("RequirementsForm", label))
            self.edits[name].setPlaceholderText(
                QCoreApplication.translate("RequirementsForm", example))
        for i in range(self.sort.count()):
            key = self.sort.itemData(i)
            if key in OBJECTIVE_LABELS:
                self.sort.setItemText(
                    i, QCoreApplication.translate("RequirementsForm", OBJECTIVE_LABELS[key]))
        self._row_labels["sort"].setText(self.tr("Sort by"))
        self._row_labels["currency"].setText(self.tr("Currency"))
        self._titles()

    def _labels(self) -> dict[str, str]:
        """Field names as shown (they name the field in error messages)."""
        from packconfig.gui.explorer.form_groups import MODULE_FIELDS

        return {name: QCoreApplication.translate("RequirementsForm", label)
                for name, label, _e in FIELDS + MODULE_FIELDS}

    def _check(self, name: str) -> None:
        text = self.edits[name].text()
        try:
            requirements_from_text({name: text}, self._labels())
        except PackconfigError as exc:
            self.errors[name] = messages.text(exc, current_language())
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
            (self.edits.get(name) or self.group_edits[name]).setText(text)

    def fill_example(self) -> None:
        """Clear the form, then fill in :data:`EXAMPLE`."""
        self.clear()
        self.set_values(EXAMPLE)

    def clear(self) -> None:
        """Empty every field (no requirement)."""
        for edit in [*self.edits.values(), *self.group_edits.values()]:
            edit.clear()
        self.in_use.runs.setChecked(False)

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}

    def requirements(self) -> Requirements:
        """The requirements (raises InputError naming the first bad field; the whole
        form is checked, so window checks such as min > max are caught too), with the
        Lifetime group's requirement."""
        values: dict[str, object] = dict(self.values())
        values["life"] = self.lifetime.requirement()
        return requirements_from_text(values, self._labels())

    def sim_requirements(self):
        """The In use group's simulated requirements, or None."""
        return self.in_use.requirements()

    @property
    def objective(self) -> str:
        return str(self.sort.currentData())


class ParetoChart(QChartView):
    """Price vs pack mass of the returned designs, the Pareto front highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_ = QChart()
        self.designs = QScatterSeries()
        self.designs.setMarkerSize(6)
        self.front = QScatterSeries()
        self.front.setMarkerSize(11)
        self.front.setColor(Qt.GlobalColor.red)
        for series in (self.designs, self.front):
            self.chart_.addSeries(series)
        self.ax = QValueAxis()
        self.ay = QValueAxis()
        self._currency: str | None = None
        self.chart_.addAxis(self.ax, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.ay, Qt.AlignmentFlag.AlignLeft)
        for series in (self.designs, self.front):
            series.attachAxis(self.ax)
            series.attachAxis(self.ay)
        self.setChart(self.chart_)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        # legend beside the plot, so the vertical axis title has the full height
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.ax.setLabelFormat("%.0f")
        self.ay.setLabelFormat("%.0f")
        # until a search has plotted something: a message instead of empty axes
        self.empty = QLabel(self.viewport())
        self.empty.setObjectName("paretoEmptyLabel")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        palette = self.empty.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#777"))
        self.empty.setPalette(palette)
        self._empty_key = "start"
        self._set_empty("start")
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.empty.setGeometry(self.viewport().rect().adjusted(24, 24, -24, -24))

    def _empty_text(self) -> str:
        return {"start": self.tr("No search yet. Enter requirements (or press Example) "
                                 "and press Search: each design found is plotted here by "
                                 "unit price and pack mass."),
                "none": self.tr("No design meets the requirements: nothing to plot. The "
                                "summary below says what to relax."),
                "unpriced": self.tr("The designs found have no price: nothing to plot "
                                    "by price.")}.get(self._empty_key, "")

    def _set_empty(self, key: str | None) -> None:
        """Show the empty state ``key`` ("start", "none", "unpriced") instead of the
        axes, or (None) the plot."""
        self._empty_key = key or ""
        plotted = key is None
        for axis in (self.ax, self.ay):
            axis.setVisible(plotted)
        for series in (self.designs, self.front):
            series.setVisible(plotted)
        self.chart_.legend().setVisible(plotted)
        self.empty.setText(self._empty_text())
        self.empty.setVisible(not plotted)

    def is_empty(self) -> bool:
        """Whether the chart shows its empty state instead of a plot."""
        return bool(self._empty_key)

    def retranslate_ui(self) -> None:
        self.empty.setText(self._empty_text())
        self.chart_.setTitle(self.tr("Price vs mass"))
        self.designs.setName(self.tr("designs"))
        self.front.setName(self.tr("Pareto front (price, mass, volume)"))
        self.ax.setTitleText(self.tr("unit price (%1)").replace("%1", self._currency)
                             if self._currency else self.tr("unit price"))
        self.ay.setTitleText(self.tr("pack mass (kg)"))

    def show_result(self, result: SearchResult | None) -> None:
        self.designs.clear()
        self.front.clear()
        if result is None or len(result) == 0:
            self._set_empty("start" if result is None else "none")
            return
        if result.currency is None:
            self._set_empty("unpriced")
            return
        a = result.arrays
        scale = 10.0 ** CURRENCIES[result.currency]
        xs, ys = a["price_minor"] / scale, a["mass_pack"]
        ok = (a["price_minor"] >= 0) & [math.isfinite(v) for v in ys]
        pts_all = [(float(x), float(y)) for x, y, k in zip(xs, ys, ok, strict=True) if k]
        if not pts_all:
            self._set_empty("unpriced")
            return
        self._set_empty(None)
        front = [(float(x), float(y)) for x, y, k, f in zip(xs, ys, ok, a["pareto"],
                                                            strict=True) if k and f]
        self.designs.append([_point(x, y) for x, y in pts_all])
        self.front.append([_point(x, y) for x, y in front])
        self._currency = result.currency
        self.ax.setTitleText(self.tr("unit price (%1)").replace("%1", result.currency))
        lo_x, hi_x = min(x for x, _ in pts_all), max(x for x, _ in pts_all)
        lo_y, hi_y = min(y for _, y in pts_all), max(y for _, y in pts_all)
        pad_x, pad_y = (hi_x - lo_x) * 0.05 or 1.0, (hi_y - lo_y) * 0.05 or 1.0
        self.ax.setRange(lo_x - pad_x, hi_x + pad_x)
        self.ay.setRange(lo_y - pad_y, hi_y + pad_y)
        self.ax.applyNiceNumbers()
        self.ay.applyNiceNumbers()


def _point(x: float, y: float):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)
