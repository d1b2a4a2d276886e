"""Issue 14 and 15 audit by form, second set (round 55): forms the first set (audit14m-*,
audit15m-*) did not try, in languages it did not use. Text dumps
`tests/fixtures/text/audit14n-*`: a match report with line-ups and a goals list (tr), a
court report with quoted testimony (ja), an opinion column with the writer's bio at the foot
(ko), a stock-market report with a list of movers (vi), letters to the editor each signed
with a name and a town (cs), a book review with a fact box and a rating (sv), a fact-check
with its verdict (he). Pages `tests/fixtures/html/audit15n-*`: an editor's note at the top
(uk), an obituary with its survivors (fa), a market close with an index table (ms), a trial
report with a witness's testimony (ro), a "7 islands" listicle (el), an opinion column with
the writer's bio at the foot (hu), a product review with a spec table and pros and cons (fi).

The fixtures' `must_contain` lists every paragraph, list item, table row and Q&A line of
the article in reading order; the fixture test checks that each is kept, this file checks
that they are kept in that order."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import articleclean
from articleclean.expectations import Options, clean_input, load_expectation

FIXTURES = Path(__file__).parent / "fixtures"
_INPUTS = sorted(
    [*(FIXTURES / "text").glob("audit14n-*.txt"), *(FIXTURES / "html").glob("audit15n-*.html")]
)


def test_the_audit_has_seven_dumps_and_seven_pages() -> None:
    assert len([p for p in _INPUTS if p.suffix == ".txt"]) == 7
    assert len([p for p in _INPUTS if p.suffix == ".html"]) == 7


@pytest.mark.parametrize("path", _INPUTS, ids=[p.name for p in _INPUTS])
def test_the_articles_lines_are_kept_in_reading_order(path: Path) -> None:
    expected = load_expectation(path.with_name(path.stem + ".expected.json"))
    text = clean_input(path, Options()).text
    # Lines the fixture test finds missing are its failure; here only the order of those
    # kept is asked.
    kept = [(text.find(snippet), snippet) for snippet in expected["must_contain"]]
    positions = [(at, snippet) for at, snippet in kept if at >= 0]
    out_of_order = [
        snippet for (before, _), (at, snippet) in itertools.pairwise(positions) if at < before
    ]
    assert out_of_order == []
