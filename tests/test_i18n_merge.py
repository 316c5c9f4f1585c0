"""i18n_build merge: after a git merge of two branches that both added window texts, the
.ts of one side is updated from the code and takes the other side's translations."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from packconfig import i18n_build

SHIPPED = i18n_build.TS_DIR / "packconfig_zh_CN.ts"


def _blank(src: Path, dst: Path, count: int) -> list[tuple[str, str]]:
    """Copy ``src`` to ``dst`` with the first ``count`` translations unfinished."""
    tree = ET.parse(src)
    blanked = []
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if len(blanked) < count and tr is not None and not tr.findall("numerusform"):
                blanked.append((ctx.findtext("name") or "", msg.findtext("source") or ""))
                tr.text, tr.attrib["type"] = "", "unfinished"
    tree.write(dst, encoding="utf-8", xml_declaration=True)
    return blanked


def _translations(path: Path) -> dict[tuple[str, str], str]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and not tr.findall("numerusform"):
                out[(ctx.findtext("name") or "", msg.findtext("source") or "")] = tr.text or ""
    return out


def test_merge_fills_unfinished_from_the_other_side(tmp_path: Path) -> None:
    ours = tmp_path / "ours.ts"
    blanked = _blank(SHIPPED, ours, 5)
    assert len(i18n_build.unfinished(ours)) == 5
    assert i18n_build.merge_translations(ours, [SHIPPED]) == 5
    assert i18n_build.unfinished(ours) == []
    want, got = _translations(SHIPPED), _translations(ours)
    assert all(got[k] == want[k] and want[k] for k in blanked)


def test_merge_keeps_our_finished_translations(tmp_path: Path) -> None:
    theirs = tmp_path / "theirs.ts"
    _blank(SHIPPED, theirs, 3)
    ours = tmp_path / "ours.ts"
    ours.write_bytes(SHIPPED.read_bytes())
    assert i18n_build.merge_translations(ours, [theirs]) == 0
    assert _translations(ours) == _translations(SHIPPED)
