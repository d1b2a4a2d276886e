"""`promo_shape`'s mailbox words as pass 1 screens for them (round 58): every spelling the
engine takes for each word with case ignored (`patterns.spelled_every_way`), looked for
as plain strings, where the screen searched the case-blind alternation `_MAILBOX_WORD`.
The same lines hold one: checked here on each word with each of its letters replaced by
every character that has a case, framed, and on random strings of the words' letters and
their case partners. Fails on main (no `spelled_every_way`, no `_MAILBOX_SPELLINGS`)."""

from __future__ import annotations

import random
import re

import pytest

from articleclean.patterns import spelled_every_way, strings_of
from articleclean.rules import promos
from articleclean.rules.promos import _MAILBOX_SPELLINGS, _MAILBOX_WORD, _MAILBOX_WORDS

# The listed spellings as one case-heeding alternation (what the screen's automaton finds).
_LISTED = re.compile(
    "|".join(
        map(
            re.escape, sorted(frozenset().union(*(strings_of(p) or () for p in _MAILBOX_SPELLINGS)))
        )
    )
)
_SEARCHED = [p for p in _MAILBOX_SPELLINGS if strings_of(p) is None]

# Every character with a case (those `re.IGNORECASE` may take for a letter), and a few
# without, as stand-ins for a word's letters.
_CASED = [
    chr(code)
    for code in range(0x30000)
    if not 0xD800 <= code < 0xE000
    and (chr(code).lower() != chr(code) or chr(code).upper() != chr(code))
]
_STAND_INS = [*_CASED, *" -.1@ß\u0307\u00a0"]


def _screened(text: str) -> bool:
    return _LISTED.search(text) is not None or any(p.search(text) for p in _SEARCHED)


def _holds_word(text: str) -> bool:
    return _MAILBOX_WORD.search(text) is not None


def test_the_screen_looks_for_the_spellings() -> None:
    triggers = promos.promo_shape.triggers
    assert _MAILBOX_WORD not in triggers
    assert all(pattern in triggers for pattern in _MAILBOX_SPELLINGS)
    assert promos._JOINER_SCREEN not in triggers
    assert all(pattern in triggers for pattern in promos._JOINER_SPELLINGS)
    # (every one listed: the screen's literal pass finds them all, no search of their own)
    assert all(strings_of(pattern) is not None for pattern in _MAILBOX_SPELLINGS)
    assert all(strings_of(pattern) is not None for pattern in promos._JOINER_SPELLINGS)


@pytest.mark.parametrize("word", _MAILBOX_WORDS)
def test_every_letter_replaced(word: str) -> None:
    for at in range(len(word)):
        for char in _STAND_INS:
            text = f"x {word[:at]}{char}{word[at + 1 :]} y"
            assert _screened(text) == _holds_word(text), text


@pytest.mark.parametrize("word", _MAILBOX_WORDS)
def test_spelled_in_casings_between_neighbours(word: str) -> None:
    forms = {
        word,
        word.upper(),
        word.capitalize(),
        word.swapcase(),
        word.replace("i", "İ"),
        word.replace("i", "ı"),
        word.replace("s", "ſ"),
        word.replace("k", "\u212a"),  # Kelvin sign
        word.replace("å", "\u212b"),  # Angstrom sign
        word.replace("о", "\u1c82").replace("т", "\u1c84"),  # Cyrillic narrow o, tall te
    }
    for form in forms:
        for before in ("", " ", "e-", "x", "„", "\u00a0"):
            for after in ("", " ", "s", ".", "ę", "!"):
                text = before + form + after
                assert _screened(text) == _holds_word(text), text
                assert _screened(text), text


def test_random_strings_of_the_letters() -> None:
    letters = sorted(set("".join(_MAILBOX_WORDS)) | set("MAILPOSTİıſ\u212a\u212bÎЧТ\u1c82\u1c84 -"))
    rng = random.Random(58)
    for _ in range(50_000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(1, 12)))
        assert _screened(text) == _holds_word(text), text


def test_spelled_every_way_matches_what_case_blind_matches() -> None:
    for char in sorted(set("".join(_MAILBOX_WORDS))):
        spelled = re.compile(spelled_every_way(char))
        blind = re.compile(re.escape(char), re.IGNORECASE)
        for other in _STAND_INS:
            assert (spelled.fullmatch(other) is None) == (blind.fullmatch(other) is None), (
                char,
                other,
            )


def test_joiner_spellings_find_the_lines_the_pattern_finds() -> None:
    listed = re.compile(
        "|".join(
            map(
                re.escape,
                sorted(frozenset().union(*(strings_of(p) or () for p in promos._JOINER_SPELLINGS))),
            )
        )
    )
    spaces = [chr(code) for code in range(0x110000) if re.fullmatch(r"\s", chr(code))]
    assert "".join(spaces) == promos._SPACES
    for joiner in "|·•–—/-:a":
        for before in [*spaces, "x", "", "\u200b"]:
            for after in [*spaces, "x", "", "\u200b"]:
                text = f"a{before}{joiner}{after}b"
                found = promos._JOINER_SCREEN.search(text) is not None
                assert (listed.search(text) is not None) == found, repr(text)
