"""`bare_names`' character screens: capitals and digits outside ASCII count as before.

A guard for round 56 speed7's ASCII fast path in `_bare_names_of` (one search of [A-Z]…[A-Z]
and of [0-9] answers for ASCII lines); passes on main, as a speed change's guard does."""

import pytest

from articleclean.names import bare_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both capitals outside ASCII: the count of `str.isupper` still finds two
        ("Élodie Ángel", ["Élodie Ángel"]),
        ("Элодия Ангел", ["Элодия Ангел"]),
        # one capital in ASCII, one outside it
        ("Ana Ñúñez", ["Ana Ñúñez"]),
        ("Jane Doe", ["Jane Doe"]),
        # one capital only
        ("Jane doe", None),
        ("Ólafur jónsson", None),
        # a digit outside ASCII ends a name as an ASCII digit does
        ("Jane Doe ²", None),
        ("Jane Doe ٣", None),
        ("Élodie Ángel ³", None),
        ("Jane Doe 3", None),
    ],
)
def test_bare_names_outside_ascii(text: str, expected: list[str] | None) -> None:
    assert bare_names(text) == expected
