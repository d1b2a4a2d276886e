"""Section headings: short unpunctuated lines that introduce body text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import BODY, Label, Segment, is_cjk_heavy
from ..lexicon import LIST_ROW
from .base import structures
from .phrasebook import PhraseBook

_MAX_SECTION_HEADING_WORDS = 16
_MIN_TEXT_WORDS = 8
"""A heading's text (a sentence under it) is longer than the heading and than this."""


def _heading_like(segment: Segment) -> bool:
    # (the label as `is_open` reads it, and a module global, not `Label.BODY`: asked of
    # every line; see `_LEFT_OUT`)
    if segment.label is not BODY or segment.word_count > _MAX_SECTION_HEADING_WORDS:
        return False
    last = segment.text[-1]
    if last in "?!":
        return True  # "What happens next?" headings
    return not segment.ends_like_sentence and last not in ",;:"


def _introduces_text(segment: Segment, following: Segment | None) -> bool:
    if following is None or following.label is not BODY:
        return False
    if not following.ends_like_sentence:
        return False
    if segment.text.endswith(("?", "？")):
        return True  # an interview question, whatever the length of its answer ("Yes.")
    return following.word_count > max(segment.word_count, _MIN_TEXT_WORDS)


_TABLE_ROWS = 2
"""Rows of a copied table right under a line that make the line the table's label."""


def _labels_a_table(kept: list[Segment], index: int) -> bool:
    """Whether the open lines right under the line at `index` are a table's rows, their
    cells split by a tab (`Segment.cells`: a table copied from a page prints so,
    "Objem<TAB>23 l", "Výkon mikrovln<TAB>800 W"), and the line is none: the label over a
    spec or results table ("Technické parametry", "Technische Daten", "Specifications")
    is the table's heading, as a label over prose is its text's."""
    if kept[index].cells:
        return False
    rows = kept[index + 1 : index + 1 + _TABLE_ROWS]
    return len(rows) == _TABLE_ROWS and all(row.label is BODY and row.cells for row in rows)


# Lines left out between a heading and its text, which they do not part (a module
# constant: asked of every segment, and each Label lookup goes through the Enum
# metaclass's attribute hook on Python 3.11).
_LEFT_OUT = (Label.REMOVED, Label.CAPTION)


# On a page, headings come from h1..h6 (html_heading).
# On a Markdown dump, headings come from its marks (markdown_heading).
@structures(Label.HEADING, text_dumps_only=True, markdown_answers=True)
def section_heading(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    # A picture between a heading and its text does not part them.
    kept = [s for s in segments if s.label not in _LEFT_OUT]
    for index, segment in enumerate(kept):
        following = kept[index + 1] if index + 1 < len(kept) else None
        if not (
            _heading_like(segment)
            and (_introduces_text(segment, following) or _labels_a_table(kept, index))
        ):
            continue  # (first: the tests below are asked of the few heading-like lines only)
        if index and LIST_ROW.match(segment.text) and LIST_ROW.match(kept[index - 1].text):
            continue  # the last row of a list ("6. Chase Elliott 188"), not a heading
        if _ends_a_list(kept, index):
            continue
        yield segment


_LIST_SHAPE_ROWS = 3
"""Short rows of one shape right above a line that make it their list's last row."""
_ROW_SEPARATORS = (" – ", " — ", " - ", " | ", " / ")
_ROW_LABEL = re.compile(r"^[^\W\d_][\w'’-]*(?:\s[\w'’-]+){0,5}:\s")
"""A row's label before its colon, of up to six words ("Lunch: …", "Serbatoio polvere: 470
ml", "Kosten ohne Ausüben der Kaufoption: 29.540 Euro"): spec, plan and cost rows label
their cells so, with labels of any length in one list."""


def _row_shape(text: str) -> tuple[bool, bool, tuple[bool, ...], bool]:
    """What rows of one list share: a digit, a label before a colon ("Lunch: …"), the
    separators between cells ("Model – Note 1,6 – 649 Euro"), one word or more."""
    return (
        any(map(str.isdigit, text)),  # (each character, with no Python step for each)
        _ROW_LABEL.match(text) is not None,
        tuple(separator in text for separator in _ROW_SEPARATORS),
        " " in text.strip(),
    )


def _ends_a_list(kept: list[Segment], index: int) -> bool:
    """Whether the line at `index` is the last row of a list of short lines above it
    ("Dreame T30 – Note 2,4 – 279 Euro" under five rows like it, "Paulínia" under three
    town names), not a heading over the paragraph below: the `_LIST_SHAPE_ROWS` lines
    right above are short open lines of the same shape (`_row_shape`). A heading after
    a list ("Instructions" under "2 large eggs") has another shape."""
    if index < _LIST_SHAPE_ROWS or kept[index].text[-1] in "?!？！":
        return False
    if is_cjk_heavy(kept[index].text):
        return False  # no spaces between words: one word or many looks the same
    shape = _row_shape(kept[index].text)
    if not (shape[0] or shape[1] or any(shape[2]) or not shape[3]):
        return False  # plain phrases of a few words: headings of a contents list as well
    for above in kept[index - _LIST_SHAPE_ROWS : index]:
        if not _heading_like(above) or _row_shape(above.text) != shape:
            return False
    return True
