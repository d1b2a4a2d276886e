"""inline_teaser: Spanish "Lea:" before another story's headline, and a transcript's turn
opened by a given name that is also a teaser prefix ("Lea", "Mira") (round 37)."""

from __future__ import annotations

import pytest

import articleclean
from articleclean import CleanerConfig
from articleclean.document import Segment
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.teaser_headings import inline_teaser

CONTEXT = PhraseBook.for_config(CleanerConfig())


def judged(text: str) -> bool:
    return bool(inline_teaser(Segment(text, (1, 1)), CONTEXT))


@pytest.mark.parametrize(
    "line",
    [
        "Lea: Gobierno anuncia un nuevo plan de vivienda para jóvenes",
        "LEA: Suben las tarifas del transporte público en la capital",
        "Lea además: Alcaldía cierra tres mercados por obras de drenaje",
        "LEA ADEMÁS: ¿Cuánto cuesta la canasta básica este mes?",
    ],
)
def test_lea_before_a_headline_is_a_teaser(line: str) -> None:
    """Fails on main: "lea" (Spanish "read", as "vea" and "mire" are "see" and "look")
    was no prefix of the list."""
    assert judged(line)


@pytest.mark.parametrize(
    "line",
    [
        "Mira: Das habe ich so nie gesagt, und ich bleibe dabei.",
        "Mira: I never said that, and I stand by it.",
    ],
)
def test_a_speakers_turn_under_a_prefix_name_stays(line: str) -> None:
    """Fails on main: "mira" is a prefix, and a transcript's turn by a speaker of that
    name, a sentence ending in a full stop, went as a teaser."""
    assert not judged(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lea: Ich habe das nie gesagt, und ich bleibe dabei.",
        "Lea: Yo nunca dije eso.",
        "Lea es la mejor amiga de la protagonista.",
    ],
)
def test_lea_as_a_name_stays(line: str) -> None:
    """Guard (passes on main too, where "lea" was no prefix): the new prefix does not take
    a speaker's turn or a sentence about a person named Lea."""
    assert not judged(line)


def test_lea_line_between_paragraphs_goes_end_to_end() -> None:
    """Fails on main: the "Lea:" line stayed in the body."""
    text = (
        "Lluvias dejan sin luz a tres barrios del norte\n\n"
        "Las fuertes lluvias de la noche del martes dejaron sin servicio eléctrico a tres "
        "barrios del norte de la ciudad, informó la empresa distribuidora este miércoles.\n\n"
        "Lea: Gobierno anuncia un nuevo plan de vivienda para jóvenes\n\n"
        "Según la empresa, las cuadrillas trabajan desde la madrugada para reponer los "
        "postes caídos y esperan restablecer el servicio antes del jueves por la tarde.\n"
    )
    article = articleclean.clean_text(text)
    assert [r.rule for r in article.removed] == ["inline_teaser"]
    assert "Lea:" not in article.to_text()
    assert len(article.paragraphs) == 2
