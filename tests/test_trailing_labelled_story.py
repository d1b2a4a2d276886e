"""Round 45: a box after the article that mixes one story with a label and a blurb and
bare headlines.

`trailing_teasers` takes the lines after the article's last paragraph when they read as
other stories. Its walk up from the dump's end stopped at the first line reading as
prose, so a box that gives one of its stories a blurb kept every line: the walk took
only the lines below the blurb. A blurb right under a headline that stands under the
box's label (or under a line a rule removed, a teaser heading) is the box's: the walk
goes on past it. An article's subheading stands right under its paragraph.
"""

from __future__ import annotations

import articleclean
from bridge_story import BRIDGE, BRIDGE_DE


def _removed_by(text: str, **options: bool) -> list[str]:
    article = articleclean.clean_text(text, **options)
    return [r.text for r in article.removed if r.rule == "trailing_teasers"]


def _body(text: str) -> list[str]:
    return [block.text for block in articleclean.clean_text(text).body]


BOX = [
    "Competition",
    "Win tickets for the open-air opera night at the castle gardens",
    "The summer festival brings Verdi and Puccini to the castle lawn in August. We give "
    "away two tickets for each of the three evenings.",
    "Cinema",
    "Old picture house reopens with a silent film and a live organist",
]

BOX_DE = [
    "Gewinnspiel",
    "Freikarten für die Opernnacht im Schlossgarten gewinnen",
    "Das Sommerfestival bringt Verdi und Puccini im August auf den Schlossrasen. Wir "
    "verlosen für jeden der drei Abende zwei Karten.",
    "Kino",
    "Altes Lichtspielhaus öffnet wieder mit einem Stummfilm und Orgel",
]


def test_a_box_mixing_a_labelled_story_with_bare_headlines_goes() -> None:
    # Fails on main: the walk up from the end stopped at the blurb, and the two lines
    # below it are too few for a run.
    text = "\n\n".join(BRIDGE + BOX)
    assert _removed_by(text) == BOX
    assert _body(text) == BRIDGE[1:]


def test_a_german_box_goes() -> None:
    # Fails on main, as above.
    assert _removed_by("\n\n".join(BRIDGE_DE + BOX_DE)) == BOX_DE


def test_the_rule_switched_off_keeps_the_box() -> None:
    assert _removed_by("\n\n".join(BRIDGE + BOX), trailing_teasers=False) == []


def test_the_article_s_own_last_section_stays() -> None:
    # Guard: a subheading right under the article's paragraph, over a short paragraph,
    # is the article's last section even when it shares few of its words: no label over
    # the subheading, so the walk stops at that paragraph. (Fails when any blurb under
    # a headline lets the walk on.)
    own = [
        "A history of repairs going back decades",
        "Engineers first strengthened the structure in 1978, and again after the storm of "
        "1990, records show.",
        "Cinema",
        "Old picture house reopens with a silent film and a live organist",
    ]
    text = "\n\n".join(BRIDGE + own)
    assert _removed_by(text) == []
    assert own[:2] == _body(text)[2:4]


def test_a_label_over_a_short_subheading_keeps_the_section() -> None:
    # Guard: a line of under five words under a label ("Update" over "Ferry times
    # change") may be the article's dated update, not a story's headline: the walk
    # stops at its paragraph. (Fails when a three-word headline lets the walk on.)
    own = [
        "Update",
        "Ferry times change",
        "The operator said on Wednesday that the extra crossings will start a week "
        "earlier than planned.",
        "Cinema",
        "Old picture house reopens with a silent film and a live organist",
    ]
    text = "\n\n".join(BRIDGE + own)
    assert _removed_by(text) == []
    assert own[2] in _body(text)
