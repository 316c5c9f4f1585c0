"""``packconfig life``: ageing, warranty proposal and lifetime cost of one pack design.

JSON contract (issue 17): ``years``, ``capacity_fraction``, ``resistance_factor`` (series),
``years_to_80``, ``cycles_to_80``, ``years_to_70``, ``cycles_to_70``, ``throughput``,
``warranty``, ``cost_per_kwh_delivered``, ``warnings``; plus the ``usage`` assumed, the
``model`` and the guaranteed-vs-typical ``figures``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from packconfig import display
from packconfig.commands.common import add_cell_arguments, resolve_cell
from packconfig.core import sim
from packconfig.core.commerce.costing import cost_pack
from packconfig.core.commerce.settings import load_settings
from packconfig.core.constants import THERMAL
from packconfig.core.errors import InputError, NotAvailable
from packconfig.core.life.outputs import LifeSummary, warranty_margin
from packconfig.core.life.usage import make_usage
from packconfig.core.money import CURRENCIES, check_currency
from packconfig.core.pack.physics import compute_pack
from packconfig.core.pack.validate import series_parallel
from packconfig.core.units import parse_any_quantity


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("life", help="ageing, warranty proposal and lifetime cost of S×P cells")
    add_cell_arguments(p)
    p.add_argument("--series", "-s", required=True, metavar="S", help="cells in series")
    p.add_argument("--parallel", "-p", required=True, metavar="P", help="cells in parallel")
    p.add_argument("--cycles-per-day", default="1", help="cycles per day (default 1)")
    p.add_argument("--dod", default="0.8", help="depth of discharge, 0..1 (default 0.8)")
    p.add_argument("--c-rate", default="0.5", help="charge and discharge C-rate (default 0.5)")
    p.add_argument("--charge-rate", help="charge C-rate, overrides --c-rate")
    p.add_argument("--discharge-rate", help="discharge C-rate, overrides --c-rate")
    p.add_argument("--temperature", default="25 degC",
                   help='ambient temperature, e.g. "25 degC"; or twelve monthly values '
                        'separated by commas')
    p.add_argument("--temperature-rise", default=None,
                   help="the pack's own rise while cycling, kelvin: overrides the thermal "
                        "model")
    p.add_argument("--thermal", choices=THERMAL, default="air",
                   help="cooling for the thermal model's temperature rise (default air)")
    use = p.add_argument_group("usage from a simulated profile (docs/life.md §4b)")
    src = use.add_mutually_exclusive_group()
    src.add_argument("--cycle", choices=sim.CYCLES, help="drive cycle run --cycles-per-day "
                     "times a day (with --vehicle); also the end-of-warranty range cycle")
    src.add_argument("--profile", metavar="FILE.csv", help="a load profile (time + power, "
                     "current, or speed with --vehicle) run --cycles-per-day times a day")
    use.add_argument("--vehicle", metavar="PRESET_OR_FILE",
                     help=f"for cycles: {', '.join(sim.presets())} or a .toml file")
    use.add_argument("--range-cycle", choices=sim.CYCLES,
                     help="end-of-warranty range on this cycle with --vehicle (daily duty)")
    use.add_argument("--initial-soc", default="1.0",
                     help="SOC at the start of the day's driving (default 1.0)")
    p.add_argument("--rest-soc", default="0.5", help="SOC while parked, 0..1 (default 0.5)")
    p.add_argument("--years", default="15", help="horizon in years (default 15)")
    p.add_argument("--margin", help="warranty confidence margin in percent "
                   "(default from settings, 20)")
    p.add_argument("--soh", default="0.7", help="warranty end-of-life SOH (default 0.7)")
    p.add_argument("--currency", default="CNY", type=str.upper, choices=sorted(CURRENCIES))
    p.add_argument("--step", choices=("month", "week", "day"), default="month")
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p.set_defaults(func=run)


def _number(text: str, name: str) -> float:
    try:
        return float(text)
    except (TypeError, ValueError):
        raise InputError(f"{name} must be a number, got {text!r}").coded(
            "life_not_number", name=name, got=repr(text)[:40]) from None


def _temperatures(text: str) -> list:
    parts = [t.strip() for t in text.split(",")]
    out = []
    for part in parts:
        try:
            out.append(float(part))  # a plain number is °C
        except ValueError:
            out.append(parse_any_quantity(part, "ambient temperature"))
    return out


def usage_from_args(args: argparse.Namespace):
    """The daily duty of the flags, with the rise as given (0 unless
    ``--temperature-rise``); :func:`_usage` adds the thermal model's rise."""
    rate = _number(args.c_rate, "C-rate")
    temps = _temperatures(args.temperature)
    return make_usage(
        cycles_per_day=_number(args.cycles_per_day, "cycles per day"),
        dod=_number(args.dod, "depth of discharge"),
        charge_rate=_number(args.charge_rate, "charge C-rate") if args.charge_rate else rate,
        discharge_rate=(_number(args.discharge_rate, "discharge C-rate")
                        if args.discharge_rate else rate),
        temperature=temps if len(temps) > 1 else temps[0],
        temperature_rise=(0.0 if args.temperature_rise is None
                          else _number(args.temperature_rise, "pack temperature rise")),
        rest_soc=_number(args.rest_soc, "rest SOC"), years=_number(args.years, "years"))


