"""`dump_kind`'s table under the title reads the block's rows as printed: a line pass 1 took
out of a page's mega-menu (a close button's "Schließen" as a media placeholder) does not
shift the block's steps and make a column of the menu, nor unmake one (round 57: one
removed line turned a tune page dump into an article, 139 chrome lines kept)."""

from __future__ import annotations

import pytest

from articleclean.document import REMOVED, Segment
from articleclean.rules.base import Claimed
from articleclean.rules.boilerplate import article_table_rows
from articleclean.rules.dump_kind import _table_under_title

TITLE = "Horoskop für den Januar: das ändert sich in eurem Liebesglück"
ITEMS = ["News", "Mode", "Beauty", "Liebe", "Familie", "Horoskop", "Lifestyle", "Reise"]
PROSE = "Der Januar bringt frischen Wind in eure Beziehung, das spürt ihr in der ersten Woche."


def _mega_menu(items: int, sections: int) -> list[Segment]:
    """A title, a mega-menu (its "all topics" link under each section, as sub-menus print
    it) and the article's first line."""
    lines = [TITLE, "Alle Rubriken", "Schließen", *ITEMS[:items]]
    for section in range(sections):
        lines += [ITEMS[section * 3 % len(ITEMS)], "Alle Themen"]
    lines.append(PROSE)
    return [Segment(text, (number, number)) for number, text in enumerate(lines, 1)]


def _take_out(segments: list[Segment], index: int) -> list[Segment]:
    segments[index].label = REMOVED
    segments[index].rule = "media_placeholder"
    return segments


@pytest.mark.parametrize(("items", "sections"), [(6, 4), (5, 4), (4, 3), (7, 5)])
def test_a_line_taken_out_of_the_menu_leaves_the_table_reading_alone(
    items: int, sections: int
) -> None:
    # Read with the line open and with it taken out, the block is the same as printed.
    # (On main the rows as open lines shift by one below the line taken out, and these
    # menus, a column at their threshold, read as a table one way and not the other.)
    as_open = _table_under_title(_mega_menu(items, sections), Claimed())
    taken = _table_under_title(_take_out(_mega_menu(items, sections), 2), Claimed())
    assert as_open == taken


def test_the_menus_above_are_at_the_column_threshold() -> None:
    # Guard: the cases above are ones the open-line reading flips on (not a vacuous test).
    for items, sections in [(6, 4), (5, 4), (4, 3), (7, 5)]:
        as_open = article_table_rows(_mega_menu(items, sections), Claimed(), title_apart=True)
        taken = article_table_rows(
            _take_out(_mega_menu(items, sections), 2), Claimed(), title_apart=True
        )
        assert bool(as_open) != bool(taken)


def test_a_table_printed_one_cell_a_line_is_still_found() -> None:
    # Guard: a standings table under the title, one of its cells taken out by pass 1,
    # reads as a table as printed too.
    makes = ["Chevrolet", "Toyota", "Ford"]
    cells = [c for n in range(1, 9) for c in (str(n), f"Driver {n}", makes[n % 3])]
    lines = [TITLE, *cells, PROSE]
    segments = [Segment(text, (number, number)) for number, text in enumerate(lines, 1)]
    assert _table_under_title(_take_out(segments, 5), Claimed())


MENU = ["News & Politics", "Economy", "Culture", "Science & Health", "Food", "Life Stories"]


@pytest.mark.parametrize("extra", [["Video", "About"], ["About"], ["Video", "Podcasts", "About"]])
def test_a_menu_printed_twice_under_the_title_is_no_table(extra: list[str]) -> None:
    # A desktop menu over its mobile copy: eight items repeat at a step of eight, which the
    # column at a step of four read as a column of two values each (on main: eight and
    # nine items read as a table; seven read as none by chance, a guard here).
    lines = [TITLE, *MENU, *extra, *MENU, *extra, PROSE]
    segments = [Segment(text, (number, number)) for number, text in enumerate(lines, 1)]
    assert not _table_under_title(segments, Claimed())
    assert not article_table_rows(segments, Claimed())


def test_a_table_whose_rows_repeat_a_label_is_still_a_table() -> None:
    # Guard: a product list's label and verdict repeat, its names differ: not a run
    # printed again.
    rows = [c for name in ("Alpha", "Bravo", "Charlie", "Delta") for c in (name, "Verdict", "Good")]
    lines = [TITLE, *rows, PROSE]
    segments = [Segment(text, (number, number)) for number, text in enumerate(lines, 1)]
    assert _table_under_title(segments, Claimed())
