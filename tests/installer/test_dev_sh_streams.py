"""``dev.sh`` keeps stdout for the command it runs: its own status lines (and whatever
setup runs) go to stderr, so ``dev.sh cli calc … --json > out.json`` is valid JSON
(issue 14, item 7)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_cli_json_through_dev_sh_is_clean_json(tmp_path):
    env = dict(os.environ, PACKCONFIG_SKIP_APT="1", PACKCONFIG_HOME=str(tmp_path))
    out = subprocess.run(["bash", str(ROOT / "installer" / "dev.sh"), "cli", "calc", "--cell",
                          "CBAK-32140FS", "--series", "96", "--parallel", "2", "--json"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    data = json.loads(out.stdout)  # nothing but the JSON on stdout
    assert data["configuration"] == "96S2P"
    assert "dev.sh: venv:" in out.stderr and "dev.sh:" not in out.stdout
