"""`teaser_box`: a box's label between a bulleted list's rows is no row of the list when
it opens with another sign or carries marks the rows lack (invented articles; the
headings and headlines are no template's)."""

from __future__ import annotations

import articleclean

_BOX = """Neue Fähre verbindet die Insel mit dem Festland

Aufsteiger gewinnt das Derby in letzter Minute

Bäckerei am Markt schließt nach vierzig Jahren"""

_DOUGH = """Mürbeteig für zwei Tartes

Ein Grundteig, der sich eingewickelt drei Tage im Kühlschrank hält und für süße wie \
herzhafte Tartes taugt.

- 300 g Mehl

- Prise Salz

{heading}

{box}

- 2 Eigelb, gut verquirlt

Alle Zutaten rasch zu einem glatten Teig verkneten, in Folie wickeln und mindestens \
eine Stunde kalt stellen, bevor er ausgerollt wird.
"""


def _taken(text: str) -> list[str]:
    article = articleclean.clean_text(text)
    return [r.text for r in article.removed if r.rule == "teaser_box"]


def _body(text: str) -> list[str]:
    return [b.text for b in articleclean.clean_text(text).body]


def test_a_label_bulleted_with_another_sign_is_no_row_of_the_list() -> None:
    # Fails on main: any two bulleted lines were read as rows of one list, so "* Gerade
    # beliebt" under "- Prise Salz" was the list's next row and the box under it stayed.
    heading = "* Gerade beliebt"
    text = _DOUGH.format(heading=heading, box=_BOX)
    assert _taken(text) == [heading, *_BOX.split("\n\n")]
    body = _body(text)
    assert "- Prise Salz" in body
    assert "- 2 Eigelb, gut verquirlt" in body


def test_a_label_with_marks_the_rows_lack_is_no_row_of_the_list() -> None:
    # Fails on main: a marked label counted as apart from the short row above only when
    # that row carried no mark at all; "- Prise Salz" carries its bullet, not "»".
    heading = "» Gerade beliebt"
    text = _DOUGH.format(heading=heading, box=_BOX)
    assert _taken(text) == [heading, *_BOX.split("\n\n")]
    body = _body(text)
    assert "- Prise Salz" in body
    assert "- 2 Eigelb, gut verquirlt" in body


def test_a_row_bulleted_as_the_rows_above_is_their_next_row() -> None:
    # Guard (passes on main and on the branch; fails when a bulleted short line under
    # rows bulleted alike is read as a box's label): the run under it stays.
    text = _DOUGH.format(heading="- Eine Prise Zucker", box=_BOX)
    assert _taken(text) == []
    assert "- Eine Prise Zucker" in _body(text)
