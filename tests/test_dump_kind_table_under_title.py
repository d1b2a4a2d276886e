"""An article dump whose own table stands right under its short headline, with the site's
footer left below it, is an article: `dump_kind` finds the table under the title (round 45,
issue 14: "a NASCAR standings table ... a product list")."""

from __future__ import annotations

import articleclean
from articleclean.document import Segment
from articleclean.rules.base import Claimed
from articleclean.rules.boilerplate import article_table_rows
from articleclean.rules.dump_kind import _table_under_title

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


SPECS = [
    "Engine: 2.0 litre petrol",
    "Power: 150 hp",
    "Gearbox: six-speed manual",
    "Top speed: 210 km/h",
    "Boot: 380 litres",
    "Price: from 28,500 euros",
]
REVIEW = [
    "The new roadster drives better than the figures suggest, with a gearbox that rewards "
    "a patient driver on a mountain road.",
    "Its ride is firm but never harsh, and the cabin stays quiet at motorway speeds, which "
    "few cars in this class manage.",
]
SITE_FOOTER = [
    "Share on Facebook",
    "Sign up for our newsletter",
    "Impressum",
    "Datenschutz",
    "Kontakt",
    "AGB",
    "© 2024 Motor Weekly. All rights reserved.",
]


def test_a_spec_sheet_under_a_short_headline_over_the_site_footer_stays_an_article() -> None:
    # main read this as a page (the footer's notices and prompts, and no table of the
    # article's right under its title: the short headline opened the block) and
    # `outside_article` took every row of the spec sheet.
    article = articleclean.clean_text(_text(["Roadster test drive", *SPECS, *REVIEW, *SITE_FOOTER]))
    assert article.metadata["dump"] == "article"
    kept = {block.text for block in article.body}
    assert all(line in kept for line in SPECS)
    assert all(line in kept for line in REVIEW)


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
