"""Credit forms, round 41 (issue 14 item 6, "single forms"): a labelled credit in brackets
whose maker carries a licence or a note in brackets of its own ("(Foto: Jane Doe (CC0))"),
and a credit that ends in such a bracket keeps its closing bracket ("Jane Doe
(Stadtarchiv)", where main gave "Jane Doe (Stadtarchiv"). Every caption and credit here
is invented; each case of the first test failed on main (5ff89ac), the look-alikes pass
on both."""

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
    # a credit ending in a bracket of its own keeps the bracket's end
    (
        "Die Hafenbrücke im Abendlicht. Foto: Jane Doe (Stadtarchiv)",
        "Die Hafenbrücke im Abendlicht.",
        "Jane Doe (Stadtarchiv)",
    ),
]


@pytest.mark.parametrize(("line", "caption", "credit"), CREDITED)
def test_the_credit_is_split_from_its_caption(line: str, caption: str, credit: str) -> None:
    assert CREDIT_TRIGGER.search(line)  # the screen asks the credit rules about it
    assert split_credit(line) == (caption, credit)
    article = article_with(line)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [BEFORE, AFTER]


@pytest.mark.parametrize(
    "line",
    [
        # a bracket inside a bracket that points to a picture credits no one
        "Die Pfeiler wurden verstärkt (siehe Foto (rechts))",
        # a bracket inside a bracket in a sentence, no credit word before it
        "Die Brücke (gebaut 1931 (Stahl)) wird saniert",
    ],
)
def test_look_alikes_stay_in_the_body(line: str) -> None:
    assert split_credit(line) is None
    article = article_with(line)
    assert article.captions == []
    assert line in [block.text for block in article.body]
