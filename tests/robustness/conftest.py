"""pytest hooks of the robustness suite; the helpers live in robust_support.py."""

from __future__ import annotations

from robust_support import CASES, FULL, NOTES


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001
    if CASES:
        total = sum(CASES.values())
        mode = "full" if FULL else "ci"
        detail = ", ".join(f"{k} {v}" for k, v in sorted(CASES.items()))
        terminalreporter.write_line(
            f"robustness ({mode} profile): {total} generated loader cases: {detail}")
    for note in NOTES:
        terminalreporter.write_line(f"robustness: {note}")
