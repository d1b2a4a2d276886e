"""Issue 14 audit (round 27): cases from the issue's list on new fixtures
(`tests/fixtures/text/audit14b-*`) that failed on main ada0d2b: the agency-first and
all-digit datelines and the Japanese wires' brackets, interview bylines, a headline ending
in a full stop with a byline under it, a site named by its own photo credit, a wire's end
mark, the lower-case "(foto ANSA)" and the Japanese "（共同）" credits, a footer's "© Site
2025" read as a caption, and paragraphs under an inline box cut as the box's blurbs."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.rules.credits import split_credit
from articleclean.rules.datelines import match_dateline

_PROSE = (
    "The council voted on Tuesday to extend the scheme for another two years after a "
    "review found that it had cut waiting times at every clinic in the district."
)


@pytest.mark.parametrize(
    ("text", "location", "date", "agency"),
    [
        ("(ANSA) - ROMA, 3 APR - Il governo ha approvato il decreto.", "ROMA", "3 APR", "ANSA"),
        ("(AGI) - Milano, 5 mag - La giunta ha votato ieri sera.", "Milano", "5 mag", "AGI"),
        ("Kraków, 02.09.2023 (PAP) - Radni przyjęli budżet miasta.", "Kraków", "02.09.2023", "PAP"),
        ("【ワシントン時事】米政府は3日、新たな制裁を発表した。", "ワシントン", None, "時事"),
        ("【大阪共同】大阪府は5日、新たな計画をまとめた。", "大阪", None, "共同"),
    ],
)
def test_agency_first_digit_date_and_japanese_wire_datelines(
    text: str, location: str, date: str | None, agency: str
) -> None:
    found = match_dateline(text)
    assert found is not None
    assert (found.location, found.date, found.agency) == (location, date, agency)


@pytest.mark.parametrize(
    "text",
    [
        "(Photo) - Some Thing - the rest of a line",  # a bracketed word, not an agency
        "Stand, 12.03.2024: Die Zahlen gelten bis Ende April.",  # a label before a date
    ],
)
def test_not_datelines(text: str) -> None:
    assert match_dateline(text) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Propos recueillis par Claire Dumont", "Claire Dumont"),
        ("Беседовала Анна Петрова", "Анна Петрова"),
        ("Interview by Mark Ellis", "Mark Ellis"),
    ],
)
def test_interview_bylines(line: str, name: str) -> None:
    text = f"A headline about the clinic scheme\n\n{line}\n\n{_PROSE}\n\n{_PROSE}\n"
    assert articleclean.clean_text(text).byline == [name]


def test_full_stop_headline_with_a_byline_under_it() -> None:
    headline = "N. Korea fires two short-range ballistic missiles into East Sea, JCS says."
    text = f"{headline}\n\nBy Park Min-ji\n\nSEOUL, May 2 (Yonhap) -- {_PROSE}\n\n{_PROSE}\n"
    article = articleclean.clean_text(text)
    assert article.title == headline
    assert article.dateline is not None and article.dateline.agency == "Yonhap"


def test_site_named_by_its_own_photo_credit() -> None:
    text = (
        "Test des Velo X2: ein leichtes Stadtrad für den Alltag - Radwelt Magazin\n\n"
        "Das Velo X2 wiegt nur elf Kilo und kostet 1.299 Euro. Wir sind es vier Wochen "
        "lang im Alltag gefahren, bei Regen und auf Kopfsteinpflaster.\n\n"
        "Das Velo X2 an einer Hauswand. Foto: Jan Berg / Radwelt Magazin\n\n"
        "Die Schaltung arbeitet sauber, die Bremsen greifen kräftig und der Akku "
        "hält im Test gut 70 Kilometer durch, auch im Winter.\n"
    )
    assert articleclean.clean_text(text).title == (
        "Test des Velo X2: ein leichtes Stadtrad für den Alltag"
    )


@pytest.mark.parametrize("mark", ["(END)", "-- ENDS --", "###", "-30-", "（完）"])
def test_wire_end_mark_is_removed(mark: str) -> None:
    text = f"A headline about the clinic scheme\n\n{_PROSE}\n\n{_PROSE}\n\n{mark}\n"
    article = articleclean.clean_text(text)
    assert [r.rule for r in article.removed if r.text == mark] == ["wire_end_mark"]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Il sindaco durante la cerimonia in piazza (foto ANSA)", "foto ANSA"),
        (
            "El presidente saluda a sus seguidores en Madrid (foto EFE/Juan Pérez)",
            "foto EFE/Juan Pérez",
        ),
        ("式典で手を振る知事＝5日午前、大阪市（共同）", "共同"),
    ],
)
def test_lower_case_and_japanese_agency_credits(line: str, credit: str) -> None:
    found = split_credit(line)
    assert found is not None and found[1] == credit


@pytest.mark.parametrize(
    "line",
    [
        "県は5日、新たな計画をまとめたと発表した。（共同）",  # a wire story's paragraph
        "P.IVA 01234560167 - © Gazzetta del Lago 2024",  # a footer's notice
    ],
)
def test_not_photo_credits(line: str) -> None:
    assert split_credit(line) is None


def test_paragraphs_under_an_inline_box_stay_in_an_article_dump() -> None:
    paragraphs = [
        "Poziom wody w Odrze we Wrocławiu spadł w czwartek do 62 centymetrów, najniżej "
        "od wielu lat, a żegluga na tym odcinku rzeki została wstrzymana.",
        "Hydrolodzy ostrzegają, że w najbliższych dniach stan rzeki może jeszcze się "
        "obniżyć, bo w całym dorzeczu od tygodni nie padało.",
        "Niski stan Odry utrudnia pracę zakładów, które pobierają z niej wodę do "
        "chłodzenia, ale miejskie wodociągi zapewniają, że dostawy wody pitnej dla "
        "mieszkańców nie są zagrożone.",
        "Władze miasta apelują do mieszkańców, by nie wchodzili na odsłonięte dno, bo "
        "piasek jest w wielu miejscach grząski, a w starym korycie wciąż leżą niewybuchy.",
        "Wojewoda zapowiedział, że w przyszłym tygodniu zbierze sztab kryzysowy, jeśli "
        "susza potrwa dłużej niż do końca miesiąca.",
    ]
    text = "\n\n".join(
        [
            "Rekordowo niski stan Odry we Wrocławiu",
            *paragraphs[:2],
            "Zobacz także:\nUpały w całym kraju. Synoptycy wydali ostrzeżenia (ZDJĘCIA)",
            *paragraphs[2:],
        ]
    )
    article = articleclean.clean_text(text + "\n")
    assert article.paragraphs == paragraphs
