"""Paragraphs printed more than once: the first stays, the repeats go."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from ..article import Reason
from ..document import BODY, Label, Segment
from ..names import prefixed_byline
from .base import revises
from .phrasebook import PhraseBook

# A line of at most this many words, printed again between the article's
# paragraphs, is a label of the article's own structure: a table's column
# header over each table, "Solution" under each exercise, "Ingredients" in
# each part of a recipe. On the tune part of the labelled dumps
# (bench/labelled_dumps.py), 4, 8 and 12 gave article-dump F1 0.897, 0.901
# and 0.903; 8 keeps a short sentence printed twice in a live blog a repeat.
_LABEL_WORDS = 8
# Prose: where the article's text starts and ends (round 64, tune part: 12 lost one
# body line of the labelled page dumps, a repeated heading read as a repeat).
_PROSE_WORDS = 10
# The labels whose repeats are compared; a module constant, as the tuple is asked
# of every segment twice a dump and each Label lookup goes through the Enum
# metaclass's attribute hook (Python 3.11).
_COMPARED = (Label.BODY, Label.HEADING)


class Repeats:
    """One document's repeats (`_repeats`), found once for the two rules that take them.

    `repeated_paragraph` takes the repeats that are not labels and `repeated_label`,
    right after it, the labels: removing the first kind changes nothing the second
    reads (a repeat's key was already seen, so it never stood in for a copy; it was
    not counted as prose nor as a line that stays), so `_repeats` after it would find
    the same labels. Found when a rule first asks, with the labels as they stand then."""

    __slots__ = ("_found", "_segments")

    def __init__(self, segments: list[Segment]) -> None:
        self._segments = segments
        self._found: list[tuple[Segment, bool]] | None = None

    def found(self, context: PhraseBook) -> list[tuple[Segment, bool]]:
        """Each repeat and whether it is a label (`_repeats`)."""
        if self._found is None:
            self._found = list(_repeats(self._segments, context))
        return self._found


def repeats(segments: list[Segment]) -> Repeats:
    """The document's repeats, declared in both rules' `derives` (`Repeats`)."""
    return Repeats(segments)


@revises(Reason.DUPLICATE_PARAGRAPH, derives=(repeats,))
def repeated_paragraph(
    segments: list[Segment], context: PhraseBook, found: Repeats
) -> Iterator[Segment]:
    """Exact and near-exact repeats (space, case, punctuation), adjacent or interleaved.

    One pass with a set of keys, so the cost is linear in the text. Keys shorter
    than `CleanerConfig.duplicate_min_chars` are not compared: "Yes." twice in an
    interview is two answers. Short labels printed again inside the article's
    prose (a table's column header, a section heading after its entry in the
    table of contents) are left to `repeated_label`.
    """
    for segment, label in found.found(context):
        if not label:
            yield segment


@revises(Reason.DUPLICATE_PARAGRAPH, derives=(repeats,))
def repeated_label(
    segments: list[Segment], context: PhraseBook, found: Repeats
) -> Iterator[Segment]:
    """A short line printed again inside the article's prose, on page dumps and HTML pages.

    The repeat stands after the first paragraph and before the last. On a page
    that is a teaser's "Read more" or a menu printed twice in a sidebar; on an
    article dump it is the article's own label (a table's column header over
    each table) and stays, so the pipeline never runs this rule on article dumps
    (HTML pages are none: it runs on them, as on page dumps).
    """
    for segment, label in found.found(context):
        if label:
            yield segment


def _repeats(segments: list[Segment], context: PhraseBook) -> Iterator[tuple[Segment, bool]]:
    """Each repeat, and whether it is a short label printed again inside the prose.

    The prose is the article's own: a repeated paragraph after its last one does
    not make the repeats before it "inside" (so cleaning the output again finds
    the same repeats)."""
    minimum = context.config.duplicate_min_chars
    seen: set[str] = set()
    repeats: list[int] = []
    for index, segment in enumerate(segments):
        if segment.label not in _COMPARED:
            continue
        key = segment.key
        if len(key) < minimum:
            continue
        if key in seen:
            repeats.append(index)
        else:
            seen.add(key)
    if not repeats:
        return
    repeated = set(repeats)
    prose = [
        index
        for index, segment in enumerate(segments)
        if index not in repeated
        and segment.label is BODY  # (is_open, without a property call per line)
        and segment.word_count >= _PROSE_WORDS
        and segment.ends_like_sentence
    ]
    first, last = (prose[0], prose[-1]) if prose else (0, -1)
    # The copy each repeat is compared with is the last one that stays (on an article
    # dump), and the lines between count only when they stay: the output is what
    # cleaning it again sees.
    kept: dict[str, int] = {}
    opens: list[int] = []  # the lines before this one that stay in the body
    # (up to the last repeat: the lines after it judge none)
    for index, segment in enumerate(segments[: repeats[-1] + 1]):
        if index not in repeated:
            if segment.label in _COMPARED and len(segment.key) >= minimum:
                kept.setdefault(segment.key, index)
            if segment.label is BODY:  # (is_open)
                opens.append(index)
            continue
        copy = kept[segment.key]
        label = segment.word_count <= _LABEL_WORDS and (
            first < index < last
            or (_stays_after(segments, opens, copy) and _no_prose_between(prose, copy, index))
        )
        if label:
            kept[segment.key] = index
            opens.append(index)
        yield segment, label


def _stays_after(segments: list[Segment], opens: list[int], copy: int) -> bool:
    """Whether a line that stays in the body stands after the copy. A byline line does
    not stay (the structure step takes it out of the body), so the output shows the
    lines on either side of it next to each other, as cleaning it again sees them."""
    for index in reversed(opens):
        if index <= copy:
            return False
        if not prefixed_byline(segments[index].text, segments[index].may_hold_digit):
            return True
    return False


def _no_prose_between(prose: list[int], copy: int, index: int) -> bool:
    """Whether no paragraph of prose stands between a short line's copy that stays and
    the line printed again. With a line that stays between them too, the repeat is a
    cell or an item of the article's own table or list ("Partido Popular" in two rows
    of a results table, "Oui, sauf en pharmacie." answering two questions, a team in
    two fixtures), wherever the table stands; a line printed twice in a row, or on
    either side of a paragraph, is a repeat. Cleaning the output again finds the same
    cells: removing lines brings no paragraph between."""
    after = bisect_right(prose, copy)
    return after == len(prose) or prose[after] > index
