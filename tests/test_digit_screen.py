"""`Segment.may_hold_digit` and the line tests it settles without a regular expression
(`list_or_table_row`, `table_cell`, `gallery_caption`'s first test): each gives what its
pattern gives, on every code point and on invented lines of every kind."""

from __future__ import annotations

import re
import sys

import pytest

from articleclean.document import Segment, _forms_of
from articleclean.lexicon import LIST_OR_TABLE_ROW
from articleclean.rules import article_run, closing_runs, teaser_lines
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


_STAMP_LINES = (
    "Tuesday, 4 June 2019, 15:54",
    "12.03.2024",
    "Aktualisiert am 3. März 2023 um 10:30 Uhr",
    "٤ يونيو ٢٠١٩",  # Arabic-Indic digits: a decimal digit, no `_STAMP` form
    "Lesezeit: 5 Minuten",
    "Published March 2021 by the editors of the paper",
    "Mehr zum Thema Politik",
    "Wer gewinnt die Wahl in Berlin am Sonntag?",
    "Die 10 besten Rezepte für den Sommer",
    "Neue Regeln für Mieter ab dem kommenden Jahr",
    "Saison 2023/24: Die Bayern holen den Titel",
)


@pytest.mark.parametrize("text", _LINES + _STAMP_LINES)
def test_stamp_headline_and_list_tests_give_what_their_searches_give(text: str) -> None:
    # `_is_stamp`, `reads_as_headline`, the closing list's rows and the teaser lists' and
    # boxes' headings read the segment's flag where they searched its text for a digit.
    segment = Segment(text, None)
    words = segment.word_count
    digit = _DIGIT.search(text) is not None
    assert article_run._is_stamp(segment, words) == (
        words <= article_run._STAMP_WORDS and digit and article_run._STAMP.search(text) is not None
    )
    assert teaser_lines.reads_as_headline(segment) == (
        words >= teaser_lines.MIN_HEADLINE_WORDS
        and (not teaser_lines.reads_as_prose(segment) or teaser_lines.asks(segment))
        and not digit
    )
    rows = [Segment(f"{text} {word}", None) for word in ("eins", "zwei", "drei", "vier", "fünf")]
    expected = (
        len(rows) >= closing_runs._CLOSING_LIST_LINES
        and len({row.key for row in rows}) == len(rows)
        and all(
            row.word_count >= closing_runs._CLOSING_LIST_WORDS and not _DIGIT.search(row.text)
            for row in rows
        )
    )
    assert closing_runs._closing_list(rows, list(range(len(rows)))) == expected
