"""`phrasebook._pattern` asks "no word character before the phrase" after the phrase's
first character, so that an alternation of phrases opens with literals (round 56, speed:
the engine then skips to where a branch can start). A guard: its matches must stay those
of the plain form, the lookbehind first, wherever the phrase stands."""

from __future__ import annotations

import re

import pytest

from articleclean.document import phrase_form
from articleclean.rules.phrasebook import _alternation, _pattern

_PHRASES = ("share", "sign up", "follow us on", "ä ö", "1 comment", "x", "été", "über uns")
# Each frame puts the phrase at the string's start or end, after or before a word
# character (letter, digit, underscore, accent, combining mark), a space, a line break or
# a sign.
_FRAMES = (
    "{}", "x{}", "{}x", "_{}", "{}_", "é{}", "{}é", "1{}", "{}1", "\n{}\n", " {} ", "-{}-",
    "{}s", "\u0301{}", "{}\u0301", "a\n{}", "a {} b", "{}{}", "{} {}", "ab{}cd {} ef",
)  # fmt: skip


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def _plain(phrase: str) -> str:
    return r"(?<!\w)" + r"\s+".join(re.escape(word) for word in phrase.split()) + r"(?!\w)"


@pytest.mark.parametrize("phrase", _PHRASES)
def test_a_phrase_matches_where_the_plain_form_does(phrase: str) -> None:
    form = phrase_form(phrase)
    new, plain = re.compile(_pattern(form)), re.compile(_plain(form))
    for frame in _FRAMES:
        text = frame.replace("{}", form)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in plain.finditer(text)], (
            text
        )


def test_an_alternation_matches_where_the_plain_form_does() -> None:
    forms = tuple(phrase_form(phrase) for phrase in _PHRASES)
    new = re.compile(_alternation(forms))
    ordered = sorted(set(forms), key=lambda p: (-len(p), p))
    plain = re.compile("|".join(_plain(form) for form in ordered))
    for form in forms:
        for frame in _FRAMES:
            text = frame.replace("{}", form)
            assert [m.span() for m in new.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], text
            assert _span(new.match(text)) == _span(plain.match(text)), text
