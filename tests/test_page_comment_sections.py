"""Whole-page dumps: a comment section's heading or label below the article ends it.

The comments under it share the article's words and read as prose, and before round 32 they
joined the article's run or carried it on when no comment had a stamp and a "Reply" under it
(`_end_before_comments`). The heading ("5 thoughts on “<the headline>”") repeats the page's
headline after a count and a word; the label ("3 Kommentare", "Leave a comment") stands
below the article's prose. The fixtures are invented.
"""

from __future__ import annotations

import pytest

import articleclean
from council_page import FOOTER, HEADLINE, MENU, PARAGRAPHS, SECTIONS

ARTICLE = PARAGRAPHS
SIDEBAR = ["Archive", "March", "April", "May", "June", "July", "Categories", "Politics", "Schools"]
# Comments on the article's topic, with no stamp or "Reply" between them (a plugin that
# prints only the text, or a dump that lost the small print).
COMMENTS = [
    "Great summary of the debate, I watched all six hours of the council meeting on Tuesday and I agree with the mayor.",
    "The budget for schools is welcome, but the forecasts of tax revenue still look far too optimistic to me.",
    "Thanks for reporting on the council, the mayor should have explained the cuts to public transport better.",
]


def _page(*below: str) -> str:
    lines = [f"{HEADLINE} | Example Times", *MENU, *SECTIONS, HEADLINE, *ARTICLE, *below]
    return "\n".join([*lines, *SIDEBAR, *FOOTER])


@pytest.mark.parametrize(
    "heading",
    [
        f"3 thoughts on “{HEADLINE}”",
        f"3 Responses to {HEADLINE}",
        f"One comment on “{HEADLINE}”",
        f"3 Gedanken zu „{HEADLINE}“",
    ],
)
def test_comments_under_a_heading_that_counts_them_on_the_headline_go(heading: str) -> None:
    article = articleclean.clean_text(_page(heading, *COMMENTS))
    assert article.metadata["dump"] == "page"
    assert article.paragraphs == ARTICLE
    kept = set(article.text.splitlines())
    assert heading not in kept
    assert not kept & set(COMMENTS)
    removed = {r.text: r.rule for r in article.removed}
    assert all(removed.get(comment) == "outside_article" for comment in COMMENTS)


@pytest.mark.parametrize("label", ["3 Comments", "Kommentare (3)", "Leave a comment"])
def test_comments_under_the_sections_label_below_the_article_go(label: str) -> None:
    article = articleclean.clean_text(_page(label, *COMMENTS))
    assert article.paragraphs == ARTICLE
    assert not set(article.text.splitlines()) & set(COMMENTS)


def test_a_comment_count_in_the_share_bar_above_the_article_cuts_nothing() -> None:
    # Guard (passes on main too): the label stands above most of the article's prose.
    lines = [f"{HEADLINE} | Example Times", *MENU, *SECTIONS, HEADLINE, "Share", "3 Comments"]
    article = articleclean.clean_text("\n".join([*lines, *ARTICLE, *SIDEBAR, *FOOTER]))
    assert article.paragraphs == ARTICLE


def test_a_line_opening_with_a_number_and_the_headlines_words_stays() -> None:
    # Guard (passes on main too): "10 Kilo …" opens with a count and holds the headline's
    # words, but its own words stand at its end, not right after the count.
    headline = "Adele loses weight and shows herself slimmer than ever"
    counted = "10 kilo: Adele loses weight and shows herself slimmer than ever after her separation"
    lines = [
        f"{headline} - Stars Magazine",
        *MENU,
        *SECTIONS,
        headline,
        "The singer has changed her diet and trains every morning, her friends told the magazine.",
        counted,
        "She posted a photograph of herself on holiday with her son, and fans praised her new look.",
        "Her new album is expected in the autumn, her label said on Monday in a short statement.",
        *SIDEBAR,
        *FOOTER,
    ]
    article = articleclean.clean_text("\n".join(lines))
    assert counted in article.text.splitlines()
