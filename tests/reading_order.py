"""The reading-order check of the audits by form (round 55, audit14m/15m and audit14n/15n):
their fixtures' `must_contain` lists every line of the article in reading order, the
fixture test checks that each is kept, and this checks that those kept come out in order."""

from __future__ import annotations

import itertools
from pathlib import Path

from articleclean.expectations import Options, clean_input, load_expectation

FIXTURES = Path(__file__).parent / "fixtures"


def audit_inputs(text_prefix: str, html_prefix: str) -> list[Path]:
    """The audit's dumps and pages, by their names' prefixes ("audit14m", "audit15m")."""
    return sorted(
        [
            *(FIXTURES / "text").glob(f"{text_prefix}-*.txt"),
            *(FIXTURES / "html").glob(f"{html_prefix}-*.html"),
        ]
    )


def out_of_order(path: Path) -> list[str]:
    """The expected lines the cleaned article keeps, but after a line listed below them."""
    expected = load_expectation(path.with_name(path.stem + ".expected.json"))
    text = clean_input(path, Options()).text
    # Lines the fixture test finds missing are its failure; here only the order of those
    # kept is asked.
    kept = [(text.find(snippet), snippet) for snippet in expected["must_contain"]]
    positions = [(at, snippet) for at, snippet in kept if at >= 0]
    return [snippet for (before, _), (at, snippet) in itertools.pairwise(positions) if at < before]
