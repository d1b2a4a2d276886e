"""`may_be_list_row`, `list_or_table_row`'s first test named (round 34): `list_block_rows`
settles a line it turns down without asking its row test, and finds the same rows."""

from __future__ import annotations

from collections.abc import Callable

from articleclean.document import BODY, Label, Segment
from articleclean.lexicon import LIST_OR_TABLE_ROW
from articleclean.rules.boilerplate import (
    LIST_BLOCK_ROWS,
    _undated_list_row,
    is_list_row,
    list_block_rows,
    list_or_table_row,
    may_be_list_row,
)

_LINES = (
    "1. Preheat the oven to 200 degrees.",
    "2) Chop the onions",
    "300 g Mehl",
    "1,5 l Milch",
    "2 tbsp olive oil",
    "12% more than last year",
    "- a bulleted item",
    "• Another item",
    "* starred item",
    "· dotted item",
    "– dashed item",
    "—em dash without a space",
    "٣ Arabic-Indic three opens this line",
    "Home",
    "Sport",
    "Read more",
    "The council met on Monday to discuss the budget.",
    "In 2019 the bridge was closed for repairs.",
    "9. Juli 2019 Handballcamp in Lenningen",
    "10 things to do this weekend",
    "",
    "  ",
    "Étape 3 : servir chaud",
)


def test_a_line_the_screen_turns_down_is_no_list_row() -> None:
    for text in _LINES:
        segment = Segment(text, None)
        if LIST_OR_TABLE_ROW.match(text) is not None:
            assert may_be_list_row(segment), text
        assert list_or_table_row(segment) == (LIST_OR_TABLE_ROW.match(text) is not None), text


def _walked(segments: list[Segment], is_row: Callable[[Segment], bool]) -> set[int]:
    """`list_block_rows` as it stood before the screen: `is_row` asked of every open line."""
    found: set[int] = set()
    block: list[int] = []
    for index, segment in enumerate(segments):
        if segment.label is not BODY:
            continue
        if is_row(segment):
            block.append(index)
            continue
        if len(block) >= LIST_BLOCK_ROWS:
            found.update(block)
        block = []
    if len(block) >= LIST_BLOCK_ROWS:
        found.update(block)
    return found


def test_list_block_rows_finds_the_rows_the_walk_finds() -> None:
    page = [
        "Home",
        "Recipes",
        "Grandmother's apple cake",
        "You need for the dough:",
        "300 g Mehl",
        "200 g Zucker",
        "Share",  # taken out below: does not break the block
        "1 Pck. Vanillezucker",
        "4 Eier",
        "How it is made",
        "1. Mix the flour and the sugar.",
        "2. Add the eggs one by one.",
        "Home",
        "3. Bake for 40 minutes.",
        "9. Juli 2019 Handballcamp in Lenningen",
        "10. August 2019 Sommerfest",
        "11. September 2020 Tag der offenen Tür",
        "- Imprint",
        "- Privacy",
        "© 2024 Example Media",
    ]
    segments = [Segment(text, None) for text in page]
    segments[6].label = Label.REMOVED
    for is_row in (is_list_row, _undated_list_row):
        assert list_block_rows(segments, is_row) == _walked(segments, is_row)
    # The ingredients (the removed line between them does not count), not the two steps
    # a menu line cuts off, and the last step with the dated rows and the footer's bullets.
    assert list_block_rows(segments) == {4, 5, 7, 8, 13, 14, 15, 16, 17, 18}
    # Without the dated rows, the last step and the two bullets are no block.
    assert list_block_rows(segments, _undated_list_row) == {4, 5, 7, 8}
