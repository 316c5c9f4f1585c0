"""The short datasheet citation printed on a customer's PDF, derived from a cell's
``source`` text.

A cell's ``source`` is a research record: the document, where a copy was found (a
mirror, a reseller page, a compiled database), capture dates and the web addresses. The
customer's quote shows only the document and who published it; the full text stays in
the cell (the window's cell details, ``quote.json``). Rules, applied to each source the
text lists (``;``-separated; a part that only says the same values are mirrored
elsewhere is dropped):

* a quoted title: ``Publisher, "Title"`` (``BAK "32140FS…" (https://…)`` →
  ``BAK, "32140FS…"``);
* ``Owner/Project: folder/file.xlsx (…)``: the file name and the project
  (``CellDatabase_v6.xlsx, TUMFTM/TruckBatteryDesign``);
* a text before a web address: that text, cut before "via", "mirrored at", "as
  reproduced at", "as compiled in" (where a copy was found) and "… from" (which figures
  came from it), without parentheses or the address (``NKON product page``);
* only a web address: its parenthesised description (when it names a document, not
  figures) with the site as publisher, else the site.

The result is at most :data:`MAX_CHARS` long (cut at a word, with an ellipsis).
"""

from __future__ import annotations

import re

MAX_CHARS = 160
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|de|"
                  r"nl|it|uk|info|bike|io)(?:/\S*)?", re.IGNORECASE)
_COPY_NOTES = re.compile(r",?\s+(?:via|mirrored at|as reproduced at|as compiled in|as cited "
                         r"in|reproduced at|reported at)\b.*$", re.IGNORECASE)
_QUOTED = re.compile(r'^(?P<pub>[^"(]*?)\s*"(?P<title>[^"]+)"')
_PROJECT_FILE = re.compile(r"^(?P<project>[\w.-]+/[\w.-]+)(?::\s*|\s+)"
                           r"(?:[\w.-]+/)*(?P<file>[\w.-]+\.\w+)")


def _split_sources(text: str) -> list[str]:
    """``;``-separated parts, ignoring separators inside parentheses or quotes."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == "(" and not quoted:
            depth += 1
        elif ch == ")" and not quoted and depth:
            depth -= 1
        elif ch == ";" and depth == 0 and not quoted:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _site(url: str) -> str:
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE)
    return host.split("/", 1)[0].rstrip(".,)")


def _without_parentheses(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"\s*\([^()]*\)", "", text)
    return text


def _tidy(text: str) -> str:
    text = re.sub(r"\s*\([^()]*$", "", text)  # an opening parenthesis cut by a URL
    return re.sub(r"\s+", " ", text).strip(" ,:;-")


def _is_title(text: str) -> bool:
    """A parenthesised description names a document (not figures such as "8A" or
    ">3350mAh"): it starts with a letter and has at least three words."""
    return bool(re.match(r"[A-Za-z]", text)) and len(text.split()) >= 3


def _one(part: str) -> str:
    quoted = _QUOTED.match(part)
    if quoted:
        publisher, title = _tidy(quoted["pub"]), quoted["title"].strip()
        return f'{publisher}, "{title}"' if publisher else f'"{title}"'
    project = _PROJECT_FILE.match(part)
    if project:
        return f"{project['file']}, {project['project']}"
    if " from " in part.split("(", 1)[0]:
        part = part.split(" from ", 1)[1]  # "<figures> from <document>"
        project = _PROJECT_FILE.match(part)
        if project:
            return f"{project['file']}, {project['project']}"
    url = _URL.search(part)
    before = _tidy(_COPY_NOTES.sub("", _without_parentheses(part[:url.start()] if url
                                                                else part)))
    if before:  # it names the document; the address is where a copy was found
        return before
    if url is None:
        return _tidy(part)
    described = re.search(r"\(([^()]+)\)", part[url.end():])
    site = _site(url.group(0))
    if described and not _URL.search(described.group(1)) and _is_title(described.group(1)):
        return f"{_tidy(described.group(1))} ({site})"
    return site


def short_citation(source: str) -> str:
    """The document(s) and publisher(s) named by ``source``, for a customer's PDF;
    ``""`` when the source is empty."""
    cites: list[str] = []
    for part in _split_sources(source or ""):
        if re.match(r"same values\b", part, re.IGNORECASE):
            continue  # only says where else the same figures appear
        cite = _one(part)
        if cite and cite not in cites:
            cites.append(cite)
    text = "; ".join(cites)
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;") + "…"
    return text
