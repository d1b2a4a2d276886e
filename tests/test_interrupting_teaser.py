"""Round 42 (issue 14): a link to another story printed once behind a short label of the
site's own words ("Passend dazu – <headline>"), between two paragraphs that go on from
each other while the line does not (`interrupting_teaser`). Invented articles; the
labels and headlines are no template's."""

from __future__ import annotations

import articleclean


def _removed(text: str, **switches: bool) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in articleclean.clean_text(text, **switches).removed]


def _body(text: str, **switches: bool) -> list[str]:
    return [block.text for block in articleclean.clean_text(text, **switches).body]


_TITLE = "Alter Bahnhof wird zum Bürgerhaus"
_P1 = (
    "Die Gemeinde will den alten Bahnhof bis zum Sommer zu einem Bürgerhaus umbauen. Der "
    "Gemeinderat hat dafür am Dienstag knapp zwei Millionen Euro freigegeben."
)
_P2 = (
    "Im Bürgerhaus sollen ein Café und ein Saal für Vereine entstehen, im ersten Stock "
    "Räume für die Musikschule, die bisher in einem Container unterrichtet."
)
_P3 = (
    "Der Förderverein sammelt seit drei Jahren Spenden für das Projekt und will die "
    "Einrichtung des Saals übernehmen, sagte seine Vorsitzende."
)
_P4 = (
    "Die Bauarbeiten beginnen im März. Während des Umbaus bleibt der Vorplatz für den "
    "Busverkehr geöffnet, Parkplätze fallen dagegen weg."
)
_LINK = "Gleich nebenan – Warum Segler den Bodensee im Winter lieben"


def _dump(*lines: str) -> str:
    return "\n\n".join((_TITLE, *lines)) + "\n"


def test_a_labelled_link_between_two_paragraphs_of_one_topic_goes() -> None:
    # Fails on main: the label's words are no teaser heading's and no arrow points to
    # the headline, so `labelled_teaser` leaves the line, printed once.
    text = _dump(_P1, _LINK, _P2, _P3, _P4)
    assert ("interrupting_teaser", _LINK) in _removed(text)
    assert _body(text) == [_P1, _P2, _P3, _P4]


def test_an_english_link_goes_too() -> None:
    # Fails on main, as above.
    p1 = (
        "The harbour bridge will close to traffic for six weeks from next month while "
        "engineers replace corroded cables, the city council said on Tuesday."
    )
    p2 = (
        "Engineers said the corroded cables on the harbour bridge had been inspected twice "
        "last year and the repairs could not wait any longer."
    )
    p3 = (
        "Buses will run a shuttle service across the river every ten minutes, and ferries "
        "will add extra crossings during the morning and evening rush hours."
    )
    link = "Over on our pages | Museum hands stolen painting back to its owners"
    text = "\n\n".join(("Harbour bridge to close for repairs", p1, link, p2, p3)) + "\n"
    assert ("interrupting_teaser", link) in _removed(text)


def test_the_switch_keeps_it() -> None:
    text = _dump(_P1, _LINK, _P2, _P3, _P4)
    assert _LINK in _body(text, interrupting_teaser=False, stray_teaser=False)


def test_a_subheading_whose_paragraph_takes_up_its_words_stays() -> None:
    # The article's own "label: headline" subheading: the paragraph after it goes on
    # from its words ("Musikschule").
    line = "Neue Heimat – Die Musikschule zieht aus dem Container"
    text = _dump(_P1, line, _P2, _P3, _P4)
    assert line in _body(text)


def test_a_line_where_the_topic_changes_stays() -> None:
    # The paragraphs around the line share no word of the article's: a section may
    # start there, and the line may head it.
    other = (
        "Am Wochenende lädt der Heimatverein zu seinem Herbstfest mit Flohmarkt, Kuchen und "
        "Führungen durch die Kirche ein."
    )
    text = _dump(_P1, _P3, _LINK, other, _P4)
    assert ("interrupting_teaser", _LINK) not in _removed(text)
    # (`stray_teaser`, round 43, takes it: no word of the line is the article's anywhere)
    assert _LINK in _body(text, stray_teaser=False)


def test_a_link_among_list_rows_stays() -> None:
    # Not between two paragraphs: a line of its kind among rows or titles.
    text = _dump(_P1, _P2, "- Saal für Vereine", _LINK, "- Räume für die Musikschule", _P3, _P4)
    assert ("interrupting_teaser", _LINK) not in _removed(text)
    # (`stray_teaser`, round 43, takes it: between rows of a list, the line no row)
    assert _LINK in _body(text, stray_teaser=False)


def test_a_link_between_a_subheading_and_its_paragraph_goes() -> None:
    # Fails on main. The line stands under the article's subheading, whose words the
    # paragraph after the line takes up ("Musikschule").
    subheading = "Neue Räume für die Musikschule"
    text = _dump(_P1, subheading, _LINK, _P2, _P3, _P4)
    assert ("interrupting_teaser", _LINK) in _removed(text)
    assert subheading in _body(text)
