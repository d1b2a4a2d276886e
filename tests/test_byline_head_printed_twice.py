"""A page that prints its head twice (round 47): the windows hang from the second copy.

Some themes print a header card (the headline and its standfirst) and then the article
with its headline again, the author's name over that copy. The first prose line is then
the card's standfirst, above the article: the start every byline window hangs from moves
under the headline's copy, where the name over it is read (`_name_over_headline`)."""

from __future__ import annotations

import articleclean
from english_page import ARTICLE_EN, FOOTER_EN, MENU_EN, MORE_EN
from german_page import page_dump

HEADLINE = ARTICLE_EN[0]
STANDFIRST = (
    "The battery is made of cheap materials and can be charged in a few minutes, the "
    "researchers say in their study."
)


def test_a_name_over_the_headlines_second_copy() -> None:
    # The card (headline, standfirst), then the article's head again: a kicker, the
    # writer's name, the headline and the standfirst, under it a paywall's prompts and a
    # picture's credit. The page rules take the second head with the prompts, the name
    # too; the standfirst stays, read as the first prose line.
    lines = [
        HEADLINE,
        STANDFIRST,
        "THE BIG INTERVIEW",
        "Greta Lindqvist",
        HEADLINE,
        STANDFIRST,
        "Share this story",
        "Subscribe",
        "Log in",
        "Read our plans",
        "Photo: Archive",
        *ARTICLE_EN[1:],
        *MORE_EN[:6],
    ]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=HEADLINE)
    article = articleclean.clean_text(text, dump="page")
    assert article.byline == ["Greta Lindqvist"]
    body = [p.text for p in article.body]
    assert all(line in body for line in [*ARTICLE_EN[1:], *MORE_EN[:6]])


def test_guard_a_name_over_a_copy_after_the_first_paragraphs() -> None:
    # Guard (passes on main too): the headline's copy under the article's paragraphs (a
    # box of stories repeating this one, its writer over it) moves no window: only a copy
    # between the first two prose lines says the first is the head's standfirst.
    lines = [
        HEADLINE,
        STANDFIRST,
        *ARTICLE_EN[1:],
        *MORE_EN[:4],
        "More stories",
        "Greta Lindqvist",
        HEADLINE,
        "Anna Berger",
        "Solar panels on every roof: what the new rules mean",
    ]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=HEADLINE)
    assert articleclean.clean_text(text, dump="page").byline == []
