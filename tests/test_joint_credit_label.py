"""A credit label that joins the picture with another part of the work.

Magazines credit the pictures together with their styling, illustration or recipe:
"Foto und Styling: Emily Henderson", "Photos and styling: Jane Doe", "Fotos y
estilismo: Ana García". The line is a credit whole: the caption above takes it, as it
takes "Foto: Emily Henderson". A label that joins the text ("Text und Fotos: Name",
"Words and photos: Name") names the article's author: a byline, never a caption whose
text is "Text und" (round 65, pcaption2).
"""

from __future__ import annotations

import pytest

import articleclean
from articleclean.rules.credits import split_credit

_TEXT = (
    "{first}\n\n"
    "Die Stadt hat im vergangenen Jahr mehr als zwei Millionen Euro in die Sanierung der "
    "Schulen gesteckt, wie der Bürgermeister am Montag mitteilte. Weitere Projekte sollen "
    "im kommenden Frühjahr folgen, sobald der Haushalt beschlossen ist.\n\n"
    "{caption}\n\n{credit}\n\n"
    "Die Opposition im Gemeinderat hält den Plan für zu knapp bemessen und fordert mehr "
    "Geld für die Kindergärten in den Außenbezirken der Stadt.\n"
)
_CAPTION = "Ein Wohnzimmer in Magenta mit Sofa, Teppich und zwei Sesseln aus Samt."


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("Foto und Styling: Emily Henderson", "Emily Henderson"),
        ("Styling und Foto: Emily Henderson", "Emily Henderson"),
        ("Fotos/Illustration: Bär Kittelmann", "Bär Kittelmann"),
        ("Photos and styling: Jane Doe", "Jane Doe"),
        ("Fotos y estilismo: Ana García", "Ana García"),
        ("Photos et stylisme : Jean Dupont", "Jean Dupont"),
        ("Foto e styling: Giulia Rossi", "Giulia Rossi"),
        ("Foto & Foodstyling: Lena Berger", "Lena Berger"),
    ],
)
def test_a_joint_label_credits_the_caption_above(credit: str, name: str) -> None:
    # Fails on the round start's code: the line stayed in the body ("Foto und Styling:
    # …": no credit label), or made a caption "Styling und" of its own.
    text = _TEXT.format(first="Wohnen in Magenta", caption=_CAPTION, credit=credit)
    article = articleclean.clean(text)
    assert [(c.text, c.credit) for c in article.captions] == [(_CAPTION, name)]
    assert credit not in [block.text for block in article.body]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Text und Fotos: Emily Henderson", "Emily Henderson"),
        ("Text & Fotos: Emily Henderson", "Emily Henderson"),
        ("Words and photos: Jane Doe", "Jane Doe"),
        ("Texto y fotos: Ana García", "Ana García"),
        ("Texte et photos : Jean Dupont", "Jean Dupont"),
        ("Testo e foto: Giulia Rossi", "Giulia Rossi"),
    ],
)
def test_a_label_that_joins_the_text_is_the_byline(line: str, author: str) -> None:
    # Fails on the round start's code: "Text und Fotos: …" made a caption "Text und"
    # credited to the author, the others stayed in the body.
    article = articleclean.clean(_TEXT.format(first=line, caption=_CAPTION, credit=""))
    assert article.byline == [author]
    assert not [c for c in article.captions if c.credit == author]
    assert split_credit(line) is None


def test_a_heading_under_a_joint_label_is_no_credit() -> None:
    # Guard: what follows the label is a heading's words, not who made the pictures.
    assert split_credit("Fotos und Grafiken: So wütete der Sturm im Allgäu") is None
    assert split_credit("Bilder und Karten: die neuen Radwege im Überblick") is None


def test_a_single_label_reads_as_before() -> None:
    # Guard: the one-word labels keep their forms.
    assert split_credit("Foto: Emily Henderson") == ("", "Emily Henderson")
    assert split_credit("Ein Sofa in Magenta. Foto: Emily Henderson") == (
        "Ein Sofa in Magenta.",
        "Emily Henderson",
    )
    assert split_credit("Styling: Emily Henderson") is None
