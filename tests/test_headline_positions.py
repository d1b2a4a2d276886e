"""The headline's positions (the title line and its copies further down) are found once
a document for each title line asked (round 47): `byline_line` and `page_byline` (its
anchor, and `_name_over_headline` up to the article's start) read them from one
`HeadlinePositions`, declared in both rules' `derives`. The positions are the lines'
texts', keyed by the title line's place: the answer is `_headline_positions`' for every
place and end, and the output is the same as when each rule walks for them itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from articleclean.pipeline import Cleaner
from articleclean.readers.text import read_text
from articleclean.rules import structure
from articleclean.rules.structure import HeadlinePositions, _headline_positions

_FIXTURES = Path(__file__).parent / "fixtures" / "text"

_PAGE = """Harbour board delays the ferry timetable again | Harbour Post
Home
News
Sport
Harbour board delays the ferry timetable again
By Jane Doe
The harbour board put off its decision on the new ferry timetable on Tuesday, saying the
operators had not yet agreed on how many crossings the winter months need.

Islanders who commute to the mainland had expected the new times to start in October.
Most read
Harbour board delays the ferry timetable again
Harbour board delays the ferry timetable again
"""


def _texts() -> list[str]:
    return [_PAGE] + [path.read_text(encoding="utf-8") for path in sorted(_FIXTURES.glob("*.txt"))]


def test_the_same_positions_for_every_place_and_end() -> None:
    for text in [_PAGE, *_texts()[1:40]]:
        segments = read_text(text).segments
        places = range(-1, len(segments))
        ends = (None, -1, 0, 1, 3, 5, 7, len(segments) // 2, len(segments), len(segments) + 3)
        shared = HeadlinePositions(segments)
        for title_at in places:
            for end in ends:
                assert shared.at(title_at, end) == _headline_positions(segments, title_at, end)


def test_the_copies_are_found() -> None:
    segments = read_text(_PAGE).segments
    assert HeadlinePositions(segments).at(0) == [0, 4, 10]
    assert HeadlinePositions(segments).at(0, 10) == [0, 4]
    assert HeadlinePositions(segments).at(0, 4) == [0]


def test_walked_once_for_a_title_line(monkeypatch: pytest.MonkeyPatch) -> None:
    walks: list[int] = []
    walk = structure._headline_positions

    def counted(segments: list, title_at: int, end: int | None = None) -> list[int]:
        walks.append(title_at)
        return walk(segments, title_at, end)

    monkeypatch.setattr(structure, "_headline_positions", counted)
    shared = HeadlinePositions(read_text(_PAGE).segments)
    assert shared.at(0) == shared.at(0) == [0, 4, 10]
    assert shared.at(0, 6) == [0, 4] and shared.at(4) == [4, 10, 11]
    assert walks == [0, 4]


@pytest.mark.parametrize("dump", ["auto", "page"])
def test_same_output_as_each_rule_walking(monkeypatch: pytest.MonkeyPatch, dump: str) -> None:
    texts = _texts()
    expected = [Cleaner(dump=dump).clean_text(text).to_json() for text in texts]
    monkeypatch.setattr(
        HeadlinePositions,
        "at",
        lambda self, title_at, end=None: _headline_positions(self._segments, title_at, end),
    )
    assert [Cleaner(dump=dump).clean_text(text).to_json() for text in texts] == expected
