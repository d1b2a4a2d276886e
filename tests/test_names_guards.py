"""bare_names searches its tails only in lines holding what every match of them holds."""

from __future__ import annotations

import pytest

from articleclean import names

_LINES = [
    "Jane Doe",
    "Jane Doe jdoe@paper.com",
    "Jane Doe @janedoe",
    "Jane Doe E-Mail",
    "Jane Doe E-MAİL",  # dotted capital I: case-blind "i"
    "Jane Doe emaıl",  # dotless i
    "Jane Doe (Medizinredakteurin)",
    "Nuño Domínguez (Redacción)",
    "Jean Dupont | Le Monde",
    "Arne Sjöström | 29. Dezember 2022 | HR-Welt",
    "21. Jan 2022 // Dominik Ricker",
    "Anna Kowalska · 12 komentarzy",
    "Por Gustavo E. Méndez • 04 de mayo 2022",
    "Nachbarschaftliche Ideen sammeln: Skizzen, Notizen",
]


@pytest.mark.parametrize("line", _LINES)
def test_contact_mark_in_every_contact_tail(line: str) -> None:
    for text in (line, line + "\n"):
        if names._CONTACT_TAIL.search(text) is not None:
            assert names._CONTACT_MARK.search(text) is not None


@pytest.mark.parametrize("line", _LINES)
def test_bar_in_every_byline_bar(line: str) -> None:
    if names._BYLINE_BARS.search(line) is not None:
        assert names._BAR.search(line) is not None
    else:
        assert names.dated_piece(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe jdoe@paper.com", ["Jane Doe"]),
        ("Jane Doe E-MAİL", ["Jane Doe"]),
        ("Jane Doe (Medizinredakteurin)", ["Jane Doe"]),
        ("Arne Sjöström | 29. Dezember 2022 | HR-Welt", ["Arne Sjöström"]),
        ("Nachbarschaftliche Ideen sammeln: Skizzen, Notizen", None),
    ],
)
def test_bare_names_with_tails(line: str, expected: list[str] | None) -> None:
    assert names.bare_names(line) == expected


def test_too_long_for_byline_is_parse_bylines_test() -> None:
    long_line = "By Jane Doe " + "word " * 20
    assert names.too_long_for_byline(long_line)
    assert names.parse_byline(long_line) is None
    assert not names.prefixed_byline(long_line)
    assert names.too_long_for_byline("")
    assert names.too_long_for_byline("   ")
    assert not names.too_long_for_byline("By Jane Doe")
