"""The byline's date and label patterns (`names.py`) and the stamp's (`lexicon.py`) differ
on purpose (issue 16's twins): these are the differences, so that one pattern for both
is a visible change of what each finds, not a silent one."""

from __future__ import annotations

import re

import pytest

from articleclean.lexicon import STAMP_DATE, STAMP_LABEL
from articleclean.names import _DATES, _LABELLED_STAMP

BYLINE_DATE = re.compile(_DATES, re.IGNORECASE)
STAMP = re.compile(STAMP_DATE, re.IGNORECASE)


@pytest.mark.parametrize(
    "date", ["04 de mayo 2022", "13 stycznia 2021", "Sept. 3, 2019", "3/5/22", "2022-12-07"]
)
def test_both_read_the_common_dates(date: str) -> None:
    assert BYLINE_DATE.fullmatch(date) and STAMP.fullmatch(date)


@pytest.mark.parametrize("date", ["12 мая 2022", "3 října 2021", "3/5/1822"])
def test_after_names_any_word_is_a_month_and_any_year_a_year(date: str) -> None:
    assert BYLINE_DATE.fullmatch(date) and not STAMP.fullmatch(date)


@pytest.mark.parametrize("date", ["January 13th, 2020", "5. Januar, 2021"])
def test_a_stamp_alone_takes_ordinals_and_a_comma_after_the_month(date: str) -> None:
    assert STAMP.fullmatch(date) and not BYLINE_DATE.fullmatch(date)


@pytest.mark.parametrize(
    ("label", "after_names", "before_a_stamp"),
    [
        ("Updated on", True, True),
        ("Last updated", True, True),
        ("mis à jour le", True, True),
        ("on", True, False),
        ("am", True, False),
        ("Zaktualizowano", True, False),
        ("Gepubliceerd", True, False),
        ("Stand", False, True),
    ],
)
def test_the_labels_each_knows(label: str, after_names: bool, before_a_stamp: bool) -> None:
    assert bool(_LABELLED_STAMP.match(f" {label} 03.11.2023")) is after_names
    assert bool(re.fullmatch(STAMP_LABEL, label, re.IGNORECASE)) is before_a_stamp
