"""The publication stamp alone under the headline, with no byline beside it (round 55,
issue 14): "7 March 2025 09:45" between the title and the first paragraph was kept as a
heading (`section_heading`) or a paragraph. Taken only with its time of day or its label:
a letter's or a diary's date heads its text, and a live blog's dated entries start there
too."""

from __future__ import annotations

import pytest

import articleclean

_TITLE = "Council extends the clinic scheme for two more years"
_PROSE = (
    "The council voted on Tuesday to extend the scheme for another two years after a "
    "review found that it had cut waiting times at every clinic in the district."
)
_MORE = (
    "Officials said the money would come from the regional budget and that no clinic "
    "would close while the scheme was being reviewed again next spring."
)


def _dump(*lines: str) -> str:
    return "\n\n".join([_TITLE, *lines]) + "\n"


def _taken(article: articleclean.Article) -> list[str]:
    return [r.text for r in article.removed if r.rule == "headline_date_stamp"]


# Each fails on main c487e63: the stamp stays in the body as a heading or a paragraph.
@pytest.mark.parametrize(
    "stamp",
    [
        "7 March 2025 09:45",  # en
        "Published 12:30 GMT, 3 March 2025",  # en, the time first
        "Mar 3, 2025 · 4 min read",  # en, the reading time
        "03.03.2025, 14:12 Uhr",  # de
        "Stand: 28.04.2020 18:00 Uhr",  # de, labelled
        "Datum: 18.10.2021",  # de, under the word "date"
        "15 августа 2016, 13:43",  # ru: a month the lexicon does not name
        "28 kwietnia 2021, 06:29",  # pl
        "miércoles, 11 de mayo de 2022 - 3:40 a.m.",  # es, with its weekday
        "mercredi 11 septembre 2019 à 09h08",  # fr
        "2025年3月3日 10:15",  # ja
    ],
)
def test_stamp_under_the_headline(stamp: str) -> None:
    article = articleclean.clean_text(_dump(stamp, _PROSE, _MORE))
    assert _taken(article) == [stamp]
    assert [block.text for block in article.body] == [_PROSE, _MORE]


def test_stamp_under_the_dek() -> None:
    dek = "Waiting times fell at every clinic"
    article = articleclean.clean_text(_dump(dek, "03.03.2025, 14:12 Uhr", _PROSE, _MORE))
    assert _taken(article) == ["03.03.2025, 14:12 Uhr"]


# Guards: each passes on main too, and would fail if the rule took these lines.
@pytest.mark.parametrize("date", ["7 March 2025", "Berlin, 3. März 2025", "12 marzo 2025"])
def test_a_date_alone_heads_a_letter(date: str) -> None:
    article = articleclean.clean_text(_dump(date, "Dear Editor,", _PROSE, _MORE))
    assert _taken(article) == []
    assert date in [block.text for block in article.body]


def test_a_timeline_keeps_its_first_dated_entry() -> None:
    article = articleclean.clean_text(
        _dump("7 March 2025 09:45", _PROSE, "7 March 2025 11:20", _MORE, "12:05", _PROSE)
    )
    assert _taken(article) == []
    assert "7 March 2025 09:45" in [block.text for block in article.body]


def test_a_labelled_stamp_over_a_later_stamp() -> None:
    # A site prints its own stamp under a label; a dated line further down (a comment's,
    # an update's) leaves it the page's stamp.
    article = articleclean.clean_text(
        _dump("Stand: 28.04.2020 18:00 Uhr", _PROSE, "28.04.2020 21:38 Uhr", _MORE)
    )
    assert _taken(article) == ["Stand: 28.04.2020 18:00 Uhr"]


def test_a_name_before_the_stamp_is_no_weekday() -> None:
    article = articleclean.clean_text(_dump("Redaktion 1. November 2023 10:29", _PROSE, _MORE))
    assert _taken(article) == []


def test_a_sentence_with_a_date_and_time_stays() -> None:
    line = "The vote was held on 7 March 2025 at 09:45"
    article = articleclean.clean_text(_dump(line, _PROSE, _MORE))
    assert _taken(article) == []
