"""A bare name under the headline with a picture or a section label between (round 34).

Headline, standfirst, the lead picture's caption over its credit, then the byline is a
common order on news pages; the caption is the picture's, not a paragraph of the
article, so the search for a byline without "By" goes on under it. A section's name alone
under the headline ("Politics") is passed over too, when the article's text follows the
name right away (a menu's next item does not). And the author's follow button ("Follow",
"+ FOLLOW", "Seguir") between a name and its date is passed over as a share link is."""

from __future__ import annotations

import articleclean
from english_page import ARTICLE_EN, FOOTER_EN, MENU_EN
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE, page_dump

CAPTION_EN = "The laboratory at the university, where the cells were built and tested."
CAPTION_DE = "Das Labor der Universität, in dem die Zellen gebaut und getestet wurden."


def _article_dump(lines: list[str]) -> str:
    """An article dump: blocks separated by blank lines, as a scraper's seed prints them."""
    return "\n\n".join(lines)


def test_a_bare_name_under_the_standfirst_and_the_lead_pictures_caption_en() -> None:
    lines = [
        ARTICLE_EN[0],
        ARTICLE_EN[1],
        CAPTION_EN,
        "Photo: Lena Varga/AFP",
        "Greta Lindqvist",
        *ARTICLE_EN[2:],
    ]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    article = articleclean.clean_text(text)
    assert article.byline == ["Greta Lindqvist"]
    assert ARTICLE_EN[1] in [p.text for p in article.body]  # the standfirst stays text


def test_a_bare_name_under_the_standfirst_and_the_lead_pictures_caption_de() -> None:
    lines = [
        ARTICLE_DE[0],
        ARTICLE_DE[1],
        CAPTION_DE,
        "Foto: Lena Varga/dpa",
        "Paul Mercier",
        *ARTICLE_DE[2:],
    ]
    article = articleclean.clean_text(page_dump("Technik Magazin", MENU_DE, lines, FOOTER_DE))
    assert article.byline == ["Paul Mercier"]


def test_a_bare_name_under_the_caption_in_an_article_dump() -> None:
    lines = [ARTICLE_EN[0], ARTICLE_EN[1], CAPTION_EN, "Photo: Lena Varga/AFP", "Greta Lindqvist"]
    article = articleclean.clean_text(_article_dump([*lines, *ARTICLE_EN[2:]]))
    assert article.byline == ["Greta Lindqvist"]


def test_a_bare_name_under_a_section_label_in_an_article_dump() -> None:
    lines = [ARTICLE_EN[0], "Science", "Greta Lindqvist", *ARTICLE_EN[1:]]
    assert articleclean.clean_text(_article_dump(lines)).byline == ["Greta Lindqvist"]
    lines = [ARTICLE_DE[0], "Wissenschaft", "Paul Mercier", *ARTICLE_DE[1:]]
    assert articleclean.clean_text(_article_dump(lines)).byline == ["Paul Mercier"]


def test_guard_a_name_under_a_section_label_and_over_a_menu_is_no_byline() -> None:
    # Guard (passes on main too): under the headline a menu ("Dogs", a person's name,
    # more items) is no byline, and neither is a name under a prose line that is no
    # picture's caption (the article has begun).
    lines = [ARTICLE_EN[0], "Dogs", "Martin Keller", "Training", "Food", "Shop", *ARTICLE_EN[1:]]
    assert articleclean.clean_text(_article_dump(lines)).byline == []
    lines = [ARTICLE_EN[0], ARTICLE_EN[1], ARTICLE_EN[2], "Greta Lindqvist", *ARTICLE_EN[3:]]
    assert articleclean.clean_text(_article_dump(lines)).byline == []


# --- the author's follow button between the name and the date --------------------

_STANDFIRST = "A cheap battery could change how we charge our phones and cars, a new study says."
_SECOND = "The cells were built in a laboratory at the university over the last two years."


def _page_with(byline_lines: list[str]) -> str:
    """The English page with `byline_lines` under two paragraphs, where a bare name needs
    a date beside it."""
    lines = [ARTICLE_EN[0], _STANDFIRST, _SECOND, *byline_lines, *ARTICLE_EN[1:]]
    return page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])


def test_a_follow_button_between_the_name_and_its_date() -> None:
    for lines in (
        ["Greta Lindqvist", "Follow", "March 3, 2023"],
        ["Greta Lindqvist", "+ FOLLOW", "Published: 10:00am, 3 Mar, 2023"],
        ["Greta Lindqvist", "Seguir", "March 3, 2023"],
    ):
        assert articleclean.clean_text(_page_with(lines)).byline == ["Greta Lindqvist"]


def test_guard_a_follow_button_is_no_date() -> None:
    # Guard (passes on main too): the button is passed over, not counted as the fact a
    # bare name needs beside it.
    for lines in (["Greta Lindqvist", "Follow", "Share"], ["Greta Lindqvist", "Follow"]):
        assert articleclean.clean_text(_page_with(lines)).byline == []
