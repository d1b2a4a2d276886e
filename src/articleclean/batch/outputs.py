"""Where outcomes go: a stream, a JSONL file, or one file per document in a folder.

One output file (`-o out.jsonl`) gets each record appended and flushed as it
finishes, so whatever ends the run (Ctrl-C, SIGHUP, SIGTERM, even SIGKILL)
leaves every finished record in the file, and `--resume` carries on from it.
A regular file is replaced atomically: the new records go into a temporary
file beside it, renamed over it once the first record is complete, so the old
file stays until there is something to replace it with. A symlink is
followed (its target is replaced, the link stays); devices and FIFOs are
written into (`-o /dev/null` stays a device). A full disk leaves no half
record: the file is cut back to the last whole one. A second run into a file a
run is writing is refused (OutputBusy): the output is locked.

In `-o DIR/` each document's file is written atomically (temporary file,
then rename), and no file is written twice in one run: a repeated id or name
gets `-2`, `-3` … .
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from typing import IO, Protocol

try:
    import fcntl
except ImportError:  # (Windows: no flock; outputs are not locked there)
    fcntl = None  # type: ignore[assignment]

from ..stop_signals import signals_held
from .jobs import FAILED, Job, Outcome

SUFFIX = {"json": ".json", "md": ".md", "txt": ".txt"}


class Sink(Protocol):
    written: int
    """Records or files written in this run."""
    failed_kept: int
    """Failed records (error, timeout) of an earlier run kept by --resume."""
    retried: int
    """Failed documents of an earlier run cleaned again (--retry-failed)."""

    def already_done(self, job: Job) -> bool: ...

    def write(self, job: Job, outcome: Outcome) -> None: ...

    def commit(self) -> None: ...

    def abort(self) -> None: ...


def _write_all(handle: IO[bytes], data: bytes) -> None:
    # One place every byte goes through, so a test can make the disk "full". An
    # unbuffered file (or a pipe) may take part of the data per call.
    view = memoryview(data)
    while view:
        written = handle.write(view)
        view = view[written if written is not None else len(view) :]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temp_beside(target: str, *, buffered: bool = True) -> tuple[IO[bytes], str]:
    folder, name = os.path.split(os.path.abspath(target))
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    # mkstemp makes the file private (0600); the output should get the usual mode.
    os.chmod(temp, 0o666 & ~_UMASK)
    return os.fdopen(fd, "wb", buffering=-1 if buffered else 0), temp


def try_temp_beside(target: str) -> None:
    """Make and remove the temporary file `atomic_write` will write `target` through:
    OSError when the folder is missing or cannot be written (a read-only mount, a
    folder of someone else's; root passes its modes but not a read-only mount)."""
    with signals_held():
        handle, temp = _temp_beside(target)
        handle.close()
        os.unlink(temp)


def atomic_write(
    target: str, data: bytes, *, through: Callable[[IO[bytes], bytes], object] | None = None
) -> None:
    """Write `data` to `target` so that it is never seen half-written; a device or a
    FIFO (`--report /dev/stdout`) is written into, as FileSink does: a temporary file
    renamed over /dev/null (run as root) replaced the device with a regular file.
    `through` writes the bytes into the file (by default `_write_all`, which every record
    goes through and tests fill up to make a disk full)."""
    write = _write_all if through is None else through
    if is_special(target):
        with open(target, "wb") as special:
            write(special, data)
        return
    with signals_held():  # (a signal is delivered once the file is in place or gone)
        handle, temp = _temp_beside(target)
        try:
            with handle:
                write(handle, data)
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


def header(fmt: str, record_id: str) -> str:
    """The line that opens each document in a Markdown or text stream of several,
    carrying its id so the stream can be split again (`==> ID <==`, as `head` does)."""
    # A line break in an id (JSONL ids are anything) is shown escaped, on the one line.
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in record_id)
    if fmt == "md":
        return "<!-- ==> " + shown.replace("--", "-\\u002d") + " <== -->"
    return f"==> {shown} <=="


class _Documents:
    """Renders outcomes for one stream or file: JSON Lines, or Markdown/text documents
    separated by a blank line, each after a header line when `headers` is set."""

    def __init__(self, fmt: str, headers: bool) -> None:
        self.fmt = fmt
        self.headers = headers and fmt != "json"
        self.written = 0

    def data(self, job: Job, outcome: Outcome) -> bytes | None:
        if outcome.output is None:
            return None
        text = outcome.output
        if self.headers:
            text = header(self.fmt, job.id) + "\n" + text
        data = _separated(text)
        if self.fmt != "json" and self.written:
            data = b"\n" + data
        return data


