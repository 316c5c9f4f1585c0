"""The configurator window (PySide6). Thin views over the Qt-free core; see docs/gui.md."""
