"""`Segment`'s derived forms kept by text (`document._FORMS`): a segment made from a
text met before carries what a fresh one derives, the memory stays bounded, and long
texts are not kept."""

from __future__ import annotations

import pytest

from articleclean import document
from articleclean.document import Segment

_TEXTS = (
    "Home",
    "Read more about the BUNDESLIGA_2024 season.",
    "Straße der Einheit — „Bücher“ und Œuvres …",
    "MAẞ ﬁve ſtar Kelvin \u212a",
    "日本語のニュース記事です。",
    "Новости дня",
    "   ",
    "",
    "Abby Goodnough and Robert Pear report from Washington on the bill. " * 8,
)


def _derived(segment: Segment) -> tuple[object, ...]:
    return (
        segment.phrase_form,
        segment.key,
        segment.word_count,
        segment.may_hold_cjk,
        segment.topic_from_form,
        segment.content_words,
        getattr(segment, "ends_like_sentence", "unset"),
    )


def test_a_text_met_again_gives_the_same_forms() -> None:
    document._FORMS.clear()
    fresh = [_derived(Segment(text, None)) for text in _TEXTS]
    again = [_derived(Segment(text, None)) for text in _TEXTS]
    assert again == fresh
    document._FORMS.clear()
    assert [_derived(Segment(text, None)) for text in _TEXTS] == fresh


def test_the_memory_is_bounded_and_skips_long_texts() -> None:
    document._FORMS.clear()
    for number in range(document._FORMS_KEPT + 10):
        Segment(f"line {number}", None)
    assert 0 < len(document._FORMS) <= document._FORMS_KEPT
    long_text = "word " * (document._LONGEST_KEPT // 5 + 1)
    Segment(long_text, None)
    assert long_text not in document._FORMS


def test_a_segment_of_no_text_is_still_refused() -> None:
    with pytest.raises(TypeError):
        Segment(0, "text")  # type: ignore[arg-type]
