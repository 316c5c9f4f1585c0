"""``packconfig self-test`` from the source tree (the frozen run is in
test_frozen_bundle.py)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from packconfig.cli import build_parser
from packconfig.commands import selftest

STEPS = ("environment", "resources", "catalog", "pack", "settings", "quote", "main-window",
         "pdf-en", "pdf-en-check", "pdf-zh", "pdf-zh-check")


def test_self_test_is_a_cli_command():
    args = build_parser().parse_args(["self-test"])
    assert args.func is selftest.run


def test_self_test_passes_from_source(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PACKCONFIG_HOME=str(tmp_path / "home"))
    res = subprocess.run([sys.executable, "-m", "packconfig", "self-test"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
    for step in STEPS:
        assert f"[ok]   {step} " in res.stdout, step
    assert "self-test: passed (12 steps)" in res.stdout
    # the user's (here: the test's) data folder is never touched
    assert not (tmp_path / "home").exists()


def _selftest(tmp_path: Path) -> tuple[selftest.SelfTest, io.StringIO]:
    out = io.StringIO()
    return selftest.SelfTest(tmp_path, out=out), out


def test_a_failing_step_is_named_and_exits_1(tmp_path):
    st, out = _selftest(tmp_path)
    st.step("environment", lambda: "fine")
    st.step("catalog", lambda: (_ for _ in ()).throw(OSError("disk on fire")))
    st.step("pack", lambda: "x", needs=("catalog",))
    assert st.summary() == selftest.EXIT_FAILED
    text = out.getvalue()
    assert "[FAIL] catalog" in text and "OSError: disk on fire" in text
    assert "[skip] pack" in text and "needs catalog" in text
    assert "self-test: FAILED at step catalog: OSError: disk on fire" in text


def test_a_missing_feature_is_reported_not_faked(tmp_path):
    st, out = _selftest(tmp_path)
    st.step("environment", lambda: "fine")

    def missing() -> str:
        raise selftest.StepMissing("packconfig.report.render_quote_pdf is not in this build")

    st.step("pdf-en", missing)
    assert st.summary() == selftest.EXIT_MISSING
    assert "[MISS] pdf-en" in out.getvalue()
    assert "not available in this build: pdf-en" in out.getvalue()
