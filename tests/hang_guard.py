"""The hang guards' child process (tests/test_no_hang_*.py): code run in a fresh
interpreter with a wall bound. The bound only catches a hang (the patterns those tests
replaced took minutes or more on their inputs, the linear readings take one to a few
seconds under load); it asserts no speed."""

from __future__ import annotations

import subprocess
import sys

HANG_BOUND = 120  # seconds


def run_in_child(code: str, *args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    """`code` run by `python -c` with `args`; `subprocess.TimeoutExpired` past the bound."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=HANG_BOUND,
        check=check,
    )
