"""Benchmark of the design-space explorer; prints one JSON object.

Full sweep: every catalog cell × S 1..400 × P 1..200 (~3M candidates) against the
issue's requirement set (350–420 V nominal, >= 60 kWh usable, >= 150 kW continuous,
<= 500 kg, priced in CNY), timed as the median of several runs:

* ``pruned``: the default search (voltage window pruned per cell before S×P grids);
* ``brute_force``: ``prune=False``, every one of the ~3M candidates through the
  vectorised Evaluator and the int64 price path.

Scalar reference: a random sample of candidates evaluated one by one with pint
quantities (``physics.compute_pack`` + ``costing.cost_pack``) and checked against the
same requirements; its per-candidate time is extrapolated to the whole space.

    .venv/bin/python benchmarks/bench_search.py [--runs 7] [--sample 300] [--profile]
        [--new-requirements]

``--new-requirements`` also times the full sweep with each requirement the Design
explorer's Modules / In use / Lifetime groups add (one at a time, on top of the set
above; the simulated and lifetime rules start cold in every run, as a new search does)
and prints the machine's load average beside it.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import platform
import pstats
import random
import statistics
import time

import numpy as np

from packconfig.core.cells.catalog import load_catalog
from packconfig.core.commerce.costing import cost_pack
from packconfig.core.commerce.settings import load_settings
from packconfig.core.explore import engine as explore_engine
from packconfig.core.explore.engine import search
from packconfig.core.explore.requirements import requirements_from_text
from packconfig.core.pack.options import PackOptions
from packconfig.core.pack.physics import compute_pack

REQUIREMENTS = {"min_voltage": "350 V", "max_voltage": "420 V",
                "min_energy_usable": "60 kWh", "min_power": "150 kW", "max_mass": "500 kg"}


def _scalar_check(cell, s, p, reqs, ctx, options) -> bool:
    r = compute_pack(cell, s, p, options)
    price = cost_pack(cell, s, p, ctx, energy_usable=r["energy_usable"]).price
    checks = [r["voltage_nominal"] >= reqs.min_voltage, r["voltage_nominal"] <= reqs.max_voltage,
              r["energy_usable"] >= reqs.min_energy_usable]
    power, mass = r["power_continuous_max"], r["mass_pack"]
    checks.append(power is not None and power >= reqs.min_power)
    checks.append(mass is not None and mass <= reqs.max_mass)
    return all(checks) and price.amount > 0


def _median_time(fn, runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def _new_requirements(cells, ctx, options, runs: int, base_s: float) -> dict:
    """Full sweep with each new requirement (median of ``runs``), seconds and added."""
    import os

    from packconfig.core import sim
    from packconfig.core.explore.life_rules import LifeRequirement
    from packconfig.core.explore.sim_rules import SimRequirements
    from packconfig.core.life.usage import make_usage

    zoe = sim.presets()["zoe-ze50"]
    wltc = sim.cycle_profile("wltc3b", zoe)
    cases = {
        "max_module_voltage 60 V": ({"max_module_voltage": "60 V"}, None),
        "max_module_mass 25 kg": ({"max_module_mass": "25 kg"}, None),
        "runs WLTC (Zoe), 40 degC, air": ({}, SimRequirements(profile=wltc, ambient=313.15)),
        "range >= 300 km on WLTC": ({}, SimRequirements(range_profile=wltc, min_range=3e5)),
        "peak <= 45 degC at 40 degC": ({}, SimRequirements(
            profile=wltc, max_peak_temperature=318.15, ambient=313.15)),
        "10-80 % <= 60 min on 60 kW": ({}, SimRequirements(max_charge_time=3600.0,
                                                           charger_power=60e3)),
        "life >= 2 years to 80 % (1/day, 0.5C), thermal air": ({"life": LifeRequirement(
            min_years=2.0, usage=make_usage(), thermal="air")}, None),
        "life >= 1500 cycles to 70 % (2/day, 1C), thermal liquid": ({"life": LifeRequirement(
            min_cycles=1500.0, soh=0.7, usage=make_usage(cycles_per_day=2, charge_rate=1,
                                                         discharge_rate=1),
            thermal="liquid")}, None),
        # nothing feasible: the engine's diagnosis (suggestions) runs too; it evaluates
        # the dear figures only where they can change a suggestion (explore/diagnose.py)
        "life >= 3 years to 80 % (nothing feasible), thermal air": ({"life": LifeRequirement(
            min_years=3.0, usage=make_usage(), thermal="air")}, None),
        "life >= 3 years to 80 % (nothing feasible), no rise": ({"life": LifeRequirement(
            min_years=3.0, usage=make_usage())}, None),
    }
    out = {"base_seconds": round(base_s, 4), "budget_seconds": 1.0}
    for name, (extra, sim_reqs) in cases.items():
        reqs = requirements_from_text({**REQUIREMENTS, **extra})
        secs, res = _median_time(lambda r=reqs, q=sim_reqs: search(
            cells, r, ctx=ctx, options=options, sim=q), max(3, runs // 2))
        out[name] = {"seconds": round(secs, 4), "added": round(secs - base_s, 4),
                     "feasible": res.feasible}
    out["load_average_1_5_15_min"] = [round(x, 2) for x in os.getloadavg()]
    out["cpus"] = os.cpu_count()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--sample", type=int, default=300)
    ap.add_argument("--profile", action="store_true", help="add cProfile top functions")
    ap.add_argument("--new-requirements", action="store_true",
                    help="time the sweep with each module / in-use / lifetime requirement")
    a = ap.parse_args()
    cells = list(load_catalog())
    options = PackOptions()
    ctx = load_settings().context("CNY", dt.date(2026, 1, 1), options.overhead)
    reqs = requirements_from_text(REQUIREMENTS)

    def run(prune: bool):
        return search(cells, reqs, ctx=ctx, options=options, prune=prune)

    run(True)  # warm imports and the chemistry table
    explore_engine._CACHE.clear()
    t = time.perf_counter()
    run(True)  # cold: cell and cost tables built (pint and Decimal, once per catalog)
    cold_s = time.perf_counter() - t
    pruned_s, pruned = _median_time(lambda: run(True), a.runs)
    brute_s, brute = _median_time(lambda: run(False), a.runs)
    assert pruned.feasible == brute.feasible and pruned.rejections == brute.rejections

    rng = random.Random(7)
    sample = [(rng.choice(cells), rng.randint(1, 400), rng.randint(1, 200))
              for _ in range(a.sample)]
    t = time.perf_counter()
    scalar_feasible = sum(_scalar_check(c, s, p, reqs, ctx, options) for c, s, p in sample)
    per_candidate = (time.perf_counter() - t) / len(sample)
    total = pruned.total
    scalar_total = per_candidate * total
    out = {
        "machine": {"python": platform.python_version(), "numpy": np.__version__,
                    "cpu": platform.processor() or platform.machine()},
        "requirements": REQUIREMENTS,
        "cells": len(cells),
        "candidates": total,
        "feasible": pruned.feasible,
        "pareto": pruned.pareto_count,
        "runs": a.runs,
        "seconds": round(pruned_s, 4),
        "candidates_per_second": round(total / pruned_s),
        "evaluated_by_engine": pruned.evaluated,
        "cold_seconds_incl_table_build": round(cold_s, 4),
        "speedup_vs_scalar": round(scalar_total / pruned_s),
        "brute_force": {
            "seconds": round(brute_s, 4),
            "evaluated_by_engine": brute.evaluated,
            "candidates_per_second": round(total / brute_s),
            "speedup_vs_scalar": round(scalar_total / brute_s),
        },
        "scalar": {"sample": len(sample), "sample_feasible": scalar_feasible,
                   "seconds_per_candidate": per_candidate,
                   "extrapolated_seconds": round(scalar_total, 1)},
    }
    if a.new_requirements:
        out["new_requirements"] = _new_requirements(cells, ctx, options, a.runs, pruned_s)
    if a.profile:
        prof = cProfile.Profile()
        prof.enable()
        run(False)
        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(8)
        out["profile_brute_force_top"] = [ln.strip() for ln in buf.getvalue().splitlines()
                                          if ln.strip()][-9:]
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
