"""A Creative Commons licence as a picture's credit, round 33 (issue 14 item 6): the
licence, its version written out, ending a caption with no label, bracket or full stop
before it ("… veröffentlicht CC BY-SA 4.0"), or after the photographer's name and a comma
("Jane Doe, CC-BY 4.0"). Round 26's form reads a licence only after the caption's sentence
or a dash or bar ("… . CC BY-SA 4.0", "… – Bild: Name, Lizenz CC BY-SA 4.0"). Every line
here is invented; each case of the first two tests fails on main (16f5915), the
look-alikes pass on both."""

from __future__ import annotations

import pytest

from articleclean.rules.credits import CREDIT_TRIGGER, split_credit
from harbour_article import AFTER, BEFORE, article_with

LICENSED = [
    # the licence straight after the caption's words
    (
        "Die neue Hafenbrücke ist unter freier Lizenz veröffentlicht CC BY-SA 4.0",
        "Die neue Hafenbrücke ist unter freier Lizenz veröffentlicht",
        "CC BY-SA 4.0",
    ),
    (
        "The east tower seen from the ferry landing CC BY 2.0",
        "The east tower seen from the ferry landing",
        "CC BY 2.0",
    ),
    # after a caption's closing bracket, and the public-domain dedication
    (
        "Lageplan der Baustelle (Stand Mai 2024) CC-BY-SA 3.0",
        "Lageplan der Baustelle (Stand Mai 2024)",
        "CC-BY-SA 3.0",
    ),
    (
        "Cables stacked on the quay before the work began CC0 1.0",
        "Cables stacked on the quay before the work began",
        "CC0 1.0",
    ),
    # the photographer's name and a comma before the licence: the whole credit
    (
        "Engineers inspect a cable on the east tower. Jane M. Doe, CC BY-SA 4.0",
        "Engineers inspect a cable on the east tower.",
        "Jane M. Doe, CC BY-SA 4.0",
    ),
]


@pytest.mark.parametrize(("line", "caption", "credit"), LICENSED)
def test_a_licence_ends_a_caption(line: str, caption: str, credit: str) -> None:
    assert CREDIT_TRIGGER.search(line)  # the screen asks the credit rules about it
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(("line", "caption", "credit"), LICENSED)
def test_the_caption_leaves_the_body_with_its_licence(line: str, caption: str, credit: str) -> None:
    article = article_with(line)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [BEFORE, AFTER]


def test_a_name_and_licence_alone_is_a_credit_line() -> None:
    """Under an author's portrait: the whole line is the credit (fails on main)."""
    assert split_credit("Jane Doe, CC-BY 4.0") == ("", "Jane Doe, CC-BY 4.0")


@pytest.mark.parametrize(
    "line",
    [
        # guards (pass on main too): a sentence that names a licence ends with a full stop
        "All photographs in this report are published under CC BY 4.0.",
        # a site's notice gives no version
        "Sofern nicht anders angegeben, stehen die Inhalte dieser Seite unter CC-BY",
        # a licence in brackets may close a list of sources or a track's credit
        "Hafenbrücke, Stadtarchiv und Landesamt (CC BY-SA 3.0)",
        # a licence's label: a page's field giving the work's licence
        "Lizenz: CC BY-SA 4.0",
        "Das Handbuch ist unter der Lizenz CC BY 4.0",
        # a version that no Creative Commons licence has, or another code
        "Der Antrag trägt die Nummer CC BY 7.0",
        "Ein Vortrag im Saal ABCC 4.0",
    ],
)
def test_look_alikes_stay_in_the_body(line: str) -> None:
    assert split_credit(line) is None
    article = article_with(line)
    assert article.captions == []
    assert line in [block.text for block in article.body]


def test_a_labelled_credit_keeps_its_licence() -> None:
    """Guard (passes on main too): a labelled credit before the licence is read by the
    earlier forms, whole, and the new form does not cut it."""
    line = "Die Hafenbrücke bei Nacht. Foto: Jane Doe | flickr | CC BY 2.0"
    assert split_credit(line) == ("Die Hafenbrücke bei Nacht.", "Jane Doe | flickr | CC BY 2.0")
    # a label no earlier form reads to the end: the licence is not cut off its credit
    line = (
        "Foto: Stadtarchiv, Bild 12-0345/via Wikimedia CC-BY-SA 3.0 Ausschnitt: Jane Doe "
        "CC-BY-SA 3.0"
    )
    assert split_credit(line) is None
