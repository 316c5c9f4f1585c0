"""The equivalent-circuit model of one cell: tables on a SOC × temperature grid.

:func:`cell_model` builds a :class:`CellModel` from a catalog :class:`Cell`, its
chemistry's defaults (``resources/ecm.toml``) and the cell's own optional ECM fields.
Everything is in SI floats/arrays (V, Ω, F, C, kg, J/(kg·K), m², K). The tables are what
the solver interpolates (linearly) and what ``cell_model`` in the CLI's JSON prints, so
another tool given that block reproduces the run. See docs/simulation.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from packconfig.core.cells import chemistry as chem_mod
from packconfig.core.cells.model import Cell
from packconfig.core.errors import InputError, NotAvailable
from packconfig.core.sim.params import (
    GAS_CONSTANT,
    T_REF_C,
    ChemistryECM,
    chemistry_ecm,
    ecm_data,
    parse_temperature_range,
)
from packconfig.core.units import Q_, to_si

T_REF = T_REF_C + 273.15


@dataclass(frozen=True)
class CellModel:
    """ECM + lumped thermal parameters of one cell (SI). Tables are indexed
    ``[soc, temperature]`` on :attr:`soc` × :attr:`temperature`."""

    cell_id: str
    chemistry: str
    capacity: float  # C (rated, at 25 °C)
    mass: float  # kg
    specific_heat: float  # J/(kg·K)
    area: float  # m², the cooled surface
    soc: np.ndarray  # (nz,)
    temperature: np.ndarray  # (nT,) K
    ocv: np.ndarray  # (nz,) V
    r0: np.ndarray  # (nz, nT) Ω
    rc_r: np.ndarray  # (k, nz, nT) Ω
    rc_c: np.ndarray  # (k, nz, nT) F
    capacity_factor: np.ndarray  # (nT,)
    v_min: float
    v_max: float
    t_charge: tuple[float, float]  # K
    t_discharge: tuple[float, float]  # K
    charge_current: float  # A, the cell's charge-current limit (NaN: unknown)
    discharge_current: float  # A, max continuous discharge (NaN: unknown)
    charge_derating: tuple[np.ndarray, np.ndarray, np.ndarray] | None  # (from K, to K, f)
    sources: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def heat_capacity(self) -> float:
        """m·cp, J/K."""
        return self.mass * self.specific_heat

    def confidence(self) -> str:
        """The weakest confidence among the model's parameters."""
        order = ["estimate", "low", "medium", "high"]
        worst = "high"
        for _source, conf in self.sources.values():
            word = next((w for w in order if w in conf.lower()), "medium")
            if order.index(word) < order.index(worst):
                worst = word
        return worst

    def to_json(self, heat_transfer: float, ambient: float) -> dict[str, object]:
        """The ``cell_model`` block of the CLI's JSON (docs/simulation.md)."""
        temps = {"value": [round(t, 6) for t in self.temperature.tolist()], "unit": "K"}

        def table(values: np.ndarray, unit: str) -> dict[str, object]:
            return {"soc": self.soc.tolist(), "temperature": temps,
                    "value": values.tolist(), "unit": unit}

        r0 = table(self.r0, "ohm")
        return {
            "cell_id": self.cell_id,
            "chemistry": self.chemistry,
            "capacity": {"value": self.capacity / 3600.0, "unit": "A*h"},
            "capacity_factor": {"temperature": temps,
                                "value": self.capacity_factor.tolist()},
            "mass": {"value": self.mass, "unit": "kg"},
            "specific_heat": {"value": self.specific_heat, "unit": "J/kg/K"},
            "heat_transfer": {"value": heat_transfer, "unit": "W/K"},
            "ambient": {"value": ambient, "unit": "K"},
            "ocv": {"soc": self.soc.tolist(),
                    "voltage": {"value": self.ocv.tolist(), "unit": "V"}},
            "r0": {"soc": r0["soc"], "temperature": temps,
                   "resistance": {"value": r0["value"], "unit": "ohm"}},
            "rc": [{"soc": self.soc.tolist(), "temperature": temps,
                    "resistance": {"value": self.rc_r[k].tolist(), "unit": "ohm"},
                    "capacitance": {"value": self.rc_c[k].tolist(), "unit": "F"}}
                   for k in range(self.rc_r.shape[0])],
            "voltage_limits": {"value": [self.v_min, self.v_max], "unit": "V"},
            "temperature_discharge": {"value": list(self.t_discharge), "unit": "K"},
            "temperature_charge": {"value": list(self.t_charge), "unit": "K"},
            "interpolation": "linear in soc and temperature, clamped at the table ends",
            "sources": {k: {"source": s, "confidence": c} for k, (s, c) in
                        self.sources.items()},
        }


