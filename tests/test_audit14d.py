"""Issue 14 audit (round 29): languages the fixtures had not met (ro, hu, el, fi, no, vi,
hi, he, fa; `tests/fixtures/text/audit14d-*`), and the wires' local place names. On main
7ff7477 every fixture failed: no ad marker, share prompt, teaser heading or byline prefix
of these languages was listed; the dateline's letters stopped at Latin-1 and Russian's
Cyrillic ("București", "Đà Nẵng", "Київ", "Πειραιάς"); "Praha" and "Київ" were no known
places (GeoNames names them "Prague" and "Kyiv"); names in Persian letters and Devanagari
were no names; "og" joined no co-authors; Greek's final sigma kept "Συντάκτης:" from
matching its prefix once the line was case-folded; credit labels such as "Fotó:",
"Φωτογραφία:", "Ảnh:", "फोटो:", "צילום:" and "عکس:" were unknown."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.names import is_known_place, parse_byline
from articleclean.rules.credits import split_credit
from articleclean.rules.datelines import match_dateline


@pytest.mark.parametrize(
    ("text", "location", "date", "agency"),
    [
        ("Praha - Ve věku 84 let zemřel v úterý herec.", "Praha", None, None),
        ("Warszawa - Rząd przyjął w środę projekt ustawy.", "Warszawa", None, None),
        (
            "Київ, 12 березня. Із сьогоднішнього ранку курсують автобуси.",
            "Київ",
            "12 березня",
            None,
        ),
        (
            "București, 5 martie (AGERPRES) - Metrorex a semnat contractul.",
            "București",
            "5 martie",
            "AGERPRES",
        ),
        (
            "Đà Nẵng, 4/3 (TTXVN) - Sáng nay, thành phố đã khánh thành cầu.",
            "Đà Nẵng",
            "4/3",
            "TTXVN",
        ),
        (
            "Πειραιάς, 12 Μαρτίου (ΑΠΕ) - Σε λειτουργία τέθηκε ο προβλήτας.",
            "Πειραιάς",
            "12 Μαρτίου",
            "ΑΠΕ",
        ),
    ],
)
def test_datelines_in_local_names_and_letters(
    text: str, location: str, date: str | None, agency: str | None
) -> None:
    found = match_dateline(text)
    assert found is not None
    assert (found.location, found.date, found.agency) == (location, date, agency)


@pytest.mark.parametrize(
    "text",
    [
        # a day of the week, a comma and a date open a sentence: no known place
        "Sobota, 3. dubna. Ve věku 84 let zemřel herec Jaroslav Novotný.",
        "Neděle - den, kdy se v divadle nehraje, patří rodině.",
        "Понеділок, 12 березня. Із сьогоднішнього ранку курсують автобуси.",
    ],
)
def test_not_datelines(text: str) -> None:
    """Guard (passes on main too): a weekday is no place, with a dash or with a date."""
    assert match_dateline(text) is None


@pytest.mark.parametrize("name", ["praha", "warszawa", "wien", "київ", "москва", "αθήνα"])
def test_local_names_are_known_places(name: str) -> None:
    assert is_known_place(name)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Szerző: Kovács Eszter", ["Kovács Eszter"]),  # hu
        ("Συντάκτης: Νίκος Παπαδόπουλος", ["Νίκος Παπαδόπουλος"]),  # el: final sigma
        ("Av Kari Nordmann og Ole Hansen", ["Kari Nordmann", "Ole Hansen"]),  # no
        ("Kirjoittaja: Mikko Heikkinen", ["Mikko Heikkinen"]),  # fi
        ("Phóng viên: Nguyễn Thu Hà", ["Nguyễn Thu Hà"]),  # vi
        ("लेखक: राहुल शर्मा", ["राहुल शर्मा"]),  # hi
        ("מאת דנה לוי", ["דנה לוי"]),  # he
        ("نویسنده: مریم احمدی", ["مریم احمدی"]),  # fa: Persian letters
    ],
)
def test_bylines_of_more_languages(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "Az új villamos a megállóban. Fotó: MTI/Czeglédi Zsolt",
            "Az új villamos a megállóban.",
            "MTI/Czeglédi Zsolt",
        ),
        (
            "Το πλοίο στον προβλήτα. Φωτογραφία: ΑΠΕ-ΜΠΕ",
            "Το πλοίο στον προβλήτα.",
            "ΑΠΕ-ΜΠΕ",
        ),
        ("Cầu mới nhìn từ bờ tây. Ảnh: TTXVN", "Cầu mới nhìn từ bờ tây.", "TTXVN"),
        ("अंधेरी सबवे में भरा पानी। फोटो: पीटीआई", "अंधेरी सबवे में भरा पानी।", "पीटीआई"),
        ("הרכבת בתחנת בת גלים. צילום: רמי שלוש", "הרכבת בתחנת בת גלים.", "רמי שלוש"),
        ("نمایی از ایستگاه. عکس: ایرنا", "نمایی از ایستگاه.", "ایرنا"),
    ],
)
def test_credit_labels_of_more_languages(text: str, caption: str, credit: str) -> None:
    assert split_credit(text) == (caption, credit)


def test_a_word_date_after_a_weekday_stays_the_paragraphs() -> None:
    """Guard (passes on main too): no dateline is cut from a paragraph that opens with a
    weekday, a comma and a date."""
    prose = "Sobota, 3. dubna. Ve věku 84 let zemřel herec Jaroslav Novotný, člen divadla."
    text = f"Zemřel herec Jaroslav Novotný\n\n{prose}\n\nRozloučení se bude konat v divadle.\n"
    article = articleclean.clean_text(text)
    assert article.dateline is None
    assert article.paragraphs[0] == prose
