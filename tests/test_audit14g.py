"""Issue 14 and 15 audit (round 51): new dumps and pages in languages the fixtures covered
thinly or not at all (sk, sl, lt, lv, et, sr, sq, tl, ur, af, hu, mk; pages in sv, sr, ta,
mr: `tests/fixtures/text/audit14g-*`, `tests/fixtures/html/audit15g-*`). Fixed here for
reasons that carry across sites: the datelines of TASR and ČTK (no comma before the date),
LETA ("Rīga, 5.marts, LETA."), BNS and ELTA ("Vilnius, kovo 17 d. (BNS).") and MTI (the year
first, the weekday after the day); the credit forms "… Name / BNS nuotr.", "… ۔ فوٹو: Name"
and "Larawan mula sa …"; the byline prefixes "Nga" (sq), "Ni" (tl), "Avtor" (sl) and Urdu's;
a byline's wire after a comma for the Baltic and Central and South-East European wires;
a bare Cyrillic name under a page's headline; an Indic name read whole in the page's
metadata (word scraps split at vowel signs matched the site's name); a spec table and a
live blog's last time stamp in the run's thin end; phrase files for fourteen languages."""

from __future__ import annotations

from pathlib import Path

import pytest

import articleclean
from articleclean.names import bare_names, parse_byline
from articleclean.readers.html_words import with_indic_marks, word_set
from articleclean.rules.credits import split_credit
from articleclean.rules.datelines import match_dateline


@pytest.mark.parametrize(
    ("text", "location", "date", "agency"),
    [
        (
            "Bratislava 5. marca (TASR) - Vláda na stredajšom rokovaní schválila peniaze.",
            "Bratislava",
            "5. marca",
            "TASR",
        ),
        ("Praha 12. března (ČTK) - Vláda dnes schválila rozpočet.", "Praha", "12. března", "ČTK"),
        (
            "Rīga, 5.marts, LETA. Trešdien sniegputenis apgrūtina satiksmi.",
            "Rīga",
            "5.marts",
            "LETA",
        ),
        (
            "Vilnius, kovo 17 d. (BNS). Sekmadienį vykusiame antrajame ture.",
            "Vilnius",
            "kovo 17 d.",
            "BNS",
        ),
        (
            "Budapest, 2025. március 5., szerda (MTI) – Életének 84. évében elhunyt.",
            "Budapest",
            "2025. március 5., szerda",
            "MTI",
        ),
    ],
)
def test_wire_datelines_of_more_agencies(text: str, location: str, date: str, agency: str) -> None:
    found = match_dateline(text)
    assert found is not None
    assert (found.location, found.date, found.agency) == (location, date, agency)


