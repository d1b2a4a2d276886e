"""Bylines after the article and far under the headline (round 36).

Test's missed page-dump bylines stand after the article or far under the headline (round
31); the moved-byline stress (`bench.labelled_dumps`) shows them on tune. A person's name
alone right under the article's last paragraph, where the page around the article begins
(an author box: "… the last paragraph." / "Jane Doe" / the footer), is the byline when
each name opens with a known given name, no family name of it stands on a line of text
of the page (an interviewee, the article's subject), no other person's name follows (a list of
signatories) and the article's earlier paragraphs are not each signed so (a page of
letters). A prefixed byline may stand under any of the article's first sixteen
paragraphs (a lead picture, a summary or a fact box above it), and "By Jane Doe Jr." is
no sentence for its full stop."""

from __future__ import annotations

import articleclean
from english_page import ARTICLE_EN, FOOTER_EN, MENU_EN, MORE_EN
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE, page_dump

_LATER_EN = [
    "The first cars with such cells could be tested on the roads of the region next summer.",
    "Insurers want to know whether the cells catch fire as easily as today's batteries do.",
    "The group has hired ten more engineers and moved into a larger building on the campus.",
    "A second study, on recycling the used cells, is to be published at the end of the year.",
    "The city hopes that a factory for the cells will be built on the old airfield nearby.",
    "Local politicians have promised to support the plans with money from a regional fund.",
    "Environmental groups welcomed the news but asked for the mining of the materials to be checked.",
    "The researchers will present their results at a conference in the capital in the autumn.",
]


def _body(article: articleclean.Article) -> list[str]:
    return [p.text for p in article.body]


def test_a_bare_name_under_the_last_paragraph_en() -> None:
    lines = [*ARTICLE_EN, "Greta Lindqvist"]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    article = articleclean.clean_text(text)
    assert article.byline == ["Greta Lindqvist"]
    assert all(line in _body(article) for line in ARTICLE_EN[1:])


def test_a_bare_name_under_the_last_paragraph_de() -> None:
    lines = [*ARTICLE_DE, "Paul Mercier"]
    article = articleclean.clean_text(page_dump("Technik Magazin", MENU_DE, lines, FOOTER_DE))
    assert article.byline == ["Paul Mercier"]
    assert all(line in _body(article) for line in ARTICLE_DE[1:])


def test_a_prefixed_byline_under_the_twelfth_paragraph() -> None:
    body = [*ARTICLE_EN[1:], *MORE_EN, *_LATER_EN]
    lines = [ARTICLE_EN[0], *body[:12], "By Greta Lindqvist", *body[12:]]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    article = articleclean.clean_text(text)
    assert article.byline == ["Greta Lindqvist"]
    assert all(line in _body(article) for line in body)


def test_a_prefixed_byline_ending_in_jr_after_the_article() -> None:
    # The byline under the last paragraph, the article's footnotes kept as text under it.
    body = [*ARTICLE_EN[1:], *MORE_EN]
    notes = ["Footnotes", "The capacity was measured at room temperature in the laboratory."]
    lines = [ARTICLE_EN[0], *body, "By Samuel Porter Jr.", *notes]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    article = articleclean.clean_text(text)
    assert article.byline == ["Samuel Porter Jr"]
    assert all(line in _body(article) for line in body)


def test_guard_signatories_an_interviewee_and_signed_letters_are_no_byline() -> None:
    # Guards (pass on main too): names after the article that are no author's box.
    # Signatories of an open letter, one under the other.
    lines = [*ARTICLE_EN, "Greta Lindqvist", "Samuel Porter, Riverside University"]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    assert articleclean.clean_text(text).byline == []
    # The article's subject: the prose writes the family name.
    subject = "Professor Lindqvist, who leads the group, expects a first product within years."
    lines = [*ARTICLE_EN, subject, "Greta Lindqvist"]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    assert articleclean.clean_text(text).byline == []
    # A page of letters, each signed with the writer's name and town.
    letters = [
        "Letters to the editor",
        "Our readers write about the week's news: the buses, the library and the floods.",
        "The new bus timetable leaves our village without a connection after six in the evening.",
        "Anna Berger",
        "Millbrook",
        "The council should think twice before it sells the old library to a developer.",
        "Samuel Porter",
        "Eastfield",
        "Thank you for your report on the flooding, which showed what the families went through.",
        "Greta Lindqvist",
        "Westbury",
    ]
    text = page_dump("Daily Courier", MENU_EN, letters, FOOTER_EN, headline=letters[0])
    assert articleclean.clean_text(text).byline == []


def test_guard_a_name_over_a_comment_is_no_byline() -> None:
    # Guard (passes on main too): a commenter's name with the comment under it.
    comment = "I have waited for a battery like this for years, and I hope it comes soon."
    lines = [*ARTICLE_EN, "Greta Lindqvist", comment]
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    assert articleclean.clean_text(text).byline == []
