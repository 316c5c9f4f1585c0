"""Benchmark: a 15-year lifetime projection of one design, next to a plain-Python loop.

    .venv/bin/python benchmarks/bench_life.py [--runs N]

Prints one JSON object with medians in milliseconds:

* ``projection_ms``: :func:`packconfig.core.life.project.project` of one design, monthly
  steps over 15 years (180 steps), monthly ambient temperatures (target <= 20 ms);
* ``summary_ms``: the same plus every output (years/cycles to 80/70 %, throughput,
  warranty, guaranteed vs typical, cost per kWh);
* ``plain_loop_ms``: the baseline measured in the same run - the same four power-law
  states advanced over the same 180 steps in a plain Python loop with ``math`` (no
  stress-factor evaluation, no outputs), i.e. the floor for any implementation;
* ``catalog_sweep_ms``: every catalog cell at once (the explorer's lifetime rule);
* ``explorer_ms`` / ``explorer_with_life_ms``: the full explorer sweep (every catalog
  cell × S 1..400 × P 1..200, priced in CNY, sorted by price) without and with a
  lifetime requirement, same run: a lenient one every projectable cell meets and a
  strict one (8 years to 80 % SOH at 1 cycle/day, which removes most cells);
  ``life_rule_ms`` is the rule itself (one projection per cell). Budget: <= 1 s added.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import tempfile
import time
from decimal import Decimal

os.environ.setdefault("PACKCONFIG_HOME", tempfile.mkdtemp(prefix="bench-life-"))


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 3)


def _plain_loop(k: list[list[float]], z: list[float], dx: list[float]) -> list[float]:
    """The same state update, one float at a time (k per step, as the monthly ambient
    changes it)."""
    y = [0.0, 0.0, 0.0, 0.0]
    for ks in k:
        for j in range(4):
            if ks[j] > 0:
                xv = (y[j] / ks[j]) ** (1.0 / z[j])
                y[j] = ks[j] * (xv + dx[j]) ** z[j]
    return y


def _explorer(cells, runs: int) -> dict[str, float]:
    import datetime as dt
    import statistics as st

    from packconfig.core.commerce.settings import load_settings
    from packconfig.core.explore.engine import search
    from packconfig.core.explore.life_rules import LifeRequirement
    from packconfig.core.explore.requirements import Requirements
    from packconfig.core.life.usage import make_usage

    ctx = load_settings().context("CNY", dt.date.today())
    from packconfig.core.explore.life_rules import life_reasons

    usage = make_usage(cycles_per_day=1)
    strict = LifeRequirement(min_years=8, soh=0.8, usage=usage)
    # a requirement every projectable cell meets: the sweep stays nearly full
    lenient = LifeRequirement(min_cycles=1, soh=0.8, usage=usage)
    search(cells, Requirements(), ctx=ctx)  # build the cached tables once
    out = {}
    for name, reqs in (("explorer_ms", Requirements()),
                       ("explorer_with_lenient_life_ms", Requirements(life=lenient)),
                       ("explorer_with_strict_life_ms", Requirements(life=strict))):
        out[name] = round(st.median(
            [_median_ms(lambda r=reqs: search(cells, r, ctx=ctx), 1) for _ in range(runs)]), 1)
    out["life_rule_ms"] = _median_ms(lambda: life_reasons(cells, strict), runs)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=50)
    args = ap.parse_args()

    from packconfig.core.cells.catalog import load_catalog
    from packconfig.core.life.outputs import summarise
    from packconfig.core.life.project import project, project_cells
    from packconfig.core.life.usage import make_usage
    from packconfig.core.money import Money

    catalog = load_catalog()
    cell = catalog.get("EVE-LF280K")
    monthly = [5, 6, 10, 15, 20, 25, 28, 27, 23, 17, 11, 6]
    usage = make_usage(cycles_per_day=1, dod=0.8, temperature=monthly, years=15)
    price = Money(Decimal("20000"), "CNY")
    p = project(cell, usage)  # warm caches (constants, scaling)
    k = [[float(x) for x in step[:, 0]] for step in p.rate_k]
    z = [float(x) for x in p.rate_z[:, 0]]
    dx = [float(x) for x in p.step_dx[0, :, 0]]
    cells = list(catalog)
    out = {
        "design": f"{cell.id} 16S1P, 1 cycle/day, 80 % DoD, monthly ambient, 15 years",
        "steps": int(p.days.size - 1),
        "projection_ms": _median_ms(lambda: project(cell, usage), args.runs),
        "summary_ms": _median_ms(lambda: summarise(cell, 16, 1, usage, price=price),
                                 args.runs),
        "plain_loop_ms": _median_ms(lambda: _plain_loop(k, z, dx), args.runs),
        "catalog_sweep_ms": _median_ms(lambda: project_cells(cells, usage), max(5, args.runs // 5)),
        "catalog_cells": len(cells),
        "target_projection_ms": 20,
    }
    out.update(_explorer(cells, max(3, args.runs // 10)))
    out["plain_loop_matches"] = all(math.isclose(a, float(b), rel_tol=1e-9) for a, b in zip(
        _plain_loop(k, z, dx), p.states[-1, :, 0], strict=True))
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
