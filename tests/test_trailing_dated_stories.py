"""Round 40: a box of other stories that prints each story's date.

`trailing_teasers` takes the lines after the article's last paragraph when two of them or
more are stories (headlines, or blurbs cut short) and they share few words with the
article. A box or a site's list of its latest posts that prints a date with each story
("Village fete returns after two years" over "3 December 2020", or "12.11.2021 Synod
meets again in Berlin") may print headlines with a number in them or of a word or two,
which do not read as headlines: one story was counted, and the box stayed. Each line
over a date alone, or opened by a date, is a story (`_dated_stories`); an article's own
closing lines print one date at most. Fixtures invented.
"""

from __future__ import annotations

import articleclean
from bridge_story import BRIDGE, BRIDGE_DE


def _removed_by(text: str, **options: bool) -> list[str]:
    article = articleclean.clean_text(text, **options)
    return [r.text for r in article.removed if r.rule == "trailing_teasers"]


def _body(text: str) -> list[str]:
    return [line for block in articleclean.clean_text(text).body for line in block.text.split("\n")]


BOX = [
    "Village fete returns after two years",
    "3 December 2020",
    "New timetable brings 10 extra trains to the valley line",
    "6 January 2023",
]


def test_a_box_of_stories_under_their_dates_goes() -> None:
    # Fails on main: the second headline holds a number, so only one story was counted.
    text = "\n\n".join(BRIDGE + BOX)
    assert _removed_by(text) == BOX
    assert _body(text) == BRIDGE[1:]


def test_headlines_opened_by_their_dates_go_de() -> None:
    # Fails on main: a date opens each headline, so none reads as one.
    box = [
        "12.11.2021 Landessynode tagt erneut im Rathaus von Neustadt",
        "11.11.2021 Kirchenchor sammelt Spenden für die neue Orgel",
        "10.11.2021 Stadtbibliothek verlängert ihre Öffnungszeiten",
    ]
    assert _removed_by("\n\n".join(BRIDGE_DE + box)) == box


def test_the_rule_switched_off_keeps_the_box() -> None:
    assert _removed_by("\n\n".join(BRIDGE + BOX), trailing_teasers=False) == []


def test_the_articles_own_name_and_date_stay() -> None:
    # Guard: one line over a date is the article's own closing stamp, not a box.
    ending = ["Jane Miller, city reporter", "3 December 2020", "Updated with the council's vote"]
    text = "\n\n".join(BRIDGE + ending)
    assert _removed_by(text) == []
    assert _body(text) == BRIDGE[1:] + ending


def test_a_dated_box_on_the_articles_topic_goes() -> None:
    # Fails on main: the stories are about the bridge too, so the topic test kept them.
    box = [
        "New cables for the harbour bridge arrive from the steelworks",
        "3 December 2020",
        "Shuttle buses across the river: the timetable for the works",
        "6 January 2023",
    ]
    assert _removed_by("\n\n".join(BRIDGE + box)) == box
