"""Bylines in text dumps taken on a person's evidence (round 17): a name line with a
date that ends in a full stop, an accented given name, a gender-inclusive author label,
and what a page's labels beside a date are not (a byline found that is wrong is worse
than one missed)."""

from __future__ import annotations

import articleclean
from articleclean.names import is_byline_mark, is_given_name, parse_byline
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE

_ES = [
    "Los candidatos presidenciales hablaron ante cientos de estudiantes en la universidad",
    "Los candidatos presidenciales llegaron a la universidad para hablar con los estudiantes sobre sus propuestas de gobierno.",
    "Durante más de dos horas respondieron preguntas sobre educación, empleo y seguridad en el auditorio principal.",
    "Los organizadores dijeron que el encuentro se repetirá antes de la segunda vuelta electoral.",
]
_PT = [
    "Prefeitura anuncia novas linhas de ônibus para a zona norte da cidade",
    "A prefeitura anunciou nesta segunda-feira novas linhas de ônibus que vão ligar a zona norte ao centro da cidade.",
    "Segundo a secretaria de transportes, as linhas começam a circular no próximo mês e devem atender milhares de passageiros.",
]


def _article_dump(title: str, byline: list[str], body: list[str]) -> str:
    return "\n\n".join([title, *byline, *body]) + "\n"


def test_a_name_and_a_date_ending_in_a_full_stop_is_no_standfirst() -> None:
    # Ten words and a full stop ("A. M.") read like the article's first sentence, but
    # the line is names and a date: the byline under the headline.
    spanish = "Carlos Andres Mejia Restrepo 11 de junio 2022, 10:30 A. M."
    article = articleclean.clean_text(_article_dump(_ES[0], [spanish], _ES[1:]))
    assert article.byline == ["Carlos Andres Mejia Restrepo"]
    assert spanish not in [block.text for block in article.body]
    portuguese = "Maria Fernanda Souza Lima 04 de maio de 2022, 12:00 P. M."
    article = articleclean.clean_text(_article_dump(_PT[0], [portuguese], _PT[1:]))
    assert article.byline == ["Maria Fernanda Souza Lima"]
    # A sentence that only opens with a name stays the standfirst.
    standfirst = "Ana Torres presentó el 04 de mayo 2022 su programa ante los estudiantes."
    article = articleclean.clean_text(_article_dump(_ES[0], [standfirst], _ES[1:]))
    assert article.byline == []
    assert standfirst in [block.text for block in article.body]


def test_a_given_name_the_list_holds_without_its_accents() -> None:
    assert is_given_name("Nuño")
    assert is_given_name("Verónica")  # in the list with its accent
    assert not is_given_name("Schlaf")
    text = _article_dump(_ES[0], ["Nuño Domínguez", "19 FEB 2020 - 18:37 CET"], _ES[1:])
    assert articleclean.clean_text(text).byline == ["Nuño Domínguez"]


def test_a_gender_inclusive_author_label_marks_the_name() -> None:
    assert is_byline_mark("Autor*in")
    assert is_byline_mark("Autor:in")
    assert parse_byline("Autor*in: Anna Schmidt") == ["Anna Schmidt"]
    assert parse_byline("AutorIn: Anna Schmidt") == ["Anna Schmidt"]
    # The author box stands above the article's sources, which read as prose.
    box = [
        "Letzte Aktualisierung: 28.01.2022",
        "Autor*in",
        "Brit Weirich (Medizinredakteurin)",
        "Quellen",
    ]
    sources = [
        f"Online-Informationen des Instituts Nummer {n}: Bereitstellung ausgewählter Arzneimittel durch den Bund, Stand 2022."
        for n in range(1, 7)
    ]
    page = "\n".join(
        [f"{ARTICLE_DE[0]} | Gesundheit Magazin", *MENU_DE, *ARTICLE_DE, *box, *sources, *FOOTER_DE]
    )
    article = articleclean.clean_text(page)
    assert article.byline == ["Brit Weirich"]
    assert all(line in [block.text for block in article.body] for line in ARTICLE_DE[1:])


def test_labels_beside_a_date_are_no_byline() -> None:
    # Two section labels with the date, in the form of a name: no given name opens them.
    text = _article_dump(ARTICLE_DE[0], ["Gesundheit Schlaf 27/10/23"], ARTICLE_DE[1:])
    assert articleclean.clean_text(text).byline == []
    text = _article_dump(
        "Council approves the new budget after a long debate",
        ["Social Share", "March 3, 2022"],
        [
            "The city council approved the new budget on Tuesday after a debate that lasted well into the night.",
            "Council members said the plan would fund new schools and repair several roads in the coming year.",
        ],
    )
    assert articleclean.clean_text(text).byline == []
    # A person's name after an academic title is still one.
    text = _article_dump(ARTICLE_DE[0], ["Dr. Sebastian Brüggemann", "13.01.2020"], ARTICLE_DE[1:])
    assert articleclean.clean_text(text).byline == ["Dr. Sebastian Brüggemann"]


def test_a_name_before_a_bar_opens_with_a_given_name() -> None:
    assert parse_byline("Willkommen Gast | RSS") is None
    assert parse_byline("Spendenaktion Physik | Beitrag einreichen") is None
    assert parse_byline("Malte Welding | 29.07.2006 um 14:26") == ["Malte Welding"]
    assert parse_byline("Mateo Arbeláez Quintana | Publicado hace 5 horas") == [
        "Mateo Arbeláez Quintana"
    ]
    # With a prefix the names need no given name from the list.
    assert parse_byline("By Sadhbh O'Sullivan | March 3, 2019") == ["Sadhbh O'Sullivan"]
