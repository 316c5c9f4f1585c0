"""The requirements form's collapsible groups: "Modules" (issue 15), "In use" (issue 16,
the simulated requirements) and "Lifetime" (issue 17) — requirements the core and the
CLI (``packconfig search``) have, in the window.

Each group is a header button (``modulesGroupButton``, ``inUseGroupButton``,
``lifetimeGroupButton``: collapsed by default so the form fits 1024 × 600; the header
counts the requirements set inside) over a form of fields. Every field is checked as
you type with the core's parsers (a bad value is shaded, its tooltip and the status
line say why, in the interface language: coded errors through ``core/messages``).
:meth:`InUseGroup.requirements` and :meth:`LifetimeGroup.requirement` build the core's
:class:`~packconfig.core.explore.sim_rules.SimRequirements` and
:class:`~packconfig.core.explore.life_rules.LifeRequirement`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from packconfig.core.errors import InputError
from packconfig.gui import i18n

CTX = "RequirementsForm"
#: (field, label, placeholder) per group; the field name is the edit's objectName.
MODULE_FIELDS = (
    ("max_module_voltage", QT_TRANSLATE_NOOP("RequirementsForm", "Max module voltage"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 60 V")),
    ("max_module_mass", QT_TRANSLATE_NOOP("RequirementsForm", "Max module mass"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 25 kg")),
)
IN_USE_FIELDS = (
    ("sim_min_range", QT_TRANSLATE_NOOP("RequirementsForm", "Min range on the cycle"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 300 km")),
    ("sim_max_peak_temperature", QT_TRANSLATE_NOOP("RequirementsForm", "Max peak cell temperature"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 45 °C")),
    ("sim_max_charge_time", QT_TRANSLATE_NOOP("RequirementsForm", "Max 10-80 % charge time"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 40 min")),
    ("sim_charger_power", QT_TRANSLATE_NOOP("RequirementsForm", "Charger power"),
     QT_TRANSLATE_NOOP("RequirementsForm", "unlimited, or e.g. 60 kW")),
    ("sim_ambient", QT_TRANSLATE_NOOP("RequirementsForm", "Ambient (in use)"),
     QT_TRANSLATE_NOOP("RequirementsForm", "25 °C (default)")),
)
LIFE_FIELDS = (
    ("life_min_years", QT_TRANSLATE_NOOP("RequirementsForm", "Min years to end of life"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 8")),
    ("life_min_cycles", QT_TRANSLATE_NOOP("RequirementsForm", "Min cycles to end of life"),
     QT_TRANSLATE_NOOP("RequirementsForm", "e.g. 3000")),
    ("life_cycles_per_day", QT_TRANSLATE_NOOP("RequirementsForm", "Cycles per day"),
     QT_TRANSLATE_NOOP("RequirementsForm", "1 (default)")),
    ("life_dod", QT_TRANSLATE_NOOP("RequirementsForm", "Depth of discharge"),
     QT_TRANSLATE_NOOP("RequirementsForm", "80 % (default)")),
    ("life_c_rate", QT_TRANSLATE_NOOP("RequirementsForm", "Charge/discharge C-rate"),
     QT_TRANSLATE_NOOP("RequirementsForm", "0.5 (default)")),
    ("life_temperature", QT_TRANSLATE_NOOP("RequirementsForm", "Ambient (lifetime)"),
     QT_TRANSLATE_NOOP("RequirementsForm", "25 °C (default)")),
)
#: Texts used through _tr() below, listed here for lupdate (context RequirementsForm).
_TEXTS = (
    QT_TRANSLATE_NOOP("RequirementsForm", "%1 (%2 set)"),
    QT_TRANSLATE_NOOP("RequirementsForm", "Modules"),
    QT_TRANSLATE_NOOP("RequirementsForm", "Drive cycle"),
    QT_TRANSLATE_NOOP("RequirementsForm", "Vehicle"),
    QT_TRANSLATE_NOOP("RequirementsForm", "Cooling (in use)"),
    QT_TRANSLATE_NOOP("RequirementsForm", "runs it without a cell limit"),
    QT_TRANSLATE_NOOP("RequirementsForm", "no cooling"),
    QT_TRANSLATE_NOOP("RequirementsForm", "air cooling"),
    QT_TRANSLATE_NOOP("RequirementsForm", "liquid cooling"),
    QT_TRANSLATE_NOOP("RequirementsForm", "In use"),
    QT_TRANSLATE_NOOP("RequirementsForm", "End of life at"),
    QT_TRANSLATE_NOOP("RequirementsForm", "Temperature rise"),
    QT_TRANSLATE_NOOP("RequirementsForm", "none (0 K)"),
    QT_TRANSLATE_NOOP("RequirementsForm", "thermal model, no cooling"),
    QT_TRANSLATE_NOOP("RequirementsForm", "thermal model, air cooling"),
    QT_TRANSLATE_NOOP("RequirementsForm", "thermal model, liquid cooling"),
    QT_TRANSLATE_NOOP("RequirementsForm", "Lifetime"),
)
CYCLE_KEYS = ("wltc3b", "udds", "nedc")
THERMAL_KEYS = ("none", "air", "liquid")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class Collapsible(QWidget):
    """A header button over a form; ``changed`` fires when a field is edited."""

    changed = Signal()

    def __init__(self, name: str, fields, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.fields = fields
        self.button = QToolButton(self, objectName=f"{name}Button")
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.body = QWidget(self)
        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(12, 0, 0, 0)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.button)
        box.addWidget(self.body)
        self.body.setVisible(False)
        self.button.toggled.connect(self.set_open)
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for key, _label, _example in fields:
            edit = QLineEdit(self.body, objectName=key)
            edit.textChanged.connect(lambda _t: self.changed.emit())
            self.labels[key] = QLabel(self.body)
            self.form.addRow(self.labels[key], edit)
            self.edits[key] = edit

    def add_row(self, key: str, widget: QWidget) -> None:
        self.labels[key] = QLabel(self.body)
        self.form.addRow(self.labels[key], widget)

    def set_open(self, shown: bool) -> None:
        self.button.setChecked(shown)
        self.body.setVisible(shown)
        self.button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def set_title(self, title: str) -> None:
        n = self.count()
        self.button.setText(title if n == 0 else _tr("%1 (%2 set)").replace("%1", title)
                            .replace("%2", str(n)))

    def count(self) -> int:
        return sum(bool(e.text().strip()) for e in self.edits.values())

    def retranslate(self) -> None:
        for key, label, example in self.fields:
            self.labels[key].setText(_tr(label))
            self.edits[key].setPlaceholderText(_tr(example))

    def text(self, key: str) -> str:
        return self.edits[key].text().strip()


def _number(text: str, name: str, low: float, high: float, percent: bool = False) -> float:
    """A plain number (``80 %`` read as 0.8 where ``percent``), coded errors naming it."""
    raw = text.replace("％", "%").strip()
    scale = 1.0
    if percent and raw.endswith("%"):
        raw, scale = raw[:-1].strip(), 0.01
    try:
        value = float(raw) * scale
    except ValueError:
        raise InputError(f"{name} must be a number, got {text!r}").coded(
            "life_not_number", name=name, got=repr(text)[:40]) from None
    if not math.isfinite(value) or not low <= value <= high:
        raise InputError(f"{name} must be between {low:g} and {high:g}, got {text}").coded(
            "life_range", name=name, low=f"{low:g}", high=f"{high:g}", got=text)
    return value


def _combo(name: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox(objectName=name)
    for text, key in items:
        combo.addItem(text, key)
    return combo


class ModulesGroup(Collapsible):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("modulesGroup", MODULE_FIELDS, parent)

    def retranslate(self) -> None:
        super().retranslate()
        self.set_title(_tr("Modules"))


class InUseGroup(Collapsible):
    """Simulated requirements: runs a drive cycle with a vehicle, range, peak
    temperature, 10-80 % charge time on a charger, at an ambient and cooling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from packconfig.core import sim

        super().__init__("inUseGroup", IN_USE_FIELDS, parent)
        self.cycle = _combo("explorerCycleCombo", [(sim.vehicle.CYCLE_NAMES[k], k)
                                                   for k in CYCLE_KEYS])
        self.vehicle = _combo("explorerVehicleCombo", [(v.name, k) for k, v in
                                                       sim.presets().items()])
        self.vehicle.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.vehicle.setMinimumContentsLength(14)
        self.runs = QCheckBox(objectName="runsCycleCheck")
        self.thermal = _combo("explorerThermalCombo", [("", k) for k in THERMAL_KEYS])
        self.thermal.setCurrentIndex(THERMAL_KEYS.index("air"))
        for key, widget in (("cycle", self.cycle), ("vehicle", self.vehicle),
                            ("runs", self.runs), ("thermal", self.thermal)):
            self.form.insertRow(self.form.rowCount(), QLabel(self.body), widget)
            self.labels[key] = self.form.labelForField(widget)
        self.runs.toggled.connect(lambda _b: self.changed.emit())

    def count(self) -> int:
        return super().count() - bool(self.text("sim_ambient")) - bool(
            self.text("sim_charger_power")) + self.runs.isChecked()

    def retranslate(self) -> None:
        super().retranslate()
        for key, text in (("cycle", _tr("Drive cycle")), ("vehicle", _tr("Vehicle")),
                          ("runs", ""), ("thermal", _tr("Cooling (in use)"))):
            self.labels[key].setText(text)
        self.runs.setText(_tr("runs it without a cell limit"))
        for i, key in enumerate(THERMAL_KEYS):
            self.thermal.setItemText(i, {"none": _tr("no cooling"), "air": _tr("air cooling"),
                                         "liquid": _tr("liquid cooling")}[key])
        i18n.name_drive_items(self.cycle, self.vehicle)
        self.set_title(_tr("In use"))

    def check(self, key: str) -> None:
        """Raise the coded error of field ``key`` (nothing if it is empty or valid)."""
        self._value(key)

    def _value(self, key: str) -> float | None:
        from packconfig.core import sim
        from packconfig.core.units import parse_any_quantity, parse_quantity

        text = self.text(key)
        if not text:
            return None
        name = _tr(dict((k, lab) for k, lab, _e in IN_USE_FIELDS)[key])
        if key in ("sim_max_peak_temperature", "sim_ambient"):
            value = text.replace("℃", "°C")
            return sim.kelvin(parse_any_quantity(value, name), name)
        kind, unit = {"sim_min_range": ("length", "m"), "sim_max_charge_time": ("time", "s"),
                      "sim_charger_power": ("power", "W")}[key]
        q = parse_quantity(text, kind, name)
        if not q.magnitude > 0:
            raise InputError(f"{name} must be greater than zero").coded("sim_positive",
                                                                         name=name)
        return float(q.to(unit).magnitude)

    def requirements(self):
        """The simulated requirements, or None when none is set."""
        from packconfig.core import sim
        from packconfig.core.explore.sim_rules import SimRequirements

        rng, peak = self._value("sim_min_range"), self._value("sim_max_peak_temperature")
        time_ = self._value("sim_max_charge_time")
        if not (self.runs.isChecked() or rng or peak or time_):
            return None
        vehicle = sim.presets()[str(self.vehicle.currentData())]
        cycle = str(self.cycle.currentData())
        runs = sim.cycle_profile(cycle, vehicle) if (self.runs.isChecked() or peak) else None
        return SimRequirements(
            profile=runs if self.runs.isChecked() or peak else None,
            range_profile=sim.cycle_profile(cycle, vehicle) if rng else None,
            min_range=rng, max_peak_temperature=peak, max_charge_time=time_,
            charger_power=self._value("sim_charger_power"),
            ambient=self._value("sim_ambient") or 298.15,
            thermal=str(self.thermal.currentData()))


