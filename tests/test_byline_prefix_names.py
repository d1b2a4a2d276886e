"""Byline prefixes that are also names (round 50, issue 14 item 4): "de" (Romanian's "by"),
"di" (Italian's), "per" (Catalan's) open names and family names in other languages ("De
Gaulle", "de Vries", "Di Maio", "Per Olsen"). They count only in a byline's shape: written
lower-case before a capitalised full name (`names.prefix_as_printed_opens`), or lower-case
alone on a line over the name (`names.is_byline_mark`)."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.names import is_byline_mark, parse_byline

_PROSE = {
    "en": (
        "The Norwegian shipowners' association said on Tuesday that a levy on marine fuel "
        "would raise costs for short-sea routes by a fifth, and asked for a transition period."
    ),
    "fr": (
        "Le général a prononcé son discours depuis Londres le 18 juin 1940, appelant les "
        "Français à poursuivre le combat contre l'occupant."
    ),
    "nl": (
        "De gemeenteraad heeft dinsdagavond ingestemd met het plan om de haven uit te "
        "breiden, ondanks bezwaren van omwonenden over geluid en verkeer."
    ),
    "it": (
        "Il ministro ha incontrato ieri i rappresentanti dei sindacati per discutere la "
        "riforma delle pensioni, senza raggiungere un accordo definitivo."
    ),
    "da": (
        "Rederiforeningen oplyste tirsdag, at en afgift på skibsbrændstof vil hæve "
        "omkostningerne på de korte ruter med en femtedel, og bad om en overgangsperiode."
    ),
    "ro": (
        "Poliția Rutieră a înregistrat 38 de accidente în județele din Moldova între miezul "
        "nopții și ora 12:00, pe fondul poleiului format pe drumuri."
    ),
    "ca": (
        "La vaga convocada pel sindicat de maquinistes ha obligat Renfe a suprimir sis de "
        "cada deu trens de Rodalies aquest dimecres al matí, tot i els serveis mínims."
    ),
}


def _dump(line: str, language: str) -> str:
    prose = _PROSE[language]
    return f"Headline of the day\n\n{line}\n\n{prose}\n\n{prose} {prose}\n"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Per Olsen", "en"),
        ("Per Kristian Olsen", "da"),
        ("De Gaulle", "fr"),
        ("De Gaulle Charles", "en"),
        ("de Vries", "nl"),
        ("Di Maio", "it"),
        ("Di Maio Luigi", "it"),  # main gave "Maio Luigi"
        ("Di Maio Luigi", "en"),
    ],
)
def test_a_name_opening_with_a_prefix_word_is_not_cut(line: str, language: str) -> None:
    # The line is a name, not a prefix and a name: the byline never holds the name with
    # its first word cut off, and the line is not removed as something else either.
    article = articleclean.clean_text(_dump(line, language))
    assert article.byline in ([], [line])
    assert parse_byline(line) in (None, [line])


@pytest.mark.parametrize(
    ("line", "language", "names"),
    [
        ("de Andreea Popescu", "ro", ["Andreea Popescu"]),  # None on main
        ("per Jordi Puig Soler", "ca", ["Jordi Puig Soler"]),  # None on main
        ("di Luigi Di Maio", "it", ["Luigi Di Maio"]),
        ("Door Jan de Vries", "nl", ["Jan de Vries"]),
    ],
)
def test_a_lower_case_prefix_before_a_full_name_is_a_byline(
    line: str, language: str, names: list[str]
) -> None:
    assert articleclean.clean_text(_dump(line, language)).byline == names


@pytest.mark.parametrize("line", ["de Vries", "de la semana", "per E-Mail teilen", "di stagione"])
def test_a_lower_case_prefix_needs_a_capitalised_full_name(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "mark"),
    [
        ("di", True),
        ("A CURA DI", True),  # a longer prefix ending in the word: its case is free
        ("Di", False),
        ("Per", False),
        ("De", False),
        ("Autour de :", False),  # a phrase ending in the preposition
        ("à propos de", False),
    ],
)
def test_a_prefix_that_opens_names_marks_the_next_line_lower_case_alone(
    line: str, mark: bool
) -> None:
    assert is_byline_mark(line) is mark
