"""Design rules of the module split and the pack hardware, as warnings or rejection
reasons (BatPaC v5's validity checks and foxBMS BaSD's limits are the start):

* ``module_over_voltage`` — module maximum voltage above ``max_module_voltage`` (60 V
  DC, SELV during assembly and service);
* ``module_over_mass`` — module above ``max_module_mass`` (23 kg, the NIOSH lifting
  equation's load constant for one person);
* ``too_many_strings`` — more than ``max_strings`` (2) strings in parallel (BatPaC
  Battery Design!B501);
* ``pack_over_voltage`` — pack maximum voltage above ``max_pack_voltage`` (1,000 V DC,
  BatPaC B506; beyond it the BMS and junction-box models are outside their range);
* ``contactor_rating`` — no contactor class of the table covers the pack's continuous
  current and maximum voltage;
* ``fuse_rating`` / ``contactor_current`` — the requested operating current is above
  the main fuse's or the contactor's rating;
* ``footprint_too_small`` — the modules do not fit the given tray footprint;
* ``board_underused`` — a slave board would carry fewer series groups than the board
  type's minimum.

:func:`design_rules` works on one :class:`~packconfig.core.pack.physics.PackResult`;
:func:`rule_arrays` gives the same checks as boolean arrays for the explorer.
"""

from __future__ import annotations

from typing import Any

import numpy as np

#: code -> (English, Chinese) text templates.
TEXT: dict[str, tuple[str, str]] = {
    "module_over_voltage": (
        "Module maximum voltage {voltage} is above {limit} DC: modules are not safe to "
        "touch during assembly and service (SELV); choose fewer cells in series per module.",
        "模组最高电压 {voltage} 超过 {limit} DC：装配和维修时模组不属于安全特低电压 (SELV)，"
        "请减少每个模组的串联电芯数。",
    ),
    "module_over_mass": (
        "Module mass {mass} is above {limit}, the one-person lifting limit (NIOSH load "
        "constant): plan lifting aids or smaller modules.",
        "模组质量 {mass} 超过 {limit}（NIOSH 单人搬运载荷常数）：请使用起吊工具或更小的模组。",
    ),
    "too_many_strings": (
        "{strings} strings of modules in parallel: more than {limit} needs current "
        "sharing and per-string protection (BatPaC validity limit).",
        "{strings} 个模组串并联：超过 {limit} 串需要均流和每串保护（BatPaC 适用范围）。",
    ),
    "pack_over_voltage": (
        "Pack maximum voltage {voltage} is above {limit} DC: outside the range of the "
        "BMS and junction-box component models.",
        "电池包最高电压 {voltage} 超过 {limit} DC：超出 BMS 和高压配电盒部件模型的适用范围。",
    ),
    "contactor_rating": (
        "No main contactor in the component table carries {current} at {voltage}: the "
        "pack needs a larger contactor (or parallel strings with their own contactors).",
        "部件表中没有能在 {voltage} 下承载 {current} 的主接触器：需要更大的接触器"
        "（或每串独立接触器）。",
    ),
    "fuse_rating": (
        "Operating current {current} is above the main fuse rating {rating}.",
        "工作电流 {current} 超过主熔断器额定值 {rating}。",
    ),
    "contactor_current": (
        "Operating current {current} is above the main contactor rating {rating}.",
        "工作电流 {current} 超过主接触器额定值 {rating}。",
    ),
    "footprint_too_small": (
        "The modules need {length} x {width}; they do not fit the given tray footprint.",
        "模组需要 {length} x {width}，放不进给定的托盘尺寸。",
    ),
    "board_underused": (
        "A {board} slave board would monitor {cells} series groups, fewer than its "
        "minimum of {minimum}.",
        "{board} 从板只监测 {cells} 个串联单元，少于其最小值 {minimum}。",
    ),
}


def _fmt(value: float, unit: str, digits: int = 1) -> str:
    return f"{value:,.{digits}f} {unit}"


