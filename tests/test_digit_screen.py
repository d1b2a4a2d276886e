"""`Segment.may_hold_digit` and the line tests it settles without a regular expression
(`list_or_table_row`, `table_cell`, `gallery_caption`'s first test): each gives what its
pattern gives, on every code point and on invented lines of every kind."""

from __future__ import annotations

import re
import sys

import pytest

from articleclean.document import Segment, _forms_of
from articleclean.lexicon import LIST_OR_TABLE_ROW
from articleclean.rules.boilerplate import TABLE_CELL, list_or_table_row, table_cell

_DIGIT = re.compile(r"\d")


def _code_points() -> list[str]:
    """The code points the flag could be wrong on: every decimal digit, every one whose
    case folding holds one, every other alphanumeric that is no letter (numerals,
    fractions, superscripts: word characters kept in the key), and every 61st of the
    rest (asking all 1.1 million took a minute)."""
    chars = (chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    return [
        char
        for char in chars
        if char.isdecimal()
        or any(folded.isdecimal() for folded in char.casefold())
        or (char.isalnum() and not char.isalpha())
        or ord(char) % 61 == 0
    ]


def test_may_hold_digit_is_a_decimal_digit_search_on_every_code_point() -> None:
    # Alone, and in a line of Latin-1 and Windows-1252 text (the key is read by other
    # paths there): a digit that case folding kept or lost would show. (`_forms_of` is
    # what `Segment` reads the flag from; a Segment a code point would fill `_FORMS`.)
    wrong = [
        (char, text)
        for char in _code_points()
        for text in (char, f"Preis {char} €, „Straße“")
        if _forms_of(text)[4] != (_DIGIT.search(text) is not None)
    ]
    assert wrong == []
    assert Segment("Saison 2023/24", None).may_hold_digit
    assert not Segment("Straße", None).may_hold_digit


_LINES = (
    "",
    "Home",
    "World news",
    "1. Kyle Busch 2,345",
    "12) Anmeldung",
    "300 g Mehl",
    "2 EL Zucker",
    "- flour",
    "• Pfeffer",
    "–Dash without a space",
    "* * *",
    "١٢ صفحة",  # Arabic-Indic digits are decimal digits too
    "٣ kg Reis",
    "Ⅻ Kapitel",  # a Roman numeral is numeric, not a decimal digit
    "½ cup sugar",
    "Price: $5",
    "Rabatt 20%",
    "€ 5.000",
    "Preis ab 5 €",
    "¥300",
    "Saison 2023/24",
    "Straße 7",
)


@pytest.mark.parametrize("text", _LINES)
def test_row_and_cell_tests_give_what_their_patterns_give(text: str) -> None:
    segment = Segment(text, None)
    assert list_or_table_row(segment) == (LIST_OR_TABLE_ROW.match(text) is not None)
    assert table_cell(segment) == (TABLE_CELL.search(text) is not None)
