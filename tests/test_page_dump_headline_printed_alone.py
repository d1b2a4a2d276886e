"""A whole-page dump's title is the headline the page prints alone, when that line is the
start or the end of the <title> line and what is left is the site's side (round 61): a
label before a colon, a word and a name after the headline, a breadcrumb and a tagline
after a slash. The headline's copy stands far below the first line that reads as prose,
past the window in which `repeated_headline` looks for a shorter form of the <title>."""

from __future__ import annotations

import articleclean
from articleclean import Cleaner
from council_page import FOOTER, HEADLINE, MENU, PARAGRAPHS, SECTIONS

TAGLINE = "Our newsroom brings you the news of the city and the region every single day."
"""A site's tagline that reads as prose, near the top: the article's first prose line is
taken to be there, and the headline stands past the window under it."""


def _page(title: str, *middle: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([title, *MENU, TAGLINE, *SECTIONS, *middle, *PARAGRAPHS, *tail, *FOOTER])


def test_a_label_before_a_colon_comes_off_when_the_page_prints_the_headline_alone() -> None:
    article = articleclean.clean_text(_page(f"Press release: {HEADLINE}", "Releases", HEADLINE))
    assert article.title == HEADLINE
    assert article.metadata["title_text"] == f"Press release: {HEADLINE}"
    assert article.paragraphs[-len(PARAGRAPHS) :] == PARAGRAPHS


def test_a_word_and_the_site_after_the_headline_come_off() -> None:
    # "<name> Recipe | SITE": the bar cut leaves the word, the page's copy does not.
    name = "Lemon cake with poppy seeds"
    text = _page(f"{name} Recipe | KITCHEN", "Recipes", "Cakes", name, "Ingredients")
    article = articleclean.clean_text(text)
    assert article.title == name
    assert article.metadata["site_name"] == "KITCHEN"


def test_a_breadcrumb_and_a_tagline_after_a_slash_come_off() -> None:
    # The <title>'s longest part is the site's tagline, not the headline.
    title = f"{HEADLINE} / News / Local / Home - City Daily - The news of the city and the region every day"
    article = articleclean.clean_text(_page(title, "News", HEADLINE))
    assert article.title == HEADLINE


def test_the_title_stays_whole_when_the_page_prints_it_whole() -> None:
    # The headline holds the kicker; its end printed alone is a closing line quoting it.
    title = "Editor's letter: goodbye and thank you all"
    text = _page(title, title, tail=("Goodbye and thank you all",))
    assert articleclean.clean_text(text).title == title


def test_a_site_name_printed_alone_before_a_long_tagline_is_no_headline() -> None:
    # "Site - <a tagline of more than a name's words>": the logo line is the site's.
    title = "Good Morning City - The news of the city and the region every single day"
    article = articleclean.clean_text(_page(title, "Good Morning City", HEADLINE))
    assert article.title != "Good Morning City"


def test_a_short_start_of_the_headline_printed_alone_cuts_nothing() -> None:
    # A tag or a section printing the headline's first words is no headline.
    article = articleclean.clean_text(_page(f"{HEADLINE} | City Daily", "City council"))
    assert article.title == HEADLINE


def test_an_article_dump_keeps_its_title() -> None:
    # An article dump's line printing the title's end is its own (a subheading).
    title = f"Press release: {HEADLINE}"
    text = "\n\n".join([title, PARAGRAPHS[0], HEADLINE, *PARAGRAPHS[1:]])
    assert Cleaner(dump="article").clean_text(text).title == title


def test_a_section_the_menu_prints_before_the_headline_is_no_headline() -> None:
    # "Section - Headline" over a menu that prints the section: the side after the short
    # start is a headline of a site's name's length, not a site's name (the lead's probe
    # of the merged rule).
    headline = "Budget approved after long debate"
    for title in (f"Council - {headline}", f"Council | {headline}", f"Council / {headline}"):
        article = articleclean.clean_text(_page(title, "Council", "Schools", "Transport"))
        assert article.title != "Council", title


def test_a_short_headline_before_a_sites_name_of_three_words_comes_off() -> None:
    # "Penny - Stardew Valley Wiki": a wiki's or a shop's page, named by one word.
    article = articleclean.clean_text(_page("Bridges - City Council Wiki", "Bridges"))
    assert article.title == "Bridges"
