"""Tampered variants of a signed quote PDF, for the verifier's tests.

Each kind is what someone who wants a different price, or to pass off an unsigned
copy, could do to a signed quote. ``variant(kind, signed, rng, other=...)`` returns
the tampered bytes; ``rng`` (random.Random) picks where, so many distinct variants of
one kind come from one signed quote.

Kinds (:data:`KINDS`):

* ``content_flip`` — one byte flipped inside a page content stream, in place;
* ``price_rewrite`` — a price in the page text edited (content stream decompressed,
  edited, recompressed) and the file saved again by pypdf;
* ``price_update`` — the same edit appended as an incremental update after signing;
* ``json_flip`` — one byte flipped inside the embedded quote.json stream, in place;
* ``json_update`` — quote.json replaced (a total or the customer edited) in an
  incremental update;
* ``update_appended`` — an incremental update after signing: a note annotation, a
  new title, or an extra page;
* ``signature_removed`` — the signature revision cut off, the field's value deleted
  in an update, or the form dropped by a pypdf rewrite;
* ``signature_copied`` — the signature value of another signed quote pasted over this
  one's.
"""

from __future__ import annotations

import io
import json
import random
import re

KINDS = ("content_flip", "price_rewrite", "price_update", "json_flip", "json_update",
         "update_appended", "signature_removed", "signature_copied")

PRICE = re.compile(rb"\((?:\\245|CNY |USD |EUR |\$|\xa5)?[\d,]+\.\d\d\) Tj")


def _signed_revision_end(data: bytes) -> int:
    """Where the signed revision ends (the second ByteRange range's end)."""
    m = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert m, "not a signed PDF"
    return int(m.group(3)) + int(m.group(4))


def _stream_spans(data: bytes, obj_numbers: list[int]) -> list[tuple[int, int]]:
    """(start, end) of the raw stream data of the given object numbers."""
    spans = []
    for num in obj_numbers:
        m = re.search(rb"(?:^|[\r\n])%d 0 obj" % num, data)
        if not m:
            continue
        start = data.index(b"stream", m.end())
        start += len(b"stream")
        start += 2 if data[start:start + 2] == b"\r\n" else 1
        end = data.index(b"endstream", start)
        spans.append((start, end))
    return spans


def _flip(data: bytes, spans: list[tuple[int, int]], rng: random.Random) -> bytes:
    start, end = rng.choice(spans)
    pos = rng.randrange(start, max(start + 1, end - 1))
    out = bytearray(data)
    out[pos] ^= 1 << rng.randrange(8)
    return bytes(out)


def content_flip(data: bytes, rng: random.Random) -> bytes:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    nums = []
    for page in reader.pages:
        ref = page.get("/Contents")
        refs = ref if isinstance(ref, list) else [ref]
        nums += [r.idnum for r in refs if hasattr(r, "idnum")]
    return _flip(data, _stream_spans(data, nums), rng)


def json_flip(data: bytes, rng: random.Random) -> bytes:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    names = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = names[1].get_object()
    return _flip(data, _stream_spans(data, [spec["/EF"].raw_get("/F").idnum]), rng)


def _edit_price(content: bytes, rng: random.Random) -> bytes:
    hits = list(PRICE.finditer(content))
    assert hits, "no price in this content stream"
    m = rng.choice(hits)
    token = bytearray(m.group(0))
    digits = [i for i, b in enumerate(token) if 48 <= b <= 57 and token[i - 1:i] != b"\\"]
    i = rng.choice(digits)
    token[i] = 48 + (token[i] - 48 + rng.randrange(1, 10)) % 10
    return content[:m.start()] + bytes(token) + content[m.end():]


def _price_page(reader) -> int:
    for i, page in enumerate(reader.pages):
        if PRICE.search(page.get_contents().get_data()):
            return i
    raise AssertionError("no page shows a price")


def price_rewrite(data: bytes, rng: random.Random) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[_price_page(writer)]
    contents = page.get_contents()
    edited = _edit_price(contents.get_data(), rng)
    contents.set_data(edited)
    page[NameObject("/Contents")] = writer._add_object(contents)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _incremental(data: bytes):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    return IncrementalPdfFileWriter(io.BytesIO(data), strict=False)


def _finish(writer) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def price_update(data: bytes, rng: random.Random) -> bytes:
    from pyhanko.pdf_utils import generic
    from pypdf import PdfReader

    index = _price_page(PdfReader(io.BytesIO(data)))
    w = _incremental(data)
    page = w.root["/Pages"]["/Kids"][index].get_object()  # reportlab: a flat page tree
    old = page["/Contents"].get_object()
    edited = _edit_price(old.data, rng)
    page["/Contents"] = w.add_object(generic.StreamObject(stream_data=edited))
    w.update_container(page)
    return _finish(w)


