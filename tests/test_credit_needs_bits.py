"""`split_credit`'s needs met by a line as bits, the `has` strings of every need found in
one automaton pass (`credits._needs_met`, round 52): the same needs as the loop over the
needs that asked each string with `in` (kept here as the reference), on the fixtures'
lines and on lines made of every two strings side by side or run into each other."""

from __future__ import annotations

from itertools import product
from pathlib import Path

import pytest

from articleclean.rules import credits
from articleclean.rules.credits import _CREDIT_WINDOW, _HAS_CREDIT_WORD, _NEEDS, _needs_met

_FIXTURES = Path(__file__).parent / "fixtures" / "text"


def _reference(line: str, start: int) -> tuple[bool, ...]:
    """The needs met as round 51's `_needs_met` gave them: each need asked in turn."""
    met = [False] * len(_NEEDS)
    for (ends, has, names_credit), index in _NEEDS.items():
        if ends and not line.endswith(ends):
            continue
        if has and not any(sign in line for sign in has):
            continue
        if names_credit and _HAS_CREDIT_WORD(line, start) is None:
            continue
        met[index] = True
    return tuple(met)


def _as_bools(met: int) -> tuple[bool, ...]:
    return tuple(bool(met >> index & 1) for index in range(len(_NEEDS)))


def _signs() -> list[str]:
    return sorted({sign for _, has, _ in _NEEDS for sign in has})


def _ends() -> list[str]:
    return sorted({end for ends, _, _ in _NEEDS for end in ends})


def test_every_sign_and_end_is_listed() -> None:
    # (a need with an empty string would be met by every line, which the automaton,
    # holding no empty word, would not find)
    assert all(_signs()) and all(_ends())
    assert len(_signs()) > 20 and len(_ends()) > 5


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Home",
        "The mayor spoke on Monday.",
        "Foto: Jane Doe",
        "(Foto: dpa)",
        "A view of the harbour (Photo: John Roe/Reuters)",
        "Die Altstadt im Winter. Bild: Max Muster / Archiv",
        "Courtesy photo",
        "Le port au matin. Source : AFP",
        "Protesters in the square. Photo courtesy of the city",
        "图：新华社",
        "写真：共同",
        "CCTV reports from Beijing",
        "Rally in Warsaw | Źródło: PAP",
        "© 2024 Example Media",
        "Graphic copyright: Example",
        "Sunset over the bay via Unsplash",
    ],
)
def test_needs_met_as_the_loop_gave_them(line: str) -> None:
    for start in (0, max(0, len(line) - _CREDIT_WINDOW), len(line) // 2):
        assert _as_bools(_needs_met(line, start)) == _reference(line, start), (line, start)


def test_every_two_strings_side_by_side_or_run_together() -> None:
    signs = _signs()
    tails = ["", ".", *_ends()]
    checked = 0
    for first, second in product(signs, signs):
        for joined in (f"{first}{second}", f"{first} {second}", f"x{first[1:]}{second[:-1]}"):
            for tail in tails[:: max(1, len(tails) // 4)]:
                line = f"Caption {joined} Foto{tail}"
                assert _as_bools(_needs_met(line, 0)) == _reference(line, 0), line
                checked += 1
    assert checked > 10_000


def test_the_fixture_lines_meet_the_needs_the_loop_found() -> None:
    lines = [
        line
        for path in sorted(_FIXTURES.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(lines) > 3_000
    met = 0
    for line in lines:
        start = max(0, len(line) - _CREDIT_WINDOW)
        found = _needs_met(line, start)
        assert _as_bools(found) == _reference(line, start), line
        met += found != 0
    assert met > 100  # lines meeting some need are among them


def test_the_forms_asked_are_those_whose_need_is_met() -> None:
    line = "A view of the harbour (Photo: John Roe/Reuters)"
    met = _needs_met(line, 0)
    forms = credits._forms_for(met)
    assert forms == tuple(
        form
        for form in credits._TRAILING_CREDITS
        if _reference(line, 0)[_NEEDS[form.ends, form.has, form.names_credit]]
    )
    assert forms
