"""``packconfig charge``: CC-CV charge time and grid energy of a pack (docs/simulation.md)."""

from __future__ import annotations

import argparse
import json
import math

from packconfig import display
from packconfig.commands.common import resolve_cell
from packconfig.commands.simulate import (
    add_pack_arguments,
    ambient_kelvin,
    pack_counts,
    series_json,
)
from packconfig.core import sim
from packconfig.core.errors import InputError
from packconfig.core.sim.charging import CHARGE_END
from packconfig.core.units import Q_, parse_quantity


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("charge", help="CC-CV charge time of S×P cells on a charger")
    add_pack_arguments(p)
    p.add_argument("--from", dest="soc_from", default="0.1", help="start SOC (default 0.1)")
    p.add_argument("--to", dest="soc_to", default="0.8", help="target SOC (default 0.8)")
    p.add_argument("--charger-power", help='charger DC power limit, e.g. "60 kW" (default: '
                                           'only the cell limits)')
    p.add_argument("--charger-efficiency", help="grid to pack, 0..1 (default 0.90, "
                                                "resources/ecm.toml)")
    p.set_defaults(func=run)


def _number(text: str | None, name: str) -> float | None:
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        raise InputError(f"{name} must be a number, got {text!r}").coded(
            "sim_fraction", name=name, got=text) from None


def run(args: argparse.Namespace) -> int:
    cell = resolve_cell(args)
    s, p = pack_counts(args)
    ambient = ambient_kelvin(args.ambient)
    power = None
    if args.charger_power:
        power = float(parse_quantity(args.charger_power, "power", "--charger-power")
                      .to("W").magnitude)
    model = sim.cell_model(cell)
    res = sim.charge(model, s, p, _number(args.soc_from, "--from"),
                     _number(args.soc_to, "--to"), charger_power=power, ambient=ambient,
                     thermal=args.thermal,
                     charger_efficiency=_number(args.charger_efficiency,
                                                "--charger-efficiency"))
    t = float(res.charge_time[0])
    if args.json:
        print(json.dumps({
            "cell": cell.id, "configuration": f"{s}s{p}p",
            "from": res.soc_from, "to": res.soc_to,
            "charger_power": None if power is None else {"value": power, "unit": "W"},
            "charger_efficiency": res.charger_efficiency,
            "ambient": {"value": ambient, "unit": "K"}, "thermal": args.thermal,
            "charge_time": None if not math.isfinite(t) else {"value": t / 60, "unit": "min"},
            "energy_into_pack": {"value": float(res.energy_in[0]) / 3.6e6, "unit": "kWh"},
            "energy_from_grid": {"value": float(res.energy_from_grid[0]) / 3.6e6,
                                 "unit": "kWh"},
            "max_temperature": {"value": float(res.max_temperature[0]), "unit": "K"},
            "end_reason": res.end_reason[0], "end_reason_text": CHARGE_END[res.end_reason[0]],
            "curve": {"time": series_json(res.row(0, "time"), "s", 1),
                      "soc": series_json(res.row(0, "soc"), "1", 6),
                      "current": series_json(res.row(0, "current"), "A", 3),
                      "voltage": series_json(res.row(0, "voltage"), "V", 3),
                      "power": series_json(res.row(0, "power"), "W", 1),
                      "temperature": series_json(res.row(0, "temperature"), "K", 3)},
            "model_confidence": model.confidence(),
        }, ensure_ascii=False))
        return 0
    print(f"{cell.id} {s}s{p}p, SOC {res.soc_from:.0%} -> {res.soc_to:.0%}, charger "
          f"{display.quantity(Q_(power, 'W'), 'power') if power else 'unlimited'}")
    when = display.quantity(Q_(t, "s"), "time") if math.isfinite(t) else "not reached"
    print(f"  charge time          {when} ({CHARGE_END[res.end_reason[0]]})")
    print(f"  energy from the grid {display.quantity(Q_(res.energy_from_grid[0], 'J'), 'energy')}")
    print(f"  highest temperature  "
          f"{display.quantity(Q_(res.max_temperature[0], 'K'), 'temperature')}")
    return 0
