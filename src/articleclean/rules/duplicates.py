"""Paragraphs printed more than once: the first stays, the repeats go."""

from __future__ import annotations

from collections.abc import Iterator

from ..article import Reason
from ..document import Label, Segment
from .base import revises
from .context import Context
from .structure import _prefixed_byline

# A line of at most this many words, printed again between the article's
# paragraphs, is a label of the article's own structure: a table's column
# header over each table, "Solution" under each exercise, "Ingredients" in
# each part of a recipe. On the tune part of the labelled dumps
# (bench/labelled_dumps.py), 4, 8 and 12 gave article-dump F1 0.897, 0.901
# and 0.903; 8 keeps a short sentence printed twice in a live blog a repeat.
_LABEL_WORDS = 8
_CELL_GAP = 1
"""Lines between two copies of a table's cell: another cell at least (a line printed twice
in a row is a reprint, and so is one with only an ad line between: cleaned again, the
output has the two copies in a row)."""
# Prose: where the article's text starts and ends.
_PROSE_WORDS = 10


@revises(Reason.DUPLICATE_PARAGRAPH)
def repeated_paragraph(segments: list[Segment], context: Context) -> Iterator[Segment]:
    """Exact and near-exact repeats (space, case, punctuation), adjacent or interleaved.

    One pass with a set of keys, so the cost is linear in the text. Keys shorter
    than `CleanerConfig.duplicate_min_chars` are not compared: "Yes." twice in an
    interview is two answers. Short labels printed again inside the article's
    prose (a table's column header, a section heading after its entry in the
    table of contents) are left to `repeated_label`.
    """
    for segment, label in _repeats(segments, context):
        if not label:
            yield segment


@revises(Reason.DUPLICATE_PARAGRAPH)
def repeated_label(segments: list[Segment], context: Context) -> Iterator[Segment]:
    """A short line printed again inside the article's prose, or again in the same run
    of short lines, on whole-page dumps only.

    The repeat stands after the first paragraph and before the last, or in a run of
    short lines with its first copy (a table's cell: "Toyota" under each driver). On a page
    that is a teaser's "Read more" or a menu printed twice in a sidebar; on an
    article dump it is the article's own label (a table's column header over
    each table) and stays, so the pipeline runs this rule on page dumps only.
    """
    for segment, label in _repeats(segments, context):
        if label:
            yield segment


def _repeats(segments: list[Segment], context: Context) -> Iterator[tuple[Segment, bool]]:
    """Each repeat, and whether it is a short label printed again inside the prose
    or inside one run of short lines.

    The prose is the article's own: a repeated paragraph after its last one does
    not make the repeats before it "inside" (so cleaning the output again finds
    the same repeats)."""
    minimum = context.config.duplicate_min_chars
    seen: dict[str, int] = {}
    repeats: list[int] = []
    for index, segment in enumerate(segments):
        if segment.label not in (Label.BODY, Label.HEADING):
            continue
        key = segment.key
        if len(key) < minimum:
            continue
        if key in seen:
            repeats.append(index)
        else:
            seen[key] = index
    if not repeats:
        return
    repeated = set(repeats)
    prose = [
        index
        for index, segment in enumerate(segments)
        if index not in repeated
        and segment.is_open
        and segment.word_count >= _PROSE_WORDS
        and segment.ends_like_sentence
    ]
    first, last = (prose[0], prose[-1]) if prose else (0, -1)
    prose_before = _running_count(len(segments), prose)
    opening = next((i for i, s in enumerate(segments) if s.is_open), -1)
    for index in repeats:
        segment = segments[index]
        short = segment.word_count <= _LABEL_WORDS
        original = seen[segment.key]
        # Both copies in one run of short lines, other lines between and no prose: a
        # table's or a list's value given again ("Toyota" under each driver), a label
        # of the article's structure as well (the headline printed again under the
        # title line stays a repeat).
        cell = (
            short
            and prose_before[index] == prose_before[original]
            and not _prefixed_byline(segment.text)
            and _kept_between(segments, original, index, repeated) >= _CELL_GAP
            and original != opening
        )
        if cell:
            yield segment, True
            continue
        yield segment, short and first < index < last


def _kept_between(segments: list[Segment], first: int, second: int, repeats: set[int]) -> int:
    """Other lines of the body between two copies (an ad line, a caption, a byline or a
    third copy between them leaves them a reprint once cleaned)."""
    key = segments[first].key
    return sum(
        1
        for index, segment in enumerate(segments[first + 1 : second], start=first + 1)
        if segment.label in (Label.BODY, Label.HEADING)
        and index not in repeats
        and segment.key != key
        and not _prefixed_byline(segment.text)  # the byline field takes it later
    )


def _running_count(length: int, indexes: list[int]) -> list[int]:
    """For each position, how many of the (sorted) indexes come before it."""
    counts = [0] * (length + 1)
    for index in indexes:
        counts[index + 1] += 1
    for position in range(1, length + 1):
        counts[position] += counts[position - 1]
    return counts[:length]
