"""Round 64, segslots: a big dump's topic words (`add_content_words`) are a frozenset
whose table is sized once for its words, not grown by four times as it filled (the
largest part of a segment's memory: ~1,060 of ~2,240 bytes a segment of the 10 MB
article before). The same words as before, on every path that makes them."""

from __future__ import annotations

import re
import sys

import pytest

from articleclean.document import (
    TOPIC_STOPWORDS,
    Segment,
    add_content_words,
    content_words,
    forget_forms,
    form_topic_words,
    phrase_form,
)

_PARAGRAPH = (
    "The council approved the new harbour budget on Tuesday after a long debate about "
    "the costs of dredging, the ferry terminal, the fishing fleet and the old warehouses "
    "that residents want to turn into a market hall with workshops and a library."
)
_TEXTS = [
    _PARAGRAPH,  # ASCII, no digit: the words from the phrase form's split
    _PARAGRAPH.replace("Tuesday", "Tuesday 12 March 2024"),  # a digit: the pattern's runs
    "Der Gemeinderat hat am Dienstag den neuen Hafenhaushalt nach einer langen Debatte "
    "über die Kosten für Baggerarbeiten, das Fährterminal und die Fischereiflotte "
    "beschlossen.",  # Latin-1, each character folded into one
    "Die Straße zum Fußgängerbereich wird gesperrt, während die Bauarbeiten an der "
    "Brücke über den Fluss andauern und die Anwohner Umleitungen nehmen müssen.",  # "ß"
    "Городской совет во вторник утвердил новый бюджет гавани после долгих дебатов о "
    "стоимости дноуглубительных работ, паромного терминала и рыболовецкого флота.",
    "東京都の新しい予算案が発表され、港湾の整備と市場の建設に多くの費用が充てられる。",
]


def _old_words(text: str) -> frozenset[str]:
    """The round start's definition for a text that is not CJK-heavy."""
    return frozenset(word.casefold() for word in re.findall(r"[^\W\d_]{4,}", text)).difference(
        TOPIC_STOPWORDS
    )


def test_a_big_dumps_topic_words_take_a_table_sized_for_them() -> None:
    # Fails on the round start's code for three of these texts: their sets, grown as
    # they filled, held tables twice the size of a copy made at once.
    forget_forms()
    later = [Segment(text, None, words_later=True) for text in _TEXTS]
    add_content_words(later)
    for segment, text in zip(later, _TEXTS, strict=True):
        assert segment.content_words == content_words(text), text
        words = segment.content_words
        assert sys.getsizeof(words) == sys.getsizeof(frozenset(set(words))), text
    forget_forms()


@pytest.mark.parametrize("text", _TEXTS[:-1])
def test_the_words_are_the_same_on_every_path(text: str) -> None:
    forget_forms()
    assert Segment(text, None).content_words == content_words(text) == _old_words(text)
    form = phrase_form(text)
    if form.isascii():
        digit = any(char.isdigit() for char in form)
        assert form_topic_words(form, digit) == _old_words(text)
        assert form_topic_words(form, True) == _old_words(text)


def test_stop_words_and_short_words_stay_out() -> None:
    words = content_words("This is what they said about that, and then some more words.")
    assert words == frozenset({"said", "more", "words"}) - TOPIC_STOPWORDS
    assert content_words("a an the of") == frozenset()
