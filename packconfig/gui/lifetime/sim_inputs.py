"""The Lifetime page's inputs that join the pack simulation (docs/life.md §4a, §4b):
where the usage comes from (a daily duty, a drive cycle with a vehicle, or a profile
CSV), the cooling option, and whether the pack's temperature rise comes from the
thermal model (default) or is typed in.

:class:`SimInputs` builds the widgets and reads them as a plain :class:`Plan` that the
worker turns into core calls (:func:`packconfig.core.life.in_use.project_in_use`); the
profile file is read in the worker, never on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from packconfig.core.constants import THERMAL

SOURCES = ("duty", "cycle", "profile")
CYCLE_KEYS = ("wltc3b", "udds", "nedc")
#: Packs below this nominal energy are not traction packs: no range on a car's cycle
#: (the same threshold as the PDF's performance page).
TRACTION_MIN_WH = 20_000.0


@dataclass(frozen=True)
class Plan:
    """What the page asks the worker to do besides the daily duty."""

    source: str  # "duty", "cycle" or "profile"
    cycle: str  # a CYCLE_KEYS key (also the range cycle)
    vehicle: str  # a vehicle preset id
    profile_path: str
    thermal: str | None  # cooling for the thermal model's rise; None = the rise as typed
    cooling: str  # the cooling option (also for drive simulations)


class SimInputs(QObject):
    """Widgets: ``usageSourceCombo``, ``lifeCycleCombo``, ``lifeVehicleCombo``,
    ``lifeProfileEdit`` + ``lifeProfileButton``, ``lifeThermalCombo``,
    ``riseFromModelCheck``. ``changed`` fires on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        from packconfig.core import sim

        self.source = QComboBox(objectName="usageSourceCombo")
        self.source.addItems([""] * len(SOURCES))
        self.cycle = QComboBox(objectName="lifeCycleCombo")
        for key in CYCLE_KEYS:
            self.cycle.addItem(sim.vehicle.CYCLE_NAMES[key], key)
        self.vehicle = QComboBox(objectName="lifeVehicleCombo")
        for vid, vehicle in sim.presets().items():
            self.vehicle.addItem(vehicle.name, vid)
            self.vehicle.setItemData(self.vehicle.count() - 1, vehicle.name,
                                     0x0003)  # Qt.ToolTipRole: the full name
        for combo in (self.cycle, self.vehicle):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.drive_row = QWidget()
        row = QHBoxLayout(self.drive_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cycle, 1)
        row.addWidget(self.vehicle, 2)
        self.profile = QLineEdit(objectName="lifeProfileEdit")
        self.browse = QPushButton("…", objectName="lifeProfileButton")
        self.browse.setMaximumWidth(32)
        self.profile_row = QWidget()
        prow = QHBoxLayout(self.profile_row)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.addWidget(self.profile, 1)
        prow.addWidget(self.browse)
        self.thermal = QComboBox(objectName="lifeThermalCombo")
        self.thermal.addItems([""] * len(THERMAL))
        self.thermal.setCurrentIndex(THERMAL.index("air"))
        self.from_model = QCheckBox(objectName="riseFromModelCheck")
        self.from_model.setChecked(True)
        self.cooling_row = QWidget()
        crow = QHBoxLayout(self.cooling_row)
        crow.setContentsMargins(0, 0, 0, 0)
        crow.addWidget(self.thermal)
        crow.addWidget(self.from_model, 1)
        self._thermal_set = False
        self.source.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.cycle.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.vehicle.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.thermal.currentIndexChanged.connect(self._thermal_chosen)
        self.from_model.toggled.connect(lambda _b: self.changed.emit())
        self.profile.editingFinished.connect(self.changed.emit)
        self.browse.clicked.connect(self._browse)

    def retranslate(self) -> None:
        from packconfig.core import sim
        from packconfig.gui import i18n

        names = (self.tr("Daily duty"), self.tr("Drive cycle"), self.tr("Profile file (CSV)"))
        for i, text in enumerate(names):
            self.source.setItemText(i, text)
        cycles = {"wltc3b": self.tr("WLTC class 3b"), "udds": self.tr("UDDS (EPA urban)"),
                  "nedc": self.tr("NEDC")}
        for i, key in enumerate(CYCLE_KEYS):
            self.cycle.setItemText(i, cycles[key])
        language = i18n.current_language()
        for i, vehicle in enumerate(sim.presets().values()):
            self.vehicle.setItemText(i, vehicle.label(language))
            self.vehicle.setItemData(i, vehicle.label(language), 0x0003)  # Qt.ToolTipRole
        for i, key in enumerate(THERMAL):
            self.thermal.setItemText(i, {"none": self.tr("no cooling"),
                                         "air": self.tr("air cooling"),
                                         "liquid": self.tr("liquid cooling")}[key])
        self.from_model.setText(self.tr("rise from the thermal model"))
        self.from_model.setToolTip(self.tr(
            "On: the pack's temperature rise while cycling is simulated with the lumped "
            "thermal model at this duty, cooling and ambient. Off: type the rise."))
        self.source.setToolTip(self.tr(
            "Daily duty: cycles, depth and C-rates as typed. Drive cycle / profile: the "
            "day's runs are simulated on the pack and counted by rainflow."))
        self.drive_row.setToolTip(self.tr(
            "Drive cycle and vehicle: the usage in drive-cycle mode, and the range "
            "new and at the end of the warranty"))
        self.profile.setPlaceholderText(self.tr("time + power or current, units in the header"))

    def set_design_cooling(self, thermal: str) -> None:
        """The design's cooling option, until the user picks one here."""
        if not self._thermal_set and thermal in THERMAL:
            self.thermal.blockSignals(True)
            self.thermal.setCurrentIndex(THERMAL.index(thermal))
            self.thermal.blockSignals(False)

    def _thermal_chosen(self, _i: int) -> None:
        self._thermal_set = True
        self.changed.emit()

    def _browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self.parent(), self.tr("Load profile"), "",
                                               self.tr("CSV files (*.csv)"))
        if path:
            self.profile.setText(path)
            self.changed.emit()

    @property
    def mode(self) -> str:
        return SOURCES[self.source.currentIndex()]

    def plan(self) -> Plan:
        cooling = THERMAL[self.thermal.currentIndex()]
        return Plan(self.mode, str(self.cycle.currentData()), str(self.vehicle.currentData()),
                    self.profile.text().strip(),
                    cooling if self.from_model.isChecked() else None, cooling)
