"""Scans that grew with a big article's lines times what was asked (round 60): the same
answers, read from less."""

from __future__ import annotations

import random

import pytest

from articleclean import document
from articleclean.document import _FIRST_PLACES, BODY, REMOVED, ProseWords, Segment
from articleclean.rules.teaser_copies import _FEW_KEYS, _ends_one_of

# Prose lines (eight words or more) holding short words many times over; "ward" in lower
# case everywhere, "Kern" capitalised inside a sentence in the last lines only.
_LINE = "Die Stadt baut die neue ward am Fluss {n} und plant weiter mit Geld."
_NAMED = "Am Ende sprach der Rat mit Kern über die ward und das Geld {n} heute."


def _segments(count: int) -> list[Segment]:
    texts = [_LINE.format(n=n) for n in range(count)] + [
        _NAMED.format(n=n) for n in range(count, count + 3)
    ]
    return [Segment(text, None) for text in texts]


def test_prose_words_lists_a_word_s_first_places_only() -> None:
    segments = _segments(3 * _FIRST_PLACES)
    prose = ProseWords(segments)
    assert prose.specific(["ward"])("ward")
    assert len(prose._places["ward"]) == _FIRST_PLACES
    assert "ward" in prose._capped


def _answers(segments: list[Segment], excluded: frozenset[int]) -> tuple[object, ...]:
    prose = ProseWords(segments)
    short = frozenset(["ward", "kern", "geld", "stadt", "fluss"])
    own = prose.own(short, excluded)
    named = prose.named(short, excluded)
    return (
        [own(word) for word in sorted(short)],
        [named(word) for word in sorted(short)],
        [prose._in_a_line_before(word, len(segments) - 1, excluded) for word in sorted(short)],
    )


@pytest.mark.parametrize("removed", [0, 10, 40, 44])
def test_prose_words_answers_the_same_past_its_first_places(
    monkeypatch: pytest.MonkeyPatch, removed: int
) -> None:
    # The first lines removed or left out, so that the answers read past the places
    # listed first (`_beyond`); the same answers whatever the cap.
    segments = _segments(45)
    for segment in segments[:removed]:
        segment.label = REMOVED
    excluded = frozenset(range(removed, removed + 3))
    answers = []
    for first in (1, 2, 10**9):
        monkeypatch.setattr(document, "_FIRST_PLACES", first)
        for segment in segments[removed:]:
            segment.label = BODY
        answers.append(_answers(segments, excluded))
    assert answers[0] == answers[1] == answers[2]
    assert any(answers[0][1])  # "kern", named in the last lines only, past any cap


def test_ends_one_of_is_endswith_of_them_all() -> None:
    pick = random.Random(60)
    letters = "abcde"
    keys = {
        "".join(pick.choice(letters) for _ in range(pick.randint(1, 12)))
        for _ in range(4 * _FEW_KEYS)
    }
    lines = ["".join(pick.choice(letters) for _ in range(pick.randint(0, 20))) for _ in range(3000)]
    lines += [pick.choice(letters) * 3 + key for key in keys]
    for asked in (set(list(keys)[:3]), keys):
        ends = tuple(asked)
        ends_one = _ends_one_of(asked)
        assert [ends_one(line) for line in lines] == [line.endswith(ends) for line in lines]
