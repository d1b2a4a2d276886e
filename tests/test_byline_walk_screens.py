"""Guards for round 57 speed10's two screens in the byline rules; both pass on main, as a
speed change's guard does.

`_marked_name` settles a line above of more than `BYLINE_MARK_WORDS` words without
`is_byline_mark`: a prefix cut short by a colon or a space at its end, or written in CJK
(words counted by letters), still reaches it. `_byline_under_reworded` finds the end of its
walk from the prose lines alone: a reworded headline with its byline is found before a
quarter of the prose's words and not after."""

import pytest

from articleclean.document import Label, Segment
from articleclean.names import BYLINE_MARK_WORDS, is_byline_mark
from articleclean.rules.structure import _byline_under_reworded, _marked_name


def _segments(*texts: str) -> list[Segment]:
    return [Segment(text, None) for text in texts]


@pytest.mark.parametrize(
    "mark",
    [
        "By",
        "Ein Beitrag von:",
        "Ein Beitrag von :",  # four words until the colon is cut
        "Ein Beitrag von : :",
        "Ein Beitrag von ：",  # a full-width colon
        "Kommentar von",
        "Text and pictures by",  # four words: no prefix
        "A line of prose that ends by",
    ],
)
def test_marked_name_agrees_with_the_mark_test(mark: str) -> None:
    segments = _segments(mark, "Jane Doe")
    assert _marked_name(segments, 1) is is_byline_mark(mark)


def test_long_line_above_is_no_mark() -> None:
    segments = _segments("Written for the paper by", "Jane Doe")
    assert segments[0].word_count > BYLINE_MARK_WORDS
    assert not _marked_name(segments, 1)


def _document(headline_at: int, prose_above: int) -> list[Segment]:
    """A title, menu lines, `prose_above` paragraphs, the reworded headline with its
    byline at `headline_at` lines below the prose, then six paragraphs."""
    paragraph = "The senate passed the budget after a long night of votes in the capital."
    texts = ["Senate passes budget after long night of votes", "Home", "Politics"]
    texts += [paragraph] * prose_above
    texts += ["Sport"] * headline_at
    texts += ["Budget vote: senate passes plan after long night", "By Jane Doe"]
    texts += [paragraph] * 6
    segments = _segments(*texts)
    segments[0].label = Label.TITLE
    return segments


def _body(segment: Segment) -> bool:
    return segment.label is Label.BODY


@pytest.mark.parametrize(("prose_above", "found"), [(0, True), (2, True), (3, False), (6, False)])
def test_reworded_headline_before_a_quarter_of_the_prose(prose_above: int, found: bool) -> None:
    # the prose is `prose_above` + 6 paragraphs of 14 words: a quarter is passed with the
    # third paragraph above the headline (3 * 14 > 0.25 * 9 * 14)
    segments = _document(1, prose_above)
    byline = segments.index(next(s for s in segments if s.text == "By Jane Doe"))
    prose = [i for i, s in enumerate(segments) if s.word_count >= 10 and s.ends_like_sentence]
    expected = byline if found else None
    assert _byline_under_reworded(segments, 0, _body) == expected
    assert _byline_under_reworded(segments, 0, _body, prose) == expected


def test_short_title_finds_no_reworded_headline() -> None:
    segments = _document(1, 0)
    segments[0] = Segment("Senate budget", None, label=Label.TITLE)
    assert _byline_under_reworded(segments, 0, _body) is None
