"""Where outcomes go: a stream, a JSONL file, or one file per document in a folder.

Files are written atomically: into a temporary file next to the target,
flushed to disk, then renamed over it (`os.replace`). A crash, a full disk
or Ctrl-C leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from typing import IO, Protocol

from .jobs import Job, Outcome

SUFFIX = {"json": ".json", "md": ".md", "txt": ".txt"}


class Sink(Protocol):
    def already_done(self, job: Job) -> bool: ...

    def write(self, job: Job, outcome: Outcome) -> None: ...

    def commit(self) -> None: ...

    def abort(self) -> None: ...


def _write_all(handle: IO[bytes], data: bytes) -> None:
    # One place every byte goes through, so a test can make the disk "full".
    handle.write(data)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temp_beside(target: str) -> tuple[IO[bytes], str]:
    folder, name = os.path.split(os.path.abspath(target))
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    # mkstemp makes the file private (0600); the output should get the usual mode.
    os.chmod(temp, 0o666 & ~_UMASK)
    return os.fdopen(fd, "wb"), temp


def atomic_write(target: str, data: bytes) -> None:
    """Write `data` to `target` so that it is never seen half-written."""
    handle, temp = _temp_beside(target)
    try:
        with handle:
            _write_all(handle, data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _separated(text: str) -> bytes:
    return (text if text.endswith("\n") else text + "\n").encode("utf-8")


_UMASK = _umask()


class StreamSink:
    """Standard output: JSON Lines, or Markdown/text documents separated by a blank line."""

    def __init__(self, stream: IO[bytes], fmt: str) -> None:
        self.stream = stream
        self.fmt = fmt
        self._count = 0

    def already_done(self, job: Job) -> bool:
        return False

    def write(self, job: Job, outcome: Outcome) -> None:
        if outcome.output is None:
            return
        if self.fmt != "json" and self._count:
            self.stream.write(b"\n")
        self.stream.write(_separated(outcome.output))
        self.stream.flush()
        self._count += 1

    def commit(self) -> None:
        self.stream.flush()

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self.stream.flush()


class FileSink:
    """One output file (`-o out.jsonl`), replaced atomically when the batch ends.

    With `resume`, the records already in the file are copied over first and
    their ids are skipped. Ctrl-C commits what is done; a crash leaves the old file.
    """

    def __init__(self, target: str, fmt: str, *, resume: bool = False) -> None:
        self.target = target
        self.fmt = fmt
        self.done: set[str] = set()
        self._handle, self._temp = _temp_beside(target)
        self._count = 0
        try:
            if resume and os.path.exists(target):
                for line, record_id in _records(target):
                    _write_all(self._handle, line)
                    self.done.add(record_id)
        except BaseException:
            self.abort()
            raise

    def already_done(self, job: Job) -> bool:
        return job.id in self.done

    def write(self, job: Job, outcome: Outcome) -> None:
        if outcome.output is None:
            return
        data = _separated(outcome.output)
        if self.fmt != "json" and self._count:
            data = b"\n" + data
        _write_all(self._handle, data)
        # Flushed per record so that progress is visible on disk (and to tests).
        self._handle.flush()
        self._count += 1

    def commit(self) -> None:
        try:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            os.replace(self._temp, self.target)
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._handle.close()
        with contextlib.suppress(OSError):
            os.unlink(self._temp)


def _records(path: str) -> Iterator[tuple[bytes, str]]:
    """Complete JSON records of an earlier run with their ids; anything else is dropped."""
    with open(path, "rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                continue
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                yield line, record["id"]


class DirSink:
    """One file per document under `root`, mirroring the input tree (`-o DIR/`).

    Documents that failed have no Markdown or text rendering, so in those formats
    they leave no file and `--resume` tries them again.
    """

    def __init__(self, root: str, fmt: str) -> None:
        self.root = root
        self.fmt = fmt
        os.makedirs(root, exist_ok=True)

    def path_for(self, job: Job) -> str:
        return os.path.join(self.root, *job.out_rel.split("/")) + SUFFIX[self.fmt]

    def already_done(self, job: Job) -> bool:
        return os.path.exists(self.path_for(job))

    def write(self, job: Job, outcome: Outcome) -> None:
        if outcome.output is None:
            return
        target = self.path_for(job)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        atomic_write(target, _separated(outcome.output))

    def commit(self) -> None:
        pass

    def abort(self) -> None:
        pass


def output_kind(output: str | None) -> str:
    """ "stream" (standard output), "dir" (ends in a slash or is a folder) or "file"."""
    if output is None or output == "-":
        return "stream"
    if output.endswith(("/", os.sep)) or os.path.isdir(output):
        return "dir"
    return "file"


def open_sink(output: str | None, fmt: str, *, resume: bool, stdout: IO[bytes]) -> Sink:
    kind = output_kind(output)
    if output is None or kind == "stream":
        return StreamSink(stdout, fmt)
    if kind == "dir":
        return DirSink(output, fmt)
    return FileSink(output, fmt, resume=resume)
