"""Round 50 (issue 16, tidy): the config stamp is written by `outputs.atomic_write`, the
project's one atomic writer, but not through the record writer that tests fill up.

Both pass on main too (its `Stamp.write` was its own copy of the writer): they guard the
behaviour the merge of the two writers keeps."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from articleclean.batch import outputs
from articleclean.batch.stamp import Stamp


def _full(handle: object, data: bytes) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_stamp_is_no_record_and_is_written_when_records_cannot_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outputs, "_write_all", _full)
    path = tmp_path / ".out.jsonl.articleclean-config"
    Stamp(str(path), {"--dump": "page"}).write()
    assert json.loads(path.read_text(encoding="utf-8"))["settings"] == {"--dump": "page"}
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temporary file


def test_a_stamp_that_cannot_replace_the_old_one_leaves_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / ".out.jsonl.articleclean-config"
    Stamp(str(path), {"--dump": "page"}).write()
    before = path.read_bytes()

    def refused(source: str, target: str) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(OSError):
        Stamp(str(path), {"--dump": "auto"}).write()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
