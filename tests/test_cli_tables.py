"""CLI tables (issue 14, item 10): an ellipsis where a name is cut, a header and
display-width alignment in ``quotes list``, aligned ``price`` columns, exchange rates
to 6 significant digits (exact in ``--json``)."""

from __future__ import annotations

import json
import re
from decimal import Decimal

from packconfig.cli import main
from packconfig.commands.table import render, truncate, width
from packconfig.core.money import significant


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_width_counts_terminal_columns():
    assert width("ACME") == 4
    assert width("浙江康迪") == 8
    assert width("e\u0301") == 1  # a combining accent takes no column
    assert width("（一期）") == 8


def test_truncate_ends_with_an_ellipsis_at_a_word():
    assert truncate("CBAK Energy (BAK brand)", 22) == "CBAK Energy (BAK…"
    assert truncate("Short", 22) == "Short"
    assert truncate("浙江康迪车业有限公司", 9) == "浙江康迪…"
    assert width(truncate("浙江康迪车业有限公司", 9)) <= 9


def test_render_aligns_by_display_width():
    lines = render([("Name", "Total"), ("浙江康迪", "1.00"), ("ACME", "100.00")], "<>")
    ends = {width(line) for line in lines}
    assert len(ends) == 1  # every row ends in the same column


def test_cells_cuts_long_names_with_an_ellipsis(capsys):
    out = run(capsys, "cells")
    line = next(ln for ln in out.splitlines() if ln.startswith("CBAK-32140FS"))
    assert "CBAK Energy (BAK…" in line
    assert "CBAK Energy (BAK brand" not in out  # the old cut, mid-word and unmarked


def test_quotes_list_has_a_header_and_aligns_chinese_names(tmp_path, capsys):
    for customer in ("浙江康迪车业有限公司", "ACME Batteries GmbH", "宁波储能科技有限公司（一期）"):
        run(capsys, "quote", "--cell", "CBAK-32140FS", "-s", "16", "-p", "1", "-n", "10",
            "--customer", customer, "-o", str(tmp_path / "q.pdf"))
    lines = run(capsys, "quotes", "list").splitlines()
    assert lines[0].split() == ["Quote", "Status", "Date", "Customer", "Total", "excl.", "tax"]
    totals = [width(line[:line.index("39,521.60")]) for line in lines[1:]]
    assert len(lines) == 4 and len(set(totals)) == 1, lines


def test_price_columns_line_up_and_rates_are_short(capsys):
    out = run(capsys, "price", "--cell", "CBAK-32140FS", "-s", "96", "-p", "2", "-n", "500",
              "--currency", "USD")
    lines = out.splitlines()
    money = re.compile(r"\d[\d,]*\.\d\d")
    ends = set()
    for label in ("Direct cost", "Unit cost", "List unit price (margin 20 % on price)",
                  "Cells", "Packaging"):
        line = next(ln for ln in lines if ln.strip().startswith(label))
        ends.add(money.search(line[len(label) + 2:]).end() + len(label) + 2)
    assert len(ends) == 1, ends  # the amounts end in one column
    totals = [ln for ln in lines if ln.rstrip().endswith(" USD") and "Total" in ln]
    assert len({len(ln) for ln in totals}) == 1
    rates = [ln for ln in lines if "Exchange rate:" in ln]
    assert rates and all(len(re.search(r"= ([\d.]+) ", ln).group(1).replace(".", "")
                                       .lstrip("0")) <= 6 for ln in rates)
    assert "1 EUR = 1.08255 USD" in out


def test_price_json_keeps_exact_rates(capsys):
    data = json.loads(run(capsys, "price", "--cell", "CBAK-32140FS", "-s", "96", "-p", "2",
                          "-n", "500", "--currency", "USD", "--json"))
    eur = next(r for r in data["exchange_rates"] if r["base"] == "EUR")
    assert len(eur["rate"]) > 20 and eur["rate"].startswith("1.08255")


def test_significant_digits():
    assert significant(Decimal("1.0825534292498952367649113004609582343902779717838")) == "1.08255"
    assert significant(Decimal("0.13968431345159938538902081296270428830842296410113")) == \
        "0.139684"
    assert significant(Decimal("7.159")) == "7.159"
    assert significant(Decimal("1234567.89")) == "1234570"
