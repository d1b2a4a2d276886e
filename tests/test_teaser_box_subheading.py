"""Round 47 (issue 14): `teaser_box` takes a box between a paragraph and the article's next
subheading, not only between two paragraphs (invented articles; the headings and
headlines are no template's).

A box put right above a section of the article ends at the section's subheading, a
line that reads as no prose and no box's headline, with prose right under it. Where
the run stops there rather than at prose, its last headline may be the article's own
short line before the subheading: it stays out of the box when it shares a word the
article names, or names someone.

A box's heading over headlines none of which shares a word the article names, tied to
the article by its short words in lower case only, ties no box: the headlines go, the
heading (which may be the article's subheading) stays. And a label with marks read as a box's first headline is the box's own
heading: the line above it, the article's subheading, stays out of the box.
"""

from __future__ import annotations

import articleclean
from articleclean.config import CleanerConfig
from articleclean.document import Segment
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.teaser_boxes import teaser_heading_words, worded_as_teaser_heading

_TRAMS = [
    "The city council approved the new tram line to the northern suburbs on Tuesday, "
    "ending three years of debate over its route and its cost.",
    "Construction of the tram depot will start in spring, and the first trams are expected "
    "to carry passengers within four years, officials said.",
]
_HEADING = "Around the valley"
_OTHERS = [
    "Harbour festival returns with a record number of boats",
    "Why coffee prices keep climbing this winter",
]
_SUBHEADING = "Funding: where the money comes from"
_FUNDING = (
    "Most of the money comes from a regional transport fund, with the rest paid by the "
    "city from a bond it issued last year."
)


def _removed(lines: list[str], **switches: bool) -> dict[str, str]:
    article = articleclean.clean_text("\n\n".join(lines), **switches)
    return {r.text: r.rule for r in article.removed}


def test_the_heading_is_worded_from_no_teaser_heading() -> None:
    # (what makes the box `teaser_box`'s: a heading of its own words)
    matcher = PhraseBook.for_config(CleanerConfig()).phrases["teaser_heading"]
    vocabulary = teaser_heading_words(matcher.lines, matcher.prefixes)
    assert not worded_as_teaser_heading(Segment(_HEADING, None), vocabulary)


def test_a_box_over_the_articles_next_subheading_goes() -> None:
    # Fails on main: the run stopped at the subheading, no prose, and no box was read.
    removed = _removed([*_TRAMS, _HEADING, *_OTHERS, _SUBHEADING, _FUNDING])
    assert [removed.get(line) for line in [_HEADING, *_OTHERS]] == ["teaser_box"] * 3
    assert not {*_TRAMS, _SUBHEADING, _FUNDING} & removed.keys()


def test_a_last_line_sharing_the_articles_word_stays() -> None:
    # The article's own short line over its subheading: "tram" is in both paragraphs.
    own = "Maps of every planned tram stop are online here"
    removed = _removed([*_TRAMS, _HEADING, *_OTHERS, own, _SUBHEADING, _FUNDING])
    assert [removed.get(line) for line in [_HEADING, *_OTHERS]] == ["teaser_box"] * 3
    assert own not in removed and _SUBHEADING not in removed


def test_a_last_line_naming_someone_stays() -> None:
    own = "Reporting by Helen Marsh and Peter Quayle"
    removed = _removed([*_TRAMS, _HEADING, *_OTHERS, own, _SUBHEADING, _FUNDING])
    assert [removed.get(line) for line in [_HEADING, *_OTHERS]] == ["teaser_box"] * 3
    assert own not in removed


def test_only_one_headline_over_the_subheading_is_no_box() -> None:
    removed = _removed([*_TRAMS, _HEADING, _OTHERS[0], _SUBHEADING, _FUNDING])
    assert not {_HEADING, _OTHERS[0]} & removed.keys()


def test_the_switch() -> None:
    removed = _removed([*_TRAMS, _HEADING, *_OTHERS, _SUBHEADING, _FUNDING], teaser_box=False)
    assert "teaser_box" not in removed.values()


# A German article, and a box under a heading whose own words the article writes in
# lower case only ("andere", "gerade" in two paragraphs): the language's, no tie.
_BRIDGE = [
    "Die Brücke über die Saale wird ab Montag für sechs Wochen gesperrt, weil andere "
    "Arbeiten an den Pfeilern länger dauern als geplant, teilte das Bauamt mit.",
    "Gerade für Pendler aus dem Umland bedeutet die Sperrung lange Umwege, denn die "
    "nächste Brücke liegt zwölf Kilometer flussabwärts bei Wettin.",
    "Die Stadt richtet deshalb einen Pendelbus ein, der gerade in den Morgenstunden alle "
    "zehn Minuten fahren soll; andere Linien werden umgeleitet.",
]
_ELSEWHERE = "Was andere gerade suchen"
_OTHERS_DE = [
    "Konzertsaal am Hafen eröffnet im Frühjahr",
    "Warum Kaffeepreise diesen Winter steigen",
]
_AFTER = (
    "Der Oberbürgermeister bat die Anwohner um Verständnis und kündigte an, die Arbeiten "
    "nach Möglichkeit auch am Wochenende fortzusetzen."
)


def test_a_headings_lower_case_words_tie_no_box_whose_headlines_share_none() -> None:
    # Fails on main: "andere" and "gerade" stand in two paragraphs, and tied the heading,
    # which kept the box. The heading may be the article's subheading (tied so, as
    # "Alle müssen zahlen" is): it stays, the headlines go.
    matcher = PhraseBook.for_config(CleanerConfig()).phrases["teaser_heading"]
    vocabulary = teaser_heading_words(matcher.lines, matcher.prefixes)
    assert not worded_as_teaser_heading(Segment(_ELSEWHERE, None), vocabulary)
    removed = _removed([*_BRIDGE, _ELSEWHERE, *_OTHERS_DE, _AFTER])
    assert [removed.get(line) for line in _OTHERS_DE] == ["teaser_box"] * 2
    assert not {*_BRIDGE, _ELSEWHERE, _AFTER} & removed.keys()


def test_a_heading_naming_the_articles_word_still_heads_its_section() -> None:
    # "Saale" is written capitalised inside the article's sentences: the heading is the
    # article's, and so is the list under it.
    own = "Umwege rund um die Saale"
    removed = _removed([*_BRIDGE, own, *_OTHERS_DE, _AFTER])
    assert not {own, *_OTHERS_DE} & removed.keys()


def test_a_subheading_over_a_boxs_marked_label_stays() -> None:
    # Fails on main, which took the subheading (no word of it the article's) with the
    # box: read as its heading, the box's own label (four words and two marks) as its
    # first headline.
    subheading = "Lange Wege, kurze Geduld"
    label = "» Unterwegs in der Nachbarschaft »"
    removed = _removed([*_BRIDGE, subheading, label, *_OTHERS_DE, _AFTER])
    assert subheading not in removed
    assert [removed.get(line) for line in [label, *_OTHERS_DE]] == ["teaser_box"] * 3