def arrhenius(temperature: np.ndarray, activation_energy: float) -> np.ndarray:
    """Resistance factor exp(Ea/R·(1/T − 1/T_ref)), 1 at 25 °C."""
    return np.exp(activation_energy / GAS_CONSTANT * (1.0 / temperature - 1.0 / T_REF))


def surface_area(cell: Cell) -> float:
    """Outer surface in m²: cylinder side + both ends, or all six faces of a box."""
    if not cell.has_geometry:
        raise NotAvailable(f"cell {cell.id} has no dimensions: the cooled surface (h·A) "
                           "cannot be computed").coded("sim_no_geometry", cell=cell.id)
    if cell.is_cylindrical:
        d, h = to_si(cell.diameter, "length"), to_si(cell.height, "length")
        return math.pi * d * h + 2 * math.pi * d * d / 4
    a, b, c = (to_si(getattr(cell, k), "length") for k in ("length", "width", "thickness"))
    return 2 * (a * b + a * c + b * c)


def _window(text: str, default, name: str, sources: dict) -> tuple[float, float]:
    parsed = parse_temperature_range(text) if text else None
    if parsed is not None:
        sources[name] = ("cell datasheet (cell file)", "high")
    else:
        parsed = default.value
        sources[name] = (default.source, default.confidence)
    return parsed[0] + 273.15, parsed[1] + 273.15


def _resistances(cell: Cell, ecm: ChemistryECM, capacity: float, sources: dict
                 ) -> tuple[float, list[tuple[float, float]]]:
    """R0 at 25 °C / 50 % SOC and the RC pairs [(R, tau)] at 25 °C."""
    pulse = ecm_data().dc_pulse
    pairs = [(rc.resistance_ratio, rc.time_constant, rc.source, rc.confidence)
             for rc in ecm.rc]
    dc = to_si(cell.dc_resistance, "resistance") if cell.dc_resistance else None
    if cell.internal_resistance is not None:
        r0 = to_si(cell.internal_resistance, "resistance")
        sources["r0"] = ("cell datasheet AC 1 kHz internal_resistance, taken as R0 "
                         "(see dc_ac)", "medium")
    elif dc is not None:
        gain = 1 + sum(ratio * -math.expm1(-pulse / tau) for ratio, tau, *_ in pairs)
        r0 = dc / gain
        sources["r0"] = ("cell dc_resistance (10 s) divided by 1 + sum(Rk/R0*(1-exp(-10 s/"
                         "tau_k))) of the chemistry's RC pairs", "medium")
    else:
        r0 = ecm.r0_capacity_product.value / capacity
        sources["r0"] = (f"chemistry default R0 x capacity: {ecm.r0_capacity_product.source}",
                         ecm.r0_capacity_product.confidence)
    rcs = [(ratio * r0, tau) for ratio, tau, *_ in pairs]
    for k, (_r, _t, src, conf) in enumerate(pairs):
        sources[f"rc{k + 1}"] = (src, conf)
    if dc is not None and cell.internal_resistance is not None and rcs and \
            cell.rc1_resistance is None:
        if dc <= r0:
            raise InputError(f"cell {cell.id}: dc_resistance must be above the AC "
                             "internal_resistance").coded("sim_dc_below_ac", cell=cell.id)
        tau = rcs[0][1]
        rcs[0] = ((dc - r0 - sum(r * -math.expm1(-pulse / t) for r, t in rcs[1:]))
                  / -math.expm1(-pulse / tau), tau)
        sources["rc1"] = ("R1 set so that R0 + R1*(1-exp(-10 s/tau1)) equals the cell's "
                          "dc_resistance; tau1: " + pairs[0][2], "medium")
    for k in (1, 2):
        r_q, t_q = getattr(cell, f"rc{k}_resistance"), getattr(cell, f"rc{k}_time_constant")
        if r_q is None and t_q is None:
            continue
        while len(rcs) < k:
            rcs.append((0.0, 1.0))
        r = to_si(r_q, "resistance") if r_q is not None else rcs[k - 1][0]
        tau = to_si(t_q, "time") if t_q is not None else rcs[k - 1][1]
        rcs[k - 1] = (r, tau)
        sources[f"rc{k}"] = (cell.ecm_source or "cell file", "as the cell file")
    return r0, rcs


