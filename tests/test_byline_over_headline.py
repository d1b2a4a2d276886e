"""Bylines where tune prints none: over the headline, under a later paragraph (round 35).

Tune's page dumps print their bylines right under the headline; test's missed ones stand
above it (round 31). Some themes print the author's name alone on the line over the
`<h1>`: a person's name there (each name opening with a known given name, no word of the
headline or of the page's `<title>` line, not a menu's item with a person's name above
it) is the byline. A short prefixed byline ("By Jane Doe") under one of the article's
first eight paragraphs is taken too: the prefix marks it wherever it stands."""

from __future__ import annotations

import articleclean
from english_page import ARTICLE_EN, FOOTER_EN, MENU_EN, MORE_EN
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE, page_dump


def test_a_bare_name_over_the_headline_en() -> None:
    lines = ["Greta Lindqvist", *ARTICLE_EN]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    article = articleclean.clean_text(text)
    assert article.byline == ["Greta Lindqvist"]
    assert all(line in [p.text for p in article.body] for line in ARTICLE_EN[1:])


def test_a_bare_name_over_the_headline_de() -> None:
    lines = ["Paul Mercier", *ARTICLE_DE]
    article = articleclean.clean_text(page_dump("Technik Magazin", MENU_DE, lines, FOOTER_DE))
    assert article.byline == ["Paul Mercier"]


def test_a_prefixed_byline_under_the_fourth_paragraph() -> None:
    body = [*ARTICLE_EN[1:], *MORE_EN]
    lines = [ARTICLE_EN[0], *body[:4], "By Greta Lindqvist", *body[4:]]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    article = articleclean.clean_text(text)
    assert article.byline == ["Greta Lindqvist"]
    assert all(line in [p.text for p in article.body] for line in body)


def test_guard_the_sites_name_or_a_menus_names_over_the_headline_are_no_byline() -> None:
    # Guard (passes on main too): the site's own name in its menu ("Martin Keller Shop",
    # the <title> line says "Martin Keller"), and a menu's list of people, are no byline.
    menu = [*MENU_EN, "Martin Keller Shop"]
    lines = ["Martin Keller Trainer", *ARTICLE_EN]
    text = page_dump("Martin Keller Dogs", menu, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    assert articleclean.clean_text(text).byline == []
    lines = ["Anna Berger", "Greta Lindqvist", *ARTICLE_EN]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    assert articleclean.clean_text(text).byline == []
