"""``packconfig`` with no sub-command: the configurator window.

Qt is imported only here, inside :func:`launch`, so the CLI never pays for it.
``PACKCONFIG_SCREENSHOT=/path.png`` grabs the window once it is shown with results and
quits (used by ``installer/dev.sh screenshot``). ``PACKCONFIG_STARTUP_PROBE=1`` prints
``painted <time.time()>`` on stdout once the first results are painted (benchmarks).
The interface language comes from ``--language en|zh``, ``PACKCONFIG_LANGUAGE``, the
choice remembered from the Language menu, or the system locale
(:func:`packconfig.gui.i18n.startup_language`).
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
    from packconfig.gui import i18n, persist

    i18n.set_language(i18n.startup_language(
        getattr(args, "language", None), os.environ.get("PACKCONFIG_LANGUAGE"),
        persist.saved_language(persist.gui_settings())))
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

