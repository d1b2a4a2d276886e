"""Bylines after the article over a few lines that are no paragraph, prefixed bylines under
a lead picture's caption, and a name printed twice on its line (round 43).

Round 36 took a person's name alone right under one of the article's last two paragraphs
(`_name_closing_article`); round 43 (after round 38's unmerged branch) lets a few lines
that are no paragraph stand between (a source line, an ad's marker), unless the line right
above the name is a label of a few words (a box's heading: "Press contact" / "Jane Doe"),
and reads only open prose under the name as the text it may head (a prompt the page
removed there is the page's, not a comment's). A prefixed byline under one of the
article's first paragraphs may stand under a lead picture's caption and credit, and be
longer when a date follows the names; not under a kept line (a teaser's headline or blurb
over its own "By …")."""

from __future__ import annotations

import articleclean
from articleclean.names import bare_names, parse_byline
from english_page import ARTICLE_EN, FOOTER_EN, MENU_EN, MORE_EN
from german_page import page_dump


def _body(article: articleclean.Article) -> list[str]:
    return [p.text for p in article.body]


def _clean(lines: list[str], footer: list[str] = FOOTER_EN) -> articleclean.Article:
    text = page_dump("Tech Magazine", MENU_EN, lines, footer, headline=ARTICLE_EN[0])
    return articleclean.clean_text(text)


def test_a_bare_name_under_a_short_line_after_the_last_paragraph() -> None:
    # A source line of a few words, no paragraph, between the article and its author.
    lines = [*ARTICLE_EN, "Source: the group's study.", "Greta Lindqvist"]
    article = _clean(lines)
    assert article.byline == ["Greta Lindqvist"]
    assert all(line in _body(article) for line in ARTICLE_EN[1:])


def test_a_bare_name_under_an_ad_marker_after_the_last_paragraph() -> None:
    lines = [*ARTICLE_EN, "Advertisement", "Greta Lindqvist"]
    article = _clean(lines)
    assert article.byline == ["Greta Lindqvist"]
    assert all(line in _body(article) for line in ARTICLE_EN[1:])


def test_a_bare_name_over_a_removed_prompt_that_reads_as_prose() -> None:
    prompt = "We want to hear what you think about this article. Submit a letter to the editor."
    lines = [*ARTICLE_EN, "Greta Lindqvist", prompt]
    article = _clean(lines)
    assert prompt not in _body(article)
    assert article.byline == ["Greta Lindqvist"]


def test_a_dated_prefixed_byline_under_the_lead_pictures_caption_and_credit() -> None:
    body = [*ARTICLE_EN[1:], *MORE_EN]
    byline = "By Greta Lindqvist/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020 4:17 pm EST"
    lines = [
        ARTICLE_EN[0],
        *body[:6],
        "The new cells in the group's laboratory",
        "Photo: Shutterstock",
        byline,
        *body[6:],
    ]
    article = _clean(lines)
    assert article.byline == ["Greta Lindqvist"]
    assert all(line in _body(article) for line in body)


def test_guard_a_box_a_list_and_a_teaser_are_no_byline() -> None:
    # Guards (pass on main too). A press contact under its box's heading after the article.
    contact = ["Press contact", "Greta Lindqvist", "Phone +46 8 555 0123"]
    assert _clean([*ARTICLE_EN, *contact]).byline == []
    # Contributors listed one a line: the name is the list's last row.
    contributors = ["Contributors:", "Anna", "Samuel", "Greta Lindqvist"]
    assert _clean([*ARTICLE_EN, *contributors]).byline == []
    # Another story's teaser between the paragraphs (past the first three, whose lines
    # the start's window reads): its headline and blurb, then its own byline, are no
    # picture's caption over the article's byline.
    body = [*ARTICLE_EN[1:], *MORE_EN]
    teaser = [
        "Wind farms: why the new turbines are quieter than the old ones",
        "Engineers have changed the shape of the blades, and neighbours say they can tell",
        "By Tomas Berglund",
    ]
    assert _clean([ARTICLE_EN[0], *body[:6], *teaser, *body[6:]]).byline == []


def test_a_name_printed_twice_on_its_line_is_one_name() -> None:
    assert parse_byline("Par Marie Dupont Marie Dupont") == ["Marie Dupont"]
    assert parse_byline("BY JANE DOE JANE DOE") == ["Jane Doe"]
    assert parse_byline("By Jane Doe Jane Doe and John Roe John Roe") == ["Jane Doe", "John Roe"]
    assert bare_names("Greta Lindqvist Greta Lindqvist 03.11.2023") == ["Greta Lindqvist"]
    # Not a name of two equal words, nor two different people.
    assert parse_byline("By Jane Doe and Jane Roe") == ["Jane Doe", "Jane Roe"]
