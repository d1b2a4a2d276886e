"""Markdown dumps (issue 14, round 58 mdbylines2): bylines a page's html-text dump gives
and its Markdown dump did not. A row of linked names under the headline ("[Jane Doe](…),
[John Roe](…)"; a name and its date, each linked) is a row of links to
`markdown_link_row`, and the byline rules now read it when it is names linked to two
places or more (a card's link, written on each of its lines, goes to one); a byline
parted from the lines around it by a hard break ("Article by  " / "Jane Doe", "Why it
matters?  " / "von Jane Doe"), which a page prints as a `<br>`, is a line of its own."""

from __future__ import annotations

import articleclean
from accounting import unaccounted
from articleclean.readers.markdown import read_markdown

_HEADLINE = "# Council approves road budget after long debate\n\n"
_PROSE = (
    "The council approved the new budget on Tuesday after a long debate about the cost "
    "of repairing the town's roads and bridges.\n\n"
    "The mayor said the plan would be paid for without raising local taxes this year.\n\n"
    "Work on the first bridge is due to start in the spring, the council said.\n\n"
    "[Home](https://example.com/) [News](https://example.com/news) "
    "[Contact](https://example.com/contact)\n"
)


def _clean(text: str) -> articleclean.Article:
    article = articleclean.clean_text(text)
    assert unaccounted(text, article) == []
    return article


def test_linked_names_under_the_headline_are_the_byline() -> None:
    # fails on main: the row was `markdown_link_row`'s, and the byline none
    text = (
        _HEADLINE
        + "[Jane Doe](https://example.com/author/jane-doe), "
        + "[John Roe](https://example.com/author/john-roe)\n\n"
        + _PROSE
    )
    article = _clean(text)
    assert article.byline == ["Jane Doe", "John Roe"]
    assert all("Jane Doe" not in removal.text for removal in article.removed)


def test_a_linked_name_and_its_linked_date_are_the_byline() -> None:
    # fails on main: "[Jane Doe](/author/…), [03.11.2023 15:32 Uhr](/archiv/…)"
    text = (
        _HEADLINE
        + "[Jane Doe](/author/jane-doe), \n[03.11.2023 15:32 Uhr](/archiv/2023/11/03/)\n\n"
        + _PROSE
    )
    assert _clean(text).byline == ["Jane Doe"]


def test_a_rows_targets_are_counted_once_each() -> None:
    # fails on main (no `Marks.targets`): a card's link written on each of its lines goes
    # to one place; a name and a date linked apart go to two
    card = read_markdown("[3 May 2024\nJane Doe\n\nRead more](https://example.com/teaser)\n")
    assert card.segments[0].marks is not None and card.segments[0].marks.targets == 1
    row = read_markdown("[Jane Doe](/author/jane), [3 May 2024](/2024/05/03)\n")
    assert row.segments[0].marks is not None and row.segments[0].marks.targets == 2


def test_a_row_of_sections_under_the_headline_is_no_byline() -> None:
    # guard: a row of sections or tags is no names, and stays a removed row of links
    text = _HEADLINE + "[Politik](/politik), [Wirtschaft](/wirtschaft), [Kultur](/kultur)\n\n"
    article = _clean(text + _PROSE)
    assert article.byline == []
    assert any(
        removal.rule == "markdown_link_row" and "Politik" in removal.text
        for removal in article.removed
    )


def test_a_row_of_people_s_tag_pages_under_the_headline_is_no_byline() -> None:
    # fails without `Marks.tag_targets`: the story's subjects, linked to the site's tag or
    # topic pages, opened with given names and went to two places, so they were the byline
    for row in (
        "[Donald Trump](/tag/donald-trump), [Joe Biden](/tag/joe-biden)",
        "[Donald Trump](https://example.com/topics/trump) [Joe Biden](https://example.com/topics/biden)",
        "[Olaf Scholz](/thema/olaf-scholz), [Friedrich Merz](/thema/friedrich-merz)",
    ):
        article = _clean(_HEADLINE + row + "\n\n" + _PROSE)
        assert article.byline == [], row
    segment = read_markdown("[Jane Doe](/tag/jane-doe), [John Roe](/tags/john-roe)\n").segments[0]
    assert segment.marks is not None and segment.marks.tag_links == ("Jane Doe", "John Roe")


