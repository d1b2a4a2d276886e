"""`outside_article`'s list blocks and spec-table blocks found in one walk
(`_list_and_spec_rows`, round 52): the same rows as `list_block_rows` finds with each test
on its own, which the rule asked for in two walks, and a third at its thin end."""

from __future__ import annotations

from articleclean.document import Label, Segment
from articleclean.rules.article_run import _is_spec_row, _list_and_spec_rows
from articleclean.rules.boilerplate import list_block_rows

_PAGE = (
    "Home",
    "Test: the Trailrunner 3",
    "Aku 5200 mAh",
    "Kaal: 3,7 kg",
    "Share",  # taken out below: breaks neither kind of block
    "Cena 2 490 Kč",
    "Hind 379 eurot",
    "1. Unpack the box.",
    "2. Charge the battery for 3 hours.",
    "3. Pair it with the app.",
    "Objem 23 l",  # a spec row between list rows: ends the list's block
    "4. Go for a run.",
    "5. Check the heart rate.",
    "Home",
    "Weight 300 g",
    "Price 99 EUR",
    "Height 12 cm",
    "- Imprint",
    "- Privacy",
    "- Contact",
    "The battery lasted 30 hours on our test run, more than the maker says.",
)


def test_one_walk_finds_both_kinds_of_block_as_two_walks_do() -> None:
    segments = [Segment(text, None) for text in _PAGE]
    segments[4].label = Label.REMOVED
    list_rows, spec_rows = _list_and_spec_rows(segments)
    assert list_rows == list_block_rows(segments)
    assert spec_rows == list_block_rows(segments, _is_spec_row)
    # Both kinds are found, and the removed line between rows breaks no block.
    assert {2, 3, 5, 6, 14, 15, 16} <= spec_rows
    assert {7, 8, 9, 17, 18, 19} <= list_rows


def test_lines_all_removed_or_none_a_row_give_no_block() -> None:
    segments = [Segment(text, None) for text in ("Home", "Sport", "Kaal: 3,7 kg", "News")]
    assert _list_and_spec_rows(segments) == (set(), set())
    segments = [Segment(text, None) for text in _PAGE]
    for segment in segments:
        segment.label = Label.REMOVED
    assert _list_and_spec_rows(segments) == (set(), set())


def test_a_line_that_can_be_no_row_closes_each_kind_of_block() -> None:
    # (round 56: the walk settles a line with no digit and no bullet without the row
    # tests, and closes the open blocks there; each block here ends at such a line)
    texts = (
        "1. Unpack the box.",
        "2. Charge the battery.",
        "3. Pair it with the app.",
        "Home",
        "Weight 300 g",
        "Share",  # taken out below: closes nothing
        "Price 99 EUR",
        "Height 12 cm",
        "Contact",
        "- Imprint",
        "- Privacy",
        "Newsletter",
        "Aku 5200 mAh",
        "Kaal: 3,7 kg",
    )
    segments = [Segment(text, None) for text in texts]
    segments[5].label = Label.REMOVED
    list_rows, spec_rows = _list_and_spec_rows(segments)
    assert list_rows == list_block_rows(segments) == {0, 1, 2}
    assert spec_rows == list_block_rows(segments, _is_spec_row) == {4, 6, 7}


def test_each_line_asks_the_row_test_its_first_character_allows() -> None:
    # (round 61: a line opening with a digit, of any script, or a bullet is asked only the
    # list test, any other only the spec test: a list row's pattern opens with `\d` or a
    # bullet, a spec row's with a letter; digits further on in the line, a line in
    # another script's digits and an empty line still give what both tests give)
    texts = (
        "١. أول خطوة في القائمة",
        "٢. الخطوة الثانية 3",
        "३. तीसरा चरण",
        "Akku 5200 mAh",
        "Gewicht 300 g",
        "Preis 99 EUR",
        "• Imprint 2024",
        "– Privacy",
        "· Contact",
        "",
        "3 Fragen an den Trainer",
        "300 g Mehl",
        "2 EL Zucker",
        "Höhe 12 cm",
        "Ø 30 cm",
        "Breite 40 cm",
        "Tiefe 50 cm",
    )
    segments = [Segment(text, None) for text in texts]
    list_rows, spec_rows = _list_and_spec_rows(segments)
    assert list_rows == list_block_rows(segments)
    assert spec_rows == list_block_rows(segments, _is_spec_row)
    assert {0, 1, 2, 6, 7, 8} <= list_rows
    assert {3, 4, 5} <= spec_rows
