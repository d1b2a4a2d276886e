"""Round 49's safety audit (safety3): names and ids that are no UTF-8, two runs on one
output, charsets no page is written in, articles read back from bad JSON."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from articleclean.cli import main

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
