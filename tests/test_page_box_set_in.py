"""Whole-page dumps: the article's closing paragraph under a box of other stories set into it.

Sites set a "Related stories" box of bare headlines in before an article's last paragraph.
The box's headlines share the article's topic (that is why they are related), so
`teaser_blurb` weighed the closing paragraph against all of them at once and took it as
the last headline's blurb, and `outside_article` ended the article at the box's heading.
A blurb is its own headline's: under two or more bare headlines, a line longer than a
headline is weighed against the headline right above it; and prose on the article's topic
right under such a box, closed by the page's furniture, is the article's. The fixtures are
invented.
"""

from __future__ import annotations

import articleclean
from council_page import FOOTER, HEADLINE, MENU, PARAGRAPHS, SECTIONS

HEADING = "Related stories"
BOX = [
    "Transport workers threaten a strike across the region",
    "Bus fares to rise again in the spring",
    "Drivers demand higher wages as their costs climb",
]
CLOSING = (
    "The council's vote comes at a time when transport workers across the region are "
    "threatening to strike over bus fares, wages and the rising costs of living."
)
SHARE = ["Share on Facebook", "Share on Twitter", "Share by e-mail"]
SIDEBAR = ["Archive", "March", "April", "May", "June", "July", "Categories", "Politics", "Schools"]


def _page(*below: str) -> str:
    lines = [f"{HEADLINE} | Example Times", *MENU, *SECTIONS, HEADLINE, *PARAGRAPHS, *below]
    return "\n".join([*lines, *SIDEBAR, *FOOTER])


def test_the_closing_paragraph_under_a_box_set_in_stays() -> None:
    # Fails on main: the closing paragraph is taken as the box's last blurb.
    article = articleclean.clean_text(_page(HEADING, *BOX, CLOSING, *SHARE))
    assert article.metadata["dump"] == "page"
    assert article.paragraphs == [*PARAGRAPHS, CLOSING]
    removed = {r.text for r in article.removed}
    assert HEADING in removed
    assert set(BOX) <= removed


def test_a_blurb_under_its_own_headline_in_a_box_of_stories_goes() -> None:
    # Guard (passes on main too): a box of headlines, each over its blurb, is weighed as
    # before: the blurbs share their own headlines' words, not the article's.
    box = [
        BOX[0],
        "Transport workers of the regional bus company voted for a strike across the region "
        "that could begin in the first week of March, their union announced on Friday.",
        BOX[1],
        "Bus fares for a single journey rise again from April, the bus company said, the "
        "third rise in two years for the passengers of its regional lines.",
    ]
    article = articleclean.clean_text(_page(HEADING, *box, *SHARE))
    assert article.paragraphs == PARAGRAPHS


def test_another_storys_blurb_under_a_box_stays_out() -> None:
    # Guard (passes on main too): prose under a box that more of the box follows is another
    # story's blurb, not the article going on.
    other = [
        "Bus fares rise in the spring, the transport company said, after the council's budget "
        "left it with less money for new buses and for the repair of its ticket machines.",
        "Council approves new cycle lanes along the harbour road",
        "Schools get new computers after the budget vote",
    ]
    article = articleclean.clean_text(_page(HEADING, *BOX, *other, *SHARE))
    assert article.paragraphs == PARAGRAPHS
