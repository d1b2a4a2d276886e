"""Byline forms that a form probe found unread on tune's page dumps (round 52, issue 14;
each page dump's byline line replaced at its place, above the headline and after the
article by one form): a date and a time before the prefix with a sign between ("Updated:
March 3, 2023, 10:00 am · By Jane Doe": the sign was counted as a word, and the lead ran
past `names._STAMP_LEAD_WORDS`), and a prefixed byline with its date after the names
closing the article ("Posted by Jane Doe on March 3, 2023", a blog's footer of the post:
only a short one of at most six words was read there)."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.names import parse_byline


@pytest.mark.parametrize(
    "line",
    [
        "Updated: March 3, 2023, 10:00 am · By Jane Doe",  # None on main
        "Published 10:00 am, March 3, 2023 | By Jane Doe",  # None on main
        "Updated March 3, 2023 · By Jane Doe",
    ],
)
def test_a_date_and_time_then_a_sign_then_the_prefix(line: str) -> None:
    assert parse_byline(line) == ["Jane Doe"]


@pytest.mark.parametrize(
    "line",
    [
        # the words before the prefix are a sentence's: too many of them
        "On March 3, 2023 the minister, accompanied by John Smith",
        "Updated on Friday March 3, 2023 at 10:15 in the morning · By Jane Doe",
    ],
)
def test_signs_do_not_count_but_words_still_do(line: str) -> None:
    assert parse_byline(line) is None


_TOPICS = (
    "schools",
    "hospitals",
    "railways",
    "harbours",
    "libraries",
    "museums",
    "bridges",
    "prisons",
    "courts",
    "farms",
    "forests",
    "rivers",
    "airports",
    "stadiums",
    "markets",
    "theatres",
    "parks",
    "roads",
)
# A headline and eighteen paragraphs: longer than the reach of the step that reads a
# prefixed byline under the article's first paragraphs (`_SIGNED_PROSE_LINES`).
_ARTICLE = [
    "Health minister told to resign after restaurant visit",
    *(
        f"The committee on {topic} said on Friday that the minister's visit had broken the "
        f"rules set for {topic} only a week before, and asked for a full report."
        for topic in _TOPICS
    ),
]
# After the article: its tags, a player's label and a list of related stories, one of
# which ends like a sentence; the page's rules keep them as text.
_TAIL = [
    "Tags:",
    "Domestic politics",
    "listen",
    "related articles",
    "play",
    "Football: a draw in Prague for the first leg between Slavia and Leicester",
    "play",
    "After the scandal, the country appoints a new minister for the pandemic.",
    "Follow us",
    "Facebook",
    "Twitter",
]
# Under the byline the article's notes, kept as text, which read as its last prose lines:
# the byline stands above them (`page_byline`'s step for the last prose lines).
_NOTES = [
    "Footnotes",
    "See the party's own page for more on how the endorsement points are counted.",
    "Note: the state tracker counts every legislator's endorsement, which we do not do here.",
    "The figures were last checked on Monday evening, before the debate in Charleston.",
]
_MENU = ["Home", "News", "World", "Business", "Sport", "Culture", "Contact"]


@pytest.mark.parametrize(
    "byline",
    [
        "Posted by Jane Doe on March 3, 2023",  # [] on main
        "By Jane Doe on March 3, 2023 at 10:15 am",  # [] on main
        "Von Jane Doe · 12.10.2022 · 3 Min. Lesezeit",  # [] on main
        "By Jane Doe",  # (read on main too: the short form)
    ],
)
def test_a_dated_prefixed_byline_right_under_the_article(byline: str) -> None:
    lines = [f"{_ARTICLE[0]} | Radio News", *_MENU, *_ARTICLE, byline, *_NOTES, *_TAIL]
    article = articleclean.clean_text("\n".join(lines))
    assert article.byline == ["Jane Doe"]
    assert byline not in article.text


def test_a_sentence_opening_with_a_prefix_and_a_date_under_the_article_is_text() -> None:
    closing = "By March 3, 2023 the minister had gone, and nobody in the party asked why."
    lines = [f"{_ARTICLE[0]} | Radio News", *_MENU, *_ARTICLE, closing, *_NOTES, *_TAIL]
    article = articleclean.clean_text("\n".join(lines))
    assert article.byline == []
    assert closing in article.text
