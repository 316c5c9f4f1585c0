"""Words for a design-space search: the explanation, rejection lines, suggestions and
the JSON the command line prints.

The core's :class:`~packconfig.core.explore.results.SearchResult` is data (arrays,
counts, suggestions as quantities); this module, beside :mod:`packconfig.display`,
turns it into text. The CLI (``packconfig search``) and the Explorer page both use it.
"""

from __future__ import annotations

from packconfig import display, explain_zh
from packconfig.core.explore.requirements import REASONS
from packconfig.core.explore.results import SearchResult, Suggestion
from packconfig.core.messages import render
from packconfig.core.money import Money
from packconfig.core.pack.engine import RESULTS
from packconfig.core.pack.physics import _round_sig
from packconfig.core.units import KINDS, Quantity


def _kind_of(q: Quantity) -> str:
    for name, kind in KINDS.items():
        if name == "dimensionless":
            continue
        if q.is_compatible_with(kind.unit):
            return name
    return "dimensionless"


def _zh(code: str, **params: object) -> str:
    return render(code, params, explain_zh.TEMPLATES) or ""


def suggestion_text(s: Suggestion, language: str = "en") -> str:
    """``"the lightest design meeting everything else is 480 kg; raise max mass to 500 kg"``
    (in Chinese for ``language`` "zh")."""
    verb = "lower" if s.label.startswith("min") else "raise"
    if isinstance(s.best, Money):
        best = display.money(s.best, code=True)
        to = display.money(s.relax_to, code=True)  # type: ignore[arg-type]
    else:
        kind = _kind_of(s.best)
        best = display.quantity(s.best, kind, language)
        to = display.quantity(s.relax_to, kind, language)  # type: ignore[arg-type]
    if language == "zh":
        label, best_text = explain_zh.FIELDS_ZH.get(s.field, (s.label, s.best_text))
        return _zh(f"suggest_{verb}", best_text=best_text, best=best, label=label, to=to)
    return f"{s.best_text} meeting everything else is {best}; {verb} {s.label} to {to}"


def _count(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1e6:.1f}M"
    if n >= 10_000:
        return f"{n / 1e3:.0f}k"
    return f"{n:,}"


def rejection_lines(result: SearchResult, language: str = "en") -> list[str]:
    """``"nominal voltage too low: 1.2M candidates"`` lines, cells named for cell-level
    reasons (in Chinese for ``language`` "zh")."""
    lines = []
    for key, count in result.rejections.items():
        if language == "zh":
            ids = result.excluded_cells.get(key)
            reason = explain_zh.REASONS_ZH.get(key, REASONS[key])
            lines.append(_zh("rejection_cells", reason=reason, count=_count(count),
                             n=len(ids), ids="、".join(ids[:5]) + ("、…" if len(ids) > 5
                                                                 else ""))
                         if ids else _zh("rejection", reason=reason, count=_count(count)))
            continue
        line = f"{REASONS[key]}: {_count(count)}"
        ids = result.excluded_cells.get(key)
        if ids:
            shown = ", ".join(ids[:5]) + (", ..." if len(ids) > 5 else "")
            line += f" ({len(ids)} cell{'s' if len(ids) != 1 else ''}: {shown})"
        lines.append(line)
    return lines


def explanation(result: SearchResult, language: str = "en") -> list[str]:
    """A short explanation: how many designs were checked and why they failed, in the
    interface language (English, or Chinese through :mod:`packconfig.explain_zh`)."""
    if language == "zh":
        return _explanation_zh(result)
    lines = [f"{result.total:,} candidate designs, {result.feasible:,} meet every "
             f"requirement ({result.elapsed:.2f} s)"]
    if result.feasible == 0:
        if not result.rejections:
            lines.append("no cells to search")
        lines.append("Rejected (first requirement failed):")
    else:
        lines.append("Rejected:")
    lines += ["  " + line for line in rejection_lines(result)]
    if result.suggestions:
        lines.append("To get designs:")
        lines += ["  " + suggestion_text(s) for s in result.suggestions]
    lines += result.notes
    return lines


def _explanation_zh(result: SearchResult) -> list[str]:
    lines = [_zh("summary", total=f"{result.total:,}", feasible=f"{result.feasible:,}",
                 elapsed=f"{result.elapsed:.2f}")]
    if result.feasible == 0:
        if not result.rejections:
            lines.append(_zh("no_cells"))
        lines.append(_zh("rejected_first"))
    else:
        lines.append(_zh("rejected"))
    lines += ["  " + line for line in rejection_lines(result, "zh")]
    if result.suggestions:
        lines.append(_zh("to_get"))
        lines += ["  " + suggestion_text(s, "zh") for s in result.suggestions]
    lines += [explain_zh.note(n) for n in result.notes]
    return lines


def _json_value(v: Quantity | Money) -> dict[str, object]:
    if isinstance(v, Money):
        return {"amount": str(v.amount), "currency": v.currency}
    return {"value": _round_sig(float(v.magnitude)), "unit": f"{v.units:~C}"}


def search_json(result: SearchResult, limit: int | None = None) -> dict[str, object]:
    """The JSON document ``packconfig search --json`` prints."""
    rows = range(len(result) if limit is None else min(limit, len(result)))
    out_rows = []
    for i in rows:
        cid, s, p = result.design(i)
        row: dict[str, object] = {"cell": cid, "series": s, "parallel": p,
                                  "configuration": f"{s}S{p}P",
                                  "pareto": bool(result.arrays["pareto"][i])}
        if "module_count" in result.arrays:  # the suggested module split (issue 15)
            row["module_count"] = int(result.arrays["module_count"][i])
            row["module_series"] = int(result.arrays["module_series"][i])
            row["module_parallel"] = int(result.arrays["module_parallel"][i])
        price = result.price(i)
        row["price"] = None if price is None else {"amount": str(price.amount),
                                                   "currency": price.currency}
        for key, (_kind, unit, _deps) in RESULTS.items():
            q = result.quantity(key, i)
            row[key] = None if q is None else {"value": _round_sig(float(q.magnitude)),
                                               "unit": unit}
        out_rows.append(row)
    return {
        "requirements": result.requirements.describe(),
        "objective": result.objective,
        "currency": result.currency,
        "total": result.total,
        "feasible": result.feasible,
        "evaluated": result.evaluated,
        "pareto_count": result.pareto_count,
        "elapsed_seconds": round(result.elapsed, 4),
        "rejections": {k: {"reason": REASONS[k], "candidates": v,
                           "cells": list(result.excluded_cells.get(k, ()))}
                       for k, v in result.rejections.items()},
        "suggestions": [{"requirement": s.field, "text": suggestion_text(s),
                         "relax_to": _json_value(s.relax_to),
                         "best": _json_value(s.best)} for s in result.suggestions],
        "candidates": out_rows,
        "notes": list(result.notes),
    }
