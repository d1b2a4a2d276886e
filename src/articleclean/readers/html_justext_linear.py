"""jusText's context-sensitive classification in time linear in the page, lent to
trafilatura's jusText rescue while we extract.

jusText's `revise_paragraph_classification` settles each "short" paragraph by the
nearest "good" or "bad" one before and after it, and each "neargood" one likewise,
walking to them one paragraph at a time (`_get_neighbour`): a run of n unsettled
paragraphs costs n² steps, about 34 ns each here. A page of 9,900 one-sentence
headings (each "neargood") took 3.9 s through `clean_html`, one jusText call;
trafilatura may call it up to three times a page and our recall retry twice that.
`MAX_UNSETTLED` (`html_justext_bounds`) sends pages past 10,000 such paragraphs to
trafilatura's `fast` mode, which skips readability as well; below it the square
was paid. `revise_linear` finds every paragraph's neighbours in two sweeps instead
and gives each paragraph the class jusText's walk gives it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from trafilatura import external

try:
    from justext.core import revise_paragraph_classification as _JUSTEXT_REVISE
except ImportError:  # (a trafilatura without jusText runs no jusText rescue)
    _JUSTEXT_REVISE = None

_GOOD_OR_BAD = frozenset({"good", "bad"})
_SETTLED_OR_NEARGOOD = frozenset({"good", "bad", "neargood"})


def revise_linear(paragraphs: Sequence[Any], max_heading_distance: int = 150) -> None:
    """jusText's `revise_paragraph_classification`, the same `class_type` on every
    paragraph, in two sweeps where jusText walks from each unsettled paragraph.

    Headings are jusText's own (its walks from a heading stop after
    `max_heading_distance` characters); trafilatura classifies without them
    (`no_headings`), so a page holding one is handed to jusText's function.
    """
    if _JUSTEXT_REVISE is not None and any(paragraph.heading for paragraph in paragraphs):
        _JUSTEXT_REVISE(paragraphs, max_heading_distance)
        return
    classes = [paragraph.cf_class for paragraph in paragraphs]
    for paragraph, kind in zip(paragraphs, classes, strict=True):
        paragraph.class_type = kind
    # "short": the nearest "good"/"bad" both ways ("bad" past the page's ends), and
    # where these differ, the nearest "good"/"bad"/"neargood": all from the classes
    # before any short one is settled (jusText sets them after its loop).
    settled_before = _nearest(classes, _GOOD_OR_BAD)
    settled_after = _nearest(classes[::-1], _GOOD_OR_BAD)[::-1]
    any_before = _nearest(classes, _SETTLED_OR_NEARGOOD)
    any_after = _nearest(classes[::-1], _SETTLED_OR_NEARGOOD)[::-1]
    for at, kind in enumerate(classes):
        if kind != "short":
            continue
        before, after = settled_before[at], settled_after[at]
        if before == "good" and after == "good":
            classes[at] = "good"
        elif before == "bad" and after == "bad":
            classes[at] = "bad"
        elif (before == "bad" and any_before[at] == "neargood") or (
            after == "bad" and any_after[at] == "neargood"
        ):
            classes[at] = "good"
        else:
            classes[at] = "bad"
    # "neargood": jusText settles them in order, in place, so the neighbour before
    # is the last class settled; the one after is still the class of the sweep.
    settled_after = _nearest(classes[::-1], _GOOD_OR_BAD)[::-1]
    before = "bad"
    for at, kind in enumerate(classes):
        if kind == "neargood":
            kind = "bad" if before == "bad" and settled_after[at] == "bad" else "good"
            classes[at] = kind
        if kind in _GOOD_OR_BAD:
            before = kind
    for paragraph, kind in zip(paragraphs, classes, strict=True):
        paragraph.class_type = kind


def _nearest(classes: list[str], wanted: frozenset[str]) -> list[str]:
    """For each place, the last class in `wanted` before it ("bad" when none)."""
    found, last = [], "bad"
    for kind in classes:
        found.append(last)
        if kind in wanted:
            last = kind
    return found


@contextmanager
def linear_justext() -> Iterator[None]:
    """trafilatura's jusText rescue revises with `revise_linear` inside the block.

    trafilatura's `try_justext` looks the function up in its module at each call;
    it is set there only while it is jusText's own, and jusText's is set back after:
    a program that set its own keeps it, and a thread entering meanwhile runs one or
    the other (the same classes either way).
    """
    # (getattr: a trafilatura that no longer looks it up there runs as it is)
    current = getattr(external, "revise_paragraph_classification", None)
    if _JUSTEXT_REVISE is None or current is not _JUSTEXT_REVISE:
        yield
        return
    external.revise_paragraph_classification = revise_linear
    try:
        yield
    finally:
        external.revise_paragraph_classification = _JUSTEXT_REVISE
