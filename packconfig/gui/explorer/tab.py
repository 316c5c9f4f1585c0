"""The Explorer tab: requirements in, best packs out (docs/explorer.md).

Embedding (the main window owns undo)::

    from packconfig.gui.explorer import ExplorerTab
    self.explorer = ExplorerTab(cells=lambda: list(self.catalog), parent=self)
    self.tabs.addTab(self.explorer, self.tr("Explorer"))
    self.explorer.designChosen.connect(self.use_design)  # (cell_id, S, P), undoable there
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packconfig import explain
from packconfig.core.cells.model import Cell
from packconfig.core.commerce.costing import CostContext
from packconfig.core.errors import PackconfigError
from packconfig.core.explore.results import SearchResult
from packconfig.core.pack.options import PackOptions
from packconfig.gui.explorer.form import ParetoChart, RequirementsForm
from packconfig.gui.explorer.model import SORT_ROLE, CompareDialog, ResultsModel
from packconfig.gui.explorer.worker import SearchWorker

CellsSource = Sequence[Cell] | Callable[[], Sequence[Cell]] | None


def _default_cells() -> list[Cell]:
    from packconfig.core.cells.catalog import load_catalog

    return list(load_catalog())


class ExplorerTab(QWidget):
    """Requirements form, sortable results, Pareto chart, rejection summary,
    "Use this design" and "Compare".

    Signals: ``designChosen(cell_id, series, parallel)`` when the user picks a design;
    ``searchFinished(result)`` / ``searchFailed(message)`` after each search.
    ``cells`` is a list of cells or a callable returning the current catalog (default:
    the shipped + user catalog); ``context`` optionally returns the CostContext for
    (currency, options) (default: the user's commercial settings, today).
    """

    designChosen = Signal(str, int, int)
    searchFinished = Signal(object)
    searchFailed = Signal(str)

    def __init__(self, cells: CellsSource = None,
                 context: Callable[[str, PackOptions], CostContext] | None = None,
                 options: PackOptions | None = None, limit: int = 2000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells = cells
        self._context = context
        self.options = options or PackOptions()
        self.limit = limit
        self.result: SearchResult | None = None
        self.worker: SearchWorker | None = None
        self.compare_dialog: CompareDialog | None = None

        self.form = RequirementsForm(self)
        self.form.validityChanged.connect(self._validity)
        self.example_button = QPushButton(self, objectName="explorerExampleButton")
        self.example_button.clicked.connect(self.form.fill_example)
        self.clear_button = QPushButton(self, objectName="explorerClearButton")
        self.clear_button.clicked.connect(self.form.clear)
        self.search_button = QPushButton(self, objectName="explorerSearchButton")
        self.search_button.clicked.connect(self.start_search)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_search)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.model = ResultsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.table.doubleClicked.connect(lambda _i: self.use_selected())
        self.use_button = QPushButton(self)
        self.use_button.clicked.connect(self.use_selected)
        self.compare_button = QPushButton(self)
        self.compare_button.clicked.connect(self.compare_selected)
        self.chart = ParetoChart(self)
        self.summary = QPlainTextEdit(self)
        self.summary.setReadOnly(True)
        self._layout()
        self._status_key = "start"
        self.retranslate_ui()
        self._selection()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Button texts, headers and the status line in the current language."""
        self.example_button.setText(self.tr("Example"))
        self.example_button.setToolTip(self.tr(
            "Fill in example requirements (a 350-420 V, 60 kWh vehicle pack); an empty "
            "field is no requirement"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Empty every field (no requirements)"))
        self.search_button.setText(self.tr("Search"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.use_button.setText(self.tr("Use this design"))
        self.compare_button.setText(self.tr("Compare"))
        self.model.retranslate()
        if self._status_key == "start":
            self.status.setText(self.tr("Enter requirements and press Search."))
        elif self._status_key == "result" and self.result is not None:
            self.status.setText(self._result_status(self.result))
        if self.result is not None:
            self.summary.setPlainText(self._explanation(self.result))

    def _explanation(self, result: SearchResult) -> str:
        """The search's explanation in the interface language."""
        from packconfig.gui.i18n import current_language

        return "\n".join(explain.explanation(result, current_language()))

    def _result_status(self, result: SearchResult) -> str:
        from packconfig import display
        from packconfig.gui.i18n import current_language

        lang = current_language()
        return (self.tr("%1 of %2 designs meet the requirements; showing %3 (%4 on the "
                        "Pareto front) in %5 s.")
                .replace("%1", display.count(result.feasible, lang))
                .replace("%2", display.count(result.total, lang))
                .replace("%3", display.count(len(result), lang))
                .replace("%4", display.count(result.pareto_count, lang))
                .replace("%5", f"{result.elapsed:.2f}"))

    def _set_status(self, text: str, key: str = "") -> None:
        self._status_key = key
        self.status.setText(text)

    def _layout(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.addWidget(scroll)
        fill = QHBoxLayout()
        fill.addWidget(self.example_button)
        fill.addWidget(self.clear_button)
        fill.addStretch(1)
        lv.addLayout(fill)
        row = QHBoxLayout()
        row.addWidget(self.search_button)
        row.addWidget(self.cancel_button)
        lv.addLayout(row)
        lv.addWidget(self.progress)
        lv.addWidget(self.status)
        right = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(self)
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        tv.addLayout(buttons)
        right.addWidget(top)
        right.addWidget(self.chart)
        right.addWidget(self.summary)
        # results and chart get the room; the rejection summary is a few lines
        for index, stretch in enumerate((4, 4, 1)):
            right.setStretchFactor(index, stretch)
        self.summary.setMinimumHeight(70)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        left.setMinimumWidth(self.form.width_hint() + 40)
        QVBoxLayout(self).addWidget(split)

    # -- search ----------------------------------------------------------------------
    def _validity(self, ok: bool) -> None:
        self.search_button.setEnabled(ok and self.worker is None)
        if not ok:
            self._set_status("; ".join(self.form.errors.values()))

    def _cell_list(self) -> list[Cell]:
        source = self._cells
        if source is None:
            return _default_cells()
        return list(source() if callable(source) else source)

    def _ctx(self, currency: str) -> CostContext:
        if self._context is not None:
            return self._context(currency, self.options)
        from packconfig.core.commerce.settings import load_settings

        return load_settings().context(currency, dt.date.today(), self.options.overhead)

    def start_search(self) -> bool:
        """Start a search in a worker thread; False (and a message) if the form or
        the data is not usable. ``searchFinished`` follows."""
        if self.worker is not None:
            return False
        try:
            reqs = self.form.requirements()
            sim = self.form.sim_requirements()
            currency = reqs.max_price.currency if reqs.max_price else \
                self.form.currency.currentText()
            ctx = self._ctx(currency)
            cells = self._cell_list()
        except PackconfigError as exc:
            from packconfig.core import messages
            from packconfig.gui.i18n import current_language

            text = messages.text(exc, current_language())
            self._set_status(text)
            self.searchFailed.emit(text)
            return False
        self.worker = SearchWorker(cells, reqs, self.form.objective, ctx, self.options,
                                   self.limit, self, sim=sim)
        self.worker.progressed.connect(self.progress.setValue)
        self.worker.succeeded.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.finished.connect(self._thread_done)
        self.progress.setValue(0)
        self.search_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._set_status(self.tr("Searching…"))
        self.worker.start()
        return True

    def cancel_search(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _thread_done(self) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
        self.worker = None
        self.cancel_button.setEnabled(False)
        self.search_button.setEnabled(not self.form.errors)

    def _finished(self, result: SearchResult) -> None:
        self.show_result(result)
        self.searchFinished.emit(result)

    def _failed(self, message: str) -> None:
        self._set_status(message)
        self.searchFailed.emit(message)

    def _cancelled(self) -> None:
        self._set_status(self.tr("Search cancelled."))
        self.progress.setValue(0)

    def show_result(self, result: SearchResult) -> None:
        self.result = result
        self.model.set_result(result)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # objective order
        self.table.resizeColumnsToContents()
        self.chart.show_result(result)
        self.summary.setPlainText(self._explanation(result))
        self._set_status(self._result_status(result), "result")
        self.progress.setValue(100)
        self._selection()

    # -- selection, use, compare --------------------------------------------------
    def selected_rows(self) -> list[int]:
        """Source-model rows selected in the table, in view order."""
        sel = self.table.selectionModel().selectedRows()
        rows = sorted(sel, key=lambda i: i.row())
        return [self.proxy.mapToSource(i).row() for i in rows]

    def select_row(self, view_row: int, extend: bool = False) -> None:
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.Select if extend
            else QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.selectionModel().select(self.proxy.index(view_row, 0), flags)

    def _selection(self, *_args) -> None:
        n = len(self.selected_rows()) if self.result is not None else 0
        self.use_button.setEnabled(n == 1)
        self.compare_button.setEnabled(2 <= n <= 4)

    def use_selected(self) -> None:
        rows = self.selected_rows()
        if self.result is None or len(rows) != 1:
            return
        cell_id, s, p = self.result.design(rows[0])
        self.designChosen.emit(cell_id, s, p)

    def compare_selected(self) -> CompareDialog | None:
        rows = self.selected_rows()
        if self.result is None or not 2 <= len(rows) <= 4:
            QMessageBox.information(self, self.tr("Compare"),
                                    self.tr("Select 2 to 4 designs to compare."))
            return None
        self.compare_dialog = CompareDialog(self.result, rows, self.options, self)
        self.compare_dialog.show()
        return self.compare_dialog

    def shutdown(self) -> None:
        """Cancel and wait for a running search (call before the window closes)."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait(5000)
