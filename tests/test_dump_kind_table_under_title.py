"""An article dump whose own table stands right under its short headline, with the site's
menu and notices left below it, is an article: the page tests do not count the table's
rows as a menu (round 45, issue 14: "a NASCAR standings table ... a product list")."""

from __future__ import annotations

import articleclean
from articleclean.document import Segment
from articleclean.rules.base import Claimed
from articleclean.rules.boilerplate import article_table_rows
from articleclean.rules.dump_kind import _table_made_it, _table_under_title

HEADLINE = "Cup Series standings after Darlington"
DRIVERS = [
    ("Kyle Larson", "Chevrolet"),
    ("Denny Hamlin", "Toyota"),
    ("William Byron", "Chevrolet"),
    ("Chase Elliott", "Chevrolet"),
    ("Ryan Blaney", "Ford"),
    ("Tyler Reddick", "Toyota"),
    ("Martin Truex Jr.", "Toyota"),
    ("Christopher Bell", "Toyota"),
    ("Joey Logano", "Ford"),
    ("Ross Chastain", "Chevrolet"),
]
# The table copied one cell a line: place, driver, make.
CELLS = [cell for place, row in enumerate(DRIVERS, 1) for cell in (str(place), *row)]
PROSE = [
    "The regular season has six races left before the playoff field is set.",
    "Two former champions sit outside the top sixteen after a rough spring.",
]
FOOTER = [
    "Sign up for our newsletter",
    "Home",
    "News",
    "Motorsport",
    "Formel 1",
    "Impressum",
    "Datenschutz",
    "Kontakt",
]
MENU = ["Home", "News", "Motorsport", "Formel 1", "Rallye", "Kontakt", "Datenschutz"]


def _text(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_table_under_a_short_headline_over_the_site_footer_stays_an_article() -> None:
    # main read this as a page (the table's names as a menu above the prose, the footer
    # below it) and `outside_article` took every row of the table.
    article = articleclean.clean_text(_text([HEADLINE, *CELLS, *PROSE, *FOOTER]))
    assert article.metadata["dump"] == "article"
    kept = {block.text for block in article.body}
    assert all(driver in kept for driver, _ in DRIVERS)
    assert all(line in kept for line in PROSE)


def test_a_menu_above_the_article_still_makes_a_page() -> None:
    # Menu items are all different and bare: no table by its shape, so the page tests
    # count them as before.
    text = _text([f"{HEADLINE} | Racing Daily", *MENU, *PROSE, *FOOTER])
    article = articleclean.clean_text(text)
    assert article.metadata["dump"] == "page"
    assert not {block.text for block in article.body} & set(MENU)


def _segments(lines: list[str]) -> list[Segment]:
    return [Segment(text, (number, number)) for number, text in enumerate(lines, 1)]


def test_the_title_apart_finds_a_table_right_under_a_short_first_line() -> None:
    segments = _segments([HEADLINE, *CELLS, *PROSE])
    # The short headline reads as the block's first row, and the block stands under
    # nothing: no table.
    assert not article_table_rows(segments, Claimed())
    assert article_table_rows(segments, Claimed(), title_apart=True) == set(
        range(1, 1 + len(CELLS))
    )


def test_the_table_made_it_only_when_the_test_fails_without_its_rows() -> None:
    foreign = [False, True, True, True, True, False]

    def four(lines: list[bool]) -> bool:
        return sum(lines) >= 4

    assert _table_made_it(foreign, lambda: {2, 3}, four)
    assert not _table_made_it(foreign, lambda: set(), four)  # no table
    assert not _table_made_it(foreign, lambda: {0, 5}, four)  # no foreign row in it
    assert not _table_made_it([True] * 7, lambda: {2}, four)  # still a menu without it


def test_a_block_printing_the_headline_again_is_a_page_header() -> None:
    # A blog's page: its <title>, the blog's header lines, the post's headline again,
    # then the recipe's ingredients, all short lines in one block. With the first line
    # apart the block would read as the article's own table under its title; the
    # headline printed again among its rows says it is the page's header.
    lines = [
        "Almond biscuits | Kitchen Notes",
        "Kitchen Notes Treats from a small kitchen",
        "About this blog",
        "8 December 2012",
        "Almond biscuits",
        "300 g flour",
        "1 tsp baking powder",
        "100 g ground almonds",
        "200 g butter",
        "200 g sugar",
        "1 egg",
    ]
    segments = _segments(lines)
    assert article_table_rows(segments, Claimed(), title_apart=True)
    assert _table_under_title(segments, Claimed()) == article_table_rows(segments, Claimed())
    without = _segments([lines[0], *lines[5:]])
    assert _table_under_title(without, Claimed()) == set(range(1, 7))
