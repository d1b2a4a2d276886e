"""How a rule is declared: a small named function plus what its verdict means.

The function's name is the rule's name everywhere: the `rule` of each
removal it makes, the CleanerConfig switch that turns it off, and the key
for extra phrases. Its verdict's meaning (remove with a reason, or move to
captions) is declared once, here, next to the function.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..article import Reason
from ..document import Label, Segment

if TYPE_CHECKING:
    from .context import Context

BlockCheck = Callable[[Segment, "Context"], bool]
ContextFind = Callable[[list[Segment], "Context"], Iterable[Segment]]


@dataclass(frozen=True)
class BlockRule:
    """Pass 1: judges one segment on its own."""

    check: BlockCheck
    label: Label
    reason: Reason | None

    @property
    def name(self) -> str:
        return self.check.__name__

    def __call__(self, segment: Segment, context: Context) -> bool:
        return self.check(segment, context)

    def apply(self, segment: Segment) -> None:
        _give_verdict(segment, self.label, self.reason, self.name)


@dataclass(frozen=True)
class ContextRule:
    """Pass 2 and structure: looks at all segments and picks the ones it claims."""

    find: ContextFind
    label: Label
    reason: Reason | None

    @property
    def name(self) -> str:
        return self.find.__name__

    def __call__(self, segments: list[Segment], context: Context) -> list[Segment]:
        return list(self.find(segments, context))

    def apply(self, segment: Segment) -> None:
        _give_verdict(segment, self.label, self.reason, self.name)


def _give_verdict(segment: Segment, label: Label, reason: Reason | None, rule: str) -> None:
    """A rule with a reason removes; one without moves the segment to `label`."""
    if reason is not None:
        segment.remove(reason, rule)
    else:
        segment.mark(label, rule)


def removes(reason: Reason) -> Callable[[BlockCheck], BlockRule]:
    """Declare a pass-1 rule that removes what it matches, for `reason`."""

    def declare(check: BlockCheck) -> BlockRule:
        return BlockRule(check, Label.REMOVED, reason)

    return declare


def moves_to(label: Label) -> Callable[[BlockCheck], BlockRule]:
    """Declare a pass-1 rule that moves what it matches to another field."""

    def declare(check: BlockCheck) -> BlockRule:
        return BlockRule(check, label, None)

    return declare


def revises(reason: Reason) -> Callable[[ContextFind], ContextRule]:
    """Declare a pass-2 rule that removes the segments it finds, for `reason`."""

    def declare(find: ContextFind) -> ContextRule:
        return ContextRule(find, Label.REMOVED, reason)

    return declare


def structures(label: Label) -> Callable[[ContextFind], ContextRule]:
    """Declare a structure rule that gives the segments it finds a label."""

    def declare(find: ContextFind) -> ContextRule:
        return ContextRule(find, label, None)

    return declare
