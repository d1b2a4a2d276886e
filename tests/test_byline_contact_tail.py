"""A prefixed byline that ends with how to reach the writer ("Von Jane Doe E-Mail", an
author box's mail link printed as its label; "By Jane Doe @janedoe") gives the names
alone, as `bare_names` does for the same line without a prefix (round 43; invented
lines)."""

from __future__ import annotations

import pytest

from articleclean import clean_text
from articleclean.names import bare_names, parse_byline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Jane Doe E-Mail", ["Jane Doe"]),
        ("By Jane Doe Email", ["Jane Doe"]),
        ("By Jane Doe and John Roe E-Mail", ["Jane Doe", "John Roe"]),
        ("By Jane Doe @janedoe jdoe@paper.com", ["Jane Doe"]),
    ],
)
def test_the_contact_tail_is_no_part_of_the_names(line: str, names: list[str]) -> None:
    assert parse_byline(line, False) == names


def test_a_name_holding_the_letters_stays_whole() -> None:
    # "Emailia" holds "email" inside a word: no contact label
    assert parse_byline("By Emailia Doe", False) == ["Emailia Doe"]


def test_prefixed_and_bare_lines_agree() -> None:
    assert parse_byline("Von Jane Doe E-Mail", False) == list(bare_names("Jane Doe E-Mail") or ())


def test_the_article_s_byline_drops_the_label() -> None:
    dump = (
        "Stadtrat beschließt neuen Radweg am Fluss\n\n"
        "Von Jane Doe E-Mail\n\n"
        "Der Stadtrat hat am Dienstag einen neuen Radweg entlang des Flusses beschlossen. "
        "Die Arbeiten sollen im Frühjahr beginnen und rund zwei Millionen Euro kosten.\n\n"
        "Anwohner hatten den Weg seit Jahren gefordert, weil die Straße am Ufer eng ist "
        "und viele Kinder dort zur Schule fahren."
    )
    assert clean_text(dump).byline == ["Jane Doe"]
