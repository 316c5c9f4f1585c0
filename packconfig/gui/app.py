"""QApplication set-up: names, icon, the unexpected-exception hook and its log files."""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
import traceback
from functools import lru_cache
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from packconfig import __version__
from packconfig.core.fs.paths import ensure_user_dir
from packconfig.core.fs.resources import ResourceNotFound, resource_path

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """The application icon from its 256 px PNG (Qt scales it smoothly for title bars
    and task bars), or an empty icon if missing. The SVG is for the desktop menus: loading
    it here would load Qt's SVG plugin, ~4 ms of the window's start."""
    icon = QIcon()
    try:
        icon.addFile(str(resource_path("icons/packconfig-256.png")))
    except ResourceNotFound:
        pass  # a broken install: the window still opens, without its icon
    return icon


def write_crash_log(exc_type: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> str:
    """Write the traceback to ``<user data>/logs/crash-<time>.log``; return its path."""
    try:
        folder = ensure_user_dir("logs")
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = folder / f"crash-{stamp}.log"
        path.write_text(f"packconfig {__version__}\n"
                        + "".join(traceback.format_exception(exc_type, exc, tb)),
                        encoding="utf-8")
        return str(path)
    except OSError:
        return ""


def handle_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the window: log, then a dialog without a traceback."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log = write_crash_log(exc_type, exc, tb)
    sys.stderr.write("".join(traceback.format_exception(exc_type, exc, tb)))
    app = QApplication.instance()
    if app is None:
        return
    from PySide6.QtWidgets import QMessageBox

    parent: QWidget | None = QApplication.activeWindow()
    text = QCoreApplication.translate(
        "App", "Something unexpected went wrong: %1\n\nYour design is still open; save it "
        "under a new name to be safe.").replace("%1", f"{exc_type.__name__}: {exc}"[:300])
    if log:
        text += "\n\n" + QCoreApplication.translate("App", "Details were written to %1").replace(
            "%1", log)
    QMessageBox.critical(parent, QCoreApplication.translate("App", "Unexpected error"), text)


def install_excepthook() -> None:
    sys.excepthook = handle_exception


def create_app(argv: list[str] | None = None, cjk_font: bool = True) -> QApplication:
    """The QApplication (existing one reused), named and with its icon. With
    ``cjk_font=False`` the shipped CJK font is left for later (:func:`register_cjk_font`;
    the window's start registers it before painting Chinese, else after its first paint:
    loading the 5 MB font takes about 10 ms)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    from packconfig.gui import gc_guard, import_scan

    gc_guard.install()
    import_scan.install()  # (the launcher installs it earlier; here for MainWindow())
    app.setApplicationName("packconfig")
    app.setOrganizationName("packconfig")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("packconfig")
    app.setWindowIcon(app_icon())
    if cjk_font:
        register_cjk_font()
    install_excepthook()
    return app


@lru_cache(maxsize=1)
def register_cjk_font() -> bool:
    """Make the shipped CJK font (the one the PDFs embed) available to Qt, so Chinese
    customer names and the Chinese interface render even where the system has no CJK
    font (a fresh install of the .deb or Windows without East Asian fonts). Once per
    process; about 10 ms."""
    from PySide6.QtGui import QFontDatabase

    from packconfig.core.fs.resources import ResourceNotFound, resource_path

    try:
        path = resource_path("fonts/wqy-microhei.ttc")
    except ResourceNotFound:
        return False
    return QFontDatabase.addApplicationFont(str(path)) >= 0


def install_startup_probe(app: QApplication, window: MainWindow) -> None:
    """Benchmarks: print ``painted <time>`` when the window is first on screen with its
    results and ``ready <time>`` when the core is attached (the controls are live)."""
    from PySide6.QtCore import QTimer

    def painted() -> None:
        print(f"painted {time.time():.6f}", flush=True)

    def ready() -> None:
        print(f"ready {time.time():.6f}", flush=True)
        if os.environ.get("PACKCONFIG_PROBE_QUIT") == "1":
            QTimer.singleShot(0, window.close)
            QTimer.singleShot(0, app.quit)

    window.firstPainted.connect(painted)
    if window.doc.loaded:  # computed before the first paint: ready when painted
        window.firstPainted.connect(ready)
    else:
        window.coreAttached.connect(ready)
