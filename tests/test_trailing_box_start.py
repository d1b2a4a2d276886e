"""`trailing_teasers` on a dump read as an article: the article's own lines above a box stay.

Issue 14 item 2 ("never cut the article"): an article's closing subheadings or items and
the site's box of other stories under them (headline, blurb cut off mid-word, ...) make one
run after the last paragraph, and the box's blurbs let the whole run go (bench/article_shapes.py
"cut", round 30). The fixtures are invented."""

from __future__ import annotations

import articleclean
from articleclean import CleanerConfig

ARTICLE = """Harbour hotel reopens after two-year renovation

The Seaview Harbour Hotel in Port Ellis reopened on Monday after a renovation that took two \
years and cost the owners about 40 million pounds, the company said.

All 120 rooms were rebuilt around the old brick warehouse, and the ground floor now holds a \
restaurant, a bar and a small market hall open to guests and visitors alike.

The hotel's manager, Fiona Clarke, said bookings for the summer were already ahead of the \
last full season before the works began.
"""

OWN = ["Rooms and suites", "Dining", "Spa and pool", "Meetings and weddings"]

BOX = [
    "Ten mountain trails for a long weekend",
    "From gentle valley walks to steep ridges, these routes suit every kind of hik...",
    "Why sourdough is back in fashion",
    "Bakers across the country report queues on Saturday mornings as home bak...",
    "The best budget headphones tested",
    "Our reviewers spent a month with eleven pairs under 100 pounds to find the cl...",
]


def _dump(lines: list[str]) -> str:
    return ARTICLE + "\n" + "\n\n".join(lines) + "\n"


def _kept(article: articleclean.Article) -> set[str]:
    return {block.text for block in article.body}


def test_an_article_dumps_own_lines_above_a_box_stay() -> None:
    # Fails on main (f4b79c3): the four subheadings went to `trailing_teasers` with the box.
    article = articleclean.clean_text(_dump(OWN + BOX))
    assert article.metadata["dump"] == "article"
    assert set(OWN) <= _kept(article)
    taken = {r.text for r in article.removed if r.rule == "trailing_teasers"}
    assert set(BOX) <= taken


def test_the_same_run_in_a_page_dump_still_goes_whole() -> None:
    # Guard (passes on main too): in a page dump the run is judged as one, as before.
    article = articleclean.clean_text(_dump(OWN + BOX), config=CleanerConfig(dump="page"))
    taken = {r.text for r in article.removed if r.rule == "trailing_teasers"}
    assert set(OWN + BOX) <= taken


def test_a_label_printed_twice_above_the_box_still_goes() -> None:
    # Guard (passes on main too): a label printed twice is a box's mark (`_box_marks`), so
    # lines above the first blurb that show one are the box's too.
    lines = ["Travel", BOX[0], BOX[1], "Travel", BOX[2], BOX[3]]
    article = articleclean.clean_text(_dump(OWN[:2] + lines))
    taken = {r.text for r in article.removed if r.rule == "trailing_teasers"}
    assert set(BOX[:4]) <= taken
