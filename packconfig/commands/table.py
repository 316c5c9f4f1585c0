"""Plain-text tables for the terminal, aligned by display width.

A Chinese character takes two terminal columns, a combining accent none; ``len()``
counts one for each, so tables with Chinese customer names drift out of line.
:func:`width` asks ``wcwidth`` (the Unicode East Asian Width and zero-width tables,
kept current by that library) how many columns a text takes. Cut texts end with an
ellipsis, at a word boundary when one is near.
"""

from __future__ import annotations

from collections.abc import Sequence

from wcwidth import wcswidth, wcwidth

ELLIPSIS = "…"


def width(text: str) -> int:
    """Terminal columns ``text`` takes (control characters count as none)."""
    total = wcswidth(text)
    if total >= 0:
        return total
    return sum(max(0, wcwidth(ch)) for ch in text)


def truncate(text: str, columns: int) -> str:
    """``text`` fitting ``columns``: unchanged if it fits, else cut, preferably after a
    whole word in its second half, and ended with an ellipsis."""
    if width(text) <= columns:
        return text
    room = columns - width(ELLIPSIS)
    cut, used = "", 0
    for ch in text:
        w = max(0, wcwidth(ch))
        if used + w > room:
            break
        cut += ch
        used += w
    space = cut.rfind(" ")
    if space >= max(1, len(cut) // 2):
        cut = cut[:space]
    return cut.rstrip(" ,;-(") + ELLIPSIS


def pad(text: str, columns: int, align: str = "<") -> str:
    """``text`` padded with spaces to ``columns`` ("<" left, ">" right)."""
    fill = " " * max(0, columns - width(text))
    return fill + text if align == ">" else text + fill


def render(rows: Sequence[Sequence[str]], aligns: str = "", gap: str = "  ",
           max_widths: Sequence[int | None] = ()) -> list[str]:
    """Lines of ``rows`` (the first may be a header) in columns as wide as their widest
    cell; ``aligns`` holds one "<" or ">" per column (left by default); a column with a
    ``max_widths`` entry is cut to it with an ellipsis."""
    if not rows:
        return []
    count = max(len(row) for row in rows)
    limits = list(max_widths) + [None] * (count - len(max_widths))
    cells = [[truncate(str(c), limits[i]) if limits[i] else str(c)
              for i, c in enumerate(row)] + [""] * (count - len(row)) for row in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(count)]
    align = (aligns + "<" * count)[:count]
    return [gap.join(pad(c, widths[i], align[i]) for i, c in enumerate(row)).rstrip()
            for row in cells]
