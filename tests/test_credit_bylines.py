"""Credits that are not the author's: a translator, a photographer or illustrator, an
editor or a fact-checker. They give no author; the author's own byline wins."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.names import ends_in_credit, is_byline_mark, is_credit, parse_byline
from articleclean.readers.html_meta import page_metadata
from articleclean.readers.html_parse import parse_html
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE, page_dump

# --- the phrases --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Translated by Jane Doe",
        "Übersetzt von Roland Hildebrandt",
        "Aus dem Englischen von Anna Schmidt",
        "Traducido por Ana García",
        "Traduit par Marie Dupont",
        "Tradução: João Silva",
        "Photos by John Roe",
        "Fotos: Peter Müller",
        "Illustration by Sam Lee",
        "Edited by Jane Doe",
        "Medically reviewed by Dr. Jane Doe",
        "Fact checked by John Roe",
    ],
)
def test_a_credit_line_is_no_byline(line: str) -> None:
    assert is_credit(line)
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe",
        "Von Adrian Padeanu",
        "Por Ana García",
        "Par Marie Dupont",
        "Text: Anna Schmidt",
        "Photographer Jane Doe",  # a word that opens with a credit's word
    ],
)
def test_an_authors_byline_is_no_credit(line: str) -> None:
    assert not is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "12.03.2023 Übersetzt von Roland Hildebrandt",
        "25 de mayo de 2023 traducido por Ana García",
        "3 mars 2023, traduit par Marie Dupont",
        "March 3, 2023 translated by Jane Doe",
    ],
)
def test_a_credit_after_a_date_names_no_author(line: str) -> None:
    assert parse_byline(line) is None


def test_an_author_after_a_date_is_still_read() -> None:
    assert parse_byline("12.03.2023 von Adrian Padeanu") == ["Adrian Padeanu"]


@pytest.mark.parametrize(
    "line",
    ["Translated by", "Photos by", "Übersetzt von:", "Traducido por", "Fact checked by"],
)
def test_a_credits_label_marks_no_byline_below(line: str) -> None:
    assert ends_in_credit(line)
    assert not is_byline_mark(line)


@pytest.mark.parametrize("line", ["By", "Von:", "Ein Beitrag von:", "Por"])
def test_a_byline_prefix_still_marks_the_name_below(line: str) -> None:
    assert not ends_in_credit(line)
    assert is_byline_mark(line)


# --- text dumps ---------------------------------------------------------------------


def _page_de(box: list[str]) -> str:
    return page_dump("Technik Magazin", MENU_DE, ARTICLE_DE, box, FOOTER_DE)


def test_a_translators_box_after_the_article_gives_no_byline() -> None:
    box = [
        "Übersetzt von:",
        "Roland Hildebrandt",
        "Roland Hildebrandt übersetzt seit Jahren Artikel für das Technik Magazin aus dem Englischen.",
    ]
    assert articleclean.clean_text(_page_de(box)).byline == []


def test_the_authors_box_wins_over_the_translators() -> None:
    box = [
        "Ein Beitrag von:",
        "Alexandra Ilina",
        "Übersetzt von:",
        "Roland Hildebrandt",
        "Alexandra Ilina ist Redakteurin beim Technik Magazin. Nach dem Studium schrieb sie für mehrere Zeitungen über Energie.",
    ]
    assert articleclean.clean_text(_page_de(box)).byline == ["Alexandra Ilina"]


def test_by_jane_doe_with_a_photos_by_line_gives_jane_doe() -> None:
    text = "\n".join(
        [
            "Storm floods the harbour district overnight",
            "By Jane Doe",
            "Photos by John Roe",
            "A storm flooded the harbour district overnight, leaving hundreds of homes without power and roads closed.",
            "Emergency crews worked through the night to pump water from basements and clear debris from the streets.",
            "Officials said the damage would take weeks to repair and asked residents to stay away from the waterfront.",
        ]
    )
    assert articleclean.clean_text(text).byline == ["Jane Doe"]


# --- HTML pages ---------------------------------------------------------------------


def _authors(html: str) -> list[str]:
    tree = parse_html(html)
    assert tree is not None
    return page_metadata(tree, None).authors


def test_a_translators_author_element_is_not_the_author() -> None:
    html = (
        "<html><body><h1>Der neue Kombi im Test</h1>"
        '<div class="postAuthorBox"><div class="postAuthor"><span class="name">'
        '<span class="label">Von</span>: Adrian Padeanu</span></div>'
        '<div class="postAuthor"><span class="name"><span class="label">Übersetzt von</span>: '
        '<span class="author author-js-link">Roland Hildebrandt</span></span></div></div>'
        "<p>Text des Artikels.</p></body></html>"
    )
    assert _authors(html) == ["Adrian Padeanu"]


@pytest.mark.parametrize(
    "label",
    [
        "Übersetzt von:",
        "Translated by",
        "Traducido por",
        "Traduit par",
        "Photos by",
        "Fact checked by",
    ],
)
def test_only_a_credit_gives_no_author(label: str) -> None:
    html = (
        "<html><body><h1>Storm hits the coast</h1>"
        f'<p>{label} <span class="author">Roland Hildebrandt</span></p>'
        "<p>Text of the story.</p></body></html>"
    )
    assert _authors(html) == []


def test_by_jane_doe_wins_over_a_photographers_author_element_above_it() -> None:
    html = (
        "<html><body><h1>Storm hits the coast</h1>"
        '<figure><img src="a.jpg"></figure><p>Photos by <a rel="author" href="/p/jr">John Roe</a></p>'
        '<div class="byline">By <a rel="author" href="/a/jd">Jane Doe</a></div>'
        "<p>Text of the story.</p></body></html>"
    )
    assert _authors(html) == ["Jane Doe"]


# --- "Text: Name" in the languages that sign a text so ---------------------------------

_TEXT_SIGNED = [
    (
        "Texte : Marie Dupont",
        "La cuisine de grand-mère revient à la mode",
        "Les recettes traditionnelles connaissent un regain d'intérêt chez les jeunes "
        "cuisiniers, qui redécouvrent les plats mijotés de leur enfance.",
    ),
    (
        "Texto: Carlos Pérez",
        "El nuevo museo abre sus puertas",
        "El nuevo museo de arte contemporáneo abrió sus puertas el lunes con una "
        "exposición dedicada a los artistas jóvenes de la región.",
    ),
    (
        "Tekst: Anna Kowalska",
        "Nowa linia tramwajowa otwarta",
        "Nowa linia tramwajowa połączyła w poniedziałek centrum miasta z osiedlami na "
        "północy, skracając czas dojazdu o kwadrans.",
    ),
    (
        "Testo: Giulia Bianchi",
        "Il nuovo ponte apre al traffico",
        "Il nuovo ponte sul fiume è stato aperto al traffico lunedì mattina, dopo tre anni "
        "di lavori e molti ritardi.",
    ),
]


@pytest.mark.parametrize(("line", "title", "paragraph"), _TEXT_SIGNED)
def test_a_text_signed_with_the_word_for_text_names_its_author(
    line: str, title: str, paragraph: str
) -> None:
    article = articleclean.clean_text(f"{title}\n{line}\n{paragraph}\n{paragraph}\n")
    assert article.byline == [line.split(":", 1)[1].strip()]
    assert line not in [block.text for block in article.body]


@pytest.mark.parametrize(
    "line", ["Texto: Ley 2/2023 del Parlamento", "Texte : voir le document officiel"]
)
def test_the_word_for_text_before_no_name_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None
