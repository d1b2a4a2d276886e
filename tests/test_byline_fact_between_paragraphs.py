"""A person's name with its date, role or address between the article's first paragraphs
(round 52, bylines2, issue 14): a form probe on tune's page dumps (each dump's byline line
replaced by one form, 15-30 lines under the headline) found "Jane Doe | March 3, 2023",
"Jane Doe, Staff Writer" or "Jane Doe · 5 min read" there 29-31 times of 75 against 51 for
"By Jane Doe": only a prefixed byline was read under the article's first prose lines
(`_signed_under_prose`). The fact beside the name marks it as the prefix does
(`_fact_signed_under_prose`); a bare name there stays text, and so do a list of people
signed with their facts, a name closing a block with no article under it, and a name the
headline prints."""

from __future__ import annotations

import pytest

import articleclean

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
)
_HEADLINE = "Health minister told to resign after restaurant visit"
_PARAGRAPHS = [
    f"The committee on {topic} said on Friday that the minister's visit had broken the "
    f"rules set for {topic} only a week before, and asked for a full report."
    for topic in _TOPICS
]
_MENU = ["Home", "News", "World", "Business", "Sport", "Culture", "Contact"]
_TAIL = ["Tags:", "Domestic politics", "Follow us", "Facebook", "Twitter"]


def _page(*between: str, at: int = 6) -> str:
    lines = [
        f"{_HEADLINE} | Radio News",
        *_MENU,
        _HEADLINE,
        *_PARAGRAPHS[:at],
        *between,
        *_PARAGRAPHS[at:],
        *_TAIL,
    ]
    return "\n".join(lines)


@pytest.mark.parametrize(
    "byline",
    [
        "Jane Doe | March 3, 2023",  # [] on main
        "March 3, 2023 | Jane Doe",  # [] on main
        "Jane Doe, Staff Writer",  # [] on main
        "Jane Doe · 5 min read",  # [] on main
        "Jane Doe jane.doe@example.com",  # [] on main
    ],
)
def test_a_name_with_its_fact_between_the_first_paragraphs_is_the_byline(byline: str) -> None:
    article = articleclean.clean_text(_page(byline))
    assert article.byline == ["Jane Doe"]
    assert byline not in article.text


def test_a_bare_name_between_paragraphs_stays_text() -> None:
    # a speaker's label, a signatory or a heading reads so: no fact beside it
    article = articleclean.clean_text(_page("Jane Doe"))
    assert article.byline == []


def test_two_people_signed_with_their_dates_are_no_byline() -> None:
    # a comment thread or a list of teasers: one name and date under each text
    article = articleclean.clean_text(
        _page(
            "Jane Doe | March 3, 2023",
            _PARAGRAPHS[6],
            "John Roe | March 4, 2023",
            at=5,
        )
    )
    assert article.byline == []


def test_a_name_the_headline_prints_is_no_byline() -> None:
    headline = "Jane Doe told to resign after restaurant visit"
    lines = [f"{headline} | Radio News", *_MENU, headline, *_PARAGRAPHS[:6]]
    lines += ["Jane Doe | March 3, 2023", *_PARAGRAPHS[6:], *_TAIL]
    article = articleclean.clean_text("\n".join(lines))
    assert article.byline == []
