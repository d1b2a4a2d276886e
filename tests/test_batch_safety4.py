"""Round 51's hostile afternoon (robust): a Ctrl-C at the batch's start, a JSONL input
that repeats an id, a standard output that fills the disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from articleclean import language
from articleclean.cli import main

STORY = "Council approves cycle lanes\n\nThe council approved three new cycle lanes on Monday.\n"


def _clean(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["clean", "-q", "-j", "1", *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


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
    assert (tmp_path / "out.jsonl").read_bytes() == b""  # no document was cleaned
