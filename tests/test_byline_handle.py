"""A name with the author's handle or address on its line is a byline (round 37).

Near the article's start a bare name needs a fact beside it to be taken for the byline (a
date, a role, a note on the author): a name alone there may be a speaker's label or the
article's subject. The writer's handle or e-mail address on the name's own line says how to
reach the writer, as a date beside the name says when the writer wrote; the moved-byline
stress of `bench.labelled_dumps` (tune) found such lines 55 and 58 of 75 times before."""

from __future__ import annotations

import pytest

import articleclean
from english_page import ARTICLE_EN, FOOTER_EN, MENU_EN, MORE_EN
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE, page_dump


def _body(article: articleclean.Article) -> list[str]:
    return [p.text for p in article.body]


@pytest.mark.parametrize(
    "line", ["Greta Lindqvist @glindqvist", "Greta Lindqvist glindqvist@techmagazine.com"]
)
def test_a_name_with_a_handle_under_the_first_paragraphs(line: str) -> None:
    # Under a standfirst and the lead (a bare name needs a fact beside it there).
    body = [*ARTICLE_EN[1:], *MORE_EN]
    lines = [ARTICLE_EN[0], *body[:2], line, *body[2:]]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    article = articleclean.clean_text(text)
    assert article.byline == ["Greta Lindqvist"]
    assert all(paragraph in _body(article) for paragraph in body)


def test_a_name_with_a_handle_de() -> None:
    body = list(ARTICLE_DE[1:])
    lines = [ARTICLE_DE[0], *body[:2], "Paul Mercier @pmercier", *body[2:]]
    article = articleclean.clean_text(page_dump("Technik Magazin", MENU_DE, lines, FOOTER_DE))
    assert article.byline == ["Paul Mercier"]
    assert all(paragraph in _body(article) for paragraph in body)


def test_guard_a_handle_alone_is_no_byline() -> None:
    # Guard (passes on main too): a social account's handle with no person's name.
    body = [*ARTICLE_EN[1:], *MORE_EN]
    lines = [ARTICLE_EN[0], *body[:2], "Follow @techmagazine", *body[2:]]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    assert articleclean.clean_text(text).byline == []
