"""Markdown dumps (issue 14, round 62 mdgap4): a card markdownify writes from an `<a>`
around blocks, whose words a line of pictures alone breaks (a section's logo between
its kicker and its headline), is read as one link on each of its lines, as a card
without such a line is; its lines of pictures alone stay pictures."""

from __future__ import annotations

import articleclean
from accounting import unaccounted
from articleclean.readers.markdown import read_markdown

_PROSE = (
    "The council approved the new budget on Tuesday after a long debate about the cost "
    "of repairing the town's roads and bridges.\n\n"
    "The mayor said the plan would be paid for without raising local taxes this year.\n\n"
    "Work on the first bridge is due to start in the spring, the council said.\n"
)

_CARD = (
    "[Düsseldorf\n\n"
    "![Logo](https://example.com/logo.png)\n\n"
    "### School board delays vote on timetable\n\n"
    "The board said it needed more time.](https://example.com/school)\n"
)

# a placeholder and the picture in the card's first line, a section's logo under it
_CARD_OF_PICTURES = (
    "[![Bridge](https://example.com/blank.gif)![Bridge](https://example.com/bridge.jpg)\n\n"
    "![Cash](https://example.com/cash.svg)\n\n"
    "A bridge too far: the long history of the town's repairs.](https://example.com/cash)\n"
)


def test_a_card_a_logo_breaks_is_a_link_on_each_line() -> None:
    # fails on main d2c7bd1: "[Düsseldorf", "School board …" as a heading, and
    # "The board said it needed more time.](https://example.com/school)" as prose
    segments = [s for s in read_markdown(_CARD).segments if not (s.marks and s.marks.pictures)]
    assert [segment.text for segment in segments] == [
        "Düsseldorf",
        "School board delays vote on timetable",
        "The board said it needed more time.",
    ]
    assert [segment.marks.links for segment in segments if segment.marks] == [1, 1, 1]


def test_the_cards_lines_of_pictures_stay_pictures() -> None:
    # guard: its first line read as a link's words would be a line of prose as long as
    # its addresses (tune 0811 pagina12 kept its teasers so)
    segments = read_markdown(_CARD_OF_PICTURES).segments
    assert [bool(segment.marks and segment.marks.pictures) for segment in segments] == [
        True,
        True,
        False,
    ]
    assert segments[-1].text == "A bridge too far: the long history of the town's repairs."
    assert segments[-1].marks is not None and segments[-1].marks.links == 1


def test_every_line_of_a_dump_with_such_cards_is_accounted_for() -> None:
    # guard: the cards' lines are read, not added or dropped
    text = (
        "# Council approves road budget\n\n"
        + _PROSE
        + "\n## More stories\n\n"
        + (_CARD + "\n" + _CARD_OF_PICTURES + "\n") * 3
    )
    article = articleclean.clean_text(text)
    assert unaccounted(text, article) == []
    for block in article.body:
        assert "](" not in block.text
