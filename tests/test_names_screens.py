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


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


@pytest.mark.parametrize(
    "label",
    [
        *(label.replace(r"\s+", " ") for label in names._DATE_LABELS + names._BEFORE_DATE),
        "mis\tà\xa0jour",
        "last updated",
        "publié le",
    ],
)
def test_labelled_stamp_found_as_the_pattern(label: str) -> None:
    forms = (label, label.upper(), label.title(), label.replace("i", "ı"), label.replace("s", "ſ"))
    for form, before, after in itertools.product(forms, _NEIGHBOURS, (*_NEIGHBOURS, ":", ": ")):
        for date in ("03.11.2023", "March 3, 2019", ""):
            text = f"Jane Doe{before}{form}{after}{date}"
            found = names._LABELLED_STAMP.search(text)
            assert _span(names._labelled_stamp(text)) == _span(found), text


def test_label_letters_lower_as_the_engine_reads_them() -> None:
    # each character the engine, case ignored, takes for a label's letter is that letter
    # under `str.lower`, or among those the screen leaves to the search
    for letter in names._LABEL_LETTERS:
        pattern = re.compile(re.escape(letter), re.IGNORECASE)
        for code in range(0x3000):
            char = chr(code)
            if pattern.fullmatch(char) and not names._LABEL_CASE_UNLIKE_CHAR.fullmatch(char):
                assert char.lower() == letter, (letter, char)
    assert all(names._LABEL_CASE_UNLIKE_CHAR.fullmatch(char) for char in ("İ", "ı", "ſ"))


@pytest.mark.parametrize(
    "mark", ["@", "email", "e-mail", "E-Mail", "EMAIL", "eMaİl", "emaıl", "e mail", "mail", "eail"]
)
def test_contact_mark_found_as_the_pattern(mark: str) -> None:
    for before, after in itertools.product(_NEIGHBOURS, repeat=2):
        for text in (f"{before}{mark}{after}", f"Jane Doe{before}{mark}{after}x"):
            found = names._CONTACT_MARK.search(text) is not None
            assert names._holds_contact_mark(text) is found, text


def test_wire_names_are_plain_and_end_clean() -> None:
    assert names._WIRE_NAMES is not None
    assert not any(
        "," in wire or wire.endswith(".") or wire != wire.strip() for wire in names._WIRE_NAMES
    )


@pytest.mark.parametrize(
    "wire", [*sorted(names._WIRE_NAMES or ()), "Reuter", "AP Photo", "reuters"]
)
def test_names_comma_wire_matched_as_the_pattern(wire: str) -> None:
    for head, comma, end in itertools.product(
        ("Jane Doe", "Jane Doe and John Roe", "Jane Doe, John Roe", "Élodie Ángel", "jane doe"),
        (",", ", ", " ,\t", ",\xa0", ",\n", ""),
        ("", ".", "\n", ".\n", " ", "..", "x"),
    ):
        text = f"{head}{comma}{wire}{end}"
        found = names._NAME_COMMA_WIRE.match(text)
        assert _span(names._names_comma_wire(text)) == _span(found), text
