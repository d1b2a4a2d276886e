"""Whole-page dumps whose headline is worded apart from the page's <title> line and stands
at or just past the first line that reads as prose (round 39): the headline itself when it
is long and ends in a question mark or a closing quote, or under a line of the page's
furniture that reads as prose."""

from __future__ import annotations

import articleclean
from council_page import FOOTER, MENU, PARAGRAPHS, SECTIONS

TITLE_LINE = "City council approves new budget after a long debate | City Daily"


def _page(*middle: str) -> str:
    return "\n".join([TITLE_LINE, *MENU, *SECTIONS, *middle, *PARAGRAPHS, *FOOTER])


def test_a_long_reworded_headline_ending_in_a_question_mark_is_the_title() -> None:
    # Ten words or more ending in "?" read as the first prose line; it is the headline.
    headline = "Will the new city budget the council approved after a long debate pay off?"
    article = articleclean.clean_text(_page(headline, "By Jane Doe"))
    assert article.title == headline
    assert article.paragraphs == PARAGRAPHS
    assert article.byline == ["Jane Doe"]


def test_a_reworded_headline_under_a_furniture_line_that_reads_as_prose_is_the_title() -> None:
    notice = "Information based on facts and verified first hand by our reporters in the city."
    headline = "Budget approved: city council ends its long debate"
    article = articleclean.clean_text(_page(notice, headline))
    assert article.title == headline
    assert article.paragraphs[-len(PARAGRAPHS) :] == PARAGRAPHS


def test_a_paragraph_retelling_the_headline_past_the_prose_stays_a_paragraph() -> None:
    # Past the first prose line, a line ending in a full stop is the article's text.
    opening = "The council met on Tuesday evening in the old town hall for its last session."
    retelling = "The city council approved the budget after a long debate."
    article = articleclean.clean_text(_page(opening, retelling))
    assert retelling in article.paragraphs
    assert article.title != retelling


def test_the_first_of_a_series_of_like_lines_is_not_the_title() -> None:
    # A table of contents under the first paragraph: "Part 1: …" over "Part 2: …".
    opening = "This guide explains in four parts how the city council decided on its budget."
    contents = [
        "Part 1: The council budget debate",
        "Part 2: The city schools",
        "Part 3: The buses",
    ]
    article = articleclean.clean_text(_page(opening, *contents))
    assert article.title != contents[0]
    assert contents[0] in article.text.splitlines()


TAGLINE = "Our newsroom brings you the news of the city and the region every single day."
"""A site's tagline that reads as prose: the headline stands well past it, beyond the window
in which the reworded and shorter forms are looked for."""


def test_the_headline_printed_under_a_kicker_the_title_line_lacks_is_the_title() -> None:
    # The <title> gives the headline alone; the page prints it after a kicker and a colon.
    printed = "Six hours of talks: City council approves new budget after a long debate"
    article = articleclean.clean_text(_page(TAGLINE, *MENU, printed))
    assert article.title == printed
    assert article.paragraphs[-len(PARAGRAPHS) :] == PARAGRAPHS


def test_the_whole_headline_under_a_title_line_cut_short_is_the_title() -> None:
    headline = "City council approves new budget for schools and buses after a long debate"
    text = "\n".join(
        [
            "City council approves new budget for schools and bu...",
            TAGLINE,
            *MENU,
            *SECTIONS,
            "12.03.2024 10:15",
            headline,
            *PARAGRAPHS,
            *FOOTER,
        ]
    )
    article = articleclean.clean_text(text)
    assert article.title == headline
    assert article.paragraphs == PARAGRAPHS


def test_the_title_lines_own_parts_in_another_order_are_no_headline_with_more() -> None:
    # An article dump: its title, a section line, then a subheading that prints the
    # title's parts the other way round ("Part: Rest" for "Rest - Part"): not the title.
    title = "City council approves new budget - Six hours of debate"
    subheading = "Six hours of debate: City council approves new budget"
    text = "\n\n".join([title, "Politics", subheading, *PARAGRAPHS])
    article = articleclean.clean_text(text)
    assert article.title == title
    assert subheading in article.text.splitlines()


SCHOOLS_TITLE = "Council budget: new money for the schools of the city | City Daily"
STANDFIRST = "The council found the money in the transport budget, and the opposition wants a vote."


def _signed_page(headline: str, signature: str) -> str:
    return "\n".join(
        [
            SCHOOLS_TITLE,
            *MENU,
            *SECTIONS,
            headline,
            STANDFIRST,
            "12 March 2024",
            signature,
            *PARAGRAPHS,
            *FOOTER,
        ]
    )


def test_the_headline_over_a_standfirst_date_and_byline_is_the_title() -> None:
    # Worded apart from the <title> (one topic word shared): its place over the byline,
    # past a standfirst and a date, says it is the page's headline.
    headline = "How will the schools pay their teachers next year?"
    article = articleclean.clean_text(_signed_page(headline, "Jane Doe"))
    assert article.title == headline
    assert article.byline == ["Jane Doe"]
    assert article.paragraphs[-len(PARAGRAPHS) :] == PARAGRAPHS


def test_capitalised_words_the_text_uses_in_lower_case_are_no_byline() -> None:
    # "Grace" is a given name, but the text says "period": a label, not an author.
    headline = "How will the schools pay their teachers next year?"
    label = "Grace Period"
    text = _signed_page(headline, label).replace(
        PARAGRAPHS[0], PARAGRAPHS[0] + " The grace period for the schools ends in May."
    )
    assert articleclean.clean_text(text).title != headline


def test_a_line_over_a_byline_sharing_no_word_with_the_title_line_is_not_the_title() -> None:
    # Another story's headline and its author: nothing of the <title> in it.
    other = "Weather warning for the weekend: heavy rain expected"
    assert articleclean.clean_text(_signed_page(other, "Jane Doe")).title != other
