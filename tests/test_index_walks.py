"""Round 40's speed steps, each a walk over every line replaced by one over the lines that
can matter, checked against the walk it replaced (guards: they pass before and after).

`WordIndex.index` and `ProseWords`' index of places find the lines holding an asked word
by `isdisjoint` in one C-level pass; the caption rules beside a credit ask only the lines
next to a credit's place. The lines are invented for the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from articleclean import CleanerConfig
from articleclean.document import BODY, Label, ProseWords, Segment
from articleclean.rules.base import Claimed
from articleclean.rules.captions import (
    _MAX_CREDITED_LINE_WORDS,
    _credits_line_below,
    _first_caption_line,
    _is_short_caption,
    _open_over_credits,
    _reads_like_caption,
    caption_before_credit,
    caption_beside_credit,
)
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.teaser_lines import TEXT_LABELS, WordIndex

CONTEXT = PhraseBook.for_config(CleanerConfig())

LINES = [
    "Harbour Council Approves New Ferry Terminal",
    "The harbour council approved the plans for a new ferry terminal on Tuesday evening, "
    "after two years of debate about its cost and its place on the waterfront.",
    "Work on the terminal is to begin in spring and take about eighteen months, the "
    "council's planning office said in a statement after the vote.",
    "More from the region",
    "Fishermen protest against new quotas",
    "Bakery wins national prize for its rye bread",
    "Ferry passengers will board from the new pier from next summer, the operator said, "
    "and the old terminal building will become a market hall for local producers.",
    "渡轮码头的新建计划获得港口委员会批准，工程将于明年春天开始。",
    "Ein Sprecher der Reederei sagte, die neue Fähre fahre ab Sommer zweimal täglich "
    "nach Helgoland und zurück, auch im Winter.",
    "",
    "Terminal terminal TERMINAL ferry",
]


def _segments(removed: tuple[int, ...] = ()) -> list[Segment]:
    segments = [Segment(text, (n, n)) for n, text in enumerate(LINES, start=1) if text]
    for index in removed:
        segments[index].label = Label.REMOVED
    return segments


def _old_word_index(segments: list[Segment], asks: list[frozenset[str]]) -> dict[str, list[int]]:
    """The index as `WordIndex.index` built it before round 40, one `setdefault` a place."""
    of = [s.content_words if s.label in TEXT_LABELS else frozenset() for s in segments]
    where: dict[str, list[int]] = {}
    for asked in asks:
        found = [words & asked for words in of]
        for index, words in enumerate(found):
            for word in words:
                where.setdefault(word, []).append(index)
    return where


ASKS = [
    [frozenset({"terminal", "ferry"})],
    [frozenset({"council", "harbour", "nowhere"}), frozenset({"council", "bread", "fähre"})],
    [frozenset()],
    [frozenset({"absent"})],
]


@pytest.mark.parametrize("removed", [(), (1, 4)])
@pytest.mark.parametrize("asks", ASKS)
def test_word_index_gives_the_places_the_walk_gave(
    asks: list[frozenset[str]], removed: tuple[int, ...]
) -> None:
    segments = _segments(removed)
    words = WordIndex(segments)
    for asked in asks:  # (asked twice: the places of a word asked again are added after)
        words.index(asked)
    expected = _old_word_index(segments, asks)
    assert words.where == expected
    assert list(words.where) == list(expected)  # the words in the order first met


def _old_prose_places(segments: list[Segment], short: frozenset[str]) -> dict[str, list[int]]:
    """Where each word of `short` occurs among the prose lines, by a walk over them."""
    places: dict[str, list[int]] = {word: [] for word in short}
    for index, segment in enumerate(segments):
        if segment.word_count >= 8:
            for word in segment.content_words & short:
                places[word].append(index)
    return places


def test_prose_places_are_the_walk_s_asked_after_asked() -> None:
    segments = _segments()
    prose = ProseWords(segments)
    first = frozenset({"ferry", "spring", "vote", "absent"})
    second = frozenset({"ferry", "market", "fähre", "sommer"})
    prose.own(first, ())
    prose.own(second, ())
    expected = _old_prose_places(segments, first) | _old_prose_places(segments, second - first)
    assert prose._places == expected
    # the answers read off those places: in two body lines, or capitalised inside one
    own = prose.own(first | second, ())
    assert own("ferry") and own("fähre") and not own("absent") and not own("spring")


def test_cjk_prose_lines_are_found_without_a_call_per_ascii_line() -> None:
    line = "새로운 Galaxy 스마트폰 출시 행사가 서울에서 열렸다 많은 사람들이 모였다 오늘 저녁"
    segments = [Segment(text, (n, n)) for n, text in enumerate([LINES[1], line, LINES[2]])]
    assert not segments[0].may_hold_cjk and segments[1].may_hold_cjk
    prose = ProseWords(segments)
    assert prose._prose_lines() == [0, 1, 2]
    assert prose._cjk_lines == [1]


# --- the caption rules beside a credit --------------------------------------------------

CAPTION_LINES = [
    "Foto: Jan Woitas/dpa",  # a credit on the first line (under no line it may be asked for)
    "Bauarbeiter prüfen die Gleise am Hauptbahnhof in Leipzig.",
    "Foto: Jan Woitas/dpa",
    "Der Bahnhof wird bis zum Herbst umgebaut, sagte eine Sprecherin der Bahn am Montag "
    "in Leipzig, und die Züge fahren in dieser Zeit seltener.",
    "A man walks past the closed ticket hall.",
    "Photo: Jane Doe",
    "Photo: Jane Doe",  # two credits in a row
    "Pendler warten am Bahnsteig auf den Zug.",
    "Passengers crowd onto the platform in Madrid.",
    "Foto: Jan Woitas/dpa",  # a credit on the last line
]
CREDITS = (0, 2, 5, 6, 9)


def _old_over_credits(segments: list[Segment], credits: Claimed) -> list[int]:
    """The lines `caption_before_credit` and `caption_at_place` asked before round 40."""
    first = _first_caption_line(segments)
    return [
        index
        for index in range(first, len(segments) - 1)
        if segments[index + 1] in credits and segments[index].is_open
    ]


def _old_beside(segments: list[Segment], credits: Claimed) -> Iterator[int]:
    """`caption_beside_credit`'s walk over every line before round 40."""
    marks = credits.marks(segments)
    first_text = next((i for i, s in enumerate(segments) if s.label is BODY), len(segments))
    taken: set[int] = set()
    for index, segment in enumerate(segments):
        if segment.label is not BODY or not _is_short_caption(segment):
            continue
        if index + 1 < len(segments) and marks[index + 1]:
            taken.add(index)
            yield index
        elif (
            index > 0
            and marks[index - 1]
            and _credits_line_below(segments, index - 1, taken, first_text)
        ):
            yield index


