"""`clean --resume --retry-failed` cleans the failed documents again, and `--resume`
refuses an output written with other options (round 49, retry: the gaps safety3 and ux
found). Every test here fails on main: `retry_failed`, the options and the config stamp
are new."""

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
from click.testing import CliRunner

from articleclean.batch.jobs import Job, Outcome
from articleclean.batch.outputs import DirSink, FileSink
from articleclean.cli import main
from test_cli import _env, make_dump, records, run_cli

STORY = "Council approves cycle lanes\n\nThe council approved three new cycle lanes on Monday.\n"


def _line(record_id: str, status: str, extra: str = "") -> bytes:
    return (json.dumps({"id": record_id, "status": status, "x": extra}) + "\n").encode()


def _job(record_id: str) -> Job:
    return Job(record_id, "text", record_id, "site")


def _ok(record_id: str) -> Outcome:
    return Outcome(record_id, "ok", output=json.dumps({"id": record_id, "status": "ok"}))


def _clean(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["clean", "-j", "1", *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


# --- the sinks -----------------------------------------------------------------------


def test_retry_failed_drops_the_failed_records_and_appends_the_new_ones(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    kept = [_line("a", "ok", "é"), _line("c", "empty"), _line("e", "too_large")]
    target.write_bytes(
        kept[0] + _line("b", "error") + kept[1] + _line("d", "timeout") + kept[2] + b'{"id": "f"'
    )
    sink = FileSink(str(target), "json", resume=True, retry_failed=True)
    done = {rid: sink.already_done(_job(rid)) for rid in "abcdef"}
    assert done == {"a": True, "b": False, "c": True, "d": False, "e": True, "f": False}
    for rid in "bdf":
        sink.write(_job(rid), _ok(rid))
    sink.commit()
    assert sink.retried == 2 and sink.failed_kept == 0
    lines = target.read_bytes().splitlines(keepends=True)
    # The records not retried are the same bytes, in the same order; the new ones follow.
    assert lines[:3] == kept
    assert [json.loads(line)["id"] for line in lines[3:]] == ["b", "d", "f"]


def test_without_retry_failed_the_failed_records_stay_done(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    before = _line("a", "ok") + _line("b", "error")
    target.write_bytes(before)
    sink = FileSink(str(target), "json", resume=True)
    assert sink.already_done(_job("b"))
    sink.commit()
    assert target.read_bytes() == before and sink.failed_kept == 1 and sink.retried == 0


def test_failed_records_of_documents_the_run_never_reached_are_put_back(tmp_path: Path) -> None:
    # An input that no longer holds "b", or a run stopped (Ctrl-C) before "d" was
    # finished: their failed records are not lost, they go to the end, for a later
    # --retry-failed.
    target = tmp_path / "out.jsonl"
    target.write_bytes(
        _line("a", "error") + _line("b", "error", "b") + _line("c", "ok") + _line("d", "error")
    )
    sink = FileSink(str(target), "json", resume=True, retry_failed=True)
    assert not sink.already_done(_job("a"))
    assert not sink.already_done(_job("d"))  # taken up, never finished
    sink.write(_job("a"), _ok("a"))
    sink.commit()
    lines = target.read_bytes().splitlines(keepends=True)
    assert lines == [
        _line("c", "ok"),
        b'{"id": "a", "status": "ok"}\n',
        _line("b", "error", "b"),
        _line("d", "error"),
    ]
    assert sink.retried == 1 and sink.failed_kept == 2


def test_a_failed_record_beside_a_finished_one_of_the_same_id_is_kept(tmp_path: Path) -> None:
    # --resume skips every document of an id with a finished record, so dropping its
    # failed twin would lose it without a retry.
    target = tmp_path / "out.jsonl"
    before = _line("a", "error") + _line("a", "ok")
    target.write_bytes(before)
    sink = FileSink(str(target), "json", resume=True, retry_failed=True)
    assert sink.already_done(_job("a"))
    sink.commit()
    assert target.read_bytes() == before and sink.retried == 0


def test_a_retried_run_killed_mid_way_then_resumed_loses_and_repeats_nothing(
    tmp_path: Path,
) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(_line("a", "ok") + _line("b", "error") + _line("c", "error"))
    sink = FileSink(str(target), "json", resume=True, retry_failed=True)
    assert not sink.already_done(_job("b"))
    sink.write(_job("b"), _ok("b"))
    # Killed here (SIGKILL): no commit; the file holds what was written.
    sink._handle.close()
    sink._release()
    again = FileSink(str(target), "json", resume=True, retry_failed=True)
    todo = [rid for rid in "abc" if not again.already_done(_job(rid))]
    assert todo == ["c"]  # b's new record is kept, c (never reached) runs now
    again.write(_job("c"), _ok("c"))
    again.commit()
    ids = [json.loads(line)["id"] for line in target.read_bytes().splitlines()]
    assert ids == ["a", "b", "c"]
    assert all(json.loads(line)["status"] == "ok" for line in target.read_bytes().splitlines())


def test_dir_sink_retries_a_failed_json_file_and_leaves_the_others(tmp_path: Path) -> None:
    root = tmp_path / "out"
    root.mkdir()
    (root / "a.json").write_text('{\n "id": "a",\n "status": "ok"\n}\n')
    (root / "b.json").write_text('{\n "id": "b",\n "status": "timeout"\n}\n')
    sink = DirSink(str(root) + "/", "json", retry_failed=True)
    assert sink.already_done(_job("a"))
    job = _job("b")
    assert not sink.already_done(job)
    sink.write(job, _ok("b"))
    assert json.loads((root / "b.json").read_text())["status"] == "ok"
    assert (root / "a.json").read_text() == '{\n "id": "a",\n "status": "ok"\n}\n'
    assert sink.retried == 1
    # Without the option the failed file counts as done, as before.
    assert DirSink(str(root) + "/", "json").already_done(_job("b"))


# --- the command ---------------------------------------------------------------------


def _broken_then_fixed(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for name in ("a", "c"):
        (tmp_path / "in" / f"{name}.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"bin\0ary")


def test_clean_retry_failed_into_a_jsonl_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _broken_then_fixed(tmp_path)
    assert _clean("in", "-o", "out.jsonl")[0] == 1
    first = (tmp_path / "out.jsonl").read_bytes().splitlines(keepends=True)
    (tmp_path / "in" / "b.txt").write_text(STORY, encoding="utf-8")  # the cause fixed
    code, output = _clean("in", "-o", "out.jsonl", "--resume")
    assert code == 0 and "add --retry-failed" in output
    code, output = _clean("in", "-o", "out.jsonl", "--resume", "--retry-failed")
    assert code == 0, output
    assert "2 skipped as already done (--resume); 1 failed earlier, retried" in output
    after = (tmp_path / "out.jsonl").read_bytes().splitlines(keepends=True)
    assert after[:2] == [first[0], first[2]]  # a and c: the same bytes
    assert [r["id"] for r in records(b"".join(after))] == ["in/a.txt", "in/c.txt", "in/b.txt"]
    assert all(r["status"] == "ok" for r in records(b"".join(after)))


def test_clean_retry_failed_into_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _broken_then_fixed(tmp_path)
    assert _clean("in", "-o", "out/")[0] == 1
    a_before = (tmp_path / "out" / "in" / "a.json").read_bytes()
    (tmp_path / "in" / "b.txt").write_text(STORY, encoding="utf-8")
    code, output = _clean("in", "-o", "out/", "--resume", "--retry-failed")
    assert code == 0, output
    assert "1 failed earlier, retried (--retry-failed)" in output
    assert json.loads((tmp_path / "out" / "in" / "b.json").read_text())["status"] == "ok"
    assert (tmp_path / "out" / "in" / "a.json").read_bytes() == a_before


@pytest.mark.parametrize("flag", ["--retry-failed", "--allow-config-change"])
def test_the_resume_options_need_resume(tmp_path: Path, flag: str) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    code, output = _clean(str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.jsonl"), flag)
    assert code == 2 and f"{flag} goes with --resume" in output


@pytest.mark.parametrize("output", ["out.jsonl", "out/"])
def test_resume_refuses_an_output_written_with_other_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    assert _clean("a.txt", "-o", output)[0] == 0
    snapshot = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    code, message = _clean("a.txt", "b.txt", "-o", output, "--resume", "--dump", "page")
    assert code == 2
    assert "--dump auto -> page" in message and "--allow-config-change" in message
    assert "Usage:" not in message
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == snapshot
    # A limit is no config: --max-bytes or --timeout may change on resume.
    code, message = _clean("a.txt", "-o", output, "--resume", "--max-bytes", "100000")
    assert code == 0, message
    # Going on anyway: the stamp keeps the earlier settings.
    code, message = _clean("a.txt", "b.txt", "-o", output, "--resume", "--dump", "page",
                           "--allow-config-change")  # fmt: skip
    assert code == 0, message
    stamp = tmp_path / (".out.jsonl.articleclean-config" if output == "out.jsonl" else "out")
    stamp = stamp if output == "out.jsonl" else stamp / ".articleclean-config"
    data = json.loads(stamp.read_text())
    assert data["settings"]["--dump"] == "page"
    assert [e["--dump"] for e in data["earlier"]] == ["auto"]


def test_each_setting_a_record_depends_on_changes_the_fingerprint(tmp_path: Path) -> None:
    from articleclean.batch.inputs import InputOptions
    from articleclean.batch.stamp import fingerprint, settings_of
    from articleclean.config import CleanerConfig

    base = CleanerConfig()
    prints = {
        fingerprint(settings_of(base, "json", InputOptions())),
        fingerprint(settings_of(base, "md", InputOptions())),
        fingerprint(settings_of(base.replace(dump="page"), "json", InputOptions())),
        fingerprint(
            settings_of(base.replace(boilerplate_lines=frozenset({"x"})), "json", InputOptions())
        ),
        fingerprint(settings_of(base.replace(ad_marker=False), "json", InputOptions())),
        fingerprint(settings_of(base, "json", InputOptions(html_field="html"))),
        fingerprint(settings_of(base, "json", InputOptions(id_field="key"))),
    }
    assert len(prints) == 7
    limits = base.replace(max_input_bytes=10, time_budget=3.0)
    assert settings_of(limits, "json", InputOptions(max_bytes=10)) == settings_of(
        base, "json", InputOptions()
    )


def test_resume_into_an_output_without_a_stamp_goes_on_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Outputs written before the stamp existed resume as they did, said once.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    assert _clean("a.txt", "-o", "out.jsonl")[0] == 0
    (tmp_path / ".out.jsonl.articleclean-config").unlink()
    code, output = _clean("a.txt", "-o", "out.jsonl", "--resume")
    assert code == 0 and "records no config" in output
    assert (tmp_path / ".out.jsonl.articleclean-config").exists()


# --- killed mid-way, for real ----------------------------------------------------------

TOTAL = 80
FAILING = range(20, TOTAL)


def _feed(folder: Path, seed: str, *, fixed: bool) -> None:
    rng = random.Random(5)
    with open(folder / "many.jsonl", "w", encoding="utf-8") as handle:
        for i in range(TOTAL):
            field = "text" if fixed or i not in FAILING else "txt"
            handle.write(json.dumps({"id": f"doc{i}", field: make_dump(seed, rng, i)}) + "\n")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="signals a process group")
@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM])
def test_a_retried_run_killed_then_resumed_again_loses_and_repeats_nothing(
    tmp_path: Path, seed_text: str, signum: int
) -> None:
    _feed(tmp_path, seed_text, fixed=False)
    first = run_cli("clean", "many.jsonl", "-o", "out.jsonl", "-j", "2", cwd=tmp_path)
    assert first.returncode == 1
    kept = [line for line in (tmp_path / "out.jsonl").read_bytes().splitlines(keepends=True)
            if json.loads(line)["status"] == "ok"]  # fmt: skip
    assert len(kept) == 20
    _feed(tmp_path, seed_text, fixed=True)
    retry = ("many.jsonl", "-o", "out.jsonl", "-j", "2", "--resume", "--retry-failed")
    process = subprocess.Popen(
        [sys.executable, "-m", "articleclean", "clean", *retry],
        cwd=tmp_path,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and process.poll() is None:
        data = (tmp_path / "out.jsonl").read_bytes()
        if data.count(b'"status": "ok"') >= 25:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the retried run finished before it could be killed"
    os.killpg(process.pid, signum)
    process.communicate(timeout=60)
    again = run_cli("clean", *retry, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    lines = (tmp_path / "out.jsonl").read_bytes().splitlines(keepends=True)
    assert lines[:20] == kept  # the documents never retried: the same bytes
    ids = [r["id"] for r in records(b"".join(lines))]
    assert sorted(ids) == sorted(f"doc{i}" for i in range(TOTAL))  # none lost, none twice
    assert all(r["status"] == "ok" for r in records(b"".join(lines)))


def test_the_stamp_changes_only_when_the_output_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A run that fails before its first record keeps the earlier output, and so the
    # earlier stamp: a later --resume must not take the old records for the new
    # options' (a full disk on the first record stands for any early end).
    import errno

    from articleclean.batch import outputs

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    assert _clean("a.txt", "-o", "out.jsonl")[0] == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def full(handle: object, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(outputs, "_write_all", full)
        assert _clean("a.txt", "-o", "out.jsonl", "--dump", "page")[0] == 1
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    # Once the first record replaces the output, the stamp follows it.
    assert _clean("a.txt", "-o", "out.jsonl", "--dump", "page")[0] == 0
    stamp = json.loads((tmp_path / ".out.jsonl.articleclean-config").read_text())
    assert stamp["settings"]["--dump"] == "page"
