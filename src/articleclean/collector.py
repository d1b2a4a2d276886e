"""Python's cyclic garbage collector paused while a big text dump is cleaned.

A text clean makes almost no reference cycles: what it drops is freed by its
reference count (measured on cleans of 5,000- and 50,000-paragraph page dumps
and of 100 KB and 10 MB articles). Until round 34 one cycle outlived the clean:
the phrase form's codec error handler raised its own argument, whose traceback
held the handler's frame and, through it, every caller's frame up to the
Document, so a dump's segments waited for the collector's first run after the
pause (~210 ms after a 50,000-line dump; it finds a few closures now). What the
collector does during a clean is walk the clean's live objects and find nothing;
and as a big dump's segments pile up, each quarter more of long-lived objects
brings a full collection over the whole heap, so its share grew with the size (a
50,000-paragraph page dump: four full collections, about a tenth of the clean).
Pausing it changes no output, only when the collector runs.

The pause is process-wide (`gc.disable`), so it is kept short and counted:
the first clean to start records whether the collector was on and stops it,
the last to finish turns it back on if it was, on an exception too, and a
caller who had turned it off finds it off. Only dumps of `PAUSE_FROM_BYTES`
or more pause it: small documents cost the collector little (it has nothing
to gain there), and threads cleaning a stream of them never hold the
collector off for other code's cycles.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

PAUSE_FROM_BYTES = 64 * 1024
"""A dump this big or bigger is cleaned with the collector paused. Below it a clean is over
before the collector's thresholds bring a full collection (a 100 KB article: the same CPU
time with the collector on and off, r18-grow), and the ordinary dump (a few KB) never
pauses it, so threads cleaning a stream of them leave it alone. From a few hundred KB on the
full collections come within one clean (a 5,000-paragraph page dump, ~280 KB: a tenth of its
time; 50,000 paragraphs: a sixth). The bound sits below both sizes of each of the growth
bench's comparisons (100 KB against 10 MB, 5,000 against 50,000 paragraphs), so the
growth it reports is that of the paused clean on both sides, not the pause's saving on one."""

_lock = threading.Lock()
_running = 0
"""Cleans now running with the collector paused (threads may overlap)."""
_resume = False
"""Whether the collector was on when the first of them started."""


@contextmanager
def paused(size: int) -> Iterator[None]:
    """Run the body with automatic collection off when `size` (bytes) is big enough."""
    if size < PAUSE_FROM_BYTES:
        yield
        return
    global _running, _resume
    with _lock:
        if _running == 0:
            _resume = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _resume:
                gc.enable()
