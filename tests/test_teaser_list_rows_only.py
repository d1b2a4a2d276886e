"""A box of other stories under a heading worded as teaser headings are, put between the
rows of an article that is rows only (a schedule, a league table, a shop's product list:
no line of prose): `teaser_list` found the box but stood down, as with no prose the box
might be the article. Now the rows say otherwise when the box stands between two of them,
the rows left are as many as the box's headlines at least, and none of them reads as a
headline (invented articles; no template's lines)."""

from __future__ import annotations

import articleclean
from newsroom_box import BOX as _BOX
from newsroom_box import BOX_TEXT as _BOX_TEXT


def _removed(text: str) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in articleclean.clean_text(text).removed]


def _kept(text: str) -> list[str]:
    return [block.text for block in articleclean.clean_text(text).body]


_TRAMS = f"""Night trams on line 4 from the first of March

Monday to Thursday

Depot dep. 23.40

Market Square dep. 23.52

University dep. 0.05

{_BOX_TEXT}

Harbour arr. 0.18

Friday and Saturday

Depot dep. 0.40

Market Square dep. 0.52

University dep. 1.05

Harbour arr. 1.18
"""

_CAMERAS = f"""The compact cameras our testers liked best

Best for travel

Lumora ZX-40

Price: £329

Best zoom

Kestrel 8000 Pro

{_BOX_TEXT}

Price: £449

Best for beginners

Pixelle One

Price: £189
"""


def test_a_box_between_a_timetables_rows_goes() -> None:
    # Fails on main: the dump has no line of prose, so `teaser_list` took the box for
    # the article and left it.
    removed = _removed(_TRAMS)
    assert [("teaser_list", line) for line in _BOX] == [r for r in removed if r[1] in _BOX]
    kept = _kept(_TRAMS)
    assert [line for line in kept if "dep." in line or "arr." in line] == [
        "Depot dep. 23.40",
        "Market Square dep. 23.52",
        "University dep. 0.05",
        "Harbour arr. 0.18",
        "Depot dep. 0.40",
        "Market Square dep. 0.52",
        "University dep. 1.05",
        "Harbour arr. 1.18",
    ]


def test_a_box_between_a_product_lists_rows_goes() -> None:
    # Fails on main, as above.
    removed = _removed(_CAMERAS)
    assert [("teaser_list", line) for line in _BOX] == [r for r in removed if r[1] in _BOX]
    kept = _kept(_CAMERAS)
    for row in ("Lumora ZX-40", "Kestrel 8000 Pro", "Price: £449", "Pixelle One"):
        assert row in kept


_RESULTS = f"""Sunday's village cricket round-up

Millbrook beat Oakvale by 40 runs at the rec

Eastfield Colts edge past Kingsmoor in a close finish

Westbury fall 12 runs short against Hillcrest

{_BOX_TEXT}

Ashford Rovers hold on for a draw in the rain

Southport Seconds chase down 180 with an over to spare
"""


def test_rows_written_as_headlines_keep_the_box() -> None:
    # A guard (passes on main too): the article's rows read as headlines, so the box's
    # walk runs on into the next row ("Ashford Rovers …" reads as a fourth headline);
    # with no prose, nothing tells them apart, and the box stays. Fails on the branch
    # without `_rows_only`'s headline test.
    kept = _kept(_RESULTS)
    for row in (
        "Millbrook beat Oakvale by 40 runs at the rec",
        "Eastfield Colts edge past Kingsmoor in a close finish",
        "Westbury fall 12 runs short against Hillcrest",
        "Ashford Rovers hold on for a draw in the rain",
    ):
        assert row in kept
    assert "Zoo welcomes twin panda cubs after long wait" in kept


_VERSE_BEFORE = """Lanterns on the Canal, a new poem

The barges sleep along the quay
their painted names gone dim with rain
and every bridge the lamps can see
is doubled in the water plain
The Miller's Lock is shut tonight
and swans keep to the reeds alone
the ripples carry off the light
and leave the towpath to the stone"""


