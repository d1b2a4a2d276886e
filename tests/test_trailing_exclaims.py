"""Round 44: a box under the article with a short line ending in "!" in it.

`_trailing_run` walks up from the dump's end over the lines after the article's last
paragraph and stops at the first line that reads as prose. A short line ending in an
exclamation mark reads so ("The new issue is out now!", a box's heading "Das könnte dich
auch interessieren!"), so a box holding one kept the lines under it, or all of them when
it was the last. A line of fewer than `PARAGRAPH_WORDS` words that exclaims is now a line
of the run, whose tests (headlines, marks, topic) still decide; a longer one is still
the paragraph that ends the walk.
"""

from __future__ import annotations

from functools import partial

import articleclean
from bridge_story import BRIDGE, BRIDGE_DE


def _removed_by(rule: str, text: str) -> list[str]:
    return [r.text for r in articleclean.clean_text(text).removed if r.rule == rule]


_trailing = partial(_removed_by, "trailing_teasers")


def _body(text: str) -> list[str]:
    return [block.text for block in articleclean.clean_text(text).body]


def test_a_box_ending_in_an_exclaiming_promo_goes() -> None:
    # Fails on main: the dump's last line read as the article's last paragraph, so the
    # walk took no line and the box stayed whole.
    box = [
        "Celebrity chef opens third restaurant in Paris",
        "Football club sacks manager after fifth straight defeat",
        "The new issue of our magazine is out now!",
    ]
    assert _trailing("\n\n".join(BRIDGE + box)) == box


def test_a_german_box_under_an_exclaiming_heading_goes_whole() -> None:
    # Fails on main: the walk up from the end stopped at the box's heading, read as
    # the article's last paragraph, and the box stayed whole. (Its section label printed
    # twice is the box's mark: the heading is none.)
    box = [
        "Das wird euch auch gefallen!",
        "Stadtleben",
        "Neues Hallenbad öffnet im Frühjahr mit Sauna",
        "Stadtleben",
        "Tierpark begrüßt zwei junge Schneeleoparden im Gehege",
    ]
    assert _trailing("\n\n".join(BRIDGE_DE + box)) == box


def test_the_article_s_own_short_exclaiming_close_stays() -> None:
    # Guard: the walk now goes past the article's closing exclamation, but one line
    # over the last paragraph is no box, and it stays in the body.
    close = "See you on the other side of the river!"
    assert close in _body("\n\n".join([*BRIDGE, close]))


def test_a_long_exclaiming_paragraph_still_ends_the_walk() -> None:
    # Guard: a line of a paragraph's length ending in "!" is the article's last
    # paragraph, and the article's own short lines above it stay (fails when any line
    # ending in "!" lets the walk on: the lines read as other stories' headlines).
    own = [
        "What changes for drivers",
        "Saturday market moves to Quay Street",
        "Ferry timetable doubles its evening crossings",
    ]
    close = (
        "Stallholders say they are ready for the move, and the ferry company promises "
        "free coffee on every crossing!"
    )
    text = "\n\n".join([*BRIDGE, *own, close])
    assert _trailing(text) == []
    body = _body(text)
    assert all(line in body for line in [*own, close])


def test_an_exclaiming_line_among_the_article_s_short_lines_still_ends_the_walk() -> None:
    # Guard: between two short lines an exclaiming line is as often the article's own
    # subheading as a box's; it still ends the walk, and the lines stay (fails when
    # such a line lets the walk on anywhere: the short lines read as headlines).
    own = [
        "What changes for drivers",
        "Plan your trip early!",
        "Saturday market moves to Quay Street",
        "Ferry timetable doubles its evening crossings",
    ]
    text = "\n\n".join([*BRIDGE, *own])
    assert _trailing(text) == []
    assert all(line in _body(text) for line in own)


def test_an_exclaiming_last_line_is_no_mark_of_a_box() -> None:
    # Guard: the dump's last line exclaims, so the walk goes past it into the cut
    # article's own subheadings; more lines than the article has paragraphs need a
    # box's marks, and the exclaiming line is none (fails when it counts as a blurb).
    own = [
        "Why the cables corroded",
        "Who pays for the repairs",
        "Shuttle buses and ferry crossings",
        "What cyclists need to know",
        "When the bridge reopens",
        "Thanks for reading, see you soon!",
    ]
    text = "\n\n".join([*BRIDGE, *own])
    assert _trailing(text) == []
    assert all(line in _body(text) for line in own)
