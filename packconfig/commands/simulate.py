"""``packconfig simulate``: run a load profile or drive cycle on a pack (docs/simulation.md)."""

from __future__ import annotations

import argparse
import json
import math

import numpy as np

from packconfig import display
from packconfig.commands.common import add_cell_arguments, resolve_cell, whole_number
from packconfig.core import sim
from packconfig.core.constants import THERMAL
from packconfig.core.errors import InputError
from packconfig.core.sim.profiles import read_profile_csv
from packconfig.core.units import Q_, parse_any_quantity, parse_quantity

CYCLE_CHOICES = (*sim.CYCLES, "cltc-p")


def add_pack_arguments(p: argparse.ArgumentParser) -> None:
    add_cell_arguments(p)
    p.add_argument("--series", "-s", required=True, metavar="S", help="cells in series")
    p.add_argument("--parallel", "-p", required=True, metavar="P", help="cells in parallel")
    p.add_argument("--ambient", default="25 degC", help='ambient temperature (default "25 degC")')
    p.add_argument("--thermal", choices=THERMAL, default="air",
                   help="cooling of the cells (default air)")
    p.add_argument("--json", action="store_true", help="print a JSON object")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("simulate", help="run a drive cycle or load profile on S×P cells")
    add_pack_arguments(p)
    load = p.add_mutually_exclusive_group(required=True)
    load.add_argument("--cycle", choices=CYCLE_CHOICES, help="a standard drive cycle")
    load.add_argument("--profile", metavar="FILE.csv",
                      help="time + power, current or speed, units in the header")
    load.add_argument("--constant-current", metavar="I", help='e.g. "100 A" (discharge > 0)')
    load.add_argument("--constant-power", metavar="P", help='e.g. "50 kW" (discharge > 0)')
    p.add_argument("--vehicle", metavar="PRESET_OR_FILE",
                   help=f"for cycles and speed profiles: {', '.join(sim.presets())} or a "
                        ".toml vehicle file")
    p.add_argument("--initial-soc", default="1.0", help="starting SOC, 0..1 (default 1.0)")
    p.add_argument("--until-empty", action="store_true",
                   help="repeat the cycle or profile until a cell limit (range)")
    p.set_defaults(func=run)


def ambient_kelvin(text: str) -> float:
    return sim.kelvin(parse_any_quantity(text, "--ambient"), "--ambient")


def pack_counts(args: argparse.Namespace) -> tuple[int, int]:
    return (whole_number(args.series, "--series", maximum=1000),
            whole_number(args.parallel, "--parallel", maximum=1000))


def _profile(args: argparse.Namespace) -> sim.Profile:
    needs_vehicle = args.cycle is not None
    if args.profile:
        kind = read_profile_csv(args.profile)[0]
        needs_vehicle = kind == "speed"
    vehicle = None
    if needs_vehicle:
        if args.cycle == "cltc-p":
            sim.vehicle.cycle_trace("cltc-p")  # raises the clear "not shipped" error
        if not args.vehicle:
            raise InputError("a drive cycle needs --vehicle (a preset or a .toml file)"
                             ).coded("sim_needs_vehicle")
        vehicle = sim.load_vehicle(args.vehicle)
    if args.cycle:
        return sim.cycle_profile(args.cycle, vehicle, repeat=args.until_empty)
    if args.profile:
        if vehicle is not None:
            return sim.speed_csv_profile(args.profile, vehicle, repeat=args.until_empty)
        prof = sim.csv_profile(args.profile)
        return sim.Profile(prof.name, prof.segments, args.until_empty, prof.source)
    if args.constant_current:
        return sim.constant_current(parse_quantity(args.constant_current, "current",
                                                   "--constant-current"))
    return sim.constant_power(parse_quantity(args.constant_power, "power", "--constant-power"))


