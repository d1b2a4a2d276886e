"""Credit forms, round 41 (issue 14 item 6, "single forms"): a labelled credit in brackets
whose maker carries a licence in brackets of its own ("(Foto: Jane Doe (CC0))"), and the
German labels of a picture's rights, of a stock picture standing for the story and of a
file picture before their maker ("Bildrechte: Stadtarchiv/Jane Doe", "(Symbolfoto:
Pixabay)", "Archivbild: Jane Doe"). Every caption and credit here is invented; each case
of the first test failed on main (5ff89ac), the look-alikes pass on both."""

from __future__ import annotations

import pytest

from articleclean.rules.credits import CREDIT_TRIGGER, split_credit
from harbour_article import AFTER, BEFORE, article_with

CREDITED = [
    # a licence in brackets inside the bracketed credit: the credit keeps it whole
    (
        "Die Hafenbrücke im Abendlicht. (Foto: Jane Doe (CC0))",
        "Die Hafenbrücke im Abendlicht.",
        "Jane Doe (CC0)",
    ),
    (
        "Die Hafenbrücke im Abendlicht. (Bildquelle: Jane Doe (CC BY 2.0))",
        "Die Hafenbrücke im Abendlicht.",
        "Jane Doe (CC BY 2.0)",
    ),
    # the German labels before a maker, after the caption's sentence or in brackets
    (
        "Die Hafenbrücke im Abendlicht. Bildrechte: Stadtarchiv/Jane Doe",
        "Die Hafenbrücke im Abendlicht.",
        "Stadtarchiv/Jane Doe",
    ),
    (
        "Ein Stau vor der Hafenbrücke. (Symbolfoto: Pixabay)",
        "Ein Stau vor der Hafenbrücke.",
        "Pixabay",
    ),
    (
        "Die Hafenbrücke bei ihrer Eröffnung. Archivbild: Jane Doe",
        "Die Hafenbrücke bei ihrer Eröffnung.",
        "Jane Doe",
    ),
]


@pytest.mark.parametrize(("line", "caption", "credit"), CREDITED)
def test_the_credit_is_split_from_its_caption(line: str, caption: str, credit: str) -> None:
    assert CREDIT_TRIGGER.search(line)  # the screen asks the credit rules about it
    assert split_credit(line) == (caption, credit)
    article = article_with(line)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [BEFORE, AFTER]


def test_a_rights_label_alone_is_a_credit_line() -> None:
    article = article_with("Die Hafenbrücke im Abendlicht.", "Bildrechte: Stadtarchiv/Jane Doe")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Die Hafenbrücke im Abendlicht.", "Stadtarchiv/Jane Doe")
    ]
    assert article.paragraphs == [BEFORE, AFTER]


@pytest.mark.parametrize(
    "line",
    [
        # the label before a sentence or a title, not a maker's name
        "Symbolbild: Die Mieten in der Altstadt steigen weiter",
        "Der Streit um Bildrechte: Wer darf ein Foto der Brücke zeigen?",
        # a bracket inside a bracket that points to a picture, credits no one
        "Die Pfeiler wurden verstärkt (siehe Foto (rechts))",
    ],
)
def test_look_alikes_stay_in_the_body(line: str) -> None:
    assert split_credit(line) is None
    article = article_with(line)
    assert article.captions == []
    assert line in [block.text for block in article.body]
