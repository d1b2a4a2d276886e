"""Messages a new user meets on a first batch run: each says what went wrong and
what to do (round 49, ux: found running the README's CLI steps on a mixed folder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articleclean import clean_text
from articleclean.batch.inputs import InputOptions, iter_jobs


def _failures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *records: str) -> list[str]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    jobs = list(iter_jobs(("in.jsonl",), InputOptions()))
    return [job.failure[1] if job.failure else "" for job in jobs]


def test_a_record_without_the_field_names_its_fields_and_the_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An export whose pages sit under "html": main said only "record has no string
    # field 'text'" (fails on main).
    (message,) = _failures(tmp_path, monkeypatch, json.dumps({"id": "a", "html": "<p>x</p>"}))
    assert message.startswith("record has no string field 'text'")
    assert "its string fields: 'html'" in message
    assert "--html-field" in message and "--text-field" in message


def test_a_field_of_another_type_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (number, null) = _failures(
        tmp_path, monkeypatch, json.dumps({"text": 5}), json.dumps({"text": None})
    )
    assert number == "record's field 'text' holds a number, not a string"
    assert null == "record's field 'text' holds null, not a string"


def test_articleclean_output_read_as_input_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `clean dumps/ -o dumps/out.jsonl`, then `clean dumps/`: the earlier output is
    # read as JSON Lines input, a record per article (fails on main).
    record = {"id": "dumps/a.txt", **clean_text("Title\n\nSome body text here.\n").to_dict()}
    (message,) = _failures(tmp_path, monkeypatch, json.dumps(record))
    assert "articleclean's own output (schema 'articleclean/1')" in message


def test_a_line_that_is_no_json_gives_one_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # json's own "line 1 column 1 (char 0)" read beside "line 2" as a second place.
    (_, message) = _failures(tmp_path, monkeypatch, json.dumps({"text": "x"}), "not json")
    assert message == "line 2 is not JSON (at character 1): Expecting value"


STORY = "Council approves cycle lanes\n\nThe council approved three new cycle lanes on Monday.\n"


def test_an_output_file_the_folder_walk_takes_is_warned_about(tmp_path: Path) -> None:
    from test_cli import run_cli

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(STORY, encoding="utf-8")
    # Allowed (this run passes over it), but the next `clean pages/` reads the records
    # back as input, each an error (fails on main: no warning).
    result = run_cli("clean", "pages", "-o", "pages/out.jsonl", "-q", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "warning: -o pages/out.jsonl lies in the input folder pages" in result.stderr.decode()
    # The trap the warning is for: the next run over the folder reads the records.
    again = run_cli("clean", "pages", "-q", cwd=tmp_path)
    assert again.returncode == 1
    assert b"articleclean's own output" in again.stdout
    (pages / "out.jsonl").unlink()
    # Apart from the folder, or a name the walk does not take: no warning.
    for output in ("out.jsonl", "pages/out.json"):
        result = run_cli("clean", "pages", "-o", output, "-q", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert b"warning" not in result.stderr


def test_resume_says_it_keeps_the_failed_records(tmp_path: Path) -> None:
    from test_cli import run_cli

    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "p", "html": "<p>x</p>"}) + "\n")
    first = run_cli("clean", "a.txt", "feed.jsonl", "-o", "out.jsonl", "-j", "1", cwd=tmp_path)
    assert first.returncode == 1
    # The cause fixed (--html-field): another option than the output was written
    # with, so a plain --resume is refused, naming it (round 49, retry).
    resume = ("clean", "a.txt", "feed.jsonl", "-o", "out.jsonl", "--resume", "-j", "1")
    refused = run_cli(*resume, "--html-field", "html", cwd=tmp_path)
    assert refused.returncode == 2
    assert b"--html-field None -> html" in refused.stderr
    # Resumed anyway: the failed record counts as done and is not cleaned again; main
    # said nothing about it (fails on main), now the summary names --retry-failed.
    again = run_cli(*resume, "--html-field", "html", "--allow-config-change", cwd=tmp_path)
    assert again.returncode == 0
    err = again.stderr.decode()
    assert "2 skipped as already done (--resume)" in err
    assert "kept from the earlier run: 1 failed record (error, timeout)" in err
    assert "add --retry-failed" in err
    # Nothing failed before: no such line.
    (tmp_path / "out.jsonl").unlink()
    run_cli("clean", "a.txt", "-o", "out.jsonl", "-j", "1", cwd=tmp_path)
    clean = run_cli("clean", "a.txt", "-o", "out.jsonl", "--resume", "-j", "1", cwd=tmp_path)
    assert b"kept from the earlier run" not in clean.stderr


def test_help_texts_a_new_user_reads() -> None:
    from click.testing import CliRunner

    from articleclean.batch.inputs import KNOWN_SUFFIXES
    from articleclean.cli import main

    def help_of(*command: str, width: int = 200) -> str:
        result = CliRunner().invoke(main, [*command, "--help"], terminal_width=width)
        assert result.exit_code == 0, result.output
        return " ".join(result.output.split())

    # The commands' one-line summaries are whole sentences, not cut with "..." on an
    # 80-column terminal.
    commands = help_of(width=80).split("Commands:")[1]
    assert "..." not in commands and commands.count(".") == 3
    clean = help_of("clean")
    # --glob's default names every suffix the walk takes (main left out .warc .wet).
    default = clean.split("Default: ", 2)[2].split(",")[0].split()
    assert set(default) == KNOWN_SUFFIXES
    # -o takes Markdown and text files too, not only .jsonl; --resume says what it skips.
    assert ".md or .txt with --format md or txt" in clean
    assert "failed ones too" in clean
    # explain's --max-bytes says what it does (main: no help at all).
    explain = help_of("explain")
    assert "--max-bytes INTEGER RANGE Larger documents get status too_large." in explain


def test_explain_on_a_page_says_what_it_lists() -> None:
    from click.testing import CliRunner

    from articleclean.cli import main

    # examples/news-page.html has an ad slot and a related box, which trafilatura
    # leaves out before the rules: "0 removed" with no word why (fails on main).
    page = Path(__file__).parent.parent / "examples" / "news-page.html"
    result = CliRunner().invoke(main, ["explain", str(page)])
    assert result.exit_code == 0, result.output
    last = result.output.splitlines()[-2:]
    assert last[0].startswith("status ok; pieces:") and last[0].endswith("0 removed")
    assert "what it left out, such as menus, ad slots and link boxes, is not listed" in last[1]
    text = CliRunner().invoke(main, ["explain", str(SEED_DUMP)])
    assert text.output.splitlines()[-1].startswith("status ok; pieces:")


SEED_DUMP = Path(__file__).parent.parent / "examples" / "cgtn-cyberspace-white-paper.txt"


def test_learn_help_keeps_the_python_call_whole() -> None:
    from click.testing import CliRunner

    from articleclean.cli import main

    # On an 80-column terminal main's help broke "load_boilerp" / "late(MODEL)".
    result = CliRunner().invoke(main, ["learn", "--help"], terminal_width=80)
    assert "load_boilerplate(MODEL)" in result.output


@pytest.mark.parametrize(
    ("what", "written", "said"),
    [("documents", 1, "1 document written"), ("files", 1, "1 file written"),
     ("records", 2, "2 records written")],
)  # fmt: skip
def test_the_summary_counts_in_the_singular_too(what: str, written: int, said: str) -> None:
    from articleclean.batch.summary import Summary

    # main: "1 documents written to out.md".
    summary = Summary(written=written, output="out", written_what=what)
    assert f"; {said} to out" in summary.render()


def test_explain_reads_a_page_on_standard_input_as_clean_does() -> None:
    from click.testing import CliRunner

    from articleclean.cli import main

    # `cat page.html | articleclean explain -` listed the page's markup line by line
    # as a text dump (main); `clean -` reads it as a page by its tags.
    page = (Path(__file__).parent.parent / "examples" / "news-page.html").read_bytes()
    result = CliRunner().invoke(main, ["explain", "-"], input=page)
    assert result.exit_code == 0, result.output
    assert "<div" not in result.output and "Riverside opens its first floating library" in (
        result.output
    )
    assert "(a page:" in result.output
    # --text still reads it as a dump; a text dump on standard input stays one.
    forced = CliRunner().invoke(main, ["explain", "-", "--text"], input=page)
    assert "<div" in forced.output
    dump = CliRunner().invoke(main, ["explain", "-"], input=SEED_DUMP.read_bytes())
    assert "(a page:" not in dump.output and "removed related_teaser" in dump.output
