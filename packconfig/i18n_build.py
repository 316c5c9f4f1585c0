"""Build step of the interface translations (Qt-free; no QApplication needed).

The Qt Linguist sources ``resources/translations/packconfig_<locale>.ts`` are kept in the
repository and edited there (Qt Linguist or by hand); the compiled
``packconfig_<locale>.qm`` next to them is what the app loads (through
:mod:`packconfig.core.fs.resources`). The ``.qm`` files are committed too, so a source
checkout, a wheel and a frozen bundle work without a build step;
``tests/gui/test_i18n.py`` recompiles them in a temporary folder and fails if the
committed ones are stale. Never edit a ``.qm`` by hand.

    python -m packconfig.i18n_build compile [--out DIR]   .ts -> .qm (pyside6-lrelease)
    python -m packconfig.i18n_build update                 re-extract texts (pyside6-lupdate)
    python -m packconfig.i18n_build check                  fail on unfinished translations
    python -m packconfig.i18n_build merge OTHER.ts ...     take finished translations of
                                                           the same texts from other .ts files
                                                           (after a git merge: update, then
                                                           merge the other side's .ts)

``installer/dev.sh setup`` compiles when a ``.ts`` is newer than its ``.qm``; the
installer calls :func:`compile_translations` before bundling.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
SOURCES = ROOT / "packconfig" / "gui"


class TranslationBuildError(RuntimeError):
    """lupdate/lrelease missing or failing."""


def qt_tool(name: str) -> str:
    """Path of ``lrelease``/``lupdate``: ``pyside6-<name>`` next to the interpreter or on
    PATH, else the binary inside the PySide6 package."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    raise TranslationBuildError(f"Qt's {name} not found (install PySide6: pyside6-{name})")


def ts_files(ts_dir: Path = TS_DIR) -> list[Path]:
    return sorted(ts_dir.glob("packconfig_*.ts"))


def compile_translations(out_dir: str | Path | None = None,
                         ts_dir: str | Path = TS_DIR) -> list[Path]:
    """Compile every ``packconfig_*.ts`` of ``ts_dir`` to ``.qm`` in ``out_dir`` (default:
    next to the sources, i.e. ``resources/translations``). Returns the ``.qm`` paths."""
    ts_dir = Path(ts_dir)
    out = Path(out_dir) if out_dir is not None else ts_dir
    out.mkdir(parents=True, exist_ok=True)
    lrelease = qt_tool("lrelease")
    written = []
    for ts in ts_files(ts_dir):
        qm = out / (ts.stem + ".qm")
        proc = subprocess.run([lrelease, "-silent", "-removeidentical", str(ts), "-qm",
                               str(qm)], capture_output=True, text=True, check=False)
        if proc.returncode != 0 or not qm.is_file():
            raise TranslationBuildError(f"lrelease failed on {ts.name}: "
                                        f"{(proc.stderr or proc.stdout).strip()}")
        written.append(qm)
    return written


def update_sources(ts_dir: Path = TS_DIR, sources: Path = SOURCES) -> None:
    """Re-extract the translatable texts of ``packconfig/gui`` into the ``.ts`` files
    (existing translations are kept; texts no longer in the code are dropped)."""
    files = sorted(str(p) for p in sources.rglob("*.py"))
    for ts in ts_files(ts_dir):
        subprocess.run([qt_tool("lupdate"), "-no-obsolete", "-locations", "relative",
                        *files, "-ts", str(ts)], check=True)


def unfinished(ts: Path) -> list[str]:
    """Source texts of ``ts`` without a finished translation."""
    missing = []
    for msg in ET.parse(ts).getroot().iter("message"):
        tr = msg.find("translation")
        source = msg.findtext("source") or ""
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
            missing.append(source)
            continue
        forms = tr.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [tr.text or ""]
        if not all(t.strip() for t in texts):
            missing.append(source)
    return missing


def _key(context: ET.Element, msg: ET.Element) -> tuple[str, str, str]:
    return (context.findtext("name") or "", msg.findtext("source") or "",
            msg.findtext("comment") or "")


def _finished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = tr.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool((tr.text or "").strip())


def merge_translations(target: Path, others: list[Path]) -> int:
    """Fill the unfinished messages of ``target`` with finished translations of the
    same (context, source, comment) from ``others``. Returns how many were filled."""
    known: dict[tuple[str, str, str], ET.Element] = {}
    for other in others:
        for ctx in ET.parse(other).getroot().iter("context"):
            for msg in ctx.iter("message"):
                if _finished(msg):
                    known.setdefault(_key(ctx, msg), msg.find("translation"))
    tree = ET.parse(target)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            source = known.get(_key(ctx, msg))
            if _finished(msg) or source is None:
                continue
            old = msg.find("translation")
            if old is not None:
                msg.remove(old)
            msg.append(source)
            filled += 1
    if filled:
        tree.write(target, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m packconfig.i18n_build")
    sub = parser.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("compile", help=".ts -> .qm")
    c.add_argument("--out", default=None, help="output folder (default: next to the .ts)")
    sub.add_parser("update", help="re-extract texts from packconfig/gui into the .ts")
    sub.add_parser("check", help="fail if a message has no translation")
    m = sub.add_parser("merge", help="fill unfinished messages from other .ts files")
    m.add_argument("others", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.cmd == "compile":
        for qm in compile_translations(args.out):
            print(f"i18n_build: wrote {qm}")
    elif args.cmd == "update":
        update_sources()
    elif args.cmd == "merge":
        for ts in ts_files():
            n = merge_translations(ts, args.others)
            print(f"i18n_build: {ts.name}: {n} translations taken from {len(args.others)} file(s)")
        update_sources()  # back in lupdate's own layout
    else:
        bad = {ts.name: unfinished(ts) for ts in ts_files()}
        for name, missing in bad.items():
            for text in missing:
                print(f"{name}: unfinished: {text!r}")
        return 1 if any(bad.values()) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
