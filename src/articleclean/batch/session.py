"""One batch from start to end: jobs → workers → sink, with progress and a summary.

Ctrl-C, SIGTERM or SIGHUP (a dropped SSH session) stops reading input, kills
the workers (one busy on a slow document too), and commits the output with every
document finished so far, so `--resume` carries on from there: nothing
half-written, nothing lost, nothing twice. (A SIGKILL cannot be caught; the
finished records are in the output all the same, because each is written and
flushed as it finishes.)
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import FrameType

from ..stop_signals import STOP_SIGNALS, quiet_unraisable
from .handlers import Handler
from .jobs import FAILED, Job, Outcome
from .learn import Learner
from .outputs import Sink
from .runner import Runner
from .summary import Summary

Progress = Callable[[Outcome], None]


@dataclass(frozen=True)
class RunOptions:
    processes: int
    timeout: float | None
    fail_fast: bool = False
    resume: bool = False
    retry_failed: bool = False


def _skip_done(jobs: Iterable[Job], sink: Sink, summary: Summary) -> Iterator[Job]:
    for job in jobs:
        if sink.already_done(job):
            summary.skipped += 1
            continue
        yield job


class _CutShort(BaseException):
    """The handler's raise, inside `Interrupts.cut_short` only (not an Exception: the
    work's own handlers let it through)."""


