"""Where `articleclean clean` writes: special files, symlinks, folders, formats, streams."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from test_cli import SEED, _env, records, run_cli

STORY = "Council approves cycle lanes\n\nThe council approved three new cycle lanes on Monday.\n"


def _stories(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(count):
        name = f"{i}.txt"
        (folder / name).write_text(
            f"Story {i} about the council\n\nThe council approved {i} new cycle lanes.\n",
            encoding="utf-8",
        )
        names.append(name)
    return names


def test_dev_null_stays_a_device(tmp_path: Path) -> None:
    null = Path(os.devnull)
    if not null.exists() or not stat.S_ISCHR(null.stat().st_mode) or not os.access(null, os.W_OK):
        pytest.skip(f"{os.devnull} is not a writable character device here")
    result = run_cli("clean", str(SEED), "-o", os.devnull, "-q", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(null.stat().st_mode)
    assert list(tmp_path.iterdir()) == []  # no temporary file left beside anything


def test_a_fifo_is_written_into_not_replaced(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    fifo = tmp_path / "records.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as handle:  # blocks until the writer opens it
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    _stories(tmp_path / "docs", 3)
    result = run_cli("clean", "docs", "-o", "records.fifo", "-q", "-j", "1", cwd=tmp_path)
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert not reader.is_alive()
    assert [r["id"] for r in records(received[0])] == ["docs/0.txt", "docs/1.txt", "docs/2.txt"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "records.fifo"]


def test_resume_into_a_fifo_is_refused(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    os.mkfifo(tmp_path / "out.fifo")
    result = run_cli("clean", str(SEED), "-o", "out.fifo", "--resume", cwd=tmp_path)
    assert result.returncode == 1
    assert b"device or a FIFO" in result.stderr


def test_a_symlink_is_followed_and_its_target_replaced(tmp_path: Path) -> None:
    real = tmp_path / "runs" / "real.jsonl"
    real.parent.mkdir()
    real.write_text('{"id": "old"}\n')
    link = tmp_path / "latest.jsonl"
    try:
        link.symlink_to(real)
    except (OSError, NotImplementedError) as exc:
        pytest.skip(f"cannot make a symlink here: {exc}")
    _stories(tmp_path / "docs", 2)
    result = run_cli("clean", "docs", "-o", "latest.jsonl", "-q", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert [r["id"] for r in records(real.read_text())] == ["docs/0.txt", "docs/1.txt"]
    # No temporary file left; the options it was written with beside the target.
    assert sorted(p.name for p in real.parent.iterdir()) == [
        ".real.jsonl.articleclean-config",
        "real.jsonl",
    ]
    # Resuming through the link keeps the records and adds none twice.
    _stories(tmp_path / "docs", 3)
    again = run_cli("clean", "docs", "-o", "latest.jsonl", "--resume", "-q", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert link.is_symlink()
    assert [r["id"] for r in records(real.read_text())] == [
        "docs/0.txt",
        "docs/1.txt",
        "docs/2.txt",
    ]


def test_repeated_ids_never_overwrite_in_an_output_folder(tmp_path: Path) -> None:
    lines = [
        {"id": "same", "text": "First story\n\nThe council approved new cycle lanes on Monday."},
        {"id": "same", "text": "Second story\n\nThe mayor opened a library on Tuesday."},
        {"id": "Same", "text": "Third story\n\nA bridge was closed for repairs on Friday."},
    ]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines))
    result = run_cli("clean", "in.jsonl", "-o", "out/", "-j", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in (tmp_path / "out" / "in").iterdir())
    assert written == ["Same-3.json", "same-2.json", "same.json"]
    titles = {json.loads((tmp_path / "out" / "in" / name).read_text())["title"] for name in written}
    assert titles == {"First story", "Second story", "Third story"}
    assert b"3 files written to out/" in result.stderr
    resumed = run_cli("clean", "in.jsonl", "-o", "out/", "--resume", cwd=tmp_path)
    assert b"3 skipped as already done" in resumed.stderr
    assert len(list((tmp_path / "out" / "in").iterdir())) == 3


def test_layout_of_absolute_inputs_does_not_depend_on_the_working_directory(
    tmp_path: Path,
) -> None:
    for folder in ("a", "b"):
        (tmp_path / "data" / folder).mkdir(parents=True)
        (tmp_path / "data" / folder / "story.txt").write_text(STORY.replace("three", folder))
    inputs = [str(tmp_path / "data" / "a"), str(tmp_path / "data" / "b" / "story.txt")]
    layouts = []
    for cwd in (tmp_path / "data", tmp_path):
        out = tmp_path / f"out-{len(layouts)}"
        result = run_cli("clean", *inputs, "-o", f"{out}/", "-q", cwd=cwd)
        assert result.returncode == 0, result.stderr
        layouts.append(sorted(str(p.relative_to(out)) for p in out.rglob("*.json")))
    assert layouts[0] == layouts[1] == ["a/story.json", "b/story.json"]


@pytest.mark.parametrize(
    ("output", "fmt"), [("x.jsonl", "md"), ("x.md", "json"), ("x.txt", "md"), ("x.json", "txt")]
)
def test_an_output_suffix_that_contradicts_the_format_is_refused(
    tmp_path: Path, output: str, fmt: str
) -> None:
    result = run_cli("clean", str(SEED), "-o", output, "--format", fmt, cwd=tmp_path)
    assert result.returncode == 2
    assert b"--format" in result.stderr
    assert not (tmp_path / output).exists()


def test_markdown_into_a_md_file_and_other_names_are_accepted(tmp_path: Path) -> None:
    result = run_cli("clean", str(SEED), "-o", "x.md", "--format", "md", "-q", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "x.md").read_text().startswith("# China releases white paper")


@pytest.mark.parametrize(("fmt", "opening"), [("md", "<!-- ==> {} <== -->"), ("txt", "==> {} <==")])
def test_several_documents_in_a_stream_each_get_a_header_with_their_id(
    tmp_path: Path, fmt: str, opening: str
) -> None:
    _stories(tmp_path / "docs", 3)
    result = run_cli("clean", "docs", "--format", fmt, "-q", "-j", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    start = opening.split("{")[0]
    headers = [line for line in lines if line.startswith(start)]
    assert headers == [opening.format(f"docs/{i}.txt") for i in range(3)]
    # The stream splits back into the three documents at the headers.
    chunks = result.stdout.decode().split("\n\n" + start)
    assert len(chunks) == 3 and "Story 2 about the council" in chunks[2]
    # One file: just the document, as the quick start shows.
    single = run_cli("clean", "docs/0.txt", "--format", fmt, "-q", cwd=tmp_path)
    assert not single.stdout.decode().startswith(start)


def test_header_keeps_an_id_with_a_line_break_on_one_line(tmp_path: Path) -> None:
    record = {"id": "two\nlines", "text": STORY}
    stdin = (json.dumps(record) + "\n" + json.dumps({**record, "id": "b"}) + "\n").encode()
    result = run_cli("clean", "-", "--format", "txt", "-q", cwd=tmp_path, stdin=stdin)
    assert result.stdout.decode().splitlines()[0] == "==> two\\nlines <=="


def test_blank_lines_in_jsonl_are_skipped(tmp_path: Path) -> None:
    record = json.dumps({"id": "a", "text": STORY})
    data = f"\n{record}\n\n   \n\r\n{json.dumps({'id': 'b', 'text': STORY})}\n\n"
    (tmp_path / "in.jsonl").write_text(data)
    for source, stdin in (("in.jsonl", None), ("-", data.encode())):
        result = run_cli("clean", source, "-j", "1", cwd=tmp_path, stdin=stdin)
        assert result.returncode == 0, result.stderr
        assert [(r["id"], r["status"]) for r in records(result.stdout)] == [
            ("a", "ok"),
            ("b", "ok"),
        ]


@pytest.mark.parametrize("case", ["empty folder", "only .bin files", "glob matches nothing"])
def test_inputs_that_match_nothing_exit_2_with_a_message(tmp_path: Path, case: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    extra: list[str] = []
    if case == "only .bin files":
        (folder / "a.bin").write_bytes(b"\x00\x01")
    if case == "glob matches nothing":
        _stories(folder, 2)
        extra = ["--glob", "*.html"]
    result = run_cli("clean", "in", *extra, "-o", "out.jsonl", cwd=tmp_path)
    assert result.returncode == 2
    assert b"nothing to clean" in result.stderr
    assert not (tmp_path / "out.jsonl").exists()
    learn = run_cli("learn", "in", *extra, "-o", "model.json", cwd=tmp_path)
    assert learn.returncode == 2


def test_one_empty_folder_among_others_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    _stories(tmp_path / "docs", 1)
    result = run_cli("clean", "empty", "docs", cwd=tmp_path)
    assert result.returncode == 0
    assert b"warning: 'empty'" in result.stderr
    assert len(records(result.stdout)) == 1


def test_a_closed_pipe_ends_the_batch_quietly(tmp_path: Path) -> None:
    _stories(tmp_path / "docs", 40)
    process = subprocess.Popen(
        [sys.executable, "-m", "articleclean", "clean", "docs", "-j", "1"],
        cwd=tmp_path,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()  # like `head -n 1`
    process.stdout.close()
    stderr = process.stderr.read()
    process.wait(timeout=60)
    assert json.loads(first)["id"] == "docs/0.txt"
    assert process.returncode in (0, 141), stderr
    assert b"Error" not in stderr and b"Traceback" not in stderr and b"Broken pipe" not in stderr
    assert b"Exception ignored" not in stderr


def test_a_closed_pipe_ends_explain_quietly(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "articleclean", "explain", str(SEED)],
        cwd=tmp_path,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read()
    process.wait(timeout=60)
    assert process.returncode in (0, 141), stderr
    assert stderr == b""


def test_a_full_disk_mid_record_leaves_only_whole_records(tmp_path: Path, monkeypatch) -> None:
    import errno

    from articleclean.batch import outputs
    from articleclean.batch.jobs import Job, Outcome

    target = tmp_path / "out.jsonl"
    target.write_text('{"id": "earlier"}\n')
    sink = outputs.FileSink(str(target), "json")
    sink.write(Job("a", "text", "a", "s"), Outcome("a", "ok", output='{"id": "a"}'))
    assert target.read_text() == '{"id": "a"}\n'  # in place as soon as it is complete
    real_write = outputs._write_all

    def half_then_full(handle, data: bytes) -> None:
        real_write(handle, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs, "_write_all", half_then_full)
    with pytest.raises(OSError):
        sink.write(Job("b", "text", "b", "s"), Outcome("b", "ok", output='{"id": "b", "x": 1}'))
    sink.abort()
    assert target.read_text() == '{"id": "a"}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
