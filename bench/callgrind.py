"""One bench module's worker run under valgrind's callgrind: its instruction count, or
its profile.

`bench.html_cost` and `bench.text_cost` count their workers this way (`bench.text_parts`
reads the profile): a fresh process
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


def _run_worker(
    module: str, worker_args: list[str], src: Path, what: str, directory: str, options: list[str]
) -> subprocess.CompletedProcess[str]:
    """`python -m bench.<module> --worker <worker_args>` under callgrind with `options`, in
    `directory`; RuntimeError naming `what` if the run fails."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=f"{src}{os.pathsep}{_ROOT}")
    command = [
        "valgrind",
        "--tool=callgrind",
        *options,
        sys.executable,
        "-m",
        f"bench.{module}",
        "--worker",
        *worker_args,
    ]
    done = subprocess.run(command, env=env, cwd=directory, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{what} under callgrind failed: {done.stderr[-2000:]}")
    return done


def worker_instructions(module: str, worker_args: list[str], src: Path, what: str) -> int:
    """Instructions callgrind counts for `python -m bench.<module> --worker <worker_args>`
    run with `src` first on the path; RuntimeError naming `what` if the run fails."""
    options = ["--callgrind-out-file=/dev/null"]
    with tempfile.TemporaryDirectory() as directory:
        done = _run_worker(module, worker_args, src, what, directory, options)
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise RuntimeError(f"{what} under callgrind failed: {done.stderr[-2000:]}")
    return int(found.group(1))


def worker_profile(module: str, worker_args: list[str], src: Path, what: str) -> str:
    """The same run's profile as `callgrind_annotate --inclusive=yes` prints it: each
    function's count with all it calls (`bench.text_parts` reads its parts from it)."""
    with tempfile.TemporaryDirectory() as directory:
        profile = Path(directory) / "callgrind.out"
        options = ["--dump-instr=no", f"--callgrind-out-file={profile}"]
        _run_worker(module, worker_args, src, what, directory, options)
        return subprocess.run(
            ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(profile)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
