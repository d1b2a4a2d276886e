"""`closing_teasers` leaves paragraphs standing one under the other below a taken box.

A box gives each headline one blurb, so blurbs have a headline between them; prose lines
in a row under the box's last headline are the article going on. `_prose_in_a_row` asked
each of them to be longer than a headline (20 words), so a paragraph of exactly 20 words
between two longer ones broke the row, and the three were taken with the box (round 51:
six lines of a Polish article's close, once the prompt that had ended the dump went).
"""

from __future__ import annotations

from articleclean.document import Segment
from articleclean.rules.closing_runs import _prose_in_a_row

_LONG = (
    "A spokesperson for the foundation later said that every request had been answered "
    "within the legal deadline and that no document had ever been withheld from anyone."
)
_TWENTY = (
    "Experts point out that such lawsuits are increasingly used to put pressure on very "
    "small organisations with limited legal budgets."
)
_LONGER = (
    "Readers who wish to support the appeal can download a template letter addressed to "
    "the president from the newspaper's website and send it by post this month."
)
_HEADLINE = "Ten beaches you must visit this summer"


def _segments(texts: list[str]) -> list[Segment]:
    return [Segment(text, (n, n)) for n, text in enumerate(texts, start=1)]


def test_a_headline_length_paragraph_between_longer_ones_keeps_the_row() -> None:
    # Fails on main: only the 26- and 24-word lines counted, and they stand apart.
    segments = _segments([_LONG, _TWENTY, _LONGER])
    assert segments[1].word_count == 20
    assert _prose_in_a_row(segments, [0, 1, 2], [0, 1, 2])


def test_blurbs_under_their_headlines_are_no_row() -> None:
    # A box's blurbs, each under its headline: no two stand one under the other.
    segments = _segments([_HEADLINE, _LONG, _HEADLINE, _LONGER])
    assert not _prose_in_a_row(segments, [0, 1, 2, 3], [1, 3])


def test_two_short_lines_in_a_row_are_no_row() -> None:
    # Two lines of a headline's length or less (a label, a one-line offer) say nothing.
    short = "Sign up for our newsletter and get the best stories every morning."
    segments = _segments([_TWENTY, short])
    assert not _prose_in_a_row(segments, [0, 1], [0, 1])
