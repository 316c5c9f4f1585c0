"""Results grouped by theme; one ``QLabel`` named ``result_<key>`` per engine result.

:meth:`ResultsPanel.show_result` only turns the core's :class:`PackResult` into text
through :mod:`packconfig.display` — no arithmetic here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from packconfig.gui.fit import FormScroll
from packconfig.gui.style import MISSING_COLOUR, NAME_COLOUR, set_text_style

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QSize
    from PySide6.QtGui import QResizeEvent, QShowEvent

    from packconfig.core.pack.physics import PackResult


def _t(text: str) -> str:
    return QCoreApplication.translate("ResultsPanel", text)


#: Human names of result keys (the keys are the ``calc --json`` keys).
LABELS: dict[str, str] = {
    "voltage_min": QT_TRANSLATE_NOOP("ResultsPanel", "Voltage min"),
    "voltage_nominal": QT_TRANSLATE_NOOP("ResultsPanel", "Voltage nominal"),
    "voltage_max": QT_TRANSLATE_NOOP("ResultsPanel", "Voltage max"),
    "capacity": QT_TRANSLATE_NOOP("ResultsPanel", "Capacity"),
    "energy_nominal": QT_TRANSLATE_NOOP("ResultsPanel", "Energy nominal"),
    "energy_usable": QT_TRANSLATE_NOOP("ResultsPanel", "Energy usable"),
    "resistance_pack": QT_TRANSLATE_NOOP("ResultsPanel", "Resistance"),
    "operating_current": QT_TRANSLATE_NOOP("ResultsPanel", "Operating current"),
    "voltage_sag": QT_TRANSLATE_NOOP("ResultsPanel", "Voltage sag"),
    "heat_loss": QT_TRANSLATE_NOOP("ResultsPanel", "Heat loss"),
    "current_continuous_max": QT_TRANSLATE_NOOP("ResultsPanel", "Max continuous current"),
    "power_continuous_max": QT_TRANSLATE_NOOP("ResultsPanel", "Max continuous power"),
    "c_rate_discharge_max": QT_TRANSLATE_NOOP("ResultsPanel", "Max discharge C-rate"),
    "current_charge_max": QT_TRANSLATE_NOOP("ResultsPanel", "Max charge current"),
    "power_charge_max": QT_TRANSLATE_NOOP("ResultsPanel", "Max charge power"),
    "c_rate_charge_max": QT_TRANSLATE_NOOP("ResultsPanel", "Max charge C-rate"),
    "charge_current": QT_TRANSLATE_NOOP("ResultsPanel", "Charge current"),
    "charge_time": QT_TRANSLATE_NOOP("ResultsPanel", "Charge time"),
    "mass_cells": QT_TRANSLATE_NOOP("ResultsPanel", "Mass of cells"),
    "mass_pack": QT_TRANSLATE_NOOP("ResultsPanel", "Pack mass"),
    "envelope_length": QT_TRANSLATE_NOOP("ResultsPanel", "Length"),
    "envelope_width": QT_TRANSLATE_NOOP("ResultsPanel", "Width"),
    "envelope_height": QT_TRANSLATE_NOOP("ResultsPanel", "Height"),
    "volume_pack": QT_TRANSLATE_NOOP("ResultsPanel", "Pack volume"),
    "volume_cells": QT_TRANSLATE_NOOP("ResultsPanel", "Cell volume"),
    "energy_density_gravimetric_cell": QT_TRANSLATE_NOOP("ResultsPanel", "Cell Wh/kg"),
    "energy_density_volumetric_cell": QT_TRANSLATE_NOOP("ResultsPanel", "Cell Wh/L"),
    "energy_density_gravimetric_pack": QT_TRANSLATE_NOOP("ResultsPanel", "Pack Wh/kg"),
    "energy_density_volumetric_pack": QT_TRANSLATE_NOOP("ResultsPanel", "Pack Wh/L"),
}

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("ResultsPanel", "Electrical"),
     ("voltage_nominal", "voltage_min", "voltage_max", "capacity",
                    "energy_nominal", "energy_usable", "resistance_pack",
                    "operating_current", "voltage_sag", "heat_loss")),
    (QT_TRANSLATE_NOOP("ResultsPanel", "Power and charging"),
     ("current_continuous_max", "power_continuous_max",
                            "c_rate_discharge_max", "current_charge_max", "power_charge_max",
                            "c_rate_charge_max", "charge_current", "charge_time")),
    (QT_TRANSLATE_NOOP("ResultsPanel", "Mass and size"),
     ("mass_pack", "mass_cells", "envelope_length", "envelope_width",
                       "envelope_height", "volume_pack", "volume_cells",
                       "energy_density_gravimetric_pack", "energy_density_volumetric_pack",
                       "energy_density_gravimetric_cell", "energy_density_volumetric_cell")),
)
#: Shown in bold.
KEY_FIGURES = ("voltage_nominal", "capacity", "energy_nominal", "mass_pack")


class _Groups(QWidget):
    """The group boxes in as many columns as fit its width (3, 2 or 1), so the results
    stay readable on a small screen; the panel scrolls what does not fit below."""

    def __init__(self, boxes: list[QGroupBox], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes = boxes
        self.columns = 0
        self._hints: tuple[list[int], list[int]] | None = None  # box min widths, heights
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # the widget's minimum width is one column (set in hints()), not the current
        # layout's; no Python size-hint overrides: layouts ask for them very often
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.arrange(len(boxes))  # (measured when shown: _GroupsScroll.showEvent)

    def columns_for(self, width: int, height: int | None = None, bar: int = 0) -> int:
        """How many columns of boxes fit ``width`` pixels (at least 1). With ``height``:
        a layout taller than that needs a scroll bar of ``bar`` pixels beside it."""
        spacing = max(self.grid.horizontalSpacing(), 0)
        widths, heights = self.hints()
        for n in range(len(widths), 1, -1):
            needed = sum(max(widths[c::n]) for c in range(n)) + spacing * (n - 1)
            if height is not None and self._height(n, heights) > height:
                needed += bar
            if needed <= width:
                return n
        return 1

    def hints(self) -> tuple[list[int], list[int]]:
        """The boxes' minimum widths and preferred heights (kept until :meth:`forget`)."""
        if self._hints is None:
            self._hints = ([box.minimumSizeHint().width() for box in self.boxes],
                           [box.sizeHint().height() for box in self.boxes])
            one = max(self._hints[0])
            if one != self.minimumWidth():
                self.setMinimumWidth(one)
        return self._hints

    def forget(self) -> None:
        """The boxes' contents changed: measure them again."""
        self._hints = None

    def arrange(self, columns: int) -> None:
        """Put the boxes in ``columns`` columns, row by row."""
        if columns == self.columns:
            return
        self.columns = columns
        for box in self.boxes:
            self.grid.removeWidget(box)
        for i, box in enumerate(self.boxes):
            self.grid.addWidget(box, i // columns, i % columns)
        for c in range(len(self.boxes)):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        rows = (len(self.boxes) + columns - 1) // columns
        for r in range(len(self.boxes) + 1):
            self.grid.setRowStretch(r, 1 if r == rows else 0)
        self.updateGeometry()

    def full_width(self) -> int:
        """The width that shows every box side by side."""
        spacing = max(self.grid.horizontalSpacing(), 0)
        widths = [box.sizeHint().width() for box in self.boxes]
        return sum(widths) + spacing * (len(widths) - 1)

    def height_for(self, width: int) -> int:
        """The height the boxes take when laid out for ``width`` pixels."""
        return self._height(self.columns_for(width), self.hints()[1])

    def _height(self, columns: int, heights: list[int]) -> int:
        rows = [max(heights[i:i + columns]) for i in range(0, len(heights), columns)]
        return sum(rows) + max(self.grid.verticalSpacing(), 0) * (len(rows) - 1)


class _GroupsScroll(FormScroll):
    """Scrolls the groups vertically; picks their columns from its own size (with room
    for the scroll bar only when the layout will need it)."""

    def rearrange(self, size: QSize | None = None) -> None:
        """Columns for ``size`` (default: the current size)."""
        groups = self.widget()
        if isinstance(groups, _Groups):
            size = size or self.size()
            groups.arrange(groups.columns_for(size.width(), size.height(), self.bar_width()))
            self.follow_page()  # the boxes' widths may have changed the one-column width

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        self.rearrange(event.size())
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        # polished and filled in now: measure the boxes again before the first paint
        groups = self.widget()
        if isinstance(groups, _Groups):
            groups.forget()
        self.rearrange()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            if isinstance(watched, _Groups):
                watched.forget()
            self.rearrange()  # new texts, fonts or language: other widths
        return super().eventFilter(watched, event)  # (FormScroll follows the page)


class ResultsPanel(QWidget):
    """The configuration header, then three group boxes of name/value rows side by side;
    in two or one column(s), scrolling, when the window is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, QLabel] = {}
        self._names: dict[str, QLabel] = {}
        self._boxes: list[tuple[QGroupBox, str]] = []
        self._reasons: dict[str, str] = {}  # key -> why it is greyed ("" = normal)
        self.header = QLabel(objectName="configurationLabel")
        set_text_style(self.header, bold=True, size=15)
        # a long header is cut on a narrow window rather than widening it
        self.header.setMinimumWidth(1)
        for title, keys in GROUPS:
            box = QGroupBox(_t(title))
            self._boxes.append((box, title))
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(2)
            for row, key in enumerate(keys):
                name = QLabel(_t(LABELS[key]))
                set_text_style(name, NAME_COLOUR)
                value = QLabel(objectName=f"result_{key}")
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if key in KEY_FIGURES:
                    set_text_style(value, bold=True)
                self._names[key] = name
                grid.addWidget(name, row, 0)
                grid.addWidget(value, row, 1)
                self.labels[key] = value
                self._reasons[key] = ""  # styled as normal above
            grid.setRowStretch(len(keys), 1)
            grid.setColumnStretch(0, 1)
        self.groups = _Groups([box for box, _t in self._boxes])
        self.scroll = _GroupsScroll(self.groups)
        self.scroll.setObjectName("resultsScroll")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.header)
        outer.addWidget(self.scroll, 1)

    def full_width(self) -> int:
        """The width that shows the groups side by side."""
        return self.groups.full_width()

    def height_for(self, width: int) -> int:
        """The height that shows every figure without scrolling at ``width`` pixels."""
        spacing = max(self.layout().spacing(), 0)
        return (self.header.sizeHint().height() + spacing
                + self.groups.height_for(width))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            for box, title in self._boxes:
                box.setTitle(_t(title))
            for key, name in self._names.items():
                name.setText(_t(LABELS[key]))
        super().changeEvent(event)

    def show_result(self, result: PackResult, language: str = "en") -> None:
        from packconfig import display

        header = (QCoreApplication.translate("ResultsPanel", "%1 · %2 cells · %3")
                  .replace("%1", result.configuration)
                  .replace("%2", display.count(result.cell_count, language))
                  .replace("%3", result.cell.id))
        texts = {key: display.result(key, result.values[key], language)
                 for key in self.labels}
        self._show(header, texts, result.missing)

    def _show(self, header: str, texts: dict[str, str], missing: dict[str, str]) -> None:
        self.header.setText(header)
        self.header.setToolTip(header)
        for key, label in self.labels.items():
            label.setText(texts.get(key, "—"))
            reason = missing.get(key, "")
            if reason != self._reasons.get(key):  # restyle only on change
                self._reasons[key] = reason
                label.setToolTip(reason)
                set_text_style(label, MISSING_COLOUR if reason else None,
                               bold=not reason and key in KEY_FIGURES)

    def show_error(self, message: str) -> None:
        self._show(message, {}, {})

    # ------------------------------------------------------------ first paint
    def state(self) -> dict[str, Any]:
        """What the panel shows, as plain data (see :mod:`packconfig.gui.first_paint`)."""
        return {"header": self.header.text(),
                "texts": {k: label.text() for k, label in self.labels.items()},
                "missing": {k: r for k, r in self._reasons.items() if r}}

    def show_state(self, state: dict[str, Any]) -> None:
        """Show a stored :meth:`state` (the first paint, before the core is imported)."""
        texts, missing = state.get("texts"), state.get("missing")
        self._show(str(state.get("header", "")),
                   {str(k): str(v) for k, v in texts.items()} if isinstance(texts, dict)
                   else {},
                   {str(k): str(v) for k, v in missing.items()} if isinstance(missing, dict)
                   else {})
