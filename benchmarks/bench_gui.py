"""GUI benchmarks (offscreen), printed as one JSON object; medians over several runs.

* ``startup_s``: process start (the ``packconfig`` console script, the real entry point) to the
  main window on screen WITH the opening design's results painted (the child prints
  ``painted <time>`` via PACKCONFIG_STARTUP_PROBE), side by side with
  ``bare_startup_s``: a bare PySide6 QMainWindow shown in a subprocess.
  Target: startup ≤ 2 × bare. The opening design is the last one used: its stored
  first paint (``packconfig/gui/first_paint.py``) is shown before numpy and pint are
  imported. ``ready_s``: when the core is attached and every control is live.
  ``first_run_startup_s``: the same with no stored first paint (a first start, or after
  the catalog, settings or program changed): computed before the first paint.
  The package is byte-compiled first, as installed wheels and the frozen bundle are.
* ``latency_ms``: ``seriesSpin.setValue`` to every result label updated (in-process).
  Target: median ≤ 5 ms.
* ``rss_mb``: resident memory of the app process once idle (VmRSS). Target ≤ 250 MB.

Run: ``.venv/bin/python benchmarks/bench_gui.py [--runs N]``
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1200, 800); w.show()
def done():
    w.repaint(); print(f"painted {time.time():.6f}", flush=True); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

def _app_command() -> list[str]:
    """The ``packconfig`` console script next to this interpreter (what a user runs),
    else ``python -m packconfig``."""
    script = os.path.join(os.path.dirname(sys.executable), "packconfig")
    return [script] if os.path.isfile(script) else [sys.executable, "-m", "packconfig"]


APP = _app_command()
STATE = os.path.join("state", "first-paint.json")

IDLE = r"""
import sys, time
from PySide6.QtCore import QTimer
from packconfig.gui.app import create_app
from packconfig.gui.main_window import MainWindow
app = create_app()
w = MainWindow(); w.show()
def report():
    w.doc.stack.setClean()
    rss = [l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1]
    print(f"rss {int(rss) / 1024:.1f}", flush=True); app.quit()
