"""Round 48's safety audit: inputs that hung or crashed a batch, outputs that replaced inputs."""

from __future__ import annotations

import errno
import json
import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from articleclean.batch.inputs import InputOptions, count_documents, iter_jobs
from articleclean.batch.jobs import Job
from articleclean.batch.outputs import FileSink
from articleclean.boilerplate_model import BoilerplateModel
from articleclean.cli import main
from articleclean.errors import ConfigError, InputError
from articleclean.expectations import load_expectation

STORY = "Council approves cycle lanes\n\nThe council approved three new cycle lanes on Monday.\n"
# Deeper than json's decoder recurses (it raises RecursionError, not ValueError).
TOO_DEEP = "[" * 100_000 + "]" * 100_000


def test_a_jsonl_line_nested_too_deep_is_an_error_and_the_file_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    lines = [TOO_DEEP, json.dumps({"id": "after", "text": STORY})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    jobs = list(iter_jobs(("in.jsonl",), InputOptions()))
    assert [job.id for job in jobs] == ["in.jsonl:1", "after"]
    assert jobs[0].failure == ("error", "line 1 is JSON nested too deep to read")
    assert jobs[1].failure is None


def test_resume_passes_over_an_output_line_nested_too_deep(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text(TOO_DEEP + '\n{"id": "a", "status": "ok"}\n', encoding="utf-8")
    sink = FileSink(str(target), "json", resume=True)
    assert sink.already_done(Job("a", "text", "a", "site"))
    sink.abort()


def test_a_boilerplate_model_nested_too_deep_is_a_config_error(tmp_path: Path) -> None:
    model = tmp_path / "model.json"
    model.write_text(TOO_DEEP, encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read boilerplate model"):
        BoilerplateModel.load(model)


def _clean(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["clean", "-q", "-j", "1", *args])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    "args",
    [
        ("in.jsonl", "-o", "in.jsonl"),  # -o FILE that is the input
        ("notes.txt", "-o", "./", "--format", "txt"),  # ./notes.txt is the output's name
        ("page.html", "notes.txt", "-o", "./", "--format", "txt"),  # page.html -> notes.txt
        (".", "-o", "./", "--format", "md"),  # the output folder is the input folder
        ("pages", "-o", "pages/"),  # pages/pages/… is read by the next run
        ("notes.txt", "--report", "notes.txt"),
    ],
)
def test_an_output_over_the_inputs_is_refused_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pages").mkdir()
    inputs = {
        "in.jsonl": json.dumps({"id": "a", "text": STORY}) + "\n",
        "notes.txt": "My own notes, not an article.\n",
        "page.html": f"<html><body><p>{STORY}</p></body></html>",
        "pages/story.md": STORY,
    }
    for name, content in inputs.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    code, output = _clean(*args)
    assert code == 2, output
    assert "is also an input" in output or "over an input" in output or "inside the input" in output
    for name, content in inputs.items():
        assert (tmp_path / name).read_text(encoding="utf-8") == content
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted(
        ["pages", "in.jsonl", "notes.txt", "page.html", "story.md"]
    )


@pytest.mark.parametrize(
    "args",
    [
        ("clean", "pages", "-o", "pages/batch.jsonl"),  # the walk passed over it, then wrote it
        ("clean", "pages", "-o", "out.jsonl", "--report", "pages/story.md"),
        ("learn", "pages", "-o", "pages/story.md"),  # the model replaced a page
        ("learn", "pages", "-o", "pages/batch.jsonl"),
    ],
)
def test_an_output_over_a_file_inside_an_input_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pages").mkdir()
    inputs = {
        "pages/batch.jsonl": json.dumps({"id": "a", "text": STORY}) + "\n",
        "pages/story.md": STORY,
    }
    for name, content in inputs.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, [args[0], "-q", "-j", "1", *args[1:]])
    assert result.exit_code == 2, result.output
    assert "is also an input" in result.output
    for name, content in inputs.items():
        assert (tmp_path / name).read_text(encoding="utf-8") == content
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["batch.jsonl", "pages", "story.md"]


def test_a_rerun_into_its_own_output_inside_an_input_folder_is_allowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "story.md").write_text(STORY, encoding="utf-8")
    for command in ("clean", "learn"):
        for _ in range(2):
            result = CliRunner().invoke(
                main, [command, "-q", "-j", "1", "pages", "-o", f"pages/{command}.jsonl"]
            )
            assert result.exit_code == 0, result.output


