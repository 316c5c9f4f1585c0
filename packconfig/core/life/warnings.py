"""Warnings and refusals of a lifetime projection, in English and Chinese.

Each :class:`LifeWarning` has a stable ``code`` and text parameters (numbers already
rounded for reading); :meth:`LifeWarning.text` renders it. The projection never
extrapolates silently: every input outside the model's validity range and every
assumed datasheet condition becomes a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_TEXT: dict[str, tuple[str, str]] = {
    "range_temperature": (
        "Cell temperature {value} is outside the {model} model's validated range "
        "{low}–{high}: the projection is an extrapolation.",
        "电芯温度 {value} 超出 {model} 模型的验证范围 {low}–{high}，预测为外推结果。"),
    "range_dod": (
        "Depth of discharge {value} is outside the model's validated range {low}–{high}: "
        "the projection is an extrapolation.",
        "放电深度 {value} 超出模型的验证范围 {low}–{high}，预测为外推结果。"),
    "range_charge_rate": (
        "Charge rate {value} is outside the model's validated range {low}–{high}: "
        "the projection is an extrapolation.",
        "充电倍率 {value} 超出模型的验证范围 {low}–{high}，预测为外推结果。"),
    "range_discharge_rate": (
        "Discharge rate {value} is outside the model's validated range {low}–{high}: "
        "the projection is an extrapolation.",
        "放电倍率 {value} 超出模型的验证范围 {low}–{high}，预测为外推结果。"),
    "assumed_temperature": (
        "The datasheet cycle-life rating states no test temperature: {value} assumed.",
        "规格书循环寿命未注明测试温度，按 {value} 假定。"),
    "assumed_dod": (
        "The datasheet cycle-life rating states no depth of discharge: {value} assumed.",
        "规格书循环寿命未注明放电深度，按 {value} 假定。"),
    "no_calendar": (
        "Calendar fade is not modelled for {chemistry} (no usable published fit); only "
        "cycle fade is projected.",
        "{chemistry} 的日历老化未建模（无可用的公开拟合），仅预测循环老化。"),
    "no_resistance": (
        "Resistance growth is not modelled for {chemistry} (no published fit); power at "
        "end of life uses the new-cell resistance.",
        "{chemistry} 的内阻增长未建模（无公开拟合），寿命末期功率按新电芯内阻计算。"),
    "shape_borrowed": (
        "This {detail} cell is projected with the NMC111 (Sanyo UR18650E) model shape, "
        "scaled to its own datasheet rating.",
        "该 {detail} 电芯采用 NMC111（Sanyo UR18650E）模型形状预测，并按其规格书循环寿命缩放。"),
    "no_thermal_model": (
        "Cell {cell} has no mass or dimensions for the thermal model: the pack's "
        "temperature rise while cycling is taken as {rise} K.",
        "电芯 {cell} 没有质量或尺寸数据，无法使用热模型：循环时电池包温升按 {rise} K 计。"),
    "optimistic_duty": (
        "Datasheet cycle-life ratings are measured at {rating}; real duty with calendar "
        "rests may age differently.",
        "规格书循环寿命测试条件为 {rating}；带静置的实际工况老化可能不同。"),
}


@dataclass(frozen=True)
class LifeWarning:
    code: str
    params: dict[str, str] = field(default_factory=dict)

    def text(self, language: str = "en") -> str:
        en, zh = _TEXT[self.code]
        return (zh if language == "zh" else en).format(**self.params)

    @property
    def message(self) -> str:
        return self.text("en")
