"""A run of lines whose widths happen to match is a wrapped paragraph only if its lines
break where a wrap would: each filled up to the column, so that the next line's first
word would not have fitted on it. Other stories' headlines, a menu's entries or a
list's items printed one a line without blank lines between them are lines of their
own, for the line rules to judge (joined, they read as one long paragraph of prose)."""

from __future__ import annotations

import pytest

from articleclean.readers.text import read_text


def _segments(text: str) -> list[tuple[str, tuple[int, int] | None]]:
    return [(segment.text, segment.lines) for segment in read_text(text).segments]


@pytest.mark.parametrize(
    "lines",
    [
        # a box of other stories' headlines (fails on main: one 3-line paragraph)
        [
            "Ferry timetable for the winter season announced",
            "A local bakery wins regional award for its bread",
            "How the council approved new cycle lanes along the harbour",
        ],
        # a site's sections with their taglines
        [
            "Garten & Balkon: Pflanzen, Pflege und Ideen",
            "Küche & Rezepte: schnell, einfach, lecker",
            "So wird es warm: Tipps für jeden Raum im Haus",
        ],
    ],
)
def test_items_one_a_line_are_no_wrapped_paragraph(lines: list[str]) -> None:
    assert _segments("\n".join(lines)) == [
        (line, (number, number)) for number, line in enumerate(lines, start=1)
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # a wrap at 64 columns: every line filled up to it (guard, passes on main too)
        [
            "The city council voted on Tuesday to extend the cycle lanes along",
            "the harbour road by two kilometres, after a year in which the",
            "number of cyclists using the route doubled.",
        ],
        # a wrap that breaks at a sentence's end, as fmt prefers to (guard, passes on main
        # too): the paragraph's lines end in a full stop, so it is read as a wrap
        [
            "Die Fähre fährt im Winter nur noch zweimal am Tag ab Hafen.",
            "Der Betreiber nannte die geringe Zahl der Fahrgäste als Grund.",
        ],
    ],
)
def test_a_wrapped_paragraph_stays_one_segment(lines: list[str]) -> None:
    assert _segments("\n".join(lines)) == [(" ".join(lines), (1, len(lines)))]
