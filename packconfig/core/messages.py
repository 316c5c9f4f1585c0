"""User errors in Chinese: the core raises English messages with a ``code`` and
``params`` (:meth:`PackconfigError.coded`); :func:`text` renders them for the
interface language, falling back to the English message for uncoded errors."""

from __future__ import annotations

from packconfig.core.errors import PackconfigError

KIND_ZH = {
    "voltage": "电压", "charge": "电量", "current": "电流", "energy": "能量", "power": "功率",
    "mass": "质量", "length": "长度", "volume": "体积", "resistance": "电阻", "time": "时间",
    "gravimetric": "质量能量密度", "volumetric": "体积能量密度", "rate": "倍率",
    "dimensionless": "比值",
}

ZH: dict[str, str] = {
    "empty": "{name}为空，请输入带单位的数值。",
    "too_long": "{name}太长，不是有效的数值。",
    "no_number": "{name}：“{text}”须以数字开头，例如“3.2 V”。",
    "not_a_quantity": "{name}：无法将“{text}”识别为带单位的数值。",
    "wrong_kind": "{name}必须是{kind_zh}（{unit}），当前输入为 {got}。",
    "not_finite": "{name}必须是有限数值，当前输入为 {got}。",
    "not_whole": "{name}必须是整数，当前输入为 {got}。",
    "too_small": "{name}至少为 1，当前输入为 {got}。",
    "too_large": "{name}为 {got}，超过支持的最大值 {maximum}。",
    "too_many_cells": "{config} 共 {cells:,} 只电芯，超过支持的 {maximum:,} 只。",
}


def text(exc: BaseException, language: str = "en") -> str:
    """``exc`` as text for ``language`` ("en" or "zh")."""
    code = getattr(exc, "code", "") if isinstance(exc, PackconfigError) else ""
    if language != "zh" or code not in ZH:
        return str(exc)
    params = dict(exc.params)
    params["kind_zh"] = KIND_ZH.get(str(params.get("kind", "")), params.get("kind", ""))
    try:
        return ZH[code].format(**params)
    except (KeyError, ValueError, IndexError):
        return str(exc)
