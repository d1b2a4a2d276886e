"""`author_note` when the byline's name is followed by an apposition before the verb
("Georg Kasch, Jahrgang 1979, ist Redakteur …", "Jossi Loibl (Jahrgang 1962) schreibt …"):
the note on the author that bio boxes print under the article, in the forms round 55 found
kept on three tune sites (de, pl). A line whose first sentence quotes stays: a press
release's contact is its byline and is quoted in the release's own words."""

from __future__ import annotations

import articleclean
from accounting import unaccounted
from council_page import FOOTER, HEADLINE, MENU, PARAGRAPHS

ARTICLE = [HEADLINE, *PARAGRAPHS]

GERMAN = [
    "Stadtrat beschließt neuen Haushalt",
    "Von Anna Berger",
    "Der Stadtrat hat am Dienstag nach einer langen Debatte einen neuen Haushalt beschlossen.",
    "Er erhöht die Ausgaben für Schulen und den Nahverkehr und senkt die Kosten der Verwaltung.",
    "Die Opposition hält die Schätzungen der Steuereinnahmen für zu optimistisch.",
    "Der Bürgermeister sprach nach der Abstimmung von einem guten Tag für die ganze Stadt.",
]
GERMAN_MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Kontakt"]
GERMAN_FOOTER = ["Impressum", "Datenschutz", "Kontakt", "Mediadaten", "Jobs", "Newsletter"]


def _removed_by(
    lines: list[str], dump: str = "page"
) -> tuple[articleclean.Article, dict[str, str]]:
    text = "\n".join(lines)
    article = articleclean.clean_text(text, dump=dump)
    assert unaccounted(text, article) == []
    return article, {r.text: r.rule for r in article.removed}


def test_a_german_note_with_the_year_of_birth_after_a_comma_goes() -> None:
    # Fails on main: the word after the name is "Jahrgang" with a comma before it, no verb.
    note = (
        "Anna Berger, Jahrgang 1979, ist Redakteurin der Stadtzeitung. Sie studierte Politik"
        ' in Berlin. In ihrer Kolumne "Rathausnotizen" schreibt sie über die Stadtpolitik.'
    )
    article, removed = _removed_by([*GERMAN_MENU, *GERMAN, note, *GERMAN_FOOTER])
    assert article.byline == ["Anna Berger"]
    assert removed.get(note) == "author_note"
    assert article.paragraphs == GERMAN[2:]


def test_an_english_note_with_a_bracket_after_the_name_goes() -> None:
    # Fails on main: "(born 1975)" follows the name, not a lower-case verb.
    note = "Jane Carter (born 1975) has written about the city council for the Gazette since 2004."
    lines = [*MENU, ARTICLE[0], "By Jane Carter", *ARTICLE[1:], note, *FOOTER]
    article, removed = _removed_by(lines)
    assert article.byline == ["Jane Carter"]
    assert removed.get(note) == "author_note"
    assert article.paragraphs == ARTICLE[1:]


def test_a_polish_note_of_roles_after_a_comma_goes() -> None:
    # Fails on main: the note lists the author's titles after a comma ("publica.pl"'s form).
    note = (
        "Anna Nowak, doktor nauk humanistycznych, dziennikarka i redaktorka, pisze o kulturze"
        " i historii miasta."
    )
    lines = [*MENU, ARTICLE[0], "By Anna Nowak", *ARTICLE[1:], note, *FOOTER]
    article, removed = _removed_by(lines)
    assert removed.get(note) == "author_note"
    assert article.paragraphs == ARTICLE[1:]


def test_the_byline_quoted_after_a_comma_stays() -> None:
    # A guard: the release's contact is its byline and is quoted; the line stays in the body
    # (it would go if the quotation were not read in the first sentence).
    quoted = (
        "Jane Carter, spokeswoman of the council, said: \u201cThe budget keeps every school"
        " open and every bus running.\u201d"
    )
    german = (
        "Anna Berger, Sprecherin des Stadtrats, sagte: \u201eDer Haushalt hält jede Schule"
        " offen.\u201c"
    )
    lines = [*MENU, ARTICLE[0], "By Jane Carter", *ARTICLE[1:], quoted, *FOOTER]
    article, removed = _removed_by(lines)
    assert quoted not in removed
    assert quoted in article.paragraphs
    lines = [*GERMAN_MENU, *GERMAN, german, *GERMAN_FOOTER]
    article, removed = _removed_by(lines)
    assert german not in removed
    assert german in article.paragraphs


def test_someone_elses_name_with_an_apposition_stays() -> None:
    # A guard: the apposition is read only after the byline's own name.
    other = "Tom Fielding, the council's treasurer, has presented the budget for ten years now."
    lines = [*MENU, ARTICLE[0], "By Jane Carter", *ARTICLE[1:], other, *FOOTER]
    article, removed = _removed_by(lines)
    assert other not in removed
    assert other in article.paragraphs
