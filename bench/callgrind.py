"""One bench module's worker run under valgrind's callgrind, and its instruction count.

`bench.html_cost` and `bench.text_cost` count their workers this way: a fresh process
(`python -m bench.MODULE --worker …`) with `PYTHONHASHSEED=0`, so sets and dicts iterate
alike from run to run, the articleclean of `src` first on its path, in a scratch folder.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
_COLLECTED = re.compile(r"Collected : (\d+)")


def worker_instructions(module: str, worker_args: list[str], src: Path, what: str) -> int:
    """Instructions callgrind counts for `python -m bench.<module> --worker <worker_args>`
    run with `src` first on the path; RuntimeError naming `what` if the run fails."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=f"{src}{os.pathsep}{_ROOT}")
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        "-m",
        f"bench.{module}",
        "--worker",
        *worker_args,
    ]
    with tempfile.TemporaryDirectory() as directory:
        done = subprocess.run(command, env=env, cwd=directory, capture_output=True, text=True)
    found = _COLLECTED.search(done.stderr)
    if done.returncode or found is None:
        raise RuntimeError(f"{what} under callgrind failed: {done.stderr[-2000:]}")
    return int(found.group(1))
