"""Engineering and regulatory warnings for a design.

Each warning has a stable ``code`` (for tests and translation), a severity and
parameters; :meth:`PackWarning.text` renders it in English or Chinese. Thresholds:

* **SELV, 60 V DC** — the extra-low-voltage limit for DC (ES1 in IEC 62368-1; the
  60 V DC SELV limit in IEC 61140 practice). Checked against the pack's maximum voltage,
  the highest it reaches.
* **Dangerous goods, 100 Wh** — lithium-ion batteries above 100 Wh ship as UN 3480,
  Class 9, fully regulated; UN38.3 testing and its test summary are required (UN Manual
  of Tests and Criteria §38.3; IATA DGR PI 965).
* **Current above rating** — a requested discharge or charge current above P × the
  cell's maximum continuous rating.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from packconfig.core.pack import module_rules
from packconfig.core.pack.physics import PackResult
from packconfig.core.units import Q_, Quantity

SELV_LIMIT = Q_(60, "V")
DG_LIMIT = Q_(100, "Wh")

_TEXT: dict[str, tuple[str, str]] = {
    "not_selv": (
        "Maximum pack voltage {voltage} is above 60 V DC: outside safety extra-low voltage "
        "(SELV); touch protection and HV safety measures are required.",
        "电池包最高电压 {voltage} 超过 60 V DC，不属于安全特低电压 (SELV)，"
        "需要防触电保护和高压安全措施。",
    ),
    "dangerous_goods": (
        "Energy {energy} is above 100 Wh: ships as dangerous goods (UN 3480, Class 9); "
        "a UN38.3 test summary is required.",
        "能量 {energy} 超过 100 Wh：按危险品运输 (UN 3480，第 9 类)，需要提供 UN38.3 测试概要。",
    ),
    "over_current": (
        "Requested current {requested} is above the rated continuous discharge current "
        "{rating} ({parallel} × cell rating).",
        "要求电流 {requested} 超过额定持续放电电流 {rating}（{parallel} × 电芯额定值）。",
    ),
    "over_charge_current": (
        "Charge current {requested} is above the rated continuous charge current {rating}.",
        "充电电流 {requested} 超过额定持续充电电流 {rating}。",
    ),
    "charge_limit_standard": (
        "The cell datasheet gives no maximum continuous charge current: charge at no more "
        "than its standard charge current, {current} for this pack ({parallel} × "
        "{cell_current}), the current the charge time assumes.",
        "电芯规格书未提供最大持续充电电流：充电电流请勿超过其标准充电电流，本电池包为 "
        "{current}（{parallel} × {cell_current}），充电时间即按此电流估算。",
    ),
    "not_available": (
        "{label}: not available, the cell datasheet gives no {figure}.",
        "{label}：无法计算，电芯规格书未提供{figure}。",
    ),
    "voltage_default": (
        "The cell datasheet gives no {which} voltage; the {chemistry} default of {value} "
        "per cell is used.",
        "电芯规格书未提供{which_zh}电压，采用 {chemistry} 默认值每节 {value}。",
    ),
    "low_confidence": (
        "Cell data confidence is '{confidence}': confirm the figures with the cell maker "
        "before quoting.",
        "电芯数据可信度为\u201c{confidence}\u201d：报价前请向电芯厂家确认数据。",
    ),
}


_TEXT.update(module_rules.TEXT)  # module split and hardware rules (module_rules.py)


@dataclass(frozen=True)
class PackWarning:
    code: str
    severity: str  # "error" | "warning" | "info"
    params: dict[str, str] = field(default_factory=dict)

    def text(self, language: str = "en") -> str:
        en, zh = _TEXT[self.code]
        return (zh if language == "zh" else en).format(**self.params)

    @property
    def message(self) -> str:
        return self.text("en")


def _fmt(value: Quantity, unit: str, digits: int = 1) -> str:
    return f"{value.to(unit).magnitude:,.{digits}f} {unit}"


_MISSING_GROUPS = {
    "internal_resistance": ("Pack resistance, sag and heat", "内阻", "电池包内阻、压降和发热"),
    "max_continuous_discharge": (
        "Maximum discharge current and power", "最大持续放电电流", "最大放电电流和功率"),
    "max_continuous_charge": (
        "Maximum charge current and power", "最大充电电流", "最大充电电流和功率"),
    "mass": ("Mass and Wh/kg", "质量", "质量和 Wh/kg"),
    "geometry": ("Size, volume and Wh/L", "尺寸", "尺寸、体积和 Wh/L"),
    "standard_charge": ("Charge time", "充电电流", "充电时间"),
}


def pack_warnings(
    result: PackResult, requested_current: Quantity | None = None, language: str = "en"
) -> list[PackWarning]:
    """Warnings that apply to ``result``. ``requested_current`` defaults to the
    design's operating current when that was set explicitly."""
    out: list[PackWarning] = []
    v = result["voltage_max"]
    if v is not None and v > SELV_LIMIT:
        out.append(PackWarning("not_selv", "warning", {"voltage": _fmt(v, "V")}))
    e = result["energy_nominal"]
    if e is not None and e > DG_LIMIT:
        out.append(PackWarning("dangerous_goods", "warning", {"energy": _fmt(e, "Wh", 0)}))
    requested = requested_current or result.options.operating_current
    rating = result["current_continuous_max"]
    if requested is not None and rating is not None and requested > rating:
        out.append(PackWarning("over_current", "error", {
            "requested": _fmt(requested, "A"), "rating": _fmt(rating, "A"),
            "parallel": str(result.parallel)}))
    charge, charge_max = result.options.charge_current, result["current_charge_max"]
    if charge is not None and charge_max is not None and charge > charge_max:
        out.append(PackWarning("over_charge_current", "error", {
            "requested": _fmt(charge, "A"), "rating": _fmt(charge_max, "A")}))
    cell = result.cell
    for figure, (label, figure_zh, label_zh) in _MISSING_GROUPS.items():
        if figure == "standard_charge":
            unknown = not cell.known("standard_charge") and not cell.known("max_continuous_charge")
            unknown = unknown and result.options.charge_current is None
        elif figure == "max_continuous_charge" and not cell.known(figure) and cell.known(
                "standard_charge"):
            # the charge time uses the standard charge current: say it is also the limit
            std = cell.standard_charge
            out.append(PackWarning("charge_limit_standard", "warning", {
                "current": _fmt(std * result.parallel, "A"), "parallel": str(result.parallel),
                "cell_current": _fmt(std, "A")}))
            continue
        else:
            unknown = not cell.known(figure)
        if unknown:
            name = figure.replace("_", " ").replace("max continuous", "maximum continuous")
            shown = figure_zh if language == "zh" else name
            out.append(PackWarning("not_available", "info", {
                "label": label_zh if language == "zh" else label, "figure": shown}))
    for which, zh in (("max", "最高"), ("min", "最低")):
        if getattr(cell, f"{which}_voltage") is None:
            from packconfig.core.cells import chemistry

            value = getattr(chemistry.get(cell.chemistry), f"{which}_voltage")
            out.append(PackWarning("voltage_default", "info", {
                "which": which + "imum", "which_zh": zh, "chemistry": cell.chemistry,
                "value": f"{value:~P}"}))
    if cell.confidence.lower().startswith("low"):
        out.append(PackWarning("low_confidence", "info", {"confidence": cell.confidence}))
    out.extend(PackWarning(*rule) for rule in module_rules.design_rules(result))
    return out