def _round(values, digits: int = 4) -> list[float]:
    return [round(float(v), digits) for v in values]


def to_json(s: LifeSummary) -> dict[str, Any]:
    u, w, fam = s.usage, s.warranty, s.projection.families[0]
    rating = s.projection.ratings[0]

    def opt(value, digits=2):
        return None if value is None else round(value, digits)

    return {
        "cell": s.cell.id, "series": s.series, "parallel": s.parallel,
        "usage": {"cycles_per_day": u.cycles_per_day, "dod": u.dod,
                  "charge_rate_per_h": u.charge_rate, "discharge_rate_per_h": u.discharge_rate,
                  "ambient_degC": [round(t, 2) for t in u.ambient_c],
                  "temperature_rise_K": u.temperature_rise,
                  "temperature_rise_source": rise_source(u), "thermal": u.thermal or None,
                  "profile": u.profile or None, "rest_soc": u.rest_soc,
                  "years": u.years,
                  "cycling_window_soc": [round(x, 4) for x in u.soc_window]},
        "model": {"family": fam.key, "name": fam.name, "sources": fam.sources,
                  "rating": display.rating(rating), "rating_assumed": list(rating.assumed),
                  "cycle_scale": round(float(s.projection.scale[0]), 4)},
        "years": _round(s.years, 4),
        "capacity_fraction": _round(s.capacity),
        "resistance_factor": _round(s.resistance),
        "years_to_80": opt(s.years_to[0.8]), "cycles_to_80": opt(s.cycles_to[0.8], 0),
        "years_to_70": opt(s.years_to[0.7]), "cycles_to_70": opt(s.cycles_to[0.7], 0),
        "throughput": {"value": round(float(s.throughput.to("MWh").magnitude), 3),
                       "unit": "MWh",
                       "until": f"{w.soh:.0%} SOH or the {u.years:g}-year horizon"},
        "warranty": {"years": round(w.years, 4), "months": w.months, "cycles": w.cycles,
                     "energy_mwh": str(w.energy_mwh),
                     "soh": w.soh, "margin": w.margin, "text": display.warranty(w)},
        "cost_per_kwh_delivered": None if s.cost_per_kwh is None else {
            "amount": str(s.cost_per_kwh.amount), "currency": s.cost_per_kwh.currency,
            "per": "kWh", "price": "list unit price of one pack"},
        "figures": [{"key": f.key, "typical": _fig(f.typical), "guaranteed": _fig(f.guaranteed)}
                    for f in s.figures],
        "warnings": [{"code": w.code, "message": w.message} for w in s.warnings],
        "end_of_warranty": end_of_warranty_json(s),
    }


def rise_source(u) -> str:
    """Where the usage's temperature rise came from, in words."""
    if not u.thermal:
        return "given"
    what = "simulated profile" if u.profile else "daily duty"
    return f"thermal model ({u.thermal} cooling, {what})"


def end_of_warranty_json(s: LifeSummary) -> dict[str, Any]:
    """The end-of-warranty pack figures, with the range on the chosen cycle (issue 17)."""
    figs = {f.key: f for f in s.figures}
    out: dict[str, Any] = {
        "years": round(s.warranty.years, 4),
        "usable_energy": _fig(figs["energy_usable_end"].typical),
        "power": _fig(figs["power_end"].typical),
        "range": None,
    }
    r = s.ranges
    if r is not None:
        def km(v: float):
            return None if v != v else {"value": round(v / 1e3, 1), "unit": "km"}

        out["range"] = {"typical": km(r.end_typical), "guaranteed": km(r.end_guaranteed),
                        "begin_of_life": km(r.new_typical),
                        "begin_of_life_guaranteed": km(r.new_guaranteed),
                        "cycle": r.cycle, "vehicle": r.vehicle,
                        "ambient_degC": round(r.ambient - 273.15, 2),
                        "thermal": r.thermal, "repeated": "until empty"}
    return out


def _fig(q) -> str | None:
    return None if q is None else f"{float(q.magnitude):.6g} {q.units:~C}"


