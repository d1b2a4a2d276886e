"""Round 51's hostile afternoon (robust): a Ctrl-C at the batch's start, a JSONL input
that repeats an id, a standard output that fills the disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

try:
    import resource
except ImportError:  # (Windows)
    resource = None  # type: ignore[assignment]

import articleclean
from articleclean import language
from articleclean.cli import main
from batch_cli import STORY
from batch_cli import clean_cli as _clean


def _interrupt_profile_loading(monkeypatch: pytest.MonkeyPatch, error: type[BaseException]) -> None:
    """The next load of langdetect's profiles meets `error` at its first profile, as a
    Ctrl-C in the ~0.5 s of loading does."""
    monkeypatch.setattr(language, "_factory", None)
    add_profile = DetectorFactory.add_profile
    met: list[bool] = []

    def interrupted(self: DetectorFactory, *args: object) -> None:
        if not met:
            met.append(True)
            raise error
        add_profile(self, *args)

    monkeypatch.setattr(DetectorFactory, "add_profile", interrupted)


def test_ctrl_c_while_the_profiles_load_is_a_ctrl_c() -> None:
    # Main: langdetect's bare `except:` made it LangDetectException("Profile format
    # error"), an Exception like any failure of a document.
    with pytest.MonkeyPatch.context() as monkeypatch:
        _interrupt_profile_loading(monkeypatch, KeyboardInterrupt)
        with pytest.raises(KeyboardInterrupt):
            language._get_factory()


def test_a_real_profile_error_is_still_langdetects() -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _interrupt_profile_loading(monkeypatch, ValueError)
        with pytest.raises(LangDetectException):
            language._get_factory()


def test_ctrl_c_while_the_batch_warms_up_stops_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Main: the warm-up (before the workers are forked) lets a failure pass, so the
    # batch ran to its end and exited 0, every document written.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pages").mkdir()
    for number in range(3):
        (tmp_path / "pages" / f"{number}.txt").write_text(STORY, encoding="utf-8")
    _interrupt_profile_loading(monkeypatch, KeyboardInterrupt)
    code, _ = _clean("pages", "-o", "out.jsonl")
    assert code == 130
    # no document was cleaned; the run leaves no output where there was none (round 62)
    assert not (tmp_path / "out.jsonl").exists()


def _dump_records(path: Path, ids: list[str]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for number, record_id in enumerate(ids):
            text = f"The council approved cycle lane number {number} on Monday morning."
            handle.write(json.dumps({"id": record_id, "text": text}) + "\n")


def _texts(path: Path) -> list[tuple[str, str]]:
    records = [json.loads(line) for line in path.read_bytes().splitlines()]
    return [(record["id"], record["body"][0]["text"]) for record in records]


def test_resume_cleans_the_rest_of_an_id_the_input_repeats(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Main: a run stopped after two of four records with the id "same" left an output
    # that --resume read as "same: done", skipping the other two in silence.
    monkeypatch.chdir(tmp_path)
    _dump_records(tmp_path / "in.jsonl", ["same", "same", "same", "same", "x4", "x5"])
    code, _ = _clean("in.jsonl", "-o", "whole.jsonl")
    assert code == 0
    whole = (tmp_path / "whole.jsonl").read_bytes().splitlines(keepends=True)
    (tmp_path / "out.jsonl").write_bytes(b"".join(whole[:2]))
    (tmp_path / ".out.jsonl.articleclean-config").write_bytes(
        (tmp_path / ".whole.jsonl.articleclean-config").read_bytes()
    )
    code, _ = _clean("in.jsonl", "-o", "out.jsonl", "--resume")
    assert code == 0
    assert _texts(tmp_path / "out.jsonl") == _texts(tmp_path / "whole.jsonl")
    # Resumed again, every record is in: nothing is cleaned twice.
    code, _ = _clean("in.jsonl", "-o", "out.jsonl", "--resume")
    assert code == 0
    assert (tmp_path / "out.jsonl").read_bytes() == (tmp_path / "whole.jsonl").read_bytes()


def test_resume_skips_a_unique_id_once_and_a_new_one_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _dump_records(tmp_path / "in.jsonl", ["a", "b"])
    assert _clean("in.jsonl", "-o", "out.jsonl")[0] == 0
    _dump_records(tmp_path / "in.jsonl", ["a", "b", "c"])
    assert _clean("in.jsonl", "-o", "out.jsonl", "--resume")[0] == 0
    assert [record_id for record_id, _ in _texts(tmp_path / "out.jsonl")] == ["a", "b", "c"]


def _run_capped(args: list[str], stdout: Path, limit: int, *, append: bool = False) -> int:
    """`articleclean clean ARGS > stdout` (`>>` with `append`) with files capped at
    `limit` bytes (`ulimit -f`): a write past it fails with EFBIG, as on a full disk."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    src = str(Path(articleclean.__file__).resolve().parent.parent)
    # No bytecode written under the cap: importlib writes a .pyc with one unchecked
    # write, so a module's .pyc larger than `limit` would be left cut off in
    # __pycache__, and every later import of it fails ("marshal data too short"). A
    # fresh checkout (CI) has no .pyc yet, so this run would write them.
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    with stdout.open("ab" if append else "wb") as handle:
        result = subprocess.run(
            [sys.executable, "-m", "articleclean", "clean", "-q", "-j", "1", *args],
            stdout=handle,
            stderr=subprocess.PIPE,
            env=env,
            preexec_fn=cap,
            check=False,
        )
    assert b"File too large" in result.stderr
    return result.returncode


