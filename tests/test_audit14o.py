"""Issue 14 and 15 audit, round 64: shapes and languages the fixtures lacked. Text dumps
`tests/fixtures/text/audit14o-*`: a product recall notice with its batches (tl, page
dump), a court ruling summary with the ruling's points (ar), an earnings report with its
figures (id), a weather warning with a table (uk, page dump), a travel piece with a
numbered itinerary (el), a cricket report with both line-ups (hi, page dump), a
correction note above the article (pt-BR), a Q&A explainer (pl, page dump). Pages
`tests/fixtures/html/audit15o-*`: a cold-wave warning with a table (ko), a court ruling
summary with its points in a list (he), a product recall with the models in a list (tr),
a basketball report with the scorers in a list (tl).

The fixtures' `must_contain` lists every paragraph, list item, table row and Q&A line of
the article in reading order; the fixture test checks that each is kept, this file checks
that they are kept in that order."""

from __future__ import annotations

from pathlib import Path

import pytest

import articleclean
from reading_order import audit_inputs, out_of_order

_INPUTS = audit_inputs("audit14o", "audit15o")


def test_the_audit_has_eight_dumps_and_four_pages() -> None:
    assert len([p for p in _INPUTS if p.suffix == ".txt"]) == 8
    assert len([p for p in _INPUTS if p.suffix == ".html"]) == 4


@pytest.mark.parametrize("path", _INPUTS, ids=[p.name for p in _INPUTS])
def test_the_articles_lines_are_kept_in_reading_order(path: Path) -> None:
    assert out_of_order(path) == []


# --- what the audit fixed, each with a guard ---------------------------------------------

_PROSE = (
    "\n\nThe city council voted on Tuesday to close the old market, citing safety concerns "
    "raised by inspectors last year.\n\n"
    "Traders said they would appeal the decision in court before the end of the month.\n"
)
_HEADLINE = "Council votes to close the old market after a safety inspection"


@pytest.mark.parametrize(
    "under",
    [
        "By Ahmed Abdel Rahman",
        "Written by: Ahmed Abdel Rahman",
        "By Ahmed Abdel Rahman\nApril 29, 2025",
    ],
)
def test_a_byline_right_under_a_long_headline_is_no_wrapped_line(under: str) -> None:
    # fails on the round start: a headline of 40 to 100 signs and its byline, no blank
    # line between, were read as one wrapped paragraph, the title with the byline glued
    article = articleclean.clean(_HEADLINE + "\n" + under + _PROSE)
    assert article.title == _HEADLINE
    assert article.byline == ["Ahmed Abdel Rahman"]


def test_a_byline_between_a_headline_and_a_stamp_in_a_wrap_is_read() -> None:
    # fails on the round start: the Indonesian head (headline, "Penulis: … | Editor: …",
    # a stamp with its weekday) filled its column as a wrap does
    article = articleclean.clean(
        "Laba Bank Nusantara Naik 12 Persen pada Kuartal I 2025\n"
        "Penulis: Rina Wulandari | Editor: Agus Setiawan\n"
        "Selasa, 29 Apr 2025 14:20 WIB\n\n"
        "PT Bank Nusantara Tbk membukukan laba bersih Rp 14,2 triliun pada kuartal I 2025, "
        "naik 12 persen dibandingkan periode yang sama tahun lalu.\n\n"
        "Saham perseroan ditutup naik 2,3 persen ke level Rp 9.875 per saham.\n"
    )
    assert article.title == "Laba Bank Nusantara Naik 12 Persen pada Kuartal I 2025"
    assert article.byline == ["Rina Wulandari"]


def test_a_wrapped_sentence_ending_in_by_and_names_stays_one_paragraph() -> None:
    # guard: "by Jane Doe" in small letters may end a wrapped sentence's last line
    paragraph = (
        "The report on the market's safety, the third this decade, was written\n"
        "by Jane Doe and John Roe\n"
    )
    article = articleclean.clean(_HEADLINE + _PROSE + "\n" + paragraph)
    assert (
        "The report on the market's safety, the third this decade, was written by Jane Doe "
        "and John Roe" in article.text
    )
