"""Benchmark of the pack simulation (core/sim); prints one JSON object.

One pack (CBAK-32140FS, 96s20p, Zoe ZE50 preset, air cooling, 25 °C):

* ``wltc``: one WLTC class 3b run, 1,800 s at 1 s (budget 5 ms, median);
* ``range``: repeated WLTC until cut-off / empty (budget 50 ms, median);

each next to the plain-Python loop of the same scheme
(:mod:`packconfig.core.sim.reference`) timed in the same run, and the vectorised
answers are checked against it.

    .venv/bin/python benchmarks/bench_sim.py [--runs 15] [--explorer]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time

import numpy as np

from packconfig.core import sim
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.sim import reference

CELL, S, P = "CBAK-32140FS", 96, 20


def _median(fn, runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def _plain(model, profile, reps: int) -> dict:
    seg = profile.segments[0]
    load = (seg.value / (S * P)).tolist() * reps
    ha = model.area * sim.cooling_h("air")
    return reference.run(model, [1] * len(load), load, seg.dt.tolist() * reps, 1.0, 298.15,
                         298.15, ha)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--explorer", action="store_true",
                    help="also time the explorer's simulated requirements (slow)")
    a = ap.parse_args()
    model = sim.cell_model(load_catalog().get(CELL))
    profile = sim.cycle_profile("wltc3b", sim.load_vehicle("zoe-ze50"))
    sim.simulate(model, S, P, profile)  # warm up
    wltc_s, res = _median(lambda: sim.simulate(model, S, P, profile), a.runs)
    range_s, rng = _median(lambda: sim.simulate(model, S, P, profile, until_empty=True),
                           a.runs)
    plain_runs = max(3, a.runs // 5)
    plain_wltc_s, plain = _median(lambda: _plain(model, profile, 1), plain_runs)
    cycles = int(np.ceil(rng.summary["duration"][0] / 1800.0)) + 1
    plain_range_s, plain_r = _median(lambda: _plain(model, profile, cycles), 1)
    v_fast = res.row(0, "voltage")[:-1] / S
    v_plain = np.array(plain["voltage"])
    out = {
        "machine": {"python": platform.python_version(), "numpy": np.__version__,
                    "cpu": platform.processor() or platform.machine()},
        "pack": f"{CELL} {S}s{P}p, zoe-ze50, air, 25 degC",
        "runs": a.runs,
        "wltc": {"steps": int(profile.segments[0].steps),
                 "median_ms": round(wltc_s * 1e3, 3), "budget_ms": 5.0,
                 "plain_python_ms": round(plain_wltc_s * 1e3, 2),
                 "speedup": round(plain_wltc_s / wltc_s, 1),
                 "max_voltage_difference_v": float(np.max(np.abs(v_fast - v_plain)))},
        "range": {"steps": int(rng.length[0] - 1),
                  "range_km": round(float(rng.summary["range"][0]) / 1e3, 2),
                  "end_reason": rng.end_reason[0],
                  "median_ms": round(range_s * 1e3, 2), "budget_ms": 50.0,
                  "plain_python_ms": round(plain_range_s * 1e3, 1),
                  "plain_python_steps_to_end": int(plain_r["end"]),
                  "speedup": round(plain_range_s / range_s, 1)},
    }
    if a.explorer:
        out["explorer"] = _explorer()
    print(json.dumps(out, indent=2))


def _explorer() -> dict:
    """Time the full catalog sweep (S 1-400 x P 1-200, 350-420 V, >= 60 kWh usable)
    without and with each simulated requirement (medians of 3)."""
    from packconfig.core.explore.engine import search
    from packconfig.core.explore.requirements import requirements_from_text
    from packconfig.core.explore.sim_rules import SimRequirements

    cells = list(load_catalog())
    reqs = requirements_from_text({"min_voltage": "350 V", "max_voltage": "420 V",
                                   "min_energy_usable": "60 kWh"})
    cycle = sim.cycle_profile("wltc3b", sim.load_vehicle("zoe-ze50"))
    cases = {"runs WLTC at 40 degC": SimRequirements(profile=cycle, ambient=313.15),
             "peak <= 45 degC at 40 degC": SimRequirements(
                 profile=cycle, max_peak_temperature=318.15, ambient=313.15),
             "10-80 % <= 40 min on 60 kW": SimRequirements(max_charge_time=2400,
                                                           charger_power=60e3),
             "range >= 300 km on WLTC": SimRequirements(range_profile=cycle,
                                                        min_range=300e3)}
    base_s, base = _median(lambda: search(cells, reqs, objective="mass"), 3)
    out = {"base_seconds": round(base_s, 3), "base_feasible": base.feasible}
    for name, sr in cases.items():
        t, res = _median(lambda sr=sr: search(cells, reqs, objective="mass", sim=sr), 3)
        out[name] = {"added_seconds": round(t - base_s, 3), "budget_seconds": 1.0,
                     "feasible": res.feasible,
                     "rejected": {k: v for k, v in res.rejections.items()
                                  if k.startswith("sim_")}}
    return out


if __name__ == "__main__":
    main()