def drives(args: argparse.Namespace):
    """(drive day, range drive) of the flags: ``--cycle``/``--profile`` is the day's
    driving (and the range cycle, if a cycle); ``--range-cycle`` a range only."""
    from packconfig.core.life.in_use import Drive
    from packconfig.core.sim.profiles import read_profile_csv

    cycle = getattr(args, "cycle", None)
    path = getattr(args, "profile", None)
    range_cycle = getattr(args, "range_cycle", None)
    needs_vehicle = bool(cycle or range_cycle) or (
        path is not None and read_profile_csv(path)[0] == "speed")
    vehicle = None
    if needs_vehicle:
        if not args.vehicle:
            raise InputError("a drive cycle needs --vehicle (a preset or a .toml file)"
                             ).coded("sim_needs_vehicle")
        vehicle = sim.load_vehicle(args.vehicle)
    name = "" if vehicle is None else (vehicle.name or args.vehicle)
    drive = None
    if cycle:
        drive = Drive(sim.cycle_profile(cycle, vehicle), sim.vehicle.CYCLE_NAMES[cycle], name)
    elif path:
        prof = (sim.speed_csv_profile(path, vehicle) if vehicle is not None
                else sim.csv_profile(path))
        drive = Drive(prof, prof.name, name)
    rng = None
    if range_cycle:
        rng = Drive(sim.cycle_profile(range_cycle, vehicle),
                    sim.vehicle.CYCLE_NAMES[range_cycle], name)
    elif drive is not None and cycle:
        rng = drive
    return drive, rng


def run(args: argparse.Namespace) -> int:
    from packconfig.commands.simulate import _fraction
    from packconfig.core.life.in_use import project_in_use

    series, parallel = series_parallel(args.series, args.parallel)
    cell = resolve_cell(args)
    duty = usage_from_args(args)
    drive, range_drive = drives(args)
    settings = load_settings()
    margin = (warranty_margin({"life": {"warranty_margin_pct": args.margin}})
              if args.margin is not None else warranty_margin(settings.raw))
    soh = _number(args.soh, "warranty SOH")
    if not 0.5 <= soh <= 0.95:
        raise InputError(f"warranty SOH must be between 0.5 and 0.95, got {soh:g}").coded(
            "life_range", name="warranty SOH", low="0.5", high="0.95", got=f"{soh:g}")
    try:
        price = cost_pack(cell, series, parallel,
                          settings.context(check_currency(args.currency), dt.date.today()),
                          evaluator=compute_pack(cell, series, parallel).evaluator).price
    except (NotAvailable, InputError):
        price = None  # no cell price and no default: the cost per kWh is not available
    thermal = None if args.temperature_rise is not None else args.thermal
    summary = project_in_use(cell, series, parallel, duty, thermal=thermal, drive=drive,
                             range_drive=range_drive,
                             initial_soc=_fraction(args.initial_soc, "--initial-soc"),
                             price=price, margin=margin, soh=soh, step=args.step,
                             cooling=args.thermal)
    if args.json:
        print(json.dumps(to_json(summary), ensure_ascii=False, indent=2))
        return 0
    _print(summary)
    return 0


def _print(s: LifeSummary) -> None:
    u, beyond = s.usage, s.usage.years
    print(f"{s.cell.manufacturer} {s.cell.model} ({s.cell.id}), {s.series}S{s.parallel}P")
    print(f"Usage: {u.cycles_per_day:g} cycles/day, {u.dod:.0%} DoD, {u.charge_rate:g}C "
          f"charge / {u.discharge_rate:g}C discharge, ambient "
          f"{', '.join(display.temperature(t) for t in u.ambient)}, rise "
          f"{u.temperature_rise:g} K ({rise_source(u)}), rest SOC {u.rest_soc:.0%}")
    if u.profile:
        print(f"  counted from: {u.profile} (rainflow)")
    print(f"Model: {s.projection.families[0].name}; scaled to "
          f"{display.rating(s.projection.ratings[0])}")
    at_end = float(s.projection.fec[0, -1])
    for level in (0.8, 0.7):
        print(f"  to {level:.0%} SOH: {display.years(s.years_to[level], beyond=beyond)}, "
              f"{display.cycles_beyond(s.cycles_to[level], at_end)} equivalent full cycles")
    print(f"  lifetime throughput: {display.quantity(s.throughput, 'throughput')}")
    print(f"  cost per kWh delivered: {display.cost_per_kwh(s.cost_per_kwh)}")
    print(f"  warranty proposal: {display.warranty(s.warranty)}")
    if s.ranges is not None:
        print(f"  range cycle: {s.ranges.cycle}, {s.ranges.vehicle}, repeated until empty")
    for f in s.figures:
        label = display.LIFE_FIGURE_LABELS["en"][f.key]
        print(f"  {label:<40} typical {display.life_figure(f.typical, f.kind):>14}   "
              f"guaranteed {display.life_figure(f.guaranteed, f.kind):>14}")
    for w in s.warnings:
        print(f"warning: {w.message}")

