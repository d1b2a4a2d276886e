"""caption_names_at: the people a picture shows, then with no verb a word that places them
and a year, another person or a known place (round 42, issue 14 item 6)."""

from __future__ import annotations

import pytest

import articleclean

TITLE = "Ferry strike leaves islanders waiting for supplies"
P1 = (
    "The ferry crews walked out on Monday morning after talks over pay broke down late on "
    "Sunday, leaving the island without its daily deliveries of food and fuel."
)
P2 = (
    "The union said the strike would last until the operator made a new offer, and the "
    "council opened an emergency depot at the harbour for the most urgent goods."
)
TITEL = "Fährstreik lässt die Inselbewohner auf Nachschub warten"
ABSATZ1 = (
    "Die Besatzungen der Fähren legten am Montagmorgen die Arbeit nieder, nachdem die "
    "Gespräche über die Löhne am Sonntagabend gescheitert waren."
)
ABSATZ2 = (
    "Die Gewerkschaft kündigte an, der Streik dauere an, bis der Betreiber ein neues Angebot "
    "vorlege; die Gemeinde richtete am Hafen ein Notlager ein."
)
TITULO = "La huelga de los transbordadores deja la isla sin suministros"
PARRAFO1 = (
    "Las tripulaciones de los transbordadores dejaron de trabajar el lunes por la mañana "
    "después de que fracasaran las negociaciones salariales del domingo."
)
PARRAFO2 = (
    "El sindicato dijo que la huelga seguirá hasta que la empresa presente una nueva oferta, "
    "y el ayuntamiento abrió un depósito de emergencia en el puerto."
)


def _en(line: str) -> str:
    return "\n\n".join([TITLE, P1, line, P2])


def _de(line: str) -> str:
    return "\n\n".join([TITEL, ABSATZ1, line, ABSATZ2])


def _es(line: str) -> str:
    return "\n\n".join([TITULO, PARRAFO1, line, PARRAFO2])


def _body(article: articleclean.Article) -> list[str]:
    """The texts the body keeps: paragraphs and headings."""
    return [block.text for block in article.body]


CAPTIONS = [
    _en("Margaret Hill and Tom Baker at the harbour in 2019"),
    _en("Captain Peter Lund with deckhand Sarah Jones"),
    _en("Mayor Helen Price and Daniel Reed during a visit to Glasgow."),
    _de("Betriebsrätin Anna Keller während der Kundgebung 2023 in Kiel"),
    _de("Bürgermeister Jonas Weber mit Kapitänin Lisa Brandt"),
    _es("Lucía Pérez y Manuel Ortega en el puerto de Valencia"),
]


@pytest.mark.parametrize("text", CAPTIONS)
def test_people_placed_without_a_verb_are_a_caption(text: str) -> None:
    line = text.split("\n\n")[2]
    article = articleclean.clean_text(text)
    assert [caption.text for caption in article.captions] == [line]
    assert line not in _body(article)
    assert len(article.paragraphs) == 2


LOOK_ALIKES = [
    # a sentence: the verb after its subject, an aside after a comma
    _en("Margaret Hill won the union vote in 2019 by a wide margin."),
    _de("Anna Keller, in Kiel geboren, führt die Gewerkschaft seit 2019."),
    # a heading naming a person, with no year, person or place after the placing word
    _de("Anna Keller im Interview"),
    _en("Margaret Hill with a warning for the operator"),
    # a list of comments or posts: a name, a placing word, another post's title
    _de("Jonas Weber bei Streik in Kiel: Was die Inseln jetzt brauchen"),
    _en("Tom Baker on Ferry strike in Glasgow, part two"),
    # a question, a line of a menu
    _en("Margaret Hill at the harbour in 2019?"),
    _en("Tom Baker in Glasgow | Harbour News | Ferries"),
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_lines_that_name_someone_and_go_on_stay(text: str) -> None:
    line = text.split("\n\n")[2]
    article = articleclean.clean_text(text)
    assert line in _body(article)
    assert article.captions == []


def test_switch_off_keeps_the_caption_in_the_body() -> None:
    text = CAPTIONS[0]
    line = text.split("\n\n")[2]
    article = articleclean.clean_text(text, caption_names_at=False)
    assert line in _body(article)
    assert article.captions == []
