"""Worker processes with a hard per-document time limit and bounded memory.

Each worker gets its jobs over its own pipe and answers them one by one, in the
order they were sent, so the parent always knows which document a worker is on
and since when. A worker past its deadline is killed and replaced, and its
document gets status `timeout`; a worker that dies gets its document an
`error`; the jobs queued behind that document go to another worker. Every
result is read: none is lost silently.

Where workers are forked (Linux, BSDs), the handler is warmed up in this process
before the first one starts (`Runner._warm`): the imports, langdetect's profiles and
the pass-1 screen are built once, and every worker, a replacement too, starts with
them, instead of each building them on its first document (~0.7 s of CPU). Where
workers are spawned, each builds them itself, as before.

At most `window` jobs are between the input and the output at any time
(queued, running, or finished but waiting for an earlier one), so memory
does not grow with the input. Results come out in input order, so the same
input gives the same output.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler
from typing import Any, Protocol

from ..stop_signals import STOP_SIGNALS, signals_held
from .handlers import Handler
from .jobs import Job, Outcome

_JOIN_SECONDS = 2.0
# The jobs a worker holds at most: the one it is on and those queued behind it in its
# pipe. On a busy machine this process can be off a core for several documents' time;
# with jobs queued, a worker goes on with the next one instead of waiting for it.
_DEPTH = 4
# Well under a pipe's buffer (64 KiB on Linux), so queuing a job never blocks: the bytes
# of the jobs a busy worker holds, queued ones included, stay below this.
_PREFETCH_BYTES = 16 * 1024


def default_jobs() -> int:
    return os.cpu_count() or 1


def _context() -> Any:
    # fork starts a worker in milliseconds and the parent holds no threads when it
    # forks (tqdm's monitor thread is switched off by the CLI); spawn elsewhere.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


_PR_SET_PDEATHSIG = 1
_WATCH_SECONDS = 1.0


def _die_with_parent(parent: int) -> None:
    """Make this worker end when the process that started it ends, however it ends.

    A busy worker would otherwise go on cleaning for nobody after its parent was
    killed (SIGKILL, or SIGHUP when an SSH session drops). On Linux the kernel sends
    SIGKILL on the parent's death (prctl PR_SET_PDEATHSIG); elsewhere a thread checks
    once a second whether the worker has been handed to another parent.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
        if armed:
            if os.getppid() != parent:  # it died before the signal was armed
                os._exit(1)
            return
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)


