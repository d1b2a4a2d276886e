"""Whole-page dumps: the page's stamp line left in the body (round 60). A line that opens
with the post's date, perhaps after its weekday or a stamp's label and with its time, and
goes on only with the facts a page prints beside it (the author, the section, the tags, the
comment count) is the page's furniture, wherever it stands. A date that a sentence goes on
from, a schedule's row after a colon, a date range and the days of a programme (dates alone
printed on several lines) stay. Fixtures invented."""

from __future__ import annotations

import pytest

from council_page import FOOTER, HEADLINE, MENU, PARAGRAPHS, SECTIONS, kept_lines, removed_rules


def _page(*inside: str) -> list[str]:
    # Inside the article's run, where the page's own run keeps it (a stamp over the
    # headline or above the run is `outside_article`'s).
    return [*MENU, *SECTIONS, HEADLINE, *PARAGRAPHS[:2], *inside, *PARAGRAPHS[2:], *FOOTER]


def test_a_stamp_with_its_time_and_section_goes() -> None:
    stamp = "24. März 2004, 19:49 | Lokales"
    lines = _page(stamp)
    kept = kept_lines(lines)
    assert all(line in kept for line in PARAGRAPHS)
    assert stamp not in kept  # (main keeps it: no byline beside it)
    assert removed_rules(lines)[stamp] == "page_stamp"


def test_a_stamp_with_its_author_and_comment_count_goes() -> None:
    stamp = "23.06.2016 um 16:14 Uhr - Redaktion - 91 Kommentare"
    lines = _page(stamp)
    kept = kept_lines(lines)
    assert all(line in kept for line in PARAGRAPHS)
    assert stamp not in kept  # (main keeps it)


def test_a_labelled_stamp_with_its_update_goes() -> None:
    stamp = "Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02"
    lines = _page(stamp)
    assert stamp not in kept_lines(lines)  # (main keeps it)


def test_a_date_a_sentence_goes_on_from_stays() -> None:
    # No separator, then a word in lower case: the date's place, a meeting's minutes.
    line = "5. Dezember 2019 bei der Stadtbibliothek"
    assert line in kept_lines(_page("Nächste Sitzung", line))


def test_a_schedule_row_and_a_range_stay() -> None:
    row = "9. November 2019: Forum Neustart, Basel"
    french = "8 juin 2016 : Reportage France Inter"
    season = "01.11.2020 - 20.12.2020 Zwischensaison 90 Euro"
    kept = kept_lines(_page(row, french, season))
    assert row in kept
    assert french in kept
    assert season in kept


def test_a_programme_s_days_stay() -> None:
    # Dates alone on several lines, each over its slots: a programme's days, not the
    # page's stamp, which a page prints once.
    days = [
        "Donnerstag, 03. Februar 2022",
        "Golf: Pebble Beach Pro-Am, first round in California, live from 21:00 on Sky Sport",
        "Freitag, 04. Februar 2022",
        "Golf: Pebble Beach Pro-Am, second round in California, live from 21:00 on Sky Sport",
    ]
    kept = kept_lines(_page(*days))
    assert days[0] in kept
    assert days[2] in kept


def test_a_timeline_and_a_tour_s_dates_stay() -> None:
    # Rows that open with a date and go on with facts, as a stamp does, printed several
    # times: the article's list (the lead's counterexample to the first form of the rule,
    # which took every row).
    timeline = [
        "March 1, 2020 First case confirmed in the city",
        "March 9, 2020 Schools close",
        "March 23, 2020 Lockdown begins",
    ]
    tour = ["12 May 2021 Berlin, Olympiastadion", "14 May 2021 Hamburg, Stadtpark"]
    kept = kept_lines(_page(*timeline, *tour))
    assert all(row in kept for row in timeline + tour)


@pytest.mark.parametrize(
    "stamp",
    [
        "23.10.18 | Lokales",  # a year of two digits: two of "./-", no "19" or "20"
        "3/9/15 - Redaktion",
        "2021-10-16 · Politik",
        "January 13, 2020 | Sports",
        "5 Januar 1999 | Kultur",
    ],
)
def test_each_form_of_the_date_is_asked_of_the_pattern(stamp: str) -> None:
    # A guard on the substring tests that spare most lines the pattern (round 60,
    # stampcost): a date with no year opening with "19" or "20" still reaches it.
    assert removed_rules(_page(stamp)).get(stamp) == "page_stamp"
