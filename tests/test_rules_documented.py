"""Every rule the Cleaner runs that a user can switch off has its row in a README table
of rules (its name in backticks in the row's first cell), so a new rule comes with its
documented outcome and switch."""

from __future__ import annotations

import re
from pathlib import Path

from articleclean.pipeline import BLOCK_RULES, CONTEXT_RULES, DOCUMENT_STEPS, STRUCTURE_RULES

README = Path(__file__).parent.parent / "README.md"


def _first_cells() -> set[str]:
    """The names in backticks in the first cell of every README table row."""
    names: set[str] = set()
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            names.update(re.findall(r"`([a-z_]+)`", line.split(" |", 1)[0]))
    return names


def test_every_rule_has_a_row_in_the_readme() -> None:
    rules = [rule.name for rule in BLOCK_RULES + CONTEXT_RULES + STRUCTURE_RULES]
    rules += [step.name for step in DOCUMENT_STEPS if step.switch]
    documented = _first_cells()
    assert len(rules) > 50
    assert [name for name in rules if name not in documented] == []