class LifetimeGroup(Collapsible):
    """Min years or cycles to an SOH at a duty, the rise from the thermal model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("lifetimeGroup", LIFE_FIELDS, parent)
        self.soh = _combo("explorerLifeSohCombo", [("80 %", "0.8"), ("70 %", "0.7")])
        self.thermal = _combo("explorerLifeThermalCombo",
                              [("", k) for k in ("off", *THERMAL_KEYS)])
        self.thermal.setCurrentIndex(2)  # air
        for key, widget in (("soh", self.soh), ("thermal", self.thermal)):
            self.form.insertRow(2 if key == "soh" else self.form.rowCount(),
                                QLabel(self.body), widget)
            self.labels[key] = self.form.labelForField(widget)

    def count(self) -> int:
        return bool(self.text("life_min_years")) + bool(self.text("life_min_cycles"))

    def retranslate(self) -> None:
        super().retranslate()
        self.labels["soh"].setText(_tr("End of life at"))
        self.labels["thermal"].setText(_tr("Temperature rise"))
        for i, text in enumerate((_tr("none (0 K)"), _tr("thermal model, no cooling"),
                                  _tr("thermal model, air cooling"),
                                  _tr("thermal model, liquid cooling"))):
            self.thermal.setItemText(i, text)
        self.set_title(_tr("Lifetime"))

    def _name(self, key: str) -> str:
        return _tr(dict((k, lab) for k, lab, _e in LIFE_FIELDS)[key])

    def check(self, key: str) -> None:
        text = self.text(key)
        if not text:
            return
        if key == "life_temperature":
            from packconfig.core.life.usage import temperature_k
            from packconfig.core.units import parse_any_quantity

            try:
                float(text)
            except ValueError:
                temperature_k(parse_any_quantity(text.replace("℃", "°C"), self._name(key)),
                              self._name(key))
            else:
                temperature_k(float(text), self._name(key))
            return
        low, high, pct = {"life_min_years": (1e-3, 50, False),
                          "life_min_cycles": (1, 1e6, False),
                          "life_cycles_per_day": (0, 50, False), "life_dod": (0, 1, True),
                          "life_c_rate": (0, 20, False)}[key]
        _number(text, self._name(key), low, high, pct)

    def requirement(self):
        """The lifetime requirement, or None when neither minimum is set."""
        from packconfig.core.explore.life_rules import LifeRequirement
        from packconfig.core.life.usage import make_usage

        for key, _l, _e in LIFE_FIELDS:
            self.check(key)
        years, cycles = self.text("life_min_years"), self.text("life_min_cycles")
        if not years and not cycles:
            return None

        def num(key: str, default: float, pct: bool = False) -> float:
            text = self.text(key)
            return default if not text else _number(text, self._name(key), -math.inf,
                                                    math.inf, pct)

        temp = self.text("life_temperature")
        try:
            temperature = float(temp) if temp else 25.0
        except ValueError:
            from packconfig.core.units import parse_any_quantity

            temperature = parse_any_quantity(temp.replace("℃", "°C"), self._name(
                "life_temperature"))
        rate = num("life_c_rate", 0.5)
        usage = make_usage(cycles_per_day=num("life_cycles_per_day", 1.0),
                           dod=num("life_dod", 0.8, True), charge_rate=rate,
                           discharge_rate=rate, temperature=temperature)
        thermal = str(self.thermal.currentData())
        return LifeRequirement(num("life_min_years", 0) or None,
                               num("life_min_cycles", 0) or None,
                               float(self.soh.currentData()), usage,
                               "" if thermal == "off" else thermal)
