"""Paragraphs printed more than once: the first stays, the repeats go."""

from __future__ import annotations

from collections.abc import Iterator

from ..article import Reason
from ..document import Label, Segment
from .base import revises
from .context import Context


@revises(Reason.DUPLICATE_PARAGRAPH)
def repeated_paragraph(segments: list[Segment], context: Context) -> Iterator[Segment]:
    """Exact and near-exact repeats (space, case, punctuation), adjacent or interleaved.

    One pass with a set of keys, so the cost is linear in the text. Keys shorter
    than `CleanerConfig.duplicate_min_chars` are not compared: "Yes." twice in an
    interview is two answers.
    """
    minimum = context.config.duplicate_min_chars
    seen: set[str] = set()
    for segment in segments:
        if segment.label not in (Label.BODY, Label.HEADING):
            continue
        key = segment.key
        if len(key) < minimum:
            continue
        if key in seen:
            yield segment
        seen.add(key)