def _verse(box_after: str) -> str:
    """The poem, a line a paragraph, with the box put under the line `box_after`."""
    lines = _VERSE_BEFORE.split("\n")
    at = lines.index(box_after) + 1
    return "\n\n".join([*lines[:at], _BOX_TEXT, *lines[at:]])


def test_a_box_amid_verse_goes() -> None:
    # Fails on main: the stanzas' first lines ("The barges sleep along the quay") read
    # as headlines, so `_rows_only` took the poem for rows written as headlines and the
    # box stayed; a line the next one carries on from in lower case is no title. The
    # walk takes the next stanza's first line as a fourth headline, and the lower-case
    # line under it gives it back (`_goes_on_from_last`).
    text = _verse("is doubled in the water plain")
    removed = _removed(text)
    assert [("teaser_list", line) for line in _BOX] == [r for r in removed if r[1] in _BOX]
    assert [line for line in _kept(text) if line not in _BOX] == [
        line for line in _VERSE_BEFORE.split("\n")[1:] if line
    ]


_PHONES = f"""How four phones compare on battery life

| Phone | Screen-on time |

| --- | --- |

| Pixel 8 | 9h 40m |

| Galaxy S24 | 10h 05m |

{_BOX_TEXT}

| iPhone 15 | 9h 12m |

| Xperia 5 V | 12h 02m |
"""


def test_a_table_row_opening_in_lower_case_carries_on_from_nothing() -> None:
    # Fails on main: "| iPhone 15 | …" read as a sentence going on in lower case from the
    # box's last headline, which then stayed; a table's row is a row, whatever the case
    # of its first letter.
    removed = _removed(_PHONES)
    assert [("teaser_list", line) for line in _BOX] == [r for r in removed if r[1] in _BOX]
    kept = _kept(_PHONES)
    assert [line for line in kept if line.startswith("| ") and "9h" in line] == [
        "| Pixel 8 | 9h 40m |",
        "| iPhone 15 | 9h 12m |",
    ]


_STAGES = f"""The rally's route for its first week

Organisers published the route on Tuesday, with the start moved to the coast this year.

These are the first week's stages:

Porto Alegre to Canela through the hills

Canela and the climb to Gramado

{_BOX_TEXT}

Bento Gonçalves with a finish in the vineyards

Caxias do Sul and the rest day
"""


def test_a_box_between_rows_that_name_places_goes() -> None:
    # Fails on main: the stages are written as the box's headlines are (as sentences, no
    # figure), so nothing said where the box ends. The stages name places inside the
    # line ("Canela", "Gramado"), the headlines name nothing: the box is the run of
    # headlines naming nothing, and the next stage naming a place resumes the list.
    removed = _removed(_STAGES)
    assert [("teaser_list", line) for line in _BOX] == [r for r in removed if r[1] in _BOX]
    kept = _kept(_STAGES)
    for row in (
        "Porto Alegre to Canela through the hills",
        "Canela and the climb to Gramado",
        "Bento Gonçalves with a finish in the vineyards",
        "Caxias do Sul and the rest day",
    ):
        assert row in kept


_KARTE = """Neue Karte zeigt die Bodenwerte im Land

Das Landesamt hat am Dienstag eine neue Karte der Bodenwerte veröffentlicht, die alle Gemeinden umfasst.

Die Karte richtet sich an alle, die sich über die Werte in ihrer Gemeinde informieren wollen.

Karte ist räumlich höher aufgelöst

Mehr Artikel aus unserer Redaktion

Zoo begrüßt zwei Pandajunge nach langer Wartezeit

Bäckereikette ruft Körnerbrote wegen falscher Etiketten zurück

Karte und Fachanwendung online verfügbar

In Bestandsgebäuden selbst messen
"""


def test_rows_naming_nothing_leave_a_named_line_to_the_list() -> None:
    # A guard (passes on main): the line above the heading names nothing inside it (in
    # German every noun is capitalised, so "Karte und Fachanwendung …" reads as naming
    # something): the names reading is not asked, and the next subheading stays. Fails
    # with `_box_between_rows` asking for equal readings both ways.
    assert "Karte und Fachanwendung online verfügbar" in _kept(_KARTE)
