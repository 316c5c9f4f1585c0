"""``packconfig self-test``: check that this installation works, end to end.

Runs headless (``QT_QPA_PLATFORM=offscreen`` unless already set) in a temporary user
data folder (``PACKCONFIG_HOME``), so it never touches the user's settings or quote
register. Steps: shipped resources, catalog, pack calculation, commercial settings, a
quote issued into the temporary register, the main window, the PDF quote in English and
Chinese and a check of each PDF (``%PDF`` header, the quote number in the text, the
``quote.json`` attachment reading back to the same quote), and a quote signed with a
throwaway test certificate and verified (``pdf-signed``).

Exit codes: 0 every step passed; 1 a step failed (the report names it); 3 every step
that exists passed but a step is not available in this build (named, never faked).
Works from a source checkout and from the frozen bundle (installer/build.py).

Qt and the PDF engine are imported lazily inside the steps, so the CLI stays light.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_MISSING = 0, 1, 3
#: A cell known to be in the shipped catalog (the GUI's default); else the first cell.
PREFERRED_CELL = "CBAK-32140FS"
SERIES, PARALLEL, QUANTITY = 16, 2, 50
LANGUAGES = ("en", "zh")


class StepMissing(Exception):
    """The feature a step checks is not part of this build."""


class StepSkipped(Exception):
    """A step could not run because an earlier one failed."""


@dataclass
class StepResult:
    name: str
    status: str  # ok, FAIL, MISSING, skipped
    detail: str
    seconds: float


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("self-test", help="check this installation end to end (headless)")
    p.add_argument("--keep", action="store_true",
                   help="keep the temporary user data folder and print its path")
    p.add_argument("--verbose", "-v", action="store_true",
                   help="print the traceback of a failing step")
    p.set_defaults(func=run)


class SelfTest:
    def __init__(self, home: Path, out=sys.stdout, verbose: bool = False) -> None:
        self.home = home
        self.out = out
        self.verbose = verbose
        self.results: list[StepResult] = []
        self.state: dict[str, Any] = {}

    # ----------------------------------------------------------------- running
    def step(self, name: str, func: Callable[[], str], needs: tuple[str, ...] = ()) -> None:
        t0 = time.monotonic()
        try:
            missing = [n for n in needs if n not in self.state]
            if missing:
                raise StepSkipped(f"needs {', '.join(missing)}")
            status, detail = "ok", func()
        except StepMissing as exc:
            status, detail = "MISSING", str(exc)
        except StepSkipped as exc:
            status, detail = "skipped", str(exc)
        except BaseException as exc:  # noqa: BLE001 - a self-test reports everything
            if isinstance(exc, KeyboardInterrupt):
                raise
            status, detail = "FAIL", f"{type(exc).__name__}: {exc}"
            if self.verbose:
                detail += "\n" + traceback.format_exc()
        result = StepResult(name, status, detail, time.monotonic() - t0)
        self.results.append(result)
        tag = {"ok": "[ok]  ", "FAIL": "[FAIL]", "MISSING": "[MISS]", "skipped": "[skip]"}
        print(f"  {tag[status]} {name:<14} {detail}  ({result.seconds:.2f} s)",
              file=self.out, flush=True)

    def run_all(self) -> int:
        self.step("environment", self.environment)
        self.step("resources", self.resources)
        self.step("catalog", self.catalog, needs=("resources",))
        self.step("pack", self.pack, needs=("catalog",))
        self.step("settings", self.settings, needs=("resources",))
        self.step("quote", self.quote, needs=("pack", "settings"))
        self.step("main-window", self.main_window, needs=("catalog",))
        for lang in LANGUAGES:
            self.step(f"pdf-{lang}", lambda lang=lang: self.pdf(lang), needs=("quote",))
            self.step(f"pdf-{lang}-check", lambda lang=lang: self.pdf_check(lang),
                      needs=(f"pdf-{lang}",))
        self.step("pdf-signed", self.pdf_signed, needs=("quote",))
        return self.summary()

    def summary(self) -> int:
        failed = [r for r in self.results if r.status == "FAIL"]
        missing = [r for r in self.results if r.status == "MISSING"]
        skipped = [r for r in self.results if r.status == "skipped"]
        passed = sum(r.status == "ok" for r in self.results)
        if failed:
            names = ", ".join(r.name for r in failed)
            print(f"self-test: FAILED at step {failed[0].name}: {failed[0].detail.splitlines()[0]}"
                  f" ({len(failed)} failed: {names}; {len(skipped)} skipped)", file=self.out)
            return EXIT_FAILED
        if missing:
            names = ", ".join(r.name for r in missing)
            print(f"self-test: INCOMPLETE: {passed} steps passed, not available in this build: "
                  f"{names}", file=self.out)
            return EXIT_MISSING
        print(f"self-test: passed ({passed} steps)", file=self.out)
        return EXIT_OK

    # ------------------------------------------------------------------- steps
    def environment(self) -> str:
        from packconfig import __version__

        frozen = "frozen" if getattr(sys, "frozen", False) else "source"
        try:
            from importlib.metadata import version

            pyside = version("PySide6-Essentials")
        except Exception:  # noqa: BLE001 - frozen builds may lack dist metadata
            pyside = "?"
        self.state["environment"] = True
        return (f"packconfig {__version__} ({frozen}), Python {sys.version.split()[0]}, "
                f"PySide6 {pyside}, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}, "
                f"PACKCONFIG_HOME={self.home}")

    def resources(self) -> str:
        from packconfig.core.fs.resources import known_resources, resource_path, resource_root

        root = resource_root()
        names = known_resources()
        for required in ("catalog/cells.toml", "chemistries.toml", "costs.toml"):
            resource_path(required)
        fonts = [n for n in names if n.startswith("fonts/")]
        self.state["resources"] = root
        return f"{root} ({len(names)} files; fonts: {', '.join(fonts) or 'none shipped'})"

    def catalog(self) -> str:
        from packconfig.core.cells.catalog import load_catalog

        catalog = load_catalog()
        cells = list(catalog)
        if not cells:
            raise AssertionError("the catalog is empty")
        self.state["catalog"] = catalog
        cell = catalog.cells.get(PREFERRED_CELL) or cells[0]
        self.state["cell"] = cell
        problems = f", {len(catalog.problems)} problem(s)" if catalog.problems else ""
        return f"{len(cells)} cells{problems}; using {cell.id}"

    def pack(self) -> str:
        from packconfig import display
        from packconfig.core.pack.physics import compute_pack

        cell = self.state["cell"]
        result = compute_pack(cell, SERIES, PARALLEL)
        energy = result["energy_nominal"]
        if energy is None or not float(energy.magnitude) > 0:
            raise AssertionError(f"nominal energy is {energy!r}")
        self.state["pack"] = result
        voltage = display.result("voltage_nominal", result["voltage_nominal"])
        return f"{result.configuration}: {voltage}, {display.result('energy_nominal', energy)}"

    def settings(self) -> str:
        from packconfig.core.commerce.settings import load_settings

        settings = load_settings()
        self.state["settings"] = settings
        return f"base currency {settings.base_currency}"

    def quote(self) -> str:
        from packconfig.core.commerce.quote import Party, make_quote
        from packconfig.core.store.register import Register

        settings = self.state["settings"]
        draft = make_quote(self.state["cell"], SERIES, PARALLEL, QUANTITY,
                           settings.base_currency, settings,
                           Party(company="Self-test customer 自检客户", contact="QA"),
                           sales_engineer="self-test")
        with Register() as reg:
            issued = reg.issue(draft)
            back = reg.get(issued.number, issued.revision) if hasattr(reg, "get") else issued
            path = reg.path
        if back.number != issued.number:
            raise AssertionError("the register did not return the issued quote")
        if self.home.resolve() not in Path(path).resolve().parents:
            raise AssertionError(f"the register {path} is not in the temporary folder")
        self.state["quote"] = issued
        total = issued.pricing.total_excl_tax
        return f"{issued.label}, {total.amount} {total.currency} excl. tax, register {path}"

    def main_window(self) -> str:
        try:
            from packconfig.gui.main_window import MainWindow
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("packconfig.gui"):
                raise StepMissing(f"the GUI is not in this build ({exc.name})") from None
            raise
        from PySide6.QtWidgets import QApplication

        try:
            from packconfig.gui.app import create_app
        except ModuleNotFoundError:
            app = QApplication.instance() or QApplication(sys.argv[:1])
        else:
            app = create_app(sys.argv[:1])
        window = MainWindow()
        try:
            window.show()
            for _ in range(3):
                app.processEvents()
            if not window.isVisible():
                raise AssertionError("the main window did not show")
            title = window.windowTitle()
            size = f"{window.width()}x{window.height()}"
            doc = getattr(window, "doc", None)
            stack = getattr(doc, "stack", None)
            if stack is not None:
                stack.setClean()  # nothing to save: no "save changes?" prompt on close
        finally:
            window.close()  # stores the window's first paint for the next start
            window.deleteLater()
            app.processEvents()
        first = self._first_paint(MainWindow, app)
        self.state["main-window"] = True
        return f"{title!r} {size} on {QApplication.platformName()}; {first}"

    def _first_paint(self, window_class: type, app: object) -> str:
        """A second start paints the stored results before the core is attached, and the
        core then computes the same texts (docs/gui.md, "Start-up")."""
        from PySide6.QtWidgets import QLabel

        window = window_class(first_paint=True)
        try:
            if window.doc.loaded:
                raise AssertionError("the stored first paint was not used")
            label = window.findChild(QLabel, "result_voltage_nominal")
            painted = label.text()
            window.attach_core()
            if label.text() != painted or not painted:
                raise AssertionError(f"first paint {painted!r} != computed {label.text()!r}")
            window.doc.stack.setClean()
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
        return f"first paint from the stored state ({painted})"

    def pdf(self, lang: str) -> str:
        try:
            from packconfig.report import render_quote_pdf
        except ImportError:
            raise StepMissing("packconfig.report.render_quote_pdf is not in this build") from None
        path = self.home / f"self-test-{lang}.pdf"
        written = Path(render_quote_pdf(self.state["quote"], path, language=lang) or path)
        if not written.is_file():
            raise AssertionError(f"render_quote_pdf wrote no file at {written}")
        path = written
        size = path.stat().st_size
        self.state[f"pdf-{lang}"] = path
        return f"{path.name}, {size:,} bytes"

    def pdf_signed(self) -> str:
        """Sign the quote with a throwaway test certificate (made in the temporary folder)
        and verify it: pyHanko, cryptography and the checks work in this build."""
        try:
            from packconfig.report.signing import load_signer
            from packconfig.report.testkeys import make_test_identity
            from packconfig.report.verify import verify_quote_pdf
        except ImportError as exc:
            raise StepMissing(f"signed quotes are not in this build ({exc})") from None
        from packconfig.report import quote_pdf_bytes

        ident = make_test_identity(self.home / "self-test-keys")
        signer = load_signer(ident.pkcs12, ident.password)
        data = quote_pdf_bytes(self.state["quote"], "en", signer=signer)
        verdict = verify_quote_pdf(data, trust=[ident.ca_pem], register=None)
        if not verdict.ok:
            raise AssertionError("; ".join(c.line() for c in verdict.failures))
        return f"signed and verified, {len(data):,} bytes, signer {verdict.signer}"

    def pdf_check(self, lang: str) -> str:
        import io

        from pypdf import PdfReader

        from packconfig.core.commerce.quote import quote_from_json

        path: Path = self.state[f"pdf-{lang}"]
        data = path.read_bytes()
        if not data.startswith(b"%PDF"):
            raise AssertionError(f"{path.name} does not start with %PDF")
        quote = self.state["quote"]
        reader = PdfReader(io.BytesIO(data))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        if quote.number not in text:
            raise AssertionError(f"quote number {quote.number} not found in the text of "
                                 f"{path.name} ({len(reader.pages)} pages)")
        if lang == "zh" and not any("\u4e00" <= ch <= "\u9fff" for ch in text):
            raise AssertionError(f"{path.name} has no Chinese text (CJK font not embedded?)")
        attachments = reader.attachments
        if "quote.json" not in attachments:
            raise AssertionError(f"{path.name} has no quote.json attachment "
                                 f"(attachments: {sorted(attachments) or 'none'})")
        back = quote_from_json(attachments["quote.json"][0], f"{path.name}:quote.json")
        if (back.number, back.revision) != (quote.number, quote.revision) or back != quote:
            raise AssertionError("quote.json does not read back to the issued quote")
        try:  # the public reader, when the report module offers it
            from packconfig.report import open_quote_pdf
        except ImportError:
            opened = ""
        else:
            if open_quote_pdf(path) != quote:
                raise AssertionError("open_quote_pdf does not return the issued quote")
            opened = ", open_quote_pdf ok"
        self.state[f"pdf-{lang}-check"] = True
        return (f"%PDF, {len(reader.pages)} page(s), {quote.number} in text, "
                f"quote.json reads back{opened}")


def run(args: argparse.Namespace) -> int:
    saved = {k: os.environ.get(k) for k in ("QT_QPA_PLATFORM", "PACKCONFIG_HOME",
                                            "PACKCONFIG_REGISTER_URL")}
    os.environ.pop("PACKCONFIG_REGISTER_URL", None)  # never a test quote in a team register
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="packconfig-selftest-"))
    os.environ["PACKCONFIG_HOME"] = str(home)
    print(f"packconfig self-test (temporary user data folder {home})", flush=True)
    try:
        return SelfTest(home, verbose=getattr(args, "verbose", False)).run_all()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        if getattr(args, "keep", False):
            print(f"self-test: kept {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)
