"""Pass 1: each segment judged on its own, by the first block rule that claims it.

Pages of one site repeat their menus, footers and prompts, so a pass keeps
the verdict on each plain line it has judged (`remembered_lines` of them) and
gives a line seen before the same verdict without running the rules again.
"""

from __future__ import annotations

from .document import NO_HINTS, Segment
from .rules.base import BlockCheck, BlockRule, Verdict
from .rules.context import PhraseBook

# Lines that recur are menus, footers and prompts, all short; a cap on what is
# kept bounds the memory (remembered_lines × this many characters at most).
_LONGEST_REMEMBERED_LINE = 300


class BlockPass:
    """Runs pass 1 for one Cleaner. Shared by threads: a verdict depends only on
    the line and the rules, so two threads judging the same line agree."""

    def __init__(self, context: PhraseBook, remembered_lines: int) -> None:
        self._context = context
        self._limit = remembered_lines
        # A line no rule claims is remembered with None.
        self._memories: dict[tuple[BlockRule, ...], dict[str, Verdict | None]] = {}

    def run(self, segments: list[Segment], rules: tuple[BlockRule, ...]) -> None:
        context = self._context
        # The check functions themselves, not the rule objects: this loop runs
        # once per rule and segment, the hottest in the package.
        checks = [(rule.check, rule) for rule in rules]
        memory = self._memory(rules)
        for segment in segments:
            # A plain line's verdict depends on its text alone (and the rules, which
            # are fixed for `memory`); a line with HTML hints is judged afresh.
            if (
                memory is None
                or segment.hints is not NO_HINTS
                or not segment.is_open
                or len(segment.text) > _LONGEST_REMEMBERED_LINE
            ):
                first_claim(segment, checks, context)
                continue
            verdict = memory.get(segment.text, _UNSEEN)
            if verdict is _UNSEEN:
                self._remember(memory, segment.text, first_claim(segment, checks, context))
            elif verdict is not None:
                verdict.give(segment)

    def remembered(self) -> int:
        """How many lines' verdicts are kept now."""
        return sum(len(memory) for memory in self._memories.values())

    def _memory(self, rules: tuple[BlockRule, ...]) -> dict[str, Verdict | None] | None:
        if not self._limit:
            return None
        # One memory per set of rules: an HTML page that falls back to its text
        # skips other rules than a text dump does.
        return self._memories.setdefault(rules, {})

    def _remember(
        self, memory: dict[str, Verdict | None], text: str, verdict: Verdict | None
    ) -> None:
        if len(memory) >= self._limit:
            # Forgetting everything at once keeps this cheap and bounded; the
            # verdicts come back as lines recur.
            memory.clear()
        memory[text] = verdict


def first_claim(
    segment: Segment, checks: list[tuple[BlockCheck, BlockRule]], context: PhraseBook
) -> Verdict | None:
    """Give `segment` the verdict of the first rule that claims it, and return it."""
    for check, rule in checks:
        found = check(segment, context)
        if found:
            verdict = rule.verdict if found is True else rule.judge(found)
            assert verdict is not None
            verdict.give(segment)
            return verdict
    return None


_UNSEEN = Verdict()