def _whole_records(path: Path) -> list[dict[str, object]]:
    data = path.read_bytes()
    assert data.endswith(b"\n")
    return [json.loads(line) for line in data.splitlines()]


@pytest.mark.skipif(resource is None or sys.platform != "linux", reason="ulimit -f: Linux")
def test_standard_output_into_a_file_that_fills_up_ends_with_a_whole_record(
    tmp_path: Path,
) -> None:
    # Main: the record that did not fit was left cut off in the file (a torn last line),
    # while the message said "nothing was half-written".
    for number in range(6):
        (tmp_path / f"{number}.txt").write_text(STORY * 12, encoding="utf-8")
    inputs = [str(tmp_path / f"{number}.txt") for number in range(6)]
    out = tmp_path / "out.jsonl"
    assert _run_capped(inputs, out, 8192) == 1
    records = _whole_records(out)
    assert 1 <= len(records) < 6
    # Appended (>>): the lines that were there stay, whole records follow them.
    kept = tmp_path / "kept.jsonl"
    kept.write_bytes(b'{"earlier": 1}\n')
    assert _run_capped(inputs, kept, 8192, append=True) == 1
    appended = _whole_records(kept)
    assert appended[0] == {"earlier": 1}
    assert 1 <= len(appended) - 1 < 6


def _records_text(count: int) -> str:
    text = "The council approved three new cycle lanes on Monday, the mayor said."
    return "".join(json.dumps({"id": f"r{n}", "text": text}) + "\n" for n in range(count))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_json_lines_in_utf16_or_utf32_with_a_bom_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    # Main: the first line (with the BOM) and a last "line" of one NUL byte were error
    # records, the lines between read by json's guess (UTF-32: every line an error).
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.jsonl").write_bytes(("\ufeff" + _records_text(3)).encode(encoding))
    code, _ = _clean("in.jsonl", "-o", "out.jsonl")
    assert code == 0
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_bytes().splitlines()]
    assert [(r["id"], r["status"]) for r in records] == [("r0", "ok"), ("r1", "ok"), ("r2", "ok")]


def test_json_lines_on_standard_input_after_a_utf8_bom_are_json_lines() -> None:
    # Main: the sniff looked for "{" at the start, met the BOM, and the three records
    # were cleaned as one text dump of JSON (id "-", status ok).
    data = b"\xef\xbb\xbf" + _records_text(3).encode("utf-8")
    result = CliRunner().invoke(main, ["clean", "-q", "-j", "1", "-"], input=data)
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["r0", "r1", "r2"]
