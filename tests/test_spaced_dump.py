"""A dump whose lines are all as `normalise_space` leaves them is read without a call a
line (`readers.text._spaced_already`): the same segments as the general reading."""

from __future__ import annotations

from dataclasses import fields

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articleclean.document import Segment, forget_forms, normalise_space, spaced_segment
from articleclean.readers import text as text_reader
from articleclean.readers.text import _spaced_already, read_text, split_lines

# Words, single and double spaces, the line ends of three systems, a tab, and the white
# space and invisible characters `normalise_space` handles (no-break, ideographic and
# zero-width spaces, the soft hyphen, the line separator), DEL, a C1 control and CJK.
PIECES = st.sampled_from(
    ["Haus", "a", "Zoë", "中文", "1.", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t",
     "\xa0", "\u3000", "\u200b", "\xad", "\u2028", "\x7f", "\x85", "\x0c"]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=30).map("".join)


def _fields(text: str, apart: frozenset[int]) -> list[tuple[object, ...]]:
    return [
        (s.text, s.lines, s.cells, s.joined_rows, s.key, s.word_count, s.content_words)
        for s in read_text(text, apart, "plain").segments
    ]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_spaced_means_every_line_is_its_own_text(text: str) -> None:
    if _spaced_already(text):
        for line in split_lines(text):
            assert not line or (normalise_space(line) == line and not line.isspace())
            assert "\t" not in line


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.frozensets(st.integers(1, 12), max_size=4))
def test_fast_reading_is_the_general_one(text: str, apart: frozenset[int]) -> None:
    fast = _fields(text, apart)
    general = text_reader._spaced_already
    try:
        text_reader._spaced_already = lambda _text: False
        assert _fields(text, apart) == fast
    finally:
        text_reader._spaced_already = general


WRAPPED = (
    "Headline of the story\n\n"
    "The council met on Monday to discuss the new budget for the coming\n"
    "year, and members agreed to raise the spending on schools and roads\n"
    "by a tenth.\n"
    "Read more\n\nHome\nNews\nSport\n"
)


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        (WRAPPED, True),
        (WRAPPED.replace("\n", "\r\n"), False),
        (WRAPPED.replace("Home", "Home "), False),
        (WRAPPED.replace("News", " News"), False),
        (WRAPPED.replace("met on", "met  on"), False),
        (WRAPPED.replace("Sport", "Sport\tLive"), False),
        (WRAPPED.replace("story", "story\xa0"), False),
        (WRAPPED.replace("Sport", "Spo\xadrt"), False),
        (WRAPPED.replace("Sport", "Spört"), True),
        ("", True),
    ],
)
def test_spaced_dumps(text: str, spaced: bool) -> None:
    assert _spaced_already(text) is spaced
    general = text_reader._spaced_already
    fast = _fields(text, frozenset({9}))
    try:
        text_reader._spaced_already = lambda _text: False
        assert _fields(text, frozenset({9})) == fast
    finally:
        text_reader._spaced_already = general


@pytest.mark.parametrize(
    "text",
    [
        "Home",
        "News and Sport",
        "Zoë’s café, 12 May 2025.",
        "中文新闻网站",
        "I ♥ NY",
        "word " * 80 + "end",  # (longer than the forms kept: derived afresh)
        "Sign up for our newsletter",
    ],
)
def test_spaced_segment_is_the_class_call(text: str) -> None:
    forget_forms()
    for _ in range(2):  # (its forms derived, then taken from `_FORMS`)
        made = Segment(text, (3, 3), spaced=True)
        fast = spaced_segment(text, (3, 3))
        assert type(fast) is Segment
        assert _attributes(fast) == _attributes(made)
    # (every field set: a slot left unset would raise AttributeError on its read)
    assert [name for name, _ in _attributes(fast)] == [f.name for f in fields(Segment)]


def _attributes(segment: Segment) -> list[tuple[str, object]]:
    """Each slot the segment has set, with its value, in the class's order."""
    unset = object()
    values = [(name, getattr(segment, name, unset)) for name in Segment.__slots__]
    return [(name, value) for name, value in values if value is not unset]