class StreamSink:
    """Standard output: JSON Lines, or Markdown/text documents separated by a blank line.

    Redirected into a regular file (`> out.jsonl`), each document goes to the file
    unbuffered, and one that does not fit (a full disk, `ulimit -f`) is cut off again,
    as `FileSink` does: the file ends with the last whole document. Through a pipe or
    a terminal what was written cannot be taken back.
    """

    def __init__(self, stream: IO[bytes], fmt: str, *, headers: bool = False) -> None:
        self.stream = stream
        self.fmt = fmt
        self.failed_kept = 0
        self.retried = 0
        self._documents = _Documents(fmt, headers)
        self._file = _regular_file(stream)

    @property
    def written(self) -> int:
        return self._documents.written

    def already_done(self, job: Job) -> bool:
        return False

    def write(self, job: Job, outcome: Outcome) -> None:
        data = self._documents.data(job, outcome)
        if data is None:
            return
        if self._file is None:
            self.stream.write(data)
            self.stream.flush()
        else:
            self._write_whole(self._file, data)
        self._documents.written += 1

    def _write_whole(self, file: IO[bytes], data: bytes) -> None:
        fd = file.fileno()
        # Opened to append (`>>`), the offset stays 0 until the first write: the end of
        # the file is where the document goes.
        appending = fcntl is not None and fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND
        start = os.fstat(fd).st_size if appending else os.lseek(fd, 0, os.SEEK_CUR)
        try:
            _write_all(file, data)
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, start)
                os.lseek(fd, start, os.SEEK_SET)
            raise

    def commit(self) -> None:
        self.stream.flush()

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self.stream.flush()


def _regular_file(stream: IO[bytes]) -> IO[bytes] | None:
    """An unbuffered handle on `stream`'s file when it is a regular file (what was in
    the stream's buffer flushed first), else None."""
    try:
        fd = stream.fileno()
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        stream.flush()
    except (OSError, ValueError, AttributeError):  # (no file behind it: a test's buffer)
        return None
    return open(fd, "wb", buffering=0, closefd=False)


