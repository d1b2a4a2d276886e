"""Two byline guards of round 64 (page-dump bylines, fewer wrong names):

- a sponsor's, a presenter's or a site maker's label ("Präsentiert von", "Presentado
  por", "Développé par") is a credit that names no author, in every language the English
  list already read so ("presented by", "sponsored by", "developed by"): a name under it
  is no byline;
- a weekday a byline prints before its date ("Heiko Sauer Do 9 Apr 2020", "Por Juan
  Pérez Viernes 22 abril, 2022") is the date's first word, not the names' last one.
"""

from __future__ import annotations

import pytest

import articleclean
from articleclean.names import byline_names, ends_in_credit, is_byline_mark, is_credit
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE, page_dump

# --- sponsors' and makers' labels ------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "präsentiert von",
        "Präsentiert von:",
        "Unterstützt von",
        "Ein Service von",
        "Entwicklung von:",
        "Presentado por",
        "Desarrollado por",
        "Patrocinado por:",
        "Présenté par",
        "Développé par",
        "Presentato da",
        "Apresentado por",
        "Gesponsord door",
    ],
)
def test_a_sponsors_label_marks_no_byline_below(label: str) -> None:
    assert ends_in_credit(label)
    assert not is_byline_mark(label)


@pytest.mark.parametrize(
    "line",
    [
        "Präsentiert von Hans Weber",
        "Presentado por Carlos Ruiz",
        "Présenté par Marie Dupont",
        "Patrocinado por Ana Souza",
    ],
)
def test_a_sponsors_credit_is_a_credit(line: str) -> None:
    assert is_credit(line)
    assert byline_names(line) == []


@pytest.mark.parametrize(
    "label", ["Von", "Ein Beitrag von:", "Geschrieben von", "Por", "Par", "Artikel von"]
)
def test_an_authors_label_still_marks_the_name_below(label: str) -> None:
    assert is_byline_mark(label)
    assert not ends_in_credit(label)


def test_a_sponsor_box_after_the_article_gives_no_byline() -> None:
    box = [
        "Präsentiert von:",
        "Stefan Brandt",
        "Stefan Brandt Immobilien berät Käufer und Verkäufer in der ganzen Region.",
    ]
    dump = page_dump("Technik Magazin", MENU_DE, ARTICLE_DE, box, FOOTER_DE)
    assert articleclean.clean_text(dump).byline == []


def test_the_authors_box_still_wins_over_a_sponsor_box() -> None:
    box = [
        "Ein Beitrag von:",
        "Alexandra Ilina",
        "Alexandra Ilina ist Redakteurin beim Technik Magazin. Nach dem Studium schrieb sie für mehrere Zeitungen über Energie.",
        "Präsentiert von:",
        "Stefan Brandt",
    ]
    dump = page_dump("Technik Magazin", MENU_DE, ARTICLE_DE, box, FOOTER_DE)
    assert articleclean.clean_text(dump).byline == ["Alexandra Ilina"]


# --- a weekday before the date ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Heiko Sauer Do 9 Apr 2020", ["Heiko Sauer"]),
        ("Von Heiko Sauer Do 9 Apr 2020", ["Heiko Sauer"]),
        ("Lisa Petrich Mi, 12. Okt 2022", ["Lisa Petrich"]),
        ("Jane Doe Dienstag 13.05.2014", ["Jane Doe"]),
        ("Jane Doe Fri 9 Apr 2020 10:00", ["Jane Doe"]),
        ("Por Juan Pérez Viernes 22 abril, 2022", ["Juan Pérez"]),
        ("Par Marie Curie mardi 3 mars 2020", ["Marie Curie"]),
        ("Maria Rossi domenica 12 aprile 2020", ["Maria Rossi"]),
        ("Jan de Vries dinsdag 3 maart 2020", ["Jan de Vries"]),
    ],
)
def test_a_weekday_before_the_date_is_not_the_names(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # family names that are weekdays too: two words of a name stay
        ("Anh Do 12.03.2022", ["Anh Do"]),
        ("Von Anh Do 12.03.2022", ["Anh Do"]),
        ("Juan Domingo 12.03.2022", ["Juan Domingo"]),
        ("Billy Sunday, March 3, 2019", ["Billy Sunday"]),
        # a particle written lower-case before it: the weekday's word is the name's
        ("Por María del Mar, 9 de abril de 2020", ["María del Mar"]),
        ("Jan van Do 12.03.2022", ["Jan van Do"]),
        # short forms that are common names are not read as weekdays
        ("By Nguyen Thi Thu 9 Oct 2020", ["Nguyen Thi Thu"]),
        ("By Li Wei Sun 9 Apr 2020", ["Li Wei Sun"]),
        ("By Mary Ann Sam 9 Apr 2020", ["Mary Ann Sam"]),
        # after a given name or a particle a weekday is the family name, however many
        # words stand before it (these lost it: "José Luis", "Anna Lena", "Nguyen Van")
        ("Por José Luis Domingo 22 abril, 2022", ["José Luis Domingo"]),
        ("Von Anna Lena Freitag 9. April 2020", ["Anna Lena Freitag"]),
        ("Anna Lena Freitag, 09.04.2020", ["Anna Lena Freitag"]),
        ("By Nguyen Van Do 12/03/2022", ["Nguyen Van Do"]),
        # no date after the name: nothing was cut
        ("Von Jane Doe", ["Jane Doe"]),
    ],
)
def test_a_weekday_that_is_a_family_name_stays(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


def test_a_dumps_byline_with_a_weekday_before_its_date_names_the_author() -> None:
    article = [ARTICLE_DE[0], "Heiko Sauer Do 9 Apr 2020", *ARTICLE_DE[1:]]
    dump = page_dump("Technik Magazin", MENU_DE, article, FOOTER_DE)
    assert articleclean.clean_text(dump).byline == ["Heiko Sauer"]
