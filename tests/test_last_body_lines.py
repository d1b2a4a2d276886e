"""`closing_address` reads the dump's last two body lines and `byline_line` its last
`_TRAILER_SEARCH` paragraphs for a wire's trailer, found from the end (`last_open`; round
48: each listed every body line first). What lies after them or between, any other label,
is passed over; with fewer body lines there are fewer to read. (The same answers as the
lists': these pass on main too.)"""

from __future__ import annotations

import articleclean
from articleclean.document import HEADING, REMOVED, Label, Segment
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.structure import closing_address

_PROSE = "The clinic will open its doors to the first patients in the spring of next year."
_ADDRESS = "reporter@example.org"
_CONTEXT: PhraseBook = None  # type: ignore[assignment]  # (the rule reads no phrases)


def _segments(*lines: tuple[str, Label | None]) -> list[Segment]:
    segments = []
    for number, (text, label) in enumerate(lines, 1):
        segment = Segment(text, (number, number))
        if label is not None:
            segment.label = label
        segments.append(segment)
    return segments


def test_address_under_prose_with_other_lines_around() -> None:
    segments = _segments(
        (_PROSE, None),
        ("Read more", HEADING),
        (_ADDRESS, None),
        ("Share this article", REMOVED),
        ("Cookies", REMOVED),
    )
    assert closing_address(segments, _CONTEXT) == [segments[2]]


def test_a_body_line_after_the_address_keeps_it() -> None:
    segments = _segments((_PROSE, None), (_ADDRESS, None), (_PROSE, None))
    assert closing_address(segments, _CONTEXT) == []


def test_fewer_than_two_body_lines() -> None:
    assert closing_address(_segments((_ADDRESS, None), (_PROSE, REMOVED)), _CONTEXT) == []
    assert closing_address(_segments((_PROSE, REMOVED)), _CONTEXT) == []
    assert closing_address([], _CONTEXT) == []


_TITLE = "Harbour board delays the ferry timetable again"
_TRAILER = "Reporting by David Milliken; Editing by Toby Chopra"
# (paragraphs enough that the trailer stands far below the title: read at the end only)
_ABOVE = [
    "The harbour board put off its decision on the new ferry timetable on Tuesday.",
    "Operators had not yet agreed on how many crossings the winter months need.",
    "The board met for three hours behind closed doors at the harbour office.",
    "Several councillors asked for the vote to be moved to the next meeting.",
    _PROSE,
]
_MORE = "Islanders who commute to the mainland had expected the new times in October."
_LAST = "A spokesman for the board said a decision would come before the end of the month."


def test_a_trailer_among_the_last_two_paragraphs_is_the_byline() -> None:
    article = articleclean.clean_text("\n\n".join([_TITLE, *_ABOVE, _TRAILER, _MORE]))
    assert article.byline == ["David Milliken"]  # (fails with a window of one paragraph)


def test_a_trailer_above_them_is_not_looked_for() -> None:
    text = "\n\n".join([_TITLE, *_ABOVE, _TRAILER, _MORE, _LAST])
    assert articleclean.clean_text(text).byline == []
