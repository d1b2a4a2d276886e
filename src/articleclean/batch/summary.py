"""The counts a batch reports at the end: statuses, removals per reason, speed."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from .jobs import FAILED, Outcome

STATUSES = ("ok", "empty", "error", "timeout", "too_large")


@dataclass
class Summary:
    started: float = field(default_factory=time.monotonic)
    statuses: Counter[str] = field(default_factory=Counter)
    removals: Counter[str] = field(default_factory=Counter)
    skipped: int = 0
    """Documents already in the output (--resume)."""
    failed_kept: int = 0
    """Failed records of the earlier run the output keeps (--resume)."""
    retrying: bool = False
    """--retry-failed was given."""
    retried: int = 0
    """Failed documents of the earlier run cleaned again (--retry-failed), counted in
    the documents."""
    interrupted: bool = False
    signal: int | None = None
    """The signal that interrupted the batch (SIGINT for Ctrl-C)."""
    written: int | None = None
    """Records or files the output received (None: not counted)."""
    output: str | None = None
    """Where they went, for the summary line (-o DIR/ or FILE)."""
    written_what: str = "records"
    """What `written` counts: records, files or documents."""

    def add(self, outcome: Outcome) -> None:
        self.statuses[outcome.status] += 1
        self.removals.update(outcome.removals)

    @property
    def documents(self) -> int:
        return sum(self.statuses.values())

    @property
    def failed(self) -> int:
        return sum(self.statuses[s] for s in FAILED)

    def render(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.documents / elapsed
        noun = "document" if self.documents == 1 else "documents"
        head = f"{self.documents} {noun} in {elapsed:.1f} s ({rate:.1f} docs/s)"
        if self.skipped:
            head += f"; {self.skipped} skipped as already done (--resume)"
        if self.retried:
            head += f"; {self.retried} failed earlier, retried (--retry-failed)"
        if self.interrupted:
            head += "; INTERRUPTED, finished documents were written (rerun with --resume)"
        if self.written is not None and self.output is not None:
            what = self.written_what.removesuffix("s") if self.written == 1 else self.written_what
            head += f"; {self.written} {what} written to {self.output}"
        lines = [f"articleclean: {head}"]
        lines.append("  " + " · ".join(f"{s} {self.statuses[s]}" for s in STATUSES))
        if self.failed_kept:
            # --resume counts a failed record as done; a user who fixed the cause (a
            # field name, --max-bytes) and resumed expects those documents to run again.
            noun = "record" if self.failed_kept == 1 else "records"
            why = (
                "whose documents this run did not reach"
                if self.retrying
                else "not tried again: add --retry-failed to clean them again"
            )
            lines.append(
                f"  kept from the earlier run: {self.failed_kept} failed {noun} "
                f"(error, timeout), {why}"
            )
        if self.removals:
            ranked = sorted(self.removals.items(), key=lambda item: (-item[1], item[0]))
            lines.append("  removed: " + ", ".join(f"{r} {n}" for r, n in ranked))
        return "\n".join(lines)
