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


_CAPITAL_LINES = [
    *_LINES,
    "JANE DOE 03.11.2023",
    "DOE Jane",
    "DUPONT Jean-Pierre",
    "O'BRIEN Sean",
    "ÉMILE ZOLA, 12.03.2021",
    "ИВАН ПЕТРОВ 03.11.2023",
    "Jane Doe Jane Doe",
    "Ana de la Cruz",
    "Jane Doe und John Roe",
    "jane Doe",
    "Jane doe",
    "Jetzt buchen",
    "Please enter your name here",
]


@pytest.mark.parametrize("line", _CAPITAL_LINES)
def test_bare_names_never_make_a_capital(line: str) -> None:
    """`_bare_names_of` turns away a line of fewer than two capitals before its cuts: a
    name's first and last words open with capitals, and its steps only cut and join the
    line's characters or turn capitals to title case. Each variant of the line in case:
    any names found hold no more capitals than the line."""
    for text in (line, line.upper(), line.lower(), line.title()):
        found = names.bare_names(text)
        capitals = sum(map(str.isupper, text))
        if found is not None:
            assert capitals >= names._BARE_NAME_MIN_WORDS
            assert sum(map(str.isupper, found[0])) <= capitals


def test_title_case_makes_no_capital() -> None:
    """The steps' case changes (`str.title` and `str.lower` of a word in capitals) give no
    character more capitals than it has, over every code point of the planes that hold
    letters in case (none above the second), as the screen assumes."""
    for point in range(0x30000):
        char = chr(point)
        if char.islower() or char.istitle() or 0xD800 <= point <= 0xDFFF:
            continue
        most = 1 if char.isupper() else 0
        for out in (char.title(), char.lower(), ("x" + char).title()[1:]):
            assert sum(map(str.isupper, out)) <= most, hex(point)
