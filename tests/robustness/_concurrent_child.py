"""Helper for test_concurrency.py: issue and revise quotes in the shared register.

usage: python _concurrent_child.py NAME COUNT SEED   (PACKCONFIG_HOME set by the caller)

Half the operations issue a new quote, half issue a revision of a random quote either
process issued. Prints one JSON line: every (number, revision) this process was given,
and any error that reached it (there must be none).
"""

from __future__ import annotations

import dataclasses
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def main() -> None:
    name, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    from _hostile import valid_quote

    from packconfig.core.commerce.quote import Party, revise
    from packconfig.core.errors import PackconfigError
    from packconfig.core.store.register import Register

    rng = random.Random(seed)
    draft = dataclasses.replace(valid_quote(), number="", status="draft", issued_at="",
                                customer=Party(company=f"customer of {name}"))
    got, errors = [], []
    start = time.perf_counter()
    with Register() as reg:
        for i in range(count):
            try:
                numbers = [n for n, _ in got]
                if i % 2 and numbers:
                    others = [e.number for e in reg.search(latest_only=True)]
                    base = reg.get(rng.choice(others or numbers))
                    issued = reg.issue(revise(base, notes=f"{name} {i}"))
                else:
                    issued = reg.issue(draft)
                got.append((issued.number, issued.revision))
            except PackconfigError as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
    print(json.dumps({"name": name, "got": got, "errors": errors,
                      "seconds": round(time.perf_counter() - start, 2)}))


if __name__ == "__main__":
    main()