def _worker_main(conn: Connection, handler: Handler, parent: int | None = None) -> None:
    # Ctrl-C, SIGTERM and SIGHUP go to the whole process group; they are the parent's
    # business (it stops the batch, commits the output and then kills the workers). A
    # worker dying of them first would turn its document into an error record.
    for sig in STOP_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)  # (see Runner._start)
    if parent is not None:
        _die_with_parent(parent)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, job = message
        try:
            outcome = handler(job)
        except BaseException as exc:  # a handler must not take the worker down
            outcome = handler.failed(job, "error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send((index, outcome))
        except (BrokenPipeError, OSError):
            return


@dataclass
class _Worker:
    process: Any
    conn: Connection
    tasks: deque[tuple[int, Job]] = field(default_factory=deque)
    """The job it is on, then those queued behind it (at most `_DEPTH` in all)."""
    sizes: deque[int] = field(default_factory=deque)
    """The pickled size of each of `tasks`."""
    started: float = 0.0
    """When it started its current job (as far as this process can tell)."""

    def done(self) -> tuple[int, Job]:
        """The job it was on, which it has answered (or will never answer)."""
        self.sizes.popleft()
        return self.tasks.popleft()


class Stop(Protocol):
    """A stop the caller records (`batch.session.Interrupts`, from a signal handler that
    raises only inside `cut_short`): `stopped` once asked to stop; `wakeup`, a file
    descriptor that is readable from then on (None: a wait is not woken, only checked
    after)."""

    @property
    def stopped(self) -> bool: ...

    @property
    def wakeup(self) -> int | None: ...

    def cut_short(self, work: Callable[[], object]) -> None:
        """Run `work` (not once stopped); a stop may end it part-way."""


@dataclass
class Runner:
    """Runs a handler over jobs in `processes` worker processes.

    `timeout` is the hard limit in seconds per document (None: no limit). `stop`: once
    it is stopped, no further job is read or started, the results already answered are
    handed out in input order as far as they go, and the run ends; the wait for answers
    is woken by it, so a worker busy on a slow document does not hold the stop up (it is
    killed by `close`).
    """

    handler: Handler
    processes: int = field(default_factory=default_jobs)
    timeout: float | None = None
    window: int = 0
    stop: Stop | None = None
    _workers: list[_Worker] = field(default_factory=list, init=False)
    _warmed: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        if self.processes < 1:
            raise ValueError("processes must be at least 1")
        self.window = self.window or max(16, 8 * self.processes)

    def run(self, jobs: Iterable[Job]) -> Generator[tuple[Job, Outcome], None, None]:
        """(job, outcome) for every job, in input order."""
        try:
            yield from self._run(iter(jobs))
        finally:
            self.close()

    def _run(self, jobs: Iterator[Job]) -> Iterator[tuple[Job, Outcome]]:
        pending: deque[tuple[int, Job]] = deque()
        waiting: dict[int, Job] = {}
        finished: dict[int, Outcome] = {}
        next_index = next_out = 0
        exhausted = False
        while True:
            while not exhausted and next_index - next_out < self.window and not self._stopped():
                job = self._next_job(jobs)
                if job is None:
                    exhausted = True
                    break
                waiting[next_index] = job
                if job.failure is not None:
                    finished[next_index] = self.handler.failed(job, *job.failure)
                else:
                    pending.append((next_index, job))
                next_index += 1
            if not self._stopped():
                self._dispatch(pending)
            while next_out in finished:
                yield waiting.pop(next_out), finished.pop(next_out)
                next_out += 1
            if (exhausted and next_out == next_index) or self._stopped():
                return
            if next_out in finished or (not exhausted and next_index - next_out < self.window):
                continue
            self._collect(pending, finished)

    def _stopped(self) -> bool:
        return self.stop is not None and self.stop.stopped

    def _next_job(self, jobs: Iterator[Job]) -> Job | None:
        """The next job, None at the end or once stopped. Reading it has no safe point of
        its own: it may wait on an input that sends nothing (a slow FIFO, an idle producer
        on standard input) or walk a folder of files the globs pass over, so a stop cuts
        it short (the job not read is --resume's)."""
        if self.stop is None:
            return next(jobs, None)
        read: list[Job | None] = []
        self.stop.cut_short(lambda: read.append(next(jobs, None)))
        return read[0] if read else None

    def _dispatch(self, pending: deque[tuple[int, Job]]) -> None:
        for worker in list(self._workers):
            if pending and not worker.tasks:
                self._send(worker, pending)
        if pending and not self._warmed and len(self._workers) < self.processes:
            self._warmed = True
            self._warm(pending[0][1])
        # (warming takes a moment: a stop then starts no worker)
        while pending and len(self._workers) < self.processes and not self._stopped():
            self._send(self._start(), pending)
        # More jobs wait in the busy workers' pipes, the least loaded first, so a worker
        # goes on without waiting for this process to be scheduled (it matters on a busy
        # machine). Only while they are small: a send must never block while a worker is
        # busy.
        while pending and self._workers:
            worker = min(self._workers, key=lambda w: len(w.tasks))
            if len(worker.tasks) >= _DEPTH:
                return
            data = bytes(ForkingPickler.dumps(pending[0]))
            if sum(worker.sizes) + len(data) > _PREFETCH_BYTES:
                return
            if not self._send(worker, pending, data):
                return

    def _send(
        self, worker: _Worker, pending: deque[tuple[int, Job]], data: bytes | None = None
    ) -> bool:
        """Hand the first pending job to a worker; False if it could not take it."""
        task = pending.popleft()
        if data is None:
            data = bytes(ForkingPickler.dumps(task))
        try:
            worker.conn.send_bytes(data)
        except OSError:
            # The worker is gone. The job never reached it, so it goes back; a job the
            # worker was on is reported when its pipe says so (see _receive).
            pending.appendleft(task)
            if not worker.tasks:
                self._replace(worker, pending)
            return False
        if not worker.tasks:
            worker.started = time.monotonic()
        worker.tasks.append(task)
        worker.sizes.append(len(data))
        return True

    def _start(self) -> _Worker:
        """Start a worker (warmed up by `_dispatch` first, where that applies)."""
        parent, child = _context().Pipe()
        process = _context().Process(
            target=_worker_main, args=(child, self.handler, os.getpid()), daemon=True
        )
        worker = _Worker(process, parent)
        # Until the worker ignores them it has this process's handler: one arriving in
        # that window raised KeyboardInterrupt in the worker (a traceback on standard
        # error, its document an error record).
        with signals_held():
            process.start()
            # Listed at once: a worker no list holds is never stopped (see close).
            self._workers.append(worker)
        child.close()
        return worker

    def _warm(self, first: Job) -> None:
        """Warm the handler up here, before the first worker is forked, for the kind of
        the first job (`Warms`): forked workers are copies of this process."""
        warm = getattr(self.handler, "warm", None)
        if warm is None or _context().get_start_method() != "fork":
            return
        try:
            if self.stop is None:
                warm(first.kind)
            else:
                # No safe point inside: a signal cuts it short (nothing is forked then).
                self.stop.cut_short(lambda: warm(first.kind))
        except Exception:
            # Not fatal: each worker then builds what it needs on its first document,
            # where a failure is reported for that document.
            return

    def _collect(self, pending: deque[tuple[int, Job]], finished: dict[int, Outcome]) -> None:
        """Wait for results (or the nearest deadline) and record them."""
        busy = [w for w in self._workers if w.tasks]
        if not busy:
            return
        watched: list[Any] = [w.conn for w in busy]
        wakeup = None if self.stop is None else self.stop.wakeup
        if wakeup is not None:
            # A signal's handler only records it and writes to this pipe: the wait,
            # retried after the handler, returns at once.
            watched.append(wakeup)
        ready = wait(watched, timeout=self._seconds_to_deadline(busy))
        for worker in busy:
            if worker.conn in ready:
                self._receive(worker, pending, finished)
        if self.timeout is None or self._stopped():
            return
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.tasks and now - worker.started > self.timeout:
                index, job = worker.done()
                self._replace(worker, pending)
                message = f"stopped after {self.timeout:g} s (--timeout); the worker was killed"
                finished[index] = self.handler.failed(job, "timeout", message)

    def _receive(
        self, worker: _Worker, pending: deque[tuple[int, Job]], finished: dict[int, Outcome]
    ) -> None:
        """Read one answer of a worker whose pipe is ready; a further one waiting behind it
        is read on the next `wait`, which returns at once (no poll per answer)."""
        try:
            index, outcome = worker.conn.recv()
        except (EOFError, OSError):
            index, job = worker.done()
            self._replace(worker, pending)  # joins the process, so its exit code is known
            code = worker.process.exitcode
            message = f"worker process died while cleaning (exit code {code})"
            finished[index] = self.handler.failed(job, "error", message)
            return
        head, _ = worker.done()
        if head != index:
            raise RuntimeError(f"worker answered job {index} while on job {head}")
        finished[index] = outcome
        # The next queued job started about now (never earlier, so never killed early).
        worker.started = time.monotonic()

    def _seconds_to_deadline(self, busy: list[_Worker]) -> float | None:
        if self.timeout is None:
            return None
        earliest = min(w.started for w in busy)
        return max(0.0, earliest + self.timeout - time.monotonic())

    def _replace(self, worker: _Worker, pending: deque[tuple[int, Job]]) -> None:
        """Kill a worker; the jobs queued behind its current one go back to the front."""
        _kill(worker)  # (first: a signal in between leaves no live worker off the list)
        self._workers.remove(worker)
        pending.extendleft(reversed(worker.tasks))
        worker.tasks.clear()
        worker.sizes.clear()

    def close(self) -> None:
        """Stop every worker: politely when idle, by force when busy or slow.

        A worker leaves the list only once stopped, so a close cut short by a signal can
        be called again (the batch does): a worker left running ignores the SIGTERM
        multiprocessing sends its daemons at exit, and the exit waited for it forever."""
        for worker in self._workers:
            if not worker.tasks:
                with contextlib.suppress(BrokenPipeError, OSError):
                    worker.conn.send(None)
            else:
                worker.process.kill()
        deadline = time.monotonic() + _JOIN_SECONDS
        for worker in list(self._workers):
            worker.process.join(max(0.0, deadline - time.monotonic()))
            _kill(worker)
            self._workers.remove(worker)


def _kill(worker: _Worker) -> None:
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join()
    worker.conn.close()
