"""Round 49's safety audit (safety3): names and ids that are no UTF-8, two runs on one
output, charsets no page is written in, articles read back from bad JSON."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from articleclean.batch.jobs import Job, Outcome
from articleclean.batch.outputs import FileSink, OutputBusy
from articleclean.cli import main

try:
    import fcntl
except ImportError:
    fcntl = None  # type: ignore[assignment]

STORY = "Council approves cycle lanes\n\nThe council approved three new cycle lanes on Monday.\n"


def _clean(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["clean", "-q", "-j", "1", *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_bytes().splitlines()]


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes: Linux")
def test_a_file_name_that_is_no_utf8_is_an_id_the_output_can_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Main: UnicodeEncodeError at the record, the batch stopped with a traceback.
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    with open(os.fsencode(folder) + b"/bad\xff.txt", "wb") as handle:
        handle.write(STORY.encode("utf-8"))
    code, _ = _clean("pages", "-o", "out.jsonl", "--report", "report.html")
    assert code == 0
    assert _ids(tmp_path / "out.jsonl") == ["pages/a.txt", "pages/bad\\xff.txt"]
    assert "pages/bad\\xff.txt" in (tmp_path / "report.html").read_text(encoding="utf-8")
    # The same id on a second run: --resume finds both done.
    code, _ = _clean("pages", "-o", "out.jsonl", "--resume")
    assert code == 0
    assert len(_ids(tmp_path / "out.jsonl")) == 2


def test_jsonl_ids_and_urls_with_lone_surrogates_do_not_stop_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Main: a "\\ud800" in a record's id or url stopped the batch at that record; a
    # "\\ud800" in its text failed the --report page as a whole.
    monkeypatch.chdir(tmp_path)
    lines = [
        '{"id": "a\\ud800", "text": "Hello there.\\n\\nA first paragraph of the story."}',
        '{"id": "b", "url": "https://x.example/\\ud800", "text": "Hello.\\n\\nA line."}',
        '{"id": "c", "text": "Hello \\ud800 there.\\n\\nA first paragraph of the story."}',
        json.dumps({"id": "d", "text": STORY}),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _ = _clean("in.jsonl", "-o", "out.jsonl", "--report", "report.html")
    assert code == 0
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_bytes().splitlines()]
    assert [r["id"] for r in records] == ["a\\ud800", "b", "c", "d"]
    assert records[1]["url"] == "https://x.example/\\ud800"
    assert (tmp_path / "report.html").exists()


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes: Linux")
def test_explain_html_of_a_file_name_that_is_no_utf8(tmp_path: Path) -> None:
    # Main: UnicodeEncodeError writing the page (the name is its title).
    name = os.fsencode(tmp_path) + b"/bad\xff.txt"
    with open(name, "wb") as handle:
        handle.write(STORY.encode("utf-8"))
    page = tmp_path / "explain.html"
    result = CliRunner().invoke(main, ["explain", os.fsdecode(name), "--html", str(page)])
    assert result.exit_code == 0, result.output
    assert "bad\\xff.txt" in page.read_text(encoding="utf-8")


def _record(record_id: str) -> tuple[Job, Outcome]:
    line = json.dumps({"id": record_id, "status": "ok"})
    return Job(record_id, "text", record_id, "site"), Outcome(record_id, "ok", output=line)


@pytest.mark.skipif(fcntl is None, reason="no flock here: outputs are not locked")
@pytest.mark.parametrize("resume", [False, True])
@pytest.mark.parametrize("first_record_written", [False, True])
def test_a_second_run_into_the_same_output_file_is_refused(
    tmp_path: Path, resume: bool, first_record_written: bool
) -> None:
    # Main: both runs went on, each renaming its temporary file over the output; the
    # second rename threw the first run's records away and both ended with 0.
    target = tmp_path / "out.jsonl"
    first = FileSink(str(target), "json")
    if first_record_written:  # the temporary file is the output now
        first.write(*_record("a"))
    with pytest.raises(OutputBusy, match="another run is writing"):
        FileSink(str(target), "json", resume=resume)
    first.write(*_record("b"))
    first.commit()
    assert _ids(target) == ["a", "b"] if first_record_written else ["b"]
    # Once the first run is over, the next one goes ahead.
    second = FileSink(str(target), "json", resume=True)
    second.write(*_record("c"))
    second.commit()
    assert _ids(target)[-1] == "c"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_a_run_that_ends_with_no_output_leaves_no_file_where_there_was_none(
    tmp_path: Path,
) -> None:
    # The lock's file, made empty before the first record, goes with an aborted run
    # (the refused run makes none: the lock's file is the first run's).
    target = tmp_path / "out.jsonl"
    first = FileSink(str(target), "json")
    if fcntl is not None:
        with pytest.raises(OutputBusy):
            FileSink(str(target), "json")
    first.abort()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(fcntl is None, reason="no flock here: outputs are not locked")
def test_clean_into_an_output_another_run_writes_exits_1_and_touches_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    first = FileSink("out.jsonl", "json")
    first.write(*_record("a"))
    result = CliRunner().invoke(main, ["clean", "-q", "-j", "1", "a.txt", "-o", "out.jsonl"])
    assert result.exit_code == 1
    assert "another run is writing 'out.jsonl'" in result.output
    first.commit()
    assert _ids(tmp_path / "out.jsonl") == ["a"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.jsonl"]
