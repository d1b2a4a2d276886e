"""One batch from start to end: jobs → workers → sink, with progress and a summary.

Ctrl-C, SIGTERM or SIGHUP (a dropped SSH session) stops reading input, kills
the workers, and commits the output with every document finished so far, so
`--resume` carries on from there: nothing half-written, nothing lost, nothing
twice. (A SIGKILL cannot be caught; the finished records are in the output
all the same, because each is written and flushed as it finishes.)
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import FrameType

from ..stop_signals import STOP_SIGNALS
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


class Interrupts:
    """Ctrl-C, SIGTERM and SIGHUP: the first one while the batch runs (`armed`) raises
    KeyboardInterrupt, but never in the middle of a write: there it waits until the
    record is complete. Every other one is only recorded: a second signal (a dropped
    SSH session signals the whole group; a user presses Ctrl-C twice) arriving while
    the first is handled, while the workers are stopped or while the output is
    committed raised again there, and the committed output or the exit status was lost
    (click's "Aborted!", exit 1). `signum` is the first signal, whatever follows it."""

    def __init__(self) -> None:
        self.armed = False
        """Whether a signal may raise: set by plain stores (no call, so no signal can
        run between the test and the store), cleared by the raise itself."""
        self.shielded = False
        self.signum: int | None = None

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.signum is None:
            self.signum = signum
        if self.armed and not self.shielded:
            self.armed = False
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def shield(self) -> Iterator[None]:
        self.shielded = True
        try:
            yield
        finally:
            self.shielded = False
        if self.armed and self.signum is not None:
            self.armed = False
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        previous = {sig: signal.signal(sig, self) for sig in STOP_SIGNALS}
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
    if options.resume:
        jobs = _skip_done(jobs, sink, summary)
    runner = Runner(handler, processes=options.processes, timeout=options.timeout)
    try:
        interrupts.armed = True
        if interrupts.signum is None:
            with contextlib.closing(runner.run(jobs)) as results:
                for job, outcome in results:
                    with interrupts.shield():
                        sink.write(job, outcome)
                        summary.add(outcome)
                    if progress is not None:
                        progress(outcome)
                    if options.fail_fast and outcome.status in FAILED:
                        break
        interrupts.armed = False  # from here on a signal is recorded, never raised
    except KeyboardInterrupt:
        interrupts.armed = False
        if interrupts.signum is None:  # (raised, not signalled: a Ctrl-C all the same)
            interrupts.signum = signal.SIGINT
    except BaseException:
        interrupts.armed = False
        runner.close()
        sink.abort()
        raise
    # Again, where no signal can cut it: one that cut the generator's close short left
    # workers running, and the exit hung on them.
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
    runner = Runner(handler, processes=processes, timeout=timeout)
    try:
        if interrupts is not None:
            interrupts.armed = True
        if interrupts is None or interrupts.signum is None:
            with contextlib.closing(runner.run(learner.sample(jobs))) as results:
                for job, outcome in results:
                    learner.add(job, outcome)
                    if progress is not None:
                        progress(outcome)
        if interrupts is not None:
            interrupts.armed = False
    except KeyboardInterrupt:
        if interrupts is None:
            raise
        interrupts.armed = False
        if interrupts.signum is None:  # (raised, not signalled: a Ctrl-C all the same)
            interrupts.signum = signal.SIGINT
    finally:
        runner.close()  # (see clean_batch)
