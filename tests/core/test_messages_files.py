"""File, storage, register, pricing and settings errors in Chinese.

Every case triggers the real error through the real core function, then checks that
the English text is what it always was, and that the Chinese text is Chinese and keeps
the file name and the figures. The last tests check that :func:`messages.text` never
raises and that no Chinese template is dead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import io
import json
import os
import re
import sqlite3
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from packconfig.core import messages
from packconfig.core.cells.catalog import load_cell_file, parse_cells_text
from packconfig.core.codec import MAX_BYTES
from packconfig.core.commerce.costing import CostPolicy, cost_pack
from packconfig.core.commerce.fx import Rate, RateTable, rates_from_records
from packconfig.core.commerce.pricing import (
    ExtraLine,
    Incoterm,
    TaxRule,
    Tier,
    TierTable,
    price_quantity,
)
from packconfig.core.commerce.quote import Party, make_quote, quote_from_json, quote_to_dict, revise
from packconfig.core.commerce.settings import build_settings, load_settings, shipped_defaults
from packconfig.core.errors import DataFileError, InputError, PackconfigError, StorageError
from packconfig.core.fs import atomic
from packconfig.core.money import Money, check_currency, to_decimal
from packconfig.core.pack.sizing import parse_parallel_target
from packconfig.core.store import backend
from packconfig.core.store.project import (
    Project,
    load_project,
    project_from_json,
    project_to_json,
    save_project,
)
from packconfig.core.store.register import QuoteFilter as register_filter
from packconfig.core.store.register import Register
from packconfig.core.units import Q_, parse_quantity
from packconfig.report import open_document
from packconfig.report.pdf import MAX_PDF_BYTES, quote_from_pdf_bytes, quote_pdf_bytes

CJK = re.compile(r"[\u4e00-\u9fff]")
DAY = dt.date(2026, 7, 1)
CELL_TOML = """[[cell]]
id = "T-1"
manufacturer = "Test"
model = "T1"
format = "{fmt}"
chemistry = "{chem}"
nominal_voltage = "{nominal}"
capacity = "15 Ah"
source = "test"
{extra}
"""


def cell_toml(fmt: str = "18650", chem: str = "LFP", nominal: str = "3.2 V",
              extra: str = "") -> str:
    return CELL_TOML.format(fmt=fmt, chem=chem, nominal=nominal, extra=extra)


# --------------------------------------------------------------------------- context
@pytest.fixture
def ctx(tmp_path, cbak):
    settings = load_settings()
    draft = make_quote(cbak, 4, 1, 10, "CNY", settings, Party(company="ACME 电池"), date=DAY)
    return SimpleNamespace(tmp=tmp_path, cell=cbak, settings=settings, draft=draft)


def write(ctx, name: str, data: str | bytes) -> Path:
    path = ctx.tmp / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def project_doc(ctx, **changes) -> dict:
    doc = json.loads(project_to_json(Project(ctx.cell, 4, 1, quote=ctx.draft)))
    for key, value in changes.items():
        target = doc
        *parents, last = key.split("/")
        for parent in parents:
            target = target[parent]
        target[last] = value
    return doc


def open_project_doc(ctx, **changes) -> None:
    load_project(write(ctx, "p.pcproj.json", json.dumps(project_doc(ctx, **changes))))


def quote_doc(ctx, **changes) -> str:
    doc = quote_to_dict(ctx.draft)
    doc["quote"].update(changes)
    return json.dumps(doc)


def settings_file(ctx, body: object) -> None:
    path = write(ctx, "settings.json", body if isinstance(body, str) else json.dumps(body))
    load_settings(path)


def pdf_bytes(attachment: bytes | None = None) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if attachment is not None:
        writer.add_attachment("quote.json", attachment)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def layout_fails(ctx) -> None:
    from reportlab.platypus.doctemplate import LayoutError

    class TooTall:  # what reportlab raises for a table cell taller than a page
        def __init__(self, data) -> None:
            self.data = data  # the report data the real renderer would draw

        def render(self) -> bytes:
            raise LayoutError("Flowable too large")

    quote_pdf_bytes(dataclasses.replace(ctx.draft, number="Q-2026-0001"), renderer=TooTall)


def issue_twice(ctx) -> None:
    with Register(ctx.tmp / "quotes.db") as reg:
        reg.issue(reg.issue(ctx.draft))


def get_unknown(ctx) -> None:
    with Register(ctx.tmp / "quotes.db") as reg:
        reg.get("Q-1999-0042")


def busy_register(ctx, monkeypatch) -> None:
    path = ctx.tmp / "quotes.db"
    monkeypatch.setattr(backend, "RETRY_SECONDS", 0.0)
    monkeypatch.setattr(backend, "SQLITE_BUSY_MS", 20)  # give up at once, not after 5 s
    with Register(path) as reg:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another packconfig in the middle of a write
        try:
            reg.issue(ctx.draft)
        finally:
            holder.execute("ROLLBACK")
            holder.close()


def register_with(ctx, sql: str) -> None:
    path = ctx.tmp / "quotes.db"
    with sqlite3.connect(path) as db:
        db.executescript(sql)
    with Register(path) as reg:
        reg.search()


def no_write_permission(ctx, monkeypatch) -> None:
    folder = ctx.tmp / "locked"
    folder.mkdir()
    if os.geteuid() == 0:  # root ignores chmod: the folder refuses new files as if it did
        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")
        monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    else:
        folder.chmod(0o500)
    try:
        save_project(folder / "p.pcproj.json", Project(ctx.cell, 4, 1))
    finally:
        folder.chmod(0o700)


def disk_full(ctx, monkeypatch) -> None:
    def full(fd):  # the data of the temporary file cannot be put on the disk
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(atomic.os, "fsync", full)
    save_project(ctx.tmp / "p.pcproj.json", Project(ctx.cell, 4, 1))


def issued_not_renamed(ctx, monkeypatch) -> None:
    """The one step after the register commits: the rename fails (the folder was made
    read-only in between); the message names the issued quote and the reprint."""
    from packconfig.report.issue import issue_with_pdf

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(atomic.os, "replace", refuse)
    issue_with_pdf(ctx.draft, ctx.tmp / "q.pdf")


def no_cell_price(ctx) -> None:
    bare = dataclasses.replace(ctx.cell, price=None)
    settings = dataclasses.replace(ctx.settings, cell_defaults={})
    cost_pack(bare, 4, 1, settings.context("CNY", DAY))


def signing_fails(ctx, monkeypatch, what: str) -> None:
    """The signing errors (report/signing.py), through the real loader."""
    import sys

    from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12
    from cryptography.x509 import load_pem_x509_certificate

    from packconfig.report.signing import SigningSetup, load_signer, resolve_signer
    from packconfig.report.testkeys import make_test_identity

    if what == "junk":
        load_signer(write(ctx, "s.p12", b"not a pkcs12"), "x")
    ident = make_test_identity(ctx.tmp / "keys", days=0 if what == "expired" else 30)
    if what == "cert_only":
        cert = load_pem_x509_certificate(ident.cert_pem.read_bytes())
        load_signer(write(ctx, "s.p12", pkcs12.serialize_key_and_certificates(
            b"seller", None, cert, None, NoEncryption())), None)
    if what == "no_password":
        monkeypatch.setitem(sys.modules, "keyring", None)
        resolve_signer(SigningSetup(ident.pkcs12, ()), ask=lambda path: None)
    load_signer(ident.pkcs12, ident.password)


P = "{tmp}/p.pcproj.json"
S = "{tmp}/settings.json"
C = "{tmp}/cells.toml"
#: (code, action(ctx[, monkeypatch]), English parts, Chinese parts); "{tmp}" is the folder.
# ---- the register's lifecycle, customers and location (tests/register runs the
# PostgreSQL-only ones -- login, permission, timeouts, lost connection -- on a real server)
def reg_of(ctx) -> Register:
    return Register(ctx.tmp / "quotes.db")


def lifecycle_error(ctx, steps) -> None:
    with reg_of(ctx) as reg:
        q = reg.issue(ctx.draft)
        steps(reg, q)


def accepted_then(ctx, action) -> None:
    def steps(reg, q):
        reg.set_status(q.number, "sent")
        reg.set_status(q.number, "accepted")
        action(reg, q)
    lifecycle_error(ctx, steps)


def two_customers(ctx) -> None:
    from packconfig.core.store.register import Customer

    with reg_of(ctx) as reg:
        reg.add_customer(Customer(company="ACME 电池"))
        reg.add_customer(Customer(company=" acme  电池"))


def add_customer(ctx, **fields) -> None:
    from packconfig.core.store.register import Customer

    with reg_of(ctx) as reg:
        reg.add_customer(Customer(**fields))


def settings_register(ctx, section) -> None:
    from packconfig.core.store.location import resolve

    resolve(settings_path=write(ctx, "settings.json", json.dumps({"register": section})))


def migrate_into_itself(ctx) -> None:
    with reg_of(ctx) as reg:
        reg.migrate_to(reg)


def migrate_collision(ctx) -> None:
    with Register(ctx.tmp / "a.db") as a, Register(ctx.tmp / "b.db") as b:
        a.issue(ctx.draft)
        b.issue(dataclasses.replace(ctx.draft, notes="other"))
        a.migrate_to(b)


def unreachable(ctx) -> None:
    Register(f"postgresql://alice:pw@/db?host={ctx.tmp}/gone")



CASES = [
    # ---- reading any file
    ("file_not_found", lambda c: load_project(c.tmp / "p.pcproj.json"),
     [f"{P}: file not found"], [f"无法读取 {P}：", "找不到该文件"]),
    ("is_folder", lambda c: load_project(c.tmp),
     ["{tmp}: is a folder, not a packconfig project"], ["无法读取 {tmp}：", "文件夹", "项目文件"]),
    ("file_too_large", lambda c: load_project(write(c, "p.pcproj.json", " " * (MAX_BYTES + 1))),
     [f"{P}: file is too large (4,000,001 bytes) to be a packconfig project"],
     [P, "4,000,001 字节", "项目文件"]),
    ("cannot_read_file", lambda c: load_project(write(c, "f", "x") / "p.pcproj.json"),
     ["{tmp}/f/p.pcproj.json: cannot read file (Not a directory)"],
     ["{tmp}/f/p.pcproj.json", "系统错误", "Not a directory"]),
    # ---- project JSON
    ("not_utf8", lambda c: load_project(write(c, "p.pcproj.json", b"{\xff\xfe}")),
     [f"{P}: not a packconfig project: the file is not UTF-8 text"], [P, "UTF-8", "项目文件"]),
    ("too_deep", lambda c: load_project(write(c, "p.pcproj.json",
                                              '{"a":' * 60 + "1" + "}" * 60)),
     [f"{P}: not a packconfig project: nested too deeply"], [P, "嵌套层级过深"]),
    ("invalid_json", lambda c: load_project(write(c, "p.pcproj.json", '{\n "name": "x",\n  3')),
     [f"{P}: not a packconfig project: invalid or truncated JSON (line 3, column 3: "],
     [P, "JSON 格式无效", "第 3 行第 3 列", "不是有效的 packconfig 项目文件"]),
    ("json_long_number", lambda c: load_project(write(c, "p.pcproj.json",
                                                      '{"a": 1' + "0" * 5000 + "}")),
     [f"{P}: not a packconfig project: invalid JSON (a number has too many digits)"],
     [P, "数字位数过多"]),
    ("json_not_object", lambda c: load_project(write(c, "p.pcproj.json", "[1, 2]")),
     [f"{P}: not a packconfig project: expected a JSON object at the top"],
     [P, "顶层不是 JSON 对象"]),
    ("no_schema_version", lambda c: load_project(write(c, "p.pcproj.json", "{}")),
     [f"{P}: not a packconfig project: no schema_version"], [P, "缺少 schema_version"]),
    ("newer_schema", lambda c: open_project_doc(c, schema_version=7),
     [f"{P}: written by a newer packconfig (project schema 7); this version reads schema 2"],
     [P, "更高版本", "格式版本 7", "格式版本 2"]),
    ("wrong_document", lambda c: open_project_doc(c, kind="spreadsheet"),
     [f"{P}: not a packconfig project file"], [P, "不是 packconfig 项目文件"]),
    ("cell_id_mismatch", lambda c: open_project_doc(c, **{"configuration/cell_id": "OTHER"}),
     [f"{P}, field 'configuration.cell_id': cell_id does not match the saved cell"],
     [P, "字段“configuration.cell_id”", "不一致"]),
    ("expected_text", lambda c: open_project_doc(c, name=3),
     [f"{P}, field 'name': expected text"], [P, "字段“name”：应为文本"]),
    ("expected_object_or_null", lambda c: open_project_doc(c, quote=[]),
     [f"{P}, field 'quote': expected an object or null"], [P, "字段“quote”：应为对象或 null"]),
    ("expected_list", lambda c: open_project_doc(c, **{"quote/quote/pricing/lines": {}}),
     [f"{P}: quote.pricing.lines: expected a list"], [P, "字段“quote.pricing.lines”：应为列表"]),
    ("expected_object", lambda c: open_project_doc(c, **{"configuration/options": 3}),
     [f"{P}: configuration.options: expected an object for PackOptions"],
     [P, "字段“configuration.options”：应为对象"]),
    ("expected_bool",
     lambda c: open_project_doc(c, **{"configuration/options/overhead/bms": "yes"}),
     [f"{P}: configuration.options.overhead.bms: expected true/false"],
     [P, "字段“configuration.options.overhead.bms”：应为 true 或 false"]),
    ("expected_whole", lambda c: open_project_doc(c, **{"configuration/series": "4"}),
     [f"{P}: configuration.series: expected a whole number"],
     [P, "字段“configuration.series”：应为整数"]),
    ("expected_number",
     lambda c: open_project_doc(c, **{"configuration/options/overhead/busbar_fraction": "5"}),
     [f"{P}: configuration.options.overhead.busbar_fraction: expected a number"],
     [P, "应为数字"]),
    ("expected_decimal_text",
     lambda c: open_project_doc(c, **{"quote/quote/pricing/tax_rate_pct": 13}),
     [f"{P}: quote.pricing.tax_rate_pct: expected a decimal number as text"],
     [P, "应为以文本表示的十进制数"]),
    ("expected_keys",
     lambda c: open_project_doc(c, **{"configuration/cell/capacity": {"value": 15}}),
     [f"{P}: configuration.cell.capacity: expected an object with exactly ['unit', 'value']"],
     [P, "unit、value"]),
    ("unknown_fields", lambda c: open_project_doc(c, **{"configuration/colour": "red"}),
     [f"{P}: configuration: unknown fields ['colour']"], [P, "未知字段：colour"]),
    ("missing_field", lambda c: open_project_doc(c, **{"configuration": {"cell_id": "x"}}),
     [f"{P}: configuration: missing field 'cell'"], [P, "缺少字段“cell”"]),
    ("invalid_value", lambda c: open_project_doc(c, **{"quote/quote/date": "July"}),
     [f"{P}: quote.date: invalid value (Invalid isoformat string: 'July')"],
     [P, "值无效", "July"]),
    ("unit_too_long",
     lambda c: open_project_doc(c, **{"configuration/cell/capacity": {"value": 1,
                                                                       "unit": "A" * 150}}),
     [f"{P}: configuration.cell.capacity: unit text is too long (150 characters)"],
     [P, "150 个字符"]),
    # ---- quotes (project files, quote.json)
    ("unknown_status", lambda c: quote_from_json(quote_doc(c, status="lost"), "q.json"),
     ["q.json, field 'status': unknown quote status 'lost'"], ["q.json", "“lost”"]),
    ("unknown_language", lambda c: quote_from_json(quote_doc(c, language="fr"), "q.json"),
     ["q.json, field 'language': unknown quote language 'fr'"], ["q.json", "“fr”", "en、zh"]),
    ("quote_counts", lambda c: quote_from_json(quote_doc(c, quantity=0), "q.json"),
     ["q.json: quantity, series and parallel must be at least 1"], ["q.json", "至少为 1"]),
    # ---- quote PDFs
    ("not_pdf", lambda c: open_document(write(c, "q.pdf", "hello")),
     ["{tmp}/q.pdf: not a PDF file"], ["无法读取 {tmp}/q.pdf：不是 PDF 文件。"]),
    ("pdf_too_large", lambda c: quote_from_pdf_bytes(b"%PDF-" + bytes(MAX_PDF_BYTES), "q.pdf"),
     ["q.pdf: too large to be a packconfig quote PDF"], ["q.pdf", "文件过大"]),
    ("pdf_truncated", lambda c: open_document(write(c, "q.pdf", pdf_bytes()[:-200])),
     ["{tmp}/q.pdf: the PDF is truncated or damaged (no end-of-file marker); ask for the "
      "file again"], ["{tmp}/q.pdf", "不完整或已损坏"]),
    ("pdf_damaged", lambda c: open_document(write(c, "q.pdf", b"%PDF-1.4\n" + b"junk " * 20
                                                  + b"\n%%EOF\n")),
     ["{tmp}/q.pdf: the PDF is damaged and cannot be read (PdfReadError)"],
     ["{tmp}/q.pdf", "已损坏", "PdfReadError"]),
    ("pdf_no_quote", lambda c: open_document(write(c, "q.pdf", pdf_bytes())),
     ["{tmp}/q.pdf: this PDF holds no quote data (no embedded quote.json); it was not "
      "written by packconfig"], ["{tmp}/q.pdf", "不含报价数据", "quote.json"]),
    ("pdf_quote_too_large",
     lambda c: open_document(write(c, "q.pdf", pdf_bytes(b" " * (MAX_BYTES + 1)))),
     ["{tmp}/q.pdf: the embedded quote.json is too large"], ["{tmp}/q.pdf", "quote.json 过大"]),
    ("pdf_layout", layout_fails,
     ["quote Q-2026-0001 R0 cannot be laid out as a PDF: a text (customer, address, notes or "
      "terms) is too long to fit on a page; shorten it"], ["Q-2026-0001 R0", "无法排版为 PDF"]),
    # ---- signing quotes
    ("signing_pkcs12", lambda c, m: signing_fails(c, m, "junk"),
     ["{tmp}/s.p12: cannot open the signing certificate: wrong password, or not a PKCS#12"],
     ["无法读取 {tmp}/s.p12：", "密码错误", "PKCS#12"]),
    ("signing_no_key", lambda c, m: signing_fails(c, m, "cert_only"),
     ["{tmp}/s.p12: the PKCS#12 file holds no private key and certificate"],
     ["{tmp}/s.p12", "没有私钥"]),
    ("signing_cert_dates", lambda c, m: signing_fails(c, m, "expired"),
     ["{tmp}/keys/seller.p12: the signing certificate is not valid today (valid until "],
     ["{tmp}/keys/seller.p12", "签名证书今天无效"]),
    ("signing_password_needed", lambda c, m: signing_fails(c, m, "no_password"),
     ["the signing certificate {tmp}/keys/seller.p12 needs its password: set "
      "PACKCONFIG_SIGNING_PASSWORD"],
     ["{tmp}/keys/seller.p12", "需要密码", "PACKCONFIG_SIGNING_PASSWORD"]),
    ("settings_signing", lambda c: build_settings({**shipped_defaults(),
                                                   "signing": {"trust": "ca.pem"}}),
     ["signing.trust must be a list of certificate file paths"], ["signing 无效", "trust"]),
    ("settings_signing_keys", lambda c: build_settings({**shipped_defaults(), "signing": {
        "pkcs12": "s.p12", "password": "secret"}}),
     ["signing has unknown fields ['password'] (known: pkcs12, trust; a password never goes "
      "in the settings file)"], ["未知字段：password", "密码绝不能写入设置文件"]),
    # ---- saving
    ("issued_not_written", issued_not_renamed,
     ["cannot save {tmp}/q.pdf: permission denied", "Quote Q-2026-0001 R0 was issued",
      "packconfig quote --reprint Q-2026-0001 -o FILE.pdf"],
     ["报价 Q-2026-0001 R0 已签发", "--reprint Q-2026-0001"]),
    ("save_no_folder", lambda c: save_project(c.tmp / "gone" / "p.pcproj.json",
                                              Project(c.cell, 4, 1)),
     ["cannot save {tmp}/gone/p.pcproj.json: the folder does not exist"],
     ["无法保存 {tmp}/gone/p.pcproj.json：文件夹不存在。"]),
    ("save_is_folder", lambda c: save_project(c.tmp, Project(c.cell, 4, 1)),
     ["cannot save {tmp}: it is a folder, not a file"], ["无法保存 {tmp}：", "是文件夹"]),
    ("save_permission", no_write_permission,
     ["cannot save {tmp}/locked/p.pcproj.json: permission denied (the folder or file is not "
      "writable)"], ["无法保存 {tmp}/locked/p.pcproj.json：没有写入权限"]),
    ("save_disk_full", disk_full,
     [f"cannot save {P}: the disk is full"], [f"无法保存 {P}：磁盘已满。"]),
    ("save_failed", lambda c: save_project(c.tmp / ("x" * 300), Project(c.cell, 4, 1)),
     ["cannot save {tmp}/" + "x" * 300 + ": File name too long"],
     ["无法保存 {tmp}/xxx", "File name too long"]),
    # ---- the quote register
    ("register_damaged", lambda c: Register(write(c, "quotes.db", b"not sqlite " * 200)),
     ["{tmp}/quotes.db: the quote register is damaged or not a packconfig database; restore "
      "it from a backup"], ["{tmp}/quotes.db", "已损坏", "备份"]),
    ("register_busy", busy_register,
     ["the quote register {tmp}/quotes.db is busy (another packconfig is writing to it); try "
      "again in a moment"], ["{tmp}/quotes.db", "稍后再试"]),
    ("register_unwritable", lambda c: Register(c.tmp / "gone" / "quotes.db"),
     ["cannot write the quote register {tmp}/gone/quotes.db: unable to open database file"],
     ["无法写入报价登记库 {tmp}/gone/quotes.db"]),
    ("register_error", lambda c: register_with(
        c, "CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES (1);"
           "CREATE TABLE quotes (x INTEGER);"),
     ["quote register {tmp}/quotes.db: no such column: "], ["报价登记库 {tmp}/quotes.db 出错"]),
    ("register_newer", lambda c: register_with(
        c, "CREATE TABLE schema_version (version INTEGER);"
           "INSERT INTO schema_version VALUES (99);"),
     ["the quote register {tmp}/quotes.db was written by a newer packconfig; update packconfig "
      "to open it"], ["{tmp}/quotes.db", "更高版本", "升级"]),
    ("already_issued", issue_twice,
     ["Q-2026-0001 R0 is already issued; revise it instead"], ["Q-2026-0001 R0 已签发", "修订"]),
    ("stage_unknown", lambda c: lifecycle_error(c, lambda r, q: r.set_status(q.number, "won")),
     ["unknown quote status 'won'"], ["未知的报价状态“won”", "accepted"]),
    ("stage_forbidden", lambda c: lifecycle_error(
        c, lambda r, q: r.set_status(q.number, "accepted")),
     ["Q-2026-0001 R0 cannot go from draft to accepted"], ["Q-2026-0001 R0", "“草稿”", "“已接受”"]),
    ("stage_superseded", lambda c: lifecycle_error(c, lambda r, q: (
        r.issue(revise(q)), r.set_status(q.number, "sent", revision=0))),
     ["Q-2026-0001 R0 has been superseded"], ["Q-2026-0001 R0 已被新修订版取代"]),
    ("stage_final", lambda c: accepted_then(c, lambda r, q: r.set_status(q.number, "expired")),
     ["Q-2026-0001 R0 is accepted: its status is final"], ["Q-2026-0001 R0 已接受", "不可再改"]),
    ("quote_locked", lambda c: accepted_then(c, lambda r, q: r.issue(revise(q))),
     ["Q-2026-0001 R0 is accepted and locked; amend it"], ["Q-2026-0001 R0 已被接受并锁定"]),
    ("value_range_currency", lambda c: reg_of(c).browse(register_filter(
        value_min=Money("1", "CNY"), value_max=Money("9", "USD"))),
     ["the value range needs one currency"], ["同一种货币"]),
    ("customer_exists", two_customers,
     ["the customer book already has 'acme  电池'; edit it instead"], ["客户簿中已有", "编辑"]),
    ("customer_no_company", lambda c: add_customer(c, company="  "),
     ["a customer needs a company name"], ["公司名称"]),
    ("customer_email", lambda c: add_customer(c, company="X", email="x@"),
     ["customer e-mail 'x@' is not an e-mail address"], ["“x@”", "电子邮件"]),
    ("customer_language", lambda c: add_customer(c, company="X", language="fr"),
     ["customer language must be en or zh, got 'fr'"], ["“fr”"]),
    ("customer_field", lambda c: add_customer(c, company="X", phone="9" * 3000),
     ["customer phone is longer than 2000 characters"], ["“phone”"]),
    ("customer_unknown", lambda c: reg_of(c).customer("Nobody Ltd"),
     ["no customer 'Nobody Ltd' in the customer book"], ["客户簿中没有客户“Nobody Ltd”"]),
    ("register_bad_url", lambda c: Register("mysql://alice:pw@db/q"),
     ["the register URL must start with sqlite:/// or postgresql://, got "
      "'mysql://alice:***@db/q'"], ["mysql://alice:***@db/q"]),
    ("register_settings", lambda c: settings_register(c, "postgresql://db/q"),
     ["{tmp}/settings.json: 'register' must be a table"], ["{tmp}/settings.json", "“register”"]),
    ("register_password_in_file", lambda c: settings_register(
        c, {"url": "postgresql://alice:hunter2@db/q"}),
     ["{tmp}/settings.json: the register URL holds a password"], ["PGPASSFILE", "密码"]),
    ("register_timeout", lambda c: settings_register(c, {"timeout_s": 0}),
     ["the register timeout must be 0.5 to 600 seconds, got 0"], ["0.5 到 600 秒", "0"]),
    ("register_unreachable", unreachable,
     ["cannot reach the team register postgresql://alice:***@/db?host={tmp}/gone: "],
     ["无法连接团队报价登记库 postgresql://alice:***@/db"]),
    ("migrate_same", migrate_into_itself,
     ["the source and the target register are the same"], ["相同"]),
    ("migrate_collision", migrate_collision,
     ["not migrated: 1 quote number(s) are used by other quotes in the team register: "
      "Q-2026-0001"], ["未迁移", "Q-2026-0001"]),
    ("not_in_register", get_unknown,
     ["quote Q-1999-0042 is not in the register"], ["Q-1999-0042"]),
    ("revise_draft", lambda c: revise(c.draft),
     ["only an issued quote can be revised; edit the draft instead"], ["只有已签发的报价才能修订"]),
    # ---- money, pricing, costing
    ("unknown_currency", lambda c: make_quote(c.cell, 4, 1, 10, "GBP", c.settings, Party()),
     ["currency must be one of CNY, EUR, USD, got 'GBP'"],
     ["货币必须是 CNY、EUR、USD 之一", "GBP"]),
    ("not_a_number", lambda c: Money.parse("3,85 EUR"),
     ["price: '3,85' is not a number"], ["价格", "“3,85”不是有效的数字"]),
    ("not_finite", lambda c: to_decimal("Infinity", "amount"),
     ["amount must be a finite number, got 'Infinity'"], ["金额必须是有限数值", "Infinity"]),
    ("money_format", lambda c: Money.parse("3.85"),
     ["price must look like '3.85 EUR', got '3.85'"], ["价格须写成", "3.85 EUR", "“3.85”"]),
    ("percent_range", lambda c: Tier(1, Decimal("120")),
     ["tier discount_pct must be between 0 and 99 %, got 120"], ["0 到 99%", "120%"]),
    ("tier_min_qty", lambda c: Tier(0, Decimal(0)),
     ["tier min_qty must be a whole number >= 1, got 0"], ["起订量", "当前为 0"]),
    ("tier_convention", lambda c: TierTable((Tier(1, Decimal(0)),), "flat"),
     ["tier convention must be 'range' or 'slab', got 'flat'"], ["“flat”"]),
    ("tier_first", lambda c: TierTable((Tier(10, Decimal(0)),)),
     ["the first volume tier must start at quantity 1"], ["从数量 1 开始"]),
    ("tier_duplicate", lambda c: TierTable((Tier(1, Decimal(0)), Tier(1, Decimal(3)))),
     ["two volume tiers start at the same quantity"], ["起始数量相同"]),
    ("incoterm_unknown", lambda c: Incoterm.parse("FOO Ningbo"),
     ["Incoterm must be one of EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, DAP, DPU, DDP, got 'FOO'"],
     ["贸易术语", "EXW、FCA", "“FOO”"]),
    ("incoterm_place", lambda c: Incoterm.parse("FOB"),
     ["Incoterm FOB needs a named place (e.g. 'FOB Ningbo')"], ["贸易术语 FOB", "FOB 宁波"]),
    ("extra_description", lambda c: ExtraLine(" ", 1, Money(Decimal(5), "CNY")),
     ["an extra line needs a description"], ["附加项目需要填写说明"]),
    ("extra_quantity", lambda c: ExtraLine("NRE", 0, Money(Decimal(5), "CNY")),
     ["extra line 'NRE': quantity must be >= 1"], ["“NRE”", "至少为 1"]),
    ("quantity_invalid", lambda c: price_quantity(
        Money(Decimal(100), "CNY"), 0, c.settings.tiers, TaxRule(Decimal(13), "VAT")),
     ["quantity must be a whole number of at least 1, got 0"], ["数量必须是不小于 1 的整数", "0"]),
    ("extra_currency", lambda c: price_quantity(
        Money(Decimal(100), "CNY"), 5, c.settings.tiers, TaxRule(Decimal(13), "VAT"),
        extras=(ExtraLine("NRE", 1, Money(Decimal(500), "EUR")),)),
     ["extra line 'NRE' is in EUR, the quote is in CNY"], ["“NRE”以 EUR 计价", "CNY"]),
    ("negative", lambda c: CostPolicy(Decimal("-5"), Decimal(0), Decimal(10)),
     ["overhead_pct must not be negative, got -5"], ["管理费率不能为负数", "-5"]),
    ("margin_too_high", lambda c: make_quote(
        c.cell, 4, 1, 10, "CNY", dataclasses.replace(c.settings, policy=dataclasses.replace(
            c.settings.policy, margin_pct=Decimal(100))), Party()),
     ["margin_pct is a margin on price and must be below 100, got 100"],
     ["利润率按售价计算", "小于 100%", "当前为 100%"]),
    ("no_price_no_default", no_cell_price,
     ["cell 'CBAK-32140FS' has no price and no default $/kWh is set for chemistry 'LFP'"],
     ["CBAK-32140FS", "LFP"]),
    # ---- exchange rates
    ("rate_not_positive", lambda c: Rate("USD", DAY, Decimal("-7")),
     ["USD rate on 2026-07-01 must be positive"], ["USD 在 2026-07-01 的汇率必须为正数"]),
    ("rate_pivot", lambda c: RateTable([Rate("CNY", DAY, Decimal(1))]),
     ["CNY is the pivot currency; give rates for other currencies"], ["基准货币"]),
    ("rate_same_date", lambda c: RateTable([Rate("USD", DAY, Decimal(7)),
                                           Rate("USD", DAY, Decimal(8))]),
     ["two USD rates have the same date"], ["USD 有两条日期相同的汇率"]),
    ("no_rate", lambda c: make_quote(c.cell, 4, 1, 10, "CNY", dataclasses.replace(
        c.settings, rates=RateTable([])), Party()),  # the cell's price is in EUR
     ["no exchange rate for EUR is set; add one in the settings"], ["尚未设置 EUR 的汇率"]),
    ("no_rate_on_date", lambda c: make_quote(c.cell, 4, 1, 10, "CNY", c.settings, Party(),
                                             date=dt.date(1999, 1, 1)),
     ["no EUR exchange rate dated on or before 1999-01-01 (earliest is "],
     ["1999-01-01", "EUR 汇率", "最早的汇率日期为"]),
    ("rates_not_list", lambda c: rates_from_records({}, "fx"),
     ["fx: exchange rates must be a list"], ["fx：汇率必须是列表。"]),
    ("rate_not_table", lambda c: rates_from_records([3], "fx"),
     ["fx[0]: each rate must be a table"], ["fx[0]：每条汇率都必须是一个表。"]),
    ("missing_field", lambda c: rates_from_records([{"currency": "USD"}], "fx"),
     ["fx[0]: missing 'date'"], ["fx[0]：缺少字段“date”。"]),
    ("bad_date", lambda c: rates_from_records(
        [{"currency": "USD", "date": "2026-13-01", "cny_per_unit": "7"}], "fx"),
     ["fx[0]: month must be in 1..12"], ["fx[0]：日期“2026-13-01”无效", "YYYY-MM-DD"]),
    # ---- settings file
    ("settings_json", lambda c: settings_file(c, '{"commercial": '),
     [f"{S}: not valid JSON (Expecting value: line 1 column 16 (char 15))"],
     [f"无法读取 {S}：设置文件不是有效的 JSON"]),
    ("json_not_object", lambda c: settings_file(c, []),
     [f"{S}: settings must be a JSON object"], [S, "顶层不是 JSON 对象，不是有效的设置文件"]),
    ("newer_schema", lambda c: settings_file(c, {"schema_version": 5}),
     [f"{S}: written by a newer packconfig (schema 5); this version reads schema 1"],
     [S, "更高版本", "格式版本 5"]),
    ("validity_days", lambda c: settings_file(c, {"commercial": {"validity_days": 400}}),
     [f"{S}: commercial.validity_days must be between 1 and 366"],
     [S, "报价有效期必须在 1 到 366 天之间", "400"]),
    ("not_whole", lambda c: settings_file(c, {"commercial": {"validity_days": "30"}}),
     [f"{S}: commercial.validity_days must be a whole number, got '30'"],
     [S, "报价有效期（天）必须是整数"]),
    ("unknown_currency", lambda c: settings_file(c, {"base_currency": "JPY"}),
     [f"{S}: base_currency must be one of CNY, EUR, USD, got 'JPY'"], [S, "基准货币", "JPY"]),
    ("rate_not_positive", lambda c: settings_file(c, {"fx": [
        {"currency": "EUR", "date": "2026-01-05", "cny_per_unit": "0"}]}),
     [f"{S}: fx[0]: EUR rate on 2026-01-05 must be positive"],
     [S, "字段“fx[0]”", "EUR 在 2026-01-05 的汇率必须为正数"]),
    # ---- cell files (TOML)
    ("invalid_toml", lambda c: load_cell_file(write(c, "cells.toml", "[[cell]\nid = 1")),
     [f"{C}: not valid TOML ("], [C, "不是有效的 TOML"]),
    ("toml_long_number", lambda c: load_cell_file(write(c, "cells.toml", "x = 1" + "0" * 5000)),
     [f"{C}: not valid TOML (a number has too many digits)"], [C, "数字位数过多"]),
    ("too_deep", lambda c: load_cell_file(write(c, "cells.toml", "x = " + "[" * 3000
                                                + "]" * 3000)),
     [f"{C}: not valid TOML (nested too deeply)"], [C, "嵌套层级过深，不是有效的电芯文件"]),
    ("not_utf8", lambda c: load_cell_file(write(c, "cells.toml", b"id = '\xff'")),
     [f"{C}: not a UTF-8 text file"], [C, "UTF-8", "电芯文件"]),
    ("no_cells", lambda c: load_cell_file(write(c, "cells.toml", "title = 'x'")),
     [f"{C}: no [[cell]] entries found"], [C, "没有 [[cell]] 条目"]),
    ("file_too_many_cells", lambda c: parse_cells_text("[[cell]]\n" * 10_001, "cells.toml"),
     ["cells.toml: too many cells (10001; limit 10000)"], ["cells.toml", "10,001 个", "10,000 个"]),
    ("cell_not_table", lambda c: parse_cells_text("cell = [1]", "cells.toml"),
     ["cells.toml, [cell #1]: each [[cell]] entry must be a table"],
     ["cells.toml，[cell #1]：每个 [[cell]] 条目都必须是表"]),
    ("duplicate_id", lambda c: parse_cells_text(cell_toml() * 2, "cells.toml"),
     ["cells.toml, cell 'T-1', field 'id': duplicate id"],
     ["无法读取 cells.toml，电芯“T-1”，字段“id”：电芯编号重复。"]),
    ("required_missing", lambda c: parse_cells_text(cell_toml().replace('source = "test"', ""),
                                                    "cells.toml"),
     ["cells.toml, cell 'T-1', field 'source': required field is missing"],
     ["电芯“T-1”，字段“source”：缺少必填字段"]),
    ("must_be_text", lambda c: parse_cells_text(cell_toml().replace('"Test"', "7"),
                                                "cells.toml"),
     ["cells.toml, cell 'T-1', field 'manufacturer': must be text, got 7"],
     ["字段“manufacturer”：应为文本，当前为 7"]),
    ("must_not_be_empty", lambda c: parse_cells_text(cell_toml().replace('"Test"', '" "'),
                                                     "cells.toml"),
     ["cells.toml, cell 'T-1', field 'manufacturer': must not be empty"], ["不能为空"]),
    ("text_too_long", lambda c: parse_cells_text(cell_toml().replace('"Test"',
                                                                     '"' + "T" * 2001 + '"'),
                                                 "cells.toml"),
     ["cells.toml, cell 'T-1', field 'manufacturer': text is too long (over 2000 characters)"],
     ["超过 2000 个字符"]),
    ("needs_unit_text", lambda c: parse_cells_text(cell_toml().replace('"15 Ah"', "15"),
                                                   "cells.toml"),
     ["cells.toml, cell 'T-1', field 'capacity': must be text with a unit, e.g. \"3.2 V\", "
      "got 15"], ["字段“capacity”：应为带单位的文本", "3.2 V", "15"]),
    ("wrong_kind", lambda c: parse_cells_text(cell_toml(nominal="3.2 kg"), "cells.toml"),
     ["cells.toml, cell 'T-1', field 'nominal_voltage': nominal_voltage must be a voltage (V), "
      "got 3.2 kg"], ["字段“nominal_voltage”", "必须是电压（V）", "3.2 kg"]),
    ("not_positive", lambda c: parse_cells_text(cell_toml(nominal="-3.2 V"), "cells.toml"),
     ["cells.toml, cell 'T-1', field 'nominal_voltage': must be greater than zero, got '-3.2 V'"],
     ["必须大于零", "-3.2 V"]),
    ("price_not_positive", lambda c: parse_cells_text(cell_toml(extra='price = "0 EUR"'),
                                                      "cells.toml"),
     ["cells.toml, cell 'T-1', field 'price': must be greater than zero"], ["价格必须大于零"]),
    ("unknown_currency", lambda c: parse_cells_text(cell_toml(extra='price = "3 GBP"'),
                                                    "cells.toml"),
     ["cells.toml, cell 'T-1', field 'price': price must be one of CNY, EUR, USD, got 'GBP'"],
     ["字段“price”", "价格必须是 CNY、EUR、USD 之一", "GBP"]),
    ("unknown_format", lambda c: parse_cells_text(cell_toml(fmt="round"), "cells.toml"),
     ["cells.toml, cell 'T-1', field 'format': unknown format 'round'"], ["“round”", "18650"]),
    ("box_only", lambda c: parse_cells_text(cell_toml(extra='width = "20 mm"'), "cells.toml"),
     ["cells.toml, cell 'T-1', field 'width': only prismatic and pouch cells have a width"],
     ["圆柱电芯没有“width”尺寸"]),
    ("cylindrical_only", lambda c: parse_cells_text(cell_toml(fmt="pouch",
                                                              extra='diameter = "18 mm"'),
                                                    "cells.toml"),
     ["cells.toml, cell 'T-1', field 'diameter': only cylindrical cells have a diameter"],
     ["只有圆柱电芯才有"]),
    ("min_voltage_order", lambda c: parse_cells_text(cell_toml(extra='min_voltage = "3.3 V"'),
                                                     "cells.toml"),
     ["cells.toml, cell 'T-1', field 'min_voltage': min_voltage 3.3 V must be below "
      "nominal_voltage 3.2 V"], ["最低电压 3.3 V 必须低于标称电压 3.2 V"]),
    ("max_voltage_order", lambda c: parse_cells_text(cell_toml(extra='max_voltage = "3.1 V"'),
                                                     "cells.toml"),
     ["cells.toml, cell 'T-1', field 'max_voltage': max_voltage 3.1 V must be above "
      "nominal_voltage 3.2 V"], ["最高电压 3.1 V 必须高于标称电压 3.2 V"]),
    ("unknown_field", lambda c: parse_cells_text(cell_toml(extra='zzz = "1"'), "cells.toml"),
     ["cells.toml, cell 'T-1', field 'zzz': unknown field"], ["字段“zzz”：未知字段。"]),
    ("unknown_field_hint", lambda c: parse_cells_text(cell_toml(extra='capacty = "1 Ah"'),
                                                      "cells.toml"),
     ["cells.toml, cell 'T-1', field 'capacty': unknown field (did you mean 'capacity'?)"],
     ["字段“capacty”：未知字段（是否应为“capacity”？）"]),
    ("unknown_chemistry", lambda c: parse_cells_text(cell_toml(chem="unobtainium"),
                                                     "cells.toml"),
     ["cells.toml, cell 'T-1', field 'chemistry': unknown chemistry 'unobtainium'; known: "],
     ["未知的化学体系“unobtainium”", "LFP"]),
    ("cycle_life", lambda c: parse_cells_text(cell_toml(extra="cycle_life = 0"), "cells.toml"),
     ["cells.toml, cell 'T-1', field 'cycle_life': must be a whole number of cycles >= 1, got 0"],
     ["循环寿命", "当前为 0"]),
    # ---- quantity text
    ("ambiguous_unit", lambda c: parse_quantity("12 mv", "voltage", "cell voltage"),
     ["cell voltage: the unit 'mv' is ambiguous: it could be mV (millivolt) or MV (megavolt)"],
     ["cell voltage：", "“mv”有歧义", "mV（毫伏）", "MV（兆伏）"]),
    ("powers", lambda c: parse_quantity("9**9**9 V", "voltage", "cell voltage"),
     ["cell voltage: cannot read '9**9**9 V' as a quantity (powers must be small plain"],
     ["cell voltage：", "9**9**9 V", "幂次"]),
    # ---- sizing helper
    ("target_kind", lambda c: parse_parallel_target("12 V"),
     ["a parallel target must be a capacity (A·h), an energy (Wh) or a current (A), got 12 V"],
     ["并数目标", "容量", "12 V"]),
    # ---- module split, arrangement, component table, BOM export (issue 15)
    ("split_not_dividing", lambda c: _zoe(module_series=5),
     ["module split 5S2P does not divide the pack 96S2P"], ["模组划分 5S2P", "96S2P", "整除"]),
    ("module_split_range", lambda c: _arch(module_series=0),
     ["module_series must be between 1 and 1000, got 0"], ["模组串数", "1 到 1000", "0"]),
    ("too_many_modules", lambda c: _modules_check(1000, 200, 1, 1),
     ["1S1P gives more than 100,000 modules"], ["模组数量", "100,000"]),
    ("arrangement_format", lambda c: _parse_arrangement("4y3"),
     ["arrangement must look like ROWSxCOLSxLAYERS (e.g. 4x3x1), got '4y3'"],
     ["排布必须写成", "4y3"]),
    ("arrangement_range", lambda c: _parse_arrangement("0x3x1"),
     ["arrangement rows must be a whole number from 1 to 1000, got 0"], ["排布的行数", "0"]),
    ("arrangement_too_small", lambda c: _zoe(arrangement=(2, 2, 1)),
     ["the arrangement 2x2x1 holds 4 modules, the design has 12"],
     ["排布 2x2x1", "4 个", "12 个"]),
    ("module_spacing", lambda c: _arch(module_spacing=Q_(0, "mm")),
     ["module spacing must be more than 0 and at most 1000 mm, got 0 mm"],
     ["模组间距", "0 mm"]),
    ("footprint_range", lambda c: _arch(footprint=(Q_(0, "m"), Q_(1, "m"))),
     ["footprint length must be more than 0 and at most 50 m, got 0 m"], ["托盘长度", "0 m"]),
    ("footprint_format", lambda c: _footprint_arg("12"),
     ["--footprint must look like 1547x1188 mm, got '12'"], ["托盘尺寸", "12"]),
    ("component_bad_value", lambda c: _table({"params": {"module_wall": "banana"}}),
     ["params.module_wall: 'banana' is not a quantity"], ["部件表 params.module_wall", "banana"]),
    ("component_unknown", lambda c: _table({"parts": {"warp_core": {}}}),
     ["components.parts: unknown part 'warp_core'"], ["部件表 components.parts", "warp_core"]),
    ("bom_format", lambda c: _bom_export(c, "bom.pdf"),
     ["a BOM can be exported as .csv or .xlsx, got 'bom.pdf'"], ["物料清单", ".pdf"]),
    ("bom_too_large", lambda c: _bom_export(c, "bom.xlsx", lines=20_001),
     ["the BOM has 20,001 lines, more than the XLSX export takes (20,000); export it as CSV"],
     ["20,001", "XLSX", "CSV"]),
]


def _life(**kw):
    from packconfig.core.life.usage import make_usage

    return make_usage(**kw)


def _life_cell(extra: str = "", chem: str = "LFP"):
    from packconfig.core.life.project import project
    from packconfig.core.life.usage import make_usage

    cell = parse_cells_text(cell_toml(chem=chem, extra=extra), "cells.toml")[0]
    return project(cell, make_usage())


def _profile(t, soc):
    from packconfig.core.life.profile import profile_usage

    return profile_usage(t, [0.0] * len(t), soc, [298.0] * len(t), 10.0)


_RATED = ('cycle_life = 3000\ncycle_life_charge_rate = "1 1/h"\n'
          'cycle_life_discharge_rate = "1 1/h"\ncycle_life_end_capacity = "99.9 %"')

# ---- lifetime (issue 17): cell-file conditions and the usage of a projection
CASES += [
    ("fraction_range", lambda c: parse_cells_text(cell_toml(
        extra='cycle_life_dod = "120 %"'), "cells.toml"),
     ["cells.toml, cell 'T-1', field 'cycle_life_dod': must be a fraction"], ["100%", "120 %"]),
    ("temperature_range", lambda c: parse_cells_text(cell_toml(
        extra='cycle_life_temperature = "-300 degC"'), "cells.toml"),
     ["cells.toml, cell 'T-1', field 'cycle_life_temperature': must be between"], ["-60"]),
    ("life_not_number", lambda c: _life(dod="deep"), ["depth of discharge must be a number"],
     ["放电深度"]),
    ("life_range", lambda c: _life(cycles_per_day=-1), ["cycles per day must be between 0"],
     ["每日循环次数", "-1"]),
    ("life_below_zero", lambda c: _life(temperature=-300), ["ambient temperature -300 °C is "
                                                            "below absolute zero"], ["绝对零度"]),
    ("life_zero_rate", lambda c: _life(charge_rate=0), ["a duty with cycles needs"], ["倍率"]),
    ("life_months", lambda c: _life(temperature=[20, 25]), ["give one ambient temperature or "
                                                            "twelve"], ["2 个"]),
    ("life_years", lambda c: _life(years=1000), ["years must be above 0 and at most 50, got "
                                                 "1000"], ["1000", "50"]),
    ("life_day_overfull", lambda c: _life(cycles_per_day=20, dod=1.0, charge_rate=0.5),
     ["the duty does not fit in a day"], ["小时"]),
    ("life_no_rating", lambda c: _life_cell(), ["T-1: the datasheet cycle-life rating lacks "
                                                "cycle life"], ["循环次数", "T-1"]),
    ("life_refused", lambda c: _life_cell(chem="LCO"), ["T-1: no lifetime projection for LCO"],
     ["LCO", "无法预测"]),
    ("life_rating_unreachable", lambda c: _life_cell(extra=_RATED),
     ["the model's calendar fade alone reaches"], ["3000"]),
    ("life_profile_shape", lambda c: _profile([0.0], [0.5]), ["a profile needs"], ["数组"]),
    ("life_profile_values", lambda c: _profile([0.0, 1.0], [0.5, 1.5]),
     ["profile SOC must lie in 0..1"], ["SOC"]),
    ("life_profile_time", lambda c: _profile([1.0, 0.0], [0.5, 0.4]),
     ["profile time must increase"], ["递增"]),
]
def _arch(**kwargs):
    from packconfig.core.pack.modules import Architecture

    return Architecture(**kwargs)


def _zoe(**kwargs):
    from packconfig.core.cells.catalog import load_catalog
    from packconfig.core.pack.options import PackOptions
    from packconfig.core.pack.physics import compute_pack

    return compute_pack(load_catalog().get("LG-E63"), 96, 2,
                        PackOptions(architecture=_arch(**kwargs)))


def _modules_check(*args):
    from packconfig.core.pack.modules import check_split

    check_split(*args)


def _parse_arrangement(text):
    from packconfig.core.pack.modules import parse_arrangement

    return parse_arrangement(text)


def _footprint_arg(text):
    from packconfig.commands.common import _footprint

    return _footprint(text)


def _table(overrides):
    from packconfig.core.pack.components import component_table

    return component_table(overrides)


def _bom_export(ctx, name, lines=0):
    import dataclasses

    from packconfig import bom_export

    bom = _zoe().bom
    table = None
    if lines:
        row = bom_export.rows(bom)[3]
        table = [dataclasses.replace(row, item=str(i)) for i in range(lines)]
    return bom_export.export(bom, ctx.tmp / name, table=table)
# ---- the pack simulation (core/sim)
def _sim_model(**changes):
    import dataclasses

    from packconfig.core import sim
    from packconfig.core.cells.catalog import load_catalog

    cell = load_catalog().get("CBAK-32140FS")
    return sim.cell_model(dataclasses.replace(cell, **changes)) if changes else \
        sim.cell_model(cell)


def _sim():
    from packconfig.core import sim

    return sim


def _csv(c, text: str):
    return str(write(c, "load.csv", text))


def _vehicle_file(c, mass: str = "1500 kg", body: str | None = None):
    text = body if body is not None else (
        f'name = "v"\nsource = "s"\nmass = "{mass}"\ndrag_coefficient = "0.3"\n'
        'frontal_area = "2 m**2"\nrolling_resistance = "0.01"\n'
        'drivetrain_efficiency = "0.9"\nregen_fraction = "0.5"\nauxiliary_power = "0.3 kW"\n')
    return str(write(c, "v.toml", text))


def _needs_vehicle(c):
    import argparse

    from packconfig.commands.simulate import _profile

    _profile(argparse.Namespace(cycle="wltc3b", profile=None, vehicle=None, until_empty=False))


def _power_only(c):
    from packconfig.core.explore.sim_rules import SimRequirements

    SimRequirements(profile=_sim().steps([{"mode": "current", "value": Q_(1, "A"),
                                           "duration": Q_(10, "s")}]))



_H = "time (s),power (W)\n"
SIM_CASES = [
    ("sim_no_geometry", lambda c: _sim_model(diameter=None), ["cell CBAK-32140FS has no dim"],
     ["CBAK-32140FS", "尺寸"]),
    ("sim_no_mass", lambda c: _sim_model(mass=None), ["cell CBAK-32140FS has no mass"],
     ["质量"]),
    ("sim_dc_below_ac", lambda c: _sim_model(dc_resistance=Q_(1, "mohm")),
     ["cell CBAK-32140FS: dc_resistance"], ["直流内阻"]),
    ("sim_thermal", lambda c: _sim().cooling_h("water"), ["thermal must be one of"],
     ["热管理", "water"]),
    ("sim_temperature_range", lambda c: _sim().kelvin(Q_(500, "degC"), "ambient"),
     ["ambient must be between"], ["-60 °C", "500"]),
    ("sim_positive", lambda c: _sim().charge(_sim_model(), 1, 1, 0.1, 0.8, charger_power=-5),
     ["the charger power must be greater than zero"], ["大于零"]),
    ("sim_too_many_steps", lambda c: _sim().steps([{"mode": "power", "value": Q_(1, "W"),
                                                    "duration": Q_(1e9, "s")}]),
     ["step 1 duration is too long"], ["时间步"]),
    ("sim_step_mode", lambda c: _sim().steps([{"mode": "fly"}]), ["step 1: mode must be"],
     ["fly"]),
    ("sim_fraction", lambda c: _sim().charge(_sim_model(), 1, 1, 0.1, 1.5),
     ["--to must be a SOC fraction"], ["--to", "1.5"]),
    ("sim_no_steps", lambda c: _sim().steps([]), ["a step profile needs"], ["至少"]),
    ("sim_csv_header", lambda c: _sim().csv_profile(_csv(c, "time (s)\n0\n1\n")),
     ["{tmp}/load.csv, [row 1]: the header must have two columns"], ["两列"]),
    ("sim_csv_unit", lambda c: _sim().csv_profile(_csv(c, "time,power\n0,1\n1,1\n")),
     ["{tmp}/load.csv, [row 1], field 'time': column 'time' has no unit"], ["没有单位"]),
    ("sim_csv_time", lambda c: _sim().csv_profile(_csv(c, "speed (s),power (W)\n0,1\n1,1\n")),
     ["{tmp}/load.csv, [row 1]"], ["第一列"]),
    ("sim_csv_column", lambda c: _sim().csv_profile(_csv(c, "time (s),volts (V)\n0,1\n1,1\n")),
     ["{tmp}/load.csv, [row 1]"], ["第二列"]),
    ("sim_csv_bad_unit", lambda c: _sim().csv_profile(_csv(c, "time (s),power (kg)\n0,1\n"
                                                          "1,1\n")),
     ["{tmp}/load.csv, [row 1]"], ["kg"]),
    ("sim_csv_short", lambda c: _sim().csv_profile(_csv(c, _H + "0,1\n")),
     ["{tmp}/load.csv: needs a header"], ["至少两行"]),
    ("sim_csv_rows", lambda c: _sim().csv_profile(_csv(c, _H + "0,1\n" * 1_000_001)),
     ["{tmp}/load.csv: too many rows"], ["行数过多"]),
    ("sim_csv_fields", lambda c: _sim().csv_profile(_csv(c, _H + "0,1,2\n1,1\n")),
     ["{tmp}/load.csv, [row 2]: expected 2 fields"], ["2 个字段"]),
    ("sim_csv_number", lambda c: _sim().csv_profile(_csv(c, _H + "0,abc\n1,1\n")),
     ["{tmp}/load.csv, [row 2], field 'power'"], ["abc"]),
    ("sim_csv_time_order", lambda c: _sim().csv_profile(_csv(c, _H + "0,1\n0,1\n")),
     ["{tmp}/load.csv, [row 3], field 'time': time must rise"], ["递增"]),
    ("sim_csv_speed", lambda c: _sim().csv_profile(_csv(c, "time (s),speed (km/h)\n0,1\n"
                                                       "1,-1\n")),
     ["{tmp}/load.csv, [row 3], field 'speed'"], ["负数"]),
    ("sim_csv_long", lambda c: _sim().csv_profile(_csv(c, _H + "0,1\n1e8,1\n")),
     ["{tmp}/load.csv: the profile is too long"], ["过长"]),
    ("sim_speed_needs_vehicle", lambda c: _sim().csv_profile(
        _csv(c, "time (s),speed (km/h)\n0,1\n1,1\n")), ["{tmp}/load.csv: a speed trace"],
     ["--vehicle"]),
    ("sim_expected_speed", lambda c: _sim().speed_csv_profile(
        _csv(c, _H + "0,1\n1,1\n"), _sim().load_vehicle("zoe-ze50")),
     ["{tmp}/load.csv: expected a speed column"], ["车速"]),
    ("sim_vehicle_kind", lambda c: _sim().load_vehicle(_vehicle_file(c, "5 V")),
     ["{tmp}/v.toml, [vehicle], field 'mass'"], ["量纲"]),
    ("sim_vehicle_range", lambda c: _sim().load_vehicle(_vehicle_file(c, "-5 kg")),
     ["{tmp}/v.toml, [vehicle], field 'mass': must be > 0"], ["-5 kg"]),
    ("sim_no_vehicle", lambda c: _sim().load_vehicle(_vehicle_file(c, body="vehicle = []\n")),
     ["{tmp}/v.toml: no vehicle found"], ["车辆"]),
    ("sim_unknown_vehicle", lambda c: _sim().load_vehicle("truck"), ["unknown vehicle 'truck'"],
     ["truck", "zoe-ze50"]),
    ("sim_needs_vehicle", _needs_vehicle, ["a drive cycle needs --vehicle"], ["--vehicle"]),
    ("sim_cltc_missing", lambda c: _sim().cycle_profile("cltc-p",
                                                        _sim().load_vehicle("zoe-ze50")),
     ["CLTC-P is not shipped"], ["GB/T 38146.1-2019", "未公开"]),
    ("sim_unknown_cycle", lambda c: _sim().vehicle.cycle_trace("ftp"), ["unknown cycle 'ftp'"],
     ["ftp", "wltc3b"]),
    ("sim_charge_order", lambda c: _sim().charge(_sim_model(), 1, 1, 0.8, 0.1),
     ["--from 0.8 must be below --to 0.1"], ["0.8", "0.1"]),
    ("sim_no_charge_current", lambda c: _sim().charge(
        __import__("dataclasses").replace(_sim_model(), charge_current=float("nan")),
        1, 1, 0.1, 0.8), ["the cell has no charge-current figure"], ["充电桩功率"]),
    ("sim_explore_power_only", _power_only, ["explorer load profiles must be power"],
     ["功率工况"]),
]
CASES += SIM_CASES


def _export_to(name: str) -> None:
    import argparse

    from packconfig.commands.quotes import run_export

    run_export(argparse.Namespace(output=name))


# ---- the register export (packconfig quotes export)
CASES += [
    ("export_suffix", lambda c: _export_to("view.txt"),
     ["the export file must end in .xlsx or .csv, got 'view.txt'"], [".xlsx", "view.txt"]),
]


def _drive_day_too_far():
    from packconfig.core.life.driving import simulated_usage

    sim = _sim()
    return simulated_usage(_sim_model(), 20, 1, sim.cycle_profile(
        "wltc3b", sim.presets()["id3-pro-58"]), runs_per_day=1)


def _no_profile_file():
    from packconfig.gui.lifetime.sim_inputs import Plan
    from packconfig.gui.lifetime.worker import drives

    return drives(Plan("profile", "wltc3b", "id3-pro-58", "", "air", "air"), False)


CASES += [  # lifetime joined to the simulation (core/life/driving.py, the Lifetime page)
    ("life_profile_stopped", lambda c: _drive_day_too_far(),
     ["the pack does not complete 1 run(s) of WLTC class 3b"], ["电池包无法完成", "WLTC"]),
    ("life_profile_file", lambda c: _no_profile_file(), ["choose a profile file (CSV)"],
     ["请选择工况文件"]),
]


@pytest.mark.parametrize("code,action,english,chinese", CASES,
                         ids=[f"{case[0]}-{i}" for i, case in enumerate(CASES)])
def test_error_renders_in_both_languages(ctx, monkeypatch, code, action, english, chinese):
    import inspect

    args = (ctx, monkeypatch) if len(inspect.signature(action).parameters) == 2 else (ctx,)
    with pytest.raises(PackconfigError) as info:
        action(*args)
    exc, tmp = info.value, str(ctx.tmp)
    assert exc.code == code, str(exc)
    en, zh = messages.text(exc, "en"), messages.text(exc, "zh")
    assert en == str(exc)
    for part in english:
        part = part.replace("{tmp}", tmp)
        assert en.startswith(part) if part == english[0] else part in en, (part, en)
    assert CJK.search(zh) and zh != en, zh
    for part in chinese:
        assert part.replace("{tmp}", tmp) in zh, (part, zh)


def test_every_new_kind_of_error_has_a_case():
    """Each Chinese template is exercised above (the unit/count ones in test_messages)."""
    from test_messages_commerce import CODES as COMMERCE_CODES

    covered = {case[0] for case in CASES} | COMMERCE_CODES | {
        "empty", "too_long", "no_number", "not_a_quantity", "too_small", "too_large",
        "too_many_cells"} | {  # on a real PostgreSQL server, in tests/register:
        "register_not_permitted", "register_login", "register_timeout_hit",
        "register_connection_lost", "migrate_verify"}
    assert set(messages.ZH) <= covered, sorted(set(messages.ZH) - covered)


def test_every_template_is_used_by_a_raise_site():
    root = Path(messages.__file__).resolve().parent.parent
    source = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py")
                       if p.name != "messages.py")
    dead = [code for code in messages.ZH
            if not re.search(r"\.coded\(\s*" + re.escape(f'"{code}"'), source)]
    assert not dead


def test_coded_problem_inside_a_file_keeps_the_record_and_field():
    exc = DataFileError("cells.toml", "must not be empty", record="A-1", field="model").coded(
        "must_not_be_empty")
    assert messages.text(exc, "zh") == "无法读取 cells.toml，电芯“A-1”，字段“model”：不能为空。"
    assert messages.text(exc, "en") == str(exc) == (
        "cells.toml, cell 'A-1', field 'model': must not be empty")


def test_wrapped_value_error_keeps_its_chinese_text(ctx):
    doc = project_doc(ctx, **{"configuration/series": 900, "configuration/parallel": 900})
    with pytest.raises(DataFileError) as info:
        project_from_json(json.dumps(doc), "p.pcproj.json")
    zh = messages.text(info.value, "zh")
    assert zh.startswith("无法读取 p.pcproj.json，字段“configuration”：")
    assert "900S900P 共 810,000 只电芯" in zh


@pytest.mark.parametrize("exc", [
    InputError("x").coded("too_many_cells", config="1S1P", cells="many", maximum=3),
    InputError("x").coded("wrong_kind", name="v"),  # missing params
    InputError("x").coded("percent_range", name=None, top=object(), got=[1, {2}]),
    InputError("x").coded("no such code", a=1),
    InputError("x").coded("at_only", at="fx[3]"),
    StorageError("cannot save a: b").coded("save_failed"),
    DataFileError("f.json", "bad", field="x").coded("file_too_large", size="huge", doc=3),
    DataFileError(Path("f.json"), "bad", record="[cell #2]").coded("file_too_many_cells",
                                                                    count="many", limit=1),
])
def test_text_never_raises_and_falls_back_to_english(exc):
    assert messages.text(exc, "en") == str(exc)
    zh = messages.text(exc, "zh")
    assert isinstance(zh, str) and zh
    if isinstance(exc, DataFileError):  # the frame stays, the problem is the English one
        assert zh.endswith("：bad") and zh.startswith("无法读取 f.json，")
    elif exc.code != "percent_range":
        assert zh == str(exc)


def test_broken_code_or_params_fall_back_to_english():
    exc = InputError("plain English")
    exc.code, exc.params = "percent_range", None  # not a mapping
    assert messages.text(exc, "zh") == "plain English"
    exc.code = 42
    assert messages.text(exc, "zh") == "plain English"


def test_shipped_costs_still_load():
    """The coded raise sites change no behaviour: the shipped settings are valid."""
    assert build_settings(shipped_defaults()).validity_days >= 1
    assert check_currency(" usd ") == "USD"