def test_outputs_apart_from_the_inputs_are_accepted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from articleclean.batch.inputs import output_over_inputs

    monkeypatch.chdir(tmp_path)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text(STORY, encoding="utf-8")
    assert output_over_inputs(("pages",), "pages/out/", "dir", ".txt") is None  # walk skips it
    assert output_over_inputs(("pages",), "out/", "dir", ".txt") is None
    assert output_over_inputs(("pages/a.txt",), "./", "dir", ".json") is None  # ./pages/a.json
    assert output_over_inputs(("pages",), "pages/out.jsonl", "file", ".jsonl") is None
    assert output_over_inputs((str(tmp_path / "pages"),), "/elsewhere/", "dir", ".txt") is None


def test_a_fifo_inside_a_folder_is_an_error_not_a_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(folder / "b.txt")  # a worker opening it would wait for a writer forever
    jobs = list(iter_jobs((str(folder),), InputOptions()))
    assert [Path(job.id).name for job in jobs] == ["a.txt", "b.txt"]
    assert jobs[0].failure is None
    assert jobs[1].failure is not None and "not a regular file" in jobs[1].failure[1]


def test_a_folder_that_cannot_be_listed_is_an_error_not_a_silent_gap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "x.txt").write_text(STORY, encoding="utf-8")
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str] = ".") -> object:
        # chmod 000 does not stop root, so the denial is made here.
        if os.path.basename(os.fspath(path)) == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    jobs = list(iter_jobs((str(folder),), InputOptions()))
    assert [Path(job.id).name for job in jobs] == ["a.txt", "locked"]
    assert jobs[1].failure is not None and "cannot read this folder" in jobs[1].failure[1]


def test_counting_documents_does_not_read_a_fifo_away(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    data = b'{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n'

    def writer() -> None:
        with open(fifo, "wb") as handle:  # waits for a reader
            handle.write(data)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    assert count_documents((str(fifo),), InputOptions()) is None
    with open(fifo, "rb") as handle:  # the records are still there for the batch
        assert handle.read() == data
    thread.join(10)


@pytest.mark.parametrize(
    "content",
    [b'{"title": "\xff\xfe"}', TOO_DEEP.encode(), None],
    ids=["not-utf8", "too-deep", "a-folder"],
)
def test_a_broken_expectation_file_is_an_input_error(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "story.expected.json"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    with pytest.raises(InputError, match=r"story\.expected\.json: cannot be read as JSON"):
        load_expectation(path)


@pytest.mark.parametrize("report", ["page.html", "./page.html"])
def test_an_explain_report_over_its_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, report: str
) -> None:
    # `explain page.html --html page.html` replaced the page with its own report.
    monkeypatch.chdir(tmp_path)
    page = f"<html><body><p>{STORY}</p></body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", "page.html", "--html", report])
    assert result.exit_code == 2, result.output
    assert "the report would replace it" in result.output
    assert (tmp_path / "page.html").read_text(encoding="utf-8") == page
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


@pytest.mark.parametrize(
    "command",
    [
        ("clean", "pages", "-o", "out.jsonl", "--report", "feed"),
        ("explain", "pages/story.md", "--html", "feed"),
        ("learn", "pages", "-o", "feed"),
    ],
)
def test_a_report_or_model_into_a_fifo_is_written_into_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    # They were written beside and renamed over the target: a FIFO (or, run as root,
    # /dev/null or /dev/full) became a regular file and its reader waited forever.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "story.md").write_text(STORY, encoding="utf-8")
    os.mkfifo(tmp_path / "feed")
    received: list[bytes] = []

    def read() -> None:
        with open(tmp_path / "feed", "rb") as handle:  # waits for the writer
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    quiet = [] if command[0] == "explain" else ["-q", "-j", "1"]
    result = CliRunner().invoke(main, [command[0], *quiet, *command[1:]])
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert not reader.is_alive()
    assert received[0].startswith(b"<!DOCTYPE html>" if command[0] != "learn" else b"{")
    assert os.path.exists(tmp_path / "feed") and not (tmp_path / "feed").is_file()
