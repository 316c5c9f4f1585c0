"""Life: ageing and warranty (issue 17). Calendar and cycle capacity fade plus resistance
growth per chemistry from published semi-empirical models (constants with sources in
``resources/ageing.toml``, equations in ``docs/life.md``), scaled to each cell's
datasheet cycle-life rating, stepped over months in one state with the virtual-time
method, vectorised across designs.

Modules: ``data`` (the sourced constants), ``usage`` (the daily duty and the
rainflow-counted simulated profile), ``rates`` (stress factors per model family),
``rating`` (datasheet conditions and the per-cell scaling), ``project`` (the stepped
state), ``outputs`` (years and cycles to 80/70 %, throughput, end-of-warranty figures,
warranty proposal, cost per kWh delivered); joined to the pack simulation (``sim``):
``thermal`` (the pack's temperature rise at a duty from the lumped thermal model, per
cell, vectorised), ``driving`` (usage from a simulated drive day counted by rainflow;
the aged ECM and the range at the end of the warranty), ``in_use`` (one projection
with both, for the CLI, the Lifetime page and the PDF).

Layer: above ``sim`` and ``pack``, below ``commerce``. May import ``pack``, ``cells``,
``sim`` and the foundation. Never ``commerce``, ``explore`` or
``store``. The ``rainflow`` package (PyPI, MIT) counts cycles in simulated profiles.
"""
