"""Round 36: a closing box whose last headline carries a kicker and a figure.

`_trailing_run` walks up from the dump's end and stops at a fact of the article
("Venue: Town hall", "Tickets: 12 euros"): a short label, a colon, a value. A headline
with its kicker reads so too, and one with a figure in it ("Auction: Vintage racer
fetches 1.2 million francs") was taken for a fact, so a box ending in one kept all its
headlines. As the dump's last line, a kicker line of a headline's length that reads as
no sentence is now a line of the run; above it, a figure still makes it a fact.
"""

from __future__ import annotations

from functools import partial

import articleclean
from bridge_story import BRIDGE, BRIDGE_DE


def _removed_by(rule: str, text: str) -> list[str]:
    return [r.text for r in articleclean.clean_text(text).removed if r.rule == rule]


_trailing = partial(_removed_by, "trailing_teasers")


def test_a_box_ending_in_a_kicker_with_a_figure_goes() -> None:
    # Fails on main: the last line read as a fact ("Auction: …" with a figure) ended
    # the walk before it had taken a line, so the box stayed whole.
    box = [
        "Celebrity chef opens third restaurant in Paris",
        "Football club sacks manager after fifth straight defeat",
        "Auction: Vintage racing car fetches 1.2 million francs",
    ]
    assert _trailing("\n\n".join(BRIDGE + box)) == box


def test_a_german_box_ending_in_a_kicker_with_an_age_goes() -> None:
    # Fails on main, as above: "(52)" is a figure.
    box = [
        "Neues Hallenbad öffnet im Frühjahr mit Sauna",
        "Stadtrat streitet erneut über höhere Parkgebühren",
        "Bäckerei am Markt: Meisterin (52) backt seit Jahrzehnten Stollen",
    ]
    assert _trailing("\n\n".join(BRIDGE_DE + box)) == box


def test_the_article_s_closing_facts_with_figures_stay() -> None:
    # Guard, passes on main too: the last fact may read as a kicker line now, but the
    # fact above it ends the walk, and one line is no box.
    facts = [
        "Venue: Town hall",
        "Tickets: 12 euros at the door",
        "Opening hours: Monday to Friday 9am to 5pm",
    ]
    assert _trailing("\n\n".join(BRIDGE + facts)) == []


def test_a_kicker_with_a_figure_above_the_run_still_ends_the_walk() -> None:
    # Guard, passes on main too: only the dump's last line is read the new way; above
    # it, "label: value" with a figure is a fact (a blog's "Labels : … 24 comments"
    # line, the rows of a site's own index), and only the lines after it are looked at.
    stories = [
        "Celebrity chef opens third restaurant in Paris",
        "Football club sacks manager after fifth straight defeat",
        "Pop star reveals secret wedding photos",
    ]
    fact = "Review: Harbour hotel opens 24 new suites by the bay"
    removed = _trailing("\n\n".join([*BRIDGE, fact, *stories]))
    assert removed == stories
