"""The Performance page: drive cycles, load profiles, heat and fast charging of the
current design (core/sim), computed off the GUI thread (docs/simulation.md, docs/gui.md)."""

from packconfig.gui.performance.tab import PerformanceTab

__all__ = ["PerformanceTab"]
