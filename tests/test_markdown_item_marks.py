"""The Markdown reader takes an item's mark off its text in two places (round 58: one
`_without_item_mark`, which says why they differ): a list of links stays a list's item
in its marks, which `markdown_menu` reads; a byline written as an item is no list's
row."""

from __future__ import annotations

import articleclean
from articleclean.readers.markdown import read_markdown

_MENU = (
    "* [Politics](https://example.com/politics)\n* [Business](https://example.com/business)\n"
    "* [Sport](https://example.com/sport)\n* [Weather](https://example.com/weather)\n"
)


def test_a_list_of_links_loses_its_marks_text_but_stays_a_list() -> None:
    # guard: fails if the link lists' items are made no items, as the bylines' are
    segments = read_markdown(_MENU).segments
    assert [segment.text for segment in segments] == ["Politics", "Business", "Sport", "Weather"]
    assert all(segment.marks is not None and segment.marks.item for segment in segments)


def test_a_byline_item_loses_its_mark_and_is_no_item() -> None:
    # guard: a byline's item is no list's row (fails if it kept `Marks.item`)
    segments = read_markdown("- By Jane Doe\n- 5 March 2024\n").segments
    assert segments[0].text == "By Jane Doe"
    assert segments[0].marks is None or not segments[0].marks.item
    assert segments[1].text == "- 5 March 2024"


def test_a_menu_written_as_a_list_of_links_is_the_menu() -> None:
    # guard: `markdown_menu` reads the menu by its items' marks, which it keeps
    text = (
        "# Council approves road budget after long debate\n\n" + _MENU + "\n"
        "The council approved the new budget on Tuesday after a long debate about the "
        "cost of repairing the town's roads and bridges.\n\n"
        "The mayor said the plan would be paid for without raising local taxes.\n"
    )
    article = articleclean.Cleaner(articleclean.CleanerConfig(markup="markdown")).clean_text(text)
    assert {
        r.rule for r in article.removed if r.text in {"Politics", "Business", "Sport", "Weather"}
    } == {"markdown_menu"}