class Interrupts:
    """Ctrl-C, SIGTERM and SIGHUP while a batch runs: each is only recorded (`signum`
    is the first, whatever follows it) and wakes the batch's waits (`wakeup`); the batch
    checks the record between records and stops there (`Runner`, `_until`).

    The handler never raises. One that raised once (round 62's) stopped the batch at
    once wherever it was, but a signal can land while Python runs a clean-up callback (a
    multiprocessing `Finalize`, a `__del__`, a generator's close), where Python prints
    "Exception ignored in ..." with a traceback, swallows the exception and goes on: the
    stop was then late and printed. A second signal (a dropped SSH session signals the
    whole group; a user presses Ctrl-C twice) changes nothing either: the first decides
    the exit status, and the commit goes on."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self._wake: tuple[int, int] | None = None
        self._cutting = False
        """Inside `cut_short`: set and cleared by plain stores (no call, so no handler
        runs between), cleared by the raise itself."""

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.signum is None:
            self.signum = signum
        wake = self._wake
        if wake is not None:
            # A blocking wait (`Runner`'s for a worker's answer) has this pipe in its set:
            # the retried wait returns at once. Full (a signal already woke it) or closed
            # (the batch is over): nothing to wake.
            with contextlib.suppress(OSError):
                os.write(wake[1], b"\0")
        if self._cutting:
            self._cutting = False
            raise _CutShort

    def cut_short(self, work: Callable[[], object]) -> None:
        """Run `work`, which a signal may stop part-way: work with no safe point of its
        own whose result a stop throws away (the handler's warm-up in the batch's
        parent, ~0.7 s of CPU, more on a busy machine; reading the next job, which may
        wait on a silent input). Not run once stopped. If the raise lands in a clean-up
        callback inside it, Python swallows it (`installed` keeps that quiet): the
        signal is recorded, and the batch stops after `work`."""
        if self.stopped:
            return
        try:
            self._cutting = True
            work()
            self._cutting = False  # (the try's last statement: it raises once at most)
        except _CutShort:
            pass
        except BaseException:
            self._cutting = False
            raise

    @property
    def stopped(self) -> bool:
        return self.signum is not None

    @property
    def wakeup(self) -> int | None:
        """A file descriptor readable once a signal was recorded (None: not installed)."""
        return None if self._wake is None else self._wake[0]

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        wake = os.pipe()
        for fd in wake:
            os.set_blocking(fd, False)
        self._wake = wake
        previous = {sig: signal.signal(sig, self) for sig in STOP_SIGNALS}
        hook = sys.unraisablehook
        sys.unraisablehook = quiet_unraisable(hook, _CutShort)
        # A signal the command line's handler recorded without stopping the command (it
        # raised inside a clean-up callback, where Python swallows it): the batch does
        # not start.
        earlier = getattr(previous.get(STOP_SIGNALS[0]), "signum", None)
        if self.signum is None and isinstance(earlier, int):
            self.signum = earlier
        try:
            yield
        finally:
            # The command line's handler (launch's) takes over again: it learns the
            # first signal first, so that one later does not stop the exit or change it.
            took = getattr(previous.get(STOP_SIGNALS[0]), "took", None)
            if took is not None and self.signum is not None:
                took(self.signum)
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            sys.unraisablehook = hook
            self._wake = None
            for fd in wake:
                os.close(fd)


def _until(jobs: Iterable[Job], interrupts: Interrupts) -> Iterator[Job]:
    """`jobs` up to the first signal: reading the input stops there, between two jobs
    (a resumed run's skipping and learning's sampling read many per job handed on)."""
    for job in jobs:
        if interrupts.stopped:
            return
        yield job


def clean_batch(
    jobs: Iterable[Job],
    handler: Handler,
    sink: Sink,
    options: RunOptions,
    progress: Progress | None = None,
    interrupts: Interrupts | None = None,
) -> Summary:
    """Clean every job into `sink`; the sink is committed whatever happens but a write
    error. `interrupts`: the CLI's, installed before the output was opened (a signal
    before the batch starts stops it at once); by default one is installed here."""
    if interrupts is None:
        interrupts = Interrupts()
        with interrupts.installed():
            return clean_batch(jobs, handler, sink, options, progress, interrupts)
    summary = Summary()
    jobs = _until(jobs, interrupts)
    if options.resume:
        jobs = _skip_done(jobs, sink, summary)
    runner = Runner(handler, processes=options.processes, timeout=options.timeout, stop=interrupts)
    try:
        if not interrupts.stopped:
            # A signal ends `results` at the next record: every one finished by then in
            # input order is still written.
            with contextlib.closing(runner.run(jobs)) as results:
                for job, outcome in results:
                    sink.write(job, outcome)
                    summary.add(outcome)
                    if progress is not None:
                        progress(outcome)
                    if options.fail_fast and outcome.status in FAILED:
                        break
    except KeyboardInterrupt:
        # Raised, not signalled (a handler's own, or Python's when these signals are not
        # this object's): a Ctrl-C all the same.
        if interrupts.signum is None:
            interrupts.signum = signal.SIGINT
    except BaseException:
        runner.close()
        sink.abort()
        raise
    # Again (it does nothing the second time): a close cut short left workers running,
    # and the exit hung on them (round 62, when the handler raised).
    runner.close()
    summary.signal = interrupts.signum
    summary.interrupted = summary.signal is not None
    if summary.interrupted and getattr(sink, "replaces_later", False):
        # Stopped before this run finished a record: the earlier output stays as it was
        # (a commit put an empty file in its place).
        sink.abort()
    else:
        sink.commit()
    summary.written = sink.written
    return summary


def learn_batch(
    jobs: Iterable[Job],
    handler: Handler,
    learner: Learner,
    processes: int,
    timeout: float | None,
    progress: Progress | None = None,
    interrupts: Interrupts | None = None,
) -> None:
    """The first pass of boilerplate learning: read each sampled document's blocks.
    With `interrupts` (installed by the caller) a signal stops it quietly, its number
    in `interrupts.signum`; without, a signal raises KeyboardInterrupt as it always did."""
    runner = Runner(handler, processes=processes, timeout=timeout, stop=interrupts)
    if interrupts is not None:
        jobs = _until(jobs, interrupts)
    try:
        if interrupts is None or not interrupts.stopped:
            with contextlib.closing(runner.run(learner.sample(jobs))) as results:
                for job, outcome in results:
                    learner.add(job, outcome)
                    if progress is not None:
                        progress(outcome)
    except KeyboardInterrupt:
        if interrupts is None:
            raise
        if interrupts.signum is None:  # (raised, not signalled: a Ctrl-C all the same)
            interrupts.signum = signal.SIGINT
    finally:
        runner.close()  # (see clean_batch)
