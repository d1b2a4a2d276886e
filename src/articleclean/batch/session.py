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


_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class _Interrupts:
    """Ctrl-C, SIGTERM and SIGHUP raise KeyboardInterrupt, but never in the middle of a
    write: there they wait until the record is complete."""

    def __init__(self) -> None:
        self.shielded = False
        self.pending = False
        self.signum: int | None = None

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.signum = signum
        if self.shielded:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def shield(self) -> Iterator[None]:
        self.shielded = True
        try:
            yield
        finally:
            self.shielded = False
        if self.pending:
            self.pending = False
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        previous = {sig: signal.signal(sig, self) for sig in _SIGNALS}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def clean_batch(
    jobs: Iterable[Job],
    handler: Handler,
    sink: Sink,
    options: RunOptions,
    progress: Progress | None = None,
) -> Summary:
    """Clean every job into `sink`; the sink is committed whatever happens but a write error."""
    summary = Summary()
    if options.resume:
        jobs = _skip_done(jobs, sink, summary)
    runner = Runner(handler, processes=options.processes, timeout=options.timeout)
    interrupts = _Interrupts()
    with interrupts.installed():
        try:
            with contextlib.closing(runner.run(jobs)) as results:
                for job, outcome in results:
                    with interrupts.shield():
                        sink.write(job, outcome)
                        summary.add(outcome)
                    if progress is not None:
                        progress(outcome)
                    if options.fail_fast and outcome.status in FAILED:
                        break
        except KeyboardInterrupt:
            summary.interrupted = True
            summary.signal = interrupts.signum or signal.SIGINT
        except BaseException:
            sink.abort()
            raise
        with interrupts.shield():
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
) -> None:
    """The first pass of boilerplate learning: read each sampled document's blocks."""
    runner = Runner(handler, processes=processes, timeout=timeout)
    with contextlib.closing(runner.run(learner.sample(jobs))) as results:
        for job, outcome in results:
            learner.add(job, outcome)
            if progress is not None:
                progress(outcome)
