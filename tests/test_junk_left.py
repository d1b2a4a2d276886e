"""bench/junk_left.py lists the junk lines a cleaned article dump keeps, with what stands
above them and their shape."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # `bench` lives beside `src`, not inside the package
from bench import article_shapes, junk_left, loss_audit  # noqa: E402
from bench.labelled_dumps import AD, BODY, TEASER, TITLE, Line  # noqa: E402

PROSE = [
    "The council approved the new cycle lane on Tuesday after a debate that lasted four hours.",
    "Work on the lane is to start in spring and should be finished before the summer holidays.",
]


def test_kept_junk_is_listed_with_its_place_and_shape() -> None:
    lines = [
        Line("Council approves cycle lane", TITLE),
        Line(PROSE[0], BODY),
        Line("ADVERTISEMENT", AD),  # removed: not listed
        Line(PROSE[1], BODY),
        Line("Cycling", TEASER),  # a label after the article: kept, listed
    ]
    dump = loss_audit.Dump("test", "example.org", *article_shapes._dump(lines))
    found = list(junk_left.kept_junk([dump]))
    assert [(k.label, k.where, k.above, k.shape) for k in found] == [
        (TEASER, "end", "body", "label")
    ]
    assert found[0].context[-1].startswith("> teaser")
    assert "1 junk lines kept, on 1 sites" in junk_left.summary(found)


def test_shapes() -> None:
    assert junk_left.shape("3. Dezember 2020") == "date"
    assert junk_left.shape("Jobs der Woche: 10 Marketing- und Social-Media-Stellen...") == (
        "cut short"
    )
    assert junk_left.shape("Wem dient HR?") == "question"
    assert junk_left.shape("Research & Innovation") == "label"
    assert junk_left.shape("Firmenwagenleasing und seine steuerlichen Besonderheiten") == (
        "headline"
    )
    assert junk_left.shape(PROSE[0]) == "prose"
