"""Marking invalid fields: a red border plus the reason as tooltip and status text."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

INVALID_STYLE = "border: 2px solid #d32f2f; border-radius: 3px; background: #fff3f3;"


def mark_invalid(widget: QWidget, message: str | None, base_tooltip: str = "") -> None:
    """Show ``message`` on ``widget`` (or clear the mark when ``message`` is None)."""
    if message:
        widget.setProperty("invalid", True)
        widget.setStyleSheet(INVALID_STYLE)
        widget.setToolTip(f"{message}\n\n{base_tooltip}" if base_tooltip else message)
    elif widget.property("invalid") is not False:
        widget.setProperty("invalid", False)
        widget.setStyleSheet("")
        widget.setToolTip(base_tooltip)


def is_invalid(widget: QWidget) -> bool:
    return bool(widget.property("invalid"))


def sentence(text: str) -> str:
    """A core message shown on its own in a label starts with a capital letter."""
    return text[:1].upper() + text[1:]
