"""A credit label after the caption's words and a comma ("Name, photo: Archives …").

"Roman Prymula, photo: Archives du Gouvernement tchèque", "…, Bildquelle: G. Warnke",
"…, fot. shutterstock": the caption and its credit printed on one line, a comma between
them (round 53). Only a short name may follow the label, ending the line.
"""

from __future__ import annotations

import pytest

import articleclean
from articleclean.rules.credits import CREDIT_TRIGGER, split_credit


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Jane Doe, photo: Archives du Gouvernement", "Jane Doe", "Archives du Gouvernement"),
        ("Ein Windrad im Becken, Foto: EnBW", "Ein Windrad im Becken", "EnBW"),
        ("Strom für ein Segelboot, Bildquelle: G. Warnke", "Strom für ein Segelboot", "G. Warnke"),
        ("Nowy sklep w Poznaniu, fot. shutterstock", "Nowy sklep w Poznaniu", "shutterstock"),
        ("El puerto de Vigo, Imagen: Archivo Municipal", "El puerto de Vigo", "Archivo Municipal"),
    ],
)
def test_the_label_after_a_comma_is_a_credit(line: str, caption: str, credit: str) -> None:
    # Fails on main: no form read a credit label after a comma.
    assert split_credit(line) == (caption, credit)
    assert CREDIT_TRIGGER.search(line)  # the screen asks the credit rules about it


@pytest.mark.parametrize(
    "line",
    [
        # a sentence goes on after the label: prose, not a name (passes on main; fails if
        # the name's length or its closing full stop were not asked)
        "Wir zeigen es, Foto: ein schönes Bild, das lange geht und geht.",
        "Der Hafen bei Nacht, Foto: Jane Doe.",
        "Das alte Rathaus, Foto: Jane Doe und Max Mustermann aus der Stadt am Fluss",
        # a source label after a comma names where a paragraph's figures come from
        "Zinssätze für Kredite 2017, Quelle: Deutsche Bundesbank",
        # a number after the label, no name
        "Kosten 5 Euro, Credit: 5 ECTS",
        # the label glued into a word, no comma before it
        "Patrick Ludolph, Fotograf aus Hamburg",
    ],
)
def test_prose_after_a_comma_is_no_credit(line: str) -> None:
    assert split_credit(line) is None


def test_the_caption_and_its_credit_leave_the_body() -> None:
    # Fails on main: the caption line stayed in the body with its label.
    text = (
        "Le ministre de la Santé sommé de démissionner\n\n"
        "Le ministre de la Santé a été photographié jeudi soir en sortant d'un restaurant "
        "qui aurait dû être fermé en raison des mesures sanitaires en vigueur.\n\n"
        "Jean Dupont, photo: Archives du Gouvernement\n\n"
        "Les appels à la démission se sont multipliés depuis ce vendredi matin dans les "
        "rangs de l'opposition, qui a notamment émis l'idée d'un vote de confiance.\n"
    )
    article = articleclean.clean(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Jean Dupont", "Archives du Gouvernement")
    ]
    assert not any("photo:" in block.text for block in article.body)
