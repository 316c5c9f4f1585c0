"""The design-space Explorer tab (see docs/explorer.md for embedding it)."""

from packconfig.gui.explorer.tab import ExplorerTab

__all__ = ["ExplorerTab"]
