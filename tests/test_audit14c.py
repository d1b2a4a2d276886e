"""Issue 14 audit (round 28): cases from the issue's list on new fixtures
(`tests/fixtures/text/audit14c-*`: sv, da, cs, tr, id, ko, ar, uk, en, it) that failed on
main 5d8e109: bylines after the Nordic, Turkish, Arabic and Indonesian prefixes, datelines
of a script without capitals, of Yonhap and of a wire without a dash, credits of ANTARA and
of Reuters in Arabic, the wires' "/ritzau/" sign-off, a date stamp under the byline read
as a heading, the reporter's e-mail address after the last paragraph, a spec list's
last row read as a heading, and the Korean press's bracketed credits."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.rules.credits import split_credit
from articleclean.rules.datelines import match_dateline

_PROSE = (
    "The council voted on Tuesday to extend the scheme for another two years after a "
    "review found that it had cut waiting times at every clinic in the district."
)
_MORE = (
    "Officials said the money would come from the regional budget and that no clinic "
    "would close while the scheme was being reviewed again next spring."
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Af Mette Kjær", "Mette Kjær"),  # da
        ("Av Elin Lindqvist", "Elin Lindqvist"),  # sv
        ("Haber: Emre Yıldız", "Emre Yıldız"),  # tr
        ("Pewarta: Rina Sari", "Rina Sari"),  # id
        ("كتب: أحمد سامي", "أحمد سامي"),  # ar: a name in a script without capitals
    ],
)
def test_bylines_after_more_prefixes(line: str, name: str) -> None:
    text = f"A headline about the clinic scheme\n\n{line}\n\n{_PROSE}\n\n{_MORE}\n"
    assert articleclean.clean_text(text).byline == [name]


@pytest.mark.parametrize(
    ("text", "location", "agency"),
    [
        ("القاهرة (رويترز) - أعلنت الحكومة المصرية يوم الأحد خطة.", "القاهرة", "رويترز"),
        ("(서울=연합뉴스) 김민수 기자 = 한국은행은 16일 기준금리를 동결했다.", "서울", "연합뉴스"),
        ("(부산=연합뉴스) 부산시는 3일 새 계획을 발표했다.", "부산", "연합뉴스"),
        ("LULEÅ (TT) SMHI har utfärdat en gul varning.", "LULEÅ", "TT"),
        ("OSLO (NTB) Regjeringen la fram budsjettet.", "OSLO", "NTB"),
    ],
)
def test_datelines_of_more_wires(text: str, location: str, agency: str) -> None:
    found = match_dateline(text)
    assert found is not None
    assert (found.location, found.agency) == (location, agency)
    assert not text[len(found.text) :].lstrip().startswith(("-", "="))


@pytest.mark.parametrize(
    "text",
    [
        "EU (Brussels) The commission said on Monday it would act.",  # no listed agency
        "وقال الوزير إن الخطة ستبدأ العام المقبل.",  # a sentence, no bracketed agency
    ],
)
def test_not_datelines(text: str) -> None:
    assert match_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "Suasana rapat pleno di kantor KPU, Bandung. (ANTARA/Raisan Al Farisi)",
            "Suasana rapat pleno di kantor KPU, Bandung.",
            "ANTARA/Raisan Al Farisi",
        ),
        (
            "رئيس الوزراء خلال مؤتمر صحفي في القاهرة يوم الأحد. (رويترز)",
            "رئيس الوزراء خلال مؤتمر صحفي في القاهرة يوم الأحد.",
            "رويترز",
        ),
    ],
)
def test_credits_of_more_agencies(text: str, caption: str, credit: str) -> None:
    assert split_credit(text) == (caption, credit)


def test_wire_sign_off_between_slashes() -> None:
    text = f"A headline about the clinic scheme\n\n{_PROSE}\n\n{_MORE}\n\n/ritzau/\n"
    article = articleclean.clean_text(text)
    assert [r.rule for r in article.removed] == ["wire_end_mark"]
    kept = f"A headline about the clinic scheme\n\n{_PROSE}\n\n/usr/local/\n\n{_MORE}\n"
    assert "wire_end_mark" not in [r.rule for r in articleclean.clean_text(kept).removed]


@pytest.mark.parametrize(
    ("byline", "stamp"),
    [
        ("By Jane Doe", "March 12, 2024"),
        ("di Luca Bianchi", "12 marzo 2025"),
        ("Von Anna Berger", "12.03.2025, 10:30"),
    ],
)
def test_date_stamp_under_the_byline(byline: str, stamp: str) -> None:
    text = f"A headline about the clinic scheme\n\n{byline}\n\n{stamp}\n\n{_PROSE}\n\n{_MORE}\n"
    article = articleclean.clean_text(text)
    assert article.headings == []
    assert [(r.rule, r.text) for r in article.removed] == [("byline_date_stamp", stamp)]


def test_date_stamp_under_the_byline_of_a_page_dump() -> None:
    path = "tests/fixtures/text/audit14b-it-ansa-bergamo.txt"
    with open(path, encoding="utf-8") as handle:
        article = articleclean.clean_text(handle.read())
    assert "12 marzo 2025" not in article.headings
    assert ("byline_date_stamp", "12 marzo 2025") in [(r.rule, r.text) for r in article.removed]


@pytest.mark.parametrize("address", ["sooyeon@yna.co.kr", "j.doe@example.com, k.roe@example.com"])
def test_reporter_address_after_the_last_paragraph(address: str) -> None:
    text = f"A headline about the clinic scheme\n\n{_PROSE}\n\n{_MORE}\n\n{address}\n"
    article = articleclean.clean_text(text)
    assert [(r.rule, r.text) for r in article.removed] == [("closing_address", address)]


def test_address_inside_the_article_stays() -> None:
    text = f"A headline about the clinic scheme\n\n{_PROSE}\n\nclinics@example.org\n\n{_MORE}\n"
    assert "closing_address" not in [r.rule for r in articleclean.clean_text(text).removed]


@pytest.mark.parametrize(
    "rows",
    [
        [
            "Potenza di aspirazione: 5.500 Pa",
            "Autonomia: 180 minuti",
            "Serbatoio polvere: 470 ml",
            "Rumorosità: 67 dB",
        ],
        [
            "Battery life: 12 hours",
            "Screen size: 6.1 in",
            "Weight: 171 g",
            "Peak brightness: 2000 nits",
        ],
    ],
)
def test_last_row_of_a_spec_list_is_no_heading(rows: list[str]) -> None:
    listed = "\n".join(rows)
    text = f"A headline about the clinic scheme\n\n{_PROSE}\n\n{listed}\n{_MORE}\n"
    assert rows[-1] not in articleclean.clean_text(text).headings


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("이창용 총재가 회의를 주재하고 있다. [사진공동취재단]", "사진공동취재단"),
        ("시민들이 광장을 걷고 있다. [AFP=연합뉴스]", "AFP=연합뉴스"),
        ("서울 도심의 한 건물. [연합뉴스 자료사진]", "연합뉴스 자료사진"),
    ],
)
def test_korean_bracketed_credits(text: str, credit: str) -> None:
    found = split_credit(text)
    assert found is not None and found[1] == credit
