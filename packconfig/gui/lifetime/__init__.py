"""The "Lifetime" page (issue 17): usage inputs, SOH chart over years, the warranty
proposal (editable, stored on the quote), cost per kWh delivered and guaranteed vs
typical figures. Built on first show; projections run off the GUI thread."""

from packconfig.gui.lifetime.page import LifetimePage

__all__ = ["LifetimePage"]
