"""Byline forms and wrong picks of whole-page dumps (round 41).

A word before a one-word prefix ("Kommentar von Jane Doe", "Video von Jane Doe"), read as
bare names, gave the word as part of a person's name; a name in capitals beside
its date ("JANE DOE 03.11.2023") was no name; "Jane Doe | dpa" was not signed as "Jane
Doe, dpa" is. Wrong picks refused by structure: the lead picture's credit in a byline's
form ("Thomas Keller, Reuters" under its caption) above the prefixed byline; a menu's
heading over items that repeat it ("Eden Gardens" / "Eden Gardens Tours 2021", the year
read as the date beside a name); an address glued to the last name ("Reyesana.reyes@…")."""

from __future__ import annotations

import articleclean
from articleclean.names import bare_names, parse_byline, wire_signed
from english_page import ARTICLE_EN, FOOTER_EN, MENU_EN
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE, page_dump


def _en(byline: list[str], menu: list[str] = MENU_EN) -> str:
    lines = [ARTICLE_EN[0], *byline, *ARTICLE_EN[1:]]
    return page_dump("Tech Magazine", menu, lines, FOOTER_EN, headline=ARTICLE_EN[0])


def test_a_word_before_the_prefix_makes_no_name() -> None:
    # "Kommentar von Paula Schneider" under "Von" was the name "Kommentar von Paula
    # Schneider"; such a line is no byline of its own either (a video's credit, a book).
    lines = [ARTICLE_DE[0], "Von", "Kommentar von Paula Schneider", *ARTICLE_DE[1:]]
    article = articleclean.clean_text(page_dump("Technik Magazin", MENU_DE, lines, FOOTER_DE))
    assert article.byline == []
    assert bare_names("Video von Paula Schneider") is None
    assert parse_byline("Camino von Paula Schneider") is None


def test_a_name_in_capitals_beside_its_date() -> None:
    article = articleclean.clean_text(_en(["GRETA LINDQVIST 03.11.2023"]))
    assert article.byline == ["Greta Lindqvist"]


def test_names_signed_with_a_wire_after_a_bar() -> None:
    assert wire_signed("Greta Lindqvist | Reuters")
    assert wire_signed("Greta Lindqvist and Tom Weber | AFP")
    lines = [*ARTICLE_EN, "Greta Lindqvist | Reuters", *FOOTER_EN]
    article = articleclean.clean_text(
        page_dump("Tech Magazine", MENU_EN, lines, headline=ARTICLE_EN[0])
    )
    assert article.byline == ["Greta Lindqvist"]


def test_the_pictures_credit_above_the_prefixed_byline() -> None:
    caption = "Engineers test the new cells in a laboratory near the university campus."
    byline = [caption, "Thomas Keller, Reuters", "By Greta Lindqvist"]
    article = articleclean.clean_text(_en(byline))
    assert article.byline == ["Greta Lindqvist"]
    assert all(line in [p.text for p in article.body] for line in ARTICLE_EN[1:])


def test_a_menus_heading_over_items_that_repeat_it() -> None:
    # The page does not print its headline again: the search starts under the <title>
    # line, over the menu, whose heading opens with a given name.
    menu = ["Eden Gardens", "Eden Gardens Tours 2021", "Eden Gardens Tours 2022", *MENU_EN]
    dump = page_dump("Tech Magazine", menu, ARTICLE_EN[1:], FOOTER_EN, headline=ARTICLE_EN[0])
    assert articleclean.clean_text(dump).byline == []
    menu = ["Skip to content", "Travel", "Eden Gardens", "Eden Gardens Tours 2021", *MENU_EN]
    dump = page_dump("Tech Magazine", menu, ARTICLE_EN[1:], FOOTER_EN, headline=ARTICLE_EN[0])
    assert articleclean.clean_text(dump).byline == []


def test_an_address_glued_to_the_last_name() -> None:
    names = parse_byline("Por Ana María Reyes Lópezana.reyes@diario.com.pa")
    assert names == ["Ana María Reyes"]


def test_guard_capitals_alone_a_credit_or_a_wire_are_no_name() -> None:
    # Guards (pass on main too): a section in capitals opens with a given name as often
    # as a name does; a photo credit and a wire's name are nobody's byline.
    assert bare_names("HARRIS COUNTY") is None
    assert bare_names("EFE EFE 12.03.2022") is None
    assert parse_byline("Fotos von Paula Schneider") is None
    assert bare_names("Ursula von der Leyen") == ["Ursula von der Leyen"]
    assert not wire_signed("Greta Lindqvist | Sport")
    article = articleclean.clean_text(_en(["Thomas Keller, Reuters"]))
    assert article.byline == ["Thomas Keller"]  # alone, the signed line is the byline
