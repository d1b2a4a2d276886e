"""Round 58: a row of the page's facts printed without its `<time>` elements, which
trafilatura drops ("Publié le · Mis à jour le", "来源：江城网", "کد خبر: ۴۵۶۷۸۹" in the
fixtures): the markup says the line was the stamp's row (issue 15, `html_stamp_row_rest`).
The rows here are of no fixture, in other languages and templates."""

from __future__ import annotations

import pytest

import articleclean

_ES = (
    "El ayuntamiento aprobó el lunes el nuevo horario del transbordador, después de que los "
    "vecinos de la isla reclamaran durante meses un barco más temprano por la mañana y otro "
    "más tarde por la noche."
)


def _page(row: str, prose: str = _ES) -> str:
    return (
        '<html lang="es"><head><title>Transbordador</title></head><body><article>'
        f"<h1>Nuevo horario del transbordador</h1>{row}<p>{prose}</p><p>{prose} (2)</p>"
        f"<p>{prose} (3)</p></article></body></html>"
    )


def _removed(article: articleclean.Article) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == "html_stamp_row_rest"]


@pytest.mark.parametrize(
    ("row", "rest"),
    [
        # es: two dates' labels around a separator, as the fr fixture's.
        (
            "<p class='fechas'>Publicado el <time>3 de mayo de 2024</time> | Actualizado el "
            "<time>3 de mayo de 2024, 18:40</time></p>",
            "Publicado el | Actualizado el",
        ),
        # it: the date's label and a source field in spans beside the time.
        (
            "<div class='info'><span class='fonte'>Fonte: Agenzia Nova</span> "
            "<span><time datetime='2024-05-03'>3 maggio 2024</time></span></div>",
            "Fonte: Agenzia Nova",
        ),
        # pl: a label whose date is wrapped twice (<span><time>).
        (
            "<div><span class='label'>Opublikowano:</span> "
            "<span class='d'><time>3 maja 2024</time></span></div>",
            "Opublikowano:",
        ),
    ],
)
def test_a_stamp_row_without_its_times_is_removed(row: str, rest: str) -> None:
    article = articleclean.clean_html(_page(row))
    assert _removed(article) == [rest]
    assert rest not in article.paragraphs


def test_a_paragraph_holding_a_time_keeps_its_words() -> None:
    # Guard: a sentence of the article with a <time> in it is the article's, though the
    # extractor drops the time's text.
    sentence = "<p>La vista se celebrará el <time>lunes</time> en el juzgado.</p>"
    article = articleclean.clean_html(_page(sentence))
    assert _removed(article) == []


def test_a_headline_printed_with_its_date_stays() -> None:
    # Guard: a heading with its date in it is a headline, no row of facts (the rule
    # takes body blocks only).
    heading = "<h2>Otro barco en verano <time>3 de mayo</time></h2>"
    article = articleclean.clean_html(_page(heading))
    assert _removed(article) == []


def test_a_card_with_its_time_is_no_row() -> None:
    # Guard: an element holding a paragraph and a time is a card or a post, not a row
    # of facts; its short paragraph is not taken here.
    card = "<div class='post'><p>Nuevo muelle en el puerto</p><time>2 de mayo</time></div>"
    article = articleclean.clean_html(_page(card))
    assert _removed(article) == []
