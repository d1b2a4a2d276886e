"""Guards a document rule's walk asks before calling its per-line test claim the same lines."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from articleclean.config import CleanerConfig
from articleclean.document import Label, Segment
from articleclean.rules.captions import _SCENE_WORDS, _is_scene, caption_scene
from articleclean.rules.page_furniture import _CRUMB_SEPARATOR, _CRUMB_SIGN, breadcrumb
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.teaser_boxes import (
    _LABELLED_LINE,
    _MIN_INLINE_HEADLINE_WORDS,
    labelled_teaser,
)
from articleclean.rules.teaser_lines import WordIndex, segments_with_word

CONTEXT = PhraseBook.for_config(CleanerConfig())

SCENES = [
    "Commuters wearing masks wait for a train at Nuevos Ministerios station in Madrid",
    "President Joe Biden speaks during a news conference at the White House on Monday",
    "A man walks his dog in the snow in Central Park",
    "Protesters are seen outside the Parliament in London on Tuesday.",  # a sentence
    "Fans cheer",  # too short
    "Home",
    "the crowd gathers in Berlin on Sunday to watch the parade go past the gate",
    "Workers inspect a damaged building in Kharkiv, Ukraine, on the first day of the talks",
    " ".join(["Players celebrate at Wembley in London"] * 8),  # too long
]


def _old_scene(segment: Segment) -> bool:
    """The test as `_is_scene` asked it of every open line before the length moved out."""
    words = segment.word_count
    if not _SCENE_WORDS[0] <= words <= _SCENE_WORDS[1] or segment.ends_like_sentence:
        return False
    return _is_scene(segment)


def test_caption_scene_claims_what_the_whole_test_claims() -> None:
    segments = [Segment(text, None) for text in SCENES]
    segments[1].label = Label.TITLE  # not open: not asked
    claimed = [segment for segment, _ in caption_scene.verdicts(segments, CONTEXT)]
    expected = [s for s in segments if s.label is Label.BODY and _old_scene(s)]
    assert claimed == expected
    assert segments[0] in claimed and segments[3] not in claimed


def test_a_line_without_a_crumb_sign_splits_into_one_part() -> None:
    # `breadcrumb` asks `_is_breadcrumb` only of lines holding a sign: every separator
    # holds one, so a line without one is one part, which is no path.
    for text in ["Home News Sport", "Startseite - Politik - Wahl", "a | b | c", "2023-24", ""]:
        assert _CRUMB_SIGN.search(text) is None
        assert len([part for part in _CRUMB_SEPARATOR.split(text) if part.strip()]) <= 1
    for path in ["Home > News > A", "Home>>News>>A", "Home » News › A", "Home → A / B"]:
        separators = list(_CRUMB_SEPARATOR.finditer(path))
        assert len(separators) == 2
        assert all(_CRUMB_SIGN.search(found.group()) for found in separators)


def test_breadcrumb_claims_the_path_under_the_title() -> None:
    texts = [
        "Adam Ondra signs with Mammut",
        "Home » Klettern » Adam Ondra signs with Mammut",
        "Home",
        "The climber Adam Ondra has signed a contract with Mammut, the company said.",
    ]
    segments = [Segment(text, None) for text in texts]
    segments[0].label = Label.TITLE
    assert [s.text for s in breadcrumb(segments, CONTEXT)] == [texts[1]]


# --- the teaser rules' per-line walks (round 26) ------------------------------------

_LABELLED_TEXTS = st.text(
    alphabet=st.sampled_from(list("ab Zé:|–>»▸→-日本 \u3000\t")), min_size=0, max_size=24
)


@settings(max_examples=2000, deadline=None)
@given(_LABELLED_TEXTS)
def test_a_labelled_line_has_as_many_words_as_its_headline(text: str) -> None:
    # `labelled_teaser` passes over a line of fewer than `_MIN_INLINE_HEADLINE_WORDS`
    # words that can hold no CJK character: its headline (`rest`) would need that many
    # words, each a word of the line too, and such a line's word count is its split.
    match = _LABELLED_LINE.match(text)
    if match is None or len(match.group("rest").split()) < _MIN_INLINE_HEADLINE_WORDS:
        return
    assert len(text.split()) >= _MIN_INLINE_HEADLINE_WORDS
    segment = Segment(" ".join(text.split()), None) if text.split() else None
    if segment is not None and not segment.may_hold_cjk:
        assert segment.word_count >= _MIN_INLINE_HEADLINE_WORDS


def test_labelled_teaser_still_asks_a_short_cjk_line() -> None:
    # A CJK line's word count is no count of its words at spaces: "推荐 ▸ 北 京 新 闻"
    # counts 3 words and its headline has 4, so the guard leaves CJK lines to the search.
    texts = [
        "Quarterly harvest festival opens",
        "推荐 ▸ 北 京 新 闻",
        "The harvest festival opened on Saturday with music, food and a parade through town.",
    ]
    segments = [Segment(text, None) for text in texts]
    segments[0].label = Label.TITLE
    assert segments[1].may_hold_cjk and segments[1].word_count < _MIN_INLINE_HEADLINE_WORDS
    assert [s.text for s in labelled_teaser(segments, CONTEXT)] == [texts[1]]


def _old_segments_with_word(
    segments: list[Segment], only: frozenset[str] | None = None
) -> Counter[str]:
    """`segments_with_word` as a loop over the lines, as it was before round 26."""
    counts: Counter[str] = Counter()
    for segment in segments:
        if segment.label in (Label.BODY, Label.HEADING, Label.TITLE):
            words = segment.content_words
            if only is None:
                counts.update(words)
            elif not words.isdisjoint(only):
                counts.update(words & only)
    return counts


_WORDS_TEXTS = [
    "Quarterly harvest festival opens in the valley",
    "Harvest prices fall again",
    "Home",
    "Festival tickets on sale now, the organisers said on Monday.",
    "Kontakt",
    "Erntedankfest im Tal: Preise für Tickets",
    "",
    "valley valley harvest",
]


def _labelled_segments() -> list[Segment]:
    segments = [Segment(text, None) for text in _WORDS_TEXTS]
    labels = [Label.TITLE, Label.BODY, Label.REMOVED, Label.BODY, Label.CAPTION]
    for segment, label in zip(segments, labels, strict=False):
        segment.label = label
    segments[5].label = Label.HEADING
    return segments


def test_segments_with_word_counts_as_the_loop_did() -> None:
    segments = _labelled_segments()
    for only in (None, frozenset(), frozenset({"harvest", "valley", "tickets", "home"})):
        assert segments_with_word(segments, only) == _old_segments_with_word(segments, only)
        assert list(segments_with_word(segments, only)) == list(
            _old_segments_with_word(segments, only)
        )
    assert segments_with_word(segments)["harvest"] == 3  # the removed line not counted
    assert segments_with_word([]) == Counter()


def test_words_index_places_each_asked_word_in_order() -> None:
    segments = _labelled_segments()
    asked = frozenset({"harvest", "valley", "tickets", "home", "absent"})
    words = WordIndex(segments)
    words.index(asked)
    expected: dict[str, list[int]] = {}
    for index, found in enumerate(words.of):
        for word in found & asked:
            expected.setdefault(word, []).append(index)
    assert words.where == expected
    assert list(words.where) == list(expected)
    assert words.where["harvest"] == [0, 1, 7] and "home" not in words.where
