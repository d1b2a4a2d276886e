"""`cut_short`'s ellipsis screen gives its search's answer: a line that does not end in
"..." or "…" (white space aside) is turned down without the search."""

from __future__ import annotations

import pytest

from articleclean.document import Segment
from articleclean.rules.teaser_lines import _CUT_SHORT, _MIN_CUT_WORDS, BLURB_WORDS, cut_short

CUT_LINES = [
    "The council met on Tuesday to decide on the new budget for the schools...",
    "The council met on Tuesday to decide on the new budget for the schools…",
    "The council met on Tuesday to decide on the new budget for the schools-...",
    "The council met on Tuesday to decide on the new budget for the schools ...",
    "The council met on Tuesday to decide on the new budget for the schools...  ",
    "The council met on Tuesday to decide on the new budget for the schools...\u00a0",
    "The council met on Tuesday to decide on the new budget for the schools.",
    "The council met on Tuesday to decide on the new budget for the schools_...",
    "The council met on Tuesday to decide ... on the new budget for the schools",
    "Der Rat tagte am Dienstag und beschloss den neuen Haushalt für die Schulen…",
    "Der Rat tagte am Dienstag und beschloss den neuen Haushalt für 2024...",
    "Short line...",
]


@pytest.mark.parametrize("text", CUT_LINES)
def test_cut_short_gives_the_search_answer(text: str) -> None:
    segment = Segment(text, None)
    expected = (
        _MIN_CUT_WORDS <= segment.word_count <= BLURB_WORDS
        and _CUT_SHORT.search(segment.text) is not None
    )
    assert cut_short(segment) == expected


def test_cut_short_finds_a_cut_blurb() -> None:
    assert cut_short(Segment(CUT_LINES[0], None))
    assert cut_short(Segment(CUT_LINES[1], None))
    assert not cut_short(Segment(CUT_LINES[6], None))
