"""The datasheet cycle-life rating of a cell and the scaling of a model to it.

A rating is "N cycles to Y % of the initial capacity at T, charge/discharge C-rates
and depth of discharge D" (cell fields ``cycle_life``, ``cycle_life_temperature``,
``cycle_life_charge_rate``, ``cycle_life_discharge_rate``, ``cycle_life_dod``,
``cycle_life_end_capacity``). The test is replayed as a duty: full cycles back to back
with a rest after each half cycle (``test_rest_per_half_cycle``), so the calendar fade
accrued during the test is inside the rating. The model's cycle prefactor is then
multiplied by ``m`` so that the projection reaches Y % at N cycles (docs/life.md §5):

    m = (1 − Y − kc·t_N^zc) / (kq·(N·D)^zq)

A missing test temperature or depth of discharge is assumed (and flagged); a missing
cycle count, end capacity or C-rate refuses the projection.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from packconfig.core.cells.model import Cell
from packconfig.core.errors import NotAvailable
from packconfig.core.life.data import Family, ageing_data
from packconfig.core.life.rates import rates_for, stress_of
from packconfig.core.life.usage import ZERO_C, Usage


@dataclass(frozen=True)
class Rating:
    cycles: int
    temperature: float  # K
    charge_rate: float  # 1/h
    discharge_rate: float  # 1/h
    dod: float
    end_capacity: float
    assumed: tuple[str, ...] = ()  # "temperature", "dod"

    @property
    def cycle_hours(self) -> float:
        rest = ageing_data().general["test_rest_per_half_cycle"].value
        return self.dod / self.charge_rate + self.dod / self.discharge_rate + 2 * rest

    def usage(self) -> Usage:
        """The datasheet test as a duty (cycles back to back; rests at mid SOC)."""
        return Usage(cycles_per_day=24.0 / self.cycle_hours, dod=self.dod,
                     charge_rate=self.charge_rate, discharge_rate=self.discharge_rate,
                     ambient=(self.temperature,), temperature_rise=0.0, rest_soc=0.5,
                     years=self.cycles * self.cycle_hours / 24.0 / 365.25)



def rating_of(cell: Cell) -> Rating:
    """The cell's rating; raises :class:`NotAvailable` (coded) if it cannot be used."""
    lacking = [(name, zh) for name, zh, value in (
        ("cycle life", "循环次数", cell.cycle_life),
        ("end capacity", "终止容量", cell.cycle_life_end_capacity),
        ("charge C-rate", "充电倍率", cell.cycle_life_charge_rate),
        ("discharge C-rate", "放电倍率", cell.cycle_life_discharge_rate)) if value is None]
    if lacking:
        missing = [name for name, _zh in lacking]
        raise NotAvailable(
            f"{cell.id}: the datasheet cycle-life rating lacks {', '.join(missing)}; give "
            "them in a cell file to project its life").coded(
            "life_no_rating", cell=cell.id, missing=missing,
            missing_zh=[zh for _name, zh in lacking])
    general = ageing_data().general
    assumed = []
    if cell.cycle_life_temperature is None:
        temperature = general["assumed_test_temperature"].value + ZERO_C
        assumed.append("temperature")
    else:
        temperature = float(cell.cycle_life_temperature.to("K").magnitude)
    if cell.cycle_life_dod is None:
        dod = general["assumed_test_dod"].value
        assumed.append("dod")
    else:
        dod = float(cell.cycle_life_dod.to("").magnitude)
    return Rating(int(cell.cycle_life), temperature,
                  float(cell.cycle_life_charge_rate.to("1/h").magnitude),
                  float(cell.cycle_life_discharge_rate.to("1/h").magnitude), dod,
                  float(cell.cycle_life_end_capacity.to("").magnitude), tuple(assumed))


@lru_cache(maxsize=1024)
def scale_factor(family_key: str, chemistry: str, rating: Rating) -> float:
    """The cycle-prefactor multiplier ``m`` that makes ``family`` meet ``rating``."""
    family: Family = ageing_data().families[family_key]
    usage = rating.usage()
    r = rates_for(family, stress_of([usage]), chemistry)
    days = rating.cycles * rating.cycle_hours / 24.0
    calendar = float(r.kc.ravel()[0]) * days ** r.zc
    cycle = float(r.kq.ravel()[0]) * (rating.cycles * rating.dod) ** r.zq
    room = 1.0 - rating.end_capacity - calendar
    if room <= 0 or cycle <= 0:
        raise NotAvailable(
            f"the model's calendar fade alone reaches {rating.end_capacity:.0%} before "
            f"the rated {rating.cycles} cycles; the rating cannot be reproduced").coded(
            "life_rating_unreachable", cycles=rating.cycles)
    return room / cycle
