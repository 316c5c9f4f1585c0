"""The cell browser's detail pane: every figure of a cell, its source and confidence,
as HTML (:func:`cell_details_html`), and the names of the figures (:data:`DETAIL_LABELS`,
shared with the cell editor)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from packconfig.core.cells.model import Cell

#: Detail pane names of the cell's figures (keys of ``QUANTITY_FIELDS``).
DETAIL_LABELS: dict[str, str] = {
    "nominal_voltage": QT_TRANSLATE_NOOP("CellBrowser", "Nominal voltage"),
    "max_voltage": QT_TRANSLATE_NOOP("CellBrowser", "Maximum (charge) voltage"),
    "min_voltage": QT_TRANSLATE_NOOP("CellBrowser", "Minimum (cut-off) voltage"),
    "capacity": QT_TRANSLATE_NOOP("CellBrowser", "Capacity"),
    "min_capacity": QT_TRANSLATE_NOOP("CellBrowser", "Minimum capacity"),
    "mass": QT_TRANSLATE_NOOP("CellBrowser", "Mass"),
    "diameter": QT_TRANSLATE_NOOP("CellBrowser", "Diameter"),
    "height": QT_TRANSLATE_NOOP("CellBrowser", "Height"),
    "length": QT_TRANSLATE_NOOP("CellBrowser", "Length"),
    "width": QT_TRANSLATE_NOOP("CellBrowser", "Width"),
    "thickness": QT_TRANSLATE_NOOP("CellBrowser", "Thickness"),
    "max_continuous_discharge": QT_TRANSLATE_NOOP("CellBrowser",
                                                  "Maximum continuous discharge current"),
    "max_continuous_charge": QT_TRANSLATE_NOOP("CellBrowser",
                                               "Maximum continuous charge current"),
    "standard_charge": QT_TRANSLATE_NOOP("CellBrowser", "Standard charge current"),
    "internal_resistance": QT_TRANSLATE_NOOP("CellBrowser", "Internal resistance"),
    "cycle_life_temperature": QT_TRANSLATE_NOOP("CellBrowser", "Cycle-life test temperature"),
    "cycle_life_charge_rate": QT_TRANSLATE_NOOP("CellBrowser", "Cycle-life test charge rate"),
    "cycle_life_discharge_rate": QT_TRANSLATE_NOOP("CellBrowser",
                                                   "Cycle-life test discharge rate"),
    "cycle_life_dod": QT_TRANSLATE_NOOP("CellBrowser", "Cycle-life test depth of discharge"),
    "cycle_life_end_capacity": QT_TRANSLATE_NOOP("CellBrowser", "Cycle-life end capacity"),
    "dc_resistance": QT_TRANSLATE_NOOP("CellBrowser", "DC resistance (R0)"),
    "rc1_resistance": QT_TRANSLATE_NOOP("CellBrowser", "RC pair 1 resistance"),
    "rc1_time_constant": QT_TRANSLATE_NOOP("CellBrowser", "RC pair 1 time constant"),
    "rc2_resistance": QT_TRANSLATE_NOOP("CellBrowser", "RC pair 2 resistance"),
    "rc2_time_constant": QT_TRANSLATE_NOOP("CellBrowser", "RC pair 2 time constant"),
    "specific_heat": QT_TRANSLATE_NOOP("CellBrowser", "Specific heat"),
    "activation_energy": QT_TRANSLATE_NOOP("CellBrowser", "Resistance activation energy"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CellBrowser", text)


#: Display kinds that differ from the field's kind: an RC time constant is seconds (the
#: "time" kind shows a charge time in hours or minutes).
_DISPLAY_KINDS = {"rc1_time_constant": "time_constant", "rc2_time_constant": "time_constant"}
_LIFE_TEST = ("cycle_life_temperature", "cycle_life_charge_rate", "cycle_life_discharge_rate",
              "cycle_life_dod", "cycle_life_end_capacity")


def _figures(cell: Cell, fields: dict[str, tuple[str, bool]], language: str
             ) -> list[tuple[str, str]]:
    from packconfig import display
    from packconfig.core.cells.model import FIELD_LABELS

    rows = []
    for name, (kind, _req) in fields.items():
        label = DETAIL_LABELS.get(name) or FIELD_LABELS.get(name, name.replace("_", " "))
        rows.append((_tr(label), display.quantity(getattr(cell, name),
                                                  _DISPLAY_KINDS.get(name, kind), language)))
    return rows


def cell_details_html(cell: Cell, language: str = "en") -> str:
    """Every figure of ``cell`` (unknown ones as "not available"), its source and
    confidence, as HTML for the detail pane. The optional equivalent-circuit figures
    are listed when the cell has any; else one line says the chemistry's defaults
    apply (``resources/ecm.toml``, docs/simulation.md)."""
    import html

    from packconfig import display
    from packconfig.core.cells.model import ECM_FIELDS, QUANTITY_FIELDS

    esc = html.escape
    na = display.NOT_AVAILABLE.get(language, display.NOT_AVAILABLE["en"])
    rows = [(QCoreApplication.translate("CellBrowser", "Manufacturer"), cell.manufacturer),
            (QCoreApplication.translate("CellBrowser", "Model"), cell.model),
            (QCoreApplication.translate("CellBrowser", "Format"),
             display.cell_format(cell.format, language)),
            (QCoreApplication.translate("CellBrowser", "Chemistry"),
             cell.chemistry_detail or cell.chemistry)]
    datasheet = {k: v for k, v in QUANTITY_FIELDS.items() if k not in _LIFE_TEST}
    rows += _figures(cell, datasheet, language)
    rows.append((QCoreApplication.translate("CellBrowser", "Energy"),
                 display.quantity(cell.energy, "energy", language)))
    rows.append((QCoreApplication.translate("CellBrowser", "Cycle life"),
                 display.count(cell.cycle_life, language) + (
                     f" ({cell.cycle_life_conditions})" if cell.cycle_life_conditions else "")
                 if cell.cycle_life else na))
    rows += _figures(cell, {k: QUANTITY_FIELDS[k] for k in _LIFE_TEST}, language)
    if cell.cycle_life_source:
        rows.append((QCoreApplication.translate("CellBrowser", "Cycle-life conditions source"),
                     cell.cycle_life_source))
    rows.append((QCoreApplication.translate("CellBrowser", "Price"),
                 display.money(cell.price, language, code=True)
                 + (f" — {cell.price_source}" if cell.price and cell.price_source else "")))
    for label, value in ((QCoreApplication.translate("CellBrowser", "Charge temperature"),
                          cell.temperature_charge),
                         (QCoreApplication.translate("CellBrowser", "Discharge temperature"),
                          cell.temperature_discharge)):
        rows.append((label, value or na))
    if any(getattr(cell, k) is not None for k in ECM_FIELDS):
        rows += _figures(cell, ECM_FIELDS, language)
        rows.append((QCoreApplication.translate("CellBrowser", "Equivalent-circuit source"),
                     cell.ecm_source or na))
    else:
        rows.append((QCoreApplication.translate("CellBrowser", "Equivalent circuit"),
                     QCoreApplication.translate("CellBrowser", "the chemistry's defaults")))
    grey = " style='color:#999'"
    body = "".join(
        f"<tr><td style='color:#555;padding-right:10px'>{esc(k)}</td>"
        f"<td{grey if v == na else ''}>"
        f"{esc(v)}</td></tr>" for k, v in rows)
    source = esc(cell.source)
    if cell.source.startswith(("http://", "https://")):
        source = f"<a href='{source}'>{source}</a>"
    conf = esc(cell.confidence or na)
    notes = f"<p style='color:#555'>{esc(cell.notes)}</p>" if cell.notes else ""
    source_name = QCoreApplication.translate("CellBrowser", "Datasheet source")
    confidence = QCoreApplication.translate("CellBrowser", "Confidence")
    return (f"<h3 style='margin:0'>{esc(cell.id)}</h3><table>{body}</table>"
            f"<p><b>{esc(source_name)}:</b> {source}"
            f"{' (' + esc(cell.source_type) + ')' if cell.source_type else ''}<br>"
            f"<b>{esc(confidence)}:</b> {conf}</p>{notes}")
