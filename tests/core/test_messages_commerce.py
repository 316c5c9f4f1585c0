"""Every error code added for issue 18 (settings fields, quote lines, lines CSV,
discount approval) renders in Chinese, through the real core function."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from packconfig.core import messages
from packconfig.core.commerce import settings_fields as sf
from packconfig.core.commerce.fx import rates_from_records
from packconfig.core.commerce.lines import QuoteLine, check_line, check_lines, parse_line_text
from packconfig.core.commerce.lines_csv import parse_lines_csv
from packconfig.core.commerce.quote import check_approval
from packconfig.core.errors import PackconfigError
from packconfig.core.money import Money

CJK = re.compile(r"[\u4e00-\u9fff]")
CNY = Money("1", "CNY")


def _unreadable(tmp: Path, monkeypatch) -> None:
    path = tmp / "logo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    sf.read_logo(str(path))


CASES = [
    ("field_not_text", lambda t, m: sf.check_text(5, "seller.company"), "卖方法定名称"),
    ("field_too_long", lambda t, m: sf.check_text("x" * 300, "seller.contact"), "过长"),
    ("email_invalid", lambda t, m: sf.check_email("a@b"), "电子邮箱"),
    ("phone_invalid", lambda t, m: sf.check_phone("abc"), "电话"),
    ("website_invalid", lambda t, m: sf.check_website("a b"), "网址"),
    ("tax_id_invalid", lambda t, m: sf.check_tax_id("#1"), "税号"),
    ("logo_missing", lambda t, m: sf.read_logo(str(t / "none.png")), "没有图片文件"),
    ("logo_too_large", lambda t, m: (t / "big.png").write_bytes(b"\0" * 1_000_001)
     and sf.read_logo(str(t / "big.png")), "字节"),
    ("logo_unreadable", _unreadable, "无法读取"),
    ("logo_not_image", lambda t, m: (t / "x.png").write_text("x") and sf.read_logo(
        str(t / "x.png")), "不是 PNG"),
    ("section_not_table", lambda t, m: sf.check_seller([]), "卖方资料"),
    ("price_not_positive_at", lambda t, m: sf.check_cell_price("C", {"price": "0"}),
     "电芯“C”的价格"),
    ("source_missing", lambda t, m: sf.check_cell_price(
        "C", {"price": "1", "currency": "CNY", "date": "2026-01-01"}), "价格来源"),
    ("expected_bool_at", lambda t, m: rates_from_records([{
        "currency": "EUR", "date": "2026-01-01", "cny_per_unit": "7", "placeholder": "yes"}],
        "fx"), "placeholder"),
    ("line_description", lambda t, m: check_line(QuoteLine("", 1, CNY), 3, "CNY"), "第 3 行"),
    ("line_quantity", lambda t, m: check_line(QuoteLine("a", -1, CNY), 3, "CNY"), "第 3 行"),
    ("line_unit", lambda t, m: check_line(QuoteLine("a", 1, CNY, unit="x"), 3, "CNY"),
     "单位"),
    ("line_kind", lambda t, m: check_line(QuoteLine("a", 1, CNY, kind="x"), 3, "CNY"), "类别"),
    ("line_tax_class", lambda t, m: check_line(QuoteLine("a", 1, CNY, tax_class="x"), 3,
                                               "CNY"), "税类"),
    ("line_price_missing", lambda t, m: check_line(QuoteLine("a", 1), 3, "CNY"), "单价"),
    ("line_currency", lambda t, m: check_line(QuoteLine("a", 1, CNY), 3, "USD"), "报价货币"),
    ("line_negative_price", lambda t, m: check_line(QuoteLine("a", 1, -CNY), 3, "CNY"),
     "负数"),
    ("too_many_lines", lambda t, m: check_lines((QuoteLine("a", 1, CNY),) * 501, "CNY"),
     "501"),
    ("discount_needs_approval", lambda t, m: check_approval(Decimal(20), (), "", Decimal(10)),
     "审批人"),
    ("line_text_format", lambda t, m: parse_line_text("a;b"), "说明;数量"),
    ("csv_not_utf8", lambda t, m: parse_lines_csv("说明".encode("gbk"), "CNY", "l.csv"),
     "UTF-8"),
    ("csv_empty", lambda t, m: parse_lines_csv(b"description\n", "CNY", "l.csv"), "没有"),
    ("csv_header", lambda t, m: parse_lines_csv(b"a,b\n1,2\n", "CNY", "l.csv"), "表头"),
    ("csv_row", lambda t, m: parse_lines_csv(
        b"description,quantity,unit_price,currency\nx,1\n", "CNY", "l.csv"), "第 2 行"),
]
CODES = {case[0] for case in CASES}


@pytest.mark.parametrize("code,action,chinese", CASES, ids=[c[0] for c in CASES])
def test_commerce_error_in_chinese(tmp_path, monkeypatch, code, action, chinese):
    with pytest.raises(PackconfigError) as info:
        action(tmp_path, monkeypatch)
    exc = info.value
    assert exc.code == code, str(exc)
    zh = messages.text(exc, "zh")
    assert CJK.search(zh) and zh != str(exc) and chinese in zh, zh