def cell_model(cell: Cell) -> CellModel:
    """The ECM of ``cell`` (see the module docstring). Raises :class:`NotAvailable` when a
    figure the thermal model needs (mass, dimensions) is unknown."""
    data = ecm_data()
    ecm = chemistry_ecm(cell.chemistry)
    chem = chem_mod.get(cell.chemistry)
    if cell.mass is None:
        raise NotAvailable(f"cell {cell.id} has no mass: its heat capacity is unknown"
                           ).coded("sim_no_mass", cell=cell.id)
    sources: dict[str, tuple[str, str]] = {}
    capacity = to_si(cell.capacity, "charge")
    soc, temps = data.soc_grid, data.temperature_grid
    r0_ref, rcs = _resistances(cell, ecm, capacity, sources)
    if cell.activation_energy is not None:
        ea = ea_rc = float(cell.activation_energy.to("J/mol").magnitude)
        sources["activation_energy"] = (cell.ecm_source or "cell file", "as the cell file")
    else:
        ea, ea_rc = ecm.activation_energy.value, ecm.activation_energy_rc.value
        sources["activation_energy"] = (ecm.activation_energy.source,
                                        ecm.activation_energy.confidence)
        sources["activation_energy_rc"] = (ecm.activation_energy_rc.source,
                                           ecm.activation_energy_rc.confidence)
    xs, fs = ecm.r0_soc.value
    soc_f = np.interp(soc, xs, fs)
    sources["r0_soc"] = (ecm.r0_soc.source, ecm.r0_soc.confidence)
    r0 = r0_ref * soc_f[:, None] * arrhenius(temps, ea)[None, :]
    rc_r = np.array([np.broadcast_to(r * arrhenius(temps, ea_rc)[None, :],
                                     (soc.size, temps.size)) for r, _t in rcs]
                    ).reshape(len(rcs), soc.size, temps.size)
    rc_c = np.array([np.full((soc.size, temps.size), t / r if r > 0 else 0.0)
                     for r, t in rcs]).reshape(len(rcs), soc.size, temps.size)
    tc, fc = ecm.capacity_temperature.value
    sources["capacity_factor"] = (ecm.capacity_temperature.source,
                                  ecm.capacity_temperature.confidence)
    if cell.specific_heat is not None:
        cp = float(cell.specific_heat.to("J/kg/K").magnitude)
        sources["specific_heat"] = (cell.ecm_source or "cell file", "as the cell file")
    else:
        cp = ecm.specific_heat.value
        sources["specific_heat"] = (ecm.specific_heat.source, ecm.specific_heat.confidence)
    sources["ocv"] = (chem.ocv_source, "medium")
    derate = None
    if ecm.charge_derating is not None:
        lo, hi, f = ecm.charge_derating.value
        derate = (lo + 273.15, hi + 273.15, f)
        sources["charge_derating"] = (ecm.charge_derating.source,
                                      ecm.charge_derating.confidence)
    charge = cell.max_continuous_charge or cell.standard_charge
    v_min = cell.min_voltage or chem.min_voltage
    v_max = cell.max_voltage or chem.max_voltage
    return CellModel(
        cell_id=cell.id, chemistry=cell.chemistry, capacity=capacity,
        mass=to_si(cell.mass, "mass"), specific_heat=cp, area=surface_area(cell),
        soc=soc.copy(), temperature=temps.copy(),
        ocv=np.interp(soc, chem.ocv_soc, chem.ocv_voltage),
        r0=r0, rc_r=rc_r, rc_c=rc_c,
        capacity_factor=np.interp(temps - 273.15, tc, fc),
        v_min=to_si(v_min, "voltage"), v_max=to_si(v_max, "voltage"),
        t_charge=_window(cell.temperature_charge, ecm.temperature_charge,
                         "temperature_charge", sources),
        t_discharge=_window(cell.temperature_discharge, ecm.temperature_discharge,
                            "temperature_discharge", sources),
        charge_current=to_si(charge, "current") if charge is not None else math.nan,
        discharge_current=to_si(cell.max_continuous_discharge, "current"),
        charge_derating=derate, sources=sources,
    )


def cooling_h(thermal: str) -> float:
    """Heat-transfer coefficient of a thermal option (none, air, liquid), W/(m²·K)."""
    cooling = ecm_data().cooling
    if thermal not in cooling:
        raise InputError(f"thermal must be one of {', '.join(cooling)}, got {thermal!r}"
                         ).coded("sim_thermal", got=thermal, known=list(cooling))
    return float(cooling[thermal].value)


def kelvin(value: object, name: str) -> float:
    """A temperature quantity (°C or K) as kelvin, refused outside −60…+100 °C."""
    from packconfig.core.units import require

    q = require(value, "temperature", name)
    k = float(Q_(q.magnitude, q.units).to("K").magnitude)
    if not 213.15 <= k <= 373.15:
        raise InputError(f"{name} must be between -60 °C and 100 °C, got {q:~P}").coded(
            "sim_temperature_range", name=name, got=f"{q:~P}")
    return k
