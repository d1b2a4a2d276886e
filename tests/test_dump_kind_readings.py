"""`dump_kind`'s cheaper readings (round 36, issue 16): each notice or furniture line asked
once whether it is a photo credit (`_site_lines`), and the lead count asking no line below
the last foreign one whether it is a byline (`_lead_items`). Both must answer as before.

The file fails on a tree without `_site_lines` (its import); its assertions are guards that
compare the readings with the plain ones, and would pass on such a tree too.
"""

from __future__ import annotations

import itertools

import pytest

from articleclean.document import Segment
from articleclean.names import prefixed_byline
from articleclean.rules.dump_kind import _lead_items, _site_line, _site_lines

# Invented notice and furniture lines of every kind `_site_line` tells apart: the site's
# notices, photo credits alone (the article's, not the site's), a copyright notice with a
# year, a comment form's notice with a bracket (a credit sign the forms search), lines of
# no letters, and the same texts twice (the memo's second answer).
LINES = [
    "Impressum",
    "Datenschutz",
    "Kontakt",
    "© 2025 Harbour Town Courier | Impressum",
    "© Reuters",
    "Foto: dpa",
    "(Photo: AP)",
    "Photo: Jane Doe/Getty Images",
    "Bild: Stadtwerke Lindau",
    "Du kommentierst mit Deinem Konto. ( Abmelden / Ändern )",
    "Sie kommentieren mit Ihrem Konto. ( Abmelden / Ändern )",
    "Privacy policy",
    "Cookie settings",
    "* * *",
    "|",
    "",
    "Newsletter abonnieren",
    "Teilen: Facebook | X | E-Mail",
]


def test_site_lines_answer_as_site_line_each_time() -> None:
    site_line = _site_lines()
    # Twice over, in two orders: the second answer of a text comes from the memo.
    for text in [*LINES, *reversed(LINES)]:
        segment = Segment(text, None)
        assert site_line(segment) is _site_line(segment), text


def test_site_lines_tell_credits_from_notices() -> None:
    site_line = _site_lines()
    assert site_line(Segment("Impressum", None))
    assert not site_line(Segment("Foto: dpa", None))
    assert not site_line(Segment("© Reuters", None))
    assert site_line(Segment("© 2025 Harbour Town Courier | Impressum", None))
    assert not site_line(Segment("* * *", None))  # no letters: no key


def _lead_items_unscreened(
    segments: list[Segment], foreign: list[bool], first_prose: int, enough: int
) -> int:
    """`_lead_items` as it was: every line above the prose asked whether it is a byline."""
    count = 0
    for index in range(1, first_prose):
        if prefixed_byline(segments[index].text):
            break
        count += foreign[index]
        if count >= enough:
            break
    return count


_LEAD_LINES = [
    "Harbour council approves the new ferry timetable",  # the title
    "Home",
    "By Jane Doe",
    "Politics",
    "Von Lena Hartmann",
    "Weather",
    "Ferry timetable",
    "Contact",
]


@pytest.mark.parametrize("enough", [1, 2, 6, 12])
def test_lead_items_count_as_the_unscreened_walk(enough: int) -> None:
    # Every foreign mask over the lines above the prose (the title's flag left off), with
    # the prose starting at each place: bylines above, between and below the foreign lines.
    segments = [Segment(text, None) for text in _LEAD_LINES]
    for first_prose in range(len(segments) + 1):
        for flags in itertools.product((False, True), repeat=len(segments) - 1):
            foreign = [False, *flags]
            assert _lead_items(segments, foreign, first_prose, enough) == _lead_items_unscreened(
                segments, foreign, first_prose, enough
            ), (first_prose, flags)
