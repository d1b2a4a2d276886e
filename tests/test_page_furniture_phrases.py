"""Phrases of page furniture that whole-page dumps kept (round 52, tune): the same prompts
and headings the lists held in another spelling or register ("Siguenos en" without its
accent, the informal "Folge uns auf" beside "Folgen Sie uns auf"), and a teaser heading in
the words of a listed one ("Articles les plus lus" beside "Les plus lus")."""

from __future__ import annotations

import pytest

import articleclean
from articleclean import CleanerConfig
from articleclean.document import Segment
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.teaser_headings import teaser_heading

CONTEXT = PhraseBook.for_config(CleanerConfig())

ARTICLES = {
    "es": (
        "El presidente dijo el martes que el plan económico de la oposición subiría los "
        "impuestos a las familias de menores ingresos del país.\n\n"
        "La propuesta será debatida en el Congreso durante las próximas semanas, según "
        "informaron fuentes del gobierno a la prensa local.\n\n"
    ),
    "de": (
        "Der Stadtrat hat am Dienstag beschlossen, die Sanierung der alten Brücke im "
        "kommenden Frühjahr zu beginnen und die Kosten mit dem Land zu teilen.\n\n"
        "Die Arbeiten sollen nach Angaben der Verwaltung etwa acht Monate dauern, der "
        "Verkehr wird in dieser Zeit über die Nordstraße umgeleitet.\n\n"
    ),
    "en": (
        "The council voted on Tuesday to start repairing the old bridge next spring and "
        "to share the cost of the work with the regional government.\n\n"
        "The work is expected to take about eight months, and traffic will be diverted "
        "over the north road while the bridge is closed.\n\n"
    ),
    "fr": (
        "Le conseil municipal a voté mardi le début des travaux de rénovation du vieux pont "
        "au printemps prochain, dont le coût sera partagé avec la région.\n\n"
        "Les travaux devraient durer environ huit mois, et la circulation sera déviée par "
        "la route du nord pendant la fermeture du pont.\n\n"
    ),
}


def removed_by(text: str, line: str) -> str | None:
    """The rule that removed `line` from the cleaned text, None when it stayed."""
    article = articleclean.clean_text(text)
    return next((r.rule for r in article.removed if line in r.text), None)


@pytest.mark.parametrize(
    ("language", "line", "rule"),
    [
        (
            "es",
            "Siguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo "
            "todas nuestras actualizaciones",
            "promo_prompt",
        ),
        ("de", "Du bist am Thema interessiert? Folge uns auf:", "promo_prompt"),
        ("de", "Du willst nichts mehr verpassen?", "promo_prompt"),
    ],
)
def test_a_prompt_line_under_the_article_goes(language: str, line: str, rule: str) -> None:
    """Each fails on main (the line stays in the body)."""
    text = "Headline of the story\n\n" + ARTICLES[language] + line + "\n"
    assert removed_by(text, line) == rule
    assert len(articleclean.clean_text(text).paragraphs) == 2


@pytest.mark.parametrize(
    ("language", "heading", "teasers"),
    [
        (
            "fr",
            "Articles les plus lus",
            [
                "Le maire inaugure une nouvelle piste cyclable",
                "Une école du quartier nord rouvre ses portes",
                "La piscine municipale ouvrira cet été",
            ],
        ),
    ],
)
def test_a_teaser_heading_in_the_listed_words_goes_with_its_box(
    language: str, heading: str, teasers: list[str]
) -> None:
    """The heading is a teaser heading (fails on main: no listed phrase); over a box
    another rule reads as teasers either way (`teaser_list` on main), heading and box go."""
    assert teaser_heading(Segment(heading, (1, 1)), CONTEXT)
    text = "Headline of the story\n\n" + ARTICLES[language] + "\n".join([heading, *teasers])
    article = articleclean.clean_text(text)
    assert removed_by(text, heading) is not None
    assert not any(teaser in article.paragraphs for teaser in teasers)
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        # The German phrases are whole lines or "folge uns auf": "Folge" is also a noun.
        "Die Folge unserer Recherche war eine Anfrage an das Ministerium, die bis heute "
        "unbeantwortet blieb.",
        "Wer nichts mehr verpassen will, kann die Sitzungen des Stadtrats ab Montag im "
        "Livestream verfolgen, teilte die Verwaltung mit.",
    ],
)
def test_a_sentence_of_the_article_in_those_words_stays(sentence: str) -> None:
    """Guards: pass on main and here."""
    text = "Headline of the story\n\n" + ARTICLES["de"] + sentence + "\n"
    article = articleclean.clean_text(text)
    assert sentence in article.paragraphs
