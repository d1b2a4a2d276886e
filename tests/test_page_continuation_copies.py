"""Whole-page dumps: the article's continuation ends at a copy of the page's own line
(round 42; round 41's pjunk fixtures). `outside_article` keeps the short lines right
under the article's run that go on with it (`_continuation`: lines sharing its words,
rows, short sentences) and passes over the lines other rules removed. A line removed as
printed again whose first copy stands above the article (the site's section label over
the header) is the page's, not the article's: the lines after it are not the article's
either (`_copy_of_page_line`). The article's own furniture (a photo credit) and its own
lines printed again (a plan's rows, first printed inside the article) still stand between
it and its lines. Fixtures invented."""

from __future__ import annotations

import articleclean
from council_page import FOOTER, HEADLINE, MENU, SECTIONS

_REPORT = [
    "The city council approved a new budget for schools and public transport on Tuesday, "
    "after councillors from every ward voted on the plan of the finance committee.",
    "The budget raises spending on schools by four per cent and on public transport by six "
    "per cent, while the administrative costs of the city fall for the second year.",
    "Councillors who voted against the budget argued that the finance committee relied on "
    "optimistic forecasts of tax revenue for the coming two years.",
    "The mayor said the vote showed that the council could work together on difficult "
    "questions, and that schools and public transport would feel the budget first.",
]
_LABEL = "City Hall Reporter"
"""The site's section label, printed over the header and again under the article."""
_BELOW = [
    "Schools budget: the finance committee plan",
    "Public transport budget for every ward",
]
"""Short lines on the article's topic (other stories' headlines, or the article's own)."""


def _kept(between: str, report: list[str] = _REPORT) -> set[str]:
    lines = [_LABEL, *MENU, *SECTIONS, HEADLINE, *report, between, *_BELOW, *FOOTER]
    article = articleclean.clean_text("\n".join(lines), dump="page")
    return set(article.text.splitlines())


def test_lines_below_a_label_the_page_prints_again_go() -> None:
    kept = _kept(_LABEL)
    assert all(line in kept for line in _REPORT)
    assert not kept & set(_BELOW)


def test_lines_below_the_articles_own_credit_stay() -> None:
    kept = _kept("Photo: Jane Smith / City Daily")
    assert all(line in kept for line in [*_REPORT, *_BELOW])


def test_lines_below_the_articles_own_line_printed_again_stay() -> None:
    # The article's own label, printed inside it and again under it, is no page furniture.
    own = "Schools and transport first"
    report = [*_REPORT[:2], own, *_REPORT[2:]]
    kept = _kept(own, report)
    assert all(line in kept for line in [*_REPORT, *_BELOW])
