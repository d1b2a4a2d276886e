"""`Segment.content_words` is set with the segment's other forms, not on first read
(r57-speed11): every segment of a text dump holds the same attributes from its
construction on, and a line that recurs takes its topic words from the forms kept
for its text. The words are `content_words` of the text either way."""

from __future__ import annotations

from types import MemberDescriptorType

import pytest

from articleclean.document import Segment, content_words, forget_forms

_LINES = [
    "Home",
    "Über uns",
    "The council approved the new harbour budget on Tuesday.",
    "Straße, Maß und Fußgängerzone",  # "ß" folds into "ss": the words from the text
    "Читайте также",
    "東京都の新しい予算案が発表された",
    "Top 10 tips for 2024",
    "",
]


@pytest.mark.parametrize("text", _LINES)
def test_the_topic_words_are_set_when_the_segment_is_made(text: str) -> None:
    forget_forms()
    segment = Segment(text, None)
    # (read off the instance's slot, past any descriptor: on main they came on first read)
    assert type(vars(Segment)["content_words"]) is MemberDescriptorType
    assert vars(Segment)["content_words"].__get__(segment) == content_words(text)


@pytest.mark.parametrize("text", _LINES)
def test_a_recurring_line_has_the_same_topic_words(text: str) -> None:
    forget_forms()
    first, again = Segment(text, None, spaced=bool(text)), Segment(text, None, spaced=bool(text))
    assert first.content_words == again.content_words == content_words(text)


def test_segments_of_one_dump_hold_the_same_attributes() -> None:
    forget_forms()
    segments = [Segment(text, None) for text in _LINES]
    # (each slot set: a slot left unset would raise AttributeError on its read)
    for segment in segments:
        assert all(hasattr(segment, name) for name in Segment.__slots__)