def test_a_category_s_link_beside_a_linked_byline_keeps_it() -> None:
    # guard: the category is no person ("[Jane Doe](/author/…) [date](/…) [Politik](/category/…)")
    text = (
        _HEADLINE
        + "[Jane Doe](https://example.com/author/jane-doe)\n"
        + "[11/08/2020](https://example.com/council-budget/)\n"
        + "[Politik](https://example.com/category/politik/)\n\n"
        + _PROSE
    )
    assert _clean(text).byline == ["Jane Doe"]


def test_a_card_with_a_date_and_a_name_is_no_byline_row() -> None:
    # guard: a teaser card's link over its lines (one target) is not read as linked names
    segments = read_markdown("[Helen Smith\nJohn Roe](https://example.com/teaser)\n").segments
    from articleclean.rules.structure import _linked_names

    assert segments[0].marks is not None and segments[0].marks.targets == 1
    assert not _linked_names(segments[0])


def test_a_prefix_before_a_hard_break_marks_the_name_under_it() -> None:
    # fails on main: "Article by  " / "Jane Doe" was one paragraph, "Article by Jane Doe"
    text = _HEADLINE + "Article by  \nJane Doe\n\n" + _PROSE
    article = _clean(text)
    assert article.byline == ["Jane Doe"]


def test_a_byline_after_a_hard_break_is_a_line_of_its_own() -> None:
    # fails on main: "Warum sie wichtig ist?  " / "von Georg Greve" joined as one paragraph
    segments = read_markdown(
        "Was ist Freie Software und warum ist sie wichtig?  \nvon Georg Greve  \n"
    ).segments
    assert [segment.text for segment in segments] == [
        "Was ist Freie Software und warum ist sie wichtig?",
        "von Georg Greve",
    ]
    texts = [
        s.text
        for s in read_markdown(
            "**Autor:** [Jane Doe](/profil/207)   \n**Tags:** [a](/a), [b](/b)\n"
        ).segments
    ]
    assert texts[0] == "Autor: Jane Doe"


def test_other_hard_breaks_keep_the_paragraph_joined() -> None:
    # guard: an address, a verse, a sentence over a break stay one paragraph
    for text in (
        "Stadtverwaltung  \nMarktplatz 1  \n12345 Musterstadt\n",
        "The road was long  \nand the night was cold  \nbut we walked on by the river.\n",
        "Photographs by  \nthe author's family, kept for years in a box.\n",
    ):
        assert len(read_markdown(text).segments) == 1, text


def test_a_target_with_parentheses_is_read_to_its_end() -> None:
    # fails on main: the first ")" ended the link, "…format(jpeg)/jane.png)" was printed
    # and a line of pictures alone read as text
    from articleclean.readers.markdown import inline_text

    assert inline_text("[Mercury](https://en.wikipedia.org/wiki/Mercury_(planet)) is hot") == (
        "Mercury is hot"
    )
    assert inline_text("[Abbrechen](javascript:void(0);)") == "Abbrechen"
    segments = read_markdown(
        "![Jane Doe](https://example.com/r/filters:format(jpeg)/jane.png)\n"
    ).segments
    assert segments[0].marks is not None and segments[0].marks.pictures
    assert inline_text("[Home](https://example.com/ )") == "Home"


def test_a_path_or_address_with_spaces_is_read_to_its_end() -> None:
    # fails on main: "[Felipe Morales Sierra](/autores/Felipe Morales/)" stayed printed;
    # guards: a title after the target, and another scheme's space, end it as before
    from articleclean.readers.markdown import inline_text

    assert inline_text("### [Felipe Morales Sierra](/autores/Felipe Morales/)") == (
        "### Felipe Morales Sierra"
    )
    assert inline_text('[Home](/home "Go home") and more') == "Home and more"
    assert inline_text("[Send](whatsapp://send?text=Hey there)") == (
        "[Send](whatsapp://send?text=Hey there)"
    )


def test_linked_names_with_only_spaces_between_are_not_read_as_one_name() -> None:
    # fails without the guard in `_linked_names`: "Jane Doe John Roe" was the byline, one
    # name of four words
    text = _HEADLINE + "[Jane Doe](/author/jane) [John Roe](/author/john)\n\n" + _PROSE
    assert _clean(text).byline == []