def _fraction(text: str, name: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise InputError(f"{name} must be a number 0..1, got {text!r}").coded(
            "sim_fraction", name=name, got=text) from None
    if not 0 <= value <= 1:
        raise InputError(f"{name} must be a fraction 0..1, got {text}").coded(
            "sim_fraction", name=name, got=text)
    return value


def series_json(values: np.ndarray, unit: str, digits: int = 6) -> dict[str, object]:
    return {"value": [None if not math.isfinite(v) else round(float(v), digits)
                      for v in values], "unit": unit}


def _q(value: float, unit: str) -> dict[str, object] | None:
    return None if not math.isfinite(value) else {"value": value, "unit": unit}


def run(args: argparse.Namespace) -> int:
    cell = resolve_cell(args)
    s, p = pack_counts(args)
    ambient = ambient_kelvin(args.ambient)
    soc0 = _fraction(args.initial_soc, "--initial-soc")
    profile = _profile(args)
    model = sim.cell_model(cell)
    res = sim.simulate(model, s, p, profile, thermal=args.thermal, ambient=ambient,
                       initial_soc=soc0, until_empty=args.until_empty)
    sm = {k: float(v[0]) for k, v in res.summary.items()}
    if args.json:
        print(json.dumps(result_json(cell.id, s, p, res, sm, model), ensure_ascii=False))
        return 0
    print(f"{cell.id} {s}s{p}p, {res.profile}, {args.thermal} cooling, ambient "
          f"{display.quantity(Q_(ambient, 'K'), 'temperature')}")
    print(f"  stopped: {sim.END_TEXT[res.end_reason[0]]} after "
          f"{display.quantity(Q_(sm['duration'], 's'), 'time')}")
    rows = [("energy delivered", Q_(sm["energy_delivered"], "J"), "energy"),
            ("losses", Q_(sm["losses"], "J"), "energy"),
            ("distance", Q_(sm["distance"], "m") if sm["distance"] else None, "distance"),
            ("range", Q_(sm["range"], "m") if math.isfinite(sm["range"]) else None,
             "distance"),
            ("consumption", Q_(sm["consumption"], "J/m")
             if math.isfinite(sm["consumption"]) else None, "consumption"),
            ("lowest voltage", Q_(sm["min_voltage"], "V"), "voltage"),
            ("cut-off voltage", Q_(sm["cutoff_voltage"], "V"), "voltage"),
            ("highest temperature", Q_(sm["max_temperature"], "K"), "temperature"),
            ("temperature limit", Q_(sm["temperature_limit"], "K"), "temperature")]
    for label, q, kind in rows:
        print(f"  {label.ljust(20)} {display.quantity(q, kind)}")
    print(f"  model confidence     {model.confidence()} (docs/simulation.md)")
    return 0


def result_json(cell_id: str, s: int, p: int, res: sim.SimResult, sm: dict,
                model: sim.CellModel) -> dict[str, object]:
    cond = res.conditions
    return {
        "cell": cell_id, "configuration": f"{s}s{p}p", "profile": res.profile,
        "conditions": {"thermal": cond.thermal,
                       "heat_transfer_coefficient": _q(cond.h, "W/m**2/K"),
                       "ambient": _q(cond.ambient, "K"), "initial_soc": cond.initial_soc},
        "series": {
            "time": series_json(res.row(0, "time"), "s", 3),
            "voltage": series_json(res.row(0, "voltage"), "V", 4),
            "current": series_json(res.row(0, "current"), "A", 4),
            "power": series_json(res.row(0, "power"), "W", 1),
            "soc": series_json(res.row(0, "soc"), "1", 6),
            "temperature": series_json(res.row(0, "temperature"), "K", 4),
        },
        "summary": {
            "energy_delivered": _q(sm["energy_delivered"] / 3.6e6, "kWh"),
            "losses": _q(sm["losses"] / 3.6e6, "kWh"),
            "efficiency": sm["efficiency"] if math.isfinite(sm["efficiency"]) else None,
            "distance": _q(sm["distance"] / 1e3, "km"),
            "range": _q(sm["range"] / 1e3, "km"),
            "consumption": _q(sm["consumption"] / 36.0, "kWh/100 km"),  # J/m -> kWh/100 km
            "min_voltage": _q(sm["min_voltage"], "V"),
            "cutoff_voltage": _q(sm["cutoff_voltage"], "V"),
            "max_temperature": _q(sm["max_temperature"], "K"),
            "temperature_limit": _q(sm["temperature_limit"], "K"),
            "duration": _q(sm["duration"], "s"),
            "end_reason": res.end_reason[0],
            "end_reason_text": sim.END_TEXT[res.end_reason[0]],
            "model_confidence": model.confidence(),
        },
        "cell_model": model.to_json(float(res.heat_transfer[0]), cond.ambient),
    }
