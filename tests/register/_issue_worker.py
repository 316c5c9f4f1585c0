"""Child process for test_faults.py: issue N quotes into the register at URL, each to a
customer named TAG-k, and print one JSON line: the tags issued (with their numbers) and
the tags reported failed (a clear coded error, never a traceback)."""

from __future__ import annotations

import datetime as dt
import json
import sys


def main(url: str, cell_file: str, tag: str, count: int) -> None:
    from packconfig.core.cells.catalog import load_cell_file
    from packconfig.core.commerce.quote import Party, make_quote
    from packconfig.core.commerce.settings import load_settings
    from packconfig.core.errors import PackconfigError
    from packconfig.core.store.register import Register

    cell = load_cell_file(cell_file)[0]
    base = make_quote(cell, 4, 1, 10, "CNY", load_settings(), Party(company=tag),
                      date=dt.date(2026, 3, 1))
    issued, failed = {}, {}
    import dataclasses

    with Register(url) as reg:
        for k in range(count):
            name = f"{tag}-{k}"
            try:
                quote = reg.issue(dataclasses.replace(base, customer=Party(company=name)))
                issued[name] = quote.number
            except PackconfigError as err:
                failed[name] = err.code
    print(json.dumps({"issued": issued, "failed": failed}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
