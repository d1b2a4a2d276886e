"""`closing_address` reads the dump's last two body lines, found from the end (round 48:
it listed every body line first). What lies after the address or between it and the
paragraph above, any other label, is passed over; with fewer than two body lines it
claims nothing. (The same answers as the list's: these pass on main too.)"""

from __future__ import annotations

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
