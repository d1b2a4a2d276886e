"""Markdown dumps (issue 14, round 56 mdgap): a link whose words run over blank lines (a
card markdownify writes from an `<a>` around blocks) is read as one link per line, and
a list of links (a menu, a breadcrumb) loses its items' marks, as a page's text prints
it; an article's own list keeps them."""

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
    "[![Bridge](https://example.com/bridge.jpg)\n\n"
    "School board delays vote on timetable\n\n"
    "The board said it needed more time.](https://example.com/school)\n"
)


def _texts(text: str) -> list[str]:
    return [segment.text for segment in read_markdown(text).segments]


def test_a_link_over_blank_lines_is_a_link_on_each_line() -> None:
    # fails on main: "[School board …" and "… time.](https://example.com/school)" as prose
    texts = _texts("# Council approves road budget\n\n" + _PROSE + "\n" + _CARD)
    assert texts[-2:] == [
        "School board delays vote on timetable",
        "The board said it needed more time.",
    ]
    segments = read_markdown(_CARD).segments
    assert [segment.marks.links for segment in segments[1:] if segment.marks] == [1, 1]


def test_a_name_linked_over_blank_lines_is_a_byline_line_of_its_own() -> None:
    # fails on main: "[#### Ingo Arzt" and "Redakteur](/autor/ingo-arzt)" kept their marks
    texts = _texts("[#### Ingo Arzt\n\nRedakteur](/autor/ingo-arzt)\n\n" + _PROSE)
    assert texts[:2] == ["Ingo Arzt", "Redakteur"]


def test_every_line_of_a_dump_with_cards_is_accounted_for() -> None:
    # guard: the cards' lines are read, not added or dropped
    text = "# Council approves road budget\n\n" + _PROSE + "\n## More stories\n\n" + _CARD * 3
    article = articleclean.clean_text(text)
    assert unaccounted(text, article) == []
    for block in article.body:
        assert "](" not in block.text


def test_a_link_over_two_lines_of_a_paragraph_leaves_its_words() -> None:
    # fails on main: "Read [the full report](https://example.com/r) now."
    segments = read_markdown("Read [the full\nreport](https://example.com/r) now.\n").segments
    assert segments[0].text == "Read the full report now."
    assert segments[0].marks is not None and segments[0].marks.outside_links == "Read now."


def test_a_bracket_left_open_or_a_citation_is_read_as_before() -> None:
    # guards: no closing "](…)" within reach, a citation mark
    assert _texts("See [the notes\n\nbelow.\n\n" + _PROSE)[:2] == ["See [the notes", "below."]
    assert _texts("As shown [1].\n\n[1]: https://example.com/a\n")[0] == "As shown [1]."


def test_a_breadcrumb_and_a_menu_lose_their_items_marks() -> None:
    # fails on main: "- Home", "- Cinema", "- Will Smith" (the title's line kept its mark)
    text = (
        "* [Home](https://example.com/)\n* [Cinema](https://example.com/cinema)\n"
        "* Will Smith\n\n# Will Smith returns to the stage\n\n" + _PROSE
    )
    assert _texts(text)[:3] == ["Home", "Cinema", "Will Smith"]


def test_an_articles_own_list_keeps_its_marks() -> None:
    # guard: items of words, with one link among them, are the article's list
    text = (
        "# Council approves road budget\n\n" + _PROSE + "\n"
        "*   Two bridges repaired\n*   [The budget](https://example.com/b) in full\n"
        "*   New lights on Main Street\n"
    )
    assert _texts(text)[-3:] == [
        "- Two bridges repaired",
        "- The budget in full",
        "- New lights on Main Street",
    ]


def test_a_heading_in_a_numbered_breadcrumb_is_read_as_its_words() -> None:
    # fails on main: "4. # Flood waters recede …" (the title kept its marks)
    text = (
        "1. [Home](https://example.com/)\n2. [News](https://example.com/news)\n"
        "3. [Local](https://example.com/local)\n"
        "4. # Flood waters recede in the valley\n\n" + _PROSE
    )
    assert _texts(text)[:4] == ["Home", "News", "Local", "Flood waters recede in the valley"]
    assert articleclean.clean_text(text).title == "Flood waters recede in the valley"
