"""A person's name over a line that is only its date or its role, over the headline (round
52, bylines2, issue 14). Round 52's form probe on tune's page dumps (each dump's byline
line replaced by one form, above the headline) found "Jane Doe" / "March 3, 2023" and
"Jane Doe" / "Staff Writer" there 32 and 31 times of 75, against 62 for "Jane Doe | March
3, 2023" on one line: `_name_over_headline` read only the line right above the headline.
The date or role line between says as much as the name's place does; a name over any other
line (a section's name) stays none, as round 31 measured."""

from __future__ import annotations

import pytest

import articleclean
from english_page import ARTICLE_EN, FOOTER_EN, MENU_EN
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE, page_dump


@pytest.mark.parametrize(
    "fact",
    ["March 3, 2023", "3 hours ago", "5 min read", "Staff Writer"],  # [] on main
)
def test_a_name_over_its_date_or_role_over_the_headline(fact: str) -> None:
    lines = ["Greta Lindqvist", fact, *ARTICLE_EN]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    article = articleclean.clean_text(text)
    assert article.byline == ["Greta Lindqvist"]
    assert all(line in [p.text for p in article.body] for line in ARTICLE_EN[1:])


def test_a_name_over_its_date_over_the_headline_de() -> None:  # [] on main
    lines = ["Paul Mercier", "vor 2 Stunden", *ARTICLE_DE]
    article = articleclean.clean_text(page_dump("Technik Magazin", MENU_DE, lines, FOOTER_DE))
    assert article.byline == ["Paul Mercier"]


def test_guard_a_name_over_a_section_over_the_headline_is_none() -> None:
    # Guard (passes on main too; fails when any line between is passed over): a section's
    # name between says nothing of the name above it, a menu's item.
    lines = ["Greta Lindqvist", "Politics", *ARTICLE_EN]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    assert articleclean.clean_text(text).byline == []


def test_guard_a_list_of_people_over_a_date_is_none() -> None:
    # Guard (passes on main too): a person's name right above the name, a list of people.
    lines = ["Anna Berger", "Greta Lindqvist", "March 3, 2023", *ARTICLE_EN]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    assert articleclean.clean_text(text).byline == []
