"""A label over a copied table's rows ("Technické parametry" over "Objem<TAB>23 l", …):
`section_heading` reads it as the table's heading, as a label over prose. A table copied
from a page prints its cells split by a tab; the label over it has none."""

from __future__ import annotations

import articleclean

_HEAD = [
    "Test mikrovlnné trouby Sencor SMW 6023: levná, ale překvapivě schopná",
    "Autor: Tomáš Novák",
    "Mikrovlnné trouby do tří tisíc korun mají pověst hlučných krabic, které ohřívají "
    "nerovnoměrně. Sencor SMW 6023 s grilem za 2 490 korun ukazuje, že to neplatí vždy.",
]
_ROWS = ["Objem\t23 l", "Výkon mikrovln\t800 W", "Výkon grilu\t1 000 W", "Cena\t2 490 Kč"]
_TAIL = [
    "Talíř s hotovým jídlem se při plném výkonu ohřál za dvě a půl minuty a teplota byla "
    "rovnoměrná po celé ploše, což u levných trub není samozřejmost.",
]


def _clean(lines: list[str]) -> articleclean.Article:
    return articleclean.clean_text("\n".join(lines) + "\n")


def test_a_label_over_tab_separated_rows_is_a_heading() -> None:
    # Fails on main: the label stays a paragraph (a heading needs prose under it).
    article = _clean([*_HEAD, "Technické parametry", *_ROWS, *_TAIL])
    headings = article.headings
    assert "Technické parametry" in headings


def test_one_row_under_the_label_is_no_table() -> None:
    # A line with a tab alone under a label: no table shown, the label stays as it was.
    article = _clean([*_HEAD, "Technické parametry", _ROWS[0], *_TAIL])
    headings = article.headings
    assert "Technické parametry" not in headings


def test_a_row_over_rows_is_no_heading() -> None:
    # The table's own first row (cells split by a tab) is a row, not its heading.
    article = _clean([*_HEAD, *_ROWS, *_TAIL])
    headings = article.headings
    assert not any("\t" in h or h in _ROWS for h in headings)