def design_rules(result: Any) -> list[tuple[str, str, dict[str, str]]]:
    """(code, severity, params) for every rule ``result`` breaks."""
    mods = getattr(result, "modules", None)
    if mods is None or result.evaluator is None:
        return []
    ev = result.evaluator
    pp = ev.components.p
    out: list[tuple[str, str, dict[str, str]]] = []
    v_mod = float(ev.get("module_voltage_max")[0])
    if not mods.cell_to_pack and v_mod > pp["max_module_voltage"] * (1 + 1e-12):
        out.append(("module_over_voltage", "warning", {
            "voltage": _fmt(v_mod, "V"), "limit": _fmt(pp["max_module_voltage"], "V", 0)}))
    m_mod = float(ev.get("module_mass")[0])
    if not mods.cell_to_pack and m_mod > pp["max_module_mass"]:
        out.append(("module_over_mass", "warning", {
            "mass": _fmt(m_mod, "kg"), "limit": _fmt(pp["max_module_mass"], "kg", 0)}))
    if mods.strings > pp["max_strings"]:
        out.append(("too_many_strings", "warning", {
            "strings": str(mods.strings), "limit": f"{pp['max_strings']:.0f}"}))
    pack = ev.get("pack")
    v_pack = float(pack["voltage_max"][0])
    if v_pack > pp["max_pack_voltage"]:
        out.append(("pack_over_voltage", "warning", {
            "voltage": _fmt(v_pack, "V"), "limit": _fmt(pp["max_pack_voltage"], "V", 0)}))
    if not bool(pack["contactor_ok"][0]):
        out.append(("contactor_rating", "error", {
            "current": _fmt(float(pack["current"][0]), "A"), "voltage": _fmt(v_pack, "V")}))
    out.extend(_current_rules(result, pack))
    if not mods.fits:
        out.append(("footprint_too_small", "error", {
            "length": _fmt(float(pack["envelope_length"][0]) * 1e3, "mm", 0),
            "width": _fmt(float(pack["envelope_width"][0]) * 1e3, "mm", 0)}))
    board = ev.components.boards.get(ev.o.architecture.board)
    if board is not None and board.min_cells > 0:
        n_boards = -(-mods.module_series // board.max_cells)
        least = mods.module_series // n_boards
        if least < board.min_cells:
            out.append(("board_underused", "warning", {
                "board": board.name, "cells": str(least), "minimum": str(board.min_cells)}))
    return out


def _current_rules(result: Any, pack: dict) -> list[tuple[str, str, dict[str, str]]]:
    requested = result.options.operating_current
    if requested is None:
        return []
    amps = float(requested.to("A").magnitude)
    out = []
    fuse = float(pack["fuse_rating"][0])
    if amps > fuse:
        out.append(("fuse_rating", "error", {"current": _fmt(amps, "A"),
                                             "rating": _fmt(fuse, "A", 0)}))
    choice = int(pack["contactor_choice"][0])
    if choice >= 0 and pack["main_contactor:count"][0] > 0:
        rating = result.evaluator.components.contactors[choice].current_a
        if amps > rating:
            out.append(("contactor_current", "error", {"current": _fmt(amps, "A"),
                                                       "rating": _fmt(rating, "A", 0)}))
    return out


def rule_arrays(ev: Any) -> dict[str, np.ndarray]:
    """Per design, True where the rule is MET (explorer use)."""
    pp = ev.components.p
    pack = ev.get("pack")
    ctp = ev.o.architecture.cell_to_pack
    return {
        "module_voltage": ctp | (ev.get("module_voltage_max") <= pp["max_module_voltage"]
                                 * (1 + 1e-12)),
        "module_mass": ctp | ~(ev.get("module_mass") > pp["max_module_mass"]),
        "strings": pack["strings"] <= pp["max_strings"],
        "contactor": pack["contactor_ok"],
        "fits": pack["fits"],
    }
