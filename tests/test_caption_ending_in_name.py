"""caption_ending_in_name (round 45): a caption whose photographer's name ends it with no
label or sign before it, in a text dump. The look-alikes (a list of names, a menu of links
glued together, a contact's address, an abbreviation before a name) stay where they were."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.rules.credits import split_signature

TITLE = "Drought leaves the southern reservoirs at a third of their level"
P1 = (
    "The water authority said on Monday that the three reservoirs south of the city hold a "
    "third of what they held a year ago, after the driest spring since records began."
)
P2 = (
    "Farmers in the valley have been told to water their fields only at night, and the city "
    "will close its public fountains from next week until the autumn rains return."
)
P3 = (
    "The authority plans to ask the regional government for money to repair the old pipes, "
    "which lose almost a fifth of the water they carry before it reaches the taps."
)


def dump(*lines: str) -> str:
    return "\n\n".join([TITLE, P1, *lines, P2, P3])


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # after the caption's sentence (a Spanish paper's form)
        (
            "Dos técnicos miden el nivel del embalse de San Juan, al sur de la ciudad. "
            "Lucía Romero",
            "Dos técnicos miden el nivel del embalse de San Juan, al sur de la ciudad.",
            "Lucía Romero",
        ),
        # glued to the caption's last word: two elements printed without a space
        (
            "Trockene Felder am Rand des Stausees: Bewässerung nur nachtsMartin Keller",
            "Trockene Felder am Rand des Stausees: Bewässerung nur nachts",
            "Martin Keller",
        ),
        # with the photographer's address after the name
        (
            "A fisherman walks across the cracked bed of the reservoir. The lake has lost two "
            "thirds of its water since March. Peter Walsh pwalsh@example-herald.com",
            "A fisherman walks across the cracked bed of the reservoir. The lake has lost two "
            "thirds of its water since March.",
            "Peter Walsh pwalsh@example-herald.com",
        ),
    ],
)
def test_a_caption_signed_by_a_bare_name_is_a_caption_with_its_credit(
    line: str, caption: str, credit: str
) -> None:
    article = articleclean.clean_text(dump(line))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert line not in article.paragraphs
    assert article.paragraphs == [P1, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        # a numbered list of people
        "12. Maria Lopez",
        # an abbreviation before the name, no sentence
        "Leitung: Prof. Dr. Anna Berger",
        # a list of brands, no sentence in lower case
        "Top-Marken Callaway Cobra Ping Mizuno TaylorMade Titleist",
        # a menu's links glued together
        "InicioPolíticaEconomíaDeportes y CulturaCienciaTecnologíaMundoPandora Papers",
        # a contact's address that is not the named person's
        "For questions about the water restrictions, write to the authority. Jane Carter "
        "press@example.org",
        # a place after the sentence, not a person
        "The authority will publish the new levels on Friday. San Diego",
    ],
)
def test_a_name_at_the_end_of_other_lines_is_no_credit(line: str) -> None:
    assert split_signature(line) is None


def test_a_paragraph_of_three_sentences_ending_in_a_name_stays_in_the_body() -> None:
    line = (
        "The authority met on Monday. It agreed to close the fountains. The vote was five "
        "to two, with the chair against. Jane Carter"
    )
    article = articleclean.clean_text(dump(line))
    assert line in article.paragraphs
    assert not article.captions


def test_the_rule_reads_text_dumps_only_and_its_switch_turns_it_off() -> None:
    line = "Dos técnicos miden el nivel del embalse de San Juan, al sur de la ciudad. Lucía Romero"
    assert line in articleclean.clean_text(dump(line), caption_ending_in_name=False).paragraphs
    html = "<html><body><article><h1>{}</h1><p>{}</p><p>{}</p><p>{}</p></article></body></html>"
    article = articleclean.clean_html(html.format(TITLE, P1, line, P2))
    assert line in article.paragraphs
