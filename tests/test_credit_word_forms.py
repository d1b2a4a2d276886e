"""A credit form that declares `names_credit` is searched only in a line with a credit
word from the window's start on (`credits._needs_met`): each of them must hold one in
every match, or a line it would have matched loses its credit. Round 59 (speed18) gave
three forms the flag (a bracketed credit, a labelled one ending in ")." and a labelled
agency after a slash); this guard asks every such form on lines it does match."""

from __future__ import annotations

import pytest

from articleclean.rules.credits import (
    _CREDIT_WINDOW,
    _HAS_CREDIT_WORD,
    _TRAILING_CREDITS,
    split_credit,
)

_CREDITED = [
    "A view of the harbour (Photo: John Roe/Reuters)",
    "Die Altstadt im Winter (Foto: Jane Doe (CC0))",
    "Rally in the square (Reuters Photo)",
    "Marco Odermatt beim Training (Bild: Keystone)",
    "Der Hafen am Morgen (Foto: Jane Doe, 15.01.2022).",
    "… Journalist:innen Foto: Soeren Stache/dpa",
    "The harbour at dawn. Photo: Jane Doe/AFP",
    "Le port au matin (Crédit photo : Jean Dupont)",
    "Protesters in Warsaw (Zdjęcie: Jan Kowalski)",
]


@pytest.mark.parametrize("line", _CREDITED)
def test_a_form_that_names_a_credit_holds_a_credit_word_where_it_matches(line: str) -> None:
    start = max(0, len(line) - _CREDIT_WINDOW)
    for form in _TRAILING_CREDITS:
        if form.names_credit and form.search(line, start) is not None:
            assert _HAS_CREDIT_WORD(line, start) is not None, (line, form.pattern.pattern[:60])


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("A view of the harbour (Photo: John Roe/Reuters)", "John Roe/Reuters"),
        ("Der Hafen am Morgen (Foto: Jane Doe, 15.01.2022).", "Jane Doe, 15.01.2022"),
        ("Die Journalistinnen Foto: Soeren Stache/dpa", "Soeren Stache/dpa"),
    ],
)
def test_the_flagged_forms_still_find_their_credits(line: str, credit: str) -> None:
    found = split_credit(line)
    assert found is not None and found[1] == credit, found


def test_some_forms_name_a_credit() -> None:
    assert sum(form.names_credit for form in _TRAILING_CREDITS) >= 8
