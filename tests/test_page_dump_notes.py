"""Whole-page dumps: the article's notes under its prose stay (round 38). A post that
cites its sources as "[1]", "[2]" lists them after its last paragraph, one a line,
"[1] https://…": rows that share no words with the prose and read as no sentence, so
they went with the page's furniture after the run of prose. A line that opens with a
marker the prose cites is the article's note; numbered rows the prose does not cite
(a box of other stories) still go. Fixtures invented."""

from __future__ import annotations

import articleclean
from council_page import FOOTER, HEADLINE, MENU, SECTIONS

_PROSE = [
    "The city council approved a new budget on Tuesday after a debate that lasted more "
    "than six hours, according to the minutes [1].",
    "The budget raises spending on schools and public transport while cutting the "
    "administrative costs of the city, as the finance committee had proposed [2].",
    "Opponents argued that the plan relied on optimistic forecasts of tax revenue for "
    "the coming two years, citing the regional audit office [3].",
    "The mayor said the vote showed that the council could work together on difficult "
    "questions, and that the next budget would follow the same rules.",
]
_NOTES = [
    "[1] https://council.example.org/minutes/2023-03-14",
    "[2] https://council.example.org/finance/proposal-2024.pdf",
    "[3] https://audit.example.org/reports/regional-forecasts",
]
_DE_HEADLINE = "Gemeinderat beschließt neuen Haushalt nach langer Debatte"
_DE_PROSE = [
    "Der Gemeinderat hat am Dienstag nach einer mehr als sechsstündigen Debatte einen "
    "neuen Haushalt beschlossen, wie aus dem Protokoll hervorgeht [1].",
    "Der Haushalt erhöht die Ausgaben für Schulen und den Nahverkehr und senkt zugleich "
    "die Verwaltungskosten der Stadt, wie es der Finanzausschuss vorgeschlagen hatte [2].",
    "Die Opposition hielt dem Plan vor, er beruhe auf zu optimistischen Schätzungen der "
    "Steuereinnahmen für die kommenden zwei Jahre.",
    "Der Bürgermeister sagte, die Abstimmung zeige, dass der Rat auch bei schwierigen "
    "Fragen zusammenarbeiten könne.",
]
_DE_NOTES = [
    "[1] https://rat.example.de/protokolle/sitzung-maerz",
    "[2] https://rat.example.de/vorlagen/haushalt-entwurf",
]
_DE_MENU = ["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Kontakt"]
_DE_FOOTER = ["Impressum", "Datenschutz", "Mediadaten", "Abo", "Archiv", "Karriere"]


def test_notes_the_prose_cites_stay_after_the_article() -> None:
    lines = [*MENU, *SECTIONS, HEADLINE, *_PROSE, *_NOTES, *FOOTER]
    article = articleclean.clean_text("\n".join(lines), dump="page")
    kept = article.text.splitlines()
    assert [note for note in _NOTES if note not in kept] == []
    assert not set(kept) & set(FOOTER)


def test_german_notes_the_prose_cites_stay_after_the_article() -> None:
    lines = [*_DE_MENU, _DE_HEADLINE, *_DE_PROSE, *_DE_NOTES, *_DE_FOOTER]
    article = articleclean.clean_text("\n".join(lines), dump="page")
    kept = article.text.splitlines()
    assert [note for note in _DE_NOTES if note not in kept] == []
    assert not set(kept) & set(_DE_FOOTER)


def test_numbered_rows_the_prose_does_not_cite_still_go() -> None:
    # The same rows under prose without markers: nothing says they are the article's.
    prose = [line.replace(" [1]", "").replace(" [2]", "").replace(" [3]", "") for line in _PROSE]
    lines = [*MENU, *SECTIONS, HEADLINE, *prose, *_NOTES, *FOOTER]
    article = articleclean.clean_text("\n".join(lines), dump="page")
    kept = set(article.text.splitlines())
    assert not kept & set(_NOTES)
    assert not kept & set(FOOTER)
    assert all(line in kept for line in prose)


def test_notes_the_prose_cites_stay_after_an_article_dump() -> None:
    # An extractor's text of the article alone: the notes are no menu after its prose.
    lines = [HEADLINE, *_PROSE, *_NOTES]
    article = articleclean.clean_text("\n\n".join(lines))
    assert article.metadata["dump"] == "article"
    kept = article.text.splitlines()
    assert [note for note in _NOTES if note not in kept] == []
