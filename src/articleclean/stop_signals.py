"""The signals that stop a run, and holding them back for a moment.

A terminal's Ctrl-C, a service manager's SIGTERM and a dropped SSH session's SIGHUP go
to the whole process group; the command line (`launch`), the batch
(`batch.session.Interrupts`), its workers (`batch.runner`) and its file writes
(`batch.outputs.atomic_write`) answer the same three. Only the standard library is
imported here: `launch` installs its handler before anything heavy is loaded.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from typing import Any

STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP back: they are delivered when this returns, and
    the mask is the caller's again (one that held them already keeps holding them). For
    the moments a handler that raises, or the default action, would cut in two: a
    temporary file made and not yet renamed or removed was left behind."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def quiet_unraisable(
    previous: Callable[[Any], object], recorded: type[BaseException]
) -> Callable[[Any], object]:
    """`sys.unraisablehook` that says nothing of a `recorded` exception, and hands every
    other to `previous`. A stop handler's raise can land while Python runs a clean-up
    callback (a `__del__`, a weakref or multiprocessing `Finalize` callback, a
    generator's close), where Python swallows it and printed "Exception ignored in ..."
    with a traceback; the handler recorded the signal, so there is nothing to say
    (`launch`'s guard and `batch.session.Interrupts.cut_short`)."""

    def hook(unraisable: Any) -> object:
        if isinstance(unraisable.exc_value, recorded):
            return None
        return previous(unraisable)

    return hook
