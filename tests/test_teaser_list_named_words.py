"""Round 45 (issue 14): `teaser_list` weighs a box's headlines by the article's own words
(`SpecificWords.named`), as `teaser_box` does: in a text that capitalises its nouns, a
short word in lower case ("diese", "alle", "müssen") that two paragraphs hold is the
language's, no tie to the article. A headline at the box's end sharing one of the
article's own words, where the two before it share none, is the article resuming (its
subheading, its next title) and stays out of the box. Invented article and box; the
heading and headlines are no template's."""

from __future__ import annotations

import articleclean

_BEFORE = [
    "Das Freibad am Stadtpark bleibt in diesem Sommer geschlossen, weil alle Becken "
    "saniert werden müssen, teilte die Stadtverwaltung am Dienstag mit.",
    "Diese Arbeiten sollen nach Angaben der Verwaltung bis zum Frühjahr dauern; alle "
    "Umkleiden müssen ebenfalls erneuert werden.",
    "Was sich für Badegäste ändert:",
    "- Jahreskarten bleiben gültig",
    "- Das Hallenbad öffnet länger",
]
_AFTER = [
    "- Schwimmkurse finden im Hallenbad statt",
    "- Der Kiosk am Eingang bleibt geöffnet",
    "Diese Lösung sei nicht ideal, sagte die Bürgermeisterin, aber alle Beteiligten "
    "müssen nun Geduld haben, bis das Freibad wieder öffnet.",
]
_HEADING = "Beliebte Beiträge der Woche"
# Other stories' headlines sharing only the language's short words with the article.
_OTHERS = [
    "Diese Konzerte müssen Sie im Herbst erleben",
    "Warum alle über den neuen Bahnhof reden",
    "Bäckerei am Markt schließt nach vierzig Jahren",
]


def _removed(lines: list[str], **switches: bool) -> list[str]:
    text = "\n\n".join([*_BEFORE, *lines, *_AFTER])
    removed = articleclean.clean_text(text, **switches).removed
    return [r.text for r in removed if r.rule == "teaser_list"]


def test_a_box_sharing_only_short_lower_case_words_goes() -> None:
    # Fails on main: "diese", "müssen", "alle" tied the headlines to the article.
    box = [_HEADING, *_OTHERS]
    assert _removed(box) == box


def test_a_headline_of_the_article_s_own_nouns_keeps_the_box() -> None:
    # "Freibad", "Becken": words the article writes capitalised are its own.
    own = "Freibad saniert alle Becken"
    assert _removed([_HEADING, _OTHERS[0], own, _OTHERS[1]]) == []


def test_a_last_headline_sharing_an_own_word_stays_out_of_the_box() -> None:
    # Where the two headlines before it share nothing, the line sharing the article's
    # word at the run's end is the article resuming: the box goes without it.
    last = "Bürgermeisterin lädt zur Bürgerversammlung ein"
    assert _removed([_HEADING, _OTHERS[1], _OTHERS[2], last]) == [
        _HEADING,
        _OTHERS[1],
        _OTHERS[2],
    ]


def test_the_box_is_switched_off_with_teaser_list() -> None:
    assert _removed([_HEADING, *_OTHERS], teaser_list=False) == []