def json_update(data: bytes, rng: random.Random) -> bytes:
    from pyhanko.pdf_utils import generic

    w = _incremental(data)
    names = w.root["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = names[1].get_object()
    ef = spec["/EF"]
    body = json.loads(ef["/F"].get_object().data)
    quote = body["quote"]
    if rng.random() < 0.5:
        quote["customer"]["company"] = quote["customer"]["company"] + " (edited)"
    else:
        _bump_first_amount(quote, rng)
    new = generic.StreamObject({generic.NameObject("/Type"): generic.NameObject(
        "/EmbeddedFile")}, stream_data=json.dumps(body).encode("utf-8"))
    ef["/F"] = w.add_object(new)
    w.update_container(spec)
    return _finish(w)


def _bump_first_amount(node, rng: random.Random) -> bool:
    """Change the first decimal amount found (depth first) by a few units."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "amount" and isinstance(value, str) and re.fullmatch(r"\d+(\.\d+)?",
                                                                          value):
                node[key] = str(int(float(value)) + rng.randrange(1, 9000))
                return True
            if _bump_first_amount(value, rng):
                return True
    elif isinstance(node, list):
        return any(_bump_first_amount(v, rng) for v in node)
    return False


def update_appended(data: bytes, rng: random.Random) -> bytes:
    from pyhanko.pdf_utils import generic

    w = _incremental(data)
    choice = rng.randrange(3)
    if choice == 0:
        page = w.root["/Pages"]["/Kids"][0].get_object()
        annot = generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
            generic.NameObject("/Rect"): generic.ArrayObject(
                [generic.FloatObject(v) for v in (100, 100, 300, 130)]),
            generic.NameObject("/Contents"): generic.TextStringObject(
                f"Price changed to {rng.randrange(1, 99999)}"),
            generic.NameObject("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g")})
        annots = page.get("/Annots")
        ref = w.add_object(annot)
        if annots is None:
            page["/Annots"] = generic.ArrayObject([ref])
        else:
            annots.get_object().append(ref)
        w.update_container(page)
    elif choice == 1:
        w.set_info(generic.DictionaryObject({generic.NameObject("/Title"):
                                             generic.TextStringObject("Edited quote")}))
    else:
        pages = w.root["/Pages"]
        stream = w.add_object(generic.StreamObject(
            stream_data=b"BT /F1 24 Tf 72 720 Td (Extra discount 50%) Tj ET"))
        page = generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Page"),
            generic.NameObject("/Parent"): w.root.raw_get("/Pages"),
            generic.NameObject("/MediaBox"): generic.ArrayObject(
                [generic.NumberObject(v) for v in (0, 0, 595, 842)]),
            generic.NameObject("/Contents"): stream})
        pages["/Kids"].append(w.add_object(page))
        pages["/Count"] = generic.NumberObject(int(pages["/Count"]) + 1)
        w.update_container(pages)
    return _finish(w)


def signature_removed(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(3)
    if choice == 0:  # cut off the signing revision: the unsigned original
        end = data.rfind(b"%%EOF", 0, data.find(b"/ByteRange"))
        return data[:end + len(b"%%EOF")] + b"\n"
    if choice == 1:
        w = _incremental(data)
        for ref in w.root["/AcroForm"]["/Fields"]:
            field = ref.get_object()
            if field.get("/FT") == "/Sig" and "/V" in field:
                del field["/V"]
                w.update_container(field)
        return _finish(w)
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    root = writer._root_object
    if "/AcroForm" in root:
        del root[NameObject("/AcroForm")]
    for page in writer.pages:
        if "/Annots" in page:
            del page[NameObject("/Annots")]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _contents_span(data: bytes) -> tuple[int, int]:
    m = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    start = int(m.group(1)) + int(m.group(2))
    return start, int(m.group(3))


def signature_copied(data: bytes, rng: random.Random, other: bytes) -> bytes:
    """Paste ``other``'s signature value (hex) into ``data``'s reserved space."""
    a0, a1 = _contents_span(data)
    b0, b1 = _contents_span(other)
    theirs = other[b0 + 1:b1 - 1].rstrip(b"0")
    room = a1 - a0 - 2
    if len(theirs) % 2:
        theirs += b"0"
    pasted = theirs[:room].ljust(room, b"0")
    return data[:a0 + 1] + pasted + data[a1 - 1:]


def variant(kind: str, data: bytes, rng: random.Random, other: bytes | None = None) -> bytes:
    if kind == "signature_copied":
        assert other is not None
        return signature_copied(data, rng, other)
    return globals()[kind](data, rng)