def is_special(path: str) -> bool:
    """Whether `path` (followed through symlinks) exists and is not a regular file or a
    folder: a device or a FIFO, which must be written into, never replaced."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


class FileSink:
    """One output file (`-o out.jsonl`), appended to and flushed record by record.

    A regular file is replaced atomically when the first record is complete (see the
    module's notes); a symlink's target is what is replaced. With `resume`, its
    complete records are kept (a torn last line is dropped), their ids are skipped (an
    id the input repeats as often as it has records) and new records are appended. With `retry_failed` too, the failed records (error,
    timeout) are left out of the copy and their documents cleaned again: their new
    records come at the end, and the failed records of documents this run does not
    reach (not in its input, or the run interrupted first) are put back at the end
    when it commits.
    """

    def __init__(
        self,
        target: str,
        fmt: str,
        *,
        resume: bool = False,
        headers: bool = False,
        retry_failed: bool = False,
    ) -> None:
        self.target = target
        self.path = os.path.realpath(target)  # a symlink's target, replaced in its place
        self.fmt = fmt
        self.done: Counter[str] = Counter()
        """The records of the earlier run not yet matched with a job, by id: a JSONL input
        may repeat an id, and the output holds its records in input order, so the first
        N documents with an id are done when N records have it."""
        self.failed_kept = 0
        self.retried = 0
        self._held: dict[str, list[bytes]] = {}
        """Failed records left out of the copy, by id, until their documents come."""
        self.on_replace: Callable[[], None] | None = None
        """Called once the output is replaced (the CLI writes its config stamp then, so
        an old output never stands beside the stamp of a run that has not replaced it)."""
        self._documents = _Documents(fmt, headers)
        self._temp: str | None = None
        special = is_special(self.path)
        if special and resume:
            raise ValueError(f"cannot resume into {target!r}: it is a device or a FIFO")
        # Unbuffered: each record goes to the kernel whole when write() returns (a
        # SIGKILL cannot lose it), and a failed write leaves nothing in a buffer that a
        # later flush would put after the cut (see write).
        self._lock: tuple[int, bool] | None = None
        if special:
            self._handle: IO[bytes] = open(self.path, "wb", buffering=0)  # noqa: SIM115
        else:
            self._lock = _claim(self.path, target)
            try:
                self._handle, self._temp = _temp_beside(self.path, buffered=False)
                _lock_or_refuse(self._handle.fileno(), target)
            except BaseException:
                self.abort()
                raise
            if resume and os.path.exists(self.path):
                self._carry_over(retry_failed)

    def _carry_over(self, retry_failed: bool) -> None:
        """Copy the complete records of the earlier run (a torn last line, from a run
        killed mid-write, is left out) and put the copy in place at once, so that
        everything after it is appended to the output itself. With `retry_failed`,
        a failed record is held back instead, unless its id also has a finished
        record (a repeated id: which of its documents failed is not known, so each of its
        records stands for one of them, as without the option)."""
        try:
            finished: set[str] = set()
            if retry_failed:
                finished = {rid for _, rid, status in _records(self.path) if status not in FAILED}
            for line, record_id, status in _records(self.path):
                if retry_failed and status in FAILED and record_id not in finished:
                    self._held.setdefault(record_id, []).append(line)
                    continue
                _write_all(self._handle, line)
                self.done[record_id] += 1
                self.failed_kept += status in FAILED
            self._handle.flush()
            self._put_in_place()
        except BaseException:
            self.abort()
            raise

    @property
    def written(self) -> int:
        return self._documents.written

    @property
    def replaces_later(self) -> bool:
        """Whether the output is still the earlier one, to be replaced by the first
        record (False once replaced, when resumed, or for a device)."""
        return self._temp is not None

    def already_done(self, job: Job) -> bool:
        # (held ids are not in it: their documents run)
        if self.done[job.id] <= 0:
            return False
        self.done[job.id] -= 1
        return True

    def write(self, job: Job, outcome: Outcome) -> None:
        data = self._documents.data(job, outcome)
        if data is None:
            return
        start = self._handle.tell() if self._seekable() else None
        try:
            _write_all(self._handle, data)
            self._handle.flush()
        except OSError:
            if start is not None:  # no half record: back to the last whole one
                with contextlib.suppress(OSError):
                    self._handle.truncate(start)
            raise
        self._documents.written += 1
        held = self._held.get(job.id)
        if held:
            # Its new record is in: the failed one is dropped for good (a run killed
            # before this leaves the document without a record, so the next --resume
            # cleans it).
            held.pop(0)
            if not held:
                del self._held[job.id]
            self.retried += 1
        self._put_in_place()

    def _put_in_place(self) -> None:
        """Replace the output with the temporary file (once), then tell `on_replace`."""
        if self._temp is None:
            return
        os.replace(self._temp, self.path)
        self._temp = None
        if self.on_replace is not None:
            self.on_replace()

    def _seekable(self) -> bool:
        try:
            return self._handle.seekable()
        except (OSError, ValueError):
            return False

    def commit(self) -> None:
        try:
            # Failed records whose documents got no new record in this run (not in its
            # input, or not finished when it was stopped) stay in the output.
            for lines in self._held.values():
                for line in lines:
                    _write_all(self._handle, line)
                    self.failed_kept += 1
            self._held.clear()
            self._handle.flush()
            with contextlib.suppress(OSError):  # a FIFO or a device cannot be synced
                os.fsync(self._handle.fileno())
            self._handle.close()
            self._put_in_place()  # (nothing written: the output is empty)
        except BaseException:
            self.abort()
            raise
        self._release()

    def abort(self) -> None:
        if hasattr(self, "_handle"):
            with contextlib.suppress(OSError):
                self._handle.close()
        if self._temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temp)
            self._temp = None
        self._release(remove_made=True)

    def _release(self, *, remove_made: bool = False) -> None:
        if self._lock is None:
            return
        fd, made = self._lock
        self._lock = None
        with contextlib.suppress(OSError):
            # The empty file the claim made, still in place (never replaced): the
            # aborted run leaves no output where there was none.
            if remove_made and made and os.fstat(fd).st_ino == os.stat(self.path).st_ino:
                os.unlink(self.path)
        with contextlib.suppress(OSError):
            os.close(fd)


class OutputBusy(OSError):
    """Another run is writing the same output file."""


def _claim(path: str, target: str) -> tuple[int, bool] | None:
    """Lock the output file (made empty if it is missing) for this run. Two runs with
    one `-o` each wrote into a temporary file renamed over the output, and the second
    rename threw the first run's records away, both runs ending with 0. The lock is
    held on the file in place and on the temporary file that replaces it, so a second
    run finds one or the other locked, whenever it starts; where there is no locking
    (no fcntl, a file system without flock) the run goes on as before. Returns the
    locked descriptor and whether the file was made here (a run that ends with no
    output removes it); None when the file cannot be opened."""
    created = False
    try:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CREAT | os.O_EXCL, 0o666)
            created = True
        except FileExistsError:
            fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None  # (making the temporary file beside it says what is wrong)
    try:
        _lock_or_refuse(fd, target)
    except BaseException:
        os.close(fd)
        raise
    return fd, created


def _lock_or_refuse(fd: int, target: str) -> None:
    if fcntl is None:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise OutputBusy(
            f"another run is writing {target!r} (two runs would lose records)"
        ) from None
    except OSError:
        pass  # a file system without flock (some network mounts): not locked


def _records(path: str) -> Iterator[tuple[bytes, str, object]]:
    """Complete JSON records of an earlier run with their ids and statuses; anything
    else is dropped."""
    with open(path, "rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                continue
            try:
                record = json.loads(line)
            except (ValueError, RecursionError):
                continue
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                yield line, record["id"], record.get("status")


class DirSink:
    """One file per document under `root`, mirroring the input tree (`-o DIR/`).

    Documents that failed have no Markdown or text rendering, so in those formats
    they leave no file and `--resume` tries them again; in json their file holds the
    failed record, which `retry_failed` reads and cleans again (the new file replaces
    it atomically, so a run killed first leaves the failed file to retry). Names are
    given out in input order; a name taken earlier in the run (a repeated JSONL id,
    two files that differ only in case) gets `-2`, `-3` …, so a resumed run finds
    the same names.
    """

    def __init__(self, root: str, fmt: str, *, retry_failed: bool = False) -> None:
        self.root = root
        self.fmt = fmt
        self.written = 0
        self.failed_kept = 0  # not read back: each file would be opened to know
        self.retried = 0
        self.retry_failed = retry_failed and fmt == "json"
        self._taken: set[str] = set()
        self._claimed: dict[int, str] = {}
        os.makedirs(root, exist_ok=True)

    def path_for(self, job: Job) -> str:
        """The file of a job: its mirrored path, or the next free variant of it."""
        claimed = self._claimed.get(id(job))
        if claimed is not None:
            return claimed
        stem = os.path.join(self.root, *job.out_rel.split("/"))
        candidate, number = stem, 1
        while candidate.casefold() in self._taken:  # case-insensitive file systems too
            number += 1
            candidate = f"{stem}-{number}"
        self._taken.add(candidate.casefold())
        path = candidate + SUFFIX[self.fmt]
        self._claimed[id(job)] = path
        return path

    def already_done(self, job: Job) -> bool:
        path = self.path_for(job)
        if os.path.exists(path):
            if self.retry_failed and _failed_file(path):
                self.retried += 1
                return False
            del self._claimed[id(job)]
            return True
        return False

    def write(self, job: Job, outcome: Outcome) -> None:
        target = self.path_for(job)
        del self._claimed[id(job)]
        if outcome.output is None:
            return
        os.makedirs(os.path.dirname(target), exist_ok=True)
        atomic_write(target, _separated(outcome.output))
        self.written += 1

    def commit(self) -> None:
        pass

    def abort(self) -> None:
        pass


def _failed_file(path: str) -> bool:
    """Whether a json file of `-o DIR/` holds a failed record (error, timeout)."""
    try:
        with open(path, "rb") as handle:
            record = json.load(handle)
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(record, dict) and record.get("status") in FAILED


def output_kind(output: str | None) -> str:
    """ "stream" (standard output), "dir" (ends in a slash or is a folder) or "file"."""
    if output is None or output == "-":
        return "stream"
    if output.endswith(("/", os.sep)) or os.path.isdir(output):
        return "dir"
    return "file"


def open_sink(
    output: str | None,
    fmt: str,
    *,
    resume: bool,
    stdout: IO[bytes],
    headers: bool = False,
    retry_failed: bool = False,
) -> Sink:
    """The sink for `-o`; `headers`: a header line before each Markdown/text document;
    `retry_failed` (with `resume`): clean the documents that failed again."""
    kind = output_kind(output)
    if output is None or kind == "stream":
        return StreamSink(stdout, fmt, headers=headers)
    retry_failed = retry_failed and resume
    if kind == "dir":
        return DirSink(output, fmt, retry_failed=retry_failed)
    return FileSink(output, fmt, resume=resume, headers=headers, retry_failed=retry_failed)
