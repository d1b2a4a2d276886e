"""`form_topic_words`, the topic words `Segment.content_words` reads off a phrase form one
byte a character: without a digit in the form, a split at its spaces and a length test
in place of `_FORM_TOPIC_WORD`'s search. Each gives what the pattern gives, on invented
lines of every kind and on every character of Latin-1 and Windows-1252 in a word."""

from __future__ import annotations

import pytest

from articleclean.document import (
    _FORM_TOPIC_WORD,
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
