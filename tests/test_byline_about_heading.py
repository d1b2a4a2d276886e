"""An author box after the article headed with the author's name (round 53, aboutbox).

"About Jane Doe" / "Jane Doe is a staff writer …" (also "Über …", "À propos de …",
"Sobre …", "Acerca de …", "Informazioni su …", Dutch "Over …"): the name is read out of
the heading (`names.about_heading_name`: one bare name opening with a known given name)
when the line under it is a note on that person (it opens with the name or the given
name as a sentence and reads as one: a role word, "is a", "writes"). Boxes about the
article's subject print the same heading: a company, a product or a place has no given
name first, and a name the article's prose writes is its subject, not its author."""

from __future__ import annotations

import pytest

from english_page import ARTICLE_EN, article_kept, clean_tech_page

_NOTE = "Greta Lindqvist is a staff writer who covers batteries and the energy market for us."


@pytest.mark.parametrize(
    "heading",
    ["About Greta Lindqvist", "Über Greta Lindqvist", "À propos de Greta Lindqvist"],
)
def test_the_heading_names_the_author(heading: str) -> None:
    # Fails on main: the byline was not found (the name stands only in the heading).
    article = clean_tech_page([*ARTICLE_EN, heading, _NOTE])
    assert article.byline == ["Greta Lindqvist"]
    assert article_kept(article)


def test_a_note_opening_with_the_given_name() -> None:
    # Fails on main, as above.
    note = "Greta writes about batteries, the energy market and the grid for the magazine."
    article = clean_tech_page([*ARTICLE_EN, "About Greta Lindqvist", note])
    assert article.byline == ["Greta Lindqvist"]


def test_guard_a_box_on_a_company() -> None:
    # Guard (passes on main): no given name opens "Acme Corp".
    note = "Acme Corp is a maker of batteries for cars and homes, founded in 1990 in Ohio."
    article = clean_tech_page([*ARTICLE_EN, "About Acme Corp", note])
    assert article.byline == []


def test_guard_a_note_that_is_no_note_on_a_person() -> None:
    # Guard (passes on main; fails without the note's cue): the heading reads as a name,
    # the line under it opens with it but says nothing of a person's work.
    note = "Greta Lindqvist and the town hall: the square, the fountain and the old market."
    article = clean_tech_page([*ARTICLE_EN, "About Greta Lindqvist", note])
    assert article.byline == []


def test_heading_reader() -> None:
    # Fails on main (no such reader; byline_names read "About Jane Doe" whole).
    from articleclean.names import about_heading_name, byline_names

    assert about_heading_name("About Jane Doe") == "Jane Doe"
    assert about_heading_name("Informazioni su Jane Doe") == "Jane Doe"
    assert about_heading_name("About Acme Corp") is None
    assert about_heading_name("About the study") is None
    assert about_heading_name("Sobre Buenos Aires") is None
    assert byline_names("Über Jane Doe") == ["Jane Doe"]


def test_guard_a_box_on_the_articles_subject() -> None:
    # Guard (passes on main): the article's prose names the person the box is about (a
    # portrait's subject, an interviewee), so the heading does not name its author.
    said = (
        "Greta Lindqvist, who runs the plant, said the first batteries would leave it by "
        "the spring of next year."
    )
    article = clean_tech_page([*ARTICLE_EN, said, "About Greta Lindqvist", _NOTE])
    assert article.byline == []
    assert article_kept(article)
