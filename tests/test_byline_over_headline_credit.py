"""Wrong picks of whole-page dumps refused by structure (round 42).

A name without a prefix under the headline, beside the date, that the page prints again
under the captions of the article's other pictures is the photographer's credit, not the
byline (`_credited_again`); a prefixed byline right over the headline outranks such a name
and, when no byline stands under the headline, is taken before the headline's copy in a
list of stories after the article with another story's byline under it
(`_signed_over_headline`)."""

from __future__ import annotations

import articleclean
from english_page import ARTICLE_EN, FOOTER_EN, MENU_EN, MORE_EN
from german_page import page_dump

CAPTIONS = [
    "The laboratory where the cells are tested stands next to the old campus library.",
    "A researcher holds one of the new cells in her hand during a test run.",
]


def _pictured(over: list[str], under: list[str], credit: str = "Martin Albers") -> str:
    """The article with `over` above the headline, `under` under it, and its two other
    pictures' captions, each over `credit`, between the paragraphs."""
    lines = [
        *over,
        ARTICLE_EN[0],
        *under,
        ARTICLE_EN[1],
        CAPTIONS[0],
        credit,
        ARTICLE_EN[2],
        CAPTIONS[1],
        credit,
        *ARTICLE_EN[3:],
        *MORE_EN,
    ]
    return page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])


def test_a_prefixed_byline_over_the_headline_outranks_the_pictures_credit() -> None:
    dump = _pictured(["By Greta Lindqvist"], ["March 3, 2023", "Martin Albers"])
    article = articleclean.clean_text(dump)
    assert article.byline == ["Greta Lindqvist"]
    assert all(line in [p.text for p in article.body] for line in ARTICLE_EN[1:])


def test_the_photographer_credited_under_each_picture_is_no_byline() -> None:
    article = articleclean.clean_text(_pictured([], ["March 3, 2023", "Martin Albers"]))
    assert article.byline == []
    assert all(line in [p.text for p in article.body] for line in ARTICLE_EN[1:])


def test_a_prefixed_byline_over_the_headline_before_a_teaser_of_the_story() -> None:
    # The story's own teaser after the article prints its headline again, with another
    # writer's byline under its blurb (a page's other story by another writer).
    # (A notice over the menu ends the search from the <title> line at the top.)
    notice = [
        "We use cookies to improve your experience and to show you relevant offers.",
        "You can change your choice at any time in the privacy settings of this site.",
    ]
    blurb = (
        "A research group has presented a battery that charges in minutes and keeps its capacity."
    )
    teaser = ["Science", ARTICLE_EN[0], blurb, "By Tom Weber", "Science"]
    lines = [*notice, *MENU_EN, "By Greta Lindqvist", *ARTICLE_EN, *teaser]
    dump = page_dump("Tech Magazine", lines, FOOTER_EN, headline=ARTICLE_EN[0])
    assert articleclean.clean_text(dump).byline == ["Greta Lindqvist"]


def test_guard_a_bylines_name_printed_again_stays_the_byline() -> None:
    # Guard (passes on main too): the writer's name under the headline beside the date,
    # over a note on the author after the article, and over the date of each of her
    # replies in the comments (fails with `_credited_again` counting those copies).
    note = "Greta Lindqvist writes about science and technology for the magazine."
    comment = "Thanks for the article, it explains the chemistry very clearly."
    reply = "Thank you, the study itself is worth reading for the details too."
    lines = [
        *ARTICLE_EN[:1],
        "Greta Lindqvist",
        "March 3, 2023",
        *ARTICLE_EN[1:],
        "Greta Lindqvist",
        note,
        "Comments",
        "Tom Weber",
        "March 4, 2023",
        comment,
        "Greta Lindqvist",
        "March 4, 2023",
        reply,
        "Greta Lindqvist",
        "March 5, 2023",
        reply,
    ]
    dump = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    article = articleclean.clean_text(dump)
    assert article.byline == ["Greta Lindqvist"]
    under_headline = dump.split("\n").index("Greta Lindqvist") + 1
    assert article.byline_lines == (under_headline, under_headline)


def test_guard_the_writer_answering_in_the_comments_stays_the_byline() -> None:
    # Guard (passes on main too): comments printed as text over their author's name,
    # the writer's name under three of them; the article above holds most of the prose
    # (fails with `_CREDIT_PROSE_BELOW` at 0).
    comments = [
        "Thanks for the article, it explains the chemistry very clearly to me.",
        "Tom Weber",
        "Thank you, the study itself is worth reading for the details too.",
        "Greta Lindqvist",
        "Will these cells be sold in phones first, or in cars, do you think?",
        "Anna Berg",
        "Phones first, the group says, since the cells are still small for now.",
        "Greta Lindqvist",
        "Good question, the price is not known yet, but the materials are cheap.",
        "Greta Lindqvist",
    ]
    lines = [ARTICLE_EN[0], "March 3, 2023", "Greta Lindqvist", *ARTICLE_EN[1:], *MORE_EN]
    dump = page_dump(
        "Tech Magazine", MENU_EN, lines, ["Comments"], comments, FOOTER_EN, headline=ARTICLE_EN[0]
    )
    article = articleclean.clean_text(dump)
    assert article.byline == ["Greta Lindqvist"]
    under_headline = dump.split("\n").index("Greta Lindqvist") + 1
    assert article.byline_lines == (under_headline, under_headline)


def test_a_dated_name_under_the_articles_last_paragraphs() -> None:
    # The page keeps a box of prose about the magazine further down, so the article's
    # last prose lines are not the page's: the name and date right under the last two
    # paragraphs sign the article.
    box = [
        "Share",
        "Print",
        "About us",
        "The magazine has been published by a small foundation in Hamburg since 1998.",
        "Its editors answer every letter that readers send them, usually within a week.",
        "The foundation is funded by its members and takes no money from the companies it covers.",
    ]
    lines = [*ARTICLE_EN, "Greta Lindqvist 03.11.2023 15:32", *box]
    dump = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    assert articleclean.clean_text(dump).byline == ["Greta Lindqvist"]


def test_guard_a_teasers_dated_name_or_a_comment_thread_is_no_byline() -> None:
    # Guard (passes on main too): a teaser after the article prints its writer's name
    # and date under its one blurb; comments print one under each text.
    teaser = [
        "More from science",
        "Why the city wants more bike lanes",
        "The council has presented a plan that would double the bike lanes within five years.",
        "Tom Weber 26.10.2023 10:15",
    ]
    dump = page_dump("Tech Magazine", MENU_EN, [*ARTICLE_EN, *teaser], FOOTER_EN)
    assert articleclean.clean_text(dump).byline == []
    comments = [
        "Tom Weber 04.11.2023 09:12",
        "Great to read that the materials are cheap, that matters most for the price.",
        "Anna Berg 04.11.2023 11:40",
        "I would like to know how long the cells last in a real phone, not in a lab.",
    ]
    dump = page_dump("Tech Magazine", MENU_EN, [*ARTICLE_EN, *comments], FOOTER_EN)
    assert articleclean.clean_text(dump).byline == []
