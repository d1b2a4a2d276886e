"""A worded box of three other stories' headlines, put into dumps whose article is rows only
(a timetable, a product list, a league table): tests/test_teaser_list_rows_only.py (a box
between the rows, round 36) and tests/test_teaser_list_ends_rows.py (a box under the last
row, round 37)."""

BOX = [
    "More stories from our newsroom",
    "Zoo welcomes twin panda cubs after long wait",
    "Bakery chain recalls seeded loaves over labelling fault",
    "Marathon route shifts west to avoid bridge repairs",
]
BOX_TEXT = "\n\n".join(BOX)
