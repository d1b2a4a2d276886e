"""Whole-page dumps: the article's rows going on past where `outside_article` stopped
(round 43). A line right under a line of the article that stays, of its row shape (a row of
5-12 words that ends no sentence, a labelled row, a sentence of 5-20 words), stays too, one
after the other: the article's last short sentence under its last paragraph, kept as stray
prose on the topic below a prompt, or a spec sheet's next row. A line printed twice on the
page, an edge line, a stamp, a tags line or a line with a link never does, nor a line of
another shape (the headlines of the box below). Fixtures invented."""

from __future__ import annotations

from articleclean.document import Segment
from articleclean.rules.article_run import _Printed, _row_shape, _rows_under_kept
from council_page import FOOTER, MENU, SECTIONS, kept_lines

_HEADLINE = "Five hurt as bus and truck collide on the coast road"
_REPORT = [
    "Five people were hurt on Sunday evening when a bus and a truck collided on the coast "
    "road near the harbour, the police said.",
    "The bus was carrying workers home from the harbour when the truck crossed into its lane "
    "on a bend, according to witnesses at the scene.",
    "The driver of the truck told the police that his brakes had failed on the hill above the "
    "bend, and the vehicle has been taken away for tests.",
    "The coast road was closed for four hours while the police examined the scene and the "
    "fire brigade cleared the wreckage of both vehicles.",
]
_PROMPT = "Sign up for our morning and evening newsletters."
_LAST = (
    "The police said all five people hurt when the bus and the truck collided were taken "
    "to hospital."
)
_SHORT = "The other three were sent home on Monday."
_OTHER_STORIES = [
    "Harbour festival draws record crowds",
    "New bakery opens on the market square",
    "Local football club wins again",
    "Council approves budget for schools",
    "Storm warning for the weekend",
]


def test_the_last_sentence_under_the_last_paragraph_stays() -> None:
    lines = [*MENU, *SECTIONS, _HEADLINE, *_REPORT, _PROMPT, _LAST, _SHORT]
    kept = kept_lines([*lines, *_OTHER_STORIES, *FOOTER])
    assert [line for line in [*_REPORT, _LAST, _SHORT] if line not in kept] == []
    assert not kept & set(_OTHER_STORIES + FOOTER + MENU)


def test_a_line_printed_again_on_the_page_goes() -> None:
    # The same sentence in the sidebar above the article is the page's, not the article's.
    lines = [*MENU, _SHORT, *SECTIONS, _HEADLINE, *_REPORT, _PROMPT, _LAST, _SHORT]
    kept = kept_lines([*lines, *_OTHER_STORIES, *FOOTER])
    assert all(line in kept for line in [*_REPORT, _LAST])
    assert _SHORT not in kept


def test_row_shapes() -> None:
    def shape(text: str) -> str | None:
        return _row_shape(Segment(text, None))

    assert shape("Removable chest strap with a quick release buckle") == "row"
    assert shape("Ort: Kasberg im Frankenland") == "labelled"
    assert shape(_SHORT) == "sentence"
    assert shape("Tags: ski touring, backpacks, racing") is None  # the page's facts
    assert shape("More at www.example.org for the whole range") is None  # a link
    assert shape("Updated on 12.03.2023 at 10:15") is None  # a stamp
    assert shape("About us") is None  # too short for a row
    assert shape(_LAST + " " + _LAST) is None  # a paragraph, not a row


def test_rows_under_kept_stop_at_a_line_printed_twice() -> None:
    texts = [
        "Ski touring guides for beginners and experts",  # the sidebar, above the article
        _REPORT[0],
        "Crampon pocket with a side opening and a zip",  # stays (the run's row)
        "Removable chest strap with a quick release buckle",
        "Mesh back panel that lets the air through",
        "Ski touring guides for beginners and experts",  # the sidebar's line again
        "Backpacks for ski touring races compared in our test",
    ]
    segments = [Segment(text, (n, n)) for n, text in enumerate(texts, start=1)]
    removed = [0, 3, 4, 5, 6]
    printed = _Printed(segments)
    spared = _rows_under_kept(segments, removed, set(), 1, [False] * len(texts), printed)
    assert spared == {3, 4}  # not the line printed twice, nor the row under it
    # An edge line (a prompt, a notice) is never spared, nor what stands under it.
    at_edge = [False, False, False, True, False, False, False]
    assert _rows_under_kept(segments, removed, set(), 1, at_edge, printed) == set()
