"""bench/labelled_dumps.py: the annotated article's container, and paragraphs lost counted
inside it apart (a body label outside it is the extractor's reading of the page)."""

from __future__ import annotations

from bench.corpus import Page
from bench.labelled_dumps import (
    BODY,
    CHROME,
    OTHER,
    TITLE_TAG,
    Labelled,
    Line,
    container_lines,
    page_dump,
    score,
)

HTML = """<html><head><title>Cycle lane</title></head><body>
<nav><a>Home</a></nav>
<div class="story"><h2>Cycle lane approved</h2>
<ul><li>The council approved the new cycle lane on Tuesday.</li>
<li>Work on the lane starts in spring.</li></ul>
<p>It should be finished before the summer holidays.</p></div>
<div class="consent"><p>Purpose: statistics about our website.</p></div>
</body></html>"""

LINES = [
    Line("Cycle lane", TITLE_TAG),
    Line("Home", CHROME),
    Line("Cycle lane approved", OTHER),
    Line("The council approved the new cycle lane on Tuesday.", BODY),
    Line("Work on the lane starts in spring.", BODY),
    Line("It should be finished before the summer holidays.", BODY),
    Line("Purpose: statistics about our website.", BODY),
]


def _page(*with_: str) -> Page:
    return Page("https://example.org/a", "a.html", HTML.encode(), with_, ())


def _item() -> Labelled:
    return Labelled("https://example.org/a", "tune", None, [], list(LINES))


def test_container_of_two_list_items_climbs_to_the_story_box() -> None:
    # Both annotated lines are items of one list: the container is the story's div, so
    # the paragraph below the list is inside and the consent panel's line is not.
    lines = container_lines(_page("new cycle lane on Tuesday", "starts in spring"), _item())
    assert lines == [3, 4, 5, 6]


def test_one_annotated_block_gives_no_container() -> None:
    assert container_lines(_page("new cycle lane on Tuesday"), _item()) is None


def test_lost_inside_counts_only_lines_in_the_container() -> None:
    from types import SimpleNamespace

    # Keeps the three lines of the story in the body, drops the consent line.
    cleaned = SimpleNamespace(
        body=[SimpleNamespace(lines=(4, 6))],
        captions=[],
        removed=[],
        metadata={"dump": "page"},
        title=None,
        byline=[],
    )

    item = _item()
    scored = score([item], page_dump, lambda text: cleaned, inside={item.url: [3, 4, 5, 6]})
    assert (scored.body_fn, scored.body_tp) == (1, 3)
    assert (scored.inside_lost, scored.inside) == (0, 3)
    assert scored.lost_inside == 0.0
