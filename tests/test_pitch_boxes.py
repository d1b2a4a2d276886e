"""`pitch_over_button`: a site's pitch box, its text right over the button the prompt
rules took, goes with the button when both ask for the same thing (round 59)."""

from __future__ import annotations

import pytest

import articleclean

TITLE = "Harbour bridge to close for six weeks of repairs"
ARTICLE = (
    "The harbour bridge will close to traffic for six weeks from next month while engineers "
    "replace corroded cables, the city council said on Tuesday.",
    "Buses will run a shuttle service across the river every ten minutes, and ferries will "
    "add extra crossings during the morning and evening rush hours.",
    "Engineers said the corroded cables on the harbour bridge had been inspected twice last "
    "year and the repairs could not wait any longer.",
)


def _body(*tail: str) -> list[str]:
    text = "\n".join([TITLE, "", *ARTICLE, *tail]) + "\n"
    return [block.text for block in articleclean.clean_text(text).body]


@pytest.mark.parametrize(
    ("pitch", "button"),
    [
        # a donation box: the call, then its button (support and donate: one ask; aclu's
        # own call ends in a full stop and stays: `_reports`)
        ("Fight for everyone's rights - support the ACLU!", "Donate Now"),
        # iass-potsdam's: the box's text over "Newsletter abonnieren"
        ("und abonnieren Sie unseren monatlich erscheinenden Newsletter!", "Newsletter abonnieren"),
        # tierwelt's: the magazine's issue over its subscription button
        ("Die aktuelle Ausgabe", "Jetzt abonnieren"),
    ],
)
def test_the_pitch_over_its_button_goes(pitch: str, button: str) -> None:
    """Fails on main: the button goes (`promo_prompt`) and the pitch over it stays."""
    body = _body(pitch, button)
    assert pitch not in body
    assert all(paragraph in body for paragraph in ARTICLE)


def test_a_paragraph_over_a_button_that_asks_for_something_else_stays() -> None:
    """Guard: the line over a newsletter button speaks of donations, another ask; it
    stays (fails when any line over any prompt goes)."""
    line = "The bridge fund has raised money from local donations for the new lights."
    assert line in _body(line, "Newsletter abonnieren")


def test_the_line_under_a_button_stays() -> None:
    """Guard: a heading the prompt rules take ("Newsletter") may head the article's
    paragraph on the newsletter (a club's minutes, round 59 talent.ch): the line under a
    prompt stays (fails when the rule reads both sides)."""
    line = (
        "Christine has agreed to write a regular newsletter for the club again from the "
        "spring, with the dates of the next meetings in it."
    )
    assert line in _body("Newsletter", line)


def test_a_long_paragraph_over_a_button_stays() -> None:
    """Guard: over 40 words a line is a paragraph, which may be the article's own on the
    same subject, under which a site prints its button (fails without the bound)."""
    line = (
        "The council said the shuttle buses would be free for subscribers to the city's "
        "annual transport pass, and that holders of a monthly subscription could ride the "
        "extra ferries at no cost as well, from the first day of the closure until the "
        "bridge opens again in the summer, when normal fares return."
    )
    assert line in _body(line, "Subscribe now")


def test_a_report_over_a_button_stays() -> None:
    """Guard: over twelve words a line over a button must speak to the reader, as a
    prompt's sentence must; this one reports on support for the repairs and stays
    (fails without the reader test)."""
    line = "Polls showed wide support among residents for closing the bridge during the repairs."
    assert line in _body(line, "Support us")


@pytest.mark.parametrize(
    "line",
    [
        "Digital subscriptions to the city's paper rose 40 percent over the year.",
        "Readers can support the bridge fund through donations.",
    ],
)
def test_a_short_report_over_a_button_stays(line: str) -> None:
    """Guard: a statement ending in a full stop over a button must speak to the reader
    at any length: the article's short last paragraph on subscriptions or support,
    printed over the site's own button, stays (fails without `_reports`' full stop)."""
    button = "Subscribe now" if "subscri" in line else "Donate now"
    assert line in _body(line, button)
