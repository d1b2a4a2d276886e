"""A big dump's segments get their topic words after the reader has made them all
(`Segment.words_later`, `document.add_content_words`, `readers.text.BIG_DUMP`): a layout
of memory, never a different reading. Each segment holds the forms a small dump's
segment of the same text holds, and a dump cleans to the same Article either way."""

from __future__ import annotations

from pathlib import Path

import pytest

import articleclean
from articleclean import document
from articleclean.document import Segment, add_content_words, content_words, forget_forms
from articleclean.readers import text as text_reader
from articleclean.readers.text import read_text

_FIXTURES = sorted((Path(__file__).parent / "fixtures" / "text").glob("*.txt"))

_TEXTS = [
    "Home",
    "Über uns",
    "The council approved the new harbour budget on Tuesday.",
    "Straße, Maß und Fußgängerzone",  # "ß" folds into "ss": the words from the text
    "Читайте также",
    "東京都の新しい予算案が発表された",
    "Top 10 tips for 2024",
    "Home",  # again: the second takes the first's set
    ("Abby Goodnough and Robert Pear report from Washington on the bill. " * 8).strip(),
]


def _forms(segment: Segment) -> tuple[object, ...]:
    return (
        segment.text,
        segment.lines,
        segment.phrase_form,
        segment.key,
        segment.word_count,
        segment.may_hold_cjk,
        segment.may_hold_digit,
        segment.topic_from_form,
        segment.content_words,
        segment.ends_like_sentence,
        segment.joined_rows,
        segment.cells,
    )


def test_a_segment_made_for_later_has_no_words_until_they_are_added() -> None:
    forget_forms()
    later = [Segment(text, None, spaced=True, words_later=True) for text in _TEXTS]
    assert all(segment.content_words is None for segment in later)
    add_content_words(later)
    assert [segment.content_words for segment in later] == list(map(content_words, _TEXTS))
    forget_forms()
    assert list(map(_forms, later)) == [_forms(Segment(text, None, spaced=True)) for text in _TEXTS]


def test_the_forms_added_later_are_kept_as_a_segment_keeps_them() -> None:
    forget_forms()
    add_content_words([Segment(text, None, spaced=True, words_later=True) for text in _TEXTS])
    kept = dict(document._FORMS)
    forget_forms()
    for text in _TEXTS:
        Segment(text, None, spaced=True)
    assert kept == document._FORMS
    forget_forms()


def _read_all() -> list[list[tuple[object, ...]]]:
    forget_forms()
    return [
        list(map(_forms, read_text(path.read_text(encoding="utf-8")).segments))
        for path in _FIXTURES
    ]


def test_a_big_dumps_segments_hold_a_small_dumps_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _read_all()
    monkeypatch.setattr(text_reader, "BIG_DUMP", -1)
    assert _read_all() == small


def test_a_dump_read_as_big_cleans_to_the_same_article(monkeypatch: pytest.MonkeyPatch) -> None:
    cleaner = articleclean.Cleaner(time_budget=None, remembered_lines=0)
    texts = [path.read_text(encoding="utf-8") for path in _FIXTURES[::4]]
    forget_forms()
    small = [cleaner.clean_text(text) for text in texts]
    monkeypatch.setattr(text_reader, "BIG_DUMP", -1)
    forget_forms()
    assert [cleaner.clean_text(text) for text in texts] == small
