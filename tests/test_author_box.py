"""Whole-page dumps: the box on the author under the article (round 58). Its heading
("About the author", "AUTOR", "O autorze"), the author's name under it and the note on the
author go, however the note opens: with the given name alone ("Martin has worked as …"),
with its verb after a name the page printed on the line above ("ist Gründungspartner …"),
or with no name at all. `author_note` takes a note only when it opens with the byline's
full name, and these pages have no byline or another name in it. A heading at the top over
the byline and the first paragraph, and a heading over a paragraph the article goes on
under, stay. Fixtures invented."""

from __future__ import annotations

from council_page import FOOTER, HEADLINE, MENU, SECTIONS, kept_lines, removed_rules

_REPORT = [
    "The city council approved a new budget for schools and public transport on Tuesday, "
    "after councillors from every ward voted on the plan of the finance committee.",
    "The budget raises spending on schools by four per cent and on public transport by "
    "six per cent, while the administrative costs of the city fall for the second year.",
    "Councillors who voted against the budget argued that the finance committee relied "
    "on optimistic forecasts of tax revenue for the coming two years.",
    "The mayor said the vote showed that the council could work together on difficult "
    "questions, and that schools and public transport would feel the budget first.",
]
_NOTE = (
    "Martin has reported on city politics since 2007, although his career in journalism "
    "began at a radio station in 2001, and he teaches reporting at the local college."
)


def test_a_note_under_about_the_author_goes() -> None:
    box = ["About the author", _NOTE, "Hire Martin"]
    lines = [*MENU, *SECTIONS, HEADLINE, *_REPORT, *box, *FOOTER]
    kept = kept_lines(lines)
    assert all(line in kept for line in _REPORT)
    assert _NOTE not in kept  # (main keeps it: no byline names Martin)
    assert removed_rules(lines)[_NOTE] == "author_box"


def test_a_heading_and_name_over_a_note_opening_with_its_verb_go() -> None:
    note = (
        "ist Gründungspartner der Kanzlei Roe und Partner in Berlin und berät seit vielen "
        "Jahren Unternehmen in Fragen des Datenschutzes."
    )
    box = ["AUTOR", "Dr. Jane Roe", note, "Themen: Datenschutz, Urteil"]
    lines = [*MENU, *SECTIONS, HEADLINE, *_REPORT, *box, *FOOTER]
    kept = kept_lines(lines)
    assert all(line in kept for line in _REPORT)
    assert note not in kept  # (main keeps it)
    assert removed_rules(lines)[note] == "author_box"


def test_a_heading_over_the_byline_and_first_paragraph_stays() -> None:
    # At the top, "Autor:" labels the byline; the prose under it is the article's, even
    # a first paragraph standing alone over a subheading.
    byline = ["Autor:", "Jane Roe"]
    lines = [
        *MENU,
        *SECTIONS,
        HEADLINE,
        *byline,
        _REPORT[0],
        "Budget in numbers",
        *_REPORT[1:],
        *FOOTER,
    ]
    kept = kept_lines(lines)
    assert all(line in kept for line in _REPORT)


def test_a_heading_over_a_paragraph_the_article_goes_on_under_stays() -> None:
    # Two paragraphs under the heading: the article's own section, not a box's note.
    more = [
        "The author of the plan, the head of the finance committee, said the schools of "
        "every ward had asked for the money for more than three years.",
        "She added that the committee would publish its forecasts for the coming two "
        "years before the council meets again in the spring.",
    ]
    lines = [*MENU, *SECTIONS, HEADLINE, *_REPORT, "The author", *more, *FOOTER]
    kept = kept_lines(lines)
    assert all(line in kept for line in [*_REPORT, *more])
