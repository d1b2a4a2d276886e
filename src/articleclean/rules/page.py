"""Whole-page dumps: the menus, sidebars and footers around the article.

A page dump has the article as one dense run of prose, with navigation,
teaser lists and footers around it. The run is found as the stretch of
segments with the highest score, prose counting for its length and every
other line against it (a maximum-sum subarray, so one linear pass).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..article import Reason
from ..document import Segment
from .base import revises
from .context import Context

_PROSE_WORDS = 8
_LONG_WORDS = 20
_LINE_COST = 25
# An article dump has at most a few short lines around its text (a title,
# a byline, a closing credit); a page has menus. Below this many open
# segments outside the article the dump is left as it is.
_MIN_CHROME_SEGMENTS = 4


import os
_MED = float(os.environ.get("AC_MED", "10"))
_SHORT_WORDS = int(os.environ.get("AC_SW", "3"))
_LINE_COST = float(os.environ.get("AC_LC", "25"))
_LEN_F = float(os.environ.get("AC_LF", "0.5"))
_PROSE_WORDS = int(os.environ.get("AC_PW", "8"))

_EDGE_COST = float(os.environ.get("AC_EDGE", "150"))
# Lines that mark the edge of an article: the article rarely goes on across them.
_EDGE_RULES = frozenset({"teaser_heading", "promo_prompt", "boilerplate_notice", "menu_run"})

def _weight(segment: Segment) -> float:
    if segment.rule in _EDGE_RULES:
        return -_EDGE_COST
    if not segment.is_open:
        return 0.0
    words = segment.word_count
    if words >= _LONG_WORDS or (words >= _PROSE_WORDS and segment.ends_like_sentence):
        return float(len(segment.text))
    if words > _SHORT_WORDS:
        return -_MED
    return -(_LINE_COST + len(segment.text) * _LEN_F)


def densest_run(weights: list[float]) -> tuple[int, int] | None:
    """First and last index of the maximum-sum run of weights (Kadane), or None."""
    best = 0.0
    best_span: tuple[int, int] | None = None
    total = 0.0
    start = 0
    for index, weight in enumerate(weights):
        if total <= 0:
            total, start = weight, index
        else:
            total += weight
        if total > best:
            best, best_span = total, (start, index)
    return best_span


@revises(Reason.BOILERPLATE)
def outside_article(segments: list[Segment], context: Context) -> Iterator[Segment]:
    """Open segments before or after the article's densest run of prose, on page dumps."""
    span = densest_run([_weight(s) for s in segments])
    if span is None:
        return
    first, last = span
    outside = [
        s for i, s in enumerate(segments) if (i < first or i > last) and s.is_open
    ]
    if len(outside) >= _MIN_CHROME_SEGMENTS:
        yield from outside
