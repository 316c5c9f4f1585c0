"""``packconfig search``: the best packs across the whole catalog for a customer's
requirements (the design-space explorer, docs/explorer.md)."""

from __future__ import annotations

import argparse
import json

from packconfig import display, explain
from packconfig.commands.common import catalog as load_catalog
from packconfig.commands.common import parse_date, whole_number
from packconfig.commands.common import settings as load_settings
from packconfig.core.explore.engine import search
from packconfig.core.explore.requirements import OBJECTIVES, requirements_from_text
from packconfig.core.explore.results import SearchResult
from packconfig.core.money import CURRENCIES, Money, check_currency
from packconfig.core.pack.options import PackOptions

#: CLI flag -> Requirements field.
FLAGS: dict[str, str] = {
    "--min-voltage": "min_voltage", "--max-voltage": "max_voltage",
    "--max-charge-voltage": "max_charge_voltage",
    "--min-cutoff-voltage": "min_cutoff_voltage",
    "--min-capacity": "min_capacity", "--min-energy": "min_energy",
    "--min-energy-usable": "min_energy_usable", "--min-current": "min_current",
    "--min-power": "min_power", "--min-charge-power": "min_charge_power",
    "--max-mass": "max_mass", "--max-volume": "max_volume", "--max-length": "max_length",
    "--max-width": "max_width", "--max-height": "max_height", "--max-price": "max_price",
    "--max-module-voltage": "max_module_voltage", "--max-module-mass": "max_module_mass",
    "--chemistry": "chemistries", "--format": "formats", "--manufacturer": "manufacturers",
    "--series": "series", "--parallel": "parallel",
}
HELP = {
    "--min-voltage": 'minimum nominal pack voltage, e.g. "350 V"',
    "--max-voltage": 'maximum nominal pack voltage, e.g. "420 V"',
    "--max-charge-voltage": "limit on the pack's maximum (full-charge) voltage",
    "--min-cutoff-voltage": "limit on the pack's minimum (cut-off) voltage",
    "--min-energy-usable": 'minimum usable energy, e.g. "60 kWh"',
    "--min-power": 'minimum continuous discharge power, e.g. "150 kW"',
    "--max-price": 'maximum unit price, e.g. "80000 CNY"',
    "--max-module-voltage": 'largest module maximum voltage, e.g. "60 V" (module split)',
    "--max-module-mass": 'heaviest module, e.g. "23 kg" (module split)',
    "--chemistry": "allowed chemistries, comma-separated (LFP,NMC)",
    "--format": "allowed formats: cylindrical, prismatic, pouch or size codes (21700)",
    "--manufacturer": "allowed manufacturers, comma-separated (substring match)",
    "--series": "series range, default 1-400",
    "--parallel": "parallel range, default 1-200",
}
COLUMNS = (("energy_usable", "usable"), ("voltage_nominal", "V nom"),
           ("power_continuous_max", "power"), ("mass_pack", "mass"),
           ("volume_pack", "volume"))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="find the best packs in the catalog for requirements")
    for flag, dest in FLAGS.items():
        p.add_argument(flag, dest=dest, metavar="VALUE", help=HELP.get(flag))
    p.add_argument("--currency", type=str.upper, choices=sorted(CURRENCIES),
                   help="quote currency (default: that of --max-price, else the base "
                   "currency in the settings)")
    p.add_argument("--date", help="price date YYYY-MM-DD (exchange rates; default today)")
    p.add_argument("--sort", default="price", choices=list(OBJECTIVES),
                   help="objective (default price)")
    p.add_argument("--limit", default="20", metavar="N", help="rows to show (default 20)")
    p.add_argument("--json", action="store_true", help="print a JSON object")
    life_arguments(p)
    sim = p.add_argument_group("simulated requirements (docs/simulation.md)")
    sim.add_argument("--runs-cycle", metavar="CYCLE", help="must run this drive cycle "
                     "(wltc3b, udds, nedc) with --vehicle without reaching a cell limit")
    sim.add_argument("--vehicle", metavar="PRESET_OR_FILE", help="vehicle for cycles")
    sim.add_argument("--min-range", metavar="DIST", help='range on --range-cycle (default '
                     'the --runs-cycle or wltc3b), e.g. "300 km"')
    sim.add_argument("--range-cycle", metavar="CYCLE", help="cycle repeated for --min-range")
    sim.add_argument("--max-peak-temperature", metavar="T", help='highest cell temperature '
                     'on the cycle, e.g. "45 degC"')
    sim.add_argument("--max-charge-time", metavar="TIME", help='10-80 %% within, e.g. '
                     '"40 min"')
    sim.add_argument("--charger-power", metavar="P", help='charger for --max-charge-time')
    sim.add_argument("--sim-ambient", default="25 degC", metavar="T",
                     help='ambient of the simulated requirements (default "25 degC")')
    sim.add_argument("--sim-thermal", default="air", choices=("none", "air", "liquid"),
                     help="cooling for the simulated requirements (default air)")
    p.set_defaults(func=run)