@pytest.mark.parametrize("first_line", [0, 1])
def test_caption_rules_ask_the_lines_the_walk_asked(first_line: int) -> None:
    segments = [Segment(text, (n, n)) for n, text in enumerate(CAPTION_LINES, start=1)]
    segments = segments[first_line:]
    credits = Claimed(segments[i - first_line] for i in CREDITS if i >= first_line)
    for segment in credits:
        segment.label = Label.CAPTION
    place = {id(segment): index for index, segment in enumerate(segments)}

    def found(rule: object) -> list[int]:
        return [place[id(s)] for s in rule.find(segments, CONTEXT, credits)]  # type: ignore[attr-defined]

    over = _old_over_credits(segments, credits)
    assert [place[id(s)] for s in _open_over_credits(segments, credits)] == over
    assert found(caption_before_credit) == [
        i
        for i in over
        if segments[i].word_count <= _MAX_CREDITED_LINE_WORDS
        and _reads_like_caption(segments[i].text)
    ]
    assert found(caption_beside_credit) == list(_old_beside(segments, credits))
    assert found(caption_beside_credit)  # (the test reads some lines beside a credit)


# --- breadcrumb: the open lines holding a sign, picked in one pass ---------------------

CRUMB_LINES = [
    "Home » News » Harbour » Council approves new ferry terminal on the waterfront",
    "Council approves new ferry terminal on the waterfront",
    "Home > Region > Council approves new ferry terminal on the waterfront",
    "The council approved the plans on Tuesday, 12/03, after two years of debate.",
    "News / Region / Council approves new ferry terminal on the waterfront",
    "Home › Sport › Football",
]


def test_breadcrumb_takes_the_lines_the_walk_took() -> None:
    from articleclean.rules.page_furniture import _CRUMB_SIGN, _is_breadcrumb, breadcrumb

    segments = [Segment(text, (n, n)) for n, text in enumerate(CRUMB_LINES, start=1)]
    segments[1].label = Label.TITLE
    segments[4].label = Label.REMOVED  # a line already claimed is not asked
    title_words = segments[1].content_words
    walked = [
        index
        for index, segment in enumerate(segments)
        if segment.label is BODY
        and _CRUMB_SIGN.search(segment.text) is not None
        and _is_breadcrumb(segment.text, title_words)
    ]
    taken = [segments.index(s) for s in breadcrumb.find(segments, CONTEXT)]
    assert taken == walked == [0, 2]
