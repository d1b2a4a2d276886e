"""Round 49's safety audit (safety3): names and ids that are no UTF-8, two runs on one
output, charsets no page is written in, articles read back from bad JSON."""

from __future__ import annotations

import codecs
import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from articleclean import Article, clean_html
from articleclean.batch.jobs import Job, Outcome
from articleclean.batch.outputs import FileSink, OutputBusy
from articleclean.cli import main
from batch_cli import STORY
from batch_cli import clean_cli as _clean

try:
    import fcntl
except ImportError:
    fcntl = None  # type: ignore[assignment]


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


PAGE = (
    '<html><head><meta charset="{charset}"><title>Harbour wall repaired</title></head>'
    "<body><h1>Harbour wall repaired after the storm</h1>"
    "<p>Workers finished repairing the harbour wall on Friday, two weeks after the storm "
    "broke a section of it, the port authority said in a statement.</p>"
    "<p>The repairs cost about 40,000 euros, paid from the town's emergency fund, and "
    "boats can moor along the wall again from Monday.</p></body></html>"
)


@pytest.mark.parametrize("charset", ["cp037", "cp500", "cp1140", "utf-7", "hz"])
def test_a_declared_charset_that_does_not_read_ascii_as_ascii_is_ignored(charset: str) -> None:
    # Main: cp037 was believed (EBCDIC decodes any bytes) and the page came out empty,
    # its title "ÇÈ_%…"; UTF-7 and HZ would rewrite "+" and "~" runs of an ASCII page.
    data = PAGE.format(charset=charset).encode("cp1252")
    article = clean_html(data)
    assert article.status == "ok"
    assert article.title == "Harbour wall repaired after the storm"
    assert article.metadata["encoding"] != charset
    assert "harbour wall on Friday" in article.text


@pytest.mark.parametrize("charset", ["utf-8", "windows-1252", "iso-8859-2", "shift_jis", "koi8-r"])
def test_charsets_browsers_know_are_still_believed(charset: str) -> None:
    article = clean_html(PAGE.format(charset=charset).encode("ascii"))
    assert article.metadata["encoding"] == codecs.lookup(charset).name


@pytest.mark.parametrize(
    "text",
    [
        "[]",
        "null",
        '"article"',
        "[" * 100_000 + "]" * 100_000,
        '{"schema": "articleclean/1", "body": [1]}',
        '{"schema": "articleclean/1", "body": "abc"}',
        '{"schema": "articleclean/1", "dateline": {"date": "2020"}}',
        '{"schema": "articleclean/1", "title_lines": [1]}',
    ],
)
def test_article_from_json_says_value_error_for_what_is_no_article(text: str) -> None:
    # Main: AttributeError ('list' object has no attribute 'get'), RecursionError,
    # TypeError or KeyError from inside the field reads.
    with pytest.raises(ValueError):
        Article.from_json(text)


def test_article_from_json_still_round_trips() -> None:
    article = clean_html(PAGE.format(charset="utf-8"))
    assert Article.from_json(article.to_json()) == article
