"""Abrupt ends of `articleclean clean -o out.jsonl --jobs 2`: finished records survive,
`--resume` completes the output without duplicates, and no worker outlives its parent."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_cli import _env, make_dump, records, run_cli

TOTAL = 150

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads worker pids from /proc (Linux)"
)


@pytest.fixture()
def many(tmp_path: Path, seed_text: str) -> Path:
    rng = random.Random(11)
    with open(tmp_path / "many.jsonl", "w", encoding="utf-8") as handle:
        for i in range(TOTAL):
            handle.write(json.dumps({"id": f"doc{i}", "text": make_dump(seed_text, rng, i)}) + "\n")
    return tmp_path


def _complete_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = task / "children"
        if children.exists():
            found += [int(p) for p in children.read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    state = next(line for line in status.splitlines() if line.startswith("State:"))
    return "Z" not in state.split()[1]  # a zombie has finished; only its exit status is left


def _start(folder: Path) -> tuple[subprocess.Popen[bytes], list[int]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "articleclean", "clean", "many.jsonl", "-o", "out.jsonl", "-j", "2"],
        cwd=folder,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a login session has
    )
    deadline = time.monotonic() + 90
    workers: list[int] = []
    while time.monotonic() < deadline and process.poll() is None:
        workers = _children(process.pid)
        if len(workers) >= 2 and _complete_lines(folder / "out.jsonl") >= 10:
            return process, workers
        time.sleep(0.02)
    process.kill()
    pytest.fail("the batch never got going (or finished before it could be interrupted)")


def _wait_gone(pids: list[int], seconds: float = 15) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        left = [pid for pid in pids if _alive(pid)]
        if not left:
            return []
        time.sleep(0.05)
    return [pid for pid in pids if _alive(pid)]


@pytest.mark.parametrize(
    ("name", "to_group", "exit_code"),
    [
        ("SIGHUP", True, 128 + 1),  # a dropped SSH session signals the whole group
        ("SIGTERM", True, 128 + 15),
        ("SIGTERM", False, 128 + 15),
        ("SIGKILL", False, -9),  # cannot be caught: only what was flushed counts
    ],
)
def test_abrupt_end_keeps_finished_records_and_resume_completes(
    many: Path, name: str, to_group: bool, exit_code: int
) -> None:
    signum = getattr(signal, name)
    process, workers = _start(many)
    before = _complete_lines(many / "out.jsonl")
    if to_group:
        os.killpg(process.pid, signum)
    else:
        os.kill(process.pid, signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == exit_code, stderr
    assert _wait_gone(workers) == [], "workers outlived their parent"
    data = (many / "out.jsonl").read_bytes()
    complete = data[: data.rfind(b"\n") + 1]
    kept = records(complete)
    assert len(kept) >= before >= 10
    assert all(r["status"] == "ok" for r in kept)  # no worker died of the signal
    assert not list(many.glob(".out.jsonl.*.tmp")) or name == "SIGKILL"
    resumed = run_cli("clean", "many.jsonl", "-o", "out.jsonl", "--resume", "-j", "2", cwd=many)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(kept)} skipped".encode() in resumed.stderr
    ids = [r["id"] for r in records((many / "out.jsonl").read_bytes())]
    assert sorted(ids) == sorted(f"doc{i}" for i in range(TOTAL))  # none lost, none twice


def test_resume_drops_a_torn_last_line(tmp_path: Path) -> None:
    story = "Council approves lanes\n\nThe council approved three new cycle lanes on Monday."
    lines = [json.dumps({"id": f"d{i}", "text": story}) for i in range(3)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    first = run_cli("clean", "in.jsonl", "-o", "out.jsonl", "-q", cwd=tmp_path)
    assert first.returncode == 0
    whole = (tmp_path / "out.jsonl").read_bytes().splitlines(keepends=True)
    (tmp_path / "out.jsonl").write_bytes(whole[0] + whole[1][:40])  # killed mid-write
    resumed = run_cli("clean", "in.jsonl", "-o", "out.jsonl", "--resume", "-q", cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert [r["id"] for r in records((tmp_path / "out.jsonl").read_bytes())] == ["d0", "d1", "d2"]
