"""Small screens: pages and panels that scroll instead of growing the window.

The window must fit a 1024 × 600 screen (docs/gui.md, "Small screens"). Two helpers:

* :class:`ScrollPage` — a frameless scroll area around one widget. When there is room
  it looks exactly like the bare widget (no frame, no scroll bars); when there is not,
  the widget keeps its minimum size and scrolls, so the window's minimum size no longer
  depends on the widget's. :class:`FormScroll` scrolls vertically only.
* :class:`PageTabs` — a ``QTabWidget`` that puts every page it is given in a
  :class:`ScrollPage`. ``widget()``, ``currentWidget()``, ``indexOf()`` and
  ``setCurrentWidget()`` speak of the page itself, not of its scroll area, so code that
  adds a tab (``tabs.addTab(page, title)``) and later asks ``tabs.currentWidget() is
  page`` keeps working. A new page with a large minimum size (a form, a table, a chart)
  therefore never pushes the window past a small screen.

Qt only; imported by the window's frame (no numpy, pint).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QShowEvent


class ScrollPage(QScrollArea):
    """A frameless, resizable scroll area around ``widget``; both directions scroll as
    needed. (No Python overrides of Qt's virtual methods: the layouts ask a scroll area
    for its size hints thousands of times while the window is built.)"""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(widget)
        # the page paints no background of its own (setWidget turned it on), so it looks
        # as if it were not wrapped. (No viewport() call here: its first call costs ~15 ms
        # of binding set-up, which the window's first paint must not pay; docs/gui.md.)
        widget.setAutoFillBackground(False)

    def page(self) -> QWidget:
        """The wrapped widget."""
        widget = self.widget()
        assert widget is not None
        return widget

    def bar_width(self) -> int:
        """The width of a vertical scroll bar. (Not through ``QStyle.pixelMetric``: the
        QStyle binding takes ~15 ms to set up, which the first paint must not pay.)"""
        return self.verticalScrollBar().sizeHint().width()


class FormScroll(ScrollPage):
    """A :class:`ScrollPage` that scrolls vertically only, for forms that must not be
    squeezed sideways: its minimum width is the page's minimum width plus a vertical
    scroll bar, kept up to date when the page's size hints change (texts, fonts)."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(widget, parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # (measured when shown: before, the page is not polished and its hints would be
        # computed twice)

    def follow_page(self) -> None:
        """Minimum width: the page's (its set minimum width, else its layout's), plus a
        scroll bar."""
        page = self.page()
        width = (page.minimumWidth() or page.minimumSizeHint().width()) + self.bar_width()
        if width != self.minimumWidth():
            self.setMinimumWidth(width)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self.follow_page()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # the page's size hints changed (polish, fonts, texts): Qt's scroll area does not
        # pass that on to the layout it sits in
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            self.follow_page()
        return super().eventFilter(watched, event)


class PageTabs(QTabWidget):
    """A tab widget whose pages scroll when the window is small (see the module text).

    Pages that are already scroll areas or graphics views (charts) fill the tab as they
    are."""

    def __init__(self, parent: QWidget | None = None, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.setUsesScrollButtons(True)  # many tabs: arrows, not a wider window
        # page -> its scroll area (not found through parentWidget(): the first call of
        # a method returning the viewport costs ~10 ms of binding set-up at start-up)
        self._holders: dict[QWidget, ScrollPage] = {}

    def _wrap(self, page: QWidget) -> QWidget:
        if isinstance(page, QScrollArea) or page.property("fillsTab"):
            return page
        holder = self._holders[page] = ScrollPage(page)
        return holder

    @staticmethod
    def _unwrap(holder: QWidget | None) -> QWidget | None:
        if isinstance(holder, ScrollPage):
            return holder.widget()
        return holder

    def addTab(self, page: QWidget, *args: Any) -> int:  # noqa: N802 - Qt API
        return super().addTab(self._wrap(page), *args)

    def insertTab(self, index: int, page: QWidget, *args: Any) -> int:  # noqa: N802
        return super().insertTab(index, self._wrap(page), *args)

    def holder(self, page: QWidget) -> QWidget:
        """The widget the tab bar shows for ``page`` (its scroll area, or itself)."""
        return self._holders.get(page, page)

    def removeTab(self, index: int) -> None:  # noqa: N802 - Qt API
        holder = super().widget(index)
        super().removeTab(index)
        if isinstance(holder, ScrollPage):
            # as with a plain QTabWidget the page stays a hidden child of the tab widget
            page = holder.takeWidget()
            self._holders.pop(page, None)
            if page is not None:
                page.hide()
                page.setParent(self)
            holder.setParent(None)  # gone now, not at the next turn of the event loop
            holder.deleteLater()

    def widget(self, index: int) -> QWidget | None:
        return self._unwrap(super().widget(index))

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - Qt API
        return self._unwrap(super().currentWidget())

    def indexOf(self, page: QWidget | None) -> int:  # noqa: N802 - Qt API
        if page is None:
            return -1
        return super().indexOf(self.holder(page))

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 - Qt API
        super().setCurrentWidget(self.holder(page))
