"""The warnings list (``warningsList``): the core's :func:`pack_warnings`, by severity."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from packconfig.core.warnings import PackWarning

_ICONS = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
          "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
          "info": QStyle.StandardPixmap.SP_MessageBoxInformation}
_COLOURS = {"error": "#b71c1c", "warning": "#8a5a00", "info": "#37474f"}
_ORDER = {"error": 0, "warning": 1, "info": 2}


class WarningsList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningsList")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setToolTip(self.tr("Engineering and regulatory warnings for this design"))
        self._icons = {k: self.style().standardIcon(v) for k, v in _ICONS.items()}
        self._shown: tuple[str, list[tuple[str, str]]] | None = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.setToolTip(self.tr("Engineering and regulatory warnings for this design"))
        super().changeEvent(event)

    def show_warnings(self, warnings: list[PackWarning], language: str = "en") -> None:
        rows = [(w.severity, w.text(language))
                for w in sorted(warnings, key=lambda w: _ORDER.get(w.severity, 3))]
        if (language, rows) == self._shown:
            return
        self._shown = (language, rows)
        self.clear()
        if not rows:
            item = QListWidgetItem(self.tr("No warnings for this design."))
            item.setForeground(QBrush(QColor("#2e7d32")))
            self.addItem(item)
            return
        for severity, text in rows:
            item = QListWidgetItem(self._icons.get(severity), text)
            item.setForeground(QBrush(QColor(_COLOURS.get(severity, "#000"))))
            item.setToolTip(text)
            item.setData(256, severity)
            self.addItem(item)
