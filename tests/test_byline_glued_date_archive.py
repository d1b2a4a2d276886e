"""Bylines whose date is glued to the name (round 33): a browser's copy of a page joins
the author's link and the <time> element after it without a space ("Jane Doe3.11.2023",
"Jane Doe22. Februar 2020"), as it joined a machine date before. The names end where
the date begins; a clock glued to a two-digit year ("28.09.1912:44") is no year; and a
name and date under the headline printed again in a list of stories after the article
is a teaser's, not the byline. And a link to the author's other articles after the
article ("View all posts by Jane Doe", "Alle Artikel von Jane Doe") names the author."""

from __future__ import annotations

import articleclean
from articleclean import names
from articleclean.names import bare_names, dated_names
from english_page import ARTICLE_EN, FOOTER_EN, MENU_EN
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE, page_dump


def test_a_numeric_date_glued_to_the_names_ends_them() -> None:
    assert bare_names("Greta Lindqvist3.11.2023") == ["Greta Lindqvist"]
    assert bare_names("Marco Bellini19.10.2019, 05:00 Uhr") == ["Marco Bellini"]
    assert bare_names("Anna Berger und Jonas Keller05/02/2021") == ["Anna Berger", "Jonas Keller"]
    assert dated_names("Greta Lindqvist3.11.2023")


def test_a_day_and_named_month_glued_to_the_names_end_them() -> None:
    assert bare_names("Greta Lindqvist22. Februar 2020") == ["Greta Lindqvist"]
    assert bare_names("Paul Mercier5. März 2019") == ["Paul Mercier"]


def test_guard_a_clock_glued_to_a_two_digit_year_is_no_date() -> None:
    # Guard (passes on main too): a forum's "user28.09.19" + "12:44" is no year 1912.
    assert not dated_names("Lindqvist28.09.1912:44")
    assert bare_names("Greta Lindqvist28.09.1912:44") is None


def test_a_glued_name_and_date_under_the_headline_is_the_byline() -> None:
    de = [ARTICLE_DE[0], "Greta Lindqvist3.11.2023", *ARTICLE_DE[1:]]
    article = articleclean.clean_text(page_dump("Technik Magazin", MENU_DE, de, FOOTER_DE))
    assert article.byline == ["Greta Lindqvist"]
    de = [ARTICLE_DE[0], "Paul Mercier22. Februar 2020", *ARTICLE_DE[1:]]
    article = articleclean.clean_text(page_dump("Technik Magazin", MENU_DE, de, FOOTER_DE))
    assert article.byline == ["Paul Mercier"]
    en = [ARTICLE_EN[0], "Greta Lindqvist03/11/2023", *ARTICLE_EN[1:]]
    text = page_dump("Tech Magazine", MENU_EN, en, FOOTER_EN, headline=ARTICLE_EN[0])
    assert articleclean.clean_text(text).byline == ["Greta Lindqvist"]


def test_guard_a_teasers_name_and_date_under_the_headline_repeated_after_the_article() -> None:
    # Guard (passes on main too): the headline, split over two lines on the page, is
    # printed whole again in a list of the most read stories after the article, each
    # story's author and date glued under it; the byline is the one under the article's
    # headline. (Where the title rule takes the list's copy for the title instead,
    # `_after_most_prose` keeps the teaser's name under it out; this page does not.)
    head, tail = "Batterie-Forschung:", "Laden in wenigen Minuten"
    teasers = [
        "Meistgelesen",
        f"{head} {tail}",
        "Greta Lindqvist19.10.2019, 05:00 Uhr",
        "Neue Bahnstrecke eröffnet",
        "Jonas Keller18.10.2019, 20:00 Uhr",
        "Stadtrat beschließt Haushalt",
        "Anna Berger18.10.2019, 18:50 Uhr",
    ]
    article_lines = [head, tail, "Greta Lindqvist 19.10.2019, 05:00 Uhr", *ARTICLE_DE[1:]]
    text = page_dump(
        "Technik Magazin", MENU_DE, article_lines, teasers, FOOTER_DE, headline=f"{head} {tail}"
    )
    assert articleclean.clean_text(text).byline == ["Greta Lindqvist"]


# --- a link to the author's other articles after the article (round 33) ----------


def test_an_archive_link_names_the_author() -> None:
    read = names.archive_link_names  # (an attribute: the module imports on main too)
    assert read("View all posts by Greta Lindqvist") == ["Greta Lindqvist"]
    assert read("Alle Artikel von Paul Mercier") == ["Paul Mercier"]
    assert read("Tous les articles de Paul Mercier") == ["Paul Mercier"]
    assert read("Mehr von Anna Berger:") == ["Anna Berger"]
    # a site's, a section's or "us" is no person (no known given name opens it)
    assert read("More from Harbour Times") is None
    assert read("Mehr von uns") is None
    assert read("More from Relationships") is None


def test_guard_a_sites_archive_after_the_article_is_no_byline() -> None:
    # Guard (passes on main too): the site's or a section's archive names nobody.
    box = ["Share", "More from Harbour Times", "More from Relationships"]
    text = page_dump("Tech Magazine", MENU_EN, ARTICLE_EN, box, FOOTER_EN, headline=ARTICLE_EN[0])
    assert articleclean.clean_text(text).byline == []


def test_an_archive_link_after_the_article_gives_the_byline() -> None:
    box = ["Teilen", "Alle Artikel von Greta Lindqvist", "Das könnte Sie auch interessieren"]
    text = page_dump("Technik Magazin", MENU_DE, ARTICLE_DE, box, FOOTER_DE)
    assert articleclean.clean_text(text).byline == ["Greta Lindqvist"]
    box_en = ["Share", "View all posts by Paul Mercier", "Related stories"]
    text = page_dump(
        "Tech Magazine", MENU_EN, ARTICLE_EN, box_en, FOOTER_EN, headline=ARTICLE_EN[0]
    )
    assert articleclean.clean_text(text).byline == ["Paul Mercier"]


def test_guard_an_archive_link_in_a_sidebar_above_the_article_is_no_byline() -> None:
    # Guard (passes on main too): a columnist's archive in a menu above the article.
    menu = [*MENU_DE, "Mehr von Anna Berger"]
    text = page_dump("Technik Magazin", menu, ARTICLE_DE, FOOTER_DE)
    assert articleclean.clean_text(text).byline == []
