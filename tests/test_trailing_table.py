"""`trailing_teasers` keeps an article's table printed a cell a line after short
paragraphs (round 33): its header row printed again and its amounts are what a box's
labels and dates look like, but a box prints at most a date and a count under each
headline, and the table's numbers far outnumber its few headline-like lines. Fixtures
invented."""

from __future__ import annotations

import pytest

import articleclean

_TABLE = {
    "de": (
        "Tagesgeld im Vergleich: Was Sparer jetzt bekommen",
        [
            "Die Zinsen für Tagesgeld sind im Frühjahr bei vielen Banken wieder gestiegen.",
            "Wir haben die Angebote von drei großen Banken für verschiedene Beträge verglichen.",
        ],
        ["Anlagebetrag", "Laufzeit", "Zinssatz", "Ertrag"],
        [
            ("1.000 €", "12 Monate", "3,1 %", "31,00 €"),
            ("5.000 €", "12 Monate", "3,1 %", "155,00 €"),
            ("10.000 €", "6 Monate", "2,8 %", "140,00 €"),
        ],
        [
            "Was Verbraucherschützer beim Wechsel raten",
            "Wie die Einlagensicherung in Europa funktioniert",
        ],
    ),
    "en": (
        "Savings accounts compared: what savers get now",
        [
            "Rates on easy-access savings accounts rose again at many banks this spring.",
            "We compared the offers of three large banks for several different amounts.",
        ],
        ["Amount", "Term", "Rate", "Interest"],
        [
            ("£1,000", "12 months", "3.1 %", "£31.00"),
            ("£5,000", "12 months", "3.1 %", "£155.00"),
            ("£10,000", "6 months", "2.8 %", "£140.00"),
        ],
        [
            "What consumer groups advise before switching",
            "How deposit protection works across Europe",
        ],
    ),
}


def _dump(language: str, parts: int) -> tuple[str, list[str]]:
    title, prose, header, rows, closing = _TABLE[language]
    table: list[str] = []
    for part in range(parts):
        table += header
        for row in rows:
            table += row
        rows = rows[part % len(rows) :] + rows[: part % len(rows)]
    return "\n\n".join([title, *prose, *table, *closing]) + "\n", table + closing


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_table_printed_a_cell_a_line_after_short_paragraphs_stays(language: str) -> None:
    text, own = _dump(language, parts=2)
    article = articleclean.clean_text(text)
    body = [line for block in article.body for line in block.text.split("\n")]
    assert [x for x in own if x not in body] == []


def test_a_box_with_a_date_under_each_headline_still_goes() -> None:
    # Guard (passes on main too): one date per story is what a box prints.
    title, prose, *_ = _TABLE["en"]
    box = [
        "Council delays vote on the new bus depot again",
        "12 March 2024",
        "Storm damage closes two schools in the north",
        "11 March 2024",
        "Local bakery wins national bread prize",
        "10 March 2024",
        "Police appeal for witnesses after bridge crash",
        "9 March 2024",
    ]
    text = "\n\n".join(
        [
            title,
            *prose,
            "Savers who moved their money early this year have already earned more.",
            *box,
        ]
    )
    article = articleclean.clean_text(text + "\n")
    body = "\n".join(block.text for block in article.body)
    assert "Local bakery wins national bread prize" not in body
