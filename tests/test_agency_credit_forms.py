"""Agency credits read by structure, round 31 (issue 14 item 6): Alamy's own credit line
("Alamy Stock Photo") alone after the caption's sentence, and a photographer's name before
an agency whose desk follows it after a hyphen ("Name/dpa-Zentralbild/dpa"). Every caption
and credit here is invented; each case of the first two tests fails on main (8044e6c), the
look-alikes pass on both."""

from __future__ import annotations

import pytest

from articleclean.rules.credits import CREDIT_TRIGGER, split_credit
from harbour_article import AFTER, BEFORE, article_with

CREDITED = [
    (
        "Traffic crosses the bridge on Monday. Alamy Stock Photo",
        "Traffic crosses the bridge on Monday.",
        "Alamy Stock Photo",
    ),
    (
        "Radfahrer auf der Hafenbrücke in Rostock. Jane Doe/dpa-Zentralbild/dpa",
        "Radfahrer auf der Hafenbrücke in Rostock.",
        "Jane Doe/dpa-Zentralbild/dpa",
    ),
    (
        "Radfahrer auf der Hafenbrücke in Rostock. Jane Doe/dpa-Zentralbild/ZB",
        "Radfahrer auf der Hafenbrücke in Rostock.",
        "Jane Doe/dpa-Zentralbild/ZB",
    ),
]


@pytest.mark.parametrize(("line", "caption", "credit"), CREDITED)
def test_an_agency_credit_ends_a_caption(line: str, caption: str, credit: str) -> None:
    assert CREDIT_TRIGGER.search(line)  # the screen asks the credit rules about it
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(("line", "caption", "credit"), CREDITED)
def test_the_caption_leaves_the_body_with_its_credit(line: str, caption: str, credit: str) -> None:
    article = article_with(line)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [BEFORE, AFTER]


@pytest.mark.parametrize(
    "line",
    [
        # guards (pass on main too): the library named in a sentence, or with the
        # sentence's words after it
        "The pictures were bought from Alamy Stock Photo",
        "Wir haben das Foto bei Alamy Stock Photo gekauft.",
        # a hyphen after a slash in words that are no credit
        "Ein- /Ausgang und TCP/IP-Anschluss",
    ],
)
def test_look_alikes_stay_in_the_body(line: str) -> None:
    assert split_credit(line) is None
    article = article_with(line)
    assert article.captions == []
    assert line in [block.text for block in article.body]
