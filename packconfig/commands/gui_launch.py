"""``packconfig`` with no sub-command: the configurator window.

Qt is imported only here, inside :func:`launch`, so the CLI never pays for it.
``PACKCONFIG_SCREENSHOT=/path.png`` grabs the window once it is shown with results and
quits (used by ``installer/dev.sh screenshot``). ``PACKCONFIG_STARTUP_PROBE=1`` prints
``painted <time.time()>`` on stdout once the first results are painted (benchmarks).
"""

from __future__ import annotations

import argparse
import os
import sys
import time


def launch(args: argparse.Namespace | None = None) -> int:
    """Create the application, show the main window and run the event loop."""
    from PySide6.QtCore import QTimer

    from packconfig.gui.app import create_app
    from packconfig.gui.main_window import MainWindow

    app = create_app(sys.argv[:1])
    language = getattr(args, "language", None) or os.environ.get("PACKCONFIG_LANGUAGE")
    if language and language != "en":
        _install_translator(app, language)
    window = MainWindow()
    window.show()
    if os.environ.get("PACKCONFIG_STARTUP_PROBE") == "1":
        def probe() -> None:
            window.repaint()
            print(f"painted {time.time():.6f}", flush=True)
            if os.environ.get("PACKCONFIG_PROBE_QUIT") == "1":
                app.quit()
        QTimer.singleShot(0, probe)
    shot = os.environ.get("PACKCONFIG_SCREENSHOT")
    if shot:
        def grab() -> None:
            window.update_charts()
            app.processEvents()
            ok = window.grab().save(shot)
            if not ok:
                print(f"packconfig: could not write screenshot {shot}", file=sys.stderr)
            window.doc.stack.setClean()
            app.exit(0 if ok else 1)
        QTimer.singleShot(int(os.environ.get("PACKCONFIG_SCREENSHOT_DELAY_MS", "1500")), grab)
    return int(app.exec())


def _install_translator(app: object, language: str) -> None:
    """Load ``resources/translations/packconfig_<language>.qm`` if it is shipped (the
    translations are added by the i18n work; until then the window stays English)."""
    from PySide6.QtCore import QTranslator

    from packconfig.core.resources import ResourceNotFound, resource_path

    try:
        path = resource_path(f"translations/packconfig_{language}.qm")
    except ResourceNotFound:
        return
    translator = QTranslator(app)
    if translator.load(str(path)):
        app.installTranslator(translator)
