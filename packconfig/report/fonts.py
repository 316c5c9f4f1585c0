"""Fonts for the PDF quote.

Latin text uses the PDF base font Helvetica (no embedding needed). Any character that
Helvetica's WinAnsi encoding cannot show — Chinese, Ω, ≥ ... — is set in a CJK TrueType
font, registered once per process as :data:`CJK_FONT`. :func:`markup` splits text into
runs and wraps the non-WinAnsi runs in ``<font name="...">``, so an English quote for a
Chinese customer shows the customer's name correctly and a Chinese quote keeps Latin
figures in Helvetica.

The CJK font is looked up in this order: the shipped ``resources/fonts/wqy-microhei.ttc``
(WenQuanYi Micro Hei, Apache-2.0 / GPL-3+ with font exception), then the usual system
paths. reportlab can only embed TrueType outlines (not OpenType/CFF, so not the Noto CJK
.otf/.ttc files). If none is found, :class:`~packconfig.core.errors.PackconfigError`.
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from xml.sax.saxutils import escape

from packconfig.core.errors import PackconfigError
from packconfig.core.fs.resources import ResourceNotFound, resource_path

BASE_FONT = "Helvetica"
BOLD_FONT = "Helvetica-Bold"
CJK_FONT = "PackconfigCJK"

#: (path, subfont index) candidates after the shipped font, in order.
SYSTEM_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
)

_lock = threading.Lock()
_registered: Path | None = None
_cjk_glyphs: frozenset[int] = frozenset()


def find_cjk_font() -> tuple[Path, int]:
    """Path and subfont index of the CJK TrueType font to use."""
    try:
        return resource_path("fonts/wqy-microhei.ttc"), 0
    except ResourceNotFound:
        pass  # not shipped in this build: fall through to PACKCONFIG_CJK_FONT / the system
    env = os.environ.get("PACKCONFIG_CJK_FONT")
    candidates = ([(env, 0)] if env else []) + list(SYSTEM_CANDIDATES)
    for path, index in candidates:
        if Path(path).is_file():
            return Path(path), index
    tried = ", ".join(p for p, _ in candidates)
    raise PackconfigError(
        "no CJK TrueType font found for the PDF quote: the shipped "
        "resources/fonts/wqy-microhei.ttc is missing and none of these exist: " + tried
        + ". Install fonts-wqy-microhei or set PACKCONFIG_CJK_FONT to a .ttf/.ttc file.")


def register_fonts() -> Path:
    """Register :data:`CJK_FONT` with reportlab (once per process); return its path."""
    global _registered, _cjk_glyphs
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is not None:
            return _registered
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        path, index = find_cjk_font()
        try:
            font = TTFont(CJK_FONT, str(path), subfontIndex=index)
        except (TTFError, OSError) as exc:
            raise PackconfigError(f"cannot use the CJK font {path} for the PDF quote "
                                  f"({exc}); it must be a TrueType (.ttf/.ttc) font") from None
        pdfmetrics.registerFont(font)
        _cjk_glyphs = frozenset(font.face.charToGlyph)
        _registered = path
        return path


# ------------------------------------------------------------------ text to markup
#: Control characters reportlab cannot show (C0 except \t \n \r, DEL, C1), lone
#: surrogates and non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_WINANSI_EXTRA = set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")


def _winansi(ch: str) -> bool:
    o = ord(ch)
    return 0x20 <= o < 0x7F or 0xA0 <= o <= 0xFF or ch in _WINANSI_EXTRA


def clean(text: object) -> str:
    """``text`` as a str with control characters removed (tabs become spaces, line
    breaks are kept as ``\\n``)."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", s)


def has_cjk(text: str) -> bool:
    return any(not _winansi(ch) for ch in text if ch != "\n")


def markup(text: object, multiline: bool = True) -> str:
    """Paragraph markup for user or label ``text``: XML-escaped (``A&B<C`` prints as
    is), runs outside WinAnsi in the CJK font, unknown glyphs as ``?``, line breaks as
    ``<br/>`` (or spaces when ``multiline`` is false)."""
    s = clean(text)
    out: list[str] = []
    run: list[str] = []
    run_cjk = False

    def flush() -> None:
        if run:
            body = escape("".join(run))
            out.append(f'<font name="{CJK_FONT}">{body}</font>' if run_cjk else body)
            run.clear()

    for ch in s:
        if ch == "\n":
            flush()
            out.append("<br/>" if multiline else " ")
            continue
        cjk = not _winansi(ch)
        if cjk and ord(ch) not in _cjk_glyphs:
            ch, cjk = "?", False
        if cjk != run_cjk:
            flush()
            run_cjk = cjk
        run.append(ch)
    flush()
    return "".join(out)
