"""One description of each piece of a stamp (round 56, issue 16): the time zones, the
clock, the labels and the reading time that the stamp beside a byline
(`byline_date_stamp`), the stamp under a headline (`headline_date_stamp`) and a date
alone (`DATE_ALONE`: `html_date_line`) read are written once in `lexicon` (`TIME_ZONE`,
`ZONED_CLOCK`, `ANY_STAMP_LABEL`, `READING_TIME`). Before, each rule knew a zone or a
label the others did not."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.lexicon import TIMED_STAMP
from articleclean.names import is_byline_stamp, is_reading_time

_TITLE = "Council extends the clinic scheme for two more years"
_BYLINE = "By Jane Doe"
_PROSE = (
    "The council voted on Tuesday to extend the scheme for another two years after a "
    "review found that it had cut waiting times at every clinic in the district."
)
_MORE = (
    "Officials said the money would come from the regional budget and that no clinic "
    "would close while the scheme was being reviewed again next spring."
)


def _taken(text: str, rule: str) -> list[str]:
    return [r.text for r in articleclean.clean_text(text).removed if r.rule == rule]


# Each fails on main 2166ba2: the stamp stays in the body.
@pytest.mark.parametrize(
    "stamp",
    [
        "Friday, 7 March 2025 09:45 IST",  # en (India): a zone only the byline's knew
        "Friday, 7 March 2025, 9:45 a.m. ET",  # en (US): the same
        "Publiceret 7. marts 2025 kl. 09.45",  # da: the label the byline's list lacked
        "3. März 2025 · Lesedauer: 4 Min.",  # de: a reading time's label the byline's knew
    ],
)
def test_stamp_under_the_headline(stamp: str) -> None:
    text = "\n\n".join([_TITLE, stamp, _PROSE, _MORE]) + "\n"
    assert _taken(text, "headline_date_stamp") == [stamp]


# Each fails on main 2166ba2: the stamp stays in the body under the byline.
@pytest.mark.parametrize(
    "stamp",
    [
        "03.03.2025, 14:12 MEZ",  # de: the zone only the headline's knew
        "3. März 2025 um 14:12 MESZ",  # de
        "Publiceret 14. marts 2025 kl. 06.00",  # da: the label only the headline's knew
        "Udgivet 06.58 | Opdateret 16.52",  # da: a labelled time alone, "Udgivet" the byline's
        "Atualizado 10h32",  # pt: the "h" clock under a label
    ],
)
def test_stamp_under_the_byline(stamp: str) -> None:
    text = "\n\n".join([_TITLE, _BYLINE, stamp, _PROSE, _MORE]) + "\n"
    assert _taken(text, "byline_date_stamp") == [stamp]


@pytest.mark.parametrize(
    "line",
    [
        "3 mars 2025 10:00 et",  # fr: "et" is a word, not Eastern Time
        "7 de marzo de 2025 09:45 est",  # es: "est", nor Eastern Standard Time (main: taken)
        "09:45 MEZ",  # a zoned time alone, with no date: a live blog's entry
    ],
)
def test_a_zone_is_in_capitals_and_after_a_date(line: str) -> None:
    # A guard: lower-case words after a time are no zone.
    assert not TIMED_STAMP.match(line) and not is_byline_stamp(line)


@pytest.mark.parametrize(
    ("line", "reading_time"),
    [
        ("Tempo de leitura: 4 min", True),
        ("Leestijd 3 minuten", True),
        ("4 Min. Lesezeit", True),
        ("45 Min.", False),  # a duration alone: a recipe's or a programme's
    ],
)
def test_one_reading_time(line: str, reading_time: bool) -> None:
    # A guard (passes on main): the byline's reading time, now `lexicon.READING_TIME`.
    assert is_reading_time(line) is reading_time


def _page(stamp: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{_TITLE}</title></head><body><article><h1>{_TITLE}</h1>"
        f"<p>{stamp}</p><p>{_PROSE}</p><p>{_MORE}</p></article></body></html>"
    )


# Each fails on main 2166ba2: a date alone (`DATE_ALONE`) read the byline's zones, "h"
# clock and labels nowhere else, and the page's stamp stayed as its first paragraph.
@pytest.mark.parametrize(
    "stamp",
    [
        "20/02/2025 - 13:45 CET",  # the zone
        "Publié le 28/08/2025 à 07h00",  # fr: the "h" clock
        "Publicerad 14 mars 2025 kl. 06.00",  # sv: the Nordic label
    ],
)
def test_the_page_stamp_under_the_headline(stamp: str) -> None:
    article = articleclean.clean_html(_page(stamp))
    assert [r.text for r in article.removed if r.rule == "html_date_line"] == [stamp]
    assert stamp not in article.text
