"""Every worker thread of the window runs under garbage-cycle pressure without a
collection starting beside it (the rule of ``packconfig/gui/gc_guard.py``).

Each case runs in a fresh interpreter, as ``test_gc_guard.py`` does: the GUI thread
sets ``gc.set_threshold(1, 1, 1)`` and leaves shown QWidgets in unreachable cycles, then
starts the real worker the way the window does (PDF export, issue + export, signature
check, design-space search, drive-cycle simulation, lifetime projection). The worker's
``run`` is wrapped so that it first allocates cycles itself and then waits on the GUI
thread, which checks, deterministically, while the worker is known to be running:

* automatic collection is off (an allocation in the worker cannot start a collection);
* ``gc_guard.workers_busy()`` sees the worker, so the GUI-thread collector skips its
  tick (a ``QThread`` not registered with the guard, or a job started outside the global
  pool, would be collected beside);
* the worker then finishes and reports through its signal.

faulthandler turns a deadlock into exit 1; a collection in the worker that destroys the
GUI's widgets kills the process (SIGSEGV) or deadlocks it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

HARNESS = r"""
import faulthandler, gc, threading, time
faulthandler.dump_traceback_later(150, exit=True)
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
app = QApplication([])
from packconfig.gui import gc_guard
from packconfig.gui.main_window import MainWindow

OUT = {out!r}
QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (OUT, ""))
for name in ("information", "warning", "critical"):
    setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
# unsaved changes before File → Open: discard them
QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)

inside, release = threading.Event(), threading.Event()

def wrap(cls):
    original = cls.run
    def run(self, *args):
        if not inside.is_set():  # the first run only
            end = time.monotonic() + 0.2
            while time.monotonic() < end:  # allocations that would start a collection
                d = {{"junk": [[i] for i in range(20)]}}
                d["self"] = d
            inside.set()
            release.wait(60)
        return original(self, *args)
    cls.run = run

class Holder(QWidget):
    pass

def garbage():
    widgets = [Holder() for _ in range(100)]
    for w in widgets:
        w.me = w
        w.show()
    app.processEvents()

def wait(flag, seconds=120):
    end = time.monotonic() + seconds
    while not flag() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)
    return flag()

win = MainWindow()
win.show()
app.processEvents()
done = []
{setup}
{wrap}
gc.set_threshold(1, 1, 1)
garbage()
{start}
assert wait(inside.is_set, 60), "the worker never ran"
garbage()
collector = gc_guard.collector()
skipped = collector.skipped
collector.tick()
print("enabled while running:", gc.isenabled(), flush=True)
print("busy while running:", gc_guard.workers_busy(), flush=True)
print("tick skipped:", collector.skipped == skipped + 1, flush=True)
release.set()
assert wait(lambda: bool(done)), "the worker did not report"
print("reported:", done[0], flush=True)
print("enabled at the end:", gc.isenabled(), flush=True)
"""

ISSUE = """
win.quote.company.setText("Ningbo Energy Storage Technology Co., Ltd.")
win.issue_quote()
assert win.last_quote is not None
"""

CASES = {
    "pdf export": dict(
        setup=ISSUE + "win.pdfExported.connect(lambda p: done.append('pdf'))\n"
                      "win.pdfExportFailed.connect(lambda m: done.append('failed ' + m))",
        wrap="from packconfig.gui.pdf_export import PdfExportJob\nwrap(PdfExportJob)",
        start="win.export_pdf()"),
    "issue and export": dict(
        setup="win.quote.company.setText('Ningbo Energy Storage Technology Co., Ltd.')\n"
              "win.pdfExported.connect(lambda p: done.append('pdf'))\n"
              "win.pdfExportFailed.connect(lambda m: done.append('failed ' + m))",
        wrap="from packconfig.gui.issue_export import IssueExportJob\nwrap(IssueExportJob)",
        start="win.issue_and_export_pdf()"),
    "signature check": dict(
        setup=ISSUE + "win.pdfExported.connect(lambda p: done.append('pdf'))\n"
                      "win.export_pdf()\n"
                      "assert wait(lambda: bool(done)) and done == ['pdf'], done\n"
                      "done.clear()\n"
                      "win.signatureVerified.connect(lambda v: done.append('verdict'))",
        wrap="from packconfig.gui.signing_ui import VerifyJob\nwrap(VerifyJob)",
        start="win.open_file(OUT)"),
    "design search": dict(
        setup="win.pages.setCurrentWidget(win.explorer_page)\napp.processEvents()\n"
              "tab = win.explorer\n"
              "tab.searchFinished.connect(lambda r: done.append('search'))\n"
              "tab.searchFailed.connect(lambda m: done.append('failed ' + m))\n"
              "tab.example_button.click()",
        wrap="from packconfig.gui.explorer.worker import SearchWorker\nwrap(SearchWorker)",
        start="tab.search_button.click()"),
    "simulation": dict(
        setup="win.pages.setCurrentWidget(win.performance_page)\napp.processEvents()\n"
              "tab = win.performance\n"
              "tab.finished.connect(lambda o: done.append('simulated'))\n"
              "tab.failed.connect(lambda m: done.append('failed ' + m))",
        wrap="from packconfig.gui.performance.worker import SimWorker\nwrap(SimWorker)",
        start="tab.simulate_button.click()"),
    "register check": dict(
        setup="win.registerChecked.connect("
              "lambda s: done.append('failed ' + s.block if s.block else 'checked'))",
        wrap="from packconfig.gui.register_link import CheckJob\nwrap(CheckJob)",
        start="from packconfig.gui import register_link\nregister_link.check(win)"),
    "register export": dict(
        setup=ISSUE + "from PySide6.QtWidgets import QPushButton\n"
                      "from packconfig.gui.register_browser import RegisterDialog\n"
                      "QFileDialog.getSaveFileName = staticmethod("
                      "lambda *a, **k: (OUT + '.csv', ''))\n"
                      "dialog = RegisterDialog(win)\n"
                      "dialog.exported.connect("
                      "lambda p: done.append('exported ' + p if p else 'failed export'))",
        wrap="from packconfig.gui.register_export import RegisterExportJob\n"
             "wrap(RegisterExportJob)",
        start="dialog.findChild(QPushButton, 'exportRegisterButton').click()"),
    "lifetime projection": dict(
        setup="win.lifetime.computed.connect(lambda: done.append('projected'))",
        wrap="from packconfig.gui.lifetime.worker import LifeJob\nwrap(LifeJob)",
        start="win.pages.setCurrentWidget(win.lifetime)"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_worker_runs_beside_gui_garbage_with_collection_held(case, tmp_path):
    script = HARNESS.format(out=str(tmp_path / "quote.pdf"), **CASES[case])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PACKCONFIG_HOME=str(tmp_path / "home"))
    out = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=240)
    assert out.returncode == 0, out.stdout + out.stderr[-3000:]
    lines = out.stdout
    assert "enabled while running: False" in lines
    assert "busy while running: True" in lines, lines
    assert "tick skipped: True" in lines
    assert "reported: failed" not in lines, lines
    assert "reported: " in lines
    assert "enabled at the end: False" in lines
