"""What the tests of the pipeline's rule skipping share (`ContextRule.needs` and
`article_dumps_only`, round 45, in test_rule_needs.py; `ContextRule.candidates`, round 46,
in test_rule_candidates.py): a skip is right only when the output is the same as when
every rule is asked, so both run the same texts twice and compare."""

from __future__ import annotations

from pathlib import Path

import pytest

from articleclean.config import CleanerConfig
from articleclean.pipeline import Cleaner

_FIXTURES = Path(__file__).parent / "fixtures" / "text"

# An invented article dump with a caption and its credit between its paragraphs: the
# lines a caption rule starts from and a credit rule's claims.
CAPTIONED_DUMP = """Harbour board delays the ferry timetable again

The harbour board put off its decision on the new ferry timetable on Tuesday, saying the
operators had not yet agreed on how many crossings the winter months need.

The board's chair, Jane Doe, waits for the harbour ferry at dawn.
Photo: John Roe/Harbour Post

Islanders who commute to the mainland had expected the new times to start in October.
A spokesman for the board said a decision would come before the end of the month.
"""


def switch_on_own_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test's own rules, which have no switch of their own, run."""
    monkeypatch.setattr(CleanerConfig, "rule_enabled", lambda self, name: getattr(self, name, True))


def sample_texts(*own: str) -> list[str]:
    """The test's own dumps, then every text fixture."""
    return [*own] + [path.read_text(encoding="utf-8") for path in sorted(_FIXTURES.glob("*.txt"))]


def outputs(dump: str, texts: list[str]) -> list[str]:
    """Each text cleaned, as JSON, by a Cleaner built now (after the test's patches)."""
    cleaner = Cleaner(dump=dump)
    return [cleaner.clean_text(text).to_json() for text in texts]
