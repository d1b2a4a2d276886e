"""Round 43 (issue 14): a link to another story printed once behind a short label of the
site's own words, about nothing the article is about, where `interrupting_teaser`
does not look: where a section starts, after the last paragraph, among a list's rows
(`stray_teaser`). Invented articles; the labels and headlines are no template's."""

from __future__ import annotations

from station_article import LINK, P1, P2, P3, body, dump, removals

# This file's own later paragraphs (not `station_article.P4`, which opens with the
# building work).
_P4 = (
    "Während des Umbaus bleibt der Vorplatz für den Busverkehr geöffnet, Parkplätze "
    "fallen dagegen weg, teilte die Verwaltung mit."
)
_P5 = (
    "Die Musikschule rechnet damit, im Herbst in die neuen Räume einzuziehen, und plant "
    "zur Eröffnung ein Konzert ihrer Schülerinnen und Schüler."
)
_P2B = (
    "Auch der Heimatverein will im Bürgerhaus ausstellen: alte Fotos vom Bahnhof, der "
    "bis in die Sechzigerjahre Halt für die Eilzüge nach Lindau war."
)


def test_a_link_after_the_last_paragraph_goes() -> None:
    # Fails on main: nothing goes on from the line, so `interrupting_teaser` leaves it.
    text = dump(P1, P2, P3, LINK)
    assert ("stray_teaser", LINK) in removals(text)
    assert body(text) == [P1, P2, P3]


def test_a_link_where_a_section_starts_goes() -> None:
    # Fails on main: the paragraphs around it do not go on from each other (`P3`,
    # `_P4`), and no word of the line is the article's anywhere.
    text = dump(P1, P2, P3, LINK, _P4)
    assert ("stray_teaser", LINK) in removals(text)
    assert ("interrupting_teaser", LINK) not in removals(text)


def test_a_link_among_a_lists_rows_goes() -> None:
    # Fails on main: between two bulleted rows, and among short rows of facts.
    rows = dump(P1, P2, "- Saal für Vereine", LINK, "- Räume für die Musikschule", P3)
    assert ("stray_teaser", LINK) in removals(rows)
    facts = dump(
        P1,
        P2,
        "Bauzeit: neun Monate",
        "Kosten: 1,9 Mio. Euro",
        "Another view | Ferry crews return to the island after the winter storms",
        "Architekt: Jonas Weber",
        "Eröffnung: im Herbst",
        P3,
    )
    link = "Another view | Ferry crews return to the island after the winter storms"
    assert ("stray_teaser", link) in removals(facts)
    assert "Architekt: Jonas Weber" in body(facts)


def test_a_label_printed_twice_is_no_topic() -> None:
    # Fails with the label's other lines counted: "weiter" and "entdecken" would be in
    # two lines of the text, the article's words.
    first = "Weiter entdecken – Warum Segler den Bodensee im Winter lieben"
    second = "Weiter entdecken – Fähre verbindet bald beide Ufer des Sees"
    text = dump(P1, P2, P3, first, _P4, _P5, _P2B, second)
    removed = removals(text)
    assert ("stray_teaser", first) in removed
    assert ("stray_teaser", second) in removed


def test_the_switch_keeps_it() -> None:
    text = dump(P1, P2, P3, LINK)
    assert LINK in body(text, stray_teaser=False)


def test_a_subheading_whose_words_the_article_takes_up_in_another_form_stays() -> None:
    # The article's own "label – headline" subheading over a section: no word of it is
    # printed elsewhere as it is, but "Vereinen" / "Vereine" and "Container" /
    # "Containern" are the article's words in other forms (fails with the stem test
    # taken out).
    subheading = "Neue Heimat – Wie es mit den Vereinen und Containern weitergeht"
    text = dump(P1, P3, subheading, P2, _P4)
    assert subheading in body(text)


def test_a_list_of_lines_of_its_form_stays() -> None:
    # A list of album titles, each "artist: title": the line stands among lines of
    # its form (fails with `_same_form_near` taken out).
    p1 = (
        "Every winter the editors pick the records they played most, and this year the "
        "list leans towards quiet songwriters and old bands back on the road."
    )
    p2 = (
        "Readers sent more than four hundred suggestions, and several of them made the "
        "final list after a long evening of listening in the newsroom."
    )
    titles = (
        "Harbour Lights: Songs for a Long Night",
        "Maple Avenue: The Kitchen Sessions",
        "Nora Vance: Paper Boats and Other Stories",
        "Silver Creek: Home Before the Rain",
    )
    p3 = (
        "The full list, with a short note on each record, is in the weekend magazine, "
        "and the editors will play a song from each on the radio show."
    )
    text = "\n\n".join(("Our records of the year", p1, p2, *titles, p3)) + "\n"
    assert all(title in body(text) for title in titles)


def test_a_kicker_under_a_paragraph_over_a_short_line_stays() -> None:
    # Under a paragraph with a short line below (a video's kicker over its title): no
    # place `stray_teaser` reads as cutting into the text.
    kicker = "Vorab im Film: So sieht es hinter den Kulissen aus"
    text = dump(P1, P2, kicker, "Rundgang mit der Architektin", P3, _P4)
    assert kicker in body(text)


def test_one_line_printed_over_and_over_is_no_list() -> None:
    # The same short line on both sides (a picture credit printed under every picture):
    # no rows of a list, and the line between keeps the copies apart for
    # `repeated_paragraph` as before.
    credit = "bildarchiv.example.org"
    text = dump(P1, P2, credit, credit, LINK, credit, credit, P3, _P4)
    assert ("stray_teaser", LINK) not in removals(text)


def test_a_line_in_brackets_stays() -> None:
    # An aside to the text (who is quoted, a picture's note), no link: it opens with a
    # bracket.
    aside = "(Lena Maurer – Architektin und Stadtplanerin aus Lindau)"
    text = dump(P1, P2, P3, aside)
    assert aside in body(text)
