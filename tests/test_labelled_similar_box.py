"""bench/labelled_dumps.py: a box whose class or id says "similar" (similar articles,
similar threads) is a box of other stories, labelled teaser like a related box, even when
the extractor's body took its lines (round 57, issue 14)."""

from __future__ import annotations

from bench.corpus import Page
from bench.labelled_dumps import BODY, TEASER, label_page

P1 = (
    "The town council voted on Monday to close the old swimming pool at the end of the "
    "summer, after a survey found cracks in its basin."
)
P2 = "A new pool is planned next to the school, but money for it has not yet been found."
OTHER = "Council approves new budget for the libraries"


def _labels(box: str) -> dict[str, str]:
    html = f"""<html><head><title>Pool to close</title></head><body><article>
<h1>Pool to close</h1><p>{P1}</p><p>{P2}</p>
<ul class="{box}"><li><a href="/news/libraries">{OTHER}</a></li></ul>
</article></body></html>"""
    # The annotation marks the article's paragraphs; the box's line is in the extractor's
    # body when it takes the list along, as on the pages behind this rule.
    page = Page("https://example.org/pool", "pool.html", html.encode(), (P1, P2), ())
    item = label_page(page)
    assert item is not None
    return {line.text: line.label for line in item.page}


def test_a_similar_box_is_a_teaser_box() -> None:
    # Fails on main: "similar" was no teaser word, so the line was whatever the extractor
    # made of it.
    labels = _labels("timeline similar col-3")
    assert labels[OTHER] == TEASER
    assert labels[P1] == BODY


def test_a_plain_list_keeps_its_label() -> None:
    # Guard: without the class word the line is not labelled teaser.
    assert _labels("timeline col-3")[OTHER] != TEASER
