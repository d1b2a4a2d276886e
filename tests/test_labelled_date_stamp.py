"""bench/labelled_dumps.py: a body line that is only a date (a stamp under the headline)
is no paragraph, as a separator line is not: a cleaner that drops it loses nothing of the
article (round 57, issue 14: on three-line dumps the stamp was one of three paragraphs)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from bench.labelled_dumps import BODY, TITLE, Labelled, Line, article_dump, is_date_stamp, score

P1 = (
    "The regional bank cut its forecast for the year on Wednesday, citing weaker demand "
    "from exporters and the cost of energy."
)
P2 = "Its chief economist expects growth of half a percent, down from one percent in spring."


@pytest.mark.parametrize(
    "line",
    [
        "28 kwietnia 2021, 06:29",
        "Stand: 28.04.2020 18:00 Uhr",
        "Datum 25.01.2022",
        "March 3, 2023",
        "Published: 2023-05-17 at 10:00 am",
        "2020年02月19日 10:16:25",
    ],
)
def test_a_date_with_a_few_words_is_a_stamp(line: str) -> None:
    assert is_date_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        P1,
        "Am 3. März 2021 wurde das neue Rathaus nach zwei Jahren Bauzeit eröffnet.",
        "Top 10 Games of 2021",
        "Gegründet 1998",
        "Version 1.2.10",
        "maculi28.09.1913:55",
        "— Jane Doe (@janedoe) April 26, 2022",
    ],
)
def test_a_line_saying_more_than_a_date_is_no_stamp(line: str) -> None:
    # Guard: prose with a date, a year alone, a forum post's head glued to the poster's
    # name and an embedded post's signature say more than a date.
    assert not is_date_stamp(line)


def test_a_dropped_stamp_is_no_lost_paragraph() -> None:
    # Fails on main: the stamp counted as one of three body lines, a third of the dump lost.
    item = Labelled(
        "https://example.org/bank",
        "tune",
        "Bank cuts its forecast",
        [],
        [],
        [
            Line("Bank cuts its forecast", TITLE),
            Line("28 kwietnia 2021, 06:29", BODY),
            Line(P1, BODY),
            Line(P2, BODY),
        ],
    )
    text, _ = article_dump(item)
    assert text.split("\n")[2] == "28 kwietnia 2021, 06:29"
    cleaned = SimpleNamespace(
        body=[SimpleNamespace(lines=(5, 7))],
        captions=[],
        removed=[],
        metadata={"dump": "article"},
        title="Bank cuts its forecast",
        byline=[],
    )
    scored = score([item], article_dump, lambda _: cleaned)
    assert (scored.body_tp, scored.body_fn, scored.body_fp) == (2, 0, 0)
    assert scored.losses == [0.0]
