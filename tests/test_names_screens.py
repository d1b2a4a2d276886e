"""`names`' screens before its dear patterns (round 57): each answers as the pattern does on
invented lines, on joining words and labels between every kind of neighbour (white space
of several kinds, punctuation, an underscore, digits, letters outside ASCII, a combining
mark) and on random strings of their letters. Fails on main, which has none of the
screens."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from articleclean import names
from articleclean.patterns import strings_of

_NEIGHBOURS = [
    "",
    " ",
    "\t",
    "\n",
    "\xa0",
    "\u2003",
    "\x1c",
    "-",
    ".",
    "'",
    "’",
    "_",
    "1",
    "²",
    "é",
    "Z",
    "\u0301",
    "·",
    ",",
    ";",
    "&",
    "|",
    "中",
]
_JOINERS = [*sorted(names._JOINER_WORDS), "AnD", "UND", "ET", "Y", "E", "I", "Και", "an", "ıi"]


def _framed(word: str) -> list[str]:
    return [
        frame.format(left + word + right)
        for left, right in itertools.product(_NEIGHBOURS, repeat=2)
        for frame in ("{}", "Jane Doe{}John Roe", "Élodie Ángel{}Ёлка")
    ]


@pytest.mark.parametrize("word", _JOINERS)
def test_name_parts_split_as_the_pattern(word: str) -> None:
    for text in _framed(word):
        assert names.name_parts(text) == names._NAME_SPLIT.split(text), text


def test_name_parts_on_random_strings() -> None:
    alphabet = " \xa0\t,;&aAueyiogndNDtκαι_1.-é\u0301ıİ中"
    rnd = random.Random(57)
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 14)))
        assert names.name_parts(text) == names._NAME_SPLIT.split(text), text


def test_name_parts_joining_words_are_the_patterns() -> None:
    # each listed word cuts a line alone between spaces, and no other word of its letters
    for word in names._JOINER_WORDS:
        assert len(names._NAME_SPLIT.split(f"Jane Doe {word} John Roe")) == 2, word
    assert {w.encode() for w in names._JOINER_WORDS if w.isascii()} == names._ASCII_JOINER_WORDS


def _comment_words() -> list[str]:
    words = strings_of(re.compile(names._COMMENT_WORD.pattern))
    assert words is not None
    return sorted(words)


@pytest.mark.parametrize("word", _comment_words())
def test_comment_tail_cut_as_the_pattern(word: str) -> None:
    for form in (word, word.upper(), word.title(), word.replace("i", "ı"), word.replace("s", "ſ")):
        for head, space, end in itertools.product(
            ("Jane Doe", "Jane Doe ·", "Élodie Ángel |", ""), _NEIGHBOURS, ("", "\n", " ", ".", "x")
        ):
            text = f"{head} 12{space}{form}{end}"
            assert names._without_comment_tail(text) == names._COMMENT_TAIL.sub("", text), text
