"""Round 59: the author's name a row of the page's facts printed beside its date, once
trafilatura drops the date's `<time>` ("| von Inga Buller", "MARTINA BERG" on webeval):
the byline, not a removed piece (issue 15, `html_stamp_row_byline`). The rows here are
of no webeval page, in other languages and templates."""

from __future__ import annotations

import pytest

import articleclean

_NL = (
    "De gemeenteraad heeft maandag ingestemd met de nieuwe dienstregeling van de veerboot, "
    "nadat bewoners van het eiland maandenlang hadden gevraagd om een vroegere boot in de "
    "ochtend en een latere boot in de avond."
)


def _page(row: str, *, head: str = "", foot: str = "") -> str:
    return (
        '<html lang="nl"><head><title>Veerboot</title></head><body><article>'
        f"<h1>Nieuwe dienstregeling voor de veerboot</h1>{head}{row}<p>{_NL}</p>"
        f"<p>{_NL} (2)</p><p>{_NL} (3)</p>{foot}</article></body></html>"
    )


def _stamp_removed(article: articleclean.Article) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == "html_stamp_row_rest"]


@pytest.mark.parametrize(
    ("row", "text", "names"),
    [
        # nl: a prefixed byline after the date's separator, as "| von Inga Buller".
        (
            "<p class='datum'><time datetime='2024-05-03'>3 mei 2024</time> | door Sanne "
            "de Vries</p>",
            "| door Sanne de Vries",
            ["Sanne de Vries"],
        ),
        # en: a name in capitals in its own span beside the date (a style sheet's caps).
        (
            "<div class='regel'><span class='naam'>PETER JANSEN</span> "
            "<span><time>May 3, 2024</time></span></div>",
            "PETER JANSEN",
            ["Peter Jansen"],
        ),
        # a bare name and its date with a bullet between.
        (
            "<div class='info'><span>Maria Bakker</span> • <time>03-05-2024</time></div>",
            "Maria Bakker •",
            ["Maria Bakker"],
        ),
    ],
)
def test_a_stamp_rows_name_is_the_byline(row: str, text: str, names: list[str]) -> None:
    article = articleclean.clean_html(_page(row))
    assert article.byline == names
    assert article.metadata["byline_text"] == text
    assert _stamp_removed(article) == []


def test_a_stamp_row_at_the_foot_is_the_byline_too() -> None:
    row = "<p class='datum'><time>3 mei 2024</time> · MARIA BAKKER</p>"
    article = articleclean.clean_html(_page("", foot=row))
    assert article.byline == ["Maria Bakker"]


def test_a_row_naming_no_one_stays_removed() -> None:
    # Guard: a site's or a section's name beside the date is no person's: no known given
    # name opens it; `html_stamp_row_rest` removes it as before.
    for field in ("Redactie Binnenland", "NIEUWS EILANDEN"):
        row = f"<p class='datum'><time>3 mei 2024</time> | {field}</p>"
        article = articleclean.clean_html(_page(row))
        assert article.byline == []
        assert _stamp_removed(article) == [f"| {field}"]


def test_the_byline_the_byline_rules_read_stays() -> None:
    # Guard: a "By" line under the headline is the byline; a stamp row naming someone
    # else further down (a quoted post's) does not replace it.
    byline = "<p>Door Sanne de Vries</p>"
    row = "<p class='datum'><time>2 mei 2024</time> | door Peter Jansen</p>"
    article = articleclean.clean_html(_page("", head=byline, foot=row))
    assert article.byline == ["Sanne de Vries"]


def test_rows_naming_several_people_are_a_thread() -> None:
    # Guard: each reply's row names its writer, each a different person: none of them
    # is the article's author (the rows stay `html_stamp_row_rest`'s).
    replies = (
        ("Peter Jansen", 4, "Eindelijk een boot die past bij mijn werktijden, dank aan de raad."),
        ("Maria Bakker", 5, "Jammer dat de late boot alleen in de zomer vaart, in de winter niet."),
    )
    rows = "".join(
        f"<div class='blok'><p class='wie'><span>{name}</span> <time>{day} mei 2024</time></p>"
        f"<p>{text}</p></div>"
        for name, day, text in replies
    )
    article = articleclean.clean_html(_page("", foot=rows))
    assert article.byline == []
    assert _stamp_removed(article) == ["Peter Jansen", "Maria Bakker"]
