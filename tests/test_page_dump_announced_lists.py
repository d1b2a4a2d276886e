"""Whole-page dumps: a list the article announces with a colon (round 40). A line of a few
words ending in a colon right under a line of the article that stays ("The budget pays
for:") says that the lines below it are the article's list: they stay, whatever their
length, up to the first line another rule takes. Items of more than a few words that end
no sentence read as teaser headlines or menu entries to `outside_article`, which took
such a list with the page's furniture below it. Fixtures invented."""

from __future__ import annotations

import articleclean
from council_page import FOOTER, HEADLINE, MENU, SECTIONS

_REPORT = [
    "The city council approved a new budget for schools and public transport on Tuesday, "
    "after councillors from every ward voted on the plan of the finance committee.",
    "The budget raises spending on schools by four per cent and on public transport by "
    "six per cent, while the administrative costs of the city fall for the second year.",
    "Councillors who voted against the budget argued that the finance committee relied "
    "on optimistic forecasts of tax revenue for the coming two years.",
    "The mayor said the vote showed that the council could work together on difficult "
    "questions, and that schools and public transport would feel the budget first.",
    "The new budget takes effect in January, when the first payments to the schools of "
    "every ward and to the public transport company are due.",
]
_INTRO = "The budget pays for:"
_ITEMS = [
    "New roofs for the primary schools in the north ward",
    "Longer opening hours of the public library in the old town",
    "Two more bus lines between the harbour and the city centre",
    "Free school meals for the children of every ward",
]
_BOX = [
    "Read more:",
    "Harbour festival draws record crowds on a sunny weekend",
    "New bakery opens on the market square with long queues",
    "Local football club wins its third match in a row",
]


def _kept(lines: list[str]) -> list[str]:
    article = articleclean.clean_text("\n".join(lines), dump="page")
    return article.text.splitlines()


def test_a_list_announced_under_the_prose_stays() -> None:
    lines = [*MENU, *SECTIONS, HEADLINE, *_REPORT, _INTRO, *_ITEMS, *FOOTER]
    kept = _kept(lines)
    assert [line for line in [*_REPORT, _INTRO, *_ITEMS] if line not in kept] == []
    assert not set(kept) & set(FOOTER + MENU)


def test_a_box_under_a_known_heading_still_goes() -> None:
    # "Read more:" is a teaser heading the phrase lists know: an edge, not the article's
    # own line, so the headlines under it go.
    lines = [*MENU, *SECTIONS, HEADLINE, *_REPORT, *_BOX, *FOOTER]
    kept = set(_kept(lines))
    assert all(line in kept for line in _REPORT)
    assert not kept & set(_BOX)


def test_a_comment_header_is_no_list_intro() -> None:
    # "Jane Doe says:" over a date stamp opens a comment, not a list of the article's.
    comment = [
        "Jane Doe says:",
        "March 4, 2023 at 10:12 am",
        "Great to see more money for the schools in the north ward",
    ]
    lines = [*MENU, *SECTIONS, HEADLINE, *_REPORT, *comment, *FOOTER]
    kept = set(_kept(lines))
    assert all(line in kept for line in _REPORT)
    assert not kept & set(comment[1:])
