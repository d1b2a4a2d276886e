"""Start tags cut down before the page is parsed, when one holds absurdly many attributes.

lxml's parser, justext's `make_paragraphs` and htmldate's `is_date_candidate`
each take time quadratic in the attributes of one element: one `<div>` with
100,000 attributes (a 1 MB page) kept `clean_html` busy for 294 s, all of it
inside the reading stage, where the time budget is not checked. No real page
comes near: the most attributes on one element over the 990 webeval pages is
38 (instyle.com, a `<div>`), so the cap sits far above it.
"""

from __future__ import annotations

import re
from functools import lru_cache

MAX_ATTRIBUTES = 1000
"""The attributes kept on one element (the first ones): 26 times the most on one
element over the 990 webeval pages (38); at 1,000 the quadratic steps take
about 0.03 s together."""


def _attribute(tag: str) -> str:
    """One attribute: separators, a name, an optional value, each part taken whole.

    A lookahead is atomic, and a backreference to what it captured takes exactly
    that: `(?=(?P<x>…))(?P=x)` is `(?>…)`, which Python's `re` has only from 3.11
    (3.10 is supported). Taken whole, a start tag that is no candidate fails in one
    walk instead of trying every other reading of its earlier attributes. `tag`
    names the groups apart where the pattern holds this twice."""
    one = r"""[\s/]+[^\s/>=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?"""
    return rf"(?:(?=(?P<{tag}>{one}))(?P={tag}))"


@lru_cache(maxsize=4)
def _patterns(cap: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    # Each attribute takes at least two characters (a separator and a name):
    # only a start tag this long can hold more than `cap` (the cheap scan).
    long_tag = re.compile(rf"<[A-Za-z][^>]{{{2 * cap}}}")
    too_many = re.compile(
        rf"<[A-Za-z][^\s/>]*{_attribute('kept')}{{{cap}}}(?P<cut>{_attribute('more')}*)"
    )
    return long_tag, too_many


def cut_attributes(text: str, cap: int = MAX_ATTRIBUTES) -> tuple[str, int]:
    """The page with each start tag's attributes beyond the first `cap` removed,
    and the number of elements cut (0: the text unchanged)."""
    long_tag, too_many = _patterns(cap)
    pieces: list[str] = []
    done = 0
    cut = 0
    for start, end in _stretches_without_gt(text, 2 * cap):
        for candidate in long_tag.finditer(text, start, end):
            if candidate.start() < done:
                continue
            match = too_many.match(text, candidate.start())
            if match is None or not match.group("cut"):
                continue
            pieces.append(text[done : match.start("cut")])
            done = match.end("cut")
            cut += 1
    if not cut:
        return text, 0
    pieces.append(text[done:])
    return "".join(pieces), cut


def _stretches_without_gt(text: str, length: int) -> list[tuple[int, int]]:
    """Spans of the text holding every run of `length` characters without a `>`.

    Such a run holds a whole block of `length // 2` characters at a multiple of it,
    found by `str.find` (a memchr) in a few hundred calls a page, so the regex
    walks only these spans, not every tag of a normal page."""
    step = max(length // 2, 1)
    spans: list[tuple[int, int]] = []
    reached = 0
    for block in range(0, len(text), step):
        if block < reached or text.find(">", block, block + step) >= 0:
            continue
        before = text.rfind(">", 0, block) + 1
        after = text.find(">", block)
        reached = len(text) if after < 0 else after + 1
        spans.append((before, reached))
    return spans