QTimer.singleShot(1500, report)   # charts built, idle
app.exec()
"""


def _env(home: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PACKCONFIG_HOME=home,
               PACKCONFIG_STARTUP_PROBE="1", PACKCONFIG_PROBE_QUIT="1")
    return env


def _startup(code: str | list[str], home: str) -> tuple[float, float]:
    """Seconds from process start to ``painted`` and to ``ready`` (bare: same figure)."""
    start = time.time()
    command = [sys.executable, "-c", code] if isinstance(code, str) else code
    out = subprocess.run(command, env=_env(home), capture_output=True, text=True,
                         timeout=120)
    marks = dict(line.split()[:2] for line in out.stdout.splitlines()
                 if line.startswith(("painted ", "ready ")))
    if "painted" not in marks:
        raise RuntimeError(f"no paint probe in output: {out.stdout!r} {out.stderr[-2000:]!r}")
    painted = float(marks["painted"]) - start
    return painted, float(marks.get("ready", marks["painted"])) - start


def _latency(runs: int) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLabel, QSpinBox

    from packconfig.core.pack.engine import RESULTS
    from packconfig.gui.app import create_app
    from packconfig.gui.main_window import MainWindow

    app = create_app()
    w = MainWindow()
    w.show()
    QApplication.processEvents()
    spin = w.findChild(QSpinBox, "seriesSpin")
    labels = [w.findChild(QLabel, f"result_{k}") for k in RESULTS]
    times = []
    for i in range(runs):
        value = 10 + (i % 150)
        if value == spin.value():
            value += 1
        t0 = time.perf_counter()
        spin.setValue(value)
        times.append((time.perf_counter() - t0) * 1000)
        assert labels[0].text()  # labels were set synchronously inside setValue
        app.processEvents()  # let the coalesced chart update run outside the timing
    w.doc.stack.setClean()
    w.close()
    return times


def _core_share(runs: int) -> tuple[float, float]:
    """Median ms of the core calls alone on the same design (compute_pack; and
    compute_pack + display text + warnings + costing/pricing), to show the GUI's own part."""
    import datetime as dt

    from packconfig import display
    from packconfig.core.cells.catalog import load_catalog
    from packconfig.core.commerce.settings import load_settings
    from packconfig.core.pack.physics import compute_pack
    from packconfig.core.pack.warnings import pack_warnings
    from packconfig.core.store.project import Project
    from packconfig.gui.pricing_bridge import QuoteInputs, price_design

    cell = load_catalog().get("CBAK-32140FS")
    settings = load_settings()
    compute, full = [], []
    for i in range(runs):
        s = 10 + (i % 150)
        t0 = time.perf_counter()
        r = compute_pack(cell, s, 1)
        t1 = time.perf_counter()
        [display.result(k, v) for k, v in r.values.items()]
        pack_warnings(r)
        price_design(Project(cell, s, 1), r, QuoteInputs(), settings, dt.date.today())
        t2 = time.perf_counter()
        compute.append((t1 - t0) * 1000)
        full.append((t2 - t0) * 1000)
    return statistics.median(compute), statistics.median(full)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5, help="start-up runs per process kind")
    ap.add_argument("--steps", type=int, default=300, help="latency samples")
    args = ap.parse_args()
    # measure the application as installed (a wheel or the frozen bundle ships bytecode),
    # not the compiling of its sources; PYTHONDONTWRITEBYTECODE=1 would otherwise make
    # every start compile ~30 modules
    package = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                           "packconfig")
    compileall.compile_dir(package, quiet=1)
    with tempfile.TemporaryDirectory() as home:
        os.environ["PACKCONFIG_HOME"] = home
        _startup(BARE, home), _startup(APP, home)  # warm the OS file cache; stores the
        if not os.path.exists(os.path.join(home, STATE)):  # last design's first paint
            raise RuntimeError("the app did not store its first paint on close")
        bare, app, ready, first = [], [], [], []
        for _ in range(args.runs):  # interleaved: side by side in one run
            bare.append(_startup(BARE, home)[0])
            painted, live = _startup(APP, home)
            app.append(painted)
            ready.append(live)
            os.unlink(os.path.join(home, STATE))  # a first start: nothing stored
            first.append(_startup(APP, home)[0])  # (stores it again on close)
        rss_out = subprocess.run([sys.executable, "-c", IDLE], env=_env(home),
                                 capture_output=True, text=True, timeout=120).stdout
        rss = float(next(line.split()[1] for line in rss_out.splitlines()
                         if line.startswith("rss ")))
        lat = _latency(args.steps)
        core_compute, core_all = _core_share(args.steps)
    result = {
        "startup_s": round(statistics.median(app), 3),
        "bare_startup_s": round(statistics.median(bare), 3),
        "startup_ratio": round(statistics.median(app) / statistics.median(bare), 2),
        "ready_s": round(statistics.median(ready), 3),
        "first_run_startup_s": round(statistics.median(first), 3),
        "first_run_ratio": round(statistics.median(first) / statistics.median(bare), 2),
        "startup_runs": [round(x, 3) for x in app],
        "bare_runs": [round(x, 3) for x in bare],
        "latency_ms_median": round(statistics.median(lat), 3),
        "latency_ms_p90": round(sorted(lat)[int(len(lat) * 0.9)], 3),
        "latency_samples": len(lat),
        "core_compute_pack_ms_median": round(core_compute, 3),
        "core_all_calls_ms_median": round(core_all, 3),
        "rss_mb_idle": rss,
        "load_average_1min": os.getloadavg()[0],
        "cpus": os.cpu_count(),
        "targets": {"startup_ratio": 2.0, "latency_ms_median": 5.0, "rss_mb_idle": 250},
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
