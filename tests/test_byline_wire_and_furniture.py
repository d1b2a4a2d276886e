"""A byline signed with a wire whose given name the list lacks, and a prefixed byline after
the article past the page's furniture (round 45).

"Jane Doe, Reuters" is a byline as sure as "By Jane Doe" (`names.wire_signed`), but its
names were asked for a given name the list knows, as a line without any mark is: "Ffion
Keogh, AFP" was no byline where "By Ffion Keogh" was one. Now the wire is the mark, for
one name of two or three words that is no place's and opens with no agency's or picture
library's name (a photo credit: "Getty Images, AFP"). And a prefixed byline after the
article may stand past `_END_REACH` lines (up to `_END_MARKED_REACH`) when every line
between is removed and short (the page's pagination, a share bar); not past another
story's headline (a teaser's, over its own "By …"), kept or removed."""

from __future__ import annotations

import articleclean
from articleclean.names import opens_with_given_name, parse_byline, wire_signed
from english_page import ARTICLE_EN, MORE_EN, clean_tech_page


def _body(article: articleclean.Article) -> list[str]:
    return [p.text for p in article.body]


def test_a_wire_signs_a_name_whose_given_name_the_list_lacks() -> None:
    assert not opens_with_given_name("Ffion Keogh")  # the case this test is about
    assert parse_byline("Ffion Keogh, AFP") == ["Ffion Keogh"]
    assert wire_signed("Ffion Keogh, Reuters")
    assert parse_byline("Ffion Keogh | dpa") == ["Ffion Keogh"]


def test_guard_a_wire_after_a_place_an_agency_or_a_label_is_no_byline() -> None:
    # A picture library's or an agency's own name before the wire: a photo credit.
    assert parse_byline("Getty Images, AFP") is None
    assert parse_byline("Shutterstock Editorial, AFP") is None
    assert parse_byline("Associated Press, AP") is None
    # A place (a dateline's town) before the wire.
    assert parse_byline("Los Angeles, AP") is None
    # A bar's other labels are no wire; several unknown names are no one person's.
    assert parse_byline("Willkommen Gast | RSS") is None
    assert parse_byline("Ffion Keogh and Iolo Pryce, AFP") is None


def test_a_wire_signed_byline_under_the_headline_of_a_page_dump() -> None:
    lines = [ARTICLE_EN[0], "Ffion Keogh, Reuters", *ARTICLE_EN[1:]]
    article = clean_tech_page(lines)
    assert article.byline == ["Ffion Keogh"]
    assert all(line in _body(article) for line in ARTICLE_EN[1:])


_PAGINATION = ["Page 1 of 2", "Next page", "Read on one page", "Print", "Comments", "Share"]


def test_a_prefixed_byline_after_the_article_past_its_pagination() -> None:
    # Seven lines after the last paragraph: past `_END_REACH`, over removed lines only.
    lines = [*ARTICLE_EN, *MORE_EN, *_PAGINATION, "Save", "By Greta Lindqvist", "Facebook"]
    article = clean_tech_page(lines)
    assert article.byline == ["Greta Lindqvist"]
    assert all(line in _body(article) for line in [*ARTICLE_EN[1:], *MORE_EN])


def test_guard_a_teasers_byline_past_its_headline_after_the_article() -> None:
    # Another story's headline between (kept, or removed with the page around the
    # article): its "By …" is that story's.
    teaser = "Wind farms: why the new turbines are quieter than the old ones"
    lines = [*ARTICLE_EN, *MORE_EN, *_PAGINATION[:5], teaser, "By Tomas Berglund"]
    article = clean_tech_page(lines)
    assert article.byline == []
