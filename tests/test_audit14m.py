"""Issue 14 and 15 audit by form (round 55): articles in forms no fixture had, in the
big languages. Text dumps `tests/fixtures/text/audit14m-*`: a wire story with "UPDATE 2-"
and "(Adds …)" slugs (en), a listicle with numbered subheads (de), an explainer in
questions (fr), a timeline of dated entries (es), a correction at the foot (pt), a radio
transcript with speakers at line starts (ru), a poll with percentages (hi). Pages
`tests/fixtures/html/audit15m-*`: a traffic bulletin (it), a key-facts box (zh), a
"10 things" listicle (en), a FAQ (id), a timeline (ar), a poll table (pl), a podcast
transcript (nl).

The fixtures' `must_contain` lists every paragraph, list item, table row and Q&A line of
the article in reading order; the fixture test checks that each is kept, this file checks
that they are kept in that order (a form's lines put out of order read wrong even when
none is lost)."""

from __future__ import annotations

from pathlib import Path

import pytest

from articleclean.expectations import Options, clean_input, load_expectation

FIXTURES = Path(__file__).parent / "fixtures"
_INPUTS = sorted(
    [*(FIXTURES / "text").glob("audit14m-*.txt"), *(FIXTURES / "html").glob("audit15m-*.html")]
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
        snippet
        for (before, _), (at, snippet) in zip(positions, positions[1:], strict=False)
        if at < before
    ]
    assert out_of_order == []
