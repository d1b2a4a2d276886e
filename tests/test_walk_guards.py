"""Guards a document rule's walk asks before calling its per-line test claim the same lines."""

from __future__ import annotations

from articleclean.config import CleanerConfig
from articleclean.document import Label, Segment
from articleclean.rules.captions import _SCENE_WORDS, _is_scene, caption_scene
from articleclean.rules.context import PhraseBook
from articleclean.rules.page_furniture import _CRUMB_SEPARATOR, _CRUMB_SIGN, breadcrumb

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
