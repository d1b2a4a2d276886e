"""Round 40 (issue 14): the heading of a box amid a list's rows, read as its headlines
are (`teaser_box`'s `_far_off_topic_box`): in a text that capitalises its nouns, a short
word of the heading in lower case ("andere", "gerade") is the language's, however many
paragraphs use it. Invented article; the heading and headlines are no template's."""

from __future__ import annotations

import articleclean


def _removed(text: str) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in articleclean.clean_text(text).removed]


def _body(text: str) -> list[str]:
    return [block.text for block in articleclean.clean_text(text).body]


_WASSER = """Stadtwerke erhöhen den Wasserpreis zum ersten Januar

Die Stadtwerke erhöhen den Preis für Trinkwasser zum ersten Januar um zwölf Prozent. Diese \
Entscheidung hat der Aufsichtsrat gerade getroffen, andere Fraktionen stimmten zu.

Begründet wird der Schritt mit den gestiegenen Kosten für Energie. Diese Kosten müssen die \
Stadtwerke gerade an andere Kunden weitergeben, heißt es in der Vorlage.

Was sich für Haushalte ändert:

- Der Grundpreis steigt um vier Euro im Jahr

{heading}

Warum Radfahrer jetzt Helm tragen müssen

Feuerwehr rettet Katze vom Kirchturm

- Der Preis je Kubikmeter steigt um achtzehn Cent

Für Familien mit geringem Einkommen will die Stadt einen Härtefallfonds einrichten, über den \
der Rat im Februar entscheiden soll.
"""


def test_a_heading_amid_rows_tied_by_lowercase_common_words_goes() -> None:
    # Fails on main: with no prose around it, the box's heading was read in the wider
    # way, and "andere" and "gerade" stand in two paragraphs in lower case: the heading
    # counted as the article's and the box stayed. Read as its headlines are, they are
    # the language's words in a text that capitalises its nouns.
    heading = "Was andere gerade suchen"
    text = _WASSER.format(heading=heading)
    assert [line for _, line in _removed(text)] == [
        heading,
        "Warum Radfahrer jetzt Helm tragen müssen",
        "Feuerwehr rettet Katze vom Kirchturm",
    ]
    assert "- Der Preis je Kubikmeter steigt um achtzehn Cent" in _body(text)


def test_a_heading_amid_rows_with_a_noun_of_the_article_stays() -> None:
    # Guard (passes on main and on the branch): "Kosten" is written capitalised inside a
    # sentence of the article: a label of its own section.
    heading = "Kosten im Blick"
    text = _WASSER.format(heading=heading)
    assert heading in _body(text)
    assert "Feuerwehr rettet Katze vom Kirchturm" in _body(text)
