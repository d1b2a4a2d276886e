"""Every rule the Cleaner runs that a user can switch off has its row in a README table
of rules (its name in backticks in the row's first cell), so a new rule comes with its
documented outcome and switch; every row names a rule that exists, so a renamed or
dropped rule takes its row along; and a row says where its rule runs as the rule
declares it (HTML pages, text dumps, page dumps, article dumps)."""

from __future__ import annotations

import re
from pathlib import Path

from articleclean.config import CleanerConfig
from articleclean.pipeline import (
    BLOCK_RULES,
    CONTEXT_RULES,
    DOCUMENT_STEPS,
    PAGE_RULES,
    STRUCTURE_RULES,
)

README = Path(__file__).parent.parent / "README.md"
RULES = BLOCK_RULES + CONTEXT_RULES + STRUCTURE_RULES


def _rows() -> dict[str, list[str]]:
    """Each name in backticks in the first cell of a README table row: the rows' text
    after that cell."""
    rows: dict[str, list[str]] = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            first, rest = line.split(" |", 1)
            for name in re.findall(r"`([a-z_]+)`", first):
                rows.setdefault(name, []).append(rest)
    return rows


def _html_rows() -> set[str]:
    """The rules in the HTML section's own table (its header: "| rule | takes out / moves |")."""
    section = README.read_text(encoding="utf-8").split("| rule | takes out / moves |", 1)[1]
    table = section.split("\n\n", 1)[0]
    return {n for line in table.splitlines() for n in re.findall(r"^\| `([a-z_]+)`", line)}


def test_every_rule_has_a_row_in_the_readme() -> None:
    rules = [rule.name for rule in RULES]
    rules += [step.name for step in DOCUMENT_STEPS if step.switch]
    documented = _rows()
    assert len(rules) > 50
    assert [name for name in rules if name not in documented] == []


def test_every_row_names_a_rule_and_its_switch() -> None:
    names = {rule.name for rule in RULES} | {step.name for step in DOCUMENT_STEPS}
    switches = set(CleanerConfig.__dataclass_fields__)
    rows = _rows()
    assert [name for name in rows if name not in names] == []
    assert [
        name for name in rows if name not in switches and name != "keep_extraction_if_emptied"
    ] == []


def test_each_row_says_where_its_rule_runs() -> None:
    """The mark a row gives (checked against the rule's own declaration) is what a
    reader learns of where a rule runs; the README's prose refers to these marks."""
    rows = _rows()
    html = _html_rows()
    unmarked = []
    for rule in RULES:
        text = " ".join(rows[rule.name])
        if rule.requires_hints and not (rule.name in html or "(HTML)" in text):
            unmarked.append((rule.name, "HTML"))
        if rule.text_dumps_only and "text dumps" not in text and "page dumps only" not in text:
            unmarked.append((rule.name, "text dumps"))
        if getattr(rule, "article_dumps_only", False) and "read as articles" not in text:
            unmarked.append((rule.name, "article dumps"))
        if rule.name in PAGE_RULES and "page dumps" not in text:
            unmarked.append((rule.name, "page dumps"))
        # A whole-page rule that reads no text dump's guess runs on HTML pages too.
        if "page dumps only" in text and not rule.text_dumps_only:
            unmarked.append((rule.name, "runs on HTML pages too"))
    assert unmarked == []


def test_the_html_table_holds_only_rules_that_read_the_markup() -> None:
    html = _html_rows()
    assert len(html) > 15
    assert [r.name for r in RULES if r.name in html and not r.requires_hints] == []