@pytest.mark.parametrize(
    "text",
    [
        # a product and a model number in brackets: no acronym of capitals after a date
        "Samsung Galaxy 24 Ultra (Test) - das neue Modell im Labor.",
        # a place, a day and a month, no agency after them
        "Bratislava 5. marca sa začína festival.",
        # the Latvian form's parts without the agency's full stop and a sentence after it
        "Rīga, 5.marts, LETA",
    ],
)
def test_no_wire_dateline_without_its_parts(text: str) -> None:
    assert match_dateline(text) is None


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Vaidas Petrauskas rinkimų štabe. Žygimanto Gedvilos / BNS nuotr.",
            "Vaidas Petrauskas rinkimų štabe.",
            "Žygimanto Gedvilos / BNS",
        ),
        ("Seimo posėdžių salė Vilniuje. LRT nuotr.", "Seimo posėdžių salė Vilniuje.", "LRT"),
        (
            "کسان رہنما خالد محمود ملتان میں اپنے کھیت میں۔ فوٹو: عمران علی",
            "کسان رہنما خالد محمود ملتان میں اپنے کھیت میں۔",
            "عمران علی",
        ),
        (
            "Pila ng mga aplikante sa DFA Aseana sa Parañaque. Larawan mula sa DFA",
            "Pila ng mga aplikante sa DFA Aseana sa Parañaque.",
            "DFA",
        ),
    ],
)
def test_credit_forms_of_more_languages(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        # "nuotr." counting photos after a figure: no credit
        "Kita diena. Seimas priėmė 12 nuotr.",
        # the word in prose, no credit's label after it
        "Kinunan niya ang larawan ng mga aplikante sa Parañaque kahapon.",
    ],
)
def test_credit_words_in_prose_credit_no_one(line: str) -> None:
    assert split_credit(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Avtor: Maja Kovač", ["Maja Kovač"]),
        ("Rūta Jankauskaitė, BNS", ["Rūta Jankauskaitė"]),
        ("Jana Nováková, TASR", ["Jana Nováková"]),
    ],
)
def test_bylines_of_more_languages_and_wires(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


_RU_PAGE = (
    "Мэрия закрывает мост на ремонт | Городские вести\n"
    "Перейти к содержанию\nНовости\nГород\nЭкономика\nСпорт\nПодписка\n"
    "Мы используем файлы cookie. Согласен\n"
    "Город\nМэрия закрывает мост на ремонт\n{byline}\n5 марта 2025, 10:15\n"
    "Мост через реку закроют для всех машин с понедельника на две недели, сообщили в "
    "мэрии города во вторник после заседания комиссии по транспорту.\n"
    "Автобусы пойдут в объезд по соседнему мосту, а пешеходы смогут пользоваться "
    "временной дорожкой на северной стороне моста все эти дни.\n"
    "Читайте также\nНовое расписание автобусов с апреля\nКак выглядит мост ночью\n"
    "О нас\nРеклама на сайте\nПолитика конфиденциальности\n© 2025 Городские вести\n"
)


def test_a_bare_cyrillic_name_under_the_headline_is_the_byline() -> None:
    assert bare_names("Мария Иванова") == ["Мария Иванова"]
    article = articleclean.clean(_RU_PAGE.format(byline="Мария Иванова"))
    assert article.byline == ["Мария Иванова"]


def test_a_cyrillic_menu_pair_under_the_headline_is_no_byline() -> None:
    assert articleclean.clean(_RU_PAGE.format(byline="Новости Спорта")).byline == []


def test_indic_words_keep_their_vowel_signs() -> None:
    # split at its marks, "प्रशांत कुलकर्णी" and the site "महाराष्ट्र वार्ता" shared the scrap "त"
    assert word_set("प्रशांत कुलकर्णी") == {"प्रशांत", "कुलकर्णी"}
    assert word_set("प्रशांत कुलकर्णी").isdisjoint(word_set("महाराष्ट्र वार्ता"))
    assert with_indic_marks("प्रशांत कुलकर्ण", "प्रशांत कुलकर्णी") == "प्रशांत कुलकर्णी"
    assert with_indic_marks("Jane Doe", "Jane Doe") == "Jane Doe"


_PAGE_TOP = (
    "Test: the new robot vacuum is quiet but struggles on rugs | Gadget Home\n"
    "Skip to content\nNews\nReviews\nSmart home\nGames\nSubscribe\n"
    "We use cookies to improve your experience. Accept\n"
    "Reviews\nTest: the new robot vacuum is quiet but struggles on rugs\nJane Doe\n"
    "6 March 2025 10:15\n"
)
_PAGE_FOOT = (
    "Read more\nTest: can a 200 euro smartwatch replace a sports watch?\n"
    "Five tricks to make an old laptop fast again\nContact\nAdvertise with us\n"
    "Privacy policy\n© 2025 Gadget Home. All rights reserved.\n"
)


_ET_TEST = Path(__file__).parent / "fixtures" / "text" / "audit14g-et-page-test-robottolmuimeja.txt"


@pytest.mark.parametrize("cells", ["\t", ": "])
def test_a_spec_table_before_the_verdict_stays_on_a_page_dump(cells: str) -> None:
    # (the table's cells apart by a tab, as a copied table prints them, or by a colon)
    text = _ET_TEST.read_text(encoding="utf-8").replace("\t", cells)
    body = articleclean.clean(text).text
    for line in ("Tehnilised andmed", f"Aku{cells.rstrip()} 5200 mAh", "Hind", "Kokkuvõttes"):
        assert line in body


def test_rows_with_figures_under_the_article_are_no_spec_table() -> None:
    # (a box of counts after the run's last prose: not inside the run, no prose after it)
    text = (
        _PAGE_TOP
        + "Robot vacuums have become cheaper in recent years, and even under 400 euros you "
        "get a device that maps the flat and drives back to its dock on its own.\n"
        "The first setup took about ten minutes in the app. The robot drew the map in one "
        "run and found the rooms' borders almost without a mistake.\n"
        "Comments 12\nShares 48\nLikes 310\n" + _PAGE_FOOT
    )
    body = articleclean.clean(text).text
    assert "Shares 48" not in body


def test_a_live_blogs_last_time_stays_over_its_entry() -> None:
    text = (
        _PAGE_TOP.replace(
            "Test: the new robot vacuum is quiet but struggles on rugs", "LIVE: count"
        )
        + "The polling stations closed at seven in the evening, and we follow the first "
        "results from the electoral commission and the candidates' offices here.\n"
        "22:15\nThe mayor spoke to supporters at his office and said he would wait for the "
        "final results before he says anything about the outcome of the vote.\n"
        "21:00\nThe commission said turnout until seven was 43.8 percent, four points lower "
        "than at the election four years ago, with the lowest figures in the centre.\n"
        "19:05\nThe polling stations are closed. No major irregularities were reported.\n"
        + _PAGE_FOOT
    )
    assert "19:05" in articleclean.clean(text).text


@pytest.mark.parametrize(
    ("junk", "reason"),
    [
        ("Zdieľať článok", "promo"),
        ("Súvisiace články", "related_teaser"),
        ("Oglasno sporočilo", "ad_marker"),
        ("Preberite tudi:", "related_teaser"),
        ("Reklamë", "ad_marker"),
        ("Lexo edhe:", "related_teaser"),
        ("Подели вест", "promo"),
        ("Повезане вести", "related_teaser"),
        ("I-share ang balitang ito", "promo"),
        ("Basahin din:", "related_teaser"),
        ("اشتہار", "ad_marker"),
        ("مزید پڑھیں", "related_teaser"),
        ("Reklāma", "ad_marker"),
        ("Lasi vēl", "related_teaser"),
        ("Dalintis", "promo"),
        ("Susiję straipsniai", "related_teaser"),
        ("Advertensie", "ad_marker"),
        ("Reklaam", "ad_marker"),
        ("Loe ka", "related_teaser"),
        ("Поврзани вести", "related_teaser"),
        ("जाहिरात", "ad_marker"),
        ("விளம்பரம்", "ad_marker"),
    ],
)
def test_phrases_of_more_languages(junk: str, reason: str) -> None:
    text = (
        "Vláda schválila peniaze na obnovu nemocníc\n\n"
        "Vláda na stredajšom rokovaní schválila 120 miliónov eur z plánu obnovy na "
        "modernizáciu deviatich regionálnych nemocníc, uviedol minister zdravotníctva.\n\n"
        f"{junk}\n\n"
        "Prvé zmluvy s nemocnicami chce rezort podpísať do konca apríla a všetky stavby "
        "musia byť podľa pravidiel plánu obnovy dokončené do augusta 2026.\n"
    )
    article = articleclean.clean(text)
    assert {r.text: r.reason.value for r in article.removed}.get(junk) == reason