def life_arguments(p: argparse.ArgumentParser) -> None:
    """The lifetime requirement (issue 17): --min-life-years / --min-life-cycles to
    --life-soh at the duty --life-cycles-per-day, --life-dod, --life-c-rate,
    --life-temperature."""
    p.add_argument("--min-life-years", help="minimum years to --life-soh at the duty")
    p.add_argument("--min-life-cycles", help="minimum equivalent full cycles to --life-soh")
    p.add_argument("--life-soh", default="0.8", help="end-of-life SOH (default 0.8)")
    p.add_argument("--life-cycles-per-day", default="1", help="duty: cycles per day")
    p.add_argument("--life-dod", default="0.8", help="duty: depth of discharge, 0..1")
    p.add_argument("--life-c-rate", default="0.5", help="duty: charge/discharge C-rate")
    p.add_argument("--life-temperature", default="25", help="duty: ambient °C")
    p.add_argument("--life-thermal", default="air", choices=("none", "air", "liquid", "off"),
                   help="cooling for the pack's temperature rise while cycling, from the "
                        "thermal model (default air); off = no rise")


def life_requirement(args: argparse.Namespace):
    """The lifetime requirement from the flags, or None when none was asked for."""
    if args.min_life_years is None and args.min_life_cycles is None:
        return None
    from packconfig.commands.life import _number
    from packconfig.core.explore.life_rules import LifeRequirement
    from packconfig.core.life.usage import make_usage

    rate = _number(args.life_c_rate, "C-rate")
    usage = make_usage(cycles_per_day=_number(args.life_cycles_per_day, "cycles per day"),
                       dod=_number(args.life_dod, "depth of discharge"), charge_rate=rate,
                       discharge_rate=rate,
                       temperature=_number(args.life_temperature, "ambient temperature"))
    years = None if args.min_life_years is None else _number(args.min_life_years, "years")
    cycles = (None if args.min_life_cycles is None
              else _number(args.min_life_cycles, "cycles"))
    thermal = "" if args.life_thermal == "off" else args.life_thermal
    return LifeRequirement(years, cycles, _number(args.life_soh, "lifetime SOH"), usage,
                           thermal)


