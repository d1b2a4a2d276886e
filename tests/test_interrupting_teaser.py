"""Round 42 (issue 14): a link to another story printed once behind a short label of the
site's own words ("Passend dazu – <headline>"), between two paragraphs that go on from
each other while the line does not (`interrupting_teaser`). Invented articles; the
labels and headlines are no template's."""

from __future__ import annotations

from station_article import LINK, P1, P2, P3, P4, body, dump, removals


def test_a_labelled_link_between_two_paragraphs_of_one_topic_goes() -> None:
    # Fails on main: the label's words are no teaser heading's and no arrow points to
    # the headline, so `labelled_teaser` leaves the line, printed once.
    text = dump(P1, LINK, P2, P3, P4)
    assert ("interrupting_teaser", LINK) in removals(text)
    assert body(text) == [P1, P2, P3, P4]


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
    assert ("interrupting_teaser", link) in removals(text)


def test_the_switch_keeps_it() -> None:
    text = dump(P1, LINK, P2, P3, P4)
    assert LINK in body(text, interrupting_teaser=False, stray_teaser=False)


def test_a_subheading_whose_paragraph_takes_up_its_words_stays() -> None:
    # The article's own "label: headline" subheading: the paragraph after it goes on
    # from its words ("Musikschule").
    line = "Neue Heimat – Die Musikschule zieht aus dem Container"
    text = dump(P1, line, P2, P3, P4)
    assert line in body(text)


def test_a_line_where_the_topic_changes_stays() -> None:
    # The paragraphs around the line share no word of the article's: a section may
    # start there, and the line may head it.
    other = (
        "Am Wochenende lädt der Heimatverein zu seinem Herbstfest mit Flohmarkt, Kuchen und "
        "Führungen durch die Kirche ein."
    )
    text = dump(P1, P3, LINK, other, P4)
    assert ("interrupting_teaser", LINK) not in removals(text)
    # (`stray_teaser`, round 43, takes it: no word of the line is the article's anywhere)
    assert LINK in body(text, stray_teaser=False)


def test_a_link_among_list_rows_stays() -> None:
    # Not between two paragraphs: a line of its kind among rows or titles.
    text = dump(P1, P2, "- Saal für Vereine", LINK, "- Räume für die Musikschule", P3, P4)
    assert ("interrupting_teaser", LINK) not in removals(text)
    # (`stray_teaser`, round 43, takes it: between rows of a list, the line no row)
    assert LINK in body(text, stray_teaser=False)


def test_a_link_between_a_subheading_and_its_paragraph_goes() -> None:
    # Fails on main. The line stands under the article's subheading, whose words the
    # paragraph after the line takes up ("Musikschule").
    subheading = "Neue Räume für die Musikschule"
    text = dump(P1, subheading, LINK, P2, P3, P4)
    assert ("interrupting_teaser", LINK) in removals(text)
    assert subheading in body(text)
