"""`short_label_match`'s screen of an ASCII line (four `in` scans for the separator
class's ASCII characters) answers as the class's search does: the screen is a speed
step, its answers are the pattern's (round 49)."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articleclean.rules import teaser_boxes
from articleclean.rules.teaser_boxes import _LABEL_SEPARATOR_CHAR, _LABELLED_LINE, short_label_match


def reference(text: str) -> tuple[str, str] | None:
    """`short_label_match` as it was: the class searched on every line."""
    if _LABEL_SEPARATOR_CHAR.search(text) is None:
        return None
    match = _LABELLED_LINE.match(text)
    if match is None or len(match.group("label").split()) > teaser_boxes._MAX_INLINE_LABEL_WORDS:
        return None
    return match.group("label"), match.group("rest")


def found(text: str) -> tuple[str, str] | None:
    match = short_label_match(text)
    return None if match is None else (match.group("label"), match.group("rest"))


def test_the_screen_lists_every_ascii_character_of_the_class() -> None:
    # The screen's characters are the class's ASCII members, no more, no fewer: a new
    # ASCII separator added to the pattern and not to the screen fails here.
    members = {c for c in map(chr, range(128)) if _LABEL_SEPARATOR_CHAR.search(c)}
    assert members == {"-", ":", "|", ">"}


@pytest.mark.parametrize(
    "text",
    [
        "See also: Ten things the council decided on Tuesday",
        "Passend dazu | Der Stadtrat beschließt den Haushalt",
        "Read more >> Why the bridge closed for a week",
        "Also on our site - The best hikes in the region this year",
        "Lesen Sie auch – Die Bahn streicht weitere Verbindungen",
        "Weitere Artikel ▸ Neue Regeln für Radfahrer in der Stadt",
        "A plain sentence with no separator at all in it here",
        "",
    ],
)
def test_labelled_lines_as_before(text: str) -> None:
    assert found(text) == reference(text)


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list(string.ascii_letters[:12] + " -:|>.,!?") + list("–—»›▸▶→：é")
        ),
        max_size=60,
    )
)
def test_the_same_answer_as_the_class_search(text: str) -> None:
    assert found(text) == reference(text)