def sim_requirements(args: argparse.Namespace):
    """The simulated requirements of the flags, or ``None`` when none is given."""
    from packconfig.core import sim
    from packconfig.core.errors import InputError
    from packconfig.core.explore.sim_rules import SimRequirements
    from packconfig.core.units import parse_any_quantity, parse_quantity

    wanted = (args.runs_cycle, args.min_range, args.max_peak_temperature,
              args.max_charge_time)
    if not any(wanted):
        return None
    cycle = args.range_cycle or args.runs_cycle or "wltc3b"
    vehicle = None
    if args.runs_cycle or args.min_range or args.max_peak_temperature:
        if not args.vehicle:
            raise InputError("a drive cycle needs --vehicle (a preset or a .toml file)"
                             ).coded("sim_needs_vehicle")
        vehicle = sim.load_vehicle(args.vehicle)
    runs = sim.cycle_profile(args.runs_cycle, vehicle) if args.runs_cycle else None
    ranged = sim.cycle_profile(cycle, vehicle) if args.min_range else None
    if args.max_peak_temperature and runs is None:
        runs = sim.cycle_profile(cycle, vehicle)

    def kelvin(text: str | None, name: str) -> float | None:
        return None if text is None else sim.kelvin(parse_any_quantity(text, name), name)

    power = None if args.charger_power is None else float(parse_quantity(
        args.charger_power, "power", "--charger-power").to("W").magnitude)
    return SimRequirements(
        profile=runs, range_profile=ranged,
        min_range=None if args.min_range is None else float(parse_quantity(
            args.min_range, "length", "--min-range").to("m").magnitude),
        max_peak_temperature=kelvin(args.max_peak_temperature, "--max-peak-temperature"),
        max_charge_time=None if args.max_charge_time is None else float(parse_quantity(
            args.max_charge_time, "time", "--max-charge-time").to("s").magnitude),
        charger_power=power, ambient=kelvin(args.sim_ambient, "--sim-ambient"),
        thermal=args.sim_thermal)


def run(args: argparse.Namespace) -> int:
    names = {dest: flag for flag, dest in FLAGS.items()}
    values = {dest: getattr(args, dest) for dest in FLAGS.values()}
    values["life"] = life_requirement(args)
    reqs = requirements_from_text(values, names)
    limit = whole_number(args.limit, "--limit", 1, 10_000)
    day = parse_date(args.date)
    settings = load_settings()
    currency = args.currency or (reqs.max_price.currency if reqs.max_price
                                 else settings.base_currency)
    currency = check_currency(currency, "--currency")
    options = PackOptions()
    ctx = settings.context(currency, day, options.overhead)
    catalog = load_catalog()
    result = search(list(catalog), reqs, objective=args.sort, ctx=ctx, options=options,
                    limit=max(limit, 20), sim=sim_requirements(args))
    if args.json:
        print(json.dumps(explain.search_json(result, limit), ensure_ascii=False, indent=2))
        return 0
    print_table(result, limit)
    return 0


def _split(result: SearchResult, i: int) -> str:
    """``33 × 3S37P``: the design's suggested module split."""
    a = result.arrays
    if "module_count" not in a:
        return ""
    return (f"{int(a['module_count'][i])} × {int(a['module_series'][i])}S"
            f"{int(a['module_parallel'][i])}P")


def print_table(result: SearchResult, limit: int) -> None:
    head = ["#", "cell", "config", "modules", "price"] + [label for _k, label in COLUMNS] + [
        "/kWh", "P"]
    rows = []
    for i in range(min(limit, len(result))):
        cid, s, p = result.design(i)
        price = result.price(i)
        ppk = result.arrays["price_per_kwh"][i]
        per_kwh = "" if price is None or ppk != ppk else display.money(
            Money(f"{ppk:.2f}", price.currency))
        rows.append([str(i + 1), cid, f"{s}S{p}P", _split(result, i), display.money(price)]
                    + [display.result(k, result.quantity(k, i)) for k, _l in COLUMNS]
                    + [per_kwh, "*" if result.arrays["pareto"][i] else ""])
    if rows:
        widths = [max(len(r[c]) for r in [head, *rows]) for c in range(len(head))]
        left = {1, 2, 3}
        for r in [head, *rows]:
            print("  ".join(cell.ljust(w) if c in left else cell.rjust(w)
                            for c, (cell, w) in enumerate(zip(r, widths, strict=True))))
        print(f"sorted by {OBJECTIVES[result.objective][0]}; * = on the Pareto front of "
              f"(price, mass, volume) ({result.pareto_count} designs)")
    for line in explain.explanation(result):
        print(line)
