"""Bylines whose given names are Chinese, Japanese, Korean or Indian, romanised as the
press prints them (round 29: bench/make_given_names.py adds them to the given-names list,
less the romanised names that are common words)."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.names import is_given_name

_MENU = ["Home", "World", "Politics", "Business", "Science", "Sport", "Contact"]
_FOOTER = ["Imprint", "Privacy", "Advertise", "Terms", "Contact", "Jobs"]
_HEADLINE = "Port city opens a floating solar farm on its old harbour basin"
_BODY = [
    "The city council switched on a floating solar farm on Tuesday that covers most of the old harbour basin.",
    "Its panels rest on plastic floats anchored to the basin floor and turn slowly to follow the sun during the day.",
    "Engineers expect the farm to supply about a tenth of the power the port's cranes and warehouses use each year.",
    "Fishermen who still moor in the basin were promised a channel through the panels to reach the open sea.",
]


def _page(byline: str, *, at_end: bool = False) -> str:
    lines = [f"{_HEADLINE} | Coast News", *_MENU, _HEADLINE]
    lines += [*_BODY, byline] if at_end else [byline, *_BODY]
    return "\n".join(lines + _FOOTER)


def _article(byline: str) -> str:
    return "\n\n".join([_HEADLINE, byline, *_BODY]) + "\n"


@pytest.mark.parametrize(
    "word",
    ["Xiang", "Jianguo", "Yuki", "Min-jun", "Minjun", "Chih-Ming", "Sanjay", "Deepak", "Santosh"],
)
def test_romanised_given_names_are_known(word: str) -> None:
    assert is_given_name(word)


@pytest.mark.parametrize("word", ["Yang", "Fan", "Min", "Gang", "Na", "Bin", "Jun", "Dip", "Sudan"])
def test_romanised_names_that_are_common_words_or_months_are_left_out(word: str) -> None:
    # Guard (passes on main too, which lacks them all): "Fan Zone", "Jun 17", "Sudan:", Indonesian
    # "yang" would read as a person's name.
    assert not is_given_name(word)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Xiang Wei, Reuters", ["Xiang Wei"]),
        ("Yuki Tanaka and Rajesh Patel", ["Yuki Tanaka", "Rajesh Patel"]),
        ("Min-jun Park", ["Min-jun Park"]),
        ("Sanjay Gupta | March 3, 2019", ["Sanjay Gupta"]),
    ],
)
def test_a_byline_under_the_headline_in_a_page_and_an_article_dump(
    line: str, names: list[str]
) -> None:
    assert articleclean.clean_text(_page(line)).byline == names
    assert articleclean.clean_text(_article(line)).byline == names


def test_a_name_signed_with_a_wire_closing_a_page_dump() -> None:
    article = articleclean.clean_text(_page("Haruka Sato, Kyodo", at_end=True))
    assert article.byline == ["Haruka Sato"]


def test_a_kicker_opening_with_a_common_word_stays_no_byline() -> None:
    # Guard (passes on main too): "Fan" is a Chinese given name and an English word.
    article = articleclean.clean_text(_page("Fan Zone"))
    assert article.byline == []
