"""The screen's trigger for the credit rules (`CREDIT_TRIGGER`): every line split_credit
finds a credit in holds one of its strings, so asking the rules only about those lines
changes no verdict."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from articleclean.patterns import strings_of
from articleclean.readers.text import read_text
from articleclean.rules.credits import _OTHER_SPACE, CREDIT_SIGN, CREDIT_TRIGGER, split_credit

ROOT = Path(__file__).resolve().parents[1]


def test_the_trigger_only_lists_strings_and_holds_every_sign_but_colon_and_for() -> None:
    trigger = strings_of(CREDIT_TRIGGER)
    signs = strings_of(CREDIT_SIGN)
    assert trigger is not None and signs is not None  # one automaton of strings finds them
    assert signs - trigger == {":", "：", " for "}


def test_other_space_is_what_backslash_s_matches_besides_the_space() -> None:
    spaces = {chr(code) for code in range(0x110000) if re.match(r"\s", chr(code))}
    listed = {chr(code) for code in range(0x110000) if re.match(f"[{_OTHER_SPACE}]", chr(code))}
    assert listed == spaces - {" "}


@pytest.mark.parametrize(
    "line",
    [
        # a colon after a credit word, a drawing's label, a source label, a CJK label
        "Ein Blick auf den Hafen. Foto: Jane Doe",
        "Photo credit: Jane Doe",
        "Die Mieten in der Altstadt. Grafik: Stadtarchiv",
        "Ilustración: Ana García",
        "Las calles del centro. Fuente: iStock",
        "In der Stadt. Quelle: stock.adobe.com",
        "摄影：张三",
        # an agency and "photo" in lower case
        "The minister arrives in Delhi for talks on Sunday. ANI photo",
        # a photographer on assignment, with any white space around "for"
        "Crowds gather on Sunday. Jane Doe for The New York Times",
        "Crowds gather on Sunday. Jane Doe for the Washington Post",
        "Waiting for the rain. Jane Doe for\tThe New York Times",
        "Waiting for the rain. Jane Doe\u00a0for The New York Times",
        "Waiting for the rain. Jane Doe for the\u00a0Washington Post",
    ],
)
def test_a_credit_that_needed_a_colon_or_for_is_still_asked_about(line: str) -> None:
    assert split_credit(line) is not None
    assert CREDIT_TRIGGER.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "Posted: 12 March 2024, 10:30",
        "Thanks for reading our newsletter",
        "Tags: politics, economy",
        "He waited for the bus for an hour.",
    ],
)
def test_a_time_a_label_or_prose_with_for_is_not_asked_about(line: str) -> None:
    assert split_credit(line) is None
    assert not CREDIT_TRIGGER.search(line)


def test_every_credit_found_in_the_fixture_lines_holds_the_trigger() -> None:
    paths = sorted((ROOT / "tests" / "fixtures" / "text").glob("*.txt"))
    paths += sorted((ROOT / "examples").glob("*.txt"))
    credited = 0
    for path in paths:
        for segment in read_text(path.read_text("utf-8")).segments:
            if split_credit(segment.text) is not None:
                credited += 1
                assert CREDIT_TRIGGER.search(segment.text), segment.text
    assert credited
