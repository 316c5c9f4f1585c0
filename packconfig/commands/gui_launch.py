"""``packconfig`` with no sub-command: the configurator window.

Qt is imported only here, inside :func:`launch`, so the CLI never pays for it.
``PACKCONFIG_SCREENSHOT=/path.png`` grabs the window once it is shown with results and
quits (used by ``installer/dev.sh screenshot``). ``packconfig FILE`` opens a project file
or quote PDF in the window (what the desktop file association runs).
``PACKCONFIG_STARTUP_PROBE=1`` prints ``painted <time.time()>`` on stdout once the window
is on screen with the opening design's results, and ``ready <time.time()>`` once the core
is attached and every control is live (benchmarks); ``PACKCONFIG_PROBE_QUIT=1`` then
closes the window (storing its first paint, as a user's close does) and quits.
The interface language comes from ``--language en|zh``, ``PACKCONFIG_LANGUAGE``, the
choice remembered from the Language menu, or the system locale
(:func:`packconfig.gui.i18n.startup_language`).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys


def no_display_message() -> str | None:
    """Why the window cannot open here, or ``None``. Qt aborts the whole process when it
    finds no display, so this is checked first."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("packconfig: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set), "
            "so the window cannot open.\n"
            "Use the command line instead, e.g.\n"
            "  packconfig cells\n"
            "  packconfig calc --cell CBAK-32140FS --series 96 --parallel 2\n"
            "  packconfig --help\n"
            "or run the window on a virtual display: xvfb-run -a packconfig")


def _freeze_startup() -> None:
    """Move the start-up objects out of later collections. Automatic collection stays
    off for good: :mod:`packconfig.gui.gc_guard` collects on the GUI thread."""
    gc.freeze()


def launch(args: argparse.Namespace | None = None) -> int:
    """Create the application, show the main window and run the event loop."""
    message = no_display_message()
    if message:
        print(message, file=sys.stderr)
        return 2
    # No automatic cyclic garbage collection, ever (it could start in a worker thread
    # and destroy Qt objects there: packconfig.gui.gc_guard); also nothing collected
    # while the window starts (the imports and Qt's enum set-up allocate much and free
    # little; ~15 ms). The start-up objects are frozen once the core is attached.
    gc.disable()
    from PySide6.QtCore import QTimer

    from packconfig.gui import import_scan

    import_scan.install()  # before the window's modules: ~40 ms less per start
    from packconfig.gui.app import create_app
    from packconfig.gui.main_window import MainWindow

    app = create_app(sys.argv[:1], cjk_font=False)
    from packconfig.gui import i18n, persist
    from packconfig.gui.app import register_cjk_font

    language = i18n.set_language(i18n.startup_language(
        getattr(args, "language", None), os.environ.get("PACKCONFIG_LANGUAGE"),
        persist.saved_language(persist.gui_settings())))
    if language == "zh":  # else registered with the core, after the first paint
        register_cjk_font()
    opening = getattr(args, "file", None)
    # a stored first paint shows the last design at once; not when a file is opened
    window = MainWindow(first_paint=not opening)
    if opening:  # `packconfig FILE`: a project or a quote PDF
        QTimer.singleShot(0, lambda: window.open_file(os.path.abspath(opening)))
    if os.environ.get("PACKCONFIG_STARTUP_PROBE") == "1":
        from packconfig.gui.app import install_startup_probe

        install_startup_probe(app, window)
    if window.doc.loaded:
        _freeze_startup()
    else:
        window.coreAttached.connect(_freeze_startup)
    window.show()
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

