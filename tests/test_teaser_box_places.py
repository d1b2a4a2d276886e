"""`teaser_box` finds the places both of its searches may take once (a heading of a box's
length over two lines of a headline's): `_box_at` and `_box_amid_rows` turn down every
place it leaves out, so the boxes found are the same (invented lines, no template's)."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.document import Segment
from articleclean.rules.teaser_boxes import _box_amid_rows, _box_at, _box_heading_sized
from articleclean.rules.teaser_lines import MAX_HEADING_WORDS

_PROSE = (
    "Das Team des Ruderclubs hat bei der Meisterschaft auf dem Baldeneysee die Silbermedaille "
    "im Achter gewonnen, nur eine halbe Bootslänge hinter dem Titelverteidiger."
)
_HEADLINES = (
    "Neue Fähre verbindet die Insel mit dem Festland",
    "Aufsteiger gewinnt das Derby in letzter Minute",
    "Bäckerei am Markt schließt nach vierzig Jahren",
)
_AFTER = (
    "Im Herbst will der Verein ein zweites Boot anschaffen, damit auch die "
    "Nachwuchsruderinnen häufiger im Achter trainieren können."
)
_WORDS = "Mehr aus der Region rund um den Hafen und die Altstadt".split()


def _segments(heading: str) -> list[Segment]:
    return [Segment(text, None) for text in (_PROSE, heading, *_HEADLINES, _AFTER)]


@pytest.mark.parametrize("words", range(len(_WORDS) + 1))
def test_a_heading_the_places_leave_out_is_turned_down_by_both_searches(words: int) -> None:
    heading = " ".join(_WORDS[:words])
    segments = _segments(heading)
    opened = list(range(len(segments)))
    sized = _box_heading_sized(segments[1])
    assert sized == (1 <= words <= MAX_HEADING_WORDS)
    if not sized:
        assert _box_at(segments, opened, 1, frozenset()) is None
        assert _box_amid_rows(segments, opened, 1, frozenset()) is None


_ARTICLE = """Ruderinnen holen Silber bei der Meisterschaft

{prose}

Trainerin Sabine Kort lobte vor allem den Schlussspurt, in dem die Mannschaft auf den \
letzten fünfhundert Metern noch zwei Boote überholt hatte.

{heading}

{box}

{after}

Die Saison endet Mitte Oktober mit der traditionellen Langstreckenregatta auf der Ruhr.
"""


def _taken(heading: str) -> list[str]:
    text = _ARTICLE.format(prose=_PROSE, heading=heading, box="\n\n".join(_HEADLINES), after=_AFTER)
    return [r.text for r in articleclean.clean_text(text).removed if r.rule == "teaser_box"]


def test_a_box_under_a_short_label_is_still_found() -> None:
    heading = "Handverlesen von unserem Team"
    assert _taken(heading) == [heading, *_HEADLINES]


def test_a_heading_too_long_for_a_box_is_no_box_heading() -> None:
    heading = " ".join(_WORDS)
    assert heading not in _taken(heading)
