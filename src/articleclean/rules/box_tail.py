"""The last lines of a box of other stories that the teaser rules began to take at the
end of a dump: `box_tail`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..article import Reason
from ..document import BODY, REMOVED, Segment
from .base import Claimed, decided_article_dump, revises
from .closing_runs import TEASER_RULES, refrain_box, repeated_teaser
from .phrasebook import PhraseBook
from .teaser_copies import repeated_teaser_box
from .teaser_lines import (
    holds_contact,
    is_paragraph,
    is_row,
    reads_as_prose,
)

# The box: at least this many lines in a row that the teaser rules took (a heading and two
# headlines, or three headlines), as `left_out_headline` reads a box ...
BOX_TAIL_MIN_TAKEN = 3
# ... and at most this many lines left of it, up to the end of the dump.
BOX_TAIL_MAX_LINES = 3
# Each of them a headline of at least this many words, as the box's are ("Danish Apple
# Cake"), with no figure or comma: a name, a role or a date stamp is the article's.
BOX_TAIL_MIN_WORDS = 3


_BOX_TEASERS = (*TEASER_RULES, refrain_box, repeated_teaser, repeated_teaser_box)
"""The teaser rules whose box a tail is read under: read, and needed (no teaser taken,
no tail)."""


@revises(
    Reason.RELATED_TEASER,
    text_dumps_only=True,
    reads=(_BOX_TEASERS,),
    needs=(_BOX_TEASERS,),
    derives=(decided_article_dump,),
    article_dumps_only=True,
)
def box_tail(
    segments: list[Segment], context: PhraseBook, teasers: Claimed, article_dump: bool
) -> Iterator[Segment]:
    """The lines a box of other stories ends with at the end of the dump, after at least
    `BOX_TAIL_MIN_TAKEN` of its lines in a row that the teaser rules took, the box right
    under a paragraph of the article's: up to `BOX_TAIL_MAX_LINES` headlines that their
    walk stopped short of ("Danish Apple Cake": three or four words), with no prose,
    question, fact ("Quelle: …"), label ("Video: …"), signature, date stamp or address
    among them, which the article may close with under an inline box.

    Tune part, round 43: 4 teaser lines of 2 sites out of the labelled article dumps, 11
    junk lines more out of the other `loss_audit` sources, no annotated article line;
    each guard on the lines' shape kept lines of the noise bodies' articles that a box
    was put above ("Jane Doe", "Jane Doe, NDR", a date stamp, a question, a signed CJK
    sentence, "Video: …"). Text dumps read as articles only."""
    if not article_dump or len(teasers) < BOX_TAIL_MIN_TAKEN:
        return
    tail: list[int] = []
    taken = 0
    index = len(segments) - 1
    # From the end up: the box's lines taken, other lines removed, and a few kept ones.
    while index >= 0:
        segment = segments[index]
        if segment in teasers:
            taken += 1
        elif segment.label is not REMOVED:
            if tail and taken >= BOX_TAIL_MIN_TAKEN:
                break  # the box's lines taken, and the line above the box
            if len(tail) == BOX_TAIL_MAX_LINES or not _box_line(segment):
                return
            tail.append(index)
            taken = 0
        index -= 1
    if index < 0 or not is_paragraph(segments[index]):
        return  # no paragraph of the article's right above the box
    if tail and taken >= BOX_TAIL_MIN_TAKEN:
        for position in reversed(tail):
            yield segments[position]


def _box_line(segment: Segment) -> bool:
    """A headline or a short label of a box, not the article's prose, fact or address."""
    if segment.label is not BODY:
        return False
    if segment.word_count < BOX_TAIL_MIN_WORDS or segment.may_hold_digit or "," in segment.text:
        # A name, a role, a date stamp or a place ("Jane Doe", "Jane Doe, NDR",
        # "28.04.2020 21:38 Uhr"): the article's own signature may close it under an
        # inline box; a box's last headlines are no such lines.
        return False
    if reads_as_prose(segment) or _SENTENCE_INSIDE.search(segment.text):
        # A sentence, or one ending inside the line ("… spannend. (Jane Doe)", "…城！（记者
        # …）": CJK writes no space after it): the article's prose. A question too: the
        # article's own subheading may ask one; a box's headline is no more than one.
        return False
    if holds_contact(segment.text, segment.may_hold_digit):
        return False
    text = segment.text.strip()
    first = next((c for c in text if c.isalpha()), "")
    # A line announcing what follows, a fact ("Quelle: Stadtblatt"), a label over the
    # article's own media ("Video: Launch event in Shanghai"), a line going on in lower
    # case, an item of a list: the article's own, as `boxed_headline` reads it.
    return not (":" in text or "：" in text or first.islower() or is_row(text))


# A full-width sentence mark with more of the line after it, or a sentence's mark and a
# parenthesis after it (the writer's name).
_SENTENCE_INSIDE = re.compile(r"[。！？]\s*\S|[.!?…]\s+\(")
