"""Round 39: a related box on the article's topic, with a blurb the site cut off under
its headline.

`trailing_teasers` takes the lines after the article's last paragraph when they read as
other stories and share few words with the article. A related box is on the article's
topic, though, and stayed. A blurb cut off mid-sentence ("… during the works...") right
under a headline is a box's story whatever words it shares; an article's own closing
lines are not cut off under a headline.
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
    "Transport",
    "Ferry timetable changes while the harbour bridge is closed",
    "The harbour ferries will add crossings in the morning and evening rush hours while "
    "the bridge...",
]


def test_an_on_topic_box_with_a_cut_blurb_under_its_headline_goes() -> None:
    # Fails on main: the box shares the article's words (harbour, bridge, ferries), so
    # the topic test kept it.
    text = "\n\n".join(BRIDGE + BOX)
    assert _removed_by(text) == BOX
    assert _body(text) == BRIDGE[1:]


def test_a_german_box_with_two_cut_blurbs_goes() -> None:
    # Fails on main: both stories are about the bridge.
    box = [
        "Sperrung der Hafenbrücke: Pendelbusse fahren alle zehn Minuten",
        "Während der Arbeiten an der Hafenbrücke fahren Pendelbusse über den Fluss, die "
        "Stadt rechnet mit…",
        "Radfahrer dürfen den Fußweg der Hafenbrücke weiter nutzen",
        "Die Stadt lässt den Fußweg der Brücke während der Arbeiten offen, damit Radfahrer…",
    ]
    assert _removed_by("\n\n".join(BRIDGE_DE + box)) == box


def test_the_rule_switched_off_keeps_the_box() -> None:
    assert _removed_by("\n\n".join(BRIDGE + BOX), trailing_teasers=False) == []


def test_a_cut_line_under_a_label_keeps_the_on_topic_run() -> None:
    # Guard: under a label of two words (or alone) a cut line may be the article's own,
    # a list of its updates each cut short; the topic test decides, and keeps them
    # (test_rules_teasers.py's notes under three-word subheadings are the same case).
    lines = [
        "Bridge works",
        "Engineers replace the corroded cables of the harbour bridge over six…",
        "Harbour bridge footpath stays open for cyclists",
    ]
    text = "\n\n".join(BRIDGE + lines)
    assert _removed_by(text) == []
    assert _body(text) == BRIDGE[1:] + lines
