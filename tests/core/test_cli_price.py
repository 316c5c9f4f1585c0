import json
from decimal import Decimal

from packconfig.cli import main
from packconfig.core.store.register import Register


def _run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse rejects bad choices itself, also exit 2
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_price_96s2p_cbak_500_cny_json(capsys):
    code, out, _ = _run(capsys, "price", "--cell", "CBAK-32140FS", "--series", "96",
                        "--parallel", "2", "--quantity", "500", "--currency", "CNY",
                        "--date", "2026-01-15", "--json")
    assert code == 0
    data = json.loads(out)
    lines = {ln["key"]: ln for ln in data["cost_lines"]}
    assert lines["cells"]["amount"] == {"amount": "5729.28", "currency": "CNY"}
    assert lines["cells"]["estimated"] is False
    # the hardware is the bill of materials' (issue 15): module, junction box, pack;
    # the flat BMS/enclosure/bus bar/thermal lines it replaces are gone
    assert [k for k in lines if k not in ("cells", "assembly", "eol_test", "packaging")] == [
        "module_hardware", "junction_box", "pack_hardware"]
    assert lines["module_hardware"]["detail"].startswith("6 modules x 16S2P")
    amounts = {k: Decimal(v["amount"]["amount"]) for k, v in lines.items()}
    assert sum(amounts.values()) == Decimal(data["direct_cost"]["amount"]) == Decimal(
        "10661.39")
    # + 8 % overhead 852.91 + 3 % warranty 319.84; price = cost / 0.8, half-up
    assert data["unit_cost"]["amount"] == "11834.14"
    assert data["list_unit_price"]["amount"] == "14792.68"
    pack = data["price_lines"][0]
    assert pack["quantity"] == 500 and pack["unit_price"]["amount"] == "14348.90"  # 3 % off
    assert "100–999" in pack["description"]
    assert data["total_excl_tax"] == {"amount": "7174450.00", "currency": "CNY"}
    assert data["tax"]["amount"]["amount"] == "932678.50"
    assert data["total_incl_tax"]["amount"] == "8107128.50"
    assert data["exchange_rates"][0]["rate"] == "7.75"


def test_price_text_output_and_slab(capsys):
    code, out, _ = _run(capsys, "price", "--cell", "CBAK-32140FS", "-s", "96", "-p", "2",
                        "-n", "1000", "--date", "2026-01-15", "--convention", "slab",
                        "--incoterm", "FOB Ningbo")
    assert code == 0
    assert "14,792.68" in out and "FOB Ningbo" in out
    assert out.count("Battery pack 96S2P") == 3  # three slab bands


def test_price_bad_input_one_line_exit_2(capsys):
    for argv in (["-n", "0"], ["-n", "10", "--currency", "GBP"], ["-n", "x"],
                 ["-n", "5", "--incoterm", "ZZZ here"], ["-n", "5", "--date", "15/01/2026"]):
        code, out, err = _run(capsys, "price", "--cell", "CBAK-32140FS", "-s", "96",
                              "-p", "2", *argv)
        assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def test_quotes_list(capsys, cbak):
    import datetime as dt

    from packconfig.core.commerce.quote import Party, make_quote
    from packconfig.core.commerce.settings import load_settings
    with Register() as reg:
        reg.issue(make_quote(cbak, 96, 2, 500, "CNY", load_settings(),
                             Party(company="浙江康迪车业有限公司"), date=dt.date(2026, 1, 15)))
    code, out, _ = _run(capsys, "quotes", "list", "--customer", "康迪", "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows[0]["number"] == "Q-2026-0001"
    assert rows[0]["total_excl_tax"] == {"amount": "7174450.00", "currency": "CNY"}
    code, out, _ = _run(capsys, "quotes", "list", "--customer", "nobody")
    assert "no quotes match" in out
