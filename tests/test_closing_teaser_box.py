"""Round 41 (issue 14): a box of other stories that ends the dump under a label of its
own words (`teaser_box`'s `_closing_box`): a short label right under the article's last
paragraph (or under a source line closing it), then two to five headlines sharing no
word with the article, and nothing after them. Invented article; the labels and
headlines are no template's."""

from __future__ import annotations

import articleclean


def _removed(text: str, **switches: bool) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in articleclean.clean_text(text, **switches).removed]


def _body(text: str) -> list[str]:
    return [block.text for block in articleclean.clean_text(text).body]


_BRUECKE = """Sanierung der Rheinbrücke dauert bis zum Herbst

Die Sanierung der alten Rheinbrücke zwischen den beiden Ortsteilen dauert länger als \
geplant. Nach Angaben der Bauverwaltung werden die Arbeiten erst im Herbst abgeschlossen.

Grund sind Schäden an den Lagern, die erst nach dem Abtragen des Belags sichtbar wurden. \
Die Mehrkosten schätzt die Verwaltung auf rund eine Million Euro.

Für Fußgänger und Radfahrer bleibt ein schmaler Streifen auf der Südseite der Brücke \
geöffnet, Autos werden weiter über die Umleitung geführt.
{source}
{label}

Warum Segler den Bodensee im Winter lieben

Neue Ausstellung zeigt Gemälde aus Flandern

Wie ein Bäckermeister sein Handwerk neu erfindet

Sieben Wanderwege für den ersten Frühlingstag
"""


def _text(label: str, source: str = "") -> str:
    return _BRUECKE.format(label=label, source=f"\n{source}\n" if source else "")


_HEADLINES = [
    "Warum Segler den Bodensee im Winter lieben",
    "Neue Ausstellung zeigt Gemälde aus Flandern",
    "Wie ein Bäckermeister sein Handwerk neu erfindet",
    "Sieben Wanderwege für den ersten Frühlingstag",
]


def test_a_closing_box_under_a_label_of_its_own_goes() -> None:
    # Fails on main: no line of the article follows the box, so `_box_at` and
    # `_box_amid_rows` found none, and `trailing_teasers` read the label and its four
    # headlines as the article's own closing list (five lines of one form).
    text = _text("» Fundstücke der Woche")
    assert _removed(text) == [("teaser_box", "» Fundstücke der Woche")] + [
        ("teaser_box", line) for line in _HEADLINES
    ]
    assert _body(text)[-1].startswith("Für Fußgänger und Radfahrer")


def test_a_closing_box_under_a_source_line_goes() -> None:
    # Fails on main: a fact closing the article ("Quelle: …") between its last
    # paragraph and the box.
    text = _text("Quer durchs Land", source="Quelle: Bauverwaltung der Stadt")
    assert [line for _, line in _removed(text)] == ["Quer durchs Land", *_HEADLINES]
    assert "Quelle: Bauverwaltung der Stadt" in _body(text)


def test_a_closing_box_is_switched_off_with_teaser_box() -> None:
    text = _text("» Fundstücke der Woche")
    assert _removed(text, teaser_box=False) == []


def test_a_closing_list_under_a_short_line_of_the_article_stays() -> None:
    # Guard: under a name closing the article (a contact, a signature), the label and
    # the lines under it may be the article's own (the name's role, a contact block):
    # only a paragraph, or a fact under one, vouches for the box.
    text = _text("Quer durchs Land", source="Martina Scholz")
    assert _removed(text) == []


def test_a_closing_list_sharing_the_article_s_words_stays() -> None:
    # Guard: the article's own closing list under its subheading names its topic.
    text = _text("Die Bauabschnitte").replace(
        "Warum Segler den Bodensee im Winter lieben",
        "Erneuerung der Lager unter der Rheinbrücke",
    )
    assert "Die Bauabschnitte" in _body(text)
    assert "Neue Ausstellung zeigt Gemälde aus Flandern" in _body(text)
