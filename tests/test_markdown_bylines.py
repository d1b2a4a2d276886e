"""Markdown dumps (issue 14, round 57 mdbylines): bylines the block reading lost to its
marks where a page's text prints them bare. A byline written as a list's item ("* Von
Moritz Wichmann" in a list of the story's facts) is no list's row; a link whose words
end in the author's picture ("[#### Jane Doe" … "![Jane Doe](/jane.png)](/author/jane)")
is a link on each of its lines; a heading's mark inside a link is no word; strong
emphasis over a paragraph's lines ("**04.02.2022 | 15:33 Uhr" / "|" / "Dennis
Steimels**") is read on each line; the author's photo between a byline's prefix and its
name does not part them."""

from __future__ import annotations

import articleclean
from accounting import unaccounted
from articleclean.readers import markdown as reader
from articleclean.readers.markdown import inline_text, read_markdown

_HEADLINE = "# Council approves road budget after long debate\n\n"
_PROSE = (
    "The council approved the new budget on Tuesday after a long debate about the cost "
    "of repairing the town's roads and bridges.\n\n"
    "The mayor said the plan would be paid for without raising local taxes this year.\n\n"
    "Work on the first bridge is due to start in the spring, the council said.\n\n"
    "[Home](https://example.com/) [News](https://example.com/news) "
    "[Contact](https://example.com/contact)\n"
)


def _texts(text: str) -> list[str]:
    return [segment.text for segment in read_markdown(text).segments]


def _clean(text: str) -> articleclean.Article:
    article = articleclean.clean_text(text)
    assert unaccounted(text, article) == []
    return article


def test_a_byline_written_as_an_item_is_the_byline() -> None:
    # fails on main: "- Von Moritz Wichmann" stayed in the body as the list's row
    text = _HEADLINE + "* Von Moritz Wichmann\n* 29.04.2020, 12:01 Uhr\n\n" + _PROSE
    article = _clean(text)
    assert article.byline == ["Moritz Wichmann"]
    assert all("Wichmann" not in block.text for block in article.body)


def test_a_byline_item_alone_loses_its_mark() -> None:
    # fails on main: "- Por Gustavo E. Méndez", "- By Jane Doe"
    assert _texts("* Por Gustavo E. Méndez\n")[0] == "Por Gustavo E. Méndez"
    segments = read_markdown("- By Jane Doe\n").segments
    assert segments[0].text == "By Jane Doe"
    assert segments[0].marks is None or not segments[0].marks.item


def test_an_item_that_is_no_byline_keeps_its_mark() -> None:
    # guards: an article's list of steps, and an item opening with "by" in a sentence
    texts = _texts(
        "* Mix the flour and the butter.\n* By hand, knead the dough for ten minutes.\n"
        "* Von Berlin nach Hamburg fahren täglich zwanzig Züge.\n"
    )
    assert all(text.startswith("- ") for text in texts)


def test_a_link_closed_after_the_authors_picture_is_a_link_on_each_line() -> None:
    # fails on main: "[#### Ingo Arzt" and "![Ingo Arzt](…)](/autor/ingo-arzt)" kept
    # their brackets (the picture's "]" was taken for the link's end)
    text = (
        "[#### Ingo Arzt\n\n##### Redakteur für Wirtschaft\n\n"
        '![Ingo Arzt](/files/132.png "Ingo Arzt")](/autor/ingo-arzt)\n\n'
    )
    segments = read_markdown(text + _PROSE).segments
    assert [segment.text for segment in segments[:2]] == ["Ingo Arzt", "Redakteur für Wirtschaft"]
    assert segments[2].marks is not None and segments[2].marks.pictures


def test_a_headings_mark_inside_a_link_is_no_word() -> None:
    # fails on main: "#### Dr. McSchreck14. 01. 2020," (a comment's author, linked)
    assert inline_text("[#### Dr. McSchreck](/u/10739)14. 01. 2020,") == (
        "Dr. McSchreck14. 01. 2020,"
    )
    assert _texts("* [## Headline of a card](https://example.com/a) 3 min\n") == [
        "- Headline of a card 3 min"
    ]
    # guard: a hashtag's "#" is the tag's
    assert inline_text("[#FACC](/thema/facc)") == "#FACC"


def test_strong_emphasis_over_a_paragraphs_lines_is_read_on_each_line() -> None:
    # fails on main: "**04.02.2022 | 15:33 Uhr" and "Dennis Steimels**" kept a mark each
    lines = ["**04.02.2022 | 15:33 Uhr", "|", "Dennis Steimels**"]
    assert reader.emphasis_across_lines(lines) == [
        "**04.02.2022 | 15:33 Uhr**",
        "**|**",
        "**Dennis Steimels**",
    ]
    texts = _texts("Read **the whole\nreport** now.\n")
    assert texts == ["Read the whole report now."]


def test_a_byline_in_emphasis_over_lines_is_the_byline() -> None:
    # fails on main: "Dennis Steimels**" was no byline
    text = _HEADLINE + "**04.02.2022 | 15:33 Uhr\n|\nDennis Steimels**\n\n" + _PROSE
    assert _clean(text).byline == ["Dennis Steimels"]


def test_emphasis_not_closed_in_its_paragraph_is_read_as_before() -> None:
    # guards: a blank line, a new item, an escaped mark end the search
    assert reader.emphasis_across_lines(["**open", "", "closed**"]) == ["**open", "", "closed**"]
    assert reader.emphasis_across_lines(["**open", "* item**"]) == ["**open", "* item**"]
    assert reader.emphasis_across_lines(["a \\**b", "c**"]) == ["a \\**b", "c**"]


def test_the_authors_picture_between_prefix_and_name_does_not_part_them() -> None:
    # fails on main: "10.12.2022 18:27 von" / picture / "Hinrich Neumann" was no byline
    text = (
        _HEADLINE
        + "10.12.2022 18:27 von\n\n![](https://example.com/neumann.jpg)\n\n"
        + "Hinrich Neumann\n\n"
        + _PROSE
    )
    assert _clean(text).byline == ["Hinrich Neumann"]


def test_a_plain_dump_with_a_byline_item_is_read_as_before() -> None:
    # guard: the same lines as plain text (no Markdown evidence) are not read as Markdown
    text = "Council approves road budget\n\n- Von Moritz Wichmann\n\n" + _PROSE.split("[Home]")[0]
    article = articleclean.clean_text(text)
    assert article.metadata.get("markup") != "markdown"
