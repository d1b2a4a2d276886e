"""The `articleclean` command's entry point, apart from the command itself.

Loading the command's modules (the rules, their phrase data, click) takes about half a
second, before any file is read or written. A Ctrl-C in that time would print a traceback
from deep inside an import; here it ends the way a Ctrl-C later does: a line on standard
error and exit status 130. This module and the package's `__init__` import nothing heavy,
so the window left before the `try` is a few milliseconds.

Ctrl-C, SIGTERM and SIGHUP are this module's from the first moment to the exit, wherever
the batch's own handler (`batch.session.Interrupts`, which stops a batch and keeps what it
finished) is not installed: while options are parsed and inputs checked (folders walked),
while `learn` saves its model, through `explain`, and after the batch's handler is
restored at the end. There a signal stops the command at once, quietly (click turned a
Ctrl-C into "Aborted!", exit 1; SIGTERM and SIGHUP killed it, perhaps beside a temporary
file); the files written then (`batch.outputs.atomic_write`) hold the signals while their
temporary file exists. The exit status is 128 + the first signal, whichever handler took it.
"""

from __future__ import annotations

import signal
import sys
from types import FrameType

from .stop_signals import STOP_SIGNALS, quiet_unraisable

EXIT_INTERRUPTED = 130


class _Stopped(BaseException):
    """Not a KeyboardInterrupt: click turns that into "Aborted!" and exit 1."""


class _Guard:
    """The command's handler: the first signal raises `_Stopped` (while `armed`), every
    other one is only recorded."""

    def __init__(self) -> None:
        self.armed = True
        self.signum: int | None = None

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.signum is None:
            self.signum = signum
        if self.armed:
            self.armed = False
            raise _Stopped

    def took(self, signum: int) -> None:
        """The batch's handler, about to give way to this one, had `signum` first: the
        command exits by it, and a later signal must neither stop the exit nor change it."""
        if self.signum is None:
            self.signum = signum
        self.armed = False


def main() -> None:
    guard = _Guard()
    for sig in STOP_SIGNALS:
        signal.signal(sig, guard)
    # The guard's raise swallowed in a clean-up callback: the command goes on, a batch it
    # starts sees the signal and does not run (`batch.session.Interrupts`), and the exit
    # status is 128 + that signal.
    sys.unraisablehook = quiet_unraisable(sys.unraisablehook, _Stopped)
    try:
        status = _command()
        guard.armed = False  # (the last statement: the guard raises once at most)
    except _Stopped:
        guard.armed = False
        status = None
        _say(f"articleclean: interrupted ({signal.Signals(guard.signum or signal.SIGINT).name})")
    sys.exit(_exit_status(guard, status))


def _command() -> object:
    try:
        from .cli import main as command
    except KeyboardInterrupt:  # (raised in an import, not by a signal: the guard's is not)
        _say("articleclean: interrupted while starting; nothing was read or written")
        return EXIT_INTERRUPTED
    try:
        command(prog_name="articleclean")
    except SystemExit as exc:
        return exc.code
    return 0


def _exit_status(guard: _Guard, status: object) -> object:
    """128 + the first signal, unless the command already exits by a signal's status (the
    batch's, or 141 for a closed pipe). The signals are held from here to the end: one
    arriving now is pending, read here, and gone with the process."""
    pending: list[int] = []
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        pending = sorted(set(signal.sigpending()) & set(STOP_SIGNALS))
    first = guard.signum if guard.signum is not None else next(iter(pending), None)
    if first is None or (isinstance(status, int) and status >= 128):
        return status
    return 128 + first


def _say(line: str) -> None:
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # (standard error may be gone: SIGHUP)
        pass
