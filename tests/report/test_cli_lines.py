"""``packconfig quote --line/--lines/--samples``: lines on the issued quote and its PDF;
any bad line issues nothing."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from packconfig.cli import main
from packconfig.core.money import Money
from packconfig.core.store.register import Register
from packconfig.report import open_quote_pdf

BASE = ("quote", "--cell", "CBAK-32140FS", "-s", "96", "-p", "2", "--customer", "Kandi",
        "-n", "500")


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_lines_from_text_csv_and_samples_reach_quote_and_pdf(tmp_path, capsys):
    csv = tmp_path / "lines.csv"
    csv.write_text("description,quantity,unit_price,currency,discount_pct,unit,kind\n"
                   "Spare module 12S,4,9000,CNY,5,module,spares\n"
                   "Charger 6.6 kW,10,2741.66,CNY,,pcs,charger\n", encoding="utf-8-sig")
    out = tmp_path / "q.pdf"
    code, stdout, err = run(capsys, *BASE, "--line", "NRE: BMS adaptation;1;120000 CNY",
                            "--line", "Freight Ningbo;1;8000 CNY;12", "--approved-by",
                            "Liu Yang", "--lines", str(csv), "--samples", "-o", str(out))
    assert code == 0, err
    quote = open_quote_pdf(out)
    assert [ln.description[:16] for ln in quote.lines] == [
        "NRE: BMS adaptat", "Freight Ningbo", "Spare module 12S", "Charger 6.6 kW",
        "UN38.3 test samp"]
    assert quote.lines[-1].quantity == 8  # a 96S2P pack weighs more than 12 kg
    assert quote.approved_by == "Liu Yang"
    freight = [ln for ln in quote.pricing.lines if ln.description == "Freight Ningbo"][0]
    assert freight.amount == Money("7040.00", "CNY")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    for needle in ("NRE: BMS adaptation", "Spare module 12S", "Charger 6.6 kW", "Liu Yang",
                   "UN38.3 test samples"):
        assert needle in text, needle


@pytest.mark.parametrize("extra,message", [
    (("--line", "NRE;-1;120000 CNY"), "quantity must be a whole number"),
    (("--line", "NRE;1;120000 USD"), "is in USD, the quote is in CNY"),
    (("--line", "NRE;1"), "must look like"),
    (("--line", "Freight;1;8000 CNY;12"), "approver"),
    (("--lines", "BROKEN"), "not UTF-8"),
    (("--lines", "MISSING"), "file not found"),
])
def test_bad_line_issues_nothing(tmp_path, capsys, extra, message):
    broken = tmp_path / "broken.csv"
    broken.write_bytes("description,quantity,unit_price,currency\n标定,1,5,CNY\n".encode("gbk"))
    extra = tuple(str(broken) if x == "BROKEN" else str(tmp_path / "none.csv")
                  if x == "MISSING" else x for x in extra)
    out = tmp_path / "q.pdf"
    code, _stdout, err = run(capsys, *BASE, *extra, "-o", str(out))
    assert code == 2 and message in err and err.count("\n") == 1, err
    assert not out.exists()
    with Register() as reg:
        assert reg.search() == []
