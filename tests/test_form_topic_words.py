"""`form_topic_words`, the topic words `Segment.content_words` reads off a phrase form one
byte a character: without a digit in the form, a split at its spaces and a length test
in place of `_FORM_TOPIC_WORD`'s search. Each gives what the pattern gives, on invented
lines of every kind and on every character of Latin-1 and Windows-1252 in a word."""

from __future__ import annotations

import re

import pytest

from articleclean.document import (
    _CP1252_CHARS,
    _FORM_TOPIC_WORD,
    _ONE_BYTE_CODES,
    Segment,
    content_words,
    forget_forms,
    form_topic_words,
)
from articleclean.lexicon import TOPIC_STOPWORDS

_LINES = [
    "Home",
    "Über uns",
    "Kontakt",
    "The council approved the new harbour budget on Tuesday.",
    "Die Stadtwerke erhöhen die Preise für Fernwärme deutlich.",
    "Le maire a présenté le projet de rénovation du marché couvert.",
    "El ayuntamiento aprobó la reforma de la plaza mayor.",
    "Straße, Maß und Fußgängerzone",  # "ß" folds into "ss": not from the form
    "“Quoted” — and a dash – between words…",
    "Jane Doe",
    "Read more",
    "a an the of to in",
    "Sign up for our newsletter",
    "300 g Mehl",
    "COVID19 cases rose 12% in 2021",
    "Top 10: the best harbour walks",
    "Øresund Ægir Ðoro þorn",
    "¿Qué pasó?",
    "N° 5",
    "x",
    "snake_case_words and more",
]


def _by_pattern(form: str) -> frozenset[str]:
    return frozenset(_FORM_TOPIC_WORD.findall(form)).difference(TOPIC_STOPWORDS)


@pytest.mark.parametrize("text", _LINES)
def test_form_topic_words_are_the_patterns_matches(text: str) -> None:
    forget_forms()
    segment = Segment(text, None)
    if segment.topic_from_form:  # (not "ß", folded into two: read off the text)
        form = segment.phrase_form
        assert form_topic_words(form, segment.may_hold_digit) == _by_pattern(form)
    # and the segment's words are still those of its text
    assert segment.content_words == content_words(text)


def test_a_form_without_digits_is_split_at_its_spaces() -> None:
    # A word of three characters is none; one of four is; runs between digits need the
    # pattern, which the flag sends them to.
    assert form_topic_words("the harbour walk is long", False) == frozenset(
        {"harbour", "walk", "long"}
    )
    assert form_topic_words("covid19 ab1cdefg", True) == frozenset({"covid", "cdefg"})


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_every_one_byte_character_in_a_word(codec: str) -> None:
    # Each character of the code page inside a word and alone between spaces: wherever
    # the form is one byte a character, the split gives the pattern's runs.
    wrong = []
    for code in range(256):
        char = bytes([code]).decode(codec, "replace")
        for text in (f"harb{char}our walks", f"ab {char} cdef{char}", f"{char}{char}{char}{char}"):
            forget_forms()
            segment = Segment(text, None)
            if not segment.topic_from_form:
                continue
            form = segment.phrase_form
            if form_topic_words(form, segment.may_hold_digit) != _by_pattern(form):
                wrong.append((code, text))
    forget_forms()
    assert wrong == []


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_a_form_of_one_word_or_none(codec: str) -> None:
    # A form with no space is tested as one word, with no split: the pattern's runs still,
    # for each character of the code page one to five times over, the stop words and "".
    wrong = []
    texts = [bytes([code]).decode(codec, "replace") * n for code in range(256) for n in range(1, 6)]
    for text in [*texts, *sorted(TOPIC_STOPWORDS), "", "!!", "Über", "Maß"]:
        forget_forms()
        segment = Segment(text, None)
        form = segment.phrase_form
        if not segment.topic_from_form or " " in form:
            continue
        if form_topic_words(form, segment.may_hold_digit) != _by_pattern(form):
            wrong.append(text)
    forget_forms()
    assert wrong == []


_LETTER_RUN = re.compile(r"[^ ]{4,}")
"""What `content_words` searched a one-byte text's letters and spaces for (round 18 on)."""


def _runs_by_pattern(text: str) -> frozenset[str] | None:
    """`content_words` of a text one byte a character in Latin-1 or Windows-1252, as the
    pattern found its letters' runs; None for another text."""
    for codec, _, letter_bytes in _ONE_BYTE_CODES:
        try:
            raw = text.encode(codec)
        except UnicodeEncodeError as error:
            if text[error.start] in _CP1252_CHARS:
                continue
            return None
        letters = raw.translate(letter_bytes).decode(codec)
        return frozenset(map(str.casefold, _LETTER_RUN.findall(letters))).difference(
            TOPIC_STOPWORDS
        )
    return None


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_one_byte_text_runs_are_the_patterns(codec: str) -> None:
    # A text that is not ASCII but one byte a character ("ß" in it: its words are read off
    # the text, not the form) is split at the spaces its letters are translated to: the
    # pattern's runs, for each character of the code page in a word, alone and doubled.
    wrong = []
    lines = [line for line in _LINES if not line.isascii()]
    for code in range(256):
        char = bytes([code]).decode(codec, "replace")
        lines += [
            f"Straße {char} Fuß{char}gänger",
            f"{char}{char}{char}{char}ß",
            f"Maß{char}x y{char}z",
        ]
    for text in lines:
        expected = _runs_by_pattern(text)
        if expected is not None and content_words(text) != expected:
            wrong.append(text)
    assert wrong == []
