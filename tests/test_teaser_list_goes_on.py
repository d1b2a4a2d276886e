"""Round 46 (issue 14): three readings of `teaser_list` about where a box under a worded
heading stands in the article's text (invented articles; the headings and headlines are
no template's).

- The box's last headline is the article's own (its subheading) when the paragraph after
  it takes up a word the article names (`SpecificWords.named`), not a short word any
  German text writes in lower case ("zehn", "diese"): that word does not pop it.
- Headline-like lines above the heading that the next line carries on from in lower case
  are a sentence broken over lines, no run of the article's titles.
- One headline-like line right under a paragraph, over the heading, is the article's next
  subheading, no run of titles: the box under it is judged, the subheading stays.
"""

from __future__ import annotations

import articleclean
from articleclean.document import ProseWords, Segment
from articleclean.rules.teaser_lists import _goes_on_from_last

_PELLETS = [
    "Die Gemeinde Lindenau will im kommenden Jahr eine Anlage für Holzpellets aus Laub "
    "bauen, teilte der Bürgermeister am Montag mit.",
    "Das Laub der Straßenbäume werde bisher kompostiert, künftig solle es getrocknet und "
    "gepresst werden, sagte er vor dem Gemeinderat.",
]
_REGION = "Weitere Artikel aus der Region"
_OTHERS_DE = [
    "Konzertsaal am Fluss eröffnet im Frühjahr",
    "Zehn Ausflüge, die Familien diesen Herbst planen sollten",
]
_TEN_YEARS = (
    "In den zehn Jahren vor dem Projekt hatte die Gemeinde das Laub für viel Geld abfahren "
    "lassen, heißt es im Bericht der Verwaltung."
)
_COUNCIL = (
    "Der Gemeinderat stimmte dem Vorhaben mit großer Mehrheit zu; die Bauarbeiten sollen "
    "im März beginnen und im Herbst enden."
)

_NEWSROOM = "More stories from our newsroom"
_OTHERS_EN = [
    "Harbour festival returns with a record number of boats",
    "Why coffee prices keep climbing this winter",
]


def _removed(lines: list[str], **switches: bool) -> dict[str, str]:
    article = articleclean.clean_text("\n\n".join(lines), **switches)
    return {r.text: r.rule for r in article.removed}


def test_a_last_headline_sharing_only_a_lower_case_word_stays_in_the_box() -> None:
    # Fails on main: "Zehn Ausflüge …" over "In den zehn Jahren …" was read as the
    # paragraph's subheading, which left one headline and no box.
    removed = _removed([*_PELLETS, _REGION, *_OTHERS_DE, _TEN_YEARS, _COUNCIL])
    assert [removed.get(line) for line in [_REGION, *_OTHERS_DE]] == ["teaser_list"] * 3
    assert _TEN_YEARS not in removed and _COUNCIL not in removed


def test_a_word_the_article_names_still_makes_the_last_headline_a_subheading() -> None:
    subheading = "Brennwert der Laubpellets liegt unter dem von Holz"
    text = (
        "Der Brennwert der Laubpellets liegt nach ersten Messungen etwa zehn Prozent unter "
        "dem von Holzpellets, sagte ein Gutachter."
    )
    lines = [*_PELLETS, _REGION, _OTHERS_DE[0], subheading, text, _COUNCIL]
    segments = [Segment(line, None) for line in lines]
    prose = ProseWords(segments)
    opened = list(range(len(segments)))
    # "Brennwert" and "Laubpellets" are the article's: the subheading's paragraph.
    assert _goes_on_from_last(segments, opened, 2, 4, segments[5], prose)
    # "zehn" alone is the language's: no paragraph of the headline's.
    segments[4] = Segment(_OTHERS_DE[1], None)
    segments[5] = Segment(_TEN_YEARS, None)
    assert not _goes_on_from_last(segments, opened, 2, 4, segments[5], ProseWords(segments))


def test_a_sentence_broken_over_lines_above_the_heading_is_no_run_of_titles() -> None:
    # Fails on main: "Members said …" read as a title of the article's list.
    lines = [
        "The council's transport committee met on Tuesday evening to discuss the plan.",
        "Members said the new timetable, which was drawn up over the summer, would be",
        "tested on two routes first and rolled out across the city only if the trial",
        _NEWSROOM,
        *_OTHERS_EN,
        "The first results of the trial are expected in the spring, the committee said.",
        "Passengers will be asked to fill in a short survey on the buses during the trial.",
    ]
    removed = _removed(lines)
    assert [removed.get(line) for line in [_NEWSROOM, *_OTHERS_EN]] == ["teaser_list"] * 3
    assert not set(lines[:3] + lines[6:]) & set(removed)


def test_a_run_of_titles_above_the_heading_still_vetoes() -> None:
    titles = ["The Quiet Harbour of Saint Anne", "Letters From a Distant Valley"]
    after = ["A Map of the Drowned Country", "Summer Nights on the Old Pier"]
    lines = [
        "Our favourite books of the year, chosen by the readers, are these ten novels.",
        *titles,
        _NEWSROOM,
        *_OTHERS_EN,
        *after,
    ]
    removed = _removed(lines)
    assert not set(titles + after) & set(removed)


_RUSH = [
    "Officials in the city expect the transport committee to publish its final decision "
    "on the timetable within six weeks.",
    "Passengers on the two trial routes have complained about crowded buses during the "
    "morning rush hour for months.",
    "Smarter timetables for the morning rush",
]


def test_a_box_under_a_lone_subheading_goes_and_the_subheading_stays() -> None:
    # Fails on main: the subheading over the box vetoed it as a run of titles.
    headlines = [*_OTHERS_EN, "Stadium roof repairs finished ahead of schedule"]
    removed = _removed([*_RUSH, _NEWSROOM, *headlines])
    assert [removed.get(line) for line in [_NEWSROOM, *headlines]] == ["teaser_list"] * 4
    assert not set(_RUSH) & set(removed)


def test_the_subheading_over_a_closing_box_stays() -> None:
    # Fails on main: `trailing_teasers` took the subheading with the box.
    removed = _removed([*_RUSH, _NEWSROOM, *_OTHERS_EN])
    assert removed.get(_NEWSROOM) == "teaser_list"
    assert _RUSH[2] not in removed


def test_the_boxes_are_switched_off_with_teaser_list() -> None:
    removed = _removed(
        [*_RUSH, _NEWSROOM, *_OTHERS_EN, "Stadium roof repairs finished"], teaser_list=False
    )
    assert "teaser_list" not in removed.values()
