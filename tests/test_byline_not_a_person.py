"""A byline names people: a publisher, a footer's "Powered by", a programme's name or
initials alone give no author (round 31: wrong names cost more than missed ones).

Each case but the guards fails on main 8044e6c; the guards pass on both."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.names import bare_names, parse_byline

ARTICLE = """Harbour cranes return to work after a week of repairs

{byline}

The three cranes at the north quay were lifting containers again on Tuesday morning, a week after a storm damaged their rails and left two ships waiting offshore.

Engineers replaced forty metres of track and tested each crane under load before the port authority let them work again, the harbour master said.
"""


@pytest.mark.parametrize(
    "line",
    [
        "By Harbour Media Group",
        "Von Kiesel Stiftung | 4. März 2024",
        "By Northshore Publishing Inc.",
        "Par J. K. le 3 mars 2024",
        "PAR LES VOIX DU SOIR",
    ],
)
def test_a_prefixed_line_naming_no_person_gives_no_names(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Nordhafen Verlag",
        "Tidewater Media",
        "Von Tilman / 6. März 2024 / 3 Kommentare",
        "By Jane Doe",
    ],
)
def test_a_bare_line_naming_no_person_or_with_a_prefix_is_no_bare_name(line: str) -> None:
    # "By Jane Doe" is `parse_byline`'s: read bare, "By" was taken for a given name
    assert bare_names(line) is None


@pytest.mark.parametrize(
    "byline",
    ["By Harbour Media Group", "Powered by:\n\nHarbour Systems", "Von Kiesel Stiftung"],
)
def test_a_publisher_or_a_footer_credit_under_the_headline_is_no_byline(byline: str) -> None:
    article = articleclean.clean_text(ARTICLE.format(byline=byline))
    assert article.byline == []


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Tessa Brandt", ["Tessa Brandt"]),
        ("Von Jane Doe und John Roe", ["Jane Doe", "John Roe"]),
        ("By Dana Fischer and Li Wei", ["Dana Fischer", "Li Wei"]),
        ("Par Jean-Luc Marchand", ["Jean-Luc Marchand"]),
    ],
)
def test_guard_people_are_still_read(byline: str, names: list[str]) -> None:
    """Guard (passes on main too): people's names, prefixed, are untouched."""
    assert articleclean.clean_text(ARTICLE.format(byline=byline)).byline == names


def test_guard_a_name_and_a_role_naming_a_body_keeps_the_name() -> None:
    """Guard (passes on main too): the role after the comma ends the names first."""
    assert bare_names("Jane Doe, Society Editor") == ["Jane Doe"]
