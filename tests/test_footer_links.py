"""footer_links (round 44): a row of the site's footer links printed on one line of a text
dump goes, wherever it stands; a line that only looks like one stays."""

from __future__ import annotations

import pytest

import articleclean

HEADLINE = "Stadtrat beschließt neuen Radweg entlang der Uferstraße"
PARAGRAPHS = (
    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, entlang der "
    "Uferstraße einen durchgehenden Radweg anzulegen.",
    "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und rund acht Monate dauern, "
    "teilte die Verwaltung mit.",
    "Anwohner hatten sich seit Jahren für eine sichere Verbindung zwischen Altstadt und "
    "Bahnhof eingesetzt.",
)

ROWS = [
    "Impressum & Datenschutz",
    "Kontakt | Datenschutz | Impressum",
    "Über uns | Autoren | Kontakt | Datenschutz | Impressum | AGB",
    "Allgemeine Nutzungsbedingungen | Datenschutzrichtlinie | Impressum/Offenlegung | Werben auf beispiel.at",
    "Plan du site | Se connecter | Contact | RSS 2.0",
    "IMPRESSUM | DATENSCHUTZ | COPYRIGHT JANE DOE | A SITE BY EXAMPLE",
    "Archiv – RSS – Impressum – Datenschutz – 2009-2020 by Jane Doe",
]


def _dump(*tail: str) -> str:
    return "\n".join([HEADLINE, *PARAGRAPHS, *tail]) + "\n"


@pytest.mark.parametrize("row", ROWS)
def test_footer_row_under_the_article_goes(row: str) -> None:
    article = articleclean.clean_text(_dump(row))
    assert [r.rule for r in article.removed if r.text == row] == ["footer_links"]
    assert [b.text for b in article.body] == list(PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        # Items, but none of them a notice label.
        "Berlin | Hamburg | München | Köln",
        "Äpfel & Birnen",
        # One notice label among two items only, and a long one.
        "Kontakt zur Redaktion | Leserbriefe",
        # A sentence naming the labels keeps its words: no separator splits it.
        "Wer Fragen hat, findet Kontakt und Impressum auf der Seite des Vereins.",
    ],
)
def test_look_alikes_stay(line: str) -> None:
    article = articleclean.clean_text(_dump(line))
    assert line in [b.text for b in article.body]


def test_an_imprint_page_keeps_its_title() -> None:
    # The page's title names the page, its site and town: three items, one a notice label.
    title = "Impressum - Example Media | Musterstadt"
    text = "\n".join([title, "Impressum", *PARAGRAPHS, "Kontakt | Datenschutz | Impressum"]) + "\n"
    article = articleclean.clean_text(text)
    assert "footer_links" not in [r.rule for r in article.removed if r.text == title]


def test_a_long_line_with_the_labels_is_text() -> None:
    line = (
        "Kontakt | Impressum: Wer den Verein erreichen will, schreibt an die Adresse im "
        "Impressum oder ruft montags bis freitags zwischen neun und zwölf Uhr im Büro an, "
        "heißt es dort"
    )
    article = articleclean.clean_text(_dump(line))
    assert "footer_links" not in [r.rule for r in article.removed]


def test_switched_off_the_row_stays() -> None:
    row = ROWS[1]
    cleaner = articleclean.Cleaner(articleclean.CleanerConfig(footer_links=False))
    article = cleaner.clean_text(_dump(row))
    assert "footer_links" not in [r.rule for r in article.removed]


def test_not_asked_on_html() -> None:
    html = (
        "<html><body><article><h1>"
        + HEADLINE
        + "</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "<p>Kontakt | Datenschutz | Impressum</p></article></body></html>"
    )
    article = articleclean.clean_html(html)
    assert "footer_links" not in [r.rule for r in article.removed]
