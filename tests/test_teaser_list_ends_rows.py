"""A box of other stories under a heading worded as teaser headings are, that ends an
article made of rows only (a tide table, a ferry timetable: no line of prose). Round 36
took such a box out only between two of the article's rows; one under the last row,
running to the dump's end, stayed. Now the row above decides alone (invented articles;
no template's lines)."""

from __future__ import annotations

import articleclean
from newsroom_box import BOX as _BOX
from newsroom_box import BOX_TEXT as _BOX_TEXT

_TIDES = f"""Tide times at Porth Elwy this week

Monday

High water 06.12

Low water 12.31

Tuesday

High water 06.58

Low water 13.15

Wednesday

High water 07.44

Low water 14.02

{_BOX_TEXT}
"""


def _article(text: str) -> articleclean.Article:
    return articleclean.clean_text(text)


def test_a_box_ending_a_tide_table_goes() -> None:
    # Fails on main: with no line of prose, a box not between two rows was left.
    article = _article(_TIDES)
    removed = [(r.rule, r.text) for r in article.removed if r.text in _BOX]
    assert removed == [("teaser_list", line) for line in _BOX]
    kept = [block.text for block in article.body]
    assert [line for line in kept if "water" in line] == [
        "High water 06.12",
        "Low water 12.31",
        "High water 06.58",
        "Low water 13.15",
        "High water 07.44",
        "Low water 14.02",
    ]


_READING = """Summer reading: the books our critics could not put down

The Salt Road

Nine Winters in Tromsø

A House Above the Weir

The Cartographer's Daughter

More reading from our critics

The Lighthouse Keeper's Almanac

Letters from a Northern Shore

Songs for the Long Crossing
"""


def test_titles_that_read_as_headlines_stay() -> None:
    # A guard (passes on main too): the article's own rows read as headlines (book
    # titles), so the rows left do not say the article is rows of another kind, and the
    # last section under its heading stays.
    kept = [block.text for block in _article(_READING).body]
    for title in (
        "The Salt Road",
        "The Lighthouse Keeper's Almanac",
        "Letters from a Northern Shore",
        "Songs for the Long Crossing",
    ):
        assert title in kept
